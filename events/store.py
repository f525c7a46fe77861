"""The event store on Redis Streams: the only module that writes the log.

- append: idempotent (same source and id, or same source and text, is
  appended once), atomic in a Lua script, so racing producers cannot double it;
- read and replay from any position; consumer groups with blocking reads;
- commit: a worker's derived events are appended and the source entry acked in
  one Lua step, only if the entry was still pending, so a job that runs twice
  changes nothing;
- reclaim of entries a dead consumer left pending.
Helpers take an optional pipeline so callers can compose one transaction.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

import redis

from events import codec
from events.keys import Keys
from events.parsers import idempotency_keys, reject_key
from events.schema import AnyEvent, DeadLettered, Event, Rejected, UpdatePublished

# KEYS: updates stream, idempotency hash, entry-of hash, counters
# ARGV: groups of (n, key1..keyn, update id, type, event id, data)
_APPEND = """
local out = {}
local i = 1
while i <= #ARGV do
  local n = tonumber(ARGV[i])
  local found = false
  for k = 1, n do
    local existing = redis.call('HGET', KEYS[2], ARGV[i + k])
    if existing then found = existing; break end
  end
  local base = i + n
  local uid = ARGV[base + 1]
  if found then
    out[#out + 1] = '=' .. found
    redis.call('HINCRBY', KEYS[4], 'already', 1)
  else
    local entry = redis.call('XADD', KEYS[1], '*', 'type', ARGV[base + 2], 'id', ARGV[base + 3], 'data', ARGV[base + 4])
    for k = 1, n do redis.call('HSET', KEYS[2], ARGV[i + k], uid) end
    redis.call('HSET', KEYS[3], uid, entry)
    redis.call('HINCRBY', KEYS[4], 'published', 1)
    out[#out + 1] = entry
  end
  i = base + 5
end
return out
"""

# KEYS: rejects stream, rejected hash, counters
# ARGV: groups of (reject key, type, event id, data). A reject already kept is not kept again,
# so publishing the same file twice leaves one record of each refused line.
_APPEND_REJECTS = """
local added = 0
for i = 1, #ARGV, 4 do
  if redis.call('HEXISTS', KEYS[2], ARGV[i]) == 0 then
    local entry = redis.call('XADD', KEYS[1], '*', 'type', ARGV[i + 1], 'id', ARGV[i + 2], 'data', ARGV[i + 3])
    redis.call('HSET', KEYS[2], ARGV[i], entry)
    added = added + 1
  end
end
if added > 0 then redis.call('HINCRBY', KEYS[3], 'rejected', added) end
return added
"""

# KEYS: updates stream, analysis stream, dead stream, attempts hash, errors hash, counters, wake list
# ARGV: group, wake token ('' for none), then groups of (entry, mode, n, then n*(type, id, data), error)
#   mode ok:   ack; only if it was pending, append the derived events
#   mode fail: count the attempt, keep the error, leave it pending for a retry
#   mode dead: ack; only if it was pending, append the dead letter
_COMMIT = """
local group = ARGV[1]
local acked, skipped, failed, dead = 0, 0, 0, 0
local i = 3
while i <= #ARGV do
  local entry, mode, n = ARGV[i], ARGV[i + 1], tonumber(ARGV[i + 2])
  local first = i + 3
  local err = ARGV[first + 3 * n]
  if mode == 'fail' then
    redis.call('HINCRBY', KEYS[4], entry, 1)
    redis.call('HSET', KEYS[5], entry, err)
    failed = failed + 1
  else
    local was_pending = redis.call('XACK', KEYS[1], group, entry)
    if was_pending == 1 then
      local target = KEYS[2]
      if mode == 'dead' then target = KEYS[3]; dead = dead + 1; redis.call('HINCRBY', KEYS[6], 'dead', 1)
      else acked = acked + 1 end
      for k = 0, n - 1 do
        local at = first + 3 * k
        redis.call('XADD', target, '*', 'type', ARGV[at], 'id', ARGV[at + 1], 'data', ARGV[at + 2])
      end
      redis.call('HDEL', KEYS[4], entry)
      if mode == 'dead' then redis.call('HSET', KEYS[5], entry, err) else redis.call('HDEL', KEYS[5], entry) end
    else
      skipped = skipped + 1
    end
  end
  i = first + 3 * n + 1
end
if ARGV[2] ~= '' then
  redis.call('LPUSH', KEYS[7], ARGV[2])
  redis.call('LTRIM', KEYS[7], 0, 63)
end
return {acked, skipped, failed, dead}
"""


# KEYS: entry-of hash, counters, updates stream. ARGV: update ids (a few: a live projector's page).
# The count of rejected inputs, then the published entry of each update that has one, as XRANGE gives it.
# Run read-only (EVALSHA_RO): the projector's user may only read these keys (docs/SECURITY.md).
_FOLD_INPUTS = """
local out = {redis.call('HGET', KEYS[2], 'rejected') or '0'}
local positions = redis.call('HMGET', KEYS[1], unpack(ARGV))
for i = 1, #positions do
  if positions[i] then
    local rows = redis.call('XRANGE', KEYS[3], positions[i], positions[i])
    if rows[1] then out[#out + 1] = rows[1] end
  end
end
return out
"""
# Up to this many updates, `fold_inputs` reads their published entries in one script (one round trip);
# more (a backlog's page, a rebuild's), in two round trips that copy nothing through Lua.
FOLD_INPUTS_SCRIPTED = 64


class Entry(NamedTuple):
    """One stream entry: its id and its decoded event (a tuple: a rebuild makes one per event)."""

    id: str
    event: AnyEvent  # or, read for the fold, its projection (events/codec.py)


@dataclass(frozen=True)
class Outcome:
    """What a worker decided for one entry, for `commit`."""

    entry: str
    mode: str  # "ok" | "fail" | "dead"
    events: Sequence[Event] = ()
    error: str = ""


def _s(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _as_is(response: Any, **_options: Any) -> Any:
    return response


class EventStore:
    def __init__(self, client: redis.Redis, keys: Keys):
        self.r = client
        self.keys = keys
        self._append = client.register_script(_APPEND)
        self._append_rejects = client.register_script(_APPEND_REJECTS)
        self._commit = client.register_script(_COMMIT)
        self._fold_inputs = client.register_script(_FOLD_INPUTS)
        self._fold_inputs_scripted = True  # False once an ACL refused EVALSHA_RO: two round trips then
        self._raw_client: redis.Redis | None = None

    @property
    def _raw(self) -> redis.Redis:
        """The same connections, with stream replies left as the server sent them.

        redis-py turns every entry into a dict; the fold's reads need only each
        entry's id and data, so they skip that (and decode a page in one call).
        """
        if self._raw_client is None:
            raw = redis.Redis(connection_pool=self.r.connection_pool)
            for command in ("XRANGE", "XREAD"):
                raw.set_response_callback(command, _as_is)
            self._raw_client = raw
        return self._raw_client

    # ------------------------------------------------------------ producer side

    def append_updates(self, updates: Sequence[UpdatePublished]) -> list[str]:
        """Append updates idempotently; for each, its new entry id or '=<update id>' if already there."""
        if not updates:
            return []
        argv: list[Any] = []
        for update in updates:
            ikeys = idempotency_keys(update)
            fields = codec.to_fields(update)
            argv += [len(ikeys), *ikeys, update.id, fields["type"], fields["id"], fields["data"]]
        k = self.keys
        result = self._append(keys=[k.updates, k.idempotency, k.entry_of, k.counters], args=argv)
        return [_s(x) for x in result]

    def append_rejects(self, rejects: Sequence[Rejected]) -> int:
        """Keep each reject once (idempotent like updates); returns how many were new."""
        if not rejects:
            return 0
        argv: list[Any] = []
        for item in rejects:
            fields = codec.to_fields(item)
            argv += [reject_key(item), fields["type"], fields["id"], fields["data"]]
        k = self.keys
        return int(self._append_rejects(keys=[k.rejects, k.rejected, k.counters], args=argv))

    # ------------------------------------------------------------ reading

    def read(self, stream: str, start: str = "-", end: str = "+", count: int | None = None) -> list[Entry]:
        rows = self.r.xrange(stream, min=start, max=end, count=count)
        return [Entry(_s(eid), codec.from_fields(fields)) for eid, fields in rows]

    def replay(self, stream: str, after: str = "0-0", page: int = 2000) -> Iterator[Entry]:
        """Every entry after `after`, in log order, a page at a time."""
        cursor = after
        while True:
            rows = self.r.xrange(stream, min=f"({cursor}" if cursor != "0-0" else "-", count=page)
            if not rows:
                return
            for eid, fields in rows:
                yield Entry(_s(eid), codec.from_fields(fields))
            cursor = _s(rows[-1][0])

    def read_after(self, stream: str, after: str, count: int, block_ms: int | None) -> list[Entry]:
        """Blocking read of entries after `after` (the projector's tail), as the fold's projections."""
        return _read_entries(self._raw.execute_command(*_xread(stream, after, count, block_ms)))

    def read_after_command(
        self, command: Sequence[Any], stream: str, after: str, count: int, block_ms: int | None
    ) -> tuple[Any, list[Entry]]:
        """`command`, then `read_after`, in one round trip: the command's reply (an error as its
        exception, not raised) and the entries. (The projector's write and its next read.)"""
        with self._raw.pipeline(transaction=False) as pipe:
            pipe.execute_command(*command)
            pipe.execute_command(*_xread(stream, after, count, block_ms))
            reply, read = pipe.execute(raise_on_error=False)
        if isinstance(read, Exception):
            raise read
        return reply, _read_entries(read)

    def fold_pages(
        self, stream: str, after: str = "0-0", page: int = 5000, *, raw_links: bool = False
    ) -> Iterator[list[Entry]]:
        """Every entry after `after`, in log order, as the fold's projections, a page at a time
        (with raw_links, story links undecoded: codec.FoldStoryRawLinks). `read_in_thread` reads
        them a page ahead, as a rebuild does."""
        for rows in self._row_pages(stream, after, page):
            yield _fold_entries(rows, raw_links=raw_links)

    def _row_pages(self, stream: str, after: str, page: int) -> Iterator[list[Any]]:
        cursor = after
        while True:
            rows = self._raw.execute_command("XRANGE", stream, f"({cursor}" if cursor != "0-0" else "-", "+", "COUNT", page)
            if not rows:
                return
            yield rows
            cursor = _s(rows[-1][0])

    def fold_inputs(self, update_ids: Sequence[str]) -> tuple[int, dict[str, codec.AnyFolded]]:
        """What the fold needs from the producer's side: the count of rejected inputs, and the
        published events of these updates as its projections, by entry id (log order).

        A few updates (a live projector's page): one round trip, a script. More: two, the positions
        with the count, then the entries. Those of a page mostly lie together: one range read,
        then each stray on its own. (The script copies every entry's data through Lua: for a
        rebuild's pages, a third more of the server's CPU.)
        """
        k = self.keys
        if 0 < len(update_ids) <= FOLD_INPUTS_SCRIPTED and self._fold_inputs_scripted:
            try:
                rejected, *rows = self._read_only(self._fold_inputs, [k.entry_of, k.counters, k.updates], update_ids)
            except redis.exceptions.NoPermissionError:  # a user set up before EVALSHA_RO was listed for it
                self._fold_inputs_scripted = False
            else:
                rows.sort(key=lambda row: _id_key(_s(row[0])))  # log order
                return int(rejected), {e.id: e.event for e in _fold_entries(rows)}  # type: ignore[misc]
        with self.r.pipeline(transaction=False) as pipe:
            if update_ids:
                pipe.hmget(k.entry_of, list(update_ids))
            pipe.hget(k.counters, "rejected")
            *positions, rejected = pipe.execute()
        wanted = {p.decode() for p in positions[0] if p is not None} if positions else set()
        if not wanted:
            return int(rejected or 0), {}
        ordered = sorted(wanted, key=_id_key)
        rows = self._raw.execute_command("XRANGE", k.updates, ordered[0], ordered[-1], "COUNT", len(ordered))
        found = {e.id: e.event for e in _fold_entries([row for row in rows if _s(row[0]) in wanted])}
        if missing := [i for i in ordered if i not in found]:
            with self._raw.pipeline(transaction=False) as pipe:
                for eid in missing:
                    pipe.execute_command("XRANGE", k.updates, eid, eid)
                strays = [row for rows in pipe.execute() for row in rows]
            found |= {e.id: e.event for e in _fold_entries(strays)}
            found = {i: found[i] for i in ordered if i in found}  # log order
        return int(rejected or 0), found  # type: ignore[return-value]

    def _read_only(self, script: Any, keys: list[str], args: Sequence[str]) -> Any:
        """A script that only reads, run as such (EVALSHA_RO: a read-only user may run it on its keys)."""
        argv = [*keys, *dict.fromkeys(args)]
        try:
            return self.r.evalsha_ro(script.sha, len(keys), *argv)
        except redis.exceptions.NoScriptError:  # the server lost its scripts
            script.sha = self.r.script_load(script.script)
            return self.r.evalsha_ro(script.sha, len(keys), *argv)

    def fetch(self, stream: str, ids: Sequence[str]) -> dict[str, AnyEvent]:
        """The entries with these ids: one XRANGE when they are a batch, then any strays one by one."""
        if not ids:
            return {}
        wanted = set(ids)
        ordered = sorted(wanted, key=_id_key)
        found: dict[str, AnyEvent] = {}
        for eid, fields in self.r.xrange(stream, min=ordered[0], max=ordered[-1], count=len(ordered)):
            sid = _s(eid)
            if sid in wanted:
                found[sid] = codec.from_fields(fields)
        missing = [i for i in ordered if i not in found]
        if missing:
            with self.r.pipeline(transaction=False) as pipe:
                for eid in missing:
                    pipe.xrange(stream, min=eid, max=eid)
                for rows in pipe.execute():
                    for eid, fields in rows:
                        found[_s(eid)] = codec.from_fields(fields)
        return found

    # ------------------------------------------------------------ consumer groups

    def ensure_group(self, stream: str, group: str) -> None:
        try:
            self.r.xgroup_create(stream, group, id="0", mkstream=True)
        except redis.ResponseError as err:
            if "BUSYGROUP" not in str(err):
                raise

    def read_group(self, group: str, consumer: str, count: int, block_ms: int | None) -> list[str]:
        """New entry ids for this consumer (ids only: workers read the bodies)."""
        reply = self.r.xreadgroup(group, consumer, {self.keys.updates: ">"}, count=count, block=block_ms)
        if not reply:
            return []
        return [_s(eid) for eid, _fields in reply[0][1]]

    def read_group_events(
        self, group: str, consumer: str, count: int, block_ms: int | None
    ) -> list[tuple[str, AnyEvent]]:
        """New entries for this consumer with their events (a worker reading for itself)."""
        reply = self.r.xreadgroup(group, consumer, {self.keys.updates: ">"}, count=count, block=block_ms)
        if not reply:
            return []
        return [(_s(eid), codec.from_fields(fields)) for eid, fields in reply[0][1]]

    def stale(self, group: str, min_idle_ms: int, count: int) -> list[tuple[str, int]]:
        """(entry id, idle ms) of entries pending at least min_idle_ms: their consumer may be dead."""
        rows = self.r.xpending_range(self.keys.updates, group, min="-", max="+", count=count, idle=min_idle_ms)
        return [(_s(row["message_id"]), int(row["time_since_delivered"])) for row in rows]

    def claim(self, group: str, consumer: str, ids: Sequence[str], min_idle_ms: int) -> list[str]:
        """Take over these entries, unless someone touched them meanwhile."""
        if not ids:
            return []
        claimed = self.r.xclaim(
            self.keys.updates, group, consumer, min_idle_time=min_idle_ms, message_ids=list(ids), justid=True
        )
        return [_s(x) for x in claimed]

    def touch(self, group: str, consumer: str, ids: Sequence[str]) -> list[str]:
        """Claim entries for a worker that is starting on them (resets their idle time).

        Returns the ids still pending: one an earlier delivery acknowledged is not claimed.
        """
        if not ids:
            return []
        claimed = self.r.xclaim(self.keys.updates, group, consumer, min_idle_time=0, message_ids=list(ids), justid=True)
        return [_s(x) for x in claimed]

    def attempts(self, ids: Sequence[str]) -> dict[str, int]:
        if not ids:
            return {}
        values = self.r.hmget(self.keys.attempts, list(ids))
        return {i: int(v) for i, v in zip(ids, values, strict=True) if v is not None}

    def commit(self, group: str, outcomes: Iterable[Outcome], *, wake: str | None = "-") -> tuple[int, int, int, int]:
        """Append derived events and ack, atomically per call; returns (acked, skipped, failed, dead).

        `wake`: pushed to the router's wake list, the id of the job this commit finishes
        ("-" when there is none), so the router frees its slot at once; None for a commit
        in the middle of a job.
        """
        argv: list[Any] = [group, wake or ""]
        for outcome in outcomes:
            argv += [outcome.entry, outcome.mode, len(outcome.events)]
            for event in outcome.events:
                fields = codec.to_fields(event)
                argv += [fields["type"], fields["id"], fields["data"]]
            argv.append(outcome.error)
        if len(argv) == 2 and not wake:
            return (0, 0, 0, 0)
        k = self.keys
        keys = [k.updates, k.analysis, k.dead, k.attempts, k.errors, k.counters, k.wake]
        acked, skipped, failed, dead = self._commit(keys=keys, args=argv)
        return int(acked), int(skipped), int(failed), int(dead)

    # ------------------------------------------------------------ dead letters

    def dead_letters(self, count: int | None = None) -> list[Entry]:
        return self.read(self.keys.dead, count=count)

    def find_dead(self, ident: str) -> Entry | None:
        """A dead letter by its entry id or by the update id it holds."""
        for entry in self.dead_letters():
            event = entry.event
            if entry.id == ident or (isinstance(event, DeadLettered) and event.update_id == ident):
                return entry
        return None

    def retry_dead(self, ident: str) -> str | None:
        """Put a dead update back on the updates stream; returns the new entry id."""
        entry = self.find_dead(ident)
        if entry is None or not isinstance(entry.event, DeadLettered):
            return None
        original = self.fetch(self.keys.updates, [entry.event.entry_id]).get(entry.event.entry_id)
        if original is None:
            raise LookupError(f"the update behind dead letter {entry.id} is no longer on the log")
        with self.r.pipeline(transaction=True) as pipe:
            pipe.xadd(self.keys.updates, codec.to_fields(original))
            pipe.xdel(self.keys.dead, entry.id)
            pipe.hincrby(self.keys.counters, "dead", -1)
            pipe.hdel(self.keys.attempts, entry.event.entry_id)
            new_id = pipe.execute()[0]
        return _s(new_id)

    def drop_dead(self, ident: str) -> bool:
        """Give up on a dead update for good (it stays on the updates stream)."""
        entry = self.find_dead(ident)
        if entry is None:
            return False
        with self.r.pipeline(transaction=True) as pipe:
            pipe.xdel(self.keys.dead, entry.id)
            pipe.hincrby(self.keys.counters, "dead", -1)
            pipe.hincrby(self.keys.counters, "dropped", 1)
            pipe.execute()
        return True

    # ------------------------------------------------------------ counters

    def counters(self) -> dict[str, int]:
        raw = self.r.hgetall(self.keys.counters)
        return {_s(k): int(v) for k, v in raw.items()}


_Page = TypeVar("_Page")


def read_in_thread(pages: Iterator[_Page]) -> Iterator[_Page]:
    """`pages`, read one page ahead by a thread: the server's reply and its parsing overlap the caller's work.

    The thread's errors come out here; a caller that stops early stops the thread."""
    ahead: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def offer(item: tuple[str, Any]) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def read() -> None:
        try:
            for rows in pages:
                if not offer(("page", rows)):
                    return
            offer(("end", None))
        except BaseException as exc:  # handed to the caller, which raises it
            offer(("error", exc))

    reader = threading.Thread(target=read, name="log-read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            kind, value = ahead.get()
            if kind == "end":
                return
            if kind == "error":
                raise value
            yield value
    finally:
        stop.set()
        reader.join()


def _xread(stream: str, after: str, count: int, block_ms: int | None) -> list[Any]:
    """The XREAD of the entries after `after` (blocking for `block_ms`, unless None)."""
    return ["XREAD", "COUNT", count, *(("BLOCK", block_ms) if block_ms is not None else ()), "STREAMS", stream, after]


def _read_entries(reply: Any) -> list[Entry]:
    """An XREAD's raw reply as the fold's projections."""
    if not reply:
        return []
    rows = next(iter(reply.values())) if isinstance(reply, dict) else reply[0][1]  # RESP3 or RESP2
    return _fold_entries(rows)


def _fold_entries(rows: Sequence[Any], *, raw_links: bool = False) -> list[Entry]:
    events = codec.decode_for_fold([codec.entry_data(fields) for _, fields in rows], raw_links=raw_links)
    return [Entry(row[0].decode(), event) for row, event in zip(rows, events, strict=True)]  # type: ignore[arg-type]


def _id_key(entry_id: str) -> tuple[int, int]:
    ms, _, seq = entry_id.partition("-")
    return int(ms), int(seq or 0)

