"""Smoke test on the real RNCP files of ../shared/data, when they are there."""

from __future__ import annotations

from pathlib import Path

import pytest

from referentials.certifications.service import (
    get_certification,
    import_certifications,
    rome_certifications,
    search_certifications,
)
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.conftest import load_rome

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "rncp").is_dir(), reason="no real RNCP files in ../shared/data")
class TestRealData:
    async def test_real_files_import_with_the_counts_of_provenance(self, database_url: str) -> None:
        if not database_url.startswith("sqlite"):
            pytest.skip("one backend is enough for the real files")
        await load_rome(database_url, DATA)
        engine = create_engine(database_url)
        async with unit_of_work(create_sessionmaker(engine)) as session:
            report = await import_certifications(session, directory=DATA)
            fiche = await get_certification(session, "RNCP38381")
            found = await search_certifications(session, q="bts banque", limit=5)
            crosswalk = await rome_certifications(session, "M1607", cursor=None, limit=500)
        await engine.dispose()
        assert (report.status, report.version) == ("imported", "2026-02-01")
        expected = {"rome": 65070, "formacodes": 32506, "nsf": 45013, "certifiers": 39298}
        assert {key: report.counts[key] for key in expected} == expected
        assert report.counts["blocs"] == 34351
        assert 29000 < report.counts["certifications"] < 30000
        assert 0 < len(report.unknown_codes["rome.code_rome_v3"]) < 60
        assert (fiche.title, fiche.level, fiche.abbreviation) == ("BANQUE (BTS)", 5, "BTS")
        assert "RNCP38381" in [item.number for item in found.items]
        assert len(crosswalk.items) > 50
