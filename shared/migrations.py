"""Alembic, driven from code: each service owns its tables and its own version table."""

from __future__ import annotations

import asyncio
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData
from sqlalchemy.engine import Connection

from shared.db import create_engine
from shared.settings import normalise_database_url


def alembic_config(database_url: str, *, script_location: Path, version_table: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    config.attributes["database_url"] = normalise_database_url(database_url)
    config.attributes["version_table"] = version_table
    return config


def upgrade(database_url: str, *, script_location: Path, version_table: str) -> None:
    """Bring the service's schema to the newest revision (blocking: call it off the loop)."""
    config = alembic_config(
        database_url, script_location=script_location, version_table=version_table
    )
    command.upgrade(config, "head")


def _owned_by_this_service(
    _object: object, _name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    # several services share one database: never propose dropping another service's tables
    return not (type_ == "table" and reflected and compare_to is None)


def run_env(target_metadata: MetaData) -> None:
    """The body of every service's ``migrations/env.py``: migrate online, asynchronously."""
    config = context.config
    url: str = config.attributes["database_url"]
    version_table: str = config.attributes["version_table"]

    def migrate(connection: Connection) -> None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            version_table=version_table,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=_owned_by_this_service,
        )
        with context.begin_transaction():
            context.run_migrations()

    async def run() -> None:
        engine = create_engine(url)
        async with engine.connect() as connection:
            await connection.run_sync(migrate)
            await connection.commit()
        await engine.dispose()

    asyncio.run(run())
