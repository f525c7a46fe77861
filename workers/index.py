"""The windowed dedup/story index: add a batch of updates, get their candidates.

Two implementations of one protocol: in memory (`sitrep analyze`, tests) and
on Redis (workers), where one Lua call adds and queries a whole batch
atomically, so of two updates analysed at once the second always sees the first.
The call answers with candidate ids; a worker keeps the features of the updates
it added or read (KnownFeatures) and reads only the others back. Dedup keys
(exact text, LSH bands) are fields of one hash per epoch of event time rather
than a sorted set each.
"""

from __future__ import annotations

import math
import time
from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Protocol

import msgspec
import redis

from events.keys import Keys
from workers.stages.stories import LATER_FACTOR, Features, features_decoder, features_encoder

# Per lookup key, the ones nearest in event time, half before and half after.
# Stories are connected sets, so linking to the nearest connects them; a dense
# feed would otherwise hand every update hundreds of candidates. While no key
# holds more than this within its window, the links do not depend on arrival order.
CANDIDATE_LIMIT = 64
BUCKET_CAP = 500  # entries kept per place or figure key
# Entries kept per dedup key (exact text, LSH band) and epoch: a lookup returns at most
# CANDIDATE_LIMIT of them, the nearest in time, and every lookup unpacks the whole
# field, so the few values that templated prose shares cost the server most of its time
# at 500 (1.7 ms of CPU an update after 30k updates of the bench's feed, against 1.1 ms
# at this cap, with the same candidates for all 39,601 updates).
DEDUP_CAP = CANDIDATE_LIMIT


def bucket_time(t: float) -> int:
    """An update's time in the place and figure keys: whole seconds. The server keeps a small sorted
    set as a list of its scores written out and parses every score it passes on each lookup and
    insert, unless the score is a whole number (stored as an integer): microsecond event times made
    that parsing the server's largest cost. A second is nothing against a story window of hours."""
    return math.floor(t)


def story_span(story_window_s: float) -> float:
    """How far in event time story keys are looked up: an update chain may link beyond the story window."""
    return story_window_s * LATER_FACTOR


@dataclass(frozen=True)
class IndexItem:
    features: Features
    bands: list[str] = field(default_factory=list)
    buckets: list[str] = field(default_factory=list)


class Index(Protocol):
    remote: bool  # on a server: a call is mostly waiting, worth overlapping with other work

    def add_and_query(self, items: list[IndexItem]) -> list[list[Features]]:
        """Add items (in order) and return, for each, the known updates it may relate to (in no set order)."""
        ...


