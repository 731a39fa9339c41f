"""Training ingestion through the gateway: JSON and Lhéo XML read, indexed, then matched."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.stack import build_indexes, running_stack

LHEO = """<?xml version="1.0" encoding="UTF-8"?>
<lheo xmlns="http://www.lheo.org/2.2"><offres>
<formation numero="F-1">
<domaine-formation><code-ROME>G1803</code-ROME></domaine-formation>
<intitule-formation>Serveur en restauration</intitule-formation>
<objectif-formation>Accueillir les clients. Prendre les commandes. Servir en salle.
</objectif-formation>
<action numero="A-1"><session numero="S-1">
<periode><debut>20990101</debut><fin>20991231</fin></periode></session>
<lieu-de-formation><coordonnees><adresse><codepostal>07200</codepostal><ville>Aubenas</ville>
<geolocalisation><latitude>44.62</latitude><longitude>4.39</longitude></geolocalisation>
</adresse></coordonnees></lieu-de-formation></action>
</formation>
<formation numero="F-2"><domaine-formation/></formation>
</offres></lheo>
"""


async def _key(database_url: str, scopes: tuple[str, ...]) -> str:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(session, await ensure_tenant(session, "occitanie"), scopes=scopes)
    await engine.dispose()
    return key


@pytest.fixture
async def gateway(rome_database: str, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    async with running_stack(rome_database, tmp_path, "fake") as client:
        client.headers["X-API-Key"] = await _key(rome_database, ("read", "ingest"))
        yield client


class TestTrainingIngestion:
    async def test_a_lheo_file_is_read_indexed_and_matched(
        self, gateway: httpx.AsyncClient
    ) -> None:
        files = {"file": ("offre.xml", LHEO.encode(), "application/xml")}
        response = await gateway.post("/v1/trainings/file", files=files)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["ids"] == ["F-1"]
        assert [e["item"] for e in body["errors"]] == ["F-2"]
        found = await gateway.post(
            "/v1/matches/trainings",
            json={"skills": [{"code": "300001"}], "target": "G1803"},
        )
        assert found.status_code == 200, found.text
        top = found.json()["results"][0]
        assert top["id"] == "F-1"
        assert top["leads_to_target"] is True
        assert top["sessions"][0]["place"]["postcode"] == "07200"

    async def test_json_trainings_report_the_invalid_one(self, gateway: httpx.AsyncClient) -> None:
        trainings = [
            {"id": "J-1", "title": "Commis de cuisine", "description": "Préparer les plats."},
            {"id": "J-2"},
        ]
        response = await gateway.post("/v1/trainings", json={"trainings": trainings})
        assert response.status_code == 200, response.text
        assert response.json()["ids"] == ["J-1"]
        assert response.json()["errors"][0]["item"] == "J-2"

    async def test_a_key_without_ingest_is_403(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        reader = await _key(rome_database, ("read",))
        response = await gateway.post(
            "/v1/trainings",
            json={"trainings": [{"id": "J-1", "title": "T"}]},
            headers={"X-API-Key": reader},
        )
        assert response.status_code == 403

    async def test_an_unsupported_file_is_415(self, gateway: httpx.AsyncClient) -> None:
        files = {"file": ("offre.csv", b"a;b", "text/csv")}
        response = await gateway.post("/v1/trainings/file", files=files)
        assert response.status_code == 415
        assert response.json()["error"]["code"] == "unsupported_training_format"
