"""The referentials HTTP API, mounted in-process on a real database."""

from __future__ import annotations

import httpx
import pytest

from referentials.config import Settings
from referentials.main import create_app
from tests.conftest import running


@pytest.fixture
async def client(rome_database: str):  # type: ignore[no-untyped-def]
    async with running(create_app(Settings(database_url=rome_database))) as client:
        yield client


@pytest.fixture
async def empty_client(database_url: str):  # type: ignore[no-untyped-def]
    async with running(create_app(Settings(database_url=database_url))) as client:
        yield client


class TestFiche:
    async def test_fiche_has_appellations_and_core_skills(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/metiers/G1803")
        assert response.status_code == 200
        fiche = response.json()
        assert fiche["label"] == "Personnel de salle"
        assert "Serveur / Serveuse en restauration" in {a["label"] for a in fiche["appellations"]}
        skills = {s["code"]: s for s in fiche["skills"]}
        assert skills["100001"]["core"] is True
        assert skills["300001"]["type"] == "savoir_etre"
        assert fiche["referential_version"] == "460"

    async def test_fiche_has_contexts_mobilites_sectors_and_riasec(
        self, client: httpx.AsyncClient
    ) -> None:
        fiche = (await client.get("/v1/rome/metiers/G1803")).json()
        assert [c["label"] for c in fiche["work_contexts"]] == [
            "Travail en soirée",
            "Travail le samedi",
        ]
        assert fiche["mobilites"] == [
            {"code_rome": "G1602", "label": "Personnel de cuisine", "position": 1}
        ]
        assert fiche["sectors"] == [{"code": "201", "label": "Restauration", "principal": True}]
        assert fiche["naf_sectors"][0]["label"] == "Restauration et débits de boissons"
        assert fiche["riasec"] == {"major": "S", "minor": "E"}

    async def test_fiche_skills_carry_their_branch_of_the_skills_tree(
        self, client: httpx.AsyncClient
    ) -> None:
        skills = {
            s["code"]: s for s in (await client.get("/v1/rome/metiers/G1803")).json()["skills"]
        }
        assert (skills["100001"]["domain"], skills["100001"]["enjeu"]) == (
            "Relation client",
            "Accueil",
        )

    async def test_lower_case_code_is_accepted(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/v1/rome/metiers/g1803")).status_code == 200

    async def test_unknown_code_is_404_with_a_code_and_request_id(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/rome/metiers/A9999", headers={"X-Request-ID": "abc-1"})
        assert response.status_code == 404
        assert response.json() == {
            "error": {
                "code": "unknown_rome_code",
                "message": "no fiche métier A9999 in ROME 460",
                "request_id": "abc-1",
            }
        }
        assert response.headers["X-Request-ID"] == "abc-1"

    async def test_malformed_code_is_422(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/metiers/serveur")
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"

    async def test_before_any_import_the_service_says_so(
        self, empty_client: httpx.AsyncClient
    ) -> None:
        response = await empty_client.get("/v1/rome/metiers/G1803")
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "referential_not_imported"
        assert (await empty_client.get("/readyz")).status_code == 503


class TestPages:
    async def test_pages_cover_every_appellation_once(self, client: httpx.AsyncClient) -> None:
        seen, cursor = [], None
        while True:
            params = {"limit": 5, **({"cursor": cursor} if cursor else {})}
            page = (await client.get("/v1/rome/appellations", params=params)).json()
            seen += [item["code"] for item in page["items"]]
            if not (cursor := page["next_cursor"]):
                break
        assert len(seen) == len(set(seen)) == 12

    async def test_metier_skill_links_page_on_a_composite_key(
        self, client: httpx.AsyncClient
    ) -> None:
        seen, cursor = [], None
        while True:
            params = {"limit": 4, **({"cursor": cursor} if cursor else {})}
            page = (await client.get("/v1/rome/metier-skills", params=params)).json()
            seen += [(i["code_rome"], i["code"]) for i in page["items"]]
            if not (cursor := page["next_cursor"]):
                break
        assert len(seen) == len(set(seen)) == 26

    async def test_forged_cursor_is_400(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/competences", params={"cursor": "!!!"})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_cursor"


class TestHealth:
    async def test_ready_when_database_and_rome_are_there(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/readyz")
        assert response.status_code == 200
        assert response.json()["checks"] == {"database": "ok", "rome": "ok"}

    async def test_metrics_count_requests_by_route(self, client: httpx.AsyncClient) -> None:
        await client.get("/v1/rome/metiers/G1803")
        metrics = (await client.get("/metrics")).text
        assert 'route="/v1/rome/metiers/{code_rome}"' in metrics


class TestSearchAndVersions:
    async def test_appellation_search_is_french_aware(self, client: httpx.AsyncClient) -> None:
        page = (await client.get("/v1/rome/appellations", params={"q": "serveuse"})).json()
        assert page["items"][0]["label"] == "Serveur / Serveuse en restauration"
        assert page["next_cursor"] is None

    async def test_metier_search_reaches_fiches_through_their_appellations(
        self, client: httpx.AsyncClient
    ) -> None:
        page = (await client.get("/v1/rome/metiers", params={"q": "cariste"})).json()
        assert [item["code_rome"] for item in page["items"]] == ["N1103"]

    async def test_metier_search_by_code(self, client: httpx.AsyncClient) -> None:
        page = (await client.get("/v1/rome/metiers", params={"q": "m1805"})).json()
        assert page["items"][0]["code_rome"] == "M1805"

    async def test_version_can_be_asked_by_its_label(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/metiers/G1803", params={"version": "460"})
        assert response.json()["referential_version"] == "460"

    async def test_unknown_version_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/metiers/G1803", params={"version": "399"})
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_version"


class TestHttpCaching:
    async def test_reads_carry_an_etag_and_a_cache_lifetime(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/rome/metiers/G1803")
        assert response.headers["ETag"].startswith('"')
        assert response.headers["Cache-Control"] == "public, max-age=300"

    async def test_unchanged_resource_is_304_without_body(self, client: httpx.AsyncClient) -> None:
        etag = (await client.get("/v1/rome/metiers/G1803")).headers["ETag"]
        response = await client.get("/v1/rome/metiers/G1803", headers={"If-None-Match": etag})
        assert response.status_code == 304
        assert response.content == b""

    async def test_another_resource_has_another_etag(self, client: httpx.AsyncClient) -> None:
        first = (await client.get("/v1/rome/metiers/G1803")).headers["ETag"]
        second = (await client.get("/v1/rome/metiers/G1602")).headers["ETag"]
        assert first != second

    async def test_errors_are_not_cached(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/metiers/A9999")
        assert "ETag" not in response.headers
        assert "Cache-Control" not in response.headers
