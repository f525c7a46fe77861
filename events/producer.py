"""The producer: inputs -> validated events -> the updates stream (idempotent).

Each record ends as exactly one of: published, already published, rejected
(kept on the rejects stream with its raw text and reason).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import redis

from events.parsers import Clock, ParseOptions, parse, utcnow
from events.schema import Rejected, UpdatePublished
from events.store import EventStore

BATCH = 500


class BacklogFull(RuntimeError):
    """The workers are too far behind; publishing more would only pile up."""


@dataclass
class PublishReport:
    published: int = 0
    already: int = 0
    rejected: int = 0
    rejects: list[Rejected] = field(default_factory=list)  # the first few, to show the user
    ids: list[str] = field(default_factory=list)  # update ids, in input order

    def add(self, other: PublishReport) -> None:
        self.published += other.published
        self.already += other.already
        self.rejected += other.rejected
        self.rejects += other.rejects[: max(0, 20 - len(self.rejects))]
        self.ids += other.ids


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, count: int) -> None: ...


def read_input(path: str) -> tuple[str, bytes]:
    """(name, bytes) of a path, or of standard input for '-'."""
    if path == "-":
        return "stdin", sys.stdin.buffer.read()
    p = Path(path)
    return p.name, p.read_bytes()


# the files a directory stands for: the formats' usual names (a feed saved as .xml, .rss or .atom)
INPUT_SUFFIXES = (".txt", ".jsonl", ".json", ".csv", ".ndjson", ".xml", ".rss", ".atom")


def expand_paths(paths: Iterable[str]) -> list[str]:
    """Directories stand for the input files inside them, in name order."""
    out: list[str] = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            out += sorted(
                str(f) for f in p.iterdir()
                if f.is_file() and not f.name.startswith(".") and f.suffix.lower() in INPUT_SUFFIXES
            )  # fmt: skip
        else:
            out.append(path)
    return out


class Producer:
    def __init__(
        self,
        store: EventStore,
        *,
        clock: Clock = utcnow,
        backlog_max: int = 1_000_000,
        backlog_wait_s: float = 60.0,
    ):
        self.store = store
        self.clock = clock
        self.backlog_max = backlog_max
        self.backlog_wait_s = backlog_wait_s

    def publish_bytes(
        self,
        data: bytes,
        *,
        name: str,
        fmt: str | None = None,
        options: ParseOptions | None = None,
        progress: Progress | None = None,
    ) -> PublishReport:
        report = PublishReport()
        records = list(parse(data, name=name, fmt=fmt, options=options, clock=self.clock))
        if progress:
            progress.start(len(records))
        for first in range(0, len(records), BATCH):
            batch = records[first : first + BATCH]
            updates = [r for r in batch if isinstance(r, UpdatePublished)]
            rejects = [r for r in batch if isinstance(r, Rejected)]
            self._flush(updates, rejects, report)
            if progress:
                progress.advance(len(batch))
        return report

    def _flush(self, updates: list[UpdatePublished], rejects: list[Rejected], report: PublishReport) -> None:
        if updates:
            self.wait_for_room()
            for update, result in zip(updates, self.store.append_updates(updates), strict=True):
                if result.startswith("="):
                    report.already += 1
                    report.ids.append(result[1:])
                else:
                    report.published += 1
                    report.ids.append(update.id)
        if rejects:
            self.store.append_rejects(rejects)
            report.rejected += len(rejects)
            report.rejects += rejects[: max(0, 20 - len(report.rejects))]

    def backlog(self) -> int:
        """Updates appended but not yet handed to a worker (the router group's lag)."""
        try:
            groups = self.store.r.xinfo_groups(self.store.keys.updates)
        except redis.ResponseError:
            return 0  # no stream yet
        for group in groups:
            if group.get("name") in (self.store.keys.group, self.store.keys.group.encode()):
                lag = group.get("lag")
                return int(lag) if lag is not None else 0
        return 0

    def wait_for_room(self) -> None:
        if self.backlog_max <= 0:
            return
        deadline = time.monotonic() + self.backlog_wait_s
        while (lag := self.backlog()) >= self.backlog_max:
            if time.monotonic() > deadline:
                raise BacklogFull(
                    f"{lag} updates are waiting for the workers (SITREP_BACKLOG_MAX={self.backlog_max}); "
                    "start more workers or wait, then publish again (what was published is kept)"
                )
            time.sleep(0.5)  # the producer is a client waiting on people's workers, not a hot loop

