"""Duplicate and story decisions: pure functions of two updates' features.

A worker looks up the known updates that could matter (same exact text, a
shared LSH band, the same place, figure or unresolved name, the same phase of
talks, the neighbour in a live blog; for a report named at no city or region,
the same actor or country) and these rules decide, for each pair, whether
they repeat each other or tell the same story. Two reports tell one story when
their evidence (`story_score`: place, event type, kind of disaster, people,
figures, names, time) reaches one threshold and nothing rules it out (other
cities, other countries, another phase of talks, an alert against a strike).
Decisions are symmetric and made by whichever of the two is analysed second,
so the set of links does not depend on delivery order.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from itertools import accumulate

import msgspec

from events.schema import (
    Classification,
    DuplicateDecided,
    Enrichment,
    StoryLink,
    StoryLinked,
    UpdatePublished,
)
from workers.stages.classify import LEXICON_OF
from workers.stages.classify import THRESHOLD as RULED
from workers.stages.dedup import NEAR_THRESHOLD, Fingerprint, norm_jaccard
from workers.stages.lang import read_as
from workers.stages.textnorm import DATA_DIR

STORY_VERSION = "stories/14"  # 14: Somali hazards; 13: Amharic hazards; 12: Pashto hazards; 11: Estonian, Latvian and Tagalog hazards; 10: kinds of disaster in every lexicon's language; 9: a paragraph naming no disaster takes its heading's
# A candidate that agrees on places and figures, within the window, repeats the
# other at this exact shingle similarity: lower than the LSH design point
# (NEAR_THRESHOLD), because light rewrites of wire copy score 0.6-0.7 and the
# guards already rule out update chains and other places.
NEAR_DECISION = min(NEAR_THRESHOLD, 0.6)

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
# Finer families for story links between reports: a strike and the fire or
# damage it caused are one event; fighting and who holds the town are one; an
# air-raid alert is an episode of its own, never the strike it warned of.
EVENT_FAMILY = {
    **dict.fromkeys(("armed_clash", "territorial_control", "force_movement"), "ground"),
    **dict.fromkeys(
        ("air_drone_strike", "shelling_missile", "explosion", "attack_on_civilians", "air_defense",
         "infrastructure_damage", "casualty_report"),
        "strike",
    ),
    **dict.fromkeys(("humanitarian", "civil_measure"), "civil"),
    **dict.fromkeys(("protest", "arrest_detention"), "protest"),
    "air_raid_alert": "alert",
    "negotiations": "talks",
    "sanctions_aid": "sanctions",
    "cyber": "cyber",
}  # fmt: skip
ALERT = "air_raid_alert"
# Talks go through separate events (an offer, a refusal, an agreement to meet,
# the meeting); a round that is held and then ends is one event.
NEGOTIATION_PHASE = {
    "proposed": "proposed", "rejected": "rejected", "agreed": "agreed", "scheduled": "agreed",
    "held": "held", "concluded": "held",
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
    main_place: str | None = None  # the first place named (not a country): where it happened
    exact: str = ""
    bands: tuple[str, ...] = ()  # LSH bands: only a shared band makes a near-duplicate candidate
    norm: str = ""  # normalised text, for the exact similarity check
    killed: int | None = None
    injured: int | None = None
    episode: str | None = None  # an alert's end names its start
    countries: tuple[str, ...] = ()  # every country its places are in
    numbers: tuple[str, ...] = ()  # distinctive figures in the text ("47", "7.8")
    people: tuple[str, ...] = ()  # actor ids of named people
    orgs: tuple[str, ...] = ()  # actor ids of organisations (states are covered by countries)
    names: tuple[str, ...] = ()  # script-independent keys of names the enricher did not resolve
    place_names: tuple[str, ...] = ()  # the same keys of the words that named its places
    phase: str | None = None  # the phase of talks it reports (NEGOTIATION_PHASE)
    lang: str = ""
    hazards: tuple[str, ...] = ()  # kinds of disaster it names ("quake", "flood"): HAZARDS


features_encoder = msgspec.json.Encoder()
features_decoder = msgspec.json.Decoder(Features)


def _epoch(when: datetime) -> float:
    return when.timestamp()


def make_features(
    update: UpdatePublished, enrichment: Enrichment, classification: Classification, fp: Fingerprint | None
) -> Features:
    named = sorted((p for p in enrichment.places if p.precision != "country"), key=lambda p: p.start)
    places = tuple(sorted({p.id for p in named}))
    # a denial that a strike happened is about the strike: it belongs to its story
    about = classification.claim.about if classification.claim else []
    # a model's guess where the rules found nothing (scored under RULED) is no evidence of the same event
    ruled = {lab.label for lab in classification.types if lab.score >= RULED}
    labels = tuple(sorted((ruled | set(about)) - NEUTRAL))
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
    status = classification.negotiation_status
    return Features(
        id=update.id,
        t=_epoch(update.published_at),
        source=update.source,
        title=update.title,
        prev=update.prev,
        thread=thread,
        places=places,
        labels=labels,
        main_place=named[0].id if named else None,
        exact=fp.exact if fp else "",
        bands=tuple(fp.bands) if fp else (),
        norm=fp.norm if fp else "",
        killed=killed,
        injured=injured,
        episode=update.alert.episode if update.alert else None,
        countries=countries,
        numbers=() if update.alert else distinctive_numbers(update.text),
        people=tuple(sorted({a.id for a in enrichment.actors if a.kind == "person"})),
        orgs=tuple(sorted({a.id for a in enrichment.actors if a.kind == "org"})),
        names=() if update.alert else name_keys(update.text, enrichment, update.source),
        hazards=()
        if update.alert
        else hazard_kinds(update.text, enrichment.lang) or hazard_kinds(update.title or "", enrichment.lang),
        place_names=place_name_keys(enrichment),
        phase=NEGOTIATION_PHASE.get(status) if status else None,
        lang=enrichment.lang,
    )


# A digit first (sre then skips to the digits), not after a figure, a time or a
# date; a number with groups of thousands (group 1) or a plain one.
_NUMBER = re.compile(
    r"(?=\d)(?<![\d.,:/])(?:(\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+)(?!\d)|\d+(?:[.,]\d+)?(?![\d:/]))"
)
_NOT_DIGIT = re.compile(r"\D")


def distinctive_numbers(text: str) -> tuple[str, ...]:
    """Figures that can tie two reports of one event across languages: "47", "7.8", "2,000".

    Single digits, years and clock times are too common to mean anything.
    """
    out: set[str] = set()
    for match in _NUMBER.finditer(text):
        grouped = match.group(1)
        # 2,000 / 2 000 / 2.000 are one figure; 7,8 is 7.8
        value = _NOT_DIGIT.sub("", grouped) if grouped else match.group().replace(",", ".")
        digits = value.replace(".", "")
        if len(digits) < 2 or (len(value) == 4 and value.isdigit() and 1900 <= int(value) <= 2100):
            continue
        out.add(value)
    return tuple(sorted(out))


# ---------------------------------------------------------------- name keys
# A name the gazetteer does not know (a hospital, a mountain, a small town, a
# storm) is written "al-Ahli", "Аль-Ахлі" and "αλ-Άχλι": a key of its first
# consonant classes, read the same in Latin, Cyrillic and Greek, matches across
# scripts and survives case endings (Хартумі, Хартуме, Khartoum -> KRT).

# Letters (and digraphs, longest first) to classes: K velars and h, C affricates,
# S sibilants, T dentals, P labials, M N L R; "" for vowels and glides. Scripts
# without case (Arabic, Hebrew, Han) have no capitalised names to find.
_CLASSES = {
    **dict.fromkeys(("kh", "gh", "ck", "k", "g", "h", "q", "c", "к", "г", "ґ", "х", "κ", "γ", "χ"), "K"),
    **dict.fromkeys(("ch", "tch", "ts", "tz", "j", "ч", "ц", "дж", "ћ", "ђ", "џ", "τσ", "τζ"), "C"),
    **dict.fromkeys(("sh", "zh", "s", "z", "ш", "щ", "ж", "с", "з", "σ", "ς", "ζ"), "S"),
    **dict.fromkeys(("th", "t", "d", "т", "д", "τ", "δ", "θ"), "T"),
    **dict.fromkeys(("ph", "p", "b", "f", "v", "w", "п", "б", "ф", "в", "π", "β", "φ"), "P"),
    "x": "KS", "ξ": "KS", "ψ": "PS",
    **dict.fromkeys(("m", "м", "μ"), "M"),
    **dict.fromkeys(("n", "н", "ν"), "N"),
    **dict.fromkeys(("l", "ł", "л", "љ", "λ"), "L"),
    **dict.fromkeys(("r", "р", "ρ"), "R"),
    "њ": "N",
}  # fmt: skip
# one token a letter, or a digraph, longest first
_LETTER = re.compile(
    "|".join(sorted((re.escape(k) for k in _CLASSES if len(k) > 1), key=len, reverse=True)) + "|.", re.S
)
_VOWELS = frozenset("aeiouyаеєиіїоуюяыэёαεηιουω")
_REPEAT = re.compile(r"(.)\1+")
# Greek writes b, d and g as μπ, ντ and γκ at the start of a word (Μπέλγκοροντ).
_GREEK_INITIAL = {"μπ": "P", "ντ": "T", "γκ": "K"}
_NAME_CLASSES = 3  # classes a key needs, and the part of it the index looks up
_NAME_KEEP = 4  # classes kept: "Одеському" (VTSK) meets "Odesa" (VTS), Харковом meets Харьковской (KRKP)
_WORD = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011'’][^\W\d_]+)*")
# A capitalised word of any cased script, with a short lowercase particle
# before it ("al-Ahli", "αλ-Άχλι", "d'Azur"); built once from Unicode's own
# case data so that no script is left out.
_UPPER = "".join(re.escape(chr(c)) for c in range(0x10000) if chr(c).isupper())
_NAME = re.compile(
    rf"(?<![\w\-\u2010\u2011'’])(?:[^\W\d_]{{1,3}}[-\u2010\u2011'’])?[{_UPPER}][^\W\d_]*(?:[-\u2010\u2011'’][^\W\d_]+)*"
)
# English capitalises these though they name no place or party.
_COMMON = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
))  # fmt: skip


# An acronym's key: its letters after a mark no consonant class uses, so it meets only itself.
_ACRONYM = "="
_ACRONYM_MIN = 3
# An outlet's key: its name, closed, so that "RT" does not meet "RTL". Not an index key:
# every third report cites Reuters or TASS, a bucket of them would hold the whole feed.
_OUTLET = "#"


@lru_cache(maxsize=65536)
def _phonetic(word: str) -> str:
    """The consonant-class skeleton of a word, with V for a vowel at its start."""
    w = unicodedata.normalize("NFD", word.lower())
    w = "".join(ch for ch in w if ch.isalpha() and not unicodedata.combining(ch))
    if not w:
        return ""
    head = "V" if w[0] in _VOWELS else ""
    if w[:2] in _GREEK_INITIAL:
        head += _GREEK_INITIAL[w[:2]]
        w = w[2:]
    key = head + "".join(_CLASSES.get(t, "") for t in _LETTER.findall(w))
    return _REPEAT.sub(r"\1", key)  # Odessa = Odesa, γκ = g


# ---------------------------------------------------------------- hazards
# The taxonomy types what people do (a strike, an evacuation, aid), not what
# nature does: "a 6.3 quake struck near Herat" has no type of its own, and
# "2,000 killed in the Herat quakes" is typed by its toll. The kind of disaster
# named in both is what ties the two. Stems, matched at the start of a word in
# the casefolded text (Greek with or without its accents); "fire" alone is left
# out (ceasefire, to open fire), and "storm" as a verb (protesters stormed parliament).
HAZARDS = {
    "quake": r"earthquake|quake|tremor|magnitude|richter|σεισμ|ρ[ιί]χτερ|землетрус|землетрясен|магнітуд|магнитуд",
    "flood": r"flood|inundat|πλημμ[υύ]ρ|повін|повен|підтоп|затоп|наводнен|паводк|паводо|подтоп",
    "fire": r"wildfire|forest fire|bushfire|blaze|πυρκαγι|φωτι[αάεέσ]|пожеж|пожар",
    "storm": (
        r"storms?\b|hurricane|cyclone|typhoon|καταιγ[ιί]δ|κακοκαιρ[ιί]|κυκλ[ωώ]ν|τυφ[ωώ]ν|шторм|бур[яіие]\b"
        r"|циклон|ураган|тайфун"
    ),
}  # fmt: skip
_HAZARD = re.compile("|".join(rf"(?P<{kind}>(?<!\w)(?:{stems}))" for kind, stems in HAZARDS.items()))
_ANY_HAZARD = re.compile("|".join(HAZARDS.values()))  # a third of the cost: most texts name none


def _language_hazards() -> dict[str, re.Pattern[str]]:
    """Each language's own words for the kinds of disaster (workers/data/hazards.json), one pattern a language."""
    with open(DATA_DIR / "hazards.json", encoding="utf-8") as f:
        table = msgspec.json.decode(f.read())
    anywhere = set(table.pop("_no_boundary"))
    out: dict[str, re.Pattern[str]] = {}
    for lang, kinds in table.items():
        if lang.startswith("_"):
            continue  # comments
        start = "" if lang in anywhere else r"(?<!\w)"
        out[lang] = re.compile(
            "|".join(rf"(?P<{kind}>{start}(?:{'|'.join(words)}))" for kind, words in kinds.items() if kind in HAZARDS)
        )
    return out


