"""Text fingerprints for duplicate detection (workers.stages.dedup): pure, no server."""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import timeit
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.schema import Claim, Classification, Enrichment, Label, PlaceRef, SourceRef, UpdatePublished
from workers.stages.dedup import (
    BANDS,
    DEDUP_VERSION,
    EMPTY,
    NEAR_THRESHOLD,
    NUM_PERM,
    ROWS,
    Fingerprint,
    estimate_jaccard,
    exact_key,
    fingerprint,
    lsh_bands,
    minhash_signature,
    normalize_for_dedup,
    shingle_jaccard,
)
from workers.stages.stories import (
    _NAME_CLASSES,
    _NAME_KEEP,
    Features,
    _names_meet,
    _phonetic,
    buckets,
    decide,
    duplicate_score,
    hazard_kinds,
    make_features,
    name_keys,
    story_score,
)

ROOT = Path(__file__).resolve().parents[1]

ZW = "\u200b\u200c\u200d\u2060\ufeff"

# ---------------------------------------------------------------- exact keys

# (plain text, decorated copies that must get the same exact key)
SAME_TEXT = {
    "en": (
        "Explosions heard in Kyiv, the mayor says. Residents urged to stay in shelters.",
        [
            "BREAKING: Explosions heard in Kyiv, the mayor says. Residents urged to stay in shelters.",
            "UPDATE 3 - Explosions heard in Kyiv — the mayor says! Residents urged to stay in shelters https://t.co/AbC123",
            "🚨 UPDATED: explosions heard in\u00a0Kyiv,\u200b the mayor says.\n\nResidents urged to stay in "
            "shel\u00adters. pic.twitter.com/xyz987",
            "\ufeff\u202aEXPLOSIONS HEARD IN KYIV, THE MAYOR SAYS\u202c  —  residents urged to stay in shelters (www.example.com/live)",
        ],
    ),
    "el": (
        "Σειρήνες ήχησαν στο Κίεβο, καλούνται οι κάτοικοι να μεταβούν στα καταφύγια.",
        [
            "ΕΚΤΑΚΤΟ: Σειρήνες ήχησαν στο Κίεβο, καλούνται οι κάτοικοι να μεταβούν στα καταφύγια.",
            "ΕΝΗΜΕΡΩΣΗ: ΣΕΙΡΗΝΕΣ ΗΧΗΣΑΝ ΣΤΟ ΚΙΕΒΟ - καλούνται οι κάτοικοι να μεταβούν στα καταφύγια https://www.ertnews.gr/a/1",
            "Έκτακτο - Σειρήνες ήχησαν\u200b στο  Κίεβο· καλούνται οι κάτοικοι να μεταβούν στα\u00a0καταφύγια",
            "Σειρηνες ηχησαν στο Κιεβο, καλουνται οι κατοικοι να μεταβουν στα καταφυγια",
        ],
    ),
    "uk": (
        "Вибухи в Києві: ракета влучила в нафтобазу у Василькові, пожежа триває.",
        [
            "ТЕРМІНОВО: Вибухи в Києві: ракета влучила в нафтобазу у Василькові, пожежа триває.",
            "ОНОВЛЕНО: вибухи в Києві — ракета влучила в нафтобазу у Василькові; пожежа триває https://t.me/kyivcity/123",
            "Оновлено 14:30 - Вибухи\u2060 в Києві, ракета влучила в нафтобазу у Василькові... пожежа триває!",
            "\u200bВИБУХИ В КИЄВІ: РАКЕТА ВЛУЧИЛА В НАФТОБАЗУ У ВАСИЛЬКОВІ, ПОЖЕЖА ТРИВАЄ t.me/s/kyiv",
        ],
    ),
    "ru": (
        "В Харькове идут уличные бои, российские войска вошли в город.",
        [
            "СРОЧНО: В Харькове идут уличные бои, российские войска вошли в город.",
            "ОБНОВЛЕНО: в Харькове идут уличные бои — российские войска вошли в город https://t.me/s/news/42",
            "Срочно | В Харькове идут\u200d уличные бои,\tроссийские войска вошли в город",
            "[ОБНОВЛЕНО] В ХАРЬКОВЕ ИДУТ УЛИЧНЫЕ БОИ, РОССИЙСКИЕ ВОЙСКА ВОШЛИ В ГОРОД www.example.ru",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(SAME_TEXT))
def test_prefixes_urls_invisibles_and_whitespace_give_the_same_exact_key(lang: str) -> None:
    """Labels, links, zero-width and bidi characters, soft hyphens, case, accents and spacing do not change the exact key in English, Greek, Ukrainian or Russian."""
    plain, copies = SAME_TEXT[lang]
    for copy in copies:
        assert normalize_for_dedup(copy) == normalize_for_dedup(plain), copy
        assert exact_key(copy) == exact_key(plain), copy


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ΈΚΤΑΚΤΟ: Ο Ζελένσκι ΑΠΟΡΡΊΠΤΕΙ τις συνομιλίες", "ο ζελενσκι απορριπτει τισ συνομιλιεσ"),
        ("Ϊ ΐ ΰ ϋ", "ι ι υ υ"),
        ("Отримала ще їжу й воду, ўсё", "отримала ще їжу й воду ўсе"),
        ("Ещё ЁЛКА", "еще елка"),
        ("м'ясо м’ясо мʼясо Zelensky's", "мясо мясо мясо zelenskys"),
        ("Update on the talks: nothing new", "update on the talks nothing new"),
        ("Live-fire exercises near the border", "live fire exercises near the border"),
        ("REFILE-UPDATE 2-Russian forces enter Kharkiv", "russian forces enter kharkiv"),
        ("BREAKING NEWS: JUST IN: Kharkiv", "kharkiv"),
        ("(Update 2) Kharkiv", "kharkiv"),
        ("中文新闻：基辅爆炸", "中 文 新 闻 基 辅 爆 炸"),
        ("Straße ﬁre ２０２２ snake_case", "strasse fire 2022 snake case"),
        ("हिंदी समाचार", "हिंदी समाचार"),
        ("read https://t.me/x/1 and bbc.co.uk/news/live-1", "read and"),
        ("source:https://x.com/a/status/1 президент.рф/news/2", "source"),
        ("a ratio of 1.5/2 and awww.", "a ratio of 1 5 2 and awww"),
    ],
)
def test_normalize_for_dedup_examples(text: str, expected: str) -> None:
    """Normalisation folds tonos, ё and case, keeps й/ї/ў and Indic vowel signs, and drops only real labels and links."""
    assert normalize_for_dedup(text) == expected


