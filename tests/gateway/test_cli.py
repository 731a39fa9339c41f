"""The gateway command line manages tenants and keys on a real (temporary SQLite) database."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner, Result

from gateway.cli import app
from gateway.config import get_settings
from gateway.models import ApiKey, AuditEntry, Tenant
from gateway.tenancy.service import Caller, InvalidApiKey, authenticate
from shared.db import create_engine, create_sessionmaker, unit_of_work

runner = CliRunner()


@pytest.fixture
def database(
    sqlite_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A migrated SQLite file that the commands find through DATABASE_URL."""
    path = tmp_path / "gateway.db"
    shutil.copy(sqlite_template, path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{path}")
    get_settings.cache_clear()
    yield f"sqlite+aiosqlite:///{path}"
    get_settings.cache_clear()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def caller(database: str, key: str) -> Caller:
    async def check() -> Caller:
        engine = create_engine(database)
        try:
            async with unit_of_work(create_sessionmaker(engine)) as session:
                return await authenticate(session, key)
        finally:
            await engine.dispose()

    return asyncio.run(check())


def rows(database: str, table: type[Any]) -> list[Any]:
    async def read() -> list[Any]:
        engine = create_engine(database)
        async with create_sessionmaker(engine)() as session:
            found = (await session.execute(select(table))).scalars().all()
        await engine.dispose()
        return list(found)

    return asyncio.run(read())


def issue(*scopes: str, tenant: str = "normandie") -> str:
    invoke("tenants", "create", tenant)
    result = invoke("keys", "issue", "--tenant", tenant, "--scopes", ",".join(scopes))
    assert result.exit_code == 0, result.output
    return result.stdout.strip()


class TestTenantCommands:
    def test_a_tenant_is_created_listed_and_updated(self, database: str) -> None:
        created = invoke(
            "tenants", "create", "normandie", "--requests-per-minute", "60",
            "--cors-origin", "https://Emploi.Normandie.fr",
        )  # fmt: skip
        assert created.exit_code == 0, created.output
        updated = invoke("tenants", "update", "normandie", "--requests-per-day", "5000")
        assert updated.exit_code == 0, updated.output
        listed = invoke("tenants", "list")
        assert "normandie" in listed.stderr
        [tenant] = rows(database, Tenant)
        assert (tenant.requests_per_minute, tenant.requests_per_day, tenant.cors_origins) == (
            60,
            5000,
            ["https://emploi.normandie.fr"],
        )

    def test_default_limits_and_no_cors_clear_what_was_set(self, database: str) -> None:
        invoke("tenants", "create", "normandie", "--requests-per-minute", "60",
               "--cors-origin", "https://a.fr")  # fmt: skip
        result = invoke("tenants", "update", "normandie", "--default-limits", "--no-cors")
        assert result.exit_code == 0, result.output
        [tenant] = rows(database, Tenant)
        assert (tenant.requests_per_minute, tenant.cors_origins) == (None, [])

    @pytest.mark.usefixtures("database")
    def test_a_duplicate_tenant_fails_with_its_error_code(self) -> None:
        invoke("tenants", "create", "normandie")
        result = invoke("tenants", "create", "normandie")
        assert result.exit_code == 1
        assert "tenant_exists" in result.stderr

    def test_an_origin_with_a_path_is_refused(self, database: str) -> None:
        result = invoke("tenants", "create", "normandie", "--cors-origin", "https://a.fr/offres")
        assert result.exit_code == 2
        assert rows(database, Tenant) == []

    @pytest.mark.usefixtures("database")
    def test_an_update_with_nothing_to_change_is_refused(self) -> None:
        invoke("tenants", "create", "normandie")
        assert invoke("tenants", "update", "normandie").exit_code == 2


class TestKeyCommands:
    def test_an_issued_key_is_printed_once_alone_on_stdout_and_works(self, database: str) -> None:
        key = issue("read", "ingest")
        assert caller(database, key).scopes == frozenset({"read", "ingest"})
        listed = invoke("keys", "list", "--tenant", "normandie")
        assert key.split("_")[1] in listed.stderr
        assert key not in listed.output
        [row] = rows(database, ApiKey)
        assert key.split("_")[2] not in (row.prefix + row.digest)

    def test_an_unknown_scope_is_refused_and_no_key_stored(self, database: str) -> None:
        invoke("tenants", "create", "normandie")
        result = invoke("keys", "issue", "--tenant", "normandie", "--scopes", "read,write")
        assert result.exit_code == 2
        assert result.stdout == ""
        assert rows(database, ApiKey) == []

    def test_a_rotated_key_stops_and_its_successor_keeps_its_scopes(self, database: str) -> None:
        old = issue("read", "admin")
        result = invoke("keys", "rotate", old.split("_")[1])
        assert result.exit_code == 0, result.output
        new = result.stdout.strip()
        with pytest.raises(InvalidApiKey):
            caller(database, old)
        assert caller(database, new).scopes == frozenset({"read", "admin"})

    def test_a_key_rotated_with_a_grace_period_still_works(self, database: str) -> None:
        old = issue("read")
        result = invoke("keys", "rotate", old.split("_")[1], "--grace-minutes", "30")
        assert result.exit_code == 0, result.output
        assert caller(database, old).tenant == "normandie"
        assert "expiring" in result.stderr

    def test_a_revoked_key_stops(self, database: str) -> None:
        key = issue("read")
        assert invoke("keys", "revoke", key.split("_")[1]).exit_code == 0
        with pytest.raises(InvalidApiKey):
            caller(database, key)

    @pytest.mark.usefixtures("database")
    def test_an_unknown_prefix_fails_with_its_error_code(self) -> None:
        result = invoke("keys", "revoke", "0123456789ab")
        assert result.exit_code == 1
        assert "unknown_api_key" in result.stderr

    def test_create_key_creates_the_tenant_when_new(self, database: str) -> None:
        result = invoke("create-key", "--tenant", "bretagne", "--scopes", "read,ingest")
        assert result.exit_code == 0, result.output
        assert caller(database, result.stdout.strip()).tenant == "bretagne"


class TestCommandAudit:
    def test_every_change_is_audited_as_the_command_line(self, database: str) -> None:
        key = issue("read")
        invoke("tenants", "update", "normandie", "--requests-per-day", "10")
        invoke("keys", "revoke", key.split("_")[1])
        invoke("tenants", "create", "normandie")
        entries = rows(database, AuditEntry)
        assert [(e.action, e.outcome.split(" ")[0]) for e in entries] == [
            ("tenant.create", "ok"),
            ("key.issue", "ok"),
            ("tenant.update", "ok"),
            ("key.revoke", "ok"),
            ("tenant.create", "error:tenant_exists"),
        ]
        assert {(e.actor_tenant, e.actor_key_prefix, e.request_id) for e in entries} == {
            ("cli", None, None)
        }


@pytest.mark.usefixtures("database")
class TestTenantListing:
    def test_limits_read_as_default_unlimited_or_their_number(self) -> None:
        invoke("tenants", "create", "bretagne")
        invoke("tenants", "create", "corse", "--requests-per-minute", "0")
        invoke("tenants", "create", "paca", "--requests-per-minute", "90")
        listed = invoke("tenants", "list").stderr
        lines = {line.split()[1]: line for line in listed.splitlines() if line.count("│") > 3}
        assert "default" in lines["bretagne"]
        assert "unlimited" in lines["corse"]
        assert "90" in lines["paca"]
