"""Extraction through its HTTP API, on the ROME fixture indexed in Qdrant Edge."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from extraction.config import Settings
from extraction.extract.lexicon import AppellationLexicon
from extraction.indexing import build_indexes as build_indexes_into
from extraction.main import create_app
from shared.clients import ReferentialsClient
from shared.vector_store import VectorSpaceMismatch
from tests.builders.stack import build_indexes, referentials_transport, service_settings
from tests.conftest import running

OFFER = """Restaurant traditionnel recherche un serveur / une serveuse H/F.
Missions :
- Accueillir les clients et prendre les commandes
- Servir les plats et les boissons en salle
Vous savez travailler en équipe."""


@pytest.fixture
async def client(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    settings = Settings(**service_settings(rome_database, tmp_path, "fake"))  # type: ignore[arg-type]
    async with referentials_transport(rome_database) as referentials:
        async with running(create_app(settings, referentials=referentials)) as client:
            yield client


async def _extract(client: httpx.AsyncClient, **body: object) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    response = await client.post("/v1/extractions", json={"kind": "offer", **body})
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


class TestExtraction:
    async def test_skill_stated_in_the_text_is_found_with_its_evidence(
        self, client: httpx.AsyncClient
    ) -> None:
        result = await _extract(client, text=OFFER)
        skills = {s["code"]: s for s in result["skills"]}
        assert "100003" in skills  # Servir les plats et les boissons en salle
        for evidence in skills["100003"]["evidence"]:
            assert OFFER[evidence["start"] : evidence["end"]] == evidence["text"]

    async def test_skills_are_ranked_by_score_within_bounds(
        self, client: httpx.AsyncClient
    ) -> None:
        scores = [s["score"] for s in (await _extract(client, text=OFFER))["skills"]]
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= score <= 1 for score in scores)

    async def test_title_evokes_its_metier_and_appellation(self, client: httpx.AsyncClient) -> None:
        result = await _extract(client, title="Serveur / Serveuse en restauration", text=OFFER)
        assert result["appellations"][0]["code"] == "38281"
        assert result["metiers"][0] == {
            "code_rome": "G1803",
            "label": "Personnel de salle",
            "score": result["appellations"][0]["score"],
        }

    async def test_empty_text_is_422(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/v1/extractions", json={"kind": "offer", "text": ""})
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"

    async def test_unknown_kind_is_422(self, client: httpx.AsyncClient) -> None:
        response = await client.post("/v1/extractions", json={"kind": "poem", "text": "x" * 20})
        assert response.status_code == 422

    async def test_ready_once_indexes_are_built(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/readyz")).json()["checks"] == {"indexes": "ok"}


class TestReadiness:
    async def test_not_ready_without_indexes(self, database_url: str, tmp_path: Path) -> None:
        settings = Settings(**service_settings(database_url, tmp_path, "fake"))  # type: ignore[arg-type]
        async with running(create_app(settings)) as client:
            response = await client.get("/readyz")
        assert response.status_code == 503
        assert "is not built yet" in response.json()["checks"]["indexes"]

    async def test_index_from_another_encoder_is_refused_at_start(
        self, rome_database: str, tmp_path: Path
    ) -> None:
        await build_indexes(rome_database, tmp_path, "fake:64")
        settings = Settings(**service_settings(rome_database, tmp_path, "fake"))  # type: ignore[arg-type]
        with pytest.raises(VectorSpaceMismatch, match="re-index"):
            async with running(create_app(settings)):
                pass


class TestOnTheQdrantClientAdapter:
    async def test_same_answers_through_qdrant_client(self, rome_database: str) -> None:
        """Production mode's adapter (here qdrant-client's local mode) behind the same code."""
        settings = Settings(database_url=rome_database, encoder="fake", qdrant_url=":memory:")
        app = create_app(settings)
        async with running(app) as client, referentials_transport(rome_database) as transport:
            referentials = ReferentialsClient("http://referentials", transport=transport)
            await build_indexes_into(
                app.state.vector_store, app.state.encoder, referentials, lambda *_: None
            )
            await referentials.aclose()
            result = await _extract(client, title="Serveur / Serveuse en restauration", text=OFFER)
        assert result["metiers"][0]["code_rome"] == "G1803"
        assert "100003" in {s["code"] for s in result["skills"]}


class TestFicheContext:
    async def test_skills_of_the_evoked_fiche_are_ranked_by_the_text(
        self, client: httpx.AsyncClient
    ) -> None:
        result = await _extract(client, title="Serveur / Serveuse en restauration", text=OFFER)
        methods = {s["code"]: s["method"] for s in result["skills"]}
        assert methods["100003"] == "semantic+fiche"  # Servir les plats et les boissons en salle
        fiche_skills = [s for s in result["skills"] if s["method"] == "semantic+fiche"]
        assert {s["code"] for s in fiche_skills} <= {
            "100001", "100002", "100003", "100004", "100005", "300001", "200001"
        }  # fmt: skip

    async def test_a_skill_of_another_fiche_said_word_for_word_is_kept(
        self, client: httpx.AsyncClient
    ) -> None:
        text = OFFER + "\nConduire un chariot élévateur"
        result = await _extract(client, title="Serveur / Serveuse en restauration", text=text)
        methods = {s["code"]: s["method"] for s in result["skills"]}
        assert methods.get("100012") == "semantic"

    async def test_without_the_referentials_service_extraction_still_answers(
        self, rome_database: str, tmp_path: Path
    ) -> None:
        await build_indexes(rome_database, tmp_path, "fake")
        settings = Settings(**service_settings(rome_database, tmp_path, "fake"))  # type: ignore[arg-type]

        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("down", request=request)

        app = create_app(settings, referentials=httpx.MockTransport(refuse))
        async with running(app) as client:
            result = await _extract(client, title="Serveur / Serveuse en restauration", text=OFFER)
        assert result["metiers"][0]["code_rome"] == "G1803"
        assert {s["method"] for s in result["skills"]} <= {"semantic"}


class TestProfessionsInWords:
    async def test_lexicon_reads_a_title_with_a_typo_and_a_gender_form(
        self, rome_database: str
    ) -> None:
        async with referentials_transport(rome_database) as transport:
            lexicon = AppellationLexicon(ReferentialsClient("http://r", transport=transport))
            [(code, appellation, score), *_] = await lexicon.search("plombière", limit=3)
            assert (code, appellation.code_rome) == ("12001", "F1603")
            assert appellation.rome_label.startswith("Installateur")
            typo = await lexicon.search("chaufagiste", limit=1)
        assert [c for c, _, _ in typo] == ["12002"]
        assert 0 < score <= 1

    async def test_title_evokes_its_metier_through_both_readings(
        self, client: httpx.AsyncClient
    ) -> None:
        result = await _extract(client, title="Chaufagiste H/F", text="Dépannage de chaudières.")
        assert result["metiers"][0]["code_rome"] == "F1603"
        scores = [a["score"] for a in result["appellations"]]
        assert scores == sorted(scores, reverse=True)
