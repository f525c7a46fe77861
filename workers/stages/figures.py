"""Casualty figures (killed, injured) in the text of every language with a lexicon.

A number (digits or words) is linked to a casualty word next to it, with only
filler words between ("5 people were killed", "загинули 352 цивільних",
"ένα νεκρό παιδί"); the group comes from the words around it (civilians,
children, soldiers). Decisions, so downstream can rely on them:
- "dozens", "hundreds", "кілька" are not numbers: no figure.
- "no casualties", "δεν υπάρχουν θύματα", "без жертв" give explicit zeros
  (killed=0 and/or injured=0), since "nobody died" is information.
- "N ..., including M children" gives two figures: N for the main group and M
  for the sub-group; never add them up.
- "two dead and five injured" gives one figure with both counts.
- Counts listed with "and", each naming whom it counts, are one figure, their
  sum: "five soldiers and three civilians were killed" is 8, "a man and a
  woman" 2; "between 3 and 5 people" stays 5.
- An age counts nobody ("une femme de 64 ans", "aged 30 and 45", "een vrouw
  van 64"): the person it describes counts one.
- A figure is cumulative when its sentence says it is a running tally ("since
  the start of the invasion", "з початку вторгнення", "συνολικά", "death toll").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from events.schema import Figure
from workers.stages.textnorm import (
    AM_PREFIXES,
    ELISION_FR_RE,
    ELISION_IT_RE,
    ELISION_RE,
    HAN_TRAD_SIMP,
    Doc,
    arabic_forms,
    fold,
    hebrew_forms,
    persian_forms,
    sr_cyrillic,
    swahili_forms,
)


def _table(spec: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for part in spec.split(";"):
        value, words = part.split(":")
        for w in words.split():
            out[fold(w)] = int(value)
    return out


NUMBER_WORDS = _table(
    "0:zero none μηδέν нуль ноль;"
    # German
    "0:null;1:ein eine einen einem einer eins;2:zwei;3:drei;4:vier;5:fünf;6:sechs;7:sieben;8:acht;9:neun;"
    "10:zehn;11:elf;12:zwölf dutzend;13:dreizehn;14:vierzehn;15:fünfzehn;16:sechzehn;17:siebzehn;18:achtzehn;"
    "19:neunzehn;20:zwanzig;30:dreißig;40:vierzig;50:fünfzig;60:sechzig;70:siebzig;80:achtzig;90:neunzig;100:hundert;"
    "1:one μία μια ένα ένας ενός μιας один одна одне одно одного одну одній одной;"
    "2:two δύο δυο два дві две двох двух двом двоє двое;"
    "3:three τρεις τρία τριών три трьох трех троє трое;"
    "4:four τέσσερις τέσσερα τεσσάρων чотири чотирьох четыре четырех четверо;"
    "5:five πέντε пять пятьох пяти пятеро;6:six έξι шість шістьох шесть шести шестеро;"
    "7:seven επτά εφτά сім сімох семь семи семеро;8:eight οκτώ οχτώ вісім вісьмох восемь восьми восьмеро;"
    "9:nine εννέα εννιά девять девяти девятеро;10:ten δέκα десять десятьох десяти десятеро;"
    "12:dozen;"
    "11:eleven έντεκα ένδεκα одинадцять одиннадцать;12:twelve δώδεκα дванадцять двенадцать;"
    "13:thirteen δεκατρείς δεκατρία тринадцять тринадцать;14:fourteen δεκατέσσερις δεκατέσσερα чотирнадцять четырнадцать;"
    "15:fifteen δεκαπέντε пятнадцять пятнадцать;16:sixteen δεκαέξι δεκάξι шістнадцять шестнадцать;"
    "17:seventeen δεκαεπτά δεκαεφτά сімнадцять семнадцать;18:eighteen δεκαοκτώ δεκαοχτώ вісімнадцять восемнадцать;"
    "19:nineteen δεκαεννέα δεκαεννιά девятнадцять девятнадцать;20:twenty είκοσι двадцять двадцать;"
    "30:thirty τριάντα тридцять тридцать;40:forty σαράντα сорок;50:fifty πενήντα пятдесят пятьдесят;"
    "60:sixty εξήντα шістдесят шестьдесят;70:seventy εβδομήντα сімдесят семьдесят;"
    "80:eighty ογδόντα вісімдесят восемьдесят;90:ninety ενενήντα девяносто;"
    "100:hundred εκατό сто;200:διακόσιοι διακόσια двісті двести;300:τριακόσιοι τριακόσια триста"
)
# Spanish number words ("once" is left out: it is an English word too)
NUMBER_WORDS.update(
    _table(
        "0:cero;1:un uno una;2:dos;3:tres;4:cuatro;5:cinco;6:seis;7:siete;8:ocho;9:nueve;10:diez;"
        "12:doce docena;13:trece;14:catorce;15:quince;16:dieciséis;17:diecisiete;18:dieciocho;19:diecinueve;"
        "20:veinte;30:treinta;40:cuarenta;50:cincuenta;60:sesenta;70:setenta;80:ochenta;90:noventa;"
        "100:cien ciento centenar;200:doscientos doscientas;300:trescientos trescientas"
    )
)
# Portuguese, European and Brazilian ("dezasseis"/"dezesseis"); "vinte e dois" is read as vinte + dois (see
# _join_numbers); "uma dezena" is ten as "une dizaine" is, "dezenas" (tens) is vague
NUMBER_WORDS.update(
    _table(
        "1:um uma;2:dois duas;3:três;4:quatro;5:cinco;6:seis;7:sete;8:oito;9:nove;10:dez dezena;12:doze dúzia;"
        "13:treze;14:catorze quatorze;16:dezasseis dezesseis;17:dezassete dezessete;18:dezoito;"
        "19:dezanove dezenove;20:vinte;30:trinta;40:quarenta;50:cinquenta;60:sessenta;70:setenta;80:oitenta;"
        "90:noventa;100:cem cento centena;200:duzentos duzentas;300:trezentos trezentas"
    )
)
# French ("dix-huit" is read as dix + huit, "quatre-vingts" as quatre x vingt: see _join_numbers);
# "une dizaine" is ten as "a dozen" is twelve.
NUMBER_WORDS.update(
    _table(
        "0:zéro;1:un une;2:deux;3:trois;4:quatre;5:cinq;6:six;7:sept;8:huit;9:neuf;10:dix dizaine;"
        "11:onze;12:douze douzaine;13:treize;14:quatorze;15:quinze quinzaine;16:seize;20:vingt vingts vingtaine;"
        "30:trente trentaine;40:quarante quarantaine;50:cinquante cinquantaine;60:soixante soixantaine;"
        "100:cent cents centaine"
    )
)
# Vague amounts: a number is implied but not given.
VAGUE = frozenset(
    map(
        fold,
        [
            "dozens",
            "hundreds",
            "thousands",
            "scores",
            "several",
            "many",
            "numerous",
            "multiple",
            "δεκάδες",
            "εκατοντάδες",
            "χιλιάδες",
            "αρκετοί",
            "αρκετά",
            "αρκετές",
            "πολλοί",
            "πολλά",
            "πολλές",
            "десятки",
            "сотні",
            "сотни",
            "тисячі",
            "тысячи",
            "кілька",
            "декілька",
            "несколько",
            "багато",
            "много",
            "чимало",
            # German
            "dutzende", "hunderte", "tausende", "zehntausende", "hunderttausende", "mehrere", "einige", "viele",
            "zahlreiche",
            # Spanish
            "decenas",
            "docenas",
            "cientos",
            "centenares",
            "miles",
            "varios",
            "varias",
            "numerosos",
            "numerosas",
            "muchos",
            "muchas",
        ],
    )
)
VAGUE |= frozenset(
    map(fold, ["dizaines", "centaines", "milliers", "plusieurs", "nombreux", "nombreuses", "quelques"])
)
VAGUE |= frozenset(  # Portuguese
    map(fold, ["dezenas", "centenas", "milhares", "vários", "várias", "diversos", "diversas", "muitos", "muitas"])
)
MULTIPLIERS = {
    fold(w): m
    for w, m in (
        ("thousand", 1000),
        ("тис", 1000),
        ("тисяч", 1000),
        ("тисячі", 1000),
        ("тисячу", 1000),
        ("тысячу", 1000),
        ("тыс", 1000),
        ("тысяч", 1000),
        ("тысячи", 1000),
        ("χιλιάδες", 1000),
        ("tausend", 1000),
        ("million", 1_000_000),
        ("millionen", 1_000_000),
        ("mio", 1_000_000),
        ("млн", 1_000_000),
        ("εκατομμύρια", 1_000_000),
        ("mil", 1000),
        ("millones", 1_000_000),
        ("millón", 1_000_000),
    )
}
MULTIPLIERS.update({"mille": 1000, "million": 1_000_000, "millions": 1_000_000})  # French
# Italian: "due" is also English ("due to"): a count only before the people or the casualty word it
# counts (see _join_numbers); compounds ("ventitré", "duecento", "tremila") are read by _italian_number;
# "decine", "centinaia", "migliaia" are vague, "una decina" is ten as "a dozen" is twelve
NUMBER_WORDS.update(
    _table(
        "0:zero;1:uno;2:due;3:tre;4:quattro;5:cinque;6:sei;7:sette;8:otto;9:nove;10:dieci decina;11:undici;"
        "12:dodici dozzina;13:tredici;14:quattordici;15:quindici;16:sedici;17:diciassette;18:diciotto;"
        "19:diciannove;20:venti ventina;30:trenta trentina;40:quaranta quarantina;50:cinquanta cinquantina;"
        "60:sessanta;70:settanta;80:ottanta;90:novanta;100:cento centinaio"
    )
)
VAGUE |= frozenset(
    map(fold, ["decine", "centinaia", "migliaia", "diversi", "diverse", "numerosi", "numerose", "molti", "molte",
               "vari", "varie", "alcuni", "alcune", "parecchi", "parecchie"])
)  # fmt: skip
MULTIPLIERS.update({"mila": 1000, "milioni": 1_000_000, "milione": 1_000_000})  # Italian
_IT_AMBIGUOUS_NUMBERS = frozenset(["due"])
_IT_UNITS = {"uno": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
             "nove": 9}  # fmt: skip
_IT_TEENS = {"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
             "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19}  # fmt: skip
_IT_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
            "ottanta": 80, "novanta": 90}  # fmt: skip


def _it_below_100(w: str) -> int | None:
    if w in _IT_UNITS:
        return _IT_UNITS[w]
    if w in _IT_TEENS:
        return _IT_TEENS[w]
    if w in _IT_TENS:
        return _IT_TENS[w]
    for tens, v in _IT_TENS.items():
        # "ventitré", "trentacinque"; the vowel drops before uno and otto ("ventuno", "trentotto")
        for head in (tens, tens[:-1]):
            rest = w[len(head) :]
            elided = rest in ("uno", "otto")
            if w.startswith(head) and rest in _IT_UNITS and rest != "un" and (head == tens) != elided:
                return v + _IT_UNITS[rest]
    return None


def _it_below_1000(w: str) -> int | None:
    if not w:
        return None
    hundreds, rest = 0, w
    if w.startswith("cent"):
        hundreds, rest = 1, w[5:] if w.startswith("cento") else w[4:]
    else:
        for unit, v in _IT_UNITS.items():
            if v > 1 and w.startswith(unit + "cento"):
                hundreds, rest = v, w[len(unit) + 5 :]
                break
    if not rest:
        return hundreds * 100 if hundreds else None
    below = _it_below_100(rest)
    return None if below is None else hundreds * 100 + below


@lru_cache(maxsize=1 << 12)
def _italian_number(w: str) -> int | None:
    """An Italian number written as one word ("ventitré" 23, "duecento" 200, "tremila" 3000), else None."""
    if len(w) < 5 or not w.isalpha():
        return None
    if "mila" in w:
        left, _, right = w.partition("mila")
        thousands = _it_below_1000(left)
        if thousands is None or thousands < 2:
            return None
        below = _it_below_1000(right) if right else 0
        return None if below is None else thousands * 1000 + below
    if w.startswith("mille"):
        below = _it_below_1000(w[5:]) if w[5:] else 0
        return None if below is None else 1000 + below
    return _it_below_1000(w)

MULTIPLIERS.update({"milhao": 1_000_000, "milhoes": 1_000_000})  # Portuguese (folded milhão, milhões)
# Polish: "40 tys.", "2 tysiące", "1,5 mln"; "tysiące" alone ("tysiące rodzin") is no count
MULTIPLIERS.update({fold(w): 1000 for w in ("tys", "tysiąc", "tysiące", "tysięcy", "tysiąca")})
MULTIPLIERS.update({fold(w): 1_000_000 for w in ("milion", "miliony", "milionów", "miliona")})
# Polish number words in their case forms ("pięć", "pięciu", "pięcioro"); "kilka", "kilkanaście"
# (a dozen or so) and "kilkadziesiąt" (tens) are vague
NUMBER_WORDS.update(
    _table(
        "1:jeden jedna jedno jednego jednej jedną jednym;2:dwa dwie dwóch dwoje dwaj dwoma dwojga;"
        "3:trzy trzech troje trzej trzema trojga;4:cztery czterech czworo czterej czterema;"
        "5:pięć pięciu pięcioro;6:sześć sześciu sześcioro;7:siedem siedmiu siedmioro;8:osiem ośmiu ośmioro;"
        "9:dziewięć dziewięciu dziewięcioro;10:dziesięć dziesięciu dziesięcioro;11:jedenaście jedenastu;"
        "12:dwanaście dwunastu tuzin;13:trzynaście trzynastu;14:czternaście czternastu;15:piętnaście piętnastu;"
        "16:szesnaście szesnastu;17:siedemnaście siedemnastu;18:osiemnaście osiemnastu;"
        "19:dziewiętnaście dziewiętnastu;20:dwadzieścia dwudziestu;30:trzydzieści trzydziestu;"
        "40:czterdzieści czterdziestu;50:pięćdziesiąt pięćdziesięciu;60:sześćdziesiąt sześćdziesięciu;"
        "70:siedemdziesiąt siedemdziesięciu;80:osiemdziesiąt osiemdziesięciu;"
        "90:dziewięćdziesiąt dziewięćdziesięciu;100:sto stu;200:dwieście dwustu;300:trzysta trzystu;"
        # collective numerals for mixed groups and children ("piętnaścioro osób", "pięciorga dzieci")
        "4:czworga;5:pięciorga;6:sześciorga;7:siedmiorga;8:ośmiorga;9:dziewięciorga;10:dziesięciorga;"
        "11:jedenaścioro jedenaściorga;12:dwanaścioro dwanaściorga;13:trzynaścioro trzynaściorga;"
        "14:czternaścioro czternaściorga;15:piętnaścioro piętnaściorga;16:szesnaścioro szesnaściorga;"
        "17:siedemnaścioro siedemnaściorga;18:osiemnaścioro osiemnaściorga;19:dziewiętnaścioro dziewiętnaściorga;"
        "20:dwadzieścioro dwudziestu"
    )
)
VAGUE |= frozenset(
    map(
        fold,
        ["kilka", "kilku", "kilkoro", "kilkanaście", "kilkunastu", "kilkadziesiąt", "kilkudziesięciu", "kilkaset", "kilkuset", "dziesiątki", "dziesiątek", "setki", "setek", "wiele", "wielu", "liczni", "licznych", "parę", "paru"],
    )
)  # fmt: skip

# Casualty words by prefix (folded), for the inflected languages; exact for English.
_KILL_EXACT = frozenset(
    [
        "killed",
        "kill",
        "kills",
        "killing",
        "dead",
        "died",
        "die",
        "dies",
        "deaths",
        "death",
        "fatalities",
        "fatality",
        "toll",
        "bodies",
        # German (folded): "getötet", "Tote", "ums Leben"
        "getotet", "getotete", "getoteten", "totete", "toteten", "tote", "toten", "tot", "todesopfer",
        "todesopfern", "starben", "gestorben", "leben", "leichen",
    ]
    # Spanish forms a stem would overreach from ("mat-" is also "material")
    + [fold(w) for w in ("mató", "mataron", "matando", "matado", "matar", "mortales", "cadáveres")]
)
_INJ_EXACT = frozenset(
    ["injured", "injuring", "injures", "injury", "injuries", "wounded", "wounding", "hurt",
     "verletzt", "verletzte", "verletzten", "verletzter", "verwundet", "verwundete", "verwundeten"]  # German
    # Spanish ("hiri-" is also English "hiring")
    + [fold(w) for w in ("hirió", "hirieron", "hiriendo", "herir")]
)
# French, whole words: a stem such as "bless" would take English "blessing" too
_KILL_EXACT |= frozenset(
    map(
        fold,
        [
            "tué",
            "tués",
            "tuée",
            "tuées",
            "tuant",
            "tuer",
            "tuent",
            "mort",
            "morts",
            "morte",
            "mortes",
            "décès",
            "décédé",
            "décédés",
            "décédée",
            "décédées",
            "péri",
            "péris",
            "bilan",
        ],
    )
)
_INJ_EXACT |= frozenset(
    map(
        fold,
        [
            "blessé",
            "blessés",
            "blessée",
            "blessées",
            "blessant",
            "blesser",
            "blessure",
            "blessures",
            "hospitalisé",
            "hospitalisés",
        ],
    )
)
# Portuguese, whole words: a stem "mort" would take "morteiro" (mortar) and English "mortgage"
_KILL_EXACT |= frozenset(
    map(
        fold,
        [
            "morto", "morta", "mortos", "mortas", "morte", "mortes", "matou", "mataram", "mortais", "óbito",
            "óbitos", "cadáveres",
        ],
    )
)  # fmt: skip
_INJ_EXACT |= frozenset(map(fold, ["feriu", "feriram", "ferindo", "ferir", "ferimentos"]))
_KILL_PREFIX = tuple(
    map(
        fold,
        [
            "νεκρ",
            "σκοτώθ",
            "σκότωσ",
            "σκοτωμέν",
            "θάνατ",
            "θανάτ",
            "θύματ",
            "загин",
            "загибл",
            "загибел",
            "вбит",
            "вбив",
            "убит",
            "убив",
            "смерт",
            "помер",
            "жертв",
            "погиб",
            "гибел",
            "умер",
            "скончал",
            "ліквідова",
            "ликвидир",
            # Spanish
            "muert",
            "muri",
            "muere",
            "fallec",
            "perecie",
            "asesinad",
            # Italian
            "uccis",
            "decedut",
            # Portuguese: faleceu, falecidos; morreu, morreram, morrer
            "falec",
            "morre",
            "assassinad",
        ],
    )
)
# Losses ("втрати росіян", "потери", "απώλειες", "has lost 5,300 troops"): the dead
# claimed over a campaign. They count only with a word for people beside the number
# ("lost 3 tanks" is no casualty), and such a claim is a running tally.
# Polish (folded stems): zginęło, zabitych, zmarł, śmierć, ofiar, poległ; rannych, zraniony, poszkodowanych
_KILL_PREFIX += tuple(
    map(fold, ["zgin", "zabit", "zabic", "zabił", "zabij", "zmarł", "śmierć", "śmierci", "ofiar", "poległ"])
)
_KILL_EXACT |= frozenset(map(fold, ["żyje", "żyją", "śmiertelnych", "śmiertelne", "zgonów"]))  # "nie żyje"
_LOSS_EXACT = frozenset(
    ["lost", "loses", "lose", "losses", "verluste", "verloren"]  # English, German
    + ["bajas", "perdido", "perdieron", "pierde"] + [fold(w) for w in ("pérdidas", "perdió")]  # Spanish
)
# Italian casualty words, whole or by stems no other word shares ("mort-" would take "mortaio", the mortar)
_KILL_EXACT |= frozenset(
    map(fold, ["morti", "morto", "morta", "morte", "morirono", "morire", "muore", "muoiono", "morendo", "uccide",
               "uccidono", "uccidendo", "uccidere", "vittime", "vittima", "cadaveri", "salme", "decessi",
               "decesso"])
)  # fmt: skip
_INJ_EXACT |= frozenset(
    map(fold, ["ferendo", "ferendone", "ferire", "ferisce", "feriscono", "ricoverati", "ricoverate",
               "ricoverato", "ricoverata", "contusi"])
)  # fmt: skip
# the drowned of a shipwreck or a flood are its dead
_KILL_EXACT |= frozenset(
    map(fold, ["drowned", "πνίγηκαν", "πνίγηκε", "потонули", "потонув", "потонула", "утонули", "утонул", "утонула"])
)
_LOSS_EXACT |= frozenset(["perdite"])
_LOSS_EXACT |= frozenset(["baixas", "perdas", "perdeu", "perderam"])  # Portuguese
_LOSS_EXACT |= frozenset(map(fold, ["pierdut", "pierderi", "pierderile"]))  # Romanian ("a pierdut 43.000 de militari")
_LOSS_PREFIX = tuple(map(fold, ["втрат", "втрати", "потер", "απώλει", "έχασ", "χάνει"]))
# ... not "потерпел крушение" (a crash suffered) nor "потерпевшие" (the victims): no losses of a campaign
_NOT_LOSS_PREFIX = tuple(map(fold, ["потерп"]))
# Polish: "Ukraina straciła 40 tys. żołnierzy", "straty wroga" (whole words: "stracono" is an execution)
_LOSS_EXACT |= frozenset(
    map(fold, ["straty", "strat", "stratach", "straciła", "stracił", "stracili", "straciły", "stracimy", "tracą"])
)
_INJ_PREFIX = tuple(
    map(
        fold,
        [
            "τραυματ",
            "πληγωμ",
            "поранен",
            "поранил",
            "травмов",
            "постражда",
            "ранен",
            "ранил",
            "травмир",
            "пострада",
            # Spanish
            "herid",
            "lesionad",
            # Italian
            "ferit",
            # Portuguese: feridos, ferida
            "ferid",
        ],
    )
)

_INJ_PREFIX += tuple(map(fold, ["rann", "zrani", "poszkodowan", "obrażen", "hospitalizowan"]))

# Dutch (Netherlands and Flanders): "vijf doden", "twaalf gewonden", "minstens 40", "1.200"; "een" and "één"
# fold alike and count only before the people or the casualty word they count, as "un" does; "tientallen",
# "honderden", "duizenden" are vague
NUMBER_WORDS.update(
    _table(
        "0:nul;1:een;2:twee;3:drie;4:vier;5:vijf;6:zes;7:zeven;8:acht;9:negen;10:tien;11:elf;12:twaalf dozijn;"
        "13:dertien;14:veertien;15:vijftien;16:zestien;17:zeventien;18:achttien;19:negentien;20:twintig;"
        "30:dertig;40:veertig;50:vijftig;60:zestig;70:zeventig;80:tachtig;90:negentig;100:honderd"
    )
)
VAGUE |= frozenset(
    map(fold, ["tientallen", "honderden", "duizenden", "tienduizenden", "enkele", "meerdere", "verscheidene",
               "talrijke", "vele", "verschillende", "diverse"])
)  # fmt: skip
MULTIPLIERS.update({"duizend": 1000, "miljoen": 1_000_000, "miljoenen": 1_000_000})  # Dutch
# Dutch casualty words, whole ("doden" is the dead; "leven" ends "om het leven gekomen", "het leven gekost")
_KILL_EXACT |= frozenset(
    map(fold, ["doden", "dode", "gedood", "gedode", "omgekomen", "omkwamen", "omkwam", "overleden", "overleed",
               "gesneuveld", "sneuvelden", "sneuvelde", "doodgeschoten", "leven", "dodelijke", "dodental"])
)  # fmt: skip
_INJ_EXACT |= frozenset(
    map(fold, ["gewonden", "gewonde", "gewond", "zwaargewond", "zwaargewonden", "lichtgewond", "lichtgewonden",
               "verwond", "verwonde", "verwonden", "verwondingen", "gehospitaliseerd"])
)  # fmt: skip
# Indonesian (and Malay): "tiga orang tewas", "menewaskan dua puluh orang", "seorang warga", "sebelas terluka";
# "puluh", "ratus", "ribu", "juta" multiply the number before them ("dua puluh", "43 ribu"); "se-" is one
# (sepuluh, seratus, seribu). "lima" (five) is also Peru's capital and "satu" too short to trust elsewhere: read
# only in Indonesian (_ID_ONLY_NUMBERS)
NUMBER_WORDS.update(
    _table(
        "1:satu seorang sebuah;2:dua;3:tiga;4:empat;5:lima;6:enam;7:tujuh;8:delapan;9:sembilan;10:sepuluh;"
        "11:sebelas;12:dua-belas;100:seratus;1000:seribu"
    )
)
_ID_ONLY_NUMBERS = frozenset(["satu", "seorang", "sebuah", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                              "sembilan", "sepuluh", "sebelas", "seratus", "seribu"])  # fmt: skip
VAGUE |= frozenset(["puluhan", "ratusan", "ribuan", "belasan", "jutaan", "beberapa", "sejumlah", "banyak"])
MULTIPLIERS.update({"puluh": 10, "ratus": 100, "ribu": 1000, "juta": 1_000_000})  # Indonesian
_KILL_EXACT |= frozenset(["tewas", "menewaskan", "meninggal", "gugur", "terbunuh", "dibunuh", "maut", "jiwa"])
_INJ_EXACT |= frozenset(["terluka", "melukai", "luka", "cedera", "mencederai"])


def _sr_both(words: list[str]) -> list[str]:
    """Serbian words, written in Latin letters with their diacritics, folded in both scripts ("poginulo" and
    "погинуло")."""
    cyrillic = [c for c in map(sr_cyrillic, words) if c is not None]
    return [fold(w) for w in (*words, *cyrillic)]


# Serbian, Croatian and Bosnian, in both scripts: "poginulo je četrnaest osoba", "troje je ranjeno", "ranjena su
# dva policajca", "24 hiljade", "43.000"; collective numbers ("dvoje", "petoro") and those of men ("dvojica",
# "četvoricu") count people; "desetine", "stotine", "hiljade", "petnaestak" are vague. Read only in this language's
# text: "pet", "tri", "osam" are words of others (_SR_ONLY_NUMBERS)
_SR_NUMBERS = {
    1: "jedan jedna jedno jednog jednu jednom jednoj",
    2: "dva dve dvije dvoje dvojica dvojicu dvoma dvema",
    3: "tri troje trojica trojicu",
    4: "četiri četvoro četvorica četvoricu",
    5: "pet petoro petorica petoricu",
    6: "šest šestoro šestorica šestoricu",
    7: "sedam sedmoro sedmorica sedmoricu",
    8: "osam osmoro osmorica osmoricu",
    9: "devet devetoro devetorica devetoricu",
    10: "deset desetoro desetorica desetoricu",
    11: "jedanaest",
    12: "dvanaest",
    13: "trinaest",
    14: "četrnaest",
    15: "petnaest",
    16: "šesnaest",
    17: "sedamnaest",
    18: "osamnaest",
    19: "devetnaest",
    20: "dvadeset",
    30: "trideset",
    40: "četrdeset",
    50: "pedeset",
    60: "šezdeset",
    70: "sedamdeset",
    80: "osamdeset",
    90: "devedeset",
    100: "stotinu",
}
_SR_NUMBER_WORDS = {w: n for n, spec in _SR_NUMBERS.items() for w in _sr_both(spec.split())}
_SR_ONLY_NUMBERS = frozenset(w for w in _SR_NUMBER_WORDS if w not in NUMBER_WORDS)
NUMBER_WORDS.update({w: n for w, n in _SR_NUMBER_WORDS.items() if w in _SR_ONLY_NUMBERS})
VAGUE |= frozenset(
    _sr_both(["desetine", "desetak", "stotine", "nekoliko", "mnogo",
              "brojni", "brojne", "petnaestak", "dvadesetak", "tridesetak", "stotinak", "stotinjak", "desetci",
              "deseci", "nekolicina"])
)  # fmt: skip
MULTIPLIERS.update({w: 1000 for w in _sr_both(["hiljada", "hiljade", "hiljadu", "tisuća", "tisuće", "tisuću"])})
MULTIPLIERS.update({w: 1_000_000 for w in _sr_both(["milion", "miliona", "milijun", "milijuna"])})
_KILL_EXACT |= frozenset(
    _sr_both(["ubio", "ubila", "ubili", "ubilo", "mrtvih", "mrtvi", "mrtva", "mrtav", "žrtava", "žrtve", "smrt",
              "život", "živote", "života"])
)  # fmt: skip
_KILL_PREFIX += tuple(_sr_both(["poginu", "ubijen", "stradal", "strada", "nastradal", "preminu", "usmrćen", "umrl"]))
_INJ_PREFIX += tuple(_sr_both(["ranjen", "povređen", "povrijeđen", "povredjen", "ozlijeđen", "ozleđen", "ranio",
                               "ranila", "ranili", "hospitalizovan", "hospitaliziran"]))  # fmt: skip
# Romanian (and Moldovan): "doi oameni au murit", "trei morți", "douăzeci de morți", "3.000 de oameni" ("de" a filler
# before the noun), "o femeie", "un copil"; "mii" and "milioane" multiply ("43 de mii"); "zeci", "sute" are vague.
# "o" (Portuguese "o"), "un" (French), "opt" (English) and "nouă" (also "new"): every Romanian number word is read
# only in Romanian text (_OWN_TEXT_NUMBERS)
_RO_NUMBERS = _table(
    "1:unu un una o;2:doi două;3:trei;4:patru;5:cinci;6:șase;7:șapte;8:opt;9:nouă;10:zece;11:unsprezece;"
    "12:doisprezece douăsprezece;13:treisprezece;14:paisprezece;15:cincisprezece;16:șaisprezece;"
    "17:șaptesprezece;18:optsprezece;19:nouăsprezece;20:douăzeci;30:treizeci;40:patruzeci;50:cincizeci;"
    "60:șaizeci;70:șaptezeci;80:optzeci;90:nouăzeci;100:sută;1000:mie"
)
_RO_ONLY_NUMBERS = frozenset(w for w in _RO_NUMBERS if w not in NUMBER_WORDS or NUMBER_WORDS[w] != _RO_NUMBERS[w])
NUMBER_WORDS.update(_RO_NUMBERS)
VAGUE |= frozenset(
    map(fold, ["zeci", "zecile", "sute", "sutele", "miile", "câteva", "câțiva", "numeroși", "numeroase", "mulți",
               "multe", "mai multe", "mai mulți"])
)  # fmt: skip
MULTIPLIERS.update({"mii": 1000, "milioane": 1_000_000, "milion": 1_000_000})  # Romanian
_KILL_EXACT |= frozenset(
    map(fold, ["morți", "mort", "morții", "morților", "moartă", "decedați", "decedat", "decedată", "decedate",
               "decese", "murit", "mor", "murind", "ucis", "uciși", "ucise", "ucisă", "ucide", "ucid", "ucigând",
               "omorâți", "omorât", "cadavre"])
)  # fmt: skip
_INJ_EXACT |= frozenset(map(fold, ["rănit", "răniți", "rănită", "rănite", "rănind", "rănirea", "răniri", "răniții"]))
# Bulgarian: "двама души са загинали", "трима загинаха", "петима са ранени", "двадесет", "един човек"; men are
# counted with their own forms (двама, трима, четирима, петима). Read only in Bulgarian text (_BG_ONLY_NUMBERS):
# "шест" and "пет" are other words elsewhere. "загин-", "убит-", "ранен-", "пострада-" are stems read already;
# the aorists "уби" and "рани" are whole words
NUMBER_WORDS.update(
    _table(
        "1:един една едно;2:двама двамата;3:трима тримата;4:четири четирима;5:пет петима;6:шест шестима;7:седем седмина;"
        "8:осем осмина;9:девет деветима;10:десет десетима;11:единадесет единайсет;12:дванадесет дванайсет;"
        "13:тринадесет тринайсет;14:четиринадесет четиринайсет;15:петнадесет петнайсет;"
        "20:двадесет двайсет;30:тридесет трийсет;40:четиридесет четирийсет;50:петдесет;100:стотина;1000:хиляда"
    )
)
_BG_ONLY_NUMBERS = frozenset(
    map(fold, ["един", "една", "едно", "двама", "двамата", "трима", "тримата", "четири", "четирима", "пет", "петима",
               "шест", "тринадесет", "тринайсет", "четиринадесет", "четиринайсет", "петнадесет", "петнайсет",
               "шестима", "седем", "седмина", "осем", "осмина", "девет", "деветима", "десет", "десетима", "единадесет",
               "единайсет", "дванадесет", "дванайсет", "двадесет", "двайсет", "тридесет", "трийсет", "четиридесет",
               "четирийсет", "петдесет", "стотина", "хиляда"])
)  # fmt: skip
VAGUE |= frozenset(map(fold, ["десетки", "стотици", "хиляди", "няколко", "много", "редица"]))
_KILL_EXACT |= frozenset(map(fold, ["уби", "убиха", "убиват", "жертви", "жертва"]))
_INJ_EXACT |= frozenset(map(fold, ["рани", "раниха", "ранява"]))
# Number words read only in the text of the languages that write them: word -> those languages. A word two of
# them share counts in both ("четири" is Serbian and Bulgarian four); elsewhere it is another word ("Lima" is
# Peru's capital, "pet" and "opt" English words, "o" a Portuguese article)
_OWN_TEXT_NUMBERS: dict[str, frozenset[str]] = {}


def _own_text_numbers(langs: tuple[str, ...], words: Iterable[str]) -> None:
    for w in words:
        _OWN_TEXT_NUMBERS[w] = _OWN_TEXT_NUMBERS.get(w, frozenset()).union(langs)


for _lang, _own in (("id", _ID_ONLY_NUMBERS), ("sr", _SR_ONLY_NUMBERS), ("ro", _RO_ONLY_NUMBERS), ("bg", _BG_ONLY_NUMBERS)):
    _own_text_numbers((_lang,), _own)
# Czech and Slovak: "zahynulo sedm lidí", "zraněno bylo třináct lidí", "přes třicet jich bylo zraněno", "dve ženy sú
# zranené", "vyše dvetisíc", "40 tisíc". Their number words, casualty stems, people and small words are read only in
# Czech and Slovak text (_cs_sk_class): folded, "pet" (pět), "sto", "a" (and, not English "a"), "je" and "se"
# are other languages' words.
MULTIPLIERS.update({fold(w): 1000 for w in ("tisíc", "tisíce", "tisícům", "tis")})
MULTIPLIERS.update({fold(w): 1_000_000 for w in ("milionů", "miliónov", "milión", "milióny")})
_CS_SK_NUMBERS = _table(
    "1:jeden jedna jedno jednoho jedné jednu jedného jednej;2:dva dvě dve dvou dvoch dvěma dvaja dvoma;"
    "3:tři tří třem třemi tri troch traja tromi;4:čtyři čtyř čtyřem štyri štyroch štyria;"
    "5:pět pěti päť piati piatich;6:šest šesti šesť šiesti šiestich;7:sedm sedmi sedem siedmi siedmich;"
    "8:osm osmi osem ôsmi ôsmich;9:devět devíti deväť deviati deviatich;10:deset deseti desať desiati desiatich;"
    "11:jedenáct jedenácti jedenásť;12:dvanáct dvanácti dvanásť tucet;13:třináct třinácti trinásť;"
    "14:čtrnáct čtrnácti štrnásť;15:patnáct patnácti pätnásť;16:šestnáct šestnácti šestnásť;"
    "17:sedmnáct sedmnácti sedemnásť;18:osmnáct osmnácti osemnásť;19:devatenáct devatenácti devätnásť;"
    "20:dvacet dvaceti dvadsať;30:třicet třiceti tridsať;40:čtyřicet čtyřiceti štyridsať;50:padesát padesáti "
    "päťdesiat;60:šedesát šesťdesiat;70:sedmdesát sedemdesiat;80:osmdesát osemdesiat;90:devadesát deväťdesiat;"
    "100:sto;200:dvesto;2000:dvetisíc;3000:tritisíc"
)
# a word another language reads only in its own text is a number in Czech and Slovak text too ("pět" folds to
# Serbian "pet"); one every text reads ("jeden", "sto": Polish too) stays so
_own_text_numbers(("cs", "sk"), [w for w in _CS_SK_NUMBERS if w in _OWN_TEXT_NUMBERS])
_CS_SK_VAGUE = frozenset(
    map(fold, ["několik", "několika", "niekoľko", "niekoľkých", "desítky", "desítek", "desiatky", "desiatok", "stovky",
               "stovek", "stoviek", "tisíce", "tisícovky", "mnoho", "mnohé", "řada", "množstvo", "pár", "dvě desítky"])
)  # fmt: skip
_CS_SK_KILL_PREFIX = tuple(
    map(fold, ["zemřel", "zemřít", "zahynul", "zahynu", "zomrel", "zabit", "zabil", "zabití", "usmrt", "mrtv", "mŕtv",
               "obět", "obete", "úmrt", "zastřelil", "zastrelil", "zastřelen", "zastrelen", "zemřel"])
)  # fmt: skip
_CS_SK_KILL_EXACT = frozenset(map(fold, ["smrt", "smrti", "smrť", "padlých", "padlo", "padli"]))
_CS_SK_INJ_PREFIX = tuple(map(fold, ["zraněn", "zranen", "zranil", "raněn", "ranen", "poraněn", "poranen", "hospitaliz"]))
_CS_SK_GROUPS = {
    **dict.fromkeys(map(fold, ["civilistů", "civilistov", "civilisté", "civilisti", "civilisty", "civilistu",
                               "civilistov", "obyvatel", "obyvatelů", "obyvateľov", "obyvatelé"]), "civilians"),
    **dict.fromkeys(map(fold, ["dětí", "děti", "dítě", "dítěte", "detí", "deti", "dieťa", "dieťaťa"]), "children"),
    **dict.fromkeys(map(fold, ["vojáků", "vojáci", "vojáky", "vojakov", "vojaci", "voják", "vojak"]), "soldiers"),
    **dict.fromkeys(map(fold, ["policistů", "policisté", "policajtov", "policajti"]), "police"),
    **dict.fromkeys(map(fold, ["žen", "ženy", "žena", "ženu"]), "women"),
    **dict.fromkeys(map(fold, ["novinářů", "novináři", "novinárov", "novinári"]), "journalists"),
    **dict.fromkeys(map(fold, ["hasičů", "hasiči", "hasičov", "záchranářů", "záchranárov"]), "rescuers"),
    **dict.fromkeys(map(fold, ["lidí", "lidé", "lidi", "ľudí", "ľudia", "osob", "osoby", "osôb", "člověk", "človek",
                               "člověka", "človeka", "muž", "muži", "mužů", "mužov", "Palestinců", "Palestínčanov",
                               "Izraelců", "Izraelčanov", "pasažérů", "cestujících", "cestujúcich"]), None),
}  # fmt: skip
_CS_SK_FILLERS = frozenset(
    map(fold, ["bylo", "byli", "byly", "byl", "byla", "je", "jsou", "jich", "bolo", "boli", "bol", "bola", "sú", "ich",
               "přes", "více", "než", "viac", "ako", "vyše", "nejméně", "najmenej", "minimálně", "minimálne", "asi",
               "zhruba", "téměř", "takmer", "skoro", "až", "další", "dalších", "ďalší", "ďalších", "ďalšie", "okolo",
               "přibližně", "približne", "se", "sa", "na", "už", "již", "ještě", "ešte", "lehce", "ľahko", "těžce",
               "ťažko", "vážně", "vážne", "bilance", "bilancia",
               "počet", "celkem", "celkovo", "v", "ve", "vo", "dnes", "v noci", "utrpělo",
               "utrpelo", "utrpěli", "utrpeli", "zranění", "zranenia", "ruských", "ruské", "ruskej", "izraelské",
               "izraelských", "ukrajinských", "ukrajinské", "palestinských"])
)  # fmt: skip
_CS_SK_INCLUDING = frozenset(map(fold, ["včetně", "vrátane", "toho", "nimi", "mezi", "medzi"]))  # "z toho tři děti"
_CS_SK_AND = frozenset(["a", "i", "aj"])
_CS_SK_IN = frozenset(["v", "ve", "vo", "na", "u", "pri"])
_CS_SK_REGION_WORDS = frozenset(map(fold, ["oblast", "oblasti", "oblasť", "kraj", "kraji", "kraje", "okres", "okrese", "okresu"]))
_CS_SK = ("cs", "sk")


# Belarusian, both spellings (folded: ё as е; ў and the soft sign kept, so both forms are listed where they
# differ): "загінулі двое мірных жыхароў, пяцёра паранены", "загінулі сямёра чалавек, больш за 30 параненыя",
# "адна жанчына загінула", "у тым ліку 9 дзяцей", "каля 250 тысяч". Number words only Belarusian writes are read
# only in Belarusian text (_own_text_numbers); its casualty stems, people and small words only there too
# (_be_class): "загін" is a Ukrainian squad, "пяці" nothing elsewhere
_BE_NUMBERS = _table(
    "1:адзін адна адно аднаго адной адну;2:два дзве двое двух дваіх;3:тры трое трох траіх;"
    "4:чатыры чацвёра чатырох;5:пяць пяцёра пяці;6:шэсць шасцёра шасці;7:сем сямёра сямі;"
    "8:восем васьмёра васмёра васьмі восьмі;9:дзевяць дзевяцёра дзевяці;10:дзесяць дзесяцёра дзесяці;"
    "11:адзінаццаць;12:дванаццаць;13:трынаццаць;14:чатырнаццаць;15:пятнаццаць;16:шаснаццаць;17:сямнаццаць;"
    "18:васямнаццаць;19:дзевятнаццаць;20:дваццаць дваццаці;30:трыццаць трыццаці;40:сорак;50:пяцьдзясят;"
    "60:шэсцьдзясят;70:семдзесят;80:восемдзесят;90:дзевяноста;100:сто;200:дзвесце;300:трыста"
)
_BE_ONLY_NUMBERS = frozenset(w for w in _BE_NUMBERS if w not in NUMBER_WORDS)
NUMBER_WORDS.update({w: n for w, n in _BE_NUMBERS.items() if w in _BE_ONLY_NUMBERS})
_own_text_numbers(("be",), _BE_ONLY_NUMBERS)
MULTIPLIERS.update({fold(w): 1000 for w in ("тысячы", "тысяча", "тысячай")})
MULTIPLIERS.update({fold(w): 1_000_000 for w in ("мільён", "мільёна", "мільёнаў")})
_BE_VAGUE = frozenset(
    map(fold, ["дзясяткі", "дзясяткаў", "дзесяткі", "сотні", "соцень", "сотняў", "некалькі", "некалькіх",
               "шмат", "многа", "мноства", "дзясятак"])
)  # fmt: skip
_BE_KILL_PREFIX = tuple(
    map(fold, ["загін", "загібл", "загібел", "забіт", "забіў", "забіл", "памёр", "памерл", "памір", "смерц", "сьмерц",
               "ахвяр", "расстраля", "застрэлі"])
)  # fmt: skip
_BE_KILL_EXACT = frozenset(map(fold, ["забіла", "забілі", "забіў", "целы", "цела", "трупы", "жыцці", "жыццяў"]))
_BE_INJ_PREFIX = tuple(
    map(fold, ["паранен", "параніл", "ранен", "раніл", "траўмава", "траўмірава", "пацярпе", "шпіталізава",
               "шпіталізава"])
)  # fmt: skip
_BE_LOSS_EXACT = frozenset(map(fold, ["страты", "страт", "стратамі", "страціла", "страціў", "страцілі", "страцяць"]))
_BE_GROUPS = {
    **dict.fromkeys(map(fold, ["мірных", "мірныя", "мірны", "мірная", "жыхароў", "жыхары", "жыхар", "жыхарка",
                               "цывільных", "грамадзянскіх", "мірнага"]), "civilians"),
    **dict.fromkeys(map(fold, ["дзяцей", "дзеці", "дзіця", "дзіцяці", "дзіцё", "хлопчык", "дзяўчынка", "падлеткаў",
                               "немаўля"]), "children"),
    **dict.fromkeys(map(fold, ["вайскоўцаў", "вайскоўцы", "вайскоўца", "вайсковец", "салдат", "салдаты", "салдата",
                               "ваенных", "ваенныя", "байцоў", "жаўнераў", "жаўнеры"]), "soldiers"),
    **dict.fromkeys(map(fold, ["паліцэйскіх", "паліцэйскія", "міліцыянераў", "сілавікоў"]), "police"),
    **dict.fromkeys(map(fold, ["жанчына", "жанчыну", "жанчын", "жанчыны"]), "women"),
    **dict.fromkeys(map(fold, ["журналістаў", "журналісты", "журналіст"]), "journalists"),
    **dict.fromkeys(map(fold, ["ратавальнікаў", "ратавальнікі", "ратавальнік", "пажарных", "пажарнікаў", "медыкаў",
                               "медыкі"]), "rescuers"),
    **dict.fromkeys(map(fold, ["чалавек", "чалавека", "людзей", "людзі", "асоб", "асобы", "мужчына", "мужчын",
                               "мужчыну", "рабочых", "рабочыя", "рабочы", "пасажыраў", "пасажыры", "палестынцаў",
                               "палестынцы", "ізраільцян", "украінцаў", "расіян", "расейцаў", "беларусаў",
                               "пенсіянераў", "пенсіянерка"]), None),
}  # fmt: skip
_BE_FILLERS = frozenset(
    map(fold, ["былі", "было", "быў", "была", "будуць", "ёсць", "яшчэ", "больш", "болей", "за", "менш", "не", "каля",
               "амаль", "прыкладна", "ужо", "ўжо", "уначы", "ўначы", "сёння", "учора", "цяжка", "лёгка", "цяжкія",
               "атрымалі", "атрымаў", "атрымала", "мінімум", "па", "меншай", "меры", "сама", "самае", "яны", "іх",
               "агулам", "усяго", "ўсяго", "колькасць", "лік", "вырас", "вырасла", "дасягнуў", "дасягнула",
               "ахвяр", "рускіх", "расійскіх", "расейскіх", "украінскіх", "ізраільскіх", "палестынскіх",
               "беларускіх", "у", "ў", "ад", "пры", "выніку", "гэтым", "ім", "тым"])
)  # fmt: skip
_BE_INCLUDING = frozenset(map(fold, ["у тым ліку", "ліку", "сярод", "сярод іх", "з іх", "уключаючы"]))
_BE_AND = frozenset(map(fold, ["і", "й", "ды", "а"]))


def _be_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Belarusian word the shared tables read otherwise, or None."""
    return _tables_class(_BE_TABLES, w)


def _is_cue_be(w: str) -> bool:
    """A folded Belarusian word of death, injury or losses ("загінулі", "параненыя", "страты")."""
    return w in _BE_KILL_EXACT or w.startswith(_BE_KILL_PREFIX) or w.startswith(_BE_INJ_PREFIX) or w in _BE_LOSS_EXACT




def _cs_sk_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Czech or Slovak word the shared tables read otherwise, or None."""
    return _tables_class(_CS_SK_TABLES, w)


# Swedish (folded: å ä ö read a a o): "tre personer dödades", "tolv skadades", "en man dödades", "fyrtiotvå",
# "44 000", "ett tjugotal" (vague, as "tiotals" and "hundratals"). Its number words, casualty words, people and
# small words are read only in Swedish text (_sv_class): "en", "sex", "fem", "dog" and "man" are other
# languages' words. Tens and units are written as one word ("tjugotvå", "fyrtioen").
_SV_UNITS = {"en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9}
_SV_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
            "nittio": 90}  # fmt: skip
_SV_NUMBERS = _table(
    "1:en ett;2:två;3:tre;4:fyra;5:fem;6:sex;7:sju;8:åtta;9:nio;10:tio;11:elva;12:tolv dussin;13:tretton;"
    "14:fjorton;15:femton;16:sexton;17:sjutton;18:arton;19:nitton;20:tjugo;30:trettio;40:fyrtio;50:femtio;"
    "60:sextio;70:sjuttio;80:åttio;90:nittio;100:hundra etthundra;1000:ettusen"
)
_SV_NUMBERS.update({fold(t + u): tv + uv for t, tv in _SV_TENS.items() for u, uv in _SV_UNITS.items()})
_SV_NUMBERS.update({fold(u + "hundra"): uv * 100 for u, uv in _SV_UNITS.items() if uv > 1})
# a word another language reads only in its own text is a number in Swedish text too
_own_text_numbers(("sv",), [w for w in _SV_NUMBERS if w in _OWN_TEXT_NUMBERS])
MULTIPLIERS.update({"tusen": 1000, "miljon": 1_000_000, "miljoner": 1_000_000})  # Swedish ("43 tusen")
_SV_VAGUE = frozenset(
    map(fold, ["tiotals", "hundratals", "tusentals", "tiotusentals", "hundratusentals", "dussintals", "flera",
               "många", "några", "flertal", "antal", "tiotal", "tjugotal", "trettiotal", "fyrtiotal", "femtiotal",
               "hundratal", "ett flertal", "mängder"])
)  # fmt: skip
_SV_KILL_EXACT = frozenset(
    map(fold, ["dödade", "dödades", "dödats", "dödad", "döda", "döde", "dödsoffer", "dödsoffren", "dödsfall",
               "dödsfallen", "omkom", "omkommit", "omkomna", "omkommer", "dog", "dött", "dör", "avled", "avlidit",
               "avlidna", "livet", "stupade", "stupat", "stupande", "ihjäl", "dödssiffran", "dödstalet", "liv"])
)  # fmt: skip
_SV_INJ_EXACT = frozenset(
    map(fold, ["skadades", "skadats", "skadade", "skadad", "skadas", "skadat", "sårad", "sårade", "sårades",
               "sårats", "skottskadade", "skottskadad", "allvarligt skadade", "personskador", "skadeläget"])
)  # fmt: skip
_SV_GROUPS = {
    **dict.fromkeys(map(fold, ["civila", "civil", "invånare", "invånarna", "boende"]), "civilians"),
    **dict.fromkeys(map(fold, ["barn", "barnen", "spädbarn", "elever", "tonåringar"]), "children"),
    **dict.fromkeys(map(fold, ["soldater", "soldaterna", "soldat", "militärer", "krigare"]), "soldiers"),
    **dict.fromkeys(map(fold, ["poliser", "polis", "polisman", "poliserna"]), "police"),
    **dict.fromkeys(map(fold, ["kvinnor", "kvinna", "kvinnorna"]), "women"),
    **dict.fromkeys(map(fold, ["journalister", "journalist"]), "journalists"),
    **dict.fromkeys(map(fold, ["räddningsarbetare", "brandmän", "hjälparbetare"]), "rescuers"),
    **dict.fromkeys(map(fold, ["personer", "person", "människor", "människa", "man", "män", "männen", "palestinier",
                               "israeler", "ukrainare", "ryssar", "passagerare", "resenärer", "arbetare",
                               "personerna", "människorna"]), None),
}  # fmt: skip
_SV_FILLERS = frozenset(
    map(fold, ["har", "hade", "blev", "ha", "minst", "över", "mer", "än", "ytterligare", "uppemot", "nästan",
               "cirka", "ca", "omkring", "drygt", "runt", "lindrigt", "allvarligt", "svårt", "lätt", "totalt",
               "sammanlagt", "stigit", "steg", "till", "uppgår", "uppgick", "i", "natt", "under", "natten", "av",
               "vilka", "som", "att", "sköts", "skjuten", "skjutna", "ska", "uppges", "enligt", "ha", "bekräftat", "bekräftade", "sedan",
               "har", "kommit", "till", "skada", "kom", "fått", "ryska", "israeliska", "ukrainska", "palestinska",
               "libanesiska", "svenska", "vid", "attacken", "anfallet", "nu", "också", "även"])
)  # fmt: skip
_SV_INCLUDING = frozenset(map(fold, ["bland", "dem", "varav", "däribland", "inklusive", "inräknat"]))  # "bland dem två barn"
_SV_AND = frozenset(["och", "samt"])
_SV_RISES = frozenset(map(fold, ["stigit", "steg", "stiger", "uppgår", "uppgick", "ökat", "ökade"]))


@dataclass(frozen=True)
class _WordTables:
    """One language's figure words as tables (and stems of death and injury), read in this order by _tables_class:
    a word in two of them is what the first one says."""

    numbers: Mapping[str, int]
    vague: Container[str]
    kill: Container[str]
    inj: Container[str]
    groups: Mapping[str, str | None]  # None: people in general
    including: Container[str]
    and_: Container[str]
    rises: Container[str]
    fillers: Container[str]
    multipliers: Container[str] = frozenset()  # joined to the number before it (_join_numbers)
    kill_prefixes: tuple[str, ...] = ()  # stems of death and injury, for languages that inflect them
    inj_prefixes: tuple[str, ...] = ()
    losses: Container[str] = frozenset()  # a side's losses ("страты")


def _tables_class(t: _WordTables, w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded word by a language's tables, or None for a word none lists."""
    if w in t.numbers:
        return NUM, t.numbers[w], None
    if w in t.multipliers:
        return OTHER, None, None
    if w in t.vague:
        return VAGUE_, None, None
    if w in t.kill or w.startswith(t.kill_prefixes):
        return KILL, None, None
    if w in t.inj or w.startswith(t.inj_prefixes):
        return INJ, None, None
    if w in t.losses:
        return LOSS, None, None
    if w in t.groups:
        return GROUP, None, t.groups[w]
    if w in t.including:
        return INCL, None, None
    if w in t.and_:
        return AND_, None, None
    if w in t.rises:
        return RISE, None, None
    if w in t.fillers:
        return FILL, None, None
    return None


# Czech and Slovak, and Belarusian (whose numbers the shared tables read): their words, with stems
_CS_SK_TABLES = _WordTables(
    _CS_SK_NUMBERS, _CS_SK_VAGUE, _CS_SK_KILL_EXACT, frozenset(), _CS_SK_GROUPS, _CS_SK_INCLUDING, _CS_SK_AND,
    frozenset(), _CS_SK_FILLERS, kill_prefixes=_CS_SK_KILL_PREFIX, inj_prefixes=_CS_SK_INJ_PREFIX,
)
_BE_TABLES = _WordTables(
    {}, _BE_VAGUE, _BE_KILL_EXACT, frozenset(), _BE_GROUPS, _BE_INCLUDING, _BE_AND, frozenset(), _BE_FILLERS,
    kill_prefixes=_BE_KILL_PREFIX, inj_prefixes=_BE_INJ_PREFIX, losses=_BE_LOSS_EXACT,
)


_SV_TABLES = _WordTables(
    _SV_NUMBERS, _SV_VAGUE, _SV_KILL_EXACT, _SV_INJ_EXACT, _SV_GROUPS, _SV_INCLUDING, _SV_AND, _SV_RISES, _SV_FILLERS
)


def _sv_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Swedish word the shared tables read otherwise, or None."""
    return _tables_class(_SV_TABLES, w)


# Danish and Norwegian (Bokmål), read as one (folded: ø å read o a, æ kept): "tre mennesker blev dræbt", "to menn ble
# drept", "tolv såret", "en mand omkom", "femten blev såret". Danish counts its tens by twenties (halvtreds 50,
# tres 60, halvfjerds 70, firs 80, halvfems 90) and writes the unit first ("toogtyve" 22); Norwegian counts by tens,
# the tens first ("tjueto", "førtito"), or in the Danish order. Its number words, casualty words, people and small
# words are read only in its text (_da_class): "to", "fire", "et", "ni", "ti", "man" are other languages' words.
_DA_UNITS = {"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "sju": 7, "otte": 8,
             "åtte": 8, "ni": 9}  # fmt: skip
_DA_TENS = {"tyve": 20, "tjue": 20, "tredive": 30, "tretti": 30, "fyrre": 40, "førti": 40, "halvtreds": 50,
            "femti": 50, "tres": 60, "seksti": 60, "halvfjerds": 70, "sytti": 70, "firs": 80, "åtti": 80,
            "halvfems": 90, "nitti": 90}  # fmt: skip
_DA_NUMBERS = _table(
    "1:en et én ett ei;2:to;3:tre;4:fire;5:fem;6:seks;7:syv sju;8:otte åtte;9:ni;10:ti;11:elleve;12:tolv dusin;"
    "13:tretten;14:fjorten;15:femten;16:seksten;17:sytten;18:atten;19:nitten;100:hundrede hundre etthundre"
)
_DA_NUMBERS.update({fold(t): tv for t, tv in _DA_TENS.items()})
_DA_NUMBERS.update({fold(u + "og" + t): tv + uv for t, tv in _DA_TENS.items() for u, uv in _DA_UNITS.items() if u != "et"})
_DA_NUMBERS.update({fold(t + u): tv + uv for t, tv in _DA_TENS.items() for u, uv in _DA_UNITS.items() if u != "et"})
_DA_NUMBERS.update({fold(u + "hundrede"): uv * 100 for u, uv in _DA_UNITS.items() if uv > 1})
_DA_NUMBERS.update({fold(u + "hundre"): uv * 100 for u, uv in _DA_UNITS.items() if uv > 1})
_own_text_numbers(("da",), [w for w in _DA_NUMBERS if w in _OWN_TEXT_NUMBERS])
MULTIPLIERS.update({"tusind": 1000, "tusinde": 1000, "millioner": 1_000_000, "million": 1_000_000})  # "43 tusind"
_DA_VAGUE = frozenset(
    map(fold, ["titusinder", "titusenvis", "tusindvis", "tusenvis", "tusinder", "hundredvis", "hundrevis",
               "hundreder", "hundrer", "snesevis", "dusinvis", "flere", "mange", "nogle", "noen", "adskillige",
               "en række", "et antal", "et tital", "et tyvetal", "et snes"])
)  # fmt: skip
_DA_KILL_EXACT = frozenset(
    map(fold, ["dræbt", "dræbte", "dræbes", "dræber", "drept", "drepte", "drepes", "dreper", "død", "døde", "dødt",
               "dødsofre", "dødsofrene", "dødsfald", "dødsfall", "omkom", "omkommet", "omkomne", "omkommer",
               "livet", "liv", "dødstal", "dødstallet", "dødstall", "faldne", "falne", "omkomme", "ihjel"])
)  # fmt: skip
_DA_INJ_EXACT = frozenset(
    map(fold, ["såret", "sårede", "såres", "sårer", "skadet", "skadede", "skadd", "skadde", "skades", "kvæstet",
               "kvæstede", "tilskadekomne", "skadetal", "hårdt sårede", "alvorligt sårede"])
)  # fmt: skip
_DA_GROUPS = {
    **dict.fromkeys(map(fold, ["civile", "civil", "sivile", "sivil", "beboere", "indbyggere", "innbyggere"]), "civilians"),
    **dict.fromkeys(map(fold, ["børn", "børnene", "barn", "barna", "spædbørn", "spedbarn", "elever"]), "children"),
    **dict.fromkeys(map(fold, ["soldater", "soldaterne", "soldatene", "soldat", "militære"]), "soldiers"),
    **dict.fromkeys(map(fold, ["politifolk", "politibetjente", "politimænd", "politimenn"]), "police"),
    **dict.fromkeys(map(fold, ["kvinder", "kvinde", "kvinner", "kvinne"]), "women"),
    **dict.fromkeys(map(fold, ["journalister", "journalist"]), "journalists"),
    **dict.fromkeys(map(fold, ["redningsarbejdere", "redningsarbeidere", "brandmænd", "brannmenn"]), "rescuers"),
    **dict.fromkeys(map(fold, ["personer", "person", "mennesker", "menneske", "mand", "mænd", "mann", "menn",
                               "palæstinensere", "palestinere", "israelere", "ukrainere", "russere", "passagerer",
                               "passasjerer", "arbejdere", "arbeidere", "personerne", "personene"]), None),
}  # fmt: skip
_DA_FILLERS = frozenset(
    map(fold, ["har", "havde", "hadde", "blev", "ble", "blevet", "blitt", "er", "var", "mindst", "minst", "over",
               "mere", "mer", "end", "enn", "yderligere", "ytterligere", "næsten", "nesten", "cirka", "ca", "omkring",
               "rundt", "lettere", "alvorligt", "alvorlig", "hårdt", "hardt", "svært", "i", "alt", "til", "nat",
               "natt", "natten", "af", "av", "som", "at", "å", "skal", "angiveligt", "angivelig", "ifølge", "siden",
               "kom", "skade", "russiske", "israelske", "ukrainske", "palæstinensiske", "palestinske", "libanesiske",
               "danske", "norske", "ved", "angrebet", "angrepet", "nu", "nå", "også", "samlet", "da"])
)  # fmt: skip
_DA_INCLUDING = frozenset(map(fold, ["blandt", "blant", "dem", "heraf", "herav", "deriblandt", "heriblandt", "inklusive"]))
_DA_AND = frozenset(["og", "samt"])
_DA_RISES = frozenset(map(fold, ["steget", "steg", "stiger", "øget", "økt"]))
_DA_TABLES = _WordTables(
    _DA_NUMBERS, _DA_VAGUE, _DA_KILL_EXACT, _DA_INJ_EXACT, _DA_GROUPS, _DA_INCLUDING, _DA_AND, _DA_RISES, _DA_FILLERS
)


def _da_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Danish or Norwegian word the shared tables read otherwise, or None."""
    return _tables_class(_DA_TABLES, w)


# Hungarian (folded: á é í ó ö ő ú ü ű read a e i o o o u u u): "három ember meghalt", "tizenketten megsebesültek",
# "kilenc ember meghalt, hatan megsebesültek", "egy férfi meghalt", "negyvenkét ember vesztette életét", "44 ezer",
# "több tucat" (vague). Its number words (with the collective -an/-en forms: hárman, négyen, tizenöten), casualty
# words, people and small words are read only in Hungarian text (_hu_class): "hat", "het", "ot" and "egy" fold onto
# other words (English 'hat', Dutch 'het'). Tens and units are written as one word ("huszonhárom", "negyvenkét").
_HU_UNITS = {"egy": 1, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7, "nyolc": 8, "kilenc": 9}
_HU_TENS = {"tizen": 10, "huszon": 20, "harminc": 30, "negyven": 40, "ötven": 50, "hatvan": 60, "hetven": 70,
            "nyolcvan": 80, "kilencven": 90}  # fmt: skip
# the collective form counts people ("hárman", "tizenketten"), the accusative the object ("hármat", "ötöt")
_HU_UNIT_FORMS = {"egy": ("egyen", "egyet"), "két": ("ketten", "kettőt", "kettejük"), "kettő": (), "három": ("hárman", "hármat", "hármuk"),
                  "négy": ("négyen", "négyet"), "öt": ("öten", "ötöt"), "hat": ("hatan", "hatot"), "hét": ("heten", "hetet"),
                  "nyolc": ("nyolcan", "nyolcat"), "kilenc": ("kilencen", "kilencet")}  # fmt: skip
_HU_NUMBERS: dict[str, int] = {}
for _u, _v in _HU_UNITS.items():
    for _f in (_u, *_HU_UNIT_FORMS[_u]):
        _HU_NUMBERS[fold(_f)] = _v
        for _t, _tv in _HU_TENS.items():
            _HU_NUMBERS[fold(_t + _f)] = _tv + _v
for _f, _v in (("tíz", 10), ("tízen", 10), ("tizet", 10), ("húsz", 20), ("húszan", 20), ("húszat", 20), ("harminc", 30),
               ("harmincan", 30), ("negyven", 40), ("negyvenen", 40), ("ötven", 50), ("ötvenen", 50), ("hatvan", 60),
               ("hetven", 70), ("nyolcvan", 80), ("kilencven", 90), ("száz", 100), ("százan", 100)):  # fmt: skip
    _HU_NUMBERS[fold(_f)] = _v
_HU_NUMBERS.update({fold(u + "száz"): v * 100 for u, v in _HU_UNITS.items() if v > 1})
# a word another language reads only in its own text is a number in Hungarian text too
_own_text_numbers(("hu",), [w for w in _HU_NUMBERS if w in _OWN_TEXT_NUMBERS])
MULTIPLIERS.update({"ezer": 1000, "millio": 1_000_000})  # Hungarian ("44 ezer", "1,5 millió")
_HU_VAGUE = frozenset(
    map(fold, ["tucatnyi", "több tucat", "tucatjával", "tucatnyian", "száznál", "százak", "százával", "ezrek", "ezrével",
               "tízezrek", "több", "számos", "sok", "néhány", "rengeteg", "tömegesen", "többen", "sokan", "néhányan",
               "tucat"])
)  # fmt: skip
_HU_KILL_EXACT = frozenset(
    map(fold, ["meghalt", "meghaltak", "halt", "haltak", "halott", "halottak", "halottat", "halottja", "halottjai",
               "halálos", "áldozat", "áldozata", "áldozatok", "áldozatot", "áldozatai", "áldozatainak", "életét",
               "életüket", "vesztette", "vesztették", "elhunyt", "elhunytak", "megölt", "megöltek", "megölték", "ölt",
               "öltek", "ölték", "megölte", "elesett", "elesettek", "holttest", "holttestét", "halálát", "halálos áldozat"])
)  # fmt: skip
_HU_INJ_EXACT = frozenset(
    map(fold, ["megsebesült", "megsebesültek", "sebesült", "sebesültek", "sebesültet", "sebesülteket", "megsérült",
               "megsérültek", "sérült", "sérültek", "sérültet", "sérülteket", "sérültje", "sérültjei", "sérülést",
               "sérüléseket", "megsebesítettek", "megsebesített", "kórházba"])
)  # fmt: skip
_HU_GROUPS = {
    **dict.fromkeys(map(fold, ["civil", "civilek", "civilt", "civileket", "lakos", "lakosok", "lakost"]), "civilians"),
    **dict.fromkeys(map(fold, ["gyermek", "gyermekek", "gyermeket", "gyerek", "gyerekek", "gyereket", "kiskorú",
                               "csecsemő", "diák", "diákok"]), "children"),
    **dict.fromkeys(map(fold, ["katona", "katonák", "katonát", "katonát", "harcos", "harcosok"]), "soldiers"),
    **dict.fromkeys(map(fold, ["rendőr", "rendőrök", "rendőrt"]), "police"),
    **dict.fromkeys(map(fold, ["nő", "nők", "nőt"]), "women"),
    **dict.fromkeys(map(fold, ["újságíró", "újságírók"]), "journalists"),
    **dict.fromkeys(map(fold, ["tűzoltó", "tűzoltók", "mentő", "mentők"]), "rescuers"),
    **dict.fromkeys(map(fold, ["ember", "emberek", "embert", "embereket", "személy", "személyek", "személyt", "férfi",
                               "férfiak", "férfit", "palesztin", "palesztinok", "izraeli", "ukrán", "orosz", "utas",
                               "utasok", "munkás", "munkások"]), None),
}  # fmt: skip
_HU_FILLERS = frozenset(
    map(fold, ["és", "legalább", "több mint", "mint", "mintegy", "közel", "csaknem", "majdnem", "további", "újabb",
               "könnyebben", "könnyen", "súlyosan", "összesen", "is", "meg", "a", "az", "azt", "vesztette", "életét",
               "éjjel", "éjszaka", "pedig", "már", "eddig", "támadásban", "támadás", "következtében", "miatt", "során",
               "számuk", "száma", "legkevesebb", "mindössze", "csak", "volt", "voltak"])
)  # fmt: skip
_HU_INCLUDING = frozenset(map(fold, ["köztük", "közülük", "beleértve"]))  # "köztük két gyermeket"
_HU_AND = frozenset(map(fold, ["és", "valamint", "illetve"]))
_HU_RISES = frozenset(map(fold, ["emelkedett", "nőtt", "emelkedik", "nő"]))


_HU_TABLES = _WordTables(
    _HU_NUMBERS, _HU_VAGUE, _HU_KILL_EXACT, _HU_INJ_EXACT, _HU_GROUPS, _HU_INCLUDING, _HU_AND, _HU_RISES, _HU_FILLERS
)


def _hu_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Hungarian word the shared tables read otherwise, or None."""
    return _tables_class(_HU_TABLES, w)


# Lithuanian (folded: ą č ę ė į š ų ū ž read a c e e i s u u z): "žuvo trys žmonės, dar dvylika buvo sužeisti",
# "sužeidė vieną vairuotoją", "žuvo penki žmonės, tarp jų du vaikai", "44 tūkst.", "nusinešė daugiau nei 2 tūkstančių
# civilių gyvybių", "dešimtys" (tens) vague. Its number words take the case and gender of what they count (trys, trijų,
# tris; penki, penkios, penkių) and, with its casualty words, people and small words, are read only in Lithuanian text
# (_lt_class): "du", "tris", "penki" fold onto other languages' words. Tens and units are written apart ("dvidešimt
# penki"). The negation written onto the verb ("nežuvo", "nenukentėjo") makes no casualty word: its zeros are below.
_LT_NUMBERS = _table(
    "1:vienas viena vieno vienos vienam vienai vieną vienu vienoje viename;2:du dvi dviejų dviem dvejų;"
    "3:trys trijų trims tris trimis;4:keturi keturios keturių keturiems keturis keturias keturiais;"
    "5:penki penkios penkių penkiems penkis penkias penkiais;6:šeši šešios šešių šešiems šešis šešias šešiais;"
    "7:septyni septynios septynių septyniems septynis septynias septyniais;"
    "8:aštuoni aštuonios aštuonių aštuoniems aštuonis aštuonias aštuoniais;"
    "9:devyni devynios devynių devyniems devynis devynias devyniais;10:dešimt dešimties dešimčiai;"
    "11:vienuolika vienuolikos;12:dvylika dvylikos;13:trylika trylikos;14:keturiolika keturiolikos;"
    "15:penkiolika penkiolikos;16:šešiolika šešiolikos;17:septyniolika septyniolikos;18:aštuoniolika aštuoniolikos;"
    "19:devyniolika devyniolikos;20:dvidešimt dvidešimties;30:trisdešimt trisdešimties;40:keturiasdešimt "
    "keturiasdešimties;50:penkiasdešimt penkiasdešimties;60:šešiasdešimt šešiasdešimties;70:septyniasdešimt;"
    "80:aštuoniasdešimt;90:devyniasdešimt;100:šimtas šimto šimtą"
)
MULTIPLIERS.update({fold(w): 1000 for w in ("tūkst", "tūkstančiai", "tūkstančių", "tūkstančius", "tūkstantis")})
MULTIPLIERS.update({fold(w): 1_000_000 for w in ("mln", "milijonai", "milijonų", "milijonas")})  # Lithuanian
_LT_VAGUE = frozenset(
    map(fold, ["dešimtys", "dešimčių", "dešimtis", "dešimtimis", "šimtai", "šimtų", "šimtus", "keli", "kelios", "kelių",
               "keletas", "keleto", "daug", "daugybė", "nemažai", "tūkstančiai", "dauguma"])
)  # fmt: skip
_LT_KILL_EXACT = frozenset(
    map(fold, ["žuvo", "žuvę", "žuvęs", "žuvusi", "žuvusios", "žuvusių", "žuvusiųjų", "žuvusieji", "žuvusius", "žūsta",
               "žūva", "žūti", "mirė", "mirusių", "mirusiųjų", "mirę", "aukų", "aukos", "aukomis", "aukas", "gyvybių",
               "gyvybes", "gyvybę", "nusinešė", "kūnai", "kūnų", "palaikai"])
)  # fmt: skip
_LT_KILL_PREFIX = tuple(map(fold, ("nužud", "užmuš")))
_LT_INJ_PREFIX = tuple(map(fold, ("sužeis", "sužeid", "sužalo", "sužaloj", "nukentėj", "hospitalizuo")))
_LT_GROUPS = {
    **dict.fromkeys(map(fold, ["civiliai", "civilių", "civilius", "civilis", "civilį", "gyventojai", "gyventojų",
                               "gyventojus"]), "civilians"),
    **dict.fromkeys(map(fold, ["vaikai", "vaikų", "vaikus", "vaikas", "vaiką", "vaikai", "nepilnamečiai", "kūdikis"]),
                    "children"),
    **dict.fromkeys(map(fold, ["kariai", "karių", "karius", "karys", "kareiviai", "kareivių", "kariškiai", "kariškių"]),
                    "soldiers"),
    **dict.fromkeys(map(fold, ["policininkai", "policininkų", "pareigūnai", "pareigūnų"]), "police"),
    **dict.fromkeys(map(fold, ["moterys", "moterų", "moteris"]), "women"),
    **dict.fromkeys(map(fold, ["žurnalistai", "žurnalistų"]), "journalists"),
    **dict.fromkeys(map(fold, ["ugniagesiai", "ugniagesių", "gelbėtojai", "gelbėtojų", "medikai", "medikų"]), "rescuers"),
    **dict.fromkeys(map(fold, ["žmonės", "žmonių", "žmogus", "žmogų", "žmones", "asmenys", "asmenų", "asmuo", "asmenis",
                               "palestiniečiai", "palestiniečių", "vairuotojas", "vairuotoją", "vairuotojai",
                               "keleiviai", "keleivių", "darbuotojai", "darbuotojų", "vyrai", "vyrų", "vyras"]), None),
}  # fmt: skip
_LT_FILLERS = frozenset(
    map(fold, ["ir", "bei", "mažiausiai", "daugiau", "nei", "kaip", "apie", "beveik", "maždaug", "dar", "iš", "viso",
               "buvo", "yra", "sunkiai", "lengvai", "naktį", "metu", "jau", "jų", "dėl", "per", "tik", "vėl", "kiti",
               "kitos", "kitų", "dar"])
)  # fmt: skip
_LT_INCLUDING = frozenset(map(fold, ["tarp", "įskaitant"]))  # "žuvo penki žmonės, tarp jų du vaikai"
_LT_AND = frozenset(map(fold, ["ir", "bei"]))
_LT_RISES = frozenset(map(fold, ["išaugo", "padidėjo", "pakilo", "siekia", "pasiekė"]))
_LT_TABLES = _WordTables(
    _LT_NUMBERS, _LT_VAGUE, _LT_KILL_EXACT, frozenset(), _LT_GROUPS, _LT_INCLUDING, _LT_AND, _LT_RISES, _LT_FILLERS,
    kill_prefixes=_LT_KILL_PREFIX, inj_prefixes=_LT_INJ_PREFIX,
)
# the negation written onto the verb or the noun: a zero's cue ("niekas nenukentėjo", "aukų nėra" has "aukų")
_LT_ZERO_CUES = tuple(map(fold, ("nenukentėj", "nežuvo", "nesužeist", "nebuvo sužeist")))


def _lt_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Lithuanian word the shared tables read otherwise, or None."""
    return _tables_class(_LT_TABLES, w)


def _is_cue_lt(w: str) -> bool:
    return (
        w in _LT_KILL_EXACT or w.startswith(_LT_KILL_PREFIX) or w.startswith(_LT_INJ_PREFIX) or w.startswith(_LT_ZERO_CUES)
    )


# Latvian (folded: ā č ē ģ ī ķ ļ ņ š ū ž read a c e g i k l n s u z): "gājuši bojā trīs cilvēki, vēl divpadsmit
# ievainoti", "savainoja vienu autovadītāju", "gāja bojā pieci cilvēki, to vidū divi bērni", "44 tūkst.", "vairāk nekā
# 2 tūkstoši civiliedzīvotāju", "desmitiem" (tens) vague. Its number words take the case and gender of what they count
# (trīs, triju; pieci, piecas, piecu) and, with its casualty words, people and small words, are read only in Latvian
# text (_lv_class): "divi", "pieci" or "viens" fold onto no other language's word, but "bojā" and "cieta" must stay
# Latvian. Tens and units are written apart ("divdesmit pieci"). The negation written onto the verb ("necieta") makes
# no casualty word: its zeros are below.
_LV_NUMBERS = _table(
    "1:viens viena vienu vienam vienai vienā vieni vienas;2:divi divas divu diviem divām;3:trīs triju trim;"
    "4:četri četras četru četriem četrām;5:pieci piecas piecu pieciem piecām;6:seši sešas sešu sešiem sešām;"
    "7:septiņi septiņas septiņu septiņiem septiņām;8:astoņi astoņas astoņu astoņiem astoņām;"
    "9:deviņi deviņas deviņu deviņiem deviņām;10:desmit;11:vienpadsmit;12:divpadsmit;13:trīspadsmit;"
    "14:četrpadsmit;15:piecpadsmit;16:sešpadsmit;17:septiņpadsmit;18:astoņpadsmit;19:deviņpadsmit;20:divdesmit;"
    "30:trīsdesmit;40:četrdesmit;50:piecdesmit;60:sešdesmit;70:septiņdesmit;80:astoņdesmit;90:deviņdesmit;"
    "100:simts simt simtu"
)
MULTIPLIERS.update({fold(w): 1000 for w in ("tūkstoši", "tūkstošiem", "tūkstošu", "tūkstotis", "tūkstoš")})  # Latvian
MULTIPLIERS.update({fold(w): 1_000_000 for w in ("milj", "miljoni", "miljonu", "miljons", "miljoniem")})  # Latvian
_LV_VAGUE = frozenset(
    map(fold, ["desmitiem", "desmiti", "desmitu", "simtiem", "simti", "simtu", "vairāki", "vairākas", "vairāku",
               "vairākiem", "daudzi", "daudz", "daudzas", "tūkstošiem", "neskaitāmi", "lielākā"])
)  # fmt: skip
_LV_KILL_EXACT = frozenset(
    map(fold, ["bojā", "bojāgājušo", "bojāgājušie", "bojāgājušajiem", "bojāgājušais", "bojāgājušos", "miris", "mirusi",
               "miruši", "mirušas", "mira", "mirušo", "mirušie", "mirušajiem", "upuri", "upuru", "upurus", "dzīvības",
               "dzīvību", "līķi", "līķus", "noslīka", "noslīkuši", "noslīkušo"])
)  # fmt: skip
_LV_KILL_PREFIX = tuple(map(fold, ("nogalin", "nonāvē")))
_LV_INJ_PREFIX = tuple(map(fold, ("ievaino", "savaino", "cietuš", "hospitalizē", "traumē")))
_LV_INJ_EXACT = frozenset(map(fold, ["cieta", "cietis", "cietusi"]))
_LV_GROUPS = {
    **dict.fromkeys(map(fold, ["civiliedzīvotāji", "civiliedzīvotāju", "civiliedzīvotājus", "civiliedzīvotājs",
                               "civiliedzīvotājiem", "civilpersonas", "civilpersonu", "iedzīvotāji", "iedzīvotāju",
                               "iedzīvotājus"]), "civilians"),
    **dict.fromkeys(map(fold, ["bērni", "bērnu", "bērnus", "bērns", "bērniem", "nepilngadīgie", "zīdainis"]), "children"),
    **dict.fromkeys(map(fold, ["karavīri", "karavīru", "karavīrus", "karavīrs", "karavīriem", "militārpersonas"]),
                    "soldiers"),
    **dict.fromkeys(map(fold, ["policisti", "policistu", "policists", "amatpersonas"]), "police"),
    **dict.fromkeys(map(fold, ["sievietes", "sieviešu", "sieviete"]), "women"),
    **dict.fromkeys(map(fold, ["žurnālisti", "žurnālistu"]), "journalists"),
    **dict.fromkeys(map(fold, ["ugunsdzēsēji", "ugunsdzēsēju", "glābēji", "glābēju", "mediķi", "mediķu"]), "rescuers"),
    **dict.fromkeys(map(fold, ["cilvēki", "cilvēku", "cilvēks", "cilvēkus", "cilvēkiem", "personas", "personu",
                               "persona", "palestīnieši", "palestīniešu", "autovadītājs", "autovadītāju",
                               "autovadītāji", "vadītāju", "pasažieri", "pasažieru", "darbinieki", "darbinieku",
                               "vīrieši", "vīriešu", "vīrietis", "vīrieti"]), None),
}  # fmt: skip
_LV_FILLERS = frozenset(
    map(fold, ["un", "vismaz", "vairāk", "nekā", "kā", "aptuveni", "gandrīz", "vēl", "kopā", "bija", "ir", "tika",
               "tiek", "smagi", "viegli", "naktī", "laikā", "jau", "dēļ", "tikai", "citi", "citas", "citu", "gājuši",
               "gāja", "gājušas", "gājis", "gājusi"])
)  # fmt: skip
_LV_INCLUDING = frozenset(map(fold, ["vidū", "tostarp", "ieskaitot"]))  # "pieci cilvēki, to vidū divi bērni"
_LV_AND = frozenset(map(fold, ["un"]))
_LV_RISES = frozenset(map(fold, ["pieaudzis", "pieauga", "sasniedzis", "sasniedza", "sasniedz", "palielinājies"]))
_LV_TABLES = _WordTables(
    _LV_NUMBERS, _LV_VAGUE, _LV_KILL_EXACT, _LV_INJ_EXACT, _LV_GROUPS, _LV_INCLUDING, _LV_AND, _LV_RISES, _LV_FILLERS,
    kill_prefixes=_LV_KILL_PREFIX, inj_prefixes=_LV_INJ_PREFIX,
)
# the negation written onto the verb: a zero's cue ("neviens necieta"; "bojāgājušo nav" has "bojāgājušo")
_LV_ZERO_CUES = tuple(map(fold, ("necieta", "nav cietis", "netika ievainot", "nebija ievainot")))
_LV_NONE_WORDS = frozenset(map(fold, ["nav", "nebija", "neviens", "bez"]))


def _lv_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Latvian word the shared tables read otherwise, or None."""
    return _tables_class(_LV_TABLES, w)


def _is_cue_lv(w: str) -> bool:
    return (
        w in _LV_KILL_EXACT or w in _LV_INJ_EXACT or w.startswith(_LV_KILL_PREFIX) or w.startswith(_LV_INJ_PREFIX)
        or w.startswith(_LV_ZERO_CUES)
    )



# Tagalog / Filipino (no marks to fold): "tatlo ang nasawi at labindalawa ang sugatan", "hindi bababa sa pitong katao
# ang namatay", "Dalawang sundalo ang napatay at lima ang nasugatan", "limang tao ang nasawi, kabilang ang dalawang bata",
# "apatnapung sibilyan", "44 libo", "dose-dosenang" and "libu-libo" vague. A number word before what it counts takes the
# linker -ng or "na" (pitong katao, apat na katao); the teens are written "labing-" and the unit ("labing-isa" 11, which
# the tokenizer splits: "labing" joins the unit after it, _join_numbers); "isang" is also the article ("isang bomba"),
# a count only before the people or the casualty word. Its number words, casualty words, people and small words are
# read only in Tagalog text (_tl_class): "anim", "lima", "isa", "apat" and "sampu" are other languages' words or names.
_TL_NUMBERS = _table(
    "1:isa isang;2:dalawa dalawang;3:tatlo tatlong;4:apat;5:lima limang;6:anim;7:pito pitong;8:walo walong;"
    "9:siyam;10:sampu sampung;11:labing-isa labing-isang;12:labindalawa labindalawang;13:labintatlo labintatlong;"
    "14:labing-apat;15:labinlima labinlimang;16:labing-anim;17:labimpito labimpitong;18:labingwalo labingwalong;"
    "19:labinsiyam;20:dalawampu dalawampung;30:tatlumpu tatlumpung;40:apatnapu apatnapung;50:limampu limampung;"
    "60:animnapu animnapung;70:pitumpu pitumpung;80:walumpu walumpung;90:siyamnapu siyamnapung;100:sandaan sandaang"
)
_TL_NUMBERS["labing"] = 10  # "labing-isa", "labing-apat": the unit joins it
_own_text_numbers(("tl",), [w for w in _TL_NUMBERS if w in _OWN_TEXT_NUMBERS])  # "lima" is Indonesian five too
MULTIPLIERS.update({"libo": 1000, "libong": 1000, "milyon": 1_000_000, "milyong": 1_000_000})  # "44 libo"
_TL_VAGUE = frozenset(
    ["libu", "libo-libo", "daan-daan", "daan-daang", "dosenang", "dose", "dosena", "ilang", "ilan", "maraming", "marami",
     "sampu-sampu", "napakaraming", "ilampu"]
)  # fmt: skip
_TL_KILL_EXACT = frozenset(
    ["nasawi", "nasawing", "namatay", "namatay na", "patay", "napatay", "pinatay", "pumatay", "ikinasawi", "ikinamatay",
     "nalunod", "nangalunod", "nangamatay", "pumanaw", "binawian", "bangkay", "pagkamatay", "pagkasawi", "napaslang",
     "pinaslang", "nasawian", "nasawi.", "patay."]
)  # fmt: skip
_TL_INJ_EXACT = frozenset(
    ["nasugatan", "nasugatang", "sugatan", "sugatang", "ikinasugat", "nasaktan", "sugat", "nagtamo", "isinugod"]
)  # fmt: skip
_TL_GROUPS = {
    **dict.fromkeys(["sibilyan", "sibilyang", "residente", "residenteng", "mamamayan"], "civilians"),
    **dict.fromkeys(["bata", "batang", "menor", "sanggol"], "children"),
    **dict.fromkeys(["sundalo", "sundalong", "kawal", "tropa", "rebelde", "rebeldeng", "miyembro"], "soldiers"),
    **dict.fromkeys(["pulis", "pulisya"], "police"),
    **dict.fromkeys(["babae", "kababaihan"], "women"),
    **dict.fromkeys(["mamamahayag", "peryodista"], "journalists"),
    **dict.fromkeys(["rescuer", "bumbero"], "rescuers"),
    **dict.fromkeys(["katao", "tao", "indibidwal", "pasahero", "tripulante", "palestino", "manggagawa", "minero",
                     "lalaki", "magsasaka", "mangingisda", "biktima"], None),
}  # fmt: skip
_TL_FILLERS = frozenset(
    ["ang", "na", "ng", "mga", "ay", "hindi", "bababa", "sa", "mahigit", "halos", "humigit", "kumulang", "tinatayang",
     "pa", "naman", "rin", "din", "umabot", "kagabi", "ngayong", "iba", "iniulat", "naiulat", "kumpirmadong", "lamang",
     "lang", "kabuuang", "ring", "nang", "agad", "malubhang", "bahagyang", "sugatan"]
)  # fmt: skip
_TL_INCLUDING = frozenset(["kabilang", "kasama", "kung", "saan"])  # "limang tao ang nasawi, kabilang ang dalawang bata"
_TL_AND = frozenset(["at", "o"])
_TL_RISES = frozenset(["umakyat", "tumaas", "umabot", "sumampa"])
_TL_TABLES = _WordTables(
    _TL_NUMBERS, _TL_VAGUE, _TL_KILL_EXACT, _TL_INJ_EXACT, _TL_GROUPS, _TL_INCLUDING, _TL_AND, _TL_RISES, _TL_FILLERS
)


def _tl_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Tagalog word the shared tables read otherwise, or None."""
    return _tables_class(_TL_TABLES, w)

# Finnish (folded: ä ö read a o): "kolme ihmistä kuoli ja kaksitoista loukkaantui", "ainakin 20 ihmistä sai surmansa",
# "tappoi yhden ihmisen", "kaksikymmentäkolme", "kymmeniä" (vague). Its number words (nominative and genitive: kolme,
# kolmen; teens in -toista, tens and units in one word), casualty stems, people and small words are read only in
# Finnish text (_fi_class): "sata", "kuusi" and "on" are other languages' words or names.
_FI_UNITS = {"yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8,
             "yhdeksän": 9}  # fmt: skip
_FI_GENITIVES = {"yhden": 1, "kahden": 2, "kolmen": 3, "neljän": 4, "viiden": 5, "kuuden": 6, "seitsemän": 7,
                 "kahdeksan": 8, "yhdeksän": 9}  # fmt: skip
_FI_NUMBERS: dict[str, int] = {fold(w): v for w, v in (*_FI_UNITS.items(), *_FI_GENITIVES.items())}
_FI_NUMBERS.update({fold("yhtä"): 1, "kymmenen": 10, fold("kymmenentä"): 10, "sata": 100, "sadan": 100, "tuhat": 1000})
_FI_NUMBERS.update({fold(u + "toista"): 10 + v for u, v in _FI_UNITS.items()})
_FI_NUMBERS.update({fold(u + "toista"): 10 + v for u, v in _FI_GENITIVES.items()})
for _t, _tv in ((u + "kymmentä", v * 10) for u, v in _FI_UNITS.items() if v > 1):
    _FI_NUMBERS[fold(_t)] = _tv
    _FI_NUMBERS.update({fold(_t + u): _tv + v for u, v in _FI_UNITS.items()})
_FI_NUMBERS.update({fold(u + "sataa"): v * 100 for u, v in _FI_UNITS.items() if v > 1})
MULTIPLIERS.update({"tuhatta": 1000, fold("tuhannen"): 1000, "miljoonaa": 1_000_000})  # "44 tuhatta"
_FI_VAGUE = frozenset(
    map(fold, ["kymmeniä", "kymmenet", "kymmenien", "satoja", "sadat", "satojen", "tuhansia", "tuhannet", "tuhansien",
               "kymmeniätuhansia", "kymmenettuhannet", "useita", "useat", "useiden", "monta", "monia", "muutamia",
               "muutama", "lukuisia", "lukuisat", "parikymmentä", "kymmenkunta", "tusinoittain"])
)  # fmt: skip
_FI_KILL_EXACT = frozenset(
    map(fold, ["kuoli", "kuolivat", "kuollut", "kuolleet", "kuolleita", "kuolleiden", "kuollutta", "kuolonuhria",
               "kuolonuhrien", "kuolonuhrit", "kuolonuhreja", "kuolonuhri", "surmansa", "surmattiin", "surmasi",
               "surmasivat", "tappoi", "tappoivat", "tapettiin", "tapettu", "menehtyi", "menehtyivät", "menehtyneet",
               "menehtynyt", "hengen", "henkensä", "henkeään", "kaatunutta", "kaatui", "kaatuneet"])
)  # fmt: skip
_FI_INJ_PREFIX = tuple(map(fold, ("loukkaantu", "haavoittu", "vammautu", "loukkaantune")))
_FI_GROUPS = {
    **dict.fromkeys(map(fold, ["siviiliä", "siviilit", "siviilejä", "siviili", "asukasta", "asukkaat", "asukkaita"]), "civilians"),
    **dict.fromkeys(map(fold, ["lasta", "lapset", "lapsia", "lapsi", "oppilas", "oppilasta", "oppilaat"]), "children"),
    **dict.fromkeys(map(fold, ["sotilasta", "sotilaat", "sotilaita", "sotilas"]), "soldiers"),
    **dict.fromkeys(map(fold, ["poliisia", "poliisit", "poliisi"]), "police"),
    **dict.fromkeys(map(fold, ["naista", "naiset", "naisia", "nainen"]), "women"),
    **dict.fromkeys(map(fold, ["toimittajaa", "toimittajat"]), "journalists"),
    **dict.fromkeys(map(fold, ["pelastajaa", "pelastajat", "palomiestä"]), "rescuers"),
    **dict.fromkeys(map(fold, ["ihmistä", "ihmisiä", "ihmiset", "ihmisen", "ihminen", "henkilöä", "henkilöt",
                               "henkeä", "mies", "miestä", "miehet", "palestiinalaista", "palestiinalaiset",
                               "israelilaista", "ukrainalaista", "venäläistä", "matkustajaa", "matkustajat",
                               "potilasta", "potilaat", "potilaita", "työntekijää", "muuta"]), None),
}  # fmt: skip
_FI_FILLERS = frozenset(
    map(fold, ["ainakin", "vähintään", "yli", "lähes", "noin", "peräti", "jo", "vielä", "lisäksi", "lievästi",
               "vakavasti", "vaikeasti", "yhteensä", "kaikkiaan", "on", "ovat", "oli", "olivat", "sai", "saivat", "ja",
               "kun", "yöllä", "iskussa", "hyökkäyksessä", "sodan", "alusta", "lähtien", "ollut", "mukaan", "mennessä",
               "myös", "kerrotaan", "arviolta", "muuta", "toista", "syttyneen", "alkaneen", "alettua", "tammikuussa",
               "helmikuussa", "maaliskuussa", "huhtikuussa", "toukokuussa", "kesäkuussa", "heinäkuussa", "elokuussa",
               "syyskuussa", "lokakuussa", "marraskuussa", "joulukuussa", "vuonna"])
)  # fmt: skip
_FI_MONTHS = tuple(
    fold(m + "kuu")
    for m in ("tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu")
)
_FI_NONE_WORDS = frozenset(map(fold, ["ei", "kukaan", "eikä"]))
_FI_INCLUDING = frozenset(map(fold, ["joukossa", "joukossaan", "heistä", "joista", "mukaan lukien", "muassa"]))
_FI_AND = frozenset(map(fold, ["ja", "sekä"]))
_FI_RISES = frozenset(map(fold, ["noussut", "nousi", "kasvanut", "kasvoi", "nousee"]))
_FI_TABLES = _WordTables(
    _FI_NUMBERS, _FI_VAGUE, _FI_KILL_EXACT, frozenset(), _FI_GROUPS, _FI_INCLUDING, _FI_AND, _FI_RISES, _FI_FILLERS,
    kill_prefixes=tuple(map(fold, ("kuolonuhr", "menehty"))), inj_prefixes=_FI_INJ_PREFIX,
)


def _fi_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Finnish word the shared tables read otherwise, or None."""
    return _tables_class(_FI_TABLES, w)


def _is_cue_fi(w: str) -> bool:
    return w in _FI_KILL_EXACT or w.startswith(_FI_INJ_PREFIX) or w.startswith(_FI_TABLES.kill_prefixes)


# Estonian (folded: õ ä ö ü read o a o u): "kolm inimest hukkus ja kaksteist sai vigastada", "vähemalt 20 inimest sai
# surma", "kakskümmend kolm" (tens and units written apart), "kümned" vague. Its number words (nominative, genitive and
# partitive: kolm, kolme; üks, ühe, üht), casualty stems, people and small words are read only in Estonian text
# (_et_class): "kaks", "viis", "kuus" and "on" are other languages' words.
_ET_NUMBERS = _table(
    "1:üks ühe üht ühte;2:kaks kahe kaht kahte;3:kolm kolme;4:neli nelja;5:viis viie viit viite;6:kuus kuue kuut kuute;"
    "7:seitse seitsme seitset;8:kaheksa kaheksat;9:üheksa üheksat;10:kümme kümne kümmet;11:üksteist;12:kaksteist;"
    "13:kolmteist;14:neliteist;15:viisteist;16:kuusteist;17:seitseteist;18:kaheksateist;19:üheksateist;"
    "20:kakskümmend;30:kolmkümmend;40:nelikümmend;50:viiskümmend;60:kuuskümmend;70:seitsekümmend;"
    "80:kaheksakümmend;90:üheksakümmend;100:sada saja sadat"
)
_ET_VAGUE = frozenset(
    map(fold, ["kümned", "kümneid", "kümnete", "sajad", "sadu", "sadade", "tuhanded", "tuhandeid", "tuhandete", "mitu",
               "mitmed", "mitmeid", "mitme", "mõned", "mõni", "mõnda", "paar", "arvukalt", "kümmekond", "paarkümmend",
               "hulgaliselt"])
)  # fmt: skip
_ET_KILL_EXACT = frozenset(
    map(fold, ["hukkus", "hukkusid", "surma", "suri", "surid", "surnud", "surnut", "surnuid", "surnute", "tapeti",
               "tapsid", "tappis", "tapetud", "ohvrit", "ohvreid", "ohvrite", "inimelu", "inimelu", "elu", "langes",
               "langenud", "uppus", "uppusid", "uppunud"])
)  # fmt: skip
_ET_KILL_PREFIX = tuple(map(fold, ("hukku", "hukkun")))
_ET_INJ_PREFIX = tuple(map(fold, ("vigasta", "vigastu", "haavata", "haavatu", "haavat")))
_ET_GROUPS = {
    **dict.fromkeys(map(fold, ["tsiviilisikut", "tsiviilisikud", "tsiviilisikuid", "tsiviilisik", "elanikku",
                               "elanikud", "elanikke", "elanik"]), "civilians"),
    **dict.fromkeys(map(fold, ["last", "lapsed", "lapsi", "laps", "õpilane", "õpilast", "õpilased", "õpilasi"]), "children"),
    **dict.fromkeys(map(fold, ["sõdurit", "sõdurid", "sõdureid", "sõdur", "sõjaväelast"]), "soldiers"),
    **dict.fromkeys(map(fold, ["politseinikku", "politseinikud"]), "police"),
    **dict.fromkeys(map(fold, ["naist", "naised", "naisi", "naine"]), "women"),
    **dict.fromkeys(map(fold, ["ajakirjanikku", "ajakirjanikud"]), "journalists"),
    **dict.fromkeys(map(fold, ["päästjat", "päästjad", "tuletõrjujat"]), "rescuers"),
    **dict.fromkeys(map(fold, ["inimest", "inimesed", "inimesi", "inimese", "inimene", "isikut", "isikud", "mees",
                               "meest", "mehed", "mehi", "palestiinlast", "palestiinlased", "iisraellast", "ukrainlast",
                               "venelast", "reisijat", "reisijad", "patsienti", "patsiendid", "patsiente", "töötajat",
                               "töötajad", "teist", "teised"]), None),
}  # fmt: skip
_ET_FILLERS = frozenset(
    map(fold, ["vähemalt", "üle", "ligi", "peaaegu", "umbes", "koguni", "juba", "veel", "lisaks", "kergelt", "raskelt",
               "kokku", "on", "olid", "oli", "sai", "said", "ja", "kui", "öösel", "rünnakus", "rünnakul", "sõja", "algusest",
               "saadik", "alates", "andmetel", "teatel", "hinnanguliselt", "ka", "aastal", "puhkenud", "alanud", "viga",
               "saanud", "haiglasse", "hommikul", "õhtul", "eile", "täna", "arv", "ni", "ööpäevaga"])
)  # fmt: skip
_ET_MONTHS = tuple(
    fold(m)
    for m in ("jaanuar", "veebruar", "märts", "aprill", "mai", "juuni", "juuli", "august", "septemb", "oktoob", "novemb",
              "detsemb")
)
_ET_NONE_WORDS = frozenset(map(fold, ["ei", "keegi", "pole", "ega"]))
_ET_INCLUDING = frozenset(map(fold, ["seas", "sealhulgas", "kellest", "hulgas"]))
_ET_AND = frozenset(map(fold, ["ja", "ning"]))
_ET_RISES = frozenset(map(fold, ["tõusnud", "tõusis", "kasvanud", "kasvas"]))
_ET_TABLES = _WordTables(
    _ET_NUMBERS, _ET_VAGUE, _ET_KILL_EXACT, frozenset(("viga",)), _ET_GROUPS, _ET_INCLUDING, _ET_AND, _ET_RISES, _ET_FILLERS,
    kill_prefixes=_ET_KILL_PREFIX, inj_prefixes=_ET_INJ_PREFIX,
)


def _et_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Estonian word the shared tables read otherwise, or None."""
    return _tables_class(_ET_TABLES, w)


def _is_cue_et(w: str) -> bool:
    return w in _ET_KILL_EXACT or w == "viga" or w.startswith(_ET_INJ_PREFIX) or w.startswith(_ET_KILL_PREFIX)


# Swahili: "watu watatu wameuawa" (people three have-been-killed), "wengine kumi na wawili kujeruhiwa", "kuua watu
# wasiopungua 18", "watu arobaini na saba", "elfu ishirini" (20,000: the multiplier first), "laki moja" (100,000),
# "mtu mmoja ameuawa". Its number words take the class prefix of what they count (wa-tatu for people, tatu for things)
# and are read only in Swahili text (_sw_class): "sita", "tano", "nane", "moja" and "mia" are other languages' words.
# Verbs of death and injury are known by their stem after the subject, tense and relative prefixes
# (textnorm.swahili_forms): "wameuawa", "waliouawa", "akiuawa", "wamefariki", "kujeruhiwa", "waliojeruhiwa".
_SW_UNITS = {"moja": 1, "mmoja": 1, "mbili": 2, "wawili": 2, "tatu": 3, "watatu": 3, "nne": 4, "wanne": 4, "tano": 5,
             "watano": 5, "sita": 6, "saba": 7, "nane": 8, "wanane": 8, "tisa": 9}  # fmt: skip
_SW_TENS = {"kumi": 10, "ishirini": 20, "thelathini": 30, "arobaini": 40, "hamsini": 50, "sitini": 60, "sabini": 70,
            "themanini": 80, "tisini": 90}  # fmt: skip
# the multipliers stand before the number they multiply ("elfu ishirini", "laki moja", "mia tatu")
_SW_MULTIPLIERS = {"mia": 100, "elfu": 1000, "laki": 100_000, "milioni": 1_000_000}
_SW_NUMBERS: dict[str, int] = {**_SW_UNITS, **_SW_TENS}
_SW_MONTHS = frozenset(["januari", "februari", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba",
                        "novemba", "desemba"])  # fmt: skip
_SW_VAGUE = frozenset(["kadhaa", "mamia", "maelfu", "makumi", "wengi", "baadhi", "kadha"])
_SW_KILL_STEMS = ("uawa", "uliwa", "fariki", "kufa", "fa", "ua", "waua", "uwawa")
_SW_KILL_EXACT = frozenset(["vifo", "kifo", "maiti", "miili", "waliokufa", "wamekufa", "walikufa", "amekufa", "kuua",
                            "kuwaua", "mauaji", "vilivyoripotiwa"])  # fmt: skip
_SW_INJ_STEMS = ("jeruhiwa", "jeruhi", "jeruhiw")
_SW_INJ_EXACT = frozenset(["majeruhi", "kujeruhiwa", "kujeruhi", "waliojeruhiwa", "wamejeruhiwa", "amejeruhiwa"])
_SW_GROUPS = {
    **dict.fromkeys(["raia", "wakazi", "mkazi"], "civilians"),
    **dict.fromkeys(["watoto", "mtoto", "wanafunzi"], "children"),
    **dict.fromkeys(["wanajeshi", "mwanajeshi", "askari", "wapiganaji", "mpiganaji"], "soldiers"),
    **dict.fromkeys(["polisi", "maafisa"], "police"),
    **dict.fromkeys(["wanawake", "mwanamke"], "women"),
    **dict.fromkeys(["waandishi", "mwandishi"], "journalists"),
    **dict.fromkeys(["watu", "mtu", "wengine", "wapalestina", "mpalestina", "abiria", "wafanyakazi", "wanaume",
                     "mwanaume"], None),
}  # fmt: skip
_SW_FILLERS = frozenset(["wasiopungua", "zaidi", "ya", "takriban", "karibu", "kiasi", "wamethibitishwa", "na", "kwa",
                         "risasi", "vibaya", "kidogo", "jumla", "hadi", "imefikia", "imeongezeka", "usiku", "huku"])  # fmt: skip
_SW_INCLUDING = frozenset(["wakiwemo", "wakiwamo", "miongoni", "pamoja"])  # "watu 15 wakiwemo watoto sita"
_SW_AND = frozenset(["na", "pamoja"])
_SW_RISES = frozenset(["imefikia", "imeongezeka", "imepanda"])
_SW_TABLES = _WordTables(
    _SW_NUMBERS, _SW_VAGUE, _SW_KILL_EXACT, _SW_INJ_EXACT, _SW_GROUPS, _SW_INCLUDING, _SW_AND, _SW_RISES, _SW_FILLERS,
    frozenset(_SW_MULTIPLIERS),
)


def _sw_stem_kind(w: str) -> int | None:
    """KILL or INJ for a folded Swahili verb of death or injury after its prefixes ("wameuawa", "kujeruhiwa"), or None."""
    if len(w) < 4 or w.startswith("ha"):
        return None  # a negative ("hakuna aliyeuawa") is read by the zeros
    forms = swahili_forms(w)
    if any(f.startswith(_SW_INJ_STEMS) for f in forms):
        return INJ
    if any(f in _SW_KILL_STEMS or f.startswith(("uawa", "fariki", "uliwa")) for f in forms):
        return KILL
    return None


def _sw_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Swahili word the shared tables read otherwise, or None."""
    t = _tables_class(_SW_TABLES, w)
    if t is not None:
        return t
    kind = _sw_stem_kind(w)
    return (kind, None, None) if kind is not None else None


def _is_cue_sw(w: str) -> bool:
    return w in _SW_KILL_EXACT or w in _SW_INJ_EXACT or _sw_stem_kind(w) is not None


def _swahili_tokens(toks: list[_Tok], text: str) -> None:
    """Swahili numbers in words as one number: tens and units joined by "na" ("kumi na wawili" 12, "arobaini na
    saba" 47), a multiplier before its number ("elfu ishirini" 20,000, "laki moja" 100,000, "mia tatu" 300), and the
    count after what it counts put before it ("watu watatu wameuawa" read as "watatu watu wameuawa")."""
    # a name's digits are no count ("M23", the rebels)
    toks[:] = [t for t in toks if not (t.kind == NUM and t.start > 0 and text[t.start - 1].isalpha())]
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.kind == OTHER and t.word in _SW_MULTIPLIERS and i + 1 < len(toks) and toks[i + 1].kind == NUM:
            nxt = toks[i + 1]
            if nxt.value is not None:
                toks[i] = _Tok(NUM, t.start, nxt.end, _SW_MULTIPLIERS[t.word] * nxt.value, None, str(nxt.value), t.cap)
                del toks[i + 1]
                continue
        if (
            t.kind == NUM and t.value is not None and t.word in _SW_TENS and i + 2 < len(toks)
            and toks[i + 1].word == "na" and toks[i + 2].kind == NUM and toks[i + 2].word in _SW_UNITS
        ):
            last = toks[i + 2]
            assert last.value is not None
            toks[i] = _Tok(NUM, t.start, last.end, t.value + last.value, None, str(t.value + last.value), t.cap)
            del toks[i + 1 : i + 3]
            continue
        i += 1
    # a date is no count, and the tally's "since" no word between a verb and its count ("waliouawa tangu Oktoba 7
    # imefikia 43,922"): the date and "tangu" left out
    i = 0
    while i < len(toks):
        if toks[i].word in _SW_MONTHS and i + 1 < len(toks) and toks[i + 1].kind == NUM:
            start = i - 1 if i and toks[i - 1].word in ("tangu", "tarehe") else i
            del toks[start : i + 2]
            i = start
            continue
        i += 1
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if a.kind == GROUP and b.kind == NUM and b.value is not None:
            # the count follows the noun: swap the two readings in place, keeping each token's span
            a.kind, b.kind = NUM, GROUP
            a.value, b.value = b.value, None
            a.group, b.group = b.group, a.group


# Somali: "toddoba qof ayaa ku dhintay" (seven people died), "15 kalena waa ku dhaawacmeen" (and 15 others were
# injured), "ayaa dishay 12 qof", "lagu dilay siddeed dagaalyahan", "laba iyo toban" (two and ten: 12), "afartan iyo
# shan" (45), "in ka badan 1,200 oo qof" (more than), "44 kun" (44,000), "tobanaan" and "kumanaan" (tens, thousands:
# vague). A number word before what it counts, the focus particle "ayaa" and the clitics "ku", "waa", "la" between it and
# its verb; "-na" (and) written onto the first word of a clause ("sagaalna", "kalena"). Its number words and casualty
# words are read only in Somali text (_so_class): "shan", "lix", "afar", "hal" and "toban" are other languages' words or
# names.
_SO_UNITS = _table(
    "1:kow hal;2:laba;3:saddex sadex;4:afar;5:shan;6:lix;7:toddoba toddobo todoba todobo;8:siddeed sideed;9:sagaal"
)
_SO_TENS = _table(
    "10:toban;20:labaatan;30:soddon sodon;40:afartan;50:konton;60:lixdan;70:toddobaatan todobaatan;80:siddeetan"
    " sideetan;90:sagaashan"
)
_SO_NUMBERS: dict[str, int] = {**_SO_UNITS, **_SO_TENS, "boqol": 100}
_SO_NUMBERS.update({w + "na": v for w, v in list(_SO_NUMBERS.items())})  # "sagaalna" (and nine)
# the multipliers stand after the number they multiply ("laba kun" 2,000, "44 kun", "saddex boqol" 300)
_SO_MULTIPLIERS = {"kun": 1000, "boqol": 100, "milyan": 1_000_000, "malyuun": 1_000_000, "milyuun": 1_000_000}
_SO_MONTHS = frozenset(["janaayo", "febraayo", "feebarweri", "maarso", "abriil", "april", "maajo", "meey", "juun", "luulyo",
                        "ogoost", "agoosto", "sebtember", "sibtambar", "oktoobar", "oktoobbar", "nofeembar", "diseembar"])  # fmt: skip
_SO_VAGUE = frozenset(["kumanaan", "boqollaal", "boqolaal", "tobanaan", "dhowr", "dhawr", "tiro"])
_SO_KILL_EXACT = frozenset(["dhintay", "dhinteen", "dhimatay", "dhimateen", "dhintey", "dhimasho", "dhimashada",
                            "dhimashadu", "dilay", "dileen", "dishay", "disheen", "dishey", "dilka", "dilkii", "geeriyooday",
                            "geeriyoodeen", "mayd", "meyd", "maydad", "dhimday", "dhinteyn"])  # fmt: skip
_SO_INJ_PREFIX = ("dhaawac",)
_SO_GROUPS = {
    **dict.fromkeys(["rayid", "shacab"], "civilians"),
    **dict.fromkeys(["carruur", "caruur", "ilmo", "carruurta", "arday"], "children"),
    **dict.fromkeys(["askari", "askar", "askarta", "dagaalyahan", "dagaalyahanno", "dagaalyahannada", "ciidan",
                     "ciidamo"], "soldiers"),
    **dict.fromkeys(["boolis", "booliis", "sarkaal"], "police"),
    **dict.fromkeys(["haween", "dumar", "naag"], "women"),
    **dict.fromkeys(["saxafi", "weriye", "wariye", "suxufiyiin"], "journalists"),
    **dict.fromkeys(["qof", "qofood", "dad", "dadka", "ruux", "kale", "kalena", "ganacsade", "ganacsato", "rakaab",
                     "falastiiniyiin", "falastiiniyiinta", "muhaajiriin", "ragga", "rag", "shaqaale"], None),
}  # fmt: skip
_SO_FILLERS = frozenset(["ayaa", "ku", "waa", "oo", "ah", "ugu", "yaraan", "in", "ka", "badan", "la", "lagu", "loo", "ay",
                         "uu", "ayay", "ayuu", "xalay", "shalay", "maanta", "kadib", "culus", "fudud", "kaloo", "kala",
                         "qiyaastii", "ilaa", "ku dhawaad", "dhawaad", "dhow", "sida", "la sheegay", "wax", "ka", "si",
                         "xun", "isla", "markiiba", "weli", "wali", "ayaana", "waxaana", "waxaa", "lagu", "loogu"])  # fmt: skip
_SO_INCLUDING = frozenset(["jiraan", "jira", "jiro", "kamid", "mid"])  # "12 qof oo ay ku jiraan carruur"
_SO_AND = frozenset(["iyo", "iyadoo"])
_SO_RISES = frozenset(["gaartay", "gaaray", "gaadhay", "gaadhay", "kacday", "kordhay"])
_SO_TABLES = _WordTables(
    _SO_NUMBERS, _SO_VAGUE, _SO_KILL_EXACT, frozenset(), _SO_GROUPS, _SO_INCLUDING, _SO_AND, _SO_RISES, _SO_FILLERS,
    frozenset(_SO_MULTIPLIERS), (), _SO_INJ_PREFIX,
)


def _so_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Somali word the shared tables read otherwise, or None."""
    if w in _SO_MULTIPLIERS and w != "boqol":
        return OTHER, None, None
    return _tables_class(_SO_TABLES, w)


# the words of the zeros ("cidna kuma dhiman", "khasaare ma jiro"): their sentences are read for them
_SO_ZERO_CUES = frozenset(["dhiman", "dhimanin", "geeriyoon", "khasaare"])
_SO_NONE_WORDS = frozenset(["cidna", "qofna", "kuma", "kama", "ma", "lama", "lamana", "lagama"])


def _is_cue_so(w: str) -> bool:
    return w in _SO_KILL_EXACT or w.startswith(_SO_INJ_PREFIX) or w in _SO_ZERO_CUES


def _somali_tokens(toks: list[_Tok]) -> None:
    """Somali numbers in words as one number: a unit and a ten joined by "iyo", in either order ("laba iyo toban" 12,
    "afartan iyo shan" 45), a hundred and what follows it ("boqol iyo labaatan" 120), a multiplier after its number ("laba kun" 2,000, "44 kun", "saddex boqol" 300, "4.4
    milyan"); a date is no count ("7-dii Oktoobar", "Abriil 2023")."""
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.kind == NUM and t.value is not None and nxt is not None and nxt.word in _SO_MULTIPLIERS and (
            nxt.word != "boqol" or t.value < 10
        ):
            v = t.value * _SO_MULTIPLIERS[nxt.word]
            toks[i] = _Tok(NUM, t.start, nxt.end, v, None, str(v), t.cap)
            del toks[i + 1]
            continue
        last = toks[i + 2] if i + 2 < len(toks) else None
        if (
            t.kind == NUM and t.value is not None and last is not None and toks[i + 1].word == "iyo"
            and last.kind == NUM and last.value is not None and last.word in _SO_NUMBERS
            and (t.word in _SO_NUMBERS or (t.word.isdigit() and t.value % 100 == 0))  # (or "saddex boqol", joined)
            and (
                {t.word.removesuffix("na") in _SO_UNITS, last.word.removesuffix("na") in _SO_UNITS} == {True, False}
                or (t.value % 100 == 0 and last.value < 100)  # "boqol iyo labaatan" 120
            )
        ):
            v = t.value + last.value
            toks[i] = _Tok(NUM, t.start, last.end, v, None, str(v), t.cap)
            del toks[i + 1 : i + 3]
            continue
        i += 1
    i = 0
    while i < len(toks):
        if toks[i].word in _SO_MONTHS:
            start, end = i, i + 1
            if start and toks[start - 1].word in ("dii", "da", "ka", "bishii", "bisha"):
                start -= 1
            if start and toks[start - 1].kind == NUM:
                start -= 1
            if end < len(toks) and toks[end].kind == NUM:
                end += 1
            if start and toks[start - 1].word in ("iyo",) and start > 1 and toks[start - 2].word == "tan":
                start -= 2
            del toks[start:end]
            i = start
            continue
        i += 1


# Armenian: "զոհվել է չորս մարդ", "վիրավորվել է հինգը" (the article on the count), "ևս 21-ը վիրավորվել են",
# "տասնմեկ մարդ", "43 հազար", "տասնյակ" (vague). Tens and units are one word ("քսանհինգ", "տասնմեկ"); a count takes
# the article (-ը, -ն after a vowel) and the cases (-ի, -ից) like a noun. Its words are read only in Armenian text
# (_hy_class); the missing ("անհետ կորած"), the arrested and the rescued count nothing.
_HY_UNITS = {"մեկ": 1, "երկու": 2, "երեք": 3, "չորս": 4, "հինգ": 5, "վեց": 6, "յոթ": 7, "ութ": 8, "ինը": 9}
_HY_TENS = {"տասն": 10, "քսան": 20, "երեսուն": 30, "քառասուն": 40, "հիսուն": 50, "վաթսուն": 60, "յոթանասուն": 70,
            "ութսուն": 80, "իննսուն": 90}  # fmt: skip


def _hy_forms(w: str) -> tuple[str, ...]:
    """A count with the article and the cases a noun takes ("հինգը", "երկուսը", "տասնմեկից")."""
    base = "երկուս" if w.endswith("երկու") else w  # "երկուսը", "երկուսից": two takes -ս before an ending
    return (w, base + "ը", base + "ի", base + "ից", base + "ին") + ((w + "ն",) if w[-1] in "աեէըիոու" else ())


_HY_NUMBERS: dict[str, int] = {}
for _u, _v in {**_HY_UNITS, "տաս": 10, "տասը": 10, "հարյուր": 100, **{t: v for t, v in _HY_TENS.items() if v > 10}}.items():
    for _f in _hy_forms(_u):
        _HY_NUMBERS.setdefault(_f, _v)
for _t, _tv in _HY_TENS.items():
    for _u, _v in _HY_UNITS.items():
        for _f in _hy_forms(_t + _u):
            _HY_NUMBERS.setdefault(_f, _tv + _v)
_own_text_numbers(("hy",), _HY_NUMBERS)
MULTIPLIERS.update({w: 1000 for w in ("հազար", "հազարը", "հազարից", "հազարի")})  # Armenian ("43 հազար")
MULTIPLIERS.update({w: 1_000_000 for w in ("միլիոն", "միլիոնը", "միլիոնից", "միլիոնի")})


def _hy_with_endings(stems: str, endings: str) -> frozenset[str]:
    return frozenset(st + e for st in stems.split() for e in ("", *endings.split()))


_HY_VAGUE = frozenset(["տասնյակ", "տասնյակներ", "տասնյակից", "տասնյակների", "հարյուրավոր", "հազարավոր", "բազմաթիվ",
                       "քանի", "շատ", "մի քանի", "մեծ թվով", "տասնյակ հազարավոր"])  # fmt: skip
_HY_KILL_EXACT = _hy_with_endings(
    "զոհվել զոհվեց զոհվեցին զոհված զոհվածներ զոհվածների զոհ զոհեր զոհերի զոհերը սպանվել սպանվեց սպանվեցին սպանված "
    "սպանել սպանեց մահացել մահացավ մահացան մահացած մահացածներ մահացածների կյանքից",
    "ը ի",
)
_HY_INJ_EXACT = _hy_with_endings(
    "վիրավորվել վիրավորվեց վիրավորվեցին վիրավորված վիրավորվածներ վիրավոր վիրավորներ վիրավորների տուժել տուժեց "
    "տուժեցին տուժած տուժածներ տուժածների վնասվածքներ",
    "ը ի",
)
_HY_GROUPS: dict[str, str | None] = {
    **dict.fromkeys(_hy_with_endings("խաղաղ բնակիչ բնակիչներ քաղաքացի քաղաքացիներ", "ը ի ների"), "civilians"),
    **dict.fromkeys(_hy_with_endings("երեխա երեխաներ", "ն յի ների"), "children"),
    **dict.fromkeys(_hy_with_endings("զինծառայող զինծառայողներ զինվոր զինվորներ", "ը ի ների"), "soldiers"),
    **dict.fromkeys(_hy_with_endings("ոստիկան ոստիկաններ", "ը ի ների"), "police"),
    **dict.fromkeys(_hy_with_endings("կին կանայք", "ը"), "women"),
    **dict.fromkeys(_hy_with_endings("լրագրող լրագրողներ", "ը ի"), "journalists"),
    **dict.fromkeys(_hy_with_endings("փրկարար փրկարարներ", "ը ի"), "rescuers"),
    **dict.fromkeys(_hy_with_endings("մարդ մարդիկ անձ անձինք ուղևոր ուղևորներ աշխատող աշխատողներ", "ը ու ի"), None),
}  # fmt: skip
_HY_FILLERS = frozenset(["առնվազն", "ավելի", "քան", "մոտ", "շուրջ", "ևս", "եւս", "է", "են", "էր", "էին", "եղել", "դարձել",
                         "կազմել", "կազմում", "ընդհանուր", "թիվը", "թիվ", "ծանր", "թեթև", "այդ", "հետևանքով", "արդյունքում",
                         "գրեթե", "համարյա", "կյանքից", "զրկվել", "ը", "ն"])  # fmt: skip (ը, ն: the article after "14-")
_HY_INCLUDING = frozenset(["թվում", "թվում՝", "ներառյալ"])  # "այդ թվում՝ հինգ երեխա"
_HY_AND = frozenset(["և", "եւ", "ու"])
_HY_RISES = frozenset(["հասել", "հասավ", "աճել", "աճել է", "գերազանցել", "գերազանցեց"])
_HY_TABLES = _WordTables(
    _HY_NUMBERS, _HY_VAGUE, _HY_KILL_EXACT, _HY_INJ_EXACT, _HY_GROUPS, _HY_INCLUDING, _HY_AND, _HY_RISES, _HY_FILLERS,
    frozenset(("հազար", "հազարը", "հազարից", "հազարի", "միլիոն", "միլիոնը", "միլիոնից", "միլիոնի")),
)


def _hy_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Armenian word, or None for a word its tables do not list."""
    return _tables_class(_HY_TABLES, w)


# Amharic (Ethiopic script, folded: ሐ ኀ ሃ read ሀ, ሠ ሰ, ዐ ዓ አ, ፀ ጸ): "ሶስት ሰዎች ሲሞቱ ሰባት ሰዎች ቆስለዋል", "ቢያንስ 75
# ሰዎች መገደላቸውን", "ከ600 ሺህ በላይ ሰዎች ህይወታቸውን አጥተዋል", "43 ሺህ 600", "የሟቾች ቁጥር 257 መድረሱን", "በርካታ"
# (many) vague. The count comes before its people and the verb last; a word carries its preposition (የስምንት, ከ600
# is "ከ" and "600") and the article (ሶስቱ). Tens and units are two words ("አስራ ሁለት", "ሀያ አምስት"). Its number
# words, casualty words, people and small words are read only in Amharic text (_am_class); the negation written
# onto the verb ("አልሞተም") makes no casualty word: its zeros are below.
_AM_NUMBERS = _table(
    "1:አንድ;2:ሁለት ሁለቱ;3:ሶስት ሶስቱ;4:አራት አራቱ;5:አምስት አምስቱ;6:ስድስት ስድስቱ;7:ሰባት ሰባቱ;8:ስምንት ስምንቱ;"
    "9:ዘጠኝ ዘጠኙ;10:አስር አስሩ አስራ;20:ሀያ;30:ሰላሳ;40:አርባ;50:ሀምሳ;60:ስልሳ ስድሳ;70:ሰባ;80:ሰማንያ;90:ዘጠና;100:መቶ"
)
MULTIPLIERS.update({fold(w): 1000 for w in ("ሺህ", "ሺ", "ሺዎች")})  # Amharic ("43 ሺህ 600")
MULTIPLIERS.update({fold(w): 1_000_000 for w in ("ሚሊዮን",)})
_AM_VAGUE = frozenset(
    map(fold, ["በርካታ", "በርካቶች", "ብዙ", "በመቶዎች", "በሺዎች", "በአስሮች", "በደርዘኖች", "የሚቆጠሩ", "በርከት", "ጥቂት"])
)
_AM_KILL_EXACT = frozenset(
    map(fold, ["ሞቱ", "ሞተ", "ሞተዋል", "ሞቷል", "ሞታለች", "ሲሞቱ", "ሲሞት", "የሞቱ", "የሞተ", "የሞቱት", "ሞቶ", "ህይወታቸውን",
               "ህይወታቸው", "ህይወቱን", "ህይወቷን", "ህይወት", "ቀጥፏል", "ቀጠፈ", "ሟቾች", "ሟቾቹ", "የሟቾች", "ሟች",
               "አስከሬን", "አስከሬኖች"])
)  # fmt: skip
_AM_KILL_PREFIX = tuple(map(fold, ("ተገደ", "ተገድ", "መገደ", "ሲገደ", "የተገደ", "ገደሉ", "ገደለ", "ገድለ", "ገድሏ", "መሞታ", "መሞቱ")))
_AM_INJ_PREFIX = tuple(map(fold, ("ቆሰሉ", "ቆሰለ", "ቆስለ", "ቆስሏ", "መቁሰ", "ሲቆስ", "የቆሰ", "ቁስለ", "የቁስለ")))
_AM_INJ_EXACT = frozenset(map(fold, ["ደርሶባቸዋል", "ደረሰባቸው", "የደረሰባቸው", "ደርሶበታል"]))
_AM_GROUPS: dict[str, str | None] = {
    **dict.fromkeys(map(fold, ["ሰላማዊ", "ሲቪሎች", "ሲቪል", "ነዋሪዎች", "ነዋሪዎችን", "ዜጎች", "ዜጎችን", "ንጹሀን"]), "civilians"),
    **dict.fromkeys(map(fold, ["ህጻናት", "ህጻናትን", "ህጻን", "ልጆች", "ልጆችን", "ታዳጊዎች"]), "children"),
    **dict.fromkeys(map(fold, ["ወታደሮች", "ወታደሮችን", "ወታደር", "ታጣቂዎች", "ታጣቂዎችን", "አባላት"]), "soldiers"),
    **dict.fromkeys(map(fold, ["ፖሊሶች", "የፖሊስ"]), "police"),
    **dict.fromkeys(map(fold, ["ሴቶች", "ሴቶችን", "ሴት"]), "women"),
    **dict.fromkeys(map(fold, ["ጋዜጠኞች", "ጋዜጠኞችን"]), "journalists"),
    **dict.fromkeys(map(fold, ["ሰዎች", "ሰዎችን", "ሰው", "ሰዎቹ", "ፍልስጤማውያን", "ተሳፋሪዎች", "ሰራተኞች", "ታካሚዎች"]), None),
}  # fmt: skip
_AM_FILLERS = frozenset(
    map(fold, ["ቢያንስ", "ከ", "በላይ", "ገደማ", "ወደ", "ሌሎች", "ሌሎቹ", "ተጨማሪ", "ደግሞ", "ቁጥር", "ቁጥሩ", "መሆኑን",
               "ነው", "ናቸው", "ሲሆን", "ግን", "በከባድ", "ከባድ", "ቀላል", "አጥተዋል", "አጥቷል", "አልፏል", "አለፈ", "ሲገደሉ", "ውስጥ"])
)  # fmt: skip
_AM_INCLUDING = frozenset(map(fold, ["ጨምሮ", "ከእነዚህ", "ከነዚህ", "መካከል"]))
_AM_AND = frozenset(map(fold, ["እና", "እንዲሁም"]))
_AM_RISES = frozenset(map(fold, ["መድረሱን", "ደርሷል", "ደረሰ", "ደርሶ", "አሻቅቧል", "ከፍ"]))
_AM_TABLES = _WordTables(
    _AM_NUMBERS, _AM_VAGUE, _AM_KILL_EXACT, _AM_INJ_EXACT, _AM_GROUPS, _AM_INCLUDING, _AM_AND, _AM_RISES, _AM_FILLERS,
    frozenset(map(fold, ("ሺህ", "ሺ", "ሺዎች", "ሚሊዮን"))), kill_prefixes=_AM_KILL_PREFIX, inj_prefixes=_AM_INJ_PREFIX,
)
# the zeros' words ("የሞተ ሰው የለም", "በሰው ላይ የደረሰ ጉዳት የለም", "ምንም ሰው አልሞተም"): a sentence with one is read
_AM_ZERO_CUES = frozenset(map(fold, ["ጉዳት", "የሞተ", "የቆሰለ", "አልሞተም", "አልቆሰለም", "አልተጎዳም", "የሞተም"]))


def _am_class(w: str) -> tuple[int, int | None, str | None] | None:
    """(kind, number value, group) of a folded Amharic word, as written or after its preposition ("የስምንት",
    "ለሁለት"), or None for a word its tables do not list."""
    got = _tables_class(_AM_TABLES, w)
    if got is None and len(w) > 2 and w.startswith(AM_PREFIXES):
        for p in AM_PREFIXES:
            if w.startswith(p) and len(w) > len(p) + 1 and (got := _tables_class(_AM_TABLES, w[len(p) :])) is not None:
                break
    return got


def _is_cue_am(w: str) -> bool:
    return "\u1200" <= w[:1] <= "\u139f" and (
        w in _AM_ZERO_CUES or ((c := _am_class(w)) is not None and c[0] in (KILL, INJ))
    )


GROUPS: list[tuple[str, str | None]] = [
    # (folded prefix or word, group); None = people in general
    ("civilian", "civilians"),
    ("civilians", "civilians"),
    ("άμαχ", "civilians"),
    ("πολίτες", "civilians"),
    ("πολιτών", "civilians"),
    ("цивільн", "civilians"),
    ("мирн", "civilians"),
    ("гражданск", "civilians"),
    ("жител", "civilians"),
    ("children", "children"),
    ("child", "children"),
    ("kid", "children"),
    ("baby", "children"),
    ("babies", "children"),
    ("infant", "children"),
    ("minor", "children"),
    ("teenager", "children"),
    ("boy", "children"),
    ("girl", "children"),
    ("παιδ", "children"),
    ("βρέφ", "children"),
    ("ανήλικ", "children"),
    ("дитин", "children"),
    ("діти", "children"),
    ("дітей", "children"),
    ("дітьми", "children"),
    ("дети", "children"),
    ("детей", "children"),
    ("детьми", "children"),
    ("ребен", "children"),
    ("ребён", "children"),
    ("підліт", "children"),
    ("подрост", "children"),
    ("soldier", "soldiers"),
    ("troops", "soldiers"),
    ("serviceman", "soldiers"),
    ("servicemen", "soldiers"),
    ("servicemember", "soldiers"),
    ("fighter", "soldiers"),
    ("marine", "soldiers"),
    ("στρατιώτ", "soldiers"),
    ("στρατιωτικ", "soldiers"),
    ("військов", "soldiers"),
    ("солдат", "soldiers"),
    ("бійц", "soldiers"),
    ("военн", "soldiers"),
    ("военнослужащ", "soldiers"),
    ("бойц", "soldiers"),
    ("police", "police"),
    ("policeman", "police"),
    ("policemen", "police"),
    ("officer", "police"),
    ("αστυνομικ", "police"),
    ("поліцейськ", "police"),
    ("полицейск", "police"),
    ("women", "women"),
    ("woman", "women"),
    ("γυναίκ", "women"),
    ("жінк", "women"),
    ("женщин", "women"),
    ("journalist", "journalists"),
    ("δημοσιογράφ", "journalists"),
    ("журналіст", "journalists"),
    ("журналист", "journalists"),
    ("medic", "medics"),
    ("doctor", "medics"),
    ("paramedic", "medics"),
    ("nurse", "medics"),
    ("γιατρ", "medics"),
    ("медик", "medics"),
    ("лікар", "medics"),
    ("врач", "medics"),
    ("rescuer", "rescuers"),
    ("firefighter", "rescuers"),
    ("διασώστ", "rescuers"),
    ("πυροσβέστ", "rescuers"),
    ("рятувальник", "rescuers"),
    ("спасател", "rescuers"),
    ("people", None),
    ("person", None),
    ("resident", "civilians"),
    ("άνθρωπ", None),
    ("άτομ", None),
    ("люд", None),
    ("осіб", None),
    ("особи", None),
    ("человек", None),
    ("лиц", None),
    ("men", None),
    ("man", None),
    ("мужчин", None),  # мужчины, мужчин (by stem, as the Slavic words above)
    ("чоловік", None),  # чоловіки, чоловіків
    # German (folded, whole words)
    ("menschen", None), ("personen", None), ("person", None), ("zivilisten", "civilians"), ("zivilist", "civilians"),
    ("einwohner", "civilians"), ("bewohner", "civilians"), ("kinder", "children"), ("kind", "children"),
    ("kindern", "children"), ("soldaten", "soldiers"), ("soldat", "soldiers"), ("frauen", "women"),
    ("polizisten", "police"), ("journalisten", "journalists"), ("feuerwehrmann", "rescuers"),
    ("feuerwehrleute", "rescuers"), ("retter", "rescuers"), ("sanitater", "medics"),
    # Spanish: Latin words match whole or with an "s", so plurals in "-es" are listed
    ("civiles", "civilians"),
    ("vecino", "civilians"),
    ("residentes", "civilians"),
    ("habitantes", "civilians"),
    ("niño", "children"),
    ("niña", "children"),
    ("menores", "children"),
    ("bebé", "children"),
    ("adolescente", "children"),
    ("soldado", "soldiers"),
    ("militares", "soldiers"),
    ("combatiente", "soldiers"),
    ("policía", "police"),
    ("agentes", "police"),
    ("mujer", "women"),
    ("mujeres", "women"),
    ("periodista", "journalists"),
    ("médico", "medics"),
    ("sanitario", "medics"),
    ("rescatista", "rescuers"),
    ("bombero", "rescuers"),
    ("persona", None),
    ("víctima", None),
    ("hombre", None),
]
GROUPS += [  # French, matched whole or with a plural s
    ("civil", "civilians"),
    ("habitant", "civilians"),
    ("enfant", "children"),
    ("bébé", "children"),
    ("mineur", "children"),
    ("adolescent", "children"),
    ("garçon", "children"),
    ("fillette", "children"),
    ("soldat", "soldiers"),
    ("militaire", "soldiers"),
    ("combattant", "soldiers"),
    ("policier", "police"),
    ("gendarme", "police"),
    ("femme", "women"),
    ("journaliste", "journalists"),
    ("médecin", "medics"),
    ("secouriste", "rescuers"),
    ("pompier", "rescuers"),
    ("personne", None),
    ("homme", None),
]
GROUPS += [  # Italian, matched whole (plurals listed)
    ("civili", "civilians"),
    ("civile", "civilians"),
    ("abitanti", "civilians"),
    ("residenti", "civilians"),
    ("bambini", "children"),
    ("bambino", "children"),
    ("bambina", "children"),
    ("bambine", "children"),
    ("minori", "children"),
    ("neonati", "children"),
    ("neonato", "children"),
    ("soldati", "soldiers"),
    ("soldato", "soldiers"),
    ("militari", "soldiers"),
    ("combattenti", "soldiers"),
    ("poliziotti", "police"),
    ("agenti", "police"),
    ("donne", "women"),
    ("donna", "women"),
    ("giornalisti", "journalists"),
    ("giornalista", "journalists"),
    ("medici", "medics"),
    ("soccorritori", "rescuers"),
    ("pompieri", "rescuers"),
    ("persone", None),
    ("persona", None),
    ("uomini", None),
    ("uomo", None),
    ("migranti", None),
    ("minatori", None),
    ("operai", None),
    ("lavoratori", None),
    ("passeggeri", None),
    ("manifestanti", None),
    ("pescatori", None),
    ("turisti", None),
]
GROUPS += [  # Portuguese, matched whole or with a plural s ("civis" and "-es" plurals listed)
    ("civis", "civilians"),
    ("morador", "civilians"),
    ("moradores", "civilians"),
    ("criança", "children"),
    ("menino", "children"),
    ("menina", "children"),
    ("bebê", "children"),
    ("policial", "police"),
    ("policiais", "police"),
    ("polícia", "police"),
    ("mulher", "women"),
    ("mulheres", "women"),
    ("jornalista", "journalists"),
    ("socorrista", "rescuers"),
    ("bombeiro", "rescuers"),
    ("pessoa", None),
    ("vítima", None),
    ("homem", None),
    ("homens", None),
]
GROUPS += [  # Polish case forms, matched whole
    *((w, "civilians") for w in ["cywil", "cywile", "cywilów", "cywilami", "cywilach", "cywilom", "mieszkańców", "mieszkańcy", "mieszkaniec"]),
    *((w, "children") for w in ["dzieci", "dziecko", "dziecka", "dzieckiem", "dziećmi", "nastolatków", "nastolatek", "niemowląt"]),
    *((w, "soldiers") for w in ["żołnierzy", "żołnierze", "żołnierz", "wojskowych", "wojskowi", "bojowników"]),
    *((w, "police") for w in ["policjantów", "policjanci", "policjant", "funkcjonariuszy"]),
    *((w, "women") for w in ["kobiet", "kobiety", "kobieta"]),
    *((w, "journalists") for w in ["dziennikarzy", "dziennikarze", "dziennikarz"]),
    *((w, "medics") for w in ["lekarzy", "medyków", "medycy", "ratowników", "medycznych"]),
    *((w, "rescuers") for w in ["ratowników", "ratownicy", "strażaków", "strażacy"]),
    *((w, None) for w in ["osób", "osoby", "osoba", "osobę", "ludzi", "ludzie", "mężczyzn", "mężczyzna", "mężczyźni", "pasażerów"]),
]
GROUPS += [  # Dutch, matched whole (plurals listed)
    *((w, "civilians") for w in ["burgers", "burger", "inwoners", "bewoners"]),
    *((w, "children") for w in ["kinderen", "kind", "baby's"]),
    *((w, "soldiers") for w in ["soldaten", "soldaat", "militairen", "strijders"]),
    *((w, "police") for w in ["agenten", "politieagenten"]),
    *((w, "women") for w in ["vrouwen", "vrouw"]),
    *((w, "journalists") for w in ["journalisten"]),
    *((w, "rescuers") for w in ["hulpverleners", "brandweerlieden", "reddingswerkers"]),
    *((w, None) for w in ["mensen", "personen", "man", "mannen", "palestijnen", "israeliers", "inzittenden"]),
]
GROUPS += [  # Indonesian, matched whole
    *((w, "civilians") for w in ["warga", "penduduk"]),
    *((w, "children") for w in ["anak", "anak-anak", "balita"]),
    *((w, "soldiers") for w in ["prajurit", "tentara", "personel"]),
    *((w, "police") for w in ["polisi"]),
    *((w, "rescuers") for w in ["relawan"]),
    *((w, None) for w in ["orang", "jiwa", "pendaki", "penumpang", "lainnya"]),
]
GROUPS += [  # Serbian, Croatian and Bosnian case forms, matched whole, in both scripts
    *((w, "civilians") for w in _sr_both(["civil", "civila", "civili", "civilima", "stanovnika", "stanovnici",
                                          "građana", "građani", "meštana", "mještana", "stanara"])),
    *((w, "children") for w in _sr_both(["dete", "dijete", "deteta", "djeteta", "dece", "djece", "deca", "djeca"])),
    *((w, "soldiers") for w in _sr_both(["vojnik", "vojnika", "vojnici", "vojnike", "pripadnika", "boraca"])),
    *((w, "police") for w in _sr_both(["policajac", "policajca", "policajaca", "policajci", "policajce",
                                       "policajka", "policajke"])),
    *((w, "rescuers") for w in _sr_both(["vatrogasac", "vatrogasca", "vatrogasaca", "vatrogasci", "spasilac",
                                         "spasioca", "spasilaca"])),
    *((w, None) for w in _sr_both(["osoba", "osobe", "osobu", "ljudi", "čoveka", "čovjeka", "čovek", "čovjek",
                                   "putnika", "putnici", "radnika", "radnici", "napadač", "napadača", "napadači",
                                   "Palestinaca", "Palestinci", "Izraelaca", "Ukrajinaca", "Rusa"])),
]
GROUPS += [  # Romanian, matched whole (folded; plurals and the article listed)
    *((w, "civilians") for w in ["civili", "civil", "civilii", "locuitori", "locuitorii"]),
    *((w, "children") for w in ["copii", "copil", "copilul", "copiii", "copiilor", "minori"]),
    *((w, "soldiers") for w in ["soldați", "soldat", "militari", "militar", "militarii", "luptători"]),
    *((w, "police") for w in ["polițiști", "polițist", "jandarmi"]),
    *((w, "rescuers") for w in ["pompieri", "salvatori"]),
    *((w, "women") for w in ["femei", "femeie"]),
    *((w, "journalists") for w in ["jurnaliști", "jurnalist"]),
    *((w, None) for w in ["oameni", "oamenii", "persoane", "persoană", "bărbați", "bărbat", "palestinieni",
                          "israelieni", "pasageri", "mineri", "muncitori", "manifestanți"]),
]
GROUPS += [  # Bulgarian, by stem
    *((w, "civilians") for w in ["цивилн"]),
    *((w, "children") for w in ["деца", "децата", "дете"]),
    *((w, "soldiers") for w in ["войни", "военни"]),
    *((w, "police") for w in ["полицай"]),
    *((w, "rescuers") for w in ["пожарникар", "огнебор", "спасител"]),
    *((w, None) for w in ["души", "хора", "човек", "пътници", "палестинци", "мъж"]),
]
_GROUPS = [(fold(p), g) for p, g in GROUPS]

FILLERS = frozenset(
    map(
        fold,
        [
            "were",
            "was",
            "have",
            "has",
            "had",
            "been",
            "be",
            "are",
            "is",
            "being",
            "reportedly",
            "reported",
            "confirmed",
            "allegedly",
            "believed",
            "feared",
            "at",
            "least",
            "more",
            "than",
            "over",
            "about",
            "around",
            "nearly",
            "almost",
            "some",
            "up",
            "to",
            "other",
            "others",
            "another",
            "further",
            "additional",
            "the",
            "a",
            "of",
            "in",
            "total",
            "now",
            "rises",
            "rose",
            "risen",
            "climbed",
            "reached",
            "stands",
            "stood",
            "number",
            "ήταν",
            "είναι",
            "έχουν",
            "έχει",
            "είχαν",
            "έχουν",
            "τουλάχιστον",
            "περίπου",
            "σχεδόν",
            "πάνω",
            "από",
            "άλλοι",
            "άλλα",
            "άλλες",
            "ακόμη",
            "ακόμα",
            "σε",
            "ο",
            "η",
            "οι",
            "τα",
            "των",
            "στους",
            "μέχρι",
            "τις",
            "τους",
            "αριθμός",
            "ανήλθε",
            "ανέρχεται",
            "αυξήθηκε",
            "έφτασε",
            "φτάνει",
            "ανεβαίνει",
            "щонайменше",
            "близько",
            "понад",
            "більше",
            "ніж",
            "ще",
            "було",
            "були",
            "є",
            "до",
            "майже",
            "приблизно",
            "іще",
            "щонайменш",
            "ще",
            "кількість",
            "число",
            "зросла",
            "зросло",
            "досягла",
            "сягнула",
            "становить",
            "складає",
            "не",
            "менее",
            "меньшей",
            "мере",
            "около",
            "более",
            "больше",
            "свыше",
            "еще",
            "было",
            "были",
            "до",
            "почти",
            "примерно",
            "число",
            "количество",
            "возросло",
            "выросло",
            "достигло",
            "составляет",
            "составило",
            # German
            "wurden", "wurde", "worden", "sind", "ist", "waren", "war", "mindestens", "mehr", "als", "uber",
            "rund", "etwa", "fast", "knapp", "bis", "weitere", "weiterer", "insgesamt", "kamen", "kam", "ums",
            "dabei", "zu", "die", "der", "den", "gab", "gibt", "es",
            "auf",  # "die Zahl der Toten stieg auf 23"
            # Spanish
            "al",
            "menos",
            "más",
            "de",
            "del",
            "el",
            "la",
            "los",
            "las",
            "unos",
            "unas",
            "otros",
            "otras",
            "otro",
            "otra",
            "han",
            "ha",
            "habían",
            "fueron",
            "fue",
            "resultaron",
            "resultó",
            "quedaron",
            "casi",
            "cerca",
            "alrededor",
            "aproximadamente",
            "hasta",
            "ya",
            "cifra",
            "número",
            "total",
            "hay",
            "se",
        ],
    )
)
FILLERS |= frozenset(
    map(
        fold,
        [
            "ont",
            "a",
            "été",
            "sont",
            "est",
            "étaient",
            "était",
            "avaient",
            "avait",
            "auraient",
            "aurait",
            "seraient",
            "serait",
            "au",
            "aux",
            "moins",
            "plus",
            "de",
            "des",
            "du",
            "le",
            "la",
            "les",
            "environ",
            "près",
            "quelque",
            "autres",
            "supplémentaires",
            "également",
            "encore",
            "déjà",
            "total",
            "nombre",
            "désormais",
            "en",
        ],
    )
)
FILLERS |= frozenset(  # Portuguese: "pelo menos 20", "foram mortos", "ficaram feridos", "passou dos 50 mil"
    map(
        fold,
        [
            "pelo", "menos", "mais", "de", "do", "da", "dos", "das", "o", "os", "as", "outros", "outras", "outro",
            "outra", "foram", "foi", "ficaram", "ficou", "resultaram", "há", "houve", "cerca", "quase",
            "aproximadamente", "até", "já", "total", "número", "se", "são", "estão", "eram", "tinham", "terão",
            "teriam", "sendo", "pessoas", "registam", "registram", "contam",
        ],
    )
)  # fmt: skip
INCLUDING = frozenset(
    map(
        fold,
        [
            "including",
            "among",
            "incl",
            "εκ",
            "μεταξύ",
            "ανάμεσα",
            "ανάμεσά",
            "συμπεριλαμβανομένων",
            "серед",
            "числі",
            "зокрема",
            "включаючи",
            "включно",
            "среди",
            "числе",
            "включая",
            "darunter",  # German
            "einschließlich",
            "entre",
            "incluidos",
            "incluidas",
            "incluyendo",
        ],
    )
)
INCLUDING |= frozenset(map(fold, ["dont", "parmi", "notamment", "compris"]))  # French
INCLUDING |= frozenset(map(fold, ["incluindo", "dos quais", "das quais"]))  # Portuguese ("entre" above)
AND = frozenset(map(fold, ["and", "και", "και", "і", "й", "та", "и", "а", "also", "plus", "und", "sowie"]))
AND |= frozenset(["et"])  # French
AND |= frozenset(["y", "e"])  # Spanish
# Italian: "almeno tre morti", "sono stati uccisi", "tra cui due bambini", "tre morti e dieci feriti"
FILLERS |= frozenset(
    map(fold, ["almeno", "oltre", "più", "di", "del", "dei", "degli", "delle", "il", "lo", "i", "gli", "le",
               "sono", "è", "stati", "state", "stato", "stata", "rimasti", "rimaste", "rimasto", "rimasta",
               "circa", "quasi", "altri", "altre", "altro", "altra", "ci", "sarebbero", "sarebbe", "numero",
               "ancora", "già", "hanno", "ha", "fino", "complessivamente", "bilancio", "vi", "ad"])
)  # fmt: skip
# nationality adjectives between the people and the cue: "due soldati maliani sono morti"
FILLERS |= frozenset(
    map(fold, ["russi", "russe", "ucraini", "ucraine", "israeliani", "israeliane", "palestinesi", "libanesi",
               "siriani", "siriane", "sudanesi", "maliani", "nigerini", "iraniani", "iracheni", "americani",
               "statunitensi", "turchi", "congolesi", "haitiani", "birmani", "yemeniti", "afghani", "pakistani",
               "indiani", "somali", "etiopi", "egiziani", "francesi", "tedeschi", "britannici", "italiani",
               "polacchi", "bielorussi", "georgiani", "armeni", "azeri", "ceceni", "nordcoreani", "burkinabé"])
)  # fmt: skip
INCLUDING |= frozenset(map(fold, ["cui", "inclusi", "incluse", "compresi", "comprese"]))
AND |= frozenset(["ed"])
INCLUDING |= frozenset(map(fold, ["tym", "wśród", "spośród"]))  # Polish "w tym troje dzieci"
FILLERS |= frozenset(
    map(
        fold,
        ["został", "została", "zostało", "zostały", "zostali", "jest", "są", "było", "były", "był", "była", "jeszcze", "już", "co", "najmniej", "ponad", "około", "prawie", "blisko", "niemal", "aż", "do", "się", "w", "kolejne", "kolejnych", "kolejni", "innych", "inne", "nie", "liczba"],
    )
)  # fmt: skip
AND |= frozenset(["i", "oraz"])  # Polish
# Dutch: "minstens vijf doden", "zijn om het leven gekomen", "raakten twaalf mensen gewond", "onder wie vier
# kinderen", "vielen elf doden en 48 gewonden"
FILLERS |= frozenset(
    map(fold, ["minstens", "tenminste", "zeker", "ruim", "meer", "dan", "bijna", "ongeveer", "circa", "zijn", "werden",
               "werd", "raakten", "raakte", "vielen", "viel", "waren", "nog", "andere", "om", "het", "gekomen", "kwamen",
               "kwam", "liefst", "inmiddels", "al", "er", "opgelopen", "gestegen", "tot", "zwaar", "licht", "daarbij",
               "zouden", "zou", "is", "gekost", "russische", "oekraiense", "israelische", "palestijnse", "libanese",
               "soedanese", "syrische", "malinese"])
)  # fmt: skip
INCLUDING |= frozenset(map(fold, ["waaronder", "wie", "hen"]))  # Dutch "onder wie vier kinderen"
AND |= frozenset(["en"])  # Dutch
# Indonesian: "sedikitnya 12 orang tewas", "mencapai 2.101 orang", "dua prajurit TNI gugur dan satu luka berat",
# "meninggal dunia", "14 orang meninggal dunia dan 162 luka-luka"
FILLERS |= frozenset(
    ["sedikitnya", "setidaknya", "sekurangnya", "lebih", "dari", "sekitar", "hampir", "mencapai", "menjadi",
     "bertambah", "sebanyak", "yang", "telah", "sudah", "dunia", "berat", "ringan", "sipil", "mengalami", "akibat",
     "dilaporkan", "lagi", "masih", "di", "antaranya", "korban", "tni", "polri", "palestina", "israel", "rusia", "ukraina"]
)  # fmt: skip
INCLUDING |= frozenset(["termasuk", "di antaranya"])
# Bulgarian: "най-малко 14 души загинаха и 162 са ранени", "двама души са загинали, а двадесет са ранени",
# "загинаха петима", "броят на загиналите достигна 21", "сред тях деца"
FILLERS |= frozenset(
    map(fold, ["са", "е", "бяха", "беше", "бе", "били", "са били", "най", "малко", "над", "около", "почти", "общо",
               "досега", "още", "други", "други", "тежко", "леко", "души", "достигна", "достига", "нарасна", "се",
               "при", "вече"])
)  # fmt: skip
INCLUDING |= frozenset(map(fold, ["сред", "включително"]))
AND |= frozenset(["dan", "serta"])  # Indonesian
# Serbian, Croatian and Bosnian: "poginulo je najmanje 20 ljudi", "troje je teško povređeno", "a 18 ih je ranjeno",
# "ranjena su dva policajca", "među njima i dete"
FILLERS |= frozenset(
    _sr_both(["je", "su", "bilo", "bio", "bila", "bili", "najmanje", "više", "od", "oko", "gotovo", "skoro", "još",
              "ukupno", "teško", "lakše", "teže", "ih", "se", "već", "čak", "do", "porastao", "popeo",
              "premašio", "dostigao", "broj", "navodno", "preko", "tokom", "noći", "kojih"])
)  # fmt: skip
INCLUDING |= frozenset(_sr_both(["među", "uključujući", "od kojih", "njima"]))
AND |= frozenset(_sr_both(["i"]))  # Serbian ("a" is "whereas" as often as "and": "pet je poginulo, a dvadeset ranjeno")
# Romanian: "cel puțin 20 de morți", "au fost uciși", "alți doisprezece", "au murit și cinci au fost răniți",
# "a făcut doi morți", "printre care doi copii"
FILLERS |= frozenset(
    map(fold, ["de", "cel", "puțin", "peste", "aproximativ", "circa", "aproape", "alți", "alte", "alții", "au",
               "a", "fost", "sunt", "fiind", "grav", "ușor", "care", "făcut", "soldat", "bilanțul", "ajuns",
               "crescut", "urcat", "ucraineni", "ruși", "israelieni", "palestinieni", "ucrainean", "rus", "își",
               "mortal", "mortale"])
)  # fmt: skip
INCLUDING |= frozenset(map(fold, ["inclusiv", "printre care", "dintre care", "printre ei"]))
AND |= frozenset(map(fold, ["și", "iar"]))  # Romanian

_MONTHS = (
    "january february march april may june july august september october november december "
    "ιανουαρ φεβρουαρ μαρτ απριλ μαι ιουν ιουλ αυγουστ σεπτεμβρ οκτωβρ νοεμβρ δεκεμβρ "
    "січ лют берез квіт трав черв лип серп верес жовт листопад груд "
    "январ феврал март апрел ма июн июл август сентябр октябр ноябр декабр "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "janeiro fevereiro março maio junho julho setembro outubro novembro dezembro"
)
_MONTH_RE = "(?:" + "|".join(fold(m) for m in _MONTHS.split()) + r")\w*"

# A running tally over many incidents or a period. The toll of one strike or one
# disaster is not one, even while it rises ("the death toll has risen to 76"):
# "toll" and "число погибших" alone say nothing about that.
_CUMULATIVE_ALTS = [
    *map(
        fold,
        [
            r"since the (?:start|beginning|outbreak) of",
            r"since (?:the )?(?:full-scale |russian )?invasion",
            r"since the (?:war|conflict|fighting) (?:began|started|broke out)",
            r"since (?:the )?fighting (?:began|started|broke out)",
            # "since the RSF siege began in May", "since the offensive started"
            r"since the (?:\w+ ){0,3}(?:began|started|broke out|was launched)",
            r"\bso far\b",
            r"\bto date\b",
            r"\bin total\b",
            r"\boverall\b",
            r"\btotal of\b",
            r"\baltogether\b",
            r"\bcumulative",
            r"από την (?:αρχή|έναρξη)",
            r"συνολικά",
            r"συνολικός",
            r"συνολικό",
            r"μέχρι στιγμής",
            r"έως τώρα",
            r"ως τώρα",
            r"з початку",
            r"від початку",
            r"загалом",
            r"усього",
            r"всього",
            r"у цілому",
            r"станом на",
            r"загальна кількість",
            r"с начала",
            r"в общей сложности",
            r"всего",
            r"общее число",
            r"по состоянию на",
            r"общее количество",
            r"desde el (?:inicio|comienzo|principio|estallido) de",
            r"desde que (?:comenzo|empezo|estallo|comenzaron|empezaron|estallaron|se inicio)",
            r"en lo que va de",
            r"hasta la fecha",
            r"hasta ahora",
            r"en total",
            r"en conjunto",
            r"acumulad",
        ],
    ),
    # since a date: "since October 7", "since 24 February", "από τις 7 Οκτωβρίου",
    # "з 24 лютого", "с 7 октября"
    r"\bsince (?:\d{1,2} )?" + _MONTH_RE,
    # (written so that each alternative starts with its literal text: see _needle)
    r"\bαπο (?:τ[ιη]σ? )?\d{1,2} " + _MONTH_RE,
    *(r"(?<!\w)" + prep + r" \d{1,2} " + _MONTH_RE for prep in ("з", "із", "с", "от", "від")),
    # German: "seit Beginn des Krieges", "seit Kriegsbeginn", "seit dem 7. Oktober", "insgesamt"
    r"seit (?:dem )?(?:beginn|ausbruch|anfang)",
    r"seit (?:kriegs|invasions)(?:beginn|ausbruch)",
    r"\binsgesamt\b",
    r"seit (?:dem )?(?:\d{1,2}\.? )?(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)",
    # "desde el 7 de octubre", "desde abril de 2023", "desde febrero"
    r"\bdesde (?:el )?(?:\d{1,2} de )?" + _MONTH_RE,
]
# French: "depuis le début de la guerre", "depuis l'invasion", "au total", "depuis le 7 octobre"
_FR_MONTH_RE = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
_CUMULATIVE_ALTS += [
    r"depuis (?:le )?debut",
    r"depuis le declenchement",
    r"depuis (?:l'|le )?(?:invasion|guerre|conflit)",
    r"\bau total\b",
    r"\ben tout\b",
    r"\bjusqu'a present\b",
    r"\ba ce jour\b",
    r"\bau cumul",
    r"depuis (?:le )?(?:\d{1,2} )?" + _FR_MONTH_RE,
]
# Turkish (folded): "savaşın başından bu yana", "başladığından beri", "7 Ekim'den bu yana", "2022'den bu yana",
# "şimdiye kadar", "toplam"
_TR_MONTHS = (
    "ocak",
    "subat",
    "mart",
    "nisan",
    "mayis",
    "haziran",
    "temmuz",
    "agustos",
    "eylul",
    "ekim",
    "kasim",
    "aralik",
)
_CUMULATIVE_ALTS += [
    r"(?:basindan|baslangicindan|basladigindan|baslamasindan) (?:bu yana|beri|itibaren)",
    r"basladigi (?:gunden|tarihten) (?:bu yana|beri)",
    r"\bsimdiye kadar",
    r"\bbugune kadar",
    r"\bsu ana kadar",
    r"\btoplam",
    *(rf"\b{m}'?(?:tan|ten|dan|den) (?:bu yana|beri|itibaren)" for m in _TR_MONTHS),
    r"'(?:ten|tan|den|dan) (?:bu yana|beri)",
    r"  +(?:bu yana|beri)",  # the same with its ending blanked (enrich's Turkish Doc): "7 ekim     bu yana"
    r"yilindan (?:bu yana|beri)",
]
# Italian: "dall'inizio della guerra", "da quando è iniziata l'invasione", "finora", "il bilancio complessivo",
# "dal 7 ottobre"
_IT_MONTH_RE = (
    r"(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b"
)
_CUMULATIVE_ALTS += [
    r"dall'inizio (?:della|del|dell'|dei|delle)",
    r"dall'(?:invasione|offensiva)",
    r"da quando (?:e |sono )?(?:iniziat|cominciat|scoppiat)",
    r"\bfinora\b",
    r"\bfino ad? oggi\b",
    r"\bad oggi\b",
    r"\bin totale\b",
    r"\bcomplessiv",
    r"\bdal (?:\d{1,2} )?" + _IT_MONTH_RE,
    r"\bda (?:inizio|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)\b",
    r"\bnel corso della guerra",
]
# Portuguese: "desde o início da guerra", "desde que a guerra começou", "até à data", "no total", "ao todo",
# "o balanço total", "desde 7 de outubro" (the Spanish "desde <month>" above reads the Portuguese months too)
_CUMULATIVE_ALTS += [
    r"desde o (?:inicio|comeco|principio|eclodir|deflagrar|rebentar) d",
    r"desde que (?:comecou|eclodiu|rebentou|se iniciou|teve inicio|a guerra|o conflito|a invasao)",
    r"\bate (?:a |ao |o )?(?:data|momento|agora)\b",
    r"\bno total\b",
    r"\bao todo\b",
    r"\bbalanco total\b",
    r"\bdesde o dia \d{1,2} de " + _MONTH_RE,
]
# Polish: "od początku wojny", "od (pełnoskalowej) inwazji", "łącznie", "od 7 października"
_PL_MONTH_RE = (
    r"(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia)\b"
)
_CUMULATIVE_ALTS += [
    r"\bod (?:poczatku|rozpoczecia|wybuchu)",
    r"\bod (?:pelnoskalowej |rosyjskiej )?inwazji",
    r"\blacznie\b",
    r"\blaczna liczba",
    r"\bw sumie\b",
    r"\bogolem\b",
    r"\bdo tej pory\b",
    r"\bdotychczas\b",
    r"\bjak dotad\b",
    r"\bod (?:\d{1,2} )?" + _PL_MONTH_RE,
]
# Arabic (folded: ة -> ه, ى -> ي, أ -> ا): "منذ بدء الحرب", "منذ السابع من أكتوبر", "الحصيلة الإجمالية"
_AR_MONTH_RE = (
    "(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار"
    "|حزيران|تموز|اب|ايلول|تشرين)"
)
_CUMULATIVE_ALTS += [
    r"منذ (?:بدء|بدايه|اندلاع|انطلاق|مطلع)",
    r"منذ (?:ال)?(?:حرب|غزو|حصار|عدوان|نزاع|صراع|هجوم)",
    r"منذ (?:\d{1,2}|ال\w+) (?:من )?(?:شهر )?" + _AR_MONTH_RE,
    r"منذ " + _AR_MONTH_RE,
    r"الحصيله الاجماليه",
    r"حصيله اجماليه",
    r"(?<!\w)اجمالي",
    r"في المجمل",
    r"حتي الان",
    r"حتي اللحظه",
]
# Dutch: "sinds het begin van de oorlog", "sinds de Russische invasie", "sinds 7 oktober", "tot nu toe",
# "in totaal"
_NL_MONTH_RE = r"(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b"
_CUMULATIVE_ALTS += [
    r"\bsinds het (?:begin|uitbreken|losbarsten) van",
    r"\bsinds (?:de |het )?(?:start|aanvang) van",
    r"\bsinds de (?:\w+ )?(?:invasie|oorlog|inval)",
    r"\bsinds (?:\d{1,2} )?" + _NL_MONTH_RE,
    r"\btot (?:nu|dusver|dusverre|op heden) ?(?:toe)?\b",
    r"\bin (?:het )?totaal\b",
]
# Hebrew (folded: final letters as the others): "מאז תחילת המלחמה", "מאז 7 באוקטובר", "מתחילת הלחימה", "בסך הכל"
_HE_MONTH_RE = fold("(?:ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר)")
_CUMULATIVE_ALTS += [
    fold(r"מאז (?:תחילת|פרוץ|ראשית|שפרצה|שפרץ|שהחלה|שהחל|שהתחילה)"),
    fold(r"(?<!\w)מתחילת"),
    fold(r"מאז (?:ה)?(?:מלחמה|פלישה|מצור|לחימה|מבצע|מתקפה)"),
    r"מאז (?:ה-?)?\d{1,2} (?:ב|ל)?" + _HE_MONTH_RE,
    r"מאז (?:ב|חודש )?" + _HE_MONTH_RE,
    # one phrase an alternative: each is tried behind its own literal start (_needles)
    *map(fold, ["בסך הכל", "בסך הכול", "סך הכל", "עד כה", "עד עתה", "המאזן הכולל", "מספר ההרוגים הכולל"]),
]
# Persian (folded: ی -> ي, ک -> ك, ZWNJ gone): "از آغاز جنگ", "از ۷ اکتبر", "از ابتدای تهاجم", "تاکنون", "در مجموع"
_FA_MONTH_RE = fold("(?:ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر|فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند)")
_CUMULATIVE_ALTS += [
    fold(r"از (?:آغاز|ابتدای|شروع|زمان آغاز)"),
    r"از (?:\d{1,2}|" + fold("هفتم") + ") " + _FA_MONTH_RE,
    fold(r"(?<!\w)(?:تاکنون|تا کنون|در مجموع|مجموع کل|شمار کل|آمار کل)"),
]
# Hindi (folded as the tokens read it): "अब तक" (so far), "7 अक्टूबर से", "युद्ध की शुरुआत से", "इस साल", "कुल मिलाकर"
_CUMULATIVE_ALTS += [
    *map(fold, ["अब तक", "युद्ध की शुरुआत से", "युद्ध शुरू होने के बाद से", "युद्ध शुरू होने से", "जंग की शुरुआत से"]),
    *map(fold, ["कुल मिलाकर", "कुल संख्या", r"इस (?:साल|वर्ष|मानसून)"]),
    r"\d{1,2} " + fold("(?:जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर) से"),
]
# Urdu (folded): "اب تک" (so far), "۷ اکتوبر سے", "جنگ کے آغاز سے", "جنگ شروع ہونے کے بعد سے", "رواں سال", "مجموعی تعداد"
_CUMULATIVE_ALTS += [
    *map(fold, ["اب تک", "جنگ کے آغاز سے", "جنگ شروع ہونے کے بعد سے", "جنگ شروع ہونے سے", "مجموعی تعداد", "مجموعی طور پر"]),
    fold(r"(?:رواں|اس) (?:سال|برس)"),
    r"\d{1,2} " + fold("(?:جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر) سے"),
]
# Pashto (folded): "له اکتوبر ۷ راهیسې", "د جګړې له پیله راهیسې" (since), "تر اوسه" (so far), "ټولټال" (in all)
_CUMULATIVE_ALTS += [fold(p) for p in ("راهیسې", "راهیسی", "تر اوسه", "تر دې دمه", "ټولټال", "په ټولیز ډول")]
# Indonesian: "sejak awal perang", "sejak 7 Oktober", "sejauh ini", "hingga kini"
_ID_MONTH_RE = r"(?:januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\b"
_CUMULATIVE_ALTS += [
    r"\bsejak (?:awal|dimulainya|pecahnya|meletusnya) (?:perang|invasi|konflik|agresi|serangan)",
    r"\bsejak (?:perang|invasi|konflik) (?:dimulai|pecah|meletus)",
    r"\bsejak (?:\d{1,2} )?" + _ID_MONTH_RE,
    r"\bsejauh ini\b",
    r"\b(?:hingga|sampai) (?:kini|saat ini|sekarang)\b",
]
# Serbian, Croatian and Bosnian (written with diacritics, folded in both scripts): "od početka rata", "od izbijanja
# sukoba", "od 7. oktobra" / "od 7. listopada", "do sada", "ukupno"
_SR_MONTHS = (
    "(?:januar|februar|mart|april|maj|jun|jul|avgust|august|septemb|oktob|novemb|decemb|siječnj|veljač|ožujk|"
    "travnj|svibnj|lipnj|srpnj|kolovoz|rujn|listopad|studen|prosin)"
)
_SR_CUMULATIVE = [
    r"\bod (?:samog )?(?:početka|izbijanja|pokretanja) (?:rata|invazije|ruske invazije|sukoba|borbi|agresije|"
    r"punog rata|sveobuhvatne invazije)",
    r"\bod (?:\d{1,2}\.? )?" + _SR_MONTHS + r"\w*",
    r"\bdo sada\b",
    r"\bdosad\b",
    r"\bukupno\b",
    r"\bukupan broj",
]
_CUMULATIVE_ALTS += [fold(p) for p in _SR_CUMULATIVE]
_CUMULATIVE_ALTS += [fold(c) for c in map(sr_cyrillic, _SR_CUMULATIVE) if c is not None]
# Romanian: "de la începutul războiului", "de la 7 octombrie", "de când a început războiul", "până acum", "în total"
_RO_MONTH_RE = (
    r"(?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)\b"
)
_CUMULATIVE_ALTS += [
    r"\bde la (?:inceputul|declansarea|izbucnirea) (?:razboiului|invaziei|conflictului|agresiunii|ofensivei)",
    r"\bde cand a (?:inceput|izbucnit) (?:razboiul|invazia|conflictul)",
    r"\bde la (?:\d{1,2} )?" + _RO_MONTH_RE,
    r"\bpana (?:acum|in prezent)\b",
]
# Bulgarian: "от началото на войната", "от 7 октомври (насам)", "досега", "до момента"
_BG_MONTH_RE = "(?:януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|декември)"
_CUMULATIVE_ALTS += [
    fold(r"\bот началото на (?:войната|инвазията|пълномащабната|руската|конфликта|агресията|бойните)"),
    fold(r"\bот (?:\d{1,2} )?" + _BG_MONTH_RE + r"\b"),
    fold(r"\b(?:досега|до момента|до днес)\b"),
]
# Czech and Slovak (folded): "od začátku války", "od začiatku vojny", "od (ruské) invaze", "od 7. října", "celkem",
# "dosud", "doteraz"
_CS_SK_MONTH_RE = (
    r"(?:ledna|unora|brezna|dubna|kvetna|cervna|cervence|srpna|zari|rijna|listopadu|prosince|januara|februara|"
    r"marca|aprila|maja|juna|jula|augusta|septembra|oktobra|novembra|decembra)\b"
)
_CUMULATIVE_ALTS += [
    r"\bod (?:zacatku|zaciatku|pocatku|vypuknuti|vypuknutia|spusteni|spustenia)",
    r"\bod (?:ruske |ruskej |plnohodnotne |plnohodnotnej |plnorozsahle |plnorozsahlej )?(?:invaze|invazie)",
    r"\bcelkem\b",
    r"\b(?:dosud|doposud|doteraz|dosial)\b",
    r"\bod (?:\d{1,2}\. ?)?" + _CS_SK_MONTH_RE,
]
# Vietnamese (folded): "kể từ đầu cuộc chiến", "kể từ khi chiến sự bùng nổ", "kể từ ngày 7/10", "kể từ tháng 10",
# "tính đến nay", "cho đến nay"
_CUMULATIVE_ALTS += [
    r"\bke tu (?:dau|khi bat dau|luc bat dau) (?:cuoc |cac )?(?:chien tranh|chien su|chien|xung dot|xam luoc|tan cong)",
    r"\bke tu khi (?:cuoc )?(?:chien tranh|chien su|xung dot|xam luoc) (?:bat dau|bung no|no ra)",
    r"\bke tu khi (?:nga|israel|hamas) (?:bat dau|phat dong)",
    r"\bke tu (?:ngay )?\d{1,2}/\d{1,2}\b",
    r"\bke tu thang \d{1,2}\b",
    r"\b(?:tinh den|cho den) nay\b",
]
# Swedish (folded): "sedan krigets början", "sedan kriget bröt ut", "sedan den fullskaliga invasionen", "sedan den
# 7 oktober", "sedan februari 2022"
_SV_MONTH_RE = r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b"
_CUMULATIVE_ALTS += [
    r"\bsedan (?:krigets|invasionens|konfliktens|stridernas) (?:borjan|start|utbrott)",
    r"\bsedan (?:kriget|striderna|konflikten|invasionen) (?:brot ut|borjade|inleddes|startade)",
    r"\bsedan (?:den )?(?:fullskaliga |ryska |storskaliga )?(?:invasionen|krigsutbrottet)\b",
    r"\bsedan (?:den )?(?:\d{1,2} )?" + _SV_MONTH_RE,
]
# Danish and Norwegian (folded: ø å read o a, æ kept): "siden krigens begyndelse", "siden krigens start", "siden
# krigen brød ud", "siden krigen startet", "siden den fuldskala invasion", "siden invasjonen", "siden 7. oktober"
_DA_MONTH_RE = r"(?:januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|desember)\b"
_CUMULATIVE_ALTS += [
    r"\bsiden (?:krigens|invasionens|invasjonens|konfliktens|kampenes|kampenes) (?:begyndelse|start|begynnelse|udbrud|utbrudd)",
    r"\bsiden (?:krigen|kampene|konflikten|invasionen|invasjonen) (?:brod ud|brot ut|begyndte|begynte|startede|startet|indledtes)",
    r"\bsiden (?:den )?(?:fuldskala |fullskala |russiske |storstilede )?(?:invasion|invasionen|invasjonen|krigsudbruddet|krigsutbruddet|fullskalainvasjonen)\b",
    r"\bsiden (?:den )?(?:\d{1,2}\.? )?" + _DA_MONTH_RE,
]
# Tagalog (folded): "mula noong Oktubre 7", "mula Oktubre 7", "mula nang magsimula ang digmaan", "mula nang sumiklab ang
# giyera", "mula sa simula ng full-scale invasion", "mula nang magsimula ang full-scale invasion noong 2022"
_CUMULATIVE_ALTS += [
    r"\bmula (?:noong |pa noong )?(?:oktubre|okt) 7\b",
    r"\bmula (?:noong |pa noong )?7 (?:ng )?oktubre\b",
    r"\bmula nang (?:magsimula|sumiklab|mag umpisa|umpisahan|ilunsad) ang (?:digmaan|giyera|gera|labanan|pananakop|"
    r"full.scale invasion|invasion|pagsalakay|opensiba|bakbakan|kaguluhan)",
    r"\bmula (?:sa )?(?:simula|pagsisimula|umpisa) ng (?:digmaan|giyera|gera|labanan|pananakop|full.scale invasion|invasion)",
]
# Belarusian (folded, ў kept): "з пачатку вайны", "з пачатку поўнамаштабнага ўварвання", "з 24 лютага", "з 7
# кастрычніка", "з пачатку года", "за ўвесь час вайны"
_CUMULATIVE_ALTS += [
    r"\b(?:з|ад) пачатку (?:поўнамаштабнага |поўнамаштабнай |расійскага |расейскага )?(?:вайны|ўварвання|уварвання|агрэсіі|канфлікту|баявых)",
    r"\b(?:з|ад) пачатку (?:года|гэтага года)",
    r"\bз (?:\d{1,2} )?(?:студзеня|лютага|сакавіка|красавіка|мая|чэрвеня|ліпеня|жніўня|верасня|кастрычніка|лістапада|снежня)\b",
    r"\bза (?:ўвесь|увесь) час (?:вайны|баявых)",
]
# Georgian (Mkhedruli, which the fold leaves as written): "ომის დაწყებიდან" (since the war began), "შეჭრის
# დაწყებიდან", "7 ოქტომბრიდან" (since October 7), "24 თებერვლიდან", "წლის დასაწყისიდან", "ჯამში" (in all),
# "დღემდე" (to date)
_CUMULATIVE_ALTS += [
    # (one literal each: _is_cumulative tries an alternative only where its literal stands)
    r"დაწყებიდან",
    r"დასაწყისიდან",
    r"\d{1,2} ოქტომბრიდან",
    r"\d{1,2} თებერვლიდან",
    r"ჯამში",
    r"დღემდე",
]
# Bengali (folded): "যুদ্ধ শুরুর পর থেকে" (since the war began), "আগ্রাসন শুরুর পর", "৭ অক্টোবরের পর থেকে", "২৪
# ফেব্রুয়ারির পর থেকে", "চলতি বছর এ পর্যন্ত"; "এখন পর্যন্ত" alone is one disaster's toll so far, no tally
_BN_MONTH_RE = fold("(?:জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)")
_CUMULATIVE_ALTS += [
    fold(r"শুরুর পর(?: থেকে)?"),
    fold(r"শুরু হওয়ার পর(?: থেকে)?"),
    r"\d{1,2} " + _BN_MONTH_RE + fold(r"(?:এর|ের|র) পর থেকে"),
    fold(r"চলতি বছর(?:ে)? (?:এ|এখন) পর্যন্ত"),
    fold(r"সব মিলিয়ে"),
]
# Lithuanian (folded): "nuo karo pradžios", "nuo plataus masto invazijos pradžios", "nuo spalio 7-osios", "nuo 2023 m.
# spalio 7 d."
_CUMULATIVE_ALTS += [
    r"\bnuo (?:\w+ ){0,3}(?:karo|invazijos|konflikto|puolimo|okupacijos|kovu) pradzios\b",
    r"\bnuo (?:\d{4} m\. )?(?:sausio|vasario|kovo|balandzio|geguzes|birzelio|liepos|rugpjucio|rugsejo|spalio|lapkricio|gruodzio) \d{1,2}\b",
    r"\bper visa kara\b",
]
# Latvian (folded): "kopš kara sākuma", "kopš pilna mēroga iebrukuma sākuma", "kopš 7. oktobra", "kopš 2023. gada
# 7. oktobra"
_CUMULATIVE_ALTS += [
    r"\bkops (?:\w+ ){0,3}(?:kara|iebrukuma|konflikta|okupacijas|uzbrukuma) sakuma\b",
    r"\bkops (?:\d{4}\. gada )?\d{1,2}\.? (?:janvara|februara|marta|aprila|maija|junija|julija|augusta|septembra|oktobra|novembra|decembra)\b",
    r"\bvisa kara laika\b",
]
# Hungarian (folded): "a háború kezdete óta", "a teljes körű invázió kezdete óta", "a háború 2023 áprilisi kitörése
# óta", "október 7. óta", "február 24-e óta"
_CUMULATIVE_ALTS += [
    r"\b(?:kezdete|kitorese|eleje|megkezdese|kirobbanasa|kezdetei) ota\b",
    r"\b(?:januar|februar|marcius|aprilis|majus|junius|julius|augusztus|szeptember|oktober|november|december) \d{1,2}(?:\.|-(?:e|a|i|je|ja)) ota\b",
    r"\b(?:invazio|haboru) ota\b",
]
# Swahili: "tangu vita vianze", "tangu kuanza kwa vita", "tangu Oktoba 7", "tangu uvamizi ... uanze"
_CUMULATIVE_ALTS += [
    r"\btangu (?:vita (?:vianze|vilipoanza|vilipozuka|kuanza)|kuanza kwa (?:vita|uvamizi|mapigano)|mwanzo wa vita)",
    r"\btangu (?:tarehe )?(?:oktoba 7|7 oktoba)\b",
    r"\btangu (?:uvamizi|mapigano) (?:uanze|yaanze|yalipoanza|ulipoanza)",
]
# Amharic (folded): "ጦርነቱ ከተጀመረበት ጊዜ አንስቶ", "ወረራ ከጀመረችበት ጊዜ አንስቶ", "ከጥቅምት 7 ጀምሮ", "ጦርነቱ ከተጀመረ ወዲህ"
_CUMULATIVE_ALTS += [
    r"(?:ከተጀመረ|ከጀመረ)\w* (?:ጊዜ )?(?:ጀምሮ|አንስቶ|ወዲህ)",
    r"ከጥቅምት \d{1,2} (?:ቀን )?(?:ጀምሮ|ወዲህ|አንስቶ)",
    r"ጦርነቱ ከተጀመረ",
]
# Somali: "tan iyo bilowgii dagaalka" (since the war's start), "tan iyo markii uu dagaalku bilaabmay", "tan iyo
# 7-dii Oktoobar", "tan iyo bilowgii sanadka" (since the year began), "tan iyo duullaankii"
_CUMULATIVE_ALTS += [
    r"\btan iyo (?:bilowgii|bilowga|bilaabashadii|horraantii|horaantii|markii|duullaankii|duullaanka|dagaalkii)\b",
    r"\btan iyo \d{1,2}(?: |-)?(?:dii |da |ka )?oktoobar\b",
]
# Armenian: "պատերազմի սկզբից ի վեր", "հոկտեմբերի 7-ից ի վեր", "2022 թվականի փետրվարից ի վեր" (since ...)
_CUMULATIVE_ALTS += [r"ից ի վեր", r"ընդհանուր առմամբ"]
# Azerbaijani (folded: ə kept, ı i, ş s, ğ g): "müharibənin əvvəlindən bəri" (since the war's start), "işğalın
# başlanğıcından bəri", "oktyabrın 7-dən bəri" (since October 7), "2020-ci ildən bəri", "ilin əvvəlindən bəri"
_CUMULATIVE_ALTS += [
    r"\b(?:əvvəlindən|baslangicindan|baslamasindan|basladigi gundən|basladigi vaxtdan|ildən) bəri\b",
    # (endings may be blanked in the Doc the enricher reads: "oktyabrın 7-dən" is "oktyabr   7    ")
    r"\b(?:yanvar|fevral|mart|aprel|may|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)\w* +\d{1,2}(?:-(?:dən|dan|ndən|ndan))? +bəri\b",
]
# Finnish (folded): "sodan alusta lähtien", "täysimittaisen hyökkäyksen alusta", "sodan syttymisestä lähtien", "7.
# lokakuuta lähtien", "helmikuusta 2022 lähtien"
_CUMULATIVE_ALTS += [
    r"\b(?:sodan|hyokkayksen|invaasion|konfliktin|taistelujen|sotatoimien) (?:alusta|alettua|syttymisesta|alkamisesta)\b",
    # (the month's ending first: "kuu" is a literal the search finds fast, "7. lokakuuta lähtien")
    r"kuu(?:ta|sta)(?: \d{4})? lahtien\b",
]
# Estonian (folded): "sõja algusest saadik", "täiemahulise sissetungi algusest", "sõja puhkemisest", "alates 7.
# oktoobrist", "7. oktoobrist saadik"
# (each behind a literal start _needles finds: "st saadik" is "algusest saadik", "oktoobrist saadik", "aastast saadik")
_CUMULATIVE_ALTS += [
    r"st saadik\b",
    r"\bsoja (?:algusest|puhkemisest)\b",
    r"\bsissetungi algusest\b",
    r"\balates \d{1,2}\. \w+ist\b",
]
CUMULATIVE_RE = re.compile("|".join(_CUMULATIVE_ALTS))


def _needle(alt: str) -> str:
    """The literal text an alternative starts with ("" when it starts with a group): a sentence
    without it cannot match, and `in` finds that far faster than the regex engine."""
    body = re.sub(r"^(?:\\b|\(\?<!\\w\))", "", alt)
    k = next((n for n, c in enumerate(body) if c in "\\()[]?*+{|.^$"), len(body))
    if k < len(body) and body[k] in "?*{":
        k -= 1  # the last letter is optional
    return body[: max(k, 0)]


def _needles(alt: str) -> tuple[str, ...]:
    """Literal texts one of which a sentence must hold for the alternative to match: its literal start,
    or, where it starts with a group of plain alternatives ("(?:basindan|baslangicindan) ...", after a
    number: "\\d{1,2} (?:जनवरी|...)"), each alternative's own start; ("",) where none can be told."""
    body = re.sub(r"^(?:\\b|\(\?<!\\w\))", "", alt)
    body = re.sub(r"^\\d(?:\{\d+(?:,\d*)?\}|\+)? ?", "", body)  # a number first: what follows it is needed too
    m = re.match(r"\(\?:([^()]*)\)(?![?*{])", body)
    if m is None:
        return (_needle(body),)
    needles = tuple(_needle(branch) for branch in m.group(1).split("|"))
    return ("",) if "" in needles else needles


# The alternatives one by one, each behind its literal start: the same answer as
# CUMULATIVE_RE.search(...) is not None, without scanning every position for every branch.
_CUMULATIVE_PARTS = [(_needles(a), re.compile(a)) for a in _CUMULATIVE_ALTS]


def _by_first_letter(parts: list[tuple[tuple[str, ...], re.Pattern[str]]]) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """(needle, alternative) pairs under each needle's first character ("" for an alternative tried everywhere):
    a sentence holds few of the hundreds of first characters of forty-four languages' needles, so most
    needles are never looked for."""
    out: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for needles, rx in parts:
        for needle in needles:
            out.setdefault(needle[:1], []).append((needle, rx))
    return out


_CUMULATIVE_BY_FIRST = _by_first_letter(_CUMULATIVE_PARTS)
_CUMULATIVE_EVERYWHERE = _CUMULATIVE_BY_FIRST.pop("", [])


def _is_cumulative(sent: str) -> bool:
    for ch in set(sent).intersection(_CUMULATIVE_BY_FIRST):
        for needle, rx in _CUMULATIVE_BY_FIRST[ch]:
            if needle in sent and rx.search(sent):
                return True
    return any(rx.search(sent) for _, rx in _CUMULATIVE_EVERYWHERE)


# Explicit zeros (regex on folded text, killed?, injured?), as the gold set reads
# them: "no casualties", "nobody hurt", "постраждалих немає" are both; "no victims",
# "δεν υπάρχουν θύματα", "жертв нет", "no one was killed" the dead only; "no
# injuries", "δεν υπάρχουν τραυματίες" the injured only.
_GR_NONE = r"(?:δεν (?:υπαρχουν|υπηρξαν|αναφερθηκαν|αναφερονται|υπαρχει)|χωρισ) (?:αναφορεσ για |αναφορα για |πληροφοριεσ για |ενδειξεισ για )?(?:\w+ (?:η|και) )?"
_NO_CASUALTY = [
    (r"\b(?:no one|nobody) (?:was |were |has been |had been )?(?:killed|dead|died)", True, False),
    (r"\b(?:no one|nobody) (?:was |were |has been |had been )?(?:hurt|harmed)", True, True),
    (r"\b(?:no one|nobody) (?:was |were |has been |had been )?(?:injured|wounded)", False, True),
    (r"\b(?:no|without) (?:reports? of |immediate reports? of )?casualties", True, True),
    (
        r"\b(?:no|without) (?:reports? of |immediate reports? of )?(?:deaths|fatalities|dead|victims)",
        True,
        False,
    ),
    (r"\b(?:no|without) (?:reports? of |immediate reports? of )?(?:injuries|injured)", False, True),
    (_GR_NONE + r"απωλειεσ", True, True),
    (_GR_NONE + r"(?:θυματα|νεκρουσ|νεκροι|νεκρο)", True, False),
    (_GR_NONE + r"(?:τραυματιεσ|τραυματισμουσ|τραυματισμοι)", False, True),
    (r"без (?:жертв|загиблих|погибших)", True, False),
    (r"без (?:постраждалих|пострадавших)", True, True),
    (r"без (?:поранених|раненых)", False, True),
    (r"(?:загиблих|погибших|жертв) (?:немає|нема|нет)", True, False),
    (r"(?:постраждалих|пострадавших) (?:немає|нема|нет)", True, True),
    (r"(?:поранених|раненых) (?:немає|нема|нет)", False, True),
    (r"ніхто не (?:загинув|помер)", True, False),
    (r"ніхто не постраждав", True, True),
    (r"ніхто не (?:поранений|травмований)", False, True),
    (r"никто не (?:погиб|умер)", True, False),
    (r"никто не пострадал", True, True),
    (r"никто не ранен", False, True),
    # German: "Tote gab es keine", "keine Verletzten", "niemand wurde verletzt", "weder Tote noch Verletzte"
    (r"\bweder (?:tote|todesopfer) noch verletzte", True, True),
    (r"\b(?:keine|ohne) (?:tote|toten|todesopfer|opfer)\b", True, False),
    (r"\b(?:tote|todesopfer|opfer) (?:gab|gibt) es (?:keine|nicht)", True, False),
    (r"\b(?:keine|ohne) (?:verletzte|verletzten)\b", False, True),
    (r"\b(?:verletzte|verletzten) (?:gab|gibt) es (?:keine|nicht)", False, True),
    (r"\bniemand (?:wurde|ist) (?:getotet|gestorben)|getotet wurde niemand", True, False),
    (r"\bniemand (?:wurde|ist) verletzt|verletzt wurde niemand", False, True),
    (r"\b(?:no hubo|no hay|no se registraron|no se reportaron|sin|ni) (?:victimas|muertos|fallecidos) ni (?:heridos|lesionados)", True, True),
    (r"\b(?:no hubo|no hay|no se registraron|no se reportaron|sin) (?:victimas|muertos|fallecidos)", True, False),
    (r"\b(?:no hubo|no hay|no se registraron|no se reportaron|sin) (?:heridos|lesionados)", False, True),
    (r"\b(?:no hubo|no hay|no se registraron|no se reportaron|sin) danos personales", True, True),
    (r"\bnadie (?:resulto |fue |ha |)(?:muerto|murio|fallecio)", True, False),
    (r"\bnadie (?:resulto |fue |ha |)(?:herido|lesionado)", False, True),
    (r"\bningun (?:muerto|fallecido)", True, False),
    (r"\bningun (?:herido|lesionado)", False, True),
]
_NO_CASUALTY += [  # French: "aucune victime" and "pas de victimes" say no one was hurt either
    (r"\b(?:aucune|pas de|sans(?: faire de)?) victimes?\b", True, True),
    (r"\b(?:aucun|pas de|sans) (?:morts?|deces|tues?)\b", True, False),
    (r"\b(?:aucun|pas de|sans) (?:blesses?|blessures?)\b", False, True),
    (r"\bpersonne n'a ete (?:tue|touche)", True, False),
    (r"\bpersonne n'a ete blesse", False, True),
]
# Turkish (folded): "can kaybı yok", "ölen ya da yaralanan olmadı", "yaralanan olmadı", "kimse ölmedi"
_TR_NOT = r"\w* (?:yok|yoktu|yoktur|olmadi|yasanmadi|bildirilmedi|kaydedilmedi|bulunmuyor|meydana gelmedi)"
_NO_CASUALTY += [
    (
        r"\b(?:can kaybi|olen|olu|olum|hayatini kaybeden)\w* (?:ya da|veya|ve|ile) (?:yarali|yaralanan|yaralanma)"
        + _TR_NOT,
        True,
        True,
    ),
    (r"\b(?:can kaybi|olen|olu|olum|hayatini kaybeden)" + _TR_NOT, True, False),
    (r"\b(?:yarali|yaralanan|yaralanma)" + _TR_NOT, False, True),
    (r"\bkimse (?:olmedi|hayatini kaybetmedi)", True, False),
    (r"\bkimse yaralanmadi", False, True),
    (r"\bkimse zarar gormedi", True, True),
]
_NO_CASUALTY += [  # Italian: "nessuna vittima" and "non ci sono morti" the dead only, "nessun ferito" the injured
    (r"\bne (?:morti|vittime) ne feriti", True, True),
    (
        r"\bnon (?:ci sono|ci sono stati|ci sono state|si registrano|si segnalano|risultano) (?:vittime|morti) "
        r"(?:ne|o) feriti",
        True,
        True,
    ),
    (r"\b(?:nessun|senza) (?:danno|danni) (?:alle|a) persone", True, True),
    (r"\b(?:nessuna vittima|nessun morto|nessun decesso|senza (?:vittime|morti))\b", True, False),
    (r"\b(?:nessun ferito|senza feriti)\b", False, True),
    (
        r"\bnon (?:ci sono|ci sono stati|ci sono state|si registrano|si segnalano|risultano|sono stati segnalati|"
        r"sono stati registrati|si sono registrati|ci sarebbero) (?:vittime|morti)",
        True,
        False,
    ),
    (
        r"\bnon (?:ci sono|ci sono stati|si registrano|si segnalano|risultano|sono stati segnalati|"
        r"sono stati registrati|si sono registrati|ci sarebbero) feriti",
        False,
        True,
    ),
    (r"\bnessuno (?:e )?(?:rimasto |stato )?(?:ucciso|morto)", True, False),
    (r"\bnessuno (?:e )?(?:rimasto |stato )?ferito", False, True),
]
# Portuguese: "não houve vítimas" (the dead, as Spanish "no hubo víctimas"), "sem feridos", "ninguém ficou ferido",
# "não há registo de feridos", "sem danos pessoais" (both)
_PT_NONE = r"\b(?:nao houve|nao ha|nao se registaram|nao se registraram|nao foram registad[oa]s|nao foram registrad[oa]s|nao (?:fez|fizeram|causou|causaram|provocou|provocaram)|sem|nem|nenhum(?:a)?) (?:(?:registo|registro|relatos?|informac(?:ao|oes)|noticia) de )?"
_NO_CASUALTY += [
    (_PT_NONE + r"(?:vitimas|mortos|vitimas mortais) (?:nem|ou|e) (?:feridos|ferimentos)", True, True),
    (_PT_NONE + r"danos pessoais", True, True),
    (_PT_NONE + r"(?:vitimas mortais|vitimas|mortos|mortes|morto|vitima)\b", True, False),
    (_PT_NONE + r"(?:feridos|ferido|ferimentos)\b", False, True),
    (r"\bsem (?:causar|provocar|fazer) (?:vitimas|mortos)", True, False),
    (r"\bsem (?:causar|provocar|fazer) feridos", False, True),
    (r"\bninguem (?:morreu|foi morto|perdeu a vida)", True, False),
    (r"\bninguem (?:ficou ferido|foi ferido|se feriu|ficou ferida)", False, True),
    (r"\bninguem (?:ficou|saiu) (?:ferido|magoado)", False, True),
    (r"\b(?:mortos|vitimas) nao (?:houve|ha)", True, False),
    (r"\bferidos nao (?:houve|ha)", False, True),
]
# Polish: "nikt nie zginął", "nie ma ofiar ani rannych"; "ofiar" are the dead (as "жертв")
_PL_NONE = r"\b(?:nie ma|nie bylo|brak|bez|nie odnotowano|nie zgloszono) "
_NO_CASUALTY += [
    (_PL_NONE + r"(?:ofiar|zabitych|ofiar smiertelnych) (?:ani|i) (?:rannych|poszkodowanych)", True, True),
    (_PL_NONE + r"(?:ofiar smiertelnych|ofiar|zabitych)\b", True, False),
    (_PL_NONE + r"rannych\b", False, True),
    (_PL_NONE + r"poszkodowanych", True, True),
    (r"\bnikt nie (?:zginal|zmarl|stracil zycia)", True, False),
    (r"\bnikt nie (?:ucierpial|zostal poszkodowany|jest poszkodowany)", True, True),
    (r"\bnikt nie (?:zostal |jest )?(?:ranny|zraniony|odniosl obrazen)", False, True),
]
# Arabic (folded): "لا إصابات", "دون وقوع إصابات", "لم تسجل إصابات" say nobody was hurt (إصابات is the
# casualties of wire copy, both figures); "لا قتلى", "دون وقوع ضحايا" the dead only; "لا جرحى" the injured only.
_AR_NONE = (
    r"(?<!\w)(?:لا|دون|بدون|من دون|لم (?:تسجل|يسجل|تقع|يقع|ترد|يرد|يبلغ عن|تبلغ عن|يتم تسجيل|تكن هناك|يكن هناك)"
    r"|(?:لم|دون ان) (?:تسفر|يسفر|تؤد|يؤد)(?: \w+){0,2} (?:عن|الي)) (?:وقوع |تسجيل |سقوط |انباء عن |اي |ايه |عن )*"
)
_NO_CASUALTY += [
    (
        _AR_NONE
        + r"(?:اصابات|اصابه|خسائر بشريه|اصابات بشريه|ضحايا او اصابات|قتلي او جرحي|قتلي ولا جرحي|اصابات او وفيات)",
        True,
        True,
    ),
    (_AR_NONE + r"(?:قتلي|قتيل|ضحايا|وفيات|خسائر في الارواح)", True, False),
    (_AR_NONE + r"(?:جرحي|جريح|مصابين)", False, True),
    (r"لم يصب احد|لم يصب اي شخص|لم يتعرض احد", True, True),
    (r"لم يقتل احد|لم يمت احد", True, False),
]
_NO_CASUALTY += [  # Dutch: "geen doden of gewonden", "er vielen geen slachtoffers", "gewonden vielen er niet"
    (r"\bgeen (?:doden|dodelijke slachtoffers) (?:of|en|noch) (?:gewonden|gewonde)", True, True),
    (r"\bgeen (?:slachtoffers|(?:menselijke )?slachtoffers te betreuren)\b", True, True),
    (r"\bniemand (?:raakte |is |werd )?(?:gewond|verwond)", False, True),
    (r"\bniemand (?:kwam om|is omgekomen|werd gedood|kwam om het leven)", True, False),
    (r"\bgeen (?:doden|dode|dodelijke slachtoffers)\b", True, False),
    (r"\bgeen (?:gewonden|gewonde)\b", False, True),
    (r"\b(?:doden|dodelijke slachtoffers) (?:vielen|waren|zijn) er niet", True, False),
    (r"\bgewonden (?:vielen|waren|zijn) er niet", False, True),
]
# Hebrew: "אין נפגעים", "לא היו נפגעים", "ללא נפגעים (בנפש)", "לא דווח על נפגעים", "איש לא נפגע" say nobody
# was hurt (נפגעים are the casualties of wire copy, both figures); "אין הרוגים", "איש לא נהרג" the dead only;
# "אין פצועים", "איש לא נפצע" the injured only.
_HE_NONE = (
    r"(?:אין|ללא|בלי|לא היו|לא היה|לא נרשמו|לא נגרמו|לא דווח על|לא דווחו|לא מדווח על|אין דיווח על|אין דיווחים על)"
    r" (?:כל |כלל |שום )?"
)
_HE_NOBODY = r"(?:איש|אף אחד|אף אדם)(?: \w+){0,2} לא "
_NO_CASUALTY += [
    (_HE_NONE + r"(?:נפגעים|נפגעות|נפגעים בנפש|פגיעות בנפש|הרוגים או פצועים|הרוגים ופצועים|נזק לגוף)", True, True),
    (_HE_NONE + r"(?:הרוגים|חללים|קורבנות בנפש|אבדות בנפש)", True, False),
    (_HE_NONE + r"(?:פצועים)", False, True),
    (_HE_NOBODY + r"(?:נפגע|נפגעה|נפגעו|נפגעו באירוע)", True, True),
    (_HE_NOBODY + r"(?:נהרג|נהרגה|נהרגו|נספה|מת)", True, False),
    (_HE_NOBODY + r"(?:נפצע|נפצעה|נפצעו)", False, True),
]
# Persian (folded): "تلفاتی نداشت", "بدون تلفات", "تلفاتی گزارش نشده" say nobody was hurt (تلفات are the
# casualties, both figures); "کسی/هیچ‌کس کشته نشد" the dead only; "کسی زخمی نشد", "مصدومی نداشت" the injured only.
_FA_NOBODY = fold(r"(?:کسی|هیچ'?کس|هیچ کس|هیچ فردی|فردی)(?: \w+){0,2} ")  # ' : a ZWNJ, as the text folds it
_NO_CASUALTY += [
    (fold(r"تلفاتی (?:\w+ ){0,2}(?:نداشت|نداشته|در پی نداشت|به همراه نداشت|گزارش نشد|گزارش نشده|بر جای نگذاشت)"), True, True),
    (fold(r"(?:بدون|فاقد) (?:هیچ )?(?:تلفات|تلفاتی|خسارت جانی)|تلفات جانی نداشت|خسارت جانی نداشت|آسیبی به کسی نرسید"), True, True),
    (_FA_NOBODY + fold(r"(?:آسیب ندید|آسیبی ندید|صدمه ندید)"), True, True),
    (_FA_NOBODY + fold(r"(?:کشته نشد|جان نباخت|جان خود را از دست نداد)"), True, False),
    (fold(r"(?:کشته'?ای|کشته ای) (?:نداشت|گزارش نشده|در پی نداشت)"), True, False),
    (_FA_NOBODY + fold(r"(?:زخمی نشد|مجروح نشد|مصدوم نشد)"), False, True),
    (fold(r"(?:زخمی|مجروح|مصدوم)(?:ی| ای|'?ای)? (?:نداشت|گزارش نشده|در پی نداشت)"), False, True),
]
# Hindi: "कोई हताहत नहीं", "किसी के हताहत होने की खबर नहीं", "कोई जनहानि नहीं" say nobody was hurt (हताहत are
# the casualties, both figures); "किसी की मौत नहीं" the dead only; "कोई घायल नहीं" the injured only.
_NO_CASUALTY += [
    ("(?:कोई|किसी के) (?:हताहत|जनहानि|जानमाल)", True, True),
    ("हताहत होने की (?:कोई )?(?:खबर|सूचना|जानकारी) नहीं", True, True),
    ("(?:कोई|किसी की) (?:मौत|जान) नहीं", True, False),
    ("(?:कोई|किसी को) (?:घायल|चोट) नहीं", False, True),
]
# Urdu: "کوئی جانی نقصان نہیں ہوا", "کسی جانی یا مالی نقصان کی اطلاع نہیں" say nobody was hurt (جانی نقصان, loss of
# life, covers both figures); "کوئی ہلاکت نہیں", "ہلاکتوں کی کوئی اطلاع نہیں" the dead only; "کوئی زخمی نہیں" the
# injured only. "کوئی نقصان نہیں" alone is damage, not people.
_NO_CASUALTY += [
    ("(?:کوئی|کسی|کسی قسم کا|کسی قسم کے) جانی (?:یا مالی )?نقصان", True, True),
    ("جانی (?:یا مالی )?نقصان (?:نہیں|کی (?:کوئی )?(?:اطلاع|خبر) نہیں)", True, True),
    ("(?:کوئی|کسی کی) (?:ہلاکت|موت) نہیں", True, False),
    ("(?:ہلاکتوں|ہلاکت|کسی کی ہلاکت|کسی کے جاں بحق ہونے) کی (?:کوئی )?(?:اطلاع|خبر) نہیں", True, False),
    ("کوئی (?:شخص |فرد )?(?:ہلاک|جاں بحق) نہیں", True, False),
    ("(?:کوئی|کسی کے)(?: اور)? (?:شخص |فرد )?زخمی (?:نہیں|ہونے کی (?:کوئی )?(?:اطلاع|خبر) نہیں)", False, True),
]
# Pashto: "مرګ ژوبله نه ده اوښتې", "ځاني زیان نه دی اوښتی", "تلفات نه دي اوښتي" say nobody was hurt (مرګ ژوبله,
# death and injury, covers both figures); "هېڅوک ټپي شوی نه دی" the injured only; "هېڅوک نه دی وژل شوی" the dead only.
_NO_CASUALTY += [
    ("(?:مرګ ژوبله|ځاني زیان|ځاني تلفات|تلفات|کومه مرګ ژوبله|کوم ځاني زیان) (?:نه (?:ده|دی|دي)|نشته)", True, True),
    ("(?:هېڅوک|هیڅوک|څوک) (?:ټپي|ژوبل) (?:شوی |شوي )?نه (?:دی|دي)", False, True),
    ("(?:هېڅوک|هیڅوک|څوک) نه (?:دی|دي) (?:وژل|مړ) ", True, False),
    ("(?:هېڅوک|هیڅوک|څوک) (?:وژل|مړ) (?:شوی |شوي )?نه (?:دی|دي)", True, False),
]
# Bengali: "কেউ হতাহত হয়নি", "হতাহতের খবর পাওয়া যায়নি", "কোনো হতাহত হয়নি" say nobody was hurt (হতাহত are the
# casualties, both figures); "কেউ নিহত হয়নি", "কেউ মারা যায়নি" the dead only; "কেউ আহত হননি" the injured only.
BN_ZERO_CUES = frozenset(fold(w).replace("'", "") for w in ("হতাহত", "হতাহতের"))
_NO_CASUALTY += [
    ("কেউ (?:হতাহত|হতাহতের শিকার) (?:হয়নি|হননি|হয় নি)", True, True),
    ("(?:কোনো|কোন) (?:হতাহত|হতাহতের ঘটনা|প্রাণহানি(?: বা আহত)?) (?:হয়নি|ঘটেনি|নেই)", True, True),
    ("হতাহতের (?:কোনো |কোন )?(?:খবর|তথ্য|ঘটনা) (?:পাওয়া যায়নি|নেই|ঘটেনি)", True, True),
    ("কেউ (?:নিহত (?:হয়নি|হননি)|মারা (?:যায়নি|যাননি))", True, False),
    ("(?:কোনো|কোন) প্রাণহানি(?:র খবর)? (?:হয়নি|ঘটেনি|নেই|পাওয়া যায়নি)", True, False),
    ("কেউ আহত (?:হয়নি|হননি|হয় নি)", False, True),
]
_NO_CASUALTY += [  # Indonesian: "tidak ada korban jiwa" (no dead), "tidak ada korban" (none), "nihil korban"
    (r"\b(?:tidak|tak|belum) ada (?:laporan )?korban jiwa\b", True, False),
    (r"\bnihil korban jiwa\b", True, False),
    (r"\b(?:tidak|tak|belum) ada (?:laporan )?korban(?! jiwa)\b", True, True),
    (r"\bnihil korban(?! jiwa)\b", True, True),
    (r"\b(?:tidak|tak) ada korban (?:jiwa|tewas) (?:maupun|atau|ataupun|dan) (?:korban )?(?:luka|terluka)", True, True),
    (r"\b(?:tidak|tak) ada (?:yang|korban yang) (?:terluka|luka|cedera)", False, True),
    (r"\b(?:tidak|tak) ada (?:yang|korban yang) (?:tewas|meninggal)", True, False),
    (r"\btidak seorang pun (?:tewas|meninggal)", True, False),
    (r"\btidak seorang pun (?:terluka|luka|cedera)", False, True),
]
# Serbian, Croatian and Bosnian (diacritics kept here, folded in both scripts below): "nema poginulih", "nema
# žrtava" and "nije bilo žrtava" (no dead, as "жертв нет"), "nema povređenih", "povređenih nema", "nema poginulih ni
# povređenih", "niko nije poginuo", "nitko nije poginuo ni ozlijeđen", "bez žrtava"
_SR_NONE = r"\b(?:nema|nije bilo|nisu zabeleženi|nisu zabilježeni|bez) "
_SR_DEAD = r"(?:poginulih|mrtvih|žrtava|ljudskih žrtava|smrtno stradalih)"
_SR_HURT = r"(?:povređenih|povrijeđenih|ranjenih|ozlijeđenih|ozleđenih)"
_SR_NO_CASUALTY = [
    (_SR_NONE + _SR_DEAD + r" (?:ni|i|niti) " + _SR_HURT, True, True),
    (_SR_NONE + r"(?:nastradalih|stradalih|povređenih ni poginulih)", True, True),
    (_SR_NONE + _SR_DEAD, True, False),
    (_SR_NONE + _SR_HURT, False, True),
    (_SR_DEAD + r" (?:nema|nije bilo)\b", True, False),
    (_SR_HURT + r" (?:nema|nije bilo)\b", False, True),
    (r"\b(?:niko|nitko|nijedna osoba) (?:nije|ni) (?:poginuo|stradao|ubijen)(?: ni| niti| i)? (?:povređen|"
     r"povrijeđen|ozlijeđen|ranjen)", True, True),
    (r"\b(?:niko|nitko|nijedna osoba) (?:nije|ni) (?:poginuo|stradao|ubijen|nastradao)", True, False),
    (r"\b(?:niko|nitko|nijedna osoba) (?:nije|ni) (?:povređen|povrijeđen|ozlijeđen|ranjen)", False, True),
]
_NO_CASUALTY += _SR_NO_CASUALTY
_NO_CASUALTY += [(c, k, j) for p, k, j in _SR_NO_CASUALTY if (c := sr_cyrillic(p)) is not None]
# Romanian: "nu s-au înregistrat victime", "fără victime", "nicio victimă" (victime counts the injured too: none),
# "nu au fost morți" the dead, "nimeni nu a fost rănit", "niciun rănit" the injured
_RO_NONE = (
    r"\bnu (?:au fost|a fost|s-?au (?:inregistrat|semnalat|raportat)|s-?a (?:inregistrat|semnalat)|exista|sunt|"
    r"se inregistreaza|au fost (?:semnalate|raportate|inregistrate|semnalati|raportati|inregistrati)) "
)
_NO_CASUALTY += [
    (_RO_NONE + r"(?:pagube (?:materiale )?(?:sau|si|ori) )?victime", True, True),
    (_RO_NONE + r"(?:morti|decese|victime) (?:sau|si|ori) raniti", True, True),
    (_RO_NONE + r"(?:morti|decese)\b(?! (?:sau|si|ori) raniti)", True, False),
    (_RO_NONE + r"raniti", False, True),
    (r"\b(?:fara|nicio) victim[ae]\b", True, True),
    (r"\b(?:niciun mort|fara morti)\b", True, False),
    (r"\b(?:niciun ranit|fara raniti)\b", False, True),
    (r"\bnimeni nu (?:a|au) (?:murit|fost ucis)", True, False),
    (r"\bnimeni nu (?:a|au) fost ranit", False, True),
]
_NO_CASUALTY += [  # Bulgarian: "няма загинали" (no dead), "няма пострадали" and "без жертви" ... (none)
    (r"\b(?:няма|нямаше|не са регистрирани|не са съобщени) (?:загинали|жертви|убити)", True, False),
    (r"\b(?:загинали|жертви) (?:няма|нямаше)\b", True, False),
    (r"\b(?:няма|нямаше|не са регистрирани) (?:пострадали|пострадал|данни за пострадали)", True, True),
    (r"\bпострадали (?:няма|нямаше)\b", True, True),
    (r"\bбез (?:пострадали|жертви и ранени)", True, True),
    (r"\b(?:няма|нямаше) ранени", False, True),
    (r"\bранени (?:няма|нямаше)\b", False, True),
    (r"\bникой не (?:е )?(?:загина|загинал|е убит)", True, False),
    (r"\bникой не (?:е )?(?:пострада|пострадал|ранен)", True, True),
]
# Czech and Slovak (folded): "nikdo nezemřel", "nikdo nebyl zraněn", "nikto nebol zranený", "bez obětí" (the
# dead, as "жертв нет"), "bez obětí a zraněných", "žádní zranění"
_NO_CASUALTY += [
    (r"\bbez (?:obeti|obete|mrtvych|mrtvych) (?:a|ani|i|alebo) (?:zranenych|zraneni|zranenia)", True, True),
    (r"\bbez (?:obeti|obete|mrtvych)\b", True, False),
    (r"\bbez (?:zranenych|zraneni|zranenia)\b", False, True),
    (r"\bnik(?:do|to) (?:nezemrel|nezahynul|nezomrel|neprisiel o zivot|neprisel o zivot|nebyl zabit|nebol zabity)", True, False),
    (r"\bnik(?:do|to) (?:nebyl |nebol |neni |nie je )?(?:vazne |lehce |lahko )?(?:zranen|zraneny|zranena)\b", False, True),
    (r"\b(?:zadne|ziadne) (?:obeti|obete)\b", True, False),
    (r"\b(?:zadni|ziadni|zadne|ziadne) (?:zraneni|zranenia|zraneny)\b", False, True),
]
# Vietnamese (folded): "không có thương vong", "không gây thương vong", "không có thiệt hại về người" (none);
# "không có ai bị thương", "không ai bị thương" (the injured); "không có ai thiệt mạng", "không có người chết" (the dead)
_VI_NONE = r"\b(?:khong|chua) (?:co |ghi nhan |gay |de lai )?(?:(?:ai|nguoi nao|nguoi) )?"
_NO_CASUALTY += [
    (_VI_NONE + r"(?:thuong vong|thiet hai ve nguoi)", True, True),
    (_VI_NONE + r"(?:bi thuong)", False, True),
    (_VI_NONE + r"(?:thiet mang|tu vong|chet|thiet mang hay bi thuong)", True, False),
    (_VI_NONE + r"(?:thiet mang|tu vong|chet) (?:hay|hoac|va|hoac bi|hay bi) (?:bi )?thuong", True, True),
]
# Swedish (folded): "inga döda eller skadade", "inga personskador", "ingen kom till skada" (none); "ingen dödades",
# "inga dödsoffer" (the dead); "inga personer har skadats", "ingen skadades", "inga skadade" (the injured)
_SV_NONE = r"\b(?:inga|ingen) (?:personer |manniskor |civila )?(?:har |hade |ska ha )?(?:rapporteras |rapporterades )?"
_NO_CASUALTY += [
    (_SV_NONE + r"(?:doda|dodsoffer|omkomna) (?:eller|och) (?:skadade|sarade)", True, True),
    (r"\b(?:inga|ingen) (?:personskador|kom till skada|har kommit till skada|skadades eller dodades)", True, True),
    (_SV_NONE + r"(?:dodades|dodats|omkom|dog|doda|dodsoffer|omkomna)\b(?! (?:eller|och) (?:skadade|sarade))", True, False),
    (_SV_NONE + r"(?:skadades|skadats|skadade|sarades|sarade|skadad)\b", False, True),
]
# Danish and Norwegian (folded): "ingen dræbte eller sårede", "ingen kom til skade" (none); "ingen blev dræbt", "ingen
# ble drept", "ingen omkom" (the dead); "ingen ble skadet", "ingen personer blev såret", "ingen sårede" (the injured)
_DA_NONE = r"\b(?:ingen|ingen personer|ingen mennesker|ingen civile|ingen sivile) (?:er |blev |ble |har |var |skal |blevet |blitt |er blevet |er blitt |har vært )*(?:meldt |rapporteret |rapportert )?"
_NO_CASUALTY += [
    (_DA_NONE + r"(?:dræbte|dode|drepte|dodsofre|omkomne) (?:eller|og) (?:sarede|skadede|sarade|kvæstede)", True, True),
    (r"\bingen (?:kom til skade|personskader|er kommet til skade|tilskadekomne)", True, True),
    (_DA_NONE + r"(?:dræbt|dræbte|drept|drepte|omkom|omkommet|dode|dod|dodsofre|omkomne)\b(?! (?:eller|og) (?:sarede|skadede))", True, False),
    (_DA_NONE + r"(?:saret|sarede|skadet|skadede|skadd|kvæstet|kvæstede)\b", False, True),
]
# Tagalog (folded): "walang nasawi o nasugatan", "walang nasaktan", "walang casualty" (none); "walang nasawi",
# "walang namatay", "walang naiulat na nasawi" (the dead); "walang nasugatan" (the injured)
_TL_NONE = r"\b(?:walang|wala pang|wala ring|wala namang) (?:naiulat na |naitalang |iniulat na |kumpirmadong )?"
_NO_CASUALTY += [
    (_TL_NONE + r"(?:nasawi|namatay|patay|napatay) (?:o|at|ni) (?:nasugatan|sugatan|nasaktan)", True, True),
    (_TL_NONE + r"(?:nasaktan|casualty|casualties)\b", True, True),
    (_TL_NONE + r"(?:nasawi|namatay|patay|napatay|nalunod)\b(?! (?:o|at|ni) (?:nasugatan|sugatan|nasaktan))", True, False),
    (_TL_NONE + r"(?:nasugatan|sugatan)\b", False, True),
]
# Belarusian (folded, ў kept): "загінулых няма" (the dead), "пацярпелых няма" and "ніхто не пацярпеў" (none),
# "параненых няма" (the injured), "без ахвяр" the dead, as "жертв нет"
_BE_NONE = r"(?:няма|не было|не зафіксавана|не выяўлена)"
_NO_CASUALTY += [
    (r"\b(?:загінулых|загіблых|забітых|ахвяр) " + _BE_NONE, True, False),
    (r"\b(?:пацярпелых|пацярпеўшых) " + _BE_NONE, True, True),
    (r"\bпараненых " + _BE_NONE, False, True),
    (r"\b" + _BE_NONE + r" (?:загінулых|загіблых|ахвяр)", True, False),
    (r"\b" + _BE_NONE + r" (?:пацярпелых|пацярпеўшых)", True, True),
    (r"\b" + _BE_NONE + r" параненых", False, True),
    (r"\bбез (?:ахвяр|загінулых|загіблых)", True, False),
    (r"\bбез (?:пацярпелых|ахвяр і параненых|загінулых і параненых)", True, True),
    (r"\bбез параненых", False, True),
    (r"\bніхто не (?:загінуў|памёр|быў забіты)", True, False),
    (r"\bніхто не (?:пацярпеў|пацярпелі)", True, True),
    (r"\bніхто не (?:быў )?(?:паранены|паранены|траўмаваны)", False, True),
]
# Georgian: "დაღუპული და დაშავებული არ არის" (none), "მსხვერპლი არ არის", "ადამიანური მსხვერპლი არ ყოფილა" (the
# dead: Georgian 'victims' are the dead, as Russian 'жертвы'), "არავინ დაშავებულა", "დაშავებული არ არის" (the hurt)
_KA_DEAD = r"(?:დაღუპულ|მსხვერპლ|გარდაცვლილ|მოკლულ)\w*"
_KA_HURT = r"(?:დაშავებულ|დაჭრილ)\w*"
_KA_NOT = r"(?:არ (?:არის|არიან|ყოფილა|დაფიქსირებულა|ფიქსირდება)|არ გვყავს)"
_NO_CASUALTY += [  # (led by Georgian letters, no \b: the search skips other languages' text fast)
    (_KA_DEAD + r" (?:და|ან) " + _KA_HURT + " " + _KA_NOT, True, True),
    (_KA_DEAD + " " + _KA_NOT, True, False),
    (_KA_HURT + " " + _KA_NOT, False, True),
    (r"არავინ (?:დაღუპულა|მომკვდარა|დაიღუპა)", True, False),
    (r"არავინ (?:დაშავებულა|დაჭრილა|დაშავდა)", False, True),
    (r"არავინ დაღუპულა (?:და|ან) არც (?:დაშავებულა|დაჭრილა)", True, True),
    (r"მსხვერპლისა და დაშავებულების? გარეშე", True, True),
]
# Lithuanian (folded): "niekas nenukentėjo" (both), "niekas nežuvo" (the dead), "niekas nebuvo sužeistas", "sužeistų
# nebuvo", "sužeistųjų nėra" (the injured), "aukų nėra", "žuvusiųjų nėra" (the dead), "nukentėjusiųjų nėra" (both)
_LT_NOT = r"(?:nera|nebuvo|neuzfiksuota|nepranesta)"
_NO_CASUALTY += [
    (r"\bniekas (?:nenukentejo|nebuvo suzeistas ir nezuvo)", True, True),
    (r"\bniekas nezuvo", True, False),
    (r"\bniekas nebuvo (?:suzeistas|suzeista|suzalotas)|\bniekas nesusizeide", False, True),
    (r"\b(?:nukentejusiu(?:ju)?|zuvusiu(?:ju)? (?:ir|ar) suzeistu(?:ju)?) " + _LT_NOT, True, True),
    (r"\b" + _LT_NOT + r" (?:nukentejusiu(?:ju)?|(?:nei )?zuvusiu(?:ju)?,? (?:nei|ir|ar) suzeistu(?:ju)?)", True, True),
    (r"\b(?:auku|zuvusiu(?:ju)?|mirusiu(?:ju)?) " + _LT_NOT + r"|\b" + _LT_NOT + r" (?:auku|zuvusiu(?:ju)?)\b|\bbe auku", True, False),
    (r"\b(?:suzeistu(?:ju)?|suzalotu(?:ju)?) " + _LT_NOT + r"|\b" + _LT_NOT + r" (?:suzeistu(?:ju)?|suzalotu(?:ju)?)\b", False, True),
]
# Hungarian (folded): "senki sem sérült meg" (the injured), "senki sem halt meg" (the dead), "nincs halálos áldozata
# és sérültje", "nincsenek sérültek", "halálos áldozat nincs", "nem volt halálos áldozat", "nem követelt áldozatot"
# Latvian (folded): "neviens nav cietis", "neviens necieta", "cietušo nav" (both), "bojāgājušo nav", "neviens nav gājis
# bojā" (the dead), "ievainoto nav", "ievainoto nebija", "neviens netika ievainots" (the injured)
_LV_NOT = r"(?:nav|nebija|netika registreti?|nav zinots)"
_NO_CASUALTY += [
    (r"\bneviens (?:nav cietis|necieta|nav ievainots un neviens nav gajis boja)|\bcietuso " + _LV_NOT + r"|\bnebija cietuso", True, True),
    (r"\bneviens (?:nav gajis|negaja) boja|\b(?:bojagajuso|miruso|upuru) " + _LV_NOT + r"|\bbez (?:cilveku )?upuriem", True, False),
    (r"\bneviens (?:netika|nav) (?:ievainots|savainots)|\b(?:ievainoto|savainoto) " + _LV_NOT + r"|\b" + _LV_NOT + r" (?:ievainoto|savainoto)\b", False, True),
]
_HU_NOT = r"(?:nincs(?:enek)?|nem (?:volt|voltak|érkezett|történt)|nem követelt)"
_NO_CASUALTY += [
    (r"\bsenki (?:sem|nem) (?:halt meg|vesztette életét|hunyt el)", True, False),
    (r"\bsenki (?:sem|nem) (?:sérült meg|sebesült meg|sérült|sebesült)", False, True),
    (r"\bsenki (?:sem|nem) (?:sérült|sebesült) meg,? (?:és )?(?:senki (?:sem|nem) )?halt meg", True, True),
    (r"\b" + _HU_NOT + r" (?:halálos )?(?:áldozat\w*|halott\w*|halálos áldozat\w*) (?:és|vagy|,) (?:sérült\w*|sebesült\w*)", True, True),
    (r"\b" + _HU_NOT + r" (?:halálos )?(?:áldozat\w*|halott\w*)\b(?! (?:és|vagy) (?:sérült|sebesült))", True, False),
    (r"\b" + _HU_NOT + r" (?:sérült\w*|sebesült\w*|sérülés\w*)", False, True),
    (r"\b(?:halálos áldozat|halott)(?:ja|a)? nincs", True, False),
    (r"\b(?:sérült|sebesült)(?:je|ek)? nincs", False, True),
]
# Finnish (folded): "kukaan ei kuollut" (the dead), "kukaan ei loukkaantunut" (the injured), "kukaan ei kuollut eikä
# loukkaantunut" (both), "ei loukkaantuneita", "loukkaantuneita ei ole", "ei kuolonuhreja", "ei henkilövahinkoja"
_FI_DEAD = r"(?:kuollut|kuolleet|menehtynyt|saanut surmaansa|kuolleita|kuolonuhreja|uhreja)"
_FI_HURT = r"(?:loukkaantunut|loukkaantuneet|loukkaantuneita|haavoittunut|haavoittuneita)"
_NO_CASUALTY += [
    (r"\bkukaan ei (?:kuollut|menehtynyt|saanut surmaansa) (?:eika|tai|eika kukaan) (?:loukkaantunut|haavoittunut)", True, True),
    (r"\bei (?:ole )?(?:henkilovahinkoja|henkilovahingoilta)|\bhenkilovahingoilta valtyttiin|\bhenkilovahinkoja ei", True, True),
    (r"\bei (?:ole |ollut )?(?:kuolleita|kuolonuhreja) (?:eika|tai|ja) (?:loukkaantuneita|haavoittuneita)", True, True),
    (r"\bkukaan ei (?:kuollut|menehtynyt|saanut surmaansa)\b(?! (?:eika|tai) (?:loukkaantunut|haavoittunut))", True, False),
    (r"\bkukaan ei (?:loukkaantunut|haavoittunut)", False, True),
    (r"\bei (?:ole |ollut )?(?:kuolleita|kuolonuhreja)\b(?! (?:eika|tai|ja) (?:loukkaantuneita|haavoittuneita))", True, False),
    (r"\bei (?:ole |ollut )?(?:loukkaantuneita|haavoittuneita)", False, True),
    (r"\b(?:kuolleita|kuolonuhreja) ei (?:ole|ollut)\b", True, False),
    (r"\b(?:loukkaantuneita|haavoittuneita) ei (?:ole|ollut)\b", False, True),
]
# Swahili: "hakuna vifo wala majeruhi" (both), "hakuna aliyejeruhiwa" (the injured), "hakuna aliyeuawa", "hakuna
# vifo vilivyoripotiwa" (the dead), "bila majeruhi"
_SW_NONE = r"\b(?:hakuna|hakukuwa na|bila) (?:mtu )?"
_NO_CASUALTY += [
    (_SW_NONE + r"(?:vifo|aliyeuawa|aliyefariki|waliouawa) (?:wala|na|au) (?:majeruhi|aliyejeruhiwa)", True, True),
    (_SW_NONE + r"(?:vifo|aliyeuawa|aliyefariki|waliouawa|aliyepoteza maisha)\b(?! (?:wala|na|au) (?:majeruhi|aliyejeruhiwa))", True, False),
    (_SW_NONE + r"(?:majeruhi|aliyejeruhiwa|waliojeruhiwa)", False, True),
    (_SW_NONE + r"(?:madhara kwa watu|mtu aliyedhurika|aliyedhurika|majeruhi wala vifo)", True, True),
]
# Amharic (folded): "በሰው ላይ የደረሰ ጉዳት የለም" (no harm to people: both), "የሞተም ሆነ የቆሰለ ሰው የለም", "ምንም ሰው
# አልተጎዳም" (both), "የሞተ ሰው የለም", "ሰው አልሞተም" (the dead), "የቆሰለ ሰው የለም", "ሰው አልቆሰለም" (the injured)
_NO_CASUALTY += [
    (r"በሰው ላይ (?:የደረሰ )?(?:ምንም )?ጉዳት (?:የለም|አልደረሰም)|የሞተም ሆነ የቆሰለ (?:ሰው )?የለም|ሰው አልተጎዳም|ጉዳት የደረሰበት ሰው የለም", True, True),
    (r"የሞተ (?:ሰው )?የለም|ሰው አልሞተም|ሟች የለም", True, False),
    (r"የቆሰለ (?:ሰው )?የለም|ሰው አልቆሰለም|ቁስለኛ የለም", False, True),
]
# Somali: "cidna kuma dhiman" (no one died), "cidna kuma dhaawacmin" (no one was hurt), "qofna kuma dhiman", "wax
# khasaare ah ma jiro" and "lama hayo khasaare" (no losses: both), "khasaare nafeed ma jiro" (no loss of life: the dead)
_NO_CASUALTY += [
    (r"\b(?:cidna|qofna|cid|qof) (?:kuma|kama|ma|uma) (?:dhiman|dhimanin|geeriyoon)\b", True, False),
    (r"\b(?:cidna|qofna|cid|qof) (?:kuma|ma) (?:dhaawacmin|dhaawacmay|dhaawacmin)\b", False, True),
    (r"\bwax khasaare ah (?:ma jiro|ma jirin|lagama soo sheegin|lama soo sheegin|kama dhalan)|\blama(?:na)? hayo khasaare\b", True, True),
    (r"\bkhasaare nafeed (?:ma jiro|ma jirin|lagama soo sheegin|lama soo sheegin|kama dhalan)", True, False),
]
# Armenian: "տուժածներ չկան" (nobody hurt: both figures), "զոհեր չկան" (the dead), "վիրավորներ չկան" (the
# injured), "զոհեր և վիրավորներ չկան", "ոչ ոք չի տուժել", "ոչ ոք չի զոհվել"
_NO_CASUALTY += [
    (r"տուժած(?:ներ)? (?:չկան|չկա|չեն գրանցվել|չեն եղել)", True, True),
    (r"զոհեր (?:և|ու) վիրավորներ (?:չկան|չկա|չեն գրանցվել|չեն եղել)", True, True),
    (r"ոչ ոք չի (?:տուժել|տուժեց)", True, True),
    (r"զոհ(?:եր)? (?:չկան|չկա|չեն գրանցվել|չեն եղել)", True, False),
    (r"ոչ ոք չի (?:զոհվել|զոհվեց|մահացել|սպանվել)", True, False),
    (r"վիրավոր(?:ներ)? (?:չկան|չկա|չեն գրանցվել|չեն եղել)", False, True),
    (r"ոչ ոք չի (?:վիրավորվել|վիրավորվեց)", False, True),
]
# Azerbaijani (folded: "ölən" is "olən"): "ölən və yaralanan yoxdur" both, "tələfat yoxdur", "həlak olan yoxdur" the
# dead, "xəsarət alan yoxdur", "yaralanan yoxdur", "heç kim xəsarət almayıb" the injured
_AZ_NOT = r" (?:yoxdur|yox|olmayib|olmadi|qeydə alinmayib)"
_NO_CASUALTY += [
    (r"\b(?:olən|həlak olan|tələfat)\w* (?:və|ya da|yaxud) (?:yaralanan|yarali|xəsarət alan)" + _AZ_NOT, True, True),
    (r"\b(?:yaralanan|yarali|xəsarət alan)\w* (?:və|ya da|yaxud) (?:olən|həlak olan)" + _AZ_NOT, True, True),
    (r"\b(?:olən|həlak olan|insan tələfati|tələfat)" + _AZ_NOT, True, False),
    (r"\b(?:yaralanan|yarali|xəsarət alan)" + _AZ_NOT, False, True),
    (r"\bhec kim (?:həlak olmayib|olməyib)", True, False),
    (r"\bhec kim (?:xəsarət almayib|yaralanmayib)", False, True),
]
# Estonian (folded): "keegi ei hukkunud" (the dead), "keegi ei saanud vigastada" (the injured), "hukkunuid ega
# vigastatuid ei ole" (both), "vigastatuid ei ole", "hukkunuid pole", "inimohvreid ei olnud", "kannatanuid pole" (both)
_ET_NOT = r" (?:ei ole|ei olnud|pole|polnud)\b"
_NO_CASUALTY += [
    (r"\b(?:hukkunuid|surnuid|ohvreid) (?:ega|ja|ning) (?:vigastatuid|haavatuid)" + _ET_NOT, True, True),
    (r"\b(?:kannatanuid|kannatada saanuid)" + _ET_NOT + r"|\bkeegi ei saanud kannatada", True, True),
    (r"\b(?:hukkunuid|surnuid|inimohvreid|ohvreid)" + _ET_NOT, True, False),
    (r"\b(?:vigastatuid|haavatuid|vigastada saanuid)" + _ET_NOT, False, True),
    (r"\bkeegi ei (?:hukkunud|surnud|saanud surma)", True, False),
    (r"\bkeegi ei saanud (?:vigastada|viga|haavata|vigastusi)|\bkeegi viga ei saanud", False, True),
]
_NO_CASUALTY_RE = [(re.compile(fold(p)), k, j) for p, k, j in _NO_CASUALTY]

# (a French elided article, "d'enfants", "s'élève", is no part of the word after it)
# (Indian digit grouping, "1,03,898", lakhs and crores in pairs of digits, is one number too)
_FIG_TOKEN_IT_RE = re.compile(
    r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d.,]\d)|\d{1,2}(?:,\d\d)+,\d{3}(?![\d.,]\d)|\d+(?:[.,]\d+)?"
    rf"|(?<![^\W_])(?!{ELISION_RE})[^\W\d_]+(?:'+[^\W\d_]+)*|[,;:()«»“”\"%]"
)
# without the Italian elisions' longer look-ahead at every word, for the sentences that have none
_FIG_TOKEN_RE = re.compile(_FIG_TOKEN_IT_RE.pattern.replace(ELISION_RE, ELISION_FR_RE))
_IT_ELIDED_RE = re.compile(rf"(?<![^\W_]){ELISION_IT_RE}")

NUM, KILL, INJ, GROUP, FILL, INCL, AND_, PUNCT, OTHER, VAGUE_, LOSS, RISE, NEG = range(13)


# Verbs of a rising or stated toll: "the toll has passed 11,000", "число жертв превысило".
RISES = frozenset(
    map(
        fold,
        [
            "rises", "rose", "risen", "rising", "climbed", "climbs", "reached", "reaches", "passed", "passes",
            "exceeded", "exceeds", "surpassed", "surpasses", "topped", "tops", "increased", "jumped", "stands",
            "stood", "ανήλθε", "ανέρχεται", "αυξήθηκε", "αυξάνεται", "έφτασε", "φτάνει", "ανεβαίνει", "ανέβηκε",
            "ξεπέρασε",
            "ξεπέρασαν",
            "ανήλθαν",
            "έφτασαν",
            "αυξήθηκαν",
            # Greek articles before a number after such a verb ("ξεπέρασαν τους 2.000")
            "τους",
            "τις",
            "στους",
            "στις", "ξεπερνά", "ξεπερνούν", "ανεβάζει", "зросла", "зросло", "зріс", "сягнула", "сягнуло",
            "досягла", "досягло", "перевищила", "перевищило", "перевищує", "становить", "складає", "становлять",
            "возросло", "возросла", "выросло", "выросла", "достигло", "достигла", "превысило", "превысила",
            "превышает", "составляет", "составило", "составляют",
            # French: "le bilan s'élève à", "a atteint", "grièvement blessés", "retrouvés morts"
            "élève", "élevé", "atteint", "dépasse", "dépassé", "grimpe", "grimpé", "alourdit", "alourdi", "passé",
            "légèrement", "grièvement", "gravement", "mortellement", "retrouvé", "retrouvés", "retrouvée", "retrouvées",
            # how badly: "two people were lightly wounded", "σοβαρά τραυματισμένοι", "тяжело ранены"
            "lightly", "slightly", "seriously", "critically", "severely", "badly", "fatally", "mortally",
            "moderately", "ελαφρά", "ελαφρώς", "σοβαρά", "βαριά", "θανάσιμα", "легко", "тяжело", "тяжко",
            "серьезно", "серйозно", "важко", "смертельно",
            # "троє дістали поранення", "восемь получили ранения": the injury is the object
            "дістали", "дістав", "дістала", "отримали", "отримав", "отримала", "зазнали", "зазнав", "зазнала",
            "получили", "получил", "получила", "υπέστησαν",
            # "two people were found dead", "νεκρός εντοπίστηκε ένας"
            "found", "εντοπίστηκε", "εντοπίστηκαν", "βρέθηκε", "βρέθηκαν", "знайдено", "виявлено", "найден",
            "найдены", "найдено", "обнаружен", "обнаружены", "обнаружено",
            # German: "schwer verletzt", "wurden tot aufgefunden"
            "schwer", "leicht", "lebensgefahrlich", "todlich", "stieg", "gestiegen", "erreichte", "aufgefunden",
            # Spanish: "elevó a más de 40.000 los muertos", "la cifra asciende a", "heridos de gravedad"
            "elevó", "eleva", "asciende", "ascendió", "ascienden", "supera", "superó", "superan", "alcanza",
            "alcanzó", "sobrepasa", "rebasa", "levemente", "gravemente", "leves", "graves",
            # Italian: "il bilancio è salito a 43.000 morti", "supera i 45.000", "feriti gravemente"
            "salito", "salita", "saliti", "sale", "superato", "raggiunge", "raggiunto", "sfiora", "lievemente",
            "leggermente", "gravi", "grave", "ritrovati", "trovati", "ammonta", "supera", "superano",
            # Portuguese: "elevou para mais de 40 mil", "o balanço passou dos", "ficaram gravemente feridos"
            "elevou", "ascende", "ascendeu", "sobe", "subiu", "ultrapassa", "ultrapassou", "superou", "passou",
            "atinge", "atingiu", "chega", "chegou", "ligeiramente", "ligeiros", "encontrados", "encontradas", "subiram",
            "aumentou", "aumentaram", "elevaram", "ascenderam", "para",
            # Polish: "wzrosła do", "przekroczyła", "lekko ranna", "ciężko ranni"
            "wzrosła", "wzrósł", "wzrosło", "przekroczyła", "przekroczył", "przekroczyło", "sięga", "sięgnęła",
            "wynosi", "lekko", "ciężko", "poważnie", "śmiertelnie", "odniosło", "odnieśli", "doznało", "doznali",
            # Spanish and Italian perfects: "el número de muertos ha aumentado a 46", "è aumentato a 46"
            "aumentado", "aumentó", "ascendido", "elevado", "subido", "subió", "superado", "alcanzado", "llegado",
            "llegó", "aumentato", "cresciuto", "arrivato",
            # German: "hat sich auf 46 erhöht", "kletterte auf 46"
            "angestiegen", "erhöht", "erhöhte", "kletterte", "steigt",
            # Indonesian: "jumlah korban tewas akibat serangan ... bertambah menjadi 46 orang"
            "bertambah", "meningkat",
            # Czech, Slovak, Serbian / Croatian, Bulgarian: "počet obětí stoupl na 46", "broj poginulih porastao je
            # na 46", "броят на жертвите нарасна до 46"
            "stoupl", "stoupla", "stouplo", "vzrostl", "vzrostla", "vzrostlo", "zvýšil", "zvýšila", "zvýšilo",
            "stúpol", "stúpla", "stúplo", "vzrástol", "vzrástla", "vzrástlo", "porastao", "porasla", "poraslo",
            "povećao", "povećala", "povećalo", "povećan", "dostigao", "dostigla", "dostiglo", "нарасна", "нарастна",
            "достигна", "увеличи", "надхвърли",
        ],
    )
)  # fmt: skip
# German and Hungarian put the verb of a rising toll last: "die Zahl der Toten ist auf 46 gestiegen", "46-ra emelkedett"
RISES_AFTER = frozenset(
    map(fold, ["gestiegen", "angestiegen", "erhöht", "geklettert", "angewachsen", "gewachsen", "emelkedett", "nőtt"])
)
# the word for "to" between a rising toll's verb and its number ("stoupl na 46", "нарасна до 46", "steeg tot 46")
TOLL_TO = frozenset(map(fold, ["na", "do", "до", "на", "tot", "til", "till", "ra", "re"]))
# "No one was killed", "ни одной ракеты": the number word there is no count.
NEGATORS = frozenset(
    map(fold, ["no", "ни", "жоден", "жодна", "жодного", "жодної", "κανένας", "καμία", "κανείς", "kein", "keine", "niemand"])
)
NEGATORS |= frozenset(map(fold, ["aucun", "aucune", "nul", "nulle"]))  # French
NEGATORS |= frozenset(map(fold, ["nessun", "nessuna", "nessuno"]))  # Italian
NEGATORS |= frozenset(map(fold, ["nenhum", "nenhuma", "nem"]))  # Portuguese
NEGATORS |= frozenset(map(fold, ["niciun", "nicio", "nimeni"]))  # Romanian

# Arabic, read without the clitics a word carries ("وأصيب", "ومقتل", "بجروح", "وثلاثة"): number words (both
# genders), duals that count two ("قتيلان", "جنديين": a number and its noun in one word), casualty words,
# groups, fillers and the words of "including". Only Arabic words reach these tables (_ar_class).
AR_NUMBERS = _table(
    "0:صفر;1:واحد واحدة;2:اثنان اثنين اثنتان اثنتين;3:ثلاث ثلاثة;4:أربع أربعة;5:خمس خمسة;6:ست ستة;7:سبع سبعة;"
    "8:ثمان ثماني ثمانية;9:تسع تسعة;10:عشر عشرة;20:عشرون عشرين;30:ثلاثون ثلاثين;40:أربعون أربعين;"
    "50:خمسون خمسين;60:ستون ستين;70:سبعون سبعين;80:ثمانون ثمانين;90:تسعون تسعين;100:مئة مائة;"
    "200:مئتان مئتين مائتان مائتين مئتي مائتي;300:ثلاثمئة ثلاثمائة;400:أربعمئة أربعمائة;500:خمسمئة خمسمائة;"
    "600:ستمئة ستمائة;700:سبعمئة سبعمائة;800:ثمانمئة ثمانمائة;900:تسعمئة تسعمائة;2000:ألفان ألفين ألفي;"
    "2:اثنا اثني"
)


def _ar_words(spec: str) -> list[str]:
    return [fold(w) for w in spec.split()]


# fmt: off
AR_MULTIPLIERS = dict(zip(_ar_words("ألف آلاف مليون ملايين"), (1000, 1000, 1_000_000, 1_000_000), strict=True))
MULTIPLIERS.update(AR_MULTIPLIERS)
AR_VAGUE = frozenset(_ar_words("عشرات مئات الآلاف عدة بعض العديد الكثير كثيرون كثيرين"))
AR_DUAL = {  # folded dual -> the class of its singular
    **dict.fromkeys(_ar_words("قتيلان قتيلين شهيدان شهيدين"), "kill"),
    **dict.fromkeys(_ar_words("جريحان جريحين مصابان"), "inj"),
    **dict.fromkeys(_ar_words("شخصان شخصين رجلان رجلين امرأتان امرأتين شابان شابين مواطنان مدنيان عنصران عنصرين آخران"), None),
    **dict.fromkeys(_ar_words("جنديان جنديين عسكريان عسكريين"), "soldiers"),
    **dict.fromkeys(_ar_words("طفلان طفلين طفلتان طفلتين"), "children"),
}
AR_KILL_PREFIX = tuple(_ar_words("قتل قتيل مقتل استشهد استشهاد شهيد شهداء وفاة وفيات توفي حتف مصرع لقي ضحايا ضحية جثث جثة"))
AR_INJ_PREFIX = tuple(_ar_words("جرح جريح جروح أصيب إصاب أصاب مصاب"))
AR_GROUPS = [
    (fold(p), g)
    for spec, g in (
        ("مدني", "civilians"), ("طفل أطفال", "children"), ("جندي جنود عسكري", "soldiers"), ("مقاتل", "fighters"),
        ("مسعف", "medics"), ("صحفي", "journalists"), ("نساء امرأة", "women"),
        ("شخص أشخاص مواطن فلسطيني إسرائيلي سوري لبناني سوداني يمني عراقي أوكراني روسي مهاجر نازح لاجئ عامل رجل", None),
    )
    for p in spec.split()
]
AR_FILLERS = frozenset(
    _ar_words(
        "آخرون آخرين آخر أخرى على الأقل أقل ما لا يقل عن نحو حوالي قرابة زهاء أكثر من يزيد إلى الى جراء في بجروح "
        "بجراح خطيرة طفيفة متفاوتة متوسطة حرجة بينما فيما وسط أيضا كذلك تم وقد قد آخرا"
    )
)
AR_RISES = frozenset(_ar_words("ارتفعت ارتفع ارتفاع بلغت بلغ وصلت وصل تجاوزت تجاوز تخطت تخطى إلى حصيلة"))
AR_INCLUDING = frozenset(_ar_words("بينهم بينها منهم منها بمن فيهم"))
# fmt: on


@lru_cache(maxsize=1 << 14)
def _ar_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, value, group) of a folded Arabic word, read without its clitics."""
    for f in (w, *arabic_forms(w)):
        if f in AR_NUMBERS:
            return NUM, AR_NUMBERS[f], None
        if f in AR_VAGUE:
            return VAGUE_, None, None
        if f in AR_MULTIPLIERS:
            return OTHER, None, None  # joined to the number before it (_join_numbers), else vague or a count
        if f.startswith(AR_KILL_PREFIX):
            return KILL, None, None
        if f.startswith(AR_INJ_PREFIX):
            return INJ, None, None
        for p, g in AR_GROUPS:
            if f.startswith(p):
                return GROUP, None, g
        if f in AR_INCLUDING:
            return INCL, None, None
        if f in AR_RISES:
            return RISE, None, None
        if f in AR_FILLERS:
            return FILL, None, None
    if w == "و":
        return AND_, None, None
    return OTHER, None, None


# Hebrew, read without the prefixes a word carries ("ונפצעו", "שנהרגו", "ושלושה", "מהם"): number words of both
# genders and their construct forms (שלושה, שלוש, שלושת; שניים, שתיים, שני, שתי), casualty words, groups,
# fillers and the words of "including". Only Hebrew words reach these tables (_he_class).
def _he_words(spec: str) -> list[str]:
    return [fold(w).replace("'", "") for w in spec.split()]  # as the tokens read them: geresh and gershayim dropped


HE_NUMBERS = _table(
    "1:אחד אחת;2:שניים שנים שתיים שתים שני שתי;3:שלושה שלוש שלושת שלשה;4:ארבעה ארבע ארבעת;5:חמישה חמש חמשת;"
    "6:שישה שש ששת;7:שבעה שבע שבעת;8:שמונה שמונת;9:תשעה תשע תשעת;10:עשרה עשר עשרת;12:תריסר;20:עשרים;30:שלושים;"
    "40:ארבעים;50:חמישים;60:שישים;70:שבעים;80:שמונים;90:תשעים;100:מאה;200:מאתיים;2000:אלפיים"
)
HE_MULTIPLIERS = {fold("אלף"): 1000, fold("אלפים"): 1000, fold("מיליון"): 1_000_000, fold("מיליוני"): 1_000_000}
MULTIPLIERS.update(HE_MULTIPLIERS)
HE_VAGUE = frozenset(_he_words("עשרות מאות אלפי אלפים רבבות רבים רבות כמה מספר אחדים מעט מעטים המוני"))
HE_KILL = frozenset(
    _he_words(
        "נהרג נהרגה נהרגו נהרגים הרוג הרוגה הרוגים הרוגות ההרוגים מת מתה מתו מתים נרצח נרצחה נרצחו נספה נספו "
        "נספתה חללים גופות קורבנות קרבנות נטבחו שהידים קיפחו מוות חוסל חוסלה חוסלו",
    )
)
HE_INJ = frozenset(
    _he_words(
        "נפצע נפצעה נפצעו פצוע פצועה פצועים פצועות הפצועים נפגע נפגעה נפגעו נפגעים נפגעות אושפז אושפזה אושפזו "
        "פציעה פציעות",
    )
)
HE_GROUPS = {
    **dict.fromkeys(_he_words("אזרח אזרחית אזרחים אזרחיות"), "civilians"),
    **dict.fromkeys(_he_words("ילד ילדה ילדים ילדות תינוק תינוקת תינוקות פעוטות קטינים"), "children"),
    **dict.fromkeys(_he_words("חייל חיילת חיילים חיילות חיילי לוחם לוחמים לוחמי לוחמת שוטר שוטרים"), "soldiers"),
    **dict.fromkeys(_he_words("מחבל מחבלים חמוש חמושים מחבלי פעילי פעילים"), "fighters"),
    **dict.fromkeys(_he_words("אישה אשה נשים"), "women"),
    **dict.fromkeys(_he_words("עיתונאי עיתונאים עיתונאית"), "journalists"),
    **dict.fromkeys(_he_words("פרמדיק פרמדיקים חובש חובשים"), "medics"),
    **dict.fromkeys(
        _he_words(
            "בני אדם איש אנשים תושב תושבים תושבי גבר גברים צעיר צעירים צעירה נער נערה נערים עובד עובדים "
            "פועלים פלסטינים ישראלים מפגינים"
        ),
        None,
    ),
}
HE_FILLERS = frozenset(
    _he_words(
        "לפחות כ מ יותר מעל נוספים נוספות נוסף נוספת אחרים אחרות קשה קשות קל קלות באורח בינוני בינונית אנוש "
        "במצב מצבם כמעט עוד צה\"ל צהל הלילה אמש היום",
    )
)
HE_RISES = frozenset(_he_words("עלה עלתה עלו הגיע הגיעה מגיע חצה חצתה עומד עומדת ל מספר"))
HE_INCLUDING = frozenset(_he_words("ביניהם ביניהן בהם בהן מתוכם מתוכן מהם מהן"))
# counted nouns that are no people: a number before them counts them, not the casualties after
HE_NOT_PEOPLE = frozenset(
    _he_words(
        "רקטות טילים רקטה טיל כטב'מים כטב'ם רחפנים פגזים בתים בניינים מבנים רכבים טנקים ימים שעות דקות שנים "
        "חודשים שבועות מטרים קילומטרים דונם ספינות מטוסים כפרים יישובים ערים משאיות מעלות אחוז אחוזים",
    )
)
# number words inside a place's name: Kiryat Shmona, Be'er Sheva
HE_PLACE_NUMBERS = {
    fold("שמונה"): frozenset(map(fold, ("קריית", "קרית", "בקריית", "בקרית"))),
    fold("שבע"): frozenset(map(fold, ("באר", "בבאר", "מבאר", "לבאר"))),
}


@lru_cache(maxsize=1 << 14)
def _he_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, value, group) of a folded Hebrew word, read as written and without its prefixes."""
    forms = (w, *hebrew_forms(w))
    for f in forms:
        if f in HE_NUMBERS:
            return NUM, HE_NUMBERS[f], None
        if f in HE_VAGUE:
            return VAGUE_, None, None
        if f in HE_MULTIPLIERS:
            return OTHER, None, None  # joined to the number before it, else a count or vague (_hebrew_compound)
        if f in HE_KILL:
            return KILL, None, None
        if f in HE_INJ:
            return INJ, None, None
        if f in HE_GROUPS:
            return GROUP, None, HE_GROUPS[f]
        if f in HE_INCLUDING:
            return INCL, None, None
        if f in HE_RISES:
            return RISE, None, None
        if f in HE_FILLERS:
            return FILL, None, None
    if w == "ו":
        return AND_, None, None
    return OTHER, None, None


# Persian, read only in Persian updates (its words are in Arabic letters, and "ده" is ten in Persian but no
# Arabic word), on the folded word as written and without its endings (textnorm.persian_forms: "کشته‌شدگان",
# "زخمی‌ها", "کودکان"). Persian puts the subject first and the verb last ("سه نفر کشته شدند"), as English does,
# and a locative may stand between them ("۴۳ هزار نفر در نوار غزه کشته شده‌اند").
FA_NUMBERS = _table(
    "1:یک یکی;2:دو;3:سه;4:چهار;5:پنج;6:شش شیش;7:هفت;8:هشت;10:ده;11:یازده;12:دوازده;13:سیزده;14:چهارده;"
    "15:پانزده پونزده;16:شانزده;17:هفده;18:هجده هیجده;19:نوزده;20:بیست;30:سی;40:چهل;50:پنجاه;60:شصت;"
    "70:هفتاد;80:هشتاد;90:نود;100:صد یکصد;200:دویست;300:سیصد;400:چهارصد;500:پانصد;600:ششصد;700:هفتصد;"
    "800:هشتصد;900:نهصد"
)
FA_MULTIPLIERS = {fold("هزار"): 1000, fold("میلیون"): 1_000_000, fold("میلیارد"): 1_000_000_000}
MULTIPLIERS.update(FA_MULTIPLIERS)
FA_VAGUE = frozenset(_ar_words("دهها صدها هزاران میلیونها چندین چند تعدادی شماری بسیاری عدهای عده زیادی"))
FA_KILL_PREFIX = tuple(_ar_words("کشته کشتگان جانباخت باختند باخت شهید شهدا شهادت تلفات قربانی اجساد جسد درگذشت فوت"))
FA_KILL = frozenset(_ar_words("کشت کشتند جان مرگ کشتار"))
FA_INJ_PREFIX = tuple(_ar_words("زخمی مجروح مصدوم جراحت"))
FA_GROUPS = {
    **dict.fromkeys(_ar_words("غیرنظامی غیرنظامیان شهروند شهروندان ساکن ساکنان"), "civilians"),
    **dict.fromkeys(_ar_words("کودک کودکان بچه کودکی"), "children"),
    **dict.fromkeys(_ar_words("سرباز سربازان نظامی نظامیان نیرو نیروی رزمنده رزمندگان"), "soldiers"),
    **dict.fromkeys(_ar_words("زن زنان"), "women"),
    **dict.fromkeys(_ar_words("خبرنگار خبرنگاران"), "journalists"),
    **dict.fromkeys(_ar_words("امدادگر امدادگران"), "medics"),
    **dict.fromkeys(
        _ar_words("نفر تن شخص فلسطینی فلسطینیان معترض معترضان کارگر کارگران مسافر مسافران دانشجو"), None
    ),
}
FA_FILLERS = frozenset(
    _ar_words(
        "دستکم حداقل کم بیش بیشتر از حدود نزدیک تقریبا دیگر نیز هم شدند شد شده اند شدهاند بودند برجای بر جای "
        "گذاشت گذاشتند برجا به را در اثر حادثه این دچار نیز همچنین تاکنون"
    )
)
FA_RISES = frozenset(_ar_words("رسید رسیده رسیدند افزایش یافت"))
FA_INCLUDING = frozenset(_ar_words("ازجمله جمله میان شامل"))


@lru_cache(maxsize=1 << 14)
def _fa_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, value, group) of a folded Persian word, read as written and without its endings."""
    if w == "و":
        return AND_, None, None
    for f in (w, *persian_forms(w)):
        if f in FA_NUMBERS:
            return NUM, FA_NUMBERS[f], None
        if f in FA_VAGUE:
            return VAGUE_, None, None
        if f in FA_MULTIPLIERS:
            return OTHER, None, None  # joined to the number before it (_join_numbers)
        if f in FA_KILL or f.startswith(FA_KILL_PREFIX):
            return KILL, None, None
        if f.startswith(FA_INJ_PREFIX):
            return INJ, None, None
        if f in FA_GROUPS:
            return GROUP, None, FA_GROUPS[f]
        if f in FA_INCLUDING:
            return INCL, None, None
        if f in FA_RISES:
            return RISE, None, None
        if f in FA_FILLERS:
            return FILL, None, None
    return OTHER, None, None


def _is_cue_fa(w: str) -> bool:
    return w[:1] >= "\u0600" and _fa_class(w)[0] in (KILL, INJ)


def _persian_tokens(toks: list[_Tok]) -> None:
    """Persian numbers joined by "و" ("بیست و پنج" 25, "۴۳ هزار و ۹۲۲" 43922, "دویست و پنجاه" 250), and a
    locative between a count and its verb ("در نوار غزه") read as a filler on the way."""
    i = 0
    while i + 2 < len(toks):
        t, conj, u = toks[i], toks[i + 1], toks[i + 2]
        if (
            t.kind == NUM
            and t.value is not None
            and conj.kind == AND_
            and u.kind == NUM
            and u.value is not None
            and (
                (t.value >= 1000 and t.value % 1000 == 0 and u.value < 1000)
                or (t.value % 100 == 0 and t.value < 1000 and u.value < 100)
                or (t.value in (20, 30, 40, 50, 60, 70, 80, 90) and u.value < 10)
            )
        ):
            t.value += u.value
            t.end = u.end
            del toks[i + 1 : i + 3]
            continue
        i += 1
    for i, t in enumerate(toks):
        if t.word == fold("در") and i > 0 and toks[i - 1].kind == GROUP:
            j = i + 1
            while j < len(toks) and j <= i + 3 and toks[j].kind == OTHER:
                j += 1
            if j < len(toks) and toks[j].kind in (KILL, INJ) and j > i + 1:
                for k in range(i + 1, j):
                    toks[k].kind = FILL


# Urdu, read only in Urdu updates (its words are in Arabic letters, and "نو" is nine in Urdu but no Arabic or Persian
# count), on the folded word as written: Urdu writes its postpositions and auxiliaries apart, as Hindi does ("دو
# شہری جاں بحق ہو گئے", "پانچ زخمی ہوئے", "۸۴ افراد ہلاک"), so they fill between a count and its verb.
# (not "اسی" 80, also "that same", nor "بہتر" 72, also "better")
UR_NUMBERS = _table(
    "1:ایک;2:دو;3:تین;4:چار;5:پانچ;6:چھ چھے;7:سات;8:آٹھ;9:نو;10:دس;11:گیارہ;12:بارہ درجن;13:تیرہ;14:چودہ;15:پندرہ;"
    "16:سولہ;17:سترہ;18:اٹھارہ;19:انیس;20:بیس;21:اکیس;22:بائیس;23:تئیس;24:چوبیس;25:پچیس;26:چھبیس;27:ستائیس;"
    "28:اٹھائیس;29:انتیس;30:تیس;31:اکتیس;32:بتیس;33:تینتیس;34:چونتیس;35:پینتیس;36:چھتیس;37:سینتیس;38:اڑتیس;"
    "39:انتالیس;40:چالیس;41:اکتالیس;42:بیالیس;43:تینتالیس;44:چوالیس;45:پینتالیس;46:چھیالیس;47:سینتالیس;"
    "48:اڑتالیس;49:انچاس;50:پچاس;51:اکیاون;52:باون;53:ترپن;54:چون;55:پچپن;56:چھپن;57:ستاون;58:اٹھاون;59:انسٹھ;"
    "60:ساٹھ;61:اکسٹھ;62:باسٹھ;63:تریسٹھ;64:چونسٹھ;65:پینسٹھ;66:چھیاسٹھ;67:سڑسٹھ;68:اڑسٹھ;69:انہتر;70:ستر;"
    "71:اکہتر;73:تہتر;74:چوہتر;75:پچھتر;76:چھہتر;77:ستتر;78:اٹھہتر;79:اناسی;81:اکیاسی;82:بیاسی;"
    "83:تراسی;84:چوراسی;85:پچاسی;86:چھیاسی;87:ستاسی;88:اٹھاسی;89:نواسی;90:نوے;91:اکانوے;92:بانوے;93:ترانوے;"
    "94:چورانوے;95:پچانوے;96:چھیانوے;97:ستانوے;98:اٹھانوے;99:ننانوے;100:سو"
)
# (Urdu's own letters: no other language's word; read in every text, as "ہزار" is not Persian "هزار")
UR_MULTIPLIERS = {fold("ہزار"): 1000, fold("لاکھ"): 100_000, fold("کروڑ"): 10_000_000}
MULTIPLIERS.update(UR_MULTIPLIERS)
UR_VAGUE = frozenset(_ar_words("درجنوں سینکڑوں سیکڑوں سیکنڑوں ہزاروں لاکھوں کئی متعدد بیشتر بہت کچھ متعدد"))
UR_KILL = frozenset(
    _ar_words("ہلاک ہلاکت ہلاکتیں ہلاکتوں بحق شہید شہادت شہداء مارے مارا ماری مرنے موت اموات لاشیں لاشوں قتل انتقال")
)
UR_INJ = frozenset(_ar_words("زخمی زخمیوں مجروح گھائل"))
UR_GROUPS = {
    **dict.fromkeys(_ar_words("شہری شہریوں"), "civilians"),
    **dict.fromkeys(_ar_words("بچے بچوں بچہ بچی بچیاں بچیوں"), "children"),
    **dict.fromkeys(_ar_words("فوجی فوجیوں اہلکار اہلکاروں جوان جوانوں سپاہی سپاہیوں پولیس اہلکاران"), "soldiers"),
    # (not "آور" of "حملہ آور": folded, it is "اور", and)
    **dict.fromkeys(_ar_words("دہشت گرد گردوں عسکریت شدت پسند پسندوں جنگجو جنگجوؤں"), "fighters"),
    **dict.fromkeys(_ar_words("خاتون خواتین عورتیں عورتوں"), "women"),
    **dict.fromkeys(_ar_words("صحافی صحافیوں"), "journalists"),
    **dict.fromkeys(
        _ar_words("افراد فرد لوگ لوگوں شخص اشخاص سیاح سیاحوں مسافر مسافروں نمازی نمازیوں زائرین مزدور مزدوروں "
                  "فلسطینی فلسطینیوں انجینئر انجینئرز ملازم ملازمین طالب طلبہ"),
        None,
    ),
}
UR_FILLERS = frozenset(
    _ar_words(
        "کی کے کا کو نے ہو گئے گئی گیا گئیں ہوئے ہوئی ہوا ہیں ہے تھے تھی تھا چکے چکی چکا جا کم از سے زائد زیادہ "
        "تقریباً تقریبا قریب بھگ لگ دیگر مزید بھی شدید معمولی شدیدزخمی جاں جان میں علم سمیت"
    )
)
UR_RISES = frozenset(_ar_words("بڑھ پہنچ پہنچی تعداد تجاوز"))
UR_INCLUDING = frozenset(_ar_words("جن جنہیں"))
UR_AND = frozenset(_ar_words("اور و"))
# a life ("جان") is lost with a verb of losing: "جان کی بازی ہار گئے", "جانیں گئیں", not "جان بچا کر"
UR_LIVES = frozenset(_ar_words("جان جانیں"))
UR_LIFE_LOST = frozenset(_ar_words("گئی گئیں گنوا گنوائی گنوا بیٹھے ہار بازی"))
# what the casualty words of an explicit zero are ("کوئی جانی نقصان نہیں", "کوئی ہلاکت نہیں")
UR_ZERO_CUES = frozenset(_ar_words("جانی"))


_UR_TABLES = _WordTables(
    UR_NUMBERS, UR_VAGUE, UR_KILL, UR_INJ, UR_GROUPS, UR_INCLUDING, UR_AND, UR_RISES, UR_FILLERS, UR_MULTIPLIERS
)


@lru_cache(maxsize=1 << 14)
def _ur_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, value, group) of a folded Urdu word."""
    return _tables_class(_UR_TABLES, w) or (OTHER, None, None)


def _is_cue_ur(w: str) -> bool:
    return w[:1] >= "\u0600" and (_ur_class(w)[0] in (KILL, INJ) or w in UR_ZERO_CUES or w in UR_LIVES)


def _urdu_tokens(toks: list[_Tok]) -> None:
    """"جان کی بازی ہار گئے" (lost their lives) counts the dead: the life is the casualty word, its verb a filler;
    an adjective between a count and what it counts fills ("دو پاکستانی اہلکار", "ایک چینی انجینئر")."""
    for i in range(len(toks) - 1):
        t, u = toks[i], toks[i + 1]
        if t.word in UR_LIVES and any(v.word in UR_LIFE_LOST for v in toks[i + 1 : i + 4]):
            t.kind = KILL
        elif t.kind == OTHER and i > 0 and toks[i - 1].kind == NUM and u.kind == GROUP and t.word not in MULTIPLIERS:
            t.kind = FILL


def _urdu_sums(toks: list[_Tok]) -> None:
    """Urdu numbers written big to small without "و": "۴۳ ہزار ۹۰۰" 43,900, "ایک لاکھ تین ہزار" 103,000."""
    i = 0
    while i + 1 < len(toks):
        t, u = toks[i], toks[i + 1]
        if (
            t.kind == NUM
            and u.kind == NUM
            and t.value is not None
            and u.value is not None
            and t.value >= 1000
            and t.value % 1000 == 0
            and u.value < t.value
            and t.value % (10 ** len(str(u.value))) == 0
        ):
            t.value += u.value
            t.end = u.end
            del toks[i + 1]
            continue
        i += 1


# Pashto, read only in Pashto updates (its words are in Arabic letters: "لس" is ten, "زر" a thousand), on the folded word
# as written: Pashto writes its auxiliaries apart and its verb last ("شپږ تنه ووژل شول", "۱۴ نور ټپیان شول"), so they
# fill between a count and its verb, as in Urdu; a number word has an oblique form in و (دوو, دریو, زرو). Not "نوي"
# (ninety, also "new"). "ځانونه له لاسه ورکړل" (lost their lives) counts the dead.
PS_NUMBERS = _table(
    "1:یو یوه یوې یوه;2:دوه دوو;3:درې دریو;4:څلور څلورو;5:پنځه پنځو;6:شپږ شپږو;7:اووه اوو;8:اته اتو;9:نهه نهو;"
    "10:لس لسو;11:یوولس;12:دولس;13:دیارلس;14:څوارلس;15:پنځلس;16:شپاړس;17:اوولس;18:اتلس;19:نولس;20:شل شلو;"
    "30:دېرش دیرش;40:څلوېښت څلویښت;50:پنځوس;60:شپېته شپیته;70:اویا;80:اتیا;100:سل سلو"
)
PS_MULTIPLIERS = {**dict.fromkeys(_ar_words("زر زره زرو"), 1000), **dict.fromkeys(_ar_words("میلیون ملیون میلیونه"), 1_000_000)}
MULTIPLIERS.update(PS_MULTIPLIERS)  # (read in Pashto text alone: _tokens classes its words only there)
PS_VAGUE = frozenset(_ar_words("لسګونه لسګونو سلګونه سلګونو زرګونه زرګونو څو ګڼ شمېر شمیر"))
PS_KILL = frozenset(_ar_words("ووژل وژل وژلي وژل‌شوي مړه مړي مړو ومړل شهید شهیدان شهیدانو وژنه مړینه"))
PS_KILL_PREFIXES = tuple(_ar_words("ووژل وژل شهید"))
PS_INJ = frozenset(_ar_words("ټپي ټپیان ټپیانو ژوبل ژوبله"))
PS_INJ_PREFIXES = tuple(_ar_words("ټپي ټپیا ژوبل"))
PS_GROUPS = {
    **dict.fromkeys(_ar_words("ملکي ملکیان ملکیانو"), "civilians"),
    **dict.fromkeys(_ar_words("ماشوم ماشومان ماشومانو کوچنیان"), "children"),
    **dict.fromkeys(_ar_words("سرتېري سرتیري سرتېرو سرتیرو پوځیان پوځیانو پولیس پولیسو ساتونکي ساتونکو"), "soldiers"),
    **dict.fromkeys(_ar_words("جنګیالي جنګیالیو وسله وال اورپکي اورپکو ترهګر ترهګرو"), "fighters"),
    **dict.fromkeys(_ar_words("ښځې ښځو ښځه"), "women"),
    **dict.fromkeys(_ar_words("ژورنالیستان خبریالان خبریال"), "journalists"),
    **dict.fromkeys(
        _ar_words("کسان کسانو کس تنه تنو نفر نفره وګړي وګړو خلک خلکو فلسطینیان فلسطینیانو افغانان افغانانو "
                  "مسافر مسافرین زده کوونکي لمونځ"),
        None,
    ),
}
PS_FILLERS = frozenset(
    _ar_words(
        "شول شوي شوی شو شوه شوې دي دی ده وو نور نورو هم تر لږ لږه ډېر ډیر زیات نږدې شاوخوا کې په د یې ته پکې "
        "سخت سخته سختې پیل له څخه نه"
    )
)
PS_RISES = frozenset(_ar_words("ورسېد ورسید رسېدلی رسیدلی لوړ شمېر شمیر"))
PS_INCLUDING = frozenset(_ar_words("شمول"))
PS_AND = frozenset(_ar_words("او"))
PS_LIVES = frozenset(_ar_words("ځانونه ځان ژوند"))
PS_LIFE_LOST = frozenset(_ar_words("لاسه"))
# what the casualty words of an explicit zero are ("مرګ ژوبله نه ده اوښتې", "ځاني زیان نه دی اوښتی")
PS_ZERO_CUES = frozenset(_ar_words("ژوبله ځاني تلفات"))
_PS_NONE_WORDS = frozenset(_ar_words("نه نشته هېڅوک هیڅوک هېڅ هیڅ"))
_PS_TABLES = _WordTables(
    PS_NUMBERS, PS_VAGUE, PS_KILL, PS_INJ, PS_GROUPS, PS_INCLUDING, PS_AND, PS_RISES, PS_FILLERS, PS_MULTIPLIERS,
    kill_prefixes=PS_KILL_PREFIXES, inj_prefixes=PS_INJ_PREFIXES,
)


def _ps_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, value, group) of a folded Pashto word."""
    return _tables_class(_PS_TABLES, w) or (OTHER, None, None)


def _is_cue_ps(w: str) -> bool:
    return w[:1] >= "\u0600" and (_ps_class(w)[0] in (KILL, INJ) or w in PS_ZERO_CUES or w in PS_LIVES)


def _pashto_tokens(toks: list[_Tok]) -> None:
    """"ځانونه له لاسه ورکړل" (lost their lives) counts the dead: the life is the casualty word; an adjective between a
    count and what it counts fills ("۳۵ زره اوکرايني سرتېري"); "زر" alone is a thousand ("زر نور ټپیان")."""
    for i, t in enumerate(toks):
        if t.word in PS_MULTIPLIERS and t.kind == OTHER and (i == 0 or toks[i - 1].kind != NUM):
            t.kind, t.value = NUM, PS_MULTIPLIERS[t.word]
    for i in range(len(toks) - 1):
        t, u = toks[i], toks[i + 1]
        if t.word in PS_LIVES and any(v.word in PS_LIFE_LOST for v in toks[i + 1 : i + 3]):
            t.kind = KILL
        elif t.kind == OTHER and i > 0 and u.kind == GROUP and t.word not in MULTIPLIERS and (
            toks[i - 1].kind == NUM or (toks[i - 1].kind == OTHER and toks[i - 1].word in MULTIPLIERS)
        ):
            t.kind = FILL

# Hindi, read on the words as the tokens fold them (vowel signs as vowel letters, nukta, virama and anusvara
# dropped: "मौत" is "मऔत", "ज़ख्मी" "जखमई"): number words and their multipliers (हज़ार, लाख, करोड़), casualty
# words, groups, and the postpositions and auxiliaries between a count and its verb ("तीन नागरिकों की मौत हो
# गई", "पांच घायल हुए", "दो लोग मारे गए"), which fill. Only Devanagari words reach these tables (_hi_class).
# "कई" (several) is no vague word here: folded, it is also "की" (of), a filler before "मौत".
def _hi_words(spec: str) -> list[str]:
    return [fold(w).replace("'", "") for w in spec.split()]


def _hi_table(spec: str) -> dict[str, int]:
    return {w: int(value) for part in spec.split(";") for value, words in [part.split(":")] for w in _hi_words(words)}


HI_NUMBERS = _hi_table(
    "1:एक;2:दो;3:तीन;4:चार;5:पांच पाँच;6:छह छः छह;7:सात;8:आठ;9:नौ;10:दस;11:ग्यारह;12:बारह;13:तेरह;14:चौदह;"
    "15:पंद्रह पन्द्रह;16:सोलह;17:सत्रह;18:अठारह;19:उन्नीस;20:बीस;25:पच्चीस;30:तीस;40:चालीस;50:पचास;60:साठ;"
    "70:सत्तर;80:अस्सी;90:नब्बे;100:सौ"
)
HI_MULTIPLIERS = {
    **dict.fromkeys(_hi_words("हज़ार हजार"), 1000),
    **dict.fromkeys(_hi_words("लाख"), 100_000),
    **dict.fromkeys(_hi_words("करोड़"), 10_000_000),
}
MULTIPLIERS.update(HI_MULTIPLIERS)
HI_VAGUE = frozenset(_hi_words("दर्जनों दर्जन सैकड़ों सैंकड़ों हज़ारों हजारों लाखों कुछ अनेक बहुत सारे तमाम"))
HI_KILL = frozenset(
    _hi_words("मौत मौतें मौतों मारे मारा मारी मृत मृतक मृतकों मरने शहीद ढेर निधन हत्या दम मार डाला मारे गए")
)
HI_INJ = frozenset(_hi_words("घायल घायलों ज़ख्मी जख्मी जख़्मी चोटिल"))
HI_GROUPS = {
    **dict.fromkeys(_hi_words("नागरिक नागरिकों"), "civilians"),
    **dict.fromkeys(_hi_words("बच्चे बच्चों बच्चा बच्ची बच्चियों"), "children"),
    **dict.fromkeys(_hi_words("सैनिक सैनिकों जवान जवानों सिपाही पुलिसकर्मी पुलिसकर्मियों"), "soldiers"),
    **dict.fromkeys(_hi_words("आतंकी आतंकियों आतंकवादी आतंकवादियों उग्रवादी उग्रवादियों घुसपैठिए घुसपैठियों"), "fighters"),
    **dict.fromkeys(_hi_words("महिला महिलाएं महिलाओं"), "women"),
    **dict.fromkeys(_hi_words("पत्रकार पत्रकारों"), "journalists"),
    **dict.fromkeys(
        _hi_words("लोग लोगों व्यक्ति व्यक्तियों शख्स पर्यटक पर्यटकों यात्री यात्रियों श्रद्धालु श्रद्धालुओं मज़दूर मजदूर मजदूरों ग्रामीण ग्रामीणों"),
        None,
    ),
}
HI_FILLERS = frozenset(
    _hi_words(
        "की के का को ने हो गई गए गया गयी हुए हुई हुआ हैं है थे थी था चुके चुकी चुका जा कम से ज़्यादा ज्यादा अधिक "
        "करीब क़रीब लगभग तकरीबन अन्य और भी गंभीर रूप गंभीररूप जबकि अब तक कुल"
    )
)
HI_RISES = frozenset(_hi_words("बढ़कर पहुंच पहुँच पहुंची पहुँची संख्या"))
HI_INCLUDING = frozenset(_hi_words("जिनमें इनमें उनमें"))
HI_AND = frozenset(_hi_words("और तथा एवं व"))
# a life ("जान") is lost only with a verb of going: "जान चली गई", "जान गई", "जान गंवाई", not "जान बचाकर"
HI_LIFE = fold("जान")
HI_LIFE_LOST = frozenset(_hi_words("चली गई गंवाई गँवाई गवाई जा"))


_HI_TABLES = _WordTables(
    HI_NUMBERS, HI_VAGUE, HI_KILL, HI_INJ, HI_GROUPS, HI_INCLUDING, HI_AND, HI_RISES, HI_FILLERS, HI_MULTIPLIERS
)


@lru_cache(maxsize=1 << 14)
def _hi_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, value, group) of a folded Hindi word."""
    return _tables_class(_HI_TABLES, w) or (OTHER, None, None)


def _hindi_lives(toks: list[_Tok]) -> None:
    """"जान चली गई" (lives went) counts the dead: the life is the casualty word, its verb a filler."""
    for i in range(len(toks) - 1):
        if toks[i].word == HI_LIFE and toks[i + 1].word in HI_LIFE_LOST:
            toks[i].kind = KILL


# Bengali, read on the words as the tokens fold them (a vowel sign as its vowel letter, nukta, virama and anusvara
# dropped: "নিহত" is "নইহত"): number words, alone or with the counting suffix written onto them ("তিনজন", "দশজনের",
# "একটি"), their multipliers (হাজার, লাখ, কোটি, also with a case ending: "১২ হাজারের বেশি"), the dead ("নিহত",
# "মৃত্যু", "মারা", "প্রাণহানি", "শহীদ") and the hurt ("আহত", "জখম"), groups by stem, and the words between a count
# and its verb ("জন", "অন্তত", "হয়েছেন"), which fill. Only Bengali words reach these tables (_bn_class). "নয়" (nine)
# is also "is not": it counts only with a suffix ("নয়জন").
def _bn_words(spec: str) -> list[str]:
    return [fold(w).replace("'", "") for w in spec.split()]


def _bn_table(spec: str) -> dict[str, int]:
    return {w: int(value) for part in spec.split(";") for value, words in [part.split(":")] for w in _bn_words(words)}


BN_NUMBERS = _bn_table(
    "1:এক;2:দুই দুজন দু;3:তিন;4:চার;5:পাঁচ;6:ছয় ছয়;7:সাত;8:আট;10:দশ;11:এগারো;12:বারো;13:তেরো;14:চৌদ্দ;"
    "15:পনেরো পনের;16:ষোলো ষোল;17:সতেরো;18:আঠারো;19:উনিশ;20:বিশ কুড়ি;21:একুশ;22:বাইশ;23:তেইশ;24:চব্বিশ;"
    "25:পঁচিশ;26:ছাব্বিশ;27:সাতাশ;28:আঠাশ;29:ঊনত্রিশ উনত্রিশ;30:ত্রিশ তিরিশ;35:পঁয়ত্রিশ;40:চল্লিশ;"
    "45:পঁয়তাল্লিশ;50:পঞ্চাশ;60:ষাট;70:সত্তর;80:আশি;90:নব্বই;100:একশ একশো"
)
_BN_NINE = fold("নয়").replace("'", "")
_BN_COUNT_SUFFIXES = tuple(_bn_words("জনের জনকে জনই জন টির টিতে টি টা"))
MULTIPLIERS.update(dict.fromkeys(_bn_words("হাজার হাজারের হাজারেরও"), 1000))
MULTIPLIERS.update(dict.fromkeys(_bn_words("লাখ লাখের লাখেরও লক্ষ লক্ষের"), 100_000))
MULTIPLIERS.update(dict.fromkeys(_bn_words("কোটি কোটির"), 10_000_000))
_BN_MULTIPLIERS = frozenset(_bn_words("হাজার হাজারের হাজারেরও লাখ লাখের লাখেরও লক্ষ লক্ষের কোটি কোটির"))
BN_VAGUE = frozenset(_bn_words("কয়েক কয়েকশ কয়েকশো কয়েকজন বহু অনেক অসংখ্য ডজন ডজনখানেক শতাধিক শত শত হাজারো লাখো হাজার-হাজার"))
_BN_KILL_PREFIX = tuple(_bn_words("নিহত মৃত্যু মৃত মারা প্রাণহানি শহীদ লাশ মরদেহ"))
_BN_INJ_PREFIX = tuple(_bn_words("আহত জখম আঘাতপ্রাপ্ত"))
_BN_GROUPS = (
    *((p, "civilians") for p in _bn_words("বেসামরিক নাগরিক বাসিন্দা")),
    *((p, "children") for p in _bn_words("শিশু")),
    *((p, "soldiers") for p in _bn_words("সেনা সৈন্য সৈনিক")),
    *((p, "police") for p in _bn_words("পুলিশ")),
    *((p, "journalists") for p in _bn_words("সাংবাদিক")),
    *((p, "women") for p in _bn_words("নারী")),
    *((p, "fighters") for p in _bn_words("জঙ্গি যোদ্ধা")),
    *((p, None) for p in _bn_words("মানুষ লোক ব্যক্তি শিক্ষার্থী যাত্রী শ্রমিক রোগী ফিলিস্তিনি")),
)
BN_FILLERS = frozenset(
    _bn_words(
        "জন জনের টি অন্তত কমপক্ষে প্রায় আরও আরো মোট বেশি বেশি অধিক হয়েছেন হয়েছে হয় হন হয়ে গেছেন গেছে যান যায় "
        "সদস্য গুরুতর গুরুতরভাবে এর এ পর্যন্ত এখন সংখ্যা মধ্যে"
    )
)
BN_RISES = frozenset(_bn_words("বেড়ে দাঁড়িয়েছে ছাড়িয়েছে ছাড়িয়ে"))
BN_AND = frozenset(_bn_words("ও এবং আর"))
_BN_NOTHING = tuple(_bn_words("নিখোঁজ গ্রেপ্তার গ্রেফতার আটক উদ্ধার সরিয়ে"))
_own_text_numbers(("bn",), BN_NUMBERS)


@lru_cache(maxsize=1 << 14)
def _bn_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, value, group) of a folded Bengali word."""
    if w in BN_NUMBERS:
        return NUM, BN_NUMBERS[w], None
    for suf in _BN_COUNT_SUFFIXES:
        if w.endswith(suf) and len(w) > len(suf):
            stem = w[: -len(suf)]
            if stem in BN_NUMBERS:
                return NUM, BN_NUMBERS[stem], None
            if stem == _BN_NINE:
                return NUM, 9, None
            if stem in BN_VAGUE:
                return VAGUE_, None, None
    if w in _BN_MULTIPLIERS:
        return OTHER, None, None  # joined to the number before it (_join_numbers)
    if w in BN_VAGUE:
        return VAGUE_, None, None
    if w.startswith(_BN_KILL_PREFIX):
        return KILL, None, None
    if w.startswith(_BN_INJ_PREFIX):
        return INJ, None, None
    if w in BN_AND:
        return AND_, None, None
    if w in BN_RISES:
        return RISE, None, None
    if w in BN_FILLERS:
        return FILL, None, None
    if w.startswith(_BN_NOTHING):
        return OTHER, None, None
    for p, g in _BN_GROUPS:
        if w.startswith(p):
            return GROUP, None, g
    return OTHER, None, None


# Romanian "și-au pierdut viața" (lost their lives): the dead, no loss of a campaign; the reflexive "și-" a filler
_RO_LIFE_LOST = frozenset(["pierdut", "pierd", "pierde"])
_RO_LIFE = frozenset(["viata", "vietile"])


_RO_AFTER_DE = frozenset(["mii", "milioane", "ani", "luni"])


def _romanian_tokens(toks: list[_Tok], text: str) -> None:
    """Romanian forms before numbers are joined: "și-au pierdut viața" counts the dead (the verb the casualty word,
    "viața" and the clitic "și-" fillers); "douăzeci și trei" is 23; the "de" of "43 de mii" and "45 de ani" leaves,
    so that the thousands multiply and the age is seen as one."""
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.word == "si" and text[t.end : t.end + 1] == "-":
            t.kind = FILL
        elif t.word in _RO_LIFE_LOST and nxt is not None and nxt.word in _RO_LIFE:
            t.kind = KILL
            nxt.kind = FILL
        elif t.kind == NUM and nxt is not None and i + 2 < len(toks):
            after = toks[i + 2]
            if nxt.word == "de" and after.word in _RO_AFTER_DE:
                del toks[i + 1]
                continue
            if (
                nxt.word == "si"
                and after.kind == NUM
                and t.value in (20, 30, 40, 50, 60, 70, 80, 90)
                and after.value is not None
                and 0 < after.value < 10
            ):
                toks[i] = _Tok(NUM, t.start, after.end, t.value + after.value, None, t.word, t.cap)
                del toks[i + 1 : i + 3]
                continue
        i += 1


# Vietnamese, read on the syllables as written (lower case): folded, "sáu" (six) is "sau" (after), "bảy" (seven)
# "bay" (fly), "tám" (eight) "tạm", "hai" (two) "hại" (harm), "ba" (three) "bà" (Mrs), so the marks decide. A word
# is one or two syllables: the pairs below are read as one token (the first syllable its kind, the second a filler).
_VI_DIGITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7, "tám": 8,
              "chín": 9, "mười": 10}  # fmt: skip
_VI_MULTIPLIERS = {"mươi": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000}
# "năm" is also the year ("năm 2024"), "tư" the fourth; "lăm" and "mốt" end a compound ("hai mươi lăm")
_VI_ONLY_IN_COMPOUNDS = frozenset(["mốt", "lăm", "tư"])
_VI_KILL_PAIRS = frozenset(["thiệt mạng", "tử vong", "hy sinh", "hi sinh", "tử nạn", "mất mạng", "tử thương",
                            "giết chết", "giết hại", "sát hại"])  # fmt: skip
_VI_INJ_PAIRS = frozenset(["bị thương", "trọng thương"])
_VI_GROUP_PAIRS = {"dân thường": "civilians", "thường dân": "civilians", "người dân": "civilians",
                   "trẻ em": "children", "binh sĩ": "soldiers", "quân nhân": "soldiers", "binh lính": "soldiers",
                   "cảnh sát": "police", "phụ nữ": "women", "nhà báo": "journalists", "chiến binh": "soldiers",
                   "đàn ông": None, "hành khách": None, "công nhân": None, "ngư dân": None, "du khách": None}  # fmt: skip
# pairs that count nothing: the missing, damage, the arrested, the evacuated, the casualties' word of a zero
_VI_OTHER_PAIRS = frozenset(["mất tích", "thiệt hại", "thương vong", "bắt giữ", "sơ tán", "mất điện", "mất nước",
                             "mất liên lạc", "mất kiểm soát", "mất nhà"])  # fmt: skip
_VI_VAGUE = frozenset(["hàng", "nhiều", "vài", "mấy", "hàng loạt", "một số", "nhiều người", "các"])
_VI_FILLERS = frozenset(["ít", "nhất", "hơn", "khoảng", "gần", "đã", "khác", "nặng", "nhẹ", "làm", "khiến", "có",
                         "thêm", "lên", "tới", "đến", "đều", "bị", "người", "đàn", "ông", "bà", "cháu", "em", "vụ",
                         "cuộc", "tổng", "cộng", "số", "palestine", "israel", "nga", "ukraine", "ukraina", "gaza",
                         "việt", "nam", "trong", "đó", "vừa", "phải", "được", "xác", "nhận", "từng"])  # fmt: skip


def _vi_number(toks: list[_Tok], i: int, text: str) -> tuple[int, int] | None:
    """(value, tokens read) of a Vietnamese number in words or digits with multipliers at toks[i]: "hai mươi lăm"
    25, "ba trăm" 300, "43 nghìn" 43,000, "mười hai" 12; None when none starts there."""
    total, cur, j = 0, None, i
    while j < len(toks):
        raw = text[toks[j].start : toks[j].end].lower()
        if raw in _VI_DIGITS and (raw not in _VI_ONLY_IN_COMPOUNDS or j > i):
            if cur is not None and cur >= 10 and _VI_DIGITS[raw] >= 10:
                break
            cur = (cur or 0) + _VI_DIGITS[raw]
        elif raw in _VI_MULTIPLIERS and j > i and cur is not None:
            m = _VI_MULTIPLIERS[raw]
            if m >= 1000:
                total, cur = (total + cur) * m, 0
            else:
                cur *= m
        elif j == i and toks[j].kind == NUM and toks[j].value is not None and toks[j].word[0].isdigit():
            cur = toks[j].value
        else:
            break
        j += 1
    if cur is None or j == i:
        return None
    return total + cur, j - i


def _vi_counted(t: _Tok, text: str) -> bool:
    """Whether a Vietnamese token (not yet read by _vietnamese_tokens) is what a number counts: people or a
    casualty word ("năm người", "năm binh sĩ"), unlike a year ("năm 2024")."""
    raw = text[t.start : t.end].lower()
    if raw in ("người", "chết"):
        return True
    rest = text[t.end : t.end + 12].lower().split(" ", 2)
    pair = raw + " " + (rest[1] if len(rest) > 1 else "")
    return pair in _VI_GROUP_PAIRS or pair in _VI_KILL_PAIRS or pair in _VI_INJ_PAIRS


def _vietnamese_tokens(toks: list[_Tok], text: str) -> None:
    """Vietnamese tokens read from the syllables as written: pairs of syllables one word ("thiệt mạng" killed, "bị
    thương" injured, "dân thường" civilians, "mất tích" nothing), numbers in words ("hai mươi lăm") and with their
    multipliers ("43 nghìn"), "năm" a number only before what it counts, "hàng chục" vague."""
    i = 0
    while i < len(toks):
        t = toks[i]
        raw = text[t.start : t.end].lower()
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        pair = raw + " " + text[nxt.start : nxt.end].lower() if nxt is not None else ""
        if pair in _VI_KILL_PAIRS or pair in _VI_INJ_PAIRS or pair in _VI_GROUP_PAIRS or pair in _VI_OTHER_PAIRS:
            assert nxt is not None
            if pair in _VI_GROUP_PAIRS:
                t.kind, t.group = GROUP, _VI_GROUP_PAIRS[pair]
            else:
                t.kind = KILL if pair in _VI_KILL_PAIRS else INJ if pair in _VI_INJ_PAIRS else OTHER
            t.end, t.value = nxt.end, None
            del toks[i + 1]
            i += 1
            continue
        if raw in _VI_DIGITS or (t.kind == NUM and t.value is not None and t.word[0].isdigit()):
            read = _vi_number(toks, i, text)
            after = toks[i + read[1]] if read is not None and i + read[1] < len(toks) else None
            if read is not None and (raw != "năm" or read[1] > 1 or (after is not None and _vi_counted(after, text))):
                value, n = read
                toks[i] = _Tok(NUM, t.start, toks[i + n - 1].end, value, None, str(value), t.cap)
                del toks[i + 1 : i + n]
                i += 1
                continue
            if not t.word[0].isdigit():
                t.kind, t.value = OTHER, None
        elif raw == "người":
            t.kind, t.group = GROUP, None
        elif raw == "chết":
            t.kind = KILL
        elif raw in _VI_VAGUE:
            t.kind, t.value = VAGUE_, None
        elif raw == "và":
            t.kind = AND_
        elif raw in _VI_FILLERS:
            t.kind, t.value = FILL, None
        elif t.kind == NUM and not t.word[0].isdigit():
            t.kind, t.value = OTHER, None  # another language's number word ("a", "o", "un")
        i += 1


@dataclass(slots=True)
class _Tok:
    kind: int
    start: int
    end: int
    value: int | None = None
    group: str | None = None
    word: str = ""
    cap: bool = False  # capitalised in the text ("20 Palestinians")


def _group_of(w: str) -> tuple[bool, str | None]:
    """Group of a word: English words whole (or plural), Greek and Slavic by stem."""
    latin = w[0] < "\u0370"
    for p, g in _GROUPS:
        if latin:
            if w == p or w == p + "s":
                return True, g
        elif w.startswith(p):
            return True, g
    return False, None


# Georgian, read on the word as written: numbers are words of their own, their case ending on them ("ხუთი", "ხუთმა",
# "ოცდაცხრამეტი" 20+19, "ორმოცდაათი" 40+10, "ორასი" 200; "41 ათასზე" with its multiplier; a suffix after digits,
# "26-მდე", "50 000-ს", is a filler); stems of the dead ("დაიღუპა", "დაღუპულთა", "ემსხვერპლა", "მოკლეს") and the
# hurt ("დაიჭრა", "დაშავდა"); the missing ("დაკარგულად"), the arrested and the rescued count nothing.
_KA_NUMBER_RE = re.compile(
    r"(?:(ორ|სამ|ოთხ|ხუთ|ექვს|შვიდ|რვა|ცხრა)?(ას))?(ოც|ორმოც|სამოც|ოთხმოც)?(და)?"
    r"(ერთ|ორ|სამ|ოთხ|ხუთ|ექვს|შვიდ|რვა|ცხრა|ათ|თერთმეტ|თორმეტ|ცამეტ|თოთხმეტ|თხუთმეტ|თექვსმეტ|ჩვიდმეტ|თვრამეტ|"
    r"ცხრამეტ)?(?:ი|ს|მა|მ|ის|ით|ზე|მდე|ამდე|თა)?"
)
_KA_VALUES = {"ერთ": 1, "ორ": 2, "სამ": 3, "ოთხ": 4, "ხუთ": 5, "ექვს": 6, "შვიდ": 7, "რვა": 8, "ცხრა": 9, "ათ": 10,
              "თერთმეტ": 11, "თორმეტ": 12, "ცამეტ": 13, "თოთხმეტ": 14, "თხუთმეტ": 15, "თექვსმეტ": 16, "ჩვიდმეტ": 17,
              "თვრამეტ": 18, "ცხრამეტ": 19, "ოც": 20, "ორმოც": 40, "სამოც": 60, "ოთხმოც": 80}  # fmt: skip
_KA_NUMBER_WORDS = (
    "ერთი", "ორი", "სამი", "ოთხი", "ხუთი", "ექვსი", "შვიდი", "რვა", "ცხრა", "ათი", "თერთმეტი", "თორმეტი", "ცამეტი",
    "თოთხმეტი", "თხუთმეტი", "თექვსმეტი", "ჩვიდმეტი", "თვრამეტი", "ცხრამეტი", "ოცი", "ორმოცი", "სამოცი", "ოთხმოცი",
    "ასი",
)
MULTIPLIERS.update({w: 1000 for w in ("ათასი", "ათას", "ათასზე", "ათასამდე", "ათასით", "ათასს", "ათასის", "ათასმა")})
MULTIPLIERS.update({w: 1_000_000 for w in ("მილიონი", "მილიონ", "მილიონზე", "მილიონამდე", "მილიონით", "მილიონს")})
_KA_KILL_PREFIX = ("დაიღუპ", "დაღუპ", "ემსხვერპლ", "მსხვერპლ", "მოკლეს", "მოკლა", "მოკლულ", "გარდაიცვალ", "გარდაცვლ",
                   "მოკვდ", "დაიხოც", "დახოც", "იმსხვერპლ", "შეეწირ")  # fmt: skip
_KA_INJ_PREFIX = ("დაიჭრ", "დაჭრ", "დაშავ", "დასახიჩრ", "ჭრილობ", "დაზარალდ")
_KA_GROUPS = (("მშვიდობიან", "civilians"), ("მოქალაქ", "civilians"), ("ბავშვ", "children"), ("ჯარისკაც", "soldiers"),
              ("სამხედრო", "soldiers"), ("მებრძოლ", "soldiers"), ("პოლიციელ", "police"), ("ჟურნალისტ", "journalists"),
              ("ადამიან", None), ("პირ", None), ("მგზავრ", None), ("მცხოვრებ", "civilians"), ("პალესტინელ", None),
              ("ისრაელელ", None), ("უკრაინელ", None), ("ქართველ", None), ("ქალი", "women"), ("ქალები", "women"),
              ("მაშველ", None), ("მეხანძრე", None), ("მუშ", None))  # fmt: skip
_KA_VAGUE = frozenset(["ათობით", "ასობით", "ათასობით", "ათიათასობით", "ათეულობით", "რამდენიმე", "ბევრი", "მრავალი",
                       "უამრავი", "ათეულობით", "ასეულობით"])  # fmt: skip
_KA_FILLERS = frozenset(["სულ", "მცირე", "მეტი", "მეტ", "კიდევ", "დაახლოებით", "თითქმის", "ზე", "მდე", "ამდე", "ს", "ის",
                         "ით", "მა", "კი", "იყო", "იქნა", "რიცხვი", "რაოდენობა", "მათ", "არანაკლებ", "ზედმეტი",
                         "გადააჭარბა", "შედეგად", "მიიღო", "ჯამში", "მძიმედ", "მსუბუქად", "ასევე"])  # fmt: skip
_KA_RISES = frozenset(["გაიზარდა", "მიაღწია", "გაიზრდება"])
_own_text_numbers(("ka",), _KA_NUMBER_WORDS)
_KA_NOTHING = ("დაკარგულ", "დააკავ", "დაკავებ", "დაკავებულ", "ევაკუირ", "ევაკუაცი", "გადაარჩინ", "გადარჩენ", "ტყვედ",
               "დაპატიმრ", "გაიტაც")  # fmt: skip


@lru_cache(maxsize=1 << 14)
def _ka_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, number value, group) of a Georgian word."""
    m = _KA_NUMBER_RE.fullmatch(w)
    if m is not None and (m[2] or m[3] or m[5]) and not (m[4] and not (m[3] and m[5])) and w not in MULTIPLIERS:
        hundreds = (_KA_VALUES[m[1]] if m[1] else 1) * 100 if m[2] else 0
        return NUM, hundreds + (_KA_VALUES[m[3]] if m[3] else 0) + (_KA_VALUES[m[5]] if m[5] else 0), None
    if w in _KA_VAGUE or w.startswith(("ათეულ", "ასეულ")):
        return VAGUE_, None, None
    if w.startswith(_KA_KILL_PREFIX):
        return KILL, None, None
    if w.startswith(_KA_INJ_PREFIX):
        return INJ, None, None
    if w == "და":
        return AND_, None, None
    if w == "შორის":
        return INCL, None, None
    if w in _KA_RISES:
        return RISE, None, None
    if w in _KA_FILLERS:
        return FILL, None, None
    if w.startswith(_KA_NOTHING):
        return OTHER, None, None
    for p, g in _KA_GROUPS:
        if w.startswith(p):
            return GROUP, None, g
    return OTHER, None, None


@lru_cache(maxsize=1 << 15)
def _word_class(w: str) -> tuple[int, int | None, str | None]:
    """(kind, number value, group) of a folded word, digits aside."""
    if w[:1] >= "\u0600":
        if "\u10a0" <= w[:1] <= "\u10ff":
            return _ka_class(w)
        if "\u0980" <= w[:1] <= "\u09ff":
            return _bn_class(w)
        # Devanagari sits above the Arabic letters
        return _hi_class(w) if "\u0900" <= w[:1] <= "\u097f" else _ar_class(w)
    if "\u05d0" <= w[:1] <= "\u05ea":
        return _he_class(w)
    if w in NUMBER_WORDS:
        return NUM, NUMBER_WORDS[w], None
    if w in ("a", "an"):
        return NUM, 1, None
    if (n := _italian_number(w)) is not None:
        return NUM, n, None
    if w in VAGUE:
        return VAGUE_, None, None
    if w in _KILL_EXACT or w.startswith(_KILL_PREFIX):
        return KILL, None, None
    if w in _INJ_EXACT or w.startswith(_INJ_PREFIX):
        return INJ, None, None
    if w in _LOSS_EXACT or (w.startswith(_LOSS_PREFIX) and not w.startswith(_NOT_LOSS_PREFIX)):
        return LOSS, None, None
    is_group, g = _group_of(w)
    if is_group:
        return GROUP, None, g
    if w in INCLUDING:
        return INCL, None, None
    if w in AND:
        return AND_, None, None
    if w in RISES:
        return RISE, None, None
    if w in FILLERS:
        return FILL, None, None
    if not w[0].isalnum():
        return PUNCT, None, None
    return OTHER, None, None


# Turkish, read only in Turkish updates and on the words as written (lower-cased the Turkish way):
# folded, "öldü" (died) is "oldu" (was), "ön" (front) is "on" (ten), "uç" (tip) is "üç" (three), and
# "on" or "can" (a life: "can kaybı", loss of life) are words of other languages.
_TR_NUMBERS = {
    "bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
    "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50, "altmış": 60, "yetmiş": 70, "seksen": 80, "doksan": 90,
    "yüz": 100,
}  # fmt: skip
# "15 bin" is 15,000 ("27 binden fazla", "45 bini aştı"); "binlerce" (thousands) is vague
_TR_MULTIPLIERS = {
    **dict.fromkeys(("bin", "bini", "binin", "bine", "binde", "binden", "binle", "binlik"), 1000),
    **dict.fromkeys(("milyon", "milyonu", "milyona", "milyonda", "milyondan", "milyonun"), 1_000_000),
}
_TR_VAGUE_PREFIX = (
    "onlarca",
    "yüzlerce",
    "binlerce",
    "onbinlerce",
    "düzinelerce",
    "birkaç",
    "birçok",
    "pek çok",
)
_TR_VAGUE = frozenset(("bazı", "çok", "sayıda", "kimi", "nice"))
_TR_KILL_PREFIX = ("ölü", "öldü", "ölen", "ölmüş", "ölme", "şehit", "şehid", "hayatını", "hayatlarını", "yaşamını",
                   "yaşamlarını", "cansız", "cenaze", "ceset", "cesed")  # fmt: skip
_TR_INJ_PREFIX = ("yaral",)
_TR_GROUPS = (
    ("sivil", "civilians"), ("vatandaş", "civilians"), ("sakin", "civilians"), ("mülteci", "civilians"),
    ("çocu", "children"), ("bebe", "children"), ("kız", "children"), ("oğlan", "children"),
    ("asker", "soldiers"), ("militan", "soldiers"), ("terörist", "soldiers"), ("savaşçı", "soldiers"),
    ("polis", "police"), ("memur", "police"), ("jandarma", "police"), ("kadın", "women"),
    ("gazeteci", "journalists"), ("doktor", "medics"), ("sağlıkçı", "medics"), ("sağlık", "medics"),
    ("itfaiye", "rescuers"), ("kurtarma", "rescuers"), ("kişi", None), ("insan", None), ("yolcu", None),
    ("işçi", None), ("hasta", None), ("öğrenci", None), ("kurban", None), ("öğretmen", None), ("çalışan", None),
    ("personel", None), ("mürettebat", None), ("erkek", None), ("genç", None), ("yaşlı", "civilians"),
    ("köylü", "civilians"), ("gönüllü", None), ("rehine", None), ("mahkum", None),
)  # fmt: skip
# a place between the count and its cue: "60 kişi sellerde yaşamını yitirdi", "5 kişi Kiev'de yaralandı"
_TR_LOCATIVE = ("da", "de", "ta", "te")
# on the way from a count to its cue: "en az 20 kişi", "80'den fazla", "ölü sayısı 3.500'ü aştı",
# "hayatını kaybedenlerin sayısı", "can kaybı", "iki kişi hafif yaralandı"
_TR_FILLERS = frozenset(
    [
        "en",
        "az",
        "fazla",
        "daha",
        "toplam",
        "sayı",
        "sayısı",
        "sayısının",
        "sayısını",
        "yaklaşık",
        "civarında",
        "kadar",
        "üzerinde",
        "aşkın",
        "ağır",
        "hafif",
        "yeni",
        "ise",
        "da",
        "de",
        "ki",
        "olarak",
        "oldu",
        "olan",
        "var",
        "vardı",
        "diğer",
        "başka",
        "kaybetti",
        "kaybeden",
        "kaybedenler",
        "kaybedenlerin",
        "kaybettiği",
        "kaybettiğini",
        "kaybı",
        "kaybının",
        "yitirdi",
        "yitiren",
        "yitirenlerin",
        "aştı",
        "yükseldi",
        "geçti",
        "ulaştı",
        "çıktı",
        "buldu",
        "yükselirken",
        "yaklaştı",
        "daha",
        "şekilde",
        "şekilde",
        "olmak",
        "üzere",
        "toplamda",
        "bilanço",
        "bilançosu",
    ]
)
_TR_INCLUDING = frozenset(("aralarında", "dahil", "içinde", "arasında"))
_TR_AND = frozenset(("ve", "ile", "ayrıca"))
_TR_NONE_WORDS = frozenset(
    map(
        fold,
        [
            "yok",
            "yoktu",
            "yoktur",
            "olmadı",
            "yaşanmadı",
            "bildirilmedi",
            "kaydedilmedi",
            "bulunmuyor",
            "gelmedi",
            "kimse",
        ],
    )
)


def _tr_lower(raw: str) -> str:
    """Turkish lower case: I is ı and İ is i (str.lower gives i and i + a combining dot)."""
    return raw.replace("I", "ı").replace("İ", "i").lower()


@dataclass(frozen=True, eq=False)
class _SuffixTables:
    """The figure words of a language that writes its case endings onto the word (Turkish, Azerbaijani), read on
    the words as written, lower-cased its way (_tr_lower), by prefix where the suffixes follow: folded, Turkish
    "öldü" (died) is "oldu" (was) and Azerbaijani "ölüb" (died) "olub" (has been). Read by _word_class_suffixed,
    in the order of its fields."""

    numbers: Mapping[str, int]
    multipliers: Mapping[str, int]  # folded: "15 bin", "45 min" ("27 binden fazla", "700 mindən çox")
    vague: Container[str]
    vague_prefix: tuple[str, ...]
    kill_prefix: tuple[str, ...]
    inj_prefix: tuple[str, ...]
    groups: tuple[tuple[str, str | None], ...]  # (prefix, group); None: people in general
    including: Container[str]
    and_: Container[str]
    fillers: Container[str]
    locative: tuple[str, ...]  # a place between the count and its cue: "60 kişi sellerde yaşamını yitirdi"
    none_words: Container[str]  # folded: the words of an explicit zero ("yok", "yoxdur")
    article: str  # the number one that is also the article, joined by _join_numbers only where it counts
    life: tuple[str, str] | None = None  # (word, folded start of the next): "can kaybı", loss of life
    one_after_ten: bool = False  # the article after a ten is its unit: Azerbaijani "on bir" (11), "iyirmi bir" (21)

    @property
    def cue_folded(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(fold(p) for p in (*self.kill_prefix, *self.inj_prefix)))


@lru_cache(maxsize=1 << 14)
def _word_class_suffixed(t: _SuffixTables, tl: str) -> tuple[int, int | None, str | None]:
    """(kind, number value, group) of a word as written, lower-cased, its suffix after an apostrophe cut
    ("Rusya'nın" -> "rusya")."""
    if tl in t.numbers:
        return NUM, t.numbers[tl], None
    if tl in t.vague or tl.startswith(t.vague_prefix):
        return VAGUE_, None, None
    if tl.startswith(t.kill_prefix):
        return KILL, None, None
    if tl.startswith(t.inj_prefix):
        return INJ, None, None
    for p, g in t.groups:
        if tl.startswith(p):
            return GROUP, None, g
    if tl in t.including:
        return INCL, None, None
    if tl in t.and_:
        return AND_, None, None
    if tl in t.fillers:
        return FILL, None, None
    if not tl[0].isalnum():
        return PUNCT, None, None
    return OTHER, None, None


_TR_TABLES = _SuffixTables(
    _TR_NUMBERS, _TR_MULTIPLIERS, _TR_VAGUE, _TR_VAGUE_PREFIX, _TR_KILL_PREFIX, _TR_INJ_PREFIX, _TR_GROUPS,
    _TR_INCLUDING, _TR_AND, _TR_FILLERS, _TR_LOCATIVE, _TR_NONE_WORDS, "bir", ("can", "kayb"),
)
_TR_CUE_FOLDED = _TR_TABLES.cue_folded


def _is_cue_tr(w: str) -> bool:
    """A folded word that may be a Turkish casualty word (its written form decides in _word_class_suffixed)."""
    return w.startswith(_TR_CUE_FOLDED) or w == "can"


# Azerbaijani, read only in Azerbaijani updates as Turkish is, with the Turkish reader (_tokens_suffixed): "üç nəfər
# həlak olub", "on iki nəfər yaralanıb", "45 min nəfər öldürülüb", "otuzdan çox insan yaralanıb" (more than thirty:
# the ablative of the number), "ən azı 9 nəfər", "onlarla" (dozens) vague; zeros "xəsarət alan yoxdur", "ölən
# yoxdur", "tələfat yoxdur". Folded, "ölüb" (died) is "olub" (has been): the words are read as written.
_AZ_NUMBERS = {
    "bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9, "on": 10,
    "iyirmi": 20, "otuz": 30, "qırx": 40, "əlli": 50, "altmış": 60, "yetmiş": 70, "səksən": 80, "doxsan": 90,
    "yüz": 100,
}  # fmt: skip
# "more than thirty" is the ablative before "çox" or "artıq": "otuzdan çox", "yüzdən artıq"
_AZ_NUMBERS.update(
    {w + ("dan" if v in (6, 9, 10, 30, 40, 60, 90) else "dən"): v for w, v in list(_AZ_NUMBERS.items()) if v > 1}
)
_AZ_MULTIPLIERS = {
    **dict.fromkeys(map(fold, ("min", "mini", "minin", "minə", "mində", "mindən", "minlik")), 1000),
    **dict.fromkeys(map(fold, ("milyon", "milyonu", "milyona", "milyonda", "milyondan", "milyonun")), 1_000_000),
}
_AZ_TABLES = _SuffixTables(
    _AZ_NUMBERS,
    _AZ_MULTIPLIERS,
    frozenset(("bəzi", "çoxlu", "xeyli", "neçə", "sayda")),
    ("onlarla", "yüzlərlə", "minlərlə", "on minlərlə", "bir neçə", "çoxsaylı"),
    ("ölü", "öldü", "ölən", "ölmüş", "həlak", "şəhid", "cəsəd", "meyit", "canını", "həyatını", "tələfat"),
    ("yaral", "xəsarət"),
    (
        ("mülki", "civilians"), ("dinc", "civilians"), ("sakin", "civilians"), ("qaçqın", "civilians"),
        ("uşaq", "children"), ("körpə", "children"), ("azyaşlı", "children"), ("əsgər", "soldiers"),
        ("hərbçi", "soldiers"), ("döyüşçü", "soldiers"), ("yaraqlı", "soldiers"), ("polis", "police"),
        ("qadın", "women"), ("jurnalist", "journalists"), ("həkim", "medics"), ("tibb", "medics"),
        ("xilasedici", "rescuers"), ("yanğınsöndürən", "rescuers"), ("nəfər", None), ("insan", None),
        ("şəxs", None), ("sərnişin", None), ("işçi", None), ("fəhlə", None), ("kişi", None), ("yaşlı", "civilians"),
    ),
    frozenset(("o cümlədən", "onlardan", "arasında", "daxil")),
    frozenset(("və", "ilə", "həmçinin")),
    frozenset(
        ("ən", "azı", "çox", "artıq", "daha", "təxminən", "yaxın", "ümumilikdə", "sayı", "sayının", "olub", "oldu",
         "olan", "olunub", "ağır", "yüngül", "yeni", "isə", "də", "da", "ki", "artıb", "çatıb", "yüksəlib", "keçib",
         "gecə", "dünən", "ərzində", "nəticəsində", "alıb", "alan", "edilib", "qədər", "həddində")
    ),
    ("da", "də", "ta", "tə"),
    frozenset(map(fold, ("yoxdur", "yox", "olmayıb", "olmadı", "almayıb", "qeydə alınmayıb"))),
    "bir",
    one_after_ten=True,
)
_AZ_CUE_FOLDED = _AZ_TABLES.cue_folded


_THOUSANDS_SEP_RE = re.compile(r"[ \u00a0\u202f,.](?=\d{3}\b)")
_INDIAN_GROUPED_RE = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}")


_KA_CASE_AFTER_DIGITS_RE = re.compile(r"(?:მდე|ამდე|ზე|ს|მა|ით|ც|იც)(?![^\W\d_])")
# the Armenian article on a count: "ևս 14-ը վիրավորվել են" (14 more were injured), "21-ն"
_HY_ARTICLE_AFTER_DIGITS_RE = re.compile(r"[ըն](?![^\W\d_])")


def _number(w: str, text: str, start: int, end: int) -> _Tok:
    """A token of digits: its value, or None where it is no count (ordinals, units, times, percentages)."""
    digits = _THOUSANDS_SEP_RE.sub("", w)
    if not digits.isdigit() and _INDIAN_GROUPED_RE.fullmatch(w):
        digits = w.replace(",", "")  # "1,03,898"
    try:
        value = int(digits) if digits.isdigit() else None
    except ValueError:  # pragma: no cover - defensive
        value = None
    nxt = text[end : end + 1]
    if (
        nxt == "m"
        and value is not None
        and text[end : end + 4] == "mila"
        and not text[end + 4 : end + 5].isalpha()
    ):
        return _Tok(NUM, start, end + 4, value * 1000, None, w + "mila")  # Italian "40mila", "150mila"
    if nxt == "-" and _KA_CASE_AFTER_DIGITS_RE.match(text, end + 1):
        pass  # a Georgian case ending on a count: "26-მდე" (up to 26), "60-ზე მეტი" (over 60), "50 000-ს"
    elif nxt == "-" and _HY_ARTICLE_AFTER_DIGITS_RE.match(text, end + 1):
        pass  # the Armenian article on a count: "14-ը"
    elif nxt.isalpha() or (nxt == "-" and text[end + 1 : end + 2].isalpha()) or nxt in (":", "%"):
        value = None  # ordinals, units, times, percentages
    if start > 0 and text[start - 1] in ":/":
        value = None
    elif start > 2 and text[start - 1] == "-" and text[start - 3 : start] == "მე-":
        value = None  # a Georgian ordinal: "მე-14 პაკეტი"
    return _Tok(NUM, start, end, value, None, w)


# Words of another language's number table that Portuguese writes for something else: "dos" is "of the"
# ("a maioria dos mortos", "passou dos 50 mil"), not Spanish "two"; Romanian "a" is the auxiliary ("a murit"), not
# English "a" (one)
_NOT_NUMBERS = {"pt": frozenset(["dos"]), "ro": frozenset(["a"])}
# languages read with the Turkish reader, each with its tables
_SUFFIX_TABLES = {"tr": _TR_TABLES, "az": _AZ_TABLES}


def _tokens(doc: Doc, a: int, b: int, lang: str | None = None) -> list[_Tok]:
    if lang in _SUFFIX_TABLES:
        return _tokens_suffixed(doc, a, b, _SUFFIX_TABLES[lang])
    persian = lang == "fa"
    urdu = lang == "ur"
    pashto = lang == "ps"
    folded = doc.folded
    text = doc.text
    toks: list[_Tok] = []
    append = toks.append
    italian = folded.find("'", a, b) >= 0 and _IT_ELIDED_RE.search(folded, a, b) is not None
    in_place = False  # (Czech and Slovak: just after a place name left out)
    for m in (_FIG_TOKEN_IT_RE if italian else _FIG_TOKEN_RE).finditer(folded, a, b):
        w = m.group()
        s, e = m.span()
        if w[0].isdigit():
            append(_number(w, folded, s, e))
            continue
        if "'" in w:
            w = w.replace("'", "")
        if persian and w[:1] >= "\u0600":
            kind, value, group = _fa_class(w)
            append(_Tok(kind, s, e, value, group, w))
            continue
        if urdu and w[:1] >= "\u0600":
            kind, value, group = _ur_class(w)
            append(_Tok(kind, s, e, value, group, w))
            continue
        if pashto and w[:1] >= "\u0600":
            kind, value, group = _ps_class(w)
            append(_Tok(kind, s, e, value, group, w))
            continue
        if w[:1] >= "\u0600" and (dual := _ar_dual(w)) is not None:
            # an Arabic dual counts two: "قتيلان" is 2 and killed, "جنديين" 2 and soldiers
            append(_Tok(NUM, s, e, 2, None, "2"))
            kind, value, group = dual
            append(_Tok(kind, s, e, value, group, w))
            continue
        kind, value, group = _word_class(w)
        if lang in _CS_SK and (cs_sk := _cs_sk_class(w)) is not None:
            kind, value, group = cs_sk
        elif lang == "sv" and (sv := _sv_class(w)) is not None:
            kind, value, group = sv
        elif lang == "da" and (da := _da_class(w)) is not None:
            kind, value, group = da
        elif lang == "hu" and (hu := _hu_class(w)) is not None:
            kind, value, group = hu
        elif lang == "lt" and (lt := _lt_class(w)) is not None:
            kind, value, group = lt
        elif lang == "lv" and (lv := _lv_class(w)) is not None:
            kind, value, group = lv
        elif lang == "tl" and (tl := _tl_class(w)) is not None:
            kind, value, group = tl
        elif lang == "sw" and (sw := _sw_class(w)) is not None:
            kind, value, group = sw
        elif lang == "so" and (so := _so_class(w)) is not None:
            kind, value, group = so
        elif lang == "fi" and (fi := _fi_class(w)) is not None:
            kind, value, group = fi
        elif lang == "et" and (et := _et_class(w)) is not None:
            kind, value, group = et
        elif lang == "hy" and (hy := _hy_class(w)) is not None:
            kind, value, group = hy
        elif lang == "am" and (am := _am_class(w)) is not None:
            kind, value, group = am
        elif lang == "be" and kind != NUM and (be := _be_class(w)) is not None:
            kind, value, group = be
        elif lang in _CS_SK and kind == OTHER and text[s].isupper() and toks and toks[-1].word in _CS_SK_IN:
            # a place between the verb and its count ("zahynulo v Sumské oblasti 600 civilistů"): left out, with
            # its preposition and the word for its region, so that the verb stays within reach of the number
            toks.pop()
            in_place = True
            continue
        if in_place:
            in_place = False
            if w in _CS_SK_REGION_WORDS:
                continue
        if kind == NUM and w in HE_PLACE_NUMBERS and toks and toks[-1].word in HE_PLACE_NUMBERS[w]:
            kind, value = OTHER, None  # "קריית שמונה", "באר שבע": a place, no count
        if w == "un" and text[s : s + 2].isupper():
            kind, value = OTHER, None  # the UN, not French "un" (one)
        elif w == "e" and text[s] in "èÈ":
            kind = FILL  # Italian "è stata uccisa" (is), not "e" (and), which the fold made of it
        elif w == "die" and lang in ("de", "nl"):
            kind = FILL  # the German and Dutch article, not English "die" ("verhängte eine Ausgangssperre über die ...")
        elif kind == NUM and lang in _NOT_NUMBERS and w in _NOT_NUMBERS[lang]:
            kind, value = FILL, None
        elif kind == NUM and (own := _OWN_TEXT_NUMBERS.get(w)) is not None and lang not in own:
            kind, value = OTHER, None  # a number word of other languages only ("Lima", "pet", "opt")
        append(_Tok(kind, s, e, value, group, w, text[s].isupper()))
    if _HEBREW_RE.search(folded, a, b):
        _hebrew_nouns(toks)
    elif lang == "hi":
        _hindi_lives(toks)
    elif lang == "el":
        _greek_lives(toks)
    elif lang == "ro":
        _romanian_tokens(toks, text)
    elif lang == "vi":
        _vietnamese_tokens(toks, text)
    elif lang == "sw":
        _swahili_tokens(toks, text)
    elif lang == "so":
        _somali_tokens(toks)
    elif lang == "fi":
        # a date is no count, nor a word between a verb and its count ("on kuollut 7. lokakuuta lähtien yli 43 000",
        # "huhtikuussa 2023 syttyneen sodan"): the day, its month and the year after it left out
        month = [t.word.startswith(_FI_MONTHS) for t in toks]
        toks[:] = [t for k, t in enumerate(toks) if not (
            month[k]
            or (t.kind == NUM and k + 1 < len(toks) and month[k + 1])
            or (t.kind == NUM and k > 0 and month[k - 1] and t.value is not None and 1900 <= t.value <= 2100)
        )]
    elif lang == "et":
        # a date is no count ("alates 7. oktoobrist", "2023. aasta aprillis puhkenud sõja"): the month, the day
        # before it and a year before "aasta" or after the month left out
        month = [t.word.startswith(_ET_MONTHS) for t in toks]
        toks[:] = [t for k, t in enumerate(toks) if not (
            month[k]
            or (t.kind == NUM and k + 1 < len(toks) and (month[k + 1] or toks[k + 1].word in ("aasta", "aastal")))
            or (t.kind == NUM and k > 0 and month[k - 1] and t.value is not None and 1900 <= t.value <= 2100)
        )]
        # where and in what, between a verb and its count ("hukkus Harkivis droonirünnakus neli inimest", "hukkus
        # Iisraeli õhulöögis 25 inimest"): a word in a locative case (-s, -st, -l, -lt) or a name after a casualty
        # verb and before a number is left out
        toks[:] = [t for k, t in enumerate(toks) if not (
            t.kind == OTHER
            and len(t.word) >= 4
            and (t.cap or t.word.endswith(("s", "st", "l", "lt")))
            and any(u.kind in (KILL, INJ) for u in toks[max(0, k - 3) : k])
            and any(u.kind == NUM for u in toks[k + 1 : k + 3])
        )]
    elif urdu:
        _urdu_tokens(toks)
    elif pashto:
        _pashto_tokens(toks)
    _join_numbers(toks, persian or urdu or pashto)  # (no Arabic compounds in Urdu or Pashto either)
    if persian:
        _persian_tokens(toks)
    elif urdu or pashto:
        _urdu_sums(toks)
    _drop_ages(toks)
    return toks


# Greek "έχασαν τη ζωή τους" (lost their lives): the dead of one event, not a side's losses ("έχασε 500
# στρατιώτες"); the article and the life are fillers
_EL_LIFE = frozenset(map(fold, ["ζωή", "ζωές"]))
_EL_LIFE_ARTICLES = frozenset(map(fold, ["τη", "την", "τις"]))
_EL_THEIR = frozenset(map(fold, ["του", "της", "τους"]))  # "έχασε τη ζωή του ένας οδηγός": the count follows


def _greek_lives(toks: list[_Tok]) -> None:
    for i, t in enumerate(toks):
        if t.kind != LOSS:
            continue
        life = i + 2 if i + 2 < len(toks) and toks[i + 1].word in _EL_LIFE_ARTICLES else i + 1
        if life < len(toks) and toks[life].word in _EL_LIFE:
            t.kind = KILL
            if life + 1 < len(toks) and toks[life + 1].word in _EL_THEIR:
                life += 1
            for k in range(i + 1, life + 1):
                toks[k].kind = FILL


def _hebrew_nouns(toks: list[_Tok]) -> None:
    """A Hebrew noun right after a number is what it counts ("שני יועצים איראנים נהרגו"): a group of people,
    unless it names things (HE_NOT_PEOPLE); the plural adjective after a group agrees with it, a filler."""
    for i in range(len(toks) - 1):
        t, u = toks[i], toks[i + 1]
        if t.kind == NUM and t.value is not None and u.kind == OTHER and "\u05d0" <= u.word[:1] <= "\u05ea":
            if u.word in HE_NOT_PEOPLE or any(f in HE_NOT_PEOPLE for f in hebrew_forms(u.word)):
                continue
            if u.word.endswith(("ימ", "ות")):
                u.kind = GROUP
        hebrew_word = "\u05d0" <= u.word[:1] <= "\u05ea"
        if t.kind == GROUP and u.kind == OTHER and hebrew_word and u.word.endswith(("ימ", "יות")):
            u.kind = FILL  # the adjective agreeing with the counted noun: "חיילים אוקראינים", "יועצים איראנים"


def _tokens_suffixed(doc: Doc, a: int, b: int, t: _SuffixTables) -> list[_Tok]:
    """Turkish and Azerbaijani tokens: a case ending after an apostrophe is part of the word before it ("3.500'ü",
    "Gazze'de"), and words are read as written (see _word_class_suffixed)."""
    folded = doc.folded
    text = doc.text
    toks: list[_Tok] = []
    append = toks.append
    for m in _FIG_TOKEN_RE.finditer(folded, a, b):
        w = m.group()
        s, e = m.span()
        if s > 0 and folded[s - 1] == "'" and s > 1 and folded[s - 2].isalnum():
            continue  # the ending of the number or name before it
        if w[0].isdigit():
            append(_number(w, folded, s, e))
            continue
        if "'" in w:
            if w.endswith(t.locative) and w.index("'") >= len(w) - 4:
                append(_Tok(FILL, s, e, None, None, w))
                continue
            e = s + w.index("'")
            w = w[: e - s]
        elif len(w) > 5 and w.endswith(t.locative) and not text[s].isupper():
            kind = _word_class_suffixed(t, _tr_lower(text[s:e]))[0]
            append(_Tok(FILL if kind == OTHER else kind, s, e, None, None, w))
            continue
        if w in t.multipliers:
            append(_Tok(OTHER, s, e, None, None, w))
            continue
        kind, value, group = _word_class_suffixed(t, _tr_lower(text[s:e]))
        if kind == OTHER and t.life is not None and w == t.life[0] and folded.startswith(t.life[1], e + 1):
            kind = KILL  # "can kaybı", loss of life
        append(_Tok(kind, s, e, value, group, w, text[s].isupper()))
    _join_numbers_suffixed(toks, t)
    _join_numbers(toks)
    _drop_ages(toks)
    return toks


def _join_numbers_suffixed(toks: list[_Tok], tables: _SuffixTables) -> None:
    """Turkish and Azerbaijani numbers of several words, big to small: "on iki" 12, "üç yüz elli" 350, "31 bin 777"
    31,777, "iki milyon" 2,000,000; "bir" alone stays for _join_numbers (an article unless it counts)."""
    multipliers = tables.multipliers
    i = 0
    while i < len(toks):
        t = toks[i]
        if not (t.kind == NUM and t.value is not None) and not (
            t.kind == OTHER and t.word in multipliers
        ):
            i += 1
            continue
        total, cur, j, end = 0, 0, i, t.end
        digits_seen = False
        while j < len(toks):
            u = toks[j]
            if u.kind == OTHER and u.word in multipliers:
                total += (cur or 1) * multipliers[u.word]
                cur = 0
            elif u.kind == NUM and u.value is not None and u.word[0].isdigit():
                if digits_seen and cur:
                    break  # two numbers in digits are two figures
                if _is_decimal(u.word):
                    if j != i or not (j + 1 < len(toks) and toks[j + 1].word in multipliers):
                        break
                    total += round(float(u.word.replace(",", ".")) * multipliers[toks[j + 1].word])
                    end = toks[j + 1].end
                    j += 2
                    cur = 0
                    continue
                digits_seen = True
                cur += u.value
            elif (
                u.kind == NUM
                and u.value is not None
                and u.word == tables.article
                and j > i
                and not (tables.one_after_ten and cur and cur % 10 == 0 and cur < 100)
            ):
                break
            elif u.kind == NUM and u.value is not None:
                if u.value == 100:
                    cur = (cur or 1) * 100
                elif (cur and cur % 10 == 0 and u.value < (cur if cur < 100 else 100)) or not cur:
                    cur += u.value
                else:
                    break
            else:
                break
            end = u.end
            j += 1
        if j - i > 1 or (t.kind == OTHER and j > i):
            t.kind, t.value, t.end = NUM, total + cur, end
            t.word = "0" if t.word[0].isdigit() else t.word  # a joined count, no year or decimal
            del toks[i + 1 : j]
        i += 1


def _join_numbers(toks: list[_Tok], persian: bool = False) -> None:
    """twenty five → 25, two hundred → 200, 1,5 тис. → 1500, a dozen → 12; 'a' counts only before a group."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if not persian and t.word[:1] >= "\u0600" and _arabic_compound(toks, i):
            continue
        if "\u05d0" <= t.word[:1] <= "\u05ea" and _hebrew_compound(toks, i):
            continue
        if (
            t.kind == NUM
            and t.value is not None
            and not t.word[0].isdigit()
            and i > 0
            and toks[i - 1].word in NEGATORS
        ):
            t.value = None  # "no one", "ни одной"
        if t.kind == NUM and t.value is not None:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.word in _IT_AMBIGUOUS_NUMBERS and not (nxt and nxt.kind in (GROUP, KILL, INJ, LOSS)):
                t.kind, t.value = OTHER, None  # English "due to"; Italian "due morti", "due civili" count
                i += 1
                continue
            if t.word in ("a", "an") and nxt and nxt.kind == NUM and nxt.word == "dozen":
                t.value, t.word, t.end = 12, "dozen", nxt.end
                del toks[i + 1]
                continue
            if nxt and nxt.kind == NUM and nxt.value is not None and _french_compound(t, nxt):
                del toks[i + 1]
                continue
            if nxt and nxt.kind == NUM and nxt.value is not None and nxt.word not in ("a", "an"):
                if (t.value in (20, 30, 40, 50, 60, 70, 80, 90) or t.word in ("labing", "አስራ")) and nxt.value < 10:
                    t.value += nxt.value
                    t.end = nxt.end
                    del toks[i + 1]
                    continue
                if nxt.value == 100 and t.value < 10:
                    t.value *= 100
                    t.end = nxt.end
                    del toks[i + 1]
                    continue
            # Portuguese "vinte e dois" 22, "cento e vinte" 120: a round number, "e", a smaller one
            after = toks[i + 2] if i + 2 < len(toks) else None
            if (
                nxt
                and nxt.word == "e"
                and after is not None
                and after.kind == NUM
                and after.value is not None
                and not after.word[0].isdigit()
                and not t.word[0].isdigit()
                and (
                    (t.value in (20, 30, 40, 50, 60, 70, 80, 90) and after.value < 10)
                    or (t.value in (100, 200, 300) and after.value < 100)
                )
            ):
                t.value += after.value
                t.end = after.end
                del toks[i + 1 : i + 3]
                continue
            if nxt and nxt.kind == OTHER and nxt.word in MULTIPLIERS:
                t.value = (
                    round(float(t.word.replace(",", ".")) * MULTIPLIERS[nxt.word])
                    if _is_decimal(t.word)
                    else t.value * MULTIPLIERS[nxt.word]
                )
                t.end = nxt.end
                del toks[i + 1]
                rest = toks[i + 1] if i + 1 < len(toks) else None
                if (
                    "\u1200" <= nxt.word[:1] <= "\u139f"
                    and rest is not None
                    and rest.kind == NUM
                    and rest.value is not None
                    and rest.word.isdigit()
                    and rest.value < MULTIPLIERS[nxt.word]
                ):
                    # Amharic writes the thousands and the rest apart: "43 ሺህ 600" is 43,600
                    t.value += rest.value
                    t.end = rest.end
                    del toks[i + 1]
                continue
            if t.word in ("a", "an") and not (nxt and nxt.kind == GROUP):
                # French "a été" (has been) is a verb on the way to the cue: "un homme a été tué"
                t.kind = FILL if (nxt and nxt.word == "ete") or _personal_a(toks, i) else OTHER
            elif t.word in ONE_ARTICLES and not (nxt and nxt.kind in (GROUP, KILL, INJ)):
                t.kind = OTHER  # "heridos en un ataque", "dans une frappe": an article, not a count
            elif _is_decimal(t.word):
                t.value = None  # a decimal without a multiplier is not a head count
            elif (
                t.word.isdigit()
                and len(t.word) == 4
                and 1900 <= t.value <= 2100
                and not (nxt and nxt.kind in (GROUP, KILL, INJ))
            ):
                t.value = None  # a year, unless a group or a casualty word follows ("2012 zabitych")
        i += 1


def _ar_dual(w: str) -> tuple[int, int | None, str | None] | None:
    """The class of an Arabic dual's singular (KILL, INJ or a group), or None for no dual."""
    for f in (w, *arabic_forms(w)):
        if f in AR_DUAL:
            g = AR_DUAL[f]
            if g == "kill":
                return KILL, None, None
            if g == "inj":
                return INJ, None, None
            return GROUP, None, g
    return None


_AR_TENS = frozenset((20, 30, 40, 50, 60, 70, 80, 90))


def _arabic_compound(toks: list[_Tok], i: int) -> bool:
    """Arabic numbers of two words, joined into toks[i] (True when toks changed): "ثلاثة عشر" 13, "أحد
    عشر" 11, "خمسة وعشرون" 25, "مئة وخمسون" 150, "ثلاثة آلاف" 3000; a multiplier alone is a count
    ("ألف" 1000) or vague ("آلاف")."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    base = next((f for f in (t.word, *arabic_forms(t.word)) if f in AR_MULTIPLIERS), None)
    if t.kind == OTHER and base is not None:
        if base == fold("آلاف"):
            t.kind = VAGUE_
        else:
            t.kind, t.value = NUM, AR_MULTIPLIERS[base]
        return False
    if t.kind == OTHER and t.word in (fold("أحد"), fold("إحدى")) and nxt is not None and nxt.value == 10:
        t.kind, t.value = NUM, 11
    if t.kind != NUM or t.value is None or nxt is None:
        return False
    if nxt.kind == NUM and nxt.value is not None and not nxt.word[:1].isdigit():
        joined = None
        if nxt.value == 10 and t.value < 10 and not nxt.word.startswith("و"):
            joined = t.value + 10
        elif nxt.word.startswith("و") and (
            (t.value < 10 and nxt.value in _AR_TENS)
            or (t.value % 100 == 0 and t.value < 1000 and nxt.value < 100)
        ):
            joined = t.value + nxt.value
        if joined is not None:
            t.value, t.end, t.word = joined, nxt.end, nxt.word
            del toks[i + 1]
            return True
    return False


def _hebrew_compound(toks: list[_Tok], i: int) -> bool:
    """Hebrew numbers of two words, joined into toks[i] (True when toks changed): "שלושה עשר" 13, "אחת עשרה"
    11, "עשרים ושלושה" 23 (the ו of the units), "שלוש מאות" 300, "שלושת אלפים" 3000; "אלף" alone 1000,
    "אלפים" alone vague."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.kind == OTHER and t.word in HE_MULTIPLIERS:
        if t.word == fold("אלפים"):
            t.kind = VAGUE_
        else:
            t.kind, t.value = NUM, HE_MULTIPLIERS[t.word]
        return False
    if t.kind != NUM or t.value is None or nxt is None or t.word[:1].isdigit():
        return False
    joined = None
    if nxt.kind == NUM and nxt.value is not None and not nxt.word[:1].isdigit():
        if nxt.value == 10 and t.value < 10:
            joined = t.value + 10  # "שלושה עשר", "אחת עשרה"
        elif nxt.word.startswith("ו") and t.value % 10 == 0 and t.value >= 20 and nxt.value < 10:
            joined = t.value + nxt.value  # "עשרים ושלושה"
    elif t.value < 10 and nxt.word in (fold("מאות"), fold("אלפים"), fold("אלף")):
        joined = t.value * (100 if nxt.word == fold("מאות") else 1000)
    if joined is not None:
        t.value, t.end, t.word = joined, nxt.end, nxt.word
        del toks[i + 1]
        return True
    return False


# Spanish and French words for one that are also the indefinite article: a count only before
# the people or the casualty word it counts ("un muerto", "un niño", "un homme a été tué")
ONE_ARTICLES = frozenset(["un", "una", "une", "um", "uma", "bir", "en", "ett", "egy", "et", "ei", "isang"])  # Turkish "bir" too ("bir okulu vurdu"), Swedish "en", "ett", Hungarian "egy", Danish and Norwegian "et", "ei", Tagalog "isang"


def _personal_a(toks: list[_Tok], i: int) -> bool:
    """Spanish "a" before a count ("matando a tres civiles e hiriendo a doce"): it links the cue to
    the number, and is no number itself; "a three-year-old" keeps its English reading."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    after = toks[i + 2] if i + 2 < len(toks) else None
    return (
        toks[i].word == "a"
        and nxt is not None
        and nxt.kind == NUM
        and nxt.value is not None
        and not (after is not None and after.word in _AGE_WORDS)
    )


_FR_ROUND = frozenset(
    map(
        fold,
        [
            "dizaine",
            "douzaine",
            "quinzaine",
            "vingtaine",
            "trentaine",
            "quarantaine",
            "cinquantaine",
            "soixantaine",
            "centaine",
        ],
    )
)


def _french_compound(t: _Tok, nxt: _Tok) -> bool:
    """French numbers of two words, joined into t: "dix-huit" 18, "soixante-douze" 72, "quatre-vingts"
    80 (and then "quatre-vingt-dix" 90), "une dizaine" 10."""
    assert t.value is not None and nxt.value is not None
    if t.word in ("un", "une") and nxt.word in _FR_ROUND:
        value = nxt.value
    elif t.value == 10 and 7 <= nxt.value <= 9 and nxt.word in ("sept", "huit", "neuf"):
        value = 10 + nxt.value
    elif t.value in (60, 80) and 10 <= nxt.value < 20 and not nxt.word[0].isdigit():
        value = t.value + nxt.value
    elif t.word == "quatre" and nxt.word in ("vingt", "vingts"):
        value = 80
    else:
        return False
    t.value, t.end, t.word = value, nxt.end, nxt.word
    return True


_DECIMAL_RE = re.compile(r"\d+[.,]\d+")
_GROUPED_RE = re.compile(r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+")


def _is_decimal(w: str) -> bool:
    """1,5 or 2.75 (not 1,200 or 10.000, which group thousands)."""
    return _DECIMAL_RE.fullmatch(w) is not None and _GROUPED_RE.fullmatch(w) is None


@dataclass(slots=True)
class _Found:
    kind: int  # KILL or INJ
    value: int
    group: str | None
    start: int
    end: int
    sub: bool  # "including N ..."
    num_index: int
    loss: bool = False  # claimed losses: a running tally


_PASSIVE = (FILL, RISE)
TOLL_REACH = 15  # words from a toll's cue to the verb that gives its number


# Endings of Portuguese and Spanish nationality adjectives, which follow their noun (ucranianos, israelitas,
# israelenses, sudaneses, palestinos, brasileiros, sírios, russos, israelíes)
_POSTPOSED_NATIONALITY = (
    "anos", "anas", "enses", "itas", "inos", "inas", "eses", "esas", "ios", "ias", "eiros", "eiras", "ssos",
    "ssas", "ies",
)  # fmt: skip


def _link(toks: list[_Tok], left_first: bool = False, hebrew: bool = False) -> list[_Found]:
    found: list[_Found] = []
    n = len(toks)
    for i, t in enumerate(toks):
        if t.kind != NUM or t.value is None:
            continue
        kind = None
        group = None
        has_group = False
        end = t.end
        start = t.start
        if left_first:
            # Arabic puts the verb first: "قتل ثلاثة أشخاص وأصيب 15 آخرون" - the cue before a number is its
            # own, not the next clause's after it
            j = i - 1
            while j >= 0 and i - j <= 5:
                u = toks[j]
                if u.kind in (KILL, INJ, LOSS):
                    if not (j > 0 and toks[j - 1].kind == NUM and toks[j - 1].value is not None) and not (
                        hebrew and any(f.start <= u.start < f.end for f in found)
                    ):
                        # (a cue right after a number is that number's; in Hebrew, which puts the subject
                        # first as often, so is a cue an earlier figure already spans: "שלושה בני אדם
                        # נהרגו ועשרה נפצעו")
                        kind, start = u.kind, u.start
                    break
                if u.kind not in _PASSIVE:
                    break
                j -= 1
            if kind is not None:
                k = i + 1
                while k < n and toks[k].kind in (FILL, GROUP) and k <= i + 3:
                    if toks[k].kind == GROUP:
                        group = group or toks[k].group
                        has_group = True
                        end = toks[k].end
                        break
                    k += 1
        # right: NUM [group|filler]* CUE [group]
        j = i + 1
        steps = 0
        while kind is None and j < n and steps < 7:
            u = toks[j]
            if u.kind == GROUP:
                group = group or u.group
                has_group = True
                end = u.end
            elif u.kind in _PASSIVE:
                pass
            elif u.kind == OTHER and u.cap and j == i + 1:
                has_group = True  # a nationality: "20 Palestinians were killed"
                end = u.end
            elif u.kind == OTHER and toks[j - 1].kind == GROUP and u.word.endswith(_POSTPOSED_NATIONALITY):
                end = u.end  # a nationality after its noun: "dois soldados ucranianos morreram", "civiles palestinos"
            elif u.kind in (KILL, INJ, LOSS):
                kind = u.kind
                end = u.end
                if j + 1 < n and toks[j + 1].kind == GROUP:
                    group = group or toks[j + 1].group
                    has_group = True
                    end = toks[j + 1].end
                break
            elif u.kind == PUNCT and u.word == "," and j + 1 < n and toks[j + 1].kind == INCL:
                if _cue_before(toks, i):
                    break  # "загинули восьмеро, серед них троє дітей, поранено 27": the cue is on the left
                # skip the "including ..." clause up to its closing comma
                j += 1
                while (
                    j < n
                    and not (toks[j].kind == PUNCT and toks[j].word == ",")
                    and toks[j].kind not in (KILL, INJ)
                ):
                    j += 1
                if j < n and toks[j].kind in (KILL, INJ):
                    continue
            else:
                break
            j += 1
            steps += 1
        if kind is None:
            # left: CUE [filler]* NUM
            j = i - 1
            steps = 0
            while j >= 0 and steps < 5:
                u = toks[j]
                if u.kind in (KILL, INJ, LOSS):
                    kind = u.kind
                    start = u.start
                    break
                if u.kind not in _PASSIVE:
                    break
                j -= 1
                steps += 1
            if kind is not None:
                k = i + 1
                while k < n and toks[k].kind in (FILL, GROUP) and k <= i + 3:
                    if toks[k].kind == GROUP:
                        group = group or toks[k].group
                        has_group = True
                        end = toks[k].end
                        break
                    k += 1
        if kind is None:
            kind, cue_start = _arabic_toll(toks, i) if left_first else _toll(toks, i)
            if kind is not None:
                start = cue_start
        sub = any(toks[k].kind == INCL for k in range(max(0, i - 3), i))
        if kind is None and sub and found:
            kind = found[-1].kind
            k = i + 1
            while k < n and toks[k].kind in (FILL, GROUP) and k <= i + 3:
                if toks[k].kind == GROUP:
                    group = group or toks[k].group
                    end = toks[k].end
                    break
                k += 1
        if kind == LOSS:
            if not has_group:
                continue  # "lost 3 tanks"
            found.append(_Found(KILL, t.value, group, start, end, sub, i, loss=True))
        elif kind is not None:
            found.append(_Found(kind, t.value, group, start, end, sub, i))
    return found


def _arabic_toll(toks: list[_Tok], i: int) -> tuple[int | None, int]:
    """An Arabic toll stated verb first: "بلغت حصيلة قتلى الفيضانات في ليبيا أكثر من 11 ألف" - the verb or
    the word toll, then the casualty word, then the number (within TOLL_REACH words, no other number
    or clause sign between)."""
    for j in range(i - 1, max(-1, i - TOLL_REACH), -1):
        u = toks[j]
        if (u.kind == NUM and u.value is not None) or (u.kind == PUNCT and u.word in (";", ":", "(", ")")):
            break
        if u.kind in (KILL, INJ):
            if j > 0 and toks[j - 1].kind == NUM and toks[j - 1].value is not None:
                break  # "2946 قتيلا": the cue of the number before
            if any(t.kind == RISE for t in toks[max(0, j - 3) : j]):
                return u.kind, u.start
    return None, 0


def _split(spec: str) -> list[str]:
    return spec.split()


# One person named by a singular noun: "погибла женщина", "поранено жінку 64 років",
# "injuring a 62-year-old woman", "σκοτώθηκε ένας άνδρας" (the article then counts).
SINGULAR_PERSON = frozenset(
    map(
        fold,
        _split(
            "woman man child girl boy teenager pensioner resident civilian person baby "
            "γυναίκα άνδρας άντρας παιδί κορίτσι αγόρι ηλικιωμένος ηλικιωμένη "
            "жінка жінку чоловік чоловіка дитина дитину дівчина дівчинку хлопець хлопця хлопчик хлопчика людина "
            "людину пенсіонер пенсіонерка пенсіонерку підліток мешканець мешканка мешканку цивільний "
            "женщина женщину мужчина мужчину ребенок ребёнок ребенка ребёнка девочка девочку мальчик мальчика "
            "пенсионер пенсионерка пенсионерку подросток житель жительница жительницу "
            "mujer hombre niño niña anciano anciana persona bebé adolescente vecino vecina residente jubilado "
            "jubilada civil joven "
            "mężczyzna kobieta dziecko chłopiec dziewczynka nastolatek nastolatka emeryt emerytka mieszkaniec "
            "mieszkanka cywil osoba "
            "رجل امرأة طفل طفلة شاب فتاة فتى مسن مسنة مواطن مواطنة شخص جندي مدني سيدة رضيع "
            "رجلا طفلا شابا فتى مسنا مواطنا شخصا جنديا مدنيا رضيعا"
        ),
    )
)
# French, German, Italian, Portuguese, Dutch, Turkish
SINGULAR_PERSON |= frozenset(
    map(
        fold,
        _split(
            "femme homme enfant fille garçon adolescent adolescente habitant habitante retraité retraitée passant "
            "bébé civil "
            "Frau Mann Kind Mädchen Junge Jugendlicher Jugendliche Bewohner Bewohnerin Rentner Rentnerin Passant "
            "Zivilist Säugling Person "
            "donna uomo bambino bambina ragazzo ragazza anziano anziana neonato neonata residente pensionato "
            "pensionata passante civile persona "
            "mulher homem criança menino menina rapaz rapariga idoso idosa morador moradora bebê bebé civil pessoa "
            "vrouw man kind meisje jongen tiener bewoner bewoonster gepensioneerde baby burger persoon "
            "kadın adam erkek çocuk kız genç bebek sivil kişi"
        ),
    )
)
# Bulgarian: "уби 66-годишен мъж", "загина жена"
SINGULAR_PERSON |= frozenset(
    map(fold, _split("мъж жена дете момиче момче тийнейджър пенсионер пенсионерка жителка цивилен човек бебе"))
)
# Belarusian: "загінуў вайсковец", "паранена жанчына", "загінула дзіця"
SINGULAR_PERSON |= frozenset(
    map(fold, _split("жанчына жанчыну мужчына мужчыну дзіця дзіцё хлопчык хлопчыка дзяўчынка дзяўчынку падлетак "
                     "пенсіянер пенсіянерка пенсіянерку жыхар жыхарка жыхарку вайсковец вайскоўца салдат немаўля"))
)
# Czech and Slovak: "zahynul 58-ročný muž", "zraněna byla žena"
SINGULAR_PERSON |= frozenset(
    map(fold, _split("muž žena dítě dieťa chlapec dívka dievča člověk človek civilista civilistka obyvatel obyvateľ "
                     "obyvatelka obyvateľka důchodce dôchodca důchodkyně dôchodkyňa voják vojak policista policajt "
                     "řidič vodič"))
)
# Hebrew: "נהרגה אישה", "נפצע ילד" (the prefixes of "ואישה" aside: the tokens are read as written)
SINGULAR_PERSON |= frozenset(
    _he_words("אישה אשה גבר ילד ילדה תינוק תינוקת נער נערה קשיש קשישה אזרח אזרחית תושב תושבת חייל חיילת שוטר אדם")
)
SINGULAR_PERSON |= frozenset(
    map(fold, _split("femeie bărbat copil fată băiat pensionar pensionară civil persoană polițist soldat militar "
                     "adolescent adolescentă bebeluș"))
)  # Romanian ("un bărbat de 45 de ani")
# Words of an age between a cue and the noun ("a 62-year-old woman", "жінку 64 років"), and after the
# number of one ("une femme de 64 ans", "64 yaşındaki", "64-річна"): an age is never a count.
_AGE_WORDS = frozenset(
    map(
        fold,
        _split(
            "year years old aged month months χρονών ετών χρονη χρονος χρονου χρονο χρονα "
            "років року рік річна річний річного річну річної річній річні місяців "
            "лет года летняя летний летнего летнюю летней летние месяцев "
            "años meses letni letnia letniego letnią letnie letnich miesięcy ans mois anni mesi anos "
            "jaar jarige maanden jahre jährige jährigen jähriger jähriges monate yaşındaki yaşında aylık ani luni "
            "годишен годишна годишно годишни годишния годишният годишната години месечно месечен месечна "
            "letý letá leté letého letou letém letí ročný ročná ročné ročného ročnú ročnej ročnom ročná let roků "
            "rokov rokmi tuổi årig åriga årige månader سالہ"
        ),
    )
)
# Words that bring an age in before its number ("aged 30 and 45", "âgée de 64 ans", "im Alter von 64")
_AGE_INTRO = frozenset(map(fold, _split("aged âgé âgée âgés âgées alter età")))
# what may stand between a person and the age after it: "a woman, 64,", "een vrouw van 64"
_AGE_AFTER_PERSON = frozenset([",", "van"])


def _drop_ages(toks: list[_Tok]) -> None:
    """Ages and their words leave the tokens: an age counts nothing, and what it stands between is
    next to each other ("une femme âgée de 64 ans a été tuée": one killed; "een vrouw van 64
    omgekomen": one, not 64; "two men aged 30 and 45 were injured": two). A figure's span still
    covers them: it runs from its first token's start to its last one's end."""
    n = len(toks)
    drop: set[int] = set()
    for i, t in enumerate(toks):
        if t.kind != NUM or i in drop:
            continue
        nxt = toks[i + 1] if i + 1 < n else None
        prev = toks[i - 1] if i else None
        # "64 ans", "64 yaşındaki", the "64-" of "64-річна"
        years = nxt is not None and nxt.word in _AGE_WORDS and nxt.kind not in (KILL, INJ)
        # "aged 30", "âgée de 64", "im Alter von 64"
        intro = prev is not None and (
            prev.word in _AGE_INTRO
            or (i > 1 and prev.word in ("de", "di", "von", "of") and toks[i - 2].word in _AGE_INTRO)
        )
        # "a woman, 64, was killed", "een vrouw van 64 omgekomen": the person's age
        after_person = (
            prev is not None
            and i > 1
            and prev.word in _AGE_AFTER_PERSON
            and toks[i - 2].word in SINGULAR_PERSON
            and (prev.word != "," or (nxt is not None and nxt.word == ","))
        )
        if not (years or intro or after_person):
            continue
        drop.add(i)
        if years:
            drop.add(i + 1)
            if i + 2 < n and toks[i + 2].word in ("old", "alt", "oud"):
                drop.add(i + 2)  # "64 years old", "64 Jahre alt", "64 jaar oud"
        if intro:
            drop.update((i - 1,) if toks[i - 1].word in _AGE_INTRO else (i - 2, i - 1))
            # "aged 30 and 45": the ages coordinated with it are ages too
            j = i + 1
            while j + 1 < n and toks[j].kind == AND_ and toks[j + 1].kind == NUM:
                drop.update((j, j + 1))
                j += 2
        if after_person:
            drop.add(i - 1)
            if nxt is not None and nxt.word == ",":
                drop.add(i + 1)
    if drop:
        toks[:] = [t for k, t in enumerate(toks) if k not in drop]


def _single_victims(toks: list[_Tok], found: list[_Found]) -> list[_Found]:
    """A casualty cue with no number but one person next to it: a count of 1."""
    out: list[_Found] = []
    taken = {f.num_index for f in found}
    spans = [(f.start, f.end) for f in found]
    n = len(toks)
    for c, t in enumerate(toks):
        if t.kind not in (KILL, INJ) or any(a <= t.start < b for a, b in spans):
            continue
        hit = None
        # right: CUE [filler|article|age]* NOUN
        j = c + 1
        while j < n and j <= c + 6:
            u = toks[j]
            if u.word in SINGULAR_PERSON:
                hit = (t.start, u.end, u)
                break
            if (
                (u.kind == NUM and (u.value is None or u.word in ("a", "an")))
                or u.kind == FILL
                or (u.kind == OTHER and (u.word in ("a", "an", "year", "old") or u.word in _AGE_WORDS))
            ):
                j += 1
                continue
            break
        if hit is None and c > 0:
            # left: NOUN [filler]* CUE, with no number before the noun ("жінка загинула")
            j = c - 1
            while j > 0 and toks[j].kind == FILL and c - j < 3:
                j -= 1
            u = toks[j]
            if u.word in SINGULAR_PERSON and not (
                j > 0 and toks[j - 1].kind in (NUM, VAGUE_) and j - 1 not in taken
            ):
                hit = (u.start, t.end, u)
        if hit is not None and not any(a <= hit[0] < b or hit[0] <= a < hit[1] for a, b in spans):
            out.append(_Found(t.kind, 1, _group_of(hit[2].word)[1], hit[0], hit[1], False, c))
            spans.append((hit[0], hit[1]))
    return out


def _counted_noun(t: _Tok) -> bool:
    """What a count in a list counts: a group of people, one person, a nationality ("two Russians")."""
    return t.kind == GROUP or t.word in SINGULAR_PERSON or (t.kind == OTHER and t.cap)


def _conjunct_left(toks: list[_Tok], k: int, taken: set[int]) -> tuple[int, int] | None:
    """A conjunct "COUNT [word] NOUN" ending at k: (its count, its first token), or None. One person
    needs no count ("чоловік і жінка")."""
    if k < 0 or not _counted_noun(toks[k]):
        return None
    for first in (k - 1, k - 2):  # "three civilians", "two police officers", "five Ukrainian soldiers"
        t = toks[first] if first >= 0 else None
        if t is not None and t.kind == NUM and t.value is not None and first not in taken:
            return t.value, first
        if t is None or first == k - 2 or t.kind not in (GROUP, OTHER):
            break
    return (1, k) if toks[k].word in SINGULAR_PERSON else None


def _conjunct_right(toks: list[_Tok], k: int, taken: set[int]) -> tuple[int, int] | None:
    """A conjunct "COUNT [word] NOUN" starting at k: (its count, its last token), or None. One person
    needs no count."""
    t = toks[k] if k < len(toks) else None
    if t is None or k in taken:
        return None
    if t.word in SINGULAR_PERSON:
        return 1, k
    if t.kind != NUM or t.value is None:
        return None
    for last in (k + 1, k + 2):
        if last < len(toks) and _counted_noun(toks[last]):
            return t.value, last
        if last >= len(toks) or toks[last].kind not in (GROUP, OTHER):
            return None
    return None


def _coordinated(toks: list[_Tok], found: list[_Found]) -> list[_Found]:
    """Counts listed together are one figure, their sum: "five soldiers and three civilians were killed"
    (8), "killed two women and a child" (3), "a man and a woman were killed" (2). The list must end with
    "and" next to the figure, and each conjunct name whom it counts, so "between 3 and 5 people" stays 5.
    A group the conjuncts do not share is no group of the sum."""
    taken = {f.num_index for f in found}
    by_start = {t.start: k for k, t in enumerate(toks)}
    out = []
    for f in found:
        if f.sub:
            out.append(f)
            continue
        value, group, start, end = f.value, f.group, f.start, f.end
        first = by_start.get(start)
        cue_first = first is not None and toks[first].kind in (KILL, INJ, LOSS)
        if cue_first:
            first = f.num_index  # the cue is on the left: the list starts at the count
        if first is not None and toks[first].word in SINGULAR_PERSON and first and toks[first - 1].kind == NUM:
            first -= 1  # "a woman were killed": its article
        # leftwards: "... and [COUNT NOUN] CUE", then ", COUNT NOUN" further left
        k, joiner = (first - 1 if first is not None else -1), AND_
        while k >= 2 and (toks[k].kind == joiner or (joiner == PUNCT and toks[k].word == ",")):
            conj = _conjunct_left(toks, k - 1, taken)
            if conj is None or any(g is not f and g.start <= toks[k - 1].start < g.end for g in found):
                break  # (a person another cue counts already: "zahynul muž a dvě ženy jsou zraněné")
            value += conj[0]
            start = toks[conj[1]].start
            taken.add(conj[1])
            group = group if toks[k - 1].group == group else None
            k, joiner = conj[1] - 1, PUNCT
        # rightwards, where the cue comes first: "killed two women and a child", "загинули чоловік і жінка"
        if cue_first and start == f.start:  # (a list that grew leftwards ends at its cue)
            own = _conjunct_right(toks, f.num_index, set())
            if own is None and f.value == 1:  # a single victim: its noun is the found's last token
                own = next(((1, j) for j, t in enumerate(toks) if t.end == end and t.word in SINGULAR_PERSON), None)
            k = (own[1] if own is not None else f.num_index) + 1
            while k + 1 < len(toks) and (toks[k].kind == AND_ or toks[k].word == ","):
                conj = _conjunct_right(toks, k + 1, taken)
                if conj is None:
                    break
                value += conj[0]
                end = toks[conj[1]].end
                taken.add(k + 1)
                group = group if toks[conj[1]].group == group else None
                if toks[k].kind == AND_:
                    break  # the list ends with its "and"
                k = conj[1] + 1
        out.append(_Found(f.kind, value, group, start, end, f.sub, f.num_index, f.loss) if value != f.value else f)
    return out


def _cue_before(toks: list[_Tok], i: int) -> bool:
    """A casualty word right before the number at i, fillers aside ("загинули восьмеро")."""
    j = i - 1
    while j >= 0 and toks[j].kind in _PASSIVE and i - j < 4:
        j -= 1
    return j >= 0 and toks[j].kind in (KILL, INJ)


def _toll(toks: list[_Tok], i: int) -> tuple[int | None, int]:
    """A toll stated by a verb: "the death toll ... has passed 11,000", "число жертв ... превысило 41 тысячу"."""
    j = i - 1
    steps = 0
    while j >= 0 and steps < 3 and (toks[j].kind == FILL or toks[j].word in TOLL_TO):
        j -= 1
        steps += 1
    if j < 0 or toks[j].kind != RISE:
        after = next((k for k in range(i + 1, min(i + 3, len(toks))) if toks[k].word not in TOLL_TO), None)
        if after is not None and toks[after].word in RISES_AFTER:
            j = i  # the cue is looked for before the number
        else:
            return None, 0
    k = j - 1
    while k >= 0 and j - k <= TOLL_REACH:
        u = toks[k]
        if u.kind in (KILL, INJ, LOSS):
            return u.kind, u.start
        if (u.kind == NUM and u.value is not None) or (u.kind == PUNCT and u.word in (";", ":", "(", ")")):
            break
        k -= 1
    return None, 0


def _merge(found: list[_Found], toks: list[_Tok], text: str, cumulative: bool) -> list[Figure]:
    out: list[Figure] = []
    prev: _Found | None = None
    for f in found:
        if (
            prev is not None
            and out
            and not f.sub
            and not prev.sub
            and prev.kind != f.kind
            and prev.group == f.group
            and _joined(toks, prev, f)
        ):
            last = out[-1]
            killed = last.killed if f.kind == INJ else f.value
            injured = f.value if f.kind == INJ else last.injured
            out[-1] = Figure(
                killed=killed,
                injured=injured,
                group=last.group,
                cumulative=last.cumulative,
                matched=text[last.start : f.end],
                start=last.start,
                end=f.end,
            )
            prev = None
            continue
        out.append(
            Figure(
                killed=f.value if f.kind == KILL else None,
                injured=f.value if f.kind == INJ else None,
                group=f.group,
                cumulative=cumulative or f.loss,
                matched=text[f.start : f.end],
                start=f.start,
                end=f.end,
            )
        )
        prev = f
    return out


def _joined(toks: list[_Tok], a: _Found, b: _Found) -> bool:
    between = [t for t in toks if a.end <= t.start and t.end <= b.start]
    return len(between) <= 2 and all(t.kind in (AND_, PUNCT, FILL) for t in between)


# ---------------------------------------------------------------- Chinese

# Chinese writes a figure and its word with no space and mostly in one order: the number, a classifier
# (人, 名, 位), perhaps who (乌克兰士兵), then the verb (死亡, 遇难, 受伤); or a tally "死亡人数升至144人",
# or "造成5死8伤". Read on the folded text (traditional characters as simplified), sentence by sentence.
_ZH_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG = {"万": 10_000, "亿": 100_000_000}
_ZH_NUM = r"(?<![数几多余\d.,])(?:\d+(?:[.,]\d+)*[万千亿]?|[零〇一二三四五六七八九十百千万亿两]+)"
_ZH_ABOUT = r"(?:至少|超过|逾|近|约|共|已有|有)?"
# who, between a figure and its verb: no break, no verb of its own (一名男子持刀刺伤三名平民: the man is none)
_ZH_WHO = r"[^\d\s，。、；,;：:！？!?“”\"刺打炸杀枪射砍烧击持用向对被]{0,6}?"
_ZH_KILL = r"(?:死亡|遇难|罹难|丧生|身亡|阵亡|遇害|丧命|殒命|罹难|被杀|死(?!伤))"
_ZH_INJ = r"(?:受伤|负伤|轻伤|重伤|伤(?!亡))"
_ZH_FIGURE_RE = re.compile(
    rf"(?P<kn>{_ZH_NUM})死(?P<in>{_ZH_NUM})伤"  # 造成5死8伤
    rf"|(?:死亡|遇难|罹难|丧生)(?:人数|者)(?:已|已经)?(?:升至|上升至|增至|增加至|攀升至|达到|达|为|超过)(?P<toll>{_ZH_NUM})"
    rf"|(?:受伤|伤者)(?:人数)?(?:已|已经)?(?:升至|上升至|增至|达到|达|为)(?P<itoll>{_ZH_NUM})"
    rf"|{_ZH_ABOUT}(?P<n>{_ZH_NUM})(?![岁级架枚年月日时点号度%])(?:余|多)?(?:人|名|位|个)?(?P<who>{_ZH_WHO})(?:(?P<k>{_ZH_KILL})|(?P<i>{_ZH_INJ}))"
    # the verb first: "打死了十余名村民", "刺伤三名平民"
    rf"|(?:(?P<kv>打死|炸死|杀死|杀害|枪杀|射杀|害死)|(?:打伤|炸伤|刺伤|砍伤|烧伤|击伤))了?{_ZH_ABOUT}(?P<vn>{_ZH_NUM})(?:余|多)?(?:人|名|位)"
)
# explicit zeros: no casualties at all, or none dead, or none hurt
_ZH_ZERO_RE = re.compile(
    r"(?:无|没有|未造成|未有|暂无|并无)(?:任何)?(?:人员)?伤亡|无人(?P<k>死亡|遇难|丧生|罹难)|无人(?P<i>受伤)"
)
_ZH_TALLY_RE = re.compile(r"以来|累计|迄今|至今|总计")


def _zh_number(s: str) -> int | None:
    """'12' -> 12, '4.6万' -> 46000, '1,011' -> 1011, '十二' -> 12, '两' -> 2, '三千五百' -> 3500."""
    mult = 1
    if s[-1] in "万千亿" and s[:1].isdigit():
        mult = {"万": 10_000, "千": 1000, "亿": 100_000_000}[s[-1]]
        s = s[:-1]
    if s[:1].isdigit():
        s = s.replace(",", "")
        try:
            return round(float(s) * mult)
        except ValueError:
            return None
    total = section = digit = 0
    for ch in s:
        if ch in _ZH_DIGITS:
            digit = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            section += (digit or 1) * _ZH_UNITS[ch]
            digit = 0
        elif ch in _ZH_BIG:
            total += (section + digit) * _ZH_BIG[ch]
            section = digit = 0
    return total + section + digit


def _han_figures(
    doc: Doc, figure_re: re.Pattern[str], zero_re: re.Pattern[str], tally_re: re.Pattern[str],
    number: Callable[[str], int | None],
) -> list[Figure]:
    """Figures of a text without spaces (Chinese, Japanese), read by its language's patterns. The figure
    pattern's named groups say what a number counts: kn and in both ("5死8伤"), toll or itoll a toll of the
    dead or the hurt, vn a number after its verb (killed with kv), else n (killed with k); the zero pattern's
    k or i say that only the dead or only the hurt were none."""
    text, folded = doc.text, doc.folded
    out: list[Figure] = []
    for a, b in doc.sent_spans:
        sent = folded[a:b]
        cumulative = tally_re.search(sent) is not None
        for m in figure_re.finditer(sent):
            g = m.groupdict()
            killed = injured = None
            if g.get("kn"):
                killed, injured = number(g["kn"]), number(g["in"])
            elif g.get("toll"):
                killed = number(g["toll"])
            elif g.get("itoll"):
                injured = number(g["itoll"])
            elif g.get("vn"):
                if g.get("kv"):
                    killed = number(g["vn"])
                else:
                    injured = number(g["vn"])
            elif g.get("k"):
                killed = number(g["n"])
            else:
                injured = number(g["n"])
            s, e = a + m.start(), a + m.end()
            out.append(Figure(killed=killed, injured=injured, cumulative=cumulative, matched=text[s:e], start=s, end=e))
        for m in zero_re.finditer(sent):
            s, e = a + m.start(), a + m.end()
            out.append(
                Figure(
                    killed=None if m.group("i") else 0,
                    injured=None if m.group("k") else 0,
                    cumulative=cumulative,
                    matched=text[s:e],
                    start=s,
                    end=e,
                )
            )
    out.sort(key=lambda f: f.start)
    return out

# ---------------------------------------------------------------- Japanese

# Japanese writes a figure as Chinese does, with particles between: the number, 人 (or 名), perhaps who and a
# particle, then the word ("3人が死亡", "市民2人が死亡", "5人がけがをした", "2人が重傷を負った", a headline's
# "3人死亡"); a toll "死者は累計241人に上った"; zeros "死者・負傷者なし", "死傷者はいなかった", "けが人はいない".
# Read on the folded text (kanji folded as Chinese ones are: 傷 as 伤), so the patterns are folded alike.
_JA_FOLD = {ord(t): simp for t, simp in HAN_TRAD_SIMP.items()}
_JA_NUM = r"(?<![数十百千\d.,])(?:\d+(?:[.,]\d+)*(?:万\d*)?|[〇一二三四五六七八九十百千万]+)(?![数\d])"
_JA_ABOUT = r"(?:少なくとも|約|およそ|計|合わせて)?"
# who, between a figure and its word: no break, no digit ("子ども7人を含む18人が死亡": 18)
_JA_WHO = r"[^\d\s、。，,;；:：!?！？「」『』]{0,8}?"
_JA_KILL = r"(?:死亡|死去|亡くな|犠牲に|命を落と|殺害され|死(?![者伤]))"
_JA_INJ = r"(?:負傷|けが|ケガ|怪我|重傷|軽傷|重体)"
_JA_FIGURE_RE = re.compile(
    (
        rf"(?:死者|死亡者)(?:数)?(?:は|が|も)?(?:累計|これまでに|合わせて)?(?:で)?{_JA_ABOUT}(?P<toll>{_JA_NUM})(?:人|名)"
        rf"|(?:負傷者|けが人)(?:数)?(?:は|が|も)?(?:累計|これまでに)?(?:で)?{_JA_ABOUT}(?P<itoll>{_JA_NUM})(?:人|名)"
        rf"|{_JA_ABOUT}(?P<n>{_JA_NUM})(?![歳才年月日時分発機隻度%])(?:人|名)(?:以上|余り|超)?(?P<who>{_JA_WHO})"
        rf"(?:が|は|も)?(?:(?P<k>{_JA_KILL})|(?P<i>{_JA_INJ}))"
    ).translate(_JA_FOLD)
)
# explicit zeros: no casualties at all, or none dead, or none hurt
_JA_NONE = r"(?:は|も)?(?:なし|無し|ゼロ|いな[いか]|出てい?な|ありません|確認されていな)"
_JA_ZERO_RE = re.compile(
    (
        rf"(?:死者(?:・|や|、)?負傷者|死傷者|人的被害|けが人や死者){_JA_NONE}"
        rf"|(?P<k>死者|死亡者){_JA_NONE}|(?P<i>負傷者|けが人|怪我人){_JA_NONE}"
    ).translate(_JA_FOLD)
)
_JA_TALLY_RE = re.compile("|".join(w.translate(_JA_FOLD) for w in ("累計", "以降", "以来", "これまでに", "合計")))


def _ja_number(s: str) -> int | None:
    """'12' -> 12, '4万4000' -> 44000, '1万' -> 10000, '十二' -> 12 (kanji numerals as Chinese ones)."""
    if s[:1].isdigit():
        high, _, low = s.partition("万")
        try:
            n = float(high.replace(",", ""))
            return round(n * 10_000 + (int(low) if low else 0)) if _ else round(n)
        except ValueError:
            return None
    return _zh_number(s)


# ---------------------------------------------------------------- Korean

# Korean writes a figure as a number, the counter 명 (or 人), perhaps 여 (some) or 이상, a particle, then the
# verb, its endings on it: "3명이 숨지고", "23명이 부상을 입었다", "18명이 숨졌다", "최소 9명이 숨지고 40명이
# 다쳤다"; digits are grouped by 만 (ten thousand) and 천 ("4만4천 명", "1만2천300여 명"); the small numbers
# of people are native words before 명 ("한 명", "열두 명"). Tolls "사망자가 4만4천 명을 넘었다"; zeros "인명
# 피해는 없었다", "사상자는 없었다", "부상자는 없었다". Read on the folded text, spaces and all.
_KO_NATIVE = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
    "스무": 20, "스물": 20, "서른": 30, "마흔": 40, "쉰": 50,
}
_KO_NATIVE_RE = "|".join(
    sorted({*_KO_NATIVE, *(f"{t}{u}" for t in ("열", "스물", "서른", "마흔", "쉰") for u in list(_KO_NATIVE)[:9])},
           key=len, reverse=True)
)
_KO_DIGITS = r"\d+(?:,\d{3})+|\d+만(?:\s?\d+천)?(?:\s?\d+)?|\d+천(?:\s?\d+)?|\d+"
_KO_NUM = rf"(?<![\d.,가-힣])(?:{_KO_DIGITS}|(?:{_KO_NATIVE_RE})(?=\s?명))"
_KO_ABOUT = r"(?:(?:최소|적어도|약|모두|총|최소한)\s?)?"
# the counter, "some" or "more", a particle (never 을/를 then another verb: "7명을 포함해 18명이 숨졌다": 18)
_KO_COUNT = r"\s?명(?:\s?(?:여|이상|가량|넘게|넘는|남짓))?(?:이|가|은|는|도|의|씩)?"
_KO_KILL = r"(?:숨지|숨졌|숨진|숨져|사망|목숨을\s?잃|희생|전사|피살|살해됐|살해되)"
_KO_INJ = r"(?:다치|다쳤|다친|다쳐|부상|중상|경상|중경상)"
_KO_FIGURE_RE = re.compile(
    rf"(?:사망자|숨진\s?사람|희생자)(?:\s?수)?(?:는|가|도)?\s?(?:모두\s?|총\s?|누적\s?)?{_KO_ABOUT}(?P<toll>{_KO_NUM})\s?명"
    rf"|(?:부상자|다친\s?사람)(?:\s?수)?(?:는|가|도)?\s?(?:모두\s?|총\s?)?{_KO_ABOUT}(?P<itoll>{_KO_NUM})\s?명"
    rf"|{_KO_ABOUT}(?P<n>{_KO_NUM})(?![세살년월일시분발대척채곳개%])(?:{_KO_COUNT})\s?(?:(?P<k>{_KO_KILL})|(?P<i>{_KO_INJ}))"
)
_KO_NONE = r"(?:는|가|도|은)?\s?(?:전혀\s?|아무도\s?)?(?:없|발생하지\s?않|나오지\s?않|보고되지\s?않)"
_KO_ZERO_RE = re.compile(
    rf"(?:인명\s?피해|사상자|인적\s?피해){_KO_NONE}"
    rf"|(?P<k>사망자|숨진\s?사람|희생자){_KO_NONE}|(?P<i>부상자|다친\s?사람){_KO_NONE}"
)
# a running tally: since a date or since the war began, or a sum so far
_KO_TALLY_RE = re.compile(
    r"(?:\d+월\s?\d+일|침공|개전|전쟁|발발|교전|분쟁)\s?(?:이후|이래)|개전\s?(?:이후|이래)|누적|지금까지|현재까지"
)


def _ko_number(s: str) -> int | None:
    """'12' -> 12, '4만4천' -> 44000, '1만2천300' -> 12300, '1,800' -> 1800, '열두' -> 12."""
    s = s.replace(" ", "")
    if not s[:1].isdigit():
        if s in _KO_NATIVE:
            return _KO_NATIVE[s]
        tens = next((t for t in ("열", "스물", "서른", "마흔", "쉰") if s.startswith(t)), None)
        if tens is None or s[len(tens):] not in _KO_NATIVE:
            return None
        return _KO_NATIVE[tens if tens != "스물" else "스무"] + _KO_NATIVE[s[len(tens):]]
    total = 0
    for unit, mult in (("만", 10_000), ("천", 1000)):
        if unit in s:
            head, _, s = s.partition(unit)
            total += int(head.replace(",", "") or 1) * mult
    return total + (int(s.replace(",", "")) if s else 0)


def find_figures(doc: Doc, lang: str | None = None) -> list[Figure]:
    """Killed/injured figures in a Doc, in text order (`lang`: the update's language, where a word
    reads differently in it; Turkish words are read only when it is "tr")."""
    if lang == "zh":
        return _han_figures(doc, _ZH_FIGURE_RE, _ZH_ZERO_RE, _ZH_TALLY_RE, _zh_number)
    if lang == "ja":
        return _han_figures(doc, _JA_FIGURE_RE, _JA_ZERO_RE, _JA_TALLY_RE, _ja_number)
    if lang == "ko":
        return _han_figures(doc, _KO_FIGURE_RE, _KO_ZERO_RE, _KO_TALLY_RE, _ko_number)
    text = doc.text
    folded = doc.folded
    figures: list[Figure] = []
    suffixed = _SUFFIX_TABLES.get(lang or "")
    persian = lang == "fa"
    urdu = lang == "ur"
    # sentences with a casualty word (checked on the Doc's words: one set look-up
    # and one startswith a word, much cheaper than a regex over the text)
    words = doc.words
    # True, False, or None for a word not seen yet
    cue: list[bool | None] = (
        [_is_cue(w) or _is_cue_tr(w) for w in words]
        if lang == "tr"
        else [_is_cue(w) or w.startswith(_AZ_CUE_FOLDED) for w in words]
        if lang == "az"
        else [_is_cue(w) or _is_cue_fa(w) for w in words]
        if persian
        else [_is_cue(w) or _is_cue_ur(w) for w in words]
        if urdu
        else [_is_cue(w) or _is_cue_ps(w) for w in words]
        if lang == "ps"
        else list(map(_CUE_MEMO.get, words))
    )
    if None in cue:
        cue = [_is_cue(w) if c is None else c for w, c in zip(words, cue, strict=True)]
    if lang in _CS_SK:
        cue = [c or _is_cue_cs_sk(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "sv":
        cue = [c or w in _SV_KILL_EXACT or w in _SV_INJ_EXACT for w, c in zip(words, cue, strict=True)]
    elif lang == "da":
        # (and "skade": "ingen kom til skade", none hurt, has no casualty word of its own)
        cue = [c or w in _DA_KILL_EXACT or w in _DA_INJ_EXACT or w == "skade" for w, c in zip(words, cue, strict=True)]
    elif lang == "hu":
        cue = [c or w in _HU_KILL_EXACT or w in _HU_INJ_EXACT for w, c in zip(words, cue, strict=True)]
    elif lang == "lt":
        cue = [c or _is_cue_lt(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "lv":
        cue = [c or _is_cue_lv(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "tl":
        cue = [c or w in _TL_KILL_EXACT or w in _TL_INJ_EXACT for w, c in zip(words, cue, strict=True)]
    elif lang == "sw":
        cue = [c or _is_cue_sw(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "so":
        cue = [c or _is_cue_so(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "fi":
        cue = [c or _is_cue_fi(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "et":
        cue = [c or _is_cue_et(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "be":
        cue = [c or _is_cue_be(w) for w, c in zip(words, cue, strict=True)]
    elif lang == "am":
        cue = [c or _is_cue_am(w) for w, c in zip(words, cue, strict=True)]
    cue_sents = sorted(set(compress(doc.sent, cue)))
    for si in cue_sents:
        a, b = doc.sent_spans[si]
        sent = folded[a:b]
        toks = _tokens(doc, a, b, lang)
        hebrew = _HEBREW_RE.search(sent) is not None
        # (Persian, subject first and verb last, links as English does)
        arabic = not persian and not urdu and lang != "ps" and _ARABIC_RE.search(sent) is not None  # (Urdu too: verb last)
        # (Estonian puts the verb first as often as last: "hukkus neli inimest", "kolm inimest hukkus")
        estonian = lang == "et"
        found = _link(toks, left_first=hebrew or arabic or estonian, hebrew=hebrew or estonian)
        found.extend(_single_victims(toks, found))
        found.sort(key=lambda f: f.start)
        found = _coordinated(toks, found)
        # no "no", "δεν", "без", "нет": no explicit zero
        zeros = any(t.word in _NONE_WORDS for t in toks) or (
            suffixed is not None and any(t.word in suffixed.none_words for t in toks)
        ) or (lang == "be" and any(t.word == "не" for t in toks)) or (  # "загінулых не было"
            lang == "fi" and any(t.word in _FI_NONE_WORDS for t in toks)  # "kukaan ei kuollut", "ei loukkaantuneita"
        ) or (lang == "lv" and any(t.word in _LV_NONE_WORDS for t in toks)) or (
            lang == "ps" and any(t.word in _PS_NONE_WORDS for t in toks)  # "مرګ ژوبله نه ده اوښتې", "هېڅوک ټپي نه دی"
        ) or (  # "neviens nav cietis", "ievainoto nav"
            lang == "et" and any(t.word in _ET_NONE_WORDS for t in toks)  # "keegi ei hukkunud", "vigastatuid ei ole"
        ) or (lang == "so" and any(t.word in _SO_NONE_WORDS for t in toks))  # "cidna kuma dhiman", "lama hayo khasaare"
        if not found and not zeros:
            continue  # nothing to mark as a running tally or not
        # a count of losses ("назвало потери: 498 погибли") is a claimed running tally
        cumulative = _is_cumulative(sent) or any(t.kind == LOSS for t in toks)
        figures.extend(_merge(found, toks, text, cumulative))
        if not zeros:
            continue
        for rx, killed, injured in _NO_CASUALTY_RE:
            for m in rx.finditer(sent):
                s, e = a + m.start(), a + m.end()
                if any(f.start <= s < f.end or s <= f.start < e for f in figures):
                    continue
                figures.append(
                    Figure(
                        killed=0 if killed else None,
                        injured=0 if injured else None,
                        cumulative=cumulative,
                        matched=text[s:e],
                        start=s,
                        end=e,
                    )
                )
    figures.sort(key=lambda f: f.start)
    return figures


_ARABIC_RE = re.compile("[\u0620-\u064a]")
_HEBREW_RE = re.compile("[\u05d0-\u05ea]")
_CUE_EXACT = frozenset(
    _KILL_EXACT
    | _INJ_EXACT
    | _LOSS_EXACT
    | {"casualties", "victims", "injuries", "hurt", "harmed"}
    | {"victime", "victimes"}  # French
    | {"victimas", "personales"}  # Spanish: "no hubo víctimas", "sin daños personales" (an explicit zero)
    | {"persone"}  # Italian: "nessun danno alle persone"
    | {"vitimas", "vitima", "pessoais"}  # Portuguese: "não houve vítimas", "sem danos pessoais"
    | {fold("हताहत"), fold("जनहानि")}  # Hindi: "कोई हताहत नहीं"
    # Vietnamese syllables of "thiệt mạng", "tử vong", "chết", "bị thương", "thương vong", "hy sinh" (read in pairs by
    # _vietnamese_tokens)
    | {"thiet", "vong", "chet", "thuong", "hy"}
)
_CUE_PREFIX = (*_KILL_PREFIX, *_INJ_PREFIX, *_LOSS_PREFIX, "απωλει")
# word -> is it a casualty cue: a text repeats its words, and a worker sees the same words all day
_CUE_MEMO: dict[str, bool] = {}


def _is_cue_cs_sk(w: str) -> bool:
    """A folded Czech or Slovak word of death or injury ("zahynulo", "zraněných", "mŕtvych")."""
    return w in _CS_SK_KILL_EXACT or w.startswith(_CS_SK_KILL_PREFIX) or w.startswith(_CS_SK_INJ_PREFIX)


def is_casualty_word(w: str) -> bool:
    """A folded word of death, injury or losses ("morreram", "feridos", "killed")."""
    return _is_cue(w)


def _is_cue(w: str) -> bool:
    if len(_CUE_MEMO) > 200_000:
        _CUE_MEMO.clear()
    cue = _CUE_MEMO[w] = (
        w in _CUE_EXACT
        or w.startswith(_CUE_PREFIX)
        or (w[:1] >= "\u0600" and (_ar_class(w)[0] in (KILL, INJ) or _ar_dual(w) is not None))
        or ("\u05d0" <= w[:1] <= "\u05ea" and _he_class(w)[0] in (KILL, INJ))
        or ("\u0900" <= w[:1] <= "\u097f" and (_hi_class(w)[0] in (KILL, INJ) or w == HI_LIFE))
        or ("\u10a0" <= w[:1] <= "\u10ff" and _ka_class(w)[0] in (KILL, INJ))
        or ("\u0980" <= w[:1] <= "\u09ff" and (_bn_class(w)[0] in (KILL, INJ) or w in BN_ZERO_CUES))
        or ("\u0561" <= w[:1] <= "\u0587" and (w in _HY_KILL_EXACT or w in _HY_INJ_EXACT))
    )
    return cue


# The first word of every explicit-zero pattern above.
_NONE_WORDS = frozenset(
    map(fold, ["no", "nobody", "without", "δεν", "χωρίς", "без", "немає", "нема", "нет", "ніхто", "никто",
               "keine", "ohne", "niemand", "weder", "nicht", "getotet", "verletzt", "sin", "nadie", "ningún"])
)
_NONE_WORDS |= frozenset(["aucun", "aucune", "pas", "sans", "personne"])  # French
_NONE_WORDS |= frozenset(["տուժածներ", "տուժած", "զոհեր", "զոհ", "վիրավորներ", "վիրավոր", "ոչ", "մարդկային"])  # Armenian
_NONE_WORDS |= frozenset(["nessun", "nessuna", "nessuno", "non", "senza"])  # Italian
_NONE_WORDS |= frozenset(["nao", "sem", "nem", "ninguem", "nenhum", "nenhuma", "mortos", "vitimas", "feridos"])  # Portuguese
_NONE_WORDS |= frozenset(["nikt", "nie", "brak", "bez"])  # Polish
_NONE_WORDS |= frozenset(["nikdo", "nikto", "zadne", "ziadne", "zadni", "ziadni"])  # Czech, Slovak ("bez" above)
_NONE_WORDS |= frozenset(["inga", "ingen"])  # Swedish
_NONE_WORDS |= frozenset(["nincs", "nincsenek", "senki"])  # Hungarian
_NONE_WORDS |= frozenset(["nera", "nebuvo", "niekas"])  # Lithuanian (folded nėra)
_NONE_WORDS |= frozenset(["hakuna", "hakukuwa", "bila"])  # Swahili
_NONE_WORDS |= frozenset(map(fold, ["لا", "دون", "بدون", "لم"]))  # Arabic
_NONE_WORDS |= frozenset(["geen", "niet", "zonder"])  # Dutch ("niemand" above)
_NONE_WORDS |= frozenset(["tidak", "tak", "nihil", "tanpa"])  # Indonesian
_NONE_WORDS |= frozenset(["walang"])  # Tagalog ("walang nasawi o nasugatan")
_NONE_WORDS |= frozenset(_sr_both(["nema", "nije", "niko", "nitko", "bez", "nijedna"]))  # Serbian
_NONE_WORDS |= frozenset(map(fold, ["nu", "nimeni", "niciun", "nicio", "fără"]))  # Romanian
_NONE_WORDS |= frozenset(map(fold, ["няма", "нямаше", "никой", "без"]))  # Bulgarian
_NONE_WORDS |= frozenset(["khong", "chua"])  # Vietnamese
_NONE_WORDS |= frozenset(map(fold, ["የለም", "የሉም", "አልሞተም", "አልቆሰለም", "አልተጎዳም", "አልደረሰም"]))  # Amharic
_NONE_WORDS |= frozenset(_bn_words("কেউ কোনো কোন"))  # Bengali
_NONE_WORDS |= frozenset(["არ", "არავინ", "არც", "გარეშე"])  # Georgian
_NONE_WORDS |= frozenset(map(fold, ["אין", "ואין", "לא", "ללא", "בלי", "איש"]))  # Hebrew
_NONE_WORDS |= frozenset(map(fold, ["تلفاتی", "بدون", "فاقد", "کسی", "هیچکس", "هیچ", "فردی", "نداشت", "نشد"]))  # Persian
_NONE_WORDS |= frozenset(w.replace("'", "") for w in map(fold, ["कोई", "किसी", "नहीं"]))  # Hindi
_NONE_WORDS |= frozenset(map(fold, ["کوئی", "کسی", "نہیں"]))  # Urdu
