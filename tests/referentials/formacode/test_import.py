"""The versioned Formacode imports, on every database backend."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from referentials.formacode.reader import ReferentialFileError
from referentials.formacode.service import (
    get_formacode,
    import_formacode_v13,
    import_formacode_v14,
)
from referentials.models import ReferentialVersion
from referentials.models.formacode import FormacodeDescriptor
from tests.referentials.formacode.conftest import transaction


async def _import_v14(url: str, directory: Path) -> str:
    async with transaction(url) as session:
        return (await import_formacode_v14(session, directory=directory)).status


async def _current(url: str) -> dict[str, str]:
    async with transaction(url) as session:
        rows = await session.execute(
            select(ReferentialVersion.name, ReferentialVersion.version).where(
                ReferentialVersion.is_current.is_(True)
            )
        )
        return {row.name: row.version for row in rows}


async def _version_count(url: str) -> int:
    async with transaction(url) as session:
        return await session.scalar(select(func.count()).select_from(ReferentialVersion)) or 0


class TestImportFormacode:
    async def test_first_import_makes_v14_the_current_formacode(
        self, database_url: str, formacode_dir: Path
    ) -> None:
        assert await _import_v14(database_url, formacode_dir) == "imported"
        assert await _current(database_url) == {"formacode": "14"}

    async def test_v13_is_current_beside_v14_under_its_own_name(
        self, formacode_database: str
    ) -> None:
        assert await _current(formacode_database) == {"formacode": "14", "formacode_v13": "13"}

    async def test_reimport_of_unchanged_files_changes_nothing(
        self, formacode_database: str, formacode_dir: Path
    ) -> None:
        assert await _import_v14(formacode_database, formacode_dir) == "unchanged"
        async with transaction(formacode_database) as session:
            report = await import_formacode_v13(session, directory=formacode_dir)
        assert report.status == "unchanged"
        assert await _version_count(formacode_database) == 2

    async def test_report_lists_related_codes_absent_from_the_file(
        self, database_url: str, formacode_dir: Path
    ) -> None:
        async with transaction(database_url) as session:
            report = await import_formacode_v14(session, directory=formacode_dir)
        assert report.counts == {"descriptors": 7}
        assert report.unknown_codes == {"descriptor.related_code": ["70001"]}

    async def test_broken_file_leaves_the_current_version_untouched(
        self, formacode_database: str, formacode_dir: Path, tmp_path: Path
    ) -> None:
        broken = tmp_path / "data"
        shutil.copytree(formacode_dir, broken)
        path = next((broken / "formacode" / "v14").iterdir())
        path.write_bytes(path.read_bytes().replace(b"Langage programmation", b"Langage") + b'"1')
        with pytest.raises(ReferentialFileError):
            await _import_v14(formacode_database, broken)
        assert await _version_count(formacode_database) == 2
        async with transaction(formacode_database) as session:
            assert (await get_formacode(session, "31054")).label == "Langage programmation"
            count = await session.scalar(select(func.count()).select_from(FormacodeDescriptor))
        assert count == 14
