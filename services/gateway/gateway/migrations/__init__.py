"""This service's schema: its migrations and its own Alembic version table."""

from __future__ import annotations

from pathlib import Path

from shared.migrations import upgrade

SCRIPT_LOCATION = Path(__file__).parent
VERSION_TABLE = "alembic_version_gateway"


def migrate(database_url: str) -> None:
    upgrade(database_url, script_location=SCRIPT_LOCATION, version_table=VERSION_TABLE)
