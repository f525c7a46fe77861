"""The producer's parsers: every record is accepted as text or rejected with a reason."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, datetime, timedelta

from events.parsers import LIVEBLOG_STEP, ParseOptions, detect_format, parse, update_id
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


# ---------------------------------------------------------------- RSS and Atom

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Wire World</title><link>https://wire.example/</link><language>fr-FR</language>
  <item>
    <title>Frappe sur Kharkiv</title>
    <description>&lt;p&gt;Une frappe de drone a touch&#233; un immeuble &amp;amp; tu&#233; trois civils.&lt;/p&gt;&lt;script&gt;track()&lt;/script&gt;&lt;p&gt;Selon le gouverneur.&lt;/p&gt;</description>
    <link>https://wire.example/a1</link>
    <guid isPermaLink="false">wire-a1</guid>
    <pubDate>Sun, 27 Feb 2022 14:05:00 +0200</pubDate>
  </item>
  <item>
    <title>Only a title here</title>
    <link>https://wire.example/a2</link>
  </item>
  <item>
    <title>Bad time</title><description>Text</description><pubDate>yesterday-ish</pubDate>
  </item>
</channel>
</rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="uk">
  <title>Стрічка</title>
  <entry>
    <id>tag:example.org,2022:1</id>
    <title type="text">Тривога</title>
    <link rel="self" href="https://example.org/self/1"/>
    <link rel="alternate" href="https://example.org/1"/>
    <updated>2022-02-27T12:05:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Повітряна тривога в <b>Києві</b>.</p><p>Всі в укриття!</p></div></content>
  </entry>
</feed>""".encode()


def test_an_rss_feed_gives_one_update_per_item_with_its_html_made_plain():
    items = _parse(RSS, name="wire.xml")
    assert detect_format(RSS) == "feed"
    first, second, third = items
    assert isinstance(first, UpdatePublished) and isinstance(second, UpdatePublished)
    assert first.source == "Wire World"  # the feed's own title, not the file name
    assert first.text == "Une frappe de drone a touché un immeuble & tué trois civils.\n\nSelon le gouverneur."
    assert first.title == "Frappe sur Kharkiv" and first.url == "https://wire.example/a1"
    assert first.external_id == "wire-a1" and first.id == update_id("Wire World", "wire-a1", first.text)
    assert first.published_at == datetime(2022, 2, 27, 12, 5, tzinfo=UTC)  # RFC 822, +0200 -> UTC
    assert first.lang_hint == "fr"
    # no description: the title is the text; no guid: the link keeps re-publishing idempotent
    assert second.text == "Only a title here" and second.title is None
    assert second.external_id == "https://wire.example/a2" and second.published_at == FIXED
    assert isinstance(third, Rejected) and "pubDate" in third.reason and third.origin == "wire.xml:item 3"
    assert "yesterday-ish" in third.raw


def test_an_atom_feed_reads_xhtml_content_the_alternate_link_and_the_language():
    (entry,) = _parse(ATOM, name="feed.atom")
    assert isinstance(entry, UpdatePublished)
    assert entry.source == "Стрічка" and entry.title == "Тривога"
    assert entry.text == "Повітряна тривога в Києві.\n\nВсі в укриття!"
    assert entry.url == "https://example.org/1" and entry.external_id == "tag:example.org,2022:1"
    assert entry.published_at == datetime(2022, 2, 27, 12, 5, tzinfo=UTC) and entry.lang_hint == "uk"


def test_a_feed_option_source_wins_and_republishing_gives_the_same_ids():
    once = _parse(RSS, name="wire.xml", options=ParseOptions(source="AFP"))
    again = _parse(RSS, name="wire.xml", options=ParseOptions(source="AFP"))
    assert [i.source for i in once] == ["AFP"] * 3
    assert [i.id for i in once if isinstance(i, UpdatePublished)] == [
        i.id for i in again if isinstance(i, UpdatePublished)
    ]


def test_a_broken_or_entity_declaring_feed_is_one_reject_with_its_reason():
    (broken,) = _parse(b"<?xml version='1.0'?><rss><channel><item><title>x</item></channel></rss>", name="b.xml")
    assert isinstance(broken, Rejected) and broken.reason.startswith("not well-formed XML")
    laughs = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
<rss><channel><item><description>&lol2;</description></item></channel></rss>"""
    (bomb,) = _parse(laughs, name="bomb.xml")
    assert isinstance(bomb, Rejected) and "DOCTYPE" in bomb.reason
    (empty,) = _parse(b"<rss><channel><title>T</title></channel></rss>", name="e.xml", fmt="feed")
    assert isinstance(empty, Rejected) and "no item" in empty.reason


def test_a_directory_stands_for_its_input_files_feeds_included(tmp_path):
    from events.producer import expand_paths

    for name in ("b.jsonl", "a.rss", "c.xml", "d.atom", "e.json", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    assert [p.rsplit("/", 1)[1] for p in expand_paths([str(tmp_path)])] == ["a.rss", "b.jsonl", "c.xml", "d.atom", "e.json"]


BLOG_WITH_TIMES = """Live: the war, day 4

