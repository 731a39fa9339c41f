"""Offers through the gateway: partners push them, extraction reads them, profiles match them."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import pytest_asyncio

from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.matching import (
    AUBENAS,
    G1803_TITLES,
    copy_state,
    indexed_state,
    make_ft_offer,
    make_offer_in,
)
from tests.builders.stack import running_stack
from tests.conftest import BACKENDS, _truncate_all, load_rome

pytestmark = pytest.mark.asyncio(loop_scope="class")

WAITER_TEXT = "Accueillir les clients. Servir les plats et les boissons en salle."
INGEST = ("read", "ingest")


@pytest.fixture(scope="module")
def state_template(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    """The ROME fixture indexed once for the module; each class gets a copy."""
    return indexed_state(tmp_path_factory.mktemp("gw-template"), sqlite_template=sqlite_template)[1]


@pytest.fixture(scope="class", params=BACKENDS)
def database(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    sqlite_template: Path,
    rome_dir: Path,
) -> str:
    """A migrated database holding the ROME fixture, one per test class and backend."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("gw-db") / "trajectoires.db"
        shutil.copy(sqlite_template, path)
        url = f"sqlite+aiosqlite:///{path}"
    else:
        url = request.getfixturevalue("postgres_migrated")
        asyncio.run(_truncate_all(url))
    asyncio.run(load_rome(url, rome_dir))
    return url


async def _new_key(database_url: str, tenant: str, scopes: tuple[str, ...]) -> str:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(session, await ensure_tenant(session, tenant), scopes=scopes)
    await engine.dispose()
    return key


@pytest_asyncio.fixture(scope="class", loop_scope="class")
async def keys(database: str) -> dict[str, dict[str, str]]:
    """Headers of three callers: two tenants that ingest, and a reader of the first tenant."""
    return {
        name: {"X-API-Key": await _new_key(database, tenant, scopes)}
        for name, tenant, scopes in [
            ("alpha", "occitanie", INGEST),
            ("beta", "bretagne", INGEST),
            ("reader", "occitanie", ("read",)),
        ]
    }


