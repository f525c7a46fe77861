"""Latency and CPU per update of each role at a fixed rate, for several values of one setting, interleaved.

Usage: `.venv/bin/python bench/tools/latency_modes.py RATE SECONDS [--var SITREP_SESSION_S] [--modes 0,10] [--reps 2] [--workers 2]`

Each run starts the bench's own server once, then for each repetition and mode a fresh
namespace with router, projector and workers as processes (bench.stack), runs the bench's
paced producer and watcher (bench.latency.paced) and prints p50/p99/max and, per role, the
CPU seconds it used during the paced phase divided by the updates sent. For SITREP_SESSION_S,
mode 0 is the router-reads-batches design, 10 the default sessions; `--var SITREP_LINGER_MS
--modes 0,5` compares reading at once (the default) with a 5 ms linger.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench import latency
from bench.stack import Stack, cpu_by_role, drop_namespace, new_namespace, server, settings_for


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("rate", type=int)
    parser.add_argument("seconds", type=float)
    parser.add_argument("--var", default="SITREP_SESSION_S", help="the setting the modes are values of")
    parser.add_argument("--modes", default="0,10", help="its values, comma-separated")
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sitrep-latency-modes-"))
    updates = latency.feed(work, args.rate, args.seconds)
    with server() as srv:
        for _ in range(args.reps):
            for mode in args.modes.split(","):
                ns = new_namespace(f"modes{args.rate}")
                stack = Stack(srv.url, ns, args.workers, work / "logs", {args.var: mode})
                stack.start()
                try:
                    before = cpu_by_role(stack, srv)
                    res = latency.paced(srv.url, settings_for(srv.url, ns).keys, updates, args.rate, 30)
                    after = cpu_by_role(stack, srv)
                finally:
                    stack.stop()
                per = {name: (after[name] - before[name]) * 1000 / max(1, res.sent) for name in before}
                cpu = ", ".join(f"{name} {ms:.2f}" for name, ms in per.items())
                p50, p99 = res.pct(0.5), res.pct(0.99)
                print(f"{args.var}={mode} at {args.rate}/s: {res.seen}/{res.sent} seen, p50 "
                      f"{p50 if p50 is None else round(p50, 1)} ms, p99 {p99 if p99 is None else round(p99, 1)} ms, "
                      f"max {res.max_ms and round(res.max_ms, 1)} ms; CPU ms per update: {cpu}", flush=True)  # fmt: skip
                with contextlib.closing(redis.Redis.from_url(srv.url)) as client:
                    drop_namespace(client, ns)


if __name__ == "__main__":
    main()
