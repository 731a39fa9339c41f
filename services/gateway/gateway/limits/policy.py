"""The arithmetic of the limits: GCRA per minute, a counter per UTC day, the headers they give.

The minute limit is a GCRA (generic cell rate algorithm), the exact equivalent of a token bucket
of ``per_minute`` tokens refilled at ``per_minute`` per minute: a tenant may spend its whole
minute at once, then gets one more call every ``60 / per_minute`` seconds; its budget is whole
again at most 60 s after its last call. Unlike fixed minute windows, it never lets twice the limit
through around a window's edge. The state is one number per tenant: the theoretical arrival time
(TAT) of its next call.

The daily quota counts the calls of each UTC day and renews at 00:00 UTC.

Refused calls consume nothing: a client that retries too early is not pushed further back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

WINDOW_S = 60
DAY_S = 86_400
# GCRA quotients like 40 / 20 must not floor to 1.999... and lose a call
_EPSILON = 1e-9


@dataclass(frozen=True)
class Limits:
    """A tenant's limits; 0 means unlimited."""

    per_minute: int
    per_day: int

    @property
    def unlimited(self) -> bool:
        return self.per_minute == 0 and self.per_day == 0


@dataclass(frozen=True)
class Usage:
    """What a store answers for one call: whether each limit admits it, where each stands."""

    minute_ok: bool
    day_ok: bool
    # the TAT after this call when it is admitted, else as it was (now when there is no limit)
    tat: float
    # calls counted today, this one included when it is admitted
    count: int

    @property
    def admitted(self) -> bool:
        return self.minute_ok and self.day_ok


@dataclass(frozen=True)
class Standing:
    """One limit as the headers show it, in whole seconds."""

    limit: int
    window_s: int
    remaining: int
    reset_s: int
    retry_after_s: int


def interval(per_minute: int) -> float:
    """Seconds one call costs in the GCRA."""
    return WINDOW_S / per_minute


def current_tat(stored: float | None, *, now: float) -> float:
    return now if stored is None else max(stored, now)


def gcra_admits(tat: float, *, now: float, per_minute: int) -> bool:
    return tat + interval(per_minute) - WINDOW_S <= now


def day_of(now: float) -> int:
    return int(now // DAY_S)


def seconds_to_midnight(now: float) -> float:
    return (day_of(now) + 1) * DAY_S - now


def minute_standing(per_minute: int, *, tat: float, now: float) -> Standing:
    ahead = max(tat - now, 0.0)
    remaining = math.floor((WINDOW_S - ahead) / interval(per_minute) + _EPSILON)
    retry = max(ahead + interval(per_minute) - WINDOW_S, 0.0)
    return Standing(
        limit=per_minute,
        window_s=WINDOW_S,
        remaining=min(max(remaining, 0), per_minute),
        reset_s=math.ceil(ahead),
        retry_after_s=math.ceil(retry),
    )


def day_standing(per_day: int, *, count: int, now: float) -> Standing:
    reset = math.ceil(seconds_to_midnight(now))
    remaining = max(per_day - count, 0)
    return Standing(
        limit=per_day,
        window_s=DAY_S,
        remaining=remaining,
        reset_s=reset,
        retry_after_s=0 if remaining else reset,
    )


def standings(limits: Limits, usage: Usage, *, now: float) -> list[Standing]:
    """Where each of the tenant's limits stands after the call, the minute first."""
    found = []
    if limits.per_minute:
        found.append(minute_standing(limits.per_minute, tat=usage.tat, now=now))
    if limits.per_day:
        found.append(day_standing(limits.per_day, count=usage.count, now=now))
    return found


def rate_limit_headers(found: list[Standing]) -> dict[str, str]:
    """``RateLimit-*`` headers (draft-ietf-httpapi-ratelimit-headers-06) of the tightest limit.

    ``RateLimit-Limit``, ``-Remaining`` and ``-Reset`` (seconds until that limit is whole again)
    describe the limit with the fewest calls left; ``RateLimit-Policy`` lists every limit as
    ``quota;w=window``.
    """
    tightest = min(found, key=lambda s: (s.remaining, -s.reset_s))
    return {
        "RateLimit-Limit": str(tightest.limit),
        "RateLimit-Remaining": str(tightest.remaining),
        "RateLimit-Reset": str(tightest.reset_s),
        "RateLimit-Policy": ", ".join(f"{s.limit};w={s.window_s}" for s in found),
    }
