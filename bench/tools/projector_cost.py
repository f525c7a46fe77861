"""The projector's CPU per event, as a rebuild and as the live projector at small pages (dev time only).

    python bench/tools/projector_cost.py URL NAMESPACE rebuild|live|both [--page 40] [--tail 4000]
        [--runs 3] [--profile] [--root DIR]

On a log made by bench/tools/projector_log.py (or any namespace's):
- rebuild: `workers.projector.rebuild` timed in this process, as bench/rebuild.py
  does: wall seconds and CPU seconds (this process and its records process);
- live: all but the last TAIL events folded and written in pages of 2,000, then
  the tail in pages of PAGE as `Projector.step` folds and writes them (the
  checked write, with a lease, to a live generation): CPU ms per event of this
  process and of the server.
`--root` measures another checkout's code (an old revision unpacked with `git
archive REV | tar -x -C DIR`) with this one's interpreter: run the two in turn
(old, new, old, new), the machine's speed drifts within minutes. `--profile`
prints cProfile's top functions of the measured part (slower).
"""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> str:
    if "--root" in sys.argv:
        i = sys.argv.index("--root")
        root = sys.argv[i + 1]
        del sys.argv[i : i + 2]
        return root
    return str(Path(__file__).resolve().parents[2])


ROOT = _root()
sys.path.insert(0, ROOT)

import argparse  # noqa: E402
import collections  # noqa: E402
import contextlib  # noqa: E402
import cProfile  # noqa: E402
import itertools  # noqa: E402
import os  # noqa: E402
import pstats  # noqa: E402
import resource  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

import redis  # noqa: E402

from bench.stack import cpu_s, settings_for  # noqa: E402
from events import codec  # noqa: E402
from events.store import EventStore  # noqa: E402
from workers import projector as projector_module  # noqa: E402
from workers.fold import RecordFold, record_page_decoder  # noqa: E402
from workers.projector import REBUILD_PAGE, Projector, fold_entries, new_model, rebuild  # noqa: E402
from workers.readmodel import ReadModelStore, encode_records  # noqa: E402


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _server_pid(client: redis.Redis) -> int:
    return int(client.info("server")["process_id"])


def measure_rebuild(
    client: redis.Redis, url: str, namespace: str, runs: int, prof: cProfile.Profile | None
) -> None:
    settings = settings_for(url, namespace)
    pid = _server_pid(client)
    for _ in range(runs):
        wall, cpu, served = time.perf_counter(), _cpu(), cpu_s(pid)
        if prof:
            prof.enable()
        result = rebuild(client, settings)
        if prof:
            prof.disable()
        wall, cpu, served = time.perf_counter() - wall, _cpu() - cpu, cpu_s(pid) - served
        events = int(result["events"])  # type: ignore[call-overload]
        print(f"rebuild {events} events: {events / wall:,.0f} events/s, CPU {1e6 * cpu / events:.1f} us an event "
              f"(both processes), server {1e6 * served / events:.1f} us")  # fmt: skip


def measure_live(
    client: redis.Redis, url: str, namespace: str, page: int, tail: int, prof: cProfile.Profile | None
) -> None:
    settings = settings_for(url, namespace)
    rm = ReadModelStore(client, settings.keys)
    rm.swap(rm.new_generation())
    live = Projector(client, settings, name="projector-cost")
    assert live.hold_lease(), "another projector holds the namespace's lease"
    live.load()  # the fresh generation: an empty model, checkpoint 0-0
    total = int(client.xlen(settings.keys.analysis))
    # `Projector.step` as the live projector runs it (checked write, lease), non-blocking reads; the
    # pages' size is the module's PAGE: all but the tail in pages of 2,000 or less, then pages of `page`
    while (before := total - tail - live.folded) > 0:
        projector_module.PAGE = min(2000, before)
        live._carried = None  # a read carried by the last write has the last page's size
        live.step(block_ms=None)
    live._carried = None
    projector_module.PAGE = page
    _ready(total - live.folded)
    pid = _server_pid(client)
    client.config_resetstat()
    own, served, folded = time.process_time(), cpu_s(pid), live.folded
    if prof:
        prof.enable()
    # under itertools.starmap, which callgrind's --toggle-collect counts (nothing else in sitrep calls it)
    for _ in itertools.takewhile(bool, itertools.starmap(live.step, itertools.repeat((None,)))):
        pass
    if prof:
        prof.disable()
    own, served, events = time.process_time() - own, cpu_s(pid) - served, live.folded - folded
    commands = {name: v for name, v in client.info("commandstats").items() if isinstance(v, dict)}
    client.delete(settings.keys.projector_lease)
    # the server's time in the commands themselves (INFO commandstats): steadier than its CPU seconds
    # (a script's commands count in its EVALSHA's time and again on their own)
    in_commands = sum(float(v["usec"]) for name, v in commands.items() if name not in _OURS)
    if os.environ.get("SITREP_COMMANDSTATS"):
        for name, v in sorted(commands.items()):
            print(name, v)
    calls = sum(int(v["calls"]) for name, v in commands.items() if name not in _OURS)
    print(f"live, pages of {page}, last {events} of {total} events: projector {1e3 * own / events:.4f} ms CPU an event, "
          f"server {1e3 * served / events:.4f} ms, of it in commands {in_commands / events:.1f} us "
          f"({calls / events:.2f} commands an event)")  # fmt: skip


