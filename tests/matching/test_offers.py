"""Offer matching in the matching service alone: index, filter, tenants, expiry, removal."""

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
    AUBENAS,
    COOK,
    LYON,
    MONTPELLIER,
    PLUMBER,
    PRIVAS,
    WAITER,
    copy_state,
    days_ago,
    indexed_state,
    make_indexed_offer,
    make_skill,
)
from tests.builders.stack import service_settings
from tests.conftest import running

pytestmark = pytest.mark.asyncio(loop_scope="class")

UNKNOWN_SKILL = "999999"


@pytest.fixture(scope="module")
def state_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """The ROME fixture indexed once for the module; each class gets a copy."""
    root = tmp_path_factory.mktemp("offers-template")
    return indexed_state(root, sqlite_template=sqlite_template)[1]


@pytest_asyncio.fixture(scope="class", loop_scope="class")
async def service(
    state_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[httpx.AsyncClient]:
    """One matching service per test class, on its own copy of the indexes."""
    state = copy_state(state_template, tmp_path_factory.mktemp("offers") / "state")
    settings = Settings(**service_settings("sqlite+aiosqlite://", state, "fake"))  # type: ignore[arg-type]
    async with running(create_app(settings)) as client:
        yield client


async def _put(client: httpx.AsyncClient, *offers: dict[str, Any]) -> dict[str, Any]:
    response = await client.put("/v1/offers", json={"offers": list(offers)})
    assert response.status_code == 200, response.text
    return response.json()


async def _match(
    client: httpx.AsyncClient, *, tenant: str = "alpha", **body: Any
) -> list[dict[str, Any]]:
    response = await client.post("/v1/matches/offers", json=body, headers={"X-Tenant": tenant})
    assert response.status_code == 200, response.text
    return response.json()["results"]


def _skills(*codes: str, weight: float = 1.0) -> list[dict[str, Any]]:
    return [{"code": code, "weight": weight} for code in codes]


def _ids(results: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in results]


def _by_id(results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r for r in results}


class TestRanking:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, service: httpx.AsyncClient) -> None:
        await _put(
            service,
            make_indexed_offer(id="salle", skills=[*WAITER, UNKNOWN_SKILL]),
            make_indexed_offer(
                id="cuisine", title="Cuisinier / Cuisinière", skills=COOK, rome_code="G1602"
            ),
            make_indexed_offer(
                id="plomberie", title="Plombier / Plombière", skills=PLUMBER, rome_code="F1603"
            ),
        )

    async def test_the_offer_with_the_profiles_skills_ranks_first(
        self, service: httpx.AsyncClient
    ) -> None:
        results = await _match(service, skills=_skills(*WAITER))
        assert results[0]["id"] == "salle"
        assert {s["code"] for s in results[0]["matched_skills"]} == set(WAITER)
        assert results[0]["breakdown"]["coverage"] == pytest.approx(1.0)

    async def test_offers_sharing_no_skill_are_left_out(self, service: httpx.AsyncClient) -> None:
        results = await _match(service, skills=_skills(*PLUMBER))
        assert _ids(results) == ["plomberie"]

    async def test_missing_skills_are_the_offers_skills_the_profile_lacks(
        self, service: httpx.AsyncClient
    ) -> None:
        top = (await _match(service, skills=_skills("100001", "100002")))[0]
        assert top["id"] == "salle"
        assert {s["code"] for s in top["matched_skills"]} == {"100001", "100002"}
        assert {s["code"] for s in top["missing_skills"]} == {"100003", "100005"}
        assert 0 < top["score"] < 100

    async def test_a_skill_given_by_code_gets_the_label_of_the_fiche(
        self, service: httpx.AsyncClient
    ) -> None:
        top = (await _match(service, skills=_skills("100001")))[0]
        accueil = next(s for s in top["matched_skills"] if s["code"] == "100001")
        assert accueil == {
            "code": "100001",
            "label": "Accueillir les clients",
            "type": "savoir_faire",
        }

    async def test_a_skill_code_no_fiche_lists_is_dropped(self, service: httpx.AsyncClient) -> None:
        top = (await _match(service, skills=_skills(*WAITER, UNKNOWN_SKILL)))[0]
        listed = {s["code"] for s in top["matched_skills"] + top["missing_skills"]}
        assert UNKNOWN_SKILL not in listed

    async def test_text_alone_finds_the_offer(self, service: httpx.AsyncClient) -> None:
        results = await _match(service, text="Plombier plombière")
        assert results[0]["id"] == "plomberie"
        assert results[0]["breakdown"]["coverage"] == 0

    async def test_scores_are_percentages_best_first(self, service: httpx.AsyncClient) -> None:
        results = await _match(service, skills=_skills(*WAITER, *COOK), text="Serveur")
        scores = [r["score"] for r in results]
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= score <= 100 for score in scores)

    async def test_limit_caps_the_results(self, service: httpx.AsyncClient) -> None:
        results = await _match(service, skills=_skills(*WAITER, *COOK), limit=1)
        assert len(results) == 1

    async def test_the_offer_is_described_as_indexed(self, service: httpx.AsyncClient) -> None:
        top = (await _match(service, skills=_skills(*PLUMBER)))[0]
        assert top["title"] == "Plombier / Plombière"
        assert top["rome_code"] == "F1603"
        assert (top["contract_type"], top["working_time"]) == ("CDI", "full_time")
        assert top["place"]["commune"] == AUBENAS["commune"]
        assert top["distance_km"] is None, "no point given: no distance"
        assert top["shared"] is False

    async def test_missing_tenant_header_is_422(self, service: httpx.AsyncClient) -> None:
        response = await service.post("/v1/matches/offers", json={"skills": _skills(*WAITER)})
        assert response.status_code == 422

    async def test_no_profile_is_422(self, service: httpx.AsyncClient) -> None:
        response = await service.post(
            "/v1/matches/offers", json={"skills": []}, headers={"X-Tenant": "alpha"}
        )
        assert response.status_code == 422


