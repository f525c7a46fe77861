"""Duplicate and story decisions: pure functions of two updates' features.

A worker looks up the known updates that could matter (same exact text, a
shared LSH band, the same place and event type, the neighbour in a live blog)
and these rules decide, for each pair, whether they repeat each other or tell
the same story. Decisions are symmetric and made by whichever of the two is
analysed second, so the set of links does not depend on delivery order.
"""

from __future__ import annotations

import re
from datetime import datetime

import msgspec

from events.schema import (
    Classification,
    DuplicateDecided,
    Enrichment,
    StoryLink,
    StoryLinked,
    UpdatePublished,
)
from workers.stages.dedup import NEAR_THRESHOLD, Fingerprint, shingle_jaccard

STORY_VERSION = "stories/1"
# A candidate that agrees on places and figures, within the window, repeats the
# other at this exact shingle similarity: lower than the LSH design point
# (NEAR_THRESHOLD), because light rewrites of wire copy score 0.6-0.7 and the
# guards already rule out update chains and other places.
NEAR_DECISION = min(NEAR_THRESHOLD, 0.6)
FIGURE_WINDOW_S = 24 * 3600

# Labels that say how something was said, not what happened.
NEUTRAL = frozenset({"statement", "other"})
# Coarse families: a paragraph that names no place of its own continues its
# neighbour's story only within the same family.
FAMILY = {
    **dict.fromkeys(
        (
            "armed_clash", "territorial_control", "air_drone_strike", "shelling_missile", "explosion",
            "attack_on_civilians", "air_defense", "force_movement", "infrastructure_damage",
            "casualty_report", "arrest_detention", "humanitarian", "air_raid_alert", "civil_measure",
        ),
        "security",
    ),
    "negotiations": "politics",
    "sanctions_aid": "politics",
    "protest": "society",
    "cyber": "cyber",
}  # fmt: skip


