"""The benchmark's own logic: the bisection for the highest live rate, which worker count's latency
runs it follows, and the rebuild timed in a process of its own (against the test server)."""

from __future__ import annotations

import statistics

import redis

from bench.__main__ import GOAL_P99_MS_AT_500, best_latency_workers, latency_knee
from bench.latency import LatencyResult
from bench.rebuild import rebuild_run
from events.connection import Settings


def _result(rate: float, p99_ms: float) -> LatencyResult:
    return LatencyResult(rate=rate, achieved=rate, sent=100, seen=100, latencies_ms=[p99_ms] * 100)


def _machine(capacity: int):
    """A machine whose p99 stays within the goal up to `capacity` updates/s, and the rates asked of it."""
    asked: list[int] = []

    def run_at(rate: int) -> LatencyResult:
        asked.append(rate)
        return _result(rate, GOAL_P99_MS_AT_500 / 2 if rate <= capacity else GOAL_P99_MS_AT_500 * 40)

    return run_at, asked


def test_the_bisection_closes_in_on_the_highest_rate_within_the_goal() -> None:
    run_at, asked = _machine(capacity=260)
    fixed = [run_at(100), run_at(500), run_at(1000)]
    knee, tried = latency_knee(fixed, run_at, runs=3)
    assert asked[3:] == [300, 200, 250]  # between 100 (met) and 500 (missed), in steps of 25
    assert knee == 250
    assert [res.rate for res in tried] == [300, 200, 250]


def test_no_bisection_when_every_rate_meets_the_goal() -> None:
    run_at, _ = _machine(capacity=5000)
    assert latency_knee([run_at(100), run_at(500)], run_at, runs=3) == (500, [])


def test_below_the_lowest_fixed_rate_the_bisection_starts_from_nothing() -> None:
    run_at, asked = _machine(capacity=60)
    knee, _ = latency_knee([run_at(100), run_at(500)], run_at, runs=3)
    assert asked[2:] == [50, 75] and knee == 50  # 62.5 rounds to 50: the steps have met
    run_at, asked = _machine(capacity=10)
    assert latency_knee([run_at(100)], run_at, runs=3)[0] is None and asked[1:] == [50, 25]


def test_an_unseen_update_misses_the_goal() -> None:
    missing = LatencyResult(rate=100, achieved=100, sent=100, seen=98, latencies_ms=[1.0] * 98)
    run_at, asked = _machine(capacity=1000)
    knee, _ = latency_knee([missing], run_at, runs=1)
    assert asked == [50] and knee == 50  # 100/s missed it: the bisection looks below


def test_the_knee_follows_the_worker_count_with_the_lower_p99_at_the_goal_rate() -> None:
    one = [_result(100, 10), _result(500, 80), _result(1000, 900)]
    two = [_result(100, 12), _result(500, 60), _result(1000, 950)]
    assert best_latency_workers({1: one, 2: two}) == 2  # 500/s decides, not the other rates
    assert best_latency_workers({1: two, 2: two}) == 1  # a tie: fewer workers
    late = LatencyResult(rate=500, achieved=500, sent=100, seen=90, latencies_ms=[5.0] * 90)
    assert best_latency_workers({1: [late], 2: [_result(500, 400)]}) == 2  # unseen updates count as worst
    assert best_latency_workers({1: [_result(100, 9)], 2: [_result(100, 7)]}) == 2  # no 500/s run: the highest


def test_the_machine_speed_probe_counts_rounds_per_cpu_second() -> None:
    from bench import speed

    rate = speed.reference_rate(cpu_s=0.05)
    assert 1 <= rate < 1e6  # a round does real work: thousands of words, never a no-op
    assert speed._round() == speed._round()  # the workload is fixed, so its rate moves with the machine only


def test_the_speed_drift_text_compares_the_end_with_the_start() -> None:
    from bench import speed

    text = speed.drift_text([("start", 400.0), ("middle", 200.0), ("end", 300.0)])
    assert text.startswith("start 400, middle 200, end 300 rounds/s")
    assert "end -25% on the start" in text
    assert "fastest 100% above slowest" in text
    assert speed.drift_text([("start", 400.0)]) == "start 400 rounds/s"


def test_the_rebuild_is_timed_in_a_fresh_process_and_swaps_in_the_same_situation(
    client: redis.Redis, settings: Settings, redis_url: str, namespace: str
) -> None:
    """What the bench reports is a real rebuild: every event of the log folded, each run's wall and CPU time."""
    from tests.pipeline import drain
    from tests.test_pipeline import publish_seed

    sitrep = publish_seed(client, settings)
    drain(client, settings)
    before = sitrep.situation()
    generation = client.get(settings.keys.model_current)
    timed = rebuild_run(redis_url, namespace, runs=2)
    assert timed.events == client.xlen(settings.keys.analysis) == 64
    assert len(timed.seconds) == len(timed.cpu_seconds) == 2
    assert all(s > 0 for s in timed.seconds) and all(c > 0 for c in timed.cpu_seconds)
    assert timed.rate == 64 / statistics.median(timed.seconds)
    assert client.get(settings.keys.model_current) != generation  # swapped in twice
    assert sitrep.situation() == before
