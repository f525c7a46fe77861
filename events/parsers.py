"""Input parsers: bytes in, UpdatePublished or Rejected out. Pure: no I/O.

Four formats (CONTRACT.md, README): live-blog text, JSON Lines, alert CSV, and
RSS or Atom feeds. Each record ends as exactly one event: an accepted update
or a reject with its reason and its raw text. A bad record never stops its
neighbours.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

import msgspec

from events.posttime import PostClock, date_and_stamp_of, date_of, stamp_of
from events.schema import AlertInfo, PlaceHint, Rejected, UpdatePublished

PRODUCER_VERSION = "producer/1"
FORMATS = ("liveblog", "jsonl", "alerts-csv", "feed")
MAX_TEXT = 20_000
MAX_SOURCE = 200
MAX_RECORD_BYTES = 256 * 1024  # a larger line is rejected before it is decoded
MAX_RAW_KEPT = 64 * 1024  # what a reject keeps of its raw record
MAX_DOCUMENT_BYTES = 64 * 2**20  # a JSON array or export read whole, not line by line
LIVEBLOG_STEP = timedelta(minutes=1)  # spacing of live-blog updates without times
MAX_HEADING = 160

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class ParseOptions:
    source: str | None = None
    published_at: datetime | None = None
    newest_first: bool = False  # live blogs that list the newest update first


# ---------------------------------------------------------------- ids and keys


def normalise_text(text: str) -> str:
    """The text as stored: NFC, trimmed, newlines unified (not a dedup normaliser)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return text.strip()


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=10)
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def text_key(source: str, text: str) -> str:
    """Idempotency key of "same source and identical text"."""
    return "t:" + _digest(source, " ".join(text.split()))


def id_key(source: str, external_id: str) -> str:
    """Idempotency key of "same source and id"."""
    return "i:" + _digest(source, external_id)


def update_id(source: str, external_id: str | None, text: str) -> str:
    """Deterministic update id: the same record always gets the same id."""
    key = id_key(source, external_id) if external_id is not None else text_key(source, text)
    return "u" + key[2:]


def reject_key(rejected: Rejected) -> str:
    """Idempotency key of a reject: the same record refused at the same place for the same reason."""
    return "r:" + _digest(rejected.source, rejected.origin, rejected.reason, rejected.raw)


def idempotency_keys(update: UpdatePublished) -> list[str]:
    keys = [text_key(update.source, update.text)]
    if update.external_id is not None:
        keys.insert(0, id_key(update.source, update.external_id))
    return keys


# ---------------------------------------------------------------- validation helpers


class RecordError(ValueError):
    """A record is invalid; the message says why, for a person."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)


def check_text(text: str, field: str = "text") -> str:
    if _SURROGATE.search(text):
        raise RecordError(f"{field}: invalid UTF-8")
    text = normalise_text(text)
    if not text:
        raise RecordError(f"{field}: empty after trimming")
    if len(text) > MAX_TEXT:
        raise RecordError(f"{field}: {len(text)} characters, more than {MAX_TEXT}")
    bad = _CONTROL.search(text)
    if bad:
        raise RecordError(f"{field}: control character U+{ord(bad.group()):04X} at position {bad.start()}")
    return text


def check_short(value: str, field: str, limit: int = MAX_SOURCE) -> str:
    value = check_text(value, field)
    if len(value) > limit:
        raise RecordError(f"{field}: {len(value)} characters, more than {limit}")
    if "\n" in value:
        raise RecordError(f"{field}: must be one line")
    return value


def parse_time(value: str, field: str = "published_at") -> datetime:
    """ISO 8601; a naive time means UTC. Always returns an aware UTC time."""
    text = value.strip()
    if not text:
        raise RecordError(f"{field}: empty")
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise RecordError(f"{field}: not an ISO 8601 time: {value[:40]!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _raw(text: str) -> tuple[str, bool]:
    raw = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if len(raw) > MAX_RAW_KEPT:
        return raw[:MAX_RAW_KEPT], True
    return raw, False


def reject(source: str, origin: str, reason: str, raw: str, now: datetime) -> Rejected:
    kept, truncated = _raw(raw)
    return Rejected(
        source=source, origin=origin, reason=reason, raw=kept, raw_truncated=truncated, received_at=now
    )


def _decode(data: bytes) -> str:
    # surrogateescape keeps undecodable bytes visible, so only the records that
    # hold them are rejected, not the whole file.
    return data.decode("utf-8", "surrogateescape").lstrip("\ufeff")


_LEADING_BLANK = re.compile(rb"(?:\xef\xbb\xbf)?\s*")
_BLANK = re.compile(rb"\s*")


def _blank_prefix(data: bytes) -> int:
    """Where the input's first character stands, after a byte-order mark and blank space (no copy)."""
    match = _LEADING_BLANK.match(data)
    return match.end() if match else 0


