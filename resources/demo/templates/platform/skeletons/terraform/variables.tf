variable "environment" {
  description = "Environment to deploy to: dev, staging or prod."
  type        = string

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be dev, staging or prod."
  }
}

variable "region" {
  description = "AWS region of the environment's EKS cluster."
  type        = string
  default     = "${{ values.region }}"
}

variable "cluster_name" {
  description = "EKS cluster that runs ${{ values.name }}; its OIDC provider lets the pods assume the service role."
  type        = string
}
{% if values.database %}

variable "db_instance_class" {
  description = "RDS instance class of the Postgres database."
  type        = string
}

variable "db_allocated_storage" {
  description = "Storage of the Postgres database in GiB; it grows on its own up to four times this."
  type        = number
}

variable "db_multi_az" {
  description = "Keep a standby of the database in a second availability zone."
  type        = bool
  default     = false
}
{% endif %}
{% if values.queue %}

variable "queue_visibility_timeout_seconds" {
  description = "How long a received message stays hidden from other consumers."
  type        = number
  default     = ${{ values.queueVisibilityTimeout }}
}
{% endif %}
