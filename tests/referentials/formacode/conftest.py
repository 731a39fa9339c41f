"""Formacode fixtures: the files written in their published formats, a database holding them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from referentials.config import Settings
from referentials.formacode.service import import_formacode_v13, import_formacode_v14
from referentials.main import create_app
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.formacode import write_formacode
from tests.conftest import running


@asynccontextmanager
async def transaction(url: str) -> AsyncIterator[AsyncSession]:
    """One unit of work on ``url``, committed on success, as the import command runs it."""
    engine = create_engine(url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            yield session
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def formacode_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_formacode(tmp_path_factory.mktemp("formacode"))


@pytest.fixture
async def formacode_database(database_url: str, formacode_dir: Path) -> str:
    """A database holding the V14 fixture as current Formacode, V13 beside it."""
    async with transaction(database_url) as session:
        await import_formacode_v14(session, directory=formacode_dir)
    async with transaction(database_url) as session:
        await import_formacode_v13(session, directory=formacode_dir)
    return database_url


@pytest.fixture
async def client(formacode_database: str) -> AsyncIterator[httpx.AsyncClient]:
    async with running(create_app(Settings(database_url=formacode_database))) as client:
        yield client
