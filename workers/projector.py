"""The projector: folds the analysis stream, in log order, into the read model.

It keeps the model in memory, tails the analysis stream with blocking reads,
and after each batch writes what changed together with its checkpoint in one
transaction. One projector is live at a time (a lease); a second one waits as
a standby. `rebuild` replays the whole log into a fresh generation and swaps
it in; the live projector notices and reloads.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import socket
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import timedelta
from multiprocessing.connection import Connection
from typing import Protocol

import redis

from events import codec
from events.connection import Settings, linger
from events.store import Entry, EventStore, read_in_thread
from workers import logs
from workers.fold import FOLD_VERSION, Model, RecordFold, record_page_decoder
from workers.index import story_span
from workers.readmodel import LEASE_MS, LostLease, NextRead, ReadModelStore, StaleGeneration, encode_records

PAGE = 2000
# a rebuild's pages: the views' process waits for the first and finishes the last alone (smaller: shorter ends)
REBUILD_PAGE = 1000
# pages the records process may have folded that the views' process has not taken yet (memory: ~400 KB each)
PAGES_AHEAD_OF_VIEWS = 8
BLOCK_MS = 1000


def retention(settings: Settings) -> timedelta:
    """How far behind the newest event time the projector keeps story members (Model.evict)."""
    hours = settings.retention_h or 2 * max(settings.dedup_window_h, story_span(settings.story_window_h * 3600) / 3600)
    return timedelta(hours=hours)


def new_model(settings: Settings) -> Model:
    """The projector's model: it lets go of each record once the read model has it, and of
    story members once they are older than the retention."""
    return Model(
        alert_expiry=timedelta(minutes=settings.alert_expiry_min), keep_records=False, retention=retention(settings)
    )


class Fold(Protocol):
    """What folds events: the whole model, or a rebuild's records alone (RecordFold)."""

    def apply(self, event: object, *, entry: str = "") -> object: ...


def fold_entries(store: EventStore, model: Fold, entries: Iterable[Entry]) -> int:
    """Fold analysis entries (read for the fold), fetching each update's published event from the log.
    Returns the count of rejected inputs, read with them (the meta view shows it)."""
    with codec.gc_paused():
        return _fold_entries(store, model, list(entries))


def _fold_entries(store: EventStore, model: Fold, entries: list[Entry]) -> int:
    rejected, published = store.fold_inputs(_updates_begun(entries))
    _apply(model, entries, published)
    return rejected


def _updates_begun(entries: list[Entry]) -> list[str]:
    """The updates whose published events folding these entries needs: those enriched among them."""
    return [uid for e in entries if (uid := getattr(e.event, "update_id", None)) and _tag(e.event) == "update.enriched"]


def _apply(model: Fold, entries: list[Entry], published: dict[str, codec.AnyFolded]) -> None:
    for position, event in published.items():
        if _tag(event) == "update.published":
            model.apply(event, entry=position)
    for entry in entries:
        model.apply(entry.event)


def _tag(event: object) -> str:
    return type(event).__struct_config__.tag  # type: ignore[attr-defined]


def rejected_count(store: EventStore) -> int:
    value = store.r.hget(store.keys.counters, "rejected")
    return int(value) if value is not None else 0


