"""The situation fold: events in, read model out. Pure; no Redis.

`Model.apply(event)` folds one event. The model keeps one `Record` per update
(what the stages said of it); stories, places, alerts, talks and casualties
are views computed from the set of complete records, so the same updates
delivered in any order give the same situation:
- a story is a connected set of story links; its id is its earliest member
  (by event time, then id); a duplicate's original is likewise the earliest;
- "latest" always means greatest (event time, id), never arrival order.

Every view is kept up to date from aggregates as records complete, so a batch
costs what it touches. A model made with `keep_records=False` (the projector's)
lets go of a record once it is written to the read model (`release`): the
views need only the aggregates, the story and duplicate components, and the
few fields of talks they summarise.

A model made with a `retention` forgets, as event time moves on (`evict`),
what no new update can change: the members of stories, duplicate sets and
alerts older than the retention behind the newest event time seen (the
watermark), so that its memory stays flat on an endless feed. The windows
of the analysis are far shorter, so only an update analysed more than the
retention after its neighbours (a link to a forgotten update) would be told
apart from a model that keeps everything: it joins nothing forgotten. What
the views still show is kept: each place's latest updates, the talks (of a
story that goes on, its old talks summed up: `_Archive`), the casualties of
every story, each alert place's last interval.
"""

from __future__ import annotations

import bisect
import heapq
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import msgspec

from events.codec import NO_LINKS, Place
from events.schema import StoryLink

# What the fold makes of the same events. A read model folded by another version (fold/1 wrote
# none) is folded again from the log when a projector loads it: bump it when records or views change.
FOLD_VERSION = "fold/2"  # fold/2: headlines name something and carry no links
HEADLINE_MAX = 160
# A first sentence shorter than this ("Увага!", "Kyiv!", "BREAKING:") names nothing: the next one joins it.
HEADLINE_MIN_WORDS = 4
# Links say nothing in a headline ("Sirens in Kyiv pic.twitter.com/x"): dropped, unless they are all there is.
_LINK = re.compile(r"\s*(?:https?://|www\.|pic\.twitter\.com/)\S*", re.IGNORECASE)
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


class _JoinLink(msgspec.Struct, frozen=True):
    """What joining reads of a story link: its score is not looked at."""

    other: str
    reason: str


class RecordToJoin(msgspec.Struct, kw_only=True, omit_defaults=True):
    """What joining a complete record to the views (`Model.activate`) reads of it, with Record's defaults.

    A rebuild's views process decodes each page's records as these: the rest (the links'
    scores, the url, the scores...) is skipped by the decoder, not built and freed again.
    """

    id: str
    source: str = ""
    published_at: datetime | None = None
    title: str | None = None
    headline: str = ""
    lang: str | None = None
    places: list[Place] = []
    types: list[str] = []
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
    links: list[_JoinLink] = []

    @property
    def key(self) -> tuple[datetime, str]:
        assert self.published_at is not None
        return (self.published_at, self.id)


# A record, or what joining reads of one
Joinable = Record | RecordToJoin

record_encoder = msgspec.json.Encoder()
record_decoder = msgspec.json.Decoder(Record)
record_page_decoder = msgspec.json.Decoder(list[RecordToJoin])  # a JSON array of records, as joining reads them