class MemoryIndex:
    """The same lookups as the Redis index, in one process (no expiry: one run's worth)."""

    remote = False

    def __init__(self, dedup_window_s: float, story_window_s: float):
        self.dedup_window_s = dedup_window_s
        self.story_window_s = story_window_s
        self.features: dict[str, Features] = {}
        self.plain: dict[str, Features] = {}  # without the text, as found by place or figure
        # per key, (event time, id) in event-time order, as the sorted sets on Redis
        # (a dedup key's: as the fields of the epochs' hashes, see _near_dedup)
        self.by_key: dict[str, list[tuple[float, str]]] = defaultdict(list)
        self.next_of: dict[str, str] = {}

    def _near(self, key: str, t: float, span: float) -> list[str]:
        return _nearest(self.by_key.get(key), t, span)

    def _near_dedup(self, keys: list[str], update_id: str, t: float, again: bool) -> set[str]:
        """As the Lua script: each dedup key's nearest in time, then this one added to its epoch's field.

        One list per key in event-time order holds all its epochs (the window
        of a lookup lies within three); the cap and a move apply within an epoch.
        Only an update added before (again) may be among a key's entries already.
        """
        span = self.dedup_window_s
        epoch = math.floor(t / span)
        found: set[str] = set()
        by_key = self.by_key
        for key in keys:
            if members := by_key.get(key):
                found.update(_nearest(members, t, span))
        found.discard(update_id)
        entry = (t, update_id)
        for key in keys:
            members = by_key.get(key)
            if not members:  # nearly every band value is new
                by_key[key] = [entry]
                continue
            if again and any(
                i == update_id and math.floor(ti / span) == epoch for ti, i in members
            ):  # it moves
                members[:] = [m for m in members if m[1] != update_id or math.floor(m[0] / span) != epoch]
            insort(members, entry)
            if len(members) > DEDUP_CAP:
                here = [m for m in members if math.floor(m[0] / span) == epoch]
                if len(here) > DEDUP_CAP:
                    members.remove(here[0])
        return found

    def add_and_query(self, items: list[IndexItem]) -> list[list[Features]]:
        out: list[list[Features]] = []
        for item in items:
            f = item.features
            by_text: set[str] = set()  # found by exact text or an LSH band: they keep their text
            by_text |= self._near_dedup(_dedup_keys(item), f.id, f.t, f.id in self.features)
            found = set(by_text)
            tb = bucket_time(f.t)
            for bucket in item.buckets:
                found.update(self._near(f"p:{bucket}", tb, story_span(self.story_window_s)))
            if f.prev:
                found.add(f.prev)
                self.next_of[f.prev] = f.id
            if f.id in self.next_of:
                found.add(self.next_of[f.id])
            known = self.features.get(f.id)
            # added again at another time: as ZADD, move it (under this item's keys)
            moved = (bucket_time(known.t), f.id) if known is not None and bucket_time(known.t) != tb else None
            self.features[f.id] = f
            self.plain[f.id] = msgspec.structs.replace(f, norm="") if f.norm else f
            entry = (tb, f.id)
            for key in [f"p:{b}" for b in item.buckets]:
                members = self.by_key[key]
                if moved is not None and _discard(members, moved):
                    insort(members, entry)  # moved, not added: nothing to trim
                    continue
                at = bisect_left(members, entry)
                if at == len(members) or members[at] != entry:
                    members.insert(at, entry)
                    if len(members) > BUCKET_CAP:  # as on Redis: keep the latest by event time
                        del members[0]
            found.discard(f.id)
            out.append([
                self.features[i] if i in by_text else self.plain[i]
                for i in sorted(found) if i in self.features
            ])  # fmt: skip
        return out


def _dedup_keys(item: IndexItem) -> list[str]:
    """The exact text's key and the LSH bands: the keys whose candidates keep their text."""
    exact = [f"x:{item.features.exact}"] if item.features.exact else []
    return exact + item.bands


def _nearest(entries: list[tuple[float, str]] | None, t: float, span: float) -> list[str]:
    """As the Lua script: the nearest in event time, up to half the limit on each side."""
    if not entries:
        return []
    half = CANDIDATE_LIMIT // 2
    top = bisect_right(entries, t, key=_time)  # before: t - span <= ti <= t, nearest first
    before = entries[max(bisect_left(entries, t - span, key=_time), top - half) : top][::-1]
    after = entries[top : min(bisect_right(entries, t + span, key=_time), top + half)]
    return [i for _, i in before + after]


_time = itemgetter(0)  # an entry's event time


def _discard(entries: list[tuple[float, str]], entry: tuple[float, str]) -> bool:
    at = bisect_left(entries, entry)
    if at < len(entries) and entries[at] == entry:
        del entries[at]
        return True
    return False


