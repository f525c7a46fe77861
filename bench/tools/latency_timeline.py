"""Where the latency at a fixed rate comes from: its two legs and its worst moments.

Usage: `.venv/bin/python bench/tools/latency_timeline.py RATE SECONDS [--workers 2] [--reps 1]
[--no-rewrite] [--set NAME=VALUE ...]`

Each repetition runs the bench's paced producer and watcher (bench.latency.paced) on a fresh
namespace of one server of the bench's own (bench.stack), then reads the analysis stream: an
update's first derived event's entry id is the time its worker committed it (the server's clock,
in ms). It prints p50/p90/p99 of append -> commit (waiting for and in a worker) and commit ->
visible (the projector), the CPU milliseconds an update of each role, the worst 200 ms windows
by append time, and the server's AOF rewrites (from its log) on the same clock: on 2 cores the
rewrite's forked child takes a core, and the windows it covers are a run's worst.
`--no-rewrite` turns automatic rewrites off on this server, to see the rest of the tail.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path
from typing import ClassVar

import redis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import latency
from bench.stack import Stack, cpu_by_role, drop_namespace, new_namespace, server, settings_for
from events.store import EventStore

WINDOW_S = 0.2


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


class TimedWatcher(latency._Watcher):
    """The bench's watcher, keeping each update's append and visible times on the wall clock."""

    appended: ClassVar[dict[str, float]] = {}  # one run's, set before it
    visible: ClassVar[dict[str, float]] = {}

    def add(self, ids: list[str], at: float) -> None:
        super().add(ids, at)
        wall = at + (time.time() - time.perf_counter())
        for uid in ids:
            self.appended[uid] = wall

    def _check(self) -> None:
        with self.lock:
            before = set(self.pending)
        super()._check()
        now = time.time()
        with self.lock:
            for uid in before - set(self.pending):
                self.visible[uid] = now


def rewrites_in_log(log: Path, since: float) -> list[tuple[float, float]]:
    """(start, end) of each AOF rewrite the server's log records after `since` (wall clock)."""
    spans: list[tuple[float, float]] = []
    start = None
    for line in log.read_text(errors="replace").splitlines():
        parts = line.split()
        try:  # "<pid>:M 29 Nov 2026 14:31:17.840 * message"
            at = dt.datetime.strptime(" ".join(parts[1:5]), "%d %b %Y %H:%M:%S.%f").replace(tzinfo=dt.UTC).timestamp()
        except (ValueError, IndexError):
            continue
        if "rewriting started" in line:
            start = at
        elif "rewrite finished" in line and start is not None:
            if at >= since:
                spans.append((start, at))
            start = None
    return spans


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rate", type=int)
    parser.add_argument("seconds", type=float)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--no-rewrite", action="store_true")
    parser.add_argument("--set", action="append", default=[], help="NAME=VALUE for the roles' environment")
    args = parser.parse_args()
    env = dict(item.split("=", 1) for item in args.set)
    work = Path(tempfile.mkdtemp(prefix="sitrep-latency-timeline-"))
    updates = latency.feed(work, args.rate, args.seconds)
    latency._Watcher = TimedWatcher  # type: ignore[misc]  # paced() makes its watcher by this name
    with server() as srv, contextlib.closing(redis.Redis.from_url(srv.url)) as client:
        if args.no_rewrite:
            client.config_set("auto-aof-rewrite-percentage", 0)
        for rep in range(args.reps):
            appended: dict[str, float] = {}
            visible: dict[str, float] = {}
            TimedWatcher.appended, TimedWatcher.visible = appended, visible
            ns = new_namespace(f"timeline{args.rate}")
            keys = settings_for(srv.url, ns).keys
            stack = Stack(srv.url, ns, args.workers, work / "logs", env)
            stack.start()
            try:
                before = cpu_by_role(stack, srv)
                res = latency.paced(srv.url, keys, updates, args.rate, 30)
                after = cpu_by_role(stack, srv)
            finally:
                stack.stop()
            committed: dict[str, float] = {}
            for entry in EventStore(client, keys).read(keys.analysis):
                uid = getattr(entry.event, "update_id", None)
                if uid is not None and uid not in committed:
                    committed[uid] = int(entry.id.split("-")[0]) / 1000
            legs = [(appended[u], committed[u], v) for u, v in visible.items() if u in committed]
            to_commit = [(c - a) * 1000 for a, c, _ in legs]
            to_visible = [(v - c) * 1000 for _, c, v in legs]
            p50, p99 = res.pct(0.5), res.pct(0.99)
            print(f"rep {rep}: {res.seen}/{res.sent} seen, p50 {p50 and round(p50, 1)} ms, p99 {p99 and round(p99, 1)} ms, "
                  f"max {res.max_ms and round(res.max_ms, 1)} ms; AOF rewrites {res.aof_rewrites} ({res.rewriting_s:.1f} s)")  # fmt: skip
            for name, xs in (("append -> commit", to_commit), ("commit -> visible", to_visible)):
                print(f"  {name}: p50 {quantile(xs, 0.5):.1f} p90 {quantile(xs, 0.9):.1f} p99 {quantile(xs, 0.99):.1f} ms")
            per = {name: (after[name] - before[name]) * 1000 / max(1, res.sent) for name in before}
            print("  CPU ms an update: " + ", ".join(f"{name} {ms:.2f}" for name, ms in per.items()))
            if not legs:
                continue
            t0 = min(a for a, _, _ in legs)
            worst: dict[int, float] = {}
            for a, _, v in legs:
                w = int((a - t0) / WINDOW_S)
                worst[w] = max(worst.get(w, 0.0), (v - a) * 1000)
            top = sorted(worst.items(), key=lambda kv: -kv[1])[:8]
            print("  worst windows (s from the first append: max ms): "
                  + ", ".join(f"{w * WINDOW_S:.1f}: {ms:.0f}" for w, ms in top))  # fmt: skip
            spans = rewrites_in_log(srv.home / "valkey.log", t0)
            print("  AOF rewrites (s from the first append): "
                  + (", ".join(f"{s - t0:.2f}-{e - t0:.2f}" for s, e in spans) or "none"))  # fmt: skip
            drop_namespace(client, ns)


if __name__ == "__main__":
    main()
