"""The whole pipeline on a real server: producer -> router -> RQ worker -> projector -> read model."""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace

import pytest
import redis
from rq.worker import SimpleWorker

from events.connection import Settings
from events.parsers import parse
from events.schema import UpdatePublished
from events.store import EventStore
from tests.conftest import SEED
from tests.pipeline import drain
from workers import api
from workers import router as router_module
from workers.api import Sitrep
from workers.projector import rebuild
from workers.router import Router

KHARKIV, KYIV, VASYLKIV, GOMEL = "geonames:706483", "geonames:703448", "geonames:690412", "geonames:627907"


def publish_seed(client: redis.Redis, settings: Settings) -> Sitrep:
    s = Sitrep(client, settings)
    report = s.publish([str(SEED)])
    assert (report.published, report.rejected) == (16, 0)
    return s


def test_seed_facts_end_to_end(client: redis.Redis, settings: Settings):
    """The seed gives Kharkiv, Kyiv, Vasylkiv and Gomel with coordinates, one child killed, Kyiv's alert, and talks rejected."""
    s = publish_seed(client, settings)
    drain(client, settings)
    sit = s.situation()
    assert sit["counts"]["updates"] == 16
    places = {p["id"]: p for p in sit["places"]}
    for pid, lat, lon in ((KHARKIV, 49.98, 36.25), (KYIV, 50.45, 30.52), (VASYLKIV, 50.18, 30.32), (GOMEL, 52.43, 30.98)):
        assert pid in places, pid
        assert abs(places[pid]["lat"] - lat) < 0.1 and abs(places[pid]["lon"] - lon) < 0.1
    assert sit["casualties"]["killed"] == 1
    hospital = [st for st in sit["stories"] if st["casualties"]["killed"] == 1]
    assert len(hospital) == 1 and KYIV in hospital[0]["places"]
    alerts = {a["place"]: a for a in sit["alerts"]}
    assert alerts[KYIV]["active"]
    talks = sit["negotiations"]
    statuses = [h["status"] for h in talks["history"]]
    assert statuses[0] == "proposed" and talks["status"] == "rejected"
    assert statuses.index("rejected") > statuses.index("proposed")
    assert talks["venue_id"] == "iso3166:BY"  # the rejected venue: Belarus, not the sides' capitals
    kharkiv_story = next(st for st in sit["stories"] if KHARKIV in st["places"] and "territorial_control" in st["types"])
    assert {"el", "en"} <= set(kharkiv_story["languages"])  # the Greek paragraph and the English post
    assert "Twitter" in kharkiv_story["sources"]


def test_seed_forms_seven_stories(client: redis.Redis, settings: Settings):
    """The seed's sixteen updates form its seven stories."""
    s = publish_seed(client, settings)
    drain(client, settings)
    assert s.situation()["counts"]["stories"] == 7


def test_republishing_changes_nothing(client: redis.Redis, settings: Settings):
    """Publishing the same input again appends nothing and leaves the situation as it was."""
    s = publish_seed(client, settings)
    drain(client, settings)
    before = s.situation()
    report = s.publish([str(SEED)])
    assert (report.published, report.already) == (0, 16)
    drain(client, settings)
    assert s.situation() == before
    assert client.xlen(settings.keys.updates) == 16


def test_rebuild_gives_an_identical_model(client: redis.Redis, settings: Settings):
    """Replaying the log into a fresh read model gives the same situation and export."""
    s = publish_seed(client, settings)
    drain(client, settings)
    before, export_before = s.situation(), list(s.export())
    result = rebuild(client, settings)
    assert result["events"] == client.xlen(settings.keys.analysis)
    assert s.situation() == before
    assert list(s.export()) == export_before