@pytest_asyncio.fixture(scope="class", loop_scope="class")
async def gateway(
    database: str, state_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[httpx.AsyncClient]:
    state = copy_state(state_template, tmp_path_factory.mktemp("gw") / "state")
    async with running_stack(database, state, "fake") as client:
        yield client


async def _post_offers(
    gateway: httpx.AsyncClient, key: dict[str, str], offers: list[dict[str, Any]], **body: Any
) -> dict[str, Any]:
    response = await gateway.post("/v1/offers", json={"offers": offers, **body}, headers=key)
    assert response.status_code == 200, response.text
    return response.json()


async def _match_offers(
    gateway: httpx.AsyncClient, key: dict[str, str], **body: Any
) -> list[dict[str, Any]]:
    response = await gateway.post("/v1/matches/offers", json=body, headers=key)
    assert response.status_code == 200, response.text
    return response.json()["results"]


def _ids(results: list[dict[str, Any]]) -> list[str]:
    return [r["id"] for r in results]


class TestIngestion:
    async def test_france_travail_offers_are_read_and_indexed(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        result = await _post_offers(gateway, keys["alpha"], [make_ft_offer(id="FT-1")])
        assert result == {"indexed": 1, "ids": ["FT-1"], "errors": []}

    async def test_neutral_offers_are_read_and_indexed(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        offers = [make_offer_in(id="N-1"), make_offer_in(id="N-2", contract_type="CDD")]
        result = await _post_offers(gateway, keys["alpha"], offers, format="neutral")
        assert result == {"indexed": 2, "ids": ["N-1", "N-2"], "errors": []}

    async def test_a_key_without_the_ingest_scope_is_403(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        response = await gateway.post(
            "/v1/offers", json={"offers": [make_ft_offer(id="FT-R")]}, headers=keys["reader"]
        )
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "insufficient_scope"

    async def test_no_key_is_401(self, gateway: httpx.AsyncClient) -> None:
        response = await gateway.post("/v1/offers", json={"offers": [make_ft_offer()]})
        assert response.status_code == 401

    async def test_an_unreadable_offer_is_reported_and_the_others_indexed(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        bad = make_ft_offer(id="FT-BAD")
        del bad["intitule"], bad["description"]
        offers = [make_ft_offer(id="FT-A"), bad, make_ft_offer(id="FT-C")]
        result = await _post_offers(gateway, keys["alpha"], offers, format="france_travail")
        assert (result["indexed"], result["ids"]) == (2, ["FT-A", "FT-C"])
        (error,) = result["errors"]
        assert (error["index"], error["id"], error["code"]) == (1, "FT-BAD", "invalid_offer")
        assert "intitule" in error["message"]

    async def test_in_auto_format_an_offer_without_title_is_reported(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        bad = make_ft_offer(id="FT-AUTO")
        del bad["intitule"], bad["description"]
        result = await _post_offers(gateway, keys["alpha"], [make_ft_offer(id="FT-D"), bad])
        assert result["ids"] == ["FT-D"]
        assert [(e["index"], e["code"]) for e in result["errors"]] == [(1, "invalid_offer")]

    async def test_an_offer_extraction_refuses_is_reported(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        english = make_offer_in(id="EN-1", description="We are hiring a waiter for our team.")
        result = await _post_offers(gateway, keys["alpha"], [make_offer_in(id="FR-1"), english])
        assert result["ids"] == ["FR-1"]
        assert [(e["index"], e["id"], e["code"]) for e in result["errors"]] == [
            (1, "EN-1", "not_french")
        ]

    async def test_more_than_1000_offers_is_422(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        offers = [make_offer_in(id=f"N-{i}") for i in range(1001)]
        response = await gateway.post("/v1/offers", json={"offers": offers}, headers=keys["alpha"])
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"


class TestMatchingIngestedOffers:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]) -> None:
        night = {"horaires": ["Travail de nuit"]}
        await _post_offers(
            gateway,
            keys["alpha"],
            [
                make_ft_offer(id="plombier"),
                make_ft_offer(
                    id="salle-jour",
                    intitule="Serveur / Serveuse en restauration",
                    description=WAITER_TEXT,
                    romeCode="G1803",
                ),
                make_ft_offer(
                    id="salle-nuit",
                    intitule="Serveur / Serveuse de nuit",
                    description=WAITER_TEXT,
                    romeCode="G1803",
                    contexteTravail=night,
                ),
            ],
        )
        shared = make_offer_in(id="partagee", description=WAITER_TEXT, place=AUBENAS)
        await _post_offers(gateway, keys["alpha"], [shared], visibility="shared")

    async def test_a_text_profile_finds_the_offers(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        text = "Plombier. Poser et raccorder des canalisations de plomberie."
        results = await _match_offers(gateway, keys["alpha"], text=text)
        assert results[0]["id"] == "plombier"
        assert results[0]["matched_skills"], "skills read in the text feed the coverage"
        assert results[0]["place"]["departement"] == "07"

    async def test_refusing_night_work_in_the_text_leaves_night_offers_out(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        text = f"{WAITER_TEXT} Pas de travail de nuit."
        ids = _ids(await _match_offers(gateway, keys["alpha"], text=text))
        assert "salle-jour" in ids
        assert "salle-nuit" not in ids

    async def test_flag_mode_lists_the_night_offer_last(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        text = f"{WAITER_TEXT} Pas de travail de nuit."
        results = await _match_offers(gateway, keys["alpha"], text=text, constraint_mode="flag")
        assert results[-1]["id"] == "salle-nuit"
        assert results[-1]["conflicts"] == ["night_work"]

    async def test_another_tenant_sees_only_the_shared_offer(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        results = await _match_offers(gateway, keys["beta"], text=WAITER_TEXT)
        assert [(r["id"], r["shared"]) for r in results] == [("partagee", True)]

    async def test_a_place_filter_goes_through(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        results = await _match_offers(
            gateway, keys["alpha"], text=WAITER_TEXT, where={"commune": AUBENAS["commune"]}
        )
        assert _ids(results) == ["partagee"]

    async def _metier_titles(
        self, gateway: httpx.AsyncClient, key: dict[str, str], **body: Any
    ) -> list[str]:
        response = await gateway.post("/v1/matches/metiers", json=body, headers=key)
        assert response.status_code == 200, response.text
        top = response.json()["results"][0]
        assert top["code_rome"] == "G1803"
        return [a["code"] for a in top["appellations"]]

    async def test_a_metier_match_from_text_names_its_titles(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        text = f"Serveur / Serveuse en restauration. {WAITER_TEXT}"
        titles = await self._metier_titles(gateway, keys["reader"], text=text)
        assert "38281" in titles
        assert set(titles) <= G1803_TITLES

    async def test_the_title_the_text_names_comes_first(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        text = f"Serveur / Serveuse en restauration. {WAITER_TEXT}"
        titles = await self._metier_titles(gateway, keys["reader"], text=text)
        assert titles[0] == "38281"

    async def test_titles_evoked_with_no_confidence_are_not_hints(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        # extraction evokes « Commis de salle » (0.18), then every other title at score 0
        text = f"Je suis commis de salle. {WAITER_TEXT}"
        titles = await self._metier_titles(gateway, keys["reader"], text=text)
        usual = await self._metier_titles(
            gateway, keys["reader"], skills=[{"code": "100001"}], appellations=["38283"]
        )
        assert titles == usual


class TestRemoval:
    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def offers(cls, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]) -> None:
        offers = [make_offer_in(id=i, description=WAITER_TEXT) for i in ("r-1", "r-2", "r-3")]
        await _post_offers(gateway, keys["alpha"], offers)

    async def test_a_deleted_offer_is_no_longer_matched(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        response = await gateway.delete("/v1/offers/r-1", headers=keys["alpha"])
        assert response.status_code == 204
        assert "r-1" not in _ids(await _match_offers(gateway, keys["alpha"], text=WAITER_TEXT))
        again = await gateway.delete("/v1/offers/r-1", headers=keys["alpha"])
        assert again.status_code == 404
        assert again.json()["error"]["code"] == "unknown_offer"

    async def test_another_tenant_cannot_delete_it(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        response = await gateway.delete("/v1/offers/r-2", headers=keys["beta"])
        assert response.status_code == 404
        assert "r-2" in _ids(await _match_offers(gateway, keys["alpha"], text=WAITER_TEXT))

    async def test_deleting_needs_the_ingest_scope(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        response = await gateway.delete("/v1/offers/r-3", headers=keys["reader"])
        assert response.status_code == 403

    async def test_an_offer_whose_id_holds_a_slash_can_be_deleted(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        await _post_offers(gateway, keys["alpha"], [make_offer_in(id="lot/7")])
        response = await gateway.delete("/v1/offers/lot%2F7", headers=keys["alpha"])
        assert response.status_code == 204


class TestIsolationOnEveryRoute:
    """A tenant's private offers and trainings reach no other tenant, whatever the route."""

    @pytest_asyncio.fixture(scope="class", loop_scope="class", autouse=True)
    @classmethod
    async def data(cls, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]) -> None:
        private = make_offer_in(id="alpha-privee", description=WAITER_TEXT, rome_code="G1803")
        shared = make_offer_in(id="alpha-partagee", description=WAITER_TEXT, rome_code="G1803")
        await _post_offers(gateway, keys["alpha"], [private])
        await _post_offers(gateway, keys["alpha"], [shared], visibility="shared")
        training = {
            "id": "alpha-formation",
            "title": "Service en salle",
            "description": WAITER_TEXT,
            "rome_codes": ["G1803"],
        }
        response = await gateway.post(
            "/v1/trainings", json={"trainings": [training]}, headers=keys["alpha"]
        )
        assert response.status_code == 200, response.text

    async def test_parcours_shows_another_tenant_only_shared_offers(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        body = {"text": WAITER_TEXT, "metiers": 3, "offers_per_metier": 10}
        mine = await gateway.post("/v1/parcours", json=body, headers=keys["alpha"])
        theirs = await gateway.post("/v1/parcours", json=body, headers=keys["beta"])
        assert mine.status_code == theirs.status_code == 200

        def offer_ids(response: httpx.Response) -> set[str]:
            return {o["id"] for step in response.json()["steps"] for o in step["offers"]}

        assert {"alpha-privee", "alpha-partagee"} <= offer_ids(mine)
        assert offer_ids(theirs) == {"alpha-partagee"}

    async def test_training_matches_show_another_tenant_nothing_private(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        body = {"skills": [{"code": "300001"}], "target": "G1803"}

        async def ids(key: dict[str, str]) -> set[str]:
            response = await gateway.post("/v1/matches/trainings", json=body, headers=key)
            assert response.status_code == 200, response.text
            return {t["id"] for t in response.json()["results"]}

        assert "alpha-formation" in await ids(keys["alpha"])
        assert "alpha-formation" not in await ids(keys["beta"])

    async def test_another_tenant_cannot_delete_a_private_training(
        self, gateway: httpx.AsyncClient, keys: dict[str, dict[str, str]]
    ) -> None:
        response = await gateway.delete("/v1/trainings/alpha-formation", headers=keys["beta"])
        assert response.status_code == 404
        assert response.json()["error"]["code"] == "unknown_training"
