# Staging: production's shape at a smaller size; state in workspace "staging".
# terraform workspace select staging && terraform apply -var-file=environments/staging.tfvars
environment  = "staging"
region       = "${{ values.region }}"
cluster_name = "brightwater-staging"
{% if values.database %}

# Postgres (RDS)
db_instance_class    = "db.t4g.small"
db_allocated_storage = 20
db_multi_az          = false
{% endif %}
{% if values.queue %}

# SQS
queue_visibility_timeout_seconds = ${{ values.queueVisibilityTimeout }}
{% endif %}
