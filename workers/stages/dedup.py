"""Text fingerprints for duplicate detection: pure functions, no I/O.

Three levels, cheapest first:

* ``exact_key``: a hash of the normalised text. Two updates that differ only in
  case, accents, punctuation, URLs, invisible characters, whitespace or a
  "BREAKING:" / "ΕΚΤΑΚΤΟ:" / "ОНОВЛЕНО:" style prefix get the same key.
* ``lsh_bands``: band keys of a MinHash signature over word bigrams. Two texts
  whose shingle sets have Jaccard similarity ``s`` share at least one band with
  probability ``1 - (1 - s**ROWS)**BANDS``; the index looks up candidates by band.
* ``shingle_jaccard``: the exact similarity, checked on each candidate before an
  update is called a near-duplicate (``>= NEAR_THRESHOLD``).

Choices (bump ``DEDUP_VERSION`` when any of them changes, since stored keys,
bands and signatures then stop matching new ones):

* Shingles are word bigrams (k=2). News updates are short (20-150 words), and
  syndicated copies differ by small local edits (dateline dropped, "said on
  Sunday" -> "said Sunday", an attribution appended); each edit costs k shingles.
  A 60-word copy with three words changed scores 0.82 on bigrams and 0.73 on
  trigrams; two reports on one template with another city and toll (two words of
  16) score 0.58 and 0.47. Trigrams separate about as well but put the line near
  0.6, where 16x4 bands find only 89% of pairs (it would take 21 bands of 3 rows
  and more false candidates); bigrams put it at 0.7, where 16x4 finds 98.8%.
  Texts with a single token (no bigram) use character trigrams; characters of
  scripts written without spaces (Han, kana, Thai, Lao, Khmer, Burmese) are
  tokens of their own, so their bigrams are character bigrams.
* ``NEAR_THRESHOLD = 0.7`` on word-bigram Jaccard: a copy of a 60-word update with
  three words changed scores about 0.82 and survives a dropped dateline or an
  added closing sentence; an editor's rewrite (reordered clauses, synonyms) often
  falls to 0.55-0.65 and is left to story linking, not dedup. One word changed
  in a long template (an alert for another region, a corrected toll) still scores
  above 0.7: a place or a figure that differs is for the caller to check against
  the enrichment before calling two updates duplicates.
* Signature: one-permutation MinHash (Li, Owen & Zhang 2012) with optimal
  densification (Shrivastava 2017): every shingle is hashed once to 64 bits; the
  top bits pick one of ``num_perm`` bins and each bin keeps its smallest hash;
  an empty bin borrows from the first non-empty bin of a fixed pseudo-random
  probe order of its own. Each position still collides with probability equal to
  the Jaccard similarity, at O(shingles + num_perm) cost instead of
  O(shingles * num_perm) for ``num_perm`` separate (a*x+b) mod p permutations,
  which in pure Python take about 0.6 ms for a 500-character text (64 shingles).
  Signature values are the low 31 bits of the chosen shingle hashes.
* LSH: 16 bands of 4 rows over the 64-value signature. At s = 0.7:
  1 - (1 - 0.7**4)**16 = 1 - (1 - 0.2401)**16 = 1 - 0.0124 = 0.988 (>= 0.98).
  Other points of the S-curve: s=0.5 -> 0.64, s=0.3 -> 0.12, s=0.2 -> 0.025,
  s=0.8 -> 0.9998. (At 0.6 it would be only 0.89, which is why the threshold is
  not lower with this layout; 0.6 would need 21 bands of 3 rows.)
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise

import msgspec

__all__ = [
    "BANDS",
    "DEDUP_VERSION",
    "EMPTY",
    "NEAR_THRESHOLD",
    "NUM_PERM",
    "ROWS",
    "SHINGLE_K",
    "Fingerprint",
    "estimate_jaccard",
    "exact_key",
    "fingerprint",
    "lsh_bands",
    "minhash_signature",
    "norm_jaccard",
    "normalize_for_dedup",
    "shingle_jaccard",
]

DEDUP_VERSION = "dedup/1"

#: Word-bigram Jaccard similarity at or above which two texts are near-duplicates.
NEAR_THRESHOLD: float = 0.7

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS  # 4
SHINGLE_K = 2  # words per shingle
CHAR_K = 3  # characters per shingle for single-token texts

# S-curve of 16 bands x 4 rows: P(share a band | Jaccard s) = 1 - (1 - s**4)**16
#   s:  0.2    0.3    0.4    0.5    0.6    0.65   0.7    0.75   0.8
#   P:  0.025  0.122  0.340  0.644  0.892  0.957  0.988  0.998  0.9998
# At NEAR_THRESHOLD = 0.7: 1 - (1 - 0.2401)**16 = 1 - 0.0124 = 0.9876 >= 0.98
# (sampled pairs with one-permutation signatures: 0.99; see the tests).

_PERSON = DEDUP_VERSION.encode()  # blake2b personalisation: keys change with the version
_M64 = (1 << 64) - 1
_M31 = (1 << 31) - 1
#: The value of every position of the signature of a text with no shingles
#: (other values are below 2**31).
EMPTY = (1 << 32) - 1

# ---------------------------------------------------------------- normalisation

# Deleted outright, before anything else: zero-width characters, word joiner and
# invisible operators, BOM, soft hyphen, bidi marks/embeddings/isolates, Arabic
# letter mark, Mongolian vowel separator, variation selectors (emoji VS16),
# tag characters, Arabic tatweel; and apostrophes of every kind, so that
# "м'ясо", "м’ясо" and "мʼясо" (Ukrainian) or "Zelensky's" / "Zelensky’s" agree.
_INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u0640\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufe00-\ufe0f\ufeff\U000e0001\U000e0020-\U000e007f\U000e0100-\U000e01ef"
    "'`\u00b4\u02b9\u02bc\u2018\u2019\u201b\u2032\uff07]"
)

# Combining marks dropped after NFD: Latin/Greek/Cyrillic diacritics (Greek tonos
# and dialytika, French/Romanian/Polish accents, Russian ё -> е), Hebrew points,
# Arabic harakat (and tatweel again: NFKC makes it out of presentation forms).
# Kept: the breve of й and ў and the diaeresis of ї, which make different letters
# in Ukrainian, Russian and Belarusian (и/й, і/ї, у/ў) rather than optional
# accents; й is never written as и, so folding it would only merge words.
_ACCENT_RE = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0640\u064b-\u065f\u0670"
    "\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
    "(?<![иу]\u0306)(?<!і\u0308)"
)

# Links: anything after http(s):// or www., and host/path without a scheme
# ("t.me/kyiv/1", "pic.twitter.com/x", "bbc.co.uk/news", "президент.рф/news")
# when the host ends in a 2-6 letter top-level domain. Written to run in linear
# time (a host is matched only from its first character, possessively, and the
# top-level domain is checked behind the match): a text of dotted tokens must not
# make the regex backtrack quadratically.
_HOST = "[a-z0-9\u0430-\u044f\u0451\u0454\u0456\u0457\u0491-]"
_TLD_BEHIND = "|".join(f"(?<=\\.[^\\W\\d_]{{{n}}})" for n in range(2, 7))
_URL_RE = re.compile(
    r"(?<![^\W\d_])(?:https?://|www\.)\S+"
    rf"|(?<![\w.-]){_HOST}++(?:\.{_HOST}++)++(?:{_TLD_BEHIND})/\S*"
)

# Leading labels, matched after casefolding and accent folding, so "ΈΚΤΑΚΤΟ",
# "Εκτακτο" and "ΕΚΤΑΚΤΟ" are one word. A label counts only when a separator
# (: - – — |) follows it, optionally after a number or a time ("Update 3 -",
# "ΕΝΗΜΕΡΩΣΗ 14:30:"), or when it is bracketed ("[UPDATE]"), so that a sentence
# starting "Update on the talks ..." keeps its first word. Stacked labels
# ("BREAKING: UPDATE 2 -") are all removed.
_LABELS = (
    # English, including wire-service slugs
    "update|updated|updates|breaking news|breaking|just in|developing story|developing"
    "|urgent|flash|live updates|live|refile|corrected|correction"
    # Greek
    "|ενημερωση|ενημερωθηκε|εκτακτη ειδηση|εκτακτο|εκτακτα|νεοτερα|τωρα"
    # Ukrainian
    "|оновлено|оновлення|терміново|блискавка"
    # Russian
    "|обновлено|обновление|срочно|молния"
)
# After a label: a number or time and any separator ("update 3-", "ενημερωση
# 14:30:"), or a colon, bar or dash ("breaking: ", "live — "); a plain hyphen
# only with space before it ("live - ") or after the wire slugs ("REFILE-",
# "UPDATE-"), so that "live-fire exercises" keeps its first word.
_AFTER_LABEL = r"(?:\s*\d{1,3}(?:[:.]\d{2})?\s*[-:|\u2010-\u2015]|\s*[:|\u2013-\u2015]|\s+[-\u2010-\u2012])"
_LABELS_RE = _LABELS.replace(" ", r"\s+")
_PREFIX_RE = re.compile(
    r"^(?:[\W_]*(?:"
    rf"(?:{_LABELS_RE}){_AFTER_LABEL}"
    r"|(?:update|refile|corrected)-"
    rf"|\[\s*(?:{_LABELS_RE})[^\]\n]{{0,24}}\]"
    rf"|\(\s*(?:{_LABELS_RE})[^)\n]{{0,24}}\)"
    r"))+"
)

# Scripts written without spaces between words: every character is a token.
_SPLIT_CHARS_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\U00020000-\U0003134f]"
)


def _class(ranges: list[tuple[int, int]]) -> str:
    return "".join(f"\\U{a:08x}-\\U{b:08x}" if a != b else f"\\U{a:08x}" for a, b in ranges)


def _ranges(keep: Callable[[str], bool], stop: int) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for cp in range(stop):
        if keep(chr(cp)):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return ranges


def _is_word(c: str) -> bool:
    """Letters, digits and combining marks (marks stay inside their words)."""
    return c.isalnum() or unicodedata.category(c)[0] == "M"


# Punctuation, symbols, emoji, control characters and the underscore become a
# space: everything but letters, digits, marks (and whitespace, which split()
# handles). The fast expression lists the Basic Multilingual Plane only (sre keeps
# it as a bitmap); a text with characters beyond it takes the general one, which
# gives the same result about three times slower.
_PUNCT_BMP_RE = re.compile(
    f"[{_class(_ranges(lambda c: c == '_' or not (_is_word(c) or c.isspace()), 0x10000))}]+"
)
_PUNCT_ALL_RE = re.compile(
    f"[^\\w{_class(_ranges(lambda c: unicodedata.category(c)[0] == 'M', 0x1E950))}]+|_+"
)


# Any character beyond the Basic Multilingual Plane (a search is cheaper than max()).
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


def _light(text: str) -> str:
    """Invisible characters out, NFKC, casefold, whitespace collapsed: nothing else."""
    return " ".join(unicodedata.normalize("NFKC", _INVISIBLE_RE.sub("", text)).casefold().split())


def normalize_for_dedup(text: str) -> str:
    """The text as dedup compares it: the same words, nothing else.

    NFKC, casefold, invisible characters and apostrophes removed, accents folded
    (Greek tonos and dialytika, Latin accents, Russian ё; not й/ї/ў), URLs and
    leading "BREAKING:"-style labels dropped, every run of punctuation, symbols
    or whitespace turned into one space, characters of unspaced scripts (Han,
    kana, Thai, ...) separated. May return "" (a text that is only a link).
    """
    s = unicodedata.normalize("NFKC", _INVISIBLE_RE.sub("", text)).casefold()
    if not s.isascii():
        s = unicodedata.normalize("NFC", _ACCENT_RE.sub("", unicodedata.normalize("NFD", s)))
        if _SPLIT_CHARS_RE.search(s):
            s = _SPLIT_CHARS_RE.sub(r" \g<0> ", s)
    if "/" in s or "www." in s:
        s = _URL_RE.sub(" ", s)
    s = _PREFIX_RE.sub("", s, count=1)
    punct = _PUNCT_ALL_RE if not s.isascii() and _ASTRAL_RE.search(s) else _PUNCT_BMP_RE
    return " ".join(punct.sub(" ", s).split())


def _exact_from_norm(norm: str, text: str) -> str:
    if not norm:
        # Nothing but links, emoji or punctuation: key the lightly normalised text
        # instead, so two different bare links are not "the same text".
        light = _light(text)
        if light:
            return hashlib.blake2b(b"\x00" + light.encode(), digest_size=16, person=_PERSON).hexdigest()
    return hashlib.blake2b(norm.encode(), digest_size=16, person=_PERSON).hexdigest()


def exact_key(text: str) -> str:
    """A 32-hex-digit key (blake2b, 16 bytes) of the normalised text."""
    return _exact_from_norm(normalize_for_dedup(text), text)


# ---------------------------------------------------------------- shingles

_TOKEN_CACHE: dict[str, int] = {}
_TOKEN_CACHE_MAX = 200_000
_MUL1 = 0x9E3779B97F4A7C15
_MUL2 = 0xBF58476D1CE4E5B9


def _hash8(data: bytes, domain: bytes = b"") -> bytes:
    return hashlib.blake2b(data, digest_size=8, person=domain + _PERSON).digest()


_BAND_HASH = hashlib.blake2b(digest_size=8, person=b"b" + _PERSON)


def _token_hashes(tokens: list[str]) -> list[int]:
    """A 64-bit blake2b hash per token, memoised (a pure cache: same results without it)."""
    cache = _TOKEN_CACHE
    out = []
    for t in tokens:
        h = cache.get(t)
        if h is None:
            h = int.from_bytes(_hash8(t.encode()), "little")
            if len(cache) >= _TOKEN_CACHE_MAX:
                cache.clear()
            cache[t] = h
        out.append(h)
    return out


def _shingles(tokens: list[str], joined: str) -> set[int]:
    """64-bit hashes of the word bigrams of a text, or of its character trigrams
    when it has a single token."""
    if len(tokens) >= SHINGLE_K:
        th = _token_hashes(tokens)
        # A bigram's hash: multiply, xor, multiply (bits of both words reach the
        # top bits that choose the bin and the order inside it).
        return {(((a * _MUL1) ^ b) * _MUL2) & _M64 for a, b in pairwise(th)}
    if not joined:
        return set()
    padded = f" {joined} "
    return {
        int.from_bytes(_hash8(padded[i : i + CHAR_K].encode(), b"c"), "little")
        for i in range(len(padded) - CHAR_K + 1)
    }


def _prepare(text: str) -> tuple[str, list[str], set[int]]:
    norm = normalize_for_dedup(text)
    tokens = norm.split()
    return norm, tokens, _shingles(tokens, norm)


# ---------------------------------------------------------------- MinHash


@lru_cache(maxsize=8)
def _probe_orders(num_perm: int) -> tuple[tuple[tuple[int, ...], ...], tuple[tuple[int, ...], ...]]:
    """For each bin, the other bins in a fixed pseudo-random order (where an empty
    bin borrows from), and each bin's rank in that order (for sparse signatures)."""
    orders = []
    ranks = []
    for i in range(num_perm):
        others = sorted(
            (j for j in range(num_perm) if j != i),
            key=lambda j: _hash8(f"{i}:{j}".encode(), b"p"),
        )
        orders.append(tuple(others))
        rank = [num_perm] * num_perm
        for pos, j in enumerate(others):
            rank[j] = pos
        ranks.append(tuple(rank))
    return tuple(orders), tuple(ranks)


