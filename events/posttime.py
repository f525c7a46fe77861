"""A live blog's printed times and dates, as blogs in many languages print them. Pure: no I/O.

A post's time: "14:05", "14.05 GMT", "[09:30 EET]", "2:05pm", "11:05 a.m. ET", "10:00 UTC+2",
"14h05" (French), "14.05 Uhr" (German), "14:05 мск", "14:05 (Kyiv time)", "Updated at 14:05",
alone on a line or before the post's text ("14:05 – Russian forces ...", "14h05 : ..."). A day: "2022-02-28",
"28.02.2022", or in words ("27 February 2022", "Sunday, Feb 27", "27 Φεβρουαρίου 2022",
"27 лютого 2022 року", "dimanche 27 février", "27. Februar 2022", "27 de febrero de 2022"),
alone on a line or before a time ("Feb 27, 2022, 2:05 p.m. ET").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Zones printed after a time: a fixed offset in minutes east of UTC, or a zone whose offset
# changes with summer time (its standard offset, should the zone database be missing). "IST" is
# India's, as most blogs that print it mean; "ET", "PT" are the US zones, summer or not.
_ZONES: dict[str, int | tuple[str, int]] = {
    "gmt": 0, "utc": 0, "z": 0, "bst": 60, "wet": 0, "west": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "msk": 180, "мск": 180, "trt": 180, "irst": 210, "gst": 240, "pkt": 300, "ist": 330, "npt": 345, "ict": 420,
    "wib": 420, "hkt": 480, "sgt": 480, "pht": 480, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
    "nzst": 720, "nzdt": 780, "wat": 60, "cat": 120, "sast": 120, "eat": 180,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "et": ("America/New_York", -300), "ct": ("America/Chicago", -360), "mt": ("America/Denver", -420),
    "pt": ("America/Los_Angeles", -480),
    "kyiv time": ("Europe/Kiev", 120), "kiev time": ("Europe/Kiev", 120), "moscow time": ("Europe/Moscow", 180),
    "по киеву": ("Europe/Kiev", 120), "по киевскому времени": ("Europe/Kiev", 120),
    "за київським часом": ("Europe/Kiev", 120), "за києвом": ("Europe/Kiev", 120),
    "по москве": ("Europe/Moscow", 180), "по московскому времени": ("Europe/Moscow", 180),
    "за московським часом": ("Europe/Moscow", 180), "ώρα ελλάδας": ("Europe/Athens", 120),
    "ώρα ελλάδος": ("Europe/Athens", 120), "heure de paris": ("Europe/Paris", 60),
    "heure française": ("Europe/Paris", 60), "israel time": ("Asia/Jerusalem", 120),
}  # fmt: skip
# zones of more than one word or outside a-z, tried before a short word is taken for a zone
_NAMED = "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in sorted(_ZONES, key=len, reverse=True)
                  if " " in z or not z.isascii())  # fmt: skip
_STAMP = (
    r"\[?(?P<h>[01]?\d|2[0-3])(?P<sep>[:.h])(?P<m>[0-5]\d)(?:\s*(?P<ampm>[ap])\.?m\.?)?(?:\s*(?P<oclock>uhr)\b)?"
    rf"(?:\s*\(?(?P<zone>{_NAMED}|(?:gmt|utc)\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:?\d{{2}}|[a-z]{{1,4}}\b)\)?)?\]?"
)
# what a blog may print before the time ("Updated at 14:05 GMT", "Posted at 14:05", "Оновлено о 14:05")
_STAMP_LEAD = (
    r"(?:(?:(?:last\s+)?updated|posted|published|update|ενημέρωση|ενημερώθηκε|обновлено|оновлено|mis\s+à\s+jour"
    r"|aktualisiert)(?:\s+(?:at|on|о|в|à|um))?\s*:?\s*)?"
)
_STAMP_LINE = re.compile(rf"\s*{_STAMP_LEAD}{_STAMP}\s*", re.IGNORECASE)
# before the text: a dash, colon, bar or bullet after any stamp; a space alone only after "HH:MM"
_STAMP_PREFIX = re.compile(rf"\s*{_STAMP_LEAD}{_STAMP}(?P<after>\s*[-–—:|•]\s+|\s+(?=[^\W\d_]))", re.IGNORECASE)
_DATE_LINE = re.compile(r"\s*(?:(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})|(?P<d2>\d{1,2})[./](?P<mo2>\d{1,2})[./](?P<y2>\d{4}))\s*")
# a date in words, matched on the folded line (see _fold): an optional weekday, the day and
# month either way round, an optional year and its word ("року", "года", "г.")
_WORD_DATE = re.compile(
    r"(?:(?P<wd>[^\W\d_]+(?:[-'][^\W\d_]+)?)\s*,?\s+)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:de\s+)?(?P<m>[^\W\d_]+)\.?"
    r"|(?P<m2>[^\W\d_]+)\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r"(?:\s*,?\s+(?:de\s+)?(?P<y>\d{4}))?(?:\s+(?:року|года|р|г))?\.?"
)
# where a time may begin after a date on the same line
_TIME_START = re.compile(r"[\s,]+(?=\[?\d{1,2}[:.h]\d{2})")

_MONTH_NAMES = (
    "january february march april may june july august september october november december",
    "jan feb mar apr may jun jul aug sep oct nov dec",
    "ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου",
    "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
    "januari februari maart april mei juni juli augustus september oktober november december",
)
_WEEKDAY_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή "
    "понеділок вівторок середа четвер пʼятниця п'ятниця субота неділя "
    "понедельник вторник среда четверг пятница суббота воскресенье "
    "lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar maandag dinsdag woensdag donderdag vrijdag zaterdag zondag"
)


def _fold(text: str) -> str:
    """Lower case without accents, for matching month and weekday names in any case."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_MONTHS = {_fold(name): k % 12 + 1 for names in _MONTH_NAMES for k, name in enumerate(names.split())}
