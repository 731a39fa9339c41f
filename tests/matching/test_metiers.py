"""Métier matching through its HTTP API, on the ROME fixture indexed in Qdrant Edge."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from matching.config import Settings
from matching.main import create_app
from tests.builders.stack import build_indexes, service_settings
from tests.conftest import running

WAITER = ["100001", "100002", "100003", "100005"]  # accueil, commandes, service, mise en place


@pytest.fixture
async def client(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    settings = Settings(**service_settings(rome_database, tmp_path, "fake"))  # type: ignore[arg-type]
    async with running(create_app(settings)) as client:
        yield client


async def _match(client: httpx.AsyncClient, **body: Any) -> list[dict[str, Any]]:
    response = await client.post("/v1/matches/metiers", json=body)
    assert response.status_code == 200, response.text
    return response.json()["results"]  # type: ignore[no-any-return]


def _skills(*codes: str, weight: float = 1.0) -> list[dict[str, Any]]:
    return [{"code": code, "weight": weight} for code in codes]


class TestMatchBySkills:
    async def test_the_metier_using_the_skills_ranks_first(self, client: httpx.AsyncClient) -> None:
        results = await _match(client, skills=_skills(*WAITER))
        assert results[0]["code_rome"] == "G1803"
        assert {s["code"] for s in results[0]["matched_skills"]} == set(WAITER)

    async def test_missing_core_skills_are_listed(self, client: httpx.AsyncClient) -> None:
        results = await _match(client, skills=_skills("100001", "100002"))
        top = results[0]
        assert top["code_rome"] == "G1803"
        assert {s["code"] for s in top["missing_skills"]} == {"100003", "100005", "200001"}

    async def test_unticking_a_skill_lowers_the_score(self, client: httpx.AsyncClient) -> None:
        full = (await _match(client, skills=_skills(*WAITER)))[0]
        fewer = (await _match(client, skills=_skills(*WAITER[:-1])))[0]
        assert fewer["code_rome"] == full["code_rome"] == "G1803"
        assert fewer["score"] < full["score"]

    async def test_weight_moves_the_ranking(self, client: httpx.AsyncClient) -> None:
        shared_skill = "300001"  # travailler en équipe: salle and cuisine
        kitchen = [*_skills(shared_skill), {"code": "100006", "weight": 5}]
        hall = [*_skills(shared_skill), {"code": "100001", "weight": 5}, {"code": "100006"}]
        assert (await _match(client, skills=kitchen))[0]["code_rome"] == "G1602"
        assert (await _match(client, skills=hall))[0]["code_rome"] == "G1803"

    async def test_scores_are_percentages_in_order(self, client: httpx.AsyncClient) -> None:
        results = await _match(client, skills=_skills(*WAITER, "100006"), limit=3)
        assert len(results) <= 3
        scores = [r["score"] for r in results]
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= score <= 100 for score in scores)


class TestMatchByText:
    async def test_text_alone_finds_the_metier(self, client: httpx.AsyncClient) -> None:
        results = await _match(client, text="Plombier chauffagiste")
        assert results[0]["code_rome"] == "F1603"
        assert results[0]["breakdown"]["coverage"] == 0

    async def test_no_profile_is_422(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/v1/matches/metiers", json={"skills": []})
        assert response.status_code == 422

    async def test_limit_out_of_range_is_422(self, client: httpx.AsyncClient) -> None:
        response = await client.post(
            "/v1/matches/metiers", json={"skills": _skills("100001"), "limit": 0}
        )
        assert response.status_code == 422
