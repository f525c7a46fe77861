"""Bad input, fuzzed (hypothesis): every record is accepted as plain text or rejected with its reason and kept;
the parsers and the producer never crash; valid records next to bad ones are all published.

Run with `-s` to see how many inputs each test tried.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events import codec
from events.connection import Settings
from events.parsers import MAX_RAW_KEPT, MAX_RECORD_BYTES, MAX_TEXT, normalise_text, parse, reject_key
from events.producer import Producer
from events.schema import Rejected, UpdatePublished
from events.store import EventStore

FUZZ: Counter[str] = Counter()  # inputs tried and records seen, printed at the end
FAST = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ON_SERVER = settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module", autouse=True)
def report_counts() -> Iterator[None]:
    yield
    print("\nfuzz: " + ", ".join(f"{k} {v}" for k, v in sorted(FUZZ.items())))


# ---------------------------------------------------------------- strategies

# What the parsers refuse in text: C0 controls but tab/newline/CR, and DEL.
CONTROLS = "".join(map(chr, [*range(0, 9), 11, 12, *range(14, 32), 127]))
chars = st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROLS)  # type: ignore[arg-type]
one_line_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters=CONTROLS + "\n\r")  # type: ignore[arg-type]
SPICE = [
    "<script>alert(1)</script>", "<b>bold</b> &amp; &lt;", "<img src=x onerror=alert(1)>", "\u202eRTL override\u202c",
    "\u2067isolate\u2069", "zero\u200bwidth\u200c\u200djoiners\u2060", "שלום עולם", "مرحبا بالعالم", "Κίεβο, Χάρκοβο",
    "Київ, Харків", "Харьков", "e\u0301 combining", "😀👍🏽 emoji", "\t", "\u2028", "\u0085", "\u009b31m", "'\"\\",
    "[link](http://x) **bold**", "{\"text\": \"nested\"}",
]  # fmt: skip


def _joined(parts: list[str]) -> str:
    return "".join(parts)


def valid_text(alphabet: Any = chars, max_size: int = 40) -> st.SearchStrategy[str]:
    """Text the parsers must accept: anything but controls, with markup, RTL, zero-width and other spice."""
    return (
        st.lists(st.one_of(st.text(alphabet, max_size=max_size), st.sampled_from(SPICE)), min_size=1, max_size=8)
        .map(_joined)
        .filter(lambda t: 0 < len(normalise_text(t)) <= MAX_TEXT)
    )


sources = st.text(one_line_chars, min_size=1, max_size=30).filter(lambda s: normalise_text(s) != "" and "\n" not in normalise_text(s))
times = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.sampled_from([UTC, None]))


@st.composite
def valid_records(draw: st.DrawFn) -> dict[str, Any]:
    rec: dict[str, Any] = {"text": draw(valid_text()), "source": draw(sources)}
    if draw(st.booleans()):
        rec["id"] = draw(st.one_of(st.integers(), st.from_regex(r"[A-Za-z0-9:_-]{1,24}", fullmatch=True)))
    if draw(st.booleans()):
        rec["published_at"] = draw(times).isoformat()
    if draw(st.booleans()):
        rec["title"] = draw(valid_text(one_line_chars, 20).filter(lambda t: "\n" not in normalise_text(t)))
    if draw(st.booleans()):
        rec["place"] = draw(st.one_of(sources, st.fixed_dictionaries({"name": sources})))
    rec["extra"] = draw(st.one_of(st.none(), st.integers(), st.text(max_size=5)))  # unknown fields are ignored
    return rec


def _jsonl(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=bool(value is None)).encode("utf-8", "surrogatepass")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@st.composite
def bad_lines(draw: st.DrawFn) -> bytes:
    """A line the JSONL parser must reject (with a reason)."""
    good = draw(valid_records())
    kind = draw(st.sampled_from(["control", "utf8", "type", "missing", "time", "nested", "notobject", "place", "empty"]))
    if kind == "control":
        text = good["text"]
        at = draw(st.integers(0, len(text)))
        good["text"] = text[:at] + draw(st.sampled_from(list(CONTROLS))) + text[at:]
        if normalise_text(good["text"]).translate({ord(c): None for c in CONTROLS}) == normalise_text(good["text"]):
            good["text"] += "\x00x"  # stripped away at an edge: put one inside
        good["text"] = "x" + good["text"] + "\x07x"
        return json.dumps(good, ensure_ascii=False).encode()
    if kind == "utf8":
        line = json.dumps(good, ensure_ascii=False).encode()
        cut = line.index(b'"text": "') + 9
        return line[:cut] + draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"])) + line[cut:]
    if kind == "type":
        field = draw(st.sampled_from(["text", "source", "published_at", "title", "id"]))
        good[field] = draw(st.one_of(st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
                                     st.booleans(), st.floats(allow_nan=False)))  # fmt: skip
        return json.dumps(good).encode()
    if kind == "missing":
        good.pop(draw(st.sampled_from(["text", "source"])))
        return json.dumps(good).encode()
    if kind == "time":
        good["published_at"] = draw(st.text(max_size=12).filter(lambda t: not _iso(t)))
        return json.dumps(good).encode()
    if kind == "nested":
        depth = draw(st.integers(1, 20_000))
        return b'{"text": ' + b"[" * depth + b"]" * depth + b', "source": "x"}'
    if kind == "notobject":
        return json.dumps(draw(json_values.filter(lambda v: not isinstance(v, dict)))).encode()
    if kind == "place":
        good["place"] = {"name": "x", "lat": draw(st.floats(91, 1e9)), "lon": 0}
        return json.dumps(good).encode()
    good["text"] = draw(st.sampled_from(["", "   ", "\n\t", "\u3000"]))  # empty after trimming
    return json.dumps(good).encode()


def _iso(text: str) -> bool:
    try:
        datetime.fromisoformat(text.strip().replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return bool(text.strip())


random_line = st.binary(max_size=200).map(lambda b: b.replace(b"\n", b" "))


@st.composite
def mixed_jsonl(draw: st.DrawFn) -> list[tuple[str, bytes, Any]]:
    """(kind, line, record) lines: valid records, lines that must be rejected, and random bytes."""
    items = draw(st.lists(st.one_of(
        valid_records().map(lambda r: ("valid", json.dumps(r, ensure_ascii=False).encode(), r)),
        bad_lines().map(lambda line: ("bad", line, None)),
        random_line.map(lambda line: ("random", line, None)),
    ), min_size=1, max_size=12))  # fmt: skip
    return items


# ---------------------------------------------------------------- checks


def check_record(rec: Any) -> None:
    """An accepted update is plain, storable text; a reject carries its reason and raw record; both go through the codec."""
    assert isinstance(rec, UpdatePublished | Rejected)
    if isinstance(rec, UpdatePublished):
        FUZZ["accepted"] += 1
        assert 0 < len(rec.text) <= MAX_TEXT and rec.text == normalise_text(rec.text)
        assert not any(c in CONTROLS for c in rec.text)
        rec.text.encode("utf-8")  # no lone surrogates
        assert rec.source and "\n" not in rec.source
    else:
        FUZZ["rejected"] += 1
        assert rec.reason and rec.origin
        rec.raw.encode("utf-8")
        assert len(rec.raw) <= MAX_RAW_KEPT
    assert codec.from_fields(codec.to_fields(rec)) == rec


# ---------------------------------------------------------------- the parsers


@FAST
@given(data=st.binary(max_size=3000), fmt=st.sampled_from([None, "liveblog", "jsonl", "alerts-csv"]))
def test_random_bytes_never_crash_a_parser(data: bytes, fmt: str | None):
    """Random bytes given to any parser (or to format detection) end as accepted updates or rejects, never an exception."""
    FUZZ["random inputs"] += 1
    for rec in parse(data, name="fuzz.bin", fmt=fmt):
        check_record(rec)


@FAST
@given(lines=mixed_jsonl())
def test_every_jsonl_line_ends_as_one_accepted_or_rejected_record(lines: list[tuple[str, bytes, Any]]):
    """Each non-blank JSON Lines line gives exactly one record: valid ones accepted with their text as plain text,
    bad ones (invalid UTF-8, controls, wrong types, deep nesting, bad times) rejected with a reason."""
    FUZZ["jsonl inputs"] += 1
    data = b"\n".join(line for _, line, _ in lines)
    out = list(parse(data, name="f.jsonl", fmt="jsonl"))
    expected = [(n, kind, rec) for n, (kind, line, rec) in enumerate(lines, start=1) if line.strip()]
    assert len(out) == len(expected)
    for (number, kind, rec), got in zip(expected, out, strict=True):
        check_record(got)
        assert got.origin == f"f.jsonl:{number}"
        if kind == "valid":
            assert isinstance(got, UpdatePublished), got
            assert got.text == normalise_text(rec["text"]) and got.source == normalise_text(rec["source"])
        elif kind == "bad":
            assert isinstance(got, Rejected), (got, lines[number - 1])


@st.composite
def liveblog(draw: st.DrawFn) -> list[tuple[str, bytes]]:
    paragraphs = []
    for i in range(draw(st.integers(1, 10))):
        body = draw(valid_text(one_line_chars, 30).filter(lambda t: t.strip() != ""))
        text = f"Update {i}: {body.strip()}."
        kind = draw(st.sampled_from(["valid", "valid", "control", "utf8"]))
        raw = text.encode()
        if kind == "control":
            raw = f"Update {i}: bad{draw(st.sampled_from(list(CONTROLS)))}{body.strip()}.".encode()
        elif kind == "utf8":
            raw = f"Update {i}: bad".encode() + draw(st.sampled_from([b"\xff", b"\xc3\x28", b"\xed\xa0\x80"])) + b" rest."
        paragraphs.append((kind, raw))
    return paragraphs


@FAST
@given(paragraphs=liveblog())
def test_liveblog_publishes_every_valid_paragraph_next_to_bad_ones(paragraphs: list[tuple[str, bytes]]):
    """In a live blog, every valid paragraph (markup, RTL and zero-width characters included) is accepted as it was
    written, and each paragraph with a control character or invalid UTF-8 is rejected with its reason."""
    FUZZ["liveblog inputs"] += 1
    out = list(parse(b"\n\n".join(raw for _, raw in paragraphs), name="blog.txt", fmt="liveblog"))
    for rec in out:
        check_record(rec)
    accepted = [r.text for r in out if isinstance(r, UpdatePublished)]
    rejects = [r for r in out if isinstance(r, Rejected)]
    assert accepted == [normalise_text(raw.decode()) for kind, raw in paragraphs if kind == "valid"]
    assert len(rejects) == sum(kind != "valid" for kind, _ in paragraphs)
    assert all("control character" in r.reason or "invalid UTF-8" in r.reason for r in rejects)


@st.composite
def alert_rows(draw: st.DrawFn) -> list[tuple[str, bytes, Any]]:
    rows: list[tuple[str, bytes, Any]] = []
    region_chars = st.characters(blacklist_categories=("Cs", "Zl", "Zp"), blacklist_characters=CONTROLS + "\n\r,\"\x85")
    for _ in range(draw(st.integers(1, 10))):
        region = draw(st.text(region_chars, min_size=1, max_size=20).filter(lambda r: normalise_text(r) != ""))
        start = draw(st.datetimes(min_value=datetime(2022, 1, 1), max_value=datetime(2023, 1, 1)))
        end = start + timedelta(minutes=draw(st.integers(1, 600))) if draw(st.booleans()) else None
        naive = draw(st.booleans())
        line = f"{region},{start.isoformat()}+00:00,{f'{end.isoformat()}+00:00' if end else ''},{naive}"
        kind = draw(st.sampled_from(["valid", "valid", "time", "naive", "columns", "control", "quote", "utf8"]))
        if kind == "time":
            line = f"{region},yesterday,,{naive}"
        elif kind == "naive":
            line = line.rsplit(",", 1)[0] + ",maybe"
        elif kind == "columns":
            line = f"{region},{start.isoformat()}"
        elif kind == "control":
            line = f"x\x00{line}"
        elif kind == "quote":
            line = '"' + line  # a stray quote must not swallow the rows after it
        raw = line.encode() if kind != "utf8" else b"\xff" + line.encode()
        rows.append((kind, raw, (normalise_text(region), bool(end) and not naive)))
    return rows


@FAST
@given(rows=alert_rows())
def test_alert_csv_publishes_every_valid_row_next_to_bad_ones(rows: list[tuple[str, bytes, Any]]):
    """In an alert CSV every valid row gives its start (and its end unless naive), and every bad row (bad time, bad flag,
    missing columns, controls, invalid UTF-8, a stray quote) one reject, without disturbing the rows after it."""
    FUZZ["alert-csv inputs"] += 1
    data = b"region,started_at,finished_at,naive\n" + b"\n".join(raw for _, raw, _ in rows) + b"\n"
    out = list(parse(data, name="alerts.csv", fmt="alerts-csv"))
    for rec in out:
        check_record(rec)
    by_line: dict[int, list[Any]] = {}
    for rec in out:
        by_line.setdefault(int(str(rec.origin).rsplit(":", 1)[1]), []).append(rec)
    for number, (kind, _raw, (region, has_end)) in enumerate(rows, start=2):
        got = by_line.get(number, [])
        if kind == "valid":
            assert [(u.alert.region, u.alert.status) for u in got] == [(region, "started")] + [(region, "ended")] * has_end
        else:
            assert len(got) == 1 and isinstance(got[0], Rejected), (kind, got)


def test_enormous_and_deeply_nested_records_are_rejected_and_their_neighbours_kept():
    """A 300 KB line, a 25,000-character text, a 20,000-deep nested value and a 200 KB CSV cell are each rejected with a
    reason naming the limit, and the valid records around them are accepted."""
    ok = json.dumps({"text": "Shelling in Kharkiv.", "source": "AP"}).encode()
    lines = [ok, b'{"text": "' + b"a" * (MAX_RECORD_BYTES + 40_000) + b'", "source": "AP"}',
             json.dumps({"text": "b " * 12_500 + "c", "source": "AP"}).encode(),
             b'{"text": ' + b"[" * 20_000 + b"]" * 20_000 + b', "source": "AP"}', ok.replace(b"Kharkiv", b"Kyiv")]  # fmt: skip
    out = list(parse(b"\n".join(lines), name="big.jsonl"))
    assert [type(r).__name__ for r in out] == ["UpdatePublished", "Rejected", "Rejected", "Rejected", "UpdatePublished"]
    assert f"more than {MAX_RECORD_BYTES}" in out[1].reason and out[1].raw_truncated  # type: ignore[union-attr]
    assert f"more than {MAX_TEXT}" in out[2].reason  # type: ignore[union-attr]
    assert "Expected `str`" in out[3].reason  # type: ignore[union-attr]
    csv_data = (b"region,started_at,finished_at,naive\n" + b"K" * 200_000 + b",2022-03-01T10:00:00Z,,False\n"
                b"Kyiv City,2022-03-01T10:00:00Z,,False\n")  # fmt: skip
    rows = list(parse(csv_data, name="a.csv"))
    assert isinstance(rows[0], Rejected) and "field limit" in rows[0].reason and isinstance(rows[1], UpdatePublished)
    blog = list(parse(("Fine paragraph.\n\n" + "x" * 25_000 + ".\n\nAnother fine one.").encode(), name="b.txt"))
    assert [type(r).__name__ for r in blog] == ["UpdatePublished", "Rejected", "UpdatePublished"]
    for rec in out + rows + blog:
        check_record(rec)


# ---------------------------------------------------------------- the producer, on the server


@ON_SERVER
@given(lines=mixed_jsonl())
def test_the_producer_keeps_every_reject_and_publishes_every_valid_record(client: redis.Redis, settings: Settings, lines):
    """The producer never crashes on fuzzed input: published + already + rejected equals the records, each reject is
    kept (once) on the rejects stream with its reason and raw record, and each valid record's update is on the updates stream."""
    FUZZ["producer inputs (server)"] += 1
    store = EventStore(client, settings.keys)
    before_rejects = client.xlen(settings.keys.rejects)
    data = b"\n".join(line for _, line, _ in lines)
    report = Producer(store).publish_bytes(data, name="f.jsonl", fmt="jsonl")
    records = sum(1 for _, line, _ in lines if line.strip())
    assert report.published + report.already + report.rejected == records
    # each reject is kept once: a line refused in an earlier example is on the stream already
    assert client.xlen(settings.keys.rejects) - before_rejects <= report.rejected
    kept = client.hmget(settings.keys.rejected, [reject_key(r) for r in report.rejects]) if report.rejects else []
    assert all(kept)
    new_rejects = store.read(settings.keys.rejects)[before_rejects:]
    assert all(isinstance(e.event, Rejected) and e.event.reason for e in new_rejects)
    assert len(report.ids) == report.published + report.already
    entries = client.hmget(settings.keys.entry_of, report.ids) if report.ids else []
    assert all(entries)
    valid = sum(kind == "valid" for kind, _, _ in lines)
    assert report.published + report.already >= valid


@ON_SERVER
@given(data=st.one_of(st.binary(max_size=2000), mixed_jsonl().map(lambda ls: b"\n".join(line for _, line, _ in ls))))
def test_sitrep_publish_never_crashes_on_fuzzed_files(
    client: redis.Redis, settings: Settings, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, data: bytes
):  # fmt: skip
    """`sitrep publish` on a fuzzed file exits 0 (all published) or 2 (some rejected, the rest published), never with a crash."""
    from workers.cli import main

    FUZZ["publish command inputs (server)"] += 1
    path: Path = tmp_path_factory.mktemp("fuzz") / "input"
    path.write_bytes(data)
    for name, value in (("SITREP_REDIS_URL", settings.redis_url), ("SITREP_NAMESPACE", settings.keys.ns)):
        monkeypatch.setenv(name, value or "")
    code = main(["publish", str(path)])
    # rejects are kept once, so a repeat adds nothing to the stream: the parse says what was refused
    rejected = any(isinstance(item, Rejected) for item in parse(data, name=path.name))
    assert code == (2 if rejected else 0)
