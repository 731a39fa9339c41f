"""Who owns indexed data and who may see it."""

from __future__ import annotations

from enum import StrEnum

TENANT_HEADER = "X-Tenant"
"""The gateway names the calling tenant to the services in this header."""


class Visibility(StrEnum):
    """`private`: only the owning tenant sees it; `shared`: every tenant does."""

    private = "private"
    shared = "shared"
