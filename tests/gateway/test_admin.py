"""Administration through the gateway: tenants, keys, scopes, referential imports, the audit log."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from gateway.config import Settings as GatewaySettings
from gateway.main import create_app as create_gateway
from gateway.models import ApiKey, AuditEntry
from gateway.tenancy.service import ensure_tenant, issue_key
from shared.db import create_engine, create_sessionmaker, unit_of_work
from tests.builders.stack import build_indexes, running_stack
from tests.conftest import running

OPERATOR = "operateur"


async def _key(database_url: str, *scopes: str, tenant: str = OPERATOR) -> str:
    engine = create_engine(database_url)
    async with unit_of_work(create_sessionmaker(engine)) as session:
        key = await issue_key(session, await ensure_tenant(session, tenant), scopes=scopes)
    await engine.dispose()
    return key


async def _audit_rows(database_url: str) -> list[AuditEntry]:
    engine = create_engine(database_url)
    async with create_sessionmaker(engine)() as session:
        rows = (await session.execute(select(AuditEntry).order_by(AuditEntry.id))).scalars().all()
    await engine.dispose()
    return list(rows)


def _as(key: str) -> dict[str, str]:
    return {"X-API-Key": key}


def make_tenant(*, name: str = "normandie", **extra: Any) -> dict[str, Any]:
    return {"name": name, **extra}


@pytest.fixture
async def gateway(
    rome_database: str, rome_dir: Path, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    """The whole stack, for the referential imports that reach the referentials service."""
    await build_indexes(rome_database, tmp_path, "fake")
    async with running_stack(rome_database, tmp_path, "fake", referential_dir=rome_dir) as client:
        yield client


@pytest.fixture
async def admin_api(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    """The gateway alone, as an operator: tenants, keys and the audit log need no service."""
    async with running(create_gateway(GatewaySettings(database_url=database_url))) as client:
        client.headers["X-API-Key"] = await _key(database_url, "admin")
        yield client


@pytest.fixture
async def read_key(database_url: str) -> str:
    return await _key(database_url, "read", tenant="normandie")


class TestReferentialImport:
    async def test_a_key_without_admin_scope_is_403(
        self, admin_api: httpx.AsyncClient, read_key: str
    ) -> None:
        response = await admin_api.post(
            "/v1/admin/referentials/rome/imports", headers=_as(read_key)
        )
        assert response.status_code == 403
        assert response.json()["error"]["code"] == "insufficient_scope"

    async def test_unchanged_files_import_as_a_no_op(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        headers = _as(await _key(rome_database, "read", "admin"))
        response = await gateway.post("/v1/admin/referentials/rome/imports", headers=headers)
        assert response.status_code == 200
        [result] = response.json()["results"]
        assert (result["name"], result["version"], result["status"]) == ("rome", "460", "unchanged")

    async def test_missing_files_are_a_clear_422_and_an_audited_error(
        self, gateway: httpx.AsyncClient, rome_database: str
    ) -> None:
        headers = _as(await _key(rome_database, "admin"))
        response = await gateway.post(
            "/v1/admin/referentials/certifications/imports", headers=headers
        )
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "referential_file_invalid"
        [row] = await _audit_rows(rome_database)
        assert (row.action, row.target, row.outcome) == (
            "referential.import",
            "certifications",
            "error:referential_file_invalid",
        )

    async def test_unknown_referential_is_422(self, admin_api: httpx.AsyncClient) -> None:
        response = await admin_api.post("/v1/admin/referentials/nsf/imports")
        assert response.status_code == 422

    async def test_every_import_is_audited_in_the_log_and_the_table(
        self, gateway: httpx.AsyncClient, rome_database: str, caplog: pytest.LogCaptureFixture
    ) -> None:
        key = await _key(rome_database, "admin")
        with caplog.at_level(logging.INFO, logger="audit"):
            await gateway.post("/v1/admin/referentials/rome/imports", headers=_as(key))
        [record] = [r for r in caplog.records if r.name == "audit"]
        assert (record.tenant, record.action, record.target) == (  # type: ignore[attr-defined]
            OPERATOR,
            "referential.import",
            "rome",
        )
        assert record.outcome == "ok rome:460:unchanged"  # type: ignore[attr-defined]
        [row] = await _audit_rows(rome_database)
        assert (row.actor_tenant, row.actor_key_prefix, row.outcome) == (
            OPERATOR,
            key.split("_")[1],
            "ok rome:460:unchanged",
        )


class TestTenantAdministration:
    async def test_an_operator_creates_lists_shows_and_updates_a_tenant(
        self, admin_api: httpx.AsyncClient
    ) -> None:
        body = make_tenant(requests_per_minute=120, cors_origins=["https://Emploi.Normandie.fr/"])
        created = await admin_api.post("/v1/admin/tenants", json=body)
        assert created.status_code == 201
        assert created.json()["cors_origins"] == ["https://emploi.normandie.fr"]
        changed = await admin_api.patch(
            "/v1/admin/tenants/normandie", json={"requests_per_day": 9000}
        )
        assert changed.status_code == 200
        shown = (await admin_api.get("/v1/admin/tenants/normandie")).json()
        assert (shown["requests_per_minute"], shown["requests_per_day"]) == (120, 9000)
        names = [t["name"] for t in (await admin_api.get("/v1/admin/tenants")).json()]
        assert names == ["normandie", OPERATOR]

    async def test_a_duplicate_tenant_is_a_409(self, admin_api: httpx.AsyncClient) -> None:
        await admin_api.post("/v1/admin/tenants", json=make_tenant())
        response = await admin_api.post("/v1/admin/tenants", json=make_tenant())
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "tenant_exists"

    async def test_an_unknown_tenant_is_a_404(self, admin_api: httpx.AsyncClient) -> None:
        for response in (
            await admin_api.get("/v1/admin/tenants/absent"),
            await admin_api.patch("/v1/admin/tenants/absent", json={"requests_per_day": 1}),
            await admin_api.post("/v1/admin/tenants/absent/keys", json={"scopes": ["read"]}),
            await admin_api.get("/v1/admin/tenants/absent/keys"),
        ):
            assert response.status_code == 404
            assert response.json()["error"]["code"] == "unknown_tenant"

    @pytest.mark.parametrize(
        "body",
        [
            make_tenant(cors_origins=["https://emploi.normandie.fr/offres"]),
            make_tenant(name="Normandie Région"),
            make_tenant(requests_per_minute=-1),
        ],
    )
    async def test_an_invalid_tenant_is_a_422(
        self, admin_api: httpx.AsyncClient, body: dict[str, Any]
    ) -> None:
        response = await admin_api.post("/v1/admin/tenants", json=body)
        assert response.status_code == 422


class TestKeyAdministration:
    async def _issue(self, admin_api: httpx.AsyncClient, *scopes: str) -> dict[str, Any]:
        await admin_api.post("/v1/admin/tenants", json=make_tenant())
        response = await admin_api.post(
            "/v1/admin/tenants/normandie/keys", json={"scopes": list(scopes)}
        )
        assert response.status_code == 201
        issued: dict[str, Any] = response.json()
        return issued

    async def test_an_issued_key_is_shown_once_and_stored_as_a_digest(
        self, admin_api: httpx.AsyncClient, database_url: str
    ) -> None:
        issued = await self._issue(admin_api, "read", "ingest")
        assert issued["key"].startswith(f"trj_{issued['prefix']}_")
        [listed] = (await admin_api.get("/v1/admin/tenants/normandie/keys")).json()
        assert "key" not in listed
        assert (listed["prefix"], listed["scopes"], listed["status"]) == (
            issued["prefix"],
            ["read", "ingest"],
            "active",
        )
        engine = create_engine(database_url)
        async with create_sessionmaker(engine)() as session:
            digests = (await session.execute(select(ApiKey.digest))).scalars().all()
        await engine.dispose()
        assert issued["key"] not in digests

    async def test_an_unknown_scope_is_a_422(self, admin_api: httpx.AsyncClient) -> None:
        await admin_api.post("/v1/admin/tenants", json=make_tenant())
        response = await admin_api.post(
            "/v1/admin/tenants/normandie/keys", json={"scopes": ["read", "write"]}
        )
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "validation_error"

    async def test_a_rotated_key_stops_working_and_its_successor_keeps_its_scopes(
        self, admin_api: httpx.AsyncClient
    ) -> None:
        old = await self._issue(admin_api, "read", "admin")
        response = await admin_api.post(f"/v1/admin/keys/{old['prefix']}/rotate")
        assert response.status_code == 201
        rotation = response.json()
        assert rotation["previous"]["status"] == "revoked"
        assert rotation["issued"]["scopes"] == ["read", "admin"]
        refused = await admin_api.get("/v1/admin/tenants", headers=_as(old["key"]))
        assert refused.status_code == 401
        accepted = await admin_api.get("/v1/admin/tenants", headers=_as(rotation["issued"]["key"]))
        assert accepted.status_code == 200

    async def test_a_key_rotated_with_a_grace_period_works_meanwhile(
        self, admin_api: httpx.AsyncClient
    ) -> None:
        old = await self._issue(admin_api, "admin")
        rotation = (
            await admin_api.post(
                f"/v1/admin/keys/{old['prefix']}/rotate", json={"grace_minutes": 5}
            )
        ).json()
        assert rotation["previous"]["status"] == "expiring"
        assert rotation["previous"]["expires_at"] is not None
        response = await admin_api.get("/v1/admin/tenants", headers=_as(old["key"]))
        assert response.status_code == 200

    async def test_a_revoked_key_is_401(self, admin_api: httpx.AsyncClient) -> None:
        issued = await self._issue(admin_api, "admin")
        assert (await admin_api.delete(f"/v1/admin/keys/{issued['prefix']}")).status_code == 204
        response = await admin_api.get("/v1/admin/tenants", headers=_as(issued["key"]))
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_api_key"

    async def test_a_revoked_key_cannot_be_rotated(self, admin_api: httpx.AsyncClient) -> None:
        issued = await self._issue(admin_api, "read")
        await admin_api.delete(f"/v1/admin/keys/{issued['prefix']}")
        response = await admin_api.post(f"/v1/admin/keys/{issued['prefix']}/rotate")
        assert response.status_code == 409
        assert response.json()["error"]["code"] == "api_key_retired"

    async def test_an_unknown_prefix_is_a_404(self, admin_api: httpx.AsyncClient) -> None:
        for response in (
            await admin_api.post("/v1/admin/keys/0123456789ab/rotate"),
            await admin_api.delete("/v1/admin/keys/0123456789ab"),
        ):
            assert response.status_code == 404
            assert response.json()["error"]["code"] == "unknown_api_key"


Route = tuple[str, str, dict[str, Any] | None]
ADMIN_ROUTES: list[Route] = [
    ("POST", "/v1/admin/tenants", make_tenant()),
    ("GET", "/v1/admin/tenants", None),
    ("GET", "/v1/admin/tenants/normandie", None),
    ("PATCH", "/v1/admin/tenants/normandie", {"requests_per_day": 1}),
    ("POST", "/v1/admin/tenants/normandie/keys", {"scopes": ["admin"]}),
    ("GET", "/v1/admin/tenants/normandie/keys", None),
    ("POST", "/v1/admin/keys/0123456789ab/rotate", None),
    ("DELETE", "/v1/admin/keys/0123456789ab", None),
    ("GET", "/v1/admin/audit", None),
    ("POST", "/v1/admin/referentials/rome/imports", None),
]
INGEST_ROUTES: list[Route] = [
    ("POST", "/v1/offers", {"offers": []}),
    ("DELETE", "/v1/offers/offre-1", None),
    ("POST", "/v1/trainings", {"trainings": []}),
    ("DELETE", "/v1/trainings/formation-1", None),
]


class TestScopes:
    # one app for every route: starting a gateway costs more than the calls themselves
    async def test_a_read_only_key_is_403_insufficient_scope_on_admin_and_ingest_routes(
        self, admin_api: httpx.AsyncClient, read_key: str
    ) -> None:
        answers = {}
        for method, path, body in ADMIN_ROUTES + INGEST_ROUTES:
            response = await admin_api.request(method, path, json=body, headers=_as(read_key))
            answers[f"{method} {path}"] = (response.status_code, response.json()["error"]["code"])
        assert set(answers.values()) == {(403, "insufficient_scope")}, answers

    async def test_no_key_is_401_on_admin_routes(self, admin_api: httpx.AsyncClient) -> None:
        del admin_api.headers["X-API-Key"]
        answers = {}
        for method, path, body in ADMIN_ROUTES:
            response = await admin_api.request(method, path, json=body)
            answers[f"{method} {path}"] = (response.status_code, response.json()["error"]["code"])
        assert set(answers.values()) == {(401, "missing_api_key")}, answers


class TestAuditLog:
    async def test_every_admin_action_leaves_one_row_with_actor_action_target_outcome(
        self, admin_api: httpx.AsyncClient, database_url: str
    ) -> None:
        await admin_api.post("/v1/admin/tenants", json=make_tenant())
        await admin_api.post("/v1/admin/tenants", json=make_tenant())
        await admin_api.patch("/v1/admin/tenants/normandie", json={"requests_per_minute": 60})
        issued = (
            await admin_api.post("/v1/admin/tenants/normandie/keys", json={"scopes": ["read"]})
        ).json()
        rotated = (await admin_api.post(f"/v1/admin/keys/{issued['prefix']}/rotate")).json()
        new_prefix = rotated["issued"]["prefix"]
        await admin_api.delete(f"/v1/admin/keys/{new_prefix}")
        await admin_api.get("/v1/admin/tenants")
        rows = await _audit_rows(database_url)
        assert [(r.action, r.target, r.outcome) for r in rows] == [
            ("tenant.create", "normandie", "ok"),
            ("tenant.create", "normandie", "error:tenant_exists"),
            ("tenant.update", "normandie", "ok requests_per_minute"),
            ("key.issue", "normandie", f"ok key={issued['prefix']} scopes=read"),
            ("key.rotate", issued["prefix"], f"ok new={new_prefix} grace=0m"),
            ("key.revoke", new_prefix, "ok"),
        ]
        operator_prefix = admin_api.headers["X-API-Key"].split("_")[1]
        assert {(r.actor_tenant, r.actor_key_prefix) for r in rows} == {(OPERATOR, operator_prefix)}
        assert all(r.request_id and r.at for r in rows)

    async def test_a_failed_action_keeps_its_row_but_none_of_its_changes(
        self, admin_api: httpx.AsyncClient, database_url: str
    ) -> None:
        await admin_api.post("/v1/admin/tenants/absent/keys", json={"scopes": ["read"]})
        [row] = await _audit_rows(database_url)
        assert (row.action, row.target, row.outcome) == (
            "key.issue",
            "absent",
            "error:unknown_tenant",
        )
        names = [t["name"] for t in (await admin_api.get("/v1/admin/tenants")).json()]
        assert names == [OPERATOR]

    async def test_an_action_refused_for_its_scope_or_its_body_is_no_action(
        self, admin_api: httpx.AsyncClient, read_key: str, database_url: str
    ) -> None:
        await admin_api.post("/v1/admin/tenants", json=make_tenant(), headers=_as(read_key))
        await admin_api.post("/v1/admin/tenants", json=make_tenant(name="Pas Valide"))
        assert await _audit_rows(database_url) == []

    async def test_an_audit_row_carries_the_request_id(
        self, admin_api: httpx.AsyncClient, database_url: str
    ) -> None:
        headers = {"X-Request-ID": "audit-test-1"}
        await admin_api.post("/v1/admin/tenants", json=make_tenant(), headers=headers)
        [row] = await _audit_rows(database_url)
        assert row.request_id == "audit-test-1"
        [item] = (await admin_api.get("/v1/admin/audit")).json()["items"]
        assert (item["request_id"], item["actor_tenant"]) == ("audit-test-1", OPERATOR)

    async def test_the_audit_log_is_paged_newest_first(self, admin_api: httpx.AsyncClient) -> None:
        for name in ("a-region", "b-region", "c-region"):
            await admin_api.post("/v1/admin/tenants", json=make_tenant(name=name))
        first = (await admin_api.get("/v1/admin/audit", params={"limit": 2})).json()
        second = (
            await admin_api.get(
                "/v1/admin/audit", params={"limit": 2, "cursor": first["next_cursor"]}
            )
        ).json()
        targets = [item["target"] for item in first["items"] + second["items"]]
        assert targets == ["c-region", "b-region", "a-region"]
        assert second["next_cursor"] is None

    async def test_the_audit_log_is_filtered(self, admin_api: httpx.AsyncClient) -> None:
        await admin_api.post("/v1/admin/tenants", json=make_tenant())
        await admin_api.patch("/v1/admin/tenants/normandie", json={"requests_per_day": 10})
        await admin_api.post("/v1/admin/tenants", json=make_tenant(name="bretagne"))
        by_action = await admin_api.get("/v1/admin/audit", params={"action": "tenant.update"})
        assert [i["target"] for i in by_action.json()["items"]] == ["normandie"]
        by_target = await admin_api.get("/v1/admin/audit", params={"target": "bretagne"})
        assert [i["action"] for i in by_target.json()["items"]] == ["tenant.create"]
        later = await admin_api.get("/v1/admin/audit", params={"since": "2100-01-01T00:00:00Z"})
        assert later.json()["items"] == []
        edge = {"since": "0001-01-01T00:00:00+01:00", "until": "9999-12-31T23:59:59-01:00"}
        everything = await admin_api.get("/v1/admin/audit", params=edge)
        assert len(everything.json()["items"]) == 3

    async def test_a_foreign_cursor_is_400(self, admin_api: httpx.AsyncClient) -> None:
        response = await admin_api.get("/v1/admin/audit", params={"cursor": "not a cursor"})
        assert response.status_code == 400
        assert response.json()["error"]["code"] == "invalid_cursor"

    async def test_the_audit_log_needs_the_admin_scope(
        self, admin_api: httpx.AsyncClient, read_key: str
    ) -> None:
        response = await admin_api.get("/v1/admin/audit", headers=_as(read_key))
        assert response.status_code == 403