class Features(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """What the pair rules need to know of an update; kept in the windowed index."""

    id: str
    t: float  # event time, epoch seconds
    source: str
    title: str | None = None
    prev: str | None = None
    thread: str | None = None  # the live blog it came from
    places: tuple[str, ...] = ()  # specific (city or region) place ids
    labels: tuple[str, ...] = ()  # non-neutral labels
    exact: str = ""
    bands: tuple[str, ...] = ()  # LSH bands: only a shared band makes a near-duplicate candidate
    norm: str = ""  # normalised text, for the exact similarity check
    killed: int | None = None
    injured: int | None = None
    episode: str | None = None  # an alert's end names its start
    countries: tuple[str, ...] = ()  # every country its places are in
    numbers: tuple[str, ...] = ()  # distinctive figures in the text ("47", "7.8")


features_encoder = msgspec.json.Encoder()
features_decoder = msgspec.json.Decoder(Features)


def _epoch(when: datetime) -> float:
    return when.timestamp()


def make_features(
    update: UpdatePublished, enrichment: Enrichment, classification: Classification, fp: Fingerprint | None
) -> Features:
    places = tuple(sorted({p.id for p in enrichment.places if p.precision != "country"}))
    labels = tuple(sorted({lab.label for lab in classification.types} - NEUTRAL))
    killed = injured = None
    for figure in enrichment.figures:
        if figure.cumulative:
            continue
        if figure.killed is not None:
            killed = max(killed or 0, figure.killed)
        if figure.injured is not None:
            injured = max(injured or 0, figure.injured)
    thread = update.via or (update.source if update.prev is not None or update.title else None)
    countries = tuple(sorted({p.country for p in enrichment.places if p.country}))
    return Features(
        id=update.id,
        t=_epoch(update.published_at),
        source=update.source,
        title=update.title,
        prev=update.prev,
        thread=thread,
        places=places,
        labels=labels,
        exact=fp.exact if fp else "",
        bands=tuple(fp.bands) if fp else (),
        norm=fp.norm if fp else "",
        killed=killed,
        injured=injured,
        episode=update.alert.episode if update.alert else None,
        countries=countries,
        numbers=() if update.alert else distinctive_numbers(update.text),
    )


_NUMBER = re.compile(r"(?<![\d.,:/])\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?![\d])|(?<![\d.,:/])\d+(?:[.,]\d+)?(?![\d:/])")


def distinctive_numbers(text: str) -> tuple[str, ...]:
    """Figures that can tie two reports of one event across languages: "47", "7.8", "2,000".

    Single digits, years and clock times are too common to mean anything.
    """
    out: set[str] = set()
    for match in _NUMBER.finditer(text):
        raw = match.group()
        if re.fullmatch(r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+", raw):
            value = re.sub(r"\D", "", raw)  # 2,000 / 2 000 / 2.000
        else:
            value = raw.replace(",", ".")
        digits = value.replace(".", "")
        if len(digits) < 2 or (len(value) == 4 and value.isdigit() and 1900 <= int(value) <= 2100):
            continue
        out.add(value)
    return tuple(sorted(out))


def buckets(f: Features) -> list[str]:
    """Index buckets that find same-place same-type, and same-figure same-country, candidates."""
    return [f"{place}|{label}" for place in f.places for label in f.labels] + [
        f"n{number}|{country}" for number in f.numbers for country in f.countries
    ]


def _families(labels: tuple[str, ...]) -> set[str]:
    return {FAMILY.get(label, label) for label in labels}


def _earlier(a: Features, b: Features) -> bool:
    return (a.t, a.id) < (b.t, b.id)


def _figures_differ(a: Features, b: Features) -> bool:
    """An update chain ("one killed", later "three killed"): not a repeat."""
    return (a.killed is not None and b.killed is not None and a.killed != b.killed) or (
        a.injured is not None and b.injured is not None and a.injured != b.injured
    )


def _places_differ(a: Features, b: Features) -> bool:
    """One template about two places ("alert in Kyiv", "alert in Lviv") is two updates."""
    return bool(a.places) and bool(b.places) and not set(a.places) & set(b.places)


def duplicate_score(u: Features, x: Features, window_s: float) -> tuple[str, float]:
    """('exact'|'near'|'none', similarity) of u against x."""
    if abs(u.t - x.t) > window_s or _figures_differ(u, x) or _places_differ(u, x):
        return "none", 0.0
    if u.exact and u.exact == x.exact:
        return "exact", 1.0
    if u.norm and x.norm and not set(u.bands).isdisjoint(x.bands):
        # LSH only proposed the candidate; the decision is on the exact similarity.
        score = shingle_jaccard(u.norm, x.norm)
        if score >= NEAR_DECISION:
            return "near", score
    return "none", 0.0


def thread_link(u: Features, x: Features) -> bool:
    """Neighbours in a live blog under one heading tell one story when they agree on what happened."""
    if x.id == u.prev:
        later, earlier = u, x
    elif u.id == x.prev:
        later, earlier = x, u
    else:
        return False
    if later.title != earlier.title:
        return False
    if set(later.labels) & set(earlier.labels):
        return True
    # "The city", "the delegation": a paragraph that names no place of its own
    # goes on with its neighbour, unless it turns to another kind of event.
    if later.places:
        return False
    fam_later, fam_earlier = _families(later.labels), _families(earlier.labels)
    return not fam_later or not fam_earlier or bool(fam_later & fam_earlier)


def place_link(u: Features, x: Features, window_s: float) -> bool:
    """The same kind of event at the same place, close in time, is one story across sources."""
    if abs(u.t - x.t) > window_s:
        return False
    if not (set(u.places) & set(x.places)) or not (set(u.labels) & set(x.labels)):
        return False
    # Within one live blog, sections are the author's own grouping.
    return not (u.thread is not None and u.thread == x.thread and u.title != x.title)


def figure_link(u: Features, x: Features, window_s: float) -> bool:
    """The same distinctive figure in the same country within a day is one event, in any language."""
    return (
        abs(u.t - x.t) <= window_s
        and bool(set(u.numbers) & set(x.numbers))
        and bool(set(u.countries) & set(x.countries))
        and not (u.thread is not None and u.thread == x.thread and u.title != x.title)
    )


def decide(
    update_id: str, u: Features, candidates: list[Features], *, dedup_window_s: float, story_window_s: float
) -> tuple[DuplicateDecided, StoryLinked]:
    """The duplicate decision and story links of u against the known candidates."""
    others = sorted((c for c in candidates if c.id != u.id), key=lambda c: (c.t, c.id))
    best: tuple[str, float, Features] | None = None
    links: dict[str, StoryLink] = {}
    for x in others:
        method, score = duplicate_score(u, x, dedup_window_s)
        if method != "none":
            if best is None or (method == "exact" and best[0] != "exact") or (method == best[0] and score > best[1]):
                best = (method, score, x)
            links[x.id] = StoryLink(other=x.id, reason="duplicate", score=round(score, 3))
        elif thread_link(u, x):
            links[x.id] = StoryLink(other=x.id, reason="same-thread")
        elif place_link(u, x, story_window_s):
            links[x.id] = StoryLink(other=x.id, reason="same-place-and-type")
        elif figure_link(u, x, FIGURE_WINDOW_S):
            links[x.id] = StoryLink(other=x.id, reason="same-figure")
    if u.episode and u.episode not in links:
        links[u.episode] = StoryLink(other=u.episode, reason="alert-episode")
    if best is None:
        dup = DuplicateDecided(update_id=update_id, method="none", stage_version=STORY_VERSION)
    else:
        dup = DuplicateDecided(
            update_id=update_id, method=best[0], matched=best[2].id, score=round(best[1], 3),  # type: ignore[arg-type]
            stage_version=STORY_VERSION,
        )  # fmt: skip
    story = StoryLinked(update_id=update_id, links=sorted(links.values(), key=lambda s: s.other), stage_version=STORY_VERSION)
    return dup, story
