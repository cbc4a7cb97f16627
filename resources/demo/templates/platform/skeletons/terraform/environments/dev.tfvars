# Development: the smallest sizes, no standby; state in workspace "dev".
# terraform workspace select dev && terraform apply -var-file=environments/dev.tfvars
environment  = "dev"
region       = "${{ values.region }}"
cluster_name = "brightwater-dev"
{% if values.database %}

# Postgres (RDS)
db_instance_class    = "db.t4g.micro"
db_allocated_storage = 20
db_multi_az          = false
{% endif %}
{% if values.queue %}

# SQS
queue_visibility_timeout_seconds = ${{ values.queueVisibilityTimeout }}
{% endif %}
