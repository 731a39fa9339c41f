"""Smoke test on the real Formacode files of ../shared/data, when they are there."""

from __future__ import annotations

from pathlib import Path

import pytest

from referentials.formacode.service import (
    get_formacode,
    import_formacode_v13,
    import_formacode_v14,
    search_formacodes,
)
from tests.referentials.formacode.conftest import transaction

DATA = Path(__file__).resolve().parents[4] / "shared" / "data"


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "formacode").is_dir(), reason="no real Formacode files")
class TestRealFormacode:
    async def test_real_files_import_with_the_counts_of_provenance(self, database_url: str) -> None:
        if not database_url.startswith("sqlite"):
            pytest.skip("one backend is enough for the real files")
        async with transaction(database_url) as session:
            v14 = await import_formacode_v14(session, directory=DATA)
        async with transaction(database_url) as session:
            v13 = await import_formacode_v13(session, directory=DATA)
            descriptor = await get_formacode(session, "44548")
            found = await search_formacodes(session, "education", limit=5)
        assert v14.counts == {"descriptors": 2775}
        # PROVENANCE: 3 379 descriptors, 2 454 of them with ROME v3 codes
        assert v13.counts["descriptors"] == 3379
        assert v13.counts["rome_links"] > 2454
        assert len(v14.unknown_codes["descriptor.related_code"]) < 60
        assert descriptor.label == "Gestion alternance"
        # FCod.csv writes this ’ as U+0092 (cp1252 read as latin-1)
        assert ("K2103", "Direction d’établissement et d’enseignement") in {
            (link.code_rome, link.label) for link in descriptor.rome_v3
        }
        assert found.items[0].label.startswith("Éducation")
