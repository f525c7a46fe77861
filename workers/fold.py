"""The situation fold: events in, read model out. Pure; no Redis.

`Model.apply(event)` folds one event. The model keeps one `Record` per update
(what the stages said of it); stories, places, alerts, talks and casualties
are views computed from the set of complete records, so the same updates
delivered in any order give the same situation:
- a story is a connected set of story links; its id is its earliest member
  (by event time, then id); a duplicate's original is likewise the earliest;
- "latest" always means greatest (event time, id), never arrival order.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import msgspec

from events.schema import (
    AnyEvent,
    DuplicateDecided,
    PlaceRef,
    StoryLink,
    StoryLinked,
    UpdateClassified,
    UpdateEnriched,
    UpdatePublished,
)

HEADLINE_MAX = 160
BREAKING_WINDOW = timedelta(hours=1)
BREAKING_SOURCES = 3
# Most important first: the order used to rank a story's or a place's types.
LABEL_ORDER = (
    "attack_on_civilians", "air_raid_alert", "shelling_missile", "air_drone_strike", "armed_clash",
    "territorial_control", "explosion", "air_defense", "casualty_report", "infrastructure_damage",
    "humanitarian", "negotiations", "force_movement", "civil_measure", "arrest_detention", "sanctions_aid",
    "cyber", "protest", "statement", "other",
)  # fmt: skip
_RANK = {label: i for i, label in enumerate(LABEL_ORDER)}
# How decisive a talks status is, within one development.
STATUS_WEIGHT = {"proposed": 1, "rejected": 2, "scheduled": 3, "agreed": 4, "held": 5, "concluded": 6}
_PRECISION = {"city": 0, "region": 1, "country": 2}

HAVE_PUBLISHED, HAVE_ENRICHED, HAVE_CLASSIFIED, HAVE_DUPLICATE, HAVE_STORY = 1, 2, 4, 8, 16
COMPLETE = 31


class Place(msgspec.Struct, kw_only=True, omit_defaults=True):
    id: str
    name: str
    country: str
    lat: float
    lon: float
    precision: str


class Record(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One update as analysed: what `sitrep export` prints, and what the views are made of."""

    id: str
    have: int = 0
    entry: str = ""  # its entry on the updates stream
    source: str = ""
    external_id: str | None = None
    published_at: datetime | None = None
    title: str | None = None
    headline: str = ""
    url: str | None = None
    via: str | None = None
    lang: str | None = None
    places: list[Place] = []
    types: list[str] = []
    scores: list[float] = []
    actors: list[str] = []
    cited: list[str] = []
    killed: int | None = None
    injured: int | None = None
    cumulative_killed: int | None = None
    cumulative_injured: int | None = None
    casualty_group: str | None = None
    civilian_target: bool = False
    negotiation_status: str | None = None
    alert_status: str | None = None
    alert_episode: str | None = None
    alert_region: str | None = None
    dup_method: str = "none"
    dup_matched: str | None = None
    dup_score: float = 0.0
    links: list[StoryLink] = []

    @property
    def complete(self) -> bool:
        return self.have == COMPLETE

    @property
    def key(self) -> tuple[datetime, str]:
        assert self.published_at is not None
        return (self.published_at, self.id)


record_encoder = msgspec.json.Encoder()
record_decoder = msgspec.json.Decoder(Record)