23:40 EET
Explosions heard in Kyiv.

Officials say air defence is working.

00:15 – Sirens sound again in Kyiv.

2022-02-28

09:30 Talks begin at the border.
"""


def test_a_live_blogs_printed_times_date_its_updates_across_midnight_and_zones():
    items = _parse(BLOG_WITH_TIMES.encode(), name="blog-2022-02-27.txt")
    assert all(isinstance(i, UpdatePublished) for i in items)
    texts = [i.text for i in items]
    assert texts == [
        "Explosions heard in Kyiv.",
        "Officials say air defence is working.",
        "Sirens sound again in Kyiv.",
        "Talks begin at the border.",
    ]  # no time became a heading or an update of its own
    times = [i.published_at for i in items]
    assert times[0] == datetime(2022, 2, 27, 21, 40, tzinfo=UTC)  # 23:40 EET
    assert times[1] == times[0] + timedelta(seconds=1)  # under the same printed time, in order
    assert times[2] == datetime(2022, 2, 27, 22, 15, tzinfo=UTC)  # 00:15 EET, past midnight
    assert times[3] == datetime(2022, 2, 28, 7, 30, tzinfo=UTC)  # the date line, the zone carried on
    assert items[0].title == "Live: the war, day 4"


def test_numbers_that_look_like_times_stay_text():
    blog = b"14.05 million people have fled.\n\n5h30 of fighting in the north.\n\n12:5 is no time."
    items = _parse(blog, name="b-2022-02-27.txt")
    assert [i.text for i in items] == [
        "14.05 million people have fled.", "5h30 of fighting in the north.", "12:5 is no time."
    ]
    assert [i.published_at for i in items] == [datetime(2022, 2, 27, tzinfo=UTC) + k * LIVEBLOG_STEP for k in range(3)]


def test_a_newest_first_blog_with_times_is_read_oldest_first_on_its_day():
    blog = b"10:05 \xe2\x80\x93 Second.\n\n09:55 \xe2\x80\x93 First."
    first, second = _parse(blog, name="b-2022-03-01.txt", options=ParseOptions(newest_first=True))
    assert (first.text, second.text) == ("First.", "Second.")
    assert first.published_at == datetime(2022, 3, 1, 9, 55, tzinfo=UTC)
    assert second.published_at == datetime(2022, 3, 1, 10, 5, tzinfo=UTC) and second.prev == first.id


def _times_and_texts(blog: str, name: str = "blog-2024-03-01.txt") -> list[tuple[datetime, str, str | None]]:
    items = _parse(blog.encode(), name=name, fmt="liveblog")
    assert all(isinstance(i, UpdatePublished) for i in items)
    return [(i.published_at, i.text, i.title) for i in items]


def test_times_as_blogs_in_other_countries_print_them():
    """French "14h05", German "14.05 Uhr", US "11:05 a.m. ET" (summer time or not), "IST", "мск",
    "(Kyiv time)": the time dates the post and leaves its text."""
    cases = {
        "14h05\nUn séisme a frappé le Maroc.": datetime(2024, 3, 1, 14, 5),
        "14h05 : Un séisme a frappé le Maroc.": datetime(2024, 3, 1, 14, 5),
        "14.05 Uhr: Ein Erdbeben erschütterte Marokko.": datetime(2024, 3, 1, 14, 5),
        "14:05 Uhr\nEin Erdbeben erschütterte Marokko.": datetime(2024, 3, 1, 14, 5),
        "11:05 a.m. ET\nTalks resumed in Geneva.": datetime(2024, 3, 1, 16, 5),  # EST, UTC-5
        "14:05 IST\nA flood hit Assam.": datetime(2024, 3, 1, 8, 35),  # India, UTC+5:30
        "14:05 мск\nОбстрелы Харькова.": datetime(2024, 3, 1, 11, 5),
        "14:05 (Kyiv time)\nSirens in Kyiv.": datetime(2024, 3, 1, 12, 5),
        "09:30 EAT – Clashes in Khartoum.": datetime(2024, 3, 1, 6, 30),
    }
    for blog, at in cases.items():
        [(published, text, _)] = _times_and_texts(blog)
        assert published == at.replace(tzinfo=UTC), blog
        assert text == blog.split("\n")[-1].split(": ")[-1].split(" – ")[-1], blog
    # in summer, ET is UTC-4 and Kyiv UTC+3
    [(published, _, _)] = _times_and_texts("11:05 a.m. ET\nTalks resumed.", name="blog-2024-07-01.txt")
    assert published == datetime(2024, 7, 1, 15, 5, tzinfo=UTC)
    [(published, _, _)] = _times_and_texts("14:05 по Киеву\nОбстріли.", name="blog-2024-07-01.txt")
    assert published == datetime(2024, 7, 1, 11, 5, tzinfo=UTC)


def test_a_day_printed_in_words_starts_the_day_and_titles_nothing():
    for day_line in (
        "Sunday 27 February 2022", "27 February 2022", "Feb 27, 2022", "Sunday, February 27th, 2022",
        "Κυριακή 27 Φεβρουαρίου 2022", "27 лютого 2022 року", "27 февраля 2022 г.", "dimanche 27 février 2022",
        "Sonntag, 27. Februar 2022", "domingo, 27 de febrero de 2022", "27 lutego 2022", "27 Şubat 2022",
    ):
        [(published, text, title)] = _times_and_texts(f"{day_line}\n\n14:05\nRussian forces shelled Kharkiv.")
        assert (published, text, title) == (datetime(2022, 2, 27, 14, 5, tzinfo=UTC), "Russian forces shelled Kharkiv.", None), day_line
    # without a year: the blog's; a date and a time on one line; a day line over its post
    assert _times_and_texts("March 8\n\n09:00\nWomen marched in Kyiv.")[0][0] == datetime(2024, 3, 8, 9, 0, tzinfo=UTC)
    assert _times_and_texts("Feb 27, 2022, 2:05 p.m. ET – Talks.")[0][:2] == (datetime(2022, 2, 27, 19, 5, tzinfo=UTC), "Talks.")
    assert _times_and_texts("3 июля 2022 г.\n14:05 мск\nОбстрелы.")[0][:2] == (datetime(2022, 7, 3, 11, 5, tzinfo=UTC), "Обстрелы.")


def test_words_and_numbers_that_only_look_like_days_or_times_stay_text():
    for line in ("May 5 people died in the attack.", "Day 3", "Sunday 14:05 sirens in Lviv.", "On 27 February 2022 talks began.",
                 "5h30 of fighting in the north."):  # fmt: skip
        items = _times_and_texts(f"{line}\n\nMore news follows here.")
        assert items[0][1] == line or items[0][2] == line, line
        assert items[0][0].date() == datetime(2024, 3, 1).date(), line


def test_a_json_record_may_carry_its_time_as_rfc_822_or_unix_time():
    """ISO 8601 is the contract's; feeds exported from other tools carry RFC 822 or Unix time (s or ms)."""
    at = datetime(2022, 2, 27, 14, 5, tzinfo=UTC)
    for value in ('"2022-02-27T16:05:00+02:00"', '"Sun, 27 Feb 2022 14:05:00 GMT"', "1645970700", "1645970700000",
                  '"1645970700"'):  # fmt: skip
        [item] = _parse(b'{"text": "Shelling in Kharkiv.", "source": "x", "published_at": %s}' % value.encode(), name="a.jsonl")
        assert isinstance(item, UpdatePublished) and item.published_at == at, value
    for value, says in (('"yesterday"', "not ISO 8601, RFC 822 or a Unix time"), ("99", "no Unix time"), ("true", "got `bool`")):
        [item] = _parse(b'{"text": "Shelling.", "source": "x", "published_at": %s}' % value.encode(), name="a.jsonl")
        assert isinstance(item, Rejected) and says in item.reason, (value, item)


