"""The projector's incremental path gives what folding everything from scratch gives.

The projector reads projections of the events, commits in pages of any size,
lets go of each record once written, restarts from the read model; a rebuild
writes the views once at the end. Whatever the path, the situation (and every
stored record) is the one `Model.situation()` computes from all events at once.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
import redis
from hypothesis import given, settings
from hypothesis import strategies as st

from events import codec
from events.keys import MODEL_PARTS, Keys
from events.schema import (
    ActorRef,
    AlertInfo,
    Classification,
    DuplicateDecided,
    Enrichment,
    Figure,
    Label,
    PlaceRef,
    SourceRef,
    StoryLink,
    StoryLinked,
    UpdateClassified,
    UpdateEnriched,
    UpdatePublished,
)
from workers import fold
from workers.fold import Model, Record, _AlertAggregate, alert_intervals, record_encoder, record_page_decoder
from workers.readmodel import LostLease, ReadModelStore, StaleGeneration, encode_records

T0 = datetime(2022, 2, 27, 8, tzinfo=UTC)


def _place(pid: str, name: str, country: str, precision: str) -> PlaceRef:
    return PlaceRef(id=pid, name=name, country=country, lat=50.0, lon=30.0, precision=precision, matched=name, start=0, end=1)  # type: ignore[arg-type]


PLACES = [
    _place("geonames:703448", "Kyiv", "UA", "city"), _place("geonames:627907", "Homyel'", "BY", "city"),
    _place("iso3166:BY", "Belarus", "BY", "country"), _place("iso3166:UA", "Ukraine", "UA", "country"),
    _place("iso3166:RU", "Russia", "RU", "country"), _place("geonames:745044", "Istanbul", "TR", "city"),
    _place("iso3166-2:UA-46", "Lviv Oblast", "UA", "region"),
]  # fmt: skip
LABELS = ["shelling_missile", "negotiations", "air_raid_alert", "casualty_report", "statement"]
STATUSES = [None, "proposed", "rejected", "scheduled", "agreed", "held", "concluded"]
ACTORS = ["ukraine", "russia", "belarus", "zelensky", "putin"]


def scenario(rng: random.Random, n: int, *, hours_apart: float | None = None, chained: bool = False) -> list:
    """n updates' five events each: talks, alerts with and without their episode, figures, links both ways.

    By default within a day and in any order. With `hours_apart`, the i-th update
    happens about i * hours_apart after the first, links only to its neighbours
    (a few hours away, as the analysis's windows allow), and its events arrive
    among those of its neighbours: a feed running for weeks. `chained`: each
    update also links to the one before, so one story goes on all along.
    """
    ids = [f"u{i:03d}" for i in range(n)]
    events: list = []
    reach = 4
    for i, uid in enumerate(ids):
        near = ids if hours_apart is None else ids[max(0, i - reach) : i + reach + 1]
        labels = rng.sample(LABELS, rng.choice([1, 1, 2]))
        alert = None
        if "air_raid_alert" in labels:
            status = rng.choice(["started", "ended"])
            episode = rng.choice(near[: near.index(uid)]) if status == "ended" and near[0] != uid and rng.random() < 0.5 else None
            alert = AlertInfo(region="r", status=status, episode=episode)  # type: ignore[arg-type]
        figures = [Figure(killed=rng.choice([None, 1, 4]), injured=rng.choice([None, 2]), cumulative=rng.random() < 0.3)] if rng.random() < 0.3 else []  # fmt: skip
        links = [StoryLink(other=o, reason=rng.choice(["duplicate", "same-place-and-type"]), score=rng.choice([1.0, 0.8]))
                 for o in {rng.choice(near) for _ in range(rng.choice([0, 1, 2, 3]))} - {uid}]  # fmt: skip
        if chained and i > 0 and ids[i - 1] not in {link.other for link in links}:
            links.append(StoryLink(other=ids[i - 1], reason="same-place-and-type", score=0.8))
        dup = next((link.other for link in links if link.reason == "duplicate"), None)
        minutes = rng.randrange(0, 60 * 30) if rng.random() < 0.6 else rng.randrange(0, 90)
        if hours_apart is not None:
            minutes = int(i * hours_apart * 60) + rng.randrange(0, 30)
        events += [
            UpdatePublished(id=uid, source=rng.choice(["AP", "Reuters", "BBC"]), text=f"Report {uid}. More.",
                            published_at=T0 + timedelta(minutes=minutes), received_at=T0, alert=alert),
            UpdateEnriched(update_id=uid, stage_version="t", enrichment=Enrichment(
                lang=rng.choice(["en", "uk"]), places=rng.sample(PLACES, rng.choice([0, 1, 2, 3])), figures=figures,
                actors=[ActorRef(id=a, name=a, kind="state") for a in rng.sample(ACTORS, 2)],
                sources=[SourceRef(name=s) for s in rng.sample(["BBC", "CNN"], rng.choice([0, 1]))])),
            UpdateClassified(update_id=uid, stage_version="t", classification=Classification(
                types=[Label(label=lab, score=rng.random()) for lab in labels], negotiation_status=rng.choice(STATUSES),  # type: ignore[arg-type]
                alert_status=alert.status if alert else None, civilian_target=rng.random() < 0.2,
                actors=rng.sample(ACTORS, rng.choice([0, 1, 2])))),
            DuplicateDecided(update_id=uid, method="near" if dup else "none", matched=dup, score=0.9 if dup else 0.0, stage_version="t"),
            StoryLinked(update_id=uid, links=links, stage_version="t"),
        ]  # fmt: skip
    if hours_apart is None:
        rng.shuffle(events)
        return events
    chunks = [events[i : i + 5 * 2 * reach] for i in range(0, len(events), 5 * 2 * reach)]
    for chunk in chunks:
        rng.shuffle(chunk)
    return [event for chunk in chunks for event in chunk]


def projected(event, *, raw_links: bool = False):
    return codec.decode_for_fold([codec.encode(event)], raw_links=raw_links)[0]


def test_projections_fold_like_the_events():
    """Folding the projections gives the same situation and the same records as folding the events."""
    events = scenario(random.Random(3), 60)
    full, proj = Model(), Model()
    for event in events:
        full.apply(event)
        proj.apply(projected(event))
    assert proj.situation() == full.situation()
    assert {u: record_encoder.encode(r) for u, r in proj.records.items()} == {u: record_encoder.encode(r) for u, r in full.records.items()}


def test_paged_commits_restarts_and_rebuild_give_the_situation_from_scratch(
    client: redis.Redis, namespace: str, monkeypatch: pytest.MonkeyPatch
):
    """Pages of 1 to 40 events, records let go once written, restarts from the read model, or a rebuild's one final write.

    The meta views list a few stories and developments (the latest), as after months of a feed; the totals count all.
    """
    monkeypatch.setattr(fold, "CASUALTY_STORIES_SHOWN", 3)
    monkeypatch.setattr(fold, "TALKS_HISTORY_SHOWN", 2)
    rm = ReadModelStore(client, Keys(namespace))
    for seed in range(60):
        rng = random.Random(seed)
        events = scenario(rng, rng.choice([10, 20, 40]))
        whole = Model()
        for event in events:
            whole.apply(event)
        expected = whole.situation()
        with_figures = [st for st in expected["stories"] if set(st["casualties"].values()) != {None}]
        killed = [st["casualties"]["killed"] for st in with_figures if st["casualties"]["killed"] is not None]
        assert expected["casualties"]["killed"] == (sum(killed) if killed else None)
        # listed: the stories whose latest figure was reported last
        figure_at: dict[str, datetime] = {}
        for rec in whole.records.values():
            if rec.complete and (rec.killed is not None or rec.injured is not None):
                story = whole.story_of(rec.id)
                figure_at[story] = max(figure_at.get(story, rec.published_at), rec.published_at)
        latest = sorted(with_figures, key=lambda st: (figure_at[st["id"]], st["id"]), reverse=True)[:3]
        assert [row["story"] for row in expected["casualties"]["by_story"]] == [st["id"] for st in latest]
        assert len(expected["negotiations"]["history"]) <= 2
        rebuild = seed % 3 == 2  # views once at the end, as `rebuild` writes them
        gen = rm.new_generation()
        rm.swap(gen)
        model, done = Model(keep_records=False), 0
        records = fold.RecordFold()
        while done < len(events):
            page = events[done : done + rng.choice([1, 4, 10, 40])]
            done += len(page)
            if rebuild:  # as `rebuild`'s two processes: the records folded apart, then joined to the views
                for event in page:
                    records.apply(projected(event, raw_links=True))
                encoded = encode_records(records.take())
                model.activate(record_page_decoder.decode(b"[" + b",".join(encoded.values()) + b"]"))
                rm.write_records(gen, encoded, f"0-{done}")
            else:
                for event in page:
                    model.apply(projected(event))
                rm.write(gen, model, f"0-{done}")
            if not rebuild and rng.random() < 0.15:  # a restart: what was committed, then the rest
                model = Model(keep_records=False)
                rm.load(gen, model)
                written = set(rm.records([e.id if isinstance(e, UpdatePublished) else e.update_id for e in events], gen))
                for event in events[:done]:
                    if (event.id if isinstance(event, UpdatePublished) else event.update_id) not in written:
                        model.apply(projected(event))
        rm.write(gen, model, f"0-{done}")
        assert rm.situation() == expected, seed
        assert not any(uid in model.records and model.records[uid].complete for uid in whole.records)  # let go
        stored = rm.records(list(whole.records), gen)
        assert {u: record_encoder.encode(r) for u, r in stored.items()} == {u: record_encoder.encode(r) for u, r in whole.records.items()}


def test_a_projector_writes_only_to_the_live_generation_and_while_no_other_holds_the_lease(
    client: redis.Redis, namespace: str
):
    """The lease is taken when free and renewed by its holder only; the write checks it in the step that writes,
    and the generation: another projector's lease, a generation swapped out."""
    keys = Keys(namespace)
    rm = ReadModelStore(client, keys)
    gen = rm.new_generation()
    rm.swap(gen)
    model = Model(keep_records=False)
    for event in scenario(random.Random(1), 6):
        model.apply(projected(event))
    assert rm.hold_lease("projector-b") and client.get(keys.projector_lease) == b"projector-b"  # a free lease
    assert rm.hold_lease("projector-b") and not rm.hold_lease("projector-a")  # renewed by its holder only
    with pytest.raises(LostLease):
        rm.write(gen, model, "0-30", lease="projector-a")
    # nothing written: the generation holds only the fold version it was made with
    assert not client.exists(keys.model(gen, "records")) and client.hkeys(keys.model(gen, "meta")) == [b"fold_version"]
    client.delete(keys.projector_lease)  # lapsed, no one took it: the next write takes it
    rm.write(gen, model, "0-30", lease="projector-a")
    assert client.get(keys.projector_lease) == b"projector-a" and client.pttl(keys.projector_lease) > 0
    assert rm.checkpoint(gen) == "0-30" and len(rm.records([f"u{i:03d}" for i in range(6)], gen)) == 6
    rm.swap(rm.new_generation())  # a rebuild's swap drops the old generation
    with pytest.raises(StaleGeneration):
        rm.write(gen, model, "0-31", lease="projector-a")
    assert not client.exists(keys.model(gen, "meta"))


def _update_of(event) -> str:
    return event.id if isinstance(event, UpdatePublished) else event.update_id


@pytest.mark.parametrize("chained", [False, True], ids=["stories-end", "one-story-all-along"])
def test_a_model_with_a_retention_writes_the_same_read_model_with_flat_memory(
    client: redis.Redis, namespace: str, monkeypatch: pytest.MonkeyPatch, chained: bool
):
    """Weeks of a feed, folded by a projector that forgets what is older than two days: the same read model.

    The links stay within hours, as the analysis's windows make them; what is
    forgotten is what no later update can change. Restarts reload everything
    and forget it again. A story that goes on all along keeps a summary of its
    old talks, not the talks.
    """
    # a place's view names the stories of its latest updates, which are kept: a few here
    monkeypatch.setattr(fold, "PLACE_RECENT", 3)
    rm = ReadModelStore(client, Keys(namespace))
    for seed in range(12):
        rng = random.Random(seed)
        events = scenario(rng, 240, hours_apart=1.0, chained=chained)
        whole = Model()
        for event in events:
            whole.apply(event)
        expected = whole.situation()
        gen = rm.new_generation()
        rm.swap(gen)
        model, done, held, held_talks = Model(keep_records=False, retention=timedelta(hours=48)), 0, 0, 0
        while done < len(events):
            size = rng.choice([5, 20, 60])
            for event in events[done : done + size]:
                model.apply(projected(event))
            done += size
            rm.write(gen, model, f"0-{done}")
            model.evict()
            held = max(held, len(model.stories.parent))
            held_talks = max(held_talks, len(model.talks.talks))
            if rng.random() < 0.05:  # a restart: what was committed, then the rest
                model = Model(keep_records=False, retention=timedelta(hours=48))
                rm.load(gen, model)
                written = set(rm.records([_update_of(e) for e in events], gen))
                for event in events[:done]:
                    if _update_of(event) not in written:
                        model.apply(projected(event))
        assert rm.situation() == expected, seed
        # it held about the retention's worth of updates (48 of 240), and each place's latest, restarts
        # included; and of the talks (42 to 78 in all) about the retention's worth, however long a story goes on
        assert held < 80 and len(model.stories.parent) < 80, (seed, held)
        assert held_talks < 30, (seed, held_talks)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 180), st.sampled_from(["started", "ended", "ended-named", "ended-unknown"])), max_size=25),
       st.randoms(use_true_random=False))  # fmt: skip