def headline_of(text: str) -> str:
    """The first sentence, cut to a headline's length."""
    first = re.split(r"(?<=[.!?;…])\s+|\n", text.strip(), maxsplit=1)[0]
    if len(first) > HEADLINE_MAX:
        first = first[: HEADLINE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return first


def iso(when: datetime | None) -> str | None:
    if when is None:
        return None
    return when.strftime("%Y-%m-%dT%H:%M:%SZ") if when.microsecond == 0 else when.isoformat().replace("+00:00", "Z")


PLACE_RECENT = 100


class _PlaceAggregate:
    """What a place's view needs, kept up to date in O(log n) per update.

    Only sets and maxima: the same whatever order the updates arrive in.
    """

    __slots__ = ("count", "recent", "types")

    def __init__(self) -> None:
        self.count = 0
        self.types: Counter[str] = Counter()
        self.recent: list[tuple[datetime, str]] = []  # the latest PLACE_RECENT keys, ascending

    def add(self, rec: Record) -> None:
        self.count += 1
        self.types.update(set(rec.types))
        key = rec.key
        if len(self.recent) < PLACE_RECENT or key > self.recent[0]:
            bisect.insort(self.recent, key)
            if len(self.recent) > PLACE_RECENT:
                del self.recent[0]


STORY_UPDATES_SHOWN = 500


class _StoryAggregate:
    """What a story's view needs, merged as stories join: a batch costs what it touches.

    Sets, counters and maxima only, so the view is the same in any arrival order.
    """

    __slots__ = ("cited", "civilian", "components", "injured", "keys", "killed", "langs", "places", "sources", "types")

    def __init__(self, rec: Record) -> None:
        self.keys: list[tuple[datetime, str]] = [rec.key]  # members by (time, id)
        self.types: Counter[str] = Counter(set(rec.types))
        self.places: dict[str, Place] = {p.id: p for p in rec.places}
        self.sources = {rec.source}
        self.cited = set(rec.cited)
        self.langs = {rec.lang} if rec.lang else set()
        self.killed = (rec.key, rec.killed) if rec.killed is not None else None
        self.injured = (rec.key, rec.injured) if rec.injured is not None else None
        self.civilian = rec.civilian_target
        self.components = 1  # duplicate sets inside the story: one original each

    def merge(self, other: _StoryAggregate) -> None:
        if len(other.keys) * 8 < len(self.keys):
            for key in other.keys:
                bisect.insort(self.keys, key)
        else:
            self.keys = sorted(self.keys + other.keys)
        self.types.update(other.types)
        for pid, place in other.places.items():
            self.places.setdefault(pid, place)
        self.sources |= other.sources
        self.cited |= other.cited
        self.langs |= other.langs
        self.killed = max(filter(None, (self.killed, other.killed)), default=None)
        self.injured = max(filter(None, (self.injured, other.injured)), default=None)
        self.civilian = self.civilian or other.civilian
        self.components += other.components


class _Components:
    """Union-find over update ids, each set remembering its earliest member."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.first: dict[str, tuple[datetime, str]] = {}  # root -> min key
        self.members: dict[str, set[str]] = {}

    def add(self, uid: str, key: tuple[datetime, str]) -> None:
        if uid not in self.parent:
            self.parent[uid] = uid
            self.first[uid] = key
            self.members[uid] = {uid}

    def find(self, uid: str) -> str:
        root = uid
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[uid] != root:  # path compression
            self.parent[uid], uid = root, self.parent[uid]
        return root

    def union(self, a: str, b: str) -> tuple[str, str] | None:
        """Join two sets; returns (kept root, absorbed root) when they were apart."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        self.first[ra] = min(self.first[ra], self.first.pop(rb))
        return ra, rb

    def label(self, uid: str) -> str:
        """The set's id: its earliest member."""
        return self.first[self.find(uid)][1]


@dataclass
class Changes:
    """What a batch of events touched, so the projector writes only that."""

    records: set[str] = field(default_factory=set)
    stories: set[str] = field(default_factory=set)  # story ids to (re)write
    gone_stories: set[str] = field(default_factory=set)  # story ids that no longer exist
    places: set[str] = field(default_factory=set)
    alerts: set[str] = field(default_factory=set)

    def clear(self) -> None:
        for part in (self.records, self.stories, self.gone_stories, self.places, self.alerts):
            part.clear()


class Model:
    """The current situation, folded from events."""

    def __init__(self, *, alert_expiry: timedelta = timedelta(minutes=30)):
        self.alert_expiry = alert_expiry
        self.records: dict[str, Record] = {}
        self.places: dict[str, Place] = {}
        self.stories = _Components()
        self.duplicates = _Components()
        # absent id -> {id linking to it: whether that link said "duplicate"}
        self.waiting: dict[str, dict[str, bool]] = {}
        self.place_members: dict[str, _PlaceAggregate] = defaultdict(_PlaceAggregate)
        self.alert_members: dict[str, set[str]] = defaultdict(set)
        self.as_of: datetime | None = None
        self.changes = Changes()
        # kept up to date as records complete, so a batch costs what it touches
        self.complete_count = 0
        self.duplicate_count = 0
        self.talks: set[str] = set()
        self.tallies: set[str] = set()
        self.story_cache: dict[str, dict[str, Any]] = {}
        self.story_aggregates: dict[str, _StoryAggregate] = {}  # story root -> aggregate

    # ------------------------------------------------------------ folding

    def _record(self, uid: str) -> Record:
        rec = self.records.get(uid)
        if rec is None:
            rec = self.records[uid] = Record(id=uid)
        return rec

    def apply(self, event: AnyEvent, *, entry: str = "") -> Model:
        match event:
            case UpdatePublished():
                rec = self._record(event.id)
                if rec.have & HAVE_PUBLISHED:
                    return self
                rec.entry = entry or rec.entry
                rec.source = event.source
                rec.external_id = event.external_id
                rec.published_at = event.published_at
                rec.title = event.title
                rec.headline = headline_of(event.text)
                rec.url = event.url
                rec.via = event.via
                if event.alert:
                    rec.alert_episode = event.alert.episode
                rec.have |= HAVE_PUBLISHED
            case UpdateEnriched():
                rec = self._record(event.update_id)
                if rec.have & HAVE_ENRICHED:
                    return self
                e = event.enrichment
                rec.lang = e.lang
                rec.places = _unique_places(e.places)
                rec.actors = sorted({a.id for a in e.actors})
                rec.cited = sorted({s.name for s in e.sources})
                _set_figures(rec, e.figures)
                rec.have |= HAVE_ENRICHED
            case UpdateClassified():
                rec = self._record(event.update_id)
                if rec.have & HAVE_CLASSIFIED:
                    return self
                c = event.classification
                rec.types = [label.label for label in c.types]
                rec.scores = [round(label.score, 3) for label in c.types]
                rec.civilian_target = c.civilian_target
                rec.negotiation_status = c.negotiation_status if "negotiations" in rec.types else None
                rec.alert_status = c.alert_status if "air_raid_alert" in rec.types else None
                rec.actors = sorted(set(rec.actors) | set(c.actors))
                rec.have |= HAVE_CLASSIFIED
            case DuplicateDecided():
                rec = self._record(event.update_id)
                if rec.have & HAVE_DUPLICATE:
                    return self
                rec.dup_method, rec.dup_matched, rec.dup_score = event.method, event.matched, event.score
                rec.have |= HAVE_DUPLICATE
            case StoryLinked():
                rec = self._record(event.update_id)
                if rec.have & HAVE_STORY:
                    return self
                rec.links = list(event.links)
                rec.have |= HAVE_STORY
            case _:
                return self  # rejects and dead letters do not change the situation
        if rec.complete:
            self._activate(rec)
        return self

    def load(self, records: Iterable[Record]) -> Model:
        """Rebuild the model from stored records (a projector restarting)."""
        for rec in records:
            self.records[rec.id] = rec
        for rec in list(self.records.values()):
            if rec.complete:
                self._activate(rec)
        self.changes.clear()
        return self

    def _activate(self, rec: Record) -> None:
        """A record became complete: join it to its stories, places and alerts."""
        uid = rec.id
        if uid in self.stories.parent:
            return
        self.changes.records.add(uid)
        self.complete_count += 1
        if "negotiations" in rec.types:
            self.talks.add(uid)
        if rec.cumulative_killed is not None or rec.cumulative_injured is not None:
            self.tallies.add(uid)
        self.stories.add(uid, rec.key)
        self.story_aggregates[uid] = _StoryAggregate(rec)
        self.duplicates.add(uid, rec.key)
        self.changes.stories.add(uid)
        if self.as_of is None or rec.published_at > self.as_of:  # type: ignore[operator]
            self.as_of = rec.published_at
        for place in rec.places:
            self.places.setdefault(place.id, place)
            self.place_members[place.id].add(rec)
            self.changes.places.add(place.id)
        if rec.alert_status:
            region = _alert_place(rec)
            if region:
                rec.alert_region = region
                self.alert_members[region].add(uid)
                self.changes.alerts.add(region)
        own = {link.other: link.reason == "duplicate" for link in rec.links}
        # links to this record that arrived before it, with whether they said "duplicate"
        waiting = self.waiting.pop(uid, {})
        for other, is_dup in (own | {o: d or own.get(o, False) for o, d in waiting.items()}).items():
            if other in self.stories.parent:
                self._join_story(uid, other)
                if is_dup:
                    self._join_duplicates(uid, other)
            else:  # absent, incomplete, or (while loading) complete but not yet activated
                pending = self.waiting.setdefault(other, {})
                pending[uid] = pending.get(uid, False) or is_dup

    def _join_story(self, a: str, b: str) -> None:
        root_a, root_b = self.stories.find(a), self.stories.find(b)
        if root_a == root_b:
            return
        label_a, label_b = self.stories.label(a), self.stories.label(b)
        small, big = (root_a, root_b) if len(self.stories.members[root_a]) <= len(self.stories.members[root_b]) else (root_b, root_a)
        big_label = self.stories.label(big)
        moved = list(self.stories.members[small])
        kept, absorbed = self.stories.union(a, b)  # type: ignore[misc]
        self.story_aggregates[kept].merge(self.story_aggregates.pop(absorbed))
        after = self.stories.label(a)
        self.changes.gone_stories |= {label_a, label_b} - {after}
        self.changes.stories.add(after)
        # Places show their updates' story ids: the absorbed set's changed, and the
        # whole story's when it took the absorbed set's earlier id.
        members = moved if after == big_label else self.stories.members[self.stories.find(a)]
        for member in members:
            for place in self.records[member].places:
                self.changes.places.add(place.id)

    def _join_duplicates(self, a: str, b: str) -> None:
        if self.duplicates.union(a, b) is not None:
            self.duplicate_count += 1
            # duplicate links also join stories, so both are in one story by now
            self.story_aggregates[self.stories.find(a)].components -= 1
            root = self.duplicates.find(a)
            for member in self.duplicates.members[root]:
                self.changes.places |= {p.id for p in self.records[member].places}
            self.changes.stories.add(self.stories.label(a))

    # ------------------------------------------------------------ per-update answers

    def story_of(self, uid: str) -> str | None:
        return self.stories.label(uid) if uid in self.stories.parent else None

    def duplicate_of(self, uid: str) -> str | None:
        if uid not in self.duplicates.parent:
            return None
        original = self.duplicates.label(uid)
        return None if original == uid else original

    def export(self, rec: Record) -> dict[str, Any]:
        """One update as analysed (CONTRACT: sitrep export)."""
        return {
            "id": rec.id,
            "source": rec.source,
            "external_id": rec.external_id,
            "published_at": iso(rec.published_at),
            "lang": rec.lang,
            "title": rec.title,
            "headline": rec.headline,
            "url": rec.url,
            "via": rec.via,
            "places": [p.id for p in rec.places],
            "place_names": [p.name for p in rec.places],
            "types": rec.types,
            "scores": rec.scores,
            "actors": rec.actors,
            "cited": rec.cited,
            "duplicate_of": self.duplicate_of(rec.id),
            "duplicate_method": rec.dup_method,
            "duplicate_score": rec.dup_score,
            "story": self.story_of(rec.id),
            "casualties": {
                "killed": rec.killed, "injured": rec.injured, "group": rec.casualty_group,
                "cumulative_killed": rec.cumulative_killed, "cumulative_injured": rec.cumulative_injured,
            },
            "civilian_target": rec.civilian_target,
            "negotiation_status": rec.negotiation_status,
            "alert_status": rec.alert_status,
        }  # fmt: skip

    # ------------------------------------------------------------ views

    def story_ids(self) -> list[str]:
        return sorted({self.stories.label(uid) for uid in self.stories.parent})

    def story_view(self, story_id: str) -> dict[str, Any] | None:
        if story_id not in self.stories.parent:
            return None
        root = self.stories.find(story_id)
        if self.stories.label(root) != story_id:
            return None
        agg = self.story_aggregates[root]
        first, last = self.records[agg.keys[0][1]], self.records[agg.keys[-1][1]]
        last_at = agg.keys[-1][0]
        recent = set()
        for when, uid in reversed(agg.keys):
            if when < last_at - BREAKING_WINDOW:
                break
            recent.add(self.records[uid].source)
        ordered_places = sorted(agg.places, key=lambda pid: (_PRECISION.get(agg.places[pid].precision, 3), pid))
        sources, cited = sorted(agg.sources), sorted(agg.cited)
        view = {
            "id": story_id,
            "headline": first.headline,
            "title": first.title,
            "types": sorted(agg.types, key=lambda t: (_RANK.get(t, len(_RANK)), -agg.types[t], t)),
            "places": ordered_places,
            "place_names": [agg.places[pid].name for pid in ordered_places],
            "sources": sources,
            "cited": cited,
            "languages": sorted(agg.langs),
            # a story that runs for days keeps its latest updates in view; `update_count` has them all
            "updates": [uid for _, uid in agg.keys[-STORY_UPDATES_SHOWN:]],
            "update_count": len(agg.keys),
            "duplicates": len(agg.keys) - agg.components,
            "first_at": iso(first.published_at),
            "last_at": iso(last.published_at),
            "casualties": {
                "killed": agg.killed[1] if agg.killed else None,
                "injured": agg.injured[1] if agg.injured else None,
            },
            "corroboration": len(agg.sources | agg.cited),
            "breaking": len(recent) >= BREAKING_SOURCES,
            "civilian_target": agg.civilian,
        }
        return view

    def place_view(self, place_id: str) -> dict[str, Any] | None:
        agg = self.place_members.get(place_id)
        if agg is None or not agg.count:
            return None
        place = self.places[place_id]
        latest_key = agg.recent[-1]
        story = self.story_of(latest_key[1])
        story_rec = self.records[story or latest_key[1]]
        return {
            "id": place.id,
            "name": place.name,
            "country": place.country,
            "lat": place.lat,
            "lon": place.lon,
            "precision": place.precision,
            "types": sorted(agg.types, key=lambda t: (_RANK.get(t, len(_RANK)), -agg.types[t], t)),
            # the stories of its most recent updates: a whole country's would be all of them
            "stories": sorted({self.stories.label(uid) for _, uid in agg.recent}),
            "updates": agg.count,
            "last_at": iso(latest_key[0]),
            "latest": {"story": story, "headline": story_rec.headline, "at": iso(latest_key[0])},
        }

    def alert_view(self, place_id: str) -> dict[str, Any] | None:
        """The alert intervals at a place, summarised by the one that ends last."""
        members = [self.records[m] for m in self.alert_members.get(place_id, ())]
        if not members:
            return None
        intervals = alert_intervals(members, self.alert_expiry)
        since, until, ended = max(intervals, key=lambda iv: (iv[1], iv[0]))
        place = self.places.get(place_id)
        return {
            "place": place_id,
            "name": place.name if place else place_id,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "since": iso(since),
            "until": iso(until),
            "ended": ended,
            "alerts": sum(1 for r in members if r.alert_status == "started"),
        }

    def negotiations_view(self) -> dict[str, Any]:
        """Where the talks stand: the latest development by event time.

        Within one story (one development) the most decisive status counts: "rejects
        talks in Belarus, open to talks elsewhere" is a rejection, not a proposal.
        """
        talks = [r for r in map(self.records.__getitem__, self.talks) if self.duplicate_of(r.id) is None]
        by_story: dict[str, list[Record]] = defaultdict(list)
        for r in talks:
            if r.negotiation_status:
                by_story[self.stories.label(r.id)].append(r)
        developments = []
        for story, members in by_story.items():
            decisive = max(members, key=lambda r: (STATUS_WEIGHT.get(r.negotiation_status or "", 0), r.key))
            developments.append((max(r.key for r in members), story, decisive))
        developments.sort(key=lambda d: d[0])
        view: dict[str, Any] = {"status": None, "venue": None, "venue_id": None, "latest": None, "history": []}
        # The sides: the two states most often acting in reports of the talks. A
        # venue is somewhere else (their capitals mostly stand for their governments).
        states = {p.name.lower(): p.country for r in talks for p in r.places if p.precision == "country"}
        acting = Counter(a for r in talks for a in r.actors if a in states)
        sides = {states[a] for a, _ in sorted(acting.items(), key=lambda kv: (-kv[1], kv[0]))[:2]}
        for at, story_id, decisive in developments:
            view["history"].append({"status": decisive.negotiation_status, "at": iso(at[0]), "story": story_id, "update": decisive.id})
            members = sorted(by_story[story_id], key=lambda r: r.key)
            venue = next((v for r in members if (v := _venue(r, sides)) is not None), None)
            if venue is not None:
                view["venue"], view["venue_id"] = venue.name, venue.id
            view["status"] = decisive.negotiation_status
        if talks:
            last = max(talks, key=lambda r: r.key)
            last_story = self.story_of(last.id)
            view["latest"] = {
                "story": last_story, "headline": self.records[last_story or last.id].headline, "at": iso(last.published_at),
            }  # fmt: skip
        return view

    def casualties_view(self, stories: Iterable[dict[str, Any]]) -> dict[str, Any]:
        killed = injured = None
        sources: list[dict[str, Any]] = []
        for story in stories:
            figures = story["casualties"]
            if figures["killed"] is not None:
                killed = (killed or 0) + figures["killed"]
            if figures["injured"] is not None:
                injured = (injured or 0) + figures["injured"]
            if figures["killed"] is not None or figures["injured"] is not None:
                sources.append({"story": story["id"], **figures, "sources": story["sources"], "cited": story["cited"]})
        tally = max(
            map(self.records.__getitem__, self.tallies),
            key=lambda r: r.key,
            default=None,
        )
        return {
            "killed": killed,
            "injured": injured,
            "by_story": sources,
            "latest_tally": None if tally is None else {
                "killed": tally.cumulative_killed, "injured": tally.cumulative_injured, "group": tally.casualty_group,
                "update": tally.id, "source": tally.source, "cited": tally.cited, "at": iso(tally.published_at),
            },
        }  # fmt: skip

    def refresh_stories(self) -> dict[str, dict[str, Any] | None]:
        """Recompute the stories the last events touched (None: a story merged away)."""
        out: dict[str, dict[str, Any] | None] = {}
        for sid in self.changes.stories | self.changes.gone_stories:
            view = out[sid] = self.story_view(sid)
            if view is None:
                self.story_cache.pop(sid, None)
            else:
                self.story_cache[sid] = view
        return out

    def situation(self, *, now: datetime | None = None, rejected: int = 0) -> dict[str, Any]:
        """The whole read model as the contract's JSON (computed from scratch)."""
        stories = [v for sid in self.story_ids() if (v := self.story_view(sid))]
        places = [v for pid in sorted(self.place_members) if (v := self.place_view(pid))]
        alerts = [v for pid in sorted(self.alert_members) if (v := self.alert_view(pid))]
        meta = self.meta(stories, rejected=rejected)
        return assemble(meta, stories, places, alerts, now=now)

    def meta(self, stories: list[dict[str, Any]], *, rejected: int = 0) -> dict[str, Any]:
        return {
            "as_of": iso(self.as_of),
            "counts": {
                "updates": self.complete_count,
                "duplicates": self.duplicate_count,
                "stories": len(stories),
                "rejected": rejected,
            },
            "negotiations": self.negotiations_view(),
            "casualties": self.casualties_view(stories),
        }


def assemble(
    meta: dict[str, Any],
    stories: list[dict[str, Any]],
    places: list[dict[str, Any]],
    alerts: list[dict[str, Any]],
    *,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The contract's situation object from stored views; `active` is judged at `now` (default: as_of)."""
    clock = iso(now) if now is not None else meta.get("as_of")
    out_alerts = []
    for alert in alerts:
        active = clock is not None and alert["since"] <= clock < alert["until"]
        out_alerts.append({**alert, "active": active})
    return {
        "as_of": meta.get("as_of"),
        "counts": meta["counts"],
        "stories": sorted(stories, key=lambda s: (s["last_at"] or "", s["id"]), reverse=True),
        "places": sorted(places, key=lambda p: (p["last_at"] or "", p["id"]), reverse=True),
        "alerts": sorted(out_alerts, key=lambda a: (not a["active"], a["place"])),
        "negotiations": meta["negotiations"],
        "casualties": meta["casualties"],
    }


# ---------------------------------------------------------------- helpers


def _unique_places(places: Iterable[PlaceRef]) -> list[Place]:
    seen: dict[str, Place] = {}
    for p in places:
        if p.id not in seen:
            seen[p.id] = Place(id=p.id, name=p.name, country=p.country, lat=p.lat, lon=p.lon, precision=p.precision)
    return list(seen.values())


def _set_figures(rec: Record, figures: Iterable[Any]) -> None:
    """The largest figure stated; running tallies apart from one incident's figures."""
    for f in figures:
        if f.cumulative:
            if f.killed is not None:
                rec.cumulative_killed = max(rec.cumulative_killed or 0, f.killed)
            if f.injured is not None:
                rec.cumulative_injured = max(rec.cumulative_injured or 0, f.injured)
        else:
            if f.killed is not None:
                rec.killed = max(rec.killed or 0, f.killed)
            if f.injured is not None:
                rec.injured = max(rec.injured or 0, f.injured)
        rec.casualty_group = rec.casualty_group or f.group


def _alert_place(rec: Record) -> str | None:
    """Where an alert sounds: the most precise place it names."""
    if not rec.places:
        return None
    return min(rec.places, key=lambda p: (_PRECISION.get(p.precision, 3), p.id)).id


def alert_intervals(members: list[Record], expiry: timedelta) -> list[tuple[datetime, datetime, bool]]:
    """(start, end, ended) of each alert: an end names its start, or closes the latest open one before it."""
    starts = sorted((r for r in members if r.alert_status == "started"), key=lambda r: r.key)
    ends = sorted((r for r in members if r.alert_status == "ended"), key=lambda r: r.key)
    explicit = {r.alert_episode: r.published_at for r in ends if r.alert_episode}
    loose = [r.published_at for r in ends if not r.alert_episode]
    out: list[tuple[datetime, datetime, bool]] = []
    for i, start in enumerate(starts):
        begin = start.published_at
        assert begin is not None
        if start.id in explicit:
            out.append((begin, explicit[start.id], True))  # type: ignore[arg-type]
            continue
        nxt = starts[i + 1].published_at if i + 1 < len(starts) else None
        end = next((e for e in loose if e >= begin and (nxt is None or e < nxt)), None)  # type: ignore[operator]
        out.append((begin, end, True) if end is not None else (begin, begin + expiry, False))
    if not starts:  # only all-clears known: nothing is active
        out = [(r.published_at, r.published_at, True) for r in ends]  # type: ignore[misc]
    return out


def _venue(rec: Record, sides: set[str]) -> Place | None:
    """Where talks are to be held: a place named with them outside the sides' countries, a city first."""
    elsewhere = sorted((p for p in rec.places if p.country not in sides), key=lambda p: _PRECISION.get(p.precision, 3))
    return elsewhere[0] if elsewhere else None
