"""The gateway's OpenAPI document, built once for the contract tests, and walks over it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.openapi import gateway_document

DOCUMENT: dict[str, Any] = gateway_document()


def operations(document: dict[str, Any] = DOCUMENT) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation as (METHOD, path, operation object)."""
    for path, methods in document["paths"].items():
        for method, operation in methods.items():
            yield method.upper(), path, operation
