"""The router: keeps the workers' RQ queue supplied, and reclaims what dead workers left.

By default it enqueues sessions (jobs.run_session): a job in which a worker reads
batches from the updates stream's consumer group itself with a blocking
XREADGROUP (a light trickle makes small batches, a backlog full ones) for a
bounded time. One session runs on each worker and one more waits, so a worker
goes on reading the moment its session ends. With SITREP_SESSION_S=0 the router
reads each batch itself and enqueues it as a job of its own (RQ's cost then
comes with every batch).

Entries left pending by a worker that died are reclaimed once idle past the
visibility timeout, with exponential back-off for ones that keep failing, and
enqueued as a batch job. The number of jobs in flight is bounded; a finishing
job wakes the router.
"""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections import deque

import redis
from rq import Queue, worker_registration
from rq.executions import Execution

from events.connection import Settings, linger
from events.store import EventStore
from workers import logs
from workers.jobs import enqueue_batch, enqueue_session, make_queue

BLOCK_MS = 1000
WORKERS_CHECK_S = 1.0  # how often the automatic in-flight limit counts the workers
# A full router waits for a finishing job to wake it, but no longer than this (a job can end
# without a commit that wakes it: a killed worker). A job's last commit names the job, so the
# router does not count it while RQ, a moment longer, still lists it as running.
FULL_WAIT_MS = 50


class Router:
    def __init__(self, client: redis.Redis, settings: Settings, *, name: str | None = None):
        self.client = client
        self.settings = settings
        self.keys = settings.keys
        self.store = EventStore(client, self.keys)
        self.queue = make_queue(client, settings)
        self.consumer = name or f"router-{socket.gethostname()}-{os.getpid()}"
        self.stop = threading.Event()
        self.log = logs.get("sitrep.router", role="router", consumer=self.consumer)
        self._last_reclaim = 0.0
        self.enqueued_jobs = 0
        self.reclaimed = 0
        self._workers, self._workers_at = 0, -WORKERS_CHECK_S
        self._finished: deque[str] = deque(maxlen=256)  # ids of jobs whose last commit woke us

    def inflight(self) -> int:
        """Jobs queued, or running and heard from within the visibility timeout.

        A worker killed mid-job leaves its job in RQ's started registry until the
        job timeout runs out; its entries are reclaimed after the visibility
        timeout, so from then on it must not hold an in-flight slot (else a few
        kills stall the router).
        """
        self._note_finished(self.client.lpop(self.keys.wake, 64) or [])
        registry = self.queue.started_job_registry
        composite = [
            f"{job}:{execution}"
            for job, execution in registry.get_job_and_execution_ids()
            if job not in self._finished  # committed; RQ is still filing it away
        ]
        running = 0
        if composite:
            with self.client.pipeline(transaction=False) as pipe:
                for key in composite:
                    pipe.hget(Execution.from_composite_key(key, self.client).key, "last_heartbeat")
                beats = pipe.execute()
            since = time.time() - self.settings.visibility_s
            running = sum(1 for beat in beats if beat is not None and float(beat) >= since)
        return len(self.queue) + running

    def _note_finished(self, tokens: list[bytes]) -> None:
        self._finished.extend(t.decode() for t in tokens if t != b"-")

    def inflight_limit(self) -> int:
        """SITREP_INFLIGHT_JOBS, or by default one job more than the workers serving the queue.

        Each worker then finds its next batch waiting and no more batches wait
        behind it: an update waits for the batches ahead of it, while a backlog
        still fills every batch. The limit follows workers added or stopped.
        """
        if self.settings.inflight_jobs > 0:
            return self.settings.inflight_jobs
        now = time.monotonic()
        if now - self._workers_at >= WORKERS_CHECK_S:
            self._workers, self._workers_at = live_workers(self.client, self.queue), now
        return max(2, self._workers + 1)

    def reclaim(self) -> int:
        """Re-enqueue entries idle past the visibility timeout, backing off ones that keep failing."""
        visibility_ms = int(self.settings.visibility_s * 1000)
        stale = self.store.stale(self.keys.group, visibility_ms, self.settings.batch_max)
        if not stale:
            return 0
        attempts = self.store.attempts([eid for eid, _ in stale])
        due = [eid for eid, idle in stale if idle >= visibility_ms + self.backoff_ms(attempts.get(eid, 0))]
        claimed = self.store.claim(self.keys.group, self.consumer, due, visibility_ms)
        if claimed:
            # ahead of the sessions waiting: it is due now, and behind one it could go stale again
            enqueue_batch(self.queue, claimed, self.settings, at_front=True)
            self.enqueued_jobs += 1
            self.reclaimed += len(claimed)
            self.log.info("reclaimed", entries=len(claimed))
        return len(claimed)

    def backoff_ms(self, failures: int) -> int:
        """Extra wait before retrying an entry that failed `failures` times: doubling."""
        if failures <= 0:
            return 0
        return int(self.settings.backoff_s * 1000 * 2 ** (failures - 1))

    def step(self, block_ms: int = BLOCK_MS) -> int:
        """One round: reclaim when due, then enqueue a session (or read and enqueue one batch).

        Returns the entries enqueued (a session counts as none: its worker reads them).
        """
        moved = 0
        now = time.monotonic()
        if now - self._last_reclaim >= max(0.2, self.settings.visibility_s / 4):
            self._last_reclaim = now
            moved += self.reclaim()
        if self.inflight() >= self.inflight_limit():
            # Wait for a worker to finish (it pushes to the wake list), not a sleep. Sessions
            # are always full, and each one's end wakes the router: no need to look often.
            wait_ms = min(block_ms, BLOCK_MS if self.settings.session_s > 0 else FULL_WAIT_MS)
            woken = self.client.blpop([self.keys.wake], timeout=max(0.001, wait_ms / 1000))
            if woken:
                self._note_finished([woken[1]])
            return moved
        if self.settings.session_s > 0:
            enqueue_session(self.queue, self.settings)
            self.enqueued_jobs += 1
            return moved
        ids = self.store.read_group(self.keys.group, self.consumer, self.settings.batch_max, block_ms)
        if ids:
            enqueue_batch(self.queue, ids, self.settings)
            self.enqueued_jobs += 1
            moved += len(ids)
            if len(ids) < self.settings.batch_max:
                linger(self.settings, self.stop)
        return moved

    def run(self) -> None:
        self.store.ensure_group(self.keys.updates, self.keys.group)
        self.log.info("router ready", stream=self.keys.updates, group=self.keys.group, queue=self.queue.name)
        while not self.stop.is_set():
            try:
                self.step()
            except redis.ConnectionError as err:
                self.log.warning("server unreachable, retrying", error=str(err))
                self.stop.wait(1.0)
        self.log.info("router stopped", jobs=self.enqueued_jobs, reclaimed=self.reclaimed)


def install_stop_handlers(stop: threading.Event) -> None:
    def handler(_signum: int, _frame: object) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def live_workers(client: redis.Redis, queue: Queue) -> int:
    """The workers serving `queue` whose key has not expired.

    RQ's registry (Worker.count) keeps a killed worker's name until a cleanup runs;
    its key expires WORKER_TTL_S after its last heartbeat.
    """
    keys = worker_registration.get_keys(queue=queue)
    return int(client.exists(*keys)) if keys else 0
