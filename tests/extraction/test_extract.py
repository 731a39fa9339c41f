"""Extraction through its HTTP API, on the ROME fixture indexed in Qdrant Edge.

The encoder is the hashing fake: what these tests prove is the words, the sections, the offsets,
the errors and the wiring; the real model's quality is measured in `bench/`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from extraction.config import Settings
from extraction.extract.lexicon import AppellationLexicon
from extraction.indexing import build_indexes as build_indexes_into
from extraction.main import create_app
from referentials.esco.service import import_esco
from shared.clients import ReferentialsClient
from shared.vector_store import VectorSpaceMismatch
from tests.builders.esco import write_esco
from tests.builders.stack import build_indexes, referentials_transport, service_settings
from tests.conftest import running
from tests.referentials.formacode.conftest import transaction

OFFER = """Restaurant traditionnel recherche un serveur / une serveuse H/F.
Missions :
- Accueillir les clients et prendre les commandes
- Servir les plats et les boissons en salle
Vous savez travailler en équipe."""

SERVEUR = "Serveur / Serveuse en restauration"


@pytest.fixture
async def client(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    settings = Settings(**service_settings(rome_database, tmp_path, "fake"))  # type: ignore[arg-type]
    async with referentials_transport(rome_database) as referentials:
        async with running(create_app(settings, referentials=referentials)) as client:
            yield client


async def _extract(client: httpx.AsyncClient, **body: object) -> dict[str, Any]:
    response = await client.post("/v1/extractions", json={"kind": "offer", **body})
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def _skills(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {s["code"]: s for s in result["skills"]}


class TestSkills:
    async def test_a_skill_said_in_the_text_is_found_with_its_evidence(
        self, client: httpx.AsyncClient
    ) -> None:
        skill = _skills(await _extract(client, title=SERVEUR, text=OFFER))["100003"]
        assert skill["label"] == "Servir les plats et les boissons en salle"
        assert skill["method"] in {"lexical", "lexical+semantic"}
        assert skill["in_metier"] is True
        [evidence] = skill["evidence"]
        assert OFFER[evidence["start"] : evidence["end"]] == evidence["text"]
        assert evidence["text"] == "Servir les plats et les boissons en salle"
        assert evidence["section"] == "missions"

    async def test_a_verb_label_is_found_in_its_noun_wording(
        self, client: httpx.AsyncClient
    ) -> None:
        # the fake encoder gives no meaning: the words alone find them, at any threshold
        text = "Vos missions : accueil de la clientèle, prise des commandes des clients."
        skills = _skills(await _extract(client, title=SERVEUR, text=text, min_score=0))
        for code in ("100001", "100002"):  # Accueillir les clients, Prendre les commandes
            assert skills[code]["method"] in {"lexical", "lexical+semantic"}

    async def test_skills_are_ranked_by_score_within_bounds(
        self, client: httpx.AsyncClient
    ) -> None:
        scores = [s["score"] for s in (await _extract(client, text=OFFER))["skills"]]
        assert scores == sorted(scores, reverse=True)
        assert all(0 <= score <= 1 for score in scores)

    async def test_min_score_and_max_skills_bound_the_answer(
        self, client: httpx.AsyncClient
    ) -> None:
        everything = await _extract(client, title=SERVEUR, text=OFFER, min_score=0)
        few = await _extract(client, title=SERVEUR, text=OFFER, min_score=0, max_skills=2)
        strict = await _extract(client, title=SERVEUR, text=OFFER, min_score=0.99)
        assert len(everything["skills"]) > 2
        assert [s["code"] for s in few["skills"]] == [s["code"] for s in everything["skills"][:2]]
        assert all(s["score"] >= 0.99 for s in strict["skills"])

    async def test_company_presentation_and_legal_mentions_give_no_skill(
        self, client: httpx.AsyncClient
    ) -> None:
        text = (
            "Qui sommes-nous ?\nNotre entreprise prépare les commandes en entrepôt depuis 1985.\n\n"
            "Vos missions :\n- Servir les plats et les boissons en salle\n\n"
            "Cette offre est ouverte aux personnes en situation de handicap."
        )
        result = await _extract(client, title=SERVEUR, text=text, min_score=0)
        assert "100013" not in _skills(result)  # Préparer les commandes en entrepôt
        sections = {s["kind"]: s for s in result["sections"]}
        assert sections["company"]["skills_taken"] is False
        assert sections["missions"]["skills_taken"] is True


class TestProfessions:
    async def test_title_evokes_its_metier_and_appellation(self, client: httpx.AsyncClient) -> None:
        result = await _extract(client, title=SERVEUR, text=OFFER)
        assert result["appellations"][0]["code"] == "38281"
        assert result["metiers"][0] == {
            "code_rome": "G1803",
            "label": "Personnel de salle",
            "score": result["appellations"][0]["score"],
        }

    async def test_title_evokes_its_metier_through_both_readings(
        self, client: httpx.AsyncClient
    ) -> None:
        result = await _extract(client, title="Chaufagiste H/F", text="Dépannage de chaudières.")
        assert result["metiers"][0]["code_rome"] == "F1603"
        scores = [a["score"] for a in result["appellations"]]
        assert scores == sorted(scores, reverse=True)

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

    async def test_a_title_worded_the_esco_way_finds_its_appellation(
        self, rome_database: str, tmp_path: Path
    ) -> None:
        async with transaction(rome_database) as session:
            await import_esco(session, directory=write_esco(tmp_path))
        async with referentials_transport(rome_database) as transport:
            lexicon = AppellationLexicon(ReferentialsClient("http://r", transport=transport))
            [(code, _, _), *_] = await lexicon.search("garçon de café", limit=3)
        assert code == "38281"  # Serveur / Serveuse en restauration, an exact match in ESCO


class TestAnswers:
    ANSWERS = [
        {"question": "Quel métier avez-vous fait ?", "answer": "serveuse en brasserie cinq ans"},
        {
            "question": "Que saviez-vous faire ?",
            "answer": "je sais servir les plats et les boissons en salle et encaisser",
        },
        {"question": "Vos contraintes ?", "answer": "pas de travail de nuit j'ai pas le permis"},
    ]

    async def test_evidence_points_into_the_answer_that_says_it(
        self, client: httpx.AsyncClient
    ) -> None:
        result = await _extract(client, kind="answers", answers=self.ANSWERS)
        [evidence] = _skills(result)["100003"]["evidence"]
        answer = self.ANSWERS[evidence["answer"]]["answer"]
        assert evidence["answer"] == 1
        assert answer[evidence["start"] : evidence["end"]] == evidence["text"]

    async def test_stated_constraints_come_back_with_their_polarity(
        self, client: httpx.AsyncClient
    ) -> None:
        result = await _extract(client, kind="answers", answers=self.ANSWERS)
        found = {(c["kind"], c["polarity"], c["value"]) for c in result["constraints"]}
        assert ("night_work", "negative", None) in found
        assert ("driving_licence", "negative", "B") in found
        assert {c["evidence"]["answer"] for c in result["constraints"]} == {2}

    async def test_answers_are_only_for_the_answers_kind(self, client: httpx.AsyncClient) -> None:
        body = {"kind": "cv", "answers": self.ANSWERS}
        response = await client.post("/v1/extractions", json=body)
        assert response.status_code == 422


class TestBadInput:
    @pytest.mark.parametrize(
        "body",
        [
            {"kind": "offer", "text": ""},
            {"kind": "offer"},
            {"kind": "poem", "text": "Servir les plats en salle."},
            {"kind": "offer", "text": "x" * 200_001},
            {"kind": "offer", "text": "Servir les plats", "min_score": 2},
        ],
        ids=["empty", "no-text", "unknown-kind", "too-long", "bad-threshold"],
    )
    async def test_is_refused_with_422(
        self, client: httpx.AsyncClient, body: dict[str, Any]
    ) -> None:
        response = await client.post("/v1/extractions", json=body)
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"

    async def test_text_that_is_not_french_is_refused(self, client: httpx.AsyncClient) -> None:
        text = "We are looking for a waiter to serve our customers in a friendly restaurant."
        response = await client.post("/v1/extractions", json={"kind": "offer", "text": text})
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "not_french"


class TestBatch:
    async def test_each_document_gets_its_result_or_its_own_error(
        self, client: httpx.AsyncClient
    ) -> None:
        documents = [
            {"kind": "offer", "title": SERVEUR, "text": OFFER},
            {"kind": "offer", "text": "We are hiring a friendly waiter for our new restaurant."},
            {"kind": "cv", "text": "Plombier chauffagiste, dépannage de chaudières."},
        ]
        response = await client.post("/v1/extractions/batch", json={"documents": documents})
        assert response.status_code == 200, response.text
        items = response.json()["items"]
        assert [item["error"] and item["error"]["code"] for item in items] == [
            None, "not_french", None
        ]  # fmt: skip
        single = await _extract(client, title=SERVEUR, text=OFFER)
        assert items[0]["result"] == single
        assert items[2]["result"]["metiers"][0]["code_rome"] == "F1603"

    @pytest.mark.parametrize("count", [0, 101])
    async def test_batch_size_is_bounded(self, client: httpx.AsyncClient, count: int) -> None:
        documents = [{"kind": "offer", "text": "Servir les plats en salle."}] * count
        response = await client.post("/v1/extractions/batch", json={"documents": documents})
        assert response.status_code == 422


class TestReadiness:
    async def test_ready_once_indexes_are_built(self, client: httpx.AsyncClient) -> None:
        assert (await client.get("/readyz")).json()["checks"] == {"indexes": "ok"}

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


class TestDegraded:
    async def test_without_the_referentials_service_extraction_still_answers(
        self, rome_database: str, tmp_path: Path
    ) -> None:
        await build_indexes(rome_database, tmp_path, "fake")
        settings = Settings(**service_settings(rome_database, tmp_path, "fake"))  # type: ignore[arg-type]

        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError("down", request=request)

        app = create_app(settings, referentials=httpx.MockTransport(refuse))
        async with running(app) as client:
            result = await _extract(client, title=SERVEUR, text=OFFER + "\nPas de travail de nuit.")
        assert result["metiers"][0]["code_rome"] == "G1803"
        assert {s["method"] for s in result["skills"]} <= {"semantic"}
        assert [c["kind"] for c in result["constraints"]] == ["night_work"]


class TestOnTheQdrantClientAdapter:
    async def test_same_answers_through_qdrant_client(self, rome_database: str) -> None:
        """Production mode's adapter (here qdrant-client's local mode) behind the same code."""
        settings = Settings(database_url=rome_database, encoder="fake", qdrant_url=":memory:")
        async with referentials_transport(rome_database) as transport:
            app = create_app(settings, referentials=transport)
            async with running(app) as client:
                referentials = ReferentialsClient("http://referentials", transport=transport)
                await build_indexes_into(
                    app.state.vector_store, app.state.encoder, referentials, lambda *_: None
                )
                await referentials.aclose()
                result = await _extract(client, title=SERVEUR, text=OFFER)
        assert result["metiers"][0]["code_rome"] == "G1803"
        assert "100003" in _skills(result)
