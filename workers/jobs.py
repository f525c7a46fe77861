"""RQ jobs: the thin I/O adapter around the pure analysis.

Two jobs, and only plain data crosses the queue (JSON-serialised; no pickle):
- a session (`read_updates`): the worker reads batches from the updates stream's
  consumer group itself, for a bounded time, so RQ's per-job cost is paid once
  for many batches;
- a batch (`process_entries`): entry ids, never the updates themselves, that the
  router reclaimed from a dead worker (or read itself with SITREP_SESSION_S=0).
Either way the updates are analysed and, in one Lua step, the derived events
appended and the entries that were still pending acked, so an entry delivered
twice changes nothing.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import msgspec
import redis
import structlog
from rq import Queue
from rq.job import Job, get_current_job
from rq.serializers import JSONSerializer
from rq.worker import SimpleWorker

from events.connection import Settings, linger
from events.keys import Keys
from events.schema import AnyEvent, DeadLettered, UpdatePublished
from events.store import EventStore, Outcome
from workers import logs
from workers.analysis import Analysed, default_analyser, settle_collector
from workers.index import RedisIndex, story_span

PROCESS_ENTRIES = "workers.jobs.process_entries"
READ_UPDATES = "workers.jobs.read_updates"
ALLOWED_JOBS = frozenset({PROCESS_ENTRIES, READ_UPDATES})
READ_BLOCK_S = 1.0  # a session's longest blocking read: how soon it sees a stop request
# set when the worker is asked to stop (SIGTERM, SIGINT): a session ends at its next read
stop_requested = threading.Event()


class UnsafeJob(RuntimeError):
    """A job asked to run a function that is not one of sitrep's own."""


class SafeJob(Job):
    """An RQ job that may only call sitrep's own job functions."""

    @property
    def func(self) -> Any:
        if self.func_name not in ALLOWED_JOBS or self.instance is not None:
            raise UnsafeJob(f"refusing to run {self.func_name!r}: only {sorted(ALLOWED_JOBS)} may run")
        return super().func


def make_queue(client: redis.Redis, settings: Settings) -> Queue:
    return Queue(settings.keys.queue, connection=client, serializer=JSONSerializer, job_class=SafeJob)


def enqueue_batch(queue: Queue, ids: list[str], settings: Settings, *, at_front: bool = False) -> Job:
    return _enqueue(queue, settings, PROCESS_ENTRIES, (ids, settings.keys.ns),
                    f"analyse {len(ids)} updates from {ids[0]}", at_front=at_front)  # fmt: skip


def enqueue_session(queue: Queue, settings: Settings) -> Job:
    """A worker's session (run_session): bounded by the visibility timeout, since RQ lists a
    job as running by its start (a non-forking worker sends no heartbeat meanwhile)."""
    session_s = min(settings.session_s, settings.visibility_s / 2)
    return _enqueue(queue, settings, READ_UPDATES, (settings.keys.ns, session_s, settings.session_idle_s),
                    f"read and analyse updates for up to {session_s:g} s")  # fmt: skip


def _enqueue(
    queue: Queue, settings: Settings, func: str, args: tuple[Any, ...], description: str, *, at_front: bool = False
) -> Job:
    """Every sitrep job: no result kept, failures kept a week for `rq info` and the dashboard."""
    return queue.enqueue(
        func, *args, at_front=at_front, job_timeout=settings.job_timeout_s, result_ttl=0,
        failure_ttl=7 * 24 * 3600, description=description,
    )  # fmt: skip


def worker_name() -> str:
    job = get_current_job()
    return job.worker_name if job and job.worker_name else f"worker-{os.getpid()}"


def process_entries(entry_ids: list[str], namespace: str | None = None) -> dict[str, int]:
    """Analyse a batch of updates-stream entries and commit the results."""
    job, client, settings = _job_context(namespace)
    return run_batch(client, settings, entry_ids, consumer=worker_name(), job_id=job.id if job else "-")


def read_updates(namespace: str, session_s: float, idle_s: float) -> dict[str, int]:
    """A worker's session: read and analyse batches from the updates stream (run_session)."""
    job, client, settings = _job_context(namespace)
    return run_session(
        client, settings, consumer=worker_name(), job_id=job.id if job else "-",
        session_s=session_s, idle_s=idle_s, stopping=stop_requested,
    )  # fmt: skip


def _job_context(namespace: str | None) -> tuple[Job | None, redis.Redis, Settings]:
    job = get_current_job()
    client: redis.Redis = job.connection if job else redis.Redis.from_url(os.environ["SITREP_REDIS_URL"])
    settings = Settings.from_env()
    if namespace and namespace != settings.keys.ns:
        settings = replace(settings, keys=Keys(namespace))
    return job, client, settings