_LANGUAGE_HAZARD = _language_hazards()


def hazard_kinds(text: str, lang: str = "") -> tuple[str, ...]:
    """The kinds of disaster a text names: the core four's words in any text, its own language's too.

    A paragraph that names none takes its heading's (`features`): the paragraphs of a live blog
    under "Землетрус у Туреччині" are about that quake."""
    folded = text.casefold()
    kinds = {m.lastgroup for m in _HAZARD.finditer(folded) if m.lastgroup} if _ANY_HAZARD.search(folded) else set()
    own = _LANGUAGE_HAZARD.get(LEXICON_OF.get(code := read_as(lang), code)) if lang else None
    if own is not None:
        kinds.update(m.lastgroup for m in own.finditer(folded) if m.lastgroup)
    return tuple(sorted(kinds))


def place_name_keys(enrichment: Enrichment) -> tuple[str, ...]:
    """Keys of the words that named its cities and regions: "Homs" resolved here meets "Хомсе" unresolved there."""
    out = {
        key[:_NAME_KEEP]
        for p in enrichment.places
        if p.precision != "country"
        for word in _WORD.findall(p.matched)
        if len(key := _phonetic(word)) >= _NAME_CLASSES
    }
    return tuple(sorted(out))


def name_keys(text: str, enrichment: Enrichment, own_source: str = "") -> tuple[str, ...]:
    """Keys of the capitalised words inside sentences that name no resolved place, actor or source,
    and of the outlets the text names other than its own.

    Forms of resolved names ("Russian" where Russia or Russian forces were
    found) are left out: they are compared by id. An outlet named in the text
    is what the news is about ("the EU bans RT and Sputnik") or whom it cites
    (Reuters behind two reports of one event): either way the two share it.
    """
    spans = [(p.start, p.end) for p in enrichment.places] + [(a.start, a.end) for a in enrichment.actors]
    resolved = _Spans([(s, e) for s, e in spans + [(s.start, s.end) for s in enrichment.sources] if e > s])
    known = {
        key[:_NAME_CLASSES]
        for name in [p.name for p in enrichment.places] + [a.name for a in enrichment.actors]
        for word in _WORD.findall(name)
        if len(key := _phonetic(word)) >= 2
    }
    out: set[str] = {
        _OUTLET + src.name + _OUTLET for src in enrichment.sources if src.kind == "cited" and src.name != own_source
    }
    for match in _NAME.finditer(text):
        word = match.group()
        acronym = word.isupper()
        if acronym and len(word) < _ACRONYM_MIN:
            continue  # "US", "EU": too short to tell anything apart
        i = match.start() - 1
        while i >= 0 and text[i] in " \t\"'«“„(":
            i -= 1
        if i < 0 or text[i] in ".!?…\n" or word.lower() in _COMMON:
            continue  # the first word of a sentence, a weekday
        if resolved.overlap(match.start(), match.end()):
            continue
        if acronym:
            # written the same in every language's text ("SWIFT", "RSF" in Cyrillic prose): itself the key
            out.add(_ACRONYM + word)
            continue
        key = _phonetic(word)
        if len(key) >= _NAME_CLASSES and key[:_NAME_CLASSES] not in known:
            out.add(key[:_NAME_KEEP])
    return tuple(sorted(out))