# ARGV: ttl, dedup span, limit, bucket cap, prefix, dedup cap, then per item:
#   id, features json (without its text), normalised text, t, prev, bucket time and the story span's
#   bounds around it (see bucket_time), n dedup keys, dedup keys..., n buckets, buckets...
# Dedup keys (the exact text's, the LSH bands) are not keys of their own:
# nearly every value is new, so a sorted set each cost the server a key to
# create and expire for each of ~17 keys of each update. They are fields of one
# hash per epoch of event time (as wide as the dedup window, so a lookup reads
# three), each holding the (t, id) pairs that share that value in that epoch,
# msgpack'd; a key's candidates are chosen from them as from a sorted set
# (nearest in time, half on each side; capped, an id added again moves).
# Reply: {records, refs of item 1, refs of item 2, ...}. records holds each
# candidate of the batch once, as its id and which features it had when first
# found: 0 for those it had before the batch, n for those item n of the batch
# gave it, or, should it be added again later in the batch, the former
# features as stored (and the former text, if a dedup key found it, else '').
# A ref is 2 * (its position in records, from 0) + 1 when a dedup key found it.
# Features and texts are not sent back otherwise: the worker has most of them
# already (its own updates, and those it read before) and reads the others
# itself, so the reply is a few ids per update, and the script reads no values.
_ADD_AND_QUERY = """
local ttl, dspan = ARGV[1], tonumber(ARGV[2])
local limit, cap, prefix, dcap = tonumber(ARGV[3]), tonumber(ARGV[4]), ARGV[5], tonumber(ARGV[6])
local records = {}
local out = {records}
local slot = {}    -- id -> its position in records (0-based)
local deduped = {} -- positions some dedup key found
local added = {}   -- id -> the last item of this batch that added it (1-based)
local n = 0
local i = 7
local half = math.floor(limit / 2)
-- numbers passed to redis.call are printed with %.17g, then parsed again: the constant ones once per script
local half_s, trim_s = tostring(half), tostring(-cap - 1)
local touched, expiring = {}, {}
local function expire_later(key)
  if not touched[key] then
    touched[key] = true
    expiring[#expiring + 1] = key
  end
end
local function before(a, b) return a[1] > b[1] or (a[1] == b[1] and a[2] > b[2]) end
local function after(a, b) return a[1] < b[1] or (a[1] == b[1] and a[2] < b[2]) end
-- Fields are written in (t, id) order (older ones may not be: they are sorted when read), so the
-- nearest on each side are a walk from where t falls, and the cap drops the first: no sort per update.
local function in_order(flat)
  for j = 3, #flat, 2 do
    local a, b = flat[j - 2], flat[j]
    if b < a or (b == a and flat[j + 1] < flat[j - 1]) then return false end
  end
  return true
end
-- the (t, id) pairs of flat with entry (t, id) in its place and any other of id left out
local function placed(flat, t, id)
  local out, put = {}, false
  for j = 1, #flat, 2 do
    local tj, ij = flat[j], flat[j + 1]
    if ij ~= id then
      if not put and (t < tj or (t == tj and id < ij)) then
        out[#out + 1] = t; out[#out + 1] = id; put = true
      end
      out[#out + 1] = tj; out[#out + 1] = ij
    end
  end
  if not put then out[#out + 1] = t; out[#out + 1] = id end
  return out
end
local function look_dedup(dkeys, id, t, found)
  local epoch = math.floor(t / dspan)
  local lo, hi = t - dspan, t + dspan
  local ts_of, ids_of, sorted_of = {}, {}, {} -- key position -> times and ids in the window, in epoch order
  local here = {}    -- key position -> its field in this epoch, raw and unpacked (t, id, t, id, ...)
  for e = epoch - 1, epoch + 1 do
    local values = redis.call('HMGET', prefix .. 'd:' .. e, unpack(dkeys))
    for k = 1, #dkeys do
      local raw = values[k]
      if raw then
        local flat = {cmsgpack.unpack(raw)}
        if e == epoch then here[k] = {raw, flat} end
        local ts, ids, sorted = ts_of[k], ids_of[k], sorted_of[k]
        if not ts then ts, ids, sorted = {}, {}, true; ts_of[k], ids_of[k] = ts, ids end
        local n = #ts
        for j = 1, #flat, 2 do
          local ti = flat[j]
          if ti >= lo and ti <= hi then
            local ii = flat[j + 1]
            if sorted and n > 0 and (ti < ts[n] or (ti == ts[n] and ii < ids[n])) then sorted = false end
            n = n + 1
            ts[n] = ti; ids[n] = ii
          end
        end
        sorted_of[k] = sorted
      end
    end
  end
  local entry = cmsgpack.pack(t, id)
  local fields = {}
  for k = 1, #dkeys do
    local ts, ids = ts_of[k], ids_of[k]
    if ts then
      local n = #ts
      if n <= half then
        for j = 1, n do if ids[j] ~= id then found[ids[j]] = true end end
      elseif sorted_of[k] then
        local split = n + 1 -- the first later than t
        while split > 1 and ts[split - 1] > t do split = split - 1 end
        for j = split - 1, math.max(1, split - half), -1 do if ids[j] ~= id then found[ids[j]] = true end end
        for j = split, math.min(n, split + half - 1) do if ids[j] ~= id then found[ids[j]] = true end end
      else
        local early, late = {}, {}
        for j = 1, n do
          if ts[j] <= t then early[#early + 1] = {ts[j], ids[j]} else late[#late + 1] = {ts[j], ids[j]} end
        end
        table.sort(early, before)
        table.sort(late, after)
        for j = 1, math.min(half, #early) do if early[j][2] ~= id then found[early[j][2]] = true end end
        for j = 1, math.min(half, #late) do if late[j][2] ~= id then found[late[j][2]] = true end end
      end
    end
    local value = entry
    local old = here[k]
    if old then
      local raw, flat, again = old[1], old[2], false
      for j = 2, #flat, 2 do again = again or flat[j] == id end
      local m = #flat
      if not again and m < 2 * dcap and (flat[m - 1] < t or (flat[m - 1] == t and flat[m] < id)) then
        value = raw .. entry  -- msgpack values one after another: appending is enough
      else
        -- as ZADD of a member there already (it moves), and a capped sorted set
        if not in_order(flat) then
          local all = {}
          for j = 1, m, 2 do all[#all + 1] = {flat[j], flat[j + 1]} end
          table.sort(all, after)
          flat = {}
          for j = 1, #all do flat[#flat + 1] = all[j][1]; flat[#flat + 1] = all[j][2] end
        end
        local kept = placed(flat, t, id)
        if #kept > 2 * dcap then kept = {unpack(kept, #kept - 2 * dcap + 1)} end
        value = cmsgpack.pack(unpack(kept))
      end
    end
    fields[#fields + 1] = dkeys[k]
    fields[#fields + 1] = value
  end
  local key = prefix .. 'd:' .. epoch
  redis.call('HSET', key, unpack(fields))
  expire_later(key)
end
local function look(key, id, tb, lo, hi, found, mark)
  -- the nearest in event time on each side, so any arrival order finds the same neighbours
  -- (a window of no more than half the limit comes back whole)
  for _, other in ipairs(redis.call('ZREVRANGEBYSCORE', key, tb, lo, 'LIMIT', '0', half_s)) do
    if other ~= id then found[other] = found[other] or mark end
  end
  for _, other in ipairs(redis.call('ZRANGEBYSCORE', key, '(' .. tb, hi, 'LIMIT', '0', half_s)) do
    if other ~= id then found[other] = found[other] or mark end
  end
  redis.call('ZADD', key, tb, id)
  if redis.call('ZCARD', key) > cap then redis.call('ZREMRANGEBYRANK', key, '0', trim_s) end
  expire_later(key)
end
while i <= #ARGV do
  local id, feat, norm, prev = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 4]
  local t = tonumber(ARGV[i + 3])
  local tb, lo, hi = ARGV[i + 5], ARGV[i + 6], ARGV[i + 7]
  n = n + 1
  -- found[other] is true when a dedup key (exact text, LSH band) found it: only
  -- those need their normalised text for the exact similarity check
  local found = {}
  local nd = tonumber(ARGV[i + 8])
  i = i + 9
  if nd > 0 then look_dedup({unpack(ARGV, i, i + nd - 1)}, id, t, found) end
  i = i + nd
  local nb = tonumber(ARGV[i])
  i = i + 1
  for k = 1, nb do look(prefix .. 'p:' .. ARGV[i], id, tb, lo, hi, found, false); i = i + 1 end
  local own = slot[id]
  if own ~= nil then
    -- added again: the items before this one keep what they found (features
    -- are read once per batch), those after it find the new ones in a new record
    if records[3 * own + 2] == 0 then
      records[3 * own + 2] = redis.call('GET', prefix .. 'f:' .. id)
      if deduped[own] then records[3 * own + 3] = redis.call('GET', prefix .. 't:' .. id) or '' end
    end
    slot[id] = nil
  end
  redis.call('SET', prefix .. 'f:' .. id, feat, 'EX', ttl)
  if norm ~= '' then redis.call('SET', prefix .. 't:' .. id, norm, 'EX', ttl) end
  added[id] = n
  if prev ~= '' then
    -- only an update added already: one named ahead of its time is found when it comes
    if added[prev] or redis.call('EXISTS', prefix .. 'f:' .. prev) == 1 then
      found[prev] = found[prev] or false
    end
    redis.call('SET', prefix .. 'n:' .. prev, id, 'EX', ttl)
  end
  local nxt = redis.call('GET', prefix .. 'n:' .. id)
  if nxt then found[nxt] = found[nxt] or false end
  local refs = {}
  for other, dedup in pairs(found) do
    local s = slot[other]
    if s == nil then
      s = #records / 3
      slot[other] = s
      records[#records + 1] = other
      records[#records + 1] = added[other] or 0
      records[#records + 1] = ''
    end
    if dedup then
      deduped[s] = true
      refs[#refs + 1] = 2 * s + 1
    else
      refs[#refs + 1] = 2 * s
    end
  end
  out[#out + 1] = refs
end
-- once per key and batch (the clock stands still while a script runs)
for _, key in ipairs(expiring) do redis.call('EXPIRE', key, ttl) end
return out
"""

