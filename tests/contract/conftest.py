"""One in-process stack for the contract tests, on every referential's fixture."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from anyio.from_thread import start_blocking_portal

from referentials.imports.service import IMPORTERS, import_referential
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.certifications import write_certification_export
from tests.builders.esco import write_esco
from tests.builders.formacode import write_formacode
from tests.builders.rome import write_rome_export
from tests.builders.stack import build_indexes, running_stack
from tests.contract.inprocess import InProcessStack


def write_open_data(root: Path) -> Path:
    """ROME, RNCP, Formacode and ESCO fixtures laid out as the official files are."""
    write_rome_export(root)
    write_certification_export(root)
    write_formacode(root)
    write_esco(root)
    return root


async def load_referentials(database_url: str, root: Path) -> None:
    """Import every referential the way an administrator's import does."""
    engine = create_engine(database_url)
    for name in IMPORTERS:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            await import_referential(session, name, directory=root)
    await engine.dispose()


@pytest.fixture(scope="session")
def contract_stack(
    sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[InProcessStack]:
    """The gateway in front of the three services, in-process, built once for the contract."""
    state = tmp_path_factory.mktemp("contract")
    open_data = write_open_data(state / "open-data")
    shutil.copy(sqlite_template, state / "trajectoires.db")
    url = f"sqlite+aiosqlite:///{state / 'trajectoires.db'}"
    with start_blocking_portal() as portal:
        portal.call(load_referentials, url, open_data)
        portal.call(build_indexes, url, state, "fake")
        stack = running_stack(url, state, "fake", referential_dir=open_data)
        with portal.wrap_async_context_manager(stack) as client:
            yield InProcessStack(portal=portal, client=client, database_url=url)
