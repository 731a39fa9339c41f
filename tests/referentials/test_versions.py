"""The version registry over HTTP: list, and the diff between two ROME imports."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from referentials.config import Settings
from referentials.main import create_app
from tests.builders.rome import Fiche, default_fixture, write_rome_export
from tests.conftest import load_rome, running


@pytest.fixture
async def client(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """Two ROME versions: the fixture, then a release that changed three things."""
    release = default_fixture()
    release.version = "461"
    release.fiches[0].label = "Personnel de salle et de bar"  # relabelled
    release.fiches[3].appellations.pop()  # an appellation removed
    release.fiches.append(
        Fiche("K2204", "Nettoyage de locaux", [("17001", "Agent d'entretien")], [])
    )
    await load_rome(rome_database, write_rome_export(tmp_path, release))
    async with running(create_app(Settings(database_url=rome_database))) as client:
        yield client


class TestVersions:
    async def test_both_imports_are_listed_and_only_the_last_is_current(
        self, client: httpx.AsyncClient
    ) -> None:
        items = (await client.get("/v1/referentials/versions")).json()["items"]
        assert [(v["name"], v["is_current"]) for v in items] == [("rome", False), ("rome", True)]

    async def test_diff_says_what_was_added_removed_and_relabelled(
        self, client: httpx.AsyncClient
    ) -> None:
        newest = (await client.get("/v1/referentials/versions")).json()["items"][-1]["id"]
        diff = (await client.get(f"/v1/referentials/versions/{newest}/diff")).json()
        metiers, appellations = diff["tables"]["metiers"], diff["tables"]["appellations"]
        assert metiers["added"] == [{"code": "K2204", "label": "Nettoyage de locaux"}]
        assert metiers["relabelled"] == [
            {
                "code": "G1803",
                "before": "Personnel de salle",
                "after": "Personnel de salle et de bar",
            }
        ]
        assert [a["code"] for a in appellations["removed"]] == ["14003"]
        assert [a["code"] for a in appellations["added"]] == ["17001"]

    async def test_first_version_has_nothing_to_compare_with(
        self, client: httpx.AsyncClient
    ) -> None:
        oldest = (await client.get("/v1/referentials/versions")).json()["items"][0]["id"]
        response = await client.get(f"/v1/referentials/versions/{oldest}/diff")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "no_previous_version"

    async def test_previous_version_stays_queryable(self, client: httpx.AsyncClient) -> None:
        current = (await client.get("/v1/rome/metiers/G1803")).json()
        previous = (await client.get("/v1/rome/metiers/G1803", params={"version": "460"})).json()
        assert (current["referential_version"], current["label"]) == (
            "461",
            "Personnel de salle et de bar",
        )
        assert (previous["referential_version"], previous["label"]) == ("460", "Personnel de salle")

    async def test_unknown_version_id_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.get("/v1/referentials/versions/9999/diff")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_version"