def test_alert_summary_is_the_interval_that_ends_last(alerts, rng):
    """Alerts in any order: the kept summary equals the latest of `alert_intervals` over all of them, at every step."""
    records: list[Record] = []
    for i, (minutes, kind) in enumerate(alerts):
        starts = [r.id for r in records if r.alert_status == "started"]
        episode = (rng.choice(starts) if kind == "ended-named" and starts else "elsewhere") if kind.startswith("ended-") else None
        status = "started" if kind == "started" else "ended"
        records.append(Record(id=f"a{i:02d}", published_at=T0 + timedelta(minutes=minutes), alert_status=status, alert_episode=episode))
    rng.shuffle(records)
    agg = _AlertAggregate(timedelta(minutes=30))
    for k, rec in enumerate(records):
        agg.add(rec.key, rec.alert_status, rec.alert_episode)
        intervals = alert_intervals(records[: k + 1], timedelta(minutes=30))
        assert agg.summary() == max(intervals, key=lambda iv: (iv[1], iv[0]))
        assert len(agg.starts) == sum(1 for r in records[: k + 1] if r.alert_status == "started")


def test_rebuild_in_pages_of_any_size_writes_the_live_read_model(
    client: redis.Redis, settings, monkeypatch: pytest.MonkeyPatch
):
    """A rebuild folds and writes the records in a second process while this one joins them to the views:
    in pages of 1, 3 or all events, every key of the new generation is, byte for byte, what the projector wrote."""
    from tests.conftest import SEED
    from tests.pipeline import drain
    from workers import projector
    from workers.api import Sitrep

    assert Sitrep(client, settings).publish([str(SEED)]).published == 16
    drain(client, settings)
    rm = ReadModelStore(client, settings.keys)

    def stored(gen: int) -> dict[str, dict[bytes, bytes]]:
        return {part: client.hgetall(settings.keys.model(gen, part)) for part in MODEL_PARTS}

    live = stored(rm.current())
    assert len(live["records"]) == 16
    for page in (1, 3, 5000):
        monkeypatch.setattr(projector, "REBUILD_PAGE", page)
        assert projector.rebuild(client, settings)["events"] == 64
        assert stored(rm.current()) == live, page


