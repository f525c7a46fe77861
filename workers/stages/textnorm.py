"""Shared text helpers: folding, tokenising, sentences, name look-up.

Everything here keeps character offsets: `fold` maps each character to exactly
one character, so a span found in the folded text is the same span in the
original. Stages import these instead of each writing its own tokenizer.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from operator import and_

# ---------------------------------------------------------------- folding

_APOSTROPHES = "’ʼ‘`´′"
# Folding keeps the letters a reader would still call the same: й, є, ў stay,
# ё→е and ґ→г (often typed that way), ї→і (typed both ways in the wild).
_KEEP = set("йЙєЄўЎ")
_SPECIAL = {
    "ς": "σ",
    "ß": "s",
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ı": "i",
    "İ": "i",
    "ё": "е",
    "Ё": "е",
    "ґ": "г",
    "Ґ": "г",
    "ї": "і",
    "Ї": "і",
}


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in [*range(0x41, 0x5B), *range(0xC0, 0x2000)]:
        ch = chr(cp)
        if ch in _SPECIAL:
            table[cp] = _SPECIAL[ch]
            continue
        if unicodedata.combining(ch):
            continue
        low = ch.lower()
        if len(low) != 1:
            low = ch
        if low not in _KEEP:
            base = unicodedata.normalize("NFD", low)[0]
            if base.isalpha():
                low = base
        if low != ch:
            table[cp] = low
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    return table


FOLD_TABLE = _build_fold_table()
# The same table as a list over the Basic Multilingual Plane, unchanged
# characters mapping to themselves: str.translate pays for every character the
# mapping lacks (a KeyError raised and cleared), and most characters are
# unchanged. Characters beyond the list are left as they are, as before.
_FOLD_LIST: list[str | int] = [FOLD_TABLE.get(cp, cp) for cp in range(0x10000)]


def fold(text: str) -> str:
    """Lower-case and strip accents, one character in, one character out."""
    return text.translate(_FOLD_LIST)


def fold_key(text: str) -> str:
    """The look-up key of a name: folded words joined by single spaces."""
    folded = fold(text)
    words = [
        m.group()
        for m in TOKEN_RE.finditer(folded)
        if not (m.group() == "s" and m.start() > 0 and folded[m.start() - 1] == "'")
    ]
    return " ".join(words).replace("'", "")


# ---------------------------------------------------------------- scripts


def script_of(ch: str) -> str:
    """'latin', 'greek', 'cyrillic', 'digit' or 'other' for one character."""
    cp = ord(ch)
    if cp < 0x80:
        if ch.isdigit():
            return "digit"
        return "latin" if ch.isalpha() else "other"
    if 0xC0 <= cp < 0x250 or 0x1E00 <= cp < 0x1F00:
        return "latin"
    if 0x370 <= cp < 0x400 or 0x1F00 <= cp < 0x2000:
        return "greek"
    if 0x400 <= cp < 0x530:
        return "cyrillic"
    if ch.isdigit():
        return "digit"
    return "other"


# ---------------------------------------------------------------- tokens

# A word: letters/digits, with inner apostrophes (з'їзд, O'Neil) but not the
# English possessive 's, which would glue "Kyiv's" into a different word.
TOKEN_RE = re.compile(r"[^\W_]+(?:'(?!s\b)[^\W_]+)*")
URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|\b(?:pic\.twitter\.com|t\.me|x\.com|twitter\.com|youtu\.be|youtube\.com"
    r"|facebook\.com|fb\.watch|instagram\.com|tiktok\.com|vk\.com|telegram\.me)/\S+",
    re.I,
)
# Separators allowed inside a multi-word name: spaces, hyphens, and the dot of
# a short abbreviation ("St. Petersburg", "Ε.Ε.").
_JOIN_RE = re.compile(r"(?:'s?)?[ \t\u00a0\-‐‑–]{0,3}")
_ABBREV_DOT_RE = re.compile(r"\.[ \u00a0]?")

# Sentence ends: punctuation followed by space and a capital/quote/digit, or a
# line break. ';' is the Greek question mark and ends a sentence the same way.
_SENT_END_RE = re.compile(r"[.!?…;]+[»”\"')\]]*(?=\s+[\"«“„'(\[\-–—]*[A-ZÀ-ÖØ-ÞΑ-ΩΆ-ΏА-ЯЁЇІЄҐ\d])|\n+")
# Every sentence end starts with one of these: the scan jumps between them and
# tries _SENT_END_RE only there (the pattern's alternation defeats the regex
# engine's own first-character skip, so finditer tried every position).
_SENT_END_FIRST_RE = re.compile(r"[.!?…;\n]")


def _sentence_ends(text: str) -> list[re.Match]:
    """The matches of _SENT_END_RE.finditer(text), found from their possible first characters."""
    out = []
    pos = 0
    search, match = _SENT_END_FIRST_RE.search, _SENT_END_RE.match
    while (c := search(text, pos)) is not None:
        m = match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            out.append(m)
            pos = m.end()
    return out


# gap between two words -> 2 it joins them into one name, 1 only after a word of up to
# three letters (an abbreviation's dot: "St. Petersburg", "Ε.Ε."), 0 never; texts repeat their gaps
_GAP_JOINS: dict[str, int] = {}


def _gap_joins(gap: str) -> int:
    if len(_GAP_JOINS) > 10_000:
        _GAP_JOINS.clear()
    joins = _GAP_JOINS[gap] = 2 if _JOIN_RE.fullmatch(gap) else 1 if _ABBREV_DOT_RE.fullmatch(gap) else 0
    return joins


_m_start, _m_end, _m_group = re.Match.start, re.Match.end, re.Match.group

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "sgt",
    "prof",
    "sen",
    "rep",
    "gov",
    "jr",
    "vs",
    "no",
    "mt",
    "ft",
    "maj",
    "capt",
    "adm",
    "pres",
    "vol",
    "ул",
    "вул",
    "пр",
    "просп",
    "пл",
    "м",
    "г",
    "обл",
    "р",
    "им",
    "ім",
    "т",
    "κ",
    "π",
    "χ",
    "δ",
}


class Doc:
    """A text with its folded copy, tokens and sentences, computed once.

    Tokens are parallel lists (start, end, folded word, capitalised?) so the
    stages can scan them without building objects per word.
    """

    __slots__ = (
        "_upper",
        "caps",
        "ends",
        "folded",
        "joinable",
        "sent",
        "sent_spans",
        "sent_start",
        "sent_tokens",
        "starts",
        "text",
        "title_case",
        "urls",
        "words",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = folded = fold(text)
        # every URL has a slash or "www.": most texts skip the regex
        urls = self.urls = (
            [(m.start(), m.end()) for m in URL_RE.finditer(text)] if "/" in text or "www." in folded else []
        )
        matches = list(TOKEN_RE.finditer(folded))
        if "'s" in folded:  # the possessive 's is no word of its own
            matches = [
                m
                for m in matches
                if not (m.group() == "s" and m.start() > 0 and folded[m.start() - 1] == "'")
            ]
        if urls:
            matches = [m for m in matches if not any(a <= m.start() < b for a, b in urls)]
        # mapped method descriptors: cheaper than a comprehension over the matches
        starts = list(map(_m_start, matches))
        ends = list(map(_m_end, matches))
        words = list(map(_m_group, matches))
        if "'" in folded:
            words = [w.replace("'", "") if "'" in w else w for w in words]
        self.starts, self.ends, self.words = starts, ends, words
        self.caps = list(map(str.isupper, map(text.__getitem__, starts)))
        self._upper: list[bool] | None = None
        self._sentences()
        memo = _GAP_JOINS
        self.joinable = [
            g == " " or (g != "" and (memo[g] if g in memo else _gap_joins(g)) > (e0 - s0 > 3))
            for g, e0, s0 in zip(
                [text[e:s] for e, s in zip(ends, starts[1:], strict=False)], ends, starts, strict=False
            )
        ]

    def _sentences(self) -> None:
        text = self.text
        cuts = []
        for m in _sentence_ends(text):
            if m.group()[0] == "." and len(m.group()) == 1:
                # "Mr. Putin", "U.S. forces": a dot after an abbreviation or one letter
                j = m.start()
                k = j
                while k > 0 and text[k - 1].isalpha():
                    k -= 1
                word = fold(text[k:j])
                if len(word) == 1 or word in _ABBREVIATIONS:
                    continue
            cuts.append(m.end())
        bounds = [0, *cuts, len(text)]
        self.sent_spans = spans = [
            (bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]
        ]
        starts, ends, words, caps = self.starts, self.ends, self.words, self.caps
        n = len(starts)
        # each token's sentence: the first whose end is past the token's start (the last at most),
        # found per sentence by bisecting the token starts rather than per token
        sent: list[int] = []
        ranges: list[tuple[int, int]] = []
        a = 0
        for k, (_, e) in enumerate(spans):
            b = n if k == len(spans) - 1 else bisect_left(starts, e, a)
            sent.extend([k] * (b - a))
            ranges.append((a, b))
            a = b
        sent_start = [False] * n
        for a, b in ranges:
            if a < b:
                sent_start[a] = True
        self.sent, self.sent_start, self.sent_tokens = sent, sent_start, ranges
        # Title Case headlines capitalise every word: treat them like sentence starts.
        if "'" in self.folded:
            long = [e - s > 3 and w.isalpha() for s, e, w in zip(starts, ends, words, strict=True)]
        else:  # no apostrophe dropped: a word's length is its span's
            long = [len(w) > 3 and w.isalpha() for w in words]
        title = [False] * len(spans)
        for k, (a, b) in enumerate(ranges):
            # the first word is capitalised in any sentence: it says nothing of the style
            tot = sum(long[a + 1 : b])
            if tot >= 3:
                cap = sum(map(and_, caps[a + 1 : b], long[a + 1 : b]))
                title[k] = cap == tot or (tot >= 6 and cap >= 0.85 * tot)
            elif (
                tot == 2
                and long[a]
                and all(c for c, w in zip(caps[a:b], words[a:b], strict=True) if w.isalpha())
            ):
                # a short headline with every word capitalised ("Drone Strikes Hit Kyiv"), unlike
                # "Strikes on Beirut and Tyre."
                title[k] = True
        self.title_case = title

    @property
    def upper(self) -> list[bool]:
        """Per token: written all in capitals ("NATO", "МВД"). Computed on first use: few texts need it."""
        if self._upper is None:
            text = self.text
            self._upper = [
                e - s > 1 and text[s:e].isupper() for s, e in zip(self.starts, self.ends, strict=True)
            ]
        return self._upper

    def __len__(self) -> int:
        return len(self.starts)

    def span_text(self, i: int, j: int) -> str:
        """Original text of tokens i..j-1."""
        return self.text[self.starts[i] : self.ends[j - 1]]

    def weak_start(self, i: int) -> bool:
        """True where capitals say nothing: a sentence start or a Title Case line."""
        return self.sent_start[i] or self.title_case[self.sent[i]]

    def token_at(self, pos: int) -> int:
        """Index of the first token starting at or after character `pos`."""
        lo, hi = 0, len(self.starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.starts[mid] < pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


# ---------------------------------------------------------------- inflection

# Case endings of names, by the ending of the nominative (folded forms).
# De-inflecting an oblique form gives candidate nominatives; a candidate counts
# only if it is a known name, so "Ρώσοι" (Russians) never becomes "Ρωσία".
_GREEK_PARADIGMS = {
    "α": ("ασ",),
    "η": ("ησ",),
    "ο": ("ου",),
    "ι": ("ιου",),
    "οσ": ("ου", "ο"),
    "ασ": ("α",),
    "ησ": ("η",),
    "ον": ("ου",),
}
_CYR_PARADIGMS = {
    "": ("а", "у", "і", "е", "ом", "ові", "ем", "я", "ю", "і"),
    "ь": ("я", "ю", "і", "и", "е", "ем", "ью", "ям", "ей"),
    "й": ("я", "ю", "і", "е", "ем", "єм"),  # Джанкой: в Джанкої, в Джанкое; Китай: у Китаї, в Китае
    "а": ("и", "ы", "і", "е", "у", "ою", "ой", "ої", "ій", "ей", "ую", "ой"),
    "я": ("і", "и", "ю", "ею", "єю", "ей", "ям", "е", "ї"),
    "о": ("а", "і", "у", "ом", "е"),
    "е": ("я", "ю", "ем", "і"),
    "и": ("", "ах", "ам", "ами"),
    "ы": ("", "ах", "ам", "ами"),
    "ий": ("ого", "ому", "им", "ім", "ом"),
    "ій": ("ого", "ому", "ім", "ьому", "ього"),
    "ый": ("ого", "ому", "ым", "ом"),
    "ой": ("ого", "ому", "ым", "ом"),
    "ая": ("ой", "ую", "ою"),
}


def _invert(paradigms: dict[str, tuple[str, ...]]) -> list[tuple[str, tuple[str, ...]]]:
    inv: dict[str, set[str]] = {}
    for nom, obls in paradigms.items():
        for obl in obls:
            inv.setdefault(obl, set()).add(nom)
    # longest oblique ending first
    return sorted(((k, tuple(sorted(v))) for k, v in inv.items()), key=lambda kv: -len(kv[0]))


_GREEK_INV = _invert(_GREEK_PARADIGMS)
_CYR_INV = _invert(_CYR_PARADIGMS)
_CYR_VOWELS = set("аеєиіїоуюяыэь")
_ALT_RE = re.compile(r"^(.+?)([оеє])([^аеєиіїоуюяыэьй]{1,2})$")


@lru_cache(maxsize=1 << 16)
def deinflect(word: str) -> tuple[str, ...]:
    """Candidate nominatives of a folded Greek or Cyrillic word (not itself).

    Харкова → харков, харків; Києві → києв, київ (Ukrainian і/о/е alternation);
    Κιέβου → κιεβο, κιεβοσ; Москвой → москва. Latin words have none.
    """
    if not word:
        return ()
    sc = script_of(word[0])
    if sc == "greek":
        inv = _GREEK_INV
    elif sc == "cyrillic":
        inv = _CYR_INV
    else:
        return ()
    out: list[str] = []
    for obl, noms in inv:
        if obl and not word.endswith(obl):
            continue
        stem = word[: len(word) - len(obl)] if obl else word
        if len(stem) < 2:
            continue
        for nom in noms:
            cand = stem + nom
            if cand != word:
                out.append(cand)
            if sc == "cyrillic" and nom in ("", "ь"):
                # Ukrainian о/е -> і in the closed last syllable: Харкова -> Харків, Ірпеня -> Ірпінь
                m = _ALT_RE.match(stem)
                if m:
                    out.append(m.group(1) + "і" + m.group(3) + nom)
    return tuple(out)


# Adjective endings, for stems such as "ρωσικ-" or "російськ-".
_ADJ_ENDINGS = {
    "greek": ("οσ", "η", "ο", "ου", "ησ", "ων", "οι", "εσ", "α", "ουσ", "ον", "ο", "ιδα", "ιδεσ"),
    "cyrillic": (
        "ий",
        "ый",
        "ой",
        "а",
        "ая",
        "е",
        "ое",
        "і",
        "ие",
        "ые",
        "ого",
        "ої",
        "ому",
        "ій",
        "им",
        "ім",
        "ою",
        "у",
        "ую",
        "их",
        "ых",
        "ими",
        "ыми",
        "ым",
        "ом",
        "ей",
    ),
}


def expand_stem(entry: str) -> list[str]:
    """Folded forms of a data entry: 'ρωσικ-' gives every adjective ending."""
    if entry.endswith("-"):
        stem = fold(entry[:-1])
        sc = script_of(stem[0]) if stem else "other"
        return [stem + e for e in _ADJ_ENDINGS.get(sc, ("",))]
    return [fold_key(entry)]


# ---------------------------------------------------------------- name index


class NameIndex:
    """Longest-match look-up of multi-word names over a Doc's tokens.

    Keys are folded words joined by spaces. Values are tuples of whatever the
    caller stores (entry ids). Oblique forms of Greek and Cyrillic names are
    found by de-inflecting the words (one- and two-word names).
    """

    __slots__ = ("_firsts", "_singles", "dead", "keys", "max_words", "prefixes")

    def __init__(self) -> None:
        self.keys: dict[str, tuple] = {}
        self.prefixes: set[str] = set()
        self.max_words = 1
        # per word, memoised: the forms that start a two-word name, and the case form's own hit
        self._firsts: dict[str, tuple[str, ...]] = {}
        self._singles: dict[str, tuple[str, tuple] | None] = {}
        # words that start no name in any form: most words of a text, answered with one look-up
        # (callers may test it first to skip the call)
        self.dead: set[str] = set()

    def add(self, name: str, value: object, key: str | None = None) -> str | None:
        key = fold_key(name) if key is None else key
        if not key:
            return None
        old = self.keys.get(key, ())
        if value not in old:
            self.keys[key] = (*old, value)
        self._firsts.clear()
        self._singles.clear()
        self.dead.clear()
        parts = key.split(" ")
        if len(parts) > 1:
            self.max_words = max(self.max_words, len(parts))
            for n in range(1, len(parts)):
                self.prefixes.add(" ".join(parts[:n]))
        return key

    def get(self, key: str) -> tuple:
        return self.keys.get(key, ())

    def match(self, doc: Doc, i: int, inflect: bool = True) -> tuple[int, str, tuple] | None:
        """Longest name starting at token i: (number of tokens, key, values)."""
        words = doc.words
        key = words[i]
        if key in self.dead:
            return None
        keys = self.keys
        best = None
        hit = keys.get(key)
        if hit:
            best = (1, key, hit)
        n = 1
        j = i
        prefixes = self.prefixes
        while n < self.max_words and j + 1 < len(words) and doc.joinable[j] and key in prefixes:
            j += 1
            n += 1
            key = key + " " + words[j]
            hit = keys.get(key)
            if hit:
                best = (n, key, hit)
        if not inflect:
            return best
        if best is None or best[0] == 1:
            two = self._inflected_two(doc, i)
            if two:
                return two
        if best is None:
            w = words[i]
            if w in self._singles:
                single = self._singles[w]
            else:
                single = next(((c, keys[c]) for c in deinflect(w) if c in keys), None)
                if len(self._singles) > 100_000:
                    self._singles.clear()
                self._singles[w] = single
            if single is not None:
                return (1, single[0], single[1])
            if w not in self.prefixes and not self._first_forms(w):
                if len(self.dead) > 100_000:
                    self.dead.clear()
                self.dead.add(w)
        return best

    def _inflected_two(self, doc: Doc, i: int) -> tuple[int, str, tuple] | None:
        words = doc.words
        if i + 1 >= len(words) or not doc.joinable[i]:
            return None
        firsts = self._first_forms(words[i])
        if not firsts:
            return None
        for a in firsts:
            for b in (words[i + 1], *deinflect(words[i + 1])):
                hit = self.keys.get(a + " " + b)
                if hit:
                    return (2, a + " " + b, hit)
        return None

    def _first_forms(self, w: str) -> tuple[str, ...]:
        """The forms of a word (itself, its nominatives) that start a longer name, memoised."""
        firsts = self._firsts.get(w)
        if firsts is None:
            firsts = tuple(x for x in (w, *deinflect(w)) if x in self.prefixes)
            if len(self._firsts) > 100_000:
                self._firsts.clear()
            self._firsts[w] = firsts
        return firsts

    def __len__(self) -> int:
        return len(self.keys)
