"""RQ jobs: the thin I/O adapter around the pure analysis.

A job carries stream entry ids, never the updates themselves (only ids and
plain data cross the queue, JSON-serialised; no pickle). It reads the entries,
analyses them, and in one Lua step appends the derived events and acks the
entries that were still pending, so a job that runs twice changes nothing.
"""

from __future__ import annotations

import os
import signal
import threading
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

from events.connection import Settings
from events.keys import Keys
from events.schema import DeadLettered, UpdatePublished
from events.store import EventStore, Outcome
from workers import logs
from workers.analysis import Analysed, default_analyser, settle_collector
from workers.index import RedisIndex, story_span

PROCESS_ENTRIES = "workers.jobs.process_entries"
ALLOWED_JOBS = frozenset({PROCESS_ENTRIES})


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


def enqueue_batch(queue: Queue, ids: list[str], settings: Settings) -> Job:
    return queue.enqueue(
        PROCESS_ENTRIES,
        ids,
        settings.keys.ns,
        job_timeout=settings.job_timeout_s,
        result_ttl=0,
        failure_ttl=7 * 24 * 3600,
        description=f"analyse {len(ids)} updates from {ids[0]}",
    )


def worker_name() -> str:
    job = get_current_job()
    return job.worker_name if job and job.worker_name else f"worker-{os.getpid()}"


def process_entries(entry_ids: list[str], namespace: str | None = None) -> dict[str, int]:
    """Analyse a batch of updates-stream entries and commit the results."""
    job = get_current_job()
    client: redis.Redis = job.connection if job else redis.Redis.from_url(os.environ["SITREP_REDIS_URL"])
    settings = Settings.from_env()
    if namespace and namespace != settings.keys.ns:
        settings = replace(settings, keys=Keys(namespace))
    return run_batch(client, settings, entry_ids, consumer=worker_name(), job_id=job.id if job else "-")


def run_batch(
    client: redis.Redis, settings: Settings, entry_ids: list[str], *, consumer: str, job_id: str = "-"
) -> dict[str, int]:
    keys = settings.keys
    store = EventStore(client, keys)
    log = logs.get("sitrep.worker", stage="analyse", batch=len(entry_ids))
    # Claim them: a worker that dies from here on leaves them to be reclaimed. Entries an
    # earlier delivery of this batch acknowledged already are not analysed again.
    live = set(store.touch(keys.group, consumer, entry_ids))
    done_before = len(entry_ids) - len(live)
    entry_ids = [eid for eid in entry_ids if eid in live]
    events = store.fetch(keys.updates, entry_ids)
    attempts = store.attempts(entry_ids)
    entry_of: dict[str, str] = {}
    updates: list[UpdatePublished] = []
    outcomes: list[Outcome] = []
    for eid in entry_ids:
        event = events.get(eid)
        if isinstance(event, UpdatePublished):
            entry_of[event.id] = eid
            updates.append(event)
        else:  # gone or not an update: nothing to analyse, nothing to keep pending
            outcomes.append(Outcome(entry=eid, mode="ok"))
    dedup_s, story_s = settings.dedup_window_h * 3600, settings.story_window_h * 3600
    analyser = default_analyser(dedup_s, story_s)
    index = RedisIndex(
        client, keys, ttl_s=max(dedup_s, story_span(story_s)), dedup_window_s=dedup_s, story_window_s=story_s
    )
    # A chunk's results are committed from a second thread, in order, while the chunks
    # after it are analysed; the last chunk's here, so a batch of one chunk (low rates)
    # needs no thread. A worker that dies between two commits leaves the rest pending
    # for the router to reclaim, as it would a whole batch.
    sent: list[Future[tuple[int, int, int, int]]] = []
    ready = outcomes  # the entries with nothing to analyse go with the first commit
    try:
        for n, chunk in enumerate(analyser.analyse_chunks(updates, index)):
            if n:
                sent.append(_committer().submit(store.commit, keys.group, ready, wake=None))
                ready = []
            ready += [_outcome(result, entry_of[result.update.id], attempts, settings, log) for result in chunk]
        # the last commit tells the router this job is done (RQ's registry lags a moment)
        totals = [future.result() for future in sent] + [store.commit(keys.group, ready, wake=job_id)]
    finally:
        wait(sent)  # no commit outlives its job, also when one of them or the analysis failed
    acked, skipped, failed, dead_count = (sum(column) for column in zip(*totals, strict=True))
    skipped += done_before
    log.info("batch committed", acked=acked, skipped=skipped, failed=failed, dead=dead_count)
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


def run_worker(client: redis.Redis, settings: Settings, *, burst: bool = False, name: str | None = None) -> None:
    """A non-forking RQ worker with the analysis loaded before the first job."""
    log = logs.get("sitrep.worker", role="worker")
    default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600)
    settle_collector()
    queue = make_queue(client, settings)
    lives = 0
    while True:
        worker = SimpleWorker(
            [queue], connection=client, serializer=JSONSerializer, job_class=SafeJob,
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