_MONTHS["sept"] = 9
_WEEKDAYS = frozenset(_fold(name) for name in _WEEKDAY_NAMES.split())


@dataclass(frozen=True)
class Stamp:
    hour: int
    minute: int
    zone: tzinfo | None  # the zone it names, if it names one


@cache
def _zone(name: str, standard_min: int) -> tzinfo:
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # no zone database here: the standard offset all year
        return timezone(timedelta(minutes=standard_min))


def zone_of(text: str | None) -> tzinfo | None:
    """The zone a time names ("EET", "UTC+2", "+03:00", "Kyiv time"), None for none or an unknown word."""
    if not text:
        return None
    key = " ".join(text.casefold().split())
    known = _ZONES.get(key)
    if isinstance(known, int):
        return timezone(timedelta(minutes=known))
    if known is not None:
        return _zone(*known)
    z = key.replace(" ", "")
    sign_at = max(z.find("+"), z.find("-"))
    if sign_at < 0:
        return None  # a word after the time ("14:05 Russian ..."): no zone
    sign = 1 if z[sign_at] == "+" else -1
    digits = z[sign_at + 1 :].replace(":", "")
    hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
    return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))


def _stamp(match: re.Match[str], *, standalone: bool) -> Stamp | None:
    """`standalone`: alone on its line, or set off from the text by a dash, colon or bar."""
    zone_text = match["zone"]
    zone = zone_of(zone_text)
    if zone_text and zone is None and match.re is _STAMP_LINE:
        return None  # "10.30 am" is fine, "14:05 foo" alone on a line is not a time
    if match["sep"] == "h" and not (match["ampm"] or zone or standalone):
        return None  # "5h30 of fighting" is a duration; "14h05" alone or "14h05 :" a time
    hour = int(match["h"])
    if match["ampm"]:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
    return Stamp(hour, int(match["m"]), zone)


