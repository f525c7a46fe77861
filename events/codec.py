"""The one codec: events to stream-entry fields and back.

An entry is readable with `redis-cli XRANGE`: `type` holds the event's tag,
`id` its deterministic id, and `data` the event as JSON.
"""

from __future__ import annotations

from typing import Any

import msgspec

from events.schema import AnyEvent, Event

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


def to_json(obj: Any) -> bytes:
    return _encoder.encode(obj)


def to_builtins(obj: Any) -> Any:
    return msgspec.to_builtins(obj)
