#!/bin/sh
exec ./${{ values.name }} --config config/app.yaml