class _Spans:
    """Character spans of resolved names, asked whether a word overlaps one: a text's two dozen
    capitalised words against its dozen spans, by bisection rather than pair by pair."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: list[tuple[int, int]]):
        spans.sort()
        self.starts = [s for s, _ in spans]
        self.ends = list(accumulate((e for _, e in spans), max))  # the furthest end of the spans so far

    def overlap(self, start: int, end: int) -> bool:
        """Some span starts before `end` and ends after `start`."""
        i = bisect_left(self.starts, end)
        return i > 0 and self.ends[i - 1] > start


def buckets(f: Features) -> list[str]:
    """Index keys under which the updates that may tell the same story meet."""
    keys = [f"@{place}" for place in f.places]
    keys += [f"n{number}|{country}" for number in f.numbers for country in f.countries]
    keys += [f"k{name[:_NAME_CLASSES]}" for name in (*f.names, *f.place_names) if name[0] != _OUTLET]
    if not f.places:
        # a report named at no city or region meets others by who acted
        # (W_ACTOR_ANCHOR) and by its countries (a country-wide toll chain)
        keys += [f"a{actor}" for actor in (*f.people, *f.orgs)]
        keys += [f"c{country}" for country in f.countries]
    if f.phase:
        keys.append(f"t{f.phase}")
    return sorted(set(keys))


def _families(labels: tuple[str, ...]) -> set[str]:
    return {FAMILY.get(label, label) for label in labels}


def _figures_differ(a: Features, b: Features) -> bool:
    """An update chain ("one killed", later "three killed"): not a repeat."""
    return (a.killed is not None and b.killed is not None and a.killed != b.killed) or (
        a.injured is not None and b.injured is not None and a.injured != b.injured
    )


def _places_differ(a: Features, b: Features) -> bool:
    """One template about two places ("alert in Kyiv", "alert in Lviv") is two updates.

    Each names a place the other does not: a place swapped, even when both also
    name a third ("no comment from Moscow"); a place only dropped or added is an edit.
    """
    if not a.places or not b.places:
        return False
    places = set(a.places)
    return not (places.issubset(b.places) or places.issuperset(b.places))


def duplicate_score(u: Features, x: Features, window_s: float) -> tuple[str, float]:
    """('exact'|'near'|'none', similarity) of u against x."""
    return _duplicate_score(u, x, window_s, frozenset(u.bands))


def _duplicate_score(u: Features, x: Features, window_s: float, u_bands: frozenset[str]) -> tuple[str, float]:
    """duplicate_score with u's bands as a set, built once per update rather than once per candidate."""
    exact = bool(u.exact) and u.exact == x.exact
    # only candidates found by their text carry it (the index strips it from the others)
    if not exact and not (u.norm and x.norm):
        return "none", 0.0
    if abs(u.t - x.t) > window_s or _figures_differ(u, x) or _places_differ(u, x):
        return "none", 0.0
    if exact:
        return "exact", 1.0
    if not u_bands.isdisjoint(x.bands):
        # LSH only proposed the candidate; the decision is on the exact similarity.
        score = norm_jaccard(u.norm, x.norm)
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


