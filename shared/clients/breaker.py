"""A circuit breaker per downstream service: fail at once while it is down, then probe it."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from shared.errors import ServiceUnavailable
from shared.logging import get_logger
from shared.settings import CommonSettings

log = get_logger(__name__)

Clock = Callable[[], float]

# a refused call while the one trial call is out: come back soon, the verdict is near
HALF_OPEN_RETRY_AFTER_S = 1


class BreakerState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True)
class BreakerPolicy:
    """When a breaker opens and how long it stays open before it lets one trial call through.

    Args:
        failure_threshold: Consecutive failures that open the breaker.
        window_s: Those failures must all fall within this many seconds.
        reset_timeout_s: Seconds the breaker stays open before a trial call (half-open).
    """

    failure_threshold: int = 5
    window_s: float = 30.0
    reset_timeout_s: float = 10.0

    @classmethod
    def from_settings(cls, settings: CommonSettings) -> BreakerPolicy:
        """The policy that the deployment's settings describe."""
        return cls(
            failure_threshold=settings.breaker_failure_threshold,
            window_s=settings.breaker_window_s,
            reset_timeout_s=settings.breaker_reset_timeout_s,
        )


class CircuitBreaker:
    """Counts the failures of calls to one service and refuses calls while it looks down.

    Closed: every call goes out; ``failure_threshold`` consecutive failures within ``window_s``
    open it. Open: calls fail at once with 503 ``<service>_unavailable``. After
    ``reset_timeout_s`` it is half-open: one trial call goes out; its success closes the
    breaker, its failure opens it again for another ``reset_timeout_s``.

    Args:
        service: Name of the downstream service, used in error codes, messages and metrics.
        policy: Thresholds and timeouts.
        clock: Monotonic seconds; tests pass a clock they move by hand.
    """

    def __init__(
        self,
        service: str,
        policy: BreakerPolicy | None = None,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        self.service = service
        self.policy = policy or BreakerPolicy()
        self.opened_total = 0
        self._clock = clock
        self._state = BreakerState.CLOSED
        self._failures: deque[float] = deque()
        self._opened_at = 0.0
        self._down_since: datetime | None = None
        self._trial_out = False

    @property
    def state(self) -> BreakerState:
        """The state a call made now would meet (open turns half-open once the reset is due)."""
        if self._state is BreakerState.OPEN and self._reset_due():
            return BreakerState.HALF_OPEN
        return self._state

    @property
    def down_since(self) -> datetime | None:
        """When the breaker opened for the current outage (UTC); None while closed."""
        return self._down_since

    def admit(self) -> None:
        """Let a call go out, or refuse it at once.

        Raises:
            ServiceUnavailable: the breaker is open, or half-open with its trial call out (503,
                code ``<service>_unavailable``, with a ``Retry-After`` header).
        """
        if self._state is BreakerState.CLOSED:
            return
        if self._state is BreakerState.OPEN:
            if not self._reset_due():
                raise self._refusal(self._opened_at + self.policy.reset_timeout_s - self._clock())
            self._state = BreakerState.HALF_OPEN
            log.info("circuit_half_open", extra={"downstream": self.service})
        if self._trial_out:
            raise self._refusal(HALF_OPEN_RETRY_AFTER_S)
        self._trial_out = True

    def record_success(self) -> None:
        """The service answered: forget its failures and close the breaker."""
        self._failures.clear()
        self._trial_out = False
        if self._state is BreakerState.CLOSED:
            return
        log.info(
            "circuit_closed", extra={"downstream": self.service, "down_since": self._down_since}
        )
        self._state = BreakerState.CLOSED
        self._down_since = None

    def record_failure(self) -> None:
        """The service could not be reached, timed out or failed: count it, maybe open."""
        now = self._clock()
        self._trial_out = False
        if self._state is BreakerState.HALF_OPEN:
            self._open(now)
            return
        if self._state is BreakerState.OPEN:
            # a call admitted before the breaker opened, failing late: the outage is known
            return
        self._failures.append(now)
        while self._failures and self._failures[0] < now - self.policy.window_s:
            self._failures.popleft()
        if len(self._failures) >= self.policy.failure_threshold:
            self._open(now)

    def release(self) -> None:
        """An admitted call ended with no verdict on the service (it was cancelled)."""
        self._trial_out = False

    def _reset_due(self) -> bool:
        return self._clock() >= self._opened_at + self.policy.reset_timeout_s

    def _open(self, now: float) -> None:
        self._state = BreakerState.OPEN
        self._opened_at = now
        self._failures.clear()
        self.opened_total += 1
        if self._down_since is None:
            self._down_since = datetime.now(UTC)
        log.warning(
            "circuit_opened",
            extra={
                "downstream": self.service,
                "down_since": self._down_since,
                "reset_timeout_s": self.policy.reset_timeout_s,
            },
        )

    def _refusal(self, retry_after_s: float) -> ServiceUnavailable:
        seconds = max(1, math.ceil(retry_after_s))
        since = (self._down_since or datetime.now(UTC)).isoformat(timespec="seconds")
        return ServiceUnavailable(
            f"{self.service} is unavailable since {since} (calls to it failed repeatedly); "
            f"retry after {seconds} s",
            code=f"{self.service}_unavailable",
            headers={"Retry-After": str(seconds)},
        )