@pytest.mark.parametrize("where", ["records", "views"])
def test_a_failed_rebuild_drops_its_generation_and_leaves_the_live_one(
    client: redis.Redis, settings, monkeypatch: pytest.MonkeyPatch, where: str
):
    """A failure in either of the rebuild's processes (writing records; joining them to the views after
    the first page) raises, drops the new generation, records written after it included, and leaves the live one."""
    from tests.conftest import SEED
    from tests.pipeline import drain
    from workers import projector
    from workers.api import Sitrep
    from workers.readmodel import ReadModelStore

    Sitrep(client, settings).publish([str(SEED)])
    drain(client, settings)
    rm = ReadModelStore(client, settings.keys)
    live = rm.current()
    before = {part: client.hgetall(settings.keys.model(live, part)) for part in MODEL_PARTS}
    monkeypatch.setattr(projector, "REBUILD_PAGE", 3)
    pages: list[int] = []

    def second_page_fails(method, error: str):
        def failing(*args, **kwargs):
            pages.append(1)
            if len(pages) > 1:
                raise RuntimeError(error)
            return method(*args, **kwargs)
        return failing

    if where == "records":  # the forked records process inherits the patch
        monkeypatch.setattr(ReadModelStore, "write_records", second_page_fails(ReadModelStore.write_records, "disk full"))
    else:
        monkeypatch.setattr(fold.Model, "activate", second_page_fails(fold.Model.activate, "out of memory"))
    with pytest.raises(RuntimeError, match="disk full" if where == "records" else "out of memory"):
        projector.rebuild(client, settings)
    assert rm.current() == live
    gen = int(client.get(settings.keys.model_generation_counter))
    assert gen > live and not any(client.exists(settings.keys.model(gen, part)) for part in MODEL_PARTS)
    assert {part: client.hgetall(settings.keys.model(live, part)) for part in MODEL_PARTS} == before