def run_batch(
    client: redis.Redis, settings: Settings, entry_ids: list[str], *, consumer: str, job_id: str = "-"
) -> dict[str, int]:
    """Analyse entries another consumer read (the router, or its reclaim) and commit the results."""
    keys = settings.keys
    batches = Batches(client, settings)
    store = batches.store
    # Claim them: a worker that dies from here on leaves them to be reclaimed. Entries an
    # earlier delivery of this batch acknowledged already are not analysed again.
    live = set(store.touch(keys.group, consumer, entry_ids))
    done_before = len(entry_ids) - len(live)
    entry_ids = [eid for eid in entry_ids if eid in live]
    events = store.fetch(keys.updates, entry_ids)
    entries = [(eid, events.get(eid)) for eid in entry_ids]
    counts = batches.run(entries, store.attempts(entry_ids), wake=job_id)
    counts["skipped"] += done_before
    batches.log.info("batch committed", batch=len(entries) + done_before, **counts)
    return counts


def run_session(
    client: redis.Redis, settings: Settings, *, consumer: str, job_id: str = "-",
    session_s: float, idle_s: float, stopping: threading.Event | None = None,
) -> dict[str, int]:  # fmt: skip
    """Read batches from the updates stream's group and analyse them, for up to `session_s`.

    One RQ job for many batches: RQ's own cost (about 4 ms and 57 server commands a job)
    would otherwise come with every small batch of a light stream. The blocking read
    hands a worker whatever arrived, one update or a full batch. The session ends at its
    deadline, after `idle_s` with nothing to read, or when the worker is asked to stop;
    its end wakes the router, which keeps a session queued for each worker.
    """
    keys = settings.keys
    batches = Batches(client, settings)
    store = batches.store
    totals = {"acked": 0, "skipped": 0, "failed": 0, "dead": 0, "batches": 0, "updates": 0}
    deadline = time.monotonic() + session_s
    idle_until = time.monotonic() + idle_s
    while stopping is None or not stopping.is_set():
        now = time.monotonic()
        wait_s = min(deadline, idle_until) - now
        if wait_s <= 0:
            break
        # never block past the deadline, and wake at least every READ_BLOCK_S to see a stop
        block_ms = max(1, int(min(wait_s, READ_BLOCK_S) * 1000))
        entries = store.read_group_events(keys.group, consumer, settings.batch_max, block_ms)
        if not entries:
            continue
        # entries read with '>' were never delivered before: no attempts to look up
        counts = batches.run(entries, {}, wake=None)
        batches.log.debug("batch committed", batch=len(entries), **counts)
        for name, value in counts.items():
            totals[name] += value
        totals["batches"] += 1
        totals["updates"] += len(entries)
        idle_until = time.monotonic() + idle_s
        if len(entries) < settings.batch_max:
            linger(settings, stopping)
    store.commit(keys.group, [], wake=job_id)  # the router counts this session as done
    if totals["batches"]:  # one line a session; each batch's at debug
        batches.log.info("session committed", **totals)
    return totals


class Batches:
    """Analyses batches of entries and commits their outcomes, with one store, index and logger
    for all the batches of a job (a session's are often of one update: set-up would cost more
    than the batch)."""

    def __init__(self, client: redis.Redis, settings: Settings):
        self.settings = settings
        self.store = EventStore(client, settings.keys)
        self.log = logs.get("sitrep.worker", stage="analyse")
        dedup_s, story_s = settings.dedup_window_h * 3600, settings.story_window_h * 3600
        self.analyser = default_analyser(dedup_s, story_s, settings.conflict_countries)
        self.index = RedisIndex(
            client, settings.keys, ttl_s=max(dedup_s, story_span(story_s)),
            dedup_window_s=dedup_s, story_window_s=story_s,
        )  # fmt: skip

    def run(
        self, entries: Sequence[tuple[str, AnyEvent | None]], attempts: dict[str, int], *, wake: str | None
    ) -> dict[str, int]:
        """Analyse the updates among `entries` (entry id, event) and commit every entry's outcome.

        `wake`: the job id the last commit hands the router (None: the job goes on after this).
        """
        store, group = self.store, self.settings.keys.group
        entry_of: dict[str, str] = {}
        updates: list[UpdatePublished] = []
        outcomes: list[Outcome] = []
        for eid, event in entries:
            if isinstance(event, UpdatePublished):
                entry_of[event.id] = eid
                updates.append(event)
            else:  # gone or not an update: nothing to analyse, nothing to keep pending
                outcomes.append(Outcome(entry=eid, mode="ok"))
        # A chunk's results are committed from a second thread, in order, while the chunks
        # after it are analysed; the last chunk's here, so a batch of one chunk (low rates)
        # needs no thread. A worker that dies between two commits leaves the rest pending
        # for the router to reclaim, as it would a whole batch.
        sent: list[Future[tuple[int, int, int, int]]] = []
        ready = outcomes  # the entries with nothing to analyse go with the first commit
        try:
            for n, chunk in enumerate(self.analyser.analyse_chunks(updates, self.index)):
                if n:
                    sent.append(_committer().submit(store.commit, group, ready, wake=None))
                    ready = []
                ready += [
                    _outcome(result, entry_of[result.update.id], attempts, self.settings, self.log)
                    for result in chunk
                ]
            # the last commit tells the router this job is done (RQ's registry lags a moment)
            totals = [future.result() for future in sent] + [store.commit(group, ready, wake=wake)]
        finally:
            wait(sent)  # no commit outlives its job, also when one of them or the analysis failed
        acked, skipped, failed, dead_count = (sum(column) for column in zip(*totals, strict=True))
        return {"acked": acked, "skipped": skipped, "failed": failed, "dead": dead_count}


