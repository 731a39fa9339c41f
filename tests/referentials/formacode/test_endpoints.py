"""Formacode over HTTP: descriptors by code, French-aware search, pages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from referentials.config import Settings
from referentials.main import create_app
from tests.conftest import running


@pytest.fixture
async def empty_client(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with running(create_app(Settings(database_url=database_url))) as client:
        yield client


async def _labels(client: httpx.AsyncClient, q: str) -> list[str]:
    response = await client.get("/v1/formacodes", params={"q": q})
    assert response.status_code == 200
    return [item["label"] for item in response.json()["items"]]


class TestGetFormacode:
    async def test_descriptor_has_its_terms_and_the_rome_v3_links_of_v13(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/formacodes/15061")
        assert response.status_code == 200
        body = response.json()
        assert body["label"] == "Accompagnement vers emploi"
        assert body["generic_term"] == {
            "code": "15054",
            "label": "Développement professionnel et personnel",
        }
        assert body["related_terms"] == [{"code": "70001", "label": "Public jeune"}]
        assert body["rome_v3"] == [
            {"code_rome": "K1801", "label": "Conseil en emploi et insertion socioprofessionnelle"}
        ]
        assert body["referential_version"] == "14"

    async def test_unknown_code_is_404_unknown_formacode(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/formacodes/99999")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_formacode"

    async def test_malformed_code_is_422(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/v1/formacodes/soudage")).status_code == 422

    async def test_before_any_import_the_service_says_so(
        self, empty_client: httpx.AsyncClient
    ) -> None:
        response = await empty_client.get("/v1/formacodes/15061")
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "referential_not_imported"


class TestSearchFormacodes:
    async def test_query_without_accent_finds_the_accented_label_first(
        self, client: httpx.AsyncClient
    ) -> None:
        assert await _labels(client, "education") == [
            "Éducation",
            "Éducation spécialisée",
            "Sciences de l'éducation",
        ]

    async def test_case_and_elision_are_ignored(self, client: httpx.AsyncClient) -> None:
        assert (await _labels(client, "L'ÉDUCATION"))[0] == "Éducation"

    async def test_words_match_the_start_of_words_not_their_middle(
        self, client: httpx.AsyncClient
    ) -> None:
        assert "Rééducation fonctionnelle" not in await _labels(client, "education")
        assert await _labels(client, "reeduc") == ["Rééducation fonctionnelle"]

    async def test_every_word_must_match_in_any_order(self, client: httpx.AsyncClient) -> None:
        assert await _labels(client, "spec educ") == ["Éducation spécialisée"]

    async def test_synonyms_and_job_synonyms_are_searched(self, client: httpx.AsyncClient) -> None:
        assert await _labels(client, "reinsertion") == ["Accompagnement vers emploi"]
        assert await _labels(client, "developpeur") == ["Langage programmation"]

    async def test_query_of_punctuation_only_finds_nothing(self, client: httpx.AsyncClient) -> None:
        assert await _labels(client, "--") == []


class TestListFormacodes:
    async def test_pages_follow_each_other_by_code(self, client: httpx.AsyncClient) -> None:
        first = (await client.get("/v1/formacodes", params={"limit": 4})).json()
        second = (
            await client.get("/v1/formacodes", params={"limit": 4, "cursor": first["next_cursor"]})
        ).json()
        codes = [item["code"] for item in first["items"] + second["items"]]
        assert codes == ["15054", "15061", "31054", "44050", "44051", "44052", "44053"]
        assert second["next_cursor"] is None

    async def test_foreign_cursor_is_400(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/formacodes", params={"cursor": "not-ours"})
        assert response.status_code == 400
