"""The circuit breaker of one downstream service, driven by a clock moved by hand."""

from __future__ import annotations

import pytest

from shared.clients.breaker import BreakerPolicy, BreakerState, CircuitBreaker
from shared.errors import ServiceUnavailable
from shared.settings import CommonSettings


class FakeClock:
    """Monotonic seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_breaker(
    clock: FakeClock, *, threshold: int = 3, window_s: float = 30.0, reset_s: float = 10.0
) -> CircuitBreaker:
    policy = BreakerPolicy(failure_threshold=threshold, window_s=window_s, reset_timeout_s=reset_s)
    return CircuitBreaker("extraction", policy, clock=clock)


def fail(breaker: CircuitBreaker, times: int) -> None:
    for _ in range(times):
        breaker.admit()
        breaker.record_failure()


def opened(clock: FakeClock, *, reset_s: float = 10.0) -> CircuitBreaker:
    breaker = make_breaker(clock, reset_s=reset_s)
    fail(breaker, breaker.policy.failure_threshold)
    return breaker


class TestCircuitBreaker:
    def test_stays_closed_below_the_threshold(self, clock: FakeClock) -> None:
        breaker = make_breaker(clock, threshold=3)
        fail(breaker, 2)
        assert breaker.state is BreakerState.CLOSED

    def test_opens_after_the_threshold_of_consecutive_failures(self, clock: FakeClock) -> None:
        breaker = make_breaker(clock, threshold=3)
        fail(breaker, 3)
        assert breaker.state is BreakerState.OPEN

    def test_a_success_between_failures_starts_the_count_again(self, clock: FakeClock) -> None:
        breaker = make_breaker(clock, threshold=3)
        fail(breaker, 2)
        breaker.admit()
        breaker.record_success()
        fail(breaker, 2)
        assert breaker.state is BreakerState.CLOSED

    def test_failures_spread_wider_than_the_window_do_not_open_it(self, clock: FakeClock) -> None:
        breaker = make_breaker(clock, threshold=3, window_s=30)
        for _ in range(5):
            fail(breaker, 1)
            clock.advance(20)
        assert breaker.state is BreakerState.CLOSED

    def test_open_breaker_refuses_at_once_with_a_503_naming_the_service(
        self, clock: FakeClock
    ) -> None:
        breaker = opened(clock)
        with pytest.raises(ServiceUnavailable) as caught:
            breaker.admit()
        assert (caught.value.status_code, caught.value.code) == (503, "extraction_unavailable")

    def test_refusal_says_since_when_and_when_to_retry(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        assert breaker.down_since is not None
        clock.advance(3.5)
        with pytest.raises(ServiceUnavailable) as caught:
            breaker.admit()
        assert breaker.down_since.isoformat(timespec="seconds") in caught.value.message
        assert "retry after 7 s" in caught.value.message
        assert caught.value.headers == {"Retry-After": "7"}

    def test_is_half_open_once_the_reset_timeout_has_passed(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        clock.advance(10)
        assert breaker.state is BreakerState.HALF_OPEN

    def test_half_open_lets_one_trial_call_through_and_refuses_the_others(
        self, clock: FakeClock
    ) -> None:
        breaker = opened(clock, reset_s=10)
        clock.advance(10)
        breaker.admit()
        with pytest.raises(ServiceUnavailable) as caught:
            breaker.admit()
        assert caught.value.headers == {"Retry-After": "1"}

    def test_successful_trial_closes_it(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        clock.advance(10)
        breaker.admit()
        breaker.record_success()
        assert (breaker.state, breaker.down_since) == (BreakerState.CLOSED, None)

    def test_failed_trial_opens_it_for_another_full_reset_timeout(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        clock.advance(10)
        fail(breaker, 1)
        clock.advance(9)
        assert breaker.state is BreakerState.OPEN

    def test_failed_trial_keeps_the_start_of_the_outage(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        since = breaker.down_since
        clock.advance(10)
        fail(breaker, 1)
        assert breaker.down_since == since

    def test_released_trial_lets_the_next_call_be_the_trial(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        clock.advance(10)
        breaker.admit()
        breaker.release()
        breaker.admit()
        assert breaker.state is BreakerState.HALF_OPEN

    def test_a_late_failure_while_open_does_not_extend_the_reset(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        clock.advance(5)
        breaker.record_failure()
        clock.advance(5)
        assert breaker.state is BreakerState.HALF_OPEN

    def test_each_opening_is_counted(self, clock: FakeClock) -> None:
        breaker = opened(clock, reset_s=10)
        clock.advance(10)
        fail(breaker, 1)
        assert breaker.opened_total == 2

    def test_closed_breaker_admits_every_call(self, clock: FakeClock) -> None:
        breaker = make_breaker(clock)
        for _ in range(10):
            breaker.admit()
        assert breaker.state is BreakerState.CLOSED


class TestBreakerPolicy:
    def test_is_read_from_the_settings(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("BREAKER_FAILURE_THRESHOLD", "2")
        monkeypatch.setenv("BREAKER_WINDOW_S", "5")
        monkeypatch.setenv("BREAKER_RESET_TIMEOUT_S", "0.5")
        policy = BreakerPolicy.from_settings(CommonSettings())
        assert policy == BreakerPolicy(failure_threshold=2, window_s=5, reset_timeout_s=0.5)
