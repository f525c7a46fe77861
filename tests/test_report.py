"""Tests of the situation report (workers/report.py): escaping, structure, size, and a real browser."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from workers import report
from workers.report import map_view, rank_stories, render_html, render_markdown

GENERATED = datetime(2022, 2, 27, 9, 30, tzinfo=UTC)
XSS = '<script>alert(1)</script><img src=x onerror="alert(2)">'

_UA_REGIONS = [
    ("UA-30", "Kyiv City", 50.45, 30.52),
    ("UA-63", "Kharkivska oblast", 49.6, 36.45),
    ("UA-46", "Lvivska oblast", 49.75, 23.95),
    ("UA-51", "Odeska oblast", 46.9, 30.1),
    ("UA-14", "Donetska oblast", 48.0, 37.75),
    ("UA-12", "Dnipropetrovska oblast", 48.35, 34.85),
    ("UA-32", "Kyivska oblast", 49.95, 30.2),
    ("UA-74", "Chernihivska oblast", 51.45, 32.35),
    ("UA-59", "Sumska oblast", 50.95, 34.1),
    ("UA-23", "Zaporizka oblast", 47.25, 35.8),
]


def sample_situation() -> dict[str, Any]:
    """The seed day as the projector might report it."""
    places = [
        ("geonames:706483", "Kharkiv", "UA", 49.98, 36.25, "2022-02-27T08:10:00Z", ["territorial_control"]),
        ("geonames:703448", "Kyiv", "UA", 50.45, 30.52, "2022-02-27T09:16:00Z", ["attack_on_civilians"]),
        ("geonames:690688", "Vasylkiv", "UA", 50.18, 30.32, "2022-02-27T06:02:00Z", ["explosion"]),
        ("geonames:627907", "Homyel'", "BY", 52.43, 30.99, "2022-02-27T07:40:00Z", ["negotiations"]),
    ]
    stories: list[dict[str, Any]] = [
        {
            "id": "u-talks",
            "headline": "Russian delegation in Gomel for talks, Kremlin says",
            "types": ["negotiations"],
            "places": ["geonames:627907"],
            "sources": ["liveblog-2022-02-27-el.txt", "Associated Press"],
            "updates": ["u-talks"],
            "first_at": "2022-02-27T07:30:00Z",
            "last_at": "2022-02-27T07:40:00Z",
            "casualties": {"killed": None, "injured": None},
            "languages": ["el"],
            "corroboration": 2,
            "breaking": False,
        },
        {
            "id": "u-kharkiv",
            "headline": "Russian forces enter Kharkiv",
            "types": ["territorial_control", "armed_clash"],
            "places": ["geonames:706483"],
            "sources": ["liveblog-2022-02-27-el.txt", "BBC", "Twitter"],
            "updates": ["u-kharkiv", "u-kharkiv-2"],
            "first_at": "2022-02-27T08:00:00Z",
            "last_at": "2022-02-27T08:10:00Z",
            "casualties": None,
            "languages": ["el", "en"],
            "corroboration": 3,
            "breaking": True,
        },
        {
            "id": "u-hospital",
            "headline": "Children's oncology hospital in Kyiv hit, one child killed",
            "types": ["attack_on_civilians", "shelling_missile"],
            "places": ["geonames:703448"],
            "sources": ["liveblog-2022-02-27-el.txt", "Twitter"],
            "updates": ["u-hospital"],
            "first_at": "2022-02-27T09:10:00Z",
            "last_at": "2022-02-27T09:16:00Z",
            "casualties": {"killed": 1, "injured": None},
            "languages": ["el", "en"],
            "corroboration": 2,
        },
        {
            "id": "u-vasylkiv",
            "headline": "Explosions and burning fuel depots in Vasylkiv",
            "types": ["explosion", "infrastructure_damage"],
            "places": ["geonames:690688"],
            "sources": ["liveblog-2022-02-27-el.txt"],
            "updates": ["u-vasylkiv"],
            "first_at": "2022-02-27T06:00:00Z",
            "last_at": "2022-02-27T06:02:00Z",
            "casualties": {"killed": None, "injured": None},
        },
    ]
    return {
        "as_of": "2022-02-27T09:16:00Z",
        "counts": {"updates": 16, "duplicates": 0, "stories": len(stories), "rejected": 0},
        "stories": stories,
        "places": [
            {
                "id": pid,
                "name": name,
                "country": cc,
                "lat": lat,
                "lon": lon,
                "precision": "city",
                "types": types,
                "stories": [s["id"] for s in stories if pid in s["places"]],
                "last_at": at,
                "latest": {"story": "u-x", "headline": f"Latest from {name}", "at": at},
            }
            for pid, name, cc, lat, lon, at, types in places
        ],
        "alerts": [
            {
                "place": "iso3166-2:UA-30",
                "name": "Kyiv City",
                "active": True,
                "since": "2022-02-27T09:00:00Z",
                "until": None,
                "lat": 50.45,
                "lon": 30.52,
            },
            {
                "place": "iso3166-2:UA-46",
                "name": "Lvivska oblast",
                "active": False,
                "since": None,
                "until": None,
            },
        ],
        "negotiations": {
            "status": "rejected",
            "venue": "Homyel'",
            "latest": {
                "story": "u-talks",
                "headline": "Zelensky rejects talks in Belarus",
                "at": "2022-02-27T08:30:00Z",
            },
        },
        "casualties": {"killed": 1, "injured": 0, "sources": ["liveblog-2022-02-27-el.txt", "Twitter"]},
    }


def big_situation(n_alerts: int = 17_000, n_places: int = 600) -> dict[str, Any]:
    """A situation with a long alert history and many places, as a full feed would give."""
    sit = sample_situation()
    t0 = datetime(2022, 2, 25, 16, 0, tzinfo=UTC)
    as_of = datetime(2022, 2, 27, 9, 16, tzinfo=UTC)
    alerts = []
    for i in range(n_alerts):
        code, name, lat, lon = _UA_REGIONS[i % len(_UA_REGIONS)]
        start = as_of - timedelta(minutes=3 * (n_alerts - i))
        active = i >= n_alerts - 6
        alerts.append(
            {
                "place": f"iso3166-2:{code}",
                "name": name,
                "active": active,
                "since": start.isoformat().replace("+00:00", "Z"),
                "until": None
                if active
                else (start + timedelta(minutes=30)).isoformat().replace("+00:00", "Z"),
                "lat": lat,
                "lon": lon,
            }
        )
    sit["alerts"] = alerts
    for i in range(n_places):
        at = (t0 + timedelta(minutes=i)).isoformat().replace("+00:00", "Z")
        sit["places"].append(
            {
                "id": f"geonames:{9_000_000 + i}",
                "name": f"Village {i} <b>",
                "country": "UA",
                "lat": 45.5 + (i * 37 % 700) / 100,
                "lon": 23.0 + (i * 53 % 1500) / 100,
                "types": ["shelling_missile"],
                "stories": ["u-hospital"],
                "last_at": at,
                "latest": {
                    "story": "u-hospital",
                    "headline": f"Shelling reported near village {i}",
                    "at": at,
                },
            }
        )
    return sit


def fold_shaped_situation() -> dict[str, Any]:
    """The richer shape workers/fold.py emits: alerts summarised per place, tallies, cited outlets, history."""
    sit = sample_situation()
    for st in sit["stories"]:
        st["cited"] = ["BBC"] if st["id"] == "u-kharkiv" else []
        st["place_names"] = ["ignored when places has the id"]
        st["civilian_target"] = st["id"] == "u-hospital"
    sit["alerts"] = [
        {
            "place": f"iso3166-2:{code}",
            "name": name,
            "lat": None,
            "lon": None,
            "since": "2022-02-27T09:00:00Z",
            "until": "2022-02-27T09:30:00Z",
            "ended": False,
            "alerts": 700 + i,
            "active": i < 2,
        }
        for i, (code, name, _, _) in enumerate(_UA_REGIONS)
    ]
    sit["negotiations"]["history"] = [
        {"status": "proposed", "at": "2022-02-27T07:30:00Z", "update": "u-talks"},
        {"status": "rejected", "at": "2022-02-27T08:30:00Z", "update": "u-talks-2"},
    ]
    sit["casualties"] = {
        "killed": 1,
        "injured": None,
        "by_story": [
            {
                "story": "u-hospital",
                "killed": 1,
                "injured": None,
                "sources": ["liveblog"],
                "cited": ["Twitter"],
            }
        ],
        "latest_tally": {
            "killed": 352,
            "injured": 1684,
            "group": "civilians",
            "update": "u-t",
            "source": "liveblog",
            "cited": ["Ukraine's health ministry"],
            "at": "2022-02-27T09:00:00Z",
        },
    }
    return sit


class _Collector(HTMLParser):
    """Collects tags, attributes and text of a page as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    c = _Collector()
    c.feed(page)
    c.close()
    return c


