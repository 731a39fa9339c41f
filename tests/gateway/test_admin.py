"""Administration through the gateway: scopes, referential imports, the audit log."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.stack import build_indexes, running_stack


async def _key(database_url: str, *scopes: str) -> str:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(session, await ensure_tenant(session, "normandie"), scopes=scopes)
    await engine.dispose()
    return key


@pytest.fixture
async def gateway(
    rome_database: str, rome_dir: Path, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    await build_indexes(rome_database, tmp_path, "fake")
    async with running_stack(rome_database, tmp_path, "fake", referential_dir=rome_dir) as client:
        yield client


class TestReferentialImport:
    async def test_a_key_without_admin_scope_is_403(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        headers = {"X-API-Key": await _key(rome_database, "read")}
        response = await gateway.post("/v1/admin/referentials/rome/imports", headers=headers)
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "insufficient_scope"

    async def test_unchanged_files_import_as_a_no_op(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        headers = {"X-API-Key": await _key(rome_database, "read", "admin")}
        response = await gateway.post("/v1/admin/referentials/rome/imports", headers=headers)
        assert response.status_code == 200
        [result] = response.json()["results"]
        assert (result["name"], result["version"], result["status"]) == ("rome", "460", "unchanged")

    async def test_missing_files_are_a_clear_422(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        headers = {"X-API-Key": await _key(rome_database, "admin")}
        response = await gateway.post(
            "/v1/admin/referentials/certifications/imports", headers=headers
        )
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "referential_file_invalid"

    async def test_unknown_referential_is_422(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        headers = {"X-API-Key": await _key(rome_database, "admin")}
        response = await gateway.post("/v1/admin/referentials/nsf/imports", headers=headers)
        assert response.status_code == 422

    async def test_every_import_is_audited(
        self, gateway: httpx.AsyncClient, rome_database: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        headers = {"X-API-Key": await _key(rome_database, "admin")}
        with caplog.at_level(logging.INFO, logger="audit"):
            await gateway.post("/v1/admin/referentials/rome/imports", headers=headers)
        [record] = [r for r in caplog.records if r.name == "audit"]
        assert (record.tenant, record.action, record.target) == (  # type: ignore[attr-defined]
            "normandie",
            "referential.import",
            "rome",
        )
        assert record.outcome == "rome:460:unchanged"  # type: ignore[attr-defined]
