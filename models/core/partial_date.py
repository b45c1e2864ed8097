"""Dates that are often known only in part: a year, a year and month, or a full day.

Relatives know "born in 1990"; a video shows "captured in May 2024". Storing
such a value as 1990-01-01 would invent a fact, so the app keeps what is known.
ISO text (``1990``, ``1990-05``, ``1990-05-17``) sorts correctly as a string.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from models.core.errors import ParseError
from models.core.i18n import QT_TRANSLATE_NOOP

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise ParseError(QT_TRANSLATE_NOOP("Errors", "year {year} is out of range"), year=self.year)
        if self.month is None and self.day is not None:
            raise ParseError(QT_TRANSLATE_NOOP("Errors", "a day needs a month"))
        if self.month is not None and not 1 <= self.month <= 12:
            raise ParseError(QT_TRANSLATE_NOOP("Errors", "month {month} does not exist"), month=self.month)
        if self.day is not None:
            assert self.month is not None
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise ParseError(
                    QT_TRANSLATE_NOOP("Errors", "{year:04d}-{month:02d} has no day {day}"),
                    year=self.year,
                    month=self.month,
                    day=self.day,
                )

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ValueError says why not."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ParseError(
                QT_TRANSLATE_NOOP("Errors", "{text!r} is not a date as YYYY, YYYY-MM or YYYY-MM-DD"), text=text
            )
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return cls(year, month, day)

    @staticmethod
    @lru_cache(maxsize=1 << 16)
    def parse_cached(text: str) -> PartialDate:
        """parse() for bulk reads, where the same few thousand days repeat."""
        return PartialDate.parse(text)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def is_complete(self) -> bool:
        return self.day is not None

    def earliest(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> dt.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return dt.date(self.year, month, day)

    def dotted(self) -> str:
        """As Ukrainian documents write it: 07.03.1994, 03.1994 or 1994."""
        parts = [f"{v:02d}" for v in (self.day, self.month) if v is not None]
        return ".".join([*parts, f"{self.year:04d}"])

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


@dataclass(frozen=True, order=True)
class BirthRange(PartialDate):
    """A date of birth known only as a span of days: what an age on a given day says (32 years
    old on 2025-07-01: born 1992-07-02 to 1993-07-01). ``year`` is the first year; month and day
    are unknown. Compared by its span wherever a partial date is (``earliest``/``latest``)."""

    first: dt.date = dt.date.min
    last: dt.date = dt.date.min
    age: int = 0
    on: dt.date = dt.date.min

    @classmethod
    def of_age(cls, age: int, on: dt.date) -> BirthRange:
        """Born between the day after ``on`` ``age + 1`` years back and ``on`` ``age`` years back.
        ValueError for an age no living person has (above 120) or below 0."""
        if not 0 <= age <= 120:
            raise ParseError(QT_TRANSLATE_NOOP("Errors", "an age of {age} years is not a person's age"), age=age)
        last = _years_back(on, age)
        first = _years_back(on, age + 1) + dt.timedelta(days=1)
        return cls(first.year, None, None, first, last, age, on)

    def earliest(self) -> dt.date:
        return self.first

    def latest(self) -> dt.date:
        return self.last

    def __str__(self) -> str:
        return f"{self.first.year}–{self.last.year} (age {self.age} on {self.on.isoformat()})"

    def dotted(self) -> str:
        """The span as Ukrainian documents write days: 02.07.1992–01.07.1993."""
        return f"{self.first:%d.%m.%Y}–{self.last:%d.%m.%Y}"


def _years_back(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without it
        return day.replace(year=day.year - years, day=28)
