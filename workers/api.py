"""The Python API for scripts: publish, wait, query the situation, export, status.

    from workers.api import open_sitrep

    with open_sitrep() as s:              # SITREP_REDIS_URL, or the embedded server
        sit = s.situation()
        for story in sit["stories"]:
            print(story["headline"], story["places"], story["sources"])

Everything returns plain dicts and lists (the JSON of CONTRACT.md).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import redis

from events.connection import Settings, check_server, connect, server_url
from events.parsers import ParseOptions, parse_time
from events.producer import Producer, PublishReport, expand_paths, read_input
from events.schema import UpdatePublished
from events.store import EventStore
from workers.fold import Model, Record
from workers.jobs import make_queue
from workers.projector import new_model, rebuild
from workers.readmodel import ReadModelStore

BEHIND_COUNT_MAX = 10_000  # status counts the projector's backlog up to this (it reads the entries)


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class Sitrep:
    """A handle on one sitrep installation (a server and a namespace)."""

    def __init__(self, client: redis.Redis, settings: Settings):
        self.client = client
        self.settings = settings
        self.keys = settings.keys
        self.store = EventStore(client, self.keys)
        self.model_store = ReadModelStore(client, self.keys)

    # ------------------------------------------------------------ writing

    def publish(
        self, paths: list[str], *, fmt: str | None = None, options: ParseOptions | None = None, progress: Any = None
    ) -> PublishReport:
        producer = self.producer()
        report = PublishReport()
        for path in expand_paths(paths):
            name, data = read_input(path)
            report.add(producer.publish_bytes(data, name=name, fmt=fmt, options=options, progress=progress))
        return report

    def producer(self) -> Producer:
        """A producer on this namespace, with the backlog limits of the settings."""
        self.store.ensure_group(self.keys.updates, self.keys.group)
        return Producer(self.store, backlog_max=self.settings.backlog_max, backlog_wait_s=self.settings.backlog_wait_s)

    def rebuild(self) -> dict[str, object]:
        return rebuild(self.client, self.settings)

    # ------------------------------------------------------------ waiting

    def progress(self) -> tuple[int, int]:
        """(updates settled: projected or dead-lettered, updates published)."""
        counters = self.store.counters()
        meta = self.model_store.meta()
        settled = meta["counts"]["updates"] + counters.get("dead", 0) + counters.get("dropped", 0)
        return settled, counters.get("published", 0)

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until everything published so far is in the read model (or dead-lettered)."""
        deadline = time.monotonic() + timeout
        pubsub = self.client.pubsub(ignore_subscribe_messages=True)
        pubsub.subscribe(self.keys.projected_channel)
        try:
            while True:
                settled, published = self.progress()
                if settled >= published:
                    return True
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                # The projector announces each commit; the timeout covers a missed one.
                pubsub.get_message(timeout=min(remaining, 0.5))
        finally:
            pubsub.close()

    # ------------------------------------------------------------ reading

    def rejected(self) -> int:
        return self.store.counters().get("rejected", 0)

    def situation(self, *, as_of: datetime | str | None = None) -> dict[str, Any]:
        """The current situation, or as it stood at `as_of` (folded from the log)."""
        if as_of is None:
            return self.model_store.situation(rejected=self.rejected())
        when = parse_time(as_of, "as_of") if isinstance(as_of, str) else as_of
        return self.model_as_of(when).situation(now=when, rejected=self.rejected())

    def model_as_of(self, when: datetime) -> Model:
        """A model of only the updates that had happened by `when`."""
        model = new_model(self.settings)
        included: set[str] = set()
        for entry in self.store.replay(self.keys.updates):
            event = entry.event
            if isinstance(event, UpdatePublished) and event.published_at <= when and event.id not in included:
                included.add(event.id)
                model.apply(event, entry=entry.id)
        page = []
        for entry in self.store.replay(self.keys.analysis):
            if getattr(entry.event, "update_id", None) in included:
                page.append(entry)
        for entry in page:
            model.apply(entry.event)
        # Links to updates after `when` name records that never complete: they join nothing.
        return model

    def records(self) -> Iterator[tuple[UpdatePublished, Record | None]]:
        """Every accepted update in log order, with its analysis (None if not projected yet)."""
        seen: set[str] = set()
        batch: list[UpdatePublished] = []
        for entry in self.store.replay(self.keys.updates):
            if isinstance(entry.event, UpdatePublished) and entry.event.id not in seen:
                seen.add(entry.event.id)
                batch.append(entry.event)
                if len(batch) >= 1000:
                    yield from self._with_records(batch)
                    batch = []
        yield from self._with_records(batch)

    def _with_records(self, batch: list[UpdatePublished]) -> Iterator[tuple[UpdatePublished, Record | None]]:
        records = self.model_store.records([u.id for u in batch])
        for update in batch:
            yield update, records.get(update.id)

    def export(self) -> Iterator[dict[str, Any]]:
        """One dict per accepted update, as analysed, in log order (CONTRACT: sitrep export)."""
        pairs = list(self.records())  # one pass over the log
        # duplicate_of and story come from the whole model's components
        model = Model().load([rec for _, rec in pairs if rec is not None])
        for update, rec in pairs:
            if rec is None:
                yield {"id": update.id, "source": update.source, "external_id": update.external_id,
                       "published_at": update.published_at.isoformat(), "text": update.text, "projected": False}  # fmt: skip
                continue
            yield {**model.export(model.records[rec.id]), "text": update.text, "projected": True}

    def status(self) -> dict[str, Any]:
        k = self.keys
        r = self.client
        streams: dict[str, Any] = {}
        for name in (k.updates, k.analysis, k.rejects, k.dead):
            try:
                info = r.xinfo_stream(name)
                streams[name] = {"length": info["length"], "last_id": _s(info["last-generated-id"])}
            except redis.ResponseError:
                streams[name] = {"length": 0, "last_id": None}
        groups = []
        with contextlib.suppress(redis.ResponseError):
            for g in r.xinfo_groups(k.updates):
                groups.append({
                    "stream": k.updates, "group": _s(g["name"]), "consumers": g["consumers"],
                    "pending": g["pending"], "lag": g.get("lag"), "last_delivered": _s(g["last-delivered-id"]),
                })  # fmt: skip
        queue = make_queue(r, self.settings)
        meta = self.model_store.meta()
        checkpoint = meta["checkpoint"]
        # Counting reads the entries themselves: past BEHIND_COUNT_MAX it says "at least".
        behind = len(r.xrange(k.analysis, min=f"({checkpoint}" if checkpoint != "0-0" else "-", count=BEHIND_COUNT_MAX + 1))
        behind_capped = behind > BEHIND_COUNT_MAX
        behind = min(behind, BEHIND_COUNT_MAX)
        info_mem = r.info("memory")
        info_persist = r.info("persistence")
        try:
            cfg = r.config_get("maxmemory-policy") | r.config_get("appendfsync")
        except redis.ResponseError:
            cfg = {}
        return {
            "streams": streams,
            "groups": groups,
            "queue": {
                # without RQ's cleanup, which writes: status is a read-only query (a reader ACL user may run it)
                "name": queue.name, "queued": len(queue), "started": queue.started_job_registry.get_job_count(cleanup=False),
                "failed": queue.failed_job_registry.get_job_count(cleanup=False),
                "finished": queue.finished_job_registry.get_job_count(cleanup=False),
            },
            "counters": self.store.counters(),
            "dead_letters": streams[k.dead]["length"],
            "projector": {
                "generation": (gen := self.model_store.current()), "checkpoint": checkpoint, "behind": behind,
                "behind_at_least": behind_capped, "fold_version": self.model_store.fold_version(gen) if gen else None,
                "as_of": meta["as_of"], "lease": _s(r.get(k.projector_lease) or b"") or None,
            },
            "model": meta["counts"],
            "server": {
                "used_memory": info_mem.get("used_memory_human"), "maxmemory": info_mem.get("maxmemory_human"),
                "maxmemory_policy": cfg.get("maxmemory-policy", info_mem.get("maxmemory_policy")),
                "aof_enabled": bool(info_persist.get("aof_enabled")), "appendfsync": cfg.get("appendfsync"),
                "rdb_last_save": info_persist.get("rdb_last_save_time"),
            },
        }  # fmt: skip


@contextlib.contextmanager
def open_sitrep(url: str | None = None, *, settings: Settings | None = None, check: bool = True) -> Iterator[Sitrep]:
    """A Sitrep on `url`, SITREP_REDIS_URL, or the embedded server under SITREP_HOME."""
    settings = settings or Settings.from_env()
    if url is not None:
        settings = Settings(**{**settings.__dict__, "redis_url": url})
    with server_url(settings) as resolved:
        client = connect(resolved)
        if check:
            check_server(client)
        try:
            yield Sitrep(client, settings)
        finally:
            client.close()
