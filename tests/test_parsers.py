"""The producer's parsers: every record is accepted as text or rejected with a reason."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime

from events.parsers import ParseOptions, detect_format, parse, update_id
from events.schema import Rejected, UpdatePublished
from tests.conftest import ALERTS_CSV, SEED

FIXED = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def clock() -> datetime:
    return FIXED


def _parse(data: bytes, name: str = "in.txt", **kw):
    return list(parse(data, name=name, clock=clock, **kw))


def test_seed_is_sixteen_updates_in_file_order():
    """The Greek live blog gives 16 updates; headings title them, embedded posts stand alone."""
    items = _parse(SEED.read_bytes(), name=SEED.name)
    assert all(isinstance(i, UpdatePublished) for i in items)
    assert len(items) == 16
    assert items[0].published_at == datetime(2022, 2, 27, tzinfo=UTC)  # date from the file name
    assert [i.published_at for i in items] == sorted(i.published_at for i in items)
    embeds = [i for i in items if i.url]
    assert [e.source for e in embeds] == ["Twitter", "Twitter"]
    assert embeds[0].via == SEED.name and "Kharkiv" in embeds[0].text
    assert items[4].title and items[4].title.startswith("Απορρίπτει ο Ζελένσκι")
    assert items[-1].title == "Τι συμβαίνει στο Κίεβο"
    assert all(later.prev == earlier.id for earlier, later in itertools.pairwise(items))


def test_liveblog_published_at_option_sets_the_first_time():
    """--published-at gives the first update's time; later ones follow in order."""
    items = _parse(b"One thing happened.\n\nAnother thing happened.", options=ParseOptions(published_at=FIXED))
    assert [i.published_at for i in items] == [FIXED, FIXED.replace(minute=1)]


def test_ids_are_deterministic_and_source_scoped():
    """The same record always gets the same id; another source gets another."""
    assert update_id("a", None, "x") == update_id("a", None, "x")
    assert update_id("a", None, "x") != update_id("b", None, "x")
    assert update_id("a", "1", "x") == update_id("a", "1", "other text")


def test_jsonl_rejects_bad_records_with_line_numbers_and_keeps_good_ones():
    """A bad line is rejected with its line number and reason; its neighbours are accepted."""
    lines = [
        json.dumps({"text": "Fine update.", "source": "AP", "id": 1}),
        json.dumps({"text": "", "source": "AP"}),
        "{not json",
        json.dumps({"text": "No source"}),
        json.dumps({"text": 5, "source": "AP"}),
        json.dumps({"text": "Bad time", "source": "AP", "published_at": "yesterday"}),
        json.dumps({"text": "ok\u0000nul", "source": "AP"}),
        json.dumps({"text": "Also fine.", "source": "AP", "published_at": "2022-02-27T10:00:00",
                    "place": {"name": "Kharkiv", "lat": 49.98, "lon": 36.25}}),
    ]
    items = _parse("\n".join(lines).encode(), name="feed.jsonl")
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["UpdatePublished", "Rejected", "Rejected", "Rejected", "Rejected", "Rejected", "Rejected", "UpdatePublished"]
    rejects = [i for i in items if isinstance(i, Rejected)]
    assert [r.origin for r in rejects] == [f"feed.jsonl:{n}" for n in range(2, 8)]
    assert "empty" in rejects[0].reason
    assert "JSON" in rejects[1].reason
    assert "source" in rejects[2].reason
    assert "str" in rejects[3].reason
    assert "ISO 8601" in rejects[4].reason
    assert "U+0000" in rejects[5].reason
    assert rejects[1].raw == "{not json"
    last = items[-1]
    assert isinstance(last, UpdatePublished)
    assert last.published_at == datetime(2022, 2, 27, 10, tzinfo=UTC)  # naive means UTC
    assert last.place_hint and last.place_hint.lat == 49.98


def test_invalid_utf8_rejects_only_its_record():
    """Bytes that are not UTF-8 reject that record alone."""
    data = b'{"text": "good", "source": "s"}\n{"text": "bad \xff\xfe", "source": "s"}\n'
    items = _parse(data, name="f.jsonl")
    assert isinstance(items[0], UpdatePublished)
    assert isinstance(items[1], Rejected) and "UTF-8" in items[1].reason


def test_too_long_text_is_rejected():
    """Text over 20,000 characters is rejected, not cut."""
    items = _parse(json.dumps({"text": "a" * 20001, "source": "s"}).encode(), name="f.jsonl")
    assert isinstance(items[0], Rejected) and "20000" in items[0].reason


def test_alert_csv_rows_become_start_and_end_updates():
    """A CSV row is an alert start and, unless its end was guessed (naive), an end naming the start."""
    data = (
        b"region,started_at,finished_at,naive\n"
        b"Kyiv City,2022-02-25 16:36:22+00:00,2022-02-25 17:06:22+00:00,True\n"
        b"Cherkaska oblast,2022-02-25 18:36:21+00:00,2022-02-25 19:32:11+00:00,False\n"
        b"Nowhere,not a time,,False\n"
    )
    items = _parse(data, name="alerts.csv")
    assert detect_format(data) == "alerts-csv"
    ups = [i for i in items if isinstance(i, UpdatePublished)]
    assert [(u.alert.region, u.alert.status) for u in ups] == [  # type: ignore[union-attr]
        ("Kyiv City", "started"), ("Cherkaska oblast", "started"), ("Cherkaska oblast", "ended"),
    ]
    assert ups[2].alert.episode == ups[1].id  # type: ignore[union-attr]
    rejects = [i for i in items if isinstance(i, Rejected)]
    assert len(rejects) == 1 and rejects[0].origin == "alerts.csv:4"


def test_full_alert_feed_parses_without_rejects():
    """The real feed (17,082 alerts) parses: one start per row and an end for every reported end."""
    items = _parse(ALERTS_CSV.read_bytes(), name=ALERTS_CSV.name)
    assert not [i for i in items if isinstance(i, Rejected)]
    starts = [i for i in items if i.alert and i.alert.status == "started"]
    assert len(starts) == 17082
    assert len({i.id for i in items}) == len(items)


def test_format_detection():
    """The format is guessed from the content."""
    assert detect_format(b'  {"text": "x"}') == "jsonl"
    assert detect_format(b"region,started_at,finished_at,naive\n") == "alerts-csv"
    assert detect_format("Κάτι συνέβη.".encode()) == "liveblog"