def headline_of(text: str) -> str:
    """The first sentence without its links, with the next ones while it has fewer than
    HEADLINE_MIN_WORDS words, cut to a headline's length."""
    whole = rest = text.strip()
    end = _first_sentence_end(rest)
    first = _without_links(rest[:end])
    while len(first.split()) < HEADLINE_MIN_WORDS and end < len(rest) and len(first) < HEADLINE_MAX:
        rest = rest[end:].lstrip()
        end = _first_sentence_end(rest)
        more = _without_links(rest[:end])
        first = f"{first} {more}" if first and more else first or more
    if not first:  # nothing but links
        first = whole[: _first_sentence_end(whole)].strip()
    if len(first) > HEADLINE_MAX:
        first = first[: HEADLINE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return first


def _without_links(sentence: str) -> str:
    return (_LINK.sub("", sentence) if "/" in sentence else sentence).strip()


def _first_sentence_end(text: str) -> int:
    """Where the first sentence ends: at the first line break, or after punctuation (.!?;…) that whitespace follows.

    str.find looks no further than the earliest end found so far, and is much faster than the regex
    engine trying a lookbehind at every character.
    """
    end = text.find("\n")
    if end < 0:
        end = len(text)
    for mark in ".!?;…":
        i = text.find(mark, 0, end)
        while i >= 0:
            if text[i + 1 : i + 2].isspace():
                end = i + 1
                break
            i = text.find(mark, i + 1, end)
    return end


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

    def add(self, rec: Joinable) -> None:
        self.count += 1
        self.types.update(set(rec.types))
        key = rec.key
        if len(self.recent) < PLACE_RECENT or key > self.recent[0]:
            bisect.insort(self.recent, key)
            if len(self.recent) > PLACE_RECENT:
                del self.recent[0]


STORY_UPDATES_SHOWN = 500
# What the meta views list, so that a step writes the same few kilobytes after months of a
# feed (the totals and the status count every story): the stories whose latest figures came
# last, and the latest developments of the talks.
CASUALTY_STORIES_SHOWN = 100
TALKS_HISTORY_SHOWN = 50


class _StoryAggregate:
    """What a story's view needs, merged as stories join: a batch costs what it touches.

    Sets, counters and maxima only, so the view is the same in any arrival order.
    Of its members it keeps the latest STORY_UPDATES_SHOWN and those within
    BREAKING_WINDOW of the last (all the view shows), the count, and the first.
    """

    __slots__ = ("cited", "civilian", "components", "count", "first", "injured", "keys", "killed", "langs", "places",
                 "sources", "types")  # fmt: skip

    def __init__(self, rec: Joinable) -> None:
        key = rec.key
        self.keys: list[tuple[datetime, str, str]] = [(key[0], key[1], rec.source)]  # (time, id, source), ascending
        self.count = 1
        self.first = (key, rec.headline, rec.title)  # the earliest member names the story
        self.types: Counter[str] = Counter(set(rec.types))
        self.places: dict[str, Place] = {p.id: p for p in rec.places}
        self.sources = {rec.source}
        self.cited = set(rec.cited)
        self.langs = {rec.lang} if rec.lang else set()
        self.killed = (rec.key, rec.killed) if rec.killed is not None else None
        self.injured = (rec.key, rec.injured) if rec.injured is not None else None
        self.civilian = rec.civilian_target
        self.components = 1  # duplicate sets inside the story: one original each

    def add(self, rec: Joinable) -> None:
        """`merge` of one update's own aggregate, without making it (most updates join a story)."""
        key = rec.key
        bisect.insort(self.keys, (key[0], key[1], rec.source))
        self.count += 1
        if key < self.first[0]:
            self.first = (key, rec.headline, rec.title)
        if len(self.keys) > STORY_UPDATES_SHOWN:
            self._trim()
        self.types.update(set(rec.types))
        for place in rec.places:
            self.places.setdefault(place.id, place)
        self.sources.add(rec.source)
        self.cited.update(rec.cited)
        if rec.lang:
            self.langs.add(rec.lang)
        if rec.killed is not None:
            self.killed = max(self.killed, (key, rec.killed)) if self.killed else (key, rec.killed)
        if rec.injured is not None:
            self.injured = max(self.injured, (key, rec.injured)) if self.injured else (key, rec.injured)
        self.civilian = self.civilian or rec.civilian_target
        self.components += 1

    def _trim(self) -> None:
        # the latest shown and the breaking window's of the union are among each side's
        excess = len(self.keys) - STORY_UPDATES_SHOWN
        if excess > 0:
            recent = bisect.bisect_left(self.keys, (self.keys[-1][0] - BREAKING_WINDOW,))
            if min(excess, recent) > 0:
                del self.keys[: min(excess, recent)]

    def merge(self, other: _StoryAggregate) -> None:
        if len(other.keys) * 8 < len(self.keys):
            for key in other.keys:
                bisect.insort(self.keys, key)
        else:
            self.keys = sorted(self.keys + other.keys)
        self.count += other.count
        self.first = min(self.first, other.first, key=lambda f: f[0])
        self._trim()
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
    """Union-find over update ids, each set remembering its earliest member and its size."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.first: dict[str, tuple[datetime, str]] = {}  # root -> min key
        self.size: dict[str, int] = {}  # root -> members

    def add(self, uid: str, key: tuple[datetime, str]) -> None:
        if uid not in self.parent:
            self.parent[uid] = uid
            self.first[uid] = key
            self.size[uid] = 1

    def find(self, uid: str) -> str:
        root = uid
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[uid] != root:  # path compression
            self.parent[uid], uid = root, self.parent[uid]
        return root

    def roots(self, uids: Iterable[str]) -> set[str]:
        """The roots of these members' sets."""
        parent = self.parent
        direct = {parent[uid] for uid in uids}
        # paths are mostly compressed: most members point at their root already
        if all(parent[p] == p for p in direct):
            return direct
        return {self.find(p) for p in direct}

    def union(self, a: str, b: str) -> tuple[str, str] | None:
        """Join two sets; returns (kept root, absorbed root) when they were apart."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return None
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.absorb(ra, rb)
        return ra, rb

    def absorb(self, kept: str, absorbed: str) -> None:
        """Join two roots' sets (apart so far) under `kept`: `union` once the roots are known."""
        self.parent[absorbed] = kept
        self.size[kept] += self.size.pop(absorbed)
        self.first[kept] = min(self.first[kept], self.first.pop(absorbed))

    def label(self, uid: str) -> str:
        """The set's id: its earliest member."""
        return self.first[self.find(uid)][1]


def _forget(
    sets: _Components, old: list[str], live: list[str], keep_roots: set[str], resident: set[str]
) -> tuple[dict[str, str], set[str]]:
    """Drop `old` members from union-find `sets`: (the sets dropped whole, root -> id; old members kept).

    A set with a `live` member, or a root in `keep_roots`, keeps its root, its
    earliest member (which names it) and its `resident` members besides its
    live ones; they are made to point at the root first, so that no one points
    at a member let go of.
    """
    parent, find, first = sets.parent, sets.find, sets.first
    kept_roots = set(keep_roots)
    for uid in live:
        if uid in parent:
            kept_roots.add(find(uid))  # and compresses its path
    kept = set(live) & set(old)
    for root in kept_roots:
        label = first[root][1]
        find(label)
        kept |= {root, label}
    roots = {uid: find(uid) for uid in old if uid in parent}  # each now points at its root
    kept.update(uid for uid in resident if roots.get(uid) in kept_roots)
    gone = {uid: first[uid][1] for uid, root in roots.items() if uid == root and root not in kept_roots}
    for uid in roots:
        if uid not in kept:
            del parent[uid]
    for root in gone:
        del first[root], sets.size[root]
    return gone, kept & set(old)


class _AlertAggregate:
    """A place's alert intervals, as `alert_intervals` makes them, kept up to date per alert.

    A start changes its own interval and its predecessor's, an all-clear only the
    one it closes; a heap finds the interval that ends last (stale entries are
    dropped when they come to the top).
    """

    __slots__ = ("by_id", "expiry", "explicit", "forgotten", "heap", "intervals", "last_end", "loose", "starts")

    def __init__(self, expiry: timedelta) -> None:
        self.expiry = expiry
        self.starts: list[tuple[datetime, str]] = []  # ascending
        self.by_id: dict[str, tuple[datetime, str]] = {}  # start id -> its key
        self.explicit: dict[str, tuple[datetime, str]] = {}  # episode -> the latest end naming it
        self.loose: list[datetime] = []  # ends naming no start, ascending
        self.last_end: datetime | None = None
        self.forgotten = 0  # starts let go of by `forget_before`: still counted
        self.intervals: dict[tuple[datetime, str], tuple[datetime, datetime, bool]] = {}
        # (-end, -start, start key, interval): the top is the interval that ends last, the
        # earliest start on a tie (as max() over the sorted starts)
        self.heap: list[tuple[int, int, tuple[datetime, str], tuple[datetime, datetime, bool]]] = []

    def add(self, key: tuple[datetime, str], status: str | None, episode: str | None) -> None:
        if status == "started":
            i = bisect.bisect_left(self.starts, key)
            self.starts.insert(i, key)
            self.by_id[key[1]] = key
            changed = self.starts[max(i - 1, 0) : i + 1]  # it, and the one before (its next start moved)
        else:
            end = key[0]
            self.last_end = end if self.last_end is None else max(self.last_end, end)
            if episode:
                if episode in self.explicit and self.explicit[episode] >= key:
                    return
                self.explicit[episode] = key
                changed = [self.by_id[episode]] if episode in self.by_id else []
            else:
                bisect.insort(self.loose, end)
                i = bisect.bisect_right(self.starts, end, key=_first) - 1  # the start it may close
                changed = [self.starts[i]] if i >= 0 else []
        for start in changed:
            interval = self._interval(start)
            if self.intervals.get(start) != interval:
                self.intervals[start] = interval
                heapq.heappush(self.heap, (-_micros(interval[1]), -_micros(interval[0]), start, interval))
        if len(self.heap) > 2 * len(self.intervals) + 16:  # drop the stale entries
            self.heap = [e for e in self.heap if self.intervals[e[2]] == e[3]]
            heapq.heapify(self.heap)

    def _interval(self, start: tuple[datetime, str]) -> tuple[datetime, datetime, bool]:
        begin = start[0]
        named = self.explicit.get(start[1])
        if named is not None:
            return (begin, named[0], True)
        i = bisect.bisect_left(self.starts, start)
        nxt = self.starts[i + 1][0] if i + 1 < len(self.starts) else None
        j = bisect.bisect_left(self.loose, begin)
        if j < len(self.loose) and (nxt is None or self.loose[j] < nxt):
            return (begin, self.loose[j], True)
        return (begin, begin + self.expiry, False)

    def forget_before(self, cutoff: datetime) -> None:
        """Let go of the starts before `cutoff`, but the one whose interval is the summary.

        A start's interval depends only on later starts and all-clears, so the
        intervals of the starts kept do not change; all-clears before the
        earliest start kept can close none of them.
        """
        summary = self.summary()
        cut = bisect.bisect_left(self.starts, (cutoff,))
        dropped = [start for start in self.starts[:cut] if summary is None or self.intervals.get(start) != summary]
        if not dropped:
            return
        gone = set(dropped)
        self.starts = [start for start in self.starts if start not in gone]
        for start in dropped:
            del self.by_id[start[1]]
            self.intervals.pop(start, None)
            self.explicit.pop(start[1], None)
        self.forgotten += len(dropped)
        first = self.starts[0][0] if self.starts else cutoff
        del self.loose[: bisect.bisect_left(self.loose, first)]
        self.heap = [e for e in self.heap if e[2] not in gone and self.intervals.get(e[2]) == e[3]]
        heapq.heapify(self.heap)

    def summary(self) -> tuple[datetime, datetime, bool] | None:
        """(since, until, ended) of the interval that ends last."""
        heap = self.heap
        while heap and self.intervals[heap[0][2]] != heap[0][3]:
            heapq.heappop(heap)
        if heap:
            return heap[0][3]
        if self.last_end is not None:  # only all-clears known: nothing is active
            return (self.last_end, self.last_end, True)
        return None


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_OTHER = operator.attrgetter("other")
_ID = operator.itemgetter(1)  # of a (time, id, ...) key


def _micros(when: datetime) -> int:
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - _EPOCH) // timedelta(microseconds=1)


