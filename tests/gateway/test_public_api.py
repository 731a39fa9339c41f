"""The public API end to end in-process: gateway → services, real database and Qdrant Edge."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from gateway.models import ApiKey
from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.stack import build_indexes, running_stack


async def _new_key(database_url: str, tenant: str = "occitanie") -> str:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(session, await ensure_tenant(session, tenant))
    await engine.dispose()
    return key


@pytest.fixture
async def gateway(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    async with running_stack(rome_database, tmp_path, "fake") as client:
        client.headers["X-API-Key"] = await _new_key(rome_database)
        yield client


class TestApiKeys:
    async def test_missing_key_is_401(self, gateway: httpx.AsyncClient) -> None:
        del gateway.headers["X-API-Key"]
        response = await gateway.get("/v1/rome/metiers/G1803")
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "missing_api_key"

    @pytest.mark.parametrize("key", ["nope", "trj_000000000000_secret", "trj__x"])
    async def test_unknown_key_is_401(self, gateway: httpx.AsyncClient, key: str) -> None:
        response = await gateway.get("/v1/rome/metiers/G1803", headers={"X-API-Key": key})
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_api_key"

    async def test_key_with_a_wrong_secret_is_401(self, gateway: httpx.AsyncClient) -> None:
        good = gateway.headers["X-API-Key"]
        forged = good[:-4] + ("AAAA" if not good.endswith("AAAA") else "BBBB")
        response = await gateway.get("/v1/rome/metiers/G1803", headers={"X-API-Key": forged})
        assert response.status_code == 401

    async def test_revoked_key_is_401(self, gateway: httpx.AsyncClient, rome_database: str) -> None:
        engine = create_engine(rome_database)
        async with unit_of_work(create_sessionmaker(engine)) as session:
            await session.execute(update(ApiKey).values(revoked_at=datetime.now(UTC)))
        await engine.dispose()
        assert (await gateway.get("/v1/rome/metiers/G1803")).status_code == 401

    async def test_only_a_digest_of_the_key_is_stored(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        key = gateway.headers["X-API-Key"]
        engine = create_engine(rome_database)
        async with create_sessionmaker(engine)() as session:
            stored = (await session.execute(select(ApiKey))).scalar_one()
        await engine.dispose()
        assert key not in (stored.digest, stored.prefix)
        assert key.split("_")[2] not in stored.digest


class TestVerticalSlice:
    async def test_fiche_through_the_gateway(self, gateway: httpx.AsyncClient) -> None:
        response = await gateway.get("/v1/rome/metiers/G1803")
        assert response.status_code == 200
        assert response.json()["label"] == "Personnel de salle"
        assert "X-Request-ID" in response.headers

    async def test_unknown_fiche_keeps_the_service_error_code(
        self, gateway: httpx.AsyncClient
    ) -> None:
        response = await gateway.get("/v1/rome/metiers/A9999", headers={"X-Request-ID": "r-42"})
        assert response.status_code == 404
        assert response.json()["error"] == {
            "code": "unknown_rome_code",
            "message": "no fiche métier A9999 in ROME 460",
            "request_id": "r-42",
        }

    async def test_extraction_through_the_gateway(self, gateway: httpx.AsyncClient) -> None:
        body = {
            "kind": "offer",
            "title": "Plombier",
            "text": "Poser des canalisations de plomberie",
        }
        response = await gateway.post("/v1/extractions", json=body)
        assert response.status_code == 200
        assert response.json()["metiers"][0]["code_rome"] == "F1603"

    async def test_batch_extraction_through_the_gateway(self, gateway: httpx.AsyncClient) -> None:
        documents = [
            {"kind": "offer", "title": "Plombier", "text": "Poser des canalisations de plomberie"},
            {"kind": "offer", "text": "We are hiring a plumber for our team in Lyon."},
        ]
        response = await gateway.post("/v1/extractions/batch", json={"documents": documents})
        assert response.status_code == 200
        first, second = response.json()["items"]
        assert first["result"]["metiers"][0]["code_rome"] == "F1603"
        assert second == {"result": None, "error": second["error"]}
        assert second["error"]["code"] == "not_french"

    async def test_file_extraction_through_the_gateway(self, gateway: httpx.AsyncClient) -> None:
        cv = b"Plombier\nJe sais poser et raccorder des canalisations de plomberie.\nPermis B"
        response = await gateway.post(
            "/v1/extractions/file",
            files={"file": ("cv.txt", cv, "text/plain")},
            data={"kind": "cv"},
        )
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["document"]["format"] == "txt"
        assert "100009" in {s["code"] for s in result["skills"]}
        assert result["constraints"][0]["value"] == "B"

    async def test_upload_errors_keep_their_code_through_the_gateway(
        self, gateway: httpx.AsyncClient
    ) -> None:
        png = b"\x89PNG\r\n\x1a\n" + bytes(100)
        response = await gateway.post(
            "/v1/extractions/file", files={"file": ("cv.png", png, "image/png")}
        )
        assert response.status_code == 415
        assert response.json()["error"]["code"] == "unsupported_file_type"

    async def test_match_from_text_goes_through_extraction(
        self, gateway: httpx.AsyncClient
    ) -> None:
        # the fake encoder of unit tests only recognises near-verbatim labels
        text = "Accueillir les clients. Servir les plats et les boissons en salle."
        response = await gateway.post("/v1/matches/metiers", json={"text": text, "limit": 3})
        assert response.status_code == 200
        top = response.json()["results"][0]
        assert top["code_rome"] == "G1803"
        assert top["matched_skills"], "skills extracted from the text feed the coverage"

    async def test_openapi_documents_the_key_and_the_error_body(
        self, gateway: httpx.AsyncClient
    ) -> None:
        document = (await gateway.get("/openapi.json")).json()
        assert "APIKeyHeader" in document["components"]["securitySchemes"]
        responses = document["paths"]["/v1/extractions"]["post"]["responses"]
        assert responses["401"]["content"]["application/json"]["schema"]["$ref"].endswith(
            "ErrorBody"
        )


class TestReferentialReads:
    async def test_search_parameters_reach_the_service(self, gateway: httpx.AsyncClient) -> None:
        page = (await gateway.get("/v1/rome/appellations", params={"q": "cariste"})).json()
        assert [item["code"] for item in page["items"]] == ["14002"]

    async def test_skill_through_the_gateway(self, gateway: httpx.AsyncClient) -> None:
        skill = (await gateway.get("/v1/competences/300001")).json()
        assert {m["code_rome"] for m in skill["metiers"]} == {"G1803", "G1602"}

    async def test_versions_through_the_gateway(self, gateway: httpx.AsyncClient) -> None:
        items = (await gateway.get("/v1/referentials/versions")).json()["items"]
        assert [(v["name"], v["version"]) for v in items] == [("rome", "460")]

    async def test_referential_not_imported_says_so_through_the_gateway(
        self, gateway: httpx.AsyncClient
    ) -> None:
        response = await gateway.get("/v1/certifications", params={"q": "bts"})
        assert response.status_code == 503
        assert response.json()["error"]["code"] == "referential_not_imported"

    async def test_bad_parameter_is_refused_by_the_gateway_itself(
        self, gateway: httpx.AsyncClient
    ) -> None:
        response = await gateway.get("/v1/rome/metiers", params={"limit": 0})
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"

    async def test_reads_are_cached_privately_with_an_etag(
        self, gateway: httpx.AsyncClient
    ) -> None:
        first = await gateway.get("/v1/rome/metiers/G1803")
        assert first.headers["Cache-Control"] == "private, max-age=300"
        again = await gateway.get(
            "/v1/rome/metiers/G1803", headers={"If-None-Match": first.headers["ETag"]}
        )
        assert again.status_code == 304
