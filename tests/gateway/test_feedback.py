"""Feedback on suggestions end to end through the gateway: stored, read back, per tenant."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from gateway.models import Feedback
from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.stack import running_stack

OTHER = "other-tenant"


async def _new_key(database_url: str, tenant: str) -> str:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(session, await ensure_tenant(session, tenant))
    await engine.dispose()
    return key


async def _stored_count(database_url: str) -> int:
    engine = create_engine(database_url)
    async with create_sessionmaker(engine)() as session:
        count = (await session.execute(select(func.count()).select_from(Feedback))).scalar_one()
    await engine.dispose()
    return int(count)


def make_feedback(
    *,
    kind: str = "metier",
    target_id: str = "G1803",
    relevant: bool = True,
    **extra: Any,
) -> dict[str, Any]:
    return {"kind": kind, "target_id": target_id, "relevant": relevant, **extra}


@pytest.fixture
async def gateway(database_url: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    # feedback never reaches a downstream service: no ROME import, no index needed
    async with running_stack(database_url, tmp_path, "fake") as client:
        client.headers["X-API-Key"] = await _new_key(database_url, "occitanie")
        yield client


@pytest.fixture
async def other_key(database_url: str) -> str:
    return await _new_key(database_url, OTHER)


async def _post_all(gateway: httpx.AsyncClient, items: list[dict[str, Any]]) -> None:
    response = await gateway.post("/v1/feedback/batch", json={"items": items})
    assert response.status_code == 201, response.text


class TestCreateFeedback:
    async def test_a_verdict_is_stored_and_returned_with_201(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        body = make_feedback(
            rank=2,
            score=0.82,
            context_id="list-42",
            profile={"skills": ["100012"], "text": "serveur en brasserie"},
            comment="Trop loin de mon expérience",
        )
        response = await gateway.post("/v1/feedback", json=body)
        assert response.status_code == 201, response.text
        created = response.json()
        assert {k: created[k] for k in body} == body
        assert await _stored_count(database_url) == 1

    async def test_the_reception_time_is_in_utc(self, gateway: httpx.AsyncClient) -> None:
        created = (await gateway.post("/v1/feedback", json=make_feedback())).json()
        received = datetime.fromisoformat(created["created_at"])
        assert abs(datetime.now(UTC) - received) < timedelta(minutes=1)

    async def test_an_unknown_kind_is_422(self, gateway: httpx.AsyncClient) -> None:
        response = await gateway.post("/v1/feedback", json=make_feedback(kind="recipe"))
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"

    async def test_a_profile_over_20_kb_is_422(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        body = make_feedback(profile={"text": "x" * 20_001})
        response = await gateway.post("/v1/feedback", json=body)
        assert response.status_code == 422
        assert "profile" in response.json()["error"]["message"]
        assert await _stored_count(database_url) == 0

    async def test_a_rank_below_1_is_422(self, gateway: httpx.AsyncClient) -> None:
        response = await gateway.post("/v1/feedback", json=make_feedback(rank=0))
        assert response.status_code == 422

    async def test_a_call_without_a_key_is_401(self, gateway: httpx.AsyncClient) -> None:
        del gateway.headers["X-API-Key"]
        response = await gateway.post("/v1/feedback", json=make_feedback())
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "missing_api_key"


class TestCreateFeedbackBatch:
    async def test_a_batch_of_3_is_stored_and_returned_in_order(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        items = [make_feedback(target_id=code, rank=i + 1) for i, code in enumerate("ABC")]
        response = await gateway.post("/v1/feedback/batch", json={"items": items})
        assert response.status_code == 201, response.text
        assert [item["target_id"] for item in response.json()] == ["A", "B", "C"]
        assert await _stored_count(database_url) == 3

    async def test_a_batch_over_100_is_422(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        items = [make_feedback() for _ in range(101)]
        response = await gateway.post("/v1/feedback/batch", json={"items": items})
        assert response.status_code == 422
        assert await _stored_count(database_url) == 0

    async def test_one_invalid_item_stores_none_of_the_batch(
        self, gateway: httpx.AsyncClient, database_url: str
    ) -> None:
        items = [make_feedback(), make_feedback(kind="recipe")]
        response = await gateway.post("/v1/feedback/batch", json={"items": items})
        assert response.status_code == 422
        assert await _stored_count(database_url) == 0


class TestListFeedback:
    async def test_a_stored_verdict_is_read_back(self, gateway: httpx.AsyncClient) -> None:
        created = (await gateway.post("/v1/feedback", json=make_feedback(rank=1))).json()
        response = await gateway.get("/v1/feedback")
        assert response.status_code == 200
        assert response.json() == {"items": [created], "next_cursor": None}

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ({"kind": "skill"}, ["100012"]),
            ({"target_id": "G1803"}, ["G1803"]),
            ({"context_id": "list-2"}, ["100012"]),
        ],
    )
    async def test_filters_narrow_the_list(
        self, gateway: httpx.AsyncClient, query: dict[str, str], expected: list[str]
    ) -> None:
        await _post_all(
            gateway,
            [
                make_feedback(target_id="G1803", context_id="list-1"),
                make_feedback(target_id="M1607", context_id="list-1"),
                make_feedback(kind="skill", target_id="100012", context_id="list-2"),
            ],
        )
        items = (await gateway.get("/v1/feedback", params=query)).json()["items"]
        assert [item["target_id"] for item in items] == expected

    async def test_since_keeps_only_later_verdicts(self, gateway: httpx.AsyncClient) -> None:
        await gateway.post("/v1/feedback", json=make_feedback())
        later = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        earlier = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
        assert (await gateway.get("/v1/feedback", params={"since": later})).json()["items"] == []
        assert len((await gateway.get("/v1/feedback", params={"since": earlier})).json()["items"])

    async def test_pages_return_every_verdict_once(self, gateway: httpx.AsyncClient) -> None:
        await _post_all(gateway, [make_feedback(target_id=f"T{i}") for i in range(7)])
        seen: list[str] = []
        cursor = None
        while True:
            params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
            page = (await gateway.get("/v1/feedback", params=params)).json()
            seen += [item["target_id"] for item in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert seen == [f"T{i}" for i in range(7)]

    async def test_a_forged_cursor_is_400(self, gateway: httpx.AsyncClient) -> None:
        response = await gateway.get("/v1/feedback", params={"cursor": "not a cursor"})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_cursor"

    async def test_a_tenant_never_sees_another_tenants_verdicts(
        self, gateway: httpx.AsyncClient, other_key: str
    ) -> None:
        await gateway.post("/v1/feedback", json=make_feedback(target_id="G1803"))
        other = {"X-API-Key": other_key}
        await gateway.post("/v1/feedback", json=make_feedback(target_id="M1607"), headers=other)
        mine = (await gateway.get("/v1/feedback")).json()["items"]
        theirs = (await gateway.get("/v1/feedback", headers=other)).json()["items"]
        assert [item["target_id"] for item in mine] == ["G1803"]
        assert [item["target_id"] for item in theirs] == ["M1607"]


def _by_kind(stats: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {entry["kind"]: entry for entry in stats["kinds"]}


class TestFeedbackStats:
    async def test_stats_count_verdicts_per_kind(self, gateway: httpx.AsyncClient) -> None:
        await _post_all(
            gateway,
            [
                make_feedback(relevant=True),
                make_feedback(relevant=True),
                make_feedback(relevant=False),
                make_feedback(kind="offer", target_id="193FKBM", relevant=False),
            ],
        )
        stats = _by_kind((await gateway.get("/v1/feedback/stats")).json())
        assert stats["metier"] == {
            "kind": "metier",
            "count": 3,
            "relevant": 2,
            "relevant_share": pytest.approx(2 / 3),
        }
        assert stats["offer"]["relevant_share"] == 0.0
        assert stats["training"] == {
            "kind": "training",
            "count": 0,
            "relevant": 0,
            "relevant_share": None,
        }

    async def test_stats_count_only_the_callers_tenant(
        self, gateway: httpx.AsyncClient, other_key: str
    ) -> None:
        await _post_all(gateway, [make_feedback(relevant=False)] * 3)
        other = {"X-API-Key": other_key}
        await gateway.post("/v1/feedback", json=make_feedback(relevant=True), headers=other)
        mine = _by_kind((await gateway.get("/v1/feedback/stats")).json())
        theirs = _by_kind((await gateway.get("/v1/feedback/stats", headers=other)).json())
        assert (mine["metier"]["count"], mine["metier"]["relevant"]) == (3, 0)
        assert (theirs["metier"]["count"], theirs["metier"]["relevant"]) == (1, 1)
