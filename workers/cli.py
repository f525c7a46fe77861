"""`sitrep`: the command line (CONTRACT.md lists the commands)."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import msgspec
import redis

from events.connection import ConfigError, Embedded, Settings, check_server, connect, redact, server_url
from events.parsers import FORMATS, ParseOptions, RecordError, parse_time
from events.producer import BacklogFull
from workers import logs
from workers.api import Sitrep, open_sitrep
from workers.textview import safe, situation_text, status_text

ROLES = ("router", "worker", "projector")


def _json(obj: Any, indent: int | None = None) -> str:
    """JSON that a terminal shows as text: json escapes C0 controls; C1 and bidi controls are escaped too (same data)."""
    return safe(json.dumps(obj, ensure_ascii=False, indent=indent))


def _print_json(obj: Any) -> None:
    sys.stdout.write(_json(obj, indent=2) + "\n")


def _fail(message: str, code: int = 1) -> int:
    sys.stderr.write(f"sitrep: {safe(message)}\n")
    return code


class _Bar:
    """A progress bar on a terminal for large inputs; silent otherwise."""

    def __init__(self, label: str):
        self.label = label
        self.progress: Any = None
        self.task: Any = None

    def start(self, total: int) -> None:
        if total < 2000 or not sys.stderr.isatty():
            return
        from rich.progress import Progress

        self.progress = Progress(transient=True)
        self.progress.start()
        self.task = self.progress.add_task(self.label, total=total)

    def advance(self, count: int) -> None:
        if self.progress is not None:
            self.progress.advance(self.task, count)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


# ---------------------------------------------------------------- publish


def _parse_options(args: argparse.Namespace) -> ParseOptions:
    published_at = parse_time(args.published_at, "--published-at") if args.published_at else None
    return ParseOptions(source=args.source, published_at=published_at, newest_first=args.newest_first)


def publish_paths(s: Sitrep, args: argparse.Namespace) -> int:
    """Publish and report; the exit code follows the contract (0, 2 some rejected)."""
    bar = _Bar("publishing")
    try:
        report = s.publish(args.paths, fmt=args.format, options=_parse_options(args), progress=bar)
    finally:
        bar.close()
    for rej in report.rejects:
        sys.stderr.write(f"rejected {safe(rej.origin)}: {safe(rej.reason)}\n")
    if report.rejected > len(report.rejects):
        sys.stderr.write(f"... {report.rejected - len(report.rejects)} more rejects (see `sitrep rejects`)\n")
    sys.stderr.write(f"published {report.published}, already there {report.already}, rejected {report.rejected}\n")
    return 2 if report.rejected else 0


def cmd_publish(args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        return publish_paths(s, args)


def cmd_follow(args: argparse.Namespace) -> int:
    """Poll the sources; print a line per poll that found something or failed."""
    from events.follow import Follower, Poll
    from workers.router import install_stop_handlers

    def show(poll: Poll) -> None:
        if poll.error is not None:
            sys.stderr.write(f"{safe(poll.url)}: failed: {safe(poll.error)}\n")
        elif poll.report is not None and (poll.report.published or poll.report.rejected):
            r = poll.report
            sys.stderr.write(f"{safe(poll.url)}: {r.published} new, {r.already} already there, {r.rejected} rejected\n")
            for rej in r.rejects:
                sys.stderr.write(f"  rejected {safe(rej.origin)}: {safe(rej.reason)}\n")

    with open_sitrep() as s:
        follower = Follower(s.producer(), args.urls, every_s=args.every, fmt=args.format, options=_parse_options(args))
        if args.once:
            polls = follower.poll_due()
            for poll in polls:
                show(poll)
            if all(poll.error is not None for poll in polls):
                return 1
            return 2 if any(poll.report is not None and poll.report.rejected for poll in polls) else 0
        stop = threading.Event()
        install_stop_handlers(stop)
        sys.stderr.write(f"following {len(follower.sources)} source(s) every {args.every:g} s (Ctrl-C stops)\n")
        follower.run(stop, on_poll=show)
    return 0


# ---------------------------------------------------------------- roles


def cmd_run(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    logs.configure()
    with server_url(settings) as url:
        client = connect(url)
        check_server(client)
        if args.role == "worker":
            from workers.jobs import run_worker

            run_worker(client, settings, burst=args.burst)
            return 0
        from workers.router import install_stop_handlers

        if args.role == "router":
            from workers.router import Router

            role: Any = Router(client, settings)
        else:
            from workers.projector import Projector

            role = Projector(client, settings)
        install_stop_handlers(role.stop)
        role.run()
    return 0


def _spawn(role: str, url: str, *, log_dir: Path | None, detach: bool) -> subprocess.Popen:
    env = {**os.environ, "SITREP_REDIS_URL": url}
    out: Any = subprocess.DEVNULL
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        out = open(log_dir / f"{role}-{time.time_ns()}.log", "ab")  # noqa: SIM115 - owned by the child
    return subprocess.Popen(
        [sys.executable, "-m", "workers.cli", "run", role],
        env=env, stdout=out, stderr=out, stdin=subprocess.DEVNULL, start_new_session=detach,
    )  # fmt: skip


def _stop(procs: list[subprocess.Popen], timeout: float = 15.0) -> None:
    for p in procs:
        with suppress(ProcessLookupError):
            p.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + timeout
    for p in procs:
        try:
            p.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


@contextmanager
def running_roles(url: str, workers: int, log_dir: Path | None) -> Iterator[list[subprocess.Popen]]:
    procs = [_spawn("router", url, log_dir=log_dir, detach=False), _spawn("projector", url, log_dir=log_dir, detach=False)]
    procs += [_spawn("worker", url, log_dir=log_dir, detach=False) for _ in range(workers)]
    try:
        yield procs
    finally:
        _stop(procs)


def cmd_demo(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    args.paths = args.paths or ["seeds"]
    for path in args.paths:
        if path != "-" and not Path(path).exists():
            return _fail(f"{path}: no such file or directory")
    with open_sitrep(settings=settings) as s:
        url = _client_url(s.client)
        started = time.monotonic()
        with running_roles(url, args.workers, settings.home / "logs"):
            code = publish_paths(s, args)
            if not s.wait(timeout=args.timeout):
                settled, published = s.progress()
                return _fail(f"timed out: {settled} of {published} updates projected (see `sitrep status`)")
        elapsed = time.monotonic() - started
        sit = s.situation()
        if args.json:
            _print_json(sit)
        else:
            sys.stdout.write(situation_text(sit) + "\n")
            sys.stderr.write(f"demo: {sit['counts']['updates']} updates in the read model after {elapsed:.1f} s\n")
        return code


def _client_url(client: redis.Redis) -> str:
    kw = client.connection_pool.connection_kwargs
    if "path" in kw:
        return f"unix://{kw['path']}"
    return Settings.from_env().redis_url or "redis://127.0.0.1:6379/0"


def _run_dir(settings: Settings) -> Path:
    return settings.home / "run"


def cmd_up(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    settings.home.mkdir(parents=True, exist_ok=True)
    run_dir = _run_dir(settings)
    if run_dir.exists() and any(run_dir.glob("*.pid")):
        return _fail("already up (run `sitrep down` first)")
    if settings.redis_url:
        url = settings.redis_url
    else:
        embedded = Embedded(settings.home)
        embedded.keepfile.touch()
        embedded.start()
        url = embedded.url
    check_server(connect(url))
    run_dir.mkdir(parents=True, exist_ok=True)
    roles = ["router", "projector"] + ["worker"] * args.workers
    for i, role in enumerate(roles):
        proc = _spawn(role, url, log_dir=settings.home / "logs", detach=True)
        (run_dir / f"{role}-{i}.pid").write_text(str(proc.pid))
    sys.stderr.write(f"up: {', '.join(roles)} on {redact(url)} (logs in {settings.home / 'logs'})\n")
    return 0


def cmd_down(_args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    run_dir = _run_dir(settings)
    pids = []
    for pidfile in sorted(run_dir.glob("*.pid")) if run_dir.exists() else []:
        with suppress(ValueError, ProcessLookupError):
            pid = int(pidfile.read_text())
            os.kill(pid, signal.SIGTERM)
            pids.append(pid)
        pidfile.unlink()
    deadline = time.monotonic() + 15
    for pid in pids:
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.05)
        else:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    if not settings.redis_url:
        embedded = Embedded(settings.home)
        embedded.keepfile.unlink(missing_ok=True)
        embedded.stop()
    sys.stderr.write(f"down: stopped {len(pids)} processes\n")
    return 0


# ---------------------------------------------------------------- queries


def cmd_wait(args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        if s.wait(timeout=args.timeout):
            return 0
        settled, published = s.progress()
        return _fail(f"timed out: {settled} of {published} updates projected")


def cmd_situation(args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        sit = s.situation(as_of=args.as_of)
    if args.json:
        _print_json(sit)
    else:
        sys.stdout.write(situation_text(sit) + "\n")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        items = s.export()
        if args.jsonl:
            for item in items:
                sys.stdout.write(_json(item) + "\n")
        else:
            _print_json(list(items))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        st = s.status()
    if args.json:
        _print_json(st)
    else:
        sys.stdout.write(status_text(st) + "\n")
    return 0


def cmd_rebuild(_args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        started = time.monotonic()
        result = s.rebuild()
        elapsed = time.monotonic() - started
    rate = int(result["events"]) / elapsed if elapsed > 0 else 0  # type: ignore[call-overload]
    sys.stderr.write(
        f"rebuilt generation {result['generation']} from {result['events']} events in {elapsed:.2f} s ({rate:,.0f} events/s)\n"
    )
    return 0


def cmd_analyze(args: argparse.Namespace) -> int:
    from workers.offline import analyze_paths, preload

    conflict_setting = Settings.from_env().conflict_countries
    preload(conflict_setting)
    for item in analyze_paths(args.paths, fmt=args.format, options=_parse_options(args), conflict_setting=conflict_setting):
        sys.stdout.write(_json(item) + "\n")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from workers.report import render_html, render_markdown

    with open_sitrep() as s:
        sit = s.situation(as_of=args.as_of)
    if args.html:
        Path(args.html).write_text(render_html(sit), encoding="utf-8")
        sys.stderr.write(f"wrote {args.html}\n")
    if args.md:
        Path(args.md).write_text(render_markdown(sit), encoding="utf-8")
        sys.stderr.write(f"wrote {args.md}\n")
    if not args.html and not args.md:
        sys.stdout.write(safe(render_markdown(sit)))  # to a terminal: controls in feed text made inert
    return 0


def cmd_reset(_args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    if settings.redis_url:
        client = connect(settings.redis_url)
        deleted = 0
        for key in client.scan_iter(match=settings.keys.pattern, count=1000):
            deleted += int(client.delete(key))
        from workers.jobs import make_queue

        make_queue(client, settings).empty()
        sys.stderr.write(f"reset: deleted {deleted} keys under {settings.keys.ns}: on {redact(settings.redis_url)}\n")
    else:
        Embedded(settings.home).delete()
        sys.stderr.write(f"reset: deleted {settings.home}\n")
    return 0


def _entry_json(entry: Any) -> str:
    return _json({"entry": entry.id, **msgspec.to_builtins(entry.event)}) + "\n"


def cmd_rejects(args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        for entry in s.store.read(s.keys.rejects, count=args.limit):
            sys.stdout.write(_entry_json(entry))
    return 0


def cmd_dlq(args: argparse.Namespace) -> int:
    with open_sitrep() as s:
        if args.action == "list":
            for entry in s.store.dead_letters():
                sys.stdout.write(_entry_json(entry))
            return 0
        if args.id is None:
            return _fail(f"dlq {args.action} needs an ID (a dead-letter entry id or an update id)", 2)
        if args.action == "retry":
            new = s.store.retry_dead(args.id)
            if new is None:
                return _fail(f"no dead letter {args.id}")
            sys.stderr.write(f"retrying {args.id} as entry {new}\n")
            return 0
        if not s.store.drop_dead(args.id):
            return _fail(f"no dead letter {args.id}")
        sys.stderr.write(f"dropped {args.id}\n")
        return 0


def cmd_watch(args: argparse.Namespace) -> int:
    from workers.watch import watch

    with open_sitrep() as s:
        return watch(s, interval=args.interval)


# ---------------------------------------------------------------- parser


def _input_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=FORMATS, help="input format (default: guessed from the content)")
    p.add_argument("--source", help="source name (default: the file name)")
    p.add_argument("--published-at", help="live blog: time of the first update (ISO 8601)")
    p.add_argument("--newest-first", action="store_true", help="live blog: newest update is at the top")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sitrep", description="Follow a crisis through live news.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("follow", help="poll feeds or files and publish what is new, until stopped")
    p.add_argument("urls", nargs="+", help="http(s) URLs or files: RSS/Atom, JSON Lines, alert CSV, live blog")
    p.add_argument("--every", type=float, default=60.0, help="seconds between two polls of a source (default 60)")
    p.add_argument("--once", action="store_true", help="poll each source once and exit (exit codes as publish)")
    _input_options(p)
    p.set_defaults(func=cmd_follow)

    p = sub.add_parser("demo", help="publish seeds/, wait until projected, print the situation")
    p.add_argument("paths", nargs="*", help="inputs (default: seeds/)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--timeout", type=float, default=300.0)
    _input_options(p)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("publish", help="publish inputs onto the updates stream")
    p.add_argument("paths", nargs="+", help="files or directories, - for standard input")
    _input_options(p)
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("run", help="run one role in the foreground (docker-compose services)")
    p.add_argument("role", choices=ROLES)
    p.add_argument("--burst", action="store_true", help="worker: stop when the queue is empty")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("up", help="start router, projector and workers in the background")
    p.add_argument("--workers", type=int, default=2)
    p.set_defaults(func=cmd_up)
    sub.add_parser("down", help="stop what `up` started").set_defaults(func=cmd_down)

    p = sub.add_parser("wait", help="return when everything published is projected")
    p.add_argument("--timeout", type=float, default=60.0)
    p.set_defaults(func=cmd_wait)

    p = sub.add_parser("situation", help="the current situation (or as of a time)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--as-of", help="ISO 8601 time: the situation as it stood then, folded from the log")
    p.set_defaults(func=cmd_situation)

    p = sub.add_parser("export", help="every update as analysed")
    p.add_argument("--jsonl", action="store_true", help="one JSON object a line")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("status", help="streams, lag, pending, queues, dead letters, server")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    sub.add_parser("rebuild", help="replay the log into a fresh read model and swap it in").set_defaults(func=cmd_rebuild)

    p = sub.add_parser("analyze", help="the same analysis in this process, no server (JSON lines)")
    p.add_argument("paths", nargs="+")
    _input_options(p)
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("report", help="a self-contained page of the situation, with a map")
    p.add_argument("--html", metavar="FILE")
    p.add_argument("--md", metavar="FILE")
    p.add_argument("--as-of")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("watch", help="a live view of stories and alerts (Ctrl-C quits)")
    p.add_argument("--interval", type=float, default=1.0)
    p.set_defaults(func=cmd_watch)

    p = sub.add_parser("rejects", help="the rejected records with their reasons (JSON lines)")
    p.add_argument("--limit", type=int, default=None)
    p.set_defaults(func=cmd_rejects)

    p = sub.add_parser("dlq", help="dead letters: list, retry ID, drop ID")
    p.add_argument("action", choices=("list", "retry", "drop"))
    p.add_argument("id", nargs="?")
    p.set_defaults(func=cmd_dlq)

    sub.add_parser("reset", help="delete all sitrep data (the embedded server's home, or the namespace's keys)").set_defaults(
        func=cmd_reset
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except (ConfigError, BacklogFull, RecordError) as err:
        return _fail(str(err))
    except OSError as err:
        return _fail(f"{err.filename or ''}: {err.strerror or err}" if err.filename else str(err))
    except redis.RedisError as err:
        return _fail(f"server error: {err}")
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
