"""Plain-text views of the situation and status for a terminal.

Feed text is shown as text: control characters are escaped so a feed can
never move the cursor, recolour the terminal or inject markup.
"""

from __future__ import annotations

import re
from typing import Any

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: Any) -> str:
    """Feed text made inert for a terminal."""
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))


def _figures(d: dict[str, Any]) -> str:
    """ "killed 5, injured 12", with only the figures reported (an unknown figure is no zero)."""
    return ", ".join(f"{k} {d[k]:,}" for k in ("killed", "injured") if d.get(k) is not None)


def _sources(story: dict[str, Any]) -> str:
    """Who carried it and whom it cited, each once ("Reuters" may be both)."""
    return ", ".join(safe(s) for s in dict.fromkeys(story.get("sources", []) + story.get("cited", [])))


def situation_text(sit: dict[str, Any], *, max_stories: int = 20, max_places: int = 25) -> str:
    c = sit["counts"]
    lines = [
        f"Situation as of {sit.get('as_of') or '-'}",
        f"  {c['updates']} updates, {c['duplicates']} duplicates, {c['stories']} stories, {c['rejected']} rejected",
        "",
    ]
    neg = sit.get("negotiations") or {}
    if neg.get("status") or neg.get("latest"):
        venue = f" (venue: {safe(neg['venue'])})" if neg.get("venue") else ""
        lines.append(f"Talks: {neg.get('status') or 'mentioned'}{venue}")
        history = " -> ".join(h["status"] for h in neg.get("history", []))
        if history:
            lines.append(f"  history: {history}")
        if neg.get("latest"):
            lines.append(f"  latest: {safe(neg['latest']['headline'])}")
        lines.append("")
    cas = sit.get("casualties") or {}
    if cas.get("killed") is not None or cas.get("injured") is not None:
        lines.append(f"Casualties reported: {_figures(cas)}")
        stories_by_id = {st["id"]: st for st in sit.get("stories", [])}
        for item in cas.get("by_story", [])[:10]:
            lines.append(f"  story {item['story']}: {_figures(item)} ({_sources(stories_by_id.get(item['story'], {}))})")
        lines.append("")
    active = [a for a in sit.get("alerts", []) if a.get("active")]
    lines.append(f"Active alerts: {len(active)} of {len(sit.get('alerts', []))} places with alerts")
    for alert in active[:30]:
        lines.append(f"  ! {safe(alert['name'])} since {alert['since']}")
    lines.append("")
    stories = sit.get("stories", [])
    lines.append(f"Stories ({len(stories)}, newest first):")
    for story in stories[:max_stories]:
        types = ", ".join(story["types"][:3])
        places = ", ".join(safe(p) for p in story.get("place_names", [])[:4])
        lines.append(f"  [{story['last_at']}] {safe(story['headline'])}")
        figures = _figures(story.get("casualties") or {})
        lines.append(
            f"      {types} | {places or '-'} | {len(story['updates'])} updates, "
            f"sources: {_sources(story)}{'; ' + figures if figures else ''}"
        )
    if len(stories) > max_stories:
        lines.append(f"  ... and {len(stories) - max_stories} more")
    lines.append("")
    places = sit.get("places", [])
    lines.append(f"Places ({len(places)}):")
    for place in places[:max_places]:
        lines.append(
            f"  {safe(place['name'])} [{place['id']}] {place['lat']:.3f},{place['lon']:.3f}: "
            f"{', '.join(place['types'][:4])} (last {place['last_at']})"
        )
    if len(places) > max_places:
        lines.append(f"  ... and {len(places) - max_places} more")
    return "\n".join(lines)


def status_text(st: dict[str, Any]) -> str:
    lines = ["Streams:"]
    for name, info in st["streams"].items():
        lines.append(f"  {name}: {info['length']} entries (last {info['last_id']})")
    lines.append("Consumer groups:")
    for g in st["groups"] or [{"group": "-", "stream": "-", "lag": 0, "pending": 0, "consumers": 0}]:
        lines.append(f"  {g['stream']} / {g['group']}: lag {g['lag']}, pending {g['pending']}, consumers {g['consumers']}")
    q = st["queue"]
    lines.append(f"RQ queue {q['name']}: {q['queued']} queued, {q['started']} started, {q['failed']} failed")
    lines.append(f"Dead letters: {st['dead_letters']}")
    p = st["projector"]
    lines.append(
        f"Projector: generation {p['generation']} ({p.get('fold_version') or 'none yet'}), checkpoint {p['checkpoint']}, "
        f"{'at least ' if p.get('behind_at_least') else ''}{p['behind']} entries behind, "
        f"as of {p['as_of']}, lease {p['lease'] or 'free'}"
    )
    m = st["model"]
    lines.append(f"Read model: {m['updates']} updates, {m['stories']} stories, {m['duplicates']} duplicates")
    c = st["counters"]
    lines.append(
        f"Producer: {c.get('published', 0)} published, {c.get('already', 0)} already there, {c.get('rejected', 0)} rejected"
    )
    s = st["server"]
    lines.append(
        f"Server: memory {s['used_memory']} (max {s['maxmemory']}, policy {s['maxmemory_policy']}), "
        f"AOF {'on' if s['aof_enabled'] else 'off'} ({s['appendfsync']})"
    )
    return "\n".join(lines)
