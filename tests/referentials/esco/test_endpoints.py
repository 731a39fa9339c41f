"""ESCO over HTTP: occupations searched, by id, with their ROME appellations, and back."""

from __future__ import annotations

import httpx

from tests.builders.esco import OCCUPATION

SERVEUR_ID = "0a1b2c3d-0000-4000-8000-000000000001"


class TestGetEscoOccupation:
    async def test_occupation_by_id_has_its_rome_appellations_closest_first(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get(f"/v1/esco/occupations/{SERVEUR_ID}")
        assert response.status_code == 200
        body = response.json()
        assert (body["label"], body["code"], body["referential_version"]) == (
            "serveur/serveuse",
            "5131.1",
            "1.1.1",
        )
        assert body["rome_appellations"] == [
            {
                "code_ogr": "38281",
                "label": "Serveur / Serveuse en restauration",
                "code_rome": "G1803",
                "relation": "exactMatch",
            },
            {
                "code_ogr": "38282",
                "label": "Chef de rang",
                "code_rome": "G1803",
                "relation": "broadMatch",
            },
        ]

    async def test_occupation_by_full_uri(self, client: httpx.AsyncClient) -> None:
        response = await client.get(f"/v1/esco/occupations/{OCCUPATION}{SERVEUR_ID}")
        assert response.status_code == 200
        assert response.json()["uri"] == OCCUPATION + SERVEUR_ID

    async def test_appellation_absent_from_current_rome_has_no_fiche(
        self, client: httpx.AsyncClient
    ) -> None:
        body = (
            await client.get("/v1/esco/occupations/0a1b2c3d-0000-4000-8000-000000000003")
        ).json()
        assert [(a["code_ogr"], a["code_rome"]) for a in body["rome_appellations"]] == [
            ("99999", None)
        ]

    async def test_unknown_occupation_is_404_unknown_esco_occupation(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/esco/occupations/not-an-occupation")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_esco_occupation"


class TestSearchEscoOccupations:
    async def test_alt_labels_accents_and_case_are_searched(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/esco/occupations", params={"q": "GARCON de Cafe"})
        assert [item["label"] for item in response.json()["items"]] == ["serveur/serveuse"]

    async def test_prefix_of_the_label_comes_first(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/esco/occupations", params={"q": "educateur"})
        assert [item["code"] for item in response.json()["items"]] == ["2635.2"]

    async def test_pages_without_query_cover_every_occupation(
        self, client: httpx.AsyncClient
    ) -> None:
        first = (await client.get("/v1/esco/occupations", params={"limit": 3})).json()
        cursor = first["next_cursor"]
        second = (
            await client.get("/v1/esco/occupations", params={"limit": 3, "cursor": cursor})
        ).json()
        assert len(first["items"]) + len(second["items"]) == 4
        assert second["next_cursor"] is None


class TestAppellationEscoOccupations:
    async def test_appellation_lists_the_esco_occupations_mapped_to_it(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/rome/appellations/38281/esco")
        assert response.status_code == 200
        assert response.json() == {
            "code_ogr": "38281",
            "items": [
                {
                    "uri": OCCUPATION + SERVEUR_ID,
                    "label": "serveur/serveuse",
                    "relation": "exactMatch",
                }
            ],
        }

    async def test_occupation_missing_from_esco_keeps_the_crosswalk_label(
        self, client: httpx.AsyncClient
    ) -> None:
        body = (await client.get("/v1/rome/appellations/38283/esco")).json()
        assert [item["label"] for item in body["items"]] == ["occupation retirée"]

    async def test_rome_appellation_without_mapping_has_an_empty_list(
        self, client: httpx.AsyncClient
    ) -> None:
        response = await client.get("/v1/rome/appellations/12001/esco")
        assert (response.status_code, response.json()["items"]) == (200, [])

    async def test_appellation_unknown_everywhere_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/rome/appellations/77777/esco")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_appellation"