def measure_activate(client: redis.Redis, url: str, namespace: str, prof: cProfile.Profile | None) -> int:
    """A rebuild's views process alone: each page's completed records decoded and joined to the views
    (`Model.activate`), the records folded beforehand as the records process folds them. Returns the events."""
    settings = settings_for(url, namespace)
    store = EventStore(client, settings.keys)
    fold = RecordFold()
    pages: list[bytes] = []
    events = 0
    for page in store.fold_pages(settings.keys.analysis, page=REBUILD_PAGE, raw_links=True):
        fold_entries(store, fold, page)
        pages.append(b"[" + b",".join(encode_records(fold.take()).values()) + b"]")
        events += len(page)
    model = new_model(settings)
    _ready(events)
    own = time.process_time()
    if prof:
        prof.enable()
    with codec.gc_paused():
        collections.deque(
            itertools.starmap(
                lambda blob: model.activate(record_page_decoder.decode(blob)), ((b,) for b in pages)
            ),
            0,
        )
    if prof:
        prof.disable()
    own = time.process_time() - own
    print(f"activate {events} events' records: {1e6 * own / events:.2f} us CPU an event")
    return events


_OURS = ("cmdstat_info", "cmdstat_config|resetstat")  # this tool's own commands


def _ready(events: int) -> None:
    """Under callgrind (`--callgrind`): say the warm-up is over, and how many events are measured, and wait
    for the instrumentation to be on."""
    ready, go = os.environ.get("SITREP_CG_READY"), os.environ.get("SITREP_CG_GO")
    if ready and go:
        Path(ready + ".tmp").write_text(str(events))
        Path(ready + ".tmp").rename(ready)
        while not Path(go).exists():
            time.sleep(0.2)


def callgrind(argv: list[str]) -> None:
    """This tool's live measurement under callgrind, counting the measured steps' instructions only."""
    with tempfile.TemporaryDirectory(prefix="sitrep-callgrind-") as tmp:
        work = Path(tmp)
        env = {
            **os.environ,
            "PYTHONHASHSEED": "0",
            "SITREP_CG_READY": str(work / "ready"),
            "SITREP_CG_GO": str(work / "go"),
        }
        out = work / "callgrind.out"
        cmd = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--instr-atstart=no",
            "--collect-atstart=no", "--toggle-collect=starmap_next", sys.executable, __file__, *argv,
        ]  # fmt: skip
        proc = subprocess.Popen(
            cmd, env=env, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        while not (work / "ready").exists():
            if proc.poll() is not None:
                raise RuntimeError("the measured process ended early")
            time.sleep(0.5)
        events = int((work / "ready").read_text())
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True, capture_output=True)
        (work / "go").touch()
        stdout, _ = proc.communicate()
        print(stdout.strip())
        if keep := os.environ.get("SITREP_CG_KEEP"):  # for callgrind_annotate
            shutil.copy(out, keep)
        for line in out.read_text().splitlines():
            if line.startswith(("summary:", "totals:")):
                print(f"callgrind: {int(line.split()[1]) / events / 1e3:,.1f} k instructions an event "
                      f"(the projector's process, user space)")  # fmt: skip
                return


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("namespace")
    ap.add_argument("what", choices=("rebuild", "live", "both", "activate"))
    ap.add_argument("--page", type=int, default=40)
    ap.add_argument("--tail", type=int, default=4000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument(
        "--callgrind", action="store_true", help="count the live steps' instructions (needs valgrind)"
    )
    args = ap.parse_args()
    if args.callgrind:
        argv = [a for a in sys.argv[1:] if a != "--callgrind"] + ["--root", ROOT]
        callgrind(argv)
        return
    prof = cProfile.Profile() if args.profile else None
    with contextlib.closing(redis.Redis.from_url(args.url)) as client:
        if args.what in ("rebuild", "both"):
            measure_rebuild(client, args.url, args.namespace, args.runs, prof)
        if args.what == "activate":
            measure_activate(client, args.url, args.namespace, prof)
        if args.what in ("live", "both"):
            measure_live(client, args.url, args.namespace, args.page, args.tail, prof)
    if prof:
        pstats.Stats(prof).sort_stats(os.environ.get("SITREP_PROFILE_SORT", "cumulative")).print_stats(45)


if __name__ == "__main__":
    main()