def _signature(shingles: set[int], num_perm: int) -> tuple[int, ...]:
    if num_perm < 1:
        raise ValueError("num_perm must be >= 1")
    if not shingles:
        return (EMPTY,) * num_perm
    # One-permutation hashing: the top bits choose the bin; visiting hashes from
    # the largest down leaves each bin with its smallest. A bin keeps the low 31
    # bits of that hash (independent of the bits that chose it), never EMPTY.
    ordered = sorted(shingles, reverse=True)
    if num_perm & (num_perm - 1) == 0:
        shift = 64 - (num_perm.bit_length() - 1)
        bins = {h >> shift: h & _M31 for h in ordered}
    else:
        bins = {(h * num_perm) >> 64: h & _M31 for h in ordered}
    if len(bins) < num_perm:
        # Optimal densification: an empty bin takes the value of the first
        # non-empty bin in its own probe order (the same order for every text),
        # so each position still agrees with probability = Jaccard similarity.
        orders, ranks = _probe_orders(num_perm)
        filled = list(bins)
        if len(filled) * 4 < num_perm:
            for i in range(num_perm):
                if i not in bins:
                    bins[i] = bins[min(filled, key=ranks[i].__getitem__)]
        else:
            full = dict(bins)
            for i in range(num_perm):
                if i not in full:
                    for j in orders[i]:
                        if j in full:
                            bins[i] = full[j]
                            break
    return tuple(map(bins.__getitem__, range(num_perm)))


