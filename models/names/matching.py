"""How likely a written name and date of birth are a registry person: evidence and weight.

List reconciliation, duplicate detection and remains' candidates weigh a comparison the same
way, here. Each part is compared at a level (``models.names.engine``) and each level carries a
weight of evidence, as in record linkage (Fellegi and Sunter, "A Theory for Record Linkage",
JASA 64, 1969): agreement on a part that rarely agrees by chance counts for, disagreement
against, and a part not written counts for nothing. The sum is turned into a score in 0..1
(a logistic curve), so a score says the same thing wherever it is shown.

The weights were set on the evaluation set of tests/benchmarks (list_generator) so that
``matched`` keeps its precision at or above 0.995: see the issue notes for the figures.
"""

from __future__ import annotations

import math
from enum import IntEnum
from functools import lru_cache
from typing import NamedTuple

from models.core.dates import swapped
from models.core.partial_date import BirthRange, PartialDate
from models.names.engine import Level, NameKeys, given_level, patronymic_level, surname_level


class DateLevel(IntEnum):
    DIFFERENT = 0
    MISSING = 1
    CLOSE = 2  # one digit apart, or the year one apart with the same day and month
    CONSISTENT = 3  # a partial date that contains the other
    SWAPPED = 4  # day and month exchanged
    EXACT = 5


SURNAME_WEIGHT = {Level.EXACT: 7.0, Level.NEAR: 5.0, Level.PARTIAL: 2.0, Level.MISSING: 0.0, Level.DIFFERENT: -6.0}
GIVEN_WEIGHT = {
    Level.EXACT: 4.0,
    Level.NEAR: 2.5,
    Level.FORM: 2.0,
    Level.INITIAL: 1.5,
    Level.MISSING: 0.0,
    Level.DIFFERENT: -4.0,
}
PATRONYMIC_WEIGHT = {Level.EXACT: 3.0, Level.NEAR: 2.0, Level.INITIAL: 1.0, Level.MISSING: 0.0, Level.DIFFERENT: -2.0}
DATE_WEIGHT = {
    DateLevel.EXACT: 7.0,
    DateLevel.SWAPPED: 5.0,
    DateLevel.CONSISTENT: 3.0,
    DateLevel.CLOSE: 1.5,
    DateLevel.MISSING: 0.0,
    DateLevel.DIFFERENT: -7.0,
}
SERVICE_SAME, SERVICE_DIFFERENT = 9.0, -3.0
SWAPPED_ORDER_COST = 0.5
AGE_SLACK_DAYS = 2 * 366  # an age's span, and the days around it still read as a slip
MIDPOINT, SPREAD = 11.0, 2.0  # the weight scored 0.5, and how fast the score rises


class Comparison(NamedTuple):
    """Two names (and dates of birth, service numbers) compared part by part (a tuple: a
    6,000-line check makes hundreds of thousands)."""

    surname: Level
    given: Level
    patronymic: Level
    date: DateLevel
    service: int  # 1 the same, -1 different, 0 not on both
    swapped_order: bool  # the list wrote the given name where the surname goes
    weight: float

    @property
    def score(self) -> float:
        """The weight as 0..1 (logistic): 0.5 at MIDPOINT."""
        return 1.0 / (1.0 + math.exp(-(self.weight - MIDPOINT) / SPREAD))

    @property
    def names_agree(self) -> bool:
        """Surname, given name and patronymic all the same name."""
        return self.surname == self.given == self.patronymic == Level.EXACT

    def floor(self) -> bool:
        """Evidence that must reach a person's eyes (``review``) whatever the weight: the
        parts that remain when one name part has no known equivalent."""
        surname_fits = self.surname >= Level.NEAR
        born_fits = self.date in (DateLevel.EXACT, DateLevel.SWAPPED)
        return (
            (surname_fits and born_fits)
            or (self.surname == Level.EXACT and self.given >= Level.INITIAL and self.date >= DateLevel.CONSISTENT)
            or (surname_fits and self.given == Level.EXACT and self.patronymic == Level.EXACT)
            # nothing contradicts: the surname fits, the given name (or its initial) fits, the
            # patronymic and the date of birth are not against (Дхано Е.В. for Дахно Євген Владиславович)
            or (
                surname_fits
                and self.given >= Level.INITIAL
                and self.patronymic != Level.DIFFERENT
                and self.date != DateLevel.DIFFERENT
            )
            # a day apart, or a digit: a slip of the pen, with a surname and a given name that fit
            or (surname_fits and self.given >= Level.INITIAL and self.date == DateLevel.CLOSE)
            # another surname (a married name, one garbled past recognition), all else the same
            or (self.given == self.patronymic == Level.EXACT and self.date == DateLevel.EXACT)
            or self.service == 1
        )

    def reasons(self, listed: PartialDate | None, known: PartialDate | None) -> tuple[str, ...]:
        """The comparison in words, for the person who decides."""
        words = []
        if self.swapped_order:
            words.append("surname and given name written in swapped order")
        words.append(f"surname {LEVEL_WORDS[self.surname]}")
        if self.given != Level.MISSING:
            words.append(f"given name {LEVEL_WORDS[self.given]}")
        if self.patronymic != Level.MISSING:
            words.append(f"patronymic {LEVEL_WORDS[self.patronymic]}")
        words.append(_date_words(self.date, listed, known))
        if self.service:
            words.append("same service number" if self.service > 0 else "different service numbers")
        return tuple(words)


