"""Dependency aliases of the administration routes: the auditor of an operator's request."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends

from gateway.admin.audit import Actor, Auditor, audited
from gateway.deps import AdminDep, SessionDep


async def _auditor(caller: AdminDep, session: SessionDep) -> AsyncIterator[Auditor]:
    async with audited(session, Actor.of(caller)) as auditor:
        yield auditor


AuditorDep = Annotated[Auditor, Depends(_auditor)]
