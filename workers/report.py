"""Render a situation (the dict of `sitrep situation --json`) as one self-contained page.

`render_html` gives a single HTML document: a small inline stylesheet, system
fonts, and an inline SVG map drawn offline over country outlines that ship with
the package (`workers/data/map_outline.json`, Natural Earth via world-atlas).
No scripts, no fonts, tiles or anything else from the network; a
Content-Security-Policy forbids them too.  `render_markdown` gives the same
content (without the map) as Markdown.

Everything that came from a feed (headlines, names, sources, venues...) is
escaped, never rendered as markup.  The input is treated defensively: any key
may be missing or None and lists may be empty or huge (thousands of places,
tens of thousands of alerts); tables are capped, with a note of what was left
out, so the page stays small and quick to render.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

OUTLINE_PATH = Path(__file__).with_name("data") / "map_outline.json"

# Caps that keep a page small whatever the input.
TOP_STORIES = 8
MAX_STORIES_TABLE = 100
MAX_PLACES_TABLE = 50
MAX_ACTIVE_ALERTS_TABLE = 200
MAX_ENDED_REGIONS = 30
MAX_MAP_PLACES = 400
MAX_MAP_ALERTS = 300
MAX_MAP_LABELS = 30

# Map colours (tests look for them in a screenshot).
PLACE_COLOR = "#1d4ed8"
ALERT_COLOR = "#dc2626"
SEA_COLOR = "#d6e6f2"
LAND_COLOR = "#f8f6f1"
LAND_NEWS_COLOR = "#efe7d4"
FRAME_COLOR = "#7a8ca3"

MAP_WIDTH = 800.0

# How much a story type weighs when ranking (TAXONOMY.md labels).
SEVERITY: dict[str, float] = {
    "attack_on_civilians": 10,
    "shelling_missile": 8,
    "air_drone_strike": 8,
    "armed_clash": 8,
    "territorial_control": 7,
    "explosion": 6,
    "casualty_report": 6,
    "infrastructure_damage": 5,
    "air_raid_alert": 5,
    "negotiations": 5,
    "humanitarian": 4,
    "force_movement": 4,
    "air_defense": 4,
    "civil_measure": 3,
    "sanctions_aid": 3,
    "arrest_detention": 3,
    "cyber": 3,
    "statement": 2,
    "protest": 2,
    "other": 1,
}

# Badge colour family per type (a fixed whitelist: feed text never reaches a class attribute).
_TYPE_CLASS: dict[str, str] = {
    "attack_on_civilians": "t-crit",
    "shelling_missile": "t-viol",
    "air_drone_strike": "t-viol",
    "armed_clash": "t-viol",
    "territorial_control": "t-viol",
    "explosion": "t-viol",
    "casualty_report": "t-crit",
    "air_raid_alert": "t-alert",
    "air_defense": "t-alert",
    "negotiations": "t-talk",
    "statement": "t-talk",
    "sanctions_aid": "t-talk",
    "humanitarian": "t-hum",
    "infrastructure_damage": "t-hum",
    "civil_measure": "t-hum",
}

_TALK_CLASS = {
    "proposed": "s-neutral",
    "scheduled": "s-neutral",
    "held": "s-good",
    "agreed": "s-good",
    "concluded": "s-good",
    "rejected": "s-bad",
}

# Representative points of Ukraine's regions, for alerts that come without
# coordinates (ISO 3166-2 code -> lat, lon; Kyiv oblast is placed off the city).
_UA_REGIONS: dict[str, tuple[str, float, float]] = {
    "UA-05": ("vinnyts", 49.05, 28.6),
    "UA-07": ("volyn", 51.2, 24.95),
    "UA-09": ("luhans", 48.85, 39.0),
    "UA-12": ("dnipropetrovs", 48.35, 34.85),
    "UA-14": ("donets", 48.0, 37.75),
    "UA-18": ("zhytomyr", 50.55, 28.4),
    "UA-21": ("zakarpat", 48.4, 23.15),
    "UA-23": ("zaporiz", 47.25, 35.8),
    "UA-26": ("ivano-frankivs", 48.75, 24.5),
    "UA-30": ("kyiv city", 50.45, 30.52),
    "UA-32": ("kyivs", 49.95, 30.2),
    "UA-35": ("kirovohrad", 48.45, 32.0),
    "UA-40": ("sevastopol", 44.6, 33.52),
    "UA-43": ("crimea", 45.3, 34.2),
    "UA-46": ("lviv", 49.75, 23.95),
    "UA-48": ("mykolai", 47.25, 32.0),
    "UA-51": ("odes", 46.9, 30.1),
    "UA-53": ("poltav", 49.6, 33.95),
    "UA-56": ("rivne", 50.95, 26.3),
    "UA-59": ("sum", 50.95, 34.1),
    "UA-61": ("ternopil", 49.4, 25.55),
    "UA-63": ("kharkiv", 49.6, 36.45),
    "UA-65": ("kherson", 46.65, 33.55),
    "UA-68": ("khmelnyts", 49.4, 26.9),
    "UA-71": ("cherkas", 49.15, 31.45),
    "UA-74": ("chernihiv", 51.45, 32.35),
    "UA-77": ("chernivts", 48.3, 26.15),
}

# Default view: Ukraine and its neighbours.
DEFAULT_BOUNDS = (20.0, 43.5, 42.0, 53.8)  # lon0, lat0, lon1, lat1


# ------------------------------------------------------------------ defensive readers


def _s(x: Any) -> str:
    """Text of a value ('' for None); never raises."""
    if x is None:
        return ""
    if isinstance(x, str):
        return x
    if isinstance(x, datetime):
        return _iso(x)
    try:
        return str(x)
    except Exception:  # pragma: no cover - pathological __str__
        return ""


def _e(x: Any) -> str:
    """HTML-escaped text of a feed value (quotes too: safe in attributes)."""
    return html.escape(_s(x), quote=True)


def _list(x: Any) -> list[Any]:
    return list(x) if isinstance(x, (list, tuple)) else []


def _dict(x: Any) -> dict[str, Any]:
    return x if isinstance(x, dict) else {}


def _num(x: Any) -> float | None:
    """A finite number, or None (bools and numeric strings are not numbers here)."""
    if isinstance(x, bool) or not isinstance(x, (int, float)):
        return None
    return float(x) if math.isfinite(x) else None


def _int(x: Any) -> int | None:
    n = _num(x)
    return int(n) if n is not None and n >= 0 else None


def _time(x: Any) -> datetime | None:
    """An aware UTC datetime from an ISO 8601 string or a datetime; None otherwise."""
    if isinstance(x, datetime):
        dt = x
    elif isinstance(x, str) and x:
        try:
            dt = datetime.fromisoformat(x.strip().replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            return None
    else:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def _iso(dt: datetime) -> str:
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _fmt_time(x: Any, ref: datetime | None = None) -> str:
    """'27 Feb 09:16' (the date left out when it is ref's); raw text if unparseable."""
    dt = _time(x)
    if dt is None:
        return _s(x)
    if ref is not None and dt.date() == ref.date():
        return dt.strftime("%H:%M")
    if ref is not None and dt.year == ref.year:
        return f"{dt.day} {dt.strftime('%b %H:%M')}"
    return f"{dt.day} {dt.strftime('%b %Y %H:%M')}"


def _fmt_age(x: Any, ref: datetime | None) -> str:
    dt = _time(x)
    if dt is None or ref is None:
        return ""
    mins = int((ref - dt).total_seconds() // 60)
    if mins < 0:
        return ""
    if mins < 1:
        return "latest"
    if mins < 60:
        return f"{mins} min before"
    if mins < 48 * 60:
        return f"{mins // 60} h {mins % 60:02d} min before"
    return f"{mins // 1440} days before"


def _n(x: Any) -> str:
    """A count for display: '1,234', or an en dash when unknown."""
    v = _int(x)
    return f"{v:,}" if v is not None else "–"


def _type_label(t: Any) -> str:
    return _s(t).replace("_", " ")


def _src_text(x: Any) -> str:
    """A source as plain text: a string, or the telling fields of a dict."""
    if isinstance(x, dict):
        bits = [_s(x.get(k)) for k in ("source", "name", "headline", "story") if x.get(k)]
        figs = [f"{k} {_n(x.get(k))}" for k in ("killed", "injured") if _int(x.get(k)) is not None]
        return " · ".join(bits[:2] + figs)
    return _s(x)


# ------------------------------------------------------------------ ranking


def story_score(story: dict[str, Any], ref: datetime | None) -> float:
    """How prominently a story belongs on the page: severity of its types, its
    casualties, corroboration, being breaking, and recency (half-life 6 hours
    before `ref`, the situation's as-of time)."""
    weights = sorted(
        (SEVERITY.get(t, 2.0) for t in _list(story.get("types")) if isinstance(t, str)), reverse=True
    )
    score = (weights[0] if weights else 1.0) + 0.15 * sum(weights[1:3])
    killed, injured = _casualty_pair(story.get("casualties"))
    if killed:
        score += min(6.0, 2.0 * math.log2(1 + killed))
    if injured:
        score += min(3.0, math.log2(1 + injured))
    corr = _corroboration(story)
    score += min(9.0, 3.0 * math.log2(1 + corr))
    if story.get("breaking") is True:
        score += 3.0
    if story.get("civilian_target") is True:
        score += 2.0
    last = _time(story.get("last_at")) or _time(story.get("first_at"))
    if last is not None and ref is not None:
        age_h = max(0.0, (ref - last).total_seconds() / 3600)
        score += 12.0 * 0.5 ** (age_h / 6.0)
    return score


def _casualty_pair(c: Any) -> tuple[int | None, int | None]:
    d = _dict(c)
    return _int(d.get("killed")), _int(d.get("injured"))


def _corroboration(story: dict[str, Any]) -> int:
    c = _int(story.get("corroboration"))
    if c is not None:
        return c
    return len({_s(s) for s in _list(story.get("sources"))})


def rank_stories(situation: dict[str, Any]) -> list[dict[str, Any]]:
    """The situation's stories, most important first (see `story_score`)."""
    sit = _dict(situation)
    stories = [s for s in _list(sit.get("stories")) if isinstance(s, dict)]
    ref = _ref_time(sit, stories)
    keyed = []
    for i, st in enumerate(stories):
        last = _time(st.get("last_at"))
        keyed.append((-story_score(st, ref), -(last.timestamp() if last else 0.0), i, st))
    keyed.sort(key=lambda k: k[:3])
    return [k[3] for k in keyed]


def _ref_time(sit: dict[str, Any], stories: Iterable[dict[str, Any]]) -> datetime | None:
    ref = _time(sit.get("as_of"))
    if ref is None:
        times = [t for t in (_time(s.get("last_at")) for s in stories) if t is not None]
        ref = max(times) if times else None
    return ref


# ------------------------------------------------------------------ the view both renderers share


@dataclass
class _View:
    title: str
    generated_at: datetime
    as_of: datetime | None
    as_of_raw: str
    counts: dict[str, Any]
    ranked: list[dict[str, Any]]
    story_by_id: dict[str, dict[str, Any]]
    places: list[dict[str, Any]]  # by recency
    place_name: dict[str, str]
    active: list[dict[str, Any]]
    alerts_total: int
    ended_by_region: list[tuple[str, int, datetime | None]]
    ended_total: int
    other_alerts: int  # neither active nor ended (no status)
    talks: dict[str, Any]
    casualties: dict[str, Any]
    countries_in_news: set[str] = field(default_factory=set)


def _view(situation: Any, title: str, generated_at: datetime | None) -> _View:
    sit = _dict(situation)
    ranked = rank_stories(sit)
    as_of = _ref_time(sit, ranked)
    places = [p for p in _list(sit.get("places")) if isinstance(p, dict)]
    order = []
    for i, p in enumerate(places):
        t = _time(p.get("last_at")) or _time(_dict(p.get("latest")).get("at"))
        order.append((-(t.timestamp() if t else -1e18), -len(_list(p.get("stories"))), i))
    order.sort()
    places = [places[k[2]] for k in order]
    place_name = {_s(p.get("id")): _s(p.get("name")) for p in places if p.get("id")}

    active: list[dict[str, Any]] = []
    ended: Counter[str] = Counter()
    ended_last: dict[str, datetime] = {}
    ended_total = other = total = 0
    for a in _list(sit.get("alerts")):
        if not isinstance(a, dict):
            continue
        # an entry may summarise all the alerts at one place ("alerts": how many)
        count = _int(a.get("alerts")) or 1
        total += count
        state = a.get("active")
        if state is True:
            active.append(a)
            n_ended = count - 1
        elif state is False or a.get("until"):
            n_ended = count
        else:
            other += count
            n_ended = 0
        if n_ended:
            ended_total += n_ended
            key = _s(a.get("name")) or _s(a.get("place")) or "?"
            ended[key] += n_ended
            t = _time(a.get("until")) if state is not True else _time(a.get("since"))
            if t is not None and (key not in ended_last or t > ended_last[key]):
                ended_last[key] = t
    active.sort(key=lambda a: -(_time(a.get("since")) or datetime.min.replace(tzinfo=UTC)).timestamp())
    ended_rows = sorted(
        ((k, n, ended_last.get(k)) for k, n in ended.items()),
        key=lambda r: (-(r[2].timestamp() if r[2] else -1e18), -r[1], r[0]),
    )
    countries = {_s(p.get("country")).upper() for p in places if p.get("country")}
    return _View(
        title=_s(title) or "sitrep",
        generated_at=(_time(generated_at) if generated_at else None) or datetime.now(UTC),
        as_of=as_of,
        as_of_raw=_s(sit.get("as_of")),
        counts=_dict(sit.get("counts")),
        ranked=ranked,
        story_by_id={_s(s.get("id")): s for s in ranked if s.get("id")},
        places=places,
        place_name=place_name,
        active=active,
        alerts_total=total,
        ended_by_region=ended_rows,
        ended_total=ended_total,
        other_alerts=other,
        talks=_dict(sit.get("negotiations")),
        casualties=_dict(sit.get("casualties")),
        countries_in_news=countries,
    )


# ------------------------------------------------------------------ map


@lru_cache(maxsize=1)
def _outline() -> dict[str, Any]:
    """The shipped outline, with each ring's bounding box (loaded once per process)."""
    try:
        doc = json.loads(OUTLINE_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        doc = {}
    out: dict[str, Any] = {"license": _s(doc.get("license")), "region": doc.get("region")}
    for layer in ("countries", "world"):
        items = []
        for c in _list(doc.get(layer)):
            rings = []
            for r in _list(_dict(c).get("rings")):
                if len(r) < 3:
                    continue
                xs = [p[0] for p in r]
                ys = [p[1] for p in r]
                rings.append((min(xs), min(ys), max(xs), max(ys), r))
            if rings:
                items.append((_s(c.get("id")), _s(c.get("name")), rings))
        out[layer] = items
    return out


@dataclass(frozen=True)
class MapView:
    """An equirectangular projection (x scaled by cos of the middle latitude) fitted to a box."""

    lon0: float
    lat0: float
    lon1: float
    lat1: float
    width: float
    height: float
    left_out: int = 0  # points that fell outside the view

    @property
    def k(self) -> float:
        return self.width / ((self.lon1 - self.lon0) * self._c)

    @property
    def _c(self) -> float:
        return math.cos(math.radians((self.lat0 + self.lat1) / 2))

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        k = self.k
        return (lon - self.lon0) * self._c * k, (self.lat1 - lat) * k

    def contains(self, lon: float, lat: float) -> bool:
        return self.lon0 <= lon <= self.lon1 and self.lat0 <= lat <= self.lat1


def _lonlat(d: dict[str, Any]) -> tuple[float, float] | None:
    lon, lat = _num(d.get("lon")), _num(d.get("lat"))
    if lon is None or lat is None or not (-180 <= lon <= 180 and -90 <= lat <= 90):
        return None
    return lon, lat


def _alert_point(a: dict[str, Any], places: dict[str, dict[str, Any]]) -> tuple[float, float] | None:
    pt = _lonlat(a)
    if pt:
        return pt
    pid = _s(a.get("place"))
    if pid in places:
        pt = _lonlat(places[pid])
        if pt:
            return pt
    code = pid.rsplit(":", 1)[-1].upper()
    if code in _UA_REGIONS:
        _, lat, lon = _UA_REGIONS[code]
        return lon, lat
    name = _s(a.get("name")).lower()
    if name:
        if "kyiv" in name and ("city" in name or name.strip() == "kyiv"):
            return 30.52, 50.45
        for _, (stem, lat, lon) in _UA_REGIONS.items():
            if name.startswith(stem):
                return lon, lat
    return None


def _map_points(sit: dict[str, Any]) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """(points the map should fit, points it may leave out: country-level places)."""
    fit: list[tuple[float, float]] = []
    loose: list[tuple[float, float]] = []
    places = [p for p in _list(sit.get("places")) if isinstance(p, dict)]
    by_id = {_s(p.get("id")): p for p in places}
    for p in places[: MAX_MAP_PLACES * 5]:
        pt = _lonlat(p)
        if pt:
            coarse = _s(p.get("precision")) == "country" or _s(p.get("id")).startswith("iso3166:")
            (loose if coarse else fit).append(pt)
    seen: set[str] = set()
    for a in _list(sit.get("alerts")):
        if isinstance(a, dict) and a.get("active") is True:
            key = _s(a.get("place")) or _s(a.get("name"))
            if key in seen:
                continue
            seen.add(key)
            pt = _alert_point(a, by_id)
            if pt:
                fit.append(pt)
    return fit, loose


def map_view(situation: Any, width: float = MAP_WIDTH) -> MapView:
    """The map's projection: fitted to the places and active alerts (with margins),
    outliers far from the rest left out; Ukraine and its neighbours by default."""
    sit = _dict(situation)
    pts, loose = _map_points(sit)
    if not pts:
        pts = loose
    left_out = 0
    if len(pts) >= 5:
        mlon = sorted(p[0] for p in pts)[len(pts) // 2]
        mlat = sorted(p[1] for p in pts)[len(pts) // 2]
        near = [p for p in pts if abs(p[0] - mlon) <= 30 and abs(p[1] - mlat) <= 20]
        if len(near) >= len(pts) // 2:
            left_out = len(pts) - len(near)
            pts = near
    if pts:
        lon0, lon1 = min(p[0] for p in pts), max(p[0] for p in pts)
        lat0, lat1 = min(p[1] for p in pts), max(p[1] for p in pts)
        plon = max(1.0, (lon1 - lon0) * 0.12)
        plat = max(0.7, (lat1 - lat0) * 0.12)
        lon0, lon1, lat0, lat1 = lon0 - plon, lon1 + plon, lat0 - plat, lat1 + plat
    else:
        lon0, lat0, lon1, lat1 = DEFAULT_BOUNDS
    # at least a region's worth of context
    lon0, lon1 = _widen(lon0, lon1, 14.0)
    lat0, lat1 = _widen(lat0, lat1, 7.0)
    lat0, lat1 = max(lat0, -80.0), min(lat1, 82.0)
    # keep the aspect ratio (height:width) between 1:2 and 0.85:1
    c = math.cos(math.radians((lat0 + lat1) / 2))
    w, h = (lon1 - lon0) * c, lat1 - lat0
    if h / w > 0.85:
        lon0, lon1 = _widen(lon0, lon1, h / 0.85 / c)
    elif h / w < 0.5:
        lat0, lat1 = _widen(lat0, lat1, 0.5 * w)
    lon0, lon1 = max(lon0, -180.0), min(lon1, 180.0)
    lat0, lat1 = max(lat0, -85.0), min(lat1, 85.0)
    c = math.cos(math.radians((lat0 + lat1) / 2))
    height = width * (lat1 - lat0) / ((lon1 - lon0) * c)
    return MapView(lon0, lat0, lon1, lat1, width, round(height, 1), left_out)


def _widen(a: float, b: float, span: float) -> tuple[float, float]:
    if b - a >= span:
        return a, b
    m = (a + b) / 2
    return m - span / 2, m + span / 2


def _clip(
    pts: list[tuple[float, float]], x0: float, y0: float, x1: float, y1: float
) -> list[tuple[float, float]]:
    """Sutherland-Hodgman clip of a ring to a rectangle."""
    for axis, bound, keep_ge in ((0, x0, True), (0, x1, False), (1, y0, True), (1, y1, False)):
        if not pts:
            return pts
        out: list[tuple[float, float]] = []
        prev = pts[-1]
        pin = (prev[axis] >= bound) if keep_ge else (prev[axis] <= bound)
        for cur in pts:
            cin = (cur[axis] >= bound) if keep_ge else (cur[axis] <= bound)
            if cin != pin:
                t = (bound - prev[axis]) / (cur[axis] - prev[axis])
                other = 1 - axis
                q = [0.0, 0.0]
                q[axis] = bound
                q[other] = prev[other] + (cur[other] - prev[other]) * t
                out.append((q[0], q[1]))
            if cin:
                out.append(cur)
            prev, pin = cur, cin
        pts = out
    return pts


def _ring_path(ring: list[tuple[float, float]]) -> str:
    parts: list[str] = []
    lx = ly = None
    for x, y in ring:
        if lx is not None and ly is not None and abs(x - lx) < 0.7 and abs(y - ly) < 0.7:
            continue
        parts.append(f"{x:.1f} {y:.1f}")
        lx, ly = x, y
    if len(parts) < 3:
        return ""
    return "M" + "L".join(parts) + "Z"


def _ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for i in range(len(ring)):
        x0, y0 = ring[i - 1]
        x1, y1 = ring[i]
        cr = x0 * y1 - x1 * y0
        a += cr
        cx += (x0 + x1) * cr
        cy += (y0 + y1) * cr
    if abs(a) < 1e-9:
        return 0.0, ring[0][0], ring[0][1]
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _land_svg(mv: MapView, highlight: set[str]) -> tuple[str, list[tuple[str, float, float]]]:
    ol = _outline()
    region = ol.get("region")
    inside = (
        isinstance(region, list)
        and len(region) == 4
        and region[0] <= mv.lon0
        and region[1] <= mv.lat0
        and mv.lon1 <= region[2]
        and mv.lat1 <= region[3]
    )
    items = ol.get("countries" if inside else "world") or ol.get("world") or []
    W, H = mv.width, mv.height
    k, c = mv.k, mv._c
    lon0, lat1 = mv.lon0, mv.lat1
    pad = 3.0
    dlon = pad / (k * c)
    dlat = pad / k
    out: list[str] = []
    labels: list[tuple[str, float, float]] = []
    for cid, name, rings in items:
        d_parts = []
        best = (0.0, 0.0, 0.0)
        for bx0, by0, bx1, by1, ring in rings:
            if bx1 < mv.lon0 - dlon or bx0 > mv.lon1 + dlon or by1 < mv.lat0 - dlat or by0 > mv.lat1 + dlat:
                continue
            pts = [((lon - lon0) * c * k, (lat1 - lat) * k) for lon, lat in ring]
            if not (bx0 >= mv.lon0 and bx1 <= mv.lon1 and by0 >= mv.lat0 and by1 <= mv.lat1):
                pts = _clip(pts, -pad, -pad, W + pad, H + pad)
            if len(pts) < 3:
                continue
            d = _ring_path(pts)
            if d:
                d_parts.append(d)
                ac = _ring_area_centroid(pts)
                if ac[0] > best[0]:
                    best = ac
        if d_parts:
            cls = "land news" if cid.upper() in highlight else "land"
            out.append(f'<path class="{cls}" d="{"".join(d_parts)}"><title>{_e(name)}</title></path>')
            if best[0] > W * H * 0.02:
                labels.append((name, best[1], best[2]))
    return "".join(out), labels


def _graticule(mv: MapView) -> str:
    span = max(mv.lon1 - mv.lon0, mv.lat1 - mv.lat0)
    step = next((s for s in (1, 2, 5, 10, 15, 30) if span / s <= 12), 30)
    lines = []
    lon = math.ceil(mv.lon0 / step) * step
    while lon <= mv.lon1:
        x, _ = mv.project(lon, mv.lat0)
        lines.append(f"M{x:.1f} 0V{mv.height:.1f}")
        lon += step
    lat = math.ceil(mv.lat0 / step) * step
    while lat <= mv.lat1:
        _, y = mv.project(mv.lon0, lat)
        lines.append(f"M0 {y:.1f}H{mv.width:.1f}")
        lat += step
    return f'<path class="grat" d="{"".join(lines)}"/>' if lines else ""


def _scale_bar(mv: MapView) -> str:
    km_per_px = 111.32 / mv.k
    target = km_per_px * 120
    nice = next((n for n in (10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5000) if n >= target * 0.6), 5000)
    px = nice / km_per_px
    x, y = mv.width - px - 14, mv.height - 16
    return (
        f'<g class="scale"><rect x="{x - 6:.1f}" y="{y - 15:.1f}" width="{px + 12:.1f}" height="24" rx="3"/>'
        f'<path d="M{x:.1f} {y - 3:.1f}V{y + 2:.1f}H{x + px:.1f}V{y - 3:.1f}"/>'
        f'<text x="{x + px / 2:.1f}" y="{y - 5:.1f}">{nice:,} km</text></g>'
    )


def render_map_svg(situation: Any, *, width: float = MAP_WIDTH) -> str:
    """The inline SVG map: country outlines, places as dots with labels, regions
    with an active alert as red rings, a legend and a scale bar."""
    sit = _dict(situation)
    mv = map_view(sit, width)
    W, H = mv.width, mv.height
    places = [p for p in _list(sit.get("places")) if isinstance(p, dict)]
    by_id = {_s(p.get("id")): p for p in places}
    highlight = {_s(p.get("country")).upper() for p in places if p.get("country")}
    land, country_labels = _land_svg(mv, highlight)

    # places: most recent drawn last (on top), labels for the most recent first
    def recency(p: dict[str, Any]) -> float:
        t = _time(p.get("last_at")) or _time(_dict(p.get("latest")).get("at"))
        return t.timestamp() if t else -1e18

    shown = []
    for p in places:
        pt = _lonlat(p)
        if pt and mv.contains(*pt):
            shown.append(p)
    shown.sort(key=recency, reverse=True)
    shown = shown[:MAX_MAP_PLACES]
    dots: list[str] = []
    occupied: list[tuple[float, float, float, float]] = []
    placed: list[tuple[dict[str, Any], float, float, float]] = []
    for p in reversed(shown):
        lon, lat = _lonlat(p) or (0.0, 0.0)
        x, y = mv.project(lon, lat)
        n = len(_list(p.get("stories")))
        r = min(9.0, 3.5 + 1.4 * math.sqrt(n))
        placed.append((p, x, y, r))
        tip = f"{_s(p.get('name'))}: {n} stor{'y' if n == 1 else 'ies'}"
        latest = _dict(p.get("latest"))
        if latest.get("headline"):
            tip += f" — latest: {_s(latest.get('headline'))}"
        dots.append(
            f'<circle class="pl" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{_e(tip)}</title></circle>'
        )
    for _, x, y, r in placed:
        occupied.append((x - r, y - r, x + r, y + r))

    # alerts: one ring per alerted place
    rings: list[str] = []
    seen: set[str] = set()
    n_alert_regions = 0
    for a in _list(sit.get("alerts")):
        if not (isinstance(a, dict) and a.get("active") is True):
            continue
        key = _s(a.get("place")) or _s(a.get("name"))
        if key in seen:
            continue
        seen.add(key)
        n_alert_regions += 1
        if len(rings) >= MAX_MAP_ALERTS:
            continue
        pt = _alert_point(a, by_id)
        if not pt or not mv.contains(*pt):
            continue
        x, y = mv.project(*pt)
        since = _fmt_time(a.get("since"))
        tip = f"Air-raid alert: {_s(a.get('name')) or key}" + (f" since {since}" if since else "")
        rings.append(
            f'<g class="al"><circle cx="{x:.1f}" cy="{y:.1f}" r="12"/><circle class="alc" cx="{x:.1f}" '
            f'cy="{y:.1f}" r="2.6"/><title>{_e(tip)}</title></g>'
        )

    # labels: greedy, skip the ones that would overlap
    labels: list[str] = []
    # keep labels off the legend, the attribution and the scale bar
    boxes: list[tuple[float, float, float, float]] = [
        (0.0, 0.0, 320.0, 70.0),
        (W - 140.0, 0.0, W, 20.0),
        (W - 190.0, H - 40.0, W, H),
    ]
    for p, x, y, r in sorted(placed, key=lambda q: recency(q[0]), reverse=True)[: MAX_MAP_LABELS * 3]:
        if len(labels) >= MAX_MAP_LABELS:
            break
        name = _s(p.get("name"))
        if not name:
            continue
        name = name if len(name) <= 28 else name[:27] + "…"
        tw, th = 6.6 * len(name) + 2, 13.0
        for bx, anchor in ((x + r + 3, "start"), (x - r - 3 - tw, "end")):
            box = (bx, y - th / 2 - 1, bx + tw, y + th / 2)
            if box[0] < 2 or box[2] > W - 2 or box[1] < 2 or box[3] > H - 2:
                continue
            if any(_overlap(box, b) for b in boxes) or any(
                _overlap(box, o) for o in occupied if not (o[0] <= x <= o[2] and o[1] <= y <= o[3])
            ):
                continue
            boxes.append(box)
            tx = x + r + 3 if anchor == "start" else x - r - 3
            labels.append(
                f'<text class="lbl" x="{tx:.1f}" y="{y + 4:.1f}" text-anchor="{anchor}">{_e(name)}</text>'
            )
            break

    clabels = []
    for name, cx, cy in country_labels:
        if 30 < cx < W - 30 and 20 < cy < H - 20:
            box = (cx - 3.6 * len(name), cy - 7, cx + 3.6 * len(name), cy + 5)
            if not any(_overlap(box, b) for b in boxes):
                clabels.append(f'<text class="ctry" x="{cx:.1f}" y="{cy:.1f}">{_e(name.upper())}</text>')

    texts = [
        f"place in the news (size: stories) · {len(shown):,} shown",
        f"active air-raid alert · {n_alert_regions:,} region{'' if n_alert_regions == 1 else 's'}",
    ]
    legend_w = 40 + 5.8 * max(len(t) for t in texts)
    legend = (
        f'<g class="legend" transform="translate(10 10)"><rect width="{legend_w:.0f}" height="54" rx="4"/>'
        f'<circle class="pl" cx="16" cy="16" r="5"/><text x="28" y="20">{_e(texts[0])}</text>'
        f'<g class="al"><circle cx="16" cy="38" r="8"/><circle class="alc" cx="16" cy="38" r="2.4"/></g>'
        f'<text x="28" y="42">{_e(texts[1])}</text></g>'
    )
    attrib = f'<text class="attr" x="{W - 8:.1f}" y="14" text-anchor="end">Outlines: Natural Earth</text>'
    aria = f"Map of {len(shown)} places and {n_alert_regions} alerted regions"
    return (
        f'<svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W:.0f} {H:.1f}" '
        f'role="img" aria-label="{_e(aria)}" preserveAspectRatio="xMidYMid meet">'
        f'<rect class="sea" width="{W:.0f}" height="{H:.1f}"/>{land}{_graticule(mv)}'
        f"{''.join(clabels)}{''.join(rings)}{''.join(dots)}{''.join(labels)}"
        f"{legend}{_scale_bar(mv)}{attrib}</svg>"
    )


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# ------------------------------------------------------------------ HTML

_CSS = f"""
:root{{color-scheme:light;--fg:#1f2937;--mut:#6b7280;--line:#e5e7eb;--bg:#f4f5f7;--card:#fff;
--acc:{PLACE_COLOR};--red:{ALERT_COLOR}}}
*{{box-sizing:border-box}}
body{{margin:0;background:var(--bg);color:var(--fg);font:15px/1.45 system-ui,-apple-system,"Segoe UI",
Roboto,"Noto Sans","Liberation Sans","Helvetica Neue",Arial,sans-serif}}
header,main,footer{{max-width:1240px;margin:0 auto;padding:0 20px}}
header{{padding-top:22px}}
h1{{font-size:26px;margin:0 0 2px;letter-spacing:-.01em}}
h2{{font-size:17px;margin:0 0 10px}}
h3{{font-size:14px;margin:0 0 6px;text-transform:uppercase;letter-spacing:.04em;color:var(--mut)}}
.sub{{color:var(--mut);font-size:13px}}
nav{{margin:10px 0 0;font-size:13px}} nav a{{color:var(--acc);margin-right:14px;text-decoration:none}}
.stats{{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0 18px}}
.stat{{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:110px}}
.stat b{{display:block;font-size:22px;line-height:1.1}} .stat span{{font-size:12px;color:var(--mut)}}
.stat.hot b{{color:var(--red)}}
.grid{{display:grid;grid-template-columns:minmax(0,1.55fr) minmax(0,1fr);gap:18px;align-items:start}}
.cards{{display:grid;grid-template-columns:repeat(3,minmax(0,1fr));gap:18px;margin-top:18px}}
@media (max-width:960px){{.grid,.cards{{grid-template-columns:1fr}}}}
section,figure{{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin:0}}
section.wide{{margin-top:18px}}
figure{{padding:12px}} figcaption{{font-size:12px;color:var(--mut);margin-top:6px}}
svg.map{{display:block;width:100%;height:auto;border:1px solid {FRAME_COLOR};border-radius:2px}}
.sea{{fill:{SEA_COLOR}}} .land{{fill:{LAND_COLOR};stroke:#9aa3ad;stroke-width:.7;fill-rule:evenodd}}
.land.news{{fill:{LAND_NEWS_COLOR}}} .grat{{fill:none;stroke:#fff;stroke-opacity:.55;stroke-width:.6}}
.ctry{{font-size:10.5px;fill:#9ca3af;letter-spacing:.12em;text-anchor:middle}}
.pl{{fill:{PLACE_COLOR};stroke:#fff;stroke-width:1.3}}
.al circle{{fill:{ALERT_COLOR};fill-opacity:.14;stroke:{ALERT_COLOR};stroke-width:2}}
.al circle.alc{{fill-opacity:1;stroke:none}}
.lbl{{font-size:12px;font-weight:600;fill:#111827;paint-order:stroke;stroke:#fff;stroke-width:3px;
stroke-linejoin:round}}
.legend rect,.scale rect{{fill:#fff;fill-opacity:.9;stroke:#d1d5db}} .legend text{{font-size:11.5px;fill:#374151}}
.scale path{{fill:none;stroke:#374151;stroke-width:1.4}} .scale text{{font-size:11px;fill:#374151;text-anchor:middle}}
.attr{{font-size:10px;fill:#6b7280}}
ol.top{{list-style:none;margin:0;padding:0;counter-reset:n}}
ol.top li{{padding:10px 0 10px 34px;border-top:1px solid var(--line);position:relative;counter-increment:n}}
ol.top li:first-child{{border-top:0;padding-top:2px}}
ol.top li::before{{content:counter(n);position:absolute;left:0;top:10px;width:24px;height:24px;border-radius:50%;
background:#eef2ff;color:var(--acc);font-weight:700;font-size:13px;text-align:center;line-height:24px}}
ol.top li:first-child::before{{top:2px}}
.hl{{font-weight:600;display:block;margin-bottom:3px}}
.meta{{font-size:12.5px;color:var(--mut)}} .meta b{{color:var(--fg);font-weight:600}}
.badge{{display:inline-block;font-size:11px;padding:1px 7px;border-radius:10px;background:#f3f4f6;color:#374151;
margin:0 4px 2px 0;white-space:nowrap}}
.t-crit{{background:#fee2e2;color:#991b1b}} .t-viol{{background:#ffedd5;color:#9a3412}}
.t-alert{{background:#fef3c7;color:#92400e}} .t-talk{{background:#dcfce7;color:#166534}}
.t-hum{{background:#e0f2fe;color:#075985}} .brk{{background:var(--red);color:#fff;font-weight:700}}
.corr{{background:#eef2ff;color:#3730a3}}
.s-bad{{background:#fee2e2;color:#991b1b}} .s-good{{background:#dcfce7;color:#166534}}
.s-neutral{{background:#e0e7ff;color:#3730a3}}
.big{{font-size:30px;font-weight:700;line-height:1.1}} .big small{{font-size:13px;font-weight:400;color:var(--mut)}}
.kv{{display:flex;gap:22px;margin-bottom:8px}}
table{{width:100%;border-collapse:collapse;font-size:13.5px}}
th{{text-align:left;font-size:12px;color:var(--mut);font-weight:600;border-bottom:1px solid var(--line);
padding:6px 8px}}
td{{padding:6px 8px;border-bottom:1px solid #f0f1f3;vertical-align:top}}
td.n{{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}} td.t{{white-space:nowrap}}
tr:hover td{{background:#fafafa}}
.note{{font-size:12.5px;color:var(--mut);margin:8px 0 0}}
ul.plain{{margin:4px 0 0;padding-left:18px;font-size:13.5px}} ul.plain li{{margin:3px 0}}
.empty{{color:var(--mut);font-style:italic}}
footer{{color:var(--mut);font-size:12px;padding:20px 20px 30px}}
@media print{{body{{background:#fff}} section,figure{{break-inside:avoid}}}}
"""


def _badges_types(types: Any) -> str:
    out = []
    for t in _list(types)[:4]:
        if not isinstance(t, str) or not t:
            continue
        cls = _TYPE_CLASS.get(t, "")
        out.append(f'<span class="badge {cls}">{_e(_type_label(t))}</span>')
    return "".join(out)


def _story_places(st: dict[str, Any], v: _View, limit: int = 4) -> str:
    names: list[str] = []
    given = _list(st.get("place_names"))
    for i, pid in enumerate(_list(st.get("places"))):
        name = v.place_name.get(_s(pid)) or (_s(given[i]) if i < len(given) else "") or _s(pid)
        if name and name not in names:
            names.append(name)
    text = ", ".join(names[:limit]) + (f" +{len(names) - limit}" if len(names) > limit else "")
    return text


def _sources_text(sources: Any, limit: int = 5) -> str:
    srcs = []
    for s in _list(sources):
        t = _src_text(s)
        if t and t not in srcs:
            srcs.append(t)
    return ", ".join(srcs[:limit]) + (f" +{len(srcs) - limit} more" if len(srcs) > limit else "")


def _story_sources(st: dict[str, Any], limit: int = 5) -> str:
    """The feeds that carried a story, and the outlets they cite."""
    text = _sources_text(st.get("sources"), limit)
    cited = _sources_text(st.get("cited"), limit)
    if cited:
        text = f"{text}; citing {cited}" if text else f"citing {cited}"
    return text


def _casualty_text(c: Any) -> str:
    killed, injured = _casualty_pair(c)
    bits = []
    if killed is not None:
        bits.append(f"{killed:,} killed")
    if injured is not None:
        bits.append(f"{injured:,} injured")
    return ", ".join(bits)


def _html_top(v: _View) -> str:
    items = []
    for st in v.ranked[:TOP_STORIES]:
        corr = _corroboration(st)
        badges = []
        if st.get("breaking") is True:
            badges.append('<span class="badge brk">breaking</span>')
        badges.append(_badges_types(st.get("types")))
        cas = _casualty_text(st.get("casualties"))
        langs = [_s(x) for x in _list(st.get("languages")) if x][:6]
        meta = []
        when = _fmt_time(st.get("last_at"), v.as_of)
        if when:
            meta.append(f'<time datetime="{_e(st.get("last_at"))}">{_e(when)}</time>')
        places = _story_places(st, v)
        if places:
            meta.append(f"<b>{_e(places)}</b>")
        if cas:
            meta.append(f"<b>{_e(cas)}</b>")
        meta2 = [
            f'<span class="badge corr">{corr} source{"" if corr == 1 else "s"}</span>'
            + _e(_story_sources(st))
        ]
        if langs:
            meta2.append("in " + _e(", ".join(langs)))
        items.append(
            f'<li><span class="hl">{_e(st.get("headline")) or "<em>(no headline)</em>"}</span>'
            f'<div>{"".join(badges)}</div><div class="meta">{" · ".join(meta)}</div>'
            f'<div class="meta">{" · ".join(meta2)}</div></li>'
        )
    if not items:
        return '<section id="top"><h2>Key developments</h2><p class="empty">No stories yet.</p></section>'
    more = len(v.ranked) - TOP_STORIES
    note = f'<p class="note">{more:,} more in <a href="#stories">all stories</a>.</p>' if more > 0 else ""
    return f'<section id="top"><h2>Key developments</h2><ol class="top">{"".join(items)}</ol>{note}</section>'


def _html_talks(v: _View) -> str:
    t = v.talks
    status = _s(t.get("status")) or "unknown"
    cls = _TALK_CLASS.get(status, "")
    rows = [f'<div class="kv"><div><h3>Status</h3><span class="badge {cls}">{_e(status)}</span></div>']
    if t.get("venue"):
        rows.append(f"<div><h3>Venue</h3>{_e(t.get('venue'))}</div>")
    rows.append("</div>")
    latest = _dict(t.get("latest"))
    if latest.get("headline"):
        st = v.story_by_id.get(_s(latest.get("story")), {})
        srcs = _story_sources(st) if st else ""
        rows.append(
            f'<h3>Latest</h3><div>{_e(latest.get("headline"))}</div><div class="meta">'
            f"{_e(_fmt_time(latest.get('at'), v.as_of))}{' · ' + _e(srcs) if srcs else ''}</div>"
        )
    history = [h for h in _list(t.get("history")) if isinstance(h, dict) and h.get("status")][-6:]
    if len(history) > 1:
        steps = " → ".join(
            f"{_e(h.get('status'))} <span class='meta'>{_e(_fmt_time(h.get('at'), v.as_of))}</span>"
            for h in history
        )
        rows.append(f"<h3 style='margin-top:10px'>History</h3><div>{steps}</div>")
    if not t or not any(t.get(k) for k in ("status", "venue", "latest", "history")):
        rows = ['<p class="empty">No reports on talks.</p>']
    return f'<section id="talks"><h2>Talks</h2>{"".join(rows)}</section>'


def _casualty_rows(v: _View) -> list[tuple[str, str, str]]:
    """(figures, headline, sources) per story reporting casualties, most important first."""
    rows: list[tuple[str, str, str]] = []
    given = [b for b in _list(v.casualties.get("by_story")) if isinstance(b, dict)]
    if given:
        rank = {id(st): i for i, st in enumerate(v.ranked)}
        keyed = []
        for b in given:
            st = v.story_by_id.get(_s(b.get("story")), {})
            keyed.append((rank.get(id(st), len(rank)), b, st))
        keyed.sort(key=lambda k: k[0])
        for _, b, st in keyed:
            figs = _casualty_text(b)
            if figs:
                srcs = _story_sources({"sources": b.get("sources"), "cited": b.get("cited")}, 3)
                rows.append(
                    (figs, _s(st.get("headline")) or _s(b.get("story")), srcs or _story_sources(st, 3))
                )
        return rows
    for st in v.ranked:
        figs = _casualty_text(st.get("casualties"))
        if figs:
            rows.append((figs, _s(st.get("headline")), _story_sources(st, 3)))
    return rows


def _tally_text(v: _View) -> tuple[str, str] | None:
    """(figures, where from) of the latest cumulative tally, if the situation has one."""
    t = _dict(v.casualties.get("latest_tally"))
    figs = _casualty_text(t)
    if not figs:
        return None
    if t.get("group"):
        figs += f" ({_s(t.get('group'))})"
    src = _story_sources(
        {"sources": [t.get("source")] if t.get("source") else [], "cited": t.get("cited")}, 3
    )
    when = _fmt_time(t.get("at"), v.as_of)
    return figs, " · ".join(x for x in (src, when) if x)


def _html_casualties(v: _View) -> str:
    c = v.casualties
    killed, injured = _casualty_pair(c)
    head = (
        f'<div class="kv"><div class="big">{_n(killed)} <small>killed</small></div>'
        f'<div class="big">{_n(injured)} <small>injured</small></div></div>'
    )
    body = ""
    tally = _tally_text(v)
    if tally:
        body += (
            f"<h3>Latest cumulative tally</h3><div><b>{_e(tally[0])}</b></div>"
            f"<div class='meta'>{_e(tally[1])}</div>"
        )
    srcs = [t for t in (_src_text(s) for s in _list(c.get("sources"))[:12]) if t]
    if srcs:
        body += "<h3>Sources</h3><ul class='plain'>" + "".join(f"<li>{_e(s)}</li>" for s in srcs) + "</ul>"
    rows = _casualty_rows(v)
    if rows:
        body += "<h3 style='margin-top:10px'>By story</h3><ul class='plain'>"
        for figs, headline, story_srcs in rows[:8]:
            body += (
                f"<li><b>{_e(figs)}</b>: {_e(headline)}"
                + (f" <span class='meta'>({_e(story_srcs)})</span>" if story_srcs else "")
                + "</li>"
            )
        body += "</ul>"
        if len(rows) > 8:
            body += f"<p class='note'>{len(rows) - 8:,} more stories report casualties.</p>"
    if killed is None and injured is None and not rows and not tally:
        body += "<p class='empty'>No casualty figures reported.</p>"
    note = "<p class='note'>Totals add each story's latest reported figures; not a verified count.</p>"
    return f'<section id="casualties"><h2>Casualties</h2>{head}{body}{note}</section>'


def _html_alert_card(v: _View) -> str:
    n = len(v.active)
    names = []
    for a in v.active:
        nm = _s(a.get("name")) or _s(a.get("place"))
        if nm and nm not in names:
            names.append(nm)
    lst = ", ".join(names[:12]) + (f" +{len(names) - 12}" if len(names) > 12 else "")
    body = f'<div class="big" style="color:var(--red)">{n:,} <small>active now</small></div>'
    if lst:
        body += f"<p>{_e(lst)}</p>"
    body += (
        f"<p class='note'>{v.alerts_total:,} alerts in the feed; {v.ended_total:,} ended"
        + (f", {v.other_alerts:,} without a status" if v.other_alerts else "")
        + '. <a href="#alerts">Details</a></p>'
    )
    return f'<section id="alerts-now"><h2>Air-raid alerts</h2>{body}</section>'


def _html_places(v: _View) -> str:
    if not v.places:
        return (
            '<section id="places" class="wide"><h2>Places</h2><p class="empty">No places yet.</p></section>'
        )
    rows = []
    for p in v.places[:MAX_PLACES_TABLE]:
        latest = _dict(p.get("latest"))
        when = p.get("last_at") or latest.get("at")
        rows.append(
            f"<tr><td><b>{_e(p.get('name')) or _e(p.get('id'))}</b></td><td>{_e(p.get('country'))}</td>"
            f"<td>{_badges_types(p.get('types'))}</td><td class='n'>{len(_list(p.get('stories'))):,}</td>"
            f"<td>{_e(latest.get('headline'))}</td><td class='t'>{_e(_fmt_time(when, v.as_of))}</td></tr>"
        )
    left = len(v.places) - MAX_PLACES_TABLE
    note = f"<p class='note'>{left:,} older places left out.</p>" if left > 0 else ""
    return (
        '<section id="places" class="wide"><h2>Places <span class="sub">most recent first</span></h2>'
        "<table><thead><tr><th>Place</th><th>Country</th><th>Types</th><th>Stories</th><th>Latest</th>"
        f"<th>When</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{note}</section>"
    )


def _html_alerts(v: _View) -> str:
    parts = ['<section id="alerts" class="wide"><h2>Alerts</h2>']
    if v.active:
        rows = "".join(
            f"<tr><td><b>{_e(a.get('name')) or _e(a.get('place'))}</b></td><td>{_e(a.get('place'))}</td>"
            f"<td class='t'>{_e(_fmt_time(a.get('since'), v.as_of))}</td>"
            f"<td>{_e(_fmt_age(a.get('since'), v.as_of))}</td></tr>"
            for a in v.active[:MAX_ACTIVE_ALERTS_TABLE]
        )
        parts.append(
            "<h3>Active</h3><table><thead><tr><th>Region</th><th>Id</th><th>Since</th><th>For</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>"
        )
        if len(v.active) > MAX_ACTIVE_ALERTS_TABLE:
            parts.append(
                f"<p class='note'>{len(v.active) - MAX_ACTIVE_ALERTS_TABLE:,} more active alerts.</p>"
            )
    else:
        parts.append("<p class='empty'>No active alerts.</p>")
    if v.ended_by_region:
        rows = "".join(
            f"<tr><td>{_e(name)}</td><td class='n'>{n:,}</td><td class='t'>{_e(_fmt_time(last, v.as_of))}</td></tr>"
            for name, n, last in v.ended_by_region[:MAX_ENDED_REGIONS]
        )
        parts.append(
            f"<h3 style='margin-top:14px'>Ended: {v.ended_total:,} alerts in {len(v.ended_by_region):,} "
            "regions</h3><table><thead><tr><th>Region</th><th>Alerts</th><th>Last ended</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
        )
        if len(v.ended_by_region) > MAX_ENDED_REGIONS:
            parts.append(f"<p class='note'>{len(v.ended_by_region) - MAX_ENDED_REGIONS:,} more regions.</p>")
    parts.append("</section>")
    return "".join(parts)


def _html_stories(v: _View) -> str:
    if not v.ranked:
        return ""
    rows = []
    for st in v.ranked[:MAX_STORIES_TABLE]:
        rows.append(
            f"<tr><td>{_e(st.get('headline'))}</td><td>{_badges_types(st.get('types'))}</td>"
            f"<td>{_e(_story_places(st, v, 3))}</td><td class='n'>{_corroboration(st):,}</td>"
            f"<td>{_e(_story_sources(st, 3))}</td>"
            f"<td class='n'>{len(_list(st.get('updates'))):,}</td>"
            f"<td class='t'>{_e(_fmt_time(st.get('last_at'), v.as_of))}</td></tr>"
        )
    left = len(v.ranked) - MAX_STORIES_TABLE
    note = f"<p class='note'>{left:,} lower-ranked stories left out.</p>" if left > 0 else ""
    return (
        '<section id="stories" class="wide"><h2>All stories <span class="sub">by importance</span></h2>'
        "<table><thead><tr><th>Headline</th><th>Types</th><th>Places</th><th>Corr.</th><th>Sources</th>"
        f"<th>Updates</th><th>Last</th></tr></thead><tbody>{''.join(rows)}</tbody></table>{note}</section>"
    )


def render_html(
    situation: dict[str, Any], *, title: str = "sitrep", generated_at: datetime | None = None
) -> str:
    """One self-contained HTML page of the situation (inline CSS and SVG, no scripts)."""
    v = _view(situation, title, generated_at)
    sit = _dict(situation)
    counts = v.counts
    as_of_txt = _fmt_time(v.as_of) + " UTC" if v.as_of else (_s(v.as_of_raw) or "unknown")
    stats = [
        (counts.get("updates"), "updates", ""),
        (counts.get("stories", len(v.ranked)), "stories", ""),
        (counts.get("duplicates"), "duplicates", ""),
        (counts.get("rejected"), "rejected", ""),
        (len(v.places), "places", ""),
        (len(v.active), "active alerts", " hot" if v.active else ""),
    ]
    stats_html = "".join(
        f'<div class="stat{h}"><b>{_n(n)}</b><span>{lbl}</span></div>' for n, lbl, h in stats
    )
    mv = map_view(sit)
    svg = render_map_svg(sit)
    cap = f"Equirectangular projection, {mv.lon0:.1f}°…{mv.lon1:.1f}° E, {mv.lat0:.1f}°…{mv.lat1:.1f}° N." + (
        f" {mv.left_out:,} far-off points are outside the map." if mv.left_out else ""
    )
    lic = _outline().get("license") or "Country outlines: Natural Earth (public domain)."
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'\">"
        '<meta name="referrer" content="no-referrer">'
        f'<meta name="generator" content="sitrep report"><title>{_e(v.title)} · {_e(as_of_txt)}</title>'
        f"<style>{_CSS}</style></head><body>"
        f"<header><h1>{_e(v.title)}</h1><div class='sub'>Situation as of "
        f'<time datetime="{_e(v.as_of_raw)}">{_e(as_of_txt)}</time> · generated '
        f"{_e(_fmt_time(v.generated_at))} UTC</div>"
        '<nav><a href="#top">Key developments</a><a href="#map">Map</a><a href="#talks">Talks</a>'
        '<a href="#casualties">Casualties</a><a href="#alerts">Alerts</a><a href="#places">Places</a>'
        '<a href="#stories">Stories</a></nav>'
        f'<div class="stats">{stats_html}</div></header><main>'
        f'<div class="grid"><figure id="map">{svg}<figcaption>{_e(cap)}</figcaption></figure>'
        f"{_html_top(v)}</div>"
        f'<div class="cards">{_html_talks(v)}{_html_casualties(v)}{_html_alert_card(v)}</div>'
        f"{_html_stories(v)}{_html_alerts(v)}{_html_places(v)}</main>"
        f"<footer>Generated by sitrep from the situation read model; every line names its sources. "
        f"Feed text is shown as received (escaped). {_e(lic)}</footer></body></html>\n"
    )


# ------------------------------------------------------------------ Markdown

_MD_ANYWHERE = re.compile(r"([\\`*_\[\]|~])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+=\-]|\d+[.)])")


def _md(x: Any) -> str:
    """Feed text made inert in Markdown: one line, specials backslash-escaped, HTML as entities."""
    s = " ".join(_s(x).split())
    s = _MD_ANYWHERE.sub(r"\\\1", s)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    m = _MD_LINE_START.match(s)
    if m:
        lead = m.group(2)
        s = m.group(1) + (lead[:-1] + "\\" + lead[-1] if lead[-1] in ".)" else "\\" + lead) + s[m.end() :]
    return s


def render_markdown(
    situation: dict[str, Any], *, title: str = "sitrep", generated_at: datetime | None = None
) -> str:
    """The same report as Markdown (no map), every feed text escaped."""
    v = _view(situation, title, generated_at)
    c = v.counts
    as_of_txt = _fmt_time(v.as_of) + " UTC" if v.as_of else (_md(v.as_of_raw) or "unknown")
    out = [
        f"# {_md(v.title)}",
        "",
        f"Situation as of {as_of_txt} · generated {_fmt_time(v.generated_at)} UTC",
        "",
        f"**{_n(c.get('updates'))}** updates · **{_n(c.get('stories', len(v.ranked)))}** stories · "
        f"**{_n(c.get('duplicates'))}** duplicates · **{_n(c.get('rejected'))}** rejected · "
        f"**{len(v.places):,}** places · **{len(v.active):,}** active alerts",
        "",
        "## Key developments",
        "",
    ]
    if not v.ranked:
        out.append("_No stories yet._")
    for i, st in enumerate(v.ranked[:TOP_STORIES], 1):
        head = _md(st.get("headline")) or "(no headline)"
        tags = ", ".join(_md(_type_label(t)) for t in _list(st.get("types"))[:4] if isinstance(t, str))
        bits = [b for b in (_md(_fmt_time(st.get("last_at"), v.as_of)), _md(_story_places(st, v))) if b]
        cas = _casualty_text(st.get("casualties"))
        if cas:
            bits.append(f"**{cas}**")
        corr = _corroboration(st)
        brk = "**BREAKING** " if st.get("breaking") is True else ""
        out.append(f"{i}. {brk}**{head}**" + (f" ({tags})" if tags else "") + " \\")
        if bits:
            out.append(f"   {' · '.join(bits)} \\")
        out.append(f"   {corr} source{'' if corr == 1 else 's'}: {_md(_story_sources(st))}")
    if len(v.ranked) > TOP_STORIES:
        out.append(f"\n{len(v.ranked) - TOP_STORIES:,} more below.")

    t = v.talks
    out += ["", "## Talks", ""]
    if t:
        out.append(f"- Status: **{_md(t.get('status')) or 'unknown'}**")
        if t.get("venue"):
            out.append(f"- Venue: {_md(t.get('venue'))}")
        latest = _dict(t.get("latest"))
        if latest.get("headline"):
            out.append(
                f"- Latest ({_md(_fmt_time(latest.get('at'), v.as_of))}): {_md(latest.get('headline'))}"
            )
    else:
        out.append("_No reports on talks._")

    totals = v.casualties
    killed, injured = _casualty_pair(totals)
    out += ["", "## Casualties", "", f"- Killed: **{_n(killed)}** · injured: **{_n(injured)}**"]
    tally = _tally_text(v)
    if tally:
        out.append(f"- Latest cumulative tally: **{_md(tally[0])}** ({_md(tally[1])})")
    srcs = [x for x in (_src_text(s) for s in _list(totals.get("sources"))[:12]) if x]
    if srcs:
        out.append(f"- Sources: {_md(', '.join(srcs))}")
    for figs, headline, story_srcs in _casualty_rows(v)[:8]:
        out.append(f"- {_md(figs)}: {_md(headline)}" + (f" ({_md(story_srcs)})" if story_srcs else ""))
    out.append("")
    out.append("_Totals add each story's latest reported figures; not a verified count._")

    out += ["", "## Alerts", ""]
    out.append(
        f"{len(v.active):,} active of {v.alerts_total:,} in the feed ({v.ended_total:,} ended"
        + (f", {v.other_alerts:,} without a status" if v.other_alerts else "")
        + ")."
    )
    if v.active:
        out += ["", "| Region | Id | Since |", "|---|---|---|"]
        for a in v.active[:MAX_ACTIVE_ALERTS_TABLE]:
            out.append(
                f"| {_md(a.get('name')) or _md(a.get('place'))} | {_md(a.get('place'))} | "
                f"{_md(_fmt_time(a.get('since'), v.as_of))} |"
            )
        if len(v.active) > MAX_ACTIVE_ALERTS_TABLE:
            out.append(f"\n{len(v.active) - MAX_ACTIVE_ALERTS_TABLE:,} more active alerts left out.")

    out += ["", "## Places", ""]
    if v.places:
        out += ["| Place | Country | Stories | Latest | When |", "|---|---|---:|---|---|"]
        for p in v.places[:MAX_PLACES_TABLE]:
            latest = _dict(p.get("latest"))
            out.append(
                f"| {_md(p.get('name')) or _md(p.get('id'))} | {_md(p.get('country'))} | "
                f"{len(_list(p.get('stories'))):,} | {_md(latest.get('headline'))} | "
                f"{_md(_fmt_time(p.get('last_at') or latest.get('at'), v.as_of))} |"
            )
        if len(v.places) > MAX_PLACES_TABLE:
            out.append(f"\n{len(v.places) - MAX_PLACES_TABLE:,} older places left out.")
    else:
        out.append("_No places yet._")

    if v.ranked:
        out += [
            "",
            "## All stories",
            "",
            "| Headline | Types | Corr. | Sources | Last |",
            "|---|---|---:|---|---|",
        ]
        for st in v.ranked[:MAX_STORIES_TABLE]:
            tags = ", ".join(_md(_type_label(t)) for t in _list(st.get("types"))[:4] if isinstance(t, str))
            out.append(
                f"| {_md(st.get('headline'))} | {tags} | {_corroboration(st)} | "
                f"{_md(_story_sources(st, 3))} | {_md(_fmt_time(st.get('last_at'), v.as_of))} |"
            )
        if len(v.ranked) > MAX_STORIES_TABLE:
            out.append(f"\n{len(v.ranked) - MAX_STORIES_TABLE:,} lower-ranked stories left out.")
    out.append("")
    return "\n".join(out)


# ------------------------------------------------------------------ files and a small command line


def write_report(situation: dict[str, Any], path: str | Path, fmt: str | None = None, **kw: Any) -> Path:
    """Write the report to `path`: HTML, or Markdown for fmt='md' or a .md/.markdown name."""
    p = Path(path)
    kind = fmt or ("md" if p.suffix.lower() in (".md", ".markdown") else "html")
    text = render_markdown(situation, **kw) if kind == "md" else render_html(situation, **kw)
    p.write_text(text, encoding="utf-8")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m workers.report [--html FILE] [--md FILE] [SITUATION.json|-]`."""
    ap = argparse.ArgumentParser(prog="python -m workers.report", description="Render a situation JSON.")
    ap.add_argument("situation", nargs="?", default="-", help="situation JSON file, or - for stdin")
    ap.add_argument("--html", dest="html_out", help="write the HTML page here")
    ap.add_argument("--md", dest="md_out", help="write Markdown here")
    ap.add_argument("--title", default="sitrep")
    args = ap.parse_args(argv)
    raw = sys.stdin.read() if args.situation == "-" else Path(args.situation).read_text(encoding="utf-8")
    try:
        sit = json.loads(raw)
    except ValueError as e:
        print(f"not a situation JSON: {e}", file=sys.stderr)
        return 1
    if not args.html_out and not args.md_out:
        sys.stdout.write(render_markdown(sit, title=args.title))
    if args.html_out:
        write_report(sit, args.html_out, "html", title=args.title)
    if args.md_out:
        write_report(sit, args.md_out, "md", title=args.title)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
