"""Latency publish -> visible at a fixed rate.

A paced producer appends single updates (or the few that fell due together)
at the rate, noting the time of each append; a watcher subscribed to the
projector's `<ns>:projected` channel looks up, at each commit, which pending
update ids the read model (`<ns>:rm:<gen>:records`) now has, and notes when.
Both clocks are this process's perf_counter. The watcher also samples whether
the server is rewriting its AOF: the rewrite is a forked child that takes a core
for a while (0.2-0.4 s per 100 MB of data), which on a 2-core machine running
the whole pipeline is where the worst latencies of a run come from.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis

from bench import gen
from events.keys import Keys
from events.schema import UpdatePublished
from events.store import EventStore
from workers.offline import accepted_updates


@dataclass
class LatencyResult:
    rate: float  # asked for
    achieved: float  # updates appended per second of the paced phase
    sent: int
    seen: int
    latencies_ms: list[float] = field(default_factory=list)
    drain_timeout_s: float = 0.0
    aof_rewrites: int = 0  # AOF rewrites the server began during the paced phase and the drain
    rewriting_s: float = 0.0  # of which time, as the watcher's samples saw it rewriting

    @property
    def unseen(self) -> int:
        return self.sent - self.seen

    def pct(self, q: float) -> float | None:
        """The q-quantile in ms, counting unseen updates as infinitely late (None: beyond the timeout)."""
        if self.sent == 0:
            return None
        ordered = sorted(self.latencies_ms)
        rank = max(0, math.ceil(q * self.sent) - 1)  # nearest rank
        return ordered[rank] if rank < len(ordered) else None

    @property
    def max_ms(self) -> float | None:
        if self.unseen or not self.latencies_ms:
            return None
        return max(self.latencies_ms)


REWRITE_SAMPLE_S = 0.05


def feed(work: Path, rate: int, seconds: float) -> list[UpdatePublished]:
    """The generated updates a run at `rate` appends: one seed per rate, so runs at one rate compare."""
    path = gen.write_jsonl(work / f"latency-{rate}.jsonl", int(rate * seconds), seed=1000 + rate)
    return accepted_updates([str(path)])


def aof_rewrites(client: redis.Redis) -> int:
    """AOF rewrites the server has begun since it started (the count rises when one begins)."""
    return int(client.info("persistence").get("aof_rewrites", 0))


class _Watcher(threading.Thread):
    def __init__(self, url: str, keys: Keys):
        super().__init__(daemon=True)
        self.client = redis.Redis.from_url(url)
        self.keys = keys
        self.lock = threading.Lock()
        self.pending: dict[str, float] = {}  # update id -> time appended
        self.latencies: list[float] = []
        self.stop = threading.Event()
        self.ready = threading.Event()
        self.rewrites: set[int] = set()  # the rewrites seen in progress, by their count when begun
        self.rewriting_s = 0.0
        self._sampled = time.perf_counter()

    def _sample_rewrite(self) -> None:
        """At most every REWRITE_SAMPLE_S: is the server rewriting its AOF (forked child at work)?"""
        now = time.perf_counter()
        if now - self._sampled < REWRITE_SAMPLE_S:
            return
        info = self.client.info("persistence")
        if info.get("aof_rewrite_in_progress"):
            self.rewrites.add(int(info.get("aof_rewrites", 0)))
            self.rewriting_s += now - self._sampled
        self._sampled = now

    def add(self, ids: list[str], at: float) -> None:
        with self.lock:
            for uid in ids:
                self.pending[uid] = at

    def _check(self) -> None:
        with self.lock:
            ids = list(self.pending)
        if not ids:
            return
        gen = self.client.get(self.keys.model_current)
        if gen is None:
            return
        key = self.keys.model(int(gen), "records")
        found: list[str] = []
        for first in range(0, len(ids), 2000):
            chunk = ids[first : first + 2000]
            values = self.client.hmget(key, chunk)
            found += [uid for uid, v in zip(chunk, values, strict=True) if v is not None]
        now = time.perf_counter()
        with self.lock:
            for uid in found:
                at = self.pending.pop(uid, None)
                if at is not None:
                    self.latencies.append((now - at) * 1000)

    def run(self) -> None:
        pubsub = self.client.pubsub(ignore_subscribe_messages=True)
        pubsub.subscribe(self.keys.projected_channel)
        self.ready.set()
        try:
            while not self.stop.is_set():
                message = pubsub.get_message(timeout=0.05)
                if message is not None:
                    # drain what else arrived, then look once
                    while pubsub.get_message(timeout=0) is not None:
                        pass
                self._check()
                self._sample_rewrite()
        finally:
            pubsub.close()


def paced(
    url: str, keys: Keys, updates: list[UpdatePublished], rate: float, drain_timeout_s: float
) -> LatencyResult:
    """Append `updates` at `rate` per second; measure each one's time to the read model."""
    client = redis.Redis.from_url(url)
    store = EventStore(client, keys)
    store.ensure_group(keys.updates, keys.group)
    rewrites_before = aof_rewrites(client)
    watcher = _Watcher(url, keys)
    watcher.start()
    watcher.ready.wait(5)
    n = len(updates)
    sent = 0
    start = time.perf_counter()
    i = 0
    while i < n:
        now = time.perf_counter()
        due = min(n, int((now - start) * rate) + 1)
        if due <= i:
            time.sleep(max(0.0, start + i / rate - now))
            continue
        batch = updates[i:due]
        at = time.perf_counter()
        results = store.append_updates(batch)
        new = [u.id for u, r in zip(batch, results, strict=True) if not r.startswith("=")]
        watcher.add(new, at)
        sent += len(new)
        i = due
    paced_s = time.perf_counter() - start
    deadline = time.monotonic() + drain_timeout_s
    while time.monotonic() < deadline:
        with watcher.lock:
            if not watcher.pending:
                break
        time.sleep(0.05)
    watcher.stop.set()
    watcher.join(5)
    rewrites = aof_rewrites(client) - rewrites_before
    client.close()
    with watcher.lock:
        latencies = list(watcher.latencies)
    return LatencyResult(
        rate=rate, achieved=n / paced_s if paced_s > 0 else 0.0, sent=sent, seen=len(latencies),
        latencies_ms=latencies, drain_timeout_s=drain_timeout_s,
        aof_rewrites=max(rewrites, len(watcher.rewrites)), rewriting_s=watcher.rewriting_s,
    )  # fmt: skip
