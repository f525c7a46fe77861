"""The event store on a real server: idempotent append, replay, groups, reclaim, atomic commit."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import redis

from events import codec
from events.keys import Keys
from events.schema import (
    Classification,
    DuplicateDecided,
    Enrichment,
    Label,
    PlaceRef,
    Rejected,
    StoryLink,
    StoryLinked,
    UpdateClassified,
    UpdateEnriched,
    UpdatePublished,
)
from events.store import EventStore, Outcome, read_in_thread

T0 = datetime(2022, 2, 27, tzinfo=UTC)


def update(n: int, source: str = "AP", external_id: str | None = None, text: str | None = None) -> UpdatePublished:
    from events.parsers import update_id

    body = text or f"Update number {n}."
    return UpdatePublished(
        id=update_id(source, external_id, body), source=source, text=body, published_at=T0,
        received_at=T0, external_id=external_id,
    )


def test_append_is_idempotent_by_id_and_by_text(client: redis.Redis, namespace: str):
    """The same source and id, or the same source and text, is appended once."""
    store = EventStore(client, Keys(namespace))
    first = store.append_updates([update(1, external_id="a"), update(2)])
    again = store.append_updates([update(1, external_id="a", text="changed text"), update(2), update(3)])
    assert not first[0].startswith("=") and not first[1].startswith("=")
    assert again[0] == "=" + update(1, external_id="a").id
    assert again[1] == "=" + update(2).id
    assert not again[2].startswith("=")
    assert client.xlen(f"{namespace}:updates") == 3
    assert store.counters() == {"published": 3, "already": 2}


def test_rejects_are_kept_once_per_record_place_and_reason(client: redis.Redis, namespace: str):
    """Publishing the same bad file twice keeps each refused line once; another line or reason is kept too."""
    store = EventStore(client, Keys(namespace))

    def rejected(origin: str, reason: str = "empty text", raw: str = "") -> Rejected:
        return Rejected(source="feed", origin=origin, reason=reason, raw=raw, received_at=T0)

    assert store.append_rejects([rejected("f.jsonl:2"), rejected("f.jsonl:5", raw="{")]) == 2
    assert store.append_rejects([rejected("f.jsonl:2"), rejected("f.jsonl:5", raw="{")]) == 0
    assert store.append_rejects([rejected("f.jsonl:2", reason="not JSON"), rejected("g.jsonl:2")]) == 2
    assert client.xlen(f"{namespace}:rejects") == 4
    assert store.counters() == {"rejected": 4}


def test_racing_producers_append_once(client: redis.Redis, namespace: str):
    """Eight producers publishing the same 200 updates at once append each exactly once."""
    batch = [update(i, external_id=str(i)) for i in range(200)]

    def produce() -> None:
        EventStore(redis.Redis(connection_pool=client.connection_pool), Keys(namespace)).append_updates(batch)

    threads = [threading.Thread(target=produce) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert client.xlen(f"{namespace}:updates") == 200


def test_replay_from_any_position(client: redis.Redis, namespace: str):
    """Replay yields every entry after a position, in order, across pages."""
    store = EventStore(client, Keys(namespace))
    ids = store.append_updates([update(i) for i in range(25)])
    assert [e.id for e in store.replay(f"{namespace}:updates", page=7)] == ids
    assert [e.id for e in store.replay(f"{namespace}:updates", after=ids[9], page=4)] == ids[10:]
    assert isinstance(store.read(f"{namespace}:updates", count=1)[0].event, UpdatePublished)


def test_stream_entry_is_readable_with_xrange(client: redis.Redis, namespace: str):
    """An entry has its type, its deterministic id and its JSON body in fields of their own."""
    store = EventStore(client, Keys(namespace))
    store.append_updates([update(1)])
    _eid, fields = client.xrange(f"{namespace}:updates")[0]
    assert fields[b"type"] == b"update.published"
    assert fields[b"id"] == f"{update(1).id}:update.published".encode()
    assert b'"text":"Update number 1."' in fields[b"data"]


def test_group_read_blocks_and_stale_entries_are_reclaimed(client: redis.Redis, namespace: str):
    """A consumer group hands entries out once; entries a dead consumer left pending can be claimed."""
    keys = Keys(namespace)
    store = EventStore(client, keys)
    store.ensure_group(keys.updates, keys.group)
    assert store.read_group(keys.group, "c1", 10, block_ms=50) == []  # blocks, then nothing
    ids = store.append_updates([update(i) for i in range(3)])
    assert store.read_group(keys.group, "c1", 10, block_ms=50) == ids
    assert store.read_group(keys.group, "c2", 10, block_ms=50) == []
    stale = store.stale(keys.group, 0, 10)
    assert [eid for eid, _ in stale] == ids
    assert store.claim(keys.group, "c2", ids, 0) == ids
    pending = client.xpending(keys.updates, keys.group)
    assert pending["consumers"] == [{"name": b"c2", "pending": 3}]


def test_commit_appends_and_acks_once(client: redis.Redis, namespace: str):
    """Derived events are appended only if the entry was still pending: a second commit changes nothing."""
    keys = Keys(namespace)
    store = EventStore(client, keys)
    store.ensure_group(keys.updates, keys.group)
    (eid,) = store.append_updates([update(1)])
    store.read_group(keys.group, "c", 10, block_ms=None)
    derived = UpdateEnriched(update_id=update(1).id, enrichment=Enrichment(lang="en"), stage_version="t")
    outcome = Outcome(entry=eid, mode="ok", events=(derived,))
    assert store.commit(keys.group, [outcome]) == (1, 0, 0, 0)
    assert store.commit(keys.group, [outcome]) == (0, 1, 0, 0)
    assert client.xlen(keys.analysis) == 1
    assert client.xpending(keys.updates, keys.group)["pending"] == 0


def test_failed_attempts_are_counted_then_dead_lettered(client: redis.Redis, namespace: str):
    """A failing entry stays pending with its attempts counted; a dead one is acked onto the dead-letter stream."""
    from events.schema import DeadLettered

    keys = Keys(namespace)
    store = EventStore(client, keys)
    store.ensure_group(keys.updates, keys.group)
    (eid,) = store.append_updates([update(1)])
    store.read_group(keys.group, "c", 10, block_ms=None)
    store.commit(keys.group, [Outcome(entry=eid, mode="fail", error="boom")])
    assert store.attempts([eid]) == {eid: 1}
    assert client.xpending(keys.updates, keys.group)["pending"] == 1
    dead = DeadLettered(update_id=update(1).id, entry_id=eid, error="boom", attempts=2, failed_at=T0)
    assert store.commit(keys.group, [Outcome(entry=eid, mode="dead", events=(dead,), error="boom")]) == (0, 0, 0, 1)
    assert client.xpending(keys.updates, keys.group)["pending"] == 0
    assert [e.event.update_id for e in store.dead_letters()] == [update(1).id]  # type: ignore[union-attr]
    new_entry = store.retry_dead(update(1).id)
    assert new_entry is not None and store.dead_letters() == []
    assert store.counters()["dead"] == 0


def test_reads_for_the_fold_give_the_projections(client: redis.Redis, namespace: str):
    """The projector's reads (tail, pages, fetch by position) give each entry's fold projection, in log order."""
    store = EventStore(client, Keys(namespace))
    stream = f"{namespace}:updates"
    updates = [update(i, external_id=str(i)) for i in range(12)]
    ids = store.append_updates(updates)
    tail = store.read_after(stream, ids[2], 5, None)
    assert [e.id for e in tail] == ids[3:8]
    folded = [e.event for e in tail if isinstance(e.event, codec.FoldPublished)]
    assert [(f.id, f.text, f.published_at) for f in folded] == [(u.id, u.text, u.published_at) for u in updates[3:8]]
    assert [[e.id for e in page] for page in store.fold_pages(stream, after=ids[4], page=3)] == [ids[5:8], ids[8:11], ids[11:]]
    ahead = read_in_thread(store.fold_pages(stream, page=5))  # a rebuild's: the next page read by a thread
    assert [[e.id for e in page] for page in ahead] == [ids[:5], ids[5:10], ids[10:]]
    assert store.read_after(stream, ids[-1], 5, 10) == []  # blocks 10 ms, then nothing
    # by update id, far apart (one range read, then the strays), one never published
    store.append_rejects([Rejected(source="s", origin="f:1", reason="empty", raw="", received_at=T0)])
    rejected, found = store.fold_inputs([updates[9].id, updates[1].id, "u-never", updates[5].id])
    assert rejected == 1
    assert list(found) == [ids[1], ids[5], ids[9]]  # in log order
    assert [f.id for f in found.values()] == [updates[1].id, updates[5].id, updates[9].id]  # type: ignore[union-attr]
    assert store.fold_inputs([]) == (1, {})


def test_reading_ahead_stops_with_its_reader_and_hands_over_its_errors(
    client: redis.Redis, namespace: str, monkeypatch: pytest.MonkeyPatch
):
    """A caller that stops after one page stops the reading thread; a failed read is raised in the caller."""
    store = EventStore(client, Keys(namespace))
    stream = f"{namespace}:updates"
    store.append_updates([update(i, external_id=str(i)) for i in range(12)])
    before = threading.active_count()
    pages = read_in_thread(store.fold_pages(stream, page=2))
    assert len(next(pages)) == 2
    pages.close()  # the thread waits with a page in hand: closing stops and joins it
    assert threading.active_count() == before
    reads = 0
    real = store._raw.execute_command

    def fails_on_the_third_page(*args: object) -> object:
        nonlocal reads
        reads += 1
        if reads == 3:
            raise redis.ConnectionError("the server went away")
        return real(*args)

    monkeypatch.setattr(store._raw, "execute_command", fails_on_the_third_page)
    got = []
    with pytest.raises(redis.ConnectionError, match="went away"):
        for page in read_in_thread(store.fold_pages(stream, page=2)):
            got.append(len(page))
    assert got == [2, 2] and threading.active_count() == before


def test_projection_decodes_every_event_type():
    """A page of entries of every type decodes in one call; the fold's fields survive, the rest is skipped."""
    kyiv = PlaceRef(id="geonames:703448", name="Kyiv", country="UA", lat=50.45, lon=30.52, precision="city", matched="Києві", start=3, end=8)
    events = [
        update(1),
        UpdateEnriched(update_id="u", enrichment=Enrichment(lang="uk", places=[kyiv]), stage_version="t"),
        UpdateClassified(update_id="u", classification=Classification(types=[Label(label="other", score=0.5, evidence=["x"])]), stage_version="t"),
        DuplicateDecided(update_id="u", method="near", matched="v", score=0.9, stage_version="t"),
        StoryLinked(update_id="u", links=[StoryLink(other="v", reason="duplicate", score=0.9)], stage_version="t"),
        Rejected(source="s", origin="f:1", reason="empty", raw="", received_at=T0),
    ]
    folded = codec.decode_for_fold([codec.encode(e) for e in events])
    assert [type(f).__struct_config__.tag for f in folded] == [codec.event_type(e) for e in events]
    assert folded[1].enrichment.places == [codec.Place(id=kyiv.id, name="Kyiv", country="UA", lat=50.45, lon=30.52, precision="city")]  # type: ignore[union-attr]
    assert folded[4].links == events[4].links  # type: ignore[union-attr, attr-defined]


def test_fold_inputs_give_the_same_in_one_round_trip_and_in_two(
    client: redis.Redis, namespace: str, monkeypatch: pytest.MonkeyPatch
):
    """A few updates' published entries come from a script (a live projector's page), more from two
    round trips (a backlog's, a rebuild's): the same entries, in log order, and the same count."""
    import events.store as store_module

    store = EventStore(client, Keys(namespace))
    updates = [update(i, external_id=str(i)) for i in range(6)]
    ids = store.append_updates(updates)
    wanted = [updates[4].id, "u-never", updates[0].id, updates[4].id, updates[2].id]
    scripted = store.fold_inputs(wanted)
    assert scripted[0] == 0  # no count of rejects yet
    assert list(scripted[1]) == [ids[0], ids[2], ids[4]]
    monkeypatch.setattr(store_module, "FOLD_INPUTS_SCRIPTED", 0)
    assert store.fold_inputs(wanted) == scripted
