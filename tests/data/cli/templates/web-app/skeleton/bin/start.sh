#!/bin/sh
exec ${{ values.name }} --port ${{ values.port }}
