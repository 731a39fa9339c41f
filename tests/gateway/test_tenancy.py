"""Tenants and API keys: stored hashed, shown once, rotated, revoked, scoped; a controlled clock."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from gateway.models import ApiKey, Tenant
from gateway.paging import as_utc
from gateway.tenancy.service import (
    InvalidApiKey,
    KeyRetired,
    TenantExists,
    UnknownKey,
    UnknownScope,
    authenticate,
    check_scopes,
    create_key,
    create_tenant,
    ensure_tenant,
    revoke_key,
    rotate_key,
    update_tenant,
)
from shared.contracts.tenants import TenantCreate, TenantUpdate, normalise_origin
from shared.db import create_engine, create_sessionmaker, unit_of_work

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@asynccontextmanager
async def unit(database_url: str) -> AsyncIterator[AsyncSession]:
    """One committed unit of work, as one request would have."""
    engine = create_engine(database_url)
    try:
        async with unit_of_work(create_sessionmaker(engine)) as session:
            yield session
    finally:
        await engine.dispose()


async def new_key(
    database_url: str, *, tenant: str = "normandie", scopes: tuple[str, ...] = ("read",)
) -> str:
    async with unit(database_url) as session:
        issued = await create_key(
            session, await ensure_tenant(session, tenant), scopes=scopes, now=T0
        )
        return issued.key


async def caller_at(database_url: str, key: str, now: datetime) -> frozenset[str]:
    async with unit(database_url) as session:
        return (await authenticate(session, key, now=now)).scopes


def prefix_of(key: str) -> str:
    return key.split("_")[1]


class TestKeyStorage:
    async def test_only_the_prefix_and_the_digest_of_a_key_are_stored(
        self, database_url: str
    ) -> None:
        key = await new_key(database_url)
        async with unit(database_url) as session:
            [row] = (await session.execute(select(ApiKey))).scalars().all()
        assert row.prefix == prefix_of(key)
        assert row.digest == hashlib.sha256(key.encode()).hexdigest()
        secret = key.split("_")[2]
        stored = [str(getattr(row, column.key)) for column in ApiKey.__table__.columns]
        assert not any(secret in value for value in stored)

    async def test_a_key_authenticates_as_its_tenant_with_its_scopes(
        self, database_url: str
    ) -> None:
        key = await new_key(database_url, scopes=("ingest", "read"))
        async with unit(database_url) as session:
            caller = await authenticate(session, key, now=T0)
        assert (caller.tenant, caller.scopes, caller.key_prefix) == (
            "normandie",
            frozenset({"read", "ingest"}),
            prefix_of(key),
        )

    async def test_a_key_with_the_right_prefix_and_a_wrong_secret_is_refused(
        self, database_url: str
    ) -> None:
        key = await new_key(database_url)
        with pytest.raises(InvalidApiKey):
            await caller_at(database_url, key[:-4] + "abcd", T0)


class TestScopes:
    def test_scopes_are_kept_once_each_in_their_canonical_order(self) -> None:
        assert check_scopes(["admin", "read", "admin"]) == ["read", "admin"]

    @pytest.mark.parametrize("scopes", [["read", "write"], ["ADMIN"], []])
    def test_an_unknown_scope_or_none_is_a_422(self, scopes: list[str]) -> None:
        with pytest.raises(UnknownScope) as raised:
            check_scopes(scopes)
        assert raised.value.status_code == 422

    async def test_a_key_is_never_issued_with_an_unknown_scope(self, database_url: str) -> None:
        with pytest.raises(UnknownScope):
            await new_key(database_url, scopes=("read", "superuser"))
        async with unit(database_url) as session:
            assert (await session.execute(select(ApiKey))).scalars().all() == []


class TestRotation:
    async def test_a_rotated_key_stops_at_once_and_the_new_one_has_the_same_scopes(
        self, database_url: str
    ) -> None:
        old = await new_key(database_url, scopes=("read", "ingest"))
        async with unit(database_url) as session:
            issued, _ = await rotate_key(session, prefix_of(old), now=T0)
        with pytest.raises(InvalidApiKey, match="revoked"):
            await caller_at(database_url, old, T0)
        assert await caller_at(database_url, issued.key, T0) == frozenset({"read", "ingest"})
        assert issued.tenant.name == "normandie"

    async def test_a_rotated_key_works_until_its_grace_period_ends(self, database_url: str) -> None:
        old = await new_key(database_url)
        async with unit(database_url) as session:
            issued, _ = await rotate_key(
                session, prefix_of(old), grace=timedelta(minutes=10), now=T0
            )
        assert await caller_at(database_url, old, T0 + timedelta(minutes=9, seconds=59))
        with pytest.raises(InvalidApiKey, match="expired"):
            await caller_at(database_url, old, T0 + timedelta(minutes=10))
        assert await caller_at(database_url, issued.key, T0 + timedelta(days=30))

    async def test_a_key_already_rotated_cannot_be_rotated_again(self, database_url: str) -> None:
        old = await new_key(database_url)
        async with unit(database_url) as session:
            await rotate_key(session, prefix_of(old), grace=timedelta(minutes=10), now=T0)
        with pytest.raises(KeyRetired) as raised:
            async with unit(database_url) as session:
                await rotate_key(session, prefix_of(old), now=T0 + timedelta(minutes=1))
        assert raised.value.status_code == 409

    async def test_an_unknown_prefix_is_a_404(self, database_url: str) -> None:
        with pytest.raises(UnknownKey) as raised:
            async with unit(database_url) as session:
                await rotate_key(session, "0123456789ab", now=T0)
        assert raised.value.status_code == 404


class TestRevocation:
    async def test_a_revoked_key_is_refused(self, database_url: str) -> None:
        key = await new_key(database_url)
        async with unit(database_url) as session:
            _, newly = await revoke_key(session, prefix_of(key), now=T0)
        assert newly
        with pytest.raises(InvalidApiKey) as raised:
            await caller_at(database_url, key, T0 + timedelta(seconds=1))
        assert raised.value.status_code == 401

    async def test_revoking_a_key_in_its_grace_period_ends_it_at_once(
        self, database_url: str
    ) -> None:
        old = await new_key(database_url)
        async with unit(database_url) as session:
            await rotate_key(session, prefix_of(old), grace=timedelta(hours=1), now=T0)
            await revoke_key(session, prefix_of(old), now=T0 + timedelta(minutes=1))
        with pytest.raises(InvalidApiKey):
            await caller_at(database_url, old, T0 + timedelta(minutes=2))

    async def test_revoking_twice_keeps_the_first_revocation(self, database_url: str) -> None:
        key = await new_key(database_url)
        async with unit(database_url) as session:
            await revoke_key(session, prefix_of(key), now=T0)
            row, newly = await revoke_key(session, prefix_of(key), now=T0 + timedelta(hours=1))
        assert not newly
        assert row.revoked_at is not None
        assert as_utc(row.revoked_at) == T0


class TestLastUse:
    async def test_last_use_is_written_at_most_once_a_minute(self, database_url: str) -> None:
        key = await new_key(database_url)
        seen = []
        for offset in (0, 30, 59, 60, 61):
            await caller_at(database_url, key, T0 + timedelta(seconds=offset))
            async with unit(database_url) as session:
                row = (await session.execute(select(ApiKey))).scalar_one()
                assert row.last_used_at is not None
                seen.append(row.last_used_at.replace(tzinfo=UTC))
        offsets = [int((moment - T0).total_seconds()) for moment in seen]
        assert offsets == [0, 0, 0, 60, 60]


class TestTenants:
    async def test_a_duplicate_tenant_is_a_409(self, database_url: str) -> None:
        async with unit(database_url) as session:
            await create_tenant(session, TenantCreate(name="normandie"))
        with pytest.raises(TenantExists) as raised:
            async with unit(database_url) as session:
                await create_tenant(session, TenantCreate(name="normandie"))
        assert raised.value.status_code == 409

    async def test_an_update_changes_only_the_fields_it_names(self, database_url: str) -> None:
        body = TenantCreate(
            name="occitanie", requests_per_minute=60, cors_origins=["https://a.occitanie.fr"]
        )
        async with unit(database_url) as session:
            await create_tenant(session, body)
            await update_tenant(session, "occitanie", changes=TenantUpdate(requests_per_day=5000))
        async with unit(database_url) as session:
            tenant = (await session.execute(select(Tenant))).scalar_one()
        assert (tenant.requests_per_minute, tenant.requests_per_day, tenant.cors_origins) == (
            60,
            5000,
            ["https://a.occitanie.fr"],
        )

    async def test_a_null_limit_returns_to_the_gateway_default(self, database_url: str) -> None:
        async with unit(database_url) as session:
            await create_tenant(session, TenantCreate(name="bretagne", requests_per_minute=60))
            tenant = await update_tenant(
                session,
                "bretagne",
                changes=TenantUpdate(requests_per_minute=None, cors_origins=None),
            )
        assert (tenant.requests_per_minute, tenant.cors_origins) == (None, [])


class TestOrigins:
    @pytest.mark.parametrize(
        ("given", "kept"),
        [
            ("https://emploi.normandie.fr", "https://emploi.normandie.fr"),
            ("HTTPS://Emploi.Normandie.FR/", "https://emploi.normandie.fr"),
            ("https://emploi.normandie.fr:443", "https://emploi.normandie.fr"),
            ("http://localhost:3000", "http://localhost:3000"),
            ("http://[::1]:8080", "http://[::1]:8080"),
        ],
    )
    def test_origins_are_kept_as_browsers_send_them(self, given: str, kept: str) -> None:
        assert normalise_origin(given) == kept

    @pytest.mark.parametrize(
        "origin",
        [
            "emploi.normandie.fr",
            "ftp://emploi.normandie.fr",
            "https://emploi.normandie.fr/offres",
            "https://emploi.normandie.fr?x=1",
            "https://user@emploi.normandie.fr",
            "https://emploi..fr",
            "https://emploi.normandie.fr:99999",
            "*",
        ],
    )
    def test_anything_but_scheme_host_and_port_is_refused(self, origin: str) -> None:
        with pytest.raises(ValidationError):
            TenantCreate(name="normandie", cors_origins=[origin])

    def test_the_same_origin_twice_is_kept_once(self) -> None:
        body = TenantCreate(
            name="normandie", cors_origins=["https://a.fr", "https://A.fr:443", "https://b.fr"]
        )
        assert body.cors_origins == ["https://a.fr", "https://b.fr"]
