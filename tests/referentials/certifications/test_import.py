"""The versioned certification import, on every database backend."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from referentials.certifications.service import import_certifications
from referentials.models import ReferentialVersion
from referentials.models.certifications import Certification
from referentials.rome.reader import ReferentialFileError
from referentials.versions.diff import diff_versions
from referentials.versions.service import ImportReport, ReferentialNotImported
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.referentials.certifications.conftest import load_certifications


async def _report(url: str, directory: Path) -> ImportReport:
    engine = create_engine(url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            return await import_certifications(session, directory=directory)
    finally:
        await engine.dispose()


async def _state(url: str) -> tuple[list[tuple[str, bool]], int]:
    """(version, is_current) of every certifications version, and the certification rows."""
    engine = create_engine(url)
    async with create_sessionmaker(engine)() as session:
        rows = await session.execute(
            select(ReferentialVersion.version, ReferentialVersion.is_current)
            .where(ReferentialVersion.name == "certifications")
            .order_by(ReferentialVersion.id)
        )
        versions = [(version, current) for version, current in rows]
        count = await session.scalar(select(func.count()).select_from(Certification))
    await engine.dispose()
    return versions, int(count or 0)


class TestImportCertifications:
    async def test_first_import_makes_a_current_version_named_by_its_export_date(
        self, rome_v3_database: str, certification_dir: Path
    ) -> None:
        report = await _report(rome_v3_database, certification_dir)
        assert (report.status, report.version) == ("imported", "2026-02-01")
        assert report.counts["certifications"] == 7
        assert report.counts["blocs"] == 3
        assert await _state(rome_v3_database) == ([("2026-02-01", True)], 7)

    async def test_v3_codes_no_rome4_fiche_derives_from_are_reported_and_kept(
        self, rome_v3_database: str, certification_dir: Path
    ) -> None:
        report = await _report(rome_v3_database, certification_dir)
        assert report.unknown_codes["rome.code_rome_v3"] == ["C1206"]
        assert report.counts["rome_codes_without_rome4"] == 1
        assert report.counts["rome"] == 5

    async def test_reimport_of_unchanged_files_changes_nothing(
        self, rome_v3_database: str, certification_dir: Path
    ) -> None:
        await load_certifications(rome_v3_database, certification_dir)
        assert await load_certifications(rome_v3_database, certification_dir) == "unchanged"
        assert await _state(rome_v3_database) == ([("2026-02-01", True)], 7)

    async def test_changed_files_become_a_new_current_version(
        self, rome_v3_database: str, certification_dir: Path, tmp_path: Path
    ) -> None:
        await load_certifications(rome_v3_database, certification_dir)
        shutil.copytree(certification_dir / "rncp", tmp_path / "rncp")
        path = tmp_path / "rncp/export_2026_02_01/export_fiches_CSV_Nsf_2026_02_01.csv"
        path.write_text(path.read_text(encoding="utf-8").replace("Cuisine", "Cuisines"))
        assert await load_certifications(rome_v3_database, tmp_path) == "imported"
        versions, count = await _state(rome_v3_database)
        assert [current for _, current in versions] == [False, True]
        assert count == 14

    async def test_broken_file_leaves_the_current_version_untouched(
        self, rome_v3_database: str, certification_dir: Path, tmp_path: Path
    ) -> None:
        await load_certifications(rome_v3_database, certification_dir)
        shutil.copytree(certification_dir / "rncp", tmp_path / "rncp")
        path = (
            tmp_path
            / "rncp/export_2024_01_17/export_fiches_CSV_Blocs_De_Compétences_2024_01_17.csv"
        )
        with path.open("a", encoding="utf-8") as handle:
            handle.write('"RNCP34567";"RNCP34567BC04"\n')
        with pytest.raises(ReferentialFileError, match="Blocs_De_Compétences_2024_01_17.csv, line"):
            await load_certifications(rome_v3_database, tmp_path)
        assert await _state(rome_v3_database) == ([("2026-02-01", True)], 7)

    async def test_rome_must_be_imported_first(
        self, database_url: str, certification_dir: Path
    ) -> None:
        with pytest.raises(ReferentialNotImported, match="rome"):
            await load_certifications(database_url, certification_dir)
        assert await _state(database_url) == ([], 0)

    async def test_a_new_version_is_diffed_against_the_previous(
        self, rome_v3_database: str, certification_dir: Path, tmp_path: Path
    ) -> None:
        await load_certifications(rome_v3_database, certification_dir)
        shutil.copytree(certification_dir / "rncp", tmp_path / "rncp")
        links = tmp_path / "rncp/export_2026_02_01/export_fiches_CSV_Rome_2026_02_01.csv"
        links.write_text(links.read_text(encoding="utf-8") + '"RS9999";"G1801";"Service"\r\n')
        await load_certifications(rome_v3_database, tmp_path)
        engine = create_engine(rome_v3_database)
        async with create_sessionmaker(engine)() as session:
            ids = (
                await session.scalars(
                    select(ReferentialVersion.id)
                    .where(ReferentialVersion.name == "certifications")
                    .order_by(ReferentialVersion.id)
                )
            ).all()
            tables = await diff_versions(session, "certifications", ids[0], ids[1])
        await engine.dispose()
        assert [item.code for item in tables["certifications"].added] == ["RS9999"]
        assert tables["certifications"].removed == []
