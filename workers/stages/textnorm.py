"""Shared text helpers: folding, tokenising, sentences, name look-up.

Everything here keeps character offsets: `fold` maps each character to exactly
one character, so a span found in the folded text is the same span in the
original. Stages import these instead of each writing its own tokenizer.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import and_, itemgetter
from pathlib import Path

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
# Arabic script (ar, and the letters Persian and Urdu share with it): the forms of alef one, alef maksura
# as ya, ta marbuta as ha, Arabic-Indic and Persian digits as ASCII ones, the Arabic comma, semicolon,
# question mark, percent and separators as their Latin signs. Harakat and tatweel are no letters a
# reader counts ("قُتل", "لـ"): each folds to an apostrophe, which the tokens drop as they drop it inside
# "з'їзд", so "قُتل" is the word "قتل" with its offsets kept.
_SPECIAL.update({"ٱ": "ا", "ى": "ي", "ة": "ه", "٬": ",", "٫": ".", "٪": "%", "،": ",", "؛": ";", "؟": "?"})
_SPECIAL.update({chr(0x660 + d): str(d) for d in range(10)})
_SPECIAL.update({chr(0x6F0 + d): str(d) for d in range(10)})
# Persian writes its own ya and kaf (ی, ک) where Arabic writes ي and ك, and many Iranian sites type the
# Arabic ones: both fold to the Arabic letters, so "کی‌یف" and "كي‌يف" are one word, and ۀ (he with a
# hamza: the ezafe of "حملۀ") is ه. The zero-width non-joiner inside a Persian word (می‌شود, کشته‌شدگان) is
# no break: it folds to an apostrophe the tokens drop, so "می‌شود" is the word "میشود", as typed without it.
_SPECIAL.update({"ی": "ي", "ک": "ك", "ۀ": "ه", "ە": "ه"})
ZWNJ = "\u200c"
ARABIC_MARKS = "".join(map(chr, (*range(0x64B, 0x660), 0x670, 0x640)))  # harakat, dagger alef, tatweel
_SPECIAL.update(dict.fromkeys(ARABIC_MARKS, "'"))
# Hebrew: niqqud and cantillation marks are no letters a reader counts (most news is written without
# them): each folds to an apostrophe the tokens drop, as the harakat do. The final forms (ך ם ן ף ץ) are
# the same letters, so "הרוגים" and a stem "הרוג*" meet; geresh and gershayim (ג׳נין, צה״ל) are an
# apostrophe inside the word, and so is an ASCII '"' between two Hebrew letters (fold_gershayim).
HEBREW_MARKS = "".join(map(chr, (*range(0x591, 0x5BE), 0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5, 0x5C7)))
_SPECIAL.update(dict.fromkeys(HEBREW_MARKS, "'"))
HEBREW_FINALS = {"ך": "כ", "ם": "מ", "ן": "נ", "ף": "פ", "ץ": "צ"}
_SPECIAL.update({**HEBREW_FINALS, "׳": "'", "״": "'", "־": "-"})
# Devanagari (hi): Python's \w knows no vowel sign, virama or anusvara (they are marks), so a word would
# break at each. A vowel sign folds to its vowel letter (की -> कई, मारे -> मआरए), which \w reads and
# which only spelling shares; nukta, virama, anusvara, chandrabindu and visarga fold to an apostrophe the
# tokens drop (ज़ख्मी is the word जखमई, as क़ folds to क; पाँच and पांच meet). Devanagari digits are
# digits, the danda a full stop.
DEVANAGARI_SIGNS = dict(zip("ािीुूृॄॅॆेैॉॊोौॢॣ", "आइईउऊऋॠऍऎएऐऑऒओऔऌॡ", strict=True))
DEVANAGARI_MARKS = "\u0900\u0901\u0902\u0903\u093a\u093b\u093c\u094d\u094e\u094f\u0951\u0952\u0953\u0954\u0955\u0956\u0957"
_SPECIAL.update(DEVANAGARI_SIGNS)
_SPECIAL.update(dict.fromkeys(DEVANAGARI_MARKS, "'"))
_SPECIAL.update({chr(0x966 + d): str(d) for d in range(10)})
_SPECIAL.update({"।": ".", "॥": "."})
# Bengali (bn) as Devanagari: a vowel sign folds to its vowel letter (নিহত -> নইহত), which \w reads; candrabindu,
# anusvara, visarga, nukta, virama and the au length mark fold to an apostrophe the tokens drop (য় is য, ড় ড);
# Bengali digits are digits (the danda is Devanagari's)
BENGALI_SIGNS = dict(zip("\u09be\u09bf\u09c0\u09c1\u09c2\u09c3\u09c4\u09c7\u09c8\u09cb\u09cc\u09e2\u09e3",
                         "\u0986\u0987\u0988\u0989\u098a\u098b\u09e0\u098f\u0990\u0993\u0994\u098c\u09e1", strict=True))
BENGALI_MARKS = "\u0981\u0982\u0983\u09bc\u09cd\u09d7"
_SPECIAL.update(BENGALI_SIGNS)
_SPECIAL.update(dict.fromkeys(BENGALI_MARKS, "'"))
_SPECIAL.update({chr(0x9E6 + d): str(d) for d in range(10)})


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
    table[ord(ZWNJ)] = "'"  # beyond the range above
    return table


FOLD_TABLE = _build_fold_table()

# ---------------------------------------------------------------- Serbian Cyrillic

# Serbian writes Cyrillic and Latin letter for letter (Вучић = Vučić): a Cyrillic word of a Serbian update is read
# through its Latin spelling, so one lexicon and one list of names serve both scripts. Three letters are two
# (љ lj, њ nj, џ dž); the rest one for one. Russian and Ukrainian letters Serbian lacks stay as they are.
_SR_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш"
_SR_LATIN = ("a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r",
             "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š")
SR_LATIN_TABLE = str.maketrans(
    {**dict(zip(_SR_CYRILLIC, _SR_LATIN, strict=True)),
     **{c.upper(): lat.capitalize() for c, lat in zip(_SR_CYRILLIC, _SR_LATIN, strict=True)}}
)


def sr_latin(word: str) -> str:
    """A Serbian Cyrillic word in Latin letters ("Кијеву" -> "Kijevu"); other letters unchanged."""
    return word.translate(SR_LATIN_TABLE)


_SR_LATIN_RE = re.compile(r"\\.|\(\?[:!=<]+|dž|lj|nj|Dž|DŽ|Lj|LJ|Nj|NJ|[a-zA-ZčćđšžČĆĐŠŽ]")
_SR_TO_CYRILLIC = {lat: cyr for cyr, lat in zip(_SR_CYRILLIC, _SR_LATIN, strict=True)}
_SR_TO_CYRILLIC.update({lat.capitalize(): cyr.upper() for lat, cyr in list(_SR_TO_CYRILLIC.items())})
_SR_TO_CYRILLIC.update({"DŽ": "Џ", "LJ": "Љ", "NJ": "Њ"})


def sr_cyrillic(text: str) -> str | None:
    """Serbian Latin spelled in Cyrillic ("Kijevu" -> "Кијеву"), None when a letter has no Cyrillic one (q, w, x,
    y: a foreign name). A regular expression's escapes and groups ("\\b", "(?:") are kept as written."""
    pieces: list[str] = []
    last = 0
    for m in _SR_LATIN_RE.finditer(text):
        pieces.append(text[last : m.start()])
        tok = m.group()
        if tok[0] == "\\" or tok[0] == "(":
            pieces.append(tok)
        else:
            cyr = _SR_TO_CYRILLIC.get(tok)
            if cyr is None:
                return None
            pieces.append(cyr)
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def with_cyrillic(node: object) -> object:
    """A block of Serbian names with each name also in Cyrillic (lists of strings, inside dicts; "_about" kept)."""
    if isinstance(node, dict):
        return {k: (v if k.startswith("_") else with_cyrillic(v)) for k, v in node.items()}
    if isinstance(node, list) and all(isinstance(x, str) for x in node):
        cyrillic = [c for c in map(sr_cyrillic, node) if c is not None and c not in node]
        return [*node, *cyrillic]
    if isinstance(node, list):
        return [with_cyrillic(x) for x in node]
    return node


