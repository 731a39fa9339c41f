"""Limits shared by every gateway replica: the state in Redis, updated by one Lua script."""

from __future__ import annotations

import math
import time

import redis.asyncio as redis
from redis.exceptions import RedisError

from gateway.limits.policy import WINDOW_S, Limits, Usage, day_of, seconds_to_midnight
from gateway.limits.stores import StoreUnavailable

# a rate limit must not slow every call down when Redis hangs: give up fast, then leave it alone
TIMEOUT_S = 0.25
PAUSE_AFTER_FAILURE_S = 5.0

# The same steps as MemoryStore.hit, atomic in Redis. Numbers travel as strings: Redis would
# truncate a Lua number to an integer, and %.17g keeps every bit of a double.
HIT = """
local now = tonumber(ARGV[1])
local per_minute = tonumber(ARGV[2])
local per_day = tonumber(ARGV[3])
local window = tonumber(ARGV[4])
local tat = now
local minute_ok = 1
if per_minute > 0 then
  local stored = tonumber(redis.call('GET', KEYS[1]))
  if stored and stored > now then tat = stored end
  if tat + window / per_minute - window > now then minute_ok = 0 end
end
local count = 0
local day_ok = 1
if per_day > 0 then
  count = tonumber(redis.call('GET', KEYS[2]) or '0')
  if count >= per_day then day_ok = 0 end
end
if minute_ok == 1 and day_ok == 1 then
  if per_minute > 0 then
    tat = tat + window / per_minute
    redis.call('SET', KEYS[1], string.format('%.17g', tat), 'PX', math.ceil((tat - now) * 1000))
  end
  if per_day > 0 then
    count = redis.call('INCR', KEYS[2])
    if count == 1 then redis.call('EXPIRE', KEYS[2], ARGV[5]) end
  end
end
return {minute_ok, day_ok, string.format('%.17g', tat), count}
"""


class RedisStore:
    """State in Redis, so that replicas share each tenant's budget.

    Replicas pass their own clock: keep them synchronised (NTP); a skew of s seconds moves a
    tenant's limits by s seconds. Keys carry the tenant as a hash tag: both keys of a call land
    on the same Redis Cluster slot.
    """

    def __init__(self, url: str, *, prefix: str) -> None:
        self._client = redis.from_url(
            url, socket_connect_timeout=TIMEOUT_S, socket_timeout=TIMEOUT_S, decode_responses=True
        )
        self._hit = self._client.register_script(HIT)
        self._prefix = prefix
        self._paused_until = 0.0

    async def hit(self, tenant: str, limits: Limits, *, now: float) -> Usage:
        if time.monotonic() < self._paused_until:
            raise StoreUnavailable("Redis failed a moment ago")
        keys = [
            f"{self._prefix}:{{{tenant}}}:minute",
            f"{self._prefix}:{{{tenant}}}:day:{day_of(now)}",
        ]
        # the day's counter outlives its day by a minute, for replicas whose clocks lag
        ttl = math.ceil(seconds_to_midnight(now)) + 60
        args: list[str | int] = [repr(now), limits.per_minute, limits.per_day, WINDOW_S, ttl]
        try:
            minute_ok, day_ok, tat, count = await self._hit(keys=keys, args=args)
        except (RedisError, OSError, TimeoutError) as exc:
            self._paused_until = time.monotonic() + PAUSE_AFTER_FAILURE_S
            raise StoreUnavailable(f"Redis: {exc}") from exc
        return Usage(minute_ok=minute_ok == 1, day_ok=day_ok == 1, tat=float(tat), count=int(count))

    async def aclose(self) -> None:
        await self._client.aclose()
