"""The ESCO labels naming each ROME appellation, served in bulk to the extraction indexer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx

from referentials.config import Settings
from referentials.esco.service import import_esco
from referentials.main import create_app
from shared.clients.referentials import ReferentialsClient
from tests.builders.esco import OCCUPATION, EscoFixture, Occupation, write_esco
from tests.conftest import running
from tests.referentials.formacode.conftest import transaction

ROUTE = "/v1/esco/appellation-labels"
SERVEUR = OCCUPATION + "0a1b2c3d-0000-4000-8000-000000000001"
# the fixture's crosswalk rows that name their appellation, whose occupation ESCO holds
NAMING_CODES = ["16001", "16002", "38281", "99999"]


@asynccontextmanager
async def referentials_client(database_url: str) -> AsyncIterator[ReferentialsClient]:
    """The typed client, calling the referentials service in-process."""
    app = create_app(Settings(database_url=database_url))
    async with app.router.lifespan_context(app):
        client = ReferentialsClient("http://referentials", transport=httpx.ASGITransport(app=app))
        yield client
        await client.aclose()


async def _all_pages(client: httpx.AsyncClient, *, limit: int) -> list[list[dict[str, object]]]:
    pages: list[list[dict[str, object]]] = []
    params: dict[str, str | int] = {"limit": limit}
    while True:
        body = (await client.get(ROUTE, params=params)).json()
        pages.append(body["items"])
        if body["next_cursor"] is None:
            return pages
        params["cursor"] = body["next_cursor"]


class TestListAppellationEscoLabels:
    async def test_exact_match_serves_the_preferred_then_alternative_labels(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get(ROUTE)
        assert response.status_code == 200
        serveur = [item for item in response.json()["items"] if item["code_ogr"] == "38281"]
        assert serveur == [
            {
                "code_ogr": "38281",
                "occupation_uri": SERVEUR,
                "relation": "exactMatch",
                "labels": [
                    "serveur/serveuse",
                    "serveuse",
                    "serveur en restauration",
                    "garçon de café",
                ],
            }
        ]

    async def test_close_and_narrow_matches_are_served_broad_matches_are_not(
        self, client: httpx.AsyncClient
    ) -> None:
        items = (await client.get(ROUTE)).json()["items"]
        assert [(item["code_ogr"], item["relation"]) for item in items] == [
            ("16001", "closeMatch"),
            ("16002", "narrowMatch"),
            ("38281", "exactMatch"),
            ("99999", "exactMatch"),
        ]

    async def test_rows_whose_occupation_esco_lacks_are_left_out(
        self, client: httpx.AsyncClient
    ) -> None:
        items = (await client.get(ROUTE)).json()["items"]
        assert "38283" not in {item["code_ogr"] for item in items}

    async def test_pages_with_a_cursor_cover_every_row_once(
        self, client: httpx.AsyncClient
    ) -> None:
        pages = await _all_pages(client, limit=3)
        assert [len(page) for page in pages] == [3, 1]
        assert [item["code_ogr"] for page in pages for item in page] == NAMING_CODES

    async def test_a_full_last_page_is_followed_by_an_empty_one(
        self, client: httpx.AsyncClient
    ) -> None:
        pages = await _all_pages(client, limit=2)
        assert [len(page) for page in pages] == [2, 2, 0]

    async def test_invalid_cursor_is_400(self, client: httpx.AsyncClient) -> None:
        response = await client.get(ROUTE, params={"cursor": "not a cursor"})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_cursor"

    async def test_page_size_above_5000_is_422(self, client: httpx.AsyncClient) -> None:
        assert (await client.get(ROUTE, params={"limit": 5001})).status_code == 422

    async def test_without_esco_the_page_is_empty(self, rome_database: str) -> None:
        async with running(create_app(Settings(database_url=rome_database))) as client:
            response = await client.get(ROUTE)
        assert (response.status_code, response.json()) == (200, {"items": [], "next_cursor": None})

    async def test_labels_are_stripped_deduplicated_and_never_empty(
        self, rome_database: str, tmp_path: Path
    ) -> None:
        occupation = Occupation(
            alt_labels=[" serveuse ", "", "serveur/serveuse", "serveuse"],
            rome=[("38281", "Serveur / Serveuse en restauration", "skos:exactMatch")],
        )
        directory = write_esco(tmp_path, EscoFixture(occupations=[occupation], orphan_mappings=[]))
        async with transaction(rome_database) as session:
            await import_esco(session, directory=directory)
        async with running(create_app(Settings(database_url=rome_database))) as client:
            items = (await client.get(ROUTE)).json()["items"]
        assert [item["labels"] for item in items] == [["serveur/serveuse", "serveuse"]]

    async def test_only_the_current_esco_version_is_served(
        self, esco_database: str, tmp_path: Path
    ) -> None:
        occupation = Occupation(rome=[("38282", "Chef de rang", "skos:closeMatch")])
        directory = write_esco(tmp_path, EscoFixture(occupations=[occupation], orphan_mappings=[]))
        async with transaction(esco_database) as session:
            await import_esco(session, directory=directory)
        async with running(create_app(Settings(database_url=esco_database))) as client:
            items = (await client.get(ROUTE)).json()["items"]
        assert [item["code_ogr"] for item in items] == ["38282"]


class TestIterAppellationEscoLabels:
    async def test_client_iterates_every_page(self, esco_database: str) -> None:
        async with referentials_client(esco_database) as referentials:
            items = [item async for item in referentials.iter_appellation_esco_labels(page_size=3)]
        assert [item.code_ogr for item in items] == NAMING_CODES
        assert items[2].labels[0] == "serveur/serveuse"

    async def test_client_yields_nothing_without_esco(self, rome_database: str) -> None:
        async with referentials_client(rome_database) as referentials:
            items = [item async for item in referentials.iter_appellation_esco_labels()]
        assert items == []