def test_a_feed_that_names_a_public_dtd_is_read_and_one_that_declares_entities_is_not():
    """RSS 0.91 feeds name Netscape's DTD; no DTD is fetched, and only declared entities can expand."""
    rss091 = b"""<?xml version="1.0"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Wire</title><item><title>Quake</title><description>A quake hit Izmir.</description></item></channel></rss>"""
    (item,) = _parse(rss091, name="w.xml")
    assert isinstance(item, UpdatePublished) and item.text == "A quake hit Izmir." and item.source == "Wire"
    external = b"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><description>&x;</description></item></channel></rss>"""
    (refused,) = _parse(external, name="x.xml")
    assert isinstance(refused, Rejected) and "entities" in refused.reason


def test_alert_feeds_with_other_column_names_delimiters_and_times_are_read():
    """Another feed's export: 'location_title;started_at;finished_at' in semicolons, no 'naive'
    column (its ends are reported), Unix times; and one that gives starts only."""
    other = "location_title;started_at;finished_at\nКиївська область;1645970700;1645972500\n".encode()
    assert detect_format(other) == "alerts-csv"
    start, end = _parse(other, name="alerts.csv")
    assert isinstance(start, UpdatePublished) and isinstance(end, UpdatePublished)
    assert (start.alert.region, start.alert.status, start.alert.naive) == ("Київська область", "started", False)
    assert start.published_at == datetime(2022, 2, 27, 14, 5, tzinfo=UTC)
    assert (end.alert.status, end.alert.episode, end.published_at) == ("ended", start.id, datetime(2022, 2, 27, 14, 35, tzinfo=UTC))
    (only,) = _parse(b"region,start\nLviv oblast,2022-02-27T14:05:00Z\n", name="a.csv")
    assert isinstance(only, UpdatePublished) and only.alert.status == "started"
    (lacking,) = _parse(b"region,when\nLviv oblast,2022-02-27\n", name="a.csv", fmt="alerts-csv")
    assert isinstance(lacking, Rejected) and "lacks started_at (or start, started, start_time)" in lacking.reason


