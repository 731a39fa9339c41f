"""ESCO fixtures: the files written in their published formats, a database holding them."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from referentials.config import Settings
from referentials.esco.service import import_esco
from referentials.main import create_app
from tests.builders.esco import write_esco
from tests.conftest import running
from tests.referentials.formacode.conftest import transaction


@pytest.fixture(scope="session")
def esco_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_esco(tmp_path_factory.mktemp("esco"))


@pytest.fixture
async def esco_database(rome_database: str, esco_dir: Path) -> str:
    """A database holding the ROME fixture and the ESCO fixture, both current."""
    async with transaction(rome_database) as session:
        await import_esco(session, directory=esco_dir)
    return rome_database


@pytest.fixture
async def client(esco_database: str) -> AsyncIterator[httpx.AsyncClient]:
    async with running(create_app(Settings(database_url=esco_database))) as client:
        yield client
