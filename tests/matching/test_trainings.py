"""Trainings that close a gap, and the parcours call, through the matching service's API."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from matching.config import Settings
from matching.main import create_app
from tests.builders.stack import build_indexes, service_settings
from tests.conftest import running

WAITER_CORE = ["100001", "100002", "100003", "100005", "200001"]
AUBENAS = {"latitude": 44.62, "longitude": 4.39, "departement": "07", "commune": "07019"}
LYON = {"latitude": 45.764, "longitude": 4.836, "departement": "69", "commune": "69123"}


def make_training(
    *,
    id: str = "T1",
    title: str = "Service en salle",
    skills: tuple[str, ...] = ("100003", "100005"),
    rome_codes: tuple[str, ...] = (),
    place: dict[str, Any] | None = None,
    end: date | None = None,
    modalities: tuple[str, ...] = (),
    tenant: str = "occitanie",
    visibility: str = "private",
) -> dict[str, Any]:
    session = {"place": place or AUBENAS, "end": end.isoformat() if end else None}
    return {
        "training": {
            "id": id,
            "title": title,
            "rome_codes": list(rome_codes),
            "sessions": [session],
            "modalities": list(modalities),
        },
        "skills": [
            {"code": code, "label": f"skill {code}", "type": "savoir_faire", "score": 0.9}
            for code in skills
        ],
        "tenant": tenant,
        "visibility": visibility,
    }


@pytest.fixture
async def client(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    settings = Settings(**service_settings(rome_database, tmp_path, "fake"))  # type: ignore[arg-type]
    async with running(create_app(settings)) as client:
        client.headers["X-Tenant"] = "occitanie"
        yield client


async def _index(client: httpx.AsyncClient, *trainings: dict[str, Any]) -> None:
    response = await client.put("/v1/trainings", json={"trainings": list(trainings)})
    assert response.status_code == 200, response.text


async def _match(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    response = await client.post("/v1/matches/trainings", json=body)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def _skills(*codes: str) -> list[dict[str, Any]]:
    return [{"code": code} for code in codes]


class TestGap:
    async def test_gap_is_the_target_core_the_profile_lacks(
        self, client: httpx.AsyncClient
    ) -> None:
        found = await _match(client, skills=_skills("100001", "100002"), target="G1803")
        assert {s["code"] for s in found["gap"]} == {"100003", "100005", "200001"}
        assert found["target_label"] == "Personnel de salle"

    async def test_unknown_target_is_404(self, client: httpx.AsyncClient) -> None:
        response = await client.post(
            "/v1/matches/trainings", json={"skills": _skills("100001"), "target": "A9999"}
        )
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_rome_code"


class TestTrainingsForTheGap:
    async def test_a_training_teaching_the_gap_is_listed_with_what_it_covers(
        self, client: httpx.AsyncClient
    ) -> None:
        await _index(client, make_training(skills=("100003", "100005")))
        found = await _match(client, skills=_skills("100001", "100002"), target="G1803")
        top = found["results"][0]
        assert top["id"] == "T1"
        assert {s["code"] for s in top["gap_covered"]} == {"100003", "100005"}

    async def test_the_training_covering_more_of_the_gap_ranks_first(
        self, client: httpx.AsyncClient
    ) -> None:
        await _index(
            client,
            make_training(id="small", skills=("100003",)),
            make_training(id="large", skills=("100003", "100005", "200001")),
        )
        found = await _match(client, skills=_skills("100001", "100002"), target="G1803")
        assert [r["id"] for r in found["results"]] == ["large", "small"]

    async def test_a_training_teaching_nothing_of_the_gap_is_not_listed(
        self, client: httpx.AsyncClient
    ) -> None:
        await _index(client, make_training(skills=("100009", "100010")))
        found = await _match(client, skills=_skills("100001"), target="G1803")
        assert found["results"] == []

    async def test_the_radius_keeps_near_sessions_and_distance_learning(
        self, client: httpx.AsyncClient
    ) -> None:
        await _index(
            client,
            make_training(id="aubenas", place=AUBENAS),
            make_training(id="lyon", place=LYON),
            make_training(id="remote", place=LYON, modalities=("distance",)),
        )
        where = {"latitude": 44.735, "longitude": 4.599, "radius_km": 30}
        found = await _match(client, skills=_skills("100001"), target="G1803", where=where)
        assert {r["id"] for r in found["results"]} == {"aubenas", "remote"}
        aubenas = next(r for r in found["results"] if r["id"] == "aubenas")
        assert 15 < aubenas["sessions"][0]["distance_km"] < 30

    async def test_finished_trainings_are_not_listed(self, client: httpx.AsyncClient) -> None:
        past = date.today() - timedelta(days=2)
        await _index(client, make_training(id="old", end=past))
        found = await _match(client, skills=_skills("100001"), target="G1803")
        assert found["results"] == []

    async def test_another_tenants_private_training_is_invisible(
        self, client: httpx.AsyncClient
    ) -> None:
        await _index(
            client,
            make_training(id="theirs", tenant="normandie"),
            make_training(id="pooled", tenant="normandie", visibility="shared"),
        )
        found = await _match(client, skills=_skills("100001"), target="G1803")
        assert [r["id"] for r in found["results"]] == ["pooled"]

    async def test_delete_removes_only_the_tenants_own(self, client: httpx.AsyncClient) -> None:
        await _index(client, make_training(id="mine"))
        other = await client.delete("/v1/trainings/mine", headers={"X-Tenant": "normandie"})
        assert other.status_code == 404
        assert (await client.delete("/v1/trainings/mine")).status_code == 204
        found = await _match(client, skills=_skills("100001"), target="G1803")
        assert found["results"] == []


class TestParcours:
    async def test_each_metier_comes_with_its_offers_and_trainings(
        self, client: httpx.AsyncClient
    ) -> None:
        await _index(client, make_training(id="salle", skills=("100003", "100005")))
        offer = {
            "offer": {
                "id": "O1",
                "title": "Serveur",
                "description": "Service en salle",
                "created_at": date.today().isoformat() + "T00:00:00Z",
                "place": AUBENAS,
            },
            "skills": [{"code": c, "score": 1.0} for c in ("100001", "100002", "100003")],
            "rome_code": "G1803",
            "tenant": "occitanie",
            "visibility": "private",
        }
        assert (await client.put("/v1/offers", json={"offers": [offer]})).status_code == 200
        response = await client.post(
            "/v1/parcours", json={"skills": _skills("100001", "100002"), "metiers": 2}
        )
        assert response.status_code == 200, response.text
        steps = response.json()["steps"]
        assert steps[0]["metier"]["code_rome"] == "G1803"
        assert [o["id"] for o in steps[0]["offers"]] == ["O1"]
        assert [t["id"] for t in steps[0]["trainings"]] == ["salle"]
        assert len(steps) <= 2
