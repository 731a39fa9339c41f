"""Where the limits' state lives: the store Protocol and its in-process implementation."""

from __future__ import annotations

from typing import Protocol

from gateway.limits.policy import Limits, Usage, current_tat, day_of, gcra_admits, interval


class StoreUnavailable(Exception):
    """The store cannot answer now (Redis down or too slow)."""


class LimitStore(Protocol):
    """Counts one call of a tenant against its limits, atomically, and says where they stand."""

    async def hit(self, tenant: str, limits: Limits, *, now: float) -> Usage: ...

    async def aclose(self) -> None: ...


class MemoryStore:
    """State in this process: the embedded default, and the fallback of a Redis store that is down.

    Each replica counts on its own: behind N replicas a tenant gets up to N times its limits.
    """

    def __init__(self) -> None:
        # one TAT per tenant that ever called: a few hundred numbers at most
        self._tat: dict[str, float] = {}
        self._day = -1
        self._counts: dict[str, int] = {}

    async def hit(self, tenant: str, limits: Limits, *, now: float) -> Usage:
        # nothing below awaits: each call is atomic on the event loop
        if day_of(now) != self._day:
            self._day, self._counts = day_of(now), {}
        tat = current_tat(self._tat.get(tenant), now=now)
        minute_ok = not limits.per_minute or gcra_admits(tat, now=now, per_minute=limits.per_minute)
        count = self._counts.get(tenant, 0)
        day_ok = not limits.per_day or count < limits.per_day
        if minute_ok and day_ok:
            if limits.per_minute:
                tat += interval(limits.per_minute)
                self._tat[tenant] = tat
            if limits.per_day:
                count += 1
                self._counts[tenant] = count
        return Usage(minute_ok=minute_ok, day_ok=day_ok, tat=tat, count=count)

    async def aclose(self) -> None:
        return None
