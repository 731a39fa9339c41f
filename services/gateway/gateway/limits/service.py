"""Admit or refuse each call of a tenant against its rate limit and daily quota."""

from __future__ import annotations

import time
from collections.abc import Callable

from gateway.limits.policy import Limits, Standing, Usage, rate_limit_headers, standings
from gateway.limits.stores import LimitStore, StoreUnavailable
from gateway.tenancy.service import Caller
from shared.errors import AppError
from shared.logging import get_logger

log = get_logger(__name__)


class RateLimited(AppError):
    status_code = 429
    code = "rate_limited"


class QuotaExceeded(RateLimited):
    code = "quota_exceeded"


class RateLimiter:
    """Counts each call of a tenant in its store; falls back to ``fallback`` when it is down.

    Args:
        store: Where the counters live.
        defaults: Limits of a tenant that sets none (``None`` in its row).
        fallback: Counters used while ``store`` is unavailable; ``None``: let such calls through.
        clock: Seconds since the epoch; tests pass one they control.
    """

    def __init__(
        self,
        store: LimitStore,
        *,
        defaults: Limits,
        fallback: LimitStore | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self.defaults = defaults
        self.fallback = fallback
        self.clock = clock
        self._degraded = False

    def limits_for(self, caller: Caller) -> Limits:
        per_minute, per_day = caller.requests_per_minute, caller.requests_per_day
        return Limits(
            per_minute=self.defaults.per_minute if per_minute is None else per_minute,
            per_day=self.defaults.per_day if per_day is None else per_day,
        )

    async def admit(self, caller: Caller) -> dict[str, str]:
        """The ``RateLimit-*`` headers of an admitted call (none for an unlimited tenant).

        Raises:
            QuotaExceeded: the tenant spent its daily quota (429).
            RateLimited: the tenant called faster than its rate limit (429).
        """
        limits = self.limits_for(caller)
        if limits.unlimited:
            return {}
        now = self.clock()
        usage = await self._hit(str(caller.tenant_id), limits, now=now)
        if usage is None:
            return {}
        found = standings(limits, usage, now=now)
        headers = rate_limit_headers(found)
        if not usage.admitted:
            raise _refusal(limits, usage, found, headers)
        return headers

    async def _hit(self, tenant: str, limits: Limits, *, now: float) -> Usage | None:
        try:
            usage = await self.store.hit(tenant, limits, now=now)
        except StoreUnavailable as exc:
            if not self._degraded:
                log.warning("rate_limit_store_unavailable", extra={"error": str(exc)})
                self._degraded = True
            return (
                None if self.fallback is None else await self.fallback.hit(tenant, limits, now=now)
            )
        if self._degraded:
            log.info("rate_limit_store_recovered")
            self._degraded = False
        return usage

    async def aclose(self) -> None:
        await self.store.aclose()
        if self.fallback is not None:
            await self.fallback.aclose()


def _refusal(
    limits: Limits, usage: Usage, found: list[Standing], headers: dict[str, str]
) -> RateLimited:
    if not usage.day_ok:
        retry = found[-1].retry_after_s
        return QuotaExceeded(
            f"the daily quota of {limits.per_day} requests is spent; it renews at 00:00 UTC",
            headers={**headers, "Retry-After": str(retry)},
        )
    retry = found[0].retry_after_s
    return RateLimited(
        f"over the rate limit of {limits.per_minute} requests per minute; retry in {retry} s",
        headers={**headers, "Retry-After": str(retry)},
    )