def minhash_signature(text: str, num_perm: int = NUM_PERM) -> tuple[int, ...]:
    """A MinHash signature of the text's shingles: ``num_perm`` ints below 2**31.

    Deterministic across processes and machines (blake2b, no ``hash()``). A text
    with no words gives ``(EMPTY,) * num_perm``.
    """
    return _signature(_prepare(text)[2], num_perm)


def lsh_bands(signature: tuple[int, ...] | list[int], bands: int = BANDS) -> list[str]:
    """Band keys ``"b<i>:<16 hex digits>"`` for an LSH index.

    Rows per band are ``len(signature) // bands`` (values left over at the end
    are not used). The signature of an empty text has no bands: nothing to match.
    """
    if bands < 1 or len(signature) < bands:
        raise ValueError(f"need at least {bands} signature values for {bands} bands, got {len(signature)}")
    if signature[0] == EMPTY and all(v == EMPTY for v in signature):
        return []
    rows = len(signature) // bands
    width = 4 * rows
    data = struct.pack(f"<{bands * rows}I", *signature[: bands * rows])
    out = []
    for b in range(bands):
        h = _BAND_HASH.copy()
        h.update(data[b * width : (b + 1) * width])
        out.append(f"b{b}:{h.hexdigest()}")
    return out


def estimate_jaccard(sig_a: tuple[int, ...] | list[int], sig_b: tuple[int, ...] | list[int]) -> float:
    """The share of positions where two signatures agree (0.0 when either is empty)."""
    if len(sig_a) != len(sig_b):
        raise ValueError(f"signatures differ in length: {len(sig_a)} != {len(sig_b)}")
    if not sig_a or (sig_a[0] == EMPTY and all(v == EMPTY for v in sig_a)):
        return 0.0
    if sig_b[0] == EMPTY and all(v == EMPTY for v in sig_b):
        return 0.0
    return sum(a == b for a, b in zip(sig_a, sig_b, strict=True)) / len(sig_a)


