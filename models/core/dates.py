"""Dates as lists write them: 02.03.1996, 1996-03-02, 2/3/96, 03.1996, 1996 ...

Day and month can be swapped by the other side's software; a date whose day and month
could be read either way is returned with ``ambiguous`` set, so matching can try both.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from models.core.partial_date import PartialDate

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2}|\d{4})\s*(?:р\.?|г\.?)?$")
_MY = re.compile(r"^(\d{1,2})[./](\d{4})$")
_YEAR = re.compile(r"^(\d{4})\s*(?:р\.?|г\.?|року|года)?$")


@dataclass(frozen=True)
class ParsedDate:
    value: PartialDate
    ambiguous: bool  # day and month could be swapped


def _year(text: str, today: dt.date) -> int:
    year = int(text)
    if len(text) == 2:  # 96 -> 1996, 05 -> 2005: a person is not born in the future
        year += 2000 if year <= today.year % 100 else 1900
    return year


def parse_list_date(text: str, today: dt.date | None = None) -> ParsedDate | None:
    """The date a cell holds, or None when it holds none; ValueError for an impossible date."""
    today = today or dt.date.today()
    value = text.strip()
    if not value:
        return None
    if match := _ISO.match(value):
        year, month, day = (int(g) for g in match.groups())
        return ParsedDate(PartialDate(year, month, day), False)
    if match := _DMY.match(value):
        day, month, year = int(match.group(1)), int(match.group(2)), _year(match.group(3), today)
        if month > 12 >= day:  # written month-first (US style): read it that way
            day, month = month, day
        ambiguous = day <= 12 and month <= 12 and day != month
        return ParsedDate(PartialDate(year, month, day), ambiguous)
    if match := _MY.match(value):
        return ParsedDate(PartialDate(int(match.group(2)), int(match.group(1))), False)
    if match := _YEAR.match(value):
        return ParsedDate(PartialDate(int(match.group(1))), False)
    raise ValueError(f"{text!r} is not a date this importer reads (dd.mm.yyyy, yyyy-mm-dd, d/m/yy, mm.yyyy, yyyy)")


def swapped(value: PartialDate) -> PartialDate | None:
    """The same date with day and month exchanged, when that is a date."""
    if value.day is None or value.month is None or value.day > 12 or value.day == value.month:
        return None
    return PartialDate(value.year, value.day, value.month)
