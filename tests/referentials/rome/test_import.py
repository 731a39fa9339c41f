"""The versioned ROME import, on every database backend."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from referentials.models import ReferentialVersion, RomeMetier
from referentials.rome.reader import ReferentialFileError
from referentials.rome.service import get_fiche, import_rome
from shared.db import create_engine, create_sessionmaker, unit_of_work


async def _import(url: str, directory: Path) -> str:
    engine = create_engine(url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            return (await import_rome(session, directory=directory)).status
    finally:
        await engine.dispose()


async def _versions(url: str) -> list[tuple[str, bool]]:
    engine = create_engine(url)
    async with create_sessionmaker(engine)() as session:
        rows = await session.execute(
            select(ReferentialVersion.checksum, ReferentialVersion.is_current).order_by(
                ReferentialVersion.id
            )
        )
        result = [(checksum, current) for checksum, current in rows]
    await engine.dispose()
    return result


class TestImportRome:
    async def test_first_import_makes_a_current_version(
        self, database_url: str, rome_dir: Path
    ) -> None:
        assert await _import(database_url, rome_dir) == "imported"
        versions = await _versions(database_url)
        assert len(versions) == 1
        assert versions[0][1] is True

    async def test_reimport_of_unchanged_files_changes_nothing(
        self, database_url: str, rome_dir: Path
    ) -> None:
        await _import(database_url, rome_dir)
        assert await _import(database_url, rome_dir) == "unchanged"
        assert len(await _versions(database_url)) == 1

    async def test_new_files_become_a_new_current_version_beside_the_old(
        self, database_url: str, rome_dir: Path, tmp_path: Path
    ) -> None:
        await _import(database_url, rome_dir)
        changed = tmp_path / "v460"
        shutil.copytree(rome_dir, changed)
        path = changed / "unix_referentiel_code_rome_v460_utf8.csv"
        path.write_text(path.read_text(encoding="utf-8").replace("Personnel de salle", "Salle"))
        assert await _import(database_url, changed) == "imported"
        assert [current for _, current in await _versions(database_url)] == [False, True]
        engine = create_engine(database_url)
        async with create_sessionmaker(engine)() as session:
            assert (await get_fiche(session, "G1803")).label == "Salle"
        await engine.dispose()

    async def test_broken_file_leaves_the_current_version_untouched(
        self, database_url: str, rome_dir: Path, tmp_path: Path
    ) -> None:
        await _import(database_url, rome_dir)
        broken = tmp_path / "v460"
        shutil.copytree(rome_dir, broken)
        with (broken / "unix_liens_rome_referentiels_v460_utf8.csv").open("a") as handle:
            handle.write('"G1803","5"\n')
        with pytest.raises(ReferentialFileError):
            await _import(database_url, broken)
        assert len(await _versions(database_url)) == 1
        engine = create_engine(database_url)
        async with create_sessionmaker(engine)() as session:
            count = await session.scalar(select(func.count()).select_from(RomeMetier))
        await engine.dispose()
        assert count == 5
