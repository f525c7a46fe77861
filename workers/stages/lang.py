"""Language of an update, and the parts of it written in other languages.

Fast and dependency-free: the script of each word decides Greek, Cyrillic or
Latin; letters only one language uses (і ї є ґ for Ukrainian, ы э ъ for
Russian) and short stopword lists decide within a script. Segments are
sentences and lines, so a Latin name inside a Greek sentence ("το Sky News")
stays Greek, while an English line of an embedded post becomes its own part.
"""

from __future__ import annotations

import re

from events.schema import LangPart
from workers.stages.textnorm import Doc, fold, script_of


# Short, high-frequency function words (folded). They are also the words a
# capital letter says nothing about at a sentence start.
def _words(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the a an and or of to in on at for from by with as is are was were be been has have had it its this that "
        "these those there their they he she we you i not no but if so than then also after before over into "
        "about against during since while who which what when where why how all more most some any said says "
        "will would could should may can must up out new now just only two one"
    ),
    "el": _words(
        "ο η το οι τα του τησ των τον την τη τουσ τισ στο στη στην στον στα στουσ στισ και να με σε για απο "
        "που δεν θα ειναι ηταν οτι ωσ αλλα ενω μετα πριν κατα προσ χωρισ ενα μια ενασ αυτη αυτο αυτοσ αυτοι "
        "εχει εχουν ειχε οπωσ ομωσ ακομη ακομα επισησ ηδη τι ποιοσ οταν εκει εδω πολυ μονο ουτε ουτε "
        "νωριτερα ειδικοτερα συμφωνα σημερα χθεσ αυριο"
    ),
    "uk": _words(
        "і й та в у на з із зі до від за по про під над що це як але не ні він вона воно вони його її їх "
        "який яка яке які також вже ще було були буде є бути щоб коли де там тут між через після перед "
        "цього цей ця ці також тому однак адже зокрема наразі"
    ),
    "ru": _words(
        "и в во на с со к ко по о об от до за из у под над что это как но не ни он она оно они его ее их "
        "который которая которое которые также уже еще было были будет есть быть чтобы когда где там тут "
        "между через после перед этого этот эта эти поэтому однако ведь сейчас"
    ),
    "de": _words(
        "der die das und ist nicht ein eine einen dem den des mit von zu im auf für sich auch es sie er wir "
        "ich wird werden wurde nach bei aus wie oder aber noch nur über"
    ),
    "fr": _words(
        "le la les et est un une des du de en dans pour pas que qui sur au aux avec ce cette il elle ils à "
        "sont ont été par plus ne se son sa ses mais ou"
    ),
    "es": _words(
        "el la los las y es un una unos de del en que por para con no se su sus al lo como más pero fue "
        "han ha este esta sobre entre"
    ),
    "it": _words(
        "il lo la gli le e è un una di del della in che per con non si sono al alla come più ma anche "
        "questo questa ha hanno dal nel"
    ),
    "pt": _words(
        "o a os as e é um uma de do da dos das em no na que por para com não se seu sua ao como mais mas "
        "foi são pelo pela"
    ),
    "nl": _words("de het een en is van in op te dat die niet met voor zijn er aan ook als maar bij"),
    "pl": _words("i w z na do nie się że to jest jak po od za przez dla o już jego jej ich oraz który która"),
    "tr": _words("ve bir bu da de ile için olarak daha çok gibi ama ne mi"),
}
STOPWORDS_ANY = frozenset().union(*STOPWORDS.values())

_LATIN_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "tr")
_UK_LETTERS = set("ієґ")  # after folding ї→і, ґ→г: і and є remain Ukrainian-only
_RU_LETTERS = set("ыэъ")
_BE_LETTERS = set("ў")
_SR_LETTERS = set("јљњћђџ")


_SR_RE = re.compile("[" + "".join(sorted(_SR_LETTERS)) + "]")
_UK_ONLY = STOPWORDS["uk"] - STOPWORDS["ru"]
_RU_ONLY = STOPWORDS["ru"] - STOPWORDS["uk"]


def _cyrillic_lang(words: list[str], hint: str | None) -> str | None:
    # letters counted by str.count over the joined words: one C loop per letter, not a Python one per character
    joined = " ".join(words)
    if any(map(joined.__contains__, _BE_LETTERS)):
        return "be"
    if _SR_RE.search(joined):
        return "sr"
    uk = sum(map(joined.count, _UK_LETTERS))
    ru = sum(map(joined.count, _RU_LETTERS))
    # the two stopword sets share no word: each counted in one C loop
    uk += 2 * sum(map(_UK_ONLY.__contains__, words))
    ru += 2 * sum(map(_RU_ONLY.__contains__, words))
    if uk == ru:
        return hint if hint in ("uk", "ru", "be", "bg", "sr") else None
    return "uk" if uk > ru else "ru"


# word -> the Latin-script languages whose stopword it is (one pass instead of one per language)
_LATIN_STOP: dict[str, tuple[str, ...]] = {}
for _lang in _LATIN_LANGS:
    for _w in STOPWORDS[_lang]:
        _LATIN_STOP[_w] = (*_LATIN_STOP.get(_w, ()), _lang)


