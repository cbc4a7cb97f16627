terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
  }

  # One state per environment: `terraform workspace select dev` keeps it under env:/dev/ in the same bucket.
  backend "s3" {
    bucket         = "brightwater-terraform-state"
    key            = "services/${{ values.name }}/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "brightwater-terraform-locks"
    encrypt        = true
  }
}
