"""The situation fold: pure, order-independent, latest by event time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.schema import (
    AlertInfo,
    Classification,
    DuplicateDecided,
    Enrichment,
    Figure,
    Label,
    PlaceRef,
    StoryLink,
    StoryLinked,
    UpdateClassified,
    UpdateEnriched,
    UpdatePublished,
)
from workers.fold import Model, Record, _Components, _StoryAggregate, _unique_places, headline_of

T0 = datetime(2022, 2, 27, 8, tzinfo=UTC)
KYIV = PlaceRef(id="geonames:703448", name="Kyiv", country="UA", lat=50.45, lon=30.52, precision="city", matched="Kyiv", start=0, end=4)
GOMEL = PlaceRef(id="geonames:627907", name="Homyel'", country="BY", lat=52.43, lon=30.98, precision="city", matched="Gomel", start=0, end=5)


def events_for(uid: str, minutes: int, *, labels=("shelling_missile",), places=(KYIV,), killed=None, links=(),
               dup_of=None, status=None, alert=None, source="AP"):
    published = UpdatePublished(
        id=uid, source=source, text=f"Report {uid}.", published_at=T0 + timedelta(minutes=minutes), received_at=T0,
        alert=alert,
    )
    figures = [Figure(killed=killed)] if killed is not None else []
    enriched = UpdateEnriched(update_id=uid, enrichment=Enrichment(lang="en", places=list(places), figures=figures), stage_version="t")
    classified = UpdateClassified(
        update_id=uid,
        classification=Classification(
            types=[Label(label=lab, score=0.9) for lab in labels],
            negotiation_status=status,
            alert_status=(alert.status if alert else None) if "air_raid_alert" in labels else None,
        ),
        stage_version="t",
    )
    dup = DuplicateDecided(update_id=uid, method="near" if dup_of else "none", matched=dup_of, score=0.9 if dup_of else 0.0, stage_version="t")
    story = StoryLinked(
        update_id=uid,
        links=[StoryLink(other=o, reason="duplicate" if o == dup_of else "same-place-and-type") for o in links],
        stage_version="t",
    )
    return [published, enriched, classified, dup, story]


def scenario():
    return [
        *events_for("a", 0, killed=1),
        *events_for("b", 60, killed=3, links=("a",)),           # update chain: 1 then 3 killed
        *events_for("c", 61, killed=3, links=("b",), dup_of="b", source="Reuters"),  # syndicated copy
        *events_for("d", 5, labels=("negotiations",), places=(GOMEL,), status="proposed"),
        *events_for("e", 30, labels=("negotiations",), places=(), status="rejected", links=()),
        *events_for("f", 90, labels=("air_raid_alert",), alert=AlertInfo(region="Kyiv", status="started")),
    ]


def fold(events) -> dict:
    model = Model()
    for ev in events:
        model.apply(ev)
    return model.situation()


def test_story_figures_are_the_latest_not_a_sum():
    """An update chain (1 killed, then 3) and a syndicated copy give 3 killed, counted once."""
    sit = fold(scenario())
    story = next(s for s in sit["stories"] if s["id"] == "a")
    assert story["updates"] == ["a", "b", "c"]
    assert story["casualties"] == {"killed": 3, "injured": None}
    assert story["duplicates"] == 1
    assert story["sources"] == ["AP", "Reuters"]
    assert sit["counts"]["duplicates"] == 1
    assert sit["casualties"]["killed"] == 3


def test_talks_follow_event_time():
    """The talks' status is the latest by event time, and the venue a city named with them."""
    sit = fold(scenario())
    assert sit["negotiations"]["status"] == "rejected"
    assert sit["negotiations"]["venue"] == "Homyel'"
    assert [h["status"] for h in sit["negotiations"]["history"]] == ["proposed", "rejected"]


def test_alert_active_until_expiry():
    """An alert without an all-clear is active at as_of until it expires."""
    sit = fold(scenario())
    (alert,) = sit["alerts"]
    assert alert["active"] and alert["place"] == KYIV.id
    model = Model()
    for ev in scenario():
        model.apply(ev)
    later = model.situation(now=T0 + timedelta(minutes=90 + 31))
    assert not later["alerts"][0]["active"]


def test_alert_end_closes_its_start():
    """An all-clear naming its alert ends it; the place's latest is by event time."""
    evs = scenario() + events_for("g", 95, labels=("air_raid_alert",), alert=AlertInfo(region="Kyiv", status="ended", episode="f"))
    sit = fold(evs)
    (alert,) = sit["alerts"]
    assert not alert["active"]
    assert alert["until"] == "2022-02-27T09:35:00Z"
    kyiv = next(p for p in sit["places"] if p["id"] == KYIV.id)
    assert kyiv["latest"]["at"] == "2022-02-27T09:35:00Z"


def test_replayed_events_change_nothing():
    """Applying every event twice gives the same situation."""
    evs = scenario()
    assert fold(evs + evs) == fold(evs)


@settings(max_examples=60, deadline=None)
@given(st.permutations(scenario()))
def test_any_delivery_order_gives_the_same_situation(order):
    """Events in any order (links before their targets, parts of an update apart) give one situation."""
    assert fold(order) == fold(scenario())


def test_links_to_unknown_updates_wait():
    """A link to an update not yet seen joins nothing until it arrives."""
    evs = events_for("b", 60, links=("a",))
    model = Model()
    for ev in evs:
        model.apply(ev)
    assert model.story_ids() == ["b"]
    for ev in events_for("a", 0):
        model.apply(ev)
    assert model.story_ids() == ["a"]


