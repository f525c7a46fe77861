"""`sitrep analyze`: the whole analysis in this one process, no server.

The same parsers, stages and fold as the pipeline, with the in-memory index:
a quick offline check, and the in-process baseline of the benchmarks.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from events.parsers import ParseOptions, idempotency_keys, parse
from events.producer import expand_paths, read_input
from events.schema import UpdatePublished
from workers.analysis import default_analyser, settle_collector
from workers.fold import Model
from workers.index import MemoryIndex

BATCH = 500
DEDUP_WINDOW_H = 72.0
STORY_WINDOW_H = 6.0


def preload(conflict_setting: tuple[str, ...] = ()) -> None:
    """Load the analysis with the default windows, then settle the collector, as a worker does."""
    default_analyser(DEDUP_WINDOW_H * 3600, STORY_WINDOW_H * 3600, conflict_setting)
    settle_collector()


def accepted_updates(paths: list[str], *, fmt: str | None = None, options: ParseOptions | None = None) -> list[UpdatePublished]:
    """What the producer would append, in order: valid, and each record once."""
    seen: set[str] = set()
    out: list[UpdatePublished] = []
    for path in expand_paths(paths):
        name, data = read_input(path)
        for record in parse(data, name=name, fmt=fmt, options=options):
            if not isinstance(record, UpdatePublished):
                continue
            keys = idempotency_keys(record)
            if any(k in seen for k in keys):
                continue
            seen.update(keys)
            out.append(record)
    return out


def analyse_in_process(
    updates: list[UpdatePublished],
    *,
    dedup_window_h: float = DEDUP_WINDOW_H,
    story_window_h: float = STORY_WINDOW_H,
    alert_expiry_min: float = 30.0,
    conflict_setting: tuple[str, ...] = (),
) -> Model:
    analyser = default_analyser(dedup_window_h * 3600, story_window_h * 3600, conflict_setting)
    index = MemoryIndex(dedup_window_h * 3600, story_window_h * 3600)
    model = Model(alert_expiry=timedelta(minutes=alert_expiry_min))
    for first in range(0, len(updates), BATCH):
        for result in analyser.analyse(updates[first : first + BATCH], index):
            model.apply(result.update)
            for event in result.events:
                model.apply(event)
    return model


def analyze_paths(
    paths: list[str], *, fmt: str | None = None, options: ParseOptions | None = None, conflict_setting: tuple[str, ...] = ()
) -> Iterator[dict[str, Any]]:
    updates = accepted_updates(paths, fmt=fmt, options=options)
    model = analyse_in_process(updates, conflict_setting=conflict_setting)
    for update in updates:
        rec = model.records[update.id]
        if rec.complete:
            yield {**model.export(rec), "text": update.text, "projected": True}