# ------------------------------------------------------------------ escaping


def test_the_terminal_view_names_each_casualty_rows_sources_from_its_story() -> None:
    """A casualty row carries its story's id and figures; the text view shows that story's sources and
    citations, each once, and only the figures reported (an unknown figure is neither "None" nor 0)."""
    from workers.textview import situation_text

    sit = sample_situation()
    sit["casualties"] = {"killed": 1, "injured": None, "latest_tally": None,
                         "by_story": [{"story": "u-hospital", "killed": 1, "injured": None, "at": "2022-02-27T08:00:00Z"}]}  # fmt: skip
    story = next(st for st in sit["stories"] if st["id"] == "u-hospital")
    story["cited"] = [*story.get("cited", []), story["sources"][0]]  # carried by an outlet and citing it too
    story["casualties"] = {"killed": 1, "injured": None}
    text = situation_text(sit)
    line = next(ln for ln in text.splitlines() if "story u-hospital" in ln)
    assert "killed 1" in line and all(name in line for name in story["sources"] + story["cited"])
    assert line.count(story["sources"][0]) == 1
    assert "None" not in text and "injured 0" not in text
    assert "Casualties reported: killed 1\n" in text + "\n"


def test_feed_text_is_escaped_never_markup() -> None:
    """Headlines, names, sources and venues carrying <script> or <img onerror> appear as text, not as tags."""
    sit = sample_situation()
    sit["stories"][0]["headline"] = XSS
    sit["stories"][1]["sources"] = [XSS, "BBC"]
    sit["stories"][1]["types"] = [XSS, "armed_clash"]
    sit["places"][0]["name"] = XSS
    sit["places"][1]["latest"]["headline"] = XSS
    sit["alerts"][0]["name"] = XSS
    sit["negotiations"]["venue"] = XSS
    sit["casualties"]["sources"] = [XSS]
    page = render_html(sit, title=XSS, generated_at=GENERATED)
    parsed = _parse(page)
    tags = {t for t, _ in parsed.tags}
    assert "script" not in tags and "img" not in tags
    assert not any(k.startswith("on") for _, attrs in parsed.tags for k in attrs)
    assert "<script>alert(1)</script>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert any("<script>alert(1)</script>" in t for t in parsed.text)  # shown to the reader as text


