# Production: sized by the template's answers, with a standby database; state in workspace "prod".
# terraform workspace select prod && terraform apply -var-file=environments/prod.tfvars
environment  = "prod"
region       = "${{ values.region }}"
cluster_name = "brightwater-prod"
{% if values.database %}

# Postgres (RDS)
db_instance_class    = "${{ values.databaseInstanceClass }}"
db_allocated_storage = ${{ values.databaseStorage }}
db_multi_az          = true
{% endif %}
{% if values.queue %}

# SQS
queue_visibility_timeout_seconds = ${{ values.queueVisibilityTimeout }}
{% endif %}
