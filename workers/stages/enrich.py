"""The enrichment stage: language, places, actors, cited sources, quotes and casualty figures.

Pure and offline: `load_enricher()` reads the data shipped in workers/data once
per process; `Enricher.enrich(text, ...)` is a function of its arguments.
Every item carries its (start, end) offsets into `text`.

Rules worth knowing (the tests pin them):
- A country adjective names a place only with a territory noun ("λευκορωσικό
  έδαφος", "Russian territory"); with a military noun it is that country's
  armed forces ("ρωσικές δυνάμεις" -> russian_forces); with an agent noun
  (officials, delegation, government) or as a noun ("Ρώσοι", "Ukrainians") it
  is the state as an actor; otherwise only context for choosing places.
- A country name is also the state as an actor unless a locative preposition
  puts it as a location ("με τη Ρωσία" -> actor; "στην Ουκρανία" -> place only).
  Followed by a military/agent noun ("US officials") it is only the actor.
- A capital followed by a reporting or stance verb ("το Κίεβο διεμήνυσε") is a
  place and its state as an actor.
- Known outlets count as cited wherever named; an unknown name counts only
  right after a citing phrase ("according to X"); a person or body named there
  becomes a source too, under its normalised name. Links to platforms are
  embedded posts.
- A quote's speaker is the nearest person outside quotes in its sentence, else
  the nearest organisation or state; with a reporting verb but no name in the
  sentence ("«...», τόνισε."), the last person named before it, then the
  title's; else None.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from events.schema import ActorRef, Enrichment, PlaceHint, PlaceRef, QuoteRef, SourceRef
from workers.stages import lang as langmod
from workers.stages.figures import find_figures
from workers.stages.gazetteer import DATA, TITLES_BEFORE, Gazetteer, Place, load_gazetteer
from workers.stages.textnorm import TOKEN_RE, Doc, NameIndex, fold, fold_key

ENRICH_VERSION = "enrich/1"


def _folded_set(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


def _prefixes(text: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in text.split())


# Nouns after a nationality adjective: armed forces, or the state acting.
MILITARY_EXACT = _folded_set(
    "forces force troops army military soldiers servicemen tanks jets warplanes missiles missile drones drone "
    "artillery navy paratroopers units strikes strike shelling attacks attack bombardment occupiers invaders "
    "convoy column vehicles aircraft helicopters warships fleet commanders marines"
)
MILITARY_PREFIX = _prefixes(
    "δυνάμ στρατεύμ στρατ αεροσκάφ άρματ τανκ πυραύλ πύραυλ drone βομβαρδ πυροβολ αεροπορ ναυτικ επιθέσ επίθεσ "
    "οχήματ ελικόπτ πολεμικ στόλ κατοχ εισβολ "
    "військ армі солдат сил танк ракет дрон безпілот артилер авіац флот окупант окупац загарбник удар обстріл "
    "атак колон техні літак гелікоптер військовослуж "
    "войск арми солдат сил танк ракет дрон беспилот артиллер авиац флот оккупант удар обстрел атак колонн "
    "техник самолет вертолет военн"
)
AGENT_EXACT = _folded_set(
    "officials official delegation government side authorities diplomats diplomat ministry president leader "
    "leadership embassy ambassador minister negotiators prosecutors spokesman spokeswoman envoy state "
    "foreign defence defense intelligence administration parliament counterpart counterparts"
)
AGENT_PREFIX = _prefixes(
    "αντιπροσωπ αξιωματούχ κυβέρνησ πλευρ αρχές αρχών διπλωμάτ υπουργ πρόεδρ προέδρ ηγεσ πρεσβ εκπρόσωπ "
    "διαπραγματευτ μυστικ "
    "делегац посадовц посадовець уряд сторон влад дипломат міністер президент посольств посол керівництв "
    "переговорник прокуратур речник спецслужб "
    "чиновник правительств власт министер руководств переговорщик представител официальн"
)
# Prepositions that make a country name a location rather than an actor.
LOCATIVES = _folded_set(
    "in into to from across near inside within throughout at over toward towards through on via "
    "σε στη στην στο στον στα στις στους απο από προς μέσα εντός εκτός κοντά γύρω "
    "в у на до з із зі по біля під через від во из к ко около от с со"
)
ARTICLES = _folded_set("the a an η τη την το τον του της οι τα των τις τους ο")
# Reporting and stance verbs (English whole words, others by stem).
REPORT_EXACT = _folded_set(
    "said says say told tells added adds stressed noted warned stated wrote writes tweeted posted declared "
    "announced insisted claimed asked explained signalled signaled rejected denied accused demanded "
    "responded replied urged called remains wants agreed refused threatened vowed confirmed"
)
REPORT_PREFIX = _prefixes(
    "δήλωσ δηλών τόνισ τονίζ πρόσθεσ προσθέτ ανέφερ αναφέρ σημείωσ σημειών υπογράμμισ υπογραμμίζ είπε λέει "
    "λένε είπαν έγραψ γράφει ανακοίνωσ ανακοινών διεμήνυσ διαμηνύ προειδοποίησ προειδοποιε υποστήριξ υποστηρίζ "
    "ξεκαθάρισ επεσήμαν επισημαίν κατέληξ ρώτησ απάντησ ισχυρίστ ισχυρίζ απορρίπτ απέρριψ αρνείται αρνήθηκ "
    "κατηγορ ζητά ζήτησ παραμέν συμφώνησ αρνήθ "
    "заяв сказа каже кажуть дода наголоси наголошу зазначи зазнача написа пише повідоми підкресли попереди "
    "відповів відповіла запевни відкину відкида звинув вимага погоди відмови "
    "говори доба подчеркну подчеркива отмети отмеча сообщи предупреди ответи заверил отверг отвергл обвини "
    "требу согласи отказа"
)


def _is_military(w: str) -> bool:
    return w in MILITARY_EXACT or (w[:1] > "\u036f" and w.startswith(MILITARY_PREFIX))


def _is_agent(w: str) -> bool:
    return w in AGENT_EXACT or (w[:1] > "\u036f" and w.startswith(AGENT_PREFIX))


def _is_report_verb(w: str) -> bool:
    return w in REPORT_EXACT or (w[:1] > "\u036f" and w.startswith(REPORT_PREFIX))


def _is_modifier(w: str) -> bool:
    return w.startswith(("στρατιωτικ", "військов", "военн", "окупаційн", "оккупацион")) or w in (
        "military",
        "armed",
        "occupying",
        "occupation",
        "naval",
        "air",
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: Literal["person", "org", "state"]
    role: str | None = None
    country: str | None = None

    def ref(self, matched: str, start: int, end: int) -> ActorRef:
        return ActorRef(
            id=self.id,
            name=self.name,
            kind=self.kind,
            role=self.role,
            matched=matched,
            start=start,
            end=end,
        )


class ActorTable:
    """People, organisations, states and armed forces, with their names in any language."""

    def __init__(self, gaz: Gazetteer, path: Path = DATA / "actors.json") -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.actors: list[Actor] = []
        self.strong = NameIndex()
        self.weak = NameIndex()
        self.caps_only: set[str] = set()
        self.any_case: set[str] = set()
        self.state_of: dict[str, int] = {}
        self.forces_of: dict[str, int] = {}
        for p in data["people"]:
            idx = self._add(Actor(p["id"], p["name"], "person", p.get("role"), p.get("country")))
            for n in p["names"]:
                self._name(self.strong, n, idx)
            for n in p.get("weak", ()):
                self._name(self.weak, n, idx)
        for o in data["orgs"]:
            idx = self._add(Actor(o["id"], o["name"], "org"))
            for n in o["names"]:
                self._name(self.strong, n, idx)
        overrides = data.get("states", {})
        for cc, idx_place in gaz.country_index.items():
            place = gaz.places[idx_place]
            ov = overrides.get(cc, {})
            sid = ov.get("id") or _slug(place.name)
            self.state_of[cc] = self._add(Actor(sid, place.name, "state", None, cc))
            forces = ov.get("forces")
            if forces:
                fidx = self._add(Actor(forces["id"], forces["name"], "org", None, cc))
                self.forces_of[cc] = fidx
                for n in forces.get("names", ()):
                    self._name(self.strong, n, fidx)

    def _add(self, a: Actor) -> int:
        self.actors.append(a)
        return len(self.actors) - 1

    def _name(self, index: NameIndex, name: str, idx: int) -> None:
        key = index.add(name, idx)
        if not key:
            return
        compact = name.replace(".", "").replace(" ", "")
        if compact.isupper() and len(compact) <= 6:
            self.caps_only.add(key)
        if name == name.lower():
            self.any_case.add(key)

    def forces(self, cc: str) -> Actor:
        idx = self.forces_of.get(cc)
        if idx is not None:
            return self.actors[idx]
        state = self.actors[self.state_of[cc]]
        return Actor(f"{state.id}_forces", f"Armed Forces of {state.name}", "org", None, cc)

    def state(self, cc: str) -> Actor | None:
        idx = self.state_of.get(cc)
        return self.actors[idx] if idx is not None else None


@dataclass(frozen=True, slots=True)
class Source:
    name: str
    platform: bool


class SourceTable:
    """Outlets and platforms by name and by web domain, and the phrases that cite them."""

    def __init__(self, path: Path = DATA / "sources.json") -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        self.sources: list[Source] = []
        self.index = NameIndex()
        self.weak: set[str] = set()
        self.caps_only: set[str] = set()
        self.domains: dict[str, int] = {}
        by_name: dict[str, int] = {}
        for section, platform in (("outlets", False), ("platforms", True)):
            for s in data[section]:
                idx = by_name.get(s["name"])
                if idx is None:
                    self.sources.append(Source(s["name"], platform))
                    idx = by_name[s["name"]] = len(self.sources) - 1
                weak = {fold_key(w) for w in s.get("weak", ())}
                for n in s["names"]:
                    key = self.index.add(n, idx)
                    if not key:
                        continue
                    if key in weak:
                        self.weak.add(key)
                    compact = n.replace(".", "").replace(" ", "").replace("-", "")
                    if compact.isupper() and len(compact) <= 6:
                        self.caps_only.add(key)
                for d in s.get("domains", ()):
                    self.domains[d.lower()] = idx
        phrases = []
        for plist in data["cite_phrases"].values():
            phrases += [fold(p) for p in plist]
        phrases.sort(key=len, reverse=True)
        self.cite_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")

    def by_url(self, url: str) -> Source | None:
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).split("/")[0]
        while host:
            idx = self.domains.get(host)
            if idx is not None:
                return self.sources[idx]
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
        return None


_QUOTE_RES = [
    (re.compile(r"«((?:[^«»]|«[^«»]*»)+)»"), 2),
    (re.compile(r"“([^“”]+)”"), 2),
    (re.compile(r"„([^„“”]+)[“”]"), 2),
    (re.compile(r'(?<!\w)"([^"\n]+)"(?!\w)'), 3),
    (re.compile(r"(?<![\w’])‘([^‘’\n]+)’(?!\w)"), 3),
]


class Enricher:
    """Loaded once per process; `enrich` is then a pure function of its arguments."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.actors = ActorTable(self.gaz)
        self.sources = SourceTable()
        # first words of the names that match in lower case too ("окупанти", "ρωσικός στρατός")
        self.any_case_first = frozenset(k.split(" ")[0] for k in self.actors.any_case)

    # ------------------------------------------------------------ entry point

    def enrich(
        self,
        text: str,
        lang_hint: str | None = None,
        place_hint: PlaceHint | str | None = None,
        title: str | None = None,
    ) -> Enrichment:
        doc = Doc(text)
        lang, parts = langmod.detect(doc, lang_hint)
        n = len(doc.words)
        title_ccs, title_people, title_ids = self._title_context(title) if title else ((), (), frozenset())

        sources, blocked = self._find_sources(doc)
        actors, person_block = self._find_actors(doc, blocked, set(title_ids))
        place_block = [b or p for b, p in zip(blocked, person_block, strict=True)]

        context: dict[str, float] = {}
        for cc in title_ccs:
            context[cc] = context.get(cc, 0.0) + 0.5
        hint = self._hint(place_hint)
        if hint is not None:
            context[hint.country] = context.get(hint.country, 0.0) + 1.0
        for i in range(n):
            adj = self.gaz.adjective_at(doc, i)
            if adj:
                context[adj[1]] = context.get(adj[1], 0.0) + 0.5

        mentions = self.gaz.mentions(doc, place_block, lang)
        resolved = self.gaz.resolve_mentions(doc, mentions, lang, context)
        places: list[PlaceRef] = []
        for m, p in resolved:
            s, e = doc.starts[m.i], doc.ends[m.j - 1]
            actor = self._place_as_actor(doc, m.i, m.j, p)
            if actor is not None:
                actors.append(actor.ref(text[s:e], s, e))
                if (
                    p.precision == "country"
                    and m.j < n
                    and doc.joinable[m.j - 1]
                    and (_is_military(doc.words[m.j]) or _is_agent(doc.words[m.j]))
                ):
                    continue  # "US officials": an attribute, not a location
            places.append(p.ref(text[s:e], s, e))
        places.extend(self.gaz.territory_places(doc, place_block))
        places.sort(key=lambda r: r.start)

        sources.extend(self._cited_unknown(doc, sources, actors, places))
        sources.sort(key=lambda r: r.start)
        actors.sort(key=lambda r: r.start)
        quotes = self._quotes(doc, actors, title_people)
        figures = find_figures(doc)
        return Enrichment(
            lang=lang,
            lang_parts=parts,
            places=places,
            actors=actors,
            sources=sources,
            quotes=quotes,
            figures=figures,
        )

    # ------------------------------------------------------------ context

    def _hint(self, hint: PlaceHint | str | None) -> PlaceRef | None:
        if hint is None:
            return None
        name = hint if isinstance(hint, str) else hint.name
        return self.gaz.resolve(name)

    @lru_cache(maxsize=256)  # noqa: B019 - one enricher per process; titles repeat along a live blog
    def _title_context(self, title: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
        """Countries of the title's places, its people (for speakers) and all its actor ids."""
        doc = Doc(title)
        lang, _ = langmod.detect(doc)
        _, blocked = self._find_sources(doc)
        actors, person_block = self._find_actors(doc, blocked, set())
        block = [b or p for b, p in zip(blocked, person_block, strict=True)]
        mentions = self.gaz.mentions(doc, block, lang)
        ccs = tuple(p.country for _, p in self.gaz.resolve_mentions(doc, mentions, lang, {}))
        people = tuple(a.id for a in actors if a.kind == "person")
        return ccs, people, frozenset(a.id for a in actors)

    # ------------------------------------------------------------ sources

    def _find_sources(self, doc: Doc) -> tuple[list[SourceRef], list[bool]]:
        text = doc.text
        out: list[SourceRef] = []
        n = len(doc.words)
        blocked = [False] * n
        for s, e in doc.urls:
            src = self.sources.by_url(text[s:e])
            if src is not None:
                out.append(
                    SourceRef(
                        name=src.name,
                        kind="embed" if src.platform else "cited",
                        matched=text[s:e],
                        start=s,
                        end=e,
                    )
                )
        cites = [m.end() for m in self.sources.cite_re.finditer(doc.folded)]
        i = 0
        index = self.sources.index
        while i < n:
            if not (doc.caps[i] or doc.words[i][0].isdigit()):
                i += 1
                continue
            hit = index.match(doc, i, inflect=False)
            if hit is None:
                i += 1
                continue
            k, key, vals = hit
            j = i + k
            if key in self.sources.caps_only and not all(doc.upper[t] for t in range(i, j)):
                i += 1
                continue
            if key in self.sources.weak and not self._cited_context(doc, i, j, cites):
                i += 1
                continue
            src = self.sources.sources[vals[0]]
            s, e = doc.starts[i], doc.ends[j - 1]
            out.append(SourceRef(name=src.name, kind="cited", matched=text[s:e], start=s, end=e))
            for t in range(i, j):
                blocked[t] = True
            i = j
        return out, blocked

    def _cited_context(self, doc: Doc, i: int, j: int, cites: list[int]) -> bool:
        s = doc.starts[i]
        if any(0 <= s - c <= 12 for c in cites):
            return True
        if i > 0 and doc.words[i - 1] == "the":
            return True
        return any(_is_report_verb(doc.words[t]) for t in range(j, min(j + 3, len(doc.words))))

    def _cited_unknown(
        self, doc: Doc, known: list[SourceRef], actors: list[ActorRef], places: list[PlaceRef]
    ) -> list[SourceRef]:
        """Who comes right after a citing phrase: an actor, or an unknown capitalised name."""
        out: list[SourceRef] = []
        text = doc.text
        taken = [(r.start, r.end) for r in known]
        for m in self.sources.cite_re.finditer(doc.folded):
            i = doc.token_at(m.end())
            while i < len(doc.words) and doc.words[i] in ARTICLES:
                i += 1
            if i >= len(doc.words) or doc.starts[i] - m.end() > 8:
                continue
            s = doc.starts[i]
            if any(a <= s < b for a, b in taken):
                continue
            actor = next((a for a in actors if a.start <= s < a.end), None)
            if actor is not None and actor.kind != "state":
                out.append(
                    SourceRef(
                        name=actor.name, kind="cited", matched=actor.matched, start=actor.start, end=actor.end
                    )
                )
                taken.append((actor.start, actor.end))
                continue
            if not doc.caps[i] or (doc.weak_start(i) and doc.words[i] in langmod.STOPWORDS_ANY):
                continue
            if any(p.start <= s < p.end for p in places):
                continue
            j = i + 1
            while (
                j < len(doc.words)
                and j - i < 5
                and doc.sent[j] == doc.sent[i]
                and (doc.caps[j] or doc.words[j] in ("of", "for", "and", "de", "του", "της", "των"))
                and (doc.starts[j] - doc.ends[j - 1] <= 2)
            ):
                j += 1
            while j > i + 1 and not doc.caps[j - 1]:
                j -= 1
            e = doc.ends[j - 1]
            out.append(SourceRef(name=text[s:e], kind="cited", matched=text[s:e], start=s, end=e))
            taken.append((s, e))
        return out

    # ------------------------------------------------------------ actors

    def _find_actors(
        self, doc: Doc, blocked: list[bool], seen: set[str]
    ) -> tuple[list[ActorRef], list[bool]]:
        text = doc.text
        words = doc.words
        n = len(words)
        table = self.actors
        out: list[ActorRef] = []
        person_block = [False] * n
        i = 0
        while i < n:
            if blocked[i]:
                i += 1
                continue
            hit = None
            strong = True
            if doc.caps[i]:
                hit = table.strong.match(doc, i)
                whit = table.weak.match(doc, i)
                if whit and (hit is None or whit[0] > hit[0]):
                    hit, strong = whit, False
            elif words[i] in self.any_case_first:
                hit = table.strong.match(doc, i)
            if hit is not None:
                k, key, vals = hit
                j = i + k
                ok = not any(blocked[i:j])
                if (
                    ok
                    and key in table.caps_only
                    and not all(doc.upper[t] or len(words[t]) == 1 for t in range(i, j))
                ):
                    ok = False
                if ok and not doc.caps[i] and key not in table.any_case:
                    ok = False
                actor = table.actors[vals[0]]
                if (
                    ok
                    and not strong
                    and actor.id not in seen
                    and not (i > 0 and words[i - 1] in TITLES_BEFORE)
                ):
                    ok = False
                if ok:
                    s, e = doc.starts[i], doc.ends[j - 1]
                    out.append(actor.ref(text[s:e], s, e))
                    seen.add(actor.id)
                    for t in range(i, j):
                        person_block[t] = True
                    i = j
                    continue
            adj = self.gaz.adjective_at(doc, i)
            if adj is not None:
                ref = self._adjective_actor(doc, i, adj[0], adj[1])
                if ref is not None:
                    out.append(ref)
            i += 1
        return out, person_block

    def _adjective_actor(self, doc: Doc, i: int, kind: str, cc: str) -> ActorRef | None:
        words = doc.words
        n = len(words)
        for j in (i + 1, i + 2):
            if j >= n or doc.sent[j] != doc.sent[i]:
                break
            w = words[j]
            if _is_military(w):
                forces = self.actors.forces(cc)
                return forces.ref(doc.text[doc.starts[i] : doc.ends[j]], doc.starts[i], doc.ends[j])
            if _is_agent(w):
                state = self.actors.state(cc)
                if state is None:
                    return None
                return state.ref(doc.text[doc.starts[i] : doc.ends[j]], doc.starts[i], doc.ends[j])
            # only a second adjective may stand between ("ρωσικά στρατιωτικά οχήματα")
            if j == i + 1 and not (self.gaz.adjective_at(doc, j) or w in ARTICLES or _is_modifier(w)):
                break
        if kind == "dem":
            people = self.actors.state(cc)
            if people is not None:
                s, e = doc.starts[i], doc.ends[i]
                return people.ref(doc.text[s:e], s, e)
        return None

    def _place_as_actor(self, doc: Doc, i: int, j: int, place: Place) -> Actor | None:
        """A country not used as a location, or a capital that speaks, is also a state actor."""
        words = doc.words
        n = len(words)
        if place.precision == "country":
            k = i - 1
            while k >= 0 and words[k] in ARTICLES and doc.sent[k] == doc.sent[i]:
                k -= 1
            if k >= 0 and doc.sent[k] == doc.sent[i] and words[k] in LOCATIVES:
                return None
            return self.actors.state(place.country)
        idx = self.gaz.by_id.get(place.id)
        cc = self.gaz.capitals.get(idx) if idx is not None else None
        if cc is None:
            return None
        for t in range(j, min(j + 3, n)):
            if doc.sent[t] != doc.sent[i]:
                break
            if _is_report_verb(words[t]):
                return self.actors.state(cc)
        return None

    # ------------------------------------------------------------ quotes

    def _quotes(self, doc: Doc, actors: list[ActorRef], title_people: tuple[str, ...]) -> list[QuoteRef]:
        text = doc.text
        spans: list[tuple[int, int]] = []
        for rx, min_words in _QUOTE_RES:
            for m in rx.finditer(text):
                s, e = m.span(1)
                if any(a <= s < b for a, b in spans):
                    continue
                if len(TOKEN_RE.findall(text[s:e])) < min_words:
                    continue
                spans.append((s, e))
        spans.sort()
        out = []
        for s, e in spans:
            out.append(
                QuoteRef(
                    text=text[s:e],
                    speaker=self._speaker(doc, s, e, spans, actors, title_people),
                    start=s,
                    end=e,
                )
            )
        return out

    def _speaker(
        self,
        doc: Doc,
        s: int,
        e: int,
        spans: list[tuple[int, int]],
        actors: list[ActorRef],
        title_people: tuple[str, ...],
    ) -> str | None:
        sent_a = next((a for a, b in doc.sent_spans if a <= s < b), 0)
        sent_b = next((b for a, b in doc.sent_spans if a < e <= b), len(doc.text))

        def outside(r: ActorRef) -> bool:
            return not any(a - 1 <= r.start < b + 1 for a, b in spans)

        near = [r for r in actors if sent_a <= r.start < sent_b and outside(r)]

        def dist(r: ActorRef) -> int:
            return s - r.end if r.end <= s else r.start - e

        people = [r for r in near if r.kind == "person"]
        if people:
            return min(people, key=dist).id
        if near:
            return min(near, key=dist).id
        i0, i1 = doc.token_at(sent_a), doc.token_at(sent_b)
        has_verb = any(
            _is_report_verb(doc.words[t])
            for t in range(i0, i1)
            if not any(a <= doc.starts[t] < b for a, b in spans)
        )
        if not has_verb:
            return None
        before = [r for r in actors if r.kind == "person" and r.end <= s and outside(r)]
        if before:
            return before[-1].id
        return title_people[0] if title_people else None


@cache
def load_enricher() -> Enricher:
    """The process-wide Enricher: data loaded once (about a second)."""
    return Enricher()


__all__ = ["ENRICH_VERSION", "ActorTable", "Enricher", "SourceTable", "load_enricher"]
