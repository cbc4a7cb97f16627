output "service_role_arn" {
  description = "Annotate the service account with it: eks.amazonaws.com/role-arn."
  value       = aws_iam_role.service.arn
}
{% if values.database %}

output "database_endpoint" {
  description = "host:port of the Postgres database."
  value       = aws_db_instance.database.endpoint
}

output "database_secret_arn" {
  description = "Secrets Manager secret with the database's user name and password."
  value       = aws_db_instance.database.master_user_secret[0].secret_arn
}
{% endif %}
{% if values.bucket %}

output "bucket_name" {
  description = "Name of the S3 bucket."
  value       = aws_s3_bucket.files.bucket
}
{% endif %}
{% if values.queue %}

output "queue_url" {
  description = "URL of the SQS queue."
  value       = aws_sqs_queue.work.url
}

output "dead_letter_queue_url" {
  description = "URL of the dead-letter queue; alert when it is not empty."
  value       = aws_sqs_queue.dead_letter.url
}
{% endif %}