# ---------------------------------------------------------------- Han script (zh, and ja with its kana)

# Chinese is written without spaces: a run of Han characters is cut into words (han_spans) against a
# vocabulary, the Han words of lexicon_zh.json and the Chinese names the enricher knows (places, actors,
# outlets). Traditional characters fold to simplified ones, one for one, for the characters that
# vocabulary and the news use (戰爭/战争, 飛彈/飞弹, 臺灣/台湾), so that both meet one entry. Japanese kanji
# fold with them; a later Japanese lexicon cuts its runs against the same vocabulary.
_HAN_TRAD = (
    "戰爭飛彈臺灣國軍隊擊導機無襲難傷數萬億兩區東們個來對時進從報說會議與經濟發現實際關係應當戶點離開師員"
    "團結長運動輸鬥攔衛護醫療災颱風處罰協談問題選舉總統領權島嶼陸灘衝砲艦觀測電網絡駭資訊號鐵車輛燒燬毀壞"
    "價錢錄據稱認為將這還過並僅視廣聯環體讓憂傳貿債換匯漲蘭烏蘇雜罷遊聲響熱務廳喪蹤險層樓橋鄉鎮縣歐羅亞韓"
    "緬興倫驗證嚴雙邊備級亂紀遷轉營糧飢餓獲奪連續殺審監獄讀譴責調習駛斷課華場學兒婦變樑蓮輔爾薩肅敘黨瑪約"
    "澤內強籲陣輕計達餘規洩門參訪撥擴側彙構貨幣漢鏈溝瀕濱搶煙蕭衆眾圍勢蔣鄭滬線縱陰陽廠礦庫槍殲轟偵隻艙緊"
    "勞頓遞織組紅義劃費貸額鳥鬧暫黃韌訓練稅階壓揮擁擠嚇獨慶歲買賣齊禦麼鄰鏡頭頁類顯颶勝敗歷"
)
_HAN_SIMP = (
    "战争飞弹台湾国军队击导机无袭难伤数万亿两区东们个来对时进从报说会议与经济发现实际关系应当户点离开师员"
    "团结长运动输斗拦卫护医疗灾台风处罚协谈问题选举总统领权岛屿陆滩冲炮舰观测电网络骇资讯号铁车辆烧毁毁坏"
    "价钱录据称认为将这还过并仅视广联环体让忧传贸债换汇涨兰乌苏杂罢游声响热务厅丧踪险层楼桥乡镇县欧罗亚韩"
    "缅兴伦验证严双边备级乱纪迁转营粮饥饿获夺连续杀审监狱读谴责调习驶断课华场学儿妇变梁莲辅尔萨肃叙党玛约"
    "泽内强吁阵轻计达余规泄门参访拨扩侧汇构货币汉链沟濒滨抢烟萧众众围势蒋郑沪线纵阴阳厂矿库枪歼轰侦只舱紧"
    "劳顿递织组红义划费贷额鸟闹暂黄韧训练税阶压挥拥挤吓独庆岁买卖齐御么邻镜头页类显飓胜败历"
)
HAN_TRAD_SIMP = dict(zip(_HAN_TRAD, _HAN_SIMP, strict=True))
FOLD_TABLE.update({ord(t): simp for t, simp in HAN_TRAD_SIMP.items()})
# The same table as a list over the Basic Multilingual Plane, unchanged
# characters mapping to themselves: str.translate pays for every character the
# mapping lacks (a KeyError raised and cleared), and most characters are
# unchanged. Characters beyond the list are left as they are, as before.
# Amharic writes one sound with several letters of the Ethiopic script, and spellings differ between outlets and
# writers (ሐማስ and ሀማስ, ጸጥታ and ፀጥታ, ዐቢይ and አብይ, ሠራዊት and ሰራዊት): each series of ሐ, ኀ, ሠ, ዐ and ፀ folds onto the
# series of ሀ, ሰ, አ and ጸ, vowel order for vowel order, one character for one.
for _src, _dst in ((0x1210, 0x1200), (0x1280, 0x1200), (0x1220, 0x1230), (0x12D0, 0x12A0), (0x1340, 0x1338)):
    FOLD_TABLE.update({_src + k: chr(_dst + k) for k in range(7)})
# and the fourth order of ሀ and አ sounds as the first (ሃ ha, ኣ a): ኃይል, ሀይል and ሃይል are one word, ዓመት and አመት one
FOLD_TABLE.update({0x1203: "ሀ", 0x1213: "ሀ", 0x1283: "ሀ", 0x12A3: "አ", 0x12D3: "አ"})
_FOLD_LIST: list[str | int] = [FOLD_TABLE.get(cp, cp) for cp in range(0x10000)]


# '"' inside a Hebrew word is gershayim, no quotation mark (צה"ל, כטב"ם, ארה"ב): the literal first lets
# the engine skip to each '"' with its fast search
_GERSHAYIM_RE = re.compile('"(?<=[\u05d0-\u05ea]")(?=[\u05d0-\u05ea])')


def fold_gershayim(text: str) -> str:
    """A '"' between two Hebrew letters as the apostrophe of an acronym, one character for one."""
    return _GERSHAYIM_RE.sub("'", text) if '"' in text else text


def fold(text: str) -> str:
    """Lower-case and strip accents, one character in, one character out."""
    return text.translate(_FOLD_LIST)


def fold_key(text: str) -> str:
    """The look-up key of a name: folded words joined by single spaces (an acronym's gershayim dropped, as
    the tokens drop them: "צה\"ל" is the word "צהל")."""
    folded = fold_gershayim(fold(text))
    if CJK_RE.search(folded):  # a Chinese or Japanese name: its words as a text's tokens cut them
        return " ".join(w for t in TOKEN_RE.findall(folded) for w in han_words(t))
    if "'" not in folded:  # most names: no possessive to drop, no apostrophe to remove
        return " ".join(TOKEN_RE.findall(folded))
    words = [
        m.group()
        for m in TOKEN_RE.finditer(folded)
        if not (m.group() == "s" and m.start() > 0 and folded[m.start() - 1] == "'")
    ]
    return " ".join(words).replace("'", "")


# ---------------------------------------------------------------- scripts

# Scripts without capitals: any word of theirs may start a name
CASELESS_SCRIPTS = frozenset(
    ("arabic", "hebrew", "devanagari", "han", "kana", "hangul", "georgian", "bengali", "ethiopic")
)


