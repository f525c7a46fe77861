"""Run the real roles in this process, one step at a time, until the pipeline is drained."""

from __future__ import annotations

import redis
from rq.serializers import JSONSerializer
from rq.worker import SimpleWorker

from events.connection import Settings
from workers.api import Sitrep
from workers.jobs import SafeJob, make_queue
from workers.projector import Projector
from workers.router import Router


def drain(client: redis.Redis, settings: Settings, *, rounds: int = 200) -> Projector:
    """Route, work and project until every published update is settled."""
    router = Router(client, settings, name="router-test")
    router.store.ensure_group(settings.keys.updates, settings.keys.group)
    projector = Projector(client, settings, name="projector-test")
    projector.load()
    queue = make_queue(client, settings)
    worker = SimpleWorker([queue], connection=client, serializer=JSONSerializer, job_class=SafeJob)
    s = Sitrep(client, settings)
    for _ in range(rounds):
        while router.step(block_ms=1):
            pass
        worker.work(burst=True, with_scheduler=False)
        while projector.step(block_ms=None):
            pass
        settled, published = s.progress()
        if settled >= published and len(queue) == 0:
            return projector
    raise AssertionError(f"pipeline did not drain: {s.progress()}")