def _record(i: int, minutes: int, types: list[str], source: str, killed: int | None, injured: int | None,
            places: list[PlaceRef]) -> Record:  # fmt: skip
    return Record(id=f"u{i:03d}", published_at=T0 + timedelta(minutes=minutes), source=source, headline=f"h{i}",
                  types=types, places=_unique_places(places), killed=killed, injured=injured, lang="en" if i % 2 else "uk",
                  cited=[source.lower()], civilian_target=i % 5 == 0)  # fmt: skip


_records = st.lists(
    st.tuples(st.integers(0, 600), st.lists(st.sampled_from(["shelling_missile", "negotiations", "statement", "zzz"]), max_size=3),
              st.sampled_from(["AP", "Reuters", "BBC"]), st.none() | st.integers(0, 9), st.none() | st.integers(0, 9),
              st.lists(st.sampled_from([KYIV, GOMEL]), max_size=2)),
    min_size=2, max_size=40,
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(_records, st.integers(0, 600))
def test_one_update_joining_a_story_adds_as_its_merge_would(rows, width):
    """`_StoryAggregate.add(rec)` (a new update joining a story) leaves what merging its own aggregate leaves."""
    recs = [_record(i, m % (width + 1), *rest) for i, (m, *rest) in enumerate(rows)]
    added, merged = _StoryAggregate(recs[0]), _StoryAggregate(recs[0])
    for rec in recs[1:]:
        added.add(rec)
        merged.merge(_StoryAggregate(rec))
        for slot in _StoryAggregate.__slots__:
            assert getattr(added, slot) == getattr(merged, slot), slot


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"ab .!?;…\n\t ", "\u00a0", "\u2028"]), max_size=400))
def test_headline_is_the_first_sentence_or_the_first_few(text):
    """The headline: the first sentence (split at a sentence end or a line break), joined by the next
    ones while it has fewer than four words, cut to length."""
    import re

    pieces = [p for p in (q.strip() for q in re.split(r"(?<=[.!?;…])\s+|\n", text.strip())) if p] or [""]
    first, more = pieces[0], iter(pieces[1:])
    while len(first.split()) < 4 and len(first) < 160 and (piece := next(more, None)) is not None:
        first = f"{first} {piece}"
    if len(first) > 160:
        first = first[:159].rsplit(" ", 1)[0] + "…"
    assert headline_of(text) == first


@pytest.mark.parametrize(("text", "headline"), [
    ("Увага! Легка техніка ворога прорвалася в Харків. Не виходьте з укриттів!",
     "Увага! Легка техніка ворога прорвалася в Харків."),
    ("Київ! Повітряна тривога! Всі негайно в укриття!", "Київ! Повітряна тривога! Всі негайно в укриття!"),
    ("ΕΚΤΑΚΤΟ:\nΙσχυρός σεισμός στην Κρήτη, λέει το Γεωδυναμικό. Δεν αναφέρονται ζημιές.",
     "ΕΚΤΑΚΤΟ: Ισχυρός σεισμός στην Κρήτη, λέει το Γεωδυναμικό."),
    ("Sirens right now in Kyiv pic.twitter.com/14QDuibKOy", "Sirens right now in Kyiv"),
    ("Взрывы в Белгороде https://t.me/s/example/12 Подробности позже.", "Взрывы в Белгороде Подробности позже."),
    ("https://t.co/abc", "https://t.co/abc"),
])  # fmt: skip
def test_a_headline_names_something_and_carries_no_links(text, headline):
    """A first sentence of one or two words ("Увага!", "ΕΚΤΑΚΤΟ:") takes the next one along; links are dropped."""
    assert headline_of(text) == headline


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=60),
       st.lists(st.integers(0, 30), max_size=30))
def test_roots_are_the_roots_members_find(unions, asked):
    """`roots`, which skips finding members that point at their root already, gives each set's root."""
    sets = _Components()
    for i in range(31):
        sets.add(f"u{i}", (T0, f"u{i}"))
    for a, b in unions:
        sets.union(f"u{a}", f"u{b}")
    expected = {_root(sets, f"u{i}") for i in asked}
    assert sets.roots(f"u{i}" for i in asked) == expected


def _root(sets: _Components, uid: str) -> str:
    while sets.parent[uid] != uid:  # no path compression: the sets as `union` left them
        uid = sets.parent[uid]
    return uid


def test_what_joining_reads_of_a_record_is_the_record_s_own_fields():
    """RecordToJoin (a rebuild's views process decodes records as it) names Record's fields with their
    types and defaults, so a record decodes to what joining reads of it; its links keep other and reason."""
    import msgspec

    from workers.fold import RecordToJoin, record_encoder, record_page_decoder

    record = {f.name: f for f in msgspec.structs.fields(Record)}
    for f in msgspec.structs.fields(RecordToJoin):
        assert f.name in record and f.default == record[f.name].default, f.name
        if f.name != "links":
            assert f.type == record[f.name].type, f.name
    rec = Record(id="u1", have=31, source="AP", published_at=datetime(2024, 5, 1, tzinfo=UTC), killed=3,
                 types=["armed_clash"], links=[StoryLink(other="u0", reason="duplicate", score=0.9)])  # fmt: skip
    (joined,) = record_page_decoder.decode(b"[" + record_encoder.encode(rec) + b"]")
    assert (joined.id, joined.source, joined.key, joined.killed, joined.types) == ("u1", "AP", rec.key, 3, ["armed_clash"])
    assert [(link.other, link.reason) for link in joined.links] == [("u0", "duplicate")]