def test_running_a_job_twice_changes_nothing(client: redis.Redis, settings: Settings):
    """A batch whose job runs again (a redelivery) appends no derived event twice."""
    from workers.jobs import run_batch

    s = publish_seed(client, settings)
    store = EventStore(client, settings.keys)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    ids = store.read_group(settings.keys.group, "r", 100, block_ms=None)
    first = run_batch(client, settings, ids, consumer="w1")
    second = run_batch(client, settings, ids, consumer="w2")
    assert first["acked"] == 16 and second == {"acked": 0, "skipped": 16, "failed": 0, "dead": 0}
    assert client.xlen(settings.keys.analysis) == 16 * 4
    drain(client, settings)
    assert s.situation()["counts"]["updates"] == 16


def test_a_batch_of_several_chunks_commits_each_in_order(client: redis.Redis, settings: Settings, tmp_path):
    """Chunks commit from a second thread while the next is analysed: derived events in entry order, once."""
    from bench import gen
    from events.codec import from_fields
    from workers.analysis import PIPELINE_CHUNK
    from workers.jobs import run_batch
    from workers.offline import accepted_updates

    updates = accepted_updates([str(gen.write_jsonl(tmp_path / "feed.jsonl", 3 * PIPELINE_CHUNK + 30, seed=5))])
    store = EventStore(client, settings.keys)
    store.append_updates(updates)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    ids = store.read_group(settings.keys.group, "r", len(updates), block_ms=None)
    assert len(ids) == len(updates) > 3 * PIPELINE_CHUNK
    first = run_batch(client, settings, ids, consumer="w1")
    second = run_batch(client, settings, ids, consumer="w2")
    assert first == {"acked": len(ids), "skipped": 0, "failed": 0, "dead": 0}
    assert second == {"acked": 0, "skipped": len(ids), "failed": 0, "dead": 0}
    derived = [from_fields(f) for _, f in client.xrange(settings.keys.analysis)]
    assert [e.update_id for e in derived[::4]] == [u.id for u in updates]
    assert client.xpending(settings.keys.updates, settings.keys.group)["pending"] == 0


def test_a_commit_that_fails_mid_batch_leaves_the_rest_pending(
    client: redis.Redis, settings: Settings, tmp_path, monkeypatch
):
    """The first chunk's commit lands, the second's fails: a redelivery commits the rest, none twice."""
    from bench import gen
    from workers.analysis import PIPELINE_CHUNK
    from workers.jobs import run_batch
    from workers.offline import accepted_updates

    updates = accepted_updates([str(gen.write_jsonl(tmp_path / "feed.jsonl", 3 * PIPELINE_CHUNK + 30, seed=6))])
    store = EventStore(client, settings.keys)
    store.append_updates(updates)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    ids = store.read_group(settings.keys.group, "r", len(updates), block_ms=None)
    commit = EventStore.commit
    calls = []

    def second_fails(self, group, outcomes, **kw):
        calls.append(len(outcomes))
        if len(calls) == 2:
            raise redis.ConnectionError("the server went away")
        return commit(self, group, outcomes, **kw)

    monkeypatch.setattr(EventStore, "commit", second_fails)
    with pytest.raises(redis.ConnectionError):
        run_batch(client, settings, ids, consumer="w1")
    landed = client.xlen(settings.keys.analysis) // 4
    assert 0 < calls[0] <= landed < len(ids)
    monkeypatch.setattr(EventStore, "commit", commit)
    again = run_batch(client, settings, ids, consumer="w2")
    assert again["acked"] == len(ids) - landed and again["skipped"] == landed
    assert client.xlen(settings.keys.analysis) == 4 * len(ids)
    assert client.xpending(settings.keys.updates, settings.keys.group)["pending"] == 0


def test_shuffled_delivery_orders_give_the_same_situation(client: redis.Redis, settings: Settings, namespace: str):
    """The seed's updates appended in three random orders give the same situation each time."""
    from dataclasses import replace

    from events.keys import Keys

    updates = [u for u in parse(SEED.read_bytes(), name=SEED.name) if isinstance(u, UpdatePublished)]
    situations = []
    for i, seed in enumerate((1, 2, 3)):
        shuffled = updates[:]
        random.Random(seed).shuffle(shuffled)
        st = replace(settings, keys=Keys(f"{namespace}o{i}"))
        EventStore(client, st.keys).append_updates(shuffled)
        drain(client, st)
        sit = Sitrep(client, st).situation()
        situations.append(json.dumps(sit, sort_keys=True))
        for key in client.scan_iter(match=f"{namespace}o{i}:*"):
            client.delete(key)
    assert situations[0] == situations[1] == situations[2]