def _latin_lang(words: list[str], hint: str | None) -> str:
    counts: dict[str, int] = {}
    for w in words:
        for lang in _LATIN_STOP.get(w, ()):
            counts[lang] = counts.get(lang, 0) + 1
    best, best_n = "en", 0
    for lang in _LATIN_LANGS:
        n = counts.get(lang, 0)
        if n > best_n:
            best, best_n = lang, n
    if best_n == 0 and hint in _LATIN_LANGS:
        return hint
    return best


def _classify(words: list[str], scripts: list[str], hint: str | None) -> tuple[str | None, int]:
    """Language of a run of words (None: Cyrillic without evidence), and how many letters back it."""
    if not words:
        return (hint or "und"), 0
    mixed = scripts.count(scripts[0]) != len(scripts)
    if not mixed:  # one script, the usual case
        sc, n = scripts[0], sum(map(len, words))
    else:
        counts: dict[str, int] = {}
        for w, s in zip(words, scripts, strict=True):
            counts[s] = counts.get(s, 0) + len(w)
        sc = max(counts, key=counts.__getitem__)
        n = counts[sc]
    if sc == "greek":
        return "el", n
    if sc == "cyrillic":
        if mixed:
            words = [w for w, s in zip(words, scripts, strict=True) if s == sc]
        return _cyrillic_lang(words, hint), n
    if sc == "latin":
        if mixed:
            words = [w for w, s in zip(words, scripts, strict=True) if s == sc]
        return _latin_lang(words, hint), n
    return (hint or "und"), n


# first character -> script, for the few hundred characters words start with
_SCRIPT_MEMO: dict[str, str] = {}


def _script(ch: str) -> str:
    sc = script_of(ch)
    sc = _SCRIPT_MEMO[ch] = sc if sc in ("greek", "cyrillic", "latin") else "digit"
    return sc


def detect(doc: Doc, hint: str | None = None) -> tuple[str, list[LangPart]]:
    """(dominant language, parts) of a Doc; parts are given only when languages mix.

    A segment needs 3 words of its own to count as a part in another language,
    so names and short quotes do not split a paragraph.
    """
    hint = hint.lower()[:2] if hint else None
    words = doc.words
    firsts = [w[0] for w in words]
    scripts = list(map(_SCRIPT_MEMO.get, firsts))
    if None in scripts:  # a first character not seen yet
        scripts = [sc or _script(ch) for sc, ch in zip(scripts, firsts, strict=True)]
    # group tokens by sentence
    segs: list[tuple[int, int, str | None, int]] = []  # (start char, end char, lang, letters)
    spans = doc.sent_spans
    for s, (i, j) in enumerate(doc.sent_tokens):
        if i == j:
            continue
        ws, ss = words[i:j], scripts[i:j]
        if "digit" in ss:
            ws = [w for w, sc in zip(ws, ss, strict=True) if sc != "digit"]
            ss = [sc for sc in ss if sc != "digit"]
        lang, letters = _classify(ws, ss, hint)
        a, b = spans[s]
        segs.append((a, b, lang, letters if len(ws) >= 3 else 0))
    if not segs:
        return (hint or "und"), []
    totals: dict[str, int] = {}
    for _, _, lang, letters in segs:
        if lang is not None:
            totals[lang] = totals.get(lang, 0) + letters
    if not any(totals.values()):
        known = [lang for _, _, lang, _ in segs if lang is not None]
        dominant = known[0] if known else (hint if hint in ("uk", "ru", "be", "bg", "sr") else "ru")
    else:
        dominant = max(totals, key=totals.__getitem__)
    if hint and hint != dominant and totals.get(hint, 0) * 3 >= totals.get(dominant, 0) * 2:
        dominant = hint  # a close call goes to the publisher's word
    # Cyrillic without Ukrainian- or Russian-only evidence takes the text's language
    cyr_default = (
        dominant
        if dominant in ("uk", "ru", "be", "bg", "sr")
        else (next((lang for lang in totals if lang in ("uk", "ru", "be", "bg", "sr")), None) or hint or "ru")
    )
    # Merge: short segments (no letters of their own) join the language around them.
    parts: list[LangPart] = []
    for a, b, seg_lang, letters in segs:
        lang = seg_lang if seg_lang is not None else cyr_default
        if letters == 0:
            lang = parts[-1].lang if parts else dominant
        if parts and parts[-1].lang == lang:
            parts[-1] = LangPart(lang=lang, start=parts[-1].start, end=b)
        else:
            parts.append(LangPart(lang=lang, start=a, end=b))
    if len(parts) <= 1:
        return dominant, []
    return dominant, [_trim(doc.text, p) for p in parts]


def _trim(text: str, p: LangPart) -> LangPart:
    a, b = p.start, p.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return LangPart(lang=p.lang, start=a, end=b)


def detect_text(text: str, hint: str | None = None) -> str:
    """Dominant language of a plain string (a title, a hint check)."""
    return detect(Doc(text), hint)[0]


def is_stopword(folded_word: str, lang: str | None = None) -> bool:
    """True for a function word of `lang` (any language when None)."""
    if lang and lang in STOPWORDS:
        return folded_word in STOPWORDS[lang]
    return folded_word in STOPWORDS_ANY


__all__ = ["STOPWORDS", "STOPWORDS_ANY", "detect", "detect_text", "fold", "is_stopword"]
