"""Per-tenant rate limits and daily quotas, and the request body size limit."""

from __future__ import annotations

from gateway.config import Settings
from gateway.limits.policy import Limits
from gateway.limits.redis_store import RedisStore
from gateway.limits.service import QuotaExceeded, RateLimited, RateLimiter
from gateway.limits.stores import MemoryStore

__all__ = ["QuotaExceeded", "RateLimited", "RateLimiter", "build_rate_limiter"]


def build_rate_limiter(settings: Settings) -> RateLimiter:
    """In-process counters, or Redis shared by the replicas with in-process counters as fallback.

    While Redis is down each replica keeps limiting on its own (a tenant gets up to N times its
    limits behind N replicas) rather than letting every call through or refusing them all.
    """
    defaults = Limits(per_minute=settings.requests_per_minute, per_day=settings.requests_per_day)
    if settings.redis_url is None:
        return RateLimiter(MemoryStore(), defaults=defaults)
    store = RedisStore(settings.redis_url.get_secret_value(), prefix=settings.redis_key_prefix)
    return RateLimiter(store, defaults=defaults, fallback=MemoryStore())