def test_markdown_escapes_markup_and_specials() -> None:
    """Markdown output turns feed HTML into entities and backslash-escapes Markdown specials."""
    sit = sample_situation()
    sit["stories"][1]["headline"] = XSS + " *bold* [link](javascript:x) `code` | pipe"
    sit["places"][0]["name"] = "# Heading\nsecond line"
    md = render_markdown(sit, generated_at=GENERATED)
    assert "<script>" not in md and "<img" not in md
    assert "&lt;script&gt;" in md
    assert r"\*bold\*" in md and r"\[link\]" in md and r"\`code\`" in md and r"\|" in md
    assert r"\# Heading second line" in md


def test_markdown_renders_feed_markup_as_text() -> None:
    """A CommonMark renderer (HTML allowed) turns the Markdown report into no tag or link from feed text."""
    markdown_it = pytest.importorskip("markdown_it")
    sit = sample_situation()
    sit["stories"][0]["headline"] = XSS + " [click](javascript:alert(3)) <b>bold</b>"
    sit["places"][0]["name"] = "1. <iframe src=x>"
    sit["negotiations"]["venue"] = "<a href='javascript:x'>venue</a>"
    rendered = markdown_it.MarkdownIt("commonmark", {"html": True}).render(render_markdown(sit))
    tags = {t for t, _ in _parse(rendered).tags}
    assert tags.isdisjoint({"script", "img", "iframe", "a", "b"}), tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_html_has_a_strict_content_security_policy_and_no_external_resources() -> None:
    """The page forbids scripts by CSP and references nothing outside itself."""
    page = render_html(sample_situation(), generated_at=GENERATED)
    assert "default-src 'none'" in page
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        assert tag not in ("script", "link", "iframe", "img", "object", "embed")
        for k in ("src", "href"):
            v = attrs.get(k)
            assert v is None or v.startswith("#"), (tag, k, v)
    assert "@import" not in page and "url(" not in page