class TestSkillLabels:
    """No class fixture: the warning must come from the test's own request."""

    @pytest.mark.filterwarnings("error:Pydantic serializer warnings")
    async def test_labelling_a_skill_by_code_stores_a_valid_type(
        self, service: httpx.AsyncClient
    ) -> None:
        response = await service.put(
            "/v1/offers", json={"offers": [make_indexed_offer(id="w-typed", tenant="delta")]}
        )
        assert response.status_code == 200


class TestPlaces:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, service: httpx.AsyncClient) -> None:
        await _put(
            service,
            make_indexed_offer(id="aubenas", place=AUBENAS),
            make_indexed_offer(id="privas", place=PRIVAS),
            make_indexed_offer(id="lyon", place=LYON),
            make_indexed_offer(id="montpellier", place=MONTPELLIER),
            make_indexed_offer(id="nowhere", place={}),
        )

    async def _found(
        self, service: httpx.AsyncClient, *, tenant: str = "alpha", **where: Any
    ) -> set[str]:
        results = await _match(service, tenant=tenant, skills=_skills(*WAITER), where=where)
        return set(_ids(results))

    async def test_anywhere_finds_every_offer(self, service: httpx.AsyncClient) -> None:
        found = set(_ids(await _match(service, skills=_skills(*WAITER))))
        assert found == {"aubenas", "privas", "lyon", "montpellier", "nowhere"}

    async def test_a_departement_keeps_its_offers(self, service: httpx.AsyncClient) -> None:
        assert await self._found(service, departement="07") == {"aubenas", "privas"}

    async def test_a_region_keeps_its_offers(self, service: httpx.AsyncClient) -> None:
        assert await self._found(service, region="84") == {"aubenas", "privas", "lyon"}

    async def test_a_commune_keeps_its_offers(self, service: httpx.AsyncClient) -> None:
        assert await self._found(service, commune="07186") == {"privas"}

    async def test_a_radius_keeps_the_offers_around_the_point(
        self, service: httpx.AsyncClient
    ) -> None:
        around = {"latitude": AUBENAS["latitude"], "longitude": AUBENAS["longitude"]}
        assert await self._found(service, **around, radius_km=10) == {"aubenas"}
        assert await self._found(service, **around, radius_km=30) == {"aubenas", "privas"}
        assert await self._found(service, **around, radius_km=200) == {
            "aubenas",
            "privas",
            "lyon",
            "montpellier",
        }

    async def test_a_point_alone_searches_30_km_around(self, service: httpx.AsyncClient) -> None:
        around = {"latitude": AUBENAS["latitude"], "longitude": AUBENAS["longitude"]}
        assert await self._found(service, **around) == {"aubenas", "privas"}

    async def test_distance_from_the_point_is_reported(self, service: httpx.AsyncClient) -> None:
        where = {"latitude": AUBENAS["latitude"], "longitude": AUBENAS["longitude"]}
        results = _by_id(await _match(service, skills=_skills(*WAITER), where=where))
        assert results["aubenas"]["distance_km"] == 0
        # Aubenas–Privas is about 21 km as the crow flies
        assert results["privas"]["distance_km"] == pytest.approx(21, abs=1.5)

    async def test_radius_without_a_point_is_422(self, service: httpx.AsyncClient) -> None:
        response = await service.post(
            "/v1/matches/offers",
            json={"skills": _skills(*WAITER), "where": {"departement": "07", "radius_km": 10}},
            headers={"X-Tenant": "alpha"},
        )
        assert response.status_code == 422

    async def test_an_offer_giving_only_its_commune_is_found_by_departement_and_region(
        self, service: httpx.AsyncClient
    ) -> None:
        only = make_indexed_offer(id="commune-only", tenant="delta", place={"commune": "07186"})
        await _put(service, only)
        assert "commune-only" in await self._found(service, tenant="delta", departement="07")
        assert "commune-only" in await self._found(service, tenant="delta", region="84")