def test_export_lists_every_update_in_log_order(client: redis.Redis, settings: Settings):
    """Export gives each accepted update once, in log order, with the contract's fields."""
    s = publish_seed(client, settings)
    drain(client, settings)
    items = list(s.export())
    assert len(items) == 16
    for field in ("id", "source", "external_id", "published_at", "lang", "places", "types", "duplicate_of", "story", "casualties"):
        assert field in items[0]
    assert [i["published_at"] for i in items] == sorted(i["published_at"] for i in items)
    assert {i["lang"] for i in items} == {"el", "en"}


def test_as_of_equals_a_model_of_the_earlier_updates(client: redis.Redis, settings: Settings, namespace: str):
    """The situation as of a time equals a read model built from only the updates up to then."""
    from dataclasses import replace
    from datetime import UTC, datetime

    from events.keys import Keys

    s = publish_seed(client, settings)
    drain(client, settings)
    when = datetime(2022, 2, 27, 0, 9, tzinfo=UTC)
    past = s.situation(as_of=when)
    updates = [u for u in parse(SEED.read_bytes(), name=SEED.name) if isinstance(u, UpdatePublished)]
    st = replace(settings, keys=Keys(f"{namespace}past"))
    EventStore(client, st.keys).append_updates([u for u in updates if u.published_at <= when])
    drain(client, st)
    only_earlier = Sitrep(client, st).situation()  # projected by the real pipeline
    assert past == only_earlier
    assert past["counts"]["updates"] == 10


def test_status_counts_the_projectors_backlog_up_to_a_cap(client: redis.Redis, settings: Settings, monkeypatch):
    """Counting the backlog reads entries: past the cap, status says "at least" instead of reading them all."""
    s = Sitrep(client, settings)
    for i in range(5):
        client.xadd(settings.keys.analysis, {"type": "update.dead", "id": f"x{i}", "data": "{}"})
    exact = s.status()["projector"]
    assert exact["behind"] == 5 and exact["behind_at_least"] is False
    monkeypatch.setattr(api, "BEHIND_COUNT_MAX", 3)
    capped = s.status()["projector"]
    assert capped["behind"] == 3 and capped["behind_at_least"] is True


