"""Smoke test on the real ESCO files of ../shared/data, when they are there."""

from __future__ import annotations

from pathlib import Path

import pytest

from referentials.esco.service import appellation_occupations, import_esco, search_occupations
from tests.conftest import load_rome
from tests.referentials.formacode.conftest import transaction

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "esco").is_dir(), reason="no real ESCO files")
class TestRealEsco:
    async def test_real_files_import_with_the_counts_of_provenance(self, database_url: str) -> None:
        if not database_url.startswith("sqlite"):
            pytest.skip("one backend is enough for the real files")
        await load_rome(database_url, DATA)
        async with transaction(database_url) as session:
            report = await import_esco(session, directory=DATA)
            found = await search_occupations(session, "boulanger", limit=5)
            serveur = await appellation_occupations(session, "38281")
        assert report.counts["occupations"] == 3007
        assert report.counts["rome_mappings"] == 11118
        assert 13095 <= report.counts["skills"] < 14000
        # PROVENANCE: every appellation of the crosswalk exists in ROME v460
        assert not any(key.startswith("crosswalk.code_ogr") for key in report.unknown_codes)
        assert len(report.unknown_codes["crosswalk.occupation_uri"]) < 10
        assert found.items[0].label.startswith("boulanger")
        assert serveur.items
