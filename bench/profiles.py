"""Where the time goes: cProfile of the worker's batch and the projector's fold + write.

- worker: `workers.jobs.run_batch` in this process against the benchmark's
  server, on batches of generated updates after a warm-up (so the dedup/story
  index is as full as in steady state); the server's own time per command
  comes from INFO commandstats over the same batches;
- projector: `fold_entries` + `ReadModelStore.write` as the projector runs
  them, once in pages of 2,000 events (a backlog, or a rebuild) and once in
  pages of 40 events (a trickle: ten updates per commit) on a full model.
"""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from dataclasses import dataclass, field
from pathlib import Path

import redis

from events.connection import Settings
from events.store import EventStore
from workers.analysis import default_analyser
from workers.api import Sitrep
from workers.jobs import run_batch
from workers.projector import fold_entries, new_model, rejected_count
from workers.readmodel import ReadModelStore


@dataclass
class Row:
    name: str
    calls: int
    tottime: float
    cumtime: float


@dataclass
class Profile:
    title: str
    wall_s: float
    units: int  # updates or events profiled
    unit: str
    top_self: list[Row] = field(default_factory=list)
    stages: list[Row] = field(default_factory=list)
    server: list[tuple[str, int, float]] = field(default_factory=list)  # command, calls, usec per call
    text: str = ""  # pstats output, for the curious
    total_s: float = 0.0  # all the time the profiler saw (pstats total_tt)


def _label(func: tuple[str, int, str]) -> str:
    path, line, name = func
    if path == "~":
        return name
    p = Path(path)
    parts = p.parts
    for anchor in ("workers", "events", "bench", "site-packages"):
        if anchor in parts:
            i = parts.index(anchor)
            rel = "/".join(parts[i + 1 :] if anchor == "site-packages" else parts[i:])
            return f"{rel}:{line}({name})"
    return f"{p.name}:{line}({name})"


def _rows(stats: pstats.Stats, key: str, limit: int) -> list[Row]:
    raw = stats.stats  # type: ignore[attr-defined]
    items = [(func, v) for func, v in raw.items()]
    index = 2 if key == "tottime" else 3
    items.sort(key=lambda kv: kv[1][index], reverse=True)
    return [Row(_label(func), v[1], v[2], v[3]) for func, v in items[:limit]]


def _stage_rows(stats: pstats.Stats, names: list[tuple[str, str]]) -> list[Row]:
    """Cumulative time of chosen functions, matched on (file suffix, function name)."""
    raw = stats.stats  # type: ignore[attr-defined]
    out = []
    for suffix, fname in names:
        for func, v in raw.items():
            if func[0].endswith(suffix) and func[2] == fname:
                out.append(Row(f"{suffix}:{fname}", v[1], v[2], v[3]))
                break
    return out


def _text(stats: pstats.Stats, limit: int = 40) -> str:
    buf = io.StringIO()
    stats.stream = buf  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(limit)
    return buf.getvalue()


WORKER_STAGES = [
    ("workers/jobs.py", "run_batch"),
    ("events/store.py", "touch"),
    ("events/store.py", "fetch"),
    ("workers/analysis.py", "prepare"),
    ("workers/stages/enrich.py", "enrich"),
    ("workers/stages/classify.py", "classify"),
    ("workers/stages/dedup.py", "fingerprint"),
    ("workers/index.py", "add_and_query"),
    ("workers/stages/stories.py", "decide"),
    ("workers/stages/stories.py", "score_of"),
    ("workers/stages/stories.py", "duplicate_score"),
    ("workers/stages/dedup.py", "norm_jaccard"),
    ("events/store.py", "commit"),
    ("events/codec.py", "to_fields"),
    ("concurrent/futures/_base.py", "result"),  # waits on the I/O threads (index calls, earlier commits)
]
PROJECTOR_STAGES = [
    ("events/store.py", "replay"),
    ("workers/projector.py", "fold_entries"),
    ("workers/fold.py", "apply"),
    ("workers/fold.py", "_activate"),
    ("events/store.py", "fetch"),
    ("workers/readmodel.py", "write"),
    ("workers/fold.py", "refresh_stories"),
    ("workers/fold.py", "story_view"),
    ("workers/fold.py", "place_view"),
    ("workers/fold.py", "alert_view"),
    ("workers/fold.py", "meta"),
    ("workers/fold.py", "casualties_view"),
    ("workers/fold.py", "negotiations_view"),
]


