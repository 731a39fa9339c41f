"""The audit trail: every administrative action, who did it, to what, when, and how it ended."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from gateway.admin import repository
from gateway.models import AuditEntry
from gateway.tenancy.service import Caller, utc_now
from shared.errors import AppError
from shared.logging import get_logger, request_id_var

log = get_logger("audit")
MAX_OUTCOME = 200
MAX_TARGET = 200


@dataclass(frozen=True)
class Actor:
    """Who acts: an operator's tenant and key, or the command line."""

    tenant: str
    key_prefix: str | None = None

    @classmethod
    def of(cls, caller: Caller) -> Actor:
        return cls(tenant=caller.tenant, key_prefix=caller.key_prefix or None)


COMMAND_LINE = Actor(tenant="cli")


@dataclass
class Outcome:
    """What a successful action reports about itself, after `ok`."""

    detail: str = ""

    def text(self) -> str:
        return f"ok {self.detail}".strip()


def _log(entry: AuditEntry, *, level: int) -> None:
    log.log(
        level,
        "audit",
        extra={
            "tenant": entry.actor_tenant,
            "key_prefix": entry.actor_key_prefix,
            "action": entry.action,
            "target": entry.target,
            "outcome": entry.outcome,
        },
    )


class Auditor:
    """Records one actor's actions: a success within its transaction, a failure kept aside."""

    def __init__(
        self,
        session: AsyncSession,
        actor: Actor,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.session = session
        self.actor = actor
        self.failures: list[AuditEntry] = []
        self._clock = clock

    def _entry(self, action: str, target: str, outcome: str) -> AuditEntry:
        return AuditEntry(
            at=self._clock(),
            actor_tenant=self.actor.tenant,
            actor_key_prefix=self.actor.key_prefix,
            action=action,
            target=target[:MAX_TARGET],
            outcome=outcome[:MAX_OUTCOME],
            request_id=request_id_var.get(),
        )

    @asynccontextmanager
    async def action(self, action: str, target: str) -> AsyncIterator[Outcome]:
        """Run one action; its entry joins its transaction, or waits in `failures` if it fails."""
        outcome = Outcome()
        try:
            yield outcome
        except Exception as exc:
            code = exc.code if isinstance(exc, AppError) else "internal_error"
            entry = self._entry(action, target, f"error:{code}")
            self.failures.append(entry)
            _log(entry, level=logging.WARNING)
            raise
        entry = self._entry(action, target, outcome.text())
        await repository.add_entry(self.session, entry)
        _log(entry, level=logging.INFO)


async def _keep_failures(session: AsyncSession, entries: Sequence[AuditEntry]) -> None:
    try:
        await session.rollback()
        session.add_all(entries)
        await session.commit()
    except Exception:
        # the action's own error matters more to the caller; the log line above remains
        log.exception("audit_write_failed", extra={"entries": len(entries)})


@asynccontextmanager
async def audited(session: AsyncSession, actor: Actor) -> AsyncIterator[Auditor]:
    """An auditor over one unit of work; if the work fails, its failures are still written.

    This commits (after rolling the failed work back): use it only where a unit of work
    begins, like ``shared.db.unit_of_work`` (a request dependency, a command).
    """
    auditor = Auditor(session, actor)
    try:
        yield auditor
    except Exception:
        if auditor.failures:
            await _keep_failures(session, auditor.failures)
        raise