def _first(key: tuple[datetime, str]) -> datetime:
    return key[0]


class _Talk:
    """What the talks' view reads of one update about talks."""

    __slots__ = ("actors", "key", "places", "status", "uid")

    def __init__(self, rec: Joinable) -> None:
        self.uid = rec.id
        self.key = rec.key
        self.status = rec.negotiation_status
        self.places = rec.places
        self.actors = rec.actors


class _Archive:
    """A live story's original talks that are older than the retention, as its development reads them.

    A story that goes on for months keeps a summary, not its talks: the most
    decisive status, the latest, and the places named, each distinct list of
    places once, at the earliest talk naming it (the venue is the first talk's
    in key order that names one, so a later talk naming the same places in the
    same order cannot be it).
    """

    __slots__ = ("decisive", "latest", "named")

    def __init__(self) -> None:
        self.decisive: tuple[int, tuple[datetime, str], str] | None = None  # (weight, key, status)
        self.latest: tuple[datetime, str] | None = None
        # the ids of a talk's places, in its order (a venue is the first of the best precision) -> (key, places)
        self.named: dict[tuple[str, ...], tuple[tuple[datetime, str], list[Place]]] = {}

    def add(self, talk: _Talk) -> None:
        status = cast("str", talk.status)
        self._keep((STATUS_WEIGHT.get(status, 0), talk.key, status), talk.key)
        if talk.places:
            self._name(tuple(p.id for p in talk.places), talk.key, talk.places)

    def _name(self, ids: tuple[str, ...], key: tuple[datetime, str], places: list[Place]) -> None:
        known = self.named.get(ids)
        if known is None or key < known[0]:
            self.named[ids] = (key, places)

    def merge(self, other: _Archive) -> None:
        self._keep(other.decisive, other.latest)
        for ids, (key, places) in other.named.items():
            self._name(ids, key, places)

    def _keep(
        self, decisive: tuple[int, tuple[datetime, str], str] | None, latest: tuple[datetime, str] | None
    ) -> None:
        """The more decisive status (by weight, then key) and the later key of this summary and another's."""
        if decisive is not None and (self.decisive is None or decisive[:2] > self.decisive[:2]):
            self.decisive = decisive
        if latest is not None and (self.latest is None or latest > self.latest):
            self.latest = latest