def _outcome(result: Analysed, eid: str, attempts: dict[str, int], settings: Settings, log: Any) -> Outcome:
    if result.failure is None:
        return Outcome(entry=eid, mode="ok", events=result.events)
    tries = attempts.get(eid, 0) + 1
    error = msgspec.json.encode({"error": result.failure.error, "attempts": tries}).decode()
    structlog.contextvars.bind_contextvars(event_id=result.update.id)
    log.warning("stage failed", update_id=result.update.id, entry=eid, error=result.failure.error, attempt=tries)
    structlog.contextvars.unbind_contextvars("event_id")
    if tries < settings.max_attempts:
        return Outcome(entry=eid, mode="fail", error=error)
    dead = DeadLettered(
        update_id=result.update.id, entry_id=eid, error=result.failure.error,
        traceback=result.failure.traceback, attempts=tries, failed_at=datetime.now(UTC),
    )  # fmt: skip
    return Outcome(entry=eid, mode="dead", events=(dead,), error=error)


_commit_thread: tuple[int, ThreadPoolExecutor] | None = None


def _committer() -> ThreadPoolExecutor:
    """One commit thread per process (a forked work horse starts its own): commits keep their order."""
    global _commit_thread
    if _commit_thread is None or _commit_thread[0] != os.getpid():
        _commit_thread = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-commit"))
    return _commit_thread[1]


# How long a worker's key outlives its last heartbeat (RQ's default is 420 s): the router counts
# the workers whose key is there, so a killed worker stops counting within about two minutes.
# An idle worker beats every WORKER_TTL_S - 15 s; a running job's beat lasts the job's timeout.
WORKER_TTL_S = 60


class SitrepWorker(SimpleWorker):
    """RQ's non-forking worker, with a warm stop: a running job finishes what it is doing.

    RQ 3's non-forking worker, asked to stop (SIGTERM, SIGINT) during a job, raises
    StopRequested inside the job, wherever it is. Here the job is let be instead: a
    session ends at its next read (within READ_BLOCK_S, after committing its batch),
    a batch job commits its batch; then the worker stops. A second signal still stops
    it at once (RQ's cold stop), and what was not committed is reclaimed as ever.
    """

    _in_job = False

    def execute_job(self, job: Job, queue: Queue) -> None:
        self._in_job = True
        try:
            super().execute_job(job, queue)
        finally:
            self._in_job = False

    def request_stop(self, signum: int, frame: Any) -> None:
        stop_requested.set()
        if not self._in_job:
            super().request_stop(signum, frame)  # idle: RQ stops at once
            return
        self._shutdown_requested_date = datetime.now(UTC)
        self._stop_requested = True  # RQ's work loop stops after this job
        signal.signal(signal.SIGINT, self.request_force_stop)
        signal.signal(signal.SIGTERM, self.request_force_stop)


def run_worker(client: redis.Redis, settings: Settings, *, burst: bool = False, name: str | None = None) -> None:
    """A non-forking RQ worker with the analysis loaded before the first job."""
    log = logs.get("sitrep.worker", role="worker")
    default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600, settings.conflict_countries)
    settle_collector()
    queue = make_queue(client, settings)
    lives = 0
    while True:
        worker = SitrepWorker(
            [queue], connection=client, serializer=JSONSerializer, job_class=SafeJob, worker_ttl=WORKER_TTL_S,
            name=name if lives == 0 or name is None else f"{name}-{lives}",
        )  # fmt: skip
        log.info("worker ready", queue=queue.name, name=worker.name)
        try:
            worker.work(burst=burst, with_scheduler=False, logging_level="WARNING")
        except KeyboardInterrupt:
            return
        except redis.ConnectionError as err:  # RQ's teardown could not reach the server either
            log.warning("server unreachable", error=str(err))
        if burst or worker._stop_requested or worker._shutdown_requested_date is not None:
            return
        # RQ's loop quits when the server goes away mid-job (a restart): the job's
        # entries stay pending and the router reclaims them. Wait for the server, work on.
        lives += 1
        log.warning("work loop ended unexpectedly; waiting for the server", restarts=lives)
        if not _wait_for_server(client):
            return


def _wait_for_server(client: redis.Redis) -> bool:
    """Block until the server answers again; False if a stop was asked for meanwhile."""
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        delay = 0.5  # a pause first: no tight loop if RQ's loop keeps quitting
        while not stop.wait(delay):
            try:
                if client.ping():
                    return True
            except redis.RedisError:  # refused, or still loading its AOF
                pass
            delay = min(delay * 2, 2.0)
        return False
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
