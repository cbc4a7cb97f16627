#!/bin/sh
echo "running ${{ values.name }}"