class _Talks:
    """The talks' view, kept up to date: a batch costs the developments it touches.

    A development is a story's talks that are not duplicates; the hooks below
    say which stories and which talks a batch touched.
    """

    def __init__(self) -> None:
        self.talks: dict[str, _Talk] = {}
        self.originals: set[str] = set()  # talks that duplicate no earlier update
        self.by_root: dict[str, set[str]] = {}  # story root -> its talks
        self.archives: dict[str, _Archive] = {}  # story root -> its archived talks (Model.evict)
        self.actors: Counter[str] = Counter()  # in the originals
        self.states: Counter[tuple[str, str]] = Counter()  # (name, country) of the originals' countries
        self.last: tuple[datetime, str] | None = None  # the latest original
        # story id -> (at, history entry, the places its talks name in key order, venue memo (sides, venue))
        self.developments: dict[str, tuple[tuple[datetime, str], dict[str, Any], list[list[Place]], list[Any]]] = {}
        self.order: list[tuple[tuple[datetime, str], str]] = []  # (at, story id), ascending
        self.check: set[str] = set()  # talks that may have become, or stopped being, originals
        self.dirty: set[str] = set()  # story ids whose development may have changed
        self.view: dict[str, Any] | None = None

    def add(self, rec: Joinable) -> None:
        self.talks[rec.id] = _Talk(rec)
        self.by_root[rec.id] = {rec.id}
        self.check.add(rec.id)

    def joined(self, kept: str, absorbed: str, labels: Iterable[str], *, renamed: bool) -> None:
        """Two stories joined: their developments are one now. (`renamed`: the kept story's id changed.)"""
        moved = self.by_root.pop(absorbed, None)
        archive = self.archives.pop(absorbed, None)
        if archive is not None:
            into = self.archives.get(kept)
            if into is None:
                self.archives[kept] = archive
            else:
                into.merge(archive)
        elif not moved and (not renamed or (kept not in self.by_root and kept not in self.archives)):
            # the absorbed story brought no talks: the kept one's development stays as it was,
            # under the same id (most updates that join a story of talks are no talks themselves)
            return
        if moved:
            self.by_root.setdefault(kept, set()).update(moved)
        self.dirty.update(labels)

    def refresh(self, model: Model) -> dict[str, Any]:
        if self.view is not None and not self.check and not self.dirty:
            return self.view
        for uid in self.check:
            original = model.duplicate_of(uid) is None
            if original == (uid in self.originals):
                continue
            talk, sign = self.talks[uid], 1 if original else -1
            self.actors.update({a: sign for a in talk.actors})
            self.states.update({(p.name.lower(), p.country): sign for p in talk.places if p.precision == "country"})
            if original:
                self.originals.add(uid)
                if self.last is None or talk.key > self.last:
                    self.last = talk.key
            else:
                self.originals.discard(uid)
                if self.last == talk.key:
                    self.last = max((self.talks[u].key for u in self.originals), default=None)
            self.dirty.add(model.stories.label(uid))
        self.check.clear()
        for sid in self.dirty:
            old = self.developments.pop(sid, None)
            if old is not None:
                del self.order[bisect.bisect_left(self.order, (old[0], sid))]
            if sid not in model.stories.parent or model.stories.label(sid) != sid:
                continue  # merged away: its new id is dirty too
            root = model.stories.find(sid)
            members = sorted((self.talks[u] for u in self.by_root.get(root, ()) if u in self.originals and self.talks[u].status),
                             key=lambda t: t.key)  # fmt: skip
            archive = self.archives.get(root)
            decisive = max(((STATUS_WEIGHT.get(t.status or "", 0), t.key, t.status) for t in members), default=None)
            talks_named = [(t.key, t.places) for t in members if t.places]
            at = members[-1].key if members else None
            if archive is not None and archive.decisive is not None:
                decisive = max(filter(None, (decisive, archive.decisive)), key=lambda d: d[:2])
                at = max(filter(None, (at, archive.latest)))
                talks_named = sorted([*talks_named, *archive.named.values()], key=lambda kp: kp[0])
            if decisive is None or at is None:
                continue
            _, (_, update), status = decisive
            entry = {"status": status, "at": iso(at[0]), "story": sid, "update": update}
            self.developments[sid] = (at, entry, [places for _, places in talks_named], [])
            bisect.insort(self.order, (at, sid))
        self.dirty.clear()
        sides = self.sides()
        view: dict[str, Any] = {"status": None, "venue": None, "venue_id": None, "latest": None, "history": []}
        view["history"] = [self.developments[sid][1] for _, sid in self.order[-TALKS_HISTORY_SHOWN:]]
        if self.order:
            view["status"] = self.developments[self.order[-1][1]][1]["status"]
        # the venue: the latest development that names one
        for _, sid in reversed(self.order):
            _, _, named, memo = self.developments[sid]
            if not memo or memo[0] != sides:  # the sides decide what counts as elsewhere
                memo[:] = [sides, _first_venue(named, sides)]
            if memo[1] is not None:
                view["venue"], view["venue_id"] = memo[1].name, memo[1].id
                break
        if self.last is not None:
            story = model.stories.label(self.last[1])
            view["latest"] = {"story": story, "headline": model.headline_of_story(story), "at": iso(self.last[0])}
        self.view = view
        return view

    def forget(self, stories: dict[str, str]) -> None:
        """These stories (root -> id) were forgotten whole: their development stays as it is now.

        It keeps the places its talks named, so its venue follows the sides as
        they change, as in a model that forgot nothing; its talks still count
        towards the sides.
        """
        for root in stories:
            self.archives.pop(root, None)
            for uid in self.by_root.pop(root, ()):
                del self.talks[uid]
                self.originals.discard(uid)

    def archive(self, roots: dict[str, str]) -> None:
        """These talks (id -> story root) are older than the retention and their stories go on:
        summed up into their story's archive, so a story that never ends holds no more talks."""
        for uid, root in roots.items():
            talk = self.talks.pop(uid)
            self.by_root[root].discard(uid)
            if uid not in self.originals:
                continue  # a duplicate: no development reads it
            self.originals.discard(uid)
            if talk.status:
                archive = self.archives.get(root)
                if archive is None:
                    archive = self.archives[root] = _Archive()
                archive.add(talk)

    def sides(self) -> set[str]:
        """The two states most often acting in reports of the talks (a venue is somewhere else)."""
        states: dict[str, str] = {}
        for (name, country), n in sorted(self.states.items()):
            if n > 0:
                states[name] = country
        acting = [(a, n) for a, n in self.actors.items() if n > 0 and a in states]
        return {states[a] for a, _ in sorted(acting, key=lambda kv: (-kv[1], kv[0]))[:2]}


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


