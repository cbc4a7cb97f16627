# ${{ values.name }}: the AWS resources of the service. Owned by ${{ values.owner }}.
provider "aws" {
  region = var.region

  default_tags {
    tags = local.tags
  }
}

locals {
  name = "${{ values.name }}-${var.environment}"

  tags = {
    "brightwater:service"     = "${{ values.name }}"
    "brightwater:team"        = "${{ values.team }}"
    "brightwater:environment" = var.environment
    "managed-by"              = "terraform"
  }
}

data "aws_eks_cluster" "this" {
  name = var.cluster_name
}

data "aws_iam_openid_connect_provider" "cluster" {
  url = data.aws_eks_cluster.this.identity[0].oidc[0].issuer
}

# The service's pods assume this role through their Kubernetes service account (IRSA); the optional resources
# below attach their own policies to it.
data "aws_iam_policy_document" "assume_role" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]

    principals {
      type        = "Federated"
      identifiers = [data.aws_iam_openid_connect_provider.cluster.arn]
    }

    condition {
      test     = "StringEquals"
      variable = "${replace(data.aws_eks_cluster.this.identity[0].oidc[0].issuer, "https://", "")}:sub"
      values   = ["system:serviceaccount:${{ values.namespace }}:${{ values.name }}"]
    }
  }
}

resource "aws_iam_role" "service" {
  name               = local.name
  assume_role_policy = data.aws_iam_policy_document.assume_role.json
}