# Evidence that two updates report one event, in points; STORY_THRESHOLD links
# them. A shared city with a shared event type is enough on its own; weaker
# signals (a shared country, a person, an unresolved name, a figure) need each other.
W_PLACE = 2.0  # the same city or region, or the name of one's place unresolved in the other
W_COUNTRY = 0.5  # only the same country
W_LABEL = 1.0  # a shared event type
W_LABELS = 1.5  # two or more shared event types
W_FAMILY = 0.5  # kinds of event of one family (a strike and the fire it caused)
W_UNKNOWN = 0.5  # one says nothing of what happened: nothing against it either
W_OTHER_FAMILY = -1.0  # kinds of event of different families (talks against a strike)
W_PHASE = 1.5  # the same phase of talks
W_PERSON = 1.0
W_ORG = 0.5
# A decision, a sanction, an order named at no place ("the EU closes its
# airspace", "Putin orders deterrence forces on alert"): who acted stands in for
# where, when the two agree on what happened and come out within the hour.
W_ACTOR_ANCHOR = 1.5
W_NUMBER = 2.5  # the same distinctive figure ("47", "1,700")
W_TOLL = 1.0  # the same toll written in words ("three killed", "τρεις νεκροί")
W_RISING = 1.0  # at one place, the later states a higher toll ("22 killed", then "47")
W_NAME = 1.0  # each shared name that no gazetteer resolved (a hospital, a storm)
MAX_NAMES = 2
# the same kind of disaster named in both (HAZARDS): one more shared type, as W_LABELS to W_LABEL
W_HAZARD = 0.5
W_SOON = 0.5  # within the hour, when the first reports of an event come out
SOON_S = 3600.0
STORY_THRESHOLD = 3.0
# An update chain can run for a day ("22 killed", next morning "47"): beyond the
# story window, up to LATER_FACTOR times it, a link needs more evidence.
LATER_FACTOR = 4.0
LATER_THRESHOLD = 4.0  # and a figure must tie them (_same_toll_or_chain)
INF = float("inf")