class Projector:
    def __init__(self, client: redis.Redis, settings: Settings, *, name: str | None = None):
        self.client = client
        self.settings = settings
        self.keys = settings.keys
        self.store = EventStore(client, self.keys)
        self.rm = ReadModelStore(client, self.keys)
        self.name = name or f"projector-{socket.gethostname()}-{os.getpid()}"
        self.stop = threading.Event()
        self.log = logs.get("sitrep.projector", role="projector")
        self.model = new_model(settings)
        self.gen = 0
        self.checkpoint = "0-0"
        self.folded = 0
        self._lease_renewed = -math.inf  # time.monotonic() of the last renewal (each write renews it)
        # the entries read in the last write's round trip, and whether that read blocked (`step`)
        self._carried: tuple[list[Entry], bool] | None = None

    @property
    def lease_key(self) -> str:
        return self.keys.projector_lease

    def hold_lease(self) -> bool:
        """Take or renew the lease; False when another projector holds it."""
        held = self.rm.hold_lease(self.name)
        if held:
            self._lease_renewed = time.monotonic()
        return held

    def load(self) -> None:
        gen = self.rm.current()
        if gen and (folded_by := self.rm.fold_version(gen)) != FOLD_VERSION:
            # another version's records and views: the log is the truth, fold it again (the
            # stale generation stays live meanwhile)
            self.log.warning("read model folded by another version, rebuilding", generation=gen,
                             folded_by=folded_by, fold_version=FOLD_VERSION)  # fmt: skip
            rebuild(self.client, self.settings, heartbeat=self._keep_lease)
            gen = self.rm.current()
        if gen == 0:
            gen = self.rm.new_generation()
            self.rm.swap(gen)
        self.gen = gen
        self._carried = None
        self.model = new_model(self.settings)
        self.checkpoint = self.rm.load(gen, self.model)
        self.log.info("model loaded", generation=gen, checkpoint=self.checkpoint, records=len(self.model.records))

    def _lease_due(self) -> bool:
        """A quarter of the lease has passed since the last renewal: time to renew it."""
        return time.monotonic() - self._lease_renewed >= LEASE_MS / 4000

    def _keep_lease(self) -> None:
        """Renew the lease during a long task (a rebuild), as an idle projector does."""
        if self._lease_due() and not self.hold_lease():
            raise LostLease(self.name)

    def step(self, block_ms: int | None = BLOCK_MS) -> int:
        """Fold and commit one batch; returns the entries folded.

        Unless the projector lingers between batches, each write carries the next read in
        its round trip (a step makes three round trips, not four): the next step folds
        what it read, or, if that read blocked and found nothing, returns 0 as its own
        read would have; a non-blocking one that found nothing is made again.
        """
        carried, self._carried = self._carried, None
        if carried is not None and (carried[0] or carried[1]):
            entries = carried[0]
        else:
            entries = self.store.read_after(self.keys.analysis, self.checkpoint, PAGE, block_ms)
        if not entries:
            return 0
        rejected = fold_entries(self.store, self.model, entries)
        next_read = NextRead(self.store, self.keys.analysis, PAGE, block_ms) if self.settings.linger_ms <= 0 else None
        try:
            sent = time.monotonic()  # the write renews the lease before its read blocks
            following = self.rm.write(
                self.gen, self.model, entries[-1].id, rejected=rejected, lease=self.name, next_read=next_read
            )
            self._lease_renewed = sent
        except StaleGeneration:
            self.log.info("read model swapped by a rebuild, reloading")
            self.load()
            return 0
        self.checkpoint = entries[-1].id
        self.folded += len(entries)
        self.model.evict()
        if following is not None:
            self._carried = (following, block_ms is not None)
        return len(entries)

    def run(self) -> None:
        self.log.info("projector starting", stream=self.keys.analysis)
        leader = False
        while not self.stop.is_set():
            try:
                # each write renews the lease: an idle projector renews it itself
                if (not leader or self._lease_due()) and not self.hold_lease():
                    if leader:
                        self.log.warning("lost the projector lease")
                    leader = False
                    self.stop.wait(LEASE_MS / 4000)
                    continue
                if not leader:
                    leader = True
                    self.load()
                if 0 < self.step() < PAGE:
                    linger(self.settings, self.stop)
            except LostLease:
                self.log.warning("lost the projector lease")
                leader = False
            except redis.ConnectionError as err:
                self.log.warning("server unreachable, retrying", error=str(err))
                leader = False
                self.stop.wait(1.0)
        if leader:
            self.client.delete(self.lease_key)
        self.log.info("projector stopped", folded=self.folded)