_FOLDED = frozenset(("update.published", "update.enriched", "update.classified", "update.duplicate", "update.story"))


def fill_record(rec: Record, tag: str, event: Any, entry: str = "") -> bool:
    """Fold one of an update's events (`tag`, one of _FOLDED) into its record; False if it had that one already."""
    if tag == "update.published":
        if rec.have & HAVE_PUBLISHED:
            return False
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
    elif tag == "update.enriched":
        if rec.have & HAVE_ENRICHED:
            return False
        e = event.enrichment
        rec.lang = e.lang
        rec.places = _unique_places(e.places)
        rec.actors = sorted({a.id for a in e.actors})
        rec.cited = sorted({s.name for s in e.sources})
        _set_figures(rec, e.figures)
        rec.have |= HAVE_ENRICHED
    elif tag == "update.classified":
        if rec.have & HAVE_CLASSIFIED:
            return False
        c = event.classification
        rec.types = [label.label for label in c.types]
        rec.scores = [round(label.score, 3) for label in c.types]
        rec.civilian_target = c.civilian_target
        rec.negotiation_status = c.negotiation_status if "negotiations" in rec.types else None
        rec.alert_status = c.alert_status if "air_raid_alert" in rec.types else None
        rec.actors = sorted(set(rec.actors) | set(c.actors))
        rec.have |= HAVE_CLASSIFIED
    elif tag == "update.duplicate":
        if rec.have & HAVE_DUPLICATE:
            return False
        rec.dup_method, rec.dup_matched, rec.dup_score = event.method, event.matched, event.score
        rec.have |= HAVE_DUPLICATE
    else:  # update.story
        if rec.have & HAVE_STORY:
            return False
        rec.links = _links(event.links)
        rec.have |= HAVE_STORY
    return True


def _links(links: Any) -> list[StoryLink]:
    """A story event's links for its record: a copy, or the raw JSON that a rebuild's records
    process reads (codec.FoldStoryRawLinks), which the record's encoder writes as it is."""
    if type(links) is msgspec.Raw:
        return [] if links == NO_LINKS else links  # type: ignore[return-value]
    return list(links)


def set_alert_region(rec: Joinable) -> str | None:
    """A complete record's alert region: where its alert sounds (None if it is no alert or names no place)."""
    region = _alert_place(rec) if rec.alert_status else None
    if region:
        rec.alert_region = region
    return region


class RecordFold:
    """The per-update half of the fold: each update's record, complete once it has all its events; no views.

    A rebuild folds the records in one process while another joins them to the
    views (`Model.activate`): the same records, completed in the same order, as
    `Model.apply` would complete them.
    """

    def __init__(self) -> None:
        self.pending: dict[str, Record] = {}
        self.done: set[str] = set()
        self.completed: list[Record] = []  # since the last `take`, in the order they completed

    def apply(self, event: Any, *, entry: str = "") -> RecordFold:
        tag = type(event).__struct_config__.tag
        if tag not in _FOLDED:
            return self
        uid = event.id if tag == "update.published" else event.update_id
        rec = self.pending.get(uid)
        if rec is None:
            if uid in self.done:
                return self  # complete: a replayed event changes nothing
            rec = self.pending[uid] = Record(id=uid)
        if fill_record(rec, tag, event, entry) and rec.have == COMPLETE:
            del self.pending[uid]
            self.done.add(uid)
            set_alert_region(rec)
            self.completed.append(rec)
        return self

    def take(self) -> list[Record]:
        taken, self.completed = self.completed, []
        return taken


