"""Certification fixtures: the RNCP files, and a database holding ROME and certifications."""

from __future__ import annotations

from pathlib import Path

import pytest

from referentials.certifications.service import import_certifications
from referentials.rome.reader import find_rome_dir
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.certifications import rome_fixture, write_certification_export
from tests.builders.rome import write_rome_export
from tests.conftest import load_rome


@pytest.fixture(scope="session")
def certification_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The open-data root holding the certification fixture under ``rncp/``."""
    root = tmp_path_factory.mktemp("rncp")
    write_certification_export(root)
    return root


@pytest.fixture(scope="session")
def rome_v3_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ROME fixture where G1803 derives from the v3 code G1801."""
    root = tmp_path_factory.mktemp("rome")
    write_rome_export(root, rome_fixture())
    return find_rome_dir(root)


async def load_certifications(database_url: str, directory: Path) -> str:
    engine = create_engine(database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            return (await import_certifications(session, directory=directory)).status
    finally:
        await engine.dispose()


@pytest.fixture
async def rome_v3_database(database_url: str, rome_v3_dir: Path) -> str:
    await load_rome(database_url, rome_v3_dir)
    return database_url


@pytest.fixture
async def certifications_database(rome_v3_database: str, certification_dir: Path) -> str:
    """ROME and the certification fixture, both current."""
    await load_certifications(rome_v3_database, certification_dir)
    return rome_v3_database
