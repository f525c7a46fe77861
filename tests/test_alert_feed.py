"""The real alert feed (17,082 alerts) through the pipeline: active alerts equal the CSV's intervals."""

from __future__ import annotations

import csv
import random
import time
from collections import defaultdict
from datetime import datetime, timedelta

import pytest
import redis

from events.connection import Settings
from events.parsers import parse_time
from tests.conftest import ALERTS_CSV
from tests.pipeline import drain
from workers.api import Sitrep
from workers.fold import Record, alert_intervals


def csv_intervals() -> dict[str, list[tuple[datetime, datetime]]]:
    by_region: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    with open(ALERTS_CSV, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            start = parse_time(row["started_at"])
            end = parse_time(row["finished_at"])
            by_region[row["region"]].append((start, end))
    return by_region


def active(intervals, when: datetime) -> bool:
    return any(start <= when < end for start, end in intervals)


@pytest.mark.slow
def test_active_alerts_equal_the_csv_intervals(client: redis.Redis, settings: Settings):
    """At 2,000 random instants, the regions with an active alert are exactly those the CSV says."""
    s = Sitrep(client, settings)
    started = time.monotonic()
    report = s.publish([str(ALERTS_CSV)])
    assert report.rejected == 0 and report.published == 17082 + 16664
    projector = drain(client, settings)
    elapsed = time.monotonic() - started
    print(f"\nalert feed: {report.published} updates published and projected in {elapsed:.1f} s "
          f"({report.published / elapsed:.0f} updates/s)")
    expected = csv_intervals()
    # every region resolves to one place, and every alert is in the read model
    region_of_place: dict[str, str] = {}
    members: dict[str, list[Record]] = defaultdict(list)
    for _, rec in s.records():
        assert rec is not None
        if rec.alert_region:
            region = rec.headline.split(" in ", 1)[1].rsplit(" from ", 1)[0].rsplit(" at ", 1)[0]
            assert region_of_place.setdefault(rec.alert_region, region) == region
            members[rec.alert_region].append(rec)
    assert sorted(region_of_place.values()) == sorted(expected)
    got = {
        region_of_place[place]: alert_intervals(recs, projector.model.alert_expiry) for place, recs in members.items()
    }
    assert {r: len(iv) for r, iv in got.items()} == {r: len(iv) for r, iv in expected.items()}
    first = min(start for ivs in expected.values() for start, _ in ivs)
    last = max(end for ivs in expected.values() for _, end in ivs)
    rng = random.Random(7)
    instants = [first + timedelta(seconds=rng.uniform(0, (last - first).total_seconds())) for _ in range(2000)]
    # and at each interval's edges, where off-by-one errors live
    for ivs in list(expected.values())[:5]:
        for start, end in ivs[:20]:
            instants += [start, end - timedelta(seconds=1), end]
    for when in instants:
        want = {r for r, ivs in expected.items() if active(ivs, when)}
        have = {r for r, ivs in got.items() if active([(a, b) for a, b, _ in ivs], when)}
        assert have == want, when


@pytest.mark.slow
def test_situation_status_and_as_of_with_the_feed_loaded(client: redis.Redis, settings: Settings):
    """With the whole feed loaded, the situation and status answer, and as-of gives the CSV's active alerts."""
    s = Sitrep(client, settings)
    s.publish([str(ALERTS_CSV)])
    drain(client, settings)
    sit = s.situation()
    status = s.status()
    assert sit["alerts"] and status["counters"]["published"] == 17082 + 16664 and status["projector"]["behind"] == 0
    when = parse_time("2022-03-01T12:00:00Z")
    past = s.situation(as_of=when)
    active_then = {a["name"] for a in past["alerts"] if a["active"]}
    expected = {r for r, ivs in csv_intervals().items() if active(ivs, when)}
    assert len(active_then) == len(expected)