@pytest.mark.parametrize("marked", ["fold/0", None])
def test_a_read_model_folded_by_another_version_is_folded_again_when_a_projector_loads_it(
    client: redis.Redis, settings, marked: str | None
):
    """An upgrade that changes what the fold makes of the events (headlines, views): the projector that
    loads a generation of another FOLD_VERSION (or of none, before versions) rebuilds it from the log and
    goes on from there; the situation is the same as projecting from scratch."""
    from tests.conftest import SEED
    from tests.pipeline import drain
    from workers.api import Sitrep
    from workers.projector import Projector
    from workers.readmodel import ReadModelStore

    s = Sitrep(client, settings)
    s.publish([str(SEED)])
    drain(client, settings)
    rm = ReadModelStore(client, settings.keys)
    old = rm.current()
    before, export_before = s.situation(), list(s.export())
    assert rm.fold_version(old) == fold.FOLD_VERSION
    meta = settings.keys.model(old, "meta")
    client.hset(meta, "fold_version", marked) if marked else client.hdel(meta, "fold_version")
    client.delete(settings.keys.projector_lease)  # the old projector stopped
    projector = Projector(client, settings, name="projector-upgraded")
    projector.load()
    assert projector.gen == rm.current() != old and rm.fold_version(projector.gen) == fold.FOLD_VERSION
    assert not client.exists(meta)
    assert s.situation() == before and list(s.export()) == export_before
    assert s.status()["projector"]["fold_version"] == fold.FOLD_VERSION