LEVEL_WORDS = {
    Level.EXACT: "the same",
    Level.NEAR: "one or two letters apart",
    Level.PARTIAL: "alike",
    Level.FORM: "another form of the name (a pet form, or another language's)",
    Level.INITIAL: "fits the initial",
    Level.MISSING: "not written",
    Level.DIFFERENT: "different",
}


def _date_words(level: DateLevel, listed: PartialDate | None, known: PartialDate | None) -> str:
    if level == DateLevel.MISSING:
        return "date of birth missing on one side"
    if level == DateLevel.EXACT:
        return f"same date of birth {known}"
    if level == DateLevel.SWAPPED:
        return f"date of birth {listed} is {known} with day and month swapped"
    if level == DateLevel.CONSISTENT:
        return f"dates of birth {listed} and {known} agree as far as both go"
    if level == DateLevel.CLOSE and (isinstance(listed, BirthRange) or isinstance(known, BirthRange)):
        return f"dates of birth {listed} and {known} two years apart or less (an age)"
    if level == DateLevel.CLOSE:
        return f"dates of birth {listed} and {known} differ by a day, a digit or the year"
    return f"different dates of birth ({listed} / {known})"


def date_level(listed: PartialDate | None, known: PartialDate | None) -> DateLevel:
    """How two dates of birth agree (None: not written)."""
    if listed is None or known is None:
        return DateLevel.MISSING
    if listed == known:
        return DateLevel.EXACT
    return _date_level(listed, known)


@lru_cache(maxsize=1 << 17)
def _date_level(listed: PartialDate, known: PartialDate) -> DateLevel:
    if swapped(listed) == known:
        return DateLevel.SWAPPED
    if listed.earliest() <= known.latest() and known.earliest() <= listed.latest():
        return DateLevel.CONSISTENT
    if isinstance(listed, BirthRange) or isinstance(known, BirthRange):
        # an age is on the day the list was written, often a year or more before it is read, and a
        # family's age is often a year off: near the span, it is a slip, not another man
        gap = max((listed.earliest() - known.latest()).days, (known.earliest() - listed.latest()).days)
        return DateLevel.CLOSE if gap <= AGE_SLACK_DAYS else DateLevel.DIFFERENT
    other = swapped(listed)
    if other is not None and other.earliest() <= known.latest() and known.earliest() <= other.latest():
        return DateLevel.CONSISTENT  # 12.02.1975 read the other way round is within 1975-12
    if listed.is_complete and known.is_complete:
        a, b = str(listed), str(known)
        if sum(x != y for x, y in zip(a, b, strict=True)) == 1:
            return DateLevel.CLOSE  # 1996-03-02 / 1996-03-12: a digit mistyped
        if abs(listed.year - known.year) == 1 and (listed.month, listed.day) == (known.month, known.day):
            return DateLevel.CLOSE
        if abs((listed.earliest() - known.earliest()).days) == 1:
            return DateLevel.CLOSE  # a day apart (30.05 / 31.05, 09.12 / 10.12): a slip or a time zone
    return DateLevel.DIFFERENT


def compare(
    listed: NameKeys,
    flipped: NameKeys | None,
    listed_born: PartialDate | None,
    listed_service: str,
    known: NameKeys,
    known_born: PartialDate | None,
    known_service: str,
) -> Comparison:
    """The written name (and, when the list may have swapped surname and given name, the
    flipped reading) against a registry name; service numbers as ``service_key`` gives them."""
    surname, given = surname_level(listed, known), given_level(listed, known)
    patronymic = patronymic_level(listed, known)
    order_swapped = False
    if flipped is not None and surname < Level.NEAR:  # only a surname that does not fit can be the given name
        other = surname_level(flipped, known), given_level(flipped, known), patronymic_level(flipped, known)
        if _name_weight(*other) - SWAPPED_ORDER_COST > _name_weight(surname, given, patronymic):
            (surname, given, patronymic), order_swapped = other, True
    date = date_level(listed_born, known_born)
    service = 0 if not (listed_service and known_service) else 1 if listed_service == known_service else -1
    weight = _name_weight(surname, given, patronymic) + DATE_WEIGHT[date]
    weight += SERVICE_SAME if service > 0 else SERVICE_DIFFERENT if service < 0 else 0.0
    weight -= SWAPPED_ORDER_COST if order_swapped else 0.0
    return Comparison(surname, given, patronymic, date, service, order_swapped, weight)


def _name_weight(surname: Level, given: Level, patronymic: Level) -> float:
    return SURNAME_WEIGHT[surname] + GIVEN_WEIGHT[given] + PATRONYMIC_WEIGHT[patronymic]
