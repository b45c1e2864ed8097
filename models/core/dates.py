"""Dates as people and spreadsheets write them in lists, registers and laboratory files.

Read: ISO (``1996-03-02``), numbers with any separator (``02.03.1996``, ``2/3/96``,
``2 03 1996``), year first (``1993.08.17``), month and year (``03.1996``), the year alone
(``1996``), month names and abbreviations in Ukrainian, Russian and English in any
grammatical case (``10 березня 2002 року``, ``3 серп. 2000 р.``, ``9 января 2001 г.``,
``March 12, 1999``, ``травень 1998``), Roman months (``15.X.1975``, written with Cyrillic
``Х`` too), Excel serial numbers in text columns (``36526``, origin 1899-12-30), and the
suffixes lists add (``р.``, ``г.``, ``року``, ``года``, ``р.н.``, ``г.р.``, ``року народження``).

Day and month order. Dotted numeric dates are day.month.year (DSTU 4163, GOST R 6.30); a
column of other numeric dates is decided by its unambiguous cells (a part above 12 fixes the
order), and where nothing decides it the reading is day-first and *guessed*
(:func:`column_order`). A date whose day and month could be read either way is returned
with ``ambiguous`` set, so matching can try both; none is ever silently turned into another.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from models.core.errors import ParseError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate

EXCEL_EPOCH = dt.date(1899, 12, 30)  # Excel's 1900 date system, its phantom 29 Feb 1900 included
# Serial numbers of dates from 1900-03-01 to 2100: what a General-formatted date column holds.
SERIALS = range(61, 73_051)


class DateOrder(StrEnum):
    DAY_FIRST = "day_first"
    MONTH_FIRST = "month_first"


@dataclass(frozen=True)
class ParsedDate:
    value: PartialDate
    ambiguous: bool  # day and month could be swapped: the other reading is a date too


@dataclass(frozen=True)
class ColumnOrder:
    """How a column's numeric dates are read: the order, and whether the column decided it."""

    order: DateOrder
    decided: bool


