"""The enrichment stage: language, places, actors, cited sources, quotes and casualty figures.

Pure and offline: `load_enricher()` reads the data shipped in workers/data once
per process; `Enricher.enrich(text, ...)` is a function of its arguments.
Every item carries its (start, end) offsets into `text`.

Rules worth knowing (the tests pin them; tests/data/README.md is the convention):
- A country adjective names a place only with a territory noun ("λευκορωσικό
  έδαφος", "Russian territory"); with a military noun it is that country's
  armed forces ("ρωσικές δυνάμεις" -> russian_forces); with a collective body
  (officials, delegation, government) or as a noun ("Ρώσοι", "Ukrainians") it
  is the state as an actor; with one office holder ("Turkish President") the
  person acts, not the state; as a side ("Russian forces", "Russian state
  media") it gives no location context.
- A country name is the state as an actor only where it acts: as a party
  ("με τη Ρωσία"), after a body of the state ("Οι αρχές της Λευκορωσίας",
  "делегация России"), before a military or agent noun ("Israel's military",
  "US officials"), or as the subject of a verb ("the United States would ban",
  "η Ελλάδα θα στείλει", "Україна отримала"). A location ("στην Ουκρανία",
  "in Turkey and Syria"), an object ("έχουν εγκαταλείψει την Ουκρανία") or the
  territory of an office ("the mayor of Kyiv") is a place only.
- A capital is also its state as an actor as the subject of a statement or a
  decision ("το Κίεβο διεμήνυσε", "Berlin would send", "η Μόσχα «δεν θα δεχτεί»").
- A country inside an organisation's name ("МИД России", "Ukraine's General
  Staff") is a place; the organisation is the actor. An organisation before its
  holder's name ("Глава МИД России Сергей Лавров") is a title, not an actor.
- A given name and a capitalised surname ("Charlotte Evans", "Наталія
  Балясна", "Abdel Fattah al-Burhan") or a name right after an office
  ("мер Миколаєва Олександр Сєнкевич", "ο κυβερνήτης Όλεχ Κίπερ") is a person:
  a known one when the surname's spelling-blind key (gazetteer.name_skeleton)
  is a table surname's ("Φιλάσκιν" -> filashkin), else a new one with the
  surname in Latin letters as the id ("evans", "sienkevych", "kondratyev").
- A ministry's acronym ("МВД Марокко"), a speech act ("calls from Washington",
  "заяви Києва"), a passive agent ("launched by Russia") and "the country"
  next to a state body (with one country named) make the state an actor.
- Known outlets count as cited wherever named; after a citing phrase
  ("according to X") an unknown name counts only if it looks like an outlet
  ("the Kherson Herald"): a person, an agency or an NGO cited for a fact is an
  actor, not a source. Links to platforms are embedded posts.
- A name in quotation marks («Українська правда», «Би-би-си») is not a quote.
- A quote's speaker is the nearest person outside quotes in its sentence, else
  the nearest organisation or state; with a reporting verb but no name in the
  sentence ("«...», τόνισε."), the last person named before it, then the
  title's; else None.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import compress
from operator import or_
from pathlib import Path
from typing import Literal, NamedTuple

from events.schema import ActorRef, Enrichment, PlaceHint, PlaceRef, QuoteRef, SourceRef
from workers.stages import lang as langmod
from workers.stages.figures import HE_NUMBERS, NUMBER_WORDS, find_figures, is_casualty_word
from workers.stages.gazetteer import (
    CASELESS_LANGS,
    DATA,
    LEAD_WORDS,
    TITLES_BEFORE,
    Gazetteer,
    Mention,
    Place,
    load_gazetteer,
    name_skeleton,
)
from workers.stages.textnorm import (
    AM_PREFIXES,
    CASELESS_SCRIPTS,
    HAN_RE,
    HAN_RE_RUN,
    TOKEN_RE,
    Doc,
    NameIndex,
    arabic_forms,
    fold,
    fold_key,
    hebrew_forms,
    script_of,
    sr_cyrillic,
    with_cyrillic,
)

# 5: French, German and Spanish figures, names, citing phrases. 6: first-level regions of every country
# (world_regions.json); Turkish, Italian, Portuguese, Polish and Arabic (figures, names, citing phrases and
# outlets; fa/ur/he detected)
# 7: the first-level regions ISO and GeoNames spell in two languages; counties, voivodeships, prefectures.
# 8: Dutch detected, its figures, names (lang_nl), outlets and citing phrases.
# 9: Hebrew (prefixes stripped by rule, figures, names, outlets, citing phrases; gershayim inside a word are
# no quotation marks)
# 10: an age counts nobody ("une femme de 64 ans", "een vrouw van 64", "aged 30 and 45"); one person
# named by a French, German, Italian, Portuguese, Dutch or Turkish noun counts one; counts listed with "and"
# are summed ("five soldiers and three civilians": 8)
# 11: Persian (ی/ک and ZWNJ folded; figures, names in lang_fa blocks, Iranian outlets, citing phrases).
# 12: Hindi (Devanagari folded and tokenised whole, figures with number words, lakhs and Indian digit grouping,
# names in lang_hi, Indian outlets and citing phrases; a country before ने, को or के as its state)
# 13: Chinese (Han runs cut into words against the names and lexicon, traditional as simplified; figures,
# names, outlets, citing phrases; ja and ko detected)
# 14: Indonesian (figures, names in lang_id, Indonesian outlets and citing phrases; a country after a
# military noun is its side: "serangan Israel").
# 15: Japanese (kana runs cut as Han ones; figures, names in lang_ja, Japanese outlets, citing phrases; a
# country before は/が as its state, before 軍 a force and no place)
# 16: a Hebrew tally phrase ("עד כה", "סך הכל") alone marks a running tally (it counted only behind "בסך הכל")
# 17: an outlet listed both in capitals and in small letters ("WAFA", "Wafa") matches as written
# 18: Korean (particles stripped from names by rule, textnorm.korean_forms; figures with 명 and Korean digit
# grouping, zeros, tallies; names in lang_ko, Korean outlets, citing phrases)
# 19: Serbian, Croatian and Bosnian (one language: hr and bs read as sr and given back as hinted; names, figures,
# outlets and citing phrases in Latin letters, Cyrillic spellings of the names added at load)
# 20: Romanian (figures: number words, 'și-au pierdut viața', zeros, tallies; names in lang_ro with their case
# forms, counties and oblasts by their lead word; Romanian and Moldovan outlets and citing phrases).
# 21: an organisation before the title of who speaks for it is part of the title ("Kremlin spokesman Dmitry
# Peskov": peskov alone), as one after the title was ("представник Кремля", "director of the CIA")
# 22: Bulgarian (figures, names in lang_bg, Bulgarian outlets and citing phrases; "преговори с Киев" names a
# party; an office before "на" and an organisation is a title: "говорителят на Кремъл")
# 23: Czech and Slovak (figures read only in their text, names in lang_cs and lang_sk, outlets and citing phrases;
# a nationality adjective before a military noun is the side; an outlet's name may start with a small letter:
# iROZHLAS, iDNES)
# 24: Vietnamese (figures read on the syllables as written: number words, 'thiệt mạng', 'bị thương', zeros, tallies;
# names in lang_vi, provinces by 'tỉnh'; a country after a military noun its side; outlets and citing phrases).
# 25: Swedish (figures read only in Swedish text, names in lang_sv with the genitive -s, nationality adjectives before
# military nouns as sides, ” ” quotations, Swedish and Finland-Swedish outlets and citing phrases).
# 26: Urdu (figures read only in Urdu text: number words, ہزار/لاکھ and numbers big to small, 'جاں بحق', 'ہلاک', 'شہید',
# 'زخمی', zeros 'کوئی جانی نقصان نہیں', tallies 'اب تک'; names in lang_ur; a country before نے/کو/کے and a nationality
# adjective before its noun as the side, as in Hindi; Pakistani outlets and citing phrases after the outlet).
# 27: Belarusian (figures read only in its text: number words, загінулі, параненыя, zeros, tallies; names in lang_be
# in both spellings and their cases; actors, forces and Belarusian officials; "з" + instrumental a party; outlets
# and citing phrases).
# 28: Georgian (figures: number words, 'დაიღუპა', 'დაშავდა', zeros, tallies; names in lang_ka with their cases
# stripped by rule, a country in the ergative its state; Georgian outlets and citing phrases).
# 29: an outlet named by its web address is found across the dot before the domain's ending ("Civil.ge", "Index.hr").
# 30: Bengali: figures, zeros and tallies read in Bengali text, names with their case endings, Bengali outlets.
# 31: Hungarian (figures read only in Hungarian text, names in lang_hu with their case suffixes, Hungarian outlets and citing phrases).
# 32: Serbian in Latin letters as in Cyrillic: a nationality adjective before a stem of armed force names the side
# ("Ruski raketni napad"), a country in the nominative before its auxiliary or l-participle is the state acting.
# 33: a Polish country named in two words ("Stany Zjednoczone", "Wielka Brytania") is one nominative form: the
# list had split each into two single words, so neither was ever read as a subject.
# 34: Swahili (figures read only in Swahili text: number words after what they count, 'kumi na wawili', 'elfu ishirini',
# verbs of death and injury after their prefixes, zeros 'hakuna vifo wala majeruhi', tallies 'tangu vita vianze';
# names in lang_sw; a country after a weapon and its "of" ('droni za Urusi') its side, after an army or a government
# its forces or its state, before a verb with its subject prefix its state; Swahili outlets and citing phrases).
# 35: Armenian (figures read only in Armenian text: number words with the article, 'զոհեր չկան', tallies '... ից ի վեր';
# names in lang_hy with their cases and article stripped by rule, a name with the article its state acting; Armenian
# outlets and citing phrases).
# 36: Azerbaijani (case endings written onto names blanked before look-up, names in lang_az, Azerbaijani outlets and
# citing phrases, figures read only in Azerbaijani text).
# 37: Greek 'έχασαν τη ζωή τους' (lost their lives) counts one event's dead, not a side's losses; Russian names after
# a locative in their case forms: a big city's four letters ('в Орске'), soft and plural adjectives ('в Нижнем Тагиле').
# 38: Lithuanian (names in lang_lt in their six cases, a name's case telling its part, Lithuanian outlets and citing
# phrases, figures read only in Lithuanian text).
# 39: Danish and Norwegian (Bokmål), read as one (figures read only in their text: number words counted by twenties
# and by tens, zeros, tallies; names in lang_da with the genitive -s, nationality adjectives before military nouns as
# sides, » « quotations, Danish and Norwegian outlets and citing phrases).
# 40: Finnish (names in lang_fi with their case endings and consonant gradation, a name's case telling its part;
# figures read only in Finnish text; Finnish outlets and citing phrases).
# 41: the drowned are dead ('12 people drowned', 'πνίγηκαν', 'потонули', 'утонули').
# 47: Latvian (names in lang_lv in their cases, Latvian outlets and citing phrases, figures read only in Latvian text).
# 48: Estonian (names in lang_et with their case endings, a name's case and the word after it telling its part;
# figures read only in Estonian text; Estonian outlets and citing phrases).
# 49: Tagalog / Filipino (a publisher's "fil" read as tl; names in lang_tl, figures read only in Tagalog text: number
# words with their linker, 'walang nasawi', tallies 'mula noong Oktubre 7'; Philippine outlets and citing phrases).
# 50: 'потерпел крушение' (a crash suffered) and 'потерпевшие' (victims) are no losses: their dead no tally.
# 52: German nouns before a place ('in der Stadt Charkiw', 'im Raum Pokrowsk', 'in Richtung Saporischschja', 'im Norden
# Malis') no part of a person's name; German cities' genitives ('Kiews', 'Moskaus'); 'um' a German word; a toll
# whose verb comes last ('ist auf 46 gestiegen') or in the perfect ('ha aumentado a 46'); a capitalised function word
# inside a sentence is a name's, no evidence of a language ('Según The New York Times'); no person after 'der'.
# 53: Pashto (names in lang_ps, a country as its state by its place in a Pashto sentence, figures read only in Pashto
# text: number words, 'مرګ ژوبله نه ده اوښتې', tallies 'له ... راهیسې'; Afghan and Pakistani Pashto outlets and citing
# phrases).
# 54: Amharic (names in lang_am with their prepositions and endings stripped by rule, a country's part by its
# preposition and place; Amharic actors, outlets and citing phrases; figures read only in Amharic text).
# 55: Somali (names in lang_so, figures read only in Somali text: number words before what they count, 'laba iyo
# toban', 'cidna kuma dhiman', tallies 'tan iyo ...'; a country after its weapons its side, after its army or
# government its forces or state; Somali outlets and citing phrases); a name written with a small Arabic article
# ('al-Shabaab') found where the text writes it so.
# 56: what a ministry is of is its portfolio, no place ("ministère de la Santé" was Xanten, "Ministerio de Salud" La Salud).
#     A given name before a word for a reef, an island or a street names a place, no person ("Second Thomas Shoal").
#     A country inside its army's name is not that army a second time ("Mali ordusu").
#     Cities of a million people are found by GeoNames' names in the scripts without capitals ("نيروبي", "ナイロビ",
#     "नैरोबी", long enough to be no common word); Korean 벨고로드 is Belgorod, Hindi ढाका Bangladesh's Dhaka.
# 57: a continent is no place (GeoNames names Mahdia "Africa", a Philippine town "Asia"), nor what a sea, a strait
#     or a cape is named after ("the Gulf of Aden", "la mer d'Azov", "im Golf von Aden", "the Horn of Africa").
# 58: China's provinces and autonomous regions by the names the news writes ("Henan", "Xinjiang", "Tibet"; the
#     table had "Henan Sheng", no Tibet, and Shaanxi at Shanxi's centre: bench/tools/make_world_regions.py); a
#     region the table had joined to a sibling's GeoNames name is itself or gone (East Azerbaijan, South Andros);
#     Armenia's, South Korea's and Russia's regions by their English names (Russia's: twenty-two were missing,
#     Pskov region had Moscow Oblast's centre); Indonesia's provinces (the table had only its island groups); the
#     DR Congo's provinces since 2015 (Ituri, Tanganyika); Nigeria's Plateau, Rivers and Delta States. Armed
#     groups of other crises as actors: ADF, CODECO, ISIS-K, al-Qaeda, AQAP, TNLA, MNDAA, KIA, PDF, Polisario.
# 59: an English publisher's word weighs as one English stopword: "Erdogan called Netanyahu a war criminal" was German.
# 60: regions in their own scripts and with their kind's word: Iran's provinces in Persian ('استان خوزستان',
#     'آذربایجان شرقی'), Syrian, Iraqi, Yemeni, Sudanese and Lebanese governorates and states in Arabic ('محافظة حمص',
#     'ولاية الجزيرة', 'ريف دمشق'), a block's 'region_nouns' before its names and 'regions_with_noun' (a city's or a
#     word's name, only with the noun: 'استان تهران', 'محافظة تعز'); Chinese, Japanese, Korean, Hindi and Urdu
#     provinces and states; Russia's republics in Russian and Ukrainian ('в Дагестане', 'Чечні'); Razavi Khorasan and
#     Baghdad Governorate (the table had neither); small Attic towns of the fires (Penteli, Keratea, Varnavas).
#     Russia's oblasts and krais beyond the curated border ones by their adjective in Russian and Ukrainian
#     ('Саратовскую область', 'Пермському краї', 'Саратовскую и Волгоградскую области': a block's oblast_stems),
#     and Belarus's (Brest, Grodno, Mogilev, Vitebsk: the table had only Minsk's and the curated Gomel's).
#     No place: a given name ('Lori said'; 'Tina said', 'Austin said': a GeoNames town before 'said' opening its
#     clause), a name after a title in Hebrew, Arabic and Persian ('השרה אילת שקד', 'الفنانة شيراز'), what follows a
#     romanised Arabic article outside the Arabic-writing world ('Souq al-Juma' was Yuma, Arizona), Polish 'Chin'
#     (China's genitive) outside Polish text. 'Bethlehem' is the West Bank's, not Belém's other name.
ENRICH_VERSION = "enrich/60"


def _folded_set(text: str) -> frozenset[str]:
    # without apostrophes, as Doc.words are ("прем'єр" -> премєр)
    return frozenset(fold(w).replace("'", "") for w in text.split())


def _prefixes(text: str) -> tuple[str, ...]:
    return tuple(fold(w).replace("'", "") for w in text.split())


# Nouns after a nationality adjective: armed forces, or the state acting.
MILITARY_EXACT = _folded_set(
    "forces force troops army military soldiers servicemen tanks jets warplanes missiles missile drones drone "
    "artillery navy paratroopers units strikes strike shelling attacks attack bombardment occupiers invaders "
    "convoy column vehicles aircraft helicopters warships fleet commanders marines bomb bombs shells rockets "
    "rocket munitions "
    # German (whole words: the compounds are listed)
    "truppen armee armeen militär militärs streitkräfte streitkräften soldaten panzer kampfjets luftwaffe marine "
    "einheiten drohnen drohne raketen rakete artillerie luftangriffe luftangriffen luftangriff angriffe angriffen "
    "angriff beschuss luftabwehr flugabwehr besatzer besatzungstruppen invasoren kolonne kolonnen fahrzeuge "
    "militärfahrzeuge kampfflugzeuge hubschrauber kriegsschiffe flotte kommandeure bomben granaten geschosse "
    "marschflugkörper drohnenangriffe drohnenangriff raketenangriff raketenangriffe"
)
MILITARY_PREFIX = _prefixes(
    "δυνάμ στρατεύμ στρατ αεροσκάφ άρματ τανκ πυραύλ πύραυλ drone βομβαρδ πυροβολ αεροπορ ναυτικ επιθέσ επίθεσ "
    "οχήματ ελικόπτ πολεμικ στόλ κατοχ εισβολ πλήγμ πλήγματ βόμβ ρουκέτ "
    "військ армі солдат сил танк ракет дрон безпілот артилер авіац флот окупант окупац загарбник удар обстріл "
    "атак колон техні літак гелікоптер військовослуж "
    "войск арми солдат сил танк ракет дрон беспилот артиллер авиац флот оккупант удар обстрел атак колонн "
    "техник самолет вертолет военн"
)
# Collective bodies of a state: with a nationality ("Ukrainian officials",
# "ρωσική αντιπροσωπία") or before a country ("authorities of Belarus", "уряд
# України") they make the state an actor.
AGENT_EXACT = _folded_set(
    "officials official delegation delegations government side authorities diplomats ministry "
    "leadership embassy negotiators prosecutors administration parliament counterparts agency agencies guards "
    "service services "
    # ministries by their acronyms ("МВД Марокко", "МЗС Польщі")
    "мвд мид мзс мвс моз мінохорони минобороны міноборони минздрав мчс мнс "
    # German
    "regierung regierungen delegation delegationen behörden diplomaten ministerium botschaft führung "
    "unterhändler staatsanwaltschaft verwaltung parlament behörde dienste geheimdienst grenzschutz seite"
)
AGENT_PREFIX = _prefixes(
    "αντιπροσωπ αξιωματούχ κυβέρνησ πλευρ αρχές αρχών διπλωμάτ υπουργεί ηγεσ πρεσβεί "
    "διαπραγματευτ μυστικ "
    "делегац посадовц посадовець уряд сторон влад дипломат міністерств посольств керівництв "
    "переговорник прокуратур спецслужб прикордонник пограничник συνοριοφύλακ λιμενικ "
    "чиновник правительств власт министерств руководств переговорщик официальн"
)
# One office holder ("Turkish President", "Ουκρανός πρόεδρος", "президент України",
# "the mayor of Kyiv"): the person is the actor, not the state, and a place after
# such a title is the territory of the office.
ROLE_EXACT = _folded_set(
    "president minister ambassador spokesman spokeswoman spokesperson envoy leader chancellor premier diplomat "
    "prosecutor governor mayor commander chief counterpart head director "
    "πρόεδρος προέδρου πρόεδρο υπουργός υπουργού υπουργό πρέσβης πρέσβη εκπρόσωπος εκπροσώπου εκπρόσωπο "
    "ηγέτης ηγέτη καγκελάριος καγκελαρίου πρωθυπουργός πρωθυπουργού πρωθυπουργό δήμαρχος δημάρχου δήμαρχο "
    "κυβερνήτης κυβερνήτη περιφερειάρχης περιφερειάρχη επικεφαλής "
    "президент президента президентом президенту міністр міністра міністром посол посла послом речник "
    "речника речниця представник представника прем'єр прем'єра мер мера мером голова голови глава губернатор губернатора очільник "
    "министр министра министром представитель представителя премьер губернатором "
    "secretary генсек генсека генсекретар секретар секретаря секретарь γραμματέας γραμματέα "
    # German
    "präsident präsidenten minister ministerin botschafter botschafterin sprecher sprecherin gesandte gesandter "
    "kanzler kanzlerin bundeskanzler premierminister premierministerin ministerpräsident regierungschef "
    "gouverneur gouverneurs bürgermeister bürgermeisterin kommandeur chef chefin außenminister "
    "außenministerin verteidigungsminister verteidigungsministerin kremlsprecher regierungssprecher generalsekretär"
)
# Prepositions that make a country name a location rather than an actor.
# "in" before a place: a country after it is where, whatever follows ("В Судане силы быстрого реагирования
# захватили ...": in Sudan, the forces ...)
IN_WORDS = _folded_set("in inside within σε στη στην στο στον μέσα εντός в во у на dans en w we")
LOCATIVES = _folded_set(
    "in into to from across near inside within throughout at over toward towards through on via outside "
    "against "
    "σε στη στην στο στον στα στις στους απο από προς μέσα εντός εκτός κοντά γύρω μέσω κατά "
    "в у на до з із зі по біля під через від во из к ко около от с со проти против поблизу вблизи "
    # German
    "im ins nach aus bei nahe innerhalb über gegen durch vom zum zur"
)
ARTICLES = _folded_set("the a an η τη την το τον του της οι τα των τις τους ο der die das den dem des ein eine")
AND_WORDS = _folded_set("and και і й та и und")
# Reporting and stance verbs (English whole words, others by stem).
REPORT_EXACT = _folded_set(
    "said says say told tells added adds stressed noted warned stated wrote writes tweeted posted declared "
    "announced insisted claimed asked explained signalled signaled rejected denied accused demanded "
    "responded replied urged called remains wants agreed refused threatened vowed confirmed "
    # German
    "sagte sagt sagten erklärte erklärt betonte schrieb schreibt teilte teilt warnte kündigte forderte "
    "bestätigte bestritt dementierte drohte verkündete meldete berichtete versicherte kritisierte lehnte "
    "wies rief appellierte fügte ergänzte "
    # Turkish (a verb or a postposition after the name: "Reuters'ın aktardığına göre", "AA'ya göre")
    "dedi söyledi açıkladı bildirdi aktardı duyurdu yazdı belirtti göre haberine haberinde aktardığına "
    "bildirdiğine muhabiri"
)
REPORT_PREFIX = _prefixes(
    "δήλωσ δηλών τόνισ τονίζ πρόσθεσ προσθέτ ανέφερ αναφέρ σημείωσ σημειών υπογράμμισ υπογραμμίζ είπε λέει "
    "λένε είπαν έγραψ γράφει ανακοίνωσ ανακοινών διεμήνυσ διαμηνύ προειδοποίησ προειδοποιε υποστήριξ υποστηρίζ "
    "ξεκαθάρισ επεσήμαν επισημαίν κατέληξ ρώτησ απάντησ ισχυρίστ ισχυρίζ απορρίπτ απέρριψ αρνείται αρνήθηκ "
    "κατηγορ ζητά ζήτησ παραμέν συμφώνησ αρνήθ "
    "заяв сказа каже кажуть дода наголоси наголошу зазначи зазнача написа пише повідоми підкресли попереди "
    "відповів відповіла запевни відкину відкида звинув вимага погоди відмови "
    "говори доба подчеркну подчеркива отмети отмеча сообщи предупреди ответи заверил отверг отвергл обвини "
    "требу согласи отказа назвал назвав αποκάλεσ"
)


# Arabic, by the word without its clitics (_ar_base): nouns of forces and of collective bodies, one office
# holder's titles, reporting verbs, outlets, and the words of shooting down (the nationality adjective
# follows its noun: "القوات الروسية", "غارة إسرائيلية", "وزارة الخارجية الروسية")
AR_MILITARY = _folded_set(
    "جيش قوات جنود جندي جنديان جنديين عسكريين مقاتلين مقاتلات طائرات طائرة مسيرة مسيرات مسيره صواريخ صاروخ "
    "قذائف قذيفة مدفعية دبابات غارة غارات قصف هجوم هجمات ضربة ضربات ضربه طيران بحرية زوارق سفن سفينة "
    "وحدات كتيبة لواء فرقة احتلال هجمات غاره ضربات قوة دفاعات الدفاعات منظومة منظومات"
)
AR_AGENT = _folded_set(
    "وزارة حكومة سلطات السلطات السلطة الخارجية الداخلية الدفاع الصحة وفد مسؤولين مسؤولون دبلوماسيين سفارة "
    "إدارة الرئاسة مصادر جهات مكتب مجلس هيئة وكالة الشرطة"
)
AR_ROLE = _folded_set(
    "رئيس الرئيس رئيسة وزير وزيرة سفير سفيرة متحدث المتحدث ناطق الناطق محافظ عمدة قائد زعيم مبعوث "
    "المبعوث نائب ملك أمير ولي"
)
AR_REPORT = _folded_set(
    "قال قالت قالوا يقول تقول أعلن أعلنت يعلن تعلن أكد أكدت أضاف أضافت أوضح أوضحت أشار أشارت ذكر ذكرت "
    "أفاد أفادت صرح صرحت حذر حذرت هدد هددت اتهم اتهمت نفى نفت رفض رفضت طالب طالبت دعا دعت حث حثت ناشد "
    "ناشدت حمل حملت توعد توعدت أطلق أطلقت شن شنت قصف قصفت هاجم هاجمت استهدف استهدفت أرسل أرسلت تعهد "
    "تعهدت وافق وافقت قرر قررت فرض فرضت أغلق أغلقت أدان أدانت ردت رد نشر نشرت كتب كتبت"
)
# verbs that name their object as a side addressed or accused ("اتهمت حماس إسرائيل", "دعا روسيا")
AR_ADDRESS = _folded_set("اتهم اتهمت حمل حملت طالب طالبت دعا دعت حث حثت ناشد ناشدت حذر حذرت هدد هددت")
AR_OUTLET = _folded_set("قناة وكالة صحيفة موقع تلفزيون إذاعة شبكة")
AR_TARGET = _folded_set("إسقاط اسقاط أسقط أسقطت أسقطوا اعتراض اعترضت اعترض تدمير دمرت دمر")
AR_TARGET_NOUNS = _folded_set("إسقاط اسقاط اعتراض تدمير")
AR_COMITATIVE = _folded_set("مع")
AR_COMPLEMENTIZERS = _folded_set("إن أن بأن وإن")
AR_PREPOSITIONS = _folded_set("في من إلى على عن ضد نحو داخل عبر قرب مع بين")
# Persian words of the same classes, read by the same Arabic-script tests (Persian writes its prepositions
# apart, and its words, folded, are no Arabic ones): a country after its ezafe noun names the forces or the
# body ("ارتش اسرائیل", "وزارت خارجه ایران"), after a reporting verb or "که" the state; ZWNJ gone ("حمله‌های").
AR_MILITARY |= _folded_set("ارتش ارتشی نیروها نیروهای نیروی سپاه سربازان نظامیان پدافند یگانهای ناوگان")
# an attack or a weapon whose ezafe names a country is that state's ("حمله پهپادی اسرائیل", "حمله موشکی
# روسیه"), as "ρωσικός πύραυλος" names russia (README), not its forces
FA_STATE_NOUNS = _folded_set(
    "حمله حملات حملهای پهپادی موشکی هوایی پهپاد پهپادهای موشک موشکهای جنگنده جنگندههای تجاوز تهاجم"
)
AR_AGENT |= _folded_set("وزارت دولت مقامات سازمان سفارت ستاد دفتر هیئت هیات پلیس نهاد دستگاه")
AR_ROLE |= _folded_set("رئیس رییس وزیر سخنگوی سخنگو سفیر فرمانده فرماندهی رهبر شهردار استاندار نماینده معاون")
AR_REPORT |= _folded_set("گفت گفته گفتند افزود نوشت اعلام تاکید تأکید هشدار تهدید متهم محکوم خواستار تکذیب")
AR_ADDRESS |= _folded_set("متهم محکوم تهدید")
AR_OUTLET |= _folded_set("خبرگزاری شبکه روزنامه رادیو تلویزیون سایت")
AR_TARGET |= _folded_set("رهگیری سرنگون منهدم")
AR_COMPLEMENTIZERS |= _folded_set("که")
AR_PREPOSITIONS |= _folded_set("در از به با بر علیه سوی سمت نزدیک")


@lru_cache(maxsize=1 << 14)
def _ar_base(w: str) -> str:
    """An Arabic word without its clitics, if it has a reading without them in the classes above."""
    if w in AR_ALL:
        return w
    return next((f for f in arabic_forms(w) if f in AR_ALL), w)


AR_ALL = (
    AR_MILITARY | AR_AGENT | AR_ROLE | AR_REPORT | AR_OUTLET | AR_TARGET | AR_COMITATIVE | AR_COMPLEMENTIZERS
)

def _he_set(spec: str) -> frozenset[str]:
    """Hebrew words as the tokens read them: folded, geresh and gershayim dropped ("צה\"ל" is "צהל")."""
    return frozenset(fold(w).replace('"', "").replace("'", "") for w in spec.split())


# Hebrew, by the word without its prefixes (_he_base): the same classes. The nationality adjective follows
# its noun as in Arabic ("הצבא הרוסי", "תקיפה ישראלית", "משרד הבריאות הלבנוני"), and the noun before a
# country in the construct state names its body or its forces ("ממשלת ישראל", "צבא רוסיה").
HE_MILITARY = _he_set(
    "צבא צבאות כוחות כוח חיילים חייל לוחמים טנקים שריון נגמ\"שים מטוסים מטוס מטוסי כטב\"ם כטב\"מים רחפן "
    "רחפנים מל\"ט טיל טילים טילי רקטה רקטות רקטת פגזים פגז ארטילריה תקיפה תקיפות תקיפת התקפה התקפות התקפת "
    "מתקפה מתקפות מתקפת הפגזה הפגזות הפגזת הפצצה הפצצות הפצצת ירי שיגור שיגורי מטח מטחי חיל יחידות יחידת "
    "חטיבה חטיבת גדוד אוגדה אוגדת ספינות ספינת צי צבאי מערכת מערכות הגנה יירוט"
)
HE_AGENT = _he_set(
    "ממשלה ממשלת הממשלה משרד משרדי רשויות הרשויות רשות שלטונות השלטונות משלחת משלחות שגרירות שגרירות "
    "נציגות פקידים גורמים גורם מקורות נשיאות מועצת מועצה לשכת הלשכה מטה סוכנות משטרה משטרת מנהל מינהל "
    "דוברות דיפלומטים בכירים"
)
HE_ROLE = _he_set(
    "נשיא נשיאת ראש ראשת שר שרת השר השרה שגריר שגרירת דובר דוברת מושל מושלת מפקד מפקדת מנהיג שליח "
    "שליחת סגן סגנית מלך נסיך יורש ראש-ממשלת רמטכ\"ל"
)
HE_REPORT = _he_set(
    "אמר אמרה אמרו אומר אומרת אומרים הודיע הודיעה הודיעו מודיע מודיעה מסר מסרה מסרו הצהיר הצהירה טען "
    "טענה טענו טוען טוענת הדגיש הדגישה ציין ציינה הוסיף הוסיפה איים איימה איימו מאיים מאיימת האשים האשימה "
    "האשימו מאשים מאשימה הכחיש הכחישה הכחישו מכחיש מכחישה דחה דחתה דחו סירב סירבה דרש דרשה קרא קראה "
    "הזהיר הזהירה שיגר שיגרה שיגרו תקף תקפה תקפו הפציץ הפציצה הפגיז הפגיזה פתח פתחה שלח שלחה שלחו "
    "התחייב התחייבה הבטיח הבטיחה הסכים הסכימה הסכימו החליט החליטה הטיל הטילה סגר סגרה גינה גינתה פרסם "
    "פרסמה כתב כתבה מוכן מוכנה מוכנים תגיב יגיב מגיב מגיבה הגיב הגיבה מתכוון מתכוונת דורש דורשת דורשים "
    "מסרב מסרבת ממשיך ממשיכה ממשיכים יירט יירטה הפיל הפילה שוקל שוקלת מתכנן מתכננת תומך תומכת מגנה מגנים "
    "הודיעו אישר אישרה החליטו מבקש מבקשת ביקש ביקשה"
)
# verbs that name their object as a side addressed or accused ("האשים את ישראל", "קרא לרוסיה")
HE_ADDRESS = _he_set(
    "האשים האשימה האשימו מאשים מאשימה מאשימים גינה גינתה גינו קרא קראה קראו דרש דרשה דרשו הזהיר הזהירה איים איימה"
)
HE_OUTLET = _he_set("ערוץ רשת סוכנות עיתון אתר תחנת רדיו טלוויזיה תאגיד")
HE_TARGET = _he_set(
    "יירט יירטה יירטו יורט יורטה יורטו יירוט הפיל הפילה הפילו הופל הופלו הפלת השמיד השמידה השמידו הושמדו"
)
HE_TARGET_NOUNS = _he_set("יירוט הפלת השמדת")
HE_COMITATIVE = _he_set("עם")
HE_COMPLEMENTIZERS = _he_set("כי ש")
HE_ACCUSATIVE = _he_set("את")
HE_ALL = (
    HE_MILITARY | HE_AGENT | HE_ROLE | HE_REPORT | HE_OUTLET | HE_TARGET | HE_COMITATIVE | HE_COMPLEMENTIZERS
)


@lru_cache(maxsize=1 << 14)
def _he_base(w: str) -> str:
    """A Hebrew word without its prefixes, if it has a reading without them in the classes above."""
    if w in HE_ALL:
        return w
    return next((f for f in hebrew_forms(w) if f in HE_ALL), w)



def _word_class(
    exact: frozenset[str],
    prefixes: tuple[str, ...],
    latin: tuple[str, ...] = (),
    arabic: frozenset[str] = frozenset(),
    hebrew: frozenset[str] = frozenset(),
    georgian: tuple[str, ...] = (),
    armenian: tuple[str, ...] = (),
    ethiopic: tuple[str, ...] = (),
) -> Callable[[str], bool]:
    """A test for a folded word: one of the exact words, a Greek/Cyrillic word with one of the stems, a
    Latin word with one of the `latin` stems (Turkish ones, which no other language's words start with:
    "ordu", "füze", "yetkili"), an Arabic word that is one of `arabic` without its clitics, or a Hebrew
    word that is one of `hebrew` without its prefixes, or a Georgian or Armenian word with one of the `georgian` or
    `armenian` stems."""

    def member(w: str) -> bool:
        # stems only for non-Latin scripts, whose words inflect at the end (and Turkish's listed ones)
        if w in exact:
            return True
        if "\u05d0" <= w[:1] <= "\u05ea":
            return _he_base(w) in hebrew
        if w[:1] < "\u0600":
            if w[:1] > "\u0530":
                return w.startswith(armenian)  # Armenian stems, apart: Greek and Cyrillic words never try them
            return (w[:1] > "\u036f" and w.startswith(prefixes)) or (bool(latin) and w.startswith(latin))
        if "\u10a0" <= w[:1] <= "\u10ff":
            return w.startswith(georgian)  # Georgian stems, apart: the other scripts' words never try them
        if "\u1200" <= w[:1] <= "\u139f":  # Amharic stems, as written or after a preposition (የጦር, በሚኒስቴሩ)
            return bool(ethiopic) and (
                w.startswith(ethiopic) or any(w.startswith(p) and w[len(p) :].startswith(ethiopic) for p in AM_PREFIXES)
            )
        return _ar_base(w) in arabic

    return member


# Words that make an unknown name after a citing phrase an outlet.
OUTLET_EXACT = _folded_set(
    "news times post press agency tv television radio journal gazette daily herald tribune telegraph "
    "channel broadcaster media observer express chronicle courier monitor wire magazine review "
    # German: the last word of a name ("Süddeutsche Zeitung"); "Nachrichtenagentur" and "Sender" stand
    # before one ("die Nachrichtenagentur AFP"), capitalised as every German noun
    "zeitung rundfunk "
    # Italian: the last word of a name ("Il Fatto Quotidiano", "Il Messaggero", "Il Giornale")
    "quotidiano giornale gazzetta messaggero mattino"
)
OUTLET_PREFIX = _prefixes(
    "ειδήσ πρακτορ εφημερ κανάλ τηλεόρασ ραδιόφων "
    "агентств інформагентств газет телеканал радіо новин видан часопис "
    "информагентств радио новост издани журнал"
)


# French, whole words (accents fold away; "l'armée" reads "armée"): the nouns of forces
# and collective bodies, one office holder's titles, locatives, articles and reporting verbs.
MILITARY_EXACT |= _folded_set(
    "forces force troupes armée armées soldats militaires chars avions drones drone missiles missile artillerie "
    "marine unités frappes frappe tirs bombardements bombardement attaques attaque occupants envahisseurs "
    "convoi colonne véhicules blindés hélicoptères navires flotte commandants bombes obus roquettes roquette "
    "munitions aviation"
)
AGENT_EXACT |= _folded_set(
    "responsables autorités délégation délégations gouvernement camp diplomates ministère dirigeants ambassade "
    "négociateurs procureurs administration parlement homologues agence services"
)
ROLE_EXACT |= _folded_set(
    "président présidente ministre ambassadeur ambassadrice émissaire chef chancelier premier gouverneur maire "
    "commandant procureur homologue dirigeant secrétaire"
)
LOCATIVES |= _folded_set("à au aux en dans depuis vers près sur contre via hors chez")
ARTICLES |= _folded_set("le la les un une des du")
AND_WORDS |= _folded_set("et")
REPORT_EXACT |= _folded_set(
    "déclaré déclare affirmé affirme indiqué indique annoncé annonce ajouté ajoute souligné souligne averti "
    "écrit estimé estime assuré assure confirmé confirme démenti dément nié accusé accuse exigé exige appelé "
    "appelle rejeté rejette refusé refuse menacé menace promis promet précisé précise dit qualifié qualifie "
    "qualifiant parlant dénoncé dénonce jugé juge"
)

# Polish ("podała stacja TVN24", "agencja PAP")
OUTLET_EXACT |= _folded_set("stacja stacji agencja agencji radio radia telewizja telewizji dziennik portal gazeta")
# Czech and Slovak ("uvedla agentura ČTK", "informoval server Seznam Zprávy", "podľa denníka SME")
OUTLET_EXACT |= _folded_set(
    "agentura agentury agentuře agentúra agentúry server serveru portál portálu televize televizi televízia "
    "televízie rozhlas rozhlasu deník deníku denník denníka denníku list listu stanice stanici"
)
# Georgian words before an outlet's name ("ტელეკომპანია „იმედი“", "სააგენტო ინტერპრესნიუსი"), by stem
KA_OUTLET = _prefixes("ტელეკომპანი სააგენტო გაზეთ არხ პორტალ ტელევიზი გამოცემ")
# Armenian words before an outlet's name ("գործակալություն «Արմենպրես»", "հեռուստաընկերություն"), by stem
HY_OUTLET = _prefixes("գործակալություն լրատվական հեռուստաընկերություն հեռուստաալիք թերթ կայք ռադիոկայան")
_is_outlet_word = _word_class(
    OUTLET_EXACT, OUTLET_PREFIX, arabic=AR_OUTLET, hebrew=HE_OUTLET, georgian=KA_OUTLET, armenian=HY_OUTLET
)


# Spanish, whole words, as the French above: the nationality follows these nouns too ("misiles rusos",
# "el Gobierno sirio"), and weapons shot down were a target ("derribó 45 drones rusos").
MILITARY_EXACT |= _folded_set(
    "fuerzas tropas ejército ejércitos soldados militares misiles misil cohetes drones dron aviones cazas "
    "bombarderos helicópteros tanques blindados artillería ataque ataques bombardeo bombardeos ofensiva buques "
    "fragatas columna columnas convoy ocupantes invasores armada flota unidades efectivos proyectiles aviación"
)
AGENT_EXACT |= _folded_set(
    "gobierno autoridades delegación delegaciones diplomáticos funcionarios ministerio embajada negociadores "
    "fiscalía servicios guardacostas diplomacia cancillería"
)
ROLE_EXACT |= _folded_set(
    "presidente presidenta ministro ministra embajador embajadora portavoz enviado enviada líder canciller "
    "fiscal gobernador gobernadora alcalde alcaldesa comandante jefe jefa homólogo mandatario"
)

# Italian, whole words, as the Spanish above: the nationality follows these nouns ("missili russi",
# "il governo siriano"), and weapons shot down were a target ("ha abbattuto 38 droni russi").
MILITARY_EXACT |= _folded_set(
    "forze truppe esercito eserciti soldati militari missili missile razzi razzo droni drone aerei caccia "
    "bombardieri elicotteri carri blindati artiglieria attacco attacchi raid bombardamento bombardamenti "
    "offensiva navi fregate colonna colonne convoglio occupanti invasori marina flotta unità proiettili aviazione "
    "reparti contingente"
)
AGENT_EXACT |= _folded_set(
    "governo autorità delegazione delegazioni diplomatici funzionari ministero ambasciata negoziatori procura "
    "servizi diplomazia vertici"
)
ROLE_EXACT |= _folded_set(
    "presidente presidentessa ministro ministra ambasciatore ambasciatrice portavoce inviato inviata leader "
    "cancelliere governatore governatrice sindaco sindaca comandante capo omologo premier procuratore segretario"
)
# Portuguese, whole words, as the Spanish above ("mísseis russos", "o Governo angolano", "abateu 45 drones russos")
MILITARY_EXACT |= _folded_set(
    "forças tropas exército exércitos soldados militares mísseis míssil foguetes drones drone aviões caças "
    "bombardeiros helicópteros tanques blindados artilharia ataque ataques bombardeamento bombardeamentos "
    "bombardeio bombardeios ofensiva navios fragatas coluna colunas comboio ocupantes invasores marinha armada "
    "frota unidades efetivos projéteis aviação ataques aéreos"
)
AGENT_EXACT |= _folded_set(
    "governo autoridades delegação delegações diplomatas funcionários ministério embaixada negociadores "
    "procuradoria serviços diplomacia chancelaria executivo"
)
ROLE_EXACT |= _folded_set(
    "presidente presidenta ministro ministra embaixador embaixadora porta-voz enviado enviada líder chanceler "
    "procurador governador governadora prefeito prefeita autarca comandante chefe homólogo primeiro-ministro "
    "primeira-ministra"
)
# Polish, whole words in their case forms: the nationality adjective comes before the noun, as in
# English ("rosyjskie drony", "polskie myśliwce", "ukraińskie władze")
MILITARY_EXACT |= _folded_set(
    "wojska wojsk wojskom wojskami siły sił siłami armia armii armią żołnierze żołnierzy żołnierzami czołgi "
    "czołgów rakiety rakiet rakieta rakietą pociski pocisków pocisk drony dronów dron drona dronami myśliwce "
    "myśliwców samoloty samolotów lotnictwo lotnictwa artyleria artylerii piechota piechoty jednostki jednostek "
    "oddziały oddziałów ataki ataków atak ataku ostrzał ostrzału naloty nalotów nalot uderzenie uderzenia "
    "okupanci okupantów najeźdźcy kolumna kolumny konwój pojazdy pojazdów śmigłowce śmigłowców okręty okrętów "
    "flota floty dowódcy dowódców bomby bomb amunicja marynarka marynarki bombowce bombowców wojskowi wojskowych"
)
AGENT_EXACT |= _folded_set(
    "władze władz władzom rząd rządu delegacja delegacji dyplomaci dyplomatów ministerstwo ministerstwa msz msw "
    "mon ambasada ambasady negocjatorzy prokuratura prokuratury administracja administracji parlament "
    "parlamentu służby służb straż dowództwo dowództwa"
)
ROLE_EXACT |= _folded_set(
    "prezydent prezydenta prezydentem minister ministra ministrem ambasador ambasadora rzecznik rzecznika "
    "rzeczniczka wysłannik przywódca przywódcy kanclerz kanclerza premier premiera gubernator gubernatora mer "
    "mera burmistrz burmistrza dowódca dowódcy szef szefa szefowa prokurator wicepremier wicepremiera "
    "wojewoda wojewody sekretarz sekretarza"
)
LOCATIVES |= _folded_set("w na z od przy pod nad koło obok przez wobec przeciwko ku")  # not "ze": "że" folds to it
AND_WORDS |= _folded_set("i oraz")
REPORT_EXACT |= _folded_set(
    "powiedział powiedziała powiedzieli oświadczył oświadczyła oświadczyło ogłosił ogłosiła poinformował "
    "poinformowała poinformowało przekazał przekazała przekazało podał podała podało dodał dodała napisał "
    "napisała stwierdził stwierdziła zapowiedział zapowiedziała ostrzegł ostrzegła zaprzeczył zaprzeczyła "
    "zaprzeczyło oskarżył oskarżyła oskarżyło wezwał wezwała zaapelował zaapelowała odrzucił odrzuciła "
    "zagroził zagroziła potwierdził potwierdziła podkreślił podkreśliła zaznaczył zaznaczyła twierdzi twierdzą "
    "zaprzecza zaprzeczają ostrzega oskarża zapowiada zapowiedziało informuje podaje przekazuje mówi deklaruje "
    "grozi apeluje wzywa odrzuca potępia potępił potępiła żąda domaga"
)
# Czech and Slovak, whole words in their case forms: the nationality adjective comes before the noun ("ruské
# drony", "ruský raketový útok", "izraelské letectvo", "ukrajinské úřady"); "že" folds to "ze", so "ze" is no
# locative, and "do" (Portuguese "of the") and "a" (and; Spanish "to") are left to the languages that had them
MILITARY_EXACT |= _folded_set(
    "vojska vojsk vojskům vojsky vojská vojáci vojáků vojáky vojaci vojakov armáda armády armádu armádou armáde "
    "síly sil silami sily síl tanky tanků tankov rakety raket rakiet raketa raketou střely střel strely drony dronů "
    "dronov dron dronu dronmi drona letectvo letectva letectvom letadla letadel lietadlá lietadiel stíhačky stíhaček "
    "stíhačiek dělostřelectvo dělostřelectva delostrelectvo delostrelectva jednotky jednotek jednotiek okupanti "
    "okupantů okupantov útok útoku útoky útoků útokov útokem útokom útoce nálet nálety náletů náletov úder údery "
    "úderu úderov bomby bomb vrtulníky vrtulníků vrtuľníky lodě lodí lode námořnictvo námorníctvo flotila konvoj "
    "kolona kolóna ostřelování ostreľovanie munice munícia"
)
AGENT_EXACT |= _folded_set(
    "vláda vlády vládě vládu úřady úřadů úrady úradov delegace delegácia delegácie diplomaté diplomati ministerstvo "
    "ministerstva ministerstvu velvyslanectví veľvyslanectvo ambasáda ambasády parlament parlamentu prokuratura "
    "prokuratúra velení velenie"
)
ROLE_EXACT |= _folded_set(
    "prezident prezidenta prezidentem prezidentom ministr ministra ministrem minister ministrom velvyslanec "
    "veľvyslanec mluvčí hovorca hovorkyně hovorkyňa vyslanec premiér premiéra premiérem premiérom kancléř "
    "kancléřka kancelár guvernér gubernátor starosta starostka primátor hejtman šéf šéfa šéfka velitel veliteľ "
    "náčelník tajemník tajomník"
)
LOCATIVES |= _folded_set("v ve vo zo od pri při pod nad k ke ku cez proti")
AND_WORDS |= _folded_set("aj")
REPORT_EXACT |= _folded_set(
    "řekl řekla řekli uvedl uvedla uvedlo uvedli oznámil oznámila oznámilo oznámili prohlásil prohlásila "
    "informoval informovala informovalo napsal napsala dodal dodala varoval varovala varovalo popřel popřela "
    "popřelo odmítl odmítla odmítlo obvinil obvinila vyzval vyzvala pohrozil pohrozila potvrdil potvrdila "
    "zdůraznil zdůraznila tvrdí uvádí odsoudil odsoudila požaduje žádá povedal povedala uviedol uviedla uviedlo "
    "uviedli vyhlásil vyhlásila napísal napísala poprel poprela odmietol odmietla odmietlo zdôraznil uvádza "
    "odsúdil odsúdila žiada"
)


# Dutch, whole words: the nationality adjective comes before the noun, as in English ("Russische troepen",
# "een Israëlische luchtaanval", "de Oekraïense autoriteiten"); compounds are listed whole
MILITARY_EXACT |= _folded_set(
    "troepen leger legers strijdkrachten soldaten militairen raketten raket kruisraketten drones drone straaljagers "
    "gevechtsvliegtuigen bommenwerpers helikopters tanks artillerie aanval aanvallen raketaanval raketaanvallen "
    "luchtaanval luchtaanvallen droneaanval droneaanvallen bombardement bombardementen beschieting beschietingen "
    "offensief marine vloot eenheden projectielen luchtmacht bezetters konvooi colonne colonnes oorlogsschepen"
)
AGENT_EXACT |= _folded_set(
    "regering autoriteiten delegatie delegaties diplomaten ministerie ambassade onderhandelaars parket kabinet "
    "diplomatie inlichtingendienst veiligheidsdienst"
)
ROLE_EXACT |= _folded_set(
    "president presidente minister premier ambassadeur woordvoerder woordvoerster gezant leider gouverneur "
    "burgemeester commandant bevelhebber chef staatshoofd minister-president bondskanselier"
)
LOCATIVES |= _folded_set("in op bij naar uit tegen nabij")
AND_WORDS |= _folded_set("en")
REPORT_EXACT |= _folded_set(
    "zei zegt zeiden verklaarde verklaart meldde meldt kondigde bevestigde bevestigt ontkende ontkent beschuldigde "
    "beschuldigt waarschuwde waarschuwt eiste eist dreigde dreigt noemde noemt schreef schrijft benadrukte "
    "benadrukt verwierp verwerpt wees wijst veroordeelde veroordeelt riep roept"
)

# Indonesian: the country's name itself follows the noun it qualifies ("serangan Israel", "drone Rusia",
# "pasukan Ukraina"; "serangan udara Israel" with the kind of strike between): read only in Indonesian text
# (_id_side), so that these words mean nothing elsewhere
ID_MILITARY = _folded_set(
    "serangan gempuran pasukan tentara militer prajurit drone rudal roket artileri jet pesawat tank kapal "
    "angkatan armada konvoi pengeboman bom"
)
ID_BETWEEN = _folded_set("udara darat laut rudal drone artileri roket tempur perang")
ID_TARGETED = _folded_set("jatuh mencegat dicegat menghalau dihalau menjatuhkan dijatuhkan")
# Vietnamese writes the same order, by the noun's last syllable ("cuộc không kích của Israel", "tên lửa Nga", "quân
# đội Israel", "máy bay Nga", "pháo binh Nga", "tàu hải cảnh Trung Quốc"), "của" (of) between; read only in
# Vietnamese text (_id_side)
VI_MILITARY = _folded_set("kích công lửa uav drone bay binh đội quân lượng sĩ pháo cảnh chiến bom")
VI_BETWEEN = _folded_set("của")
VI_TARGETED = _folded_set("hạ chặn rơi")
# Swahili writes the same order with its class's "of" between ("droni za Urusi", "makombora ya Urusi", "shambulio la
# anga la Israel", with what qualifies the strike between too); read only in Swahili text (_id_side). An army or a
# government "of" a country ("jeshi la Sudan", "serikali ya Kenya") is its state's forces or its state, and the
# country stays a place (_sw_place_actor); a country before a verb with its class's subject prefix ("Israel
# imeshambulia", "Kenya iko tayari") is the subject.
SW_MILITARY = _folded_set(
    "droni ndege makombora kombora mizinga mzinga roketi maroketi mabomu bomu shambulio shambulizi mashambulizi "
    "mashambulio vifaru kifaru meli manowari msafara"
)
SW_BETWEEN = _folded_set("la za ya wa vya cha anga angani ardhini masafa marefu kivita zisizo isiyo na rubani")
SW_TARGETED = _folded_set(
    "imedungua wamedungua limedungua kudungua imeangusha wameangusha kuangusha imenasa kunasa zimedunguliwa "
    "zilidunguliwa zimeharibiwa"
)
SW_FORCES_NOUNS = _folded_set("jeshi majeshi wanajeshi mwanajeshi vikosi kikosi askari")
SW_STATE_NOUNS = _folded_set("serikali wizara mamlaka ujumbe wajumbe msemaji ubalozi utawala")
SW_OF = _folded_set("la wa ya za cha vya")
# a verb with the subject prefix of a country's class (i-, negative hai-) and a tense: "imeshambulia", "ilisema",
# "itajibu", "inasema", "haitakubali", "iko"
SW_SUBJECT_VERB_RE = re.compile(r"(?:ha)?i(?:me|li|ta|na|ki|ka|ja|ku|ko$)\w*")
AGENT_EXACT |= _folded_set("pemerintah kementerian kemlu delegasi otoritas kedutaan diplomat")
# Tagalog / Filipino: a country after "ng" (of, by) and a military noun is that noun's side ("mga drone ng Russia",
# "missile ng Russia", "pag-atake ng missile ng Russia"), read only in Tagalog text (_id_side); its bodies of state
# before "ng" ("pamahalaan ng China", "delegasyon ng Pilipinas") and its agent before "ang" ("Binomba ng Israel ang
# Beirut") are the state (_tagalog_place_actor)
# Somali: the country after what it fields, with "ee" (of) or "oo ... ah" (which is ...) between ("ciidamada Mareykanka",
# "diyaaradaha dagaalka ee Israa'iil", "drone ah oo Ruush ah", "gantaallo Ruush ah"); its weapons shot down
# ("la soo riday", "soo riday") are its side's target
SO_MILITARY = _folded_set(
    "drone droon dronka diyaarado diyaaradaha diyaarad gantaal gantaallo gantaalada gantaallada madaafiic madfac duqeyn "
    "duqeymo duqeynta weerar weerarka weerarro taangiyo markab maraakiib"
)
# ... while its army or government before it ("ciidamada Suudaan", "dowladda Kenya") names the country too, and its
# forces or state act (_so_place_actor), as the subject before the focus particle ("Turkiga ayaa sheegay")
SO_FORCES_NOUNS = _folded_set("ciidamada ciidanka ciidamo askarta")
SO_STATE_NOUNS = _folded_set("dowladda dawladda xukuumadda xukuumada madaxtooyada")
SO_SUBJECT_NEXT = _folded_set("ayaa ayuu ayay ayey waxay wuxuu waxuu way wuu")
SO_ACCUSED = _folded_set("eedeeyay eedaysay eedeysay eedeeyeen eedeyeen eedaystay")
# offices held by a person ("Wasiirka Arrimaha Dibadda Soomaaliya", "Madaxweynaha Soomaaliya"): the country after them is
# the office's territory, and the person, not the state, is the subject of "ayaa"
SO_PERSON_OFFICES = _folded_set("wasiirka wasiiru madaxweynaha raiisul guddoomiyaha gudoomiyaha safiirka afhayeenka taliyaha duqa")
SO_OFFICE_WORDS = _folded_set(
    "arrimaha dibadda gudaha maaliyadda gaashaandhigga caafimaadka amniga waxbarashada wasaaraha xukuumadda dowladda "
    "ciidamada ciidanka booliska gobolka ee"
)
SO_BETWEEN = _folded_set("ee ah oo dagaalka dagaal cirka militari militariga aan duuliye lahayn riddiyo dheer drone")
SO_TARGETED = _folded_set("riday ridday soo burburiyay hortagay toogtay")
TL_MILITARY = _folded_set(
    "drone drones missile missiles misil rocket rockets atake airstrike airstrikes pambobomba artilerya eroplano "
    "eroplanong pandigma pandigmang jet jets tangke barko barkong warship shelling strike bomba"
)
TL_BETWEEN = _folded_set("ng")
TL_FORCES_NOUNS = _folded_set("hukbo hukbong militar puwersa pwersa puwersang tropa tropang sundalo sundalong army")
TL_TARGETED = _folded_set("napabagsak pinabagsak naharang hinarang naharangan intercept intercepted nasabat")
TL_STATE_NOUNS = _folded_set(
    "gobyerno gobyernong pamahalaan pamahalaang delegasyon delegasyong kagawaran embahada ministry ministri "
    "administrasyon"
)
ROLE_EXACT |= _folded_set(
    "pangulo pangulong presidente kalihim tagapagsalita gobernador alkalde ministro embahador hepe heneral punong "
    "senador kongresista komandante commodore"
)
REPORT_EXACT |= _folded_set(
    "sinabi sabi iginiit inihayag ipinahayag nagpahayag nagbabala nagbanta itinanggi tinanggihan kinondena "
    "inakusahan kinumpirma iniulat inanunsyo nanawagan tumanggi"
)
AGENT_EXACT |= _folded_set("gobyerno pamahalaan delegasyon kagawaran embahada")
ROLE_EXACT |= _folded_set("presiden menteri menlu menhan gubernur jubir panglima duta perdana wali")
REPORT_EXACT |= _folded_set(
    "mengatakan menyatakan mengumumkan menegaskan membantah menolak menuduh memperingatkan menyerukan mengecam "
    "mendesak melaporkan"
)

# Romanian, whole words with the article written onto them: the nationality follows these nouns ("drone rusești",
# "atacurile israeliene", "armata ucraineană", "guvernul rus"), and weapons shot down were a target ("a doborât 38
# de drone rusești")
MILITARY_EXACT |= _folded_set(
    "forțe forțele forțelor trupe trupele trupelor armata armatei armate soldați soldații militari militarii "
    "rachete rachetele rachetă racheta drone dronele dronă drona avioane aviația aviației elicoptere tancuri "
    "blindate artileria artileriei atac atacul atacului atacuri atacurile atacurilor bombardament bombardamentul "
    "bombardamente bombardamentele lovitură loviturile lovituri ofensiva ofensivă nave navele fregate coloană "
    "coloane convoi ocupanți ocupanții invadatori flota unități unitățile proiectile obuze bombe"
)
AGENT_EXACT |= _folded_set(
    "guvernul guvernului autoritățile autorităților delegația delegației delegații diplomații oficialii "
    "ministerul ministerului ambasada negociatorii procuratura serviciile diplomația executivul"
)
ROLE_EXACT |= _folded_set(
    "președintele președinta ministrul ministra ambasadorul purtătorul purtătoarea trimisul liderul cancelarul "
    "guvernatorul primarul comandantul șeful premierul procurorul secretarul"
)
# Bulgarian: bodies and offices take the postposed article ("правителството", "говорителят на Кремъл"); the
# verbs are whole words ("съобщи", "отрече"); "че" opens a reported clause ("че Москва е готова")
AGENT_EXACT |= _folded_set(
    "правителство правителството министерство министерството делегация делегацията властите посолството "
    "кабинетът кабинета"
)
ROLE_EXACT |= _folded_set(
    "говорител говорителят говорителя президентът президента министърът министъра премиер премиерът премиера "
    "посланик посланикът кмет кметът кмета губернаторът областният управител"
)
REPORT_EXACT |= _folded_set(
    "съобщи съобщиха каза казаха обяви обявиха отрече отрекоха предупреди предупредиха призова призоваха осъди "
    "осъдиха обвини обвиниха настоя настояха отхвърли отхвърлиха поиска поискаха"
)
LOCATIVES |= _folded_set("във със към край през срещу покрай")
BG_COMITATIVE = _folded_set("с със")  # read only in Bulgarian text: "с" is "from" in Russian
# Belarusian: "з" is "with" before the instrumental and "from" before the genitive: read only in Belarusian text,
# with the name's instrumental ending
BE_COMITATIVE = _folded_set("з са")
BE_INSTRUMENTAL = ("ам", "ай", "ой", "ою", "аю", "ем", "ём", "ям", "яй", "ёй")
# Belarusian military nouns after a nationality ("расейскі дрон", "ізраільскі авіяўдар", "беларускія вайскоўцы"),
# by stem; ў is kept by the fold, so both spellings of a stem after a vowel are listed
MILITARY_PREFIX += _prefixes(
    "войск вайск вайскоў армі салдат танк ракет дрон беспілот артылер авіяц авіяўдар авіяудар флот акупант "
    "абстрэл атак калон тэхнік самалёт верталёт ваенн сіл удар ўдар байц"
)

# Turkish, by stem (its suffixes follow: "ordusu", "füzeleri", "saldırılarında"); a name before one is
# the state's ("İsrail ordusu", "Rus füzeleri", "Rusya Savunma Bakanlığı")
MILITARY_TR = _prefixes(
    "ordu kuvvet asker füze roket siha dronla dronlar topçu saldırı bombardıman savaş uçağı savaş uçakları "
    "helikopter donanma işgalci konvoy zırhlı"
)
MILITARY_EXACT |= _folded_set("iha ihalar ihaları ihası dron tsk")
# Swedish, whole words with the definite suffix written onto them: the nationality adjective comes first ("ryska
# drönare", "israeliska flyganfall", "ukrainska styrkor"); "armé" is left out (French "arme", a weapon)
MILITARY_EXACT |= _folded_set(
    "styrkor styrkorna trupper trupperna armén arméns soldater soldaterna militären drönare drönarna robotar "
    "robotarna missiler missilerna raketer raketerna stridsflygplan stridsvagnar stridsvagnarna flyganfall "
    "flyganfallen flyganfallet drönarattack drönarattacken drönarattacker robotattack robotattacken robotattacker "
    "robotanfall robotanfallet artilleriet artilleribeskjutning artilleribeskjutningen beskjutning beskjutningen "
    "beskjutningar attacken attackerna anfallet angreppet angreppen flygvapnet marinen krigsfartyg ockupanter "
    "ockupanterna ockupationsstyrkor kolonner pansarfordon helikoptrar granater kryssrobotar"
)
AGENT_EXACT |= _folded_set(
    "regeringen regeringens myndigheterna myndigheter delegationen ministeriet försvarsministeriet "
    "utrikesministeriet ambassaden generalstaben"
)
ROLE_EXACT |= _folded_set(
    "guvernören presidenten ministern statsministern premiärministern talespersonen talesmannen borgmästaren "
    "befälhavaren utrikesministern försvarsministern regionchefen ambassadören"
)
REPORT_EXACT |= _folded_set(
    "uppger uppgav meddelar meddelade säger sade förnekar förnekade varnar varnade anklagar anklagade kräver "
    "krävde hotar hotade bekräftar bekräftade skriver skrev"
)
# Hungarian, whole words with their case suffixes: the nationality adjective comes first ("orosz drónok", "izraeli
# légicsapások", "ukrán erők")
MILITARY_EXACT |= _folded_set(
    "erők erőket erői csapatok csapatokat csapatai katonák katonákat hadsereg hadsereget hadserege haderő drón drónok "
    "drónokat drónt drónja drónjai dróntámadás dróntámadásban dróntámadások rakéta rakéták rakétát rakétákat "
    "rakétatámadás rakétatámadásban rakétatámadást rakétacsapás légicsapás légicsapások légicsapásban légicsapásokban "
    "légitámadás légitámadások légitámadásban tüzérség tüzérségi lövedékek harckocsik harci gépek vadászgépek "
    "megszállók légierő haditengerészet"
)
AGENT_EXACT |= _folded_set("kormány kormánya hatóságok minisztérium minisztériuma küldöttség nagykövetség vezérkar")
ROLE_EXACT |= _folded_set(
    "kormányzó kormányzója elnök elnöke miniszter miniszterelnök külügyminiszter védelmi szóvivő szóvivője "
    "polgármester polgármestere parancsnok parancsnoka nagykövet"
)
REPORT_EXACT |= _folded_set(
    "közölte közölték mondta állítja állította cáfolja cáfolta figyelmeztet figyelmeztetett vádolja vádolta "
    "követeli követelte fenyeget fenyegetett megerősítette írta írja jelentette"
)
# Lithuanian offices in their cases ("Charkivo srities gubernatorius", "Kremliaus atstovas", "Kyjivo meras"): the
# person is the actor, a place before them the office's territory
ROLE_EXACT |= _folded_set(
    "prezidentas prezidento prezidentui prezidentą prezidentė prezidentės ministras ministro ministrui ministrą "
    "ministrė ministrės premjeras premjero premjerė premjerės ambasadorius ambasadoriaus atstovas atstovo atstovė "
    "atstovės gubernatorius gubernatoriaus meras mero merė merės vadovas vadovo vadovė vadovės vadas vado "
    "pasiuntinys pasiuntinio prokuroras prokuroro generalinis sekretorius sekretoriaus lyderis lyderio "
    "prezidentu prezidentui ministru ministrui premjeru premjerui meru merui vadovu vadovui gubernatoriumi "
    "gubernatoriui atstovu atstovui ambasadoriumi ambasadoriui"
)
REPORT_EXACT |= _folded_set(
    "pareiškė pareiškia teigia teigė sako sakė neigia neigė atmetė atmeta perspėjo perspėja kaltina kaltino "
    "reikalauja pareikalavo patvirtino paragino ragina grasina grasino pranešė praneša rašo parašė atsakė atsakys"
)
# Hungarian postpositions after a name in the nominative: "Oroszország ellen" (against Russia), "Ukrajna felé"
HU_POSTPOSITIONS = _folded_set(
    "ellen elleni felé mellett mellé közelében közelébe után előtt között alatt felett fölött miatt óta nélkül szerint "
    "számára helyett körül területén határán határánál határa irányába felől részére"
)
# Azerbaijani reporting verbs and the news they give (spellings no other language here writes): "APA-ya bildirib",
# "Trend xəbər verir", "Oxu.az yazır"
REPORT_EXACT |= _folded_set("bildirib bildirir bildirdi xəbər xəbərinə deyib açıqlayıb yazır yazıb məlumat")
# Danish and Norwegian, whole words with the definite suffix written onto them, as in Swedish: the nationality
# adjective comes first ("russiske droner", "israelske luftangreb", "ukrainske styrker")
MILITARY_EXACT |= _folded_set(
    "styrker styrkerne styrkene tropper tropperne troppene hær hæren hærens soldater soldaterne soldatene militæret "
    "droner dronerne dronene missiler missilerne missilene raketter raketterne rakettene kampfly kampvogne "
    "stridsvogner luftangreb luftangrebet luftangrebene luftangrep luftangrepet luftangrepene droneangreb "
    "droneangrebet droneangrep droneangrepet missilangreb missilangrebet rakettangrep rakettangrepet artilleri "
    "artilleriet beskydning beskydningen beskytning beskytningen angrebet angrebene angrepet angrepene flyvåbnet "
    "luftvåbnet flyvåpenet marinen krigsskibe krigsskip okkupanter okkupanterne okkupantene kolonner helikoptere "
    "krydsermissiler kryssermissiler granater"
)
AGENT_EXACT |= _folded_set(
    "regeringen regjeringen regeringens regjeringens myndighederne myndighetene delegationen delegasjonen "
    "ministeriet departementet forsvarsministeriet forsvarsdepartementet udenrigsministeriet utenriksdepartementet "
    "ambassaden generalstaben"
)
ROLE_EXACT |= _folded_set(
    "guvernøren guvernør præsidenten presidenten ministeren statsministeren talsmanden talspersonen borgmesteren "
    "ordføreren udenrigsministeren utenriksministeren forsvarsministeren regionsjef regionsjefen ambassadøren"
)
# (verbs of saying alone: "oplyser", "skriver", "melder" follow a comma after a place, "ud for Libyens kyst, oplyser FN")
REPORT_EXACT |= _folded_set("benægter nekter advarer advarte advarede anklager kræver krever truer")
# Finnish, whole words with their case endings: the nationality adjective comes first ("venäläiset lennokit",
# "israelilaiset ilmaiskut", "ukrainalaiset joukot")
MILITARY_EXACT |= _folded_set(
    "joukot joukkoja joukkojen sotilaat sotilaita armeija armeijan asevoimat lennokit lennokki lennokkeja lennokeilla "
    "droonit drooni drooneja ohjukset ohjus ohjuksia ohjuksilla ohjusisku ohjusiskussa ilmaisku ilmaiskut ilmaiskussa "
    "ilmaiskuissa iskut isku iskussa tykistö tykistön hävittäjät miehittäjät ilmavoimat laivasto"
)
AGENT_EXACT |= _folded_set("hallitus hallituksen viranomaiset ministeriö puolustusministeriö ulkoministeriö valtuuskunta")
ROLE_EXACT |= _folded_set(
    "kuvernööri presidentti pääministeri ministeri ulkoministeri puolustusministeri sisäministeri tiedottaja "
    "pormestari komentaja johtaja suurlähettiläs"
)
REPORT_EXACT |= _folded_set(
    "sanoi sanoo kertoo kertoi kertovat ilmoitti ilmoittaa kiistää kiisti varoittaa varoitti syyttää syytti vaatii "
    "vaati uhkaa uhkasi vahvisti vahvistaa kirjoittaa kirjoitti tiedotti uutisoi"
)
# Finnish: a name's case tells its part (lang_fi nominative and genitive). The genitive before 'kanssa' is a party
# ("Kiovan kanssa"), before forces the state's forces ("Israelin armeija"), before a strike, a weapon or a body of the
# state the side that acts ("Venäjän ohjusiskussa", "Venäjän puolustusministeriö"); the nominative before its verb is
# the subject ("Moskova on valmis", "Venäjä ampui"); the other cases ("Kiovassa", "Kiovaan") are where.
FI_FORCES = _prefixes("armeija asevoim joukot joukko sotila puolustusvoim ilmavoim merivoim")
FI_SIDE = _prefixes(
    "isku iskui iskut ohjus ilmaisk hyokkay lennok drooni tykisto pommit raketti hallitu puolustusministerio "
    "ulkoministerio valtuuskun tiedustelupalvelu"
)
FI_WITH = frozenset(("kanssa",))
# Estonian: as Finnish, but many a genitive is written as the nominative (Venemaa, Ukraina, Eesti, Moskva): the word
# after the name tells. Before forces the state's forces ("Iisraeli armee"), before a strike or a weapon the side
# that acts ("Venemaa raketirünnakus", "Venemaa täiemahulise sissetungi"), the comitative in -ga a party
# ("Kiieviga"), before a verb the subject ("Moskva on valmis", "Venemaa ründas"); a name before any other noun
# ("Ukraina peaprokuratuuri andmetel") or in another case ("Kiievis", "Harkivit") is where.
ET_FORCES = _prefixes("armee vaed vagi vagede kaitseva relvajou sojava ohujou mereva sodur")
ET_SIDE = _prefixes(
    "runnak raketirunnak ohulook ohuloog ohurunnak droonirunnak look loog sissetung taiemahuli agressioon pommita droon "
    "rakett raketi invasioon okupatsioon valitsus kaitseministeerium valisministeerium luure delegatsioon"
)
ET_VERB_EXACT = frozenset(("on", "oli", "olid", "ei", "pole", "polnud", "ongi"))
ET_VERB_ENDS = ("sid", "vad", "nud", "takse", "tud")
ROLE_EXACT |= _folded_set(
    "president peaminister minister välisminister kaitseminister siseminister pressisekretär pressiesindaja kuberner "
    "linnapea suursaadik juht ülem esindaja"
)
REPORT_EXACT |= _folded_set(
    "ütles ütleb ütlesid teatas teatab teatasid eitas eitab hoiatas hoiatab süüdistas süüdistab nõudis nõuab "
    "ähvardas kinnitas kinnitab kirjutas kirjutab vahendab vahendas"
)
AGENT_TR = _prefixes("hükümet yetkili heyet bakanlığ yönetim makamlar büyükelçiliğ meclis")
ROLE_EXACT |= _folded_set(
    "bakanı bakan cumhurbaşkanı başbakan sözcüsü sözcü büyükelçisi lideri valisi komutanı başkanı temsilcisi"
)

# Hindi, whole words as the tokens fold them (vowel signs as vowel letters, nukta, virama and anusvara dropped:
# "सेना" is "सएनआ"): the nationality adjective comes before its noun, as in English ("पाकिस्तानी सेना",
# "इज़राइली हमलों"), and a country before "के"/"की"/"का" names its forces or its bodies ("पाकिस्तान की सेना",
# "भारत के हमलों", "रूस के विदेश मंत्रालय") (_hindi_place_actor).
HI_MILITARY = _folded_set(
    "सेना सेनाओं फौज फ़ौज सैनिक सैनिकों जवान जवानों थलसेना वायुसेना नौसेना सशस्त्र बल बलों टैंक टैंकों ड्रोन "
    "ड्रोनों मिसाइल मिसाइलें मिसाइलों रॉकेट रॉकेटों तोपों गोलाबारी हमला हमले हमलों बमबारी काफिला काफ़िला "
    "विमान विमानों लड़ाकू युद्धपोत युद्धपोतों गोले"
)
HI_AGENT = _folded_set(
    "सरकार सरकारों मंत्रालय मंत्रालयों प्रशासन अधिकारी अधिकारियों अफसरों प्रतिनिधिमंडल दूतावास संसद "
    "एजेंसी एजेंसियों पुलिस विदेश रक्षा गृह आरोपों"
)
HI_ROLE = _folded_set(
    "प्रधानमंत्री राष्ट्रपति मंत्री विदेशमंत्री रक्षामंत्री गृहमंत्री मुख्यमंत्री राजदूत प्रवक्ता सेनाध्यक्ष "
    "प्रमुख राज्यपाल उपराज्यपाल सचिव"
)
HI_REPORT = _folded_set(
    "कहा बताया दावा घोषणा ऐलान चेतावनी धमकी आरोप इनकार खंडन दागीं दागे दागी भेजे भेजी भेजेगा "
    "लगाए लगाया ठुकराया ठुकरा"
)
HI_OUTLET = _folded_set("चैनल अखबार अख़बार एजेंसी समाचार पोर्टल")
HI_TARGETED = _folded_set("गिराए गिराया गिराई गिरा मार नष्ट रोके रोका नाकाम")
HI_GENITIVE = _folded_set("के की का")
HI_ERGATIVE = _folded_set("ने")
HI_DATIVE = _folded_set("को")
HI_WITH = _folded_set("साथ")
# Georgian stems (cases and verb endings follow them): "რუსულმა დრონმა" (a Russian drone), "რუსეთის სარაკეტო
# დარტყმას" (Russia's missile strike), "ისრაელის ავიადარტყმას" (Israel's air strike), "საქართველოს მთავრობა"
KA_MILITARY = _prefixes(
    "ძალებ ჯარ არმი სამხედრო ჯარისკაც ტანკ რაკეტ სარაკეტო დრონ უპილოტო არტილერი საარტილერიო ავიაცი "
    "თვითმფრინავ ვერტმფრენ ფლოტ ხომალდ დარტყმ თავდასხმ შეტევ ავიადარტყმ საჰაერო ჭურვ ბომბ კოლონ ოკუპანტ "
    "სპეცრაზმ მებრძოლ ქვეით დაბომბ საოკუპაციო"
)
KA_AGENT = _prefixes("მთავრობ სამინისტრ დელეგაცი ხელისუფლებ საელჩო დიპლომატ უწყებ")
MILITARY_EXACT |= HI_MILITARY
AGENT_EXACT |= HI_AGENT
ROLE_EXACT |= HI_ROLE
REPORT_EXACT |= HI_REPORT
OUTLET_EXACT |= HI_OUTLET

# Urdu shares Hindi's grammar: a nationality adjective before its noun ("بھارتی میزائل حملوں", "اسرائیلی فوج"), a
# country before "نے", "کو" or "کے"/"کی"/"کا" ("بھارت نے", "پاکستان کو خبردار", "اسرائیل کی فوج"). The Hindi reading
# of a country takes Urdu's words (joined after the sets above fed the shared ones: they count in Urdu text only,
# as "فوج" and "جنگی" are Persian words too).
UR_MILITARY = _folded_set(
    "فوج فوجی فوجیوں افواج فورسز فضائیہ بحریہ دستے دستوں ٹینک ٹینکوں ڈرون ڈرونز ڈرونوں میزائل میزائلوں راکٹ "
    "راکٹوں گولہ باری گولہ باری حملہ حملے حملوں بمباری طیارے طیاروں جنگی قافلہ قافلے گولے اہلکار اہلکاروں"
)
HI_MILITARY = HI_MILITARY | UR_MILITARY
HI_AGENT = HI_AGENT | _folded_set(
    "حکومت حکومتوں وزارت وزارتوں انتظامیہ حکام عہدیدار عہدیداروں وفد سفارت سفارتخانے پارلیمنٹ ایجنسی ایجنسیوں "
    "پولیس خارجہ دفاع داخلہ الزامات"
)
HI_ROLE = HI_ROLE | _folded_set("وزیراعظم وزیر صدر سفیر ترجمان سربراہ گورنر سیکرٹری وزیراعلیٰ")
HI_REPORT = HI_REPORT | _folded_set("کہا بتایا دعویٰ دعوی اعلان خبردار دھمکی الزام انکار تردید داغے داغا بھیجے بھیجی مسترد")
HI_TARGETED = HI_TARGETED | _folded_set("گرائے گرایا گرائی گرا مار تباہ روکے روکا ناکام")
HI_GENITIVE = HI_GENITIVE | _folded_set("کے کی کا")
# Pashto: an adjective before its noun, as in Urdu ("پاکستاني پوځ", "روسي ځواکونو"); its forces are the forces, its
# weapons or strikes the state ("پاکستاني هوايي برید", "اسراییلي جنګي الوتکو"). A country after "د" (of) is the
# state before a body or its forces ("د لبنان روغتیا وزارت", "د روسیې ځواکونه"), none before an office ("د پاکستان
# لومړی وزیر": the person acts); one that opens its clause, with no postposition after it, is the subject
# ("روسیې ... بریدونه وکړل"); one before "ته" and a warning is the side addressed; "له ... سره" a party.
PS_FORCES = _folded_set(
    "پوځ پوځي پوځیان پوځیانو ځواکونه ځواکونو ځواک سرتېري سرتېرو سرتیري سرتیرو اردو لښکر ټانکونه ټانکونو"
)
PS_WEAPONS = _folded_set(
    "برید بریدونه بریدونو هوايي هوایي ډرون ډرونونه ډرونونو ډروني توغندي توغندیو توغندی راکټ راکټونه راکټونو "
    "بمبار بمباري جنګي الوتکې الوتکو الوتکه توپونه توپونو"
)
UR_MILITARY = UR_MILITARY | PS_FORCES
PS_AGENT = _folded_set(
    "حکومت وزارت اداره ادارې چارواکي چارواکو پلاوی پلاوي سفارت پارلمان پولیس پولیسو روغتیا بهرنیو دفاع کورنیو"
)
PS_ROLE = _folded_set("ولسمشر وزیر سفیر ویاند مشر والي رئیس سرمنشي صدراعظم لومړی لومړي امیر")
ROLE_EXACT |= PS_ROLE
PS_POSTPOSITIONS = _folded_set("کې ته څخه نه سره باندې پورې لاندې")
PS_ACTS = _folded_set(
    "وکړل وکړ وکړه وکړې وویشتل وویشت وتوغول ولېږل ولیږل وویل ویلي وايي اعلان ادعا تورن وړاندیز ونیول ونیو "
    "بمبار وغوښتل وغانده"
)
PS_ADDRESSED = _folded_set("خبرداری ګواښ ګواښ وکړ اخطار")
HI_ERGATIVE = HI_ERGATIVE | _folded_set("نے")
HI_DATIVE = HI_DATIVE | _folded_set("کو")
HI_WITH = HI_WITH | _folded_set("ساتھ")
# an Urdu outlet cited by the phrase after it ("ڈان کے مطابق", "جنگ نے بتایا")
UR_CITED_AFTER = frozenset(
    tuple(fold(w) for w in p.split()) for p in ("کے مطابق", "کی رپورٹ", "کی خبر", "نے بتایا", "نے کہا", "نے لکھا")
)
# and Pashto's: the citing verb after the outlet ("الجزیره راپور ورکړ", "باختر خبر ورکړی", "د ... د راپور له مخې")
UR_CITED_AFTER |= frozenset(
    tuple(fold(w) for w in p.split())
    for p in ("راپور ورکړ", "راپور ورکړی", "راپور ورکوي", "خبر ورکړ", "خبر ورکړی", "خبر ورکوي", "د راپور", "ته وویل")
)

# Armenian military and agent nouns after a nationality ("ռուսական հրթիռ", "ադրբեջանական ԱԹՍ", "ռուսական
# հարվածից", "ադրբեջանական կառավարություն"), by stem: its cases and article follow the stem
HY_MILITARY = _prefixes(
    "զորք զինուժ բանակ զինվոր զինծառայող ստորաբաժանում զորամաս ուժեր հրթիռ հրետան արկ անօդաչու աթս դրոն շահեդ "
    "ավիահարված ավիացի ինքնաթիռ ուղղաթիռ կործանիչ հարված հարձակ ռմբակոծ հրետակոծ գնդակոծ կրակոց տանկ զրահ "
    "շարասյուն օկուպանտ հատուկջոկատ"
)
HY_AGENT = _prefixes("կառավարություն նախարարություն պատվիրակություն իշխանություն դեսպանատ դիվանագետ ղեկավարություն")
# Amharic military and agent nouns after a country in the genitive ("የሩሲያ ጦር", "የእስራኤል የጦር አውሮፕላኖች", "የኤርትራ
# ማስታወቂያ ሚኒስቴር"), by stem: the article, plural and conjunctions follow the stem (ሰራዊቱ, ወታደሮች, ሚኒስቴሩ)
AM_MILITARY = _prefixes(
    "ጦር ሰራዊት ወታደር ሀይሎች ታጣቂ ሚሳኤል ሚሳይል ድሮን ሮኬት አውሮፕላ ታንክ ጥቃት ድብደባ መድፍ ጀት ባለስቲክ ኮማንዶ"
)
AM_AGENT = _prefixes("መንግስት ሚኒስቴር ልዑክ ባለስልጣ ኤምባሲ ፓርላማ")
AM_ROLE = _prefixes("ፕሬዚዳንት ፕሬዝዳንት ጠቅላይ ሚኒስትር አምባሳደር ከንቲባ ሊቀመንበር ቃል አዛዥ መሪ አስተዳዳሪ ገዥ")
_is_military = _word_class(
    MILITARY_EXACT, MILITARY_PREFIX, MILITARY_TR, AR_MILITARY, HE_MILITARY, KA_MILITARY, armenian=HY_MILITARY,
    ethiopic=AM_MILITARY,
)


_is_agent = _word_class(
    AGENT_EXACT, AGENT_PREFIX, AGENT_TR, AR_AGENT, HE_AGENT, KA_AGENT, armenian=HY_AGENT, ethiopic=AM_AGENT
)
_is_am_role = _word_class(frozenset(), (), ethiopic=AM_ROLE)


def _is_role(w: str) -> bool:
    if "\u05d0" <= w[:1] <= "\u05ea":
        return _he_base(w) in HE_ROLE
    return w in ROLE_EXACT or (w[:1] >= "\u0600" and _ar_base(w) in AR_ROLE)


# Titles of one who speaks for an organisation, written after its name ("Kremlin spokesman", "Kremlin press
# secretary"): the organisation is part of the title (_title_of_person)
SPEAKER_ROLES = _folded_set("spokesman spokeswoman spokesperson secretary atstovas atstovo atstovė atstovės")  # Lithuanian "Kremliaus atstovas"
SPEAKER_ROLES |= _folded_set("tiedottaja tiedottajan")  # Finnish: "Kremlin tiedottaja Dmitri Peskov"
SPEAKER_ROLES |= _folded_set("pārstāvis pārstāvja pārstāve pārstāves")  # Latvian: "Kremļa pārstāvis Dmitrijs Peskovs"
SPEAKER_ROLES |= _folded_set("pressisekretär pressiesindaja")  # Estonian: "Kremli pressisekretär Dmitri Peskov"
SPEAKER_ROLES |= _folded_set("ویاند")  # Pashto: "د اسلامي امارت ویاند ذبیح الله مجاهد"


# Nouns whose genitive names the side that suffered, not acted ("losses of Russian troops").
LOSS_NOUNS = _prefixes("losses втрат потер απώλει загибел гибел")
# Words of shooting down or destroying: the side whose weapons or troops follow ("уничтожены 24
# украинских беспилотника", "shot down 12 Russian drones", "κατέρριψε ρωσικά drones") was the
# target there, not the actor.
TARGET_EXACT = _folded_set(
    "destroyed downed intercepted destroying intercepting downing abgeschossen abgefangen zerstört zerstörte"
)
TARGET_PREFIX = _prefixes(
    "уничтож сбит сбил сбива перехват знищ збит збил збив збива перехоп κατέρριψ καταρρίπτ αναχαίτισ "
    "αναχαιτίζ κατέστρεψ καταστρ"
)
# French
TARGET_EXACT |= _folded_set(
    "abattu abattus abattues intercepté interceptés interceptées détruit détruits détruites"
)
# Spanish
TARGET_EXACT |= _folded_set(
    "derribó derribaron derribados derribadas interceptó interceptaron interceptados interceptadas destruyó "
    "destruyeron destruidos destruidas neutralizó neutralizaron neutralizados abatió abatieron abatidos"
)
# Italian
TARGET_EXACT |= _folded_set(
    "abbattuto abbattuti abbattute abbattuta abbattendo intercettato intercettati intercettate intercettata "
    "distrutto distrutti distrutte distrutta neutralizzato neutralizzati"
)
# Portuguese
TARGET_EXACT |= _folded_set(
    "abateu abateram abatidos abatidas intercetou intercetaram interceptou interceptaram intercetados "
    "interceptados derrubou derrubaram derrubados derrubadas destruiu destruíram destruídos destruídas "
    "neutralizou neutralizaram neutralizados"
)
# Polish
TARGET_EXACT |= _folded_set(
    "zestrzeliła zestrzelił zestrzeliły zestrzelili zestrzelono zestrzelonych przechwyciła przechwycił "
    "przechwyciły przechwycono zniszczyła zniszczył zniszczyły zniszczono zneutralizowała zneutralizowano "
    "zniszczeniu zniszczenie zestrzeleniu zestrzelenie przechwyceniu przechwycenie"
)
# Czech and Slovak
TARGET_EXACT |= _folded_set(
    "sestřelila sestřelil sestřelily sestřelili sestřeleno sestřelených zachytila zachytil zachytily zachytili "
    "zachyceno zachycených zničila zničil zničily zničeno zostrelila zostrelil zostrelili zostrelené zostrelených "
    "zachytené zachytených zneškodnila zneškodnil"
)
_is_target_word = _word_class(TARGET_EXACT, TARGET_PREFIX, arabic=AR_TARGET, hebrew=HE_TARGET)


# Speech acts: a country or capital after one is the state speaking ("calls from Washington",
# "заяви Києва", "заявления Москвы", "δηλώσεις της Αθήνας").
SPEECH_EXACT = _folded_set(
    "call calls demand demands statement statements warning warnings criticism pressure response reaction "
    "accusations accusation claims proposal offer request appeal threats threat denial "
    # German
    "forderung forderungen erklärung warnung warnungen kritik reaktion vorwürfe vorwurf vorschlag angebot "
    "appell drohung drohungen dementi"
)
SPEECH_PREFIX = _prefixes(
    "δηλώσ έκκλησ απαίτησ προειδοποίησ αντίδρασ πρότασ αίτημ κατηγορί απειλ "
    "заяв закли вимог попередж реакці пропозиці звинувач погроз "
    "заявлен призыв требован предупрежд реакци предложени обвинени угроз"
)

# French
SPEECH_EXACT |= _folded_set(
    "appel appels déclaration déclarations avertissement critiques pressions réponse menaces menace"
)
# Italian
SPEECH_EXACT |= _folded_set(
    "appello appelli dichiarazione dichiarazioni avvertimento critiche pressioni risposta minacce minaccia "
    "richiesta richieste proposta accuse smentita"
)
LOCATIVES |= _folded_set(
    "a ad in nel nello nella nei negli nelle dal dallo dalla dai dagli dalle su sul sulla sui sulle verso "
    "vicino presso contro attraverso oltre fuori dentro"
)
ARTICLES |= _folded_set("il lo la i gli le un uno una")
AND_WORDS |= _folded_set("e ed")
REPORT_EXACT |= _folded_set(
    "detto dice dicono dichiarato dichiara affermato afferma annunciato annuncia aggiunto aggiunge sottolineato "
    "sottolinea avvertito avverte scritto scrive assicurato assicura confermato conferma smentito smentisce "
    "negato nega accusato accusa chiesto chiede respinto respinge rifiutato rifiuta minacciato minaccia "
    "promesso promette precisato precisa riferito riferisce spiegato spiega ribadito ribadisce definito "
    "definisce denunciato denuncia condannato condanna fatto"
)

SPEECH_EXACT |= _folded_set(  # Portuguese
    "apelo apelos declaração declarações aviso avisos críticas pressões resposta ameaças ameaça exigência "
    "exigências proposta oferta acusações acusação"
)

_is_speech = _word_class(SPEECH_EXACT, SPEECH_PREFIX)


# "The country" standing for the one country a text names ("the country's interior ministry").
COUNTRY_ANAPHORS = _folded_set("country χώρας страны країни landes")

# Words between an office and its territory ("ambassador to Ukraine", "Посол США в Україні").
OFFICE_LINKS = _folded_set("of the to in в у на σε στην στη στο von der des in im")
# Capitalised words after a title that are no one's name: days, months, portfolios.
NOT_NAMES = _folded_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december defence defense foreign interior health finance justice "
    "energy economy education άμυνας εξωτερικών εσωτερικών υγείας οικονομικών δικαιοσύνης παιδείας "
    "ενέργειας ανάπτυξης μετανάστευσης προστασίας "
    # German
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli "
    "august september oktober november dezember"
)

# German articles of the genitive and dative: after an office, the body it belongs to follows them, not a name
GERMAN_GENITIVE_ARTICLES = _folded_set("der des dem den")
# Lower-case particles inside a person's name ("al-Burhan", "von der Leyen", "bin Salman").
NAME_PARTICLES = _folded_set("al el bin ibn von van der den de da di του")

# Prepositions of company: a country after them is a party ("talks with Russia").
COMITATIVE = _folded_set("with με μαζί mit")
# Greek nominative articles: "η Ρωσία", "η Μόσχα" are subjects.
NOMINATIVE_ARTICLES = _folded_set("ο η οι")
# After a place name, words that make it the subject of an act or a statement
# ("Berlin would send", "η Ελλάδα θα στείλει", "Moscow did not comment").
MODALS = _folded_set("would will could should must may might can did does θα δεν буде будет не")
COUNTRY_VERBS = _folded_set("has have had is was were are")
# Endings of Greek finite verbs in the third person ("εκτόξευσε", "απειλεί", "έστειλαν").
GREEK_VERB_ENDINGS = ("ει", "σε", "ξε", "ψε", "κε", "αν", "ουν", "ουν", "ηκε", "ηκαν")
# Words that open a reported clause: a capital right after one, in its dictionary form, is the clause's subject.
COMPLEMENTIZERS = _folded_set("що что ότι πως че")  # Bulgarian "че"
CYR_OBLIQUE = ("і", "ю", "у", "ою", "ею", "ей", "ой", "ом", "ів", "ов", "их", "ам", "ах", "ами")
# Polish: a country in the nominative before a finite verb ("Polska zamknie", "Rosja odrzuciła"): names
# spelt only in Polish, and verbs of the third person (past -ł/-ła/-ło/-li/-ły, present -ie/-je)
PL_NOMINATIVE_COUNTRIES = _folded_set(
    "polska rosja ukraina białoruś niemcy francja izrael turcja chiny litwa węgry czechy gruzja mołdawia "
    "rumunia słowacja"
) | frozenset(fold(n) for n in ("wielka brytania", "stany zjednoczone"))  # a name of two words is one form
PL_VERB_ENDINGS = ("l", "la", "lo", "li", "ly", "ie", "je")
PL_VERBS = _folded_set("ma mają chce chcą może mogą będzie będą jest są")
# Czech and Slovak, the same: "Rusko odmítlo", "Česko pošle", "Rusko je připraveno" (names Polish does not spell
# alike; Izrael is read as Polish reads it)
CS_SK_NOMINATIVE_COUNTRIES = _folded_set(
    "rusko ukrajina česko slovensko polsko poľsko německo nemecko francie francúzsko turecko čína maďarsko "
    "rakousko rakúsko bělorusko bielorusko írán irán gruzie gruzínsko moldavsko litva japonsko katar egypt izrael"
) | frozenset({fold("spojené státy"), fold("spojené štáty"), fold("velká británie"), fold("veľká británia")})
CS_SK_VERB_ENDINGS = ("l", "la", "lo", "li", "ly", "e", "i", "a")
CS_SK_VERBS = _folded_set("je jsou sú má mají majú chce chtějí chcú může mohou môže môžu bude budou budú")
# Serbian, Croatian and Bosnian (in Serbian text only: "vojna" is a war in Slovak, "Izrael je" Czech): the
# stems of armed force a nationality adjective names a side with ("Ruski raketni napad", "izraelski vojnici"),
# in both scripts, as the Ukrainian and Russian stems do for "Руски ракетни"; and a country in the nominative
# before its verb ("Sjedinjene Države su uvele", "Rusija je odbila", "Srbija neće"): an auxiliary or an
# l-participle
_SR_MILITARY_LATIN = (
    "vojsk vojn raket dron bespilot artiljer avijac tenk oklopn trup pešadij pješadij mornaric flot okupator "
    "okupac napad udar granat bombard helikopter snag"
)
SR_MILITARY = _prefixes(_SR_MILITARY_LATIN + " " + " ".join(filter(None, map(sr_cyrillic, _SR_MILITARY_LATIN.split()))))
SR_NOMINATIVE_COUNTRIES = _folded_set(
    "rusija ukrajina srbija hrvatska kosovo izrael iran kina turska amerika nemačka njemačka francuska poljska "
    "mađarska belorusija bjelorusija katar egipat sirija liban irak sudan jemen gruzija moldavija rumunija "
    "rumunjska bugarska albanija italija austrija"
) | frozenset(fold(n) for n in ("sjedinjene države", "sjedinjene američke države", "velika britanija", "crna gora"))
SR_VERB_ENDINGS = ("la", "lo", "li", "le", "ao", "eo", "io", "uo")
SR_VERBS = _folded_set("je su će ima imaju želi žele može mogu neće nije nisu traži traže")

# Words that end the name of a place, a building or a feature named after a person: no surname.
# (Not a building's: "St George Hospital" would then be read as the town of St George.)
FEATURE_SURNAMES = _folded_set(
    "shoal reef atoll island islands cape point bay gulf strait sea lake river mountain mountains hill hills valley "
    "harbour harbor canal dam pass heights street avenue road boulevard"
)
# French
COUNTRY_ANAPHORS |= _folded_set("pays")
OFFICE_LINKS |= _folded_set("de du des en à au aux")
NOT_NAMES |= _folded_set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août "
    "septembre octobre novembre décembre défense étrangères intérieur santé"
)
NOT_NAMES |= _folded_set(  # Spanish
    "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto "
    "septiembre octubre noviembre diciembre exteriores defensa interior sanidad salud hacienda justicia energía "
    "economía educación asuntos"
)
MODALS |= _folded_set("va vont doit peut pourrait annoncera enverra livrera")
MODALS |= _folded_set("vai vão deverá poderá enviará não")  # Portuguese
COUNTRY_ANAPHORS |= _folded_set("país")  # Portuguese
OFFICE_LINKS |= _folded_set("do da dos das em no na")  # Portuguese
LOCATIVES |= _folded_set("em no na nos nas para rumo perto junto dentro fora através")  # Portuguese
ARTICLES |= _folded_set("o os as um uma")  # Portuguese
AND_WORDS |= _folded_set("e")  # Portuguese (and Spanish before i-)
COMITATIVE |= _folded_set("com")  # Portuguese
# "of" between a body and its country: "the authorities of Belarus", "o Governo de Angola", "as forças da Rússia"
OF_WORDS = _folded_set("of de do da dos das del")
NOT_NAMES |= _folded_set(  # Portuguese
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo janeiro fevereiro março "
    "abril maio junho julho agosto setembro outubro novembro dezembro negócios estrangeiros relações exteriores "
    "defesa interior saúde administração interna justiça energia economia educação finanças"
)
REPORT_EXACT |= _folded_set(  # Portuguese
    "disse diz dizem disseram afirmou afirma afirmaram declarou declara anunciou anuncia informou informa "
    "acrescentou sublinhou salientou frisou escreveu confirmou negou desmentiu acusou exigiu apelou pediu "
    "advertiu alertou ameaçou garantiu assegurou referiu adiantou indicou explicou rejeitou recusou"
)
COMITATIVE |= _folded_set("avec")
COMITATIVE |= _folded_set("con")  # Spanish
# Italian
NOT_NAMES |= _folded_set(
    "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio giugno luglio "
    "agosto settembre ottobre novembre dicembre esteri difesa interno interni sanità salute giustizia energia "
    "economia istruzione"
)
COUNTRY_ANAPHORS |= _folded_set("paese")
COUNTRY_VERBS |= _folded_set("ha hanno è")
MODALS |= _folded_set("non potrebbe potrebbero dovrebbe vuole")
OFFICE_LINKS |= _folded_set("di del della dell in a ad")

# Vietnamese, by the folded syllable no other language writes as a word: "cho biết", "đưa tin", "dẫn nguồn",
# "tuyên bố", "khẳng định", "thông báo" after a name; "báo Tuổi Trẻ", "Đài VOV" before an outlet's
REPORT_EXACT |= _folded_set("biết tin nguồn tuyên khẳng")
OUTLET_EXACT |= _folded_set("báo đài")
# the last syllable of a Vietnamese office before its holder's or its territory's name ("phát ngôn", "tổng thống",
# "thủ tướng", "bộ trưởng", "chủ tịch")
ROLE_EXACT |= _folded_set("ngôn thống tướng trưởng tịch")
# the first syllable of a Vietnamese verb after its subject ("Moskva sẵn sàng", "Nga tuyên bố", "Israel bác bỏ",
# "Nga phóng", "Mỹ cam kết"), and "với" before a party ("đàm phán với Kiev"): read in Vietnamese text only
VI_SUBJECT_VERBS = _folded_set(
    "sẵn tuyên bác cáo phóng tấn không đã sẽ đang yêu kêu cảnh đe điều triển bắn áp từ cam cung gửi cho khẳng "
    "phủ phản lên đồng nhất chấp ký đề muốn"
)
VI_COMITATIVE = _folded_set("với")
VI_PEOPLE = _folded_set("người dân")


# Georgian citing words after or before a name, by stem: "ინტერპრესნიუსის ცნობით", "როიტერის თანახმად", "იუწყება
# იმედი", "„იმედთან“ ინტერვიუში", "განაცხადა"
KA_REPORT = _prefixes(
    "ცნობით იუწყებ იტყობინებ გადმოსცემ თანახმად განაცხად აცხადებ ინფორმაციით წერს თქმით მონაცემებით ინტერვიუ "
    "განუცხად დაადასტურ უარყ"
)
# Armenian citing words after or before a name, by stem: "Արմենպրեսի հաղորդմամբ", "Ռոյթերսի փոխանցմամբ", "ըստ
# ՏԱՍՍ-ի", "հայտնում է «Արմենպրես»-ը", "հայտարարել է", "հերքել է"
HY_REPORT = _prefixes(
    "հաղորդմամբ հաղորդում հաղորդել փոխանցմամբ տեղեկացմամբ տեղեկացր հայտնում հայտնել հայտնեց հայտարար գրում գրել "
    "տվյալներով նշել նշում պնդ հերք հաստատ հարցազրույց"
)
_is_report_verb = _word_class(
    REPORT_EXACT, REPORT_PREFIX, arabic=AR_REPORT, hebrew=HE_REPORT, georgian=KA_REPORT, armenian=HY_REPORT
)


def _is_modifier(w: str) -> bool:
    # (Czech and Slovak kinds of strike between the nationality and its noun: "ruský raketový útok")
    return w.startswith(
        ("στρατιωτικ", "військов", "военн", "окупаційн", "оккупацион", "raketov", "leteck", "vojensk", "dronov",
         "balistick", "kluzakov", "klzav", "namorn")
    ) or w in (
        "military",
        "armed",
        "occupying",
        "occupation",
        "naval",
        "air",
        "foreign",
        "defence",
        "defense",
        "intelligence",
        "interior",
        "prime",
        "deputy",
        "guided",
        "glide",
        "cruise",
        "ballistic",
        "hypersonic",
        "kamikaze",
    )


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(name)).strip("_")


def _letters(spec: str) -> list[str]:
    return spec.split()


# Surnames in Latin letters, for the ids of people the table does not know:
# Ukrainian by the national system (Балясна -> baliasna), Russian by BGN
# (Петрова -> petrova), Greek by ELOT 743 (Παπαδοπούλου -> papadopoulou).
_UK_LATIN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        _letters("a b v h g d e ie zh z y i i i k l m n o p r s t u f kh ts ch sh shch _ iu ia _"),
        strict=True,
    )
)
_UK_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_RU_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _letters("a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"),
        strict=True,
    )
)
_EL_PAIRS = {
    "ου": "ou",
    "αυ": "av",
    "ευ": "ev",
    "μπ": "mp",
    "ντ": "nt",
    "γκ": "gk",
    "γγ": "ng",
    "αι": "ai",
    "ει": "ei",
    "οι": "oi",
}
_EL_LATIN = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψω",
        _letters("a v g d e z i th i k l m n x o p r s s t y f ch ps o"),
        strict=True,
    )
)


# A Turkish case ending after an apostrophe: "Gazze'de", "Kiev'e", "Rusya'nın", "3.500'ü", "AA'ya"
# (in a headline in capitals too: "GAZZE'YE", "KİEV'DE")
_TR_ENDING_RE = re.compile(
    r"(?<=[^\W_])['’][a-zçğıöşüâîû]+(?![^\W_])|(?<=[A-ZÇĞİÖŞÜ])['’][A-ZÇĞİÖŞÜ]{1,6}(?![^\W_])"
)


_TR_GENITIVE_RE = re.compile(r"['’]n?[ıiuü]n\b")
# participles of doing (folded): "düzenlediği", "başlattığı", "gerçekleştirdiği", "fırlattığı", "vurduğu"
_TR_DOING = _prefixes(
    "düzenlediğ başlattığ gerçekleştirdiğ yaptığ fırlattığ attığ vurduğ saldırdığ bombaladığ kullandığ "
    "gönderdiğ yürüttüğ sürdürdüğ düzenlediği öldürdüğ"
)


def turkish_doc(doc: Doc) -> Doc:
    """The Doc of a Turkish text whose case endings after an apostrophe are blanked, so that names meet
    their entries ("Harkov'daki" is read "Harkov"): same offsets, the text itself unchanged."""
    text = doc.text
    if "'" not in text and "’" not in text:
        return doc
    bare = _TR_ENDING_RE.sub(lambda m: " " * len(m.group()), text)
    if bare == text:
        return doc
    out = Doc(bare)
    out.text = text
    return out


# Azerbaijani writes a name's case ending onto it, without the apostrophe Turkish puts before it ("Bakıda",
# "Ermənistanın", "Xarkova", "Əliyevlə", "Kursk vilayətində"), and after a hyphen on an abbreviation or a foreign
# name ("APA-ya", "BMT-nin", "Telegram-da"). Folded as the words are (ı is i, ü u), longest first; a y or an n
# joins the ending to a stem that ends in a vowel (Bakıya, Rusiyanın, vilayətində).
_AZ_RAW_ENDINGS = [
    "dakı", "dəki", "dakılar", "dəkilər", "ndan", "ndən", "dan", "dən", "tan", "tən", "nda", "ndə", "da", "də", "ta",
    "tə", "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ya", "yə", "na", "nə", "a", "ə", "nı", "ni", "nu", "nü",
    "ı", "i", "u", "ü", "yla", "ylə", "la", "lə",
]  # fmt: skip
_AZ_ENDINGS = tuple(sorted({fold(e) for e in _AZ_RAW_ENDINGS}, key=len, reverse=True))
_AZ_HYPHEN_RE = re.compile(
    r"(?<=[^\W_])-(?:" + "|".join(sorted(_AZ_RAW_ENDINGS, key=len, reverse=True)) + r")(?![^\W_])", re.IGNORECASE
)
_AZ_MIN_STEM = 3


def azerbaijani_doc(doc: Doc, names: frozenset[str], tails: frozenset[str]) -> Doc:
    """The Doc of an Azerbaijani text whose case endings on names are blanked, so that names meet their entries
    ("Ermənistanın" is read "Ermənistan"): same offsets, the text itself unchanged. `names`: the last words of
    every known name, whose capitalised word may carry an ending; `tails`: the last words of names of several
    words, whose inflected word is lower-case ("Kursk vilayətində")."""
    text, words, starts, ends = doc.text, doc.words, doc.starts, doc.ends
    cuts = [(m.start(), m.end()) for m in _AZ_HYPHEN_RE.finditer(text)]
    for i, w in enumerate(words):
        if len(w) <= _AZ_MIN_STEM or w in names:
            continue
        pool = names if text[starts[i]].isupper() else tails
        for e in _AZ_ENDINGS:
            if w.endswith(e) and len(w) - len(e) >= _AZ_MIN_STEM and w[: -len(e)] in pool:
                cuts.append((ends[i] - len(e), ends[i]))
                break
    if not cuts:
        return doc
    chars = list(text)
    for a, b in cuts:
        chars[a:b] = " " * (b - a)
    out = Doc("".join(chars))
    out.text = text
    return out


LT_SURNAME_ENDINGS = ("as", "is", "ys", "us")


def latin_surname(word: str, lang: str | None = None) -> str:
    """A surname as an actor id in Latin letters ("Коваленко" -> "kovalenko")."""
    w = fold(word)
    sc = script_of(w[0]) if w else "other"
    if sc == "cyrillic":
        uk = any(c in "ієї" for c in w) or (lang == "uk" and not any(c in "ыэъ" for c in w))
        table = _UK_LATIN if uk else _RU_LATIN
        out = []
        for k, c in enumerate(w):
            if uk and k == 0 and c in _UK_FIRST:
                out.append(_UK_FIRST[c])
            elif not uk and c in "её" and (k == 0 or w[k - 1] in "аеёиоуыэюяьъ"):
                out.append("ye")  # BGN: Кондратьев -> kondratyev, Ерёмин -> yeremin
            else:
                out.append(table.get(c, c))
        w = "".join(out).replace("_", "")
    elif sc == "greek":
        out, k = [], 0
        while k < len(w):
            pair = w[k : k + 2]
            if pair in _EL_PAIRS:
                out.append(
                    "b" if pair == "μπ" and k == 0 else "d" if pair == "ντ" and k == 0 else _EL_PAIRS[pair]
                )
                k += 2
                continue
            out.append(_EL_LATIN.get(w[k], w[k]))
            k += 1
        w = "".join(out)
        if w.endswith(("of", "ef")) and len(w) > 4:
            w = w[:-1] + "v"  # a Slavic -ov/-ev written in Greek: Φιλάτοφ -> filatov
    elif lang == "lt" and sc == "latin" and len(w) > 5 and w.endswith(LT_SURNAME_ENDINGS):
        w = w[:-2]  # Lithuanian gives a foreign surname its ending: Lysakas, Kiperis -> lysak, kiper
    return re.sub(r"[^a-z0-9]+", "_", w).strip("_")


def _given_forms(w: str) -> tuple[str, ...]:
    """A Cyrillic given name with its case forms ("Вадим" -> Вадима, Вадимом; "Марія" -> Марії):
    names are cited in the genitive ("за словами Вадима Філашкіна") and instrumental."""
    if not w or script_of(w[0]) != "cyrillic":
        return (w,)
    if w.endswith(("а", "я")):
        stem = w[:-1]
        return (w, *(stem + e for e in ("и", "і", "ї", "у", "ю", "ою", "ей", "ой", "е", "єю")))
    if w.endswith(("й", "ь")):
        stem = w[:-1]
        return (w, *(stem + e for e in ("я", "ю", "єм", "ем", "ем", "ові", "еві")))
    return (w, *(w + e for e in ("а", "у", "ом", "ові", "ем", "е")))


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


# A name that starts with the Arabic article in small letters and a hyphen ("al-Shabaab", "el-Sisi", "аль-Бурхан") is
# written so in running text: it matches there (the text's capitals never start it), as a name all in small letters does
_ARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|ash|as|an|ar|at|az|аль|аш|ад|ан|ар|ас|эль)-\w")


class ActorTable:
    """People, organisations, states and armed forces, with their names in any language."""

    def __init__(self, gaz: Gazetteer, path: Path = DATA / "actors.json") -> None:
        data = json.loads(path.read_text(encoding="utf-8"))
        if "lang_sr" in data:  # Serbian names are written in Latin letters: each in Cyrillic too
            data["lang_sr"] = with_cyrillic(data["lang_sr"])
        self.actors: list[Actor] = []
        self.strong = NameIndex()
        self.weak = NameIndex()
        self.caps_only: set[str] = set()
        self.any_case: set[str] = set()
        self.state_of: dict[str, int] = {}
        self.forces_of: dict[str, int] = {}
        self.given = frozenset(
            form
            for k, v in data.get("given_names", {}).items()
            if not k.startswith("_")
            for w in v.split()
            for form in _given_forms(fold(w).replace("'", ""))
        )
        # surnames by their spelling-blind key, for spellings the table does not list
        skeletons: dict[str, set[int]] = {}
        # people a language's block adds in the main table's layout ("new_people": Mozambique's president)
        extra = [p for k in sorted(data) if k.startswith("lang_") for p in data[k].get("new_people", ())]
        for p in (*data["people"], *extra):
            idx = self._add(Actor(p["id"], p["name"], "person", p.get("role"), p.get("country")))
            for n in p["names"]:
                self._name(self.strong, n, idx)
            for n in p.get("weak", ()):
                self._name(self.weak, n, idx)
            for n in (*p["names"], *p.get("weak", ())):
                words = n.split()
                if words and script_of(words[-1][0]) == "latin":
                    key = name_skeleton(fold(words[-1]))
                    if len(key) >= 4:
                        skeletons.setdefault(key, set()).add(idx)
        # a key two people share identifies neither
        self.skeletons = {k: next(iter(v)) for k, v in skeletons.items() if len(v) == 1}
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
        # a language's names in a block of its own ("lang_de", "lang_fr", ...): any actor by id
        # ("names", or "people" and "orgs"), armed forces by country ("forces")
        first_of: dict[str, int] = {}
        for idx, a in enumerate(self.actors):
            first_of.setdefault(a.id, idx)
        # an acronym a language writes in title case ("Onu", "Oms", "Nato") matches so too
        title_case: set[str] = set()
        for block in (data[k] for k in sorted(data) if k.startswith("lang_")):
            for kind in ("names", "people", "orgs"):
                for aid, names in block.get(kind, {}).items():
                    if not aid.startswith("_"):
                        for n in names:
                            self._name(self.strong, n, first_of[aid])
                            if " " not in n and len(n) <= 6 and n[:1].isupper() and n[1:].islower():
                                title_case.add(fold_key(n))
            for cc, names in block.get("forces", {}).items():
                for n in names:
                    self._name(self.strong, n, self.forces_of[cc])
        self.caps_only -= title_case

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
        if name == name.lower() or _ARTICLE_NAME_RE.match(name):
            self.any_case.add(key)

    def by_spelling(self, surname: str, lang: str | None) -> Actor | None:
        """The known person whose surname this is in another spelling ("Φιλάσκιν" -> filashkin)."""
        latin = latin_surname(surname, lang)
        key = name_skeleton(latin, script_of(surname[:1]) == "greek")
        idx = self.skeletons.get(key) if len(key) >= 4 else None
        return self.actors[idx] if idx is not None else None

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
        written_in_lower = set()  # keys some spelling writes in small letters ("dpa", "Wafa")
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
                    elif not compact.isupper():
                        written_in_lower.add(key)
                for d in s.get("domains", ()):
                    self.domains[d.lower()] = idx
        # an all-caps spelling beside one in small letters ("DPA" and "dpa", "WAFA" and "Wafa") keeps the name
        # matching as the outlet writes itself
        self.caps_only -= written_in_lower
        # first three letters of the Greek and Cyrillic names: only such words are de-inflected
        self.stems = frozenset(k[:3] for k in self.index.keys if k[:1] > "\u036f")
        # first words of the names that start with a number: no other number can start a name
        self.digit_firsts = frozenset(k.split(" ")[0] for k in self.index.keys if k[0].isdigit())
        # first words of names that start with a small letter, before capitals ("iROZHLAS", "iDNES") or in small
        # Latin letters throughout ("dpa", "tagesschau", "kumparan"): a text's capitals do not find them
        self.small_firsts = frozenset(
            fold_key(n).split(" ")[0]
            for section in ("outlets", "platforms")
            for src in data[section]
            for n in src["names"]
            if n[:1].islower() and (n[:1].isascii() or any(c.isupper() for c in n))
        )
        self.start_words = self.digit_firsts | self.small_firsts  # words that may start a name without a capital
        phrases = []
        for plist in data["cite_phrases"].values():
            phrases += [fold(p) for p in plist]
        phrases.sort(key=len, reverse=True)
        # grouped by first letter: the regex engine tries the few phrases of the letter at hand,
        # not every phrase at every position (the same matches as one flat alternation)
        by_first: dict[str, list[str]] = {}
        for p in phrases:
            by_first.setdefault(p[:1], []).append(p[1:])
        branches = "|".join(
            re.escape(c) + "(?:" + "|".join(map(re.escape, rests)) + ")" for c, rests in by_first.items()
        )
        self.cite_re = re.compile(r"(?<!\w)(?:" + branches + r")(?!\w)")
        # the first words of the phrases: with every phrase starting at a word, only those words
        # need trying (cite_ends). A phrase with an apostrophe ("d'après", no token starts at its
        # elided "d'") matches only a text with one, which cite_ends reads with the regex.
        firsts = [TOKEN_RE.match(p) for p in phrases if "'" not in p]
        self.cite_firsts = frozenset(m.group() for m in firsts if m) if all(firsts) else None

    def cite_ends(self, doc: Doc) -> list[int]:
        """Where the citing phrases of a Doc end: the matches of cite_re over its folded text.

        Without apostrophes and links, every token of the text is a word, and a phrase can
        match only where one starts that is a phrase's first word: the regex is tried there
        alone, not at every character.
        """
        folded = doc.folded
        if self.cite_firsts is None or doc.urls or "'" in folded:
            return [m.end() for m in self.cite_re.finditer(folded)]
        out: list[int] = []
        end = 0
        match = self.cite_re.match
        for s in compress(doc.starts, map(self.cite_firsts.__contains__, doc.words)):
            if s >= end:  # matches do not overlap, as finditer's
                m = match(folded, s)
                if m is not None:
                    end = m.end()
                    out.append(end)
        return out

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


# A Chinese country or capital heads its clause and a verb or a preposition of acting follows it: its state
# acts ("伊朗向以色列发射导弹", "，以色列在加沙的军事行动"); a noun after it makes it a place or a title
# ("以色列北部", "俄罗斯总统"), and so does a preposition before it ("向以色列").
ZH_SUBJECT_NEXT = frozenset(
    ["向", "对", "在", "已", "已经", "将", "宣布", "表示", "称", "说", "指出", "发射", "袭击", "攻击", "空袭", "指责", "否认", "拒绝", "同意", "要求", "呼吁", "警告", "谴责", "威胁", "与", "和", "再次", "决定", "正在", "批准", "派遣", "承认", "坚持", "不会"]
)
ZH_CLAUSE_BEFORE = frozenset(["称", "说", "表示", "指出", "认为", "但", "而", "但是", "然而"])
_ZH_BREAK_RE = re.compile("[，。；：、！？,;:!?“”\"「」]")


def _chinese_place_actor(doc: Doc, m: Mention, state: Actor) -> Actor | None:
    words, i, j = doc.words, m.i, m.j
    sent = doc.sent[i]
    starts_clause = (
        i == 0
        or doc.sent[i - 1] != sent
        or _ZH_BREAK_RE.search(doc.text, doc.ends[i - 1], doc.starts[i]) is not None
        or words[i - 1] in ZH_CLAUSE_BEFORE
    )
    if not starts_clause or j >= len(words) or doc.sent[j] != sent:
        return None
    if doc.starts[j] != doc.ends[j - 1]:
        return None  # a break or a space before the next word: no verb of its
    return state if words[j] in ZH_SUBJECT_NEXT else None


# A Japanese country before the particle は or が is its state acting ("北朝鮮が弾道ミサイルを発射"), and so
# is one whose weapons or attack are named ("ロシアのミサイル攻撃"); before a noun it is a place ("イスラエル北部").
JA_SUBJECT_NEXT = frozenset(["は", "が", "も"])
# a Japanese country before 軍 (ロシア軍, a force's name cut in two words) names the force, no place
JA_MILITARY = frozenset(fold(w) for w in ["軍", "国防軍", "国軍", "空軍", "海軍", "陸軍", "部隊"])
JA_ARMS_AFTER_NO = frozenset(fold(w) for w in ["ミサイル", "攻撃", "ドローン", "無人機", "空爆", "砲撃", "侵攻", "軍事 侵攻"])


# A Korean country or capital with a subject or topic particle on it is its state acting ("러시아가 드론을
# 발사했으며", "모스크바가 ... 준비가 돼 있다"), and so is one with 와/과 (a party: "키이우와 협상할") or one whose
# weapons or attack follow its 의 ("러시아의 미사일 공격"); with 에, 에서, 으로 it is where.
KO_SUBJECT = frozenset(["이", "가", "은", "는", "도", "와", "과", "와의", "과의", "와는", "과는"])
KO_ARMS_AFTER_UI = ("미사일", "공격", "드론", "무인기", "공습", "포격", "침공", "전면")


def _korean_place_actor(doc: Doc, m: Mention, state: Actor) -> Actor | None:
    words = doc.words
    last, word = m.key.split(" ")[-1], words[m.j - 1]
    particle = word[len(last) :] if word.startswith(last) else ""
    if particle in KO_SUBJECT:
        return state
    if particle == "의" and m.j < len(words) and doc.sent[m.j] == doc.sent[m.i] and words[m.j].startswith(KO_ARMS_AFTER_UI):
        return state
    return None


# A Korean body written before its spokesman's title ("크렘린궁 대변인") is his title, no actor (as "Kremlin
# spokesman Dmitry Peskov" before his name).
KO_SPOKESMAN = fold("대변인")


def _korean_title_org(doc: Doc, a: ActorRef) -> bool:
    if a.kind != "org" or doc.text[a.end : a.end + 1] != " ":
        return False
    t = doc.token_at(a.end)
    return t < len(doc.words) and doc.words[t].startswith(KO_SPOKESMAN)


# A Georgian country or capital with the ergative on it is the subject of a transitive verb, its state acting
# ("რუსეთმა ... გაუშვა", "მოსკოვმა უარყო"), as is one in the nominative before a reporting verb in the present;
# one in the genitive before its weapons or attack ("რუსეთის სარაკეტო დარტყმა", "ისრაელის ავიადარტყმა") is the
# attacking side; with -ში, -ზე, -დან, -თან it is where.
KA_ERGATIVE = ("მა", "მ")


def _georgian_place_actor(doc: Doc, m: Mention, state: Actor) -> Actor | None:
    words = doc.words
    key, word = m.key.split(" ")[-1], words[m.j - 1]
    nxt = m.j
    if word == key:
        # the nominative is the subject of a verb in the present: "კიევი უარყოფს" (Kyiv denies), "რუსეთი აცხადებს"
        same = nxt < len(words) and doc.sent[nxt] == doc.sent[m.i]
        return state if same and _is_report_verb(words[nxt]) else None
    stem = key[:-1] if key.endswith(("ი", "ა")) else key
    suffix = word[len(stem) :] if word.startswith(stem) else ""
    if suffix in KA_ERGATIVE or suffix in ("ამ", "ემ", "ომ"):
        return state
    if suffix in ("ის", "ს") and nxt < len(words) and doc.sent[nxt] == doc.sent[m.i] and _is_military(words[nxt]):
        return state
    return None


# Azerbaijani: the case ending blanked after a name (azerbaijani_doc) tells its part. The comitative ("Rusiya ilə",
# "Moskvayla") is a party; the genitive ("Rusiyanın dronları", "İsrailin Tehrana endirdiyi zərbələr") the side that
# acts when its forces or a participle of doing follow; the nominative the state when its forces or government follow
# in the nominative ("Ermənistan silahlı qüvvələri", not "Azərbaycan Ordusunun mövqeləri") or when it opens its
# clause before a verb or a name in another case ("Bakı Moskvanın hərəkətlərini ... adlandırıb"); the other cases
# ("Bakıda", "Kiyevə", "Moskvadan") are where.
AZ_GENITIVE = frozenset(("in", "un", "nin", "nun"))
AZ_COMITATIVE = frozenset(("la", "lə", "yla", "ylə"))
AZ_WITH = frozenset(("ilə",))
AZ_AND = frozenset(("və", "həm"))
AZ_MILITARY = _prefixes(
    "ordu qoşun qüvvə silahlı hərbçi əsgər dron pua raket zərbə hücum artilleriya təyyarə donanma tank hərbi"
)
AZ_AGENT = _prefixes("hökumət xin nazirliy nazirlik səfirliy rəhbərliy tərəf")
AZ_DOING = _prefixes("endirdiy atdığ keçirdiy törətdiy vurduğ başlatdığ buraxdığ göndərdiy")
# a possessive noun with a case after it: "ordusunun", "qüvvələrinə", "hökumətindən"
AZ_OBLIQUE_POSSESSED = tuple(
    fold(e) for e in ("nın", "nin", "nun", "nün", "na", "nə", "nda", "ndə", "ndan", "ndən", "nı", "ni", "nu", "nü")
)
AZ_CLAUSE_MARKS = frozenset(",;:–—-(“\"")


def _az_ending(doc: Doc, t: int) -> str:
    """The folded case ending azerbaijani_doc blanked after token t ("" for none): "Bakıda" -> "da", "APA-ya"
    -> "ya"."""
    text, k = doc.text, doc.ends[t]
    if k < len(text) and text[k] == "-":
        k += 1
    e = k
    while e < len(text) and text[e].isalpha():
        e += 1
    return fold(text[k:e]) if e > k and (t + 1 >= len(doc.starts) or doc.starts[t + 1] >= e) else ""


def _azerbaijani_place_actor(doc: Doc, m: Mention, is_country: bool, state: Actor) -> Actor | None:
    words, i, j, sent = doc.words, m.i, m.j, doc.sent[m.i]
    ending = _az_ending(doc, j - 1)
    nxt = words[j] if j < len(words) and doc.sent[j] == sent else None
    if ending in AZ_COMITATIVE or nxt in AZ_WITH:
        return state if is_country else None  # "Azərbaycanla sülh", "Rusiya ilə danışıqlar"
    if nxt is None:
        return None
    if ending in AZ_GENITIVE:
        ahead = words[j : j + 4]
        ahead = ahead[: next((n for n, t in enumerate(range(j, j + len(ahead))) if doc.sent[t] != sent), len(ahead))]
        if nxt.startswith(AZ_MILITARY) or any(w.startswith(AZ_DOING) for w in ahead):
            return state
        return None
    if ending:
        return None  # a location or an object: "Bakıda", "Kiyevə", "Moskvadan", "Ermənistanı"
    if is_country and (nxt.startswith(AZ_MILITARY) or nxt.startswith(AZ_AGENT)):
        oblique = _az_ending(doc, j) or (nxt.endswith(AZ_OBLIQUE_POSSESSED) and not doc.caps[j])
        return None if oblique else state  # "Ermənistan silahlı qüvvələri", not "Azərbaycan Ordusunun"
    if doc.caps[j] and not _az_ending(doc, j):
        return None  # a name after it: "Qəzza Səhiyyə Nazirliyi", "Türkiyə Prezidenti"
    # a subject opens its clause, its verb last: "Bakı Moskvanın hərəkətlərini qəbuledilməz adlandırıb"
    opens = i == 0 or doc.sent[i - 1] != sent or any(c in AZ_CLAUSE_MARKS for c in doc.text[doc.ends[i - 1] : doc.starts[i]])
    return state if opens and nxt not in AZ_AND and not _is_role(nxt) else None


# A Bengali country in the genitive before its forces or weapons is the attacking side ("রাশিয়ার ক্ষেপণাস্ত্র
# হামলায়", "ইসরায়েলের সেনাবাহিনী"); in the locative (-এ, -য়) it is where.
BN_GENITIVE = ("র", "এর", "যএর")
BN_ARMS = tuple(
    fold(w).replace("'", "")
    for w in ("ক্ষেপণাস্ত্র", "মিসাইল", "রকেট", "ড্রোন", "যুদ্ধবিমান", "বিমান", "বাহিনী", "সেনা", "সৈন্য", "গোলা", "কামান",
              "হামলা", "আক্রমণ", "বোমা")
)  # fmt: skip


# Lithuanian: a name's case tells its part, read on the written word (the fold reads Rusiją, the object, as Rusija,
# the subject). The genitive before what a state has: its forces or weapons ("Rusijos dronai", "Izraelio kariuomenė")
# the side that acts, its government or a ministry ("Libano sveikatos apsaugos ministerija") the state, an office
# ("Rusijos prezidentas") its territory alone; the nominative before its verb the state ("Lietuva perduos"); "su"
# (with) a party ("derybos su Rusija"), not the other side of a border ("siena su Baltarusija"); other cases
# ("Rusijoje", "Kyjive", "Maskvą") where or what.
LT_FORCES = _prefixes("kariuomen pajėg kari kareiv armij aviacij laivyn okupant")
LT_WEAPONS = _prefixes("dron raket smūg smog atak antskryd naikintuv lėktuv bomb sviedin artilerij orlaiv bepilot")
LT_AGENT = _prefixes("vyriausyb valdž ministerij urm delegacij ambasad parlament seim prezidentūr štab tarnyb")
LT_BORDER = _prefixes("sien pasien")
LT_GENITIVE_ENDINGS = ("os", "es", "aus", "u")  # folded -os, -ės, -aus, -ų (not -o: the past tense "skrido")
LT_OBJECT_ENDINGS = ("ą", "ę", "į", "ų", "Ą", "Ę", "Į", "Ų")  # the accusative, or a genitive plural: no subject
LT_CLAUSE_MARKS = frozenset(",;:–—-()„“\"")


class CaseTables(NamedTuple):
    """What a language that writes its cases onto names puts after a country's genitive, for the reading below."""

    forces: tuple[str, ...]
    weapons: tuple[str, ...]
    agent: tuple[str, ...]
    border: tuple[str, ...]
    genitive_endings: tuple[str, ...]
    object_endings: tuple[str, ...]
    with_word: str  # "with": a party to talks, or the other side of a border
    caps_end: bool  # a capitalised word ends the genitive's phrase (Latvian capitalises "Veselības ministrija")