def rebuild(
    client: redis.Redis, settings: Settings, *, heartbeat: Callable[[], None] | None = None
) -> dict[str, object]:
    """Replay the log into a fresh read model and swap it in (`heartbeat`, if given, is called after each page).

    Two processes share the work: a forked one folds each update's record
    (`RecordFold`: reading and decoding the log, filling records, encoding and
    writing them page by page) and sends each page's completed records to this
    one, which joins them to the views (`Model.activate`) and writes the views
    (stories, places, alerts, meta) once at the end: the generation is not live
    yet. The model forgets nothing meanwhile (Model.evict): the live
    projector's reload of the new generation does. A failure of either drops
    the generation, once the records process is gone.
    """
    store = EventStore(client, settings.keys)
    rm = ReadModelStore(client, settings.keys)
    gen = rm.new_generation()
    model = new_model(settings)
    checkpoint = "0-0"
    folded = 0
    receiver, sender = _FORK.Pipe(duplex=False)
    records = _FORK.Process(
        target=_fold_records, args=(client, settings, gen, sender), name="rebuild-records", daemon=True
    )
    try:
        # a growing model of acyclic objects: the cyclic GC would only walk it again and again
        with codec.gc_paused():
            records.start()
            sender.close()  # so that the records process's end is an EOF here
            while (page := _receive(receiver)) is not None:
                checkpoint, count, blob = page
                model.activate(record_page_decoder.decode(blob))
                folded += count
                if heartbeat is not None:
                    heartbeat()
            records.join()
            if records.exitcode != 0:
                raise RuntimeError(f"the rebuild's records process ended with exit code {records.exitcode}")
            rm.write(gen, model, checkpoint, watch_current=False, rejected=rejected_count(store))
    except BaseException:
        if records.pid is not None:
            records.terminate()  # no records may land in the generation after it is dropped
            records.join()
        rm.drop(gen)
        raise
    finally:
        receiver.close()
    old = rm.swap(gen)
    return {"generation": gen, "replaced": old, "events": folded, "checkpoint": checkpoint}


# fork: the records process starts at once, with this one's code and settings (no imports again)
_FORK = multiprocessing.get_context("fork")
_FAILED = "failed"


def _receive(receiver: Connection) -> tuple[str, int, bytes] | None:
    """The records process's next page: (checkpoint, entries, its completed records as one JSON array); None at the end."""
    try:
        message = receiver.recv()
    except EOFError:
        raise RuntimeError("the rebuild's records process ended before the end of the log") from None
    if isinstance(message, tuple) and message[0] == _FAILED:
        raise RuntimeError(f"the rebuild's records process failed:\n{message[1]}")
    return message


def _fold_records(client: redis.Redis, settings: Settings, gen: int, sender: Connection) -> None:
    """The rebuild's records process: each page's records folded, sent to the views' process and written.

    One writer thread sends a page's records to the server while the next page is
    folded (one page in flight). Another hands pages to the views' process: a page
    (about 400 KB) does not fit in a pipe's buffer, and sent from here, folding
    would wait for each page until the views' process had joined the one before
    (a third of this process's time, 2026-11-29).
    """
    try:
        client = _own_client(client)
        store = EventStore(client, settings.keys)
        rm = ReadModelStore(client, settings.keys)
        fold = RecordFold()
        with (
            codec.gc_paused(),
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="rebuild-writer") as writer,
            ThreadPoolExecutor(max_workers=1, thread_name_prefix="rebuild-sender") as handing,
        ):
            in_flight: Future[None] | None = None
            handed: deque[Future[None]] = deque()
            for page, published in read_in_thread(_pages_and_inputs(store, settings.keys.analysis)):
                _apply(fold, page, published)
                encoded = encode_records(fold.take())
                checkpoint = page[-1].id
                handed.append(handing.submit(sender.send, (checkpoint, len(page), b"[" + b",".join(encoded.values()) + b"]")))
                if len(handed) > PAGES_AHEAD_OF_VIEWS:
                    handed.popleft().result()
                if in_flight is not None:
                    in_flight.result()
                in_flight = writer.submit(rm.write_records, gen, encoded, checkpoint, watch_current=False)
            if in_flight is not None:
                in_flight.result()
            while handed:
                handed.popleft().result()
        sender.send(None)
    except BaseException:
        sender.send((_FAILED, traceback.format_exc()))
        raise
    finally:
        sender.close()


def _pages_and_inputs(store: EventStore, stream: str) -> Iterator[tuple[list[Entry], dict[str, codec.AnyFolded]]]:
    """The log's pages, decoded, each with its updates' published events: a thread of the records process
    reads them (read_in_thread) while the page before is folded, so that folding never waits on the server."""
    for page in store.fold_pages(stream, page=REBUILD_PAGE, raw_links=True):
        yield page, store.fold_inputs(_updates_begun(page))[1]


def _own_client(client: redis.Redis) -> redis.Redis:
    """A client of a forked process: the same server and options, connections of its own (never the parent's sockets)."""
    pool = client.connection_pool
    return redis.Redis(connection_pool=redis.ConnectionPool(connection_class=pool.connection_class, **pool.connection_kwargs))