_MONTHS = {
    # Ukrainian (every case: the stem is enough), Russian, English; abbreviations included
    1: ("січ", "янв", "jan", "студ"),
    2: ("лют", "фев", "feb"),
    3: ("берез", "бер", "мар", "mar"),
    4: ("квіт", "кві", "апр", "apr"),
    5: ("трав", "мая", "май", "мае", "may"),
    6: ("черв", "июн", "jun"),
    7: ("лип", "июл", "jul"),
    8: ("серп", "авг", "aug"),
    9: ("верес", "вер", "сен", "sep"),
    10: ("жовт", "окт", "oct"),
    11: ("листоп", "лис", "ноя", "nov"),
    12: ("груд", "дек", "dec"),
}
_MONTH_STEMS = sorted(((stem, month) for month, stems in _MONTHS.items() for stem in stems), key=lambda s: -len(s[0]))
_ROMAN = {
    "i": 1,
    "ii": 2,
    "iii": 3,
    "iv": 4,
    "v": 5,
    "vi": 6,
    "vii": 7,
    "viii": 8,
    "ix": 9,
    "x": 10,
    "xi": 11,
    "xii": 12,
}
_ROMAN_LOOKALIKES = str.maketrans("іхvх", "ixvx")  # Cyrillic і and х typed for Latin i and x
# What lists write around a date: "р.", "року народження", "г.р.", "рождения", "born" …
_SUFFIX = re.compile(
    r"(?:\b|(?<=\d))(?:року|рік|р\.?\s*н\.?|р\.?|рр\.?|года|год|г\.?\s*р\.?|г\.?|гг\.?|народження|нар\.?|рождения|"
    r"рожд\.?|year|y\.?o\.?b\.?|born|b\.)(?=\s|$|[.,;])",
    re.IGNORECASE,
)
_PLAIN = re.compile(r"^\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}$")
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_YMD = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})\s*([./\-\\ ,])\s*(\d{1,2}|[ivxх]{1,4})\s*[./\-\\ ,]\s*(\d{4}|\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2}|[ivxх]{1,4})\s*[./\- ]\s*(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")
_WORD_YEAR = re.compile(r"^([^\W\d_]{3,}\.?)\s*[-/., ]\s*(\d{2}|\d{4})$")
_SERIAL = re.compile(r"^(\d{2,5})(?:\.0+)?$")
_WORD = re.compile(r"[^\W\d_]+\.?|\d+")


# Around a date but not part of it: a remark in brackets ("1990 (орієнтовно)"), a time of day
# a database export adds ("15.07.1989 0:00:00"), a day written as an ordinal ("3-го", "3rd").
_REMARK = re.compile(r"\([^)]*\)")
_TIME = re.compile(r"[\s t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_ORDINAL = re.compile(r"(?<=\d)\s*-?\s*(?:ого|го|ьє|ье|є|е|st|nd|rd|th)(?:\s+of)?(?=\s|$)")


# Text recognised from a scan puts letters for digits: O/о for 0, l/I/і/| for 1, B/В for 8, З for 3.
_OCR_DATE = re.compile(r"^[\doоliі|bвз]{1,4}[./\-][\doоliі|bвз]{1,2}[./\-][\doоliі|bвз]{2,4}$")
_OCR_DIGITS = str.maketrans("oоliі|bвз", "001111883")
_UNKNOWN_PART = re.compile(r"^(?:_+|\?+|[xх]{1,2}|0{1,2}|-{1,2})\s*[./\-]\s*(?=[\dxх_?])|(?<=\d{4}-\d\d)-00$")


@lru_cache(maxsize=1 << 14)
def _clean(text: str) -> str:
    value = text.strip()
    if _PLAIN.match(value) and not value.startswith(("00", "0.")) and not value.endswith("-00"):
        return value  # 02.03.1996, 1996-03-02: the common case needs no cleaning
    value = _SPACES.sub(" ", value.casefold()).strip().strip(",;")
    value = _ORDINAL.sub("", _TIME.sub("", _REMARK.sub(" ", value)).strip())
    if _OCR_DATE.match(value) and sum(c.isdigit() for c in value) >= 4:
        value = value.translate(_OCR_DIGITS)  # 26.08.l9B3 from a scan: 26.08.1983
    for _ in range(2):  # a part not known: __.05.2001, 00.05.2001, хх.хх.1990 -> 05.2001, 1990
        value = _UNKNOWN_PART.sub("", value, count=1)
    value = _SUFFIX.sub("", value)
    return _SPACES.sub(" ", value).strip(" ,;").rstrip(".").strip() if value else ""


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:  # 96 -> 1996, 05 -> 2005: a person is not born in the future
        year += 2000 if year <= today.year % 100 else 1900
    return year


def month_number_of(text: str) -> int | None:
    """A month as a column of its own writes it: ``11``, ``XI``, ``листопад``, ``ноября``, ``нояб.``."""
    value = text.strip().casefold()
    if value.isdigit():
        number = int(value)
        return number if 1 <= number <= 12 else None
    return _month_of(value)


def _month_of(word: str) -> int | None:
    word = word.rstrip(".")
    if word in _ROMAN or word.translate(_ROMAN_LOOKALIKES) in _ROMAN:
        return _ROMAN.get(word) or _ROMAN[word.translate(_ROMAN_LOOKALIKES)]
    if len(word) < 3:
        return None
    return next((month for stem, month in _MONTH_STEMS if word.startswith(stem)), None)


def numeric_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of a numeric day/month date (``02/13/1990`` -> (2, 13)), or None
    for anything else; what :func:`column_order` weighs."""
    match = _NUMERIC.match(_clean(text))
    if match is None or not match.group(3).isdigit():
        return None
    return int(match.group(1)), int(match.group(3))


def column_order(texts: Iterable[str]) -> ColumnOrder:
    """The day/month order of a column's dates written with slashes, dashes or spaces (dotted
    dates are day-first by convention and say nothing of the others: a Google Sheets column
    holds 14.03.1991 beside 3/14/1992). A part above 12 decides it; otherwise day-first is a
    guess (``decided`` False) when such a date could be read either way."""
    day_first = month_first = others = 0
    for text in texts:
        match = _NUMERIC.match(_clean(text))
        if match is None or not match.group(3).isdigit() or match.group(2) == ".":
            continue
        first, second = int(match.group(1)), int(match.group(3))
        day_first += first > 12 >= second
        month_first += second > 12 >= first
        others += first != second
    if day_first or month_first:
        return ColumnOrder(DateOrder.DAY_FIRST if day_first >= month_first else DateOrder.MONTH_FIRST, True)
    return ColumnOrder(DateOrder.DAY_FIRST, others == 0)


def from_serial(serial: int) -> dt.date:
    """An Excel serial date (1900 date system)."""
    return EXCEL_EPOCH + dt.timedelta(days=serial)


def parse_list_date(
    text: str, today: dt.date | None = None, order: DateOrder | None = None, *, serials: bool = False
) -> ParsedDate | None:
    """The date a cell holds, or None when it holds none. ValueError for text that is no date
    or an impossible one (31.02.1996), saying why. ``order`` reads numeric day/month dates
    that way (the column's, from :func:`column_order`); by default a part above 12 decides
    and day-first is assumed. ``serials``: a 5-digit number is an Excel serial date."""
    today = today or dt.date.today()
    value = _clean(text)
    if not value:
        return None
    if match := _ISO.match(value):
        year, month, day = (int(g) for g in match.groups())
        return ParsedDate(PartialDate(year, month, day), False)
    if match := _YMD.match(value):
        year, month, day = (int(g) for g in match.groups())
        return ParsedDate(PartialDate(year, month, day), False)
    if match := _NUMERIC.match(value):
        first, separator, second, year_text = match.groups()
        year = _year(year_text, today)
        if not second.isdigit():  # 15.X.1975: the month in Roman numerals
            roman = _month_of(second)
            if roman is None:
                raise ParseError(
                    QT_TRANSLATE_NOOP("Errors", "{text!r}: {second!r} is not a month"), text=text, second=second
                )
            return ParsedDate(PartialDate(year, roman, int(first)), False)
        a, b = int(first), int(second)
        if separator == ".":  # dotted dates are day.month.year (DSTU 4163, GOST R 6.30), whatever else
            month_first = False  # the column holds: a Google Sheets column mixes 14.03.1991 and 3/14/1992
        elif b > 12 >= a:  # only one reading exists, whatever the column says
            month_first = True
        elif a > 12 >= b:
            month_first = False
        else:
            month_first = order is DateOrder.MONTH_FIRST
        day, month = (b, a) if month_first else (a, b)
        if month > 12:
            raise ParseError(
                QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date: neither {a} nor {b} can be the month"),
                text=text,
                a=a,
                b=b,
            )
        ambiguous = separator != "." and day <= 12 and month <= 12 and day != month
        return ParsedDate(PartialDate(year, month, day), ambiguous)
    if match := _ISO_MONTH.match(value):
        return ParsedDate(PartialDate(int(match.group(1)), int(match.group(2))), False)
    if (match := _WORD_YEAR.match(value)) and _month_of(match.group(1)) is not None:  # Dec-98, Sept. 2002
        return ParsedDate(PartialDate(_year(match.group(2), today), _month_of(match.group(1))), False)
    if match := _MONTH_YEAR.match(value):
        named = _month_of(match.group(1)) if not match.group(1).isdigit() else int(match.group(1))
        if named is None or not 1 <= named <= 12:
            raise ParseError(
                QT_TRANSLATE_NOOP("Errors", "{text!r}: {month!r} is not a month"), text=text, month=match.group(1)
            )
        return ParsedDate(PartialDate(int(match.group(2)), named), False)
    if match := _YEAR.match(value):
        return ParsedDate(PartialDate(int(match.group(1))), False)
    if serials and (match := _SERIAL.match(value)) and int(match.group(1)) in SERIALS and len(match.group(1)) == 5:
        return ParsedDate(PartialDate.from_date(from_serial(int(match.group(1)))), False)
    worded = _worded(value, text, today)
    if worded is not None:
        return worded
    raise ParseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{text!r} is not a date this importer reads (dd.mm.yyyy, yyyy-mm-dd, d/m/yy, mm.yyyy, yyyy, "
            "or with the month in words)",
        ),
        text=text,
    )


def _worded(value: str, text: str, today: dt.date) -> ParsedDate | None:
    """``10 березня 2002``, ``March 12, 1999``, ``травень 1998``: a month written in words."""
    words = _WORD.findall(value)
    if not 2 <= len(words) <= 4:
        return None
    months = [(i, m) for i, w in enumerate(words) if not w[0].isdigit() and (m := _month_of(w)) is not None]
    numbers = [w for w in words if w.isdigit()]
    if len(months) != 1 or len(numbers) + 1 != len(words):
        return None
    month = months[0][1]
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(numbers) == 1 and len(years) == 1:
        return ParsedDate(PartialDate(int(years[0]), month), False)
    if len(numbers) == 2 and len(days) == 1:
        year = _year(years[0], today) if years else _year(next(n for n in numbers if n != days[0]), today)
        return ParsedDate(PartialDate(year, month, int(days[0])), False)
    if len(numbers) == 2 and not years and len(days) == 2:  # "5 травня 98"
        first_index = words.index(numbers[0])
        day, year_text = (numbers[0], numbers[1]) if first_index < months[0][0] else (numbers[1], numbers[0])
        return ParsedDate(PartialDate(_year(year_text, today), month, int(day)), False)
    return None


_EMBEDDED = re.compile(
    r"\d{1,2}\s*[./\-]\s*\d{1,2}\s*[./\-]\s*(?:\d{4}|\d{2})(?!\d)"  # 12.03.1999
    r"|\d{4}-\d{1,2}-\d{1,2}"  # 1999-03-12
    r"|\d{1,2}(?:\s*-?\s*(?:ого|го|st|nd|rd|th)(?:\s+of)?)?\s+[^\W\d_]{3,}\.?\s+\d{4}"  # 23 серпня 2000, 3-го квітня
    r"|(?<![\d\-–])\d{4}(?=\s*(?:р\.|г\.|року|года|р\.н|г\.р|\s*$|,))",  # 1998 р.
    re.IGNORECASE,
)
_EMPTY = frozenset(
    {
        "null",
        "none",
        "nan",
        "n/a",
        "na",
        "unknown",
        "н/д",
        "н/в",
        "невідомо",
        "неизвестно",
        "немає даних",
        "нет данных",
        "-",
        "—",
        "–",
        "?",
        "x",
        "немає",
        "нет",
    }
)


def is_blank(text: str) -> bool:
    """A cell that says there is nothing: NULL from a database export, n/a, н/д, a dash."""
    return text.strip().casefold() in _EMPTY


def date_in_text(text: str, today: dt.date | None = None, order: DateOrder | None = None) -> ParsedDate | None:
    """The date written in a cell that holds more (``12.03.1999, м. Харків``, ``м. Київ,
    17.06.2002``, ``1998 р., м. Суми``): the first date found in it, or None."""
    found: list[ParsedDate] = []
    for match in _EMBEDDED.finditer(text):
        rest = text[: match.start()] + " " + text[match.end() :]
        if _YEAR.match(match.group(0).strip()) and (any(c.isdigit() for c in rest) or _names_a_month(rest)):
            continue  # a year inside a fuller date this cannot read: never the year alone, silently
        try:
            parsed = parse_list_date(match.group(0), today, order)
        except ValueError:
            continue
        if parsed is not None and parsed not in found:
            found.append(parsed)
    return found[0] if len(found) == 1 else None  # two dates ("1987-1988"): not for us to choose


def _names_a_month(text: str) -> bool:
    return any(_month_of(word) is not None for word in _WORD.findall(text.casefold()) if not word[0].isdigit())


def swapped(value: PartialDate) -> PartialDate | None:
    """The same date with day and month exchanged, when that is a date."""
    if value.day is None or value.month is None or value.day > 12 or value.day == value.month:
        return None
    return PartialDate(value.year, value.day, value.month)


# An age where a date of birth belongs, as families and the other side write it: "32 роки",
# "41 рік", "36 років", "вік 30" (Ukrainian), "48 лет", "21 год", "22 года", "возраст 30"
# (Russian), "age 36", "aged 36", "36 y.o.", "36 years old", "36 yrs" (English).
_AGE = re.compile(
    r"^(?:(?:вік|возраст|age[d]?)\s*[:\-]?\s*(\d{1,3})"
    r"|(\d{1,3})\s*(?:рік|роки|років|повних\s+років|лет|года|год|полных\s+лет"
    r"|y\.?\s*o\.?|years?(?:\s+old)?|yrs?\.?))\s*\.?$",
    re.IGNORECASE,
)


def age_in(text: str) -> int | None:
    """The age a cell gives instead of a date of birth (``32 роки``, ``48 лет``, ``age 36``), or
    None when it gives none. Turned into a span of birthdays by ``BirthRange.of_age``."""
    match = _AGE.match(" ".join(text.split()))
    if match is None:
        return None
    age = int(match.group(1) or match.group(2))
    return age if age <= 120 else None