class TestContractsAndMetiers:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, service: httpx.AsyncClient) -> None:
        await _put(
            service,
            make_indexed_offer(id="cdi", contract_type="CDI"),
            make_indexed_offer(id="cdd", contract_type="CDD"),
            make_indexed_offer(id="interim", contract_type="MIS"),
            make_indexed_offer(id="plombier", skills=["100001"], rome_code="F1603"),
        )

    async def test_only_accepted_contracts_are_returned(self, service: httpx.AsyncClient) -> None:
        results = await _match(service, skills=_skills(*WAITER), contract_types=["CDD", "MIS"])
        assert set(_ids(results)) == {"cdd", "interim"}

    async def test_no_contract_type_accepts_any(self, service: httpx.AsyncClient) -> None:
        results = await _match(service, skills=_skills(*WAITER))
        assert set(_ids(results)) == {"cdi", "cdd", "interim", "plombier"}

    async def test_rome_codes_keep_the_offers_of_those_metiers(
        self, service: httpx.AsyncClient
    ) -> None:
        results = await _match(service, skills=_skills(*WAITER), rome_codes=["F1603"])
        assert _ids(results) == ["plombier"]


class TestConstraints:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, service: httpx.AsyncClient) -> None:
        await _put(
            service,
            # the night offer fits the profile best, so only the constraint can push it down
            make_indexed_offer(id="nuit", night_work=True),
            make_indexed_offer(id="jour", skills=WAITER[:2]),
            make_indexed_offer(id="mi-temps", skills=WAITER[:2], working_time="part_time"),
            make_indexed_offer(id="lu-de-nuit", skills=WAITER[:1], requirements=["night_work"]),
            make_indexed_offer(id="dimanche", skills=WAITER[:1], sunday_work=True),
        )

    async def test_refused_night_work_leaves_night_offers_out(
        self, service: httpx.AsyncClient
    ) -> None:
        no_night = [{"kind": "night_work", "polarity": "negative"}]
        results = await _match(service, skills=_skills(*WAITER), constraints=no_night)
        assert set(_ids(results)) == {"jour", "mi-temps", "dimanche"}
        assert all(r["conflicts"] == [] for r in results)

    async def test_flag_mode_lists_conflicting_offers_last(
        self, service: httpx.AsyncClient
    ) -> None:
        no_night = [{"kind": "night_work", "polarity": "negative"}]
        results = await _match(
            service, skills=_skills(*WAITER), constraints=no_night, constraint_mode="flag"
        )
        ids = _ids(results)
        assert set(ids[-2:]) == {"nuit", "lu-de-nuit"}
        assert _by_id(results)["nuit"]["conflicts"] == ["night_work"]
        assert _by_id(results)["jour"]["conflicts"] == []

    async def test_accepting_night_work_is_no_conflict(self, service: httpx.AsyncClient) -> None:
        yes_night = [{"kind": "night_work", "polarity": "positive"}]
        results = await _match(service, skills=_skills(*WAITER), constraints=yes_night)
        assert results[0]["id"] == "nuit"
        assert all(r["conflicts"] == [] for r in results)

    async def test_wanting_part_time_conflicts_with_full_time_offers(
        self, service: httpx.AsyncClient
    ) -> None:
        part_time = [{"kind": "part_time", "polarity": "positive"}]
        excluded = await _match(service, skills=_skills(*WAITER), constraints=part_time)
        assert _ids(excluded) == ["mi-temps"]
        flagged = await _match(
            service, skills=_skills(*WAITER), constraints=part_time, constraint_mode="flag"
        )
        assert flagged[0]["id"] == "mi-temps"
        assert _by_id(flagged)["nuit"]["conflicts"] == ["full_time"]

    async def test_refusing_weekends_conflicts_with_sunday_work(
        self, service: httpx.AsyncClient
    ) -> None:
        no_weekend = [{"kind": "weekend_work", "polarity": "negative"}]
        results = await _match(service, skills=_skills(*WAITER), constraints=no_weekend)
        assert "dimanche" not in _ids(results)