def _jaccard(a: set[int] | frozenset[int], b: set[int] | frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


# Shingle sets by text, for shingle_jaccard: a worker checks each recent update
# against many candidates and each candidate against many updates, so the same
# texts come back again and again. A pure cache.
@lru_cache(maxsize=4096)
def _shingle_set(text: str) -> frozenset[int]:
    return frozenset(_prepare(text)[2])


def shingle_jaccard(text_a: str, text_b: str) -> float:
    """Exact Jaccard similarity of the two texts' shingle sets (0.0 if either has none)."""
    return _jaccard(_shingle_set(text_a), _shingle_set(text_b))


# Shingle sets of normalised texts (Fingerprint.norm), for norm_jaccard. An
# update's own set is known from its fingerprint, so the exact check of its LSH
# candidates shingles only candidates not seen lately. A pure cache, oldest out first.
_NORM_SHINGLES: dict[str, frozenset[int]] = {}
_NORM_SHINGLES_MAX = 4096


def _remember_norm_shingles(norm: str, shingles: frozenset[int]) -> frozenset[int]:
    cache = _NORM_SHINGLES
    if len(cache) >= _NORM_SHINGLES_MAX:
        del cache[next(iter(cache))]
    cache[norm] = shingles
    return shingles


def norm_jaccard(norm_a: str, norm_b: str) -> float:
    """shingle_jaccard of two texts normalised already (Fingerprint.norm), without normalising them again."""
    return _jaccard(_norm_shingles(norm_a), _norm_shingles(norm_b))


def _norm_shingles(norm: str) -> frozenset[int]:
    known = _NORM_SHINGLES.get(norm)
    return known if known is not None else _remember_norm_shingles(norm, frozenset(_shingles(norm.split(), norm)))


# ---------------------------------------------------------------- all at once


NORM_KEPT = 1500  # characters of normalised text the index keeps for the exact check


class Fingerprint(msgspec.Struct, frozen=True):
    """Everything dedup keeps about a text."""

    exact: str  # exact_key
    bands: list[str]  # lsh_bands(sig), empty for a text with no words
    sig: tuple[int, ...]  # minhash_signature, NUM_PERM values
    tokens: int  # words in the normalised text
    norm: str = ""  # the normalised text, kept so a candidate can be checked exactly


def fingerprint(text: str) -> Fingerprint:
    """exact key, bands, signature and token count, normalising once."""
    norm, tokens, shingles = _prepare(text)
    sig = _signature(shingles, NUM_PERM)
    if len(norm) <= NORM_KEPT:  # the norm the index keeps is this one: its shingles are these
        _remember_norm_shingles(norm, frozenset(shingles))
    return Fingerprint(
        exact=_exact_from_norm(norm, text),
        bands=lsh_bands(sig, BANDS),
        sig=sig,
        tokens=len(tokens),
        norm=norm[:NORM_KEPT],
    )
