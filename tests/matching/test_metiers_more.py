"""Métier matching beyond skills: unticked skills, interests, conflicts, titles, career moves.

The default ROME fixture has no fiche working nights or Sundays, no fiche with more than three
titles and no two fiches in one professional domain: these tests run on `rome_with_night_work()`,
which adds them (see tests/builders/matching.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from matching.config import Settings
from matching.main import create_app
from tests.builders.matching import (
    G1803_TITLES,
    WAITER,
    copy_state,
    indexed_state,
    rome_with_night_work,
)
from tests.builders.stack import service_settings
from tests.conftest import running

pytestmark = pytest.mark.asyncio(loop_scope="class")

WAREHOUSE = ["100012", "100013"]  # chariot élévateur, commandes en entrepôt
TEAMWORK = "300001"  # a non-core skill of the salle, cuisine and sommellerie fiches


@pytest.fixture(scope="module")
def state_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    root = tmp_path_factory.mktemp("metiers-template")
    return indexed_state(root, sqlite_template=sqlite_template, fixture=rome_with_night_work())[1]


@pytest_asyncio.fixture(scope="class", loop_scope="class")
async def service(
    state_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[httpx.AsyncClient]:
    """Read-only tests: one service per class, on its own copy of the indexes."""
    state = copy_state(state_template, tmp_path_factory.mktemp("metiers") / "state")
    settings = Settings(**service_settings("sqlite+aiosqlite://", state, "fake"))  # type: ignore[arg-type]
    async with running(create_app(settings)) as client:
        yield client


async def _match(client: httpx.AsyncClient, **body: Any) -> list[dict[str, Any]]:
    response = await client.post("/v1/matches/metiers", json=body)
    assert response.status_code == 200, response.text
    return response.json()["results"]


async def _fiche(client: httpx.AsyncClient, code_rome: str, **body: Any) -> dict[str, Any]:
    """The match of one fiche, wherever it ranks."""
    results = await _match(client, limit=50, **body)
    return next(r for r in results if r["code_rome"] == code_rome)


def _skills(*codes: str, weight: float = 1.0) -> list[dict[str, Any]]:
    return [{"code": code, "weight": weight} for code in codes]


def _codes(skills: list[dict[str, Any]]) -> set[str]:
    return {s["code"] for s in skills}


class TestExcludedSkills:
    async def test_an_excluded_skill_is_not_counted_even_with_a_weight(
        self, service: httpx.AsyncClient
    ) -> None:
        heavy = [{"code": "100001", "weight": 5}, *_skills(*WAITER[1:])]
        top = (await _match(service, skills=heavy, excluded_skills=["100001"]))[0]
        without = (await _match(service, skills=_skills(*WAITER[1:])))[0]
        assert top["code_rome"] == "G1803"
        assert "100001" not in _codes(top["matched_skills"])
        assert "100001" in _codes(top["missing_skills"])
        assert top["score"] == without["score"]

    async def test_a_zero_weight_counts_as_unticked(self, service: httpx.AsyncClient) -> None:
        zero = [{"code": "100001", "weight": 0}, *_skills(*WAITER[1:])]
        assert await _match(service, skills=zero) == await _match(
            service, skills=_skills(*WAITER[1:])
        )

    async def test_excluding_every_skill_leaves_nothing_to_match(
        self, service: httpx.AsyncClient
    ) -> None:
        assert await _match(service, skills=_skills("100001"), excluded_skills=["100001"]) == []


class TestInterests:
    async def test_no_interests_leave_the_breakdown_at_zero(
        self, service: httpx.AsyncClient
    ) -> None:
        salle = await _fiche(service, "G1803", skills=_skills(TEAMWORK))
        assert salle["breakdown"]["interests"] == 0

    async def test_stated_types_fill_the_breakdown(self, service: httpx.AsyncClient) -> None:
        salle = await _fiche(
            service, "G1803", skills=_skills(TEAMWORK), interests={"riasec": ["S", "E"]}
        )
        # the fiche is S then E: S counts fully, E as the person's second type
        assert salle["breakdown"]["interests"] == pytest.approx(0.75)

    async def test_types_the_metier_lacks_score_zero(self, service: httpx.AsyncClient) -> None:
        kitchen = await _fiche(
            service, "G1602", skills=_skills(TEAMWORK), interests={"riasec": ["S", "E"]}
        )
        assert kitchen["breakdown"]["interests"] == 0

    async def test_interests_reorder_two_close_metiers(self, service: httpx.AsyncClient) -> None:
        realistic = await _match(service, skills=_skills(TEAMWORK), interests={"riasec": ["R"]})
        social = await _match(service, skills=_skills(TEAMWORK), interests={"riasec": ["S"]})
        assert realistic[0]["code_rome"] == "G1602"
        assert social[0]["code_rome"] == "G1803"
        assert realistic[0]["breakdown"]["coverage"] == social[0]["breakdown"]["coverage"]


class TestConflicts:
    async def test_a_metier_working_nights_conflicts_with_refusing_night_work(
        self, service: httpx.AsyncClient
    ) -> None:
        no_night = [{"kind": "night_work", "polarity": "negative"}]
        results = await _match(service, skills=_skills(*WAREHOUSE), constraints=no_night)
        assert results[0]["code_rome"] == "N1103", "a conflict is shown, never a reason to hide"
        assert results[0]["conflicts"] == ["night_work"]

    async def test_without_the_refusal_there_is_no_conflict(
        self, service: httpx.AsyncClient
    ) -> None:
        top = (await _match(service, skills=_skills(*WAREHOUSE)))[0]
        assert top["conflicts"] == []

    async def test_accepting_night_work_is_no_conflict(self, service: httpx.AsyncClient) -> None:
        yes_night = [{"kind": "night_work", "polarity": "positive"}]
        top = (await _match(service, skills=_skills(*WAREHOUSE), constraints=yes_night))[0]
        assert top["conflicts"] == []

    async def test_saturday_work_conflicts_with_refusing_weekends(
        self, service: httpx.AsyncClient
    ) -> None:
        no_weekend = [{"kind": "weekend_work", "polarity": "negative"}]
        body = {"skills": _skills(*WAITER, "100015"), "constraints": no_weekend}
        salle = await _fiche(service, "G1803", **body)
        developer = await _fiche(service, "M1805", **body)
        assert salle["conflicts"] == ["weekend_work"]
        assert developer["conflicts"] == [], "a fiche without schedule contexts imposes nothing"

    async def test_sunday_work_conflicts_with_refusing_sundays(
        self, service: httpx.AsyncClient
    ) -> None:
        no_sunday = [{"kind": "sunday_work", "polarity": "negative"}]
        plumber = await _fiche(service, "F1603", skills=_skills("100009"), constraints=no_sunday)
        assert plumber["conflicts"] == ["sunday_work"]

    async def test_sunday_work_conflicts_with_refusing_weekends(
        self, service: httpx.AsyncClient
    ) -> None:
        no_weekend = [{"kind": "weekend_work", "polarity": "negative"}]
        plumber = await _fiche(service, "F1603", skills=_skills("100009"), constraints=no_weekend)
        assert plumber["conflicts"] == ["weekend_work"]

    async def test_an_evening_context_imposes_nothing(self, service: httpx.AsyncClient) -> None:
        no_night = [{"kind": "night_work", "polarity": "negative"}]
        salle = await _fiche(service, "G1803", skills=_skills(*WAITER), constraints=no_night)
        assert salle["conflicts"] == [], "« Travail en soirée » is not night work"


class TestAppellations:
    async def test_without_hints_three_of_the_fiches_titles_are_shown(
        self, service: httpx.AsyncClient
    ) -> None:
        salle = await _fiche(service, "G1803", skills=_skills(*WAITER))
        codes = [a["code"] for a in salle["appellations"]]
        assert len(codes) == 3
        assert set(codes) <= G1803_TITLES

    async def test_a_hinted_title_comes_first(self, service: httpx.AsyncClient) -> None:
        unhinted = await _fiche(service, "G1803", skills=_skills(*WAITER))
        last = [a["code"] for a in unhinted["appellations"]][-1]
        hinted = await _fiche(service, "G1803", skills=_skills(*WAITER), appellations=[last])
        assert hinted["appellations"][0]["code"] == last
        assert len(hinted["appellations"]) == 3

    async def test_a_title_not_shown_by_default_comes_first_when_hinted(
        self, service: httpx.AsyncClient
    ) -> None:
        unhinted = await _fiche(service, "G1803", skills=_skills(*WAITER))
        (hidden,) = G1803_TITLES - {a["code"] for a in unhinted["appellations"]}
        hinted = await _fiche(service, "G1803", skills=_skills(*WAITER), appellations=[hidden])
        assert hinted["appellations"][0]["code"] == hidden
        assert len(hinted["appellations"]) == 3

    async def test_hinted_titles_keep_the_order_of_the_hints(
        self, service: httpx.AsyncClient
    ) -> None:
        unhinted = await _fiche(service, "G1803", skills=_skills(*WAITER))
        order = [a["code"] for a in unhinted["appellations"]]
        hints = [order[2], order[0]]
        hinted = await _fiche(service, "G1803", skills=_skills(*WAITER), appellations=hints)
        assert [a["code"] for a in hinted["appellations"][:2]] == hints

    async def test_a_hint_of_another_fiche_changes_nothing(
        self, service: httpx.AsyncClient
    ) -> None:
        unhinted = await _fiche(service, "G1803", skills=_skills(*WAITER))
        hinted = await _fiche(service, "G1803", skills=_skills(*WAITER), appellations=["12001"])
        assert hinted["appellations"] == unhinted["appellations"]


class TestProximites:
    async def _moves(
        self, service: httpx.AsyncClient, code_rome: str = "G1803", **params: Any
    ) -> dict[str, Any]:
        response = await service.get(f"/v1/rome/metiers/{code_rome}/proximites", params=params)
        assert response.status_code == 200, response.text
        return response.json()

    async def test_official_moves_come_first_in_the_fiches_order(
        self, service: httpx.AsyncClient
    ) -> None:
        moves = (await self._moves(service))["results"]
        # the fixture lists the warehouse before the kitchen, though it shares no skill
        assert [(m["code_rome"], m["official"]) for m in moves[:2]] == [
            ("N1103", True),
            ("G1602", True),
        ]
        assert all(not m["official"] for m in moves[2:])

    async def test_other_moves_follow_by_shared_skills(self, service: httpx.AsyncClient) -> None:
        answer = await self._moves(service)
        assert (answer["code_rome"], answer["label"]) == ("G1803", "Personnel de salle")
        others = answer["results"][2:]
        assert others[0]["code_rome"] == "G1804"
        similarities = [m["similarity"] for m in others]
        assert similarities == sorted(similarities, reverse=True)
        assert "G1803" not in {m["code_rome"] for m in answer["results"]}

    async def test_similarity_is_the_share_of_skills_in_common(
        self, service: httpx.AsyncClient
    ) -> None:
        moves = {m["code_rome"]: m for m in (await self._moves(service))["results"]}
        assert all(0 <= m["similarity"] <= 1 for m in moves.values())
        # salle has 7 skills, sommellerie 4, all of them salle's too
        assert moves["G1804"]["shared_skills"] == 4
        assert moves["G1804"]["similarity"] == pytest.approx(4 / 7, abs=1e-4)
        assert (moves["N1103"]["shared_skills"], moves["N1103"]["similarity"]) == (0, 0)

    async def test_skills_to_add_are_core_skills_of_the_target_not_held(
        self, service: httpx.AsyncClient
    ) -> None:
        moves = {m["code_rome"]: m for m in (await self._moves(service))["results"]}
        assert _codes(moves["G1602"]["skills_to_add"]) == {"100006", "100007", "100008", "200002"}
        assert moves["G1804"]["skills_to_add"] == [], "its core skills are all salle's"

    async def test_a_move_to_another_domain_is_a_passerelle(
        self, service: httpx.AsyncClient
    ) -> None:
        moves = {m["code_rome"]: m for m in (await self._moves(service))["results"]}
        assert moves["G1602"]["passerelle"] is True  # G16 production culinaire
        assert moves["N1103"]["passerelle"] is True
        assert moves["G1804"]["passerelle"] is False  # G18, like salle

    async def test_limit_caps_the_moves(self, service: httpx.AsyncClient) -> None:
        moves = (await self._moves(service, limit=1))["results"]
        assert [m["code_rome"] for m in moves] == ["N1103"]

    async def test_unknown_code_is_404(self, service: httpx.AsyncClient) -> None:
        response = await service.get("/v1/rome/metiers/A9999/proximites")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_rome_code"

    async def test_a_lower_case_code_is_read_in_upper_case(
        self, service: httpx.AsyncClient
    ) -> None:
        assert (await self._moves(service, "g1803"))["code_rome"] == "G1803"

    @pytest.mark.parametrize("code", ["G18", "Z1803", "G18031"])
    async def test_malformed_code_is_422(self, service: httpx.AsyncClient, code: str) -> None:
        response = await service.get(f"/v1/rome/metiers/{code}/proximites")
        assert response.status_code == 422