# ------------------------------------------------------------------ structure


def test_page_has_every_section_and_places_on_the_map() -> None:
    """The page has the summary, map, talks, casualties, alerts, places and stories, and each place is a dot."""
    sit = sample_situation()
    page = render_html(sit, generated_at=GENERATED)
    for section in ("top", "map", "talks", "casualties", "alerts", "places", "stories"):
        assert f'id="{section}"' in page
    svg = page[page.index("<svg") : page.index("</svg>")]
    mv = map_view(sit)
    for p in sit["places"]:
        assert f"<title>{p['name']}:" in svg.replace("&#x27;", "'")
        x, y = mv.project(p["lon"], p["lat"])
        assert 0 <= x <= mv.width and 0 <= y <= mv.height
        assert f'cx="{x:.1f}" cy="{y:.1f}"' in svg
    assert 'class="al"' in svg  # Kyiv's active alert
    assert 'class="land' in svg and "Ukraine" in svg
    assert "Zelensky rejects talks in Belarus" in page
    assert "Homyel&#x27;" in page


def test_projector_shape_with_summarised_alerts_tallies_and_history_renders() -> None:
    """Per-place alert summaries count every alert, regions without coordinates still get a ring,
    and the tally, cited outlets and talk history appear."""
    sit = fold_shaped_situation()
    page = render_html(sit, generated_at=GENERATED)
    total = sum(a["alerts"] for a in sit["alerts"])
    assert f"{total:,} alerts in the feed; {total - 2:,} ended" in page
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert svg.count('<g class="al">') == 2 + 1  # two alerted regions, one legend symbol
    assert "352 killed, 1,684 injured (civilians)" in page
    assert "citing BBC" in page and "citing Ukraine&#x27;s health ministry" in page
    assert "proposed" in page and "→" in page
    md = render_markdown(sit, generated_at=GENERATED)
    assert "352 killed, 1,684 injured (civilians)" in md and f"{total:,} in the feed" in md


def test_ranking_puts_severe_recent_corroborated_stories_first() -> None:
    """The child killed in Kyiv (most recent, severe) leads; the old single-source depot fire comes last."""
    ids = [s["id"] for s in rank_stories(sample_situation())]
    assert ids[0] == "u-hospital"
    assert ids[-1] == "u-vasylkiv"


def test_map_defaults_to_ukraine_and_fits_far_places() -> None:
    """With no coordinates the map shows Ukraine and neighbours; with places it frames them with margins."""
    empty = map_view({})
    assert empty.contains(30.52, 50.45) and empty.contains(24.0, 49.8) and empty.contains(37.6, 47.1)
    sit = {"places": [{"id": "a", "lat": 31.5, "lon": 34.45}, {"id": "b", "lat": 32.08, "lon": 34.78}]}
    mv = map_view(sit)
    assert mv.contains(34.45, 31.5) and mv.contains(34.78, 32.08)
    assert not mv.contains(30.52, 50.45)
    assert "Israel" in report.render_map_svg(sit)


def test_empty_and_malformed_situations_render() -> None:
    """An empty dict, None values everywhere and wrongly typed fields still give a complete page."""
    situations: list[Any] = [
        {},
        {"stories": None, "places": None, "alerts": None, "negotiations": None, "casualties": None},
        {
            "as_of": "not a time",
            "counts": "x",
            "stories": [None, {"types": None, "casualties": "?", "last_at": 5}, "x"],
            "places": [{"lat": "50", "lon": None}, {"lat": 1e9, "lon": -1e9, "name": None}],
            "alerts": [None, {"active": True}, {"active": "yes", "until": "garbage"}],
            "negotiations": {"latest": None},
            "casualties": {"killed": -3, "injured": float("nan"), "sources": None},
        },
    ]
    for sit in situations:
        page = render_html(sit, generated_at=GENERATED)
        assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
        assert "<svg" in page and 'id="top"' in page and 'id="alerts"' in page
        md = render_markdown(sit, generated_at=GENERATED)
        assert md.startswith("# sitrep")


