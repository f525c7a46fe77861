"""Generated benchmark input: multilingual crisis updates as JSON Lines.

Deterministic for a seed. Each update is 300-600 characters of Greek, English,
Ukrainian or Russian news prose built from templates: a lead sentence about an
event (strike, air-raid alert, talks, damaged infrastructure, evacuation,
troop movement) in a real city, named in the form the sentence needs
(nominative, locative, genitive), then details with figures, officials,
quotes and an attribution to a source. Events are reported several times,
by several sources in several languages, over a few hours of event time,
so the pipeline sees stories to link; besides that:

- about 4% are exact copies of an earlier text from another source;
- about 8% are near-duplicates (a figure changed, a sentence dropped or
  added, a word swapped);
- about 1% are the same record published twice (same source and id), which
  the producer keeps only once.

Event time advances about 20 s per update (180 per hour of event time),
starting on 2022-02-24, so a sample's density does not depend on its size.

    python -m bench.gen 1000 --seed 7 > sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

START = datetime(2022, 2, 24, 3, 0, tzinfo=UTC)
MEAN_GAP_S = 20.0
MIN_LEN, MAX_LEN = 300, 600
LANGS = ("en", "uk", "ru", "el")

# name in English; Ukrainian and Russian: nominative, locative with preposition, genitive;
# Greek: nominative, "in" with article, genitive with article.
CITIES: list[dict[str, Any]] = [
    {"en": "Kyiv", "uk": ("Київ", "у Києві", "Києва"), "ru": ("Киев", "в Киеве", "Киева"), "el": ("Κίεβο", "στο Κίεβο", "του Κιέβου")},
    {"en": "Kharkiv", "uk": ("Харків", "у Харкові", "Харкова"), "ru": ("Харьков", "в Харькове", "Харькова"), "el": ("Χάρκοβο", "στο Χάρκοβο", "του Χαρκόβου")},
    {"en": "Odesa", "uk": ("Одеса", "в Одесі", "Одеси"), "ru": ("Одесса", "в Одессе", "Одессы"), "el": ("Οδησσός", "στην Οδησσό", "της Οδησσού")},
    {"en": "Dnipro", "uk": ("Дніпро", "у Дніпрі", "Дніпра"), "ru": ("Днепр", "в Днепре", "Днепра"), "el": ("Ντνίπρο", "στο Ντνίπρο", "του Ντνίπρο")},
    {"en": "Lviv", "uk": ("Львів", "у Львові", "Львова"), "ru": ("Львов", "во Львове", "Львова"), "el": ("Λβιβ", "στο Λβιβ", "του Λβιβ")},
    {"en": "Zaporizhzhia", "uk": ("Запоріжжя", "у Запоріжжі", "Запоріжжя"), "ru": ("Запорожье", "в Запорожье", "Запорожья"), "el": ("Ζαπορίζια", "στη Ζαπορίζια", "της Ζαπορίζια")},
    {"en": "Mykolaiv", "uk": ("Миколаїв", "у Миколаєві", "Миколаєва"), "ru": ("Николаев", "в Николаеве", "Николаева"), "el": ("Μικολάιβ", "στο Μικολάιβ", "του Μικολάιβ")},
    {"en": "Kherson", "uk": ("Херсон", "у Херсоні", "Херсона"), "ru": ("Херсон", "в Херсоне", "Херсона"), "el": ("Χερσώνα", "στη Χερσώνα", "της Χερσώνας")},
    {"en": "Chernihiv", "uk": ("Чернігів", "у Чернігові", "Чернігова"), "ru": ("Чернигов", "в Чернигове", "Чернигова"), "el": ("Τσερνίχιβ", "στο Τσερνίχιβ", "του Τσερνίχιβ")},
    {"en": "Sumy", "uk": ("Суми", "у Сумах", "Сум"), "ru": ("Сумы", "в Сумах", "Сум"), "el": ("Σούμι", "στο Σούμι", "του Σούμι")},
    {"en": "Mariupol", "uk": ("Маріуполь", "у Маріуполі", "Маріуполя"), "ru": ("Мариуполь", "в Мариуполе", "Мариуполя"), "el": ("Μαριούπολη", "στη Μαριούπολη", "της Μαριούπολης")},
    {"en": "Poltava", "uk": ("Полтава", "у Полтаві", "Полтави"), "ru": ("Полтава", "в Полтаве", "Полтавы"), "el": ("Πολτάβα", "στην Πολτάβα", "της Πολτάβας")},
    {"en": "Zhytomyr", "uk": ("Житомир", "у Житомирі", "Житомира"), "ru": ("Житомир", "в Житомире", "Житомира"), "el": ("Ζιτόμιρ", "στο Ζιτόμιρ", "του Ζιτόμιρ")},
    {"en": "Vinnytsia", "uk": ("Вінниця", "у Вінниці", "Вінниці"), "ru": ("Винница", "в Виннице", "Винницы"), "el": ("Βίνιτσα", "στη Βίνιτσα", "της Βίνιτσα")},
    {"en": "Kramatorsk", "uk": ("Краматорськ", "у Краматорську", "Краматорська"), "ru": ("Краматорск", "в Краматорске", "Краматорска"), "el": ("Κραματόρσκ", "στο Κραματόρσκ", "του Κραματόρσκ")},
    {"en": "Bucha", "uk": ("Буча", "у Бучі", "Бучі"), "ru": ("Буча", "в Буче", "Бучи"), "el": ("Μπούτσα", "στη Μπούτσα", "της Μπούτσα")},
    {"en": "Irpin", "uk": ("Ірпінь", "в Ірпені", "Ірпеня"), "ru": ("Ирпень", "в Ирпене", "Ирпеня"), "el": ("Ίρπιν", "στο Ίρπιν", "του Ίρπιν")},
    {"en": "Vasylkiv", "uk": ("Васильків", "у Василькові", "Василькова"), "ru": ("Васильков", "в Василькове", "Василькова"), "el": ("Βασίλκιβ", "στο Βασίλκιβ", "του Βασίλκιβ")},
    {"en": "Melitopol", "uk": ("Мелітополь", "у Мелітополі", "Мелітополя"), "ru": ("Мелитополь", "в Мелитополе", "Мелитополя"), "el": ("Μελιτόπολ", "στο Μελιτόπολ", "του Μελιτόπολ")},
    {"en": "Bakhmut", "uk": ("Бахмут", "у Бахмуті", "Бахмута"), "ru": ("Бахмут", "в Бахмуте", "Бахмута"), "el": ("Μπαχμούτ", "στο Μπαχμούτ", "του Μπαχμούτ")},
    {"en": "Okhtyrka", "uk": ("Охтирка", "в Охтирці", "Охтирки"), "ru": ("Ахтырка", "в Ахтырке", "Ахтырки"), "el": ("Οχτίρκα", "στην Οχτίρκα", "της Οχτίρκα")},
    {"en": "Gomel", "uk": ("Гомель", "у Гомелі", "Гомеля"), "ru": ("Гомель", "в Гомеле", "Гомеля"), "el": ("Γκόμελ", "στο Γκόμελ", "του Γκόμελ")},
    {"en": "Belgorod", "uk": ("Бєлгород", "у Бєлгороді", "Бєлгорода"), "ru": ("Белгород", "в Белгороде", "Белгорода"), "el": ("Μπέλγκοροντ", "στο Μπέλγκοροντ", "του Μπέλγκοροντ")},
    {"en": "Warsaw", "uk": ("Варшава", "у Варшаві", "Варшави"), "ru": ("Варшава", "в Варшаве", "Варшавы"), "el": ("Βαρσοβία", "στη Βαρσοβία", "της Βαρσοβίας")},
    {"en": "Istanbul", "uk": ("Стамбул", "у Стамбулі", "Стамбула"), "ru": ("Стамбул", "в Стамбуле", "Стамбула"), "el": ("Κωνσταντινούπολη", "στην Κωνσταντινούπολη", "της Κωνσταντινούπολης")},
]  # fmt: skip
# the cities where fighting happens (talks happen in the last ones)
WAR_CITIES = CITIES[:21]
TALK_CITIES = [CITIES[0], CITIES[21], CITIES[23], CITIES[24]]

SOURCES = {
    "en": [
        "Reuters",
        "Associated Press",
        "BBC",
        "AFP",
        "Sky News",
        "The Guardian",
        "CNN",
        "Kyiv Independent",
    ],
    "uk": ["Укрінформ", "Українська правда", "Суспільне", "УНІАН", "Telegram: ОВА", "Громадське"],
    "ru": ["ТАСС", "Интерфакс", "РИА Новости", "Медуза", "Новая газета", "РБК"],
    "el": ["ΕΡΤ", "Καθημερινή", "ΑΠΕ-ΜΠΕ", "Το Βήμα", "in.gr", "Ναυτεμπορική"],
}
OFFICIALS = {
    "en": ["the regional governor", "Mayor Vitali Klitschko", "President Volodymyr Zelensky", "the State Emergency Service", "Oleh Synehubov"],
    "uk": ["голова ОВА", "міський голова Віталій Кличко", "президент Володимир Зеленський", "ДСНС", "Олег Синєгубов"],
    "ru": ["глава областной администрации", "мэр Виталий Кличко", "президент Владимир Зеленский", "ГСЧС", "Олег Синегубов"],
    "el": ["ο περιφερειάρχης", "ο δήμαρχος Βιτάλι Κλίτσκο", "ο πρόεδρος Βολοντίμιρ Ζελένσκι", "η Υπηρεσία Έκτακτης Ανάγκης", "ο Όλεγκ Σινεγκούμποφ"],
}  # fmt: skip

# Placeholders: {N} {L} {G} the city (nominative, "in", genitive), {k} killed, {i} injured,
# {n} a count, {h} an hour, {o} an official, {s} the source.
LEADS: dict[str, dict[str, list[str]]] = {
    "strike": {
        "en": ["Russian missiles struck residential buildings in {N} early on {d}, killing {k} people and injuring {i}, {o} said.",
               "At least {k} people were killed and {i} wounded when shelling hit a residential district of {N} overnight."],
        "uk": ["Російські ракети влучили в житлові будинки {L}, загинули {k} людей, ще {i} поранені, повідомив {o}.",
               "Внаслідок обстрілу житлового району {G} загинули щонайменше {k} людей, {i} отримали поранення."],
        "ru": ["Российские ракеты попали в жилые дома {L}, погибли {k} человек, ещё {i} ранены, сообщил {o}.",
               "В результате обстрела жилого района {G} погибли по меньшей мере {k} человек, {i} получили ранения."],
        "el": ["Ρωσικοί πύραυλοι έπληξαν κατοικημένες περιοχές {L}, με αποτέλεσμα {k} νεκρούς και {i} τραυματίες, ανέφερε {o}.",
               "Τουλάχιστον {k} άνθρωποι σκοτώθηκαν και {i} τραυματίστηκαν από βομβαρδισμό σε συνοικία {G} τη νύχτα."],
    },
    "alert": {
        "en": ["Air raid sirens sounded across {N} at {h}:00 and residents were urged to go to shelters immediately.",
               "An air raid alert was declared in {N}; the city authorities asked everyone to stay in shelters until the all-clear."],
        "uk": ["{L} оголошено повітряну тривогу о {h}:00, мешканців закликають негайно пройти в укриття.",
               "Повітряна тривога {L}! Міська влада просить усіх залишатися в укриттях до відбою."],
        "ru": ["{L} объявлена воздушная тревога в {h}:00, жителей призывают немедленно спуститься в укрытия.",
               "Воздушная тревога {L}! Городские власти просят всех оставаться в укрытиях до отбоя."],
        "el": ["Σειρήνες αεροπορικής επιδρομής ήχησαν {L} στις {h}:00 και οι κάτοικοι κλήθηκαν να κατευθυνθούν στα καταφύγια.",
               "Συναγερμός για αεροπορική επιδρομή {L}· οι αρχές ζητούν από όλους να παραμείνουν στα καταφύγια."],
    },
    "talks": {
        "en": ["A Russian delegation of military officials and diplomats has arrived in {N} for talks with Ukraine, the Kremlin said.",
               "Ukrainian and Russian negotiators will meet in {N} on {d}, {o} said, after days of disagreement over the venue."],
        "uk": ["Російська делегація з військових і дипломатів прибула {L} для переговорів з Україною, заявили в Кремлі.",
               "Українські та російські переговорники зустрінуться {L}, повідомив {o} після кількох днів суперечок щодо місця."],
        "ru": ["Российская делегация из военных и дипломатов прибыла {L} для переговоров с Украиной, заявили в Кремле.",
               "Украинские и российские переговорщики встретятся {L}, сообщил {o} после нескольких дней споров о месте встречи."],
        "el": ["Ρωσική αντιπροσωπεία στρατιωτικών και διπλωματών έφτασε {L} για συνομιλίες με την Ουκρανία, ανακοίνωσε το Κρεμλίνο.",
               "Ουκρανοί και Ρώσοι διαπραγματευτές θα συναντηθούν {L}, δήλωσε {o}, μετά από ημέρες διαφωνίας για τον τόπο."],
    },
    "infra": {
        "en": ["Explosions hit an oil depot near {N} and several fuel tanks are on fire, the emergency service said.",
               "A power plant in {N} was damaged by a missile strike, leaving about {n} homes without electricity."],
        "uk": ["Вибухи пролунали на нафтобазі поблизу {G}, горять кілька резервуарів з пальним, повідомили в ДСНС.",
               "Внаслідок ракетного удару пошкоджено електростанцію {L}, без світла залишилися близько {n} домівок."],
        "ru": ["Взрывы прогремели на нефтебазе вблизи {G}, горят несколько резервуаров с топливом, сообщили в ГСЧС.",
               "В результате ракетного удара повреждена электростанция {L}, без света остались около {n} домов."],
        "el": ["Εκρήξεις σημειώθηκαν σε αποθήκη καυσίμων κοντά {L} και φλέγονται δεξαμενές, ανέφερε η πυροσβεστική.",
               "Μονάδα ηλεκτροπαραγωγής {G} υπέστη ζημιές από πύραυλο και περίπου {n} νοικοκυριά έμειναν χωρίς ρεύμα."],
    },
    "evac": {
        "en": ["A humanitarian corridor opened from {N} on {d} and about {n} civilians were evacuated by bus, {o} said.",
               "Evacuation trains left {N} with roughly {n} people on board, mostly women and children."],
        "uk": ["З {G} відкрили гуманітарний коридор, автобусами евакуювали близько {n} цивільних, повідомив {o}.",
               "Евакуаційні потяги вирушили з {G}, на борту близько {n} людей, переважно жінки та діти."],
        "ru": ["Из {G} открыли гуманитарный коридор, на автобусах эвакуировали около {n} мирных жителей, сообщил {o}.",
               "Эвакуационные поезда отправились из {G}, на борту около {n} человек, в основном женщины и дети."],
        "el": ["Άνοιξε ανθρωπιστικός διάδρομος από {L} και περίπου {n} άμαχοι απομακρύνθηκαν με λεωφορεία, δήλωσε {o}.",
               "Συρμοί εκκένωσης αναχώρησαν {L} με περίπου {n} επιβάτες, κυρίως γυναίκες και παιδιά."],
    },
    "forces": {
        "en": ["Russian forces have entered {N}, {o} said, urging residents not to leave their shelters.",
               "Light Russian military vehicles broke into {N}, including the city centre, local officials reported."],
        "uk": ["Російські війська увійшли {L}, повідомив {o} і закликав мешканців не виходити з укриттів.",
               "Легка техніка російського ворога прорвалася {L}, зокрема в центральну частину міста."],
        "ru": ["Российские войска вошли {L}, сообщил {o} и призвал жителей не покидать укрытия.",
               "Легкая военная техника прорвалась {L}, в том числе в центральную часть города, сообщили местные власти."],
        "el": ["Ρωσικές δυνάμεις μπήκαν {L}, δήλωσε {o}, καλώντας τους κατοίκους να μείνουν στα καταφύγια.",
               "Ελαφρά ρωσικά στρατιωτικά οχήματα μπήκαν {L}, μεταξύ άλλων και στο κέντρο της πόλης."],
    },
}  # fmt: skip
DETAILS: dict[str, list[str]] = {
    "en": ["Rescue teams were still searching the rubble for survivors, and {f} firefighters were working at the scene.",
           "Mobile networks and water supply were cut in parts of {N}, and a curfew was extended until {h}:00 tomorrow.",
           "\"We will not give up. Our city stands,\" {o} said in a video address posted on Telegram.",
           "Local hospitals said they had received {i} wounded, some of them in a serious condition.",
           "Residents described hearing at least {x} loud explosions before dawn; windows were blown out several streets away.",
           "Schools and public transport in {N} will remain closed, the city council said in a statement."],
    "uk": ["Рятувальники продовжують розбирати завали, на місці працюють {f} вогнеборців.",
           "У частині {G} зникли мобільний зв'язок і водопостачання, комендантську годину продовжено до {h}:00.",
           "«Ми не здамося. Місто стоїть», — сказав {o} у відеозверненні в Telegram.",
           "До лікарень міста доставили {i} поранених, деякі з них у важкому стані.",
           "Мешканці розповіли, що на світанку чули щонайменше {x} гучних вибухів, у сусідніх будинках вибито вікна.",
           "Школи та громадський транспорт {G} не працюватимуть, повідомила міська рада."],
    "ru": ["Спасатели продолжают разбирать завалы, на месте работают {f} пожарных.",
           "В части {G} пропали мобильная связь и водоснабжение, комендантский час продлён до {h}:00.",
           "«Мы не сдадимся. Город стоит», — сказал {o} в видеообращении в Telegram.",
           "В больницы города доставили {i} раненых, некоторые из них в тяжёлом состоянии.",
           "Жители рассказали, что на рассвете слышали не менее {x} громких взрывов, в соседних домах выбиты окна.",
           "Школы и общественный транспорт {G} не будут работать, сообщил городской совет."],
    "el": ["Τα σωστικά συνεργεία συνεχίζουν την έρευνα στα συντρίμμια, με {f} πυροσβέστες να επιχειρούν στο σημείο.",
           "Η κινητή τηλεφωνία και η υδροδότηση διακόπηκαν σε τμήματα {G}, ενώ η απαγόρευση κυκλοφορίας παρατείνεται ως τις {h}:00.",
           "«Δεν θα παραδοθούμε. Η πόλη στέκεται όρθια», δήλωσε {o} σε βιντεοσκοπημένο μήνυμα.",
           "Τα νοσοκομεία της πόλης ανέφεραν ότι δέχτηκαν {i} τραυματίες, ορισμένοι σε σοβαρή κατάσταση.",
           "Κάτοικοι περιέγραψαν τουλάχιστον {x} ισχυρές εκρήξεις πριν ξημερώσει· τζάμια έσπασαν σε γειτονικούς δρόμους.",
           "Τα σχολεία και οι δημόσιες συγκοινωνίες {G} θα παραμείνουν κλειστά, ανακοίνωσε το δημοτικό συμβούλιο."],
}  # fmt: skip
ATTRIBUTION = {
    "en": ["{s} could not independently verify the reports.", "The information was confirmed to {s} by local officials.",
           "{s} reported this, citing local authorities.", "Officials are expected to give an update later today, {s} said.",
           "There was no immediate comment from Moscow, {s} reported."],
    "uk": ["Про це повідомляє {s}.", "Інформацію підтвердили {s} у місцевій адміністрації.", "Детальніше — на сайті {s}.",
           "Пізніше очікується офіційна заява, пише {s}.", "Москва ситуацію поки не коментує, пише {s}."],
    "ru": ["Об этом сообщает {s}.", "Информацию {s} подтвердили в местной администрации.", "Подробнее — на сайте {s}.",
           "Позже ожидается официальное заявление, пишет {s}.", "Москва ситуацию пока не комментирует, пишет {s}."],
    "el": ["Όπως μεταδίδει {s}, οι πληροφορίες δεν έχουν επιβεβαιωθεί ανεξάρτητα.", "Τις πληροφορίες επιβεβαίωσαν τοπικοί αξιωματούχοι στο {s}.",
           "Περισσότερα στο {s}.", "Νέα ενημέρωση αναμένεται αργότερα, σύμφωνα με {s}.",
           "Δεν υπήρξε άμεσο σχόλιο από τη Μόσχα, σύμφωνα με {s}."],
}  # fmt: skip
DAYS = {"en": "Sunday", "uk": "неділю", "ru": "воскресенье", "el": "Κυριακή"}
KINDS = ("strike", "alert", "talks", "infra", "evac", "forces")
KIND_WEIGHTS = (30, 20, 8, 14, 12, 16)
SWAPS = {
    "en": [("killed", "dead"), ("residents", "locals"), ("said", "reported"), ("overnight", "during the night")],
    "uk": [("загинули", "померли"), ("мешканців", "жителів"), ("повідомив", "заявив"), ("близько", "приблизно")],
    "ru": [("погибли", "скончались"), ("жителей", "горожан"), ("сообщил", "заявил"), ("около", "примерно")],
    "el": [("σκοτώθηκαν", "έχασαν τη ζωή τους"), ("κάτοικοι", "πολίτες"), ("ανέφερε", "δήλωσε"), ("περίπου", "σχεδόν")],
}  # fmt: skip


@dataclass
class _Event:
    kind: str
    city: dict[str, Any]
    t: datetime
    killed: int
    injured: int
    n: int
    hour: int
    reports: int = 0
    number: int = 0  # in order of creation: the story a perfect analysis would find
    texts: list[tuple[str, str]] = field(default_factory=list)  # (lang, text) already written


def _fill(
    template: str, lang: str, ev: _Event, official: str, source: str, extra: tuple[int, int] = (0, 0)
) -> str:
    city = ev.city[lang]
    if lang == "en":
        nom = loc = gen = str(city)
    else:
        nom, loc, gen = city
    return template.format(
        N=nom, L=loc, G=gen, k=ev.killed, i=ev.injured, n=ev.n, h=f"{ev.hour:02d}", o=official, s=source,
        d=DAYS[lang], f=extra[0], x=extra[1],
    )  # fmt: skip


def _compose(rng: random.Random, lang: str, ev: _Event, source: str) -> str:
    official = rng.choice(OFFICIALS[lang])
    target = rng.randint(MIN_LEN + 40, MAX_LEN - 40)
    parts = [_fill(rng.choice(LEADS[ev.kind][lang]), lang, ev, official, source)]
    closing = _fill(rng.choice(ATTRIBUTION[lang]), lang, ev, official, source)
    details = rng.sample(DETAILS[lang], len(DETAILS[lang]))
    extra = (rng.randint(8, 160), rng.randint(2, 15))  # firefighters, explosions
    for template in details:
        sentence = _fill(template, lang, ev, official, source, extra)
        length = sum(len(p) + 1 for p in parts) + len(closing)
        if length >= target or length + len(sentence) + 1 > MAX_LEN:
            break
        parts.append(sentence)
    parts.append(closing)
    return " ".join(parts)


def _near_duplicate(rng: random.Random, lang: str, text: str) -> str:
    """An edit a newsroom makes to a copied update: swap a word, change a figure, drop or add a sentence."""
    choice = rng.random()
    if choice < 0.35:
        for old, new in rng.sample(SWAPS[lang], len(SWAPS[lang])):
            if old in text:
                return text.replace(old, new, 1)
    if choice < 0.7:
        digits = [i for i, ch in enumerate(text) if ch.isdigit()]
        if digits:
            at = rng.choice(digits)
            return text[:at] + str((int(text[at]) + 1) % 10) + text[at + 1 :]
    sentences = text.split(". ")
    if len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences) - 1)]
        return ". ".join(sentences)
    return text + (
        " UPDATE."
        if lang == "en"
        else " (оновлено)"
        if lang == "uk"
        else " (обновлено)"
        if lang == "ru"
        else " (ενημέρωση)"
    )


def generate(n: int, seed: int = 7, truth: dict[str, int] | None = None) -> Iterator[dict[str, object]]:
    """`n` JSONL records, the same for the same (n, seed) and prefixes of each other for one seed.

    `truth`, when given, receives each record's id -> the number of the event it
    reports (copies and near-duplicates inherit their original's): the stories
    a perfect analysis would find.
    """
    rng = random.Random(seed)
    events = 0
    active: list[_Event] = []
    recent: list[tuple[dict[str, object], str, int]] = []  # (record, its language, its event's number)
    t = START
    seq = 0
    for _ in range(n):
        t += timedelta(seconds=rng.expovariate(1 / MEAN_GAP_S))
        roll = rng.random()
        if roll < 0.01 and recent:  # the same record again: the producer keeps it once
            yield dict(rng.choice(recent)[0])  # truth already has its id
            continue
        seq += 1
        lang = rng.choice(LANGS)
        source = rng.choice(SOURCES[lang])
        record: dict[str, object] = {"id": f"{lang}-{seq:07d}", "source": source}
        if roll < 0.05 and recent:  # the same text, carried by another source
            original, lang, event = rng.choice(recent)
            record |= {
                "text": original["text"],
                "source": f"{source} (via {original['source']})",
                "lang": original.get("lang"),
            }
        elif roll < 0.13 and recent:  # a near-duplicate
            original, lang, event = rng.choice(recent)
            record |= {
                "text": _near_duplicate(rng, lang, str(original["text"])),
                "lang": original.get("lang"),
            }
        else:
            active = [e for e in active if t - e.t < timedelta(hours=6) and e.reports < 12]
            if active and rng.random() < 0.6:
                ev = rng.choice(active)
                if ev.kind == "strike" and rng.random() < 0.3:  # the toll rises
                    ev.killed += rng.randint(1, 5)
                    ev.injured += rng.randint(0, 9)
            else:
                kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
                city = rng.choice(TALK_CITIES if kind == "talks" else WAR_CITIES)
                ev = _Event(
                    kind,
                    city,
                    t,
                    rng.randint(1, 40),
                    rng.randint(0, 120),
                    rng.randint(20, 5000),
                    rng.randint(0, 23),
                    number=events,
                )
                events += 1
                active.append(ev)
            ev.reports += 1
            event = ev.number
            record["text"] = _compose(rng, lang, ev, source)
            if rng.random() < 0.5:
                record["lang"] = lang
            if rng.random() < 0.3:
                record["place"] = str(ev.city["en"]) if lang == "en" else ev.city[lang][0]
            if rng.random() < 0.2:
                record["title"] = str(record["text"]).split(",")[0][:120]
        if record.get("lang") is None:
            record.pop("lang", None)
        record["published_at"] = t.isoformat().replace("+00:00", "Z")
        if truth is not None:
            truth[str(record["id"])] = event
        recent.append((record, lang, event))
        if len(recent) > 400:
            recent.pop(0)
        yield record


def write_jsonl(path: Path, n: int, seed: int = 7, truth: dict[str, int] | None = None) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        for record in generate(n, seed, truth):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gen", description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    for record in generate(args.n, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
