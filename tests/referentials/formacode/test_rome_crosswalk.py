"""ROME 4.0 → Formacode, through the ROME v3 parent and the V13 links."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from referentials.config import Settings
from referentials.formacode.service import import_formacode_v13, import_formacode_v14
from referentials.main import create_app
from tests.conftest import running
from tests.referentials.formacode.conftest import transaction


@pytest.fixture
async def client(rome_database: str, formacode_dir: Path) -> AsyncIterator[httpx.AsyncClient]:
    async with transaction(rome_database) as session:
        await import_formacode_v14(session, directory=formacode_dir)
    async with transaction(rome_database) as session:
        await import_formacode_v13(session, directory=formacode_dir)
    async with running(create_app(Settings(database_url=rome_database))) as client:
        yield client


class TestRomeFormacodes:
    async def test_fiche_gets_the_formacodes_of_its_v3_parent(
        self, client: httpx.AsyncClient
    ) -> None:
        page = (await client.get("/v1/rome/metiers/M1805/formacodes")).json()
        assert [(i["code"], i["label"]) for i in page["items"]] == [
            ("31054", "Langage programmation")
        ]

    async def test_fiche_without_links_gets_none(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/v1/rome/metiers/G1803/formacodes")).json()["items"] == []

    async def test_unknown_fiche_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/metiers/A9999/formacodes")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_rome_code"


class TestFullFiche:
    async def test_fiche_lists_its_formacodes(self, client: httpx.AsyncClient) -> None:
        fiche = (await client.get("/v1/rome/metiers/M1805")).json()
        assert [f["code"] for f in fiche["formacodes"]] == ["31054"]

    async def test_fiche_without_certifications_imported_has_none(
        self, client: httpx.AsyncClient
    ) -> None:
        fiche = (await client.get("/v1/rome/metiers/M1805")).json()
        assert (fiche["certifications"], fiche["certifications_next_cursor"]) == ([], None)
