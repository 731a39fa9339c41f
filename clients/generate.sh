#!/bin/sh
# The Python client from an OpenAPI document: generate.sh DOCUMENT OUTPUT_DIR (replaced whole).
# openapi-python-client and ruff (its post hooks) must be on PATH.
set -eu
here=$(dirname "$0")
exec openapi-python-client generate \
    --path "$1" \
    --output-path "$2" \
    --overwrite \
    --meta pdm \
    --config "$here/openapi-python-client.yaml" \
    --custom-template-path "$here/templates"
