"""The one codec: events to stream-entry fields and back.

An entry is readable with `redis-cli XRANGE`: `type` holds the event's tag,
`id` its deterministic id, and `data` the event as JSON.

Besides the full schema (events/schema.py), the fold reads the log through
projections: the same tags with only the fields the fold uses, so decoding
skips the rest (texts of quotes, spans, evidence) without building it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Literal

import msgspec

from events.schema import AnyEvent, Event, StoryLink

_encoder = msgspec.json.Encoder()
_decoder = msgspec.json.Decoder(AnyEvent)


def encode(event: Event) -> bytes:
    return _encoder.encode(event)


def decode(data: bytes | str) -> AnyEvent:
    return _decoder.decode(data)


def event_type(event: Event) -> str:
    return type(event).__struct_config__.tag  # type: ignore[return-value]


def event_id(event: Event) -> str:
    """Deterministic id: the same update through the same stage always gets the same id."""
    update_id = getattr(event, "update_id", None) or getattr(event, "id", None)
    if update_id is None:  # rejects have no update id; the stream id names them
        return ""
    return f"{update_id}:{event_type(event)}"


def to_fields(event: Event) -> dict[str, bytes | str]:
    return {"type": event_type(event), "id": event_id(event), "data": encode(event)}


def from_fields(fields: dict[Any, Any]) -> AnyEvent:
    data = fields.get(b"data") if b"data" in fields else fields.get("data")
    if data is None:
        raise ValueError("stream entry has no data field")
    return decode(data)


def to_builtins(obj: Any) -> Any:
    return msgspec.to_builtins(obj)


# ---------------------------------------------------------------- projections for the fold


class Place(msgspec.Struct, kw_only=True, omit_defaults=True):
    """A place as the read model keeps it: a PlaceRef without where the text named it."""

    id: str
    name: str
    country: str
    lat: float
    lon: float
    precision: str


class _Part(msgspec.Struct, frozen=True, kw_only=True):
    pass


class _Alert(_Part, frozen=True, kw_only=True):
    episode: str | None = None


class _Actor(_Part, frozen=True, kw_only=True):
    id: str


class _Source(_Part, frozen=True, kw_only=True):
    name: str


class _Figure(_Part, frozen=True, kw_only=True):
    killed: int | None = None
    injured: int | None = None
    group: str | None = None
    cumulative: bool = False


class _Enrichment(_Part, frozen=True, kw_only=True):
    lang: str
    places: list[Place] = []
    actors: list[_Actor] = []
    sources: list[_Source] = []
    figures: list[_Figure] = []


class _Label(_Part, frozen=True, kw_only=True):
    label: str
    score: float


class _Classification(_Part, frozen=True, kw_only=True):
    types: list[_Label]
    negotiation_status: str | None = None
    alert_status: str | None = None
    civilian_target: bool = False
    actors: list[str] = []


class Folded(msgspec.Struct, frozen=True, kw_only=True, tag_field="type"):
    """Base of the fold's projections; `type` is the event's tag, as on the log."""


class FoldPublished(Folded, tag="update.published", frozen=True, kw_only=True):
    id: str
    source: str
    text: str
    published_at: datetime
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    via: str | None = None
    alert: _Alert | None = None


class FoldEnriched(Folded, tag="update.enriched", frozen=True, kw_only=True):
    update_id: str
    enrichment: _Enrichment


class FoldClassified(Folded, tag="update.classified", frozen=True, kw_only=True):
    update_id: str
    classification: _Classification


class FoldDuplicate(Folded, tag="update.duplicate", frozen=True, kw_only=True):
    update_id: str
    method: Literal["none", "exact", "near"]  # as the schema's: the same objects, so a record omits the default
    matched: str | None = None
    score: float = 0.0


class FoldStory(Folded, tag="update.story", frozen=True, kw_only=True):
    update_id: str
    links: list[StoryLink] = []  # all of it: the read model's records keep the links


NO_LINKS = msgspec.Raw(b"[]")


class FoldStoryRawLinks(Folded, tag="update.story", frozen=True, kw_only=True):
    """update.story for a rebuild's records process: the links as the log has them, undecoded.

    A record's encoder writes them as they are: the same bytes as encoding them
    again, since the stage wrote them with the same encoder, without building
    the score floats and formatting them again.
    """

    update_id: str
    links: msgspec.Raw = NO_LINKS


class FoldIgnored(Folded, tag="input.rejected", frozen=True, kw_only=True):
    """Rejects change no situation."""


class FoldDead(Folded, tag="update.dead", frozen=True, kw_only=True):
    """Dead letters change no situation."""


AnyFolded = FoldPublished | FoldEnriched | FoldClassified | FoldDuplicate | FoldStory | FoldIgnored | FoldDead
_fold_page = msgspec.json.Decoder(list[AnyFolded])
_fold_page_raw_links = msgspec.json.Decoder(
    list[FoldPublished | FoldEnriched | FoldClassified | FoldDuplicate | FoldStoryRawLinks | FoldIgnored | FoldDead]
)


def entry_data(fields: Sequence[bytes]) -> bytes:
    """The `data` value of a raw entry's flat [field, value, ...] list (written last by the store)."""
    if len(fields) >= 2 and fields[-2] == b"data":
        return fields[-1]
    for i in range(0, len(fields) - 1, 2):
        if fields[i] == b"data":
            return fields[i + 1]
    raise ValueError("stream entry has no data field")


def decode_for_fold(datas: Sequence[bytes], *, raw_links: bool = False) -> list[AnyFolded]:
    """The fold's projections of many entries' data, in one decoder call (with raw_links, story links undecoded)."""
    if not datas:
        return []
    # one JSON array, copied once: the brackets go onto the first and last items (small), not the whole page
    if len(datas) == 1:
        page = b"[" + datas[0] + b"]"
    else:
        page = b",".join([b"[" + datas[0], *datas[1:-1], datas[-1] + b"]"])
    with gc_paused():
        return (_fold_page_raw_links if raw_links else _fold_page).decode(page)  # type: ignore[return-value]


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic GC passes during a burst of acyclic allocations (a page of events).

    Otherwise the collector walks the young objects again every 700 allocations,
    which costs more than the decoding; it runs once the burst is over.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