def test_the_router_keeps_one_job_more_in_flight_than_there_are_workers(
    client: redis.Redis, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """By default each worker finds its next batch waiting and no more wait behind it, as workers come and go
    (a killed one stops counting once its key expires, though RQ's registry still names it);
    SITREP_INFLIGHT_JOBS, when set, is the limit."""
    monkeypatch.setattr(router_module, "WORKERS_CHECK_S", 0.0)
    router = Router(client, settings)
    assert router.inflight_limit() == 2  # none yet: room for the first one's batch and the next
    started = []
    for i in range(3):
        worker = SimpleWorker([router.queue], connection=client, name=f"{settings.keys.ns}-w{i}")
        worker.register_birth()
        started.append(worker)
    assert router.inflight_limit() == 4
    started.pop().register_death()
    assert router.inflight_limit() == 3
    killed = started.pop()  # kill -9: no death registered; its heartbeat's key expires
    client.delete(killed.key)
    assert SimpleWorker.count(connection=client, queue=router.queue) == 2
    assert router.inflight_limit() == 2
    assert Router(client, replace(settings, inflight_jobs=7)).inflight_limit() == 7
    for worker in started:
        worker.register_death()


def test_a_job_whose_last_commit_woke_the_router_frees_its_slot_at_once(
    client: redis.Redis, settings: Settings
) -> None:
    """RQ lists a job as running for a moment after its last commit; the commit names the job, so the
    router counts its slot free at once instead of waiting for RQ (or for FULL_WAIT_MS)."""
    from rq.executions import prepare_execution

    router = Router(client, settings)
    store = router.store
    store.ensure_group(settings.keys.updates, settings.keys.group)
    job = router.queue.enqueue("workers.jobs.process_entries", ["0-1"], settings.keys.ns)
    worker = SimpleWorker([router.queue], connection=client, name=f"{settings.keys.ns}-w")
    worker.register_birth()
    dequeued = router.queue.dequeue_any([router.queue], None, connection=client)
    assert dequeued is not None and dequeued[0].id == job.id
    prepare_execution(worker, job)  # as a worker starts it: in the started registry, heartbeat fresh
    assert router.inflight() == 1
    store.commit(settings.keys.group, [], wake=None)  # a commit mid-job says nothing
    assert router.inflight() == 1
    store.commit(settings.keys.group, [], wake=job.id)  # the job's last commit
    assert router.inflight() == 0
    worker.register_death()


def test_a_full_router_looks_again_soon_without_a_wake_up(client: redis.Redis, settings: Settings) -> None:
    """A finishing job's wake-up can come while RQ still counts the job as running; the router then
    waits FULL_WAIT_MS, not its whole read timeout, before it looks again (a router enqueuing batches)."""
    router = Router(client, replace(settings, inflight_jobs=1, session_s=0))
    router.store.ensure_group(settings.keys.updates, settings.keys.group)
    router.queue.enqueue("workers.jobs.process_entries", ["0-1"], settings.keys.ns)  # one job waiting: full
    started = time.monotonic()
    assert router.step(block_ms=5000) == 0
    assert time.monotonic() - started < 1.0  # not the 5 s asked for
    router.queue.empty()


def test_a_session_reads_what_is_published_and_ends_when_idle(client: redis.Redis, settings: Settings):
    """A worker's session reads batches from the group itself (no job per batch), analyses each update once,
    ends soon after the stream goes quiet (long before its deadline), and wakes the router with its job id."""
    import threading

    from workers.analysis import default_analyser
    from workers.jobs import run_session

    s = publish_seed(client, settings)
    store = EventStore(client, settings.keys)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600)  # loaded, as in a worker
    wire = SEED.parent / "wire-en.jsonl"
    later = threading.Timer(0.15, lambda: s.publish([str(wire)]))
    later.start()  # arrives while the session waits: the blocking read hands it over
    started = time.monotonic()
    totals = run_session(client, replace(settings, batch_max=5), consumer="w1", job_id="job-1", session_s=30, idle_s=0.5)
    took = time.monotonic() - started
    later.join()
    assert totals["acked"] == 30 and totals["batches"] >= 6  # in batches of at most 5
    assert 0.6 < took < 5
    assert client.lrange(settings.keys.wake, 0, -1) == [b"job-1"]
    assert client.xpending(settings.keys.updates, settings.keys.group)["pending"] == 0
    drain(client, settings)
    assert s.situation()["counts"]["updates"] == 30


def test_a_session_ends_at_its_deadline_or_when_the_worker_is_asked_to_stop(client: redis.Redis, settings: Settings):
    """A session never outlives its deadline (RQ lists it as running by its start only), and a stop request
    (SIGTERM to the worker) ends it at its next read, within about a second, even with time and traffic left."""
    import threading

    from workers.jobs import READ_BLOCK_S, run_session

    store = EventStore(client, settings.keys)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    started = time.monotonic()
    run_session(client, settings, consumer="w1", session_s=0.3, idle_s=60)
    assert 0.25 < time.monotonic() - started < 1.0
    stop = threading.Event()
    threading.Timer(0.2, stop.set).start()
    started = time.monotonic()
    run_session(client, settings, consumer="w1", session_s=60, idle_s=60, stopping=stop)
    assert time.monotonic() - started < 0.3 + READ_BLOCK_S


