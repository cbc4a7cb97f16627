resource "kafka_topic" "${{ values.name | replace("-", "_") }}" {
  name               = "${{ values.name }}"
  partitions         = ${{ values.partitions }}
  replication_factor = 3

  config = {
    "retention.ms" = "${{ values.retentionDays * 86400000 }}"
  }
}