# Updates whose features a worker keeps at hand: more than a story span of a
# dense feed (180 updates an hour), so a lone worker reads almost none back.
KNOWN_CAP = 20_000


@dataclass(frozen=True, slots=True)
class _Known:
    deadline: float  # time.monotonic() by which the server may have let it expire
    plain: Features  # without the text, as found by place or figure
    full: Features  # with the text, as found by a dedup key


class KnownFeatures:
    """Features of indexed updates by id, each kept until its keys on the server may expire.

    An update's features are written once (the same update always gives the
    same ones), so a copy is as good as the server's while the server keeps
    it; a copy is dropped no later than the server's, so a candidate the
    server no longer knows is not offered either.
    """

    def __init__(self, cap: int = KNOWN_CAP):
        self.cap = cap
        # by the id's bytes, as the server's replies name it: no decoding per candidate
        self._entries: dict[bytes, _Known] = {}

    def get(self, update_id: bytes, now: float) -> _Known | None:
        entry = self._entries.get(update_id)
        return entry if entry is not None and entry.deadline > now else None

    def put(self, plain: Features, full: Features, deadline: float) -> _Known:
        entry = _Known(deadline, plain, full)
        entries, key = self._entries, full.id.encode()
        entries.pop(key, None)  # re-inserted at the end: the oldest go first
        entries[key] = entry
        if len(entries) > self.cap:
            del entries[next(iter(entries))]
        return entry


