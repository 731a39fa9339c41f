"""Gateway tables: tenants, their API keys (stored hashed) and their feedback on suggestions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from shared.db import new_metadata


class Base(DeclarativeBase):
    metadata = new_metadata()


class Tenant(Base):
    """A region, a Carif-Oref, a partner portal: whoever holds keys and owns data."""

    __tablename__ = "tenants"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # None: the gateway's defaults apply
    requests_per_minute: Mapped[int | None] = mapped_column(Integer, default=None)
    requests_per_day: Mapped[int | None] = mapped_column(Integer, default=None)
    cors_origins: Mapped[list[str]] = mapped_column(JSON, default=list)


class ApiKey(Base):
    """An API key: only its prefix is kept in clear, the whole key as a SHA-256 digest."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    digest: Mapped[str] = mapped_column(String(64))
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    # a rotated key keeps working until then (its grace period); None: no end
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)
    # written at most once a minute: most requests authenticate without a write
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), default=None)


class Feedback(Base):
    """One verdict of a tenant's user on one suggestion: relevant or not."""

    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tenant_id: Mapped[int] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), index=True)
    # a plain string, not a database enum: a new kind needs no migration
    kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(100))
    relevant: Mapped[bool] = mapped_column(Boolean)
    rank: Mapped[int | None] = mapped_column(Integer, default=None)
    score: Mapped[float | None] = mapped_column(Float, default=None)
    context_id: Mapped[str | None] = mapped_column(String(100), index=True, default=None)
    profile: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    comment: Mapped[str | None] = mapped_column(String(2000), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditEntry(Base):
    """One administrative action: who did what to what, when, and how it ended."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor_tenant: Mapped[str] = mapped_column(String(100))
    actor_key_prefix: Mapped[str | None] = mapped_column(String(16), default=None)
    action: Mapped[str] = mapped_column(String(60), index=True)
    target: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(200))
    request_id: Mapped[str | None] = mapped_column(String(64), default=None)