def test_texts_that_are_only_links_do_not_share_a_key() -> None:
    """Two bare links normalise to nothing but keep different exact keys, and have no bands."""
    a, b = "https://t.me/kyiv/1", "https://t.me/kharkiv/2"
    assert normalize_for_dedup(a) == normalize_for_dedup(b) == ""
    assert exact_key(a) != exact_key(b)
    assert exact_key(a) == exact_key(f"  {a}\u200b ")
    assert fingerprint(a).bands == []


def test_exact_key_is_32_hex_digits() -> None:
    """The exact key is a blake2b-128 hex digest."""
    key = exact_key("Explosions heard in Kyiv")
    assert len(key) == 32
    int(key, 16)


_WHITESPACE = [" ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003", "\u3000", " \n "]
_BASE_TEXT = st.one_of(
    st.sampled_from(
        [plain for plain, _ in SAME_TEXT.values()] + [c for _, cs in SAME_TEXT.values() for c in cs]
    ),
    st.text(max_size=80),
)


@st.composite
def _decorated(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a copy with zero-width characters inserted anywhere and whitespace runs changed."""
    text = draw(_BASE_TEXT)
    out = [draw(st.sampled_from(["", *_WHITESPACE]))]
    i = 0
    while i < len(text):
        if text[i].isspace():
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            out.append(draw(st.sampled_from(_WHITESPACE)))
            i = j
            continue
        if draw(st.booleans()):
            out.append(draw(st.text(alphabet=ZW + "\u00ad\u200e\u200f\u2066\u2069", min_size=1, max_size=3)))
        out.append(text[i])
        i += 1
    out.append(draw(st.sampled_from(["", *_WHITESPACE, ZW])))
    return text, "".join(out)


@settings(max_examples=300, deadline=None)
@given(_decorated())
def test_zero_width_and_whitespace_never_change_the_exact_key(pair: tuple[str, str]) -> None:
    """Inserting zero-width characters anywhere, or changing a run of whitespace into another, keeps the exact key."""
    text, decorated = pair
    assert exact_key(decorated) == exact_key(text)


# ---------------------------------------------------------------- near duplicates

NEAR_PAIRS = [
    pytest.param(
        "KYIV, Feb 27 (Reuters) - Russian forces entered Ukraine's second-largest city Kharkiv on Sunday, the head "
        "of the regional administration said, as Moscow's invasion entered its fourth day. Street fighting was "
        "reported in the city, and residents were told to stay in shelters.",
        "Russian forces entered Ukraine's second-largest city, Kharkiv, on Sunday, the head of the regional "
        "administration said, as Moscow's invasion entered its fourth day. Street fighting was reported in the "
        "city and residents were told to stay in shelters, Reuters reported.",
        id="en-wire-dateline-dropped",
    ),
    pytest.param(
        "Russian forces have entered Kharkiv, Ukraine's second-largest city, and street fighting is under way, the "
        "head of the regional administration said on Sunday. Residents were told to stay in shelters. Video posted "
        "online showed light military vehicles moving through the city.",
        "Russian forces have entered Kharkiv, Ukraine's second-largest city, and street fighting is underway, the "
        "head of the regional administration said Sunday. Residents were told to stay in shelters. Video posted "
        "online showed light military vehicles moving through the city, AP reported.",
        id="en-house-style-edits",
    ),
    pytest.param(
        "Στη λευκορωσική πόλη Γόμελ βρίσκεται ήδη ρωσική αντιπροσωπεία για διαπραγματεύσεις με Ουκρανούς "
        "αξιωματούχους, ανακοίνωσε το Κρεμλίνο όπως μεταδίδει το Associated Press. Ειδικότερα ο Ντμίτρι Πεσκόφ, "
        "εκπρόσωπος του Κρεμλίνου, ανέφερε ότι η αντιπροσωπεία αποτελείται από αξιωματούχους του στρατού και "
        "διπλωμάτες.",
        "ΕΚΤΑΚΤΟ: Στη λευκορωσική πόλη Γόμελ βρίσκεται ήδη ρωσική αντιπροσωπεία για διαπραγματεύσεις με Ουκρανούς "
        "αξιωματούχους, ανακοίνωσε το Κρεμλίνο, όπως μεταδίδει το Associated Press. Ο Ντμίτρι Πεσκόφ, εκπρόσωπος "
        "του Κρεμλίνου, ανέφερε ότι η αντιπροσωπεία αποτελείται από αξιωματούχους του στρατού και διπλωμάτες. "
        "https://t.co/x1",
        id="el-label-and-word-dropped",
    ),
    pytest.param(
        "У Києві на Лук'янівці ракета влучила в дитячу онкологічну лікарню, загинула одна дитина, ще кілька людей "
        "поранені, повідомили в Київській міській військовій адміністрації. На місці працюють рятувальники та медики.",
        "ТЕРМІНОВО: у Києві на Лук’янівці ракета влучила в дитячу онкологічну лікарню, загинула одна дитина, ще "
        "кілька людей поранено, повідомили в Київській міській військовій адміністрації. На місці працюють "
        "рятувальники та медики. Фото: КМВА",
        id="uk-label-word-changed-credit-added",
    ),
    pytest.param(
        "В Харькове идут уличные бои: российские войска вошли в город, сообщил глава областной администрации Олег "
        "Синегубов. Жителей призвали не выходить из укрытий и не приближаться к окнам.",
        "СРОЧНО: в Харькове идут уличные бои — российские войска вошли в город, сообщил глава Харьковской областной "
        "администрации Олег Синегубов. Жителей призвали не выходить из укрытий и не приближаться к окнам.",
        id="ru-label-word-added",
    ),
]


@pytest.mark.parametrize(("original", "copy"), NEAR_PAIRS)
def test_syndicated_copy_with_small_edits_is_near(original: str, copy: str) -> None:
    """A syndicated copy with small edits scores at least the threshold and shares an LSH band with the original."""
    assert exact_key(original) != exact_key(copy)
    assert shingle_jaccard(original, copy) >= NEAR_THRESHOLD
    fa, fb = fingerprint(original), fingerprint(copy)
    assert set(fa.bands) & set(fb.bands)


FAR_PAIRS = [
    pytest.param(
        "Explosions were heard in Kyiv early on Sunday, the city's mayor Vitali Klitschko said, urging residents "
        "to stay in shelters.",
        "A Russian missile struck an oil depot in Vasylkiv near Kyiv early on Sunday, the town's mayor said, "
        "urging residents to stay indoors.",
        id="en-explosions-vs-depot-strike",
    ),
    pytest.param(
        "Explosions heard in Kyiv, the mayor said on Telegram. Residents are urged to stay in shelters.",
        "Explosions heard in Kyiv as a missile hit the TV tower, killing five people, officials said.",
        id="en-same-opening-different-strike",
    ),
    pytest.param(
        "A Russian missile hit a residential building in Kharkiv, killing 3 people, the regional governor said.",
        "A Russian missile hit a residential building in Dnipro, killing 5 people, the regional governor said.",
        id="en-template-other-city-and-toll",
    ),
    pytest.param(
        "Σειρήνες ήχησαν στο Κίεβο, καλούνται οι κάτοικοι να μεταβούν στα καταφύγια.",
        "Σειρήνες ήχησαν στο Χάρκοβο μετά από βομβαρδισμό, αναφέρουν ουκρανικά ΜΜΕ.",
        id="el-sirens-two-cities",
    ),
    pytest.param(
        "Вибухи чути в Києві, повідомив мер Віталій Кличко. Залишайтеся в укриттях.",
        "Вибухи чути у Василькові: ракета влучила в нафтобазу, повідомив мер міста.",
        id="uk-explosions-vs-depot",
    ),
    pytest.param(
        "Взрывы прогремели в Киеве, сообщил мэр Виталий Кличко. Жителей призвали оставаться в укрытиях.",
        "Взрывы прогремели в Киеве: ракета попала в детскую больницу, погиб ребенок, сообщили в администрации.",
        id="ru-explosions-vs-hospital",
    ),
]


@pytest.mark.parametrize(("a", "b"), FAR_PAIRS)
def test_different_stories_with_similar_wording_are_not_near(a: str, b: str) -> None:
    """Reports of different events at the same place, even on one template, stay below the threshold."""
    assert shingle_jaccard(a, b) < NEAR_THRESHOLD
    assert estimate_jaccard(fingerprint(a).sig, fingerprint(b).sig) < NEAR_THRESHOLD


def test_lsh_layout_finds_pairs_at_the_threshold_with_probability_098() -> None:
    """The S-curve 1-(1-s^r)^b is at least 0.98 at the threshold, and sampled pairs there share a band that often."""
    assert BANDS * ROWS == NUM_PERM
    assert 1 - (1 - NEAR_THRESHOLD**ROWS) ** BANDS >= 0.98
    rng = random.Random(20220227)
    vocab = [f"w{i}" for i in range(3000)]
    found = total = 0
    while total < 400:
        a = [rng.choice(vocab) for _ in range(rng.randint(15, 120))]
        b = list(a)
        for _ in range(max(1, len(a) // 12)):
            b[rng.randrange(len(b))] = rng.choice(vocab)
        ta, tb = " ".join(a), " ".join(b)
        if not NEAR_THRESHOLD <= shingle_jaccard(ta, tb) < NEAR_THRESHOLD + 0.05:
            continue
        total += 1
        found += bool(set(fingerprint(ta).bands) & set(fingerprint(tb).bands))
    # 0.988 expected; 0.96 leaves room for sampling noise on 400 pairs.
    assert found / total >= 0.96


def _edit(words: list[str], rng: random.Random, vocab: list[str]) -> list[str]:
    out = list(words)
    for _ in range(rng.randint(1, max(1, len(words) // 3))):
        i = rng.randrange(len(out))
        op = rng.random()
        if op < 0.5:
            out[i] = rng.choice(vocab)
        elif op < 0.75:
            out.insert(i, rng.choice(vocab))
        elif len(out) > 3:
            del out[i]
    return out


def test_estimate_jaccard_tracks_shingle_jaccard_on_random_edits() -> None:
    """On randomly edited texts the signature estimate is unbiased and within 0.3 of the exact similarity."""
    rng = random.Random(7)
    source = Path(ROOT / "seeds" / "liveblog-2022-02-27-el.txt").read_text(encoding="utf-8").split()
    vocab = sorted(set(source))
    errors = []
    for _ in range(600):
        start = rng.randrange(len(source) - 200)
        a = source[start : start + rng.randint(10, 200)]
        b = _edit(a, rng, vocab)
        ta, tb = " ".join(a), " ".join(b)
        errors.append(
            estimate_jaccard(minhash_signature(ta), minhash_signature(tb)) - shingle_jaccard(ta, tb)
        )
    # One position agrees with probability J: the standard deviation of a 64-position
    # estimate is at most 0.0625; densified short texts add a little.
    assert abs(statistics.mean(errors)) < 0.01
    assert statistics.mean(abs(e) for e in errors) < 0.07
    assert max(abs(e) for e in errors) < 0.3


# ---------------------------------------------------------------- determinism and shape


_CHILD = """
import json, sys
from workers.stages.dedup import fingerprint
texts = json.loads(sys.stdin.read())
print(json.dumps([[f.exact, f.bands, list(f.sig), f.tokens] for f in map(fingerprint, texts)]))
"""


def test_fingerprints_are_the_same_in_another_process() -> None:
    """A fresh interpreter with a different hash seed computes identical keys, bands and signatures."""
    texts: list[str] = [plain for plain, _ in SAME_TEXT.values()]
    texts += [str(p.values[0]) for p in NEAR_PAIRS] + ["Kyiv", "中文新闻"]
    here = [[f.exact, f.bands, list(f.sig), f.tokens] for f in map(fingerprint, texts)]
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        done = subprocess.run(
            [sys.executable, "-c", _CHILD],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
            timeout=60,
        )
        assert json.loads(done.stdout) == here


def test_fingerprint_matches_the_separate_functions_and_round_trips() -> None:
    """fingerprint() agrees with exact_key, minhash_signature and lsh_bands, and survives msgspec JSON."""
    text = SAME_TEXT["el"][0]
    fp = fingerprint(text)
    assert fp.exact == exact_key(text)
    assert fp.sig == minhash_signature(text)
    assert len(fp.sig) == NUM_PERM and all(0 <= v < 2**31 for v in fp.sig)
    assert fp.bands == lsh_bands(fp.sig)
    assert len(fp.bands) == BANDS
    assert all(
        band.startswith(f"b{i}:") and len(band) == len(f"b{i}:") + 16 for i, band in enumerate(fp.bands)
    )
    assert fp.tokens == len(normalize_for_dedup(text).split())
    assert msgspec.json.decode(msgspec.json.encode(fp), type=Fingerprint) == fp
    assert DEDUP_VERSION == "dedup/1"


def test_texts_without_words_have_no_bands_and_no_similarity() -> None:
    """An empty or punctuation-only text has an EMPTY signature, no bands, and similarity 0 with anything."""
    for text in ("", "   ", "!!! 🔥🔥", "https://example.com/x"):
        fp = fingerprint(text)
        assert fp.sig == (EMPTY,) * NUM_PERM
        assert fp.bands == []
        assert fp.tokens == 0
        assert shingle_jaccard(text, text) == 0.0
        assert estimate_jaccard(fp.sig, fp.sig) == 0.0
        assert estimate_jaccard(fp.sig, minhash_signature("Kyiv")) == 0.0


def test_single_words_use_character_shingles() -> None:
    """A one-word text still has a signature and bands, and a one-letter edit of it is similar but not identical."""
    fa, fb = fingerprint("Kyiv"), fingerprint("Kyiv!")
    assert fa == fb and fa.tokens == 1 and len(fa.bands) == BANDS
    assert 0 < shingle_jaccard("Kharkiv", "Kharkov") < 1
    assert shingle_jaccard("Kyiv", "Kyiv") == 1.0


def test_signature_sizes_and_band_counts_are_checked() -> None:
    """Other signature sizes work, and mismatched signatures or too many bands are refused."""
    sig = minhash_signature("Explosions heard in Kyiv tonight", num_perm=48)
    assert len(sig) == 48
    assert len(lsh_bands(sig, bands=12)) == 12
    with pytest.raises(ValueError):
        estimate_jaccard(sig, minhash_signature("Explosions heard in Kyiv tonight"))
    with pytest.raises(ValueError):
        lsh_bands(sig[:4], bands=16)


@pytest.mark.parametrize(
    "text",
    [
        ".".join(["ab1"] * 20_000) + "1/",  # a host-like run that never becomes a link
        "a.1" * 30_000 + " /",
        "update: " * 20_000,
        "!" * 100_000,
        " \u200b" * 50_000,
    ],
)
def test_hostile_texts_take_linear_time(text: str) -> None:
    """Long runs of dots, labels, punctuation or invisible characters are fingerprinted in well under a second."""
    start = timeit.default_timer()
    fingerprint(text)
    assert timeit.default_timer() - start < 1.0


def test_fingerprint_is_fast_enough() -> None:
    """A 500-character update is fingerprinted well inside the per-update budget (generous bound for slow CI)."""
    text = Path(ROOT / "seeds" / "liveblog-2022-02-27-el.txt").read_text(encoding="utf-8")[:500]
    fingerprint(text)
    per_call = min(timeit.repeat(lambda: fingerprint(text), number=200, repeat=3)) / 200
    assert per_call < 1e-3


# ---------------------------------------------------------------- story links (workers.stages.stories)

H = 3600.0
T0 = 1_646_000_000.0  # event time of the examples, epoch seconds
KYIV, LVIV, KHARKIV = "geonames:703448", "geonames:702550", "geonames:706483"


def feat(fid: str, t_h: float = 0.0, **kw: object) -> Features:
    return Features(id=fid, t=T0 + t_h * H, source=kw.pop("source", "S" + fid), **kw)  # type: ignore[arg-type]


def links_of(u: Features, others: list[Features], story_window_h: float = 6.0) -> set[str]:
    _, story = decide(u.id, u, others, dedup_window_s=72 * H, story_window_s=story_window_h * H)
    return {link.other for link in story.links}


@pytest.mark.parametrize(
    "forms",
    [
        ("Khartoum", "Хартумі", "Хартуме", "Χαρτούμ"),
        ("Homs", "Хомсі", "Хомсе", "Χομς"),
        ("al-Ahli", "Аль-Ахлі", "Аль-Ахли", "αλ-Άχλι"),
        ("Chernihiv", "Чернігові", "Чернигове", "Τσερνίχιβ"),
        ("Parnitha", "Парнита", "Πάρνηθα"),
        ("Belgorod", "Бєлгородської", "Μπέλγκοροντ"),
    ],
)
def test_a_name_gets_one_key_in_latin_cyrillic_and_greek(forms: tuple[str, ...]) -> None:
    """The consonant-class key reads a name the same across scripts and case endings."""
    keys = {_phonetic(form)[:_NAME_CLASSES] for form in forms}
    assert len(keys) == 1 and len(keys.pop()) == _NAME_CLASSES


def test_name_keys_skip_sentence_starts_short_acronyms_weekdays_and_resolved_names() -> None:
    """Only capitalised words inside a sentence that the enricher did not resolve become name keys."""
    text = "Fighting near Parnitha on Sunday, US officials said. Heavy smoke over al-Ahli"
    keys = name_keys(text, Enrichment(lang="en"))
    assert keys == tuple(sorted({_phonetic("Parnitha")[:_NAME_KEEP], _phonetic("al-Ahli")[:_NAME_KEEP]}))
    # once resolved as a place, the name is compared by its id instead
    place = PlaceRef(
        id="geonames:1", name="Parnitha", country="GR", lat=0, lon=0, precision="city",
        matched="Parnitha", start=14, end=22,
    )  # fmt: skip
    assert _phonetic("Parnitha")[:_NAME_KEEP] not in name_keys(text, Enrichment(lang="en", places=[place]))


def test_outlets_a_text_names_are_shared_names_but_no_index_keys() -> None:
    """"The EU bans RT and Sputnik" in Greek and in Russian share the outlets they name (not the one that
    published them), and those two names tie the reports; no bucket gathers every report citing an outlet."""
    def outlets(text: str, *names: str) -> Enrichment:
        refs = [
            SourceRef(name=n, kind="cited", matched=n, start=text.index(n), end=text.index(n) + len(n)) for n in names
        ]
        return Enrichment(lang="xx", sources=refs)

    el = "Η ΕΕ απαγορεύει τη μετάδοση των RT και Sputnik, ανακοίνωσε η Ούρσουλα φον ντερ Λάιεν."
    ru = "Евросоюз запретит вещание RT и Sputnik на своей территории, заявила Урсула фон дер Ляйен."
    el_keys = name_keys(el, outlets(el, "RT", "Sputnik"), "Kathimerini")
    ru_keys = name_keys(ru, outlets(ru, "RT", "Sputnik"), "RT")  # RT's own report does not name itself
    assert [k for k in el_keys if k[0] == "#"] == ["#RT#", "#Sputnik#"]
    assert [k for k in ru_keys if k[0] == "#"] == ["#Sputnik#"]
    ban: dict[str, object] = {"people": ("von_der_leyen",), "orgs": ("eu",)}
    a = feat("a", lang="el", names=("#RT#", "#Sputnik#"), **ban)
    b = feat("b", 0.3, lang="ru", names=("#RT#", "#Sputnik#"), **ban)
    airspace = feat("c", 0.2, lang="ru", **ban)  # the same people, another measure of the same hour
    assert links_of(b, [a, airspace]) == {"a"}
    assert not any("#" in key for key in buckets(a))
    assert _names_meet(("#RT#",), ("#RTL#",)) == 0


def test_same_event_across_languages_links_when_one_side_did_not_resolve_the_place() -> None:
    """ "Homs" resolved in one report meets "Хомсе" unresolved in another: same place, same kind of event."""
    en = feat(
        "a",
        places=("geonames:169577",),
        place_names=("KMS",),
        countries=("SY",),
        labels=("air_drone_strike",),
    )
    ru = feat("b", 0.5, names=("KMS",), labels=("air_drone_strike",))
    assert links_of(ru, [en]) == {"a"} and links_of(en, [ru]) == {"b"}


def test_template_about_another_city_or_country_does_not_link() -> None:
    """One template about two cities, or the same name in two countries (Odesa, Odessa TX), is two stories."""
    kyiv = feat("a", places=(KYIV,), countries=("UA",), labels=("shelling_missile",))
    lviv = feat("b", 0.1, places=(LVIV,), countries=("UA",), labels=("shelling_missile",))
    texas = feat("c", 0.1, names=("VTS",), countries=("US",), labels=("shelling_missile",))
    odesa = feat(
        "d",
        0.2,
        place_names=("VTS",),
        places=("geonames:698740",),
        countries=("UA",),
        labels=("shelling_missile",),
    )
    assert links_of(lviv, [kyiv]) == set()
    assert links_of(texas, [odesa]) == set()


def test_a_city_named_in_passing_is_not_where_two_reports_meet() -> None:
    """Two strikes at two cities, each ending "no comment from Moscow", are two stories; a report from Moscow
    about the strike at Kharkiv, and the one at Kharkiv that names Moscow, are one; a region first may hold the city."""
    moscow, dnipro, thessaly, volos = "geonames:524901", "geonames:709930", "iso3166-2:GR-E", "geonames:253394"
    base: dict[str, object] = {"countries": ("RU", "UA"), "labels": ("shelling_missile",)}
    kharkiv = feat("a", places=(KHARKIV, moscow), main_place=KHARKIV, **base)
    at_dnipro = feat("b", 0.5, places=(dnipro, moscow), main_place=dnipro, **base)
    from_moscow = feat("c", 0.5, places=(KHARKIV, moscow), main_place=moscow, **base)
    only_moscow = feat("d", 0.5, places=(moscow,), main_place=moscow, **base)
    assert links_of(at_dnipro, [kharkiv]) == set()
    assert links_of(from_moscow, [kharkiv]) == {"a"}
    assert links_of(only_moscow, [kharkiv]) == set()
    storm: dict[str, object] = {"countries": ("GR",), "labels": ("casualty_report",)}
    region_first = feat("e", places=(thessaly, volos), main_place=thessaly, **storm)
    city_first = feat("f", 0.5, places=(volos, thessaly), main_place=volos, **storm)
    in_volos = feat("g", 0.5, places=(volos,), main_place=volos, **storm)
    assert links_of(city_first, [region_first]) == {"e"} and links_of(in_volos, [region_first]) == {"e"}


def test_a_template_with_its_place_swapped_is_no_copy_even_beside_a_shared_place() -> None:
    """"Sirens in Kyiv ... no comment from Moscow" and the same words about Lviv are two updates; a copy
    that only drops a place it named is still a copy."""
    moscow = "geonames:524901"
    same_text: dict[str, object] = {"norm": "sirens sounded no comment from moscow", "bands": ("b0:1",)}
    kyiv = feat("a", places=(KYIV, moscow), **same_text)
    lviv = feat("b", 0.1, places=(LVIV, moscow), **same_text)
    kyiv_only = feat("c", 0.1, places=(KYIV,), **same_text)
    assert duplicate_score(lviv, kyiv, 72 * H)[0] == "none"
    assert duplicate_score(kyiv_only, kyiv, 72 * H) == ("near", 1.0)


def test_an_alert_is_not_the_strike_and_talks_phases_stay_apart() -> None:
    """An air-raid alert never joins the strike at the same place; talks proposed are not talks held."""
    strike = feat("a", places=(KHARKIV,), labels=("shelling_missile",))
    alert = feat("b", 0.1, places=(KHARKIV,), labels=("air_raid_alert",))
    assert links_of(alert, [strike]) == set()
    proposed = feat("c", countries=("BY",), labels=("negotiations",), phase="proposed", people=("peskov",))
    held = feat("d", 0.5, countries=("BY",), labels=("negotiations",), phase="held", people=("peskov",))
    held_too = feat("e", 0.6, countries=("BY",), labels=("negotiations",), phase="held")
    assert links_of(held, [proposed]) == set()
    assert links_of(held_too, [held]) == {"d"}


def test_an_update_chain_links_beyond_the_story_window_only_with_a_rising_toll() -> None:
    """ "22 killed" then "47 killed" at one place the next morning is one story; the same place and type without a figure is not."""
    first = feat(
        "a", places=("geonames:710735",), labels=("air_drone_strike", "attack_on_civilians"), killed=22
    )
    raised = feat(
        "b", 19, places=("geonames:710735",), labels=("air_drone_strike", "attack_on_civilians"), killed=47
    )
    other = feat("c", 19, places=("geonames:710735",), labels=("air_drone_strike", "attack_on_civilians"))
    lower = feat(
        "d", 19, places=("geonames:710735",), labels=("air_drone_strike", "attack_on_civilians"), killed=3
    )
    assert links_of(raised, [first]) == {"a"}
    assert links_of(other, [first]) == set() and links_of(lower, [first]) == set()


_ids = st.sampled_from
feature_st = st.builds(
    Features,
    id=st.text("abcdef", min_size=1, max_size=4),
    t=st.floats(T0, T0 + 30 * H),
    source=_ids(["A", "B"]),
    title=st.none() | _ids(["x", "y"]),
    thread=st.none() | _ids(["blog"]),
    places=st.lists(_ids([KYIV, LVIV, KHARKIV, "iso3166-2:UA-63"]), max_size=2, unique=True).map(tuple),
    labels=st.lists(
        _ids(["shelling_missile", "explosion", "negotiations", "air_raid_alert", "protest"]),
        max_size=2,
        unique=True,
    ).map(tuple),
    killed=st.none() | st.integers(0, 50),
    injured=st.none() | st.integers(0, 50),
    countries=st.lists(_ids(["UA", "RU", "BY"]), max_size=2, unique=True).map(tuple),
    numbers=st.lists(_ids(["22", "47", "7.8"]), max_size=2, unique=True).map(tuple),
    people=st.lists(_ids(["peskov", "zelensky"]), max_size=1).map(tuple),
    orgs=st.lists(_ids(["rsf", "eu"]), max_size=1).map(tuple),
    names=st.lists(_ids(["KRKP", "KRK", "KMS", "VTS"]), max_size=2, unique=True).map(tuple),
    place_names=st.lists(_ids(["KRKP", "KMS"]), max_size=1).map(tuple),
    phase=st.none() | _ids(["proposed", "held"]),
    hazards=st.lists(_ids(["quake", "flood"]), max_size=1).map(tuple),
).flatmap(
    # the first place named is one of its places
    lambda f: st.sampled_from(f.places or (None,)).map(lambda main: msgspec.structs.replace(f, main_place=main))
)


@settings(max_examples=400, deadline=None)
@given(feature_st, feature_st)
def test_story_decisions_are_symmetric(u: Features, x: Features) -> None:
    """Whichever of two updates is analysed second, the pair gets the same score and the same link."""
    x = msgspec.structs.replace(x, id=u.id + "z")
    assert story_score(u, x) == story_score(x, u)
    assert (x.id in links_of(u, [x])) == (u.id in links_of(x, [u]))


def test_unresolved_names_count_across_languages_only() -> None:
    """A shared unresolved name ties reports in two languages; within one language capitalised common words would."""
    base: dict[str, object] = {"countries": ("SD",), "labels": ("armed_clash",), "names": ("KRTM",)}
    en, uk, en_too = (
        feat("a", 0, lang="en", **base),
        feat("b", 2, lang="uk", **base),
        feat("c", 2, lang="en", **base),
    )
    assert story_score(en, uk) == story_score(en, en_too) + 1.0


def test_a_report_named_at_no_place_links_by_who_acted_within_the_hour() -> None:
    """ "The EU closes its airspace" in two languages: who acted stands in for where, when the type agrees and within the hour."""
    base: dict[str, object] = {"labels": ("sanctions_aid",), "orgs": ("eu",)}
    en, ru = feat("a", 0, lang="en", **base), feat("b", 0.4, lang="ru", **base)
    assert links_of(ru, [en]) == {"a"}
    later = feat("c", 3, lang="ru", **base)  # another decision of the same body that day
    other_type = feat("d", 0.4, lang="ru", labels=("force_movement",), orgs=("eu",))
    assert links_of(later, [en]) == set() and links_of(other_type, [en]) == set()
    # at a named place the place is the anchor, and a shared actor counts as before
    at_kyiv = {**base, "places": (KYIV,)}
    assert links_of(feat("e", 0.4, **at_kyiv), [feat("f", 0, **base)]) == set()
    # such reports meet in the index by their actors and countries
    assert {"aeu", "cUA"} <= set(buckets(feat("g", orgs=("eu",), countries=("UA",))))
    assert "aeu" not in buckets(feat("h", orgs=("eu",), places=(KYIV,)))


def test_an_acronym_is_its_own_key_in_any_script() -> None:
    """ "SWIFT" in Ukrainian and in Russian prose is one name; its phonetic key would meet any S-P-T word."""
    uk = name_keys("Захід погодився відключити низку російських банків від SWIFT.", Enrichment(lang="uk"))
    ru = name_keys("Запад договорился отключить ряд российских банков от SWIFT.", Enrichment(lang="ru"))
    assert uk == ru == ("=SWIFT",)
    assert name_keys("Сили RSF заявили про контроль над SWIFT", Enrichment(lang="uk")) == ("=RSF", "=SWIFT")


def test_a_shared_unknown_name_anchors_placeless_reports_like_an_actor() -> None:
    """Two languages, within the hour, one kind of event, one name no table knows: one story; a day apart, not."""
    base = {"labels": ("sanctions_aid",), "names": ("=SWIFT",)}
    uk = feat("a", 0, lang="uk", **base)
    assert links_of(feat("b", 0.6, lang="ru", **base), [uk]) == {"a"}
    assert links_of(feat("c", 3, lang="ru", **base), [uk]) == set()
    # within one language capitalised words meet too often to count
    assert links_of(feat("d", 0.6, lang="uk", **base), [uk]) == set()
    assert links_of(feat("e", 0.6, lang="ru", labels=("protest",), names=("=SWIFT",)), [uk]) == set()


def test_a_disasters_toll_may_count_a_neighbouring_country() -> None:
    """ "76 killed in Turkey after the earthquake", then "the toll in Turkey and Syria passed 500": one disaster."""
    quake = {"labels": ("casualty_report",), "hazards": ("quake",)}
    turkey = feat("a", 0, countries=("TR",), killed=76, **quake)
    both = feat("b", 3, countries=("SY", "TR"), killed=500, **quake)
    assert links_of(both, [turkey]) == {"a"}
    # without a disaster named in both, only the same countries make the country the place
    war = {"labels": ("casualty_report",)}
    assert links_of(feat("c", 3, countries=("SY", "TR"), killed=500, **war), [feat("d", 0, countries=("TR",), killed=76, **war)]) == set()


def test_a_country_wide_toll_chain_links_without_a_city() -> None:
    """ "296 killed in the quake in Morocco", next morning "over 1,000": the country is the place when a figure ties them."""
    first = feat("a", 0, countries=("MA",), labels=("humanitarian",), killed=296)
    raised = feat("b", 6.5, countries=("MA",), labels=("humanitarian",), killed=1000)
    no_figure = feat("c", 2, countries=("MA",), labels=("humanitarian",))
    elsewhere = feat("d", 6.5, countries=("DZ",), labels=("humanitarian",), killed=1000)
    assert links_of(raised, [first]) == {"a"}
    assert links_of(no_figure, [first]) == set() and links_of(elsewhere, [first]) == set()


@settings(max_examples=200, deadline=None)
@given(feature_st, st.lists(feature_st, max_size=8, unique_by=lambda f: f.id), st.randoms())
def test_decisions_do_not_depend_on_the_order_of_candidates(
    u: Features, others: list[Features], rnd: random.Random
) -> None:
    """decide takes candidates in any order (the index gives them by id): the same copy and links."""
    # about half of them exact copies of u, to exercise the choice of the copy it repeats
    u = msgspec.structs.replace(u, exact="k")
    others = [
        msgspec.structs.replace(x, id=x.id + "z", exact="k" if rnd.random() < 0.5 else "") for x in others
    ]
    shuffled = others[:]
    rnd.shuffle(shuffled)
    kw = {"dedup_window_s": 72 * H, "story_window_s": 6 * H}
    assert decide(u.id, u, others, **kw) == decide(u.id, u, shuffled, **kw)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("A magnitude 6.3 earthquake struck western Afghanistan", ("quake",)),
        ("Ο σεισμός των 7,8 Ρίχτερ", ("quake",)),
        ("На заході Афганістану стався землетрус магнітудою 6,3", ("quake",)),
        ("Число погибших при землетрясении превысило 1000", ("quake",)),
        ("Storm Daniel brought floods to Thessaly", ("flood", "storm")),
        ("Πλημμύρες στη Θεσσαλία μετά την κακοκαιρία", ("flood", "storm")),
        ("Унаслідок підриву ГЕС підтоплено 24 населені пункти", ("flood",)),
        ("Εκκένωση λόγω της μεγάλης πυρκαγιάς", ("fire",)),
        ("Жителей эвакуируют из-за лесного пожара", ("fire",)),
        # a verb, a truce and gunfire name no disaster
        ("Protesters stormed parliament as troops opened fire; the ceasefire collapsed", ()),
    ],
)
def test_hazard_kinds_in_four_languages(text: str, kinds: tuple[str, ...]) -> None:
    """The kind of disaster a text names, whatever its language and case ending."""
    assert hazard_kinds(text) == kinds


def test_a_disaster_told_by_its_toll_and_by_its_strength_links_at_one_place() -> None:
    """ "2,000 killed in the Herat quakes" and, hours before, "a 6.3 quake struck near Herat": the hazard stands in for the type."""
    herat = ("geonames:1140026",)
    toll = feat("a", 5, places=herat, labels=("humanitarian",), killed=2000, hazards=("quake",))
    strength = feat("b", 0, places=herat, numbers=("6.3",), hazards=("quake",))
    assert links_of(toll, [strength]) == {"b"}
    # the same place and hours apart, but another disaster (or none named) is not enough
    flood = feat("c", 0, places=herat, hazards=("flood",))
    unnamed = feat("d", 0, places=herat)
    assert links_of(toll, [flood]) == set() and links_of(toll, [unnamed]) == set()


def test_a_denial_that_a_strike_happened_is_about_the_strike():
    """ "Reports of a strike on a children's hospital are a lie": no strike is reported, but the
    denial belongs to the strike's story, so its features carry the kind of event it denies."""
    from datetime import UTC, datetime

    update = UpdatePublished(
        id="u1", source="TASS", text="...", published_at=datetime(2022, 3, 1, tzinfo=UTC), received_at=datetime(2022, 3, 1, tzinfo=UTC)
    )
    statement = [Label(label="statement", score=0.7)]
    denial = Classification(types=statement, claim=Claim(by="russia", denied=True, about=["attack_on_civilians"]))
    plain = Classification(types=statement, claim=Claim(by="russia"))
    assert make_features(update, Enrichment(lang="ru"), denial, None).labels == ("attack_on_civilians",)
    assert make_features(update, Enrichment(lang="ru"), plain, None).labels == ()


def test_a_paragraph_that_names_no_disaster_takes_its_headings():
    """Under the heading "Землетрус у Туреччині" a paragraph of a toll is about that quake; its own
    disaster, when it names one, stands; a paragraph without heading or disaster names none."""
    from datetime import UTC, datetime

    def hazards(text: str, title: str | None) -> tuple[str, ...]:
        at = datetime(2023, 2, 6, tzinfo=UTC)
        update = UpdatePublished(id="u1", source="live", text=text, title=title, published_at=at, received_at=at)
        return make_features(update, Enrichment(lang="uk"), Classification(types=[]), None).hazards

    assert hazards("Загинули щонайменше 76 людей.", "Землетрус у Туреччині") == ("quake",)
    assert hazards("Паводок затопив села.", "Землетрус у Туреччині") == ("flood",)
    assert hazards("Загинули щонайменше 76 людей.", None) == ()
    assert hazards("Загинули щонайменше 76 людей.", "Новини дня") == ()


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        ("Deprem sonrası enkaz altında kalanlar aranıyor", "tr", ("quake",)),
        ("Selde 12 kişi hayatını kaybetti", "tr", ("flood",)),
        ("Un séisme de magnitude 6,1 a frappé le nord du Maroc", "fr", ("quake",)),
        ("Hochwasser und Sturm: Dutzende Dörfer überschwemmt", "de", ("flood", "storm")),
        ("Incendios forestales obligan a evacuar a 3.000 vecinos", "es", ("fire",)),
        ("Powódź zalała 40 wsi na Dolnym Śląsku", "pl", ("flood",)),
        ("Tyfonen drog in över Filippinerna", "sv", ("storm",)),
        ("Tulvat katkaisivat tiet", "fi", ("flood",)),
        ("Zemetrasenie otriaslo východom krajiny", "sk", ("quake",)),  # Slovak, read with the Czech words
        ("Skybrudd og flom i Bergen", "no", ("flood",)),  # Norwegian, read as Danish
        ("ضربت السيول مدينة درنة", "ar", ("flood",)),
        ("台风登陆广东，洪水淹没村庄", "zh", ("flood", "storm")),
        ("서울에 폭우로 침수 피해", "ko", ("flood",)),
        ("सौराष्ट्र में भूकंप के झटके", "hi", ("quake",)),
        ("Maavärin tabas Türgi kaguosa", "et", ("quake",)),
        ("Plūdi applūdināja ciematus Latgalē", "lv", ("flood",)),
        ("Binaha ng bagyo ang mga bayan sa Samar", "tl", ("flood", "storm")),
    ],
)
def test_hazard_kinds_in_each_lexicons_language(text: str, lang: str, kinds: tuple[str, ...]) -> None:
    """A flood in Turkish or a quake in Slovak ties its reports as one in English does (workers/data/hazards.json)."""
    assert hazard_kinds(text, lang) == kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Des débordements ont éclaté après la manifestation", "fr"),  # riots, not a river overflowing
        ("El acuerdo temporal expira en marzo", "es"),
        ("السيولة في الأسواق تراجعت", "ar"),  # liquidity, not torrents
        ("این وسیله نقلیه توقیف شد", "fa"),  # a vehicle: the word for flood inside another word
        ("Seller stocks fell", "tr"),  # the Turkish word for flood at the start of an English word
        ("Deprem", ""),  # no language given: the core four's words only
        ("Ang bahay ay nasira ng pagsabog", "tl"),  # a house ('bahay'), not a flood ('baha')
        ("Politsei tormas hoonesse", "et"),  # the police rushed in: no storm
    ],
)
def test_hazard_words_of_a_language_only_where_they_mean_a_disaster(text: str, lang: str) -> None:
    assert hazard_kinds(text, lang) == ()


def test_two_reports_of_a_turkish_flood_share_its_kind():
    """Two Turkish reports of the flood in one province: each names it in Turkish, so their features
    carry the same kind of disaster, as two English ones would."""
    from datetime import UTC, datetime

    def kinds(text: str) -> tuple[str, ...]:
        at = datetime(2025, 9, 1, tzinfo=UTC)
        update = UpdatePublished(id="u1", source="AA", text=text, published_at=at, received_at=at)
        return make_features(update, Enrichment(lang="tr"), Classification(types=[]), None).hazards

    assert kinds("Kastamonu'da sel: 3 kişi hayatını kaybetti") == kinds("Sel felaketinde ölü sayısı 5'e yükseldi") == ("flood",)
