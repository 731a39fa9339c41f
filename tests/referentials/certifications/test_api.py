"""The certification routes, mounted in-process on a real database."""

from __future__ import annotations

import httpx
import pytest

from referentials.config import Settings
from referentials.main import create_app
from tests.conftest import running


@pytest.fixture
async def client(certifications_database: str):  # type: ignore[no-untyped-def]
    async with running(create_app(Settings(database_url=certifications_database))) as client:
        yield client


async def _numbers(client: httpx.AsyncClient, path: str, **params: object) -> list[str]:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    return [item["number"] for item in response.json()["items"]]


class TestSearch:
    async def test_words_in_any_order_match_title_and_abbreviation(
        self, client: httpx.AsyncClient
    ) -> None:
        assert await _numbers(client, "/v1/certifications", q="bts banque") == ["RNCP38381"]

    async def test_accents_case_and_elision_are_ignored(self, client: httpx.AsyncClient) -> None:
        assert await _numbers(client, "/v1/certifications", q="EMPLOYE D'ETAGE") == ["RNCP35000"]
        assert await _numbers(client, "/v1/certifications", q="employé étage") == ["RNCP35000"]

    async def test_prefix_matches_rank_before_other_matches(
        self, client: httpx.AsyncClient
    ) -> None:
        found = await _numbers(client, "/v1/certifications", q="cuisine")
        assert found == ["RNCP34567", "RNCP34000"]

    async def test_number_matches_first_whatever_its_case(self, client: httpx.AsyncClient) -> None:
        assert await _numbers(client, "/v1/certifications", q="rs5678") == ["RS5678"]

    async def test_words_match_word_starts_only(self, client: httpx.AsyncClient) -> None:
        assert await _numbers(client, "/v1/certifications", q="uisine") == []

    async def test_pages_follow_the_cursor_to_the_end(self, client: httpx.AsyncClient) -> None:
        seen: list[str] = []
        params: dict[str, object] = {"limit": 3}
        while True:
            page = (await client.get("/v1/certifications", params=params)).json()
            assert "items" in page, page
            seen += [item["number"] for item in page["items"]]
            if not page["next_cursor"]:
                break
            params["cursor"] = page["next_cursor"]
        assert len(seen) == len(set(seen)) == 7

    async def test_foreign_cursor_is_400(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/certifications", params={"cursor": "not-a-cursor"})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_cursor"


class TestFilters:
    async def test_level(self, client: httpx.AsyncClient) -> None:
        assert await _numbers(client, "/v1/certifications", level=5) == ["RNCP38381"]

    async def test_formacode(self, client: httpx.AsyncClient) -> None:
        assert await _numbers(client, "/v1/certifications", formacode="42752") == ["RNCP34567"]

    async def test_rome_4_code_matches_through_its_v3_parent(
        self, client: httpx.AsyncClient
    ) -> None:
        assert await _numbers(client, "/v1/certifications", rome="G1803") == ["RNCP35000"]

    async def test_filters_combine_with_words(self, client: httpx.AsyncClient) -> None:
        found = await _numbers(client, "/v1/certifications", q="cuisine", rome="g1602", level=3)
        assert found == ["RNCP34567", "RNCP34000"]
        assert await _numbers(client, "/v1/certifications", q="banque", level=3) == []

    async def test_level_out_of_range_is_422(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/certifications", params={"level": 9})
        assert response.status_code == 422


class TestCertificationFiche:
    async def test_fiche_has_every_link_and_its_blocs(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/certifications/rncp34567")
        assert response.status_code == 200
        fiche = response.json()
        assert (fiche["number"], fiche["title"], fiche["level"]) == (
            "RNCP34567",
            "CUISINE (CAP)",
            3,
        )
        assert fiche["end_date"] == "2027-08-31"
        assert [c["code"] for c in fiche["formacodes"]] == ["42752"]
        assert [c["code"] for c in fiche["nsf"]] == ["221t"]
        assert [c["code"] for c in fiche["ccn"]] == ["1979", "2264"]
        assert fiche["certifiers"][0]["siret"] == "11004401300040"
        assert fiche["replaces"] == ["RNCP492"]
        assert fiche["replaced_by"] == []
        assert [b["exam_unit"] for b in fiche["blocs"]] == [None, None, "U31"]
        assert fiche["rome_codes"] == [{"code_rome": "G1602", "label": "Personnel de cuisine"}]
        assert [m["code_rome"] for m in fiche["rome_metiers"]] == ["G1602"]
        assert fiche["referential_version"] == "2026-02-01"

    async def test_fiche_without_title_says_null(self, client: httpx.AsyncClient) -> None:
        fiche = (await client.get("/v1/certifications/RS5678")).json()
        assert (fiche["kind"], fiche["title"], fiche["active"]) == ("RS", None, None)

    async def test_replaced_fiche_names_its_successor(self, client: httpx.AsyncClient) -> None:
        fiche = (await client.get("/v1/certifications/RNCP35000")).json()
        assert fiche["replaced_by"] == ["RNCP36000"]

    async def test_unknown_number_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/certifications/RNCP99999")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_certification"

    async def test_malformed_number_is_422(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/certifications/BTS-banque")
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"


class TestRomeCrosswalk:
    async def test_certification_to_the_rome_4_fiches_of_its_v3_codes(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/certifications/RNCP35000/rome")
        assert response.status_code == 200
        crosswalk = response.json()
        assert [c["code_rome"] for c in crosswalk["rome_codes"]] == ["G1801"]
        assert crosswalk["rome_metiers"] == [
            {"code_rome": "G1803", "label": "Personnel de salle", "code_rome_parent": "G1801"}
        ]

    async def test_v3_code_without_a_rome_4_fiche_resolves_to_nothing(
        self, client: httpx.AsyncClient
    ) -> None:
        crosswalk = (await client.get("/v1/certifications/RNCP38381/rome")).json()
        assert [c["code_rome"] for c in crosswalk["rome_codes"]] == ["C1206"]
        assert crosswalk["rome_metiers"] == []

    async def test_rome_4_fiche_to_its_certifications_through_its_v3_parent(
        self, client: httpx.AsyncClient
    ) -> None:
        assert await _numbers(client, "/v1/rome/metiers/G1803/certifications") == ["RNCP35000"]
        found = await _numbers(client, "/v1/rome/metiers/g1602/certifications")
        assert found == ["RNCP34000", "RNCP34567"]

    async def test_unknown_rome_code_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/metiers/A9999/certifications")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_rome_code"

    async def test_unknown_certification_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/certifications/RS1/rome")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_certification"


class TestFullFiche:
    async def test_fiche_lists_the_certifications_leading_to_it(
        self, client: httpx.AsyncClient
    ) -> None:
        fiche = (await client.get("/v1/rome/metiers/G1602")).json()
        assert [c["number"] for c in fiche["certifications"]] == ["RNCP34000", "RNCP34567"]
        assert fiche["formacodes"] == []  # Formacode not imported: absent, not an error


class TestRomeLinksInBulk:
    async def test_every_preparable_certification_comes_with_its_rome_4_fiches(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/rome/certification-links")
        assert response.status_code == 200, response.text
        links = {item["number"]: item["rome_metiers"] for item in response.json()["items"]}
        assert links == {
            "RNCP34000": ["G1602"],
            "RNCP34567": ["G1602"],
            "RNCP35000": ["G1803"],
            "RNCP38381": [],
        }

    async def test_pages_follow_the_cursor(self, client: httpx.AsyncClient) -> None:
        first = (await client.get("/v1/rome/certification-links", params={"limit": 3})).json()
        rest = (
            await client.get(
                "/v1/rome/certification-links", params={"cursor": first["next_cursor"]}
            )
        ).json()
        numbers = [i["number"] for i in first["items"] + rest["items"]]
        assert numbers == sorted(set(numbers))
        assert len(numbers) == 4
