"""Rebuild speed, timed in a process of its own, as `sitrep rebuild` and the projector run it.

The benchmark's own process has run the in-process analysis by then: it holds
the analysis's models (about 500 MB, frozen for the collector), and the
rebuild forks its records process from whatever process calls it. Timed there,
the same rebuild of the same log took 60% more CPU (1.9 -> 3.1 s for 79k
events, 2026-11-28, /tmp harness beside two idle-priority helpers), which no
user's rebuild pays: the command and the projector load no models. So the
benchmark times it here, in a fresh interpreter that imports the projector
alone; the interpreter's start and imports are outside the timing.

    python -m bench.rebuild URL NAMESPACE RUNS     # prints one JSON line
"""

from __future__ import annotations

import contextlib
import json
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

import redis

RUNS = 3


@dataclass
class Rebuild:
    events: int
    seconds: list[float]  # wall seconds of each run
    cpu_seconds: list[float]  # CPU seconds of each run: the rebuilding process's and its records process's (a child)

    @property
    def rate(self) -> float:
        """Events per second of the median run: wall time on a shared machine swings between runs."""
        return self.events / statistics.median(self.seconds) if self.seconds else 0.0


def rebuild_run(url: str, namespace: str, runs: int = RUNS) -> Rebuild:
    """Rebuild the namespace's read model `runs` times (each swaps in a fresh generation) in a fresh process."""
    done = subprocess.run(
        [sys.executable, "-m", "bench.rebuild", url, namespace, str(runs)], capture_output=True, text=True, check=True
    )
    out = json.loads(done.stdout.strip().splitlines()[-1])
    return Rebuild(out["events"], out["seconds"], out["cpu_seconds"])


def _own_and_children_cpu_s() -> float:
    """User + system CPU seconds of this process and of its children that ended (the rebuild's records process)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _timed(url: str, namespace: str, runs: int) -> dict[str, object]:
    from bench.stack import settings_for
    from workers.projector import rebuild

    settings = settings_for(url, namespace)
    walls: list[float] = []
    cpus: list[float] = []
    events = 0
    with contextlib.closing(redis.Redis.from_url(url)) as client:
        for _ in range(runs):
            started, cpu0 = time.perf_counter(), _own_and_children_cpu_s()
            result = rebuild(client, settings)
            walls.append(time.perf_counter() - started)
            cpus.append(_own_and_children_cpu_s() - cpu0)
            events = int(result["events"])  # type: ignore[call-overload]
    return {"events": events, "seconds": walls, "cpu_seconds": cpus}


if __name__ == "__main__":
    url_arg, namespace_arg, runs_arg = sys.argv[1:4]
    print(json.dumps(_timed(url_arg, namespace_arg, int(runs_arg))))
