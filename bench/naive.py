"""The naive design, for comparison: one RQ job per update, the default forking rq.Worker.

Each job runs the same analysis for one update (workers.jobs.run_batch with a
single entry id: read it, analyse it against the Redis index, append its four
derived events and ack it in the one Lua step). The worker process loads the
analysis before its first job, so every forked work horse inherits it: the
naive design pays RQ's per-job cost and a fork per update, not a model load.

    python -m bench.naive worker     # what the benchmark starts, with SITREP_* set
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace

import redis
from rq import Queue
from rq.job import get_current_job
from rq.serializers import JSONSerializer
from rq.worker import Worker

from events.connection import Settings
from events.keys import Keys
from workers.analysis import default_analyser
from workers.jobs import run_batch

JOB = "bench.naive.analyse_one"
READY = "naive worker ready"


def queue_name(namespace: str) -> str:
    return f"{namespace}-naive"


def analyse_one(entry_id: str, namespace: str) -> dict[str, int]:
    """One update: analyse it, append its derived events and ack it."""
    job = get_current_job()
    client: redis.Redis = job.connection if job else redis.Redis.from_url(os.environ["SITREP_REDIS_URL"])
    settings = replace(Settings.from_env(), keys=Keys(namespace))
    return run_batch(client, settings, [entry_id], consumer=f"naive-{os.getpid()}")


def make_queue(client: redis.Redis, namespace: str) -> Queue:
    return Queue(queue_name(namespace), connection=client, serializer=JSONSerializer)


def enqueue_one(queue: Queue, entry_id: str, namespace: str) -> None:
    queue.enqueue(JOB, entry_id, namespace, result_ttl=0, job_timeout=600)


def run_worker() -> None:
    settings = Settings.from_env()
    client = redis.Redis.from_url(os.environ["SITREP_REDIS_URL"])
    # inherited by each fork
    default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600, settings.conflict_countries)
    queue = make_queue(client, settings.keys.ns)
    worker = Worker([queue], connection=client, serializer=JSONSerializer)
    sys.stderr.write(f"{READY}\n")
    sys.stderr.flush()
    worker.work(burst=False, logging_level="WARNING")


if __name__ == "__main__":
    if sys.argv[1:] != ["worker"]:
        sys.exit("usage: python -m bench.naive worker")
    run_worker()
