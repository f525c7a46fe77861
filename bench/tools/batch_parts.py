"""CPU a worker spends on each part of an update, in batches of a given size, in this one process.

Usage: `.venv/bin/python bench/tools/batch_parts.py N BATCH [REDIS_URL]` (default redis://127.0.0.1:6379/9;
its database is emptied before and after).

Publishes N of the bench's generated updates (the seed of a 500/s latency run) to a fresh stream,
then runs a worker's `Batches.run` on them BATCH at a time, as a session reads them, and prints the
CPU milliseconds an update of the whole and of each part (enrich, classify, fingerprint, features,
pair decisions, the index call, the commit, the read): batches of one are what a worker meets at
live rates, large ones a backlog; the difference is what a batch's fixed costs take.
"""

from __future__ import annotations

import collections
import functools
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import redis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import latency
from bench.stack import settings_for
from workers import analysis, jobs
from workers.analysis import settle_collector

cost: dict[str, float] = collections.defaultdict(float)


def timed(owner: Any, name: str, label: str) -> None:
    """Wrap owner.name so that its CPU time adds to cost[label]."""
    inner = getattr(owner, name)

    @functools.wraps(inner)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            cost[label] += time.process_time() - start

    setattr(owner, name, wrapper)


def main() -> None:
    n, batch = int(sys.argv[1]), int(sys.argv[2])
    url = sys.argv[3] if len(sys.argv) > 3 else "redis://127.0.0.1:6379/9"
    client = redis.Redis.from_url(url)
    client.flushdb()
    updates = latency.feed(Path(tempfile.mkdtemp(prefix="sitrep-batch-parts-")), 500, n / 500)
    settings = settings_for(url, "parts")
    batches = jobs.Batches(client, settings)
    settle_collector()
    store, keys = batches.store, settings.keys
    store.ensure_group(keys.updates, keys.group)
    store.append_updates(updates)
    analyser = batches.analyser
    for owner, name, label in (
        (analyser.enricher, "enrich", "enrich"), (analyser.classifier, "classify", "classify"),
        (analysis, "fingerprint", "fingerprint"), (analysis, "make_features", "features"),
        (analysis, "decide", "pair decisions"), (batches.index, "add_and_query", "index call"),
        (store, "commit", "commit"), (store, "read_group_events", "read"),
    ):  # fmt: skip
        timed(owner, name, label)
    start, done = time.process_time(), 0
    while done < len(updates):
        entries = store.read_group_events(keys.group, "parts", batch, None)
        if not entries:
            break
        batches.run(entries, {}, wake=None)
        done += len(entries)
    total = time.process_time() - start
    print(f"{done:,} updates in batches of {batch}: {total * 1000 / done:.3f} ms of CPU an update")
    for label, seconds in sorted(cost.items(), key=lambda kv: -kv[1]):
        print(f"  {label:15} {seconds * 1000 / done:.3f} ms")
    client.flushdb()


if __name__ == "__main__":
    main()
