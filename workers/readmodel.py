"""The read model in Redis: generations of hashes the projector writes and scripts read.

Layout (see events/keys.py): `<ns>:rm:current` names the live generation G;
`<ns>:rm:G:records|stories|places|alerts` are hashes of JSON documents;
`<ns>:rm:G:meta` holds as_of, counts, negotiations, casualties and the
checkpoint (the last analysis entry folded). The projector writes model and
checkpoint in one Lua step that first checks the `current` pointer and its
lease, so a replayed entry changes nothing, a rebuild's swap is never
overwritten by a stale projector, and a projector that lost its lease (paused
past it while another took over) writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
import redis

from events.keys import MODEL_PARTS, Keys
from events.store import Entry, EventStore
from workers.fold import FOLD_VERSION, Model, Record, assemble, record_decoder, record_encoder

_json = msgspec.json.Encoder()
_decode_json = msgspec.json.decode


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class StaleGeneration(RuntimeError):
    """The live generation changed under the projector (a rebuild swapped it in)."""


class LostLease(RuntimeError):
    """Another projector holds the lease: this one must not write."""


# KEYS: current, lease, then the hashes written. ARGV: the generation ('' to write whatever
# is live: a rebuild's generation before its swap), the lease holder ('' : no lease, a
# rebuild), the lease's ms, the channel and message announced ('' : none), then per hash:
# the number of fields set and of fields deleted, the fields and values set, the fields
# deleted. One round trip where WATCH, GET, MULTI/EXEC and the lease's renewal took five.
# With no hash and no channel it only takes or renews the lease (`hold_lease`).
_WRITE = """
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return 'stale' end
if ARGV[2] ~= '' then
  -- a lease that lapsed while no one took it is taken again: at this moment no one else writes
  local holder = redis.call('GET', KEYS[2])
  if holder and holder ~= ARGV[2] then return 'lease' end
  redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
end
local i = 6
for h = 3, #KEYS do
  local nset, ndel = tonumber(ARGV[i]), tonumber(ARGV[i + 1])
  i = i + 2
  local done = 0
  while done < nset do -- in slices: unpack puts every value on Lua's C stack
    local n = math.min(nset - done, 1000)
    redis.call('HSET', KEYS[h], unpack(ARGV, i + 2 * done, i + 2 * (done + n) - 1))
    done = done + n
  end
  i = i + 2 * nset
  if ndel > 0 then redis.call('HDEL', KEYS[h], unpack(ARGV, i, i + ndel - 1)) end
  i = i + ndel