def script_of(ch: str) -> str:
    """'latin', 'greek', 'cyrillic', 'arabic', 'hebrew', 'devanagari', 'han', 'kana', 'hangul', 'georgian', 'bengali',
    'armenian', 'ethiopic', 'digit' or 'other' for one character."""
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
    if 0x600 <= cp < 0x700 or 0x750 <= cp < 0x780 or 0x8A0 <= cp < 0x900 or 0xFB50 <= cp < 0xFF00:
        return "arabic"
    if 0x590 <= cp < 0x600:
        return "hebrew"
    if 0x900 <= cp < 0x980:
        return "devanagari"
    if 0x3400 <= cp < 0xA000 or 0xF900 <= cp < 0xFB00:
        return "han"
    if 0x3040 <= cp < 0x3100:
        return "kana"
    if 0xAC00 <= cp < 0xD7B0 or 0x1100 <= cp < 0x1200 or 0x3130 <= cp < 0x3190:
        return "hangul"
    if 0x10A0 <= cp < 0x1100 or 0x1C90 <= cp < 0x1CC0 or 0x2D00 <= cp < 0x2D30:
        return "georgian"  # Mkhedruli (no capitals), Mtavruli and the old scripts
    if 0x980 <= cp < 0xA00:
        return "bengali"  # Bengali and Assamese letters
    if 0x531 <= cp < 0x588 or 0xFB13 <= cp < 0xFB18:
        return "armenian"  # its letters (capitals and small, the ligature և); its marks ՝ ՛ ՞ ։ are signs
    if 0x1200 <= cp < 0x1360 or 0x1380 <= cp < 0x13A0 or 0x2D80 <= cp < 0x2DE0 or 0xAB00 <= cp < 0xAB30:
        return "ethiopic"  # its syllables (Amharic, Tigrinya); its word space ፡, full stop ። and comma ፣ are signs
    return "other"


_CJK_SCRIPTS = frozenset(("han", "kana"))
HAN_CLASS = "\u3400-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN_CLASS}]")
HAN_RE_RUN = re.compile(f"[{HAN_CLASS}]+")
# a token's runs of Han characters and of anything else ("至少12人死亡": 至少, 12, 人死亡)
_HAN_RUNS_RE = re.compile(f"[{HAN_CLASS}]+|[^{HAN_CLASS}]+")
# Japanese: kana (hiragana U+3041-309F, katakana U+30A0-30FF with the long mark ー) among Han characters.
# The iteration mark 々 (人々) is a Han character there.
KANA_CLASS = "\u3041-\u309f\u30a0-\u30fa\u30fc-\u30ff"
KANA_RE = re.compile(f"[{KANA_CLASS}]")
CJK_RE = re.compile(f"[{HAN_CLASS}{KANA_CLASS}]")
# a Japanese token's runs: Han (1), hiragana (2), katakana (3), anything else ("ロシア軍の無人機が")
_JA_RUNS_RE = re.compile(
    f"([{HAN_CLASS}\u3005]+)|([\u3041-\u309f]+)|([\u30a0-\u30fa\u30fc-\u30ff]+)|([^{HAN_CLASS}{KANA_CLASS}\u3005]+)"
)
_JA_RUN_RE = re.compile(f"[{HAN_CLASS}\u3005]+|[\u3041-\u309f]+|[\u30a0-\u30fa\u30fc-\u30ff]+")
# Chinese numerals: a run of them the vocabulary does not cut is one number (十二, 一千五百, 两)
HAN_NUMERALS = frozenset("零〇一二三四五六七八九十百千万亿两")
DATA_DIR = Path(__file__).resolve().parent.parent / "data"  # workers/data
_HAN_MAX = 10  # the longest word the vocabulary keeps, in characters (美国有线电视新闻网: 9)


def _data_words(run_re: re.Pattern[str], lexicon: str) -> frozenset[str]:
    """The runs `run_re` finds in the folded strings of a lexicon and of the names of places, actors and
    outlets, of two to _HAN_MAX characters."""
    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            words.update(m.group() for m in run_re.finditer(fold(node)))
        elif isinstance(node, dict):
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for name in (lexicon, "places_aliases.json", "actors.json", "sources.json"):
        path = DATA_DIR / name
        if path.exists():
            walk(json.loads(path.read_text(encoding="utf-8")))
    return frozenset(w for w in words if 1 < len(w) <= _HAN_MAX)


@lru_cache(maxsize=1)
def han_vocabulary() -> frozenset[str]:
    """The Han words the segmenter knows: every run of Han characters (folded: traditional as simplified)
    in the terms of lexicon_zh.json and in the names of places, actors and outlets (the data files' other
    languages write none). Terms are written word by word, spaces between ("无人机 袭击"): each word is
    one entry, so a phrase of the lexicon is a sequence of tokens as in any language."""
    return frozenset(_data_words(HAN_RE_RUN, "lexicon_zh.json"))


@lru_cache(maxsize=1)
def ja_vocabulary() -> frozenset[str]:
    """The words the segmenter knows in a Japanese token (one with kana): han_vocabulary() and every run of
    Han characters, of hiragana and of katakana in lexicon_ja.json and in the names of the data files
    (ウクライナ, によると, けが). Kept apart from han_vocabulary() so that Chinese text is cut as before:
    only tokens with kana in them, which Chinese never writes, read the Japanese lexicon's words. Japanese
    is folded as Chinese is (東京 as 东京, in the text and in these words alike), so Japanese names meet the
    Chinese ones wherever the characters are the same."""
    return han_vocabulary() | _data_words(_JA_RUN_RE, "lexicon_ja.json")


def _ja_spans(token: str) -> list[tuple[int, int]]:
    """han_spans for a token with kana: Han, hiragana and katakana runs each cut by forward maximum matching
    against ja_vocabulary(); an unknown Han or hiragana character is a word of its own (particles: が, を,
    の), unknown katakana stays one word (a loanword or a name the data lack: ポクロウシク)."""
    vocab = ja_vocabulary()
    out: list[tuple[int, int]] = []
    for m in _JA_RUNS_RE.finditer(token):
        a, b = m.span()
        kind = m.lastindex
        if kind == 4:
            out.append((a, b))
            continue
        i, loose = a, -1  # loose: the start of unknown katakana not yet written out
        while i < b:
            k = _word_at(token, i, b, vocab)
            if not k:
                if kind == 3:
                    if loose < 0:
                        loose = i
                    i += 1
                    continue
                k = _numerals_at(token, i, b, vocab) if token[i] in HAN_NUMERALS else 1
            if loose >= 0:
                out.append((loose, i))
                loose = -1
            out.append((i, i + k))
            i += k
        if loose >= 0:
            out.append((loose, b))
    return out


def _word_at(token: str, i: int, b: int, vocab: frozenset[str]) -> int:
    """The length of the longest word of `vocab` at token[i:b] (two characters or more), else 0."""
    for k in range(min(_HAN_MAX, b - i), 1, -1):
        if token[i : i + k] in vocab:
            return k
    return 0


def _numerals_at(token: str, i: int, b: int, vocab: frozenset[str]) -> int:
    """The length of the run of numerals at i, one number, up to a numeral that starts a word of `vocab`."""
    k = 1
    while i + k < b and token[i + k] in HAN_NUMERALS and token[i + k : i + k + 2] not in vocab:
        k += 1
    return k


def ja_words(word: str) -> list[str]:
    """A folded Japanese word cut as a Japanese token is (_ja_spans), kana or none."""
    return [word[a:b] for a, b in _ja_spans(word)]