LT_TABLES = CaseTables(LT_FORCES, LT_WEAPONS, LT_AGENT, LT_BORDER, LT_GENITIVE_ENDINGS, LT_OBJECT_ENDINGS, "su", True)
# Latvian reads as Lithuanian does ("Krievijas droni", "Izraēlas armija", "Libānas Veselības ministrija", "Latvija
# nodos", "sarunas ar Krieviju", not "robeža ar Baltkrieviju"); its institutions' names start with a capital, and its
# accusative (-u) and locative (-ā, -ē, -ī) are no subject.
LV_TABLES = CaseTables(
    _prefixes("armij spēk karaspēk karavīr aviācij flot okupant bruņot"),
    _prefixes("dron raķet raķeš trieci uzbrukum iznīcinātāj lidmašīn bumb lādiņ šāviņ artilērij lidaparāt bezpilota apšaud"),
    _prefixes("valdīb ministrij ārlietu delegācij vēstniecīb parlament saeim štāb dienest prezidentūr robežsardz"),
    _prefixes("robež pierobež"),
    ("as", "es", "a", "u", "s"),
    ("u", "ā", "ē", "ī", "ai", "ei", "ij"),
    "ar",
    False,
)


def _lt_same_phrase(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens a and b (a < b) stand in one sentence with no punctuation between them."""
    return doc.sent[a] == doc.sent[b] and not any(c in LT_CLAUSE_MARKS for c in doc.text[doc.ends[a] : doc.starts[b]])


def lithuanian_weapon_side(doc: Doc, m: Mention, t: CaseTables = LT_TABLES) -> bool:
    """A Lithuanian country name in the genitive before weapons or strikes ("Rusijos dronai", "Rusijos smūgiai"):
    their side, and no place (as "droni za Urusi"); before its army it is named (as "jeshi la Kongo"). Latvian
    alike ("Krievijas droni", "Krievijas triecienos")."""
    j = m.j
    return (
        j < len(doc.words)
        and _lt_same_phrase(doc, j - 1, j)
        and doc.words[j].startswith(t.weapons)
        and not doc.text[doc.starts[m.i] : doc.ends[j - 1]].endswith(t.object_endings)
    )


def _lithuanian_place_actor(
    doc: Doc, m: Mention, is_country: bool, state: Actor, forces: Actor, genitive: frozenset[str],
    nominative: frozenset[str], tables: CaseTables = LT_TABLES,
) -> Actor | None:
    words, i, j = doc.words, m.i, m.j
    surface = doc.text[doc.starts[i] : doc.ends[j - 1]]
    key = fold_key(surface)
    if i > 0 and words[i - 1] == tables.with_word and key not in genitive and _lt_same_phrase(doc, i - 1, i):
        border = i > 1 and _lt_same_phrase(doc, i - 2, i - 1) and words[i - 2].startswith(tables.border)
        return state if is_country and not border else None  # "derybos su Rusija", not "siena su Baltarusija"
    if key in genitive:
        # up to four words of its phrase after it, through genitives ("Libano sveikatos apsaugos ministerija",
        # "Rusijos dronai"), not past a verb ("Lietuvos teritorijos skrido Rusijos dronas")
        for t in range(j, min(j + 4, len(words))):
            if not _lt_same_phrase(doc, t - 1, t) or _is_role(words[t]):
                return None  # "Rusijos prezidentas": the office's territory
            if t > j and ((tables.caps_end and doc.caps[t]) or not words[t - 1].endswith(tables.genitive_endings)):
                return None
            if words[t].startswith(tables.forces) or words[t].startswith(tables.weapons):
                return forces if is_country else None
            if words[t].startswith(tables.agent):
                return state if is_country else None
        return None
    if surface.endswith(tables.object_endings) or key not in nominative or j >= len(words):
        return None
    # a country before its verb ("Rusija paleido", "Lietuva perduos"); a capital before a statement ("Maskva neigia")
    if (
        _lt_same_phrase(doc, j - 1, j)
        and not doc.caps[j]
        and not _is_role(words[j])
        and (is_country or _is_report_verb(words[j]))
    ):
        return state
    return None




# Philippine provinces, which the gold set leaves unscored (below its first-level regions) and GeoNames would read as a
# town of their name or a part of it ("Northern Samar" as Samara, "Davao de Oro" as Davao City, "Isabela" as the
# city on Basilan, "Sultan Kudarat" as the Maguindanao town): blocked in Tagalog text
PH_PROVINCES = tuple(
    tuple(fold(p).split())
    for p in (
        "Northern Samar", "Eastern Samar", "Samar", "Davao de Oro", "Davao del Norte", "Davao del Sur", "Davao Oriental",
        "Davao Occidental", "Sultan Kudarat", "Isabela", "Camarines Sur", "Camarines Norte", "Lanao del Sur",
        "Lanao del Norte", "Maguindanao del Sur", "Maguindanao del Norte", "Zamboanga del Sur", "Zamboanga del Norte",
        "Zamboanga Sibugay", "Agusan del Sur", "Agusan del Norte", "Surigao del Sur", "Surigao del Norte",
        "Negros Occidental", "Negros Oriental", "Cotabato", "South Cotabato", "Albay", "Catanduanes", "Sorsogon",
        "Masbate", "Leyte", "Southern Leyte", "Zambales", "Bataan", "Pampanga", "Bulacan", "Pangasinan", "Antique",
        "Aklan", "Capiz", "Iloilo", "Cebu", "Bohol", "Palawan", "Sulu", "Basilan", "Tawi-Tawi", "Batanes", "Cagayan",
        "Benguet", "Ilocos Norte", "Ilocos Sur", "Quezon", "Batangas", "Laguna", "Cavite", "Rizal", "Mindoro",
        "Occidental Mindoro", "Oriental Mindoro", "Bukidnon", "Misamis Oriental", "Misamis Occidental",
    )
)
_PH_PROVINCE_FIRST = frozenset(p[0] for p in PH_PROVINCES)


def _block_ph_provinces(doc: Doc, block: list[bool]) -> None:
    """Blocks the words of a Philippine province's name (the longest written), unless "City" or "Lungsod" follows or
    precedes it ("Cebu City", "Lungsod Quezon", "Zamboanga City" are cities)."""
    words = doc.words
    n = len(words)
    for i, w in enumerate(words):
        if w not in _PH_PROVINCE_FIRST or not doc.text[doc.starts[i]].isupper():
            continue
        best = max((len(p) for p in PH_PROVINCES if tuple(words[i : i + len(p)]) == p), default=0)
        if not best or (i + best < n and words[i + best] == "city") or (i > 0 and words[i - 1] in ("lungsod", "city")):
            continue
        if i > 1 and words[i - 1] == "ng" and words[i - 2] == "lungsod":
            continue
        for t in range(i, i + best):
            block[t] = True

def _tagalog_place_actor(doc: Doc, m: Mention, is_country: bool, state: Actor, forces: Actor) -> Actor | None:
    """A Tagalog name's part, by the markers around it: after "ng" a body of the state's ("pamahalaan ng China") or the
    agent of the verb, before its "ang" ("Binomba ng Israel ang Beirut"); after "ang" with no agent before it in its
    clause the subject ("Nagpadala ang China ng mga barko", "hindi pa handa ang Kyiv"), a capital so too (metonymic);
    after "sa" (in, to), or "ang" after an agent ("Inatake ng mga drone ng Russia ang Odesa"), a place or an object."""
    words, i, j = doc.words, m.i, m.j
    if i == 0 or doc.sent[i - 1] != doc.sent[i]:
        return None
    prev = words[i - 1]
    if prev == "ng" and i > 1:
        if words[i - 2] in TL_FORCES_NOUNS:
            return forces if is_country else None  # "hukbo ng Sudan", "militar ng Israel": its forces, and a place
        if words[i - 2] in TL_STATE_NOUNS:
            return state if is_country else None
        if j < len(words) and words[j] == "ang" and doc.joins(j - 1) and is_country:
            return state  # the agent of a verb whose object "ang" marks
        return None
    if prev == "ang" and i > 1 and doc.sent[i - 2] == doc.sent[i]:
        # back to the clause's start (a comma, or "na", that, before a clause): an agent ("ng") or a place ("sa")
        # on the way makes "ang" mark the object
        for k in range(i - 2, -1, -1):
            if doc.sent[k] != doc.sent[i] or words[k] == "na":
                break
            if words[k] in ("ng", "sa", "ni", "nina"):
                return None
            if any(c in ",;:()" for c in doc.text[doc.ends[k] : doc.starts[k + 1]]):
                break
        return state
    return None


def _bengali_place_actor(doc: Doc, m: Mention, state: Actor) -> Actor | None:
    words = doc.words
    key, word = m.key.split(" ")[-1], words[m.j - 1]
    suffix = word[len(key) :] if word.startswith(key) else ""
    nxt = m.j
    if suffix in BN_GENITIVE and nxt < len(words) and doc.sent[nxt] == doc.sent[m.i] and words[nxt].startswith(BN_ARMS):
        return state
    return None


# An Armenian country or capital with the article on it is the subject, its state acting ("Բաքուն մերժել է", "Մոսկվան
# հայտարարել է", "Ադրբեջանը տեղակայել է"), as is one bare before a reporting verb ("Երևանը հերքում է" aside, "Կիև
# հայտնում է"); one in the genitive before its weapons or forces ("Ռուսաստանի հրթիռային հարվածը") is the attacking
# side; with -ում, -ից, -ին, -ով (in, from, to, with) it is where or whom.
HY_ARTICLE = ("ը", "ն")


def _armenian_place_actor(doc: Doc, m: Mention, state: Actor) -> Actor | None:
    words = doc.words
    key, word = m.key.split(" ")[-1], words[m.j - 1]
    suffix = word[len(key) :] if word.startswith(key) else None
    nxt = m.j
    same = nxt < len(words) and doc.sent[nxt] == doc.sent[m.i]
    if suffix in HY_ARTICLE:
        return state
    if suffix == "":
        return state if same and _is_report_verb(words[nxt]) else None
    if suffix in ("ի", "յի") and same and (_is_military(words[nxt]) or words[nxt] in HY_ARMS_ADJ):
        return state
    return None


# Amharic postpositions: a bare name before one is where, not who ("ኢትዮጵያ ውስጥ", "ዩክሬን ላይ", "ሱዳን አቅራቢያ")
AM_POSTPOSITIONS = frozenset(map(fold, ["ውስጥ", "ላይ", "አካባቢ", "ዙሪያ", "አቅራቢያ", "አጠገብ", "በኩል", "ድንበር"]))


def _amharic_place_actor(doc: Doc, m: Mention, state: Actor, is_country: bool) -> Actor | None:
    """The state an Amharic country name stands for, where it acts: bare at the head of its sentence, the subject
    before its verb at the end ("ሩሲያ በካርኪቭ ላይ ... ጥቃት"); in the genitive before its forces or a body of its
    state ("የሩሲያ ጦር", "የኤርትራ ማስታወቂያ ሚኒስቴር", a word between them; not before an office: "የኤርትራው ፕሬዚዳንት"
    is a title); a party after ከ ... ጋር (with)."""
    if not is_country:
        return None
    words = doc.words
    i, j = m.i, m.j
    first = m.key.split(" ")[0]
    at = words[i].find(first)
    if at < 0:
        return None
    prefix = words[i][:at]
    sent = doc.sent[i]
    if prefix == "":
        if j < len(words) and doc.sent[j] == sent and words[j] in AM_POSTPOSITIONS:
            return None  # "ኢትዮጵያ ውስጥ" (in Ethiopia), "ዩክሬን ላይ" (on Ukraine): a place, its postposition after it
        return state if i == 0 or doc.sent[i - 1] != sent else None
    if prefix == "የ":
        nxt = [w for k, w in enumerate(words[j : j + 2], j) if doc.sent[k] == sent]
        if nxt and not _is_am_role(nxt[0]) and any(_is_military(w) or _is_agent(w) for w in nxt):
            return state
        return None
    if prefix == "ከ" and j < len(words) and words[j] == "ጋር" and doc.sent[j] == sent:
        return state
    return None


# adjectives of weapons between a country in the genitive and its strike ("Ռուսաստանի հրթիռային հարվածը")
HY_ARMS_ADJ = _folded_set("հրթիռային հրետանային օդային ռազմական")


def _japanese_place_actor(doc: Doc, m: Mention, state: Actor) -> Actor | None:
    words, j = doc.words, m.j
    if j >= len(words) or doc.sent[j] != doc.sent[m.i] or doc.starts[j] != doc.ends[j - 1]:
        return None
    if words[j] in JA_SUBJECT_NEXT:
        return state
    if words[j] == "の" and j + 1 < len(words) and words[j + 1] in JA_ARMS_AFTER_NO:
        return state
    return None


# (pattern, fewest words, the opening mark: a text without it skips the pattern)
_QUOTE_RES = [
    (re.compile(r"«((?:[^«»]|«[^«»]*»)+)»"), 2, "«"),
    (re.compile(r"“([^“”]+)”"), 2, "“"),
    (re.compile(r"„([^„“”]+)[“”]"), 2, "„"),
    # (a '"' between two Hebrew letters inside is gershayim: "רוסיה שיגרה 100 כטב"מים")
    # (Korean writes its particle or quoting ending right after the closing mark: "…"고 말했다, ‘…’라고)
    (re.compile(r'(?<!\w)"((?:[^"\n]|(?<=[\u05d0-\u05ea])"(?=[\u05d0-\u05ea]))+)"(?![^\W\uac00-\ud7a3])'), 3, '"'),
    (re.compile(r"(?<![\w’])‘([^‘’\n]+)’(?![^\W\uac00-\ud7a3])"), 3, "‘"),
    # Swedish and Finnish open and close a quotation with the same mark (”Det stämmer inte”); read only in a text
    # without „ or “, whose closing ” belongs to them
    (re.compile(r"(?<!\w)”([^”“„\n]+)”"), 2, "”"),
    # Danish opens with » and closes with « (»Danmark vil ikke acceptere trusler«); read only in a text whose first
    # guillemet is », so that the closing and opening marks between two «…» quotations are no quotation
    (re.compile(r"(?<!\w)»([^»«\n]+)«"), 2, "»"),
]


class Enricher:
    """Loaded once per process; `enrich` is then a pure function of its arguments."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or load_gazetteer()
        self.actors = ActorTable(self.gaz)
        self.sources = SourceTable()
        # first words of the names that match in lower case too ("окупанти", "ρωσικός στρατός")
        self.any_case_first = frozenset(k.split(" ")[0] for k in self.actors.any_case)
        # folded word -> ("adj", cc) or ("dem", cc), an adjective winning over a demonym: one look-up a word
        self.adj_or_dem: dict[str, tuple[str, str]] = {w: ("dem", cc) for w, cc in self.gaz.demonyms.items()}
        self.adj_or_dem.update((w, ("adj", cc)) for w, cc in self.gaz.adjectives.items())
        langmod.lexicon_words()  # read now, not on the first short line a worker meets

    @cached_property
    def _az_name_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The last words of the names of places, actors and outlets, and those of names of several words
        (azerbaijani_doc); built on the first Azerbaijani text, not in every worker."""
        lang_only = self.gaz.lang_only
        keys = [
            # (not a name other languages' text alone reads: Finnish "Iranin" is Azerbaijani "İranın" with its ending)
            *(k for k in self.gaz.curated.keys if k not in lang_only or "az" in lang_only[k]),
            *self.gaz.general.keys, *self.actors.strong.keys, *self.actors.weak.keys, *self.sources.index.keys,
        ]
        names = frozenset(k.rsplit(" ", 1)[-1] for k in keys)
        tails = frozenset(k.rsplit(" ", 1)[-1] for k in keys if " " in k)
        return names, tails

    # ------------------------------------------------------------ entry point

    def enrich(
        self,
        text: str,
        lang_hint: str | None = None,
        place_hint: PlaceHint | str | None = None,
        title: str | None = None,
    ) -> Enrichment:
        doc = Doc(text)
        shown, parts = langmod.detect(doc, lang_hint)
        lang = langmod.read_as(shown)  # a Croatian or Bosnian text is read with the Serbian names and figures
        if lang == "tr":
            doc = turkish_doc(doc)
        elif lang == "az":
            doc = azerbaijani_doc(doc, *self._az_name_words)
        n = len(doc.words)
        title_ccs, title_people, title_ids = self._title_context(title) if title else ((), (), frozenset())

        cites = self.sources.cite_ends(doc)
        sources, blocked = self._find_sources(doc, cites, lang)
        adjectives = self._adjectives(doc)
        actors, person_block, org_spans = self._find_actors(doc, blocked, set(title_ids), lang, adjectives)
        if lang == "ko":
            actors = [a for a in actors if not _korean_title_org(doc, a)]
        place_block = list(map(or_, blocked, person_block))
        if lang == "tl":
            _block_ph_provinces(doc, place_block)
        for a, b in org_spans:
            for t in range(a, b):
                place_block[t] = True

        context: dict[str, float] = {}
        for cc in title_ccs:
            context[cc] = context.get(cc, 0.0) + 0.5
        hint = self._hint(place_hint)
        if hint is not None:
            context[hint.country] = context.get(hint.country, 0.0) + 1.0
        for i, adj in adjectives.items():
            if not self._names_a_side(doc, i):
                context[adj[1]] = context.get(adj[1], 0.0) + 0.5

        mentions = self.gaz.mentions(doc, place_block, lang)
        resolved = self.gaz.resolve_mentions(doc, mentions, lang, context)
        places: list[PlaceRef] = []
        for m, p in resolved:
            s, e = doc.starts[m.i], doc.ends[m.j - 1]
            if lang in ("id", "vi", "sw", "tl", "so") and p.precision == "country" and p.country and self._id_side(doc, m.i, lang):
                # "serangan Israel": the country's forces act, no location
                actors.append(self.actors.forces(p.country).ref(text[s:e], s, e))
                continue
            if (
                lang in ("lt", "lv")
                and p.precision == "country"
                and p.country
                and lithuanian_weapon_side(doc, m, LV_TABLES if lang == "lv" else LT_TABLES)
            ):
                actors.append(self.actors.forces(p.country).ref(text[s:e], s, e))  # "Rusijos dronai": their side
                continue
            actor = self._place_as_actor(doc, m, p, resolved, lang)
            if actor is not None and not any(a.id == actor.id and a.start <= s and e <= a.end for a in actors):
                # (not again inside the name found for it: "Mali ordusu" is mali_forces once)
                actors.append(actor.ref(text[s:e], s, e))
            if (
                p.precision == "country"
                and lang not in ("tr", "ka", "hy", "az", "lt", "fi", "lv", "et", "am")  # Turkish, Georgian, Armenian,
                # Azerbaijani, Lithuanian, Finnish, Latvian, Estonian and Amharic name the country itself: "Suriye ordusu"
                # is Syria's army, "რუსეთის არმია" Russia's, "Ադրբեջանի զինուժը" Azerbaijan's, "Ermənistan ordusu"
                # Armenia's, "Izraelio kariuomenė" Israel's, "Venäjän ohjusisku", "Iisraeli armee" and "የሩሲያ ጦር" theirs
                and m.j < n
                and doc.joins(m.j - 1)
                and "'" not in text[e : doc.starts[m.j]]
                and (
                    _is_military(doc.words[m.j])
                    or _is_agent(doc.words[m.j])
                    or (lang == "ja" and doc.words[m.j] in JA_MILITARY)
                )
                and not (m.i > 0 and doc.words[m.i - 1] in IN_WORDS)
            ):
                continue  # "US officials": an attribute, not a location ("Russia's defence ministry" is one)
            places.append(p.ref(text[s:e], s, e))
        places.extend(self.gaz.territory_places(doc, place_block))
        for a, b in org_spans:
            if lang == "ja" and doc.words[b - 1] in JA_MILITARY:
                continue  # ロシア軍: a force, its country no place (as 俄军 and "Russian forces")
            places.extend(self._countries_in(doc, a, b, lang))
        places.sort(key=lambda r: r.start)

        anaphor = self._country_anaphora(doc, places)
        if anaphor is not None and all(a.id != anaphor.id for a in actors):
            actors.append(anaphor)

        unknown = self._cited_unknown(doc, cites, sources, places)
        if unknown:  # "according to the Kherson Herald": an outlet's name holds no place
            sources.extend(unknown)
            places = [p for p in places if not any(u.start <= p.start < u.end for u in unknown)]
        sources.sort(key=lambda r: r.start)
        actors.sort(key=lambda r: r.start)
        names = [(r.start, r.end) for r in sources] + [(a.start, a.end) for a in actors if a.kind != "state"]
        quotes = self._quotes(doc, actors, title_people, names)
        figures = find_figures(doc, lang)
        return Enrichment(
            lang=shown,
            lang_parts=parts,
            places=places,
            actors=actors,
            sources=sources,
            quotes=quotes,
            figures=figures,
        )

    def _adjectives(self, doc: Doc) -> dict[int, tuple[str, str]]:
        """token -> ("adj", cc) or ("dem", cc) for the country adjectives and demonyms of a Doc, in order."""
        adj_or_dem, words = self.adj_or_dem, doc.words
        if adj_or_dem.keys().isdisjoint(words):
            return {}  # many texts: one C-level pass
        # the few tokens that are, found in C; Python looks only at those
        found = compress(range(len(words)), map(adj_or_dem.__contains__, words))
        return {t: adj_or_dem[words[t]] for t in found}

    def _country_anaphora(self, doc: Doc, places: list[PlaceRef]) -> ActorRef | None:
        """ "the country's interior ministry", "υπουργείο Εσωτερικών της χώρας", "МВД страны":
        a body of "the country" is the state of the one country the text names."""
        ccs = {p.country for p in places if p.precision == "country"}
        if len(ccs) != 1:
            return None
        words = doc.words
        if COUNTRY_ANAPHORS.isdisjoint(words):
            return None
        for t, w in enumerate(words):
            if w not in COUNTRY_ANAPHORS:
                continue
            lo, hi = max(0, t - 3), min(len(words), t + 4)
            if any(_is_agent(words[k]) and doc.sent[k] == doc.sent[t] for k in range(lo, hi) if k != t):
                state = self.actors.state(next(iter(ccs)))
                if state is not None:
                    return state.ref(doc.text[doc.starts[t] : doc.ends[t]], doc.starts[t], doc.ends[t])
        return None

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
        actors, person_block, _ = self._find_actors(doc, blocked, set(), lang)
        block = [b or p for b, p in zip(blocked, person_block, strict=True)]
        mentions = self.gaz.mentions(doc, block, lang)
        ccs = tuple(p.country for _, p in self.gaz.resolve_mentions(doc, mentions, lang, {}))
        people = tuple(a.id for a in actors if a.kind == "person")
        return ccs, people, frozenset(a.id for a in actors)

    # ------------------------------------------------------------ sources

    def _find_sources(
        self, doc: Doc, cites: list[int] | None = None, lang: str | None = None
    ) -> tuple[list[SourceRef], list[bool]]:
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
        if cites is None:
            cites = self.sources.cite_ends(doc)
        index = self.sources.index
        # where a name can start: a capital, or a number that starts a name
        cands = doc.cap_tokens
        start_words = self.sources.start_words
        if not start_words.isdisjoint(doc.words):
            cands = sorted({*cands, *(t for t, w in enumerate(doc.words) if w in start_words)})
        if lang in CASELESS_LANGS:  # no capitals: any Arabic or Hebrew word may start a name
            cands = sorted({*cands, *(t for t, sc in enumerate(doc.scripts) if sc in CASELESS_SCRIPTS)})
        if lang == "he":  # and a Latin outlet in a Hebrew line is often written in lower case ("ב-ynet")
            cands = sorted({*cands, *(t for t, sc in enumerate(doc.scripts) if sc == "latin")})
        pos = 0
        i = 0
        while pos < len(cands):
            if cands[pos] < i:
                pos += 1
                continue
            i = cands[pos]
            pos += 1
            # Latin names exactly; Greek and Cyrillic ones in any case form («Интерфакса»)
            w = doc.words[i]
            # (Arabic and Hebrew ones without their clitics and prefixes: "لرويترز", "للجزيرة", "בחדשות 12")
            hit = index.match(
                doc,
                i,
                inflect=w[:1] > "\u036f" and (w[:3] in self.sources.stems or w[:1] >= "\u05d0"),
            )
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
        if i > 0 and (doc.words[i - 1] == "the" or _is_outlet_word(doc.words[i - 1])):
            return True  # "the Times", "телеканала «Дождь»", "агентство ТАСС"
        if tuple(doc.words[j : j + 2]) in UR_CITED_AFTER:
            return True
        return any(_is_report_verb(doc.words[t]) for t in range(j, min(j + 3, len(doc.words))))

    def _cited_unknown(
        self, doc: Doc, cites: list[int], known: list[SourceRef], places: list[PlaceRef]
    ) -> list[SourceRef]:
        """An unknown outlet right after a citing phrase ("according to the Kherson Herald").

        Only a name that looks like an outlet counts (it has a word such as News,
        Times, TV, Agency, Πρακτορείο, агентство): a person, a ministry or an NGO
        cited for a fact ("according to the UN", "citing the General Staff",
        "повідомила СБУ") is an actor of the update, not its source.
        """
        out: list[SourceRef] = []
        text = doc.text
        taken = [(r.start, r.end) for r in known]
        for end in cites:
            i = doc.token_at(end)
            while i < len(doc.words) and doc.words[i] in ARTICLES:
                i += 1
            if i >= len(doc.words) or doc.starts[i] - end > 8:
                continue
            s = doc.starts[i]
            if any(a <= s < b for a, b in taken):
                continue
            if not doc.caps[i] or (doc.weak_start(i) and doc.words[i] in langmod.STOPWORDS_ANY):
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
            if not any(_is_outlet_word(doc.words[t]) for t in range(i, j)):
                continue
            e = doc.ends[j - 1]
            out.append(SourceRef(name=text[s:e], kind="cited", matched=text[s:e], start=s, end=e))
            taken.append((s, e))
        return out

    # ------------------------------------------------------------ actors

    def _find_actors(
        self,
        doc: Doc,
        blocked: list[bool],
        seen: set[str],
        lang: str | None = None,
        adjectives: dict[int, tuple[str, str]] | None = None,
    ) -> tuple[list[ActorRef], list[bool], list[tuple[int, int]]]:
        """Actors in the text, the tokens people's names take, and the token spans of organisations' names."""
        if adjectives is None:
            adjectives = self._adjectives(doc)
        text = doc.text
        words = doc.words
        n = len(words)
        table = self.actors
        out: list[ActorRef] = []
        person_block = [False] * n
        org_spans: list[tuple[int, int]] = []
        any_case_first = self.any_case_first
        # the tokens anything below can start at: capitals, adjectives and the few names in any
        # case, not taken by a source; the scan jumps between them
        cands = doc.cap_tokens
        if adjectives or not any_case_first.isdisjoint(words):
            cands = sorted({*cands, *adjectives, *(t for t, w in enumerate(words) if w in any_case_first)})
        caseless = lang in CASELESS_LANGS
        if caseless:  # no capitals: any Arabic or Hebrew word may start a name (with its clitics: "لحماس", "לחמאס")
            cands = sorted({*cands, *(t for t, sc in enumerate(doc.scripts) if sc in CASELESS_SCRIPTS)})
        if any(blocked):
            cands = [t for t in cands if not blocked[t]]
        pos = 0
        i = 0
        while pos < len(cands):
            if cands[pos] < i:
                pos += 1
                continue
            i = cands[pos]
            pos += 1
            hit = None
            strong = True
            w = words[i]
            if doc.caps[i]:
                hit = None if w in table.strong.dead else table.strong.match(doc, i)
                whit = None if w in table.weak.dead else table.weak.match(doc, i)
                if whit and (hit is None or whit[0] > hit[0]):
                    hit, strong = whit, False
            elif w in self.any_case_first or (caseless and doc.scripts[i] in CASELESS_SCRIPTS):
                hit = None if w in table.strong.dead else table.strong.match(doc, i)
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
                if ok and actor.kind == "org" and actor.country and self._counted_dead(doc, i, j - 1):
                    ok = False  # "dois soldados ucranianos morreram": a side's dead, not its act
                if ok and i > 0 and doc.caps[i - 1] and doc.sent[i - 1] == doc.sent[i]:
                    place = self.gaz.curated.match(doc, i - 1)
                    if place is not None and place[0] >= j - i + 1:
                        ok = False  # the last word of a place's name: Turkish "Han Yunus" (Khan Yunis), not Mr Yunus
                if ok:
                    a0 = i
                    if (
                        actor.kind == "person"
                        and i > 0
                        and doc.caps[i - 1]
                        and words[i - 1] in table.given
                        and doc.joins(i - 1)
                        and not blocked[i - 1]
                    ):
                        a0 = i - 1  # "Марк Рютте": the given name is part of the name, and no place
                    s, e = doc.starts[a0], doc.ends[j - 1]
                    out.append(actor.ref(text[s:e], s, e))
                    seen.add(actor.id)
                    if actor.kind == "person":
                        for t in range(a0, j):
                            person_block[t] = True
                    else:
                        org_spans.append((i, j))
                    i = j
                    continue
            named = (
                (self._named_person(doc, i, blocked, lang) or self._titled_person(doc, i, blocked, lang))
                if doc.caps[i]
                else None
            )
            if named is not None:
                out.append(named[0])
                seen.add(named[0].id)
                for t in range(i, i + named[1]):
                    person_block[t] = True
                i += named[1]
                continue
            adj = adjectives.get(i)
            if adj is not None:
                ref = self._adjective_actor(doc, i, adj[0], adj[1], lang)
                if ref is not None:
                    out.append(ref)
            i += 1
        # "Глава МИД России Сергей Лавров", "head of the IAEA Rafael Grossi": an office's
        # organisation before its holder's name is the holder's title, not an actor
        people = [a for a in out if a.kind == "person"]
        out = [a for a in out if not (a.kind == "org" and self._title_of_person(doc, a, people))]
        return out, person_block, org_spans

    @cached_property
    def _force_ids(self) -> frozenset[str]:
        return frozenset(self.actors.actors[i].id for i in self.actors.forces_of.values())

    def _title_of_person(self, doc: Doc, org: ActorRef, people: list[ActorRef]) -> bool:
        words = doc.words
        i = doc.token_at(org.start)
        k = i - 1
        while k >= 0 and words[k] in ARTICLES | {"of", "на", "ng"}:  # Bulgarian "говорителят на Кремъл", Tagalog "ng"
            k -= 1
        if k >= 0 and _is_role(words[k]):
            # (Tagalog names the person after "na si": "tagapagsalita ng Kremlin na si Dmitry Peskov")
            return any(
                0 <= p.start - org.end <= 7 and doc.text[org.end : p.start].strip(" ,") in ("", "na si") for p in people
            )
        # "Kremlin spokesman Dmitry Peskov", "Kremlin press secretary Dmitry Peskov": an organisation before
        # the title of the one who speaks for it is part of the title. Not before its leader or chief
        # ("Hezbollah leader Naim Qassem", "Sudan's army chief al-Burhan"), who acts as the organisation does,
        # nor when it is named again on its own ("... said the army would not negotiate").
        j = doc.token_at(org.end)  # the first word after it
        if org.id.endswith("_forces") or org.id in self._force_ids or words[j - 1] in words[j + 2 :]:
            return False
        for role in range(j, min(j + 2, len(words))):
            if not doc.joins(role - 1):
                return False
            if words[role] in SPEAKER_ROLES and (words[role] != "secretary" or words[role - 1] == "press"):
                end = doc.ends[role]
                return any(0 <= p.start - end <= 3 and doc.text[end : p.start].strip(" ,") == "" for p in people)
        return False
        # (one word may qualify the office: "press secretary", "Foreign Minister", "Secretary General")
        for role in range(j, min(j + 2, len(words))):
            if not doc.joins(role - 1):
                return False
            if _is_role(words[role]):
                last = role + 1 if role + 1 < len(words) and (_is_role(words[role + 1]) or words[role + 1] == "general") else role
                end = doc.ends[last]
                return any(0 <= p.start - end <= 3 and doc.text[end : p.start].strip(" ,") == "" for p in people)
        return False

    def _countries_in(self, doc: Doc, a: int, b: int, lang: str | None = None) -> list[PlaceRef]:
        """Countries named inside an organisation's name ("МИД России", "Ukraine's General Staff"):
        places, while the organisation, not the state, is the actor; no other place counts there."""
        out = []
        t = a
        lang_only = self.gaz.lang_only
        while t < b:
            hit = self.gaz.curated.match(doc, t)
            if (
                hit is None
                or t + hit[0] > b
                or (hit[1] in lang_only and lang not in lang_only[hit[1]])
                or hit[1] in self.gaz.not_names.get(lang or "", ())
            ):
                t += 1  # (a name only one language reads: Persian "روسیه" is the Arabic adjective "الروسية"; Hungarian
                continue  # "izraeli" is Czech "in Israel")
            k, key, entries = hit
            if key in self.gaz.caps_only and not all(doc.upper[x] for x in range(t, t + k)):
                t += 1
                continue
            country = next(
                (self.gaz.places[x] for x in entries if self.gaz.places[x].precision == "country"), None
            )
            if country is not None:
                s, e = doc.starts[t], doc.ends[t + k - 1]
                out.append(country.ref(doc.text[s:e], s, e))
            t += k
        return out

    def _named_person(
        self, doc: Doc, i: int, blocked: list[bool], lang: str | None
    ) -> tuple[ActorRef, int] | None:
        """A given name and a capitalised surname ("Charlotte Evans", "Наталія Балясна"): a person
        the table does not know, with the surname in Latin letters as the id."""
        words = doc.words
        if (
            not doc.caps[i]
            or words[i] not in self.actors.given
            or i + 1 >= len(words)
            or not doc.caps[i + 1]
            or blocked[i + 1]
            or doc.text[doc.ends[i] : doc.starts[i + 1]] != " "
            or doc.sent[i + 1] != doc.sent[i]
        ):
            return None
        # the surname is the last word of the name: "Abdel Fattah al-Burhan" -> Burhan
        last = i + 1
        while last + 1 < len(words) and last - i < 4 and doc.sent[last + 1] == doc.sent[i]:
            nxt = last + 1
            gap = doc.text[doc.ends[last] : doc.starts[nxt]]
            if words[nxt] in NAME_PARTICLES and not doc.caps[nxt] and nxt + 1 < len(words):
                gap2 = doc.text[doc.ends[nxt] : doc.starts[nxt + 1]]
                if gap in (" ", "-") and gap2 in (" ", "-") and doc.caps[nxt + 1] and not blocked[nxt + 1]:
                    last = nxt + 1
                    continue
            if gap in (" ", "-") and doc.caps[nxt] and not blocked[nxt] and words[nxt] in self.actors.given:
                last = nxt  # a second given name ("Abdel Fattah")
                continue
            break
        if last > i + 1 and words[i + 1] not in self.actors.given and words[last - 1] not in NAME_PARTICLES:
            last = i + 1
        surname = words[last]
        if self.actors.strong.match(doc, last) or self.actors.weak.match(doc, last):
            return None  # "Oleh Synehubov": the table knows the surname
        if len(surname) < 3 or not surname.isalpha() or surname in langmod.STOPWORDS_ANY:
            return None
        if surname in FEATURE_SURNAMES:
            return None  # "Second Thomas Shoal", "Martin Luther King Street": a place named after one
        if script_of(surname[0]) != script_of(words[i][0]):
            return None
        s, e = doc.starts[i], doc.ends[last]
        ref = self._person_ref(doc, s, e, doc.text[doc.starts[last] : e], lang)
        return (ref, last + 1 - i) if ref is not None else None

    def _person_ref(self, doc: Doc, s: int, e: int, surname: str, lang: str | None) -> ActorRef | None:
        """A person the table does not list under this spelling: a known one by the surname's
        spelling-blind key, else a new one with the surname in Latin letters as the id."""
        known = self.actors.by_spelling(surname, lang)
        if known is not None:
            return known.ref(doc.text[s:e], s, e)
        pid = latin_surname(surname, lang)
        if not pid:
            return None
        return ActorRef(id=pid, name=doc.text[s:e], kind="person", matched=doc.text[s:e], start=s, end=e)

    def _titled_person(
        self, doc: Doc, i: int, blocked: list[bool], lang: str | None
    ) -> tuple[ActorRef, int] | None:
        """A name right after an office ("ο κυβερνήτης Όλεχ Κίπερ", "governor Vadym Filashkin",
        "κυβερνήτη της περιφέρειας του Ντονέτσκ, Βαντίμ Φιλάσκιν"): a person, with the
        number of tokens the name takes. The office may be qualified by its territory in between."""
        words = doc.words
        n = len(words)
        if not doc.caps[i] or doc.weak_start(i) or i == 0:
            return None
        # walk back over the territory of the office ("της περιφέρειας του Ντονέτσκ,", "of Kharkiv")
        k = i - 1
        steps = 0
        while k >= 0 and steps < 5 and doc.sent[k] == doc.sent[i] and not _is_role(words[k]):
            w = words[k]
            if not (w in ARTICLES or w in OFFICE_LINKS or w in LEAD_WORDS) and not (
                doc.caps[k] and (self.gaz.curated.match(doc, k) or self.gaz.general.match(doc, k))
            ):
                return None
            k -= 1
            steps += 1
        if k < 0 or not _is_role(words[k]) or doc.sent[k] != doc.sent[i]:
            return None
        if doc.text[doc.ends[i - 1] : doc.starts[i]].strip() not in ("", ","):
            return None
        if words[i] in NOT_NAMES:
            return None  # "President Monday", "υπουργό Άμυνας"
        if lang == "de" and words[i - 1] in GERMAN_GENITIVE_ARTICLES:
            return None  # "ein Sprecher der Armee", "der Nachrichtenagentur": German capitalises the body it names
        j = i + 1
        if j < n and doc.caps[j] and doc.joins(i) and doc.sent[j] == doc.sent[i]:
            if words[j] in self.actors.given and words[i] not in self.actors.given:
                return None  # "Глава Минздрава Михаил Мурашко": the name starts at the given name
            if blocked[j] or self.actors.strong.match(doc, j) or self.actors.weak.match(doc, j):
                return None  # "голова ОДА Віталій Кім": the table's person, found at the surname
            j += 1  # given name and surname
        elif words[i] in self.actors.given:
            return None  # a given name alone is no surname
        if (
            j + 1 < n
            and words[j] in NAME_PARTICLES
            and not doc.caps[j]
            and doc.caps[j + 1]
            and not blocked[j + 1]
            and doc.text[doc.ends[j - 1] : doc.starts[j]] in (" ", "-")
            and doc.text[doc.ends[j] : doc.starts[j + 1]] in (" ", "-")
        ):
            j += 2  # "Abdel Fattah al-Burhan"
        for t in range(i, j):
            w = words[t]
            if t > i and words[t] in NAME_PARTICLES and not doc.caps[t]:
                continue
            if (
                len(w) < 3
                or doc.upper[t]  # an acronym ("глава ОВА")
                or not w.isalpha()
                or w in langmod.STOPWORDS_ANY
                or script_of(w[0]) != script_of(words[i][0])
                or self.gaz.curated.match(doc, t)
                or self.gaz.general.match(doc, t, inflect=False)
            ):
                return None  # "президент України", "governor Kharkiv": a place, not a name
        s, e = doc.starts[i], doc.ends[j - 1]
        ref = self._person_ref(doc, s, e, doc.text[doc.starts[j - 1] : e], lang)
        return (ref, j - i) if ref is not None else None

    def _names_a_side(self, doc: Doc, i: int) -> bool:
        """A nationality adjective before a military, agent or role noun names a side
        ("Russian forces", "Russian state media"), not where things are."""
        words = doc.words
        for j in (i + 1, i + 2):
            if j >= len(words) or doc.sent[j] != doc.sent[i]:
                return False
            w = words[j]
            if _is_military(w) or _is_agent(w) or _is_role(w) or w in ("media", "state"):
                return True
            if not (_is_modifier(w) or w in ARTICLES or self.gaz.adjective_at(doc, j)):
                return False
        return False

    def _adjective_actor(self, doc: Doc, i: int, kind: str, cc: str, lang: str | None = None) -> ActorRef | None:
        words = doc.words
        urdu = lang in ("ur", "ps")  # (the adjective before its noun, as in Hindi)
        serbian = lang == "sr"
        if not urdu and script_of(words[i][0]) in ("arabic", "hebrew"):
            return self._arabic_adjective_actor(doc, i, cc)  # the adjective follows its noun (not in Hindi)
        n = len(words)
        if i > 0 and doc.sent[i - 1] == doc.sent[i] and words[i - 1].startswith(LOSS_NOUNS):
            return None  # "втрати російських військ": the losses of a side, not its act
        if self._targeted(doc, i):
            return None  # "сбили 12 российских дронов": the side's weapons were the target
        j = i + 1
        while j < n and j <= i + 4 and doc.sent[j] == doc.sent[i]:
            w = words[j]
            if _is_role(w):
                return None  # "Turkish President Erdogan": the person acts
            if lang == "ps" and w in PS_WEAPONS:
                state = self.actors.state(cc)
                if state is None or any(words[k] in HI_TARGETED for k in range(j + 1, min(j + 4, n))):
                    return None  # (the side's drones shot down: the target)
                return state.ref(doc.text[doc.starts[i] : doc.ends[j]], doc.starts[i], doc.ends[j])
            if _is_military(w) or (urdu and w in UR_MILITARY) or (serbian and w.startswith(SR_MILITARY)):
                forces = self.actors.forces(cc)
                return forces.ref(doc.text[doc.starts[i] : doc.ends[j]], doc.starts[i], doc.ends[j])
            if _is_agent(w):
                state = self.actors.state(cc)
                if state is None or self._located(doc, i):
                    return None  # "outside the Russian embassy": a location
                return state.ref(doc.text[doc.starts[i] : doc.ends[j]], doc.starts[i], doc.ends[j])
            # only adjectives ("ρωσικά στρατιωτικά οχήματα", "Russian and Syrian
            # government jets") and articles may stand between
            if self.gaz.adjective_at(doc, j) or w in ARTICLES or _is_modifier(w):
                j += 1
                continue
            if w in AND_WORDS and j + 1 < n and self.gaz.adjective_at(doc, j + 1):
                j += 1
                continue
            break
        if kind == "adj" and (ref := self._postposed_adjective_actor(doc, i, cc)) is not None:
            return ref
        if kind == "dem":
            people = self.actors.state(cc)
            if people is not None:
                s, e = doc.starts[i], doc.ends[i]
                return people.ref(doc.text[s:e], s, e)
        return None

    def _postposed_adjective_actor(self, doc: Doc, i: int, cc: str) -> ActorRef | None:
        """A French adjective after its noun ("les forces russes", "des tirs ukrainiens", "les
        autorités soudanaises"): lower case, in Latin letters, right after the noun."""
        words = doc.words
        if script_of(words[i][0]) in ("arabic", "hebrew"):
            return self._arabic_adjective_actor(doc, i, cc)
        k = i - 1
        if (
            k < 0
            or doc.caps[i]
            or script_of(words[i][0]) != "latin"
            or doc.sent[k] != doc.sent[i]
            or doc.text[doc.ends[k] : doc.starts[i]].strip()
        ):
            return None
        s, e = doc.starts[k], doc.ends[i]
        if _is_military(words[k]):
            if self._targeted(doc, k):
                return None  # "ont abattu 38 drones russes": the side's weapons were the target
            if self._counted_dead(doc, k, i):
                return None  # "dois soldados ucranianos morreram": the side's dead, not its act
            forces = self.actors.forces(cc)
            return forces.ref(doc.text[s:e], s, e)
        if (
            not _is_agent(words[k])
            and k >= 2
            and doc.caps[k]
            and words[k - 1] in OF_WORDS
            and doc.sent[k - 2] == doc.sent[i]
            and _is_agent(words[k - 2])
        ):
            k -= 2  # "o Ministério da Saúde libanês", "el Ministerio de Sanidad libanés": the body's portfolio between
            s = doc.starts[k]
        if _is_agent(words[k]):
            state = self.actors.state(cc)
            if state is None or self._located(doc, k):
                return None
            return state.ref(doc.text[s:e], s, e)
        return None

    def _arabic_adjective_actor(self, doc: Doc, i: int, cc: str) -> ActorRef | None:
        """An Arabic nisba or a Hebrew adjective after its noun, or after the noun's complement ("القوات
        الروسية", "غارة إسرائيلية", "وزارة الخارجية الروسية", "طائرة مسيرة أوكرانية", "הצבא הרוסי", "משרד
        הבריאות הלבנוני"); a title makes the person the actor ("الرئيس الأوكراني", "הנשיא האוקראיני")."""
        words = doc.words
        for k in (i - 1, i - 2):
            if (
                k < 0
                or doc.sent[k] != doc.sent[i]
                or any(c in ",;:()،" for c in doc.text[doc.ends[k] : doc.starts[i]])
            ):
                return None
            w = words[k]
            s, e = doc.starts[k], doc.ends[i]
            if _is_role(w):
                return None
            if _is_military(w):
                if self._arabic_targeted(doc, k):
                    return None  # "إسقاط 25 طائرة مسيرة أوكرانية": the side's weapons were the target
                if script_of(w[0]) == "hebrew" and self._counted_dead(doc, k, i):
                    return None  # "חמישה חיילים אוקראינים נהרגו": the side's dead, not its act
                forces = self.actors.forces(cc)
                return forces.ref(doc.text[s:e], s, e)
            if _is_agent(w):
                state = self.actors.state(cc)
                return None if state is None else state.ref(doc.text[s:e], s, e)
        return None

    @staticmethod
    def _arabic_targeted(doc: Doc, k: int) -> bool:
        """A word of shooting down or destroying up to four words before the Arabic noun at k, with only
        numbers and nouns of the clause between ("أسقطت الدفاعات الجوية 30 طائرة مسيرة أوكرانية")."""
        for t in range(k - 1, max(-1, k - 9), -1):
            if doc.sent[t] != doc.sent[k] or any(c in ",;:()،" for c in doc.text[doc.ends[t] : doc.starts[t + 1]]):
                return False
            if _is_target_word(doc.words[t]):
                # right after a verb a noun is its subject ("أسقطت الدفاعات الروسية"), after a verbal noun
                # its object ("إسقاط طائرات أوكرانية")
                return t < k - 1 or _ar_base(doc.words[t]) in AR_TARGET_NOUNS
        return False

    @staticmethod
    def _counted_dead(doc: Doc, k: int, i: int) -> bool:
        """A count before the noun and a word of death or injury right after the adjective: "dois soldados
        ucranianos morreram", "três militares russos ficaram feridos" count a side's casualties."""
        words = doc.words
        w = words[k - 1] if k > 0 else ""
        if k == 0 or doc.sent[k - 1] != doc.sent[k] or not (
            w.isdigit() or w in NUMBER_WORDS or any(f in HE_NUMBERS for f in (w, *hebrew_forms(w)))
        ):
            return False
        for j in range(i + 1, min(i + 3, len(words))):
            if doc.sent[j] != doc.sent[i]:
                return False
            if is_casualty_word(words[j]):
                return True
        return False

    @staticmethod
    def _targeted(doc: Doc, i: int) -> bool:
        """A word of shooting down or destroying right before token i, a count aside
        ("уничтожены 24 украинских", "shot down 12 Russian", "intercepted two Iranian")."""
        words = doc.words
        k = i - 1
        if k >= 0 and (words[k].isdigit() or words[k] in NUMBER_WORDS):
            k -= 1
        if k < 0 or doc.sent[k] != doc.sent[i]:
            return False
        w = words[k]
        if w == "down" and k > 0:
            w = words[k - 1]
            return w in ("shot", "shoot", "shoots", "shooting")
        return _is_target_word(w)

    def _located(self, doc: Doc, i: int) -> bool:
        """True when a locative preposition governs the phrase starting at token i."""
        k = i - 1
        while k >= 0 and doc.words[k] in ARTICLES and doc.sent[k] == doc.sent[i]:
            k -= 1
        return k >= 0 and doc.sent[k] == doc.sent[i] and doc.words[k] in LOCATIVES

    @staticmethod
    def _id_side(doc: Doc, i: int, lang: str = "id") -> bool:
        """An Indonesian or Vietnamese country name after a military noun ("serangan Israel", "serangan udara
        Israel", "cuộc không kích của Israel"): True when its side acts, False when its weapons were the target
        ("menembak jatuh 38 drone Rusia", "bắn hạ 38 UAV Nga") or no military noun qualifies it."""
        military, between, targeted = (
            (VI_MILITARY, VI_BETWEEN, VI_TARGETED)
            if lang == "vi"
            else (SW_MILITARY, SW_BETWEEN, SW_TARGETED)
            if lang == "sw"
            else (SO_MILITARY, SO_BETWEEN, SO_TARGETED)
            if lang == "so"
            else (TL_MILITARY, TL_BETWEEN, TL_TARGETED)
            if lang == "tl"
            else (ID_MILITARY, ID_BETWEEN, ID_TARGETED)
        )
        words = doc.words
        k = i - 1
        if lang in ("sw", "so"):
            # Swahili puts "of" and what qualifies the strike between ("shambulio la anga la Israel", "ndege
            # zisizo na rubani za Urusi"): up to five such words back to the military noun
            while k >= 0 and i - k <= 5 and words[k] in between and words[k] not in military:
                k -= 1
        elif k >= 0 and words[k] in between and k - 1 >= 0 and words[k - 1] in military:
            k -= 1
        if k < 0 or words[k] not in military or doc.sent[k] != doc.sent[i]:
            return False
        if any(c in ",;:()" for c in doc.text[doc.ends[k] : doc.starts[i]]):
            return False
        near = range(max(0, k - 4), min(len(words), i + 4))  # "menembak jatuh 38 drone Rusia", "drone Rusia ditembak jatuh"
        return not any(words[t] in targeted for t in near if doc.sent[t] == doc.sent[i])

    def _place_as_actor(
        self, doc: Doc, m: Mention, place: Place, resolved: list, lang: str | None = None
    ) -> Actor | None:
        """A country or a capital used for its state is also that state as an actor.

        A country is one when it is a party ("talks with Russia", "με τη Ρωσία"),
        when a body of the state precedes it ("authorities of Belarus", "Οι αρχές
        της Λευκορωσίας", "делегация России"), or when it is the subject of a verb
        ("Russia invaded", "the United States would ban", "η Ελλάδα θα στείλει",
        "Україна отримала"); not where it is a location ("in Ukraine", "μέσω
        Πολωνίας"), an object or the territory of an office ("the foreign
        ministers of Russia", "президент України"). A capital is one only as the
        subject of a statement or a decision ("Moscow denied", "Berlin would
        send", "η Μόσχα «δεν θα δεχτεί»").
        """
        words = doc.words
        i, j = m.i, m.j
        is_country = place.precision == "country"
        cc: str | None
        if is_country:
            cc = place.country
        else:
            idx = self.gaz.by_id.get(place.id)
            cc = self.gaz.capitals.get(idx) if idx is not None else None
            if cc is None:
                return None
        state = self.actors.state(cc)
        if state is None:
            return None
        if lang == "so":
            return self._so_place_actor(doc, m, cc, state, is_country)
        if lang == "sw" and (sw := self._sw_place_actor(doc, m, cc, state, is_country)) is not None:
            return sw  # (before the other languages' prepositions: Swahili "na" is Slavic "on")
        if lang == "ur":
            return self._hindi_place_actor(doc, m, cc, state)  # Urdu's postpositions are Hindi's
        if lang == "ps":
            return self._pashto_place_actor(doc, m, cc, state)
        if script_of(words[i][0]) == "arabic":
            return self._arabic_place_actor(doc, m, cc, state)
        if script_of(words[i][0]) == "hebrew":
            return self._hebrew_place_actor(doc, m, cc, state)
        if script_of(words[i][0]) == "devanagari":
            return self._hindi_place_actor(doc, m, cc, state)
        if script_of(words[i][0]) == "han" and lang != "ja":
            return _chinese_place_actor(doc, m, state)
        if script_of(words[i][0]) in ("han", "kana"):
            return _japanese_place_actor(doc, m, state)
        if script_of(words[i][0]) == "hangul":
            return _korean_place_actor(doc, m, state)
        if script_of(words[i][0]) == "georgian":
            return _georgian_place_actor(doc, m, state)
        if script_of(words[i][0]) == "bengali":
            return _bengali_place_actor(doc, m, state)
        if script_of(words[i][0]) == "armenian":
            return _armenian_place_actor(doc, m, state)
        if script_of(words[i][0]) == "ethiopic":
            return _amharic_place_actor(doc, m, state, is_country)
        if lang == "az":
            return _azerbaijani_place_actor(doc, m, is_country, state)
        if lang == "lt":
            return _lithuanian_place_actor(
                doc, m, is_country, state, self.actors.forces(cc), self.gaz.genitive["lt"], self.gaz.nominative["lt"]
            )
        if lang == "lv":
            return _lithuanian_place_actor(
                doc, m, is_country, state, self.actors.forces(cc), self.gaz.genitive["lv"], self.gaz.nominative["lv"],
                LV_TABLES,
            )
        if lang == "fi":
            return self._finnish_place_actor(doc, m, cc, state, is_country)
        if lang == "et":
            return self._estonian_place_actor(doc, m, cc, state, is_country)
        if lang == "tl":
            return _tagalog_place_actor(doc, m, is_country, state, self.actors.forces(cc))
        if lang in self.gaz.nominative:
            # Hungarian writes the case onto the name: "Oroszországgal" (with Russia) a party, "Kijevbe", "Bejrútra",
            # "Moszkvából" places; only a name in the nominative may be the subject below
            surface = fold_key(doc.span_text(i, j))
            if surface in self.gaz.comitative[lang]:
                return state if is_country else None
            if surface not in self.gaz.nominative[lang]:
                return None
            if (
                is_country
                and j < len(words)
                and doc.sent[j] == doc.sent[i]
                and not doc.caps[j]
                and not _is_role(words[j])
                and words[j] not in HU_POSTPOSITIONS
                and not any(c in ",;:()”“„\"" for c in doc.text[doc.ends[j - 1] : doc.starts[j]])
                and not (i > 0 and doc.sent[i - 1] == doc.sent[i] and words[i - 1] in ("a", "az") and i > 1)
            ):
                return state  # a country in the nominative before its verb: "Oroszország megtámadta", "Ukrajna tárgyal"
        sent = doc.sent[i]
        # the word before, articles and "of" aside (French "à" folds to the article "a": it is a preposition)
        k = i - 1
        while k >= 0 and doc.sent[k] == sent and words[k] in ARTICLES and doc.text[doc.starts[k]] != "à":
            k -= 1
        prev = words[k] if k >= 0 and doc.sent[k] == sent else None
        if (
            prev is not None
            and k + 1 < i
            and words[k + 1] in NOMINATIVE_ARTICLES
            and words[k + 1] == words[i - 1]
        ):
            greek_subject = True
        else:
            greek_subject = i > 0 and words[i - 1] in NOMINATIVE_ARTICLES and doc.sent[i - 1] == sent
        if is_country and prev in COMITATIVE:
            return state
        if lang == "bg" and prev in BG_COMITATIVE:
            return state  # "преговори с Киев": Bulgarian names no case, the preposition tells the party
        if lang == "be" and prev in BE_COMITATIVE and words[i].endswith(BE_INSTRUMENTAL):
            return state  # "перамовы з Кіевам", "з Масквой": with, not from ("з Кіева")
        if is_country and prev == "by":
            return state  # "drones launched by Russia": the agent of a passive
        if (
            prev is not None
            and k >= 0
            and not any(c in ",;:()" for c in doc.text[doc.ends[k] : doc.starts[i]])
        ):
            spoken = k - 1 if prev in ("from", "of", "by") else k
            while spoken >= 0 and words[spoken] in ARTICLES and doc.sent[spoken] == sent:
                spoken -= 1
            if spoken >= 0 and doc.sent[spoken] == sent and _is_speech(words[spoken]):
                return state  # "calls from Washington", "заяви Києва"
        if prev is not None and k == i - 1 and _is_report_verb(prev) and prev not in ("says", "said"):
            return (
                state  # "had asked Washington", "urged Moscow", "закликав Москву": the government addressed
            )
        if prev in LOCATIVES:
            # "in Turkey and Syria": the second country shares the first's preposition
            return None
        if prev in AND_WORDS and self._coordinated_location(doc, m, resolved):
            return None
        k2 = k - 1 if prev in OF_WORDS else k
        while k2 >= 0 and words[k2] in ARTICLES and doc.sent[k2] == sent:
            k2 -= 1
        before = words[k2] if k2 >= 0 and doc.sent[k2] == sent else None
        if before is not None and any(c in ",;:()" for c in doc.text[doc.ends[k2] : doc.starts[i]]):
            before = None  # "по словам президента, Турция готова": a clause boundary between
        if before is not None and _is_role(before):
            return None  # "the mayor of Kyiv", "президент України"
        if is_country and before is not None and _is_agent(before):
            if k2 > 0 and doc.sent[k2 - 1] == sent and _is_role(words[k2 - 1]):
                return None  # "Глава МЗС Туреччини Хакан Фідан": the office's holder acts
            return state  # "the authorities of Belarus", "делегація України", "МВД Марокко"
        if (
            is_country
            and before is not None
            and _is_military(before)
            and (prev in OF_WORDS or script_of(before[0]) != "latin")
        ):
            return self.actors.forces(cc)  # "the forces of Russia", "οι δυνάμεις της Ρωσίας", "війська Росії"
        if is_country:
            after = self._noun_after(doc, j)
            named_body = after is not None and any(
                doc.caps[t] and self.actors.strong.match(doc, t)
                for t in range(j, min(j + 4, len(words)))
                if doc.sent[t] == sent
            )
            if named_body:
                return None  # "Turkey's disaster agency AFAD", "Ukraine's military intelligence (HUR)"
            if after == "military":
                return self.actors.forces(cc)  # "Israel's military", "Russia's army"
            if after == "agent":
                return state  # "US officials", "Russia's defence ministry", "Japan's Meteorological Agency"
            if after == "role":
                return None  # "Russia's foreign minister Lavrov"
        if is_country and prev in AND_WORDS and self._coordinated_actor(doc, m, resolved):
            return state  # "Οι αντιπροσωπείες της Ρωσίας και της Ουκρανίας"
        if lang == "tr" and self._turkish_doer(doc, m):
            return state  # "İsrail'in Beyrut'a düzenlediği hava saldırısı": the genitive of the doer
        if (
            lang == "tr"
            and (i == 0 or doc.sent[i - 1] != sent)
            and j < len(words)
            and doc.text[doc.ends[j - 1] : doc.starts[j]].strip() == ","
        ):
            return state  # a Turkish subject opens its sentence before a comma, its verb comes last:
            # "Rusya, Ukrayna'ya yeni bir saldırı başlattı", "Moskova, iddiaları reddetti"
        if lang == "vi" and prev in VI_PEOPLE:
            return None  # "người Palestine", "người dân Israel": its people, not its state
        if lang == "vi" and (
            prev in VI_COMITATIVE or (j < len(words) and doc.sent[j] == sent and words[j] in VI_SUBJECT_VERBS)
        ):
            return state  # "đàm phán với Kiev", "Moskva sẵn sàng", "Nga phóng ba tên lửa"
        return state if self._subject(doc, m, is_country, greek_subject, lang) else None

    def _finnish_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor, is_country: bool) -> Actor | None:
        """A Finnish country or capital as its state or forces, by its case (FI_FORCES, FI_SIDE); None as a place."""
        words, i, j, sent = doc.words, m.i, m.j, doc.sent[m.i]
        surface = fold_key(doc.span_text(i, j))
        nxt = [words[t] for t in range(j, min(j + 2, len(words))) if doc.sent[t] == sent]
        if doc.text[: doc.starts[i]].count("”") % 2 or doc.text[: doc.starts[i]].count('"') % 2:
            return None  # inside a quotation: the speaker's words ("”Suomi seisoo Ukrainan rinnalla”")
        if surface in self.gaz.genitive.get("fi", ()):
            if nxt and nxt[0] in FI_WITH:
                return state  # "neuvotella Kiovan kanssa": a party
            if is_country and nxt and nxt[0].startswith(FI_FORCES):
                return self.actors.forces(cc)  # "Israelin armeija"
            if is_country and any(w.startswith(FI_SIDE) for w in nxt):
                return state  # "Venäjän ohjusiskussa", "Venäjän täysimittaisen hyökkäyksen"
            return None
        if surface not in self.gaz.nominative.get("fi", ()) or not nxt or doc.caps[j]:
            return None
        if any(c in ",;:()" for c in doc.text[doc.ends[j - 1] : doc.starts[j]]) or _is_role(nxt[0]):
            return None
        return state  # a subject before its verb: "Moskova on valmis", "Venäjä ampui"

    def _estonian_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor, is_country: bool) -> Actor | None:
        """An Estonian country or capital as its state or forces, by its case and the word after it (ET_FORCES,
        ET_SIDE); None as a place."""
        words, i, j, sent = doc.words, m.i, m.j, doc.sent[m.i]
        surface = fold_key(doc.span_text(i, j))
        nxt = [words[t] for t in range(j, min(j + 2, len(words))) if doc.sent[t] == sent]
        before = doc.text[: doc.starts[i]]
        if (before.count("„") + before.count("“")) % 2 or before.count('"') % 2:
            return None  # inside a quotation: the speaker's words („Eesti seisab Ukraina kõrval“)
        if surface in self.gaz.comitative.get("et", ()):
            return state  # "läbirääkimisi Kiieviga": a party
        genitive = surface in self.gaz.genitive.get("et", ())
        if genitive and is_country and nxt and nxt[0].startswith(ET_FORCES):
            return self.actors.forces(cc)  # "Iisraeli armee"
        if genitive and is_country and any(w.startswith(ET_SIDE) for w in nxt):
            return state  # "Venemaa raketirünnakus", "Venemaa täiemahulise sissetungi"
        if surface not in self.gaz.nominative.get("et", ()) or not nxt or doc.caps[j]:
            return None
        if any(c in ",;:()" for c in doc.text[doc.ends[j - 1] : doc.starts[j]]) or _is_role(nxt[0]):
            return None
        w = nxt[0]
        if w in ET_VERB_EXACT or w.endswith(ET_VERB_ENDS) or (len(w) >= 5 and w.endswith(("as", "is", "es", "b"))):
            return state  # a subject before its verb: "Moskva on valmis", "Venemaa ründas", "Kreml eitab"
        return None

    def _sw_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor, is_country: bool) -> Actor | None:
        """A Swahili country as its state or its forces: after an army or a government and its "of" ("jeshi la
        Sudan", "serikali ya Kenya"), as the agent of a passive ("zilizorushwa na Urusi"), or, as a capital too,
        before a verb with its class's subject prefix ("Israel imeshambulia", "Kenya iko tayari"); None when none
        of these says so."""
        words, i, j, sent = doc.words, m.i, m.j, doc.sent[m.i]
        w1 = words[i - 1] if i >= 1 and doc.sent[i - 1] == sent else None
        w2 = words[i - 2] if i >= 2 and doc.sent[i - 2] == sent else None
        if is_country and w1 in SW_OF and w2 in SW_FORCES_NOUNS:
            return self.actors.forces(cc)
        if is_country and w1 in SW_OF and w2 in SW_STATE_NOUNS:
            return state
        if is_country and w1 == "na" and w2 is not None and w2.endswith("wa") and len(w2) > 5:
            return state  # "zilizorushwa na Urusi": the agent of a passive ("-wa")
        # a country, or a capital for its government ("Kinshasa imekanusha"), as the subject
        if (
            j < len(words)
            and doc.sent[j] == sent
            and not any(c in ",;:()" for c in doc.text[doc.ends[j - 1] : doc.starts[j]])
            and SW_SUBJECT_VERB_RE.fullmatch(words[j])
        ):
            return state
        return None

    def _so_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor, is_country: bool) -> Actor | None:
        """A Somali country as its state or its forces: after its army or its government ("ciidamada Suudaan",
        "dowladda Kenya"), as the subject before the focus particle or a subject pronoun ("Turkiga ayaa sheegay",
        "Itoobiya waxay"), a capital so for its government ("Moosko ayaa beenisay"), or before "ku" and a verb of
        accusing ("Yukreen ku eedaysay": named as the target of a statement); None when none of these says so."""
        words, i, j, sent = doc.words, m.i, m.j, doc.sent[m.i]
        w1 = words[i - 1] if i >= 1 and doc.sent[i - 1] == sent else None
        k = i - 1
        while k >= 0 and doc.sent[k] == sent and words[k] in SO_OFFICE_WORDS and i - k <= 4:
            k -= 1
        if k >= 0 and doc.sent[k] == sent and words[k] in SO_PERSON_OFFICES:
            return None  # "Wasiirka Arrimaha Dibadda Soomaaliya ayaa sheegay": the minister speaks, for his office
        if is_country and w1 in SO_FORCES_NOUNS:
            return self.actors.forces(cc)
        if is_country and w1 in SO_STATE_NOUNS:
            return state
        n1 = words[j] if j < len(words) and doc.sent[j] == sent else None
        if n1 is not None and not any(c in ",;:()" for c in doc.text[doc.ends[j - 1] : doc.starts[j]]):
            if n1 in SO_SUBJECT_NEXT:
                return state
            n2 = words[j + 1] if j + 1 < len(words) and doc.sent[j + 1] == sent else None
            if is_country and n1 == "ku" and n2 in SO_ACCUSED:
                return state
        return None

    @staticmethod
    def _turkish_doer(doc: Doc, m: Mention) -> bool:
        """A Turkish name in the genitive ("İsrail'in", "Rusya'nın") whose participle of doing follows in
        its clause ("... düzenlediği saldırı", "... başlattığı saldırı"): the name did it."""
        text = doc.text
        e = doc.ends[m.j - 1]
        if not _TR_GENITIVE_RE.match(text, e):
            return False
        sent = doc.sent[m.i]
        for t in range(m.j, min(m.j + 6, len(doc.words))):
            if doc.sent[t] != sent or any(c in ",;:" for c in text[doc.ends[t - 1] : doc.starts[t]]):
                return False
            if doc.words[t].startswith(_TR_DOING):
                return True
        return False
    def _arabic_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor) -> Actor | None:
        """An Arabic country or capital as its state: the subject after its verb ("أطلقت إيران", "قالت
        موسكو") or after "إن"/"أن" ("إن موسكو منفتحة"), a party after "مع" ("المفاوضات مع كييف"), the side
        a verb of accusing or addressing names ("اتهمت حماس إسرائيل"), a body's or forces' state ("حكومة
        إسرائيل", "قوات روسيا"); not a location ("في إسرائيل") nor an office's territory ("رئيس لبنان")."""
        words = doc.words
        i = m.i
        sent = doc.sent[i]

        def before(k: int) -> str | None:
            if (
                k < 0
                or doc.sent[k] != sent
                or any(c in ",;:()،«»" for c in doc.text[doc.ends[k] : doc.starts[k + 1]])
            ):
                return None
            return _ar_base(words[k])

        p1 = before(i - 1)
        if p1 is None:
            return None
        if p1 in AR_COMITATIVE or p1 in AR_COMPLEMENTIZERS or p1 in AR_REPORT:
            return state
        if p1 in AR_ROLE:
            return None
        if p1 in AR_AGENT:
            return state
        if p1 in AR_MILITARY:
            return self.actors.forces(cc)
        if p1 in FA_STATE_NOUNS:
            return state
        p2 = before(i - 2)
        if p2 is not None and p2 in AR_ADDRESS and p1 not in AR_PREPOSITIONS:
            return state
        return None

    def _hebrew_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor) -> Actor | None:
        """A Hebrew country or capital as its state: the subject before its verb ("רוסיה שיגרה", "מוסקבה
        מוכנה") or after it ("הודיעה ישראל"), after "כי" or "ש" ("כי מוסקבה", "שטהרן"), a party after "עם"
        ("המגעים עם קייב"), the side a verb of accusing or addressing names ("האשים את ישראל"), a body's or
        forces' state in the construct ("ממשלת ישראל", "צבא רוסיה"); not a place the name's own preposition
        makes a location ("בישראל", "מרוסיה", "לעבר אוקראינה") nor an office's territory ("נשיא רוסיה")."""
        words = doc.words
        i = m.i
        sent = doc.sent[i]
        first = m.key.split(" ")[0]
        own = words[i][: -len(first)] if words[i] != first and words[i].endswith(first) else ""  # its prefixes
        if own.rstrip("ה").endswith(("ב", "ל", "מ", "כ")):
            return None  # "בישראל", "מרוסיה", "לאוקראינה": where, whence, whither
        if own.endswith("ש"):
            return state  # "שמוסקבה מוכנה": the subject of a clause

        def near(k: int) -> str | None:
            a, b = (k, i) if k < i else (m.j - 1, k)
            if k < 0 or k >= len(words) or doc.sent[k] != sent:
                return None
            if any(c in ",;:()\"«»" for c in doc.text[doc.ends[a] : doc.starts[b]]):
                return None
            return _he_base(words[k])

        p1 = near(i - 1)
        if p1 is not None:
            if p1 in HE_COMITATIVE or p1 in HE_COMPLEMENTIZERS or p1 in HE_REPORT:
                return state
            if p1 in HE_ROLE:
                return None
            if p1 in HE_AGENT:
                return state
            if p1 in HE_MILITARY:
                return self.actors.forces(cc)
            if p1 in HE_ACCUSATIVE:
                p2 = near(i - 2)
                return state if p2 is not None and p2 in HE_ADDRESS else None
        n1 = near(m.j)
        if n1 is not None and n1 in HE_REPORT and n1 not in HE_TARGET:
            return state  # "רוסיה שיגרה", "ישראל תקפה"
        return None

    def _hindi_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor) -> Actor | None:
        """A Hindi country or capital as its state: the subject before "ने" ("रूस ने दागीं"), the side "को"
        addresses ("पाकिस्तान को चेतावनी"), a party before "के साथ", a body's or forces' state before
        "के"/"की"/"का" ("पाकिस्तान की सेना", "भारत के हमलों"; not its weapons shot down: "पाकिस्तान के
        ड्रोन मार गिराए"); not a place its postposition makes a location ("पाकिस्तान में", "रूस से") nor an
        office's territory ("भारत के प्रधानमंत्री")."""
        words = doc.words
        sent = doc.sent[m.i]

        def after(k: int) -> str | None:
            if k >= len(words) or doc.sent[k] != sent or any(c in ",;:()\"" for c in doc.text[doc.ends[k - 1] : doc.starts[k]]):
                return None
            return words[k]

        n1 = after(m.j)
        if n1 is None:
            return None
        if n1 in HI_ERGATIVE or n1 in HI_REPORT:
            return state
        n2 = after(m.j + 1)
        if n2 is None:
            return None
        if n1 in HI_DATIVE:
            return state if n2 in HI_REPORT else None
        if n1 not in HI_GENITIVE:
            return None
        k = m.j + 1
        if n2 in HI_WITH:
            return state
        while n2 is not None and (n2.isdigit() or n2 == "कई") and k < m.j + 3:  # "पाकिस्तान के कई ड्रोन"
            k += 1
            n2 = after(k)
        if n2 is None or n2 in HI_ROLE:
            return None
        if n2 in HI_MILITARY:
            if any(after(t) in HI_TARGETED for t in range(k + 1, min(k + 4, len(words)))):
                return None  # the side's weapons were the target
            return self.actors.forces(cc)
        if n2 in HI_AGENT:
            return state
        return None

    def _pashto_place_actor(self, doc: Doc, m: Mention, cc: str, state: Actor) -> Actor | None:
        """A Pashto country or capital as its state (PS_FORCES above): after "د" before a body or its forces, the
        subject that opens its clause, the side a warning addresses ("پاکستان ته خبرداری"), a party ("له روسیې
        سره"); not where a postposition makes it a location ("په کابل کې", "له ایران څخه")."""
        words = doc.words
        sent = doc.sent[m.i]

        def at(k: int) -> str | None:
            if k < 0 or k >= len(words) or doc.sent[k] != sent:
                return None
            return words[k]

        def joined(k: int) -> bool:  # no punctuation between word k - 1 and word k
            return not any(c in ",;:()\"«»،؛" for c in doc.text[doc.ends[k - 1] : doc.starts[k]])

        prev = at(m.i - 1) if m.i > 0 and joined(m.i) else None
        n1 = at(m.j) if m.j < len(words) and joined(m.j) else None
        n2 = at(m.j + 1) if n1 is not None and m.j + 1 < len(words) and joined(m.j + 1) else None
        if prev == "د":
            if n1 is None or n1 in PS_ROLE or n2 in PS_ROLE:
                return None
            if n1 in PS_FORCES:
                return self.actors.forces(cc)
            if n1 in PS_AGENT or n2 in PS_AGENT:
                return state
            return None
        if prev == "له":
            return state if n1 == "سره" else None
        if n1 == "ته":
            return state if n2 in PS_ADDRESSED else None
        if n1 in PS_POSTPOSITIONS or prev is not None:
            return None
        # the clause's first word: its subject, when a verb of acting follows in the sentence
        k = m.j
        while k < len(words) and k < m.j + 14 and doc.sent[k] == sent:
            if words[k] in PS_ACTS:
                return state
            k += 1
        return None

    def _noun_after(self, doc: Doc, j: int) -> str | None:
        """'military', 'agent' or 'role' for the noun a country name qualifies ("Russia's army")."""
        words = doc.words
        t = j
        while t < len(words) and t <= j + 2 and doc.joins(t - 1) and doc.sent[t] == doc.sent[j - 1]:
            w = words[t]
            if _is_role(w):
                return "role"
            if _is_military(w):
                return "military"
            if _is_agent(w):
                return "agent"
            # the capitalised words of a body's own name ("Japan's Meteorological Agency")
            if not (_is_modifier(w) or (doc.caps[t] and script_of(w[0]) == "latin" and w.isalpha())):
                return None
            t += 1
        return None

    def _subject(self, doc: Doc, m: Mention, is_country: bool, greek_subject: bool, lang: str | None = None) -> bool:
        """Is the place name at m the subject of what follows it?"""
        words = doc.words
        n = len(words)
        i, j = m.i, m.j
        sent = doc.sent[i]
        for t in range(j, min(j + 3, n)):
            if doc.sent[t] != sent or (doc.caps[t] and not doc.title_case[sent]):
                break  # "МЗС Туреччини Хакан Фідан заявив", "Ukraine's SBU said": another name's verb
            if _is_report_verb(words[t]):
                return True
        if j >= n or doc.sent[j] != sent:
            return False
        gap = doc.text[doc.ends[j - 1] : doc.starts[j]]
        nxt = words[j]
        if greek_subject and (is_country or nxt in MODALS):
            return True
        if (
            is_country
            and i > 0
            and words[i - 1] == "το"
            and not gap.strip()
            and not doc.caps[j]
            and (nxt in MODALS or nxt.endswith(GREEK_VERB_ENDINGS))
        ):
            return True  # a neuter country as a subject: "το Ιράν εκτόξευσε", "το Ισραήλ θα"
        if gap.strip(' «"“') or gap.count(" ") > 2:
            return False  # punctuation between: not a subject and its verb
        if nxt in MODALS:
            return True
        first = words[i][0]
        form = " ".join(words[i:j])
        if (
            not is_country
            and script_of(first) != "latin"
            and i > 0
            and (
                words[i - 1] in COMPLEMENTIZERS
                or (i > 1 and words[i - 1] in NOMINATIVE_ARTICLES and words[i - 2] in COMPLEMENTIZERS)
            )
            and form == m.key
            and not doc.caps[j]
            and nxt not in LOCATIVES
            and nxt not in AND_WORDS
            and nxt not in langmod.STOPWORDS_ANY
        ):
            return True  # "заявив, що Варшава посилить", "что Анкара готова": the capital's decision
        if not is_country:
            return False
        if script_of(first) == "latin":
            # each language's own spellings in its own text only: English "Iran" and "Egypt" are Czech's too
            if lang in ("cs", "sk") and form in CS_SK_NOMINATIVE_COUNTRIES and not doc.caps[j]:
                return nxt in CS_SK_VERBS or (len(nxt) > 3 and nxt.endswith(CS_SK_VERB_ENDINGS))
            if lang == "pl" and form in PL_NOMINATIVE_COUNTRIES and not doc.caps[j]:
                return nxt in PL_VERBS or (len(nxt) > 3 and nxt.endswith(PL_VERB_ENDINGS))
            if lang == "sr" and form in SR_NOMINATIVE_COUNTRIES and not doc.caps[j]:
                return nxt in SR_VERBS or (len(nxt) > 3 and nxt.endswith(SR_VERB_ENDINGS))
            return nxt in COUNTRY_VERBS or (len(nxt) > 4 and nxt.endswith("ed") and not doc.caps[j])
        if script_of(first) == "cyrillic":
            # the nominative (dictionary) form before a lower-case word: "Україна отримала"
            return form == m.key and not form.endswith(CYR_OBLIQUE) and not doc.caps[j]
        return False

    def _coordinated_location(self, doc: Doc, m: Mention, resolved: list) -> bool:
        """ "in Turkey and Syria": the place before the conjunction is a location."""
        prev = self._previous_place(doc, m, resolved)
        return prev is not None and self._located(doc, prev.i)

    def _coordinated_actor(self, doc: Doc, m: Mention, resolved: list) -> bool:
        prev = self._previous_place(doc, m, resolved)
        if prev is None:
            return False
        k = prev.i - 1
        while k >= 0 and doc.words[k] in ARTICLES:
            k -= 1
        if k >= 0 and doc.words[k] == "of":
            k -= 1
            while k >= 0 and doc.words[k] in ARTICLES:
                k -= 1
        return k >= 0 and _is_agent(doc.words[k])

    @staticmethod
    def _previous_place(doc: Doc, m: Mention, resolved: list) -> Mention | None:
        """The place mention right before m's conjunction ("X and the Y")."""
        k = m.i - 1
        while k >= 0 and doc.words[k] in ARTICLES:
            k -= 1
        if k < 0 or doc.words[k] not in AND_WORDS:
            return None
        k -= 1
        for pm, _ in resolved:
            if pm.j - 1 == k:
                return pm
        return None

    # ------------------------------------------------------------ quotes

    def _quotes(
        self,
        doc: Doc,
        actors: list[ActorRef],
        title_people: tuple[str, ...],
        names: list[tuple[int, int]] = (),  # type: ignore[assignment]
    ) -> list[QuoteRef]:
        """Quotations of speech; a name in quotation marks («Українська правда») is not one."""
        text = doc.text
        spans: list[tuple[int, int]] = []
        for rx, min_words, mark in _QUOTE_RES:
            if mark not in text or (mark == "”" and ("„" in text or "“" in text)):
                continue
            if mark == "»" and "«" in text and text.index("«") < text.index("»"):
                continue
            for m in rx.finditer(text):
                s, e = m.span(1)
                if any(a <= s < b for a, b in spans):
                    continue
                nwords = len(TOKEN_RE.findall(text[s:e]))
                if HAN_RE.search(text, s, e):
                    # Chinese writes no spaces: a quotation is a clause, a name in quotation marks a word or
                    # two (台风“摩羯”, “铁穹”): five Han characters make a quotation
                    han = sum(map(len, HAN_RE_RUN.findall(text, s, e)))
                    nwords = min_words if han >= 5 else min(nwords, 1)
                if nwords < min_words and not (nwords == 1 and self._quoted_word(doc, s, e)):
                    continue
                if any(a <= s + 1 and e - 1 <= b for a, b in names):
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

    @staticmethod
    def _quoted_word(doc: Doc, s: int, e: int) -> bool:
        """One lower-case word in quotation marks after a verb of saying in its sentence
        ("назвала заяви Києва «провокацією»"): a quoted word, not a name («Іскандер»)."""
        if not doc.text[s:e].islower():
            return False
        i = doc.token_at(s)
        k = i - 1
        while k >= 0 and doc.sent[k] == doc.sent[min(i, len(doc.words) - 1)] and i - k <= 6:
            if _is_report_verb(doc.words[k]) and not (k > 0 and doc.words[k - 1] == "so"):
                return True  # "so-called «denazification»" is a scare quote
            k -= 1
        return False

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