class TestExpiry:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, service: httpx.AsyncClient) -> None:
        await _put(
            service,
            make_indexed_offer(id="vivante"),
            make_indexed_offer(id="terminee", expires_at=days_ago(1)),
            # no end date: it lives offer_ttl_days (60) from its publication
            make_indexed_offer(id="ancienne", created_at=days_ago(61)),
            make_indexed_offer(id="prolongee", created_at=days_ago(61), expires_at=days_ago(-5)),
        )

    async def test_expired_offers_are_never_matched(self, service: httpx.AsyncClient) -> None:
        results = await _match(service, skills=_skills(*WAITER))
        assert set(_ids(results)) == {"vivante", "prolongee"}

    async def test_purge_removes_expired_offers(self, service: httpx.AsyncClient) -> None:
        response = await service.post("/v1/offers/purge")
        assert response.status_code == 200
        assert response.json() == {"deleted": 2}
        gone = await service.delete("/v1/offers/terminee", headers={"X-Tenant": "alpha"})
        assert gone.status_code == 404
        assert (await service.post("/v1/offers/purge")).json() == {"deleted": 0}
        results = await _match(service, skills=_skills(*WAITER))
        assert set(_ids(results)) == {"vivante", "prolongee"}


class TestTenants:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, service: httpx.AsyncClient) -> None:
        await _put(
            service,
            make_indexed_offer(id="a-prive", tenant="alpha"),
            make_indexed_offer(id="a-partage", tenant="alpha", visibility="shared"),
            make_indexed_offer(id="b-prive", tenant="beta"),
            make_indexed_offer(
                id="meme-id", tenant="alpha", title="Chef de rang", visibility="shared"
            ),
            make_indexed_offer(id="meme-id", tenant="beta", title="Commis de salle"),
        )

    async def test_private_offers_stay_with_their_tenant(self, service: httpx.AsyncClient) -> None:
        beta = _by_id(await _match(service, tenant="beta", skills=_skills(*WAITER)))
        assert "a-prive" not in beta
        assert {"a-partage", "b-prive"} <= set(beta)

    async def test_shared_offers_say_so_to_other_tenants(self, service: httpx.AsyncClient) -> None:
        beta = _by_id(await _match(service, tenant="beta", skills=_skills(*WAITER)))
        assert beta["a-partage"]["shared"] is True
        assert beta["b-prive"]["shared"] is False
        alpha = _by_id(await _match(service, tenant="alpha", skills=_skills(*WAITER)))
        assert alpha["a-partage"]["shared"] is False, "its own offer, even if published for all"

    async def test_a_tenant_outside_sees_only_shared_offers(
        self, service: httpx.AsyncClient
    ) -> None:
        gamma = await _match(service, tenant="gamma", skills=_skills(*WAITER))
        assert sorted(_ids(gamma)) == ["a-partage", "meme-id"]

    async def test_the_same_id_in_two_tenants_is_two_offers(
        self, service: httpx.AsyncClient
    ) -> None:
        beta = await _match(service, tenant="beta", skills=_skills(*WAITER))
        same = sorted((r["title"], r["shared"]) for r in beta if r["id"] == "meme-id")
        assert same == [("Chef de rang", True), ("Commis de salle", False)]
        alpha = await _match(service, tenant="alpha", skills=_skills(*WAITER))
        assert [r["title"] for r in alpha if r["id"] == "meme-id"] == ["Chef de rang"]


