"""Fixtures shared by every test: real databases, the ROME fixture, apps mounted in-process."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text
from sqlalchemy.engine import make_url

from gateway.migrations import migrate as migrate_gateway
from referentials.migrations import migrate as migrate_referentials
from referentials.rome.reader import find_rome_dir
from referentials.rome.service import import_rome
from shared.db import create_engine, create_sessionmaker, unit_of_work
from shared.settings import normalise_database_url
from tests.builders.rome import write_rome_export

PG_URL = os.environ.get("TEST_DATABASE_URL")
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]


def _migrate(url: str) -> None:
    migrate_referentials(url)
    migrate_gateway(url)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (faster than migrating each time)."""
    path = tmp_path_factory.mktemp("db") / "template.db"
    _migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_migrated() -> Iterator[str]:
    """A database of its own for this test run, so that concurrent runs never meet."""
    assert PG_URL is not None
    name = f"trajectoires_test_{uuid.uuid4().hex[:12]}"
    server = make_url(normalise_database_url(PG_URL))

    async def admin(statement: str) -> None:
        engine = create_engine(server.render_as_string(hide_password=False))
        async with engine.connect() as connection:
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.execute(text(statement))
        await engine.dispose()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    url = server.set(database=name).render_as_string(hide_password=False)
    try:
        _migrate(url)
        yield url
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def _truncate_all(url: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        tables = (
            await connection.execute(
                text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                    "AND tablename NOT LIKE 'alembic_version%'"
                )
            )
        ).scalars()
        names = ", ".join(f'"{name}"' for name in tables)
        if names:
            await connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    await engine.dispose()


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty, migrated database of each backend under test."""
    if request.param == "sqlite":
        path = tmp_path / "trajectoires.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite+aiosqlite:///{path}"
        return
    url = request.getfixturevalue("postgres_migrated")
    asyncio.run(_truncate_all(url))
    yield url


@pytest.fixture(scope="session")
def rome_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ROME fixture written in the official CSV format."""
    root = tmp_path_factory.mktemp("opendata")
    write_rome_export(root)
    return find_rome_dir(root)


async def load_rome(database_url: str, directory: Path) -> None:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        await import_rome(session, directory=directory)
    await engine.dispose()


@pytest.fixture
async def rome_database(database_url: str, rome_dir: Path) -> str:
    """A database holding the ROME fixture as its current version."""
    await load_rome(database_url, rome_dir)
    return database_url


@asynccontextmanager
async def running(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Run the app's lifespan and give a client that calls it in-process."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client