# Legacy 8-bit encodings a whole file may be in, and the vowels that tell them apart: a text decoded
# with the wrong one of the two has few of its script's vowels among its letters.
_LEGACY_SCRIPTS = (("cp1251", set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")), ("cp1253", set("αεηιουωάέήίόύώϊϋΑΕΗΙΟΥΩΆΈΉΊΌΎΏ")))
_LEGACY_MIN_LETTERS = 20


def as_utf8(data: bytes) -> bytes:
    """The input as UTF-8: a UTF-16 file (with its byte-order mark) or a whole file in Windows Cyrillic
    or Greek is converted. Anything else stays as it is: a UTF-8 file with a few bad bytes, whose
    records holding them are rejected, and a Latin-script file with a few bytes outside ASCII, which
    cannot be told from one (its records with them are rejected too)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return data
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_SURROGATE.findall(text))
    if 4 * (sum(1 for ch in text if ord(ch) > 0x7F) - bad) >= bad:
        return data  # UTF-8 here and there: bad bytes, not another encoding
    best: tuple[float, str] | None = None
    for encoding, vowels in _LEGACY_SCRIPTS:
        try:
            decoded = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in decoded if ch.isalpha()]
        outside = [ch for ch in letters if ord(ch) > 0x7F]
        if len(outside) < max(_LEGACY_MIN_LETTERS, 0.6 * len(letters)):
            continue  # mostly ASCII letters: no Cyrillic or Greek text
        share = sum(ch in vowels for ch in outside) / len(outside)
        if share >= 0.3 and (best is None or share > best[0]):
            best = (share, decoded)
    return best[1].encode("utf-8") if best else data


# ---------------------------------------------------------------- format detection


def detect_format(data: bytes) -> str:
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") or re.match(rb"\[\s*\{", head):  # ("[09:30 EET]" begins a live blog)
        return "jsonl"
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf:RDF")):
        return "feed"
    first_line = head.split(b"\n", 1)[0].strip().lower().decode("utf-8", "replace")
    cols = [c.strip().strip('"') for c in first_line.split(_csv_delimiter(first_line))]
    if all(any(name in cols for name in _ALERT_COLUMNS[c]) for c in _ALERT_REQUIRED):
        return "alerts-csv"
    return "liveblog"


def parse(
    data: bytes, *, name: str, fmt: str | None = None, options: ParseOptions | None = None, clock: Clock = utcnow
) -> Iterator[UpdatePublished | Rejected]:
    """Parse one input's bytes; `name` is its file name (the default source)."""
    options = options or ParseOptions()
    converted = as_utf8(data) if fmt != "feed" else data
    if converted is not data and not converted[_blank_prefix(converted) :].startswith(b"<"):
        data = converted  # XML says its own encoding, which the XML parser reads
    fmt = fmt or detect_format(data)
    if fmt == "liveblog":
        return parse_liveblog(data, name=name, options=options, clock=clock)
    if fmt == "jsonl":
        return parse_jsonl(data, name=name, options=options, clock=clock)
    if fmt == "alerts-csv":
        return parse_alerts_csv(data, name=name, options=options, clock=clock)
    if fmt == "feed":
        return parse_feed(data, name=name, options=options, clock=clock)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


# ---------------------------------------------------------------- live blog

_EMBED = re.compile(
    r"(?P<url>(?:https?://)?(?:pic\.twitter\.com|t\.co|(?:www\.|mobile\.)?twitter\.com|(?:www\.)?x\.com|t\.me"
    r"|(?:www\.)?youtube\.com|youtu\.be|(?:www\.)?instagram\.com|(?:www\.)?facebook\.com|(?:www\.)?tiktok\.com)"
    r"/\S+)\s*$",
    re.IGNORECASE,
)
_PLATFORMS = {
    "twitter": "Twitter", "t.co": "Twitter", "x.com": "Twitter", "t.me": "Telegram",
    "youtube": "YouTube", "youtu.be": "YouTube", "instagram": "Instagram", "facebook": "Facebook",
    "tiktok": "TikTok",
}  # fmt: skip
_FINAL_PUNCT = tuple(".!?…;:·。！？")
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def embed_platform(line: str) -> tuple[str, str] | None:
    """(platform, url) when a line ends in an embedded post."""
    match = _EMBED.search(line)
    if not match:
        return None
    url = match.group("url")
    lowered = url.lower()
    for marker, platform in _PLATFORMS.items():
        if marker in lowered:
            return platform, url
    return None


def is_heading(block: str) -> bool:
    """A short single line without final punctuation titles what follows it."""
    if "\n" in block or len(block) > MAX_HEADING or embed_platform(block):
        return False
    return not block.rstrip().endswith(_FINAL_PUNCT)


def _liveblog_start(name: str, options: ParseOptions, clock: Clock) -> datetime:
    if options.published_at is not None:
        return options.published_at
    match = _DATE_IN_NAME.search(name)
    if match:
        try:
            return datetime(int(match[1]), int(match[2]), int(match[3]), tzinfo=UTC)
        except ValueError:
            pass
    return clock()


def parse_liveblog(
    data: bytes, *, name: str, options: ParseOptions, clock: Clock = utcnow
) -> Iterator[UpdatePublished | Rejected]:
    source = options.source or name
    now = clock()
    text = _decode(data).replace("\r\n", "\n").replace("\r", "\n")
    # (line number, paragraph) for each block separated by blank lines
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start_line = 1
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start_line = number
            current.append(line.strip())
        elif current:
            blocks.append((start_line, "\n".join(current)))
            current = []
    if current:
        blocks.append((start_line, "\n".join(current)))

    # Split blocks into updates: an embedded-post line is an update of its own.
    pieces: list[tuple[int, str, bool]] = []  # (line, text, is_embed)
    for line_no, block in blocks:
        lines = block.split("\n")
        buffer: list[str] = []
        buffer_line = line_no
        for offset, line in enumerate(lines):
            if embed_platform(line):
                if buffer:
                    pieces.append((buffer_line, "\n".join(buffer), False))
                    buffer = []
                pieces.append((line_no + offset, line, True))
                buffer_line = line_no + offset + 1
            else:
                if not buffer:
                    buffer_line = line_no + offset
                buffer.append(line)
        if buffer:
            pieces.append((buffer_line, "\n".join(buffer), False))

    order = list(range(len(pieces)))
    if options.newest_first:
        order.reverse()
    times = PostClock(_liveblog_start(name, options, clock), LIVEBLOG_STEP)
    title: str | None = None
    prev: str | None = None
    for position, index in enumerate(order):
        line_no, piece, is_embed = pieces[index]
        origin = f"{name}:{line_no}"
        if not is_embed:
            first, _, rest = piece.partition("\n")
            if (day := date_of(first, times.day.year)) is not None:  # a day's line, maybe a post under it
                times.set_day(day)
                stamp, piece = stamp_of(rest.strip()) if rest.strip() else (None, "")
            elif (dated := date_and_stamp_of(piece, times.day.year)) is not None:  # "Feb 27, 2022, 2:05 p.m. ET"
                day, stamp, piece = dated
                times.set_day(day)
            else:
                stamp, piece = stamp_of(piece)
            if stamp is not None:
                times.stamp(stamp)
            if not piece:
                continue
        has_body_after = position + 1 < len(order)
        if not is_embed and has_body_after and is_heading(piece):
            try:
                title = check_short(piece, "heading", MAX_HEADING)
            except RecordError as err:
                yield reject(source, origin, str(err), piece, now)
            continue
        try:
            body = check_text(piece)
        except RecordError as err:
            yield reject(source, origin, str(err), piece, now)
            continue
        embed = embed_platform(body) if is_embed else None
        item_source = embed[0] if embed else source
        uid = update_id(item_source, None, body)
        yield UpdatePublished(
            id=uid,
            source=item_source,
            text=body,
            published_at=times.next(),
            received_at=now,
            title=title,
            url=embed[1] if embed else None,
            prev=prev,
            via=source if embed else None,
            origin=origin,
            producer_version=PRODUCER_VERSION,
        )
        prev = uid


# ---------------------------------------------------------------- JSON Lines


class _PlaceObject(msgspec.Struct, forbid_unknown_fields=False):
    name: str
    lat: float | None = None
    lon: float | None = None


class _JsonRecord(msgspec.Struct, forbid_unknown_fields=False):
    text: str
    source: str
    id: str | int | None = None
    published_at: str | int | float | None = None
    title: str | None = None
    url: str | None = None
    lang: str | None = None
    place: str | _PlaceObject | None = None


_json_record = msgspec.json.Decoder(_JsonRecord)


def _record_from_json(
    line: str, *, origin: str, now: datetime, default_time: datetime
) -> UpdatePublished:
    try:
        record = _json_record.decode(line.encode("utf-8", "surrogatepass"))
    except msgspec.ValidationError as err:
        raise RecordError(str(err)) from None
    except (msgspec.DecodeError, UnicodeEncodeError) as err:
        raise RecordError(f"not a JSON object: {err}") from None
    text = check_text(record.text)
    source = check_short(record.source, "source")
    external_id = None
    if record.id is not None:
        external_id = check_short(str(record.id), "id")
    published = _any_time(record.published_at) if record.published_at is not None else default_time
    place: PlaceHint | None = None
    if isinstance(record.place, str):
        place = PlaceHint(name=check_short(record.place, "place"))
    elif record.place is not None:
        lat, lon = record.place.lat, record.place.lon
        if (lat is None) != (lon is None):
            raise RecordError("place: give both lat and lon, or neither")
        if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise RecordError("place: lat or lon out of range")
        place = PlaceHint(name=check_short(record.place.name, "place.name"), lat=lat, lon=lon)
    return UpdatePublished(
        id=update_id(source, external_id, text),
        source=source,
        text=text,
        published_at=published,
        received_at=now,
        external_id=external_id,
        title=check_short(record.title, "title", 500) if record.title else None,
        url=check_short(record.url, "url", 2000) if record.url else None,
        lang_hint=check_short(record.lang, "lang", 16).lower() if record.lang else None,
        place_hint=place,
        origin=origin,
        producer_version=PRODUCER_VERSION,
    )


# Keys an export wraps its list of records in ({"items": [...]})
_WRAPPER_KEYS = ("items", "data", "records", "updates", "entries", "posts", "results", "messages")


def _json_documents(data: bytes, name: str) -> list[tuple[str, str | RecordError]] | None:
    """(origin, one record's JSON or the error that ends the input) when `data` is JSON but not JSON
    Lines: one array of records, an export's object wrapping one ({"items": [...]}), or objects
    printed over several lines each (`jq .`); None for JSON Lines, which is read line by line
    (only its first line is looked at here)."""
    start = _blank_prefix(data)
    newline = data.find(b"\n", start)
    first_line = data[start : newline if newline >= 0 else len(data)].strip()
    if data[start : start + 1] == b"[" or first_line == b"{":
        whole = data[start:]
    elif newline < 0 or _BLANK.fullmatch(data, newline):
        whole = first_line  # a one-line document: an export's wrapper, or a single record
    else:
        return None  # JSON Lines
    text = whole.decode("utf-8", "surrogateescape")
    if _SURROGATE.search(text):
        return None  # invalid UTF-8: line by line, so that only its record is rejected
    if first_line == b"{":  # objects over several lines each
        objects = list(_json_objects(text, name, first_line_no=data.count(b"\n", 0, start) + 1))
        if len(objects) != 1 or not isinstance(objects[0][1], str):
            return objects
        value = json.loads(objects[0][1])
        if not isinstance(value, dict) or "text" in value:
            return objects  # one record
    else:
        try:
            value = json.loads(text) if text.startswith(("[", "{")) else None
        except (ValueError, RecursionError):
            return None  # JSON Lines (or no JSON at all)
        if isinstance(value, list):
            value = {"items": value}
    if not isinstance(value, dict) or "text" in value:
        return None
    lists = [value[k] for k in _WRAPPER_KEYS if isinstance(value.get(k), list)]
    if len(lists) != 1 or not all(isinstance(v, dict) for v in lists[0]) or not any("text" in v for v in lists[0]):
        return None  # not a list of records: line by line, one reject for the line
    return [(f"{name}:item {k}", json.dumps(v, ensure_ascii=False)) for k, v in enumerate(lists[0], start=1)]


def _json_objects(text: str, name: str, first_line_no: int) -> Iterator[tuple[str, str | RecordError]]:
    """Objects one after another, each over as many lines as it likes; an error ends the input."""
    decoder = json.JSONDecoder()
    at = 0
    while True:
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        if at == len(text):
            return
        origin = f"{name}:{first_line_no + text.count(chr(10), 0, at)}"
        try:
            value, end = decoder.raw_decode(text, at)
        except (ValueError, RecursionError) as err:
            yield origin, RecordError(f"not JSON from here on: {err}")
            return
        yield origin, json.dumps(value, ensure_ascii=False)
        at = end


def parse_jsonl(
    data: bytes, *, name: str, options: ParseOptions, clock: Clock = utcnow
) -> Iterator[UpdatePublished | Rejected]:
    now = clock()
    default_time = options.published_at or now
    documents = _json_documents(data, name) if len(data) <= MAX_DOCUMENT_BYTES else None
    if documents is not None:
        for origin, record in documents:
            try:
                if isinstance(record, RecordError):
                    raise record
                yield _record_from_json(record, origin=origin, now=now, default_time=default_time)
            except RecordError as err:
                raw = record if isinstance(record, str) else _decode(data)[:MAX_RAW_KEPT]
                yield reject(_source_of(raw, options.source or name), origin, str(err), raw, now)
        return
    for number, raw_line in enumerate(data.split(b"\n"), start=1):
        if not raw_line.strip():
            continue
        origin = f"{name}:{number}"
        if len(raw_line) > MAX_RECORD_BYTES:
            too_long = reject(
                options.source or name,
                origin,
                f"record is {len(raw_line)} bytes, more than {MAX_RECORD_BYTES}",
                _decode(raw_line[:MAX_RAW_KEPT]),
                now,
            )
            yield msgspec.structs.replace(too_long, raw_truncated=True)  # only its start is kept
            continue
        line = _decode(raw_line).strip()
        try:
            if _SURROGATE.search(line):
                raise RecordError("invalid UTF-8")
            yield _record_from_json(line, origin=origin, now=now, default_time=default_time)
        except RecordError as err:
            yield reject(_source_of(line, options.source or name), origin, str(err), line, now)


def _source_of(line: str, default: str) -> str:
    """The record's own source for a reject, where it can be read."""
    try:
        value = msgspec.json.decode(line.encode("utf-8", "surrogatepass"))
    except Exception:
        return default
    if isinstance(value, dict) and isinstance(value.get("source"), str) and value["source"].strip():
        return value["source"].strip()[:MAX_SOURCE]
    return default


# ---------------------------------------------------------------- alert CSV

_TRUE = {"true", "1", "yes", "y", "t"}
_FALSE = {"false", "0", "no", "n", "f", ""}


def _alert_text(region: str, status: str, at: datetime) -> str:
    # The time makes each alert's text its own: "same source and identical
    # text" is a re-publication under the contract, and a feed repeats regions.
    when = at.strftime("%Y-%m-%d %H:%M:%S UTC")
    return f"Air raid alert in {region} from {when}" if status == "started" else f"All clear in {region} at {when}"


def parse_alerts_csv(
    data: bytes, *, name: str, options: ParseOptions, clock: Clock = utcnow
) -> Iterator[UpdatePublished | Rejected]:
    source = options.source or name
    now = clock()
    # One row per physical line: an alert row never spans lines, and a stray quote
    # must not swallow the rows after it (csv would read on to the next quote).
    lines = _decode(data).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not any(line.strip() for line in lines):
        return
    delimiter = _csv_delimiter(lines[0])
    try:
        header = [h.strip().lower() for h in _csv_line(lines[0], delimiter)]
    except csv.Error as err:
        yield reject(source, f"{name}:1", f"unreadable CSV header: {err}", lines[0][:200], now)
        return
    col = {c: next(header.index(n) for n in names if n in header)
           for c, names in _ALERT_COLUMNS.items() if any(n in header for n in names)}  # fmt: skip
    missing = [c for c in _ALERT_REQUIRED if c not in col]
    if missing:
        named = "; ".join(f"{c} (or {', '.join(_ALERT_COLUMNS[c][1:4])})" for c in missing)
        yield reject(source, f"{name}:1", f"CSV header lacks {named}", ",".join(header), now)
        return
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        origin = f"{name}:{number}"
        try:
            row = _csv_line(line, delimiter)
        except csv.Error as err:
            yield reject(source, origin, f"unreadable CSV row: {err}", line, now)
            continue
        if not any(cell.strip() for cell in row):
            continue
        try:
            yield from _alert_row(row, col, source=source, origin=origin, now=now)
        except RecordError as err:
            yield reject(source, origin, str(err), line, now)


def _csv_line(line: str, delimiter: str = ",") -> list[str]:
    return next(csv.reader([line], delimiter=delimiter), [])


def _csv_delimiter(header: str) -> str:
    """Semicolons where a spreadsheet in a comma-decimal locale wrote them, else commas."""
    return ";" if header.count(";") > header.count(",") else ","


# The alert CSV's columns (CONTRACT.md's names first) and the names other alert feeds give them;
# an alert without an end is one that has not ended, and one not marked naive has a reported end.
_ALERT_COLUMNS = {
    "region": ("region", "location", "location_title", "oblast", "area", "place", "district"),
    "started_at": ("started_at", "start", "started", "start_time", "begin", "began_at", "from"),
    "finished_at": ("finished_at", "end", "ended", "finished", "end_time", "ended_at", "until", "to"),
    "naive": ("naive",),
}
_ALERT_REQUIRED = ("region", "started_at")


def _alert_row(
    row: list[str], col: dict[str, int], *, source: str, origin: str, now: datetime
) -> Iterator[UpdatePublished]:
    if len(row) <= max(col.values()):
        raise RecordError(f"row has {len(row)} columns, expected at least {max(col.values()) + 1}")
    region = check_short(row[col["region"]], "region")
    started = _any_time(row[col["started_at"]], "started_at")
    naive_text = row[col["naive"]].strip().lower() if "naive" in col else ""
    if naive_text not in _TRUE | _FALSE:
        raise RecordError(f"naive: expected True or False, got {row[col['naive']][:20]!r}")
    naive = naive_text in _TRUE
    finished_text = row[col["finished_at"]].strip() if "finished_at" in col else ""
    finished = _any_time(finished_text, "finished_at") if finished_text else None
    if finished is not None and finished < started:
        raise RecordError("finished_at is before started_at")
    start_external = f"{region}|{started.isoformat()}"

    def alert_update(external_id: str, at: datetime, alert: AlertInfo) -> UpdatePublished:
        return UpdatePublished(
            id=update_id(source, external_id, ""),
            source=source,
            text=_alert_text(region, alert.status, at),
            published_at=at,
            received_at=now,
            external_id=external_id,
            lang_hint="en",
            place_hint=PlaceHint(name=region),
            alert=alert,
            origin=origin,
            producer_version=PRODUCER_VERSION,
        )

    start = alert_update(start_external, started, AlertInfo(region=region, status="started", naive=naive))
    yield start
    # A naive row's end is the feed's guess, not a report: the read model's
    # expiry decides when such an alert lapses.
    if finished is not None and not naive:
        yield alert_update(
            f"{start_external}|end", finished, AlertInfo(region=region, status="ended", naive=False, episode=start.id)
        )



# ---------------------------------------------------------------- RSS and Atom feeds

MAX_FEED_BYTES = 32 * 2**20
_BLOCK_TAGS = frozenset(
    {"p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "iframe", "template"})
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# Entities a document declares (a DOCTYPE's internal subset) can make a small file expand without
# bound; a DOCTYPE that only names a public DTD (RSS 0.91's) declares none, and no DTD is fetched.
_DTD = re.compile(rb"<!ENTITY|<!DOCTYPE[^>\[]*\[", re.IGNORECASE)


class _TextOfHtml(HTMLParser):
    """The readable text of an HTML fragment: tags out, entities decoded, blocks as paragraphs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.rpartition(":")[2]  # xhtml serialised from a feed's tree: "html:p"
        if tag in _SKIPPED_TAGS:
            self.skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        tag = tag.rpartition(":")[2]
        if tag in _SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed's description): paragraphs kept, spaces collapsed."""
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    paragraphs = (" ".join(block.split()) for block in "".join(parser.parts).split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)


def _local(tag: object) -> str:
    """An element's name without its namespace ('{http://www.w3.org/2005/Atom}entry' -> 'entry')."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element, *names: str) -> ET.Element | None:
    """The first child named one of `names` (in the order of `names`), whatever its namespace."""
    children: dict[str, ET.Element] = {}
    for child in element:
        children.setdefault(_local(child.tag), child)
    return next((children[n] for n in names if n in children), None)


def _feed_text(element: ET.Element | None) -> str:
    """What an element says: Atom's xhtml children or a text that may be escaped HTML, as plain text."""
    if element is None:
        return ""
    if len(element):  # xhtml content: the markup is in the tree
        inner = (element.text or "") + "".join(ET.tostring(c, encoding="unicode") for c in element)
        return html_text(inner)
    text = element.text or ""
    return text.strip() if element.get("type") == "text" else html_text(text)


def _feed_time(value: str, field: str) -> datetime:
    """Atom's ISO 8601 or RSS's RFC 822 ('Mon, 27 Feb 2022 14:05:00 GMT'); naive means UTC."""
    try:
        return parse_time(value, field)
    except RecordError:
        pass
    try:
        when = parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        raise RecordError(f"{field}: neither ISO 8601 nor RFC 822: {value[:40]!r}") from None
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone(UTC)


_UNIX_DIGITS = re.compile(r"\d{9,13}(?:\.\d+)?")
_UNIX_RANGE = (datetime(1990, 1, 1, tzinfo=UTC).timestamp(), datetime(2100, 1, 1, tzinfo=UTC).timestamp())


def _any_time(value: str | int | float, field: str = "published_at") -> datetime:
    """A JSON record's or alert row's time: ISO 8601 (the contract's), RFC 822 as feeds print it, or Unix
    time in seconds or milliseconds, as a number or its digits (what feeds exported from other tools carry)."""
    if isinstance(value, str) and not _UNIX_DIGITS.fullmatch(value.strip()):
        try:
            return _feed_time(value, field)
        except RecordError:
            raise RecordError(f"{field}: not ISO 8601, RFC 822 or a Unix time: {value[:40]!r}") from None
    if isinstance(value, bool):
        raise RecordError(f"{field}: expected a time, got {value}")
    seconds = float(value)
    if seconds > _UNIX_RANGE[1]:  # milliseconds
        seconds /= 1000
    if not _UNIX_RANGE[0] <= seconds < _UNIX_RANGE[1]:
        raise RecordError(f"{field}: {value!r} is no Unix time between 1990 and 2100")
    return datetime.fromtimestamp(seconds, UTC)


def _feed_link(item: ET.Element) -> str | None:
    for child in item:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")  # Atom: the page is rel="alternate" or has no rel
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and child.text and child.text.strip():  # RSS
            return child.text.strip()
    return None


def _feed_lang(value: str | None) -> str | None:
    """'fr-FR' -> 'fr': the language, not the region."""
    primary = re.split(r"[-_]", value.strip())[0].lower() if value else ""
    return primary[:16] or None


def _feed_item(
    item: ET.Element, *, source: str, lang: str | None, origin: str, now: datetime, default_time: datetime
) -> UpdatePublished:
    title = " ".join(_feed_text(_child(item, "title")).split())
    summary = _feed_text(_child(item, "description", "summary"))
    text = check_text(summary or _feed_text(_child(item, "encoded", "content")) or title)
    guid = _child(item, "guid", "id")
    link = _feed_link(item)
    external_id = None
    if guid is not None and guid.text and guid.text.strip():
        external_id = check_short(guid.text, "guid")
    elif link:
        external_id = check_short(link, "link", 2000)
    when = _child(item, "pubDate", "published", "updated", "date", "issued", "modified")
    published = _feed_time(when.text or "", _local(when.tag)) if when is not None else default_time
    lang_hint = _feed_lang(item.get(_XML_LANG)) or lang
    return UpdatePublished(
        id=update_id(source, external_id, text),
        source=source,
        text=text,
        published_at=published,
        received_at=now,
        external_id=external_id,
        title=check_short(title, "title", 500) if title and title != text else None,
        url=check_short(link, "link", 2000) if link else None,
        lang_hint=lang_hint,
        origin=origin,
        producer_version=PRODUCER_VERSION,
    )


def parse_feed(
    data: bytes, *, name: str, options: ParseOptions, clock: Clock = utcnow
) -> Iterator[UpdatePublished | Rejected]:
    """RSS 0.9x/1.0/2.0 or Atom: each item or entry one update, in the document's order.

    The source is `--source`, else the feed's own title, else the file name; an
    item's text is its description or summary (HTML made plain), else its content,
    else its title; its guid or id, else its link, makes re-publishing idempotent.
    A document that is not well-formed XML, or declares entities (which feeds
    never need, and which can make a small file expand without bound), is one
    reject; a bad item is a reject of its own.
    """
    now = clock()
    default_time = options.published_at or now
    fallback_source = options.source or name
    if len(data) > MAX_FEED_BYTES:
        too_big = f"feed is {len(data)} bytes, more than {MAX_FEED_BYTES}"
        yield reject(fallback_source, name, too_big, _decode(data[:MAX_RAW_KEPT]), now)
        return
    if _DTD.search(data):
        declared = "feed declares entities (a DOCTYPE with an internal subset), which are not accepted"
        yield reject(fallback_source, name, declared, _decode(data), now)
        return
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        yield reject(fallback_source, name, f"not well-formed XML: {err}", _decode(data), now)
        return
    channel = _child(root, "channel") if _local(root.tag) in ("rss", "RDF") else root
    channel = root if channel is None else channel
    source = options.source
    if source is None:
        title = " ".join(_feed_text(_child(channel, "title")).split())
        source = title[:MAX_SOURCE] if title else name
    language = _child(channel, "language")  # RSS; Atom says it with xml:lang
    lang = _feed_lang(language.text if language is not None else root.get(_XML_LANG))
    items = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    if not items:
        yield reject(source, name, f"a {_local(root.tag)} document with no item or entry", _decode(data), now)
        return
    for number, item in enumerate(items, start=1):
        origin = f"{name}:item {number}"
        try:
            yield _feed_item(item, source=source, lang=lang, origin=origin, now=now, default_time=default_time)
        except RecordError as err:
            yield reject(source, origin, str(err), ET.tostring(item, encoding="unicode"), now)