def test_the_router_keeps_sessions_queued_and_puts_reclaimed_batches_first(client: redis.Redis, settings: Settings):
    """With sessions the router reads nothing itself: it keeps one session more than workers in flight, and
    entries a dead worker left pending go back as a batch job ahead of the waiting sessions."""
    from workers.jobs import PROCESS_ENTRIES, READ_UPDATES

    s = publish_seed(client, settings)
    router = Router(client, settings)
    router.store.ensure_group(settings.keys.updates, settings.keys.group)
    while router.step(block_ms=1) or len(router.queue) < router.inflight_limit():
        pass
    assert [job.func_name for job in router.queue.get_jobs()] == [READ_UPDATES, READ_UPDATES]
    assert client.xinfo_groups(settings.keys.updates)[0]["entries-read"] is None  # the router read nothing
    dead = router.store.read_group(settings.keys.group, "dead-worker", 4, None)  # a worker that died holding 4
    time.sleep(settings.visibility_s + 0.1)
    router._last_reclaim = 0.0
    router.step(block_ms=1)
    jobs = router.queue.get_jobs()
    assert [job.func_name for job in jobs] == [PROCESS_ENTRIES, READ_UPDATES, READ_UPDATES]
    assert jobs[0].args[0] == dead
    drain(client, settings)
    assert s.situation()["counts"]["updates"] == 16


def _one_line_feeds(tmp_path, n: int) -> list[str]:
    """n files of one distinct update each, to publish one at a time."""
    paths = []
    for i in range(n):
        path = tmp_path / f"one-{i}.jsonl"
        record = {"text": f"Update {i}: an explosion was reported in Kharkiv, officials said ({i}).",
                  "source": "linger-test", "id": f"linger-{i}", "published_at": "2022-02-27T10:00:00Z"}  # fmt: skip
        path.write_text(json.dumps(record) + "\n")
        paths.append(str(path))
    return paths


def test_a_session_lingers_after_a_batch_that_was_not_full(client: redis.Redis, settings: Settings, tmp_path):
    """At live rates updates come one at a time: after a batch that was not full the session waits
    `linger_ms` before reading again, so the updates published meanwhile make one batch, not one each."""
    import threading

    from workers.analysis import default_analyser
    from workers.jobs import run_session

    s = Sitrep(client, settings)
    store = EventStore(client, settings.keys)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600)
    first, *rest = _one_line_feeds(tmp_path, 6)
    s.publish([first])

    def trickle() -> None:  # five more, 20 ms apart, while the session lingers after the first
        time.sleep(0.05)
        for path in rest:
            s.publish([path])
            time.sleep(0.02)

    later = threading.Thread(target=trickle)
    later.start()
    lingering = replace(settings, batch_max=100, linger_ms=400)
    totals = run_session(client, lingering, consumer="w1", session_s=30, idle_s=0.5)
    later.join()
    assert totals["acked"] == 6
    assert totals["batches"] <= 2  # one update each would be six


def test_a_full_batch_is_followed_by_the_next_read_at_once(client: redis.Redis, settings: Settings, tmp_path):
    """A backlog is read on without lingering: only a batch that was not full waits."""
    from workers.analysis import default_analyser
    from workers.jobs import run_session

    s = Sitrep(client, settings)
    store = EventStore(client, settings.keys)
    store.ensure_group(settings.keys.updates, settings.keys.group)
    default_analyser(settings.dedup_window_h * 3600, settings.story_window_h * 3600)
    s.publish(_one_line_feeds(tmp_path, 6))
    started = time.monotonic()
    totals = run_session(client, replace(settings, batch_max=2, linger_ms=5000), consumer="w1", session_s=30, idle_s=0.3)
    assert (totals["acked"], totals["batches"]) == (6, 3)
    assert time.monotonic() - started < 4  # three full batches: no 5 s linger after any of them


def test_linger_is_a_setting(monkeypatch: pytest.MonkeyPatch):
    from events.connection import ConfigError

    monkeypatch.setenv("SITREP_LINGER_MS", "12.5")
    assert Settings.from_env().linger_ms == 12.5
    monkeypatch.setenv("SITREP_LINGER_MS", "soon")
    with pytest.raises(ConfigError):
        Settings.from_env()