class TestWrites:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, service: httpx.AsyncClient) -> None:
        await _put(
            service,
            make_indexed_offer(id="a-1", tenant="alpha"),
            make_indexed_offer(id="a-2", tenant="alpha", visibility="shared"),
            make_indexed_offer(id="a-3", tenant="alpha"),
        )

    async def _delete(
        self, service: httpx.AsyncClient, offer_id: str, tenant: str
    ) -> httpx.Response:
        return await service.delete(f"/v1/offers/{offer_id}", headers={"X-Tenant": tenant})

    async def test_indexing_answers_the_ids_in_request_order(
        self, service: httpx.AsyncClient
    ) -> None:
        offers = [make_indexed_offer(id=i, tenant="delta") for i in ("w-z", "w-a")]
        result = await _put(service, *offers)
        assert result == {"indexed": 2, "ids": ["w-z", "w-a"], "errors": []}

    async def test_a_deleted_offer_is_gone(self, service: httpx.AsyncClient) -> None:
        response = await self._delete(service, "a-1", "alpha")
        assert response.status_code == 204
        assert response.content == b""
        again = await self._delete(service, "a-1", "alpha")
        assert again.status_code == 404
        assert again.json()["error"]["code"] == "unknown_offer"
        assert "a-1" not in _ids(await _match(service, skills=_skills(*WAITER)))

    async def test_a_tenant_cannot_delete_another_tenants_offer(
        self, service: httpx.AsyncClient
    ) -> None:
        response = await self._delete(service, "a-2", "beta")
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_offer"
        assert "a-2" in _ids(await _match(service, tenant="beta", skills=_skills(*WAITER)))

    async def test_delete_without_tenant_is_422(self, service: httpx.AsyncClient) -> None:
        assert (await service.delete("/v1/offers/a-3")).status_code == 422

    async def test_indexing_the_same_id_again_replaces_the_offer(
        self, service: httpx.AsyncClient
    ) -> None:
        await _put(service, make_indexed_offer(id="a-3", title="Chef de rang"))
        results = await _match(service, skills=_skills(*WAITER))
        assert [r["title"] for r in results if r["id"] == "a-3"] == ["Chef de rang"]

    async def test_skills_given_with_their_label_keep_it(self, service: httpx.AsyncClient) -> None:
        read = make_skill("100012", score=0.8, label="Conduire un chariot", type="savoir_faire")
        await _put(service, make_indexed_offer(id="cariste", skills=[read], rome_code="N1103"))
        top = (await _match(service, skills=_skills("100012")))[0]
        assert top["id"] == "cariste"
        assert top["matched_skills"][0]["label"] == "Conduire un chariot"

    async def test_an_offer_whose_skills_all_score_zero_can_be_matched(
        self, service: httpx.AsyncClient
    ) -> None:
        zero = make_skill("100015", score=0.0)
        await _put(service, make_indexed_offer(id="zero", title="Développeur web", skills=[zero]))
        response = await service.post(
            "/v1/matches/offers",
            json={"skills": _skills("100015"), "text": "Développeur web"},
            headers={"X-Tenant": "alpha"},
        )
        assert response.status_code == 200
        assert "zero" in _ids(response.json()["results"])