def _commandstats(client: redis.Redis) -> dict[str, tuple[int, float]]:
    out = {}
    for name, v in client.info("commandstats").items():
        if isinstance(v, dict):
            out[name.removeprefix("cmdstat_")] = (int(v.get("calls", 0)), float(v.get("usec", 0)))
    return out


def profile_worker(
    url: str, settings: Settings, jsonl: Path, *, batch: int, warm: int, profiled: int
) -> Profile:
    """run_batch on `profiled` batches after `warm` batches, all from `jsonl` published into a fresh namespace."""
    client = redis.Redis.from_url(url)
    keys = settings.keys
    Sitrep(client, settings).publish([str(jsonl)])
    store = EventStore(client, keys)
    default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600, settings.conflict_countries)
    for _ in range(warm):
        ids = store.read_group(keys.group, "bench-profile", batch, None)
        if ids:
            run_batch(client, settings, ids, consumer="bench-profile")
    prof = cProfile.Profile()
    client.config_resetstat()
    updates = 0
    started = time.perf_counter()
    for _ in range(profiled):
        ids = store.read_group(keys.group, "bench-profile", batch, None)
        if not ids:
            break
        prof.enable()
        run_batch(client, settings, ids, consumer="bench-profile")
        prof.disable()
        updates += len(ids)
    wall = time.perf_counter() - started
    after = _commandstats(client)
    client.close()
    stats = pstats.Stats(prof)
    server = sorted(
        ((name, calls, usec) for name, (calls, usec) in after.items() if calls), key=lambda x: -x[2]
    )[:6]
    return Profile(
        title="worker: run_batch", wall_s=wall, units=updates, unit="updates",
        top_self=_rows(stats, "tottime", 14), stages=_stage_rows(stats, WORKER_STAGES),
        server=[(name, calls, usec / calls) for name, calls, usec in server], text=_text(stats),
        total_s=stats.total_tt,  # type: ignore[attr-defined]
    )  # fmt: skip


def profile_projector(url: str, settings: Settings, *, page: int, tail_events: int | None = None) -> Profile:
    """fold_entries + ReadModelStore.write over a namespace's analysis stream, into a scratch generation.

    With `tail_events`, all but the last `tail_events` events are folded in
    pages of 2,000 unprofiled, and only the tail is profiled, in pages of `page`.
    """
    client = redis.Redis.from_url(url)
    store = EventStore(client, settings.keys)
    rm = ReadModelStore(client, settings.keys)
    gen = rm.new_generation()
    model = new_model(settings)
    total = int(client.xlen(settings.keys.analysis))
    profile_from = 0 if tail_events is None else max(0, total - tail_events)
    prof = cProfile.Profile()
    rejected = rejected_count(store)
    checkpoint = "0-0"
    folded = events = 0
    wall = 0.0
    try:
        while True:
            profiled = folded >= profile_from
            size = page if profiled else min(2000, profile_from - folded)
            t0 = time.perf_counter()
            if profiled:
                prof.enable()
            # what Projector.step does, minus the lease and the generation check
            entries = store.read_after(settings.keys.analysis, checkpoint, size, None)
            if entries:
                fold_entries(store, model, entries)
                rm.write(gen, model, entries[-1].id, watch_current=False, rejected=rejected)
            if profiled:
                prof.disable()
                wall += time.perf_counter() - t0
                events += len(entries)
            if not entries:
                break
            checkpoint = entries[-1].id
            folded += len(entries)
    finally:
        rm.drop(gen)
        client.close()
    stats = pstats.Stats(prof)
    title = f"projector: fold_entries + write, pages of {page}" + (
        f" (last {events} events of {total})" if tail_events else ""
    )
    return Profile(
        title=title, wall_s=wall, units=events, unit="events",
        top_self=_rows(stats, "tottime", 14), stages=_stage_rows(stats, PROJECTOR_STAGES), text=_text(stats),
        total_s=stats.total_tt,  # type: ignore[attr-defined]
    )  # fmt: skip