def test_17k_alerts_render_small() -> None:
    """17,000 alerts and 600 places render into a page under 400 KB: tables are capped, not the feed's size."""
    sit = big_situation()
    page = render_html(sit, generated_at=GENERATED)
    md = render_markdown(sit, generated_at=GENERATED)
    assert len(page.encode()) < 400_000, len(page.encode())
    assert len(md.encode()) < 100_000
    assert "17,000 alerts in the feed" in page and "16,994 ended" in page
    assert page.count("<tr>") < 400
    assert f"{600 + 4 - report.MAX_PLACES_TABLE:,} older places left out" in page


def test_caps_hold_when_every_alert_is_active_and_places_are_thousands() -> None:
    """17,000 active alerts and 5,000 places still give a capped page: tables and map markers are bounded."""
    sit = big_situation(n_places=5000)
    for a in sit["alerts"]:
        a["active"], a["until"] = True, None
    page = render_html(sit, generated_at=GENERATED)
    assert len(page.encode()) < 600_000
    assert page.count("<circle") <= report.MAX_MAP_PLACES + 2 * report.MAX_MAP_ALERTS + 4
    assert "16,800 more active alerts" in page


def test_map_uses_the_world_outline_outside_the_detailed_region() -> None:
    """Places in the Americas get a map with the coarse world outline, not an empty sea."""
    sit = {"places": [{"id": "a", "name": "Washington", "lat": 38.9, "lon": -77.04}]}
    svg = report.render_map_svg(sit)
    assert "United States" in svg and 'class="land' in svg


def test_write_report_and_command_line(tmp_path: Path) -> None:
    """`python -m workers.report` writes both formats from a situation JSON file."""
    src = tmp_path / "sit.json"
    src.write_text(json.dumps(sample_situation()))
    out_html, out_md = tmp_path / "r.html", tmp_path / "r.md"
    assert report.main([str(src), "--html", str(out_html), "--md", str(out_md)]) == 0
    assert out_html.read_text().startswith("<!DOCTYPE html>")
    assert out_md.read_text().startswith("# sitrep")


# ------------------------------------------------------------------ a real browser


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Decode an 8-bit RGB/RGBA, non-interlaced PNG into rows of RGB bytes (pure Python)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = 0
    channels = 3
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and ctype in (2, 6), (depth, ctype, interlace)
            channels = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    i = 0
    for _ in range(height):
        ftype = raw[i]
        line = bytearray(raw[i + 1 : i + 1 + stride])
        i += 1 + stride
        if ftype == 1:
            for x in range(channels, stride):
                line[x] = (line[x] + line[x - channels]) & 0xFF
        elif ftype == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif ftype == 3:
            for x in range(stride):
                left = line[x - channels] if x >= channels else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 0xFF
        elif ftype == 4:
            for x in range(stride):
                a = line[x - channels] if x >= channels else 0
                b = prev[x]
                c = prev[x - channels] if x >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[x] = (line[x] + pred) & 0xFF
        prev = line
        if channels == 4:
            rgb = bytearray(width * 3)
            rgb[0::3], rgb[1::3], rgb[2::3] = line[0::4], line[1::4], line[2::4]
            rows.append(bytes(rgb))
        else:
            rows.append(bytes(line))
    return width, height, rows


def _hex(color: str) -> tuple[int, int, int]:
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)


def _near(px: tuple[int, int, int], color: tuple[int, int, int], tol: int = 6) -> bool:
    return all(abs(a - b) <= tol for a, b in zip(px, color, strict=True))


