"""Every event sitrep writes to its log, in one place.

Events are frozen, keyword-only msgspec Structs sharing a tagged base, so one
decoder reads any of them. New fields only with defaults (msgspec's
schema-evolution rules); bump SCHEMA_VERSION when a field changes meaning.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

import msgspec

SCHEMA_VERSION = 1


class Struct(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """Plain data carried inside events (not events themselves)."""


class Event(msgspec.Struct, frozen=True, kw_only=True, tag_field="type", omit_defaults=True):
    """Base of every event on a stream; `type` is the tag."""

    schema: int = SCHEMA_VERSION


# ---------------------------------------------------------------- inputs


class PlaceHint(Struct, frozen=True, kw_only=True):
    name: str
    lat: float | None = None
    lon: float | None = None


class AlertInfo(Struct, frozen=True, kw_only=True):
    """A structured alert from an alert feed (not guessed from text)."""

    region: str
    status: Literal["started", "ended"]
    # True when the feed did not report the end and guessed it.
    naive: bool = False
    # On an end: the id of the update that started this alert.
    episode: str | None = None


class UpdatePublished(Event, tag="update.published", frozen=True, kw_only=True):
    """One news update as the producer accepted it. Immutable."""

    id: str
    source: str
    text: str
    published_at: datetime
    received_at: datetime
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    lang_hint: str | None = None
    place_hint: PlaceHint | None = None
    # The update just before this one in the same input (a live blog's order);
    # stages use it to follow a paragraph that only says "the city".
    prev: str | None = None
    # For embedded posts: the source of the page that embedded it.
    via: str | None = None
    alert: AlertInfo | None = None
    # Where in the input it came from (file:line), for people reading the log.
    origin: str | None = None
    producer_version: str = ""


class Rejected(Event, tag="input.rejected", frozen=True, kw_only=True):
    """A record the producer refused, kept with its raw text and the reason."""

    source: str
    origin: str
    reason: str
    raw: str
    raw_truncated: bool = False
    received_at: datetime


# ---------------------------------------------------------------- enrichment


class LangPart(Struct, frozen=True, kw_only=True):
    lang: str
    start: int
    end: int


class PlaceRef(Struct, frozen=True, kw_only=True):
    """A place named in the text, resolved to a gazetteer entry."""

    id: str  # geonames:<id> | iso3166-2:<code> | iso3166:<CC>
    name: str  # English name
    country: str  # ISO 3166-1 alpha-2
    lat: float
    lon: float
    precision: Literal["city", "region", "country"]
    matched: str  # the words in the text
    start: int
    end: int


class ActorRef(Struct, frozen=True, kw_only=True):
    id: str  # normalised key, e.g. "zelensky", "kremlin", "russia"
    name: str  # display name in English
    kind: Literal["person", "org", "state"]
    role: str | None = None
    matched: str = ""
    start: int = 0
    end: int = 0


class SourceRef(Struct, frozen=True, kw_only=True):
    """A source the update cites ("according to the BBC") or embeds."""

    name: str  # normalised: "BBC", "Associated Press", "Sky News", "Twitter"
    kind: Literal["cited", "embed"] = "cited"
    matched: str = ""
    start: int = 0
    end: int = 0


class QuoteRef(Struct, frozen=True, kw_only=True):
    text: str
    speaker: str | None = None  # actor id where known
    start: int = 0
    end: int = 0


class Figure(Struct, frozen=True, kw_only=True):
    """Casualty figures stated in the text."""

    killed: int | None = None
    injured: int | None = None
    group: str | None = None  # civilians, children, soldiers, ...
    cumulative: bool = False  # a running tally, not one incident
    matched: str = ""
    start: int = 0
    end: int = 0


class Enrichment(Struct, frozen=True, kw_only=True):
    lang: str
    lang_parts: list[LangPart] = []
    places: list[PlaceRef] = []
    actors: list[ActorRef] = []
    sources: list[SourceRef] = []
    quotes: list[QuoteRef] = []
    figures: list[Figure] = []


class UpdateEnriched(Event, tag="update.enriched", frozen=True, kw_only=True):
    update_id: str
    enrichment: Enrichment
    stage_version: str


# ---------------------------------------------------------------- classification


class Label(Struct, frozen=True, kw_only=True):
    label: str  # one of TAXONOMY.md
    score: float
    evidence: list[str] = []


class Claim(Struct, frozen=True, kw_only=True):
    by: str | None = None
    denied: bool = False
    # the kinds of event it denies happened ("denied that troops crossed": territorial_control):
    # not labels of the update, but what it is about
    about: list[str] = []


class Classification(Struct, frozen=True, kw_only=True):
    types: list[Label]  # most important first; never empty ("other" at least)
    negotiation_status: (
        Literal["proposed", "rejected", "agreed", "scheduled", "held", "concluded"] | None
    ) = None
    alert_status: Literal["started", "ended"] | None = None
    civilian_target: bool = False
    actors: list[str] = []  # actor ids of who acted
    claim: Claim | None = None


class UpdateClassified(Event, tag="update.classified", frozen=True, kw_only=True):
    update_id: str
    classification: Classification
    stage_version: str


# ---------------------------------------------------------------- dedup and stories


class DuplicateDecided(Event, tag="update.duplicate", frozen=True, kw_only=True):
    """Whether an update repeats an earlier-known one, and why.

    `matched` is the update it was found to repeat; the read model makes the
    earliest update of a set of repeats (by time, then id) the original, so the
    outcome does not depend on which one a worker saw first.
    """

    update_id: str
    method: Literal["none", "exact", "near"]
    matched: str | None = None
    score: float = 0.0
    stage_version: str


class StoryLink(Struct, frozen=True, kw_only=True):
    other: str  # update id
    reason: str  # "duplicate", "same-thread", "same-place-and-type", "alert-episode"
    score: float = 1.0


class StoryLinked(Event, tag="update.story", frozen=True, kw_only=True):
    """Which known updates tell the same story as this one.

    Stories are the connected sets of these links; a story's id is its earliest
    member's id, so they come out the same in any delivery order.
    """

    update_id: str
    links: list[StoryLink] = []
    stage_version: str


class DeadLettered(Event, tag="update.dead", frozen=True, kw_only=True):
    update_id: str
    entry_id: str
    error: str
    traceback: str = ""
    attempts: int = 0
    failed_at: datetime


Derived = UpdateEnriched | UpdateClassified | DuplicateDecided | StoryLinked
AnyEvent = UpdatePublished | Rejected | UpdateEnriched | UpdateClassified | DuplicateDecided | StoryLinked | DeadLettered
