"""The windowed dedup/story index: add a batch of updates, get their candidates.

Two implementations of one protocol: in memory (`sitrep analyze`, tests) and
on Redis (workers), where one Lua call adds and queries a whole batch
atomically, so of two updates analysed at once the second always sees the first.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
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
BUCKET_CAP = 500  # entries kept per lookup key


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
        """Add items (in order) and return, for each, the known updates it may relate to."""
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
        self.by_key: dict[str, list[tuple[float, str]]] = defaultdict(list)
        self.next_of: dict[str, str] = {}

    def _near(self, key: str, t: float, span: float) -> list[str]:
        """As the Lua script: the nearest in event time, up to half the limit on each side."""
        entries = self.by_key.get(key)
        if not entries:
            return []
        half = CANDIDATE_LIMIT // 2
        top = bisect_right(entries, t, key=_time)  # before: t - span <= ti <= t, nearest first
        before = entries[max(bisect_left(entries, t - span, key=_time), top - half) : top][::-1]
        after = entries[top : min(bisect_right(entries, t + span, key=_time), top + half)]
        return [i for _, i in before + after]

    def add_and_query(self, items: list[IndexItem]) -> list[list[Features]]:
        out: list[list[Features]] = []
        for item in items:
            f = item.features
            by_text: set[str] = set()  # found by exact text or an LSH band: they keep their text
            dedup_keys = ([f"x:{f.exact}"] if f.exact else []) + [f"b:{b}" for b in item.bands]
            for key in dedup_keys:
                by_text.update(self._near(key, f.t, self.dedup_window_s))
            found = set(by_text)
            for bucket in item.buckets:
                found.update(self._near(f"p:{bucket}", f.t, story_span(self.story_window_s)))
            if f.prev:
                found.add(f.prev)
                self.next_of[f.prev] = f.id
            if f.id in self.next_of:
                found.add(self.next_of[f.id])
            known = self.features.get(f.id)
            # added again at another time: as ZADD, move it (under this item's keys)
            moved = (known.t, f.id) if known is not None and known.t != f.t else None
            self.features[f.id] = f
            self.plain[f.id] = msgspec.structs.replace(f, norm="") if f.norm else f
            entry = (f.t, f.id)
            for key in dedup_keys + [f"p:{b}" for b in item.buckets]:
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


def _time(entry: tuple[float, str]) -> float:
    return entry[0]


def _discard(entries: list[tuple[float, str]], entry: tuple[float, str]) -> bool:
    at = bisect_left(entries, entry)
    if at < len(entries) and entries[at] == entry:
        del entries[at]
        return True
    return False


# ARGV: ttl, dedup span, story span, limit, cap, prefix, then per item:
#   id, features json (without its text), normalised text, t, prev, n dedup keys, keys..., n buckets, buckets...
# Reply: {records, refs of item 1, refs of item 2, ...}. records holds each
# candidate of the batch once, as id, features, text (the text only when some
# item found it by a dedup key, else ''); a ref is 2 * (its position in records,
# from 0) + 1 when a dedup key found it. Neighbouring updates share most of their
# candidates, so sending each record once per batch instead of once per item
# cuts the reply (and the GETs) about sixteenfold on a dense feed.
_ADD_AND_QUERY = """
local ttl, dspan, sspan = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local limit, cap, prefix = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
local records = {}
local out = {records}
local slot = {}   -- id -> its position in records (0-based), once its features were read
local texted = {} -- positions whose text was read
local i = 7
local half = math.floor(limit / 2)
local touched, expiring = {}, {}
local function look(key, id, t, traw, span, found, mark)
  -- the nearest in event time on each side, so any arrival order finds the same neighbours
  local near = redis.call('ZRANGEBYSCORE', key, t - span, t + span, 'LIMIT', 0, half + 1)
  if #near > half then
    -- more than half the limit in the window: it may be more than half on one side
    near = redis.call('ZREVRANGEBYSCORE', key, t, t - span, 'LIMIT', 0, half)
    for _, other in ipairs(redis.call('ZRANGEBYSCORE', key, '(' .. traw, t + span, 'LIMIT', 0, half)) do
      near[#near + 1] = other
    end
  end
  -- else the whole window is no more than half the limit: both sides in full
  for _, other in ipairs(near) do
    if other ~= id then found[other] = found[other] or mark end
  end
  redis.call('ZADD', key, traw, id)
  if redis.call('ZCARD', key) > cap then redis.call('ZREMRANGEBYRANK', key, 0, -cap - 1) end
  if not touched[key] then
    touched[key] = true
    expiring[#expiring + 1] = key
  end
end
while i <= #ARGV do
  local id, feat, norm, traw, prev = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4]
  local t = tonumber(traw)
  -- found[other] is true when a dedup key (exact text, LSH band) found it: only
  -- those need their normalised text for the exact similarity check
  local found = {}
  local nd = tonumber(ARGV[i + 5])
  i = i + 6
  for k = 1, nd do look(prefix .. ARGV[i], id, t, traw, dspan, found, true); i = i + 1 end
  local nb = tonumber(ARGV[i])
  i = i + 1
  for k = 1, nb do look(prefix .. 'p:' .. ARGV[i], id, t, traw, sspan, found, false); i = i + 1 end
  redis.call('SET', prefix .. 'f:' .. id, feat, 'EX', ttl)
  if norm ~= '' then redis.call('SET', prefix .. 't:' .. id, norm, 'EX', ttl) end
  if prev ~= '' then
    found[prev] = found[prev] or false
    redis.call('SET', prefix .. 'n:' .. prev, id, 'EX', ttl)
  end
  local nxt = redis.call('GET', prefix .. 'n:' .. id)
  if nxt then found[nxt] = found[nxt] or false end
  local refs = {}
  for other, dedup in pairs(found) do
    local s = slot[other]
    if s == nil then
      -- features are immutable while they live: read once per batch (a miss is
      -- asked again, since a later item of this batch may be the one it names)
      local f = redis.call('GET', prefix .. 'f:' .. other)
      if f then
        s = #records / 3
        slot[other] = s
        records[#records + 1] = other
        records[#records + 1] = f
        records[#records + 1] = ''
      end
    end
    if s ~= nil then
      if dedup then
        if not texted[s] then
          texted[s] = true
          records[3 * s + 3] = redis.call('GET', prefix .. 't:' .. other) or ''
        end
        refs[#refs + 1] = 2 * s + 1
      else
        refs[#refs + 1] = 2 * s
      end
    end
  end
  out[#out + 1] = refs
end
-- once per key and batch (the clock stands still while a script runs)
for _, key in ipairs(expiring) do redis.call('EXPIRE', key, ttl) end
return out
"""


# Decoded features by their stored bytes: consecutive batches share most of
# their candidates (small batches above all), and equal bytes decode to equal
# features, so this is a pure cache.
@lru_cache(maxsize=8192)
def _decode(raw: bytes) -> Features:
    return features_decoder.decode(raw)


class RedisIndex:
    """The index on the server, expiring after the dedup window (bounded memory)."""

    remote = True

    def __init__(self, client: redis.Redis, keys: Keys, *, ttl_s: float, dedup_window_s: float, story_window_s: float):
        self.keys = keys
        self.ttl_s = max(1, int(ttl_s))
        self.dedup_window_s = dedup_window_s
        self.story_window_s = story_window_s
        self._script = client.register_script(_ADD_AND_QUERY)

    def add_and_query(self, items: list[IndexItem]) -> list[list[Features]]:
        if not items:
            return []
        argv: list[object] = [
            self.ttl_s, self.dedup_window_s, story_span(self.story_window_s), CANDIDATE_LIMIT, BUCKET_CAP,
            self.keys.ix_prefix,
        ]  # fmt: skip
        for item in items:
            f = item.features
            dedup_keys = ([f"x:{f.exact}"] if f.exact else []) + [f"b:{b}" for b in item.bands]
            # the text travels apart: candidates found by place or figure never need it
            argv += [f.id, features_encoder.encode(msgspec.structs.replace(f, norm="")), f.norm, repr(f.t), f.prev or ""]
            argv += [len(dedup_keys), *dedup_keys]
            argv += [len(item.buckets), *item.buckets]
        records, *refs = self._script(keys=[], args=argv)
        ids = [raw.decode() for raw in records[::3]]
        plain = [_decode(raw) for raw in records[1::3]]  # as stored: without the text
        texts: list[bytes] = records[2::3]
        # Candidates in id order (as the in-memory index gives them): refs are
        # renumbered by the rank of their record's id, so sorting them sorts by id.
        by_rank = sorted(range(len(ids)), key=ids.__getitem__)
        rank = [0] * len(ids)
        for r, pos in enumerate(by_rank):
            rank[pos] = r
        with_text: dict[int, Features] = {}
        out: list[list[Features]] = []
        for item_refs in refs:
            found = []
            for key in sorted([(rank[ref >> 1] << 1) | (ref & 1) for ref in item_refs]):
                pos = by_rank[key >> 1]
                if key & 1 and texts[pos]:
                    if pos not in with_text:
                        with_text[pos] = msgspec.structs.replace(plain[pos], norm=texts[pos].decode())
                    found.append(with_text[pos])
                else:
                    found.append(plain[pos])
            out.append(found)
        return out