def test_utf16_and_whole_files_in_windows_cyrillic_or_greek_are_read_as_their_text():
    """Notepad's 'Unicode' (UTF-16 with its byte-order mark) and a legacy site's cp1251 or cp1253
    export were rejected record by record as invalid UTF-8."""
    texts = {
        "cp1251": "Російські війська обстріляли Харків. Загинули троє цивільних, повідомили у міській раді.",
        "cp1253": "Οι ρωσικές δυνάμεις βομβάρδισαν το Χάρκοβο. Τρεις άμαχοι σκοτώθηκαν, ανέφεραν οι αρχές.",
    }
    texts["utf-16"] = texts["cp1251"]
    for encoding, text in texts.items():
        (item,) = _parse(f"14:05\n{text}".encode(encoding), name="b-2022-02-27.txt")
        assert isinstance(item, UpdatePublished) and item.text == text, encoding
        assert item.published_at == datetime(2022, 2, 27, 14, 5, tzinfo=UTC)
    russian = json.dumps({"text": "Российские войска обстреляли Харьков, погибли трое мирных жителей.", "source": "s"},
                         ensure_ascii=False)  # fmt: skip
    (item,) = _parse(russian.encode("cp1251"), name="f.jsonl")
    assert isinstance(item, UpdatePublished) and item.text.startswith("Российские войска")


def test_json_arrays_exports_and_pretty_printed_objects_are_records_too():
    """A JSON array of records, an export's object wrapping one ({"items": [...]}), and objects printed
    over several lines (`jq .`) give one record each, a bad one rejected alone; JSON Lines is unchanged."""
    records = [{"text": "Shelling in Kharkiv.", "source": "a"}, {"text": "Talks in Gomel.", "source": "b"}, {"source": "c"}]
    for data in (json.dumps(records).encode(), json.dumps(records, indent=2).encode(),
                 json.dumps({"items": records, "count": 3}).encode(), json.dumps({"data": records}, indent=1).encode()):  # fmt: skip
        assert detect_format(data) == "jsonl"
        first, second, bad = _parse(data, name="export.json")
        assert (first.text, second.text, first.origin, bad.origin) == ("Shelling in Kharkiv.", "Talks in Gomel.", "export.json:item 1", "export.json:item 3")
        assert isinstance(bad, Rejected) and "text" in bad.reason and bad.source == "c"
    pretty = b"\n".join(json.dumps(r, indent=2).encode() for r in records[:2]) + b'\n{\n  "text": oops\n}\n'
    first, second, broken = _parse(pretty, name="jq.json")
    assert (first.origin, second.origin, broken.origin) == ("jq.json:1", "jq.json:5", "jq.json:9")
    assert isinstance(broken, Rejected) and broken.reason.startswith("not JSON from here on")


def test_a_time_after_updated_or_posted_is_the_posts_time():
    for blog, at in {
        "Updated at 14:05 GMT\nRussian forces shelled Kharkiv.": datetime(2024, 3, 1, 14, 5),
        "Posted at 14:05 – Russian forces shelled Kharkiv.": datetime(2024, 3, 1, 14, 5),
        "Last updated 2:05 p.m. ET – Russian forces shelled Kharkiv.": datetime(2024, 3, 1, 19, 5),
        "Оновлено о 14:05\nRussian forces shelled Kharkiv.": datetime(2024, 3, 1, 14, 5),
    }.items():
        assert _times_and_texts(blog)[0][:2] == (at.replace(tzinfo=UTC), "Russian forces shelled Kharkiv."), blog
    # "Updated" that no time follows is the post's own word
    assert _times_and_texts("Updated: the army said the trains ran at 14:05.")[0][1].startswith("Updated:")