class Model:
    """The current situation, folded from events."""

    def __init__(
        self,
        *,
        alert_expiry: timedelta = timedelta(minutes=30),
        keep_records: bool = True,
        retention: timedelta | None = None,
    ):
        self.alert_expiry = alert_expiry
        self.keep_records = keep_records
        self.retention = retention
        # (event time, id) of the members not yet forgotten, in activation order; `evict` sweeps it
        self.ages: list[tuple[datetime, str]] = []
        self.evicted_at: datetime | None = None  # the cutoff of the last sweep
        self.evicted_stories = 0  # stories forgotten whole: still counted
        self.records: dict[str, Record] = {}
        self.places: dict[str, Place] = {}
        self.stories = _Components()
        self.duplicates = _Components()
        # absent id -> {id linking to it: whether that link said "duplicate"}
        self.waiting: dict[str, dict[str, bool]] = {}
        self.place_members: dict[str, _PlaceAggregate] = defaultdict(_PlaceAggregate)
        self.alerts: dict[str, _AlertAggregate] = {}
        self.as_of: datetime | None = None
        self.changes = Changes()
        # kept up to date as records complete, so a batch costs what it touches
        self.complete_count = 0
        self.duplicate_count = 0
        self.talks = _Talks()
        self.tally: tuple[tuple[datetime, str], dict[str, Any]] | None = None  # the latest running tally
        self.story_aggregates: dict[str, _StoryAggregate] = {}  # story root -> aggregate
        # the casualties of stories with figures, by story id, as the projector last wrote them
        self.casualty_rows: dict[str, dict[str, Any]] = {}
        self.casualty_order: list[tuple[str, str, str]] = []  # _casualty_order of the rows, ascending
        self.casualty_totals = _CasualtyTotals()
        self.casualty_view: dict[str, Any] | None = None

    # ------------------------------------------------------------ folding

    def apply(self, event: Any, *, entry: str = "") -> Model:
        """Fold one event: a schema event (events/schema.py) or the fold's projection of one (events/codec.py)."""
        tag = type(event).__struct_config__.tag
        if tag not in _FOLDED:
            return self  # rejects and dead letters change no situation
        uid = event.id if tag == "update.published" else event.update_id
        rec = self.records.get(uid)
        if rec is None:
            if uid in self.stories.parent:
                return self  # complete, written and released: a replayed event changes nothing
            rec = self.records[uid] = Record(id=uid)
        if fill_record(rec, tag, event, entry) and rec.have == COMPLETE:
            self._activate(rec)
        return self

    def activate(self, records: Iterable[Joinable]) -> None:
        """Join records completed elsewhere (a rebuild's records process) to the views.

        The model keeps none of them and leaves their writing to the caller.
        """
        for rec in records:
            self._activate(rec)
        self.changes.records.clear()

    def load(self, records: Iterable[Record]) -> Model:
        """Rebuild the model from stored records (a projector restarting)."""
        for rec in records:
            self.records[rec.id] = rec
        for rec in list(self.records.values()):
            if rec.complete:
                self._activate(rec)
        self.changes.clear()
        return self

    def release(self, uids: Iterable[str]) -> None:
        """These records are in the read model: a model that keeps no records lets go of them.

        Their links have done their work once they are joined (a reload reads them back).
        """
        records = self.records
        for uid in uids:
            rec = records.get(uid)
            if rec is None or not rec.complete:
                continue
            if self.keep_records:
                rec.links = []
            else:
                del records[uid]

    def evict(self) -> int:
        """Forget what is older than the retention behind the watermark; returns the members forgotten.

        A sweep costs the members kept, so it runs once the cutoff has moved an
        eighth of the retention. Kept whatever their age: the members that views
        still read (each place's latest updates, the latest talks), and the stories whose
        views or talks wait to be worked out. The old talks of a story still going on
        are summed up in its archive.
        """
        if self.retention is None or self.as_of is None:
            return 0
        cutoff = self.as_of - self.retention
        if self.evicted_at is not None and cutoff - self.evicted_at < self.retention / 8:
            return 0
        self.evicted_at = cutoff
        # the latest talks name the negotiations' latest story; the latest before the cutoff stays too,
        # to be the latest should the latest be found a duplicate (the talks archived are not looked at again)
        talks = self.talks
        pinned = {talks.last[1]} if talks.last is not None else set()
        before = max((talks.talks[uid].key for uid in talks.originals if talks.talks[uid].key[0] < cutoff), default=None)
        if before is not None:
            pinned.add(before[1])
        for agg in self.place_members.values():
            pinned.update(uid for _, uid in agg.recent)
        old_ages: list[tuple[datetime, str]] = []
        young: list[tuple[datetime, str]] = []
        for age in self.ages:
            (old_ages if age[0] < cutoff and age[1] not in pinned else young).append(age)
        self.ages = young
        if not old_ages:
            return 0
        old = [uid for _, uid in old_ages]
        live = [uid for _, uid in young]
        stories, find = self.stories, self.stories.find
        # stories whose views or talks wait to be worked out
        pending = (*self.changes.stories, *self.talks.check, *self.talks.dirty)
        waiting_views = {find(uid) for uid in pending if uid in stories.parent}
        # an old talk whose story goes on is summed up in its story's archive; one still to be
        # checked, or of a story to be worked out, keeps its story and original to be looked up
        archived = {uid: root for uid in old if uid in talks.talks and uid not in talks.check
                    and (root := find(uid)) not in waiting_views}  # fmt: skip
        resident = (talks.talks.keys() & set(old)) - archived.keys()
        gone, kept = _forget(stories, old, live, waiting_views, resident)
        for root in gone:
            del self.story_aggregates[root]
        talks.forget(gone)
        talks.archive({uid: root for uid, root in archived.items() if root not in gone})
        self.evicted_stories += len(gone)
        # a talk kept for its story keeps its duplicate set: whether it is an original may be asked again
        kept |= _forget(self.duplicates, old, live + [uid for uid in resident if uid in kept], set(), set())[1]
        # what is kept only to name its set or hold it together is swept again next time
        self.ages += [age for age in old_ages if age[1] in kept]
        for alert in self.alerts.values():
            alert.forget_before(cutoff)
        return len(old) - len(kept)

    def _activate(self, rec: Joinable) -> None:
        """A record became complete: join it to its stories, places and alerts."""
        uid = rec.id
        if uid in self.stories.parent:
            return
        self.changes.records.add(uid)
        self.complete_count += 1
        if "negotiations" in rec.types:
            self.talks.add(rec)
        tally = rec.cumulative_killed is not None or rec.cumulative_injured is not None
        if tally and (self.tally is None or rec.key > self.tally[0]):
            self.tally = (rec.key, {
                "killed": rec.cumulative_killed, "injured": rec.cumulative_injured, "group": rec.casualty_group,
                "update": rec.id, "source": rec.source, "cited": rec.cited, "at": iso(rec.published_at),
            })  # fmt: skip
            self.casualty_view = None
        self.stories.add(uid, rec.key)
        self.duplicates.add(uid, rec.key)
        self.changes.stories.add(uid)
        if self.as_of is None or rec.published_at > self.as_of:  # type: ignore[operator]
            self.as_of = rec.published_at
        for place in rec.places:
            self.places.setdefault(place.id, place)
            self.place_members[place.id].add(rec)
            self.changes.places.add(place.id)
        if self.retention is not None:
            self.ages.append((rec.published_at, uid))  # type: ignore[arg-type]
        region = set_alert_region(rec)
        if region:
            agg = self.alerts.get(region)
            if agg is None:
                agg = self.alerts[region] = _AlertAggregate(self.alert_expiry)
            agg.add(rec.key, rec.alert_status, rec.alert_episode)
            self.changes.alerts.add(region)
        parent, find, root = self.stories.parent, self.stories.find, uid
        links = rec.links
        # links to this record that arrived before it, with whether they said "duplicate"
        waiting = self.waiting.pop(uid, None)
        parents = dict.fromkeys(map(parent.get, map(_OTHER, links)))
        if not waiting and None not in parents:
            # the common case, every linked update is here: join each story once, in the order the
            # links first name it, then the duplicates (as the loop below would), whatever the links' number
            roots = dict.fromkeys(map(find, cast("dict[str, None]", parents)))  # no None (checked above)
            roots.pop(uid, None)
            if len(roots) == 1 and self.stories.size[next(iter(roots))] > 1:
                self._attach(rec, next(iter(roots)))
            else:
                self.story_aggregates[uid] = _StoryAggregate(rec)
                for r in roots:
                    if find(r) != root:
                        self._join_story(uid, r)
                        root = find(uid)
            for link in links:  # one link per other update
                if link.reason == "duplicate":
                    self._join_duplicates(uid, link.other)
            return
        self.story_aggregates[uid] = _StoryAggregate(rec)
        own = {link.other: link.reason == "duplicate" for link in links}
        if waiting:
            own |= {o: d or own.get(o, False) for o, d in waiting.items()}
        for other, is_dup in own.items():
            if other in parent:
                # most links of a dense story join what is joined already
                if parent[other] != root and find(other) != root:
                    self._join_story(uid, other)
                    root = find(uid)
                if is_dup:
                    self._join_duplicates(uid, other)
            else:  # absent, incomplete, or (while loading) complete but not yet activated
                pending = self.waiting.setdefault(other, {})
                pending[uid] = pending.get(uid, False) or is_dup

    def _join_story(self, a: str, b: str) -> None:
        root_a, root_b = self.stories.find(a), self.stories.find(b)
        if root_a == root_b:
            return
        first = self.stories.first
        label_a, label_b = first[root_a][1], first[root_b][1]
        # Places show their updates' story ids: those of the set whose id changed (the later one).
        renamed = root_b if first[root_a] < first[root_b] else root_a
        self.changes.places.update(self.story_aggregates[renamed].places)
        kept, absorbed = self.stories.union(root_a, root_b)  # type: ignore[misc]
        self.story_aggregates[kept].merge(self.story_aggregates.pop(absorbed))
        self._joined(kept, absorbed, label_a, label_b, label_a if kept == root_a else label_b)

    def _joined(self, kept: str, absorbed: str, label_a: str, label_b: str, kept_was: str) -> None:
        """What follows a union of two stories: the changes to write and the talks' bookkeeping.
        (`kept_was`: the id of the kept root's story before.)"""
        after = self.stories.first[kept][1]
        self.changes.gone_stories |= {label_a, label_b} - {after}
        self.changes.stories.add(after)
        self.talks.joined(kept, absorbed, (label_a, label_b, after), renamed=after != kept_was)

    def _attach(self, rec: Joinable, root: str) -> None:
        """`_join_story` of a new update (alone so far) and a larger story, without an aggregate of its own."""
        uid, first = rec.id, self.stories.first
        label = first[root][1]
        # Places show their updates' story ids: the story's change if the update is earlier (else
        # the update's, whose places are in the changes already).
        if first[uid] < first[root]:
            self.changes.places.update(self.story_aggregates[root].places)
        self.stories.absorb(root, uid)  # as `union` would: the larger set's root is kept
        self.story_aggregates[root].add(rec)
        self._joined(root, uid, uid, label, label)

    def _join_duplicates(self, a: str, b: str) -> None:
        originals = (self.duplicates.label(a), self.duplicates.label(b))
        if self.duplicates.union(a, b) is not None:
            self.duplicate_count += 1
            # duplicate links also join stories, so both are in one story by now
            self.story_aggregates[self.stories.find(a)].components -= 1
            self.changes.stories.add(self.stories.label(a))
            self.talks.check.update(uid for uid in originals if uid in self.talks.talks)

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
        return sorted(first[1] for first in self.stories.first.values())

    def headline_of_story(self, story_id: str) -> str:
        return self.story_aggregates[self.stories.find(story_id)].first[1]

    def story_view(self, story_id: str) -> dict[str, Any] | None:
        if story_id not in self.stories.parent:
            return None
        root = self.stories.find(story_id)
        if self.stories.label(root) != story_id:
            return None
        agg = self.story_aggregates[root]
        (first_at, _), headline, title = agg.first
        last_at = agg.keys[-1][0]
        recent = set()
        for when, _, source in reversed(agg.keys):
            if when < last_at - BREAKING_WINDOW:
                break
            recent.add(source)
        ordered_places = sorted(agg.places, key=lambda pid: (_PRECISION.get(agg.places[pid].precision, 3), pid))
        sources, cited = sorted(agg.sources), sorted(agg.cited)
        view = {
            "id": story_id,
            "headline": headline,
            "title": title,
            "types": sorted(agg.types, key=lambda t: (_RANK.get(t, len(_RANK)), -agg.types[t], t)),
            "places": ordered_places,
            "place_names": [agg.places[pid].name for pid in ordered_places],
            "sources": sources,
            "cited": cited,
            "languages": sorted(agg.langs),
            # a story that runs for days keeps its latest updates in view; `update_count` has them all
            "updates": list(map(_ID, agg.keys[-STORY_UPDATES_SHOWN:])),
            "update_count": agg.count,
            "duplicates": agg.count - agg.components,
            "first_at": iso(first_at),
            "last_at": iso(last_at),
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
        story = self.stories.label(latest_key[1])
        return {
            "id": place.id,
            "name": place.name,
            "country": place.country,
            "lat": place.lat,
            "lon": place.lon,
            "precision": place.precision,
            "types": sorted(agg.types, key=lambda t: (_RANK.get(t, len(_RANK)), -agg.types[t], t)),
            # the stories of its most recent updates: a whole country's would be all of them
            "stories": sorted({self.stories.first[root][1] for root in self.stories.roots(map(_ID, agg.recent))}),
            "updates": agg.count,
            "last_at": iso(latest_key[0]),
            "latest": {"story": story, "headline": self.headline_of_story(story), "at": iso(latest_key[0])},
        }

    def alert_view(self, place_id: str) -> dict[str, Any] | None:
        """The alert intervals at a place, summarised by the one that ends last."""
        agg = self.alerts.get(place_id)
        summary = agg.summary() if agg is not None else None
        if agg is None or summary is None:
            return None
        since, until, ended = summary
        place = self.places.get(place_id)
        return {
            "place": place_id,
            "name": place.name if place else place_id,
            "lat": place.lat if place else None,
            "lon": place.lon if place else None,
            "since": iso(since),
            "until": iso(until),
            "ended": ended,
            "alerts": len(agg.starts) + agg.forgotten,
        }

    def negotiations_view(self) -> dict[str, Any]:
        """Where the talks stand: the latest development by event time.

        Within one story (one development) the most decisive status counts: "rejects
        talks in Belarus, open to talks elsewhere" is a rejection, not a proposal.
        The sides are the two states most often acting in reports of the talks; a
        venue is a place named with them outside the sides' countries (their
        capitals mostly stand for their governments).
        """
        return self.talks.refresh(self)

    def casualties_view(self, stories: Iterable[dict[str, Any]]) -> dict[str, Any]:
        """The casualties over these story views (all of the model's)."""
        rows = [row for story in stories if (row := self._casualty_row(story)) is not None]
        totals = _CasualtyTotals()
        for row in rows:
            totals.add(row, 1)
        shown = heapq.nlargest(CASUALTY_STORIES_SHOWN, rows, key=_casualty_order)
        return self._casualties(totals, shown)

    def _casualties(self, totals: _CasualtyTotals, shown: list[dict[str, Any]]) -> dict[str, Any]:
        """`shown`: the rows of the stories whose figures came last, latest first."""
        return {
            "killed": totals.killed if totals.killed_n else None,
            "injured": totals.injured if totals.injured_n else None,
            "by_story": shown,
            "latest_tally": None if self.tally is None else self.tally[1],
        }

    def refresh_stories(self) -> dict[str, dict[str, Any] | None]:
        """Recompute the stories the last events touched (None: a story merged away).

        Keeps the casualties' rows of the stories (by story id) up to date with them.
        """
        out: dict[str, dict[str, Any] | None] = {}
        for sid in self.changes.stories | self.changes.gone_stories:
            view = out[sid] = self.story_view(sid)
            row = self._casualty_row(view) if view is not None else None
            old = self.casualty_rows.get(sid)
            if row == old:
                continue  # most updates of a story bring no new figure: the casualties stay as written
            order = self.casualty_order
            if old is not None:
                self.casualty_totals.add(old, -1)
                del order[bisect.bisect_left(order, _casualty_order(old))]
            if row is None:
                del self.casualty_rows[sid]
            else:
                self.casualty_totals.add(row, 1)
                bisect.insort(order, _casualty_order(row))
                self.casualty_rows[sid] = row
            self.casualty_view = None
        return out

    def _casualty_row(self, story: dict[str, Any]) -> dict[str, Any] | None:
        """A story's figures, when it has any, with when the latest was reported (`at`).

        Its sources are the story's (in its view): a row stays a few dozen bytes, so the
        casualties written at a step are a few kilobytes however many outlets a story has."""
        figures = story["casualties"]
        if figures["killed"] is None and figures["injured"] is None:
            return None
        agg = self.story_aggregates[self.stories.find(story["id"])]
        at = max(found[0] for found in (agg.killed, agg.injured) if found is not None)
        return {"story": story["id"], **figures, "at": iso(at[0])}

    def casualties_now(self) -> dict[str, Any]:
        """The casualties over every story, as `refresh_stories` last saw them."""
        if self.casualty_view is None:
            shown = [self.casualty_rows[key[-1]] for key in reversed(self.casualty_order[-CASUALTY_STORIES_SHOWN:])]
            self.casualty_view = self._casualties(self.casualty_totals, shown)
        return self.casualty_view

    def situation(self, *, now: datetime | None = None, rejected: int = 0) -> dict[str, Any]:
        """The whole read model as the contract's JSON (computed from scratch)."""
        stories = [v for sid in self.story_ids() if (v := self.story_view(sid))]
        places = [v for pid in sorted(self.place_members) if (v := self.place_view(pid))]
        alerts = [v for pid in sorted(self.alerts) if (v := self.alert_view(pid))]
        meta = self.meta(stories, rejected=rejected)
        return assemble(meta, stories, places, alerts, now=now)

    def meta(self, stories: list[dict[str, Any]] | None = None, *, rejected: int = 0) -> dict[str, Any]:
        """Counts, talks and casualties: over these story views, or (None) as `refresh_stories` keeps them."""
        return {
            "as_of": iso(self.as_of),
            "counts": {
                "updates": self.complete_count,
                "duplicates": self.duplicate_count,
                "stories": len(self.stories.first) + self.evicted_stories if stories is None else len(stories),
                "rejected": rejected,
            },
            "negotiations": self.negotiations_view(),
            "casualties": self.casualties_now() if stories is None else self.casualties_view(stories),
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


def _unique_places(places: Iterable[Any]) -> list[Place]:
    """Each place once; PlaceRefs (schema events) as Places (what projections decode them to)."""
    seen: dict[str, Place] = {}
    for p in places:
        if p.id not in seen:
            seen[p.id] = p if type(p) is Place else Place(
                id=p.id, name=p.name, country=p.country, lat=p.lat, lon=p.lon, precision=p.precision
            )  # fmt: skip
    return list(seen.values())


def _casualty_order(row: dict[str, Any]) -> tuple[str, str, str]:
    """Rows by when their latest figure was reported, then by story. (`iso` writes whole seconds
    without a fraction: "…:05Z" sorts before "…:05.5Z" once the 'Z' is off.)"""
    at = row["at"] or ""
    return (at[:19], at[19:].rstrip("Z"), row["story"])


class _CasualtyTotals:
    """Sums of every story's figures, kept up to date row by row: a step costs the rows it changes."""

    __slots__ = ("injured", "injured_n", "killed", "killed_n")

    def __init__(self) -> None:
        self.killed = self.injured = 0
        self.killed_n = self.injured_n = 0  # rows with a figure: no row, no total (None)

    def add(self, row: dict[str, Any], sign: int) -> None:
        if row["killed"] is not None:
            self.killed += sign * row["killed"]
            self.killed_n += sign
        if row["injured"] is not None:
            self.injured += sign * row["injured"]
            self.injured_n += sign


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


def _alert_place(rec: Joinable) -> str | None:
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


def _first_venue(named: list[list[Place]], sides: set[str]) -> Place | None:
    """The venue the earliest of these talks names (each talk's places, in key order)."""
    return next((v for places in named if (v := _venue(places, sides)) is not None), None)


def _venue(places: list[Place], sides: set[str]) -> Place | None:
    """Where talks are to be held: a place named with them outside the sides' countries, a city first."""
    elsewhere = sorted((p for p in places if p.country not in sides), key=lambda p: _PRECISION.get(p.precision, 3))
    return elsewhere[0] if elsewhere else None
