module github.com/brightwater-cycles/${{ values.name }}

go 1.22

require github.com/brightwater-cycles/go-service-kit v1.9.0