def stamp_of(piece: str) -> tuple[Stamp | None, str]:
    """A post's printed time and the text after it (the whole piece when it prints none)."""
    first, _, rest = piece.partition("\n")
    line = _STAMP_LINE.fullmatch(first)
    if line and (stamp := _stamp(line, standalone=True)):
        return stamp, rest.strip()
    prefix = _STAMP_PREFIX.match(piece)
    if prefix is None or (stamp := _stamp(prefix, standalone=bool(prefix["after"].strip()))) is None:
        return None, piece
    if prefix["zone"] and stamp.zone is None:  # a word after the time ("14:05 The army ..."), no zone
        if prefix["sep"] != ":" or prefix["ampm"] or prefix["oclock"]:
            return None, piece
        return stamp, piece[prefix.start("zone") :].strip()
    if not prefix["after"].strip() and prefix["sep"] != ":":
        return None, piece  # "14.05 million": a space alone follows only "HH:MM"
    return stamp, piece[prefix.end() :].strip()


def date_of(line: str, year: int) -> date | None:
    """The day a line prints, numerically or in words (`year` where it prints none); None if not a date."""
    numeric = _DATE_LINE.fullmatch(line)
    try:
        if numeric:
            if numeric["y"]:
                return date(int(numeric["y"]), int(numeric["mo"]), int(numeric["d"]))
            return date(int(numeric["y2"]), int(numeric["mo2"]), int(numeric["d2"]))
        words = _WORD_DATE.fullmatch(_fold(line.strip()))
        if words is None or (words["wd"] and words["wd"] not in _WEEKDAYS):
            return None
        month = _MONTHS.get(words["m"] or words["m2"])
        if month is None:
            return None
        return date(int(words["y"]) if words["y"] else year, month, int(words["d"] or words["d2"]))
    except ValueError:  # 31 February
        return None


def date_and_stamp_of(piece: str, year: int) -> tuple[date, Stamp, str] | None:
    """A date and a time on the post's first line ("Feb 27, 2022, 2:05 p.m. ET – ..."), and the text after."""
    first = piece.partition("\n")[0]
    split = _TIME_START.search(first)
    if split is None:
        return None
    day = date_of(first[: split.start()], year)
    if day is None:
        return None
    stamp, rest = stamp_of(piece[split.end() :])
    return (day, stamp, rest) if stamp is not None else None


class PostClock:
    """Times of a live blog's updates: printed times where it prints them, on the blog's day;
    a printed time earlier than the last is the next day (past midnight); updates under a
    time follow it a second apart; before any printed time, `step` apart from the start.
    A time naming no zone is in the last zone named, UTC until one is."""

    def __init__(self, start: datetime, step: timedelta):
        self.start = start
        self.step = step
        self.day = start.date()
        self.zone: tzinfo = UTC
        self.stamped: datetime | None = None
        self.since = 0  # updates since the last printed time (or since the start)

    def set_day(self, day: date) -> None:
        self.day = day
        # the day's updates before its first printed time: from its midnight, and no rollover from the day before
        self.stamped = datetime(day.year, day.month, day.day, tzinfo=self.zone).astimezone(UTC)
        self.since = 0

    def stamp(self, stamp: Stamp) -> None:
        if stamp.zone is not None:
            self.zone = stamp.zone
        local = datetime(self.day.year, self.day.month, self.day.day, stamp.hour, stamp.minute, tzinfo=self.zone)
        at = local.astimezone(UTC)
        if self.stamped is not None and at < self.stamped - timedelta(hours=2):
            local += timedelta(days=1)  # wall-clock arithmetic: the next day's offset, should summer time change
            at, self.day = local.astimezone(UTC), local.date()
        self.stamped = at
        self.since = 0

    def next(self) -> datetime:
        if self.stamped is None:
            at = self.start + self.since * self.step
        else:
            at = self.stamped + timedelta(seconds=self.since)
        self.since += 1
        return at