end
if ARGV[4] ~= '' then redis.call('PUBLISH', ARGV[4], ARGV[5]) end
return 'ok'
"""


@dataclass(frozen=True)
class NextRead:
    """The read a projector's write carries, in the same round trip: the entries of `stream` after
    the checkpoint written (`EventStore.read_after`)."""

    store: EventStore
    stream: str
    count: int
    block_ms: int | None


class ReadModelStore:
    def __init__(self, client: redis.Redis, keys: Keys):
        self.r = client
        self.keys = keys
        self._last_encoded: dict[str, tuple[dict[str, Any], bytes]] = {}
        self._written: dict[str, tuple[int, dict[str, Any]]] = {}  # meta view -> (generation, view) last written
        self._write = client.register_script(_WRITE)

    # ------------------------------------------------------------ generations

    def current(self) -> int:
        value = self.r.get(self.keys.model_current)
        return int(value) if value is not None else 0

    def new_generation(self) -> int:
        """A fresh generation, marked as folded by this code's FOLD_VERSION."""
        gen = int(self.r.incr(self.keys.model_generation_counter))
        self.r.hset(self.keys.model(gen, "meta"), "fold_version", FOLD_VERSION)
        return gen

    def fold_version(self, gen: int) -> str:
        """The version of the fold that made a generation (fold/1 marked none)."""
        value = self.r.hget(self.keys.model(gen, "meta"), "fold_version")
        return _s(value) if value is not None else "fold/1"

    def swap(self, gen: int) -> int:
        """Make `gen` live; drop the generation it replaces. Returns the old one."""
        old = self.current()
        with self.r.pipeline(transaction=True) as pipe:
            pipe.set(self.keys.model_current, gen)
            if old and old != gen:
                pipe.delete(*(self.keys.model(old, part) for part in MODEL_PARTS))
            pipe.execute()
        self.r.publish(self.keys.projected_channel, "swap")
        return old

    def drop(self, gen: int) -> None:
        self.r.delete(*(self.keys.model(gen, part) for part in MODEL_PARTS))

    # ------------------------------------------------------------ projector side

    def hold_lease(self, holder: str) -> bool:
        """Take the projector's lease when free, or renew it for its holder; False when another holds it.
        (Each checked write does the same: `write(..., lease=holder)`.)"""
        k = self.keys
        return self._write(keys=[k.model_current, k.projector_lease], args=["", holder, LEASE_MS, "", ""]) == b"ok"

    def checkpoint(self, gen: int) -> str:
        value = self.r.hget(self.keys.model(gen, "meta"), "checkpoint")
        return _s(value) if value is not None else "0-0"

    def load(self, gen: int, model: Model) -> str:
        """Fill `model` from a stored generation; returns its checkpoint."""
        chunk: list[Record] = []
        for _, raw in self._scan(self.keys.model(gen, "records")):
            chunk.append(record_decoder.decode(raw))
            if len(chunk) >= 2000:  # a chunk at a time: a model that keeps no records holds one chunk
                model.load(chunk)
                model.release([rec.id for rec in chunk])
                chunk = []
        model.load(chunk)
        model.release([rec.id for rec in chunk])
        # what the stored views were made from: the casualties are kept up to date from them
        model.changes.stories.update(model.story_ids())
        model.refresh_stories()
        model.negotiations_view()  # every talk checked: the old ones are archived by the sweep below, not kept
        model.changes.clear()
        model.evict()
        return self.checkpoint(gen)

    def _scan(self, key: str) -> Iterator[tuple[bytes, bytes]]:
        yield from self.r.hscan_iter(key, count=2000)

    def write(
        self, gen: int, model: Model, checkpoint: str, *, watch_current: bool = True, rejected: int = 0,
        lease: str = "", next_read: NextRead | None = None,
    ) -> list[Entry] | None:
        """Write what the model's last batch changed, with the checkpoint, in one transaction.

        With `watch_current`, only while `gen` is live (else StaleGeneration); with a
        `lease` holder's name, only while no other projector holds the lease, which the
        write takes or renews (else LostLease). (A rebuild writes records page by page, `write_records`,
        and each view once, at the end.) With `next_read` (a checked write), returns the
        entries after the checkpoint, read in the write's round trip.
        """
        ch = model.changes
        k = self.keys
        story_views = model.refresh_stories()
        place_views = {pid: model.place_view(pid) for pid in ch.places}
        alert_views = {pid: model.alert_view(pid) for pid in ch.alerts}
        meta: dict[str, Any] = {"checkpoint": checkpoint}
        written: dict[str, tuple[int, dict[str, Any]]] = {}
        if ch.records or ch.stories:
            m = model.meta(rejected=rejected)
            meta |= {"as_of": m["as_of"] or "", "counts": _json.encode(m["counts"])}
            for name in ("negotiations", "casualties"):
                # the model hands back the same object while a view is unchanged: not sent again
                last = self._written.get(name)
                if last is None or last[0] != gen or last[1] is not m[name]:
                    meta[name] = self._encoded(name, m[name])
                    written[name] = (gen, m[name])
        writes = [
            (k.model(gen, "records"), _encoded_records(model), []),
            (k.model(gen, "stories"), *_views(story_views)),
            (k.model(gen, "places"), *_views(place_views)),
            (k.model(gen, "alerts"), *_views(alert_views)),
            (k.model(gen, "meta"), meta, []),
        ]
        entries = self._commit(gen if watch_current else None, lease, writes, checkpoint, next_read)
        self._written |= written
        model.release(ch.records)  # only once written: a failed write leaves the model as it was
        ch.clear()
        return entries

    def write_records(
        self, gen: int, records: dict[str, bytes], checkpoint: str, *, watch_current: bool = True
    ) -> None:
        """Encoded records and the checkpoint, in one transaction (see `write`), without the views:
        a rebuild's records process folds its next page while the server takes this one."""
        k = self.keys
        writes: list[tuple[str, dict[str, Any], list[str]]] = [
            (k.model(gen, "records"), records, []), (k.model(gen, "meta"), {"checkpoint": checkpoint}, []),
        ]  # fmt: skip
        self._commit(gen if watch_current else None, "", writes, checkpoint)

    def _commit(
        self, live: int | None, lease: str, writes: list[tuple[str, dict[str, Any], list[str]]], checkpoint: str,
        next_read: NextRead | None = None,
    ) -> list[Entry] | None:
        """Set and delete hash fields and announce the checkpoint, atomically.

        Checked (the live generation is `live`, the lease is `lease`'s): one Lua step, with
        `next_read`'s read after it in the same round trip (returns its entries).
        Unchecked (a rebuild's generation, not live yet): one MULTI, which a client packs
        cheaper than a script's arguments when a page holds thousands of records.
        """
        k = self.keys
        if live is None and not lease:
            with self.r.pipeline(transaction=True) as pipe:
                for key, present, absent in writes:
                    _hset(pipe, key, present)
                    if absent:
                        pipe.hdel(key, *absent)
                pipe.publish(k.projected_channel, checkpoint)
                pipe.execute()
            return None
        args: list[Any] = ["" if live is None else live, lease, LEASE_MS, k.projected_channel, checkpoint]
        for _, present, absent in writes:
            args += [len(present), len(absent), *(part for item in present.items() for part in item), *absent]
        keys = [k.model_current, k.projector_lease, *(key for key, _, _ in writes)]
        entries = None
        if next_read is None:
            outcome = self._write(keys=keys, args=args)
        else:
            r = next_read
            command = ["EVALSHA", self._write.sha, len(keys), *keys, *args]
            outcome, entries = r.store.read_after_command(command, r.stream, checkpoint, r.count, r.block_ms)
            if isinstance(outcome, redis.exceptions.NoScriptError):
                outcome = self._write(keys=keys, args=args)  # the server lost its scripts: loaded again
            elif isinstance(outcome, Exception):
                raise outcome
        if outcome == b"stale":
            raise StaleGeneration(f"generation {live} is no longer live")
        if outcome == b"lease":
            raise LostLease(f"the projector's lease is not {lease}'s")
        return entries

    def _encoded(self, name: str, view: dict[str, Any]) -> bytes:
        """A meta view's JSON, encoded again only when the model hands back a new object (it changed)."""
        last = self._last_encoded.get(name)
        if last is None or last[0] is not view:
            last = self._last_encoded[name] = (view, _json.encode(view))
        return last[1]

    # ------------------------------------------------------------ query side

    def meta(self, gen: int | None = None) -> dict[str, Any]:
        gen = self.current() if gen is None else gen
        raw = {_s(k): v for k, v in self.r.hgetall(self.keys.model(gen, "meta")).items()}
        empty_counts = {"updates": 0, "duplicates": 0, "stories": 0, "rejected": 0}
        return {
            "as_of": _s(raw["as_of"]) or None if "as_of" in raw else None,
            "counts": _decode_json(raw["counts"]) if "counts" in raw else empty_counts,
            "negotiations": _decode_json(raw["negotiations"]) if "negotiations" in raw else
            {"status": None, "venue": None, "venue_id": None, "latest": None, "history": []},
            "casualties": _decode_json(raw["casualties"]) if "casualties" in raw else
            {"killed": None, "injured": None, "by_story": [], "latest_tally": None},
            "checkpoint": _s(raw.get("checkpoint", b"0-0")),
        }  # fmt: skip

    def views(self, part: str, gen: int | None = None) -> list[dict[str, Any]]:
        gen = self.current() if gen is None else gen
        return [_decode_json(raw) for raw in self.r.hvals(self.keys.model(gen, part))]

    def records(self, ids: list[str], gen: int | None = None) -> dict[str, Record]:
        gen = self.current() if gen is None else gen
        if not ids:
            return {}
        values = self.r.hmget(self.keys.model(gen, "records"), ids)
        return {uid: record_decoder.decode(raw) for uid, raw in zip(ids, values, strict=True) if raw is not None}

    def situation(self, *, now: datetime | None = None, rejected: int | None = None) -> dict[str, Any]:
        gen = self.current()
        with self.r.pipeline(transaction=True) as pipe:  # one consistent snapshot
            pipe.hgetall(self.keys.model(gen, "meta"))
            for part in ("stories", "places", "alerts"):
                pipe.hvals(self.keys.model(gen, part))
            _meta_raw, stories, places, alerts = pipe.execute()
        meta = self.meta(gen)
        if rejected is not None:
            meta["counts"] = {**meta["counts"], "rejected": rejected}
        decode = _decode_json
        return assemble(
            meta, [decode(x) for x in stories], [decode(x) for x in places], [decode(x) for x in alerts], now=now
        )


def _encoded_records(model: Model) -> dict[str, bytes]:
    """The records the model's last batch changed, encoded."""
    return encode_records(model.records[uid] for uid in model.changes.records)


def encode_records(records: Iterable[Record]) -> dict[str, bytes]:
    """Records as the read model stores them, by id."""
    encode = record_encoder.encode
    return {rec.id: encode(rec) for rec in records}


HSET_FIELDS = 1000
# How long the projector's lease lasts from its last renewal (each write renews it).
LEASE_MS = 10_000


def _hset(pipe: Any, key: str, values: dict[str, Any]) -> None:
    """HSETs of HSET_FIELDS fields at most: the client packs a command of thousands of fields at twice the cost."""
    flat = [part for item in values.items() for part in item]
    for i in range(0, len(flat), 2 * HSET_FIELDS):
        pipe.hset(key, items=flat[i : i + 2 * HSET_FIELDS])


def _views(views: dict[str, dict[str, Any] | None]) -> tuple[dict[str, bytes], list[str]]:
    """Views to write, encoded, and the ids of those gone (None), to delete."""
    present = {k: _json.encode(v) for k, v in views.items() if v is not None}
    return present, [k for k, v in views.items() if v is None]