@pytest.fixture(scope="session")
def chromium() -> Iterator[str]:
    """A headless Chromium: Debian's package, installed here when missing and we are root."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        try:
            subprocess.run(["apt-get", "update"], env=env, check=True, capture_output=True, timeout=600)
            subprocess.run(
                ["apt-get", "install", "-y", "--no-install-recommends", "chromium", "fonts-liberation"],
                env=env,
                check=True,
                capture_output=True,
                timeout=1200,
            )
        except (subprocess.SubprocessError, OSError) as e:
            pytest.skip(f"chromium is not installed and apt-get could not install it: {e}")
        exe = shutil.which("chromium")
    if exe is None:
        pytest.skip("chromium is not installed (and this is not root with apt-get to install it)")
    yield exe


def _screenshot(exe: str, page: Path, png: Path, profile: Path) -> None:
    cmd = [
        exe,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={profile}",
        f"--screenshot={png}",
        "--window-size=1280,1600",
        page.as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, timeout=120)
    assert png.exists(), proc.stderr.decode(errors="replace")[-2000:]


@pytest.mark.browser
def test_browser_screenshot_shows_the_page_and_places_on_the_map(chromium: str, tmp_path: Path) -> None:
    """Headless Chromium draws a non-blank page whose map has a place dot where Kharkiv projects."""
    sit = big_situation(n_alerts=17_000, n_places=40)
    page = tmp_path / "report.html"
    page.write_text(
        render_html(sit, title="sitrep: 27 February 2022", generated_at=GENERATED), encoding="utf-8"
    )
    png = Path(os.environ.get("SITREP_SCREENSHOT", str(tmp_path / "report.png")))
    _screenshot(chromium, page, png, tmp_path / "profile")
    width, height, rows = _png_pixels(png.read_bytes())
    assert (width, height) == (1280, 1600)

    # not blank: many colours, a fair share of non-white pixels
    colours: set[bytes] = set()
    non_white = 0
    for y in range(0, height, 4):
        row = rows[y]
        for x in range(0, width * 3, 12):
            px = row[x : x + 3]
            colours.add(px)
            if px != b"\xff\xff\xff":
                non_white += 1
    assert len(colours) > 50
    assert non_white / ((height // 4) * (width // 4)) > 0.2

    # find the map: the frame drawn around the SVG in its own colour
    frame = _hex(report.FRAME_COLOR)
    xs: list[int] = []
    ys: list[int] = []
    for y in range(height):
        row = rows[y]
        for x in range(width):
            if _near((row[3 * x], row[3 * x + 1], row[3 * x + 2]), frame, 4):
                xs.append(x)
                ys.append(y)
    assert xs, "map frame not found in the screenshot"
    left, right, top, bottom = min(xs) + 1, max(xs) - 1, min(ys) + 1, max(ys) - 1
    mv = map_view(sit)
    scale = (right - left + 1) / mv.width
    assert abs((bottom - top + 1) - mv.height * scale) < 4  # the map kept its aspect ratio

    sea = _hex(report.SEA_COLOR)
    dot = _hex(report.PLACE_COLOR)
    seen_sea = sum(
        _near((rows[y][3 * x], rows[y][3 * x + 1], rows[y][3 * x + 2]), sea)
        for y in range(top, bottom, 3)
        for x in range(left, right, 3)
    )
    assert seen_sea > 100, "no sea in the map"
    kharkiv = next(p for p in sit["places"] if p["name"] == "Kharkiv")
    x0, y0 = mv.project(kharkiv["lon"], kharkiv["lat"])
    cx, cy = left + x0 * scale, top + y0 * scale
    hits = 0
    for y in range(int(cy) - 4, int(cy) + 5):
        for x in range(int(cx) - 4, int(cx) + 5):
            if _near((rows[y][3 * x], rows[y][3 * x + 1], rows[y][3 * x + 2]), dot, 10):
                hits += 1
    assert hits >= 5, f"no place dot near Kharkiv at ({cx:.0f}, {cy:.0f})"
    alert = _hex(report.ALERT_COLOR)
    active = [a for a in sit["alerts"] if a["active"]]
    assert active
    for a in active:
        kx, ky = mv.project(a["lon"], a["lat"])
        ax, ay = left + kx * scale, top + ky * scale
        red = sum(
            _near((rows[y][3 * x], rows[y][3 * x + 1], rows[y][3 * x + 2]), alert, 10)
            for y in range(int(ay) - 14, int(ay) + 15)
            for x in range(int(ax) - 14, int(ax) + 15)
        )
        assert red >= 5, f"no alert ring at {a['name']}"