def _meets(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if a and b:  # a handful of items each: faster than sets
        for item in a:
            if item in b:
                return True
    return False


class _NameKeys:
    """Name keys (name_keys, place_name_keys) as sets, so that "one key is the start of the other" is a
    lookup: a key meets another when it is among the other's prefixes (the whole key and "" included)."""

    __slots__ = ("each", "keys", "prefixes")

    def __init__(self, keys: tuple[str, ...]):
        self.keys = frozenset(keys)
        self.each = tuple((k, frozenset(k[:i] for i in range(len(k) + 1))) for k in keys)
        self.prefixes = frozenset().union(*(prefixes for _, prefixes in self.each))

    def touch(self, other: _NameKeys) -> bool:
        """Some key of one is the start of some key of the other."""
        return not (self.prefixes.isdisjoint(other.keys) and other.prefixes.isdisjoint(self.keys))

    def meet(self, other: _NameKeys) -> int:
        """How many names the two share: equal keys, or one the start of the other (an ending).

        Counted from the side with fewer matches, so that the count is symmetric.
        """
        if not self.touch(other):
            return 0  # most pairs: nothing in common
        one = sum(
            1 for k, prefixes in self.each if k in other.prefixes or not other.keys.isdisjoint(prefixes)
        )
        if not one:
            return 0
        return min(
            one,
            sum(1 for k, prefixes in other.each if k in self.prefixes or not self.keys.isdisjoint(prefixes)),
        )


_NO_NAMES = _NameKeys(())


@lru_cache(maxsize=8192)
def _name_set(keys: tuple[str, ...]) -> _NameKeys:
    """Cached: the same few tuples of keys recur in a feed (the names of its places)."""
    return _NameKeys(keys) if keys else _NO_NAMES


def _names_meet(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """_NameKeys.meet of two tuples of keys."""
    return _name_set(a).meet(_name_set(b))


@lru_cache(maxsize=4096)
def _event_families(labels: tuple[str, ...]) -> frozenset[str]:
    return frozenset(EVENT_FAMILY.get(label, label) for label in labels)


class _Traits:
    """What the pair rules derive from one update's features, worked out once per update.

    A hundred candidates an update on a dense feed, and each update a candidate
    of a hundred others: what depends on one side alone is not worked out per pair.
    """

    __slots__ = ("alert", "f", "families", "has_city", "has_region", "main_city", "names", "place_names")

    def __init__(self, f: Features):
        self.f = f
        self.main_city = f.main_place is not None and f.main_place.startswith("geonames:")
        cities = sum(p.startswith("geonames:") for p in f.places)
        self.has_city, self.has_region = cities > 0, cities < len(f.places)
        self.alert = ALERT in f.labels
        self.families = _event_families(f.labels)
        self.place_names, self.names = _name_set(f.place_names), _name_set(f.names)


# Traits by the identity of their features: the index hands out the same
# Features objects again and again. An entry holds its Features, so no other
# object takes its id while the entry is kept. A pure cache, oldest out first.
_TRAITS: dict[int, _Traits] = {}
_TRAITS_MAX = 8192


def _traits(f: Features) -> _Traits:
    cached = _TRAITS.get(id(f))
    if cached is not None and cached.f is f:
        return cached
    traits = _Traits(f)
    if len(_TRAITS) >= _TRAITS_MAX:
        del _TRAITS[next(iter(_TRAITS))]
    _TRAITS[id(f)] = traits
    return traits


def story_score(u: Features, x: Features) -> float:
    """Points for u and x reporting the same event; -inf when something rules it out. Symmetric."""
    return _scorer(u)(x)


def _scorer(u: Features) -> Callable[[Features], float]:
    """story_score(u, ·): what depends on u alone is worked out once, for the hundred candidates of an update."""
    ut, known_traits = _traits(u), _TRAITS.get
    ul, up, uc, u_phase, u_thread, u_title = u.labels, u.places, u.countries, u.phase, u.thread, u.title
    u_alert, u_main, u_main_city, u_families = ut.alert, u.main_place, ut.main_city, ut.families
    u_places, u_countries = frozenset(up), frozenset(uc)
    u_cities, u_regions = ut.has_city, ut.has_region
    u_place_names, u_names, u_named, u_lang, u_t = ut.place_names, ut.names, bool(u.names), u.lang, u.t
    u_people, u_orgs, u_numbers = frozenset(u.people), frozenset(u.orgs), frozenset(u.numbers)
    u_hazards = frozenset(u.hazards)
    u_killed, u_injured = u.killed, u.injured
    u_toll = bool(u_killed or u_injured)

    def score_of(x: Features) -> float:
        xt = known_traits(id(x))  # _traits(x), without a call for the candidates seen before
        if xt is None or xt.f is not x:
            xt = _traits(x)
        # What rules a pair out comes first, cheapest first. An alert episode is
        # a story of its own, never the strike or the news it overlaps. Talks
        # proposed are not the talks held. Within one live blog, sections are
        # the author's own grouping.
        if (
            xt.alert != u_alert
            or (u_phase and x.phase and u_phase != x.phase)
            or (u_thread is not None and u_thread == x.thread and u_title != x.title)
        ):
            return -INF
        # The same place: the same place id; or the same name resolved to a city
        # in one and to a region in the other ("Харкові", "Харьковской области");
        # or the name of one's place unresolved in the other, which resolved none.
        # Another place rules the pair out: most candidates on a dense feed are
        # found by a figure or a name and are at another city.
        xp = x.places
        if up and xp:
            if not u_places.isdisjoint(xp):
                # each happened at a place the other names: "no comment from Moscow" in
                # reports from two cities is no shared place. A region first (northern
                # Gaza, Thessaly) may hold the other's city, which it need not name.
                # (Features of an older version have no first place: any shared place counts.)
                x_main = x.main_place
                if u_main is None or x_main is None:
                    same_place = True
                elif u_main_city and xt.main_city:
                    same_place = u_main in xp and x_main in u_places
                else:
                    same_place = u_main in xp or x_main in u_places
            else:  # one name resolved to a city here, to its region there
                same_place = u_place_names.touch(xt.place_names)
            # disjoint places: two cities, or two regions, are other places ("alert
            # in Kyiv", "alert in Lviv"); a city and a region may be one inside the other
            if not same_place and ((u_cities and xt.has_city) or (u_regions and xt.has_region)):
                return -INF
        else:
            same_place = u_place_names.touch(xt.names) or u_names.touch(xt.place_names)
        # Odesa is not Odessa TX.
        x_countries = x.countries
        if u_countries and x_countries:
            same_country = not u_countries.isdisjoint(x_countries)
            if not same_country:
                return -INF
        else:
            same_country = False
        xl = x.labels
        placeless = not up and not xp
        hazard = bool(u_hazards and x.hazards and not u_hazards.isdisjoint(x.hazards))
        if (
            placeless
            and not same_place
            and same_country
            and (uc == x_countries or hazard)
            and _same_toll_or_chain(u, x)
        ):
            # reported only country-wide (an earthquake in Morocco, fighting in
            # Sudan), and a figure ties the two: the country is the place. A
            # disaster's toll may count a neighbour too ("in Turkey and Syria").
            same_place = True
        score = W_PLACE if same_place else W_COUNTRY if same_country else 0.0
        # within one language, capitalised common words ("Ministry", every German
        # noun) meet too often; across languages a shared name is telling
        names = u_names.meet(xt.names) if u_named and x.names and u_lang != x.lang else 0
        shared = 0
        for label in ul:  # one or two: faster than a set
            shared += label in xl
        if shared:
            score += W_LABELS if shared > 1 else W_LABEL
        elif not ul or not xl:
            score += W_UNKNOWN
        else:
            score += W_OTHER_FAMILY if u_families.isdisjoint(xt.families) else W_FAMILY
        if hazard:
            score += W_HAZARD
        if u_phase and u_phase == x.phase:
            score += W_PHASE
        soon = abs(u_t - x.t) <= SOON_S
        if soon and (shared or not ul or not xl):
            # not when the types only share a family: a city hit twice in one night is two events
            score += W_SOON
        anchor = placeless and shared and soon
        if names:
            # a name no table knows ("SWIFT", a militia) is who acted, as a known actor is
            score += max(W_ACTOR_ANCHOR if anchor else 0.0, W_NAME * min(MAX_NAMES, names))
        if u_people and x.people and not u_people.isdisjoint(x.people):
            score += W_ACTOR_ANCHOR if anchor else W_PERSON
        elif u_orgs and x.orgs and not u_orgs.isdisjoint(x.orgs):
            score += W_ACTOR_ANCHOR if anchor else W_ORG
        if u_numbers and x.numbers and not u_numbers.isdisjoint(x.numbers):
            score += W_NUMBER
        elif (u_killed and u_killed == x.killed) or (u_injured and u_injured == x.injured):
            score += W_TOLL
        elif same_place and (u_toll or x.killed or x.injured) and _toll_rises(u, x):
            score += W_RISING
        return score

    return score_of


def _same_toll_or_chain(u: Features, x: Features) -> bool:
    """A figure ties the two: a shared distinctive number, the same toll, or a toll that rose."""
    return (
        _meets(u.numbers, x.numbers)
        or bool(u.killed and u.killed == x.killed)
        or bool(u.injured and u.injured == x.injured)
        or _toll_rises(u, x)
    )


def _toll_rises(u: Features, x: Features) -> bool:
    """The later of the two states a higher toll, and none lower: an update chain."""
    if not (u.killed or u.injured or x.killed or x.injured):
        return False  # most pairs: no toll on either side
    early, late = (u, x) if u.t < x.t or (u.t == x.t and u.id < x.id) else (x, u)
    # "no casualties" then "five killed" are two events more often than one
    rose = False
    for a, b in ((early.killed, late.killed), (early.injured, late.injured)):
        if a and b is not None:
            if b < a:
                return False
            rose = rose or b > a
    return rose


def decide(
    update_id: str, u: Features, candidates: list[Features], *, dedup_window_s: float, story_window_s: float
) -> tuple[DuplicateDecided, StoryLinked]:
    """The duplicate decision and story links of u against the known candidates.

    A hundred candidates a update on a dense feed: the cheap tests that rule a
    pair out come first, and candidates are not sorted (links are, at the end).
    """
    copies: list[tuple[bool, float, Features]] = []  # (exact, similarity, candidate)
    links: dict[str, StoryLink] = {}
    u_id, u_prev, u_exact, u_text = u.id, u.prev, u.exact, bool(u.norm)
    later_window = LATER_FACTOR * story_window_s
    u_bands = frozenset(u.bands)
    score_of = _scorer(u)
    # a figure on both sides is what _same_toll_or_chain looks for: most candidates have none
    u_t, u_figures = u.t, bool(u.numbers or u.killed or u.injured)
    for x in candidates:
        x_id = x.id
        if x_id == u_id:
            continue
        # only candidates found by their text carry it (the index strips it from the others)
        if (u_exact and u_exact == x.exact) or (u_text and x.norm):
            method, score = _duplicate_score(u, x, dedup_window_s, u_bands)
            if method != "none":
                copies.append((method == "exact", score, x))
                links[x_id] = StoryLink(other=x_id, reason="duplicate", score=round(score, 3))
                continue
        if (x_id == u_prev or x.prev == u_id) and thread_link(u, x):
            links[x_id] = StoryLink(other=x_id, reason="same-thread")
            continue
        gap = abs(u_t - x.t)
        if gap <= story_window_s:
            need = STORY_THRESHOLD
        elif (
            gap <= later_window
            and u_figures
            and (x.numbers or x.killed or x.injured)
            and _same_toll_or_chain(u, x)
        ):
            need = LATER_THRESHOLD
        else:
            continue
        if (score := score_of(x)) >= need:
            links[x_id] = StoryLink(other=x_id, reason="same-event", score=round(score, 2))
    if u.episode and u.episode not in links:
        links[u.episode] = StoryLink(other=u.episode, reason="alert-episode")
    if not copies:
        dup = DuplicateDecided(update_id=update_id, method="none", stage_version=STORY_VERSION)
    else:
        # an exact copy before a near one, then the most similar, then the earliest
        exact, score, x = min(copies, key=lambda c: (not c[0], -c[1], c[2].t, c[2].id))
        dup = DuplicateDecided(
            update_id=update_id, method="exact" if exact else "near", matched=x.id, score=round(score, 3),
            stage_version=STORY_VERSION,
        )  # fmt: skip
    story = StoryLinked(
        update_id=update_id, links=[links[other] for other in sorted(links)], stage_version=STORY_VERSION
    )
    return dup, story