def test_a_projector_that_loses_its_lease_while_rebuilding_drops_the_new_generation(
    client: redis.Redis, settings, monkeypatch: pytest.MonkeyPatch
):
    """The rebuild of an upgrade renews the lease page by page: when another projector holds it, the rebuild
    stops, its generation is dropped and the live one stays."""
    from tests.conftest import SEED
    from tests.pipeline import drain
    from workers import projector as projector_module
    from workers.api import Sitrep
    from workers.projector import Projector
    from workers.readmodel import LostLease, ReadModelStore

    Sitrep(client, settings).publish([str(SEED)])
    drain(client, settings)
    rm = ReadModelStore(client, settings.keys)
    live = rm.current()
    client.hdel(settings.keys.model(live, "meta"), "fold_version")
    monkeypatch.setattr(projector_module, "REBUILD_PAGE", 3)
    client.delete(settings.keys.projector_lease)
    assert rm.hold_lease("projector-other")  # a standby took over
    with pytest.raises(LostLease):
        Projector(client, settings, name="projector-upgraded").load()
    assert rm.current() == live
    gen = int(client.get(settings.keys.model_generation_counter))
    assert gen > live and not any(client.exists(settings.keys.model(gen, part)) for part in MODEL_PARTS)


@pytest.mark.parametrize("hash_seed", ["0", "43", "97"])
def test_retention_gives_the_whole_model_under_any_hash_seed(redis_url: str, hash_seed: str) -> None:
    """The same comparison in a process of another string hash seed: set orders differ, the situation must
    not (with seed 43 a forgotten talks story used to keep the venue of the sides as they were then)."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "SITREP_TEST_REDIS_URL": redis_url}
    test = f"{__file__}::test_a_model_with_a_retention_writes_the_same_read_model_with_flat_memory"
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout[-3000:]


def test_a_write_carries_the_next_read_in_its_round_trip(client: redis.Redis, namespace: str):
    """The projector's checked write and its next read in one round trip: the entries after the checkpoint
    written; a server that lost its scripts gets the write's loaded again; a failed check raises as before."""
    from events.store import EventStore
    from workers.readmodel import NextRead

    keys = Keys(namespace)
    rm, store = ReadModelStore(client, keys), EventStore(client, keys)
    gen = rm.new_generation()
    rm.swap(gen)
    events = scenario(random.Random(2), 4)
    ids = [client.xadd(keys.analysis, codec.to_fields(e)).decode() for e in events]  # type: ignore[arg-type]
    model = Model(keep_records=False)
    for event in events[:2]:
        model.apply(projected(event))
    following = rm.write(gen, model, ids[1], lease="p", next_read=NextRead(store, keys.analysis, 100, None))
    assert [e.id for e in following or []] == ids[2:] and rm.checkpoint(gen) == ids[1]
    rm._write.sha = "0" * 40  # as if the server had restarted without its scripts (no flush of a shared server's)
    model.apply(projected(events[2]))
    following = rm.write(gen, model, ids[2], lease="p", next_read=NextRead(store, keys.analysis, 100, None))
    assert [e.id for e in following or []] == ids[3:] and rm.checkpoint(gen) == ids[2]
    assert rm._write.sha != "0" * 40  # loaded again
    assert rm.write(gen, model, ids[-1], lease="p", next_read=NextRead(store, keys.analysis, 100, 20)) == []  # blocked
    client.set(keys.projector_lease, "another")
    with pytest.raises(LostLease):
        rm.write(gen, model, "9-9", lease="p", next_read=NextRead(store, keys.analysis, 100, None))
    assert rm.checkpoint(gen) == ids[-1]
