"""The versioned ESCO import, checked against the current ROME, on every backend."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from referentials.esco.reader import ReferentialFileError
from referentials.esco.service import get_occupation, import_esco
from referentials.models import ReferentialVersion
from referentials.models.esco import EscoOccupation
from tests.referentials.formacode.conftest import transaction


async def _import(url: str, directory: Path) -> str:
    async with transaction(url) as session:
        return (await import_esco(session, directory=directory)).status


class TestImportEsco:
    async def test_counts_and_codes_unknown_to_rome_are_reported(
        self, rome_database: str, esco_dir: Path
    ) -> None:
        async with transaction(rome_database) as session:
            report = await import_esco(session, directory=esco_dir)
        assert (report.status, report.version) == ("imported", "1.1.1")
        assert report.counts == {"occupations": 4, "skills": 3, "rome_mappings": 6}
        assert report.unknown_codes["crosswalk.code_ogr (ROME 460)"] == ["99999"]

    async def test_reimport_of_unchanged_files_changes_nothing(
        self, esco_database: str, esco_dir: Path
    ) -> None:
        assert await _import(esco_database, esco_dir) == "unchanged"
        async with transaction(esco_database) as session:
            count = await session.scalar(
                select(func.count())
                .select_from(ReferentialVersion)
                .where(ReferentialVersion.name == "esco")
            )
        assert count == 1

    async def test_broken_file_leaves_the_current_version_untouched(
        self, esco_database: str, esco_dir: Path, tmp_path: Path
    ) -> None:
        broken = tmp_path / "data"
        shutil.copytree(esco_dir, broken)
        path = broken / "esco" / "crosswalk_esco_rome" / "FR_20230607_mapping_esco_rome.csv"
        path.write_text(path.read_text(encoding="utf-8") + "http://data.europa.eu/esco/occ")
        with pytest.raises(ReferentialFileError):
            await _import(esco_database, broken)
        async with transaction(esco_database) as session:
            count = await session.scalar(select(func.count()).select_from(EscoOccupation))
            occupation = await get_occupation(session, "0a1b2c3d-0000-4000-8000-000000000001")
        assert count == 4
        assert len(occupation.rome_appellations) == 2