def han_spans(token: str) -> list[tuple[int, int]]:
    """Words of a token that holds Han characters, as (start, end) offsets in it: its runs of other
    characters stay whole, and each Han run is cut by forward maximum matching against han_vocabulary()
    (the longest word at each point); a character no word starts with is a word of its own, and a run of
    numerals one number. A token with kana is Japanese (_ja_spans). Pure and cheap: texts without Han or
    kana never come here."""
    if KANA_RE.search(token):
        return _ja_spans(token)
    vocab = han_vocabulary()
    out: list[tuple[int, int]] = []
    for m in _HAN_RUNS_RE.finditer(token):
        a, b = m.span()
        if not HAN_RE.match(token, a):
            out.append((a, b))
            continue
        i = a
        while i < b:
            k = _word_at(token, i, b, vocab) or (_numerals_at(token, i, b, vocab) if token[i] in HAN_NUMERALS else 1)
            out.append((i, i + k))
            i += k
    return out


def han_words(text: str) -> list[str]:
    """The words of a folded text with Han characters in it, as the tokens read them."""
    return [text[s:e] for s, e in han_spans(text)]


# ---------------------------------------------------------------- tokens

# A word: letters/digits, with inner apostrophes (з'їзд, O'Neil) but not the
# English possessive 's, which would glue "Kyiv's" into a different word, nor a
# French or Italian elided article or preposition ("l'Ukraine", "d'Odessa", "dell'ospedale",
# "un'esplosione", "all'alba"), which is no part of the word.
ELISION_FR_RE = r"(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)'(?=[^\W\d_])"
ELISION_IT_RE = r"(?:dell|dall|nell|sull|all|coll|un|quest|quell|nessun)'(?=[^\W\d_])"
ELISION_RE = rf"(?:{ELISION_FR_RE}|{ELISION_IT_RE})"
TOKEN_RE = re.compile(rf"(?<![^\W_])(?!{ELISION_RE})[^\W_]+(?:'+(?!s\b)[^\W_]+)*")
URL_RE = re.compile(
    r"(?:https?://|www\.)\S+|\b(?:pic\.twitter\.com|t\.me|x\.com|twitter\.com|youtu\.be|youtube\.com"
    r"|facebook\.com|fb\.watch|instagram\.com|tiktok\.com|vk\.com|telegram\.me)/\S+",
    re.I,
)
# Separators allowed inside a multi-word name: spaces, hyphens, the dot of
# a short abbreviation ("St. Petersburg", "Ε.Ε."), and a French elided "d'" or
# "l'" ("la région d'Odessa", "Côte d'Ivoire") or an Italian one ("fine dell'allarme", "all'alba").
_JOIN_RE = re.compile(
    r"(?:'s?)?[ \t\u00a0\-‐‑–]{0,3}(?:[dl]'|(?:dell|dall|nell|sull|all|coll|un|quest|quell|nessun)')?"
)
_ABBREV_DOT_RE = re.compile(r"\.[ \u00a0]?")

# Sentence ends: punctuation followed by space and a capital/quote/digit, or a
# line break. ';' is the Greek question mark and ends a sentence the same way; Arabic has no capitals:
# its letters follow a sentence end as they are, and '؟' and '؛' end one as '?' and ';' do; so do Hebrew's
# and Devanagari's letters, and the danda '।' ends one as '.' does, and the Armenian full stop '։' before a capital.
_SENT_END_RE = re.compile(
    r"[.!?…;؟؛।։]+[»”\"')\]]*(?=\s+[\"«“„'(\[\-–—]*[A-ZÀ-ÖØ-ÞΑ-ΩΆ-ΏА-ЯЁЇІЄҐ\d\u0620-\u064a\u05d0-\u05ea\u0905-\u0939\u0531-\u0556])|\n+"
    # the Ethiopic full stop and question mark end a sentence whatever follows (the script has no capitals)
    r"|[።፧]+[»”\"')\]]*"
    # Chinese and Japanese full stops end a sentence whatever follows (no spaces, no capitals)
    r"|[。！？]+[」』”’）》]*"
)
# Every sentence end starts with one of these: the scan tries _SENT_END_RE only
# where they are, found with str.find (the pattern's alternation defeats the regex
# engine's own first-character skip, and even a one-class regex search costs more
# per character than str.find's C loop).
_SENT_END_FIRSTS = ".!?…;؟؛।։\n。！？።፧"
_SENT_END_FIRSTS_ASCII = ".!?;\n"  # an ASCII text has no others (str.isascii reads a flag)


def _sentence_ends(text: str) -> list[re.Match]:
    """The matches of _SENT_END_RE.finditer(text), found from their possible first characters."""
    firsts = []
    find = text.find
    for ch in _SENT_END_FIRSTS if not text.isascii() else _SENT_END_FIRSTS_ASCII:
        k = find(ch)
        while k >= 0:
            firsts.append(k)
            k = find(ch, k + 1)
    firsts.sort()
    out = []
    pos = 0
    match = _SENT_END_RE.match
    for c in firsts:
        if c >= pos and (m := match(text, c)) is not None:  # matches do not overlap, as finditer's
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


_m_start, _m_end = re.Match.start, re.Match.end

# A German date writes its day as an ordinal ("seit dem 7. Oktober"): that dot ends no sentence.
_MONTHS_AFTER_ORDINAL = frozenset(
    (
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember",
    )
)  # fmt: skip
_ORDINAL_DAY_RE = re.compile(r"(?<!\d)\d{1,2}$")


def _ordinal_date(text: str, dot: int, end: int) -> bool:
    """A day number before the dot at `dot` and a month name after it."""
    if not _ORDINAL_DAY_RE.search(text, max(0, dot - 3), dot):
        return False
    following = text[end : end + 12].split(maxsplit=1)
    return bool(following) and following[0].lower().rstrip(".,;:") in _MONTHS_AFTER_ORDINAL


class _Pieces(dict):
    """piece of text between spaces -> (folded piece, its tokens' (start, end) pairs, their (word,
    capitalised?, script, long?) quadruples, its length with the space after it); long: a word of
    letters alone over three characters in the text. No token spans a space, and texts are made of
    the same few thousand pieces ("Kyiv,", "said", "—"), so each piece is folded and tokenised
    once: a text costs a look-up per piece, not a pass of the fold table and the token regex per
    character."""

    def __missing__(self, piece: str) -> tuple:
        folded = fold_gershayim(piece.translate(_FOLD_LIST))
        matches = [
            m
            for m in TOKEN_RE.finditer(folded)
            # the possessive 's is no word of its own
            if not (m.group() == "s" and m.start() > 0 and folded[m.start() - 1] == "'")
        ]
        starts = tuple(map(_m_start, matches))
        ends = tuple(map(_m_end, matches))
        if "'" in folded and _DEVANAGARI_MARK_RE.search(piece):
            # a Devanagari word ends with its last mark (शहबाज़, ऑफ़, में), which folds to an apostrophe: the
            # token spans it, so that the gap to the next word is a space and a name's span is whole
            ends = tuple(e + len(_DEVANAGARI_END_RE.match(piece, e)[0]) for e in ends)  # type: ignore[index]
        words = tuple(m.group().replace("'", "") for m in matches)
        # Chinese (or Japanese): a run of Han characters is many words (isascii: a flag, no scan)
        if not folded.isascii() and CJK_RE.search(folded):
            # (cut on the matched text, apostrophes and all, so that offsets hold; an apostrophe alone is no word)
            cut = [
                (s + a, s + b)
                for s, e in zip(starts, ends, strict=True)
                for a, b in han_spans(folded[s:e])
                if folded[s + a : s + b].strip("'")
            ]
            starts, ends = tuple(x for x, _ in cut), tuple(y for _, y in cut)
            words = tuple(folded[x:y].replace("'", "") for x, y in cut)
        caps = tuple(piece[s].isupper() for s in starts)
        scripts = tuple(script_of(w[0]) for w in words)
        longs = tuple(e - s > 3 and w.isalpha() for s, e, w in zip(starts, ends, words, strict=True))
        # flattened, in turns: a Doc gathers each group in one pass and deals it out by slicing
        spans = tuple(chain.from_iterable(zip(starts, ends, strict=True)))
        traits = tuple(chain.from_iterable(zip(words, caps, scripts, longs, strict=True)))
        info = self[piece] = (folded, spans, traits, len(piece) + 1)
        return info