def _without_text(f: Features) -> Features:
    return msgspec.structs.replace(f, norm="") if f.norm else f


@lru_cache(maxsize=8)
def known_features(prefix: str) -> KnownFeatures:
    """One per index namespace and process: it outlives a job's RedisIndex."""
    return KnownFeatures()


class RedisIndex:
    """The index on the server, expiring after the dedup window (bounded memory)."""

    remote = True

    def __init__(
        self, client: redis.Redis, keys: Keys, *, ttl_s: float, dedup_window_s: float, story_window_s: float,
        known: KnownFeatures | None = None,
    ):  # fmt: skip
        self.client = client
        self.keys = keys
        self.ttl_s = max(1, int(ttl_s))
        self.dedup_window_s = dedup_window_s
        self.story_window_s = story_window_s
        self.known = known if known is not None else known_features(keys.ix_prefix)
        self._script = client.register_script(_ADD_AND_QUERY)

    def add_and_query(self, items: list[IndexItem]) -> list[list[Features]]:
        if not items:
            return []
        argv: list[object] = [
            self.ttl_s, self.dedup_window_s, CANDIDATE_LIMIT, BUCKET_CAP, self.keys.ix_prefix, DEDUP_CAP,
        ]  # fmt: skip
        span = story_span(self.story_window_s)
        batch: list[_Known] = []
        for item in items:
            f = item.features
            entry = _Known(0.0, _without_text(f), f)
            batch.append(entry)
            # the text travels apart: candidates found by place or figure never need it
            tb = bucket_time(f.t)
            argv += [f.id, features_encoder.encode(entry.plain), f.norm, repr(f.t), f.prev or "", tb, tb - span, tb + span]
            dedup_keys = _dedup_keys(item)
            argv += [len(dedup_keys), *dedup_keys]
            argv += [len(item.buckets), *item.buckets]
        sent = time.monotonic()  # the keys written by the script expire ttl after it ran: not before this
        records, *refs = self._script(keys=[], args=argv)
        pick = self._picks(records, batch)
        for entry in batch:
            self.known.put(entry.plain, entry.full, sent + self.ttl_s)
        # A ref is 2 * position (+1 when a dedup key found it, the text wanted): an index into the
        # records' (plain, full) pairs laid end to end. Candidates stay in the reply's order:
        # decide's results do not depend on it (tests/test_dedup.py), and sorting cost 4% of a worker.
        if None in pick:  # gone from the server
            return [[f for ref in item_refs if (f := pick[ref]) is not None] for item_refs in refs]
        return [[pick[ref] for ref in item_refs] for item_refs in refs]

    def _picks(self, records: list[bytes | int], batch: list[_Known]) -> list[Features | None]:
        """What the script's records stand for (see its reply), as (plain, full) pairs laid end to end
        (None, None for one gone from the server): at hand, or read from the server."""
        # KnownFeatures.get inlined (same module): a hundred candidates an update go through here
        entries, now = self.known._entries, time.monotonic()
        pick: list[Features | None] = []
        missing: list[int] = []  # positions of the records to read
        for pos in range(0, len(records), 3):
            version = records[pos + 1]
            if version == 0:  # as before the batch
                entry = entries.get(records[pos])  # type: ignore[arg-type]
                if entry is None or entry.deadline <= now:
                    missing.append(pos // 3)
                    pick += (None, None)
                    continue
            elif isinstance(version, int):  # as an item of the batch gave it
                entry = batch[version - 1]
            elif version:  # as before the batch, then replaced in it
                plain = features_decoder.decode(version)
                text = records[pos + 2].decode()  # type: ignore[union-attr]
                entry = _Known(0.0, plain, msgspec.structs.replace(plain, norm=text))
            else:  # gone before the batch, then added again in it
                pick += (None, None)
                continue
            pick += (entry.plain, entry.full)
        if missing:
            for k, entry in zip(missing, self._read([records[3 * k] for k in missing]), strict=True):  # type: ignore[misc]
                if entry is not None:
                    pick[2 * k], pick[2 * k + 1] = entry.plain, entry.full
        return pick

    def _read(self, ids: list[bytes]) -> list[_Known | None]:
        """Features and texts from the server, kept at hand until the server's copy may expire."""
        prefix = self.keys.ix_prefix.encode()
        with self.client.pipeline(transaction=False) as pipe:
            for update_id in ids:
                pipe.get(prefix + b"f:" + update_id)
                pipe.get(prefix + b"t:" + update_id)
                pipe.pttl(prefix + b"f:" + update_id)
            sent = time.monotonic()  # each PTTL counts from a moment after this
            replies = pipe.execute()
        out: list[_Known | None] = []
        for k in range(len(ids)):
            raw, text, ttl_ms = replies[3 * k : 3 * k + 3]
            if raw is None:
                out.append(None)
                continue
            plain = features_decoder.decode(raw)
            full = msgspec.structs.replace(plain, norm=text.decode()) if text else plain
            if ttl_ms >= 0:
                out.append(self.known.put(plain, full, sent + ttl_ms / 1000))
            else:  # expired between the replies: this once
                out.append(_Known(0.0, plain, full))
        return out