_DEVANAGARI_MARK_RE = re.compile("[" + DEVANAGARI_MARKS + "]")
_DEVANAGARI_END_RE = re.compile("[" + DEVANAGARI_MARKS + "]*")
_PIECES = _Pieces()
_PIECES_MAX = 20_000  # about 550 bytes a piece: some 11 MB at most
_info_folded, _info_spans, _info_traits, _info_step = map(itemgetter, range(4))


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
_ABBREVIATION_MAX = max(map(len, _ABBREVIATIONS))


class Doc:
    """A text with its folded copy, tokens and sentences, computed once.

    Tokens are parallel lists (start, end, folded word, capitalised?, script of
    its first character) so the stages can scan them without building objects
    per word; `cap_tokens` lists the capitalised ones.
    """

    __slots__ = (
        "_upper",
        "cap_tokens",
        "caps",
        "ends",
        "folded",
        "scripts",
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
        pieces = text.split(" ")
        memo = _PIECES
        if len(memo) > _PIECES_MAX:
            memo.clear()
        infos = list(map(memo.__getitem__, pieces))
        self.folded = folded = " ".join(map(_info_folded, infos))
        # where each piece starts: the lengths before it, and a space after each
        offsets = list(accumulate(map(_info_step, infos), initial=0))
        # (offsets has one more: the end of the text)
        # each token's start and end, in turns: one pass for both
        spans = [o + x for o, xs in zip(offsets, map(_info_spans, infos), strict=False) for x in xs]
        starts, ends = spans[::2], spans[1::2]
        traits = list(chain.from_iterable(map(_info_traits, infos)))
        words, caps, scripts, longs = traits[::4], traits[1::4], traits[2::4], traits[3::4]
        # every URL has a slash or "www.": most texts skip the regex
        urls = self.urls = (
            [(m.start(), m.end()) for m in URL_RE.finditer(text)] if "/" in text or "www." in folded else []
        )
        if urls:  # a URL's words are no words of the text
            keep = [not any(a <= s < b for a, b in urls) for s in starts]
            starts, ends, words, caps, scripts, longs = (
                list(compress(x, keep)) for x in (starts, ends, words, caps, scripts, longs)
            )
        self.starts, self.ends, self.words, self.caps, self.scripts = starts, ends, words, caps, scripts
        # where names can start: the stages scan these few, not every token
        self.cap_tokens = list(compress(range(len(caps)), caps))
        self._upper: list[bool] | None = None
        self._sentences(longs)

    def _sentences(self, longs: list[bool]) -> None:
        """Sentence spans, each token's sentence, and which sentences are Title Case; `longs` flags
        the tokens that are words of letters over three characters."""
        text = self.text
        cuts = []
        for m in _sentence_ends(text):
            j, end = m.span()
            if (
                end - j == 1
                and text[j] == "."
                # a word of more letters than any abbreviation's ends a sentence: no need to find its start
                and not (j > _ABBREVIATION_MAX and text[j - _ABBREVIATION_MAX - 1 : j].isalpha())
            ):
                # "Mr. Putin", "U.S. forces": a dot after an abbreviation or one letter
                k = j
                while k > 0 and text[k - 1].isalpha():
                    k -= 1
                word = fold(text[k:j])
                if len(word) == 1 or word in _ABBREVIATIONS:
                    continue
                if _ordinal_date(text, j, end):
                    continue
            cuts.append(end)
        bounds = [0, *cuts, len(text)]
        self.sent_spans = spans = [
            (bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i] < bounds[i + 1]
        ]
        starts, words, caps = self.starts, self.words, self.caps
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
        title = [False] * len(spans)
        for k, (a, b) in enumerate(ranges):
            # the first word is capitalised in any sentence: it says nothing of the style; with
            # fewer than two capitals after it a sentence is none (most are told by that alone)
            if sum(caps[a + 1 : b]) < 2:
                continue
            # words of letters, over 3 of them in the text (apostrophes counted)
            long = longs[a:b]
            tot = sum(long[1:])
            if tot >= 3:
                cap = sum(map(and_, caps[a + 1 : b], long[1:]))
                title[k] = cap == tot or (tot >= 6 and cap >= 0.85 * tot)
            elif (
                tot == 2
                and long[0]
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

    def joins(self, t: int) -> bool:
        """True where tokens t and t + 1 may be parts of one name: spaces or a hyphen between them
        (after an "'s" perhaps), or the dot of an abbreviation of up to three letters ("St.
        Petersburg"). Computed when asked: only the candidates of names ask."""
        e = self.ends[t]
        gap = self.text[e : self.starts[t + 1]]
        if gap == " ":
            return True
        if not gap:  # the words of a run of Han characters, cut by han_spans, join with no space
            return self.scripts[t] in _CJK_SCRIPTS or self.scripts[t + 1] in _CJK_SCRIPTS
        joins = _GAP_JOINS[gap] if gap in _GAP_JOINS else _gap_joins(gap)
        return gap != "" and joins > (e - self.starts[t] > 3)

    @property
    def joinable(self) -> list[bool]:
        """joins(t) for every token but the last."""
        return [self.joins(t) for t in range(len(self.starts) - 1)]

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
    "ий": ("ого", "ому", "им", "ім", "ом", "его", "ему", "ем"),  # soft ones too: в Нижнем Тагиле
    "ій": ("ого", "ому", "ім", "ьому", "ього"),
    "ый": ("ого", "ому", "ым", "ом"),
    "ой": ("ого", "ому", "ым", "ом"),
    "ая": ("ой", "ую", "ою"),
    "яя": ("ей", "юю"),
    "ые": ("ых", "ым", "ыми"),  # в Набережных Челнах
    "ие": ("их", "им", "ими"),
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


# Arabic writes its conjunctions (و, ف), prepositions (ب, ل, ك) and article (ال) onto the word:
# "والصواريخ", "بالصواريخ", "للصواريخ" (ل + ال) are all "الصواريخ", "صواريخ"; "سيستهدف" is "يستهدف" to come.
_AR_CONJ = "وف"
_AR_PREP = "بلك"
_AR_MIN = 3  # letters a stripped word keeps: "بعد" is no ب + "عد"


@lru_cache(maxsize=1 << 16)
def arabic_forms(word: str) -> tuple[str, ...]:
    """The folded Arabic word without its clitics, longest first (not itself): "والصواريخ" ->
    "الصواريخ", "صواريخ"; "بدمشق" -> "دمشق"; "للخرطوم" -> "الخرطوم", "خرطوم"."""
    out: list[str] = []
    conj = [word]
    if word[:1] in _AR_CONJ and len(word) > _AR_MIN:
        conj.append(word[1:])
    for c in conj:
        preps = [c]
        if c[:1] in _AR_PREP and len(c) > _AR_MIN:
            if c.startswith("لل") and len(c) > _AR_MIN + 1:
                preps.append("ا" + c[1:])  # لل = ل + ال, its alef dropped
            else:
                preps.append(c[1:])
        elif c[:1] == "س" and c[1:2] in "يتنا" and len(c) > _AR_MIN + 1:
            preps.append(c[1:])  # the future's س
        for p in preps:
            for form in (p, p[2:] if p.startswith("ال") and len(p) >= _AR_MIN + 2 else None):
                if form and form != word and len(form) >= _AR_MIN and form not in out:
                    out.append(form)
    out.sort(key=len, reverse=True)
    return tuple(out)


# Persian writes its verb prefixes می/نمی (durative, negated) and its endings onto the word: the plurals ها/های
# and ان (ان after a silent ه is گان: کشته -> کشتگان), the ezafe or indefinite ی/ای, the pronoun ش/شان; the
# zero-width non-joiner that often stands before them is already gone from the folded word.
_FA_PREFIXES = ("نمي", "مي")
_FA_SUFFIXES = ("هايشان", "هايي", "هاي", "ها", "شان", "يان", "ان", "اي", "ي", "ش")
_FA_MIN = 2  # letters a stripped word keeps


@lru_cache(maxsize=1 << 16)
def persian_forms(word: str) -> tuple[str, ...]:
    """The folded Persian word without its verb prefix and endings, longest first (not itself):
    "ميشود" -> "شود"; "حملههاي" -> "حمله"; "كشتهشدگان" -> "كشتهشده"; "نيروهايش" -> "نيروهاي", "نيرو"."""
    out: list[str] = []
    bases = [word]
    for p in _FA_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= _FA_MIN:
            bases.append(word[len(p) :])
            break
    for b in bases:
        out.append(b)
        for suf in _FA_SUFFIXES:
            if b.endswith(suf) and len(b) - len(suf) >= _FA_MIN:
                stem = b[: -len(suf)]
                out.append(stem)
                if suf == "ان" and stem.endswith("گ"):
                    out.append(stem[:-1] + "ه")  # کشتگان, شدگان: the ه before گان
                elif stem.endswith("ها") and len(stem) - 2 >= _FA_MIN:
                    out.append(stem[:-2])  # a pronoun or ezafe after the plural: نیروهایش, حمله‌هایی
    out = [f for f in dict.fromkeys(out) if f != word and len(f) >= _FA_MIN]
    out.sort(key=len, reverse=True)
    return tuple(out)


# Hebrew writes its conjunction ו, the relative ש (and כש, when), the article ה and the prepositions
# ב, ל, כ, מ onto the word, in that order: "ובתל" is ו + ב + "תל", "מהעיר" מ + ה + "עיר", "שבעזה" ש + ב +
# "עזה". The article after ב, ל, כ is not written ("בעיר" = in the city).
_HE_PREFIX_RE = re.compile("^(ו?)(ש|כש)?(מה|[הבלכמ])?")
_HE_MIN = 2  # letters a stripped word keeps ("לב" is no ל + "ב")
# words that only look prefixed: "מצור" is a siege, not מ + "צור" (Tyre)
_HE_WHOLE = frozenset({"מצור"})


@lru_cache(maxsize=1 << 16)
def hebrew_forms(word: str) -> tuple[str, ...]:
    """The folded Hebrew word without its prefixes, longest first (not itself): "ובבירות" -> "בבירות",
    "בירות"; "מהעיר" -> "העיר", "עיר"; "שבעזה" -> "בעזה", "עזה"."""
    if word in _HE_WHOLE:
        return ()
    if word[:1] == "ו" and word[1:] in _HE_WHOLE:
        return (word[1:],)
    m = _HE_PREFIX_RE.match(word)
    if not m or not m.end():
        return ()
    out: list[str] = []
    groups = [g for g in m.groups() if g]
    cut = 0
    for g in groups:  # each prefix in turn, so that a word that only looks prefixed keeps its other readings
        cut += len(g)
        if len(word) - cut < _HE_MIN:
            break
        out.append(word[cut:])
        if g == "מה" and len(word) - cut + 1 >= _HE_MIN:
            out.append(word[cut - 1 :])  # מה may be מ + the article: "מהעיר" is also "העיר"
    return tuple(sorted(set(out), key=len, reverse=True))


# Korean writes its particles (josa) and the copula onto the word it follows, with no space: "서울에서" is
# 서울 + 에서, "러시아가" 러시아 + 가, "키이우와의" 키이우 + 와 + 의. Stripped longest first, and a particle may
# follow another ("에서는", "에서의", "으로부터", "와의"); the word kept has a syllable at least. A word that
# only looks suffixed ("어린이" is no 어린 + 이) does no harm: the stripped form is only looked up.
_KO_PARTICLES = tuple(
    sorted(
        (
            "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "에게서", "한테", "께서", "으로", "로",
            "으로부터", "로부터", "와", "과", "도", "만", "까지", "부터", "에도", "에는", "에서는", "에서도", "에서의",
            "에서부터", "으로는", "로는", "으로의", "로의", "와의", "과의", "와는", "과는", "이나", "나", "이나마",
            "처럼", "보다", "마저", "조차", "이라고", "라고", "이라는", "라는", "이며", "이고", "이다", "였다",
            "이었다", "에선", "에서만", "만의", "까지의", "에서와", "에의", "께", "측은", "측의", "측이", "측도",
            "쪽으로", "쪽에서",
        ),
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=1 << 16)
def korean_forms(word: str) -> tuple[str, ...]:
    """The folded Korean word without its particles, longest first (not itself): "서울에서" -> "서울";
    "러시아군의" -> "러시아군"; "키이우와의" -> "키이우와", "키이우"."""
    out: list[str] = []
    todo = [word]
    while todo:
        w = todo.pop()
        for suf in _KO_PARTICLES:
            if w.endswith(suf) and len(w) > len(suf):
                stem = w[: -len(suf)]
                if stem not in out:
                    out.append(stem)
                    todo.append(stem)
    return tuple(sorted(out, key=len, reverse=True))


# Georgian writes its cases and postpositions onto the noun: "თბილისში" (in Tbilisi) is თბილის(ი) + ში,
# "რუსეთის" რუსეთ(ი) + ის, "ოდესაში" ოდესა + ში, "კობახიძემ" კობახიძე + მ, "კიევისა" the genitive with a joining
# -ა. Stripped longest first; the nominative put back is -ი after a consonant stem, -ა for the stems that drop it
# ("ოდესის" of ოდესა), or none ("ბაქოს"). A stem keeps two letters at least; a form is only looked up.
_KA_SUFFIXES = tuple(
    sorted(
        (
            "ში", "შია", "ზე", "თან", "სთან", "დან", "იდან", "ით", "ითა", "ის", "ისა", "ად", "მა", "ს", "სა",
            "მ", "თ", "დ", "ისთვის", "სთვის", "თვის", "ისკენ", "სკენ", "კენ", "ივით", "ვით", "იც", "ც", "ისგან",
            "სგან", "ამდე", "მდე", "ისადმი", "ელ",
        ),
        key=len,
        reverse=True,
    )
)


def _stripped_forms(
    word: str, suffixes: tuple[str, ...], min_stem: int, endings: tuple[str, ...] = ("",),
    endings_after: dict[str, tuple[str, ...]] | None = None,
) -> tuple[str, ...]:
    """The candidate dictionary forms of a word that carries its case on it: one of `suffixes` stripped (a stem of
    `min_stem` letters at least), each of `endings` (or of `endings_after[suffix]`) put back, not the word itself,
    longest first (Georgian, Bengali and Armenian names)."""
    out: list[str] = []
    for suf in suffixes:
        if word.endswith(suf) and len(word) - len(suf) >= min_stem:
            stem = word[: -len(suf)]
            for ending in (endings_after or {}).get(suf, endings):
                cand = stem + ending
                if cand != word and cand not in out:
                    out.append(cand)
    return tuple(sorted(out, key=len, reverse=True))


@lru_cache(maxsize=1 << 16)
def georgian_forms(word: str) -> tuple[str, ...]:
    """Candidate nominatives of a Georgian word (not itself), longest first: "თბილისში" -> "თბილისი";
    "ოდესის" -> "ოდესა"; "კობახიძემ" -> "კობახიძე"; "ბაქოს" -> "ბაქო"."""
    return _stripped_forms(word, _KA_SUFFIXES, 2, ("ი", "ა", "", "ე", "ო"))


# Bengali writes its cases onto the noun, as the fold reads them: the locative "ঢাকায়" (ঢআকআয), "কিয়েভে"
# (-এ), "খুলনাতে" (-তএ), the genitive "ঢাকার" (-র), "ইউক্রেনের" (-এর), "দিল্লিয়ের"; "কিয়েভসহ" (with), "ঢাকাকে"
# (-কএ), "ঢাকাও" (too). Stripped one at a time, a stem of two letters at least; a form is only looked up.
_BN_SUFFIXES = ("যএর", "এরও", "এও", "তএও", "তএ", "কএ", "সহ", "এর", "র", "এ", "য", "ও")


@lru_cache(maxsize=1 << 16)
def bengali_forms(word: str) -> tuple[str, ...]:
    """Candidate nominatives of a folded Bengali word (not itself), longest first: "ঢাকায়" -> "ঢাকা";
    "ইউক্রেনের" -> "ইউক্রেন"; "কিয়েভে" -> "কিয়েভ" (folded)."""
    return _stripped_forms(word, _BN_SUFFIXES, 2)


# Armenian writes its cases and its article onto the name: the locative "Երևանում", "Օդեսայում" (-յում after -ա),
# the ablative "Հայաստանից", the genitive-dative "Ռուսաստանի", "Ուկրաինային", the instrumental "Մոսկվայով", the
# article "Փաշինյանը", "Մոսկվան" (-ն after a vowel), the genitive of a name in -ի "Լոռու". Stripped one at a time,
# longest first, a stem of three letters at least; a name in -ի gets its -ի back ("Լոռու" -> "Լոռի"); a form is
# only looked up.
_HY_SUFFIXES = ("յում", "ում", "յից", "ից", "յով", "ով", "յին", "ին", "յի", "ի", "ը", "ն", "ու")


@lru_cache(maxsize=1 << 16)
def armenian_forms(word: str) -> tuple[str, ...]:
    """Candidate nominatives of a folded Armenian word (not itself), longest first: "երևանում" -> "երևան";
    "օդեսայից" -> "օդեսա"; "փաշինյանը" -> "փաշինյան"; "լոռու" -> "լոռի"."""
    return _stripped_forms(word, _HY_SUFFIXES, 3, endings_after={"ու": ("", "ի")})


# Amharic writes its prepositions onto the word before it ("በባህር ዳር", "ከሱዳን", "ወደ ኢትዮጵያ" apart, "ወደኢትዮጵያ" too,
# "የኢትዮጵያ" of Ethiopia) and the article, the object mark, 'and' and 'also' after it ("ሩሲያን", "ኢትዮጵያና",
# "ኤርትራው", "ከተማዋ"); the article written on a name's last consonant changes its vowel ("የሱዳኑ ጦርነት": ን -> ኑ).
# A name is looked up with one preposition and one ending stripped (the vowel of -u put back to the consonant),
# a stem of two syllables at least; a form is only looked up.
AM_PREFIXES = ("እንደ", "እስከ", "ወደ", "ስለ", "ከነ", "በ", "ለ", "ከ", "የ")
_AM_SUFFIXES = ("ንና", "ንም", "ናም", "ውን", "ዋን", "ውም", "ዋም", "ን", "ና", "ም", "ው", "ዋ")


def _am_bare(ch: str) -> str | None:
    """The consonant of an Ethiopic syllable in its u-order (ኑ -> ን), else None."""
    cp = ord(ch)
    return chr(cp + 4) if 0x1200 <= cp < 0x1358 and cp % 8 == 1 else None


@lru_cache(maxsize=1 << 16)
def amharic_forms(word: str) -> tuple[str, ...]:
    """Candidate bare forms of a folded Amharic word (not itself): "በባህር" -> "ባህር"; "ከሱዳን" -> "ሱዳን";
    "የሱዳኑ" -> "ሱዳን"; "ሩሲያን" -> "ሩሲያ"; "ለኢትዮጵያና" -> "ኢትዮጵያ"."""
    if len(word) < 3:
        return ()
    heads = [word]
    for p in AM_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            heads.append(word[len(p) :])
    out: list[str] = []
    for h in heads:
        tails = [h]
        for suf in _AM_SUFFIXES:
            if h.endswith(suf) and len(h) - len(suf) >= 2:
                tails.append(h[: -len(suf)])
        for t in tails:
            for cand in (t, t[:-1] + bare if len(t) >= 2 and (bare := _am_bare(t[-1])) else None):
                if cand and cand != word and cand not in out:
                    out.append(cand)
    return tuple(out)


# A verb's relative, temporal and purpose marks written before it ("የተገደሉ" who were killed, "ሲገደሉ" as they were
# killed, "የሚገኝ" which is, "እንዲወጡ" that they leave, "እየተካሄደ" being held), after a preposition or alone. The
# negation (አል-, አይ-) is not stripped: a negated verb is no listed stem, as the lexicon's absence list reads it.
_AM_VERB_PREFIXES = ("የሚያ", "የሚ", "የተ", "የማይ", "የማ", "እንዲያ", "እንዲ", "ሲያ", "ሲ", "እየ", "ሚያ", "ሚ", "ያል", "ሳይ")


@lru_cache(maxsize=1 << 16)
def amharic_stems(word: str) -> tuple[str, ...]:
    """The words a folded Amharic word may be after its prepositions and verb prefixes (not itself), as no
    dictionary tells which reading is right (a wrong one meets no stem of the lexicon): "በድሮን" -> "ድሮን";
    "የተገደሉ" -> "ተገደሉ"; "በሚገኝ" -> "ሚገኝ", "ገኝ"; "ሲገደሉ" -> "ገደሉ"."""
    if len(word) < 3:
        return ()
    out: list[str] = []
    todo = [word]
    for _ in range(2):
        nxt = []
        for w in todo:
            for p in (*AM_PREFIXES, *_AM_VERB_PREFIXES):
                if w.startswith(p) and len(w) - len(p) >= 2:
                    rest = w[len(p) :]
                    if rest not in out:
                        out.append(rest)
                        nxt.append(rest)
        todo = nxt
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def deinflect(word: str) -> tuple[str, ...]:
    """Candidate nominatives of a folded Greek or Cyrillic word (not itself).

    Харкова → харков, харків; Києві → києв, київ (Ukrainian і/о/е alternation);
    Κιέβου → κιεβο, κιεβοσ; Москвой → москва; بدمشق → دمشق (Arabic clitics). Latin words have none.
    """
    if not word:
        return ()
    sc = script_of(word[0])
    if sc == "greek":
        inv = _GREEK_INV
    elif sc == "cyrillic":
        inv = _CYR_INV
    elif sc == "arabic":
        return arabic_forms(word)  # clitics, not case endings
    elif sc == "hebrew":
        return hebrew_forms(word)  # prefixes, not case endings
    elif sc == "hangul":
        return korean_forms(word)  # particles, not case endings
    elif sc == "georgian":
        return georgian_forms(word)  # case suffixes and postpositions
    elif sc == "bengali":
        return bengali_forms(word)  # case endings
    elif sc == "armenian":
        return armenian_forms(word)  # case endings and the article
    elif sc == "ethiopic":
        return amharic_forms(word)  # prepositions before, the article and conjunctions after
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


def _domain_dot(doc: Doc, t: int) -> bool:
    """A dot between a name and a web domain's ending ("Civil.ge", "Index.hr", "Zerkalo.io"): an outlet
    named by its address joins across it, where only a listed name goes on (a key's prefix)."""
    nxt = doc.words[t + 1]
    return (
        doc.text[doc.ends[t] : doc.starts[t + 1]] == "."
        and 2 <= len(nxt) <= 4
        and nxt.isascii()
        and nxt.isalpha()
        and doc.text[doc.starts[t + 1]].islower()
    )


class NameIndex:
    """Longest-match look-up of multi-word names over a Doc's tokens.

    Keys are folded words joined by spaces. Values are tuples of whatever the
    caller stores (entry ids). Oblique forms of Greek and Cyrillic names are
    found by de-inflecting the words (one- and two-word names).
    """

    __slots__ = ("_firsts", "_singles", "_solo", "dead", "keys", "max_words", "prefixes")

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
        # words that start no longer name in any form, with the name they are (in any case form):
        # the answer depends on the word alone ("kyiv", "харкова")
        self._solo: dict[str, tuple[int, str, tuple]] = {}

    def add(self, name: str, value: object, key: str | None = None) -> str | None:
        key = fold_key(name) if key is None else key
        if not key:
            return None
        old = self.keys.get(key, ())
        if value not in old:
            self.keys[key] = (*old, value)
        if self._firsts or self._singles or self.dead or self._solo:  # they answered for the old keys
            self._firsts.clear()
            self._singles.clear()
            self.dead.clear()
            self._solo.clear()
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
        if inflect and key in self._solo:
            return self._solo[key]
        keys = self.keys
        best = None
        hit = keys.get(key)
        if hit:
            best = (1, key, hit)
        n = 1
        j = i
        prefixes = self.prefixes
        while n < self.max_words and j + 1 < len(words) and key in prefixes and (doc.joins(j) or _domain_dot(doc, j)):
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
        w = words[i]
        if best is None:
            if w in self._singles:
                single = self._singles[w]
            else:
                single = next(((c, keys[c]) for c in deinflect(w) if c in keys), None)
                if len(self._singles) > 100_000:
                    self._singles.clear()
                self._singles[w] = single
            if single is not None:
                best = (1, single[0], single[1])
        if w not in prefixes and not self._first_forms(w):
            # no longer name starts with the word in any form: its answer is its own
            if best is None:
                if len(self.dead) > 100_000:
                    self.dead.clear()
                self.dead.add(w)
            else:
                if len(self._solo) > 100_000:
                    self._solo.clear()
                self._solo[w] = best
        return best

    def _inflected_two(self, doc: Doc, i: int) -> tuple[int, str, tuple] | None:
        words = doc.words
        if i + 1 >= len(words) or not doc.joins(i):
            return None
        firsts = self._first_forms(words[i])
        if not firsts:
            return None
        for a in firsts:
            for b in (words[i + 1], *deinflect(words[i + 1])):
                hit = self.keys.get(a + " " + b)
                if hit:
                    return (2, a + " " + b, hit)
        if "\u1200" <= words[i][:1] <= "\u139f":
            # an Amharic name of three words and more with its preposition on the first ("የኦሮሞ ነጻነት ሰራዊት",
            # "በአል ጀዚራ ..."): the longest name the bare first word starts, its other words as written
            best = None
            for a in firsts:
                key, j = a, i
                while j + 1 < len(words) and key in self.prefixes and doc.joins(j):
                    j += 1
                    key = key + " " + words[j]
                    hit = self.keys.get(key)
                    if hit and (best is None or j - i + 1 > best[0]):
                        best = (j - i + 1, key, hit)
            return best
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


# Finnish joins its compounds into one word ("ohjusisku", "sähkökatko", "kerrostaloon"): a word the lexicon does not
# know is read by its last part, the longest first, after a first part of three letters at least, a last part of five
# (shorter ones meet look-alikes: "riski" is no "iski").
_FI_MIN_HEAD = 3
_FI_MIN_TAIL = 5


@lru_cache(maxsize=1 << 16)
def finnish_tails(word: str) -> tuple[str, ...]:
    """The last parts of a folded Finnish word that may be a compound's (not itself), longest first:
    "ohjusiskussa" -> "usiskussa", "siskussa", "iskussa", "skussa", "kussa"."""
    return tuple(word[k:] for k in range(_FI_MIN_HEAD, len(word) - _FI_MIN_TAIL + 1))


# Swahili writes its verbs' subject, tense, relative and object as prefixes before the stem: "wameshambulia"
# is wa-me-shambulia (they have attacked), "waliouawa" wa-li-o-uawa (who were killed), "kuwakamata" ku-wa-kamata
# (to arrest them), "haitakubali" ha-i-ta-kubali (it will not accept). The lexicon lists stems ("shambuli*"); a
# word is looked up as written and as each stem these prefixes leave (two letters at least: "ua", to kill).
_SW_SUBJECTS = ("wa", "a", "i", "zi", "li", "ya", "ki", "vi", "u", "tu", "ni", "m", "mu", "ku", "pa")
_SW_TENSES = ("me", "li", "ta", "na", "ka", "ki", "sha", "ja", "ngali", "nge")
_SW_RELATIVES = ("ye", "o", "yo", "zo", "lo", "cho", "vyo", "po", "ko", "mo")
_SW_OBJECTS = ("wa", "mw", "m", "u", "i", "ki", "vi", "li", "ya", "zi", "ji", "ku", "tu", "ni")
_SW_MIN_STEM = 2


def _sw_after(word: str, heads: tuple[str, ...]) -> list[str]:
    return [word[len(h) :] for h in heads if word.startswith(h) and len(word) - len(h) >= _SW_MIN_STEM]


def swahili_forms(word: str) -> tuple[str, ...]:
    """The stems a folded Swahili verb form may have after its prefixes (not itself), every reading of them, as no
    dictionary tells which is right (a wrong one meets no stem of the lexicon): "wameshambulia" -> "shambulia";
    "kuwaua" -> "waua", "ua"; "waliouawa" -> "ouawa", "uawa", "awa"; "haitakubali" -> "kubali", "bali", "itakubali"."""
    if len(word) < 4:
        return ()
    out: list[str] = []
    starts = [word[2:]] if word.startswith("ha") else []  # a negative: ha- before the subject (hawa-, hai-)
    starts.append(word)
    for w in starts:
        infinitive = _sw_after(w, ("ku",))
        for rest in [r for s in _sw_after(w, _SW_SUBJECTS) for r in _sw_after(s, _SW_TENSES)] + infinitive:
            for stem in [rest, *_sw_after(rest, _SW_RELATIVES)]:
                out.append(stem)
                out.extend(_sw_after(stem, _SW_OBJECTS))
        if w is not word:  # a negative present or past without a tense: "hakuna", "hawana"
            out.append(w)
    return tuple(dict.fromkeys(f for f in out if f != word))
