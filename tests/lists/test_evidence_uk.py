"""The check's evidence and notes, stored in English, read in Ukrainian: every phrase the
check's grammar can make has its Ukrainian (no English word left), old entries too."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from models.core.db import Database
from models.core.enums import Health, Side
from models.core.partial_date import BirthRange, PartialDate
from models.lists import service
from models.lists.dto import CLARIFICATION_REQUESTED, READING_FLAGS, age_flag, label_of, reading_phrase
from models.lists.evidence_uk import in_ukrainian
from models.names.engine import Level
from models.names.matching import Comparison, DateLevel
from tests.helpers.lists import THEIRS

ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")


def _no_english(phrase: str) -> None:
    said = in_ukrainian(phrase)
    assert not ENGLISH_WORD.search(said), (phrase, said)


def test_every_comparison_the_check_can_write() -> None:
    dates = {
        DateLevel.EXACT: (PartialDate(1990, 5, 12), PartialDate(1990, 5, 12)),
        DateLevel.SWAPPED: (PartialDate(1990, 12, 5), PartialDate(1990, 5, 12)),
        DateLevel.CONSISTENT: (PartialDate(1990), PartialDate(1990, 5, 12)),
        DateLevel.CLOSE: (PartialDate(1990, 5, 13), PartialDate(1990, 5, 12)),
        DateLevel.MISSING: (None, PartialDate(1990, 5, 12)),
        DateLevel.DIFFERENT: (PartialDate(1970, 1, 1), PartialDate(1990, 5, 12)),
    }
    phrases: set[str] = set()
    for surname, given, date, service_number, swapped in itertools.product(
        Level, Level, DateLevel, (1, -1, 0), (True, False)
    ):
        comparison = Comparison(surname, given, given, date, service_number, swapped, 0.0)
        phrases.update(comparison.reasons(*dates[date]))
    age = BirthRange.of_age(30, dt.date(2025, 6, 1))  # an age: "two years apart or less"
    phrases.update(
        Comparison(Level.EXACT, Level.EXACT, Level.EXACT, DateLevel.CLOSE, 0, False, 0).reasons(
            age, dates[DateLevel.EXACT][1]
        )
    )
    assert len(phrases) > 25
    for phrase in phrases:
        _no_english(phrase)
    assert in_ukrainian("surname one or two letters apart") == "прізвище відрізняється на одну-дві літери"


def test_every_note_and_criterion() -> None:
    for phrase in [
        *READING_FLAGS.values(),
        reading_phrase(age_flag(32, dt.date(2025, 7, 1))),
        CLARIFICATION_REQUESTED,
        "matched though surname alike; given name fits the initial",
        "the same person as row 4",
        "recorded in the registry as deceased",
        "also on their list, phase 2, row 14",
        "our list, row 3",
        "same unit as the list (в/ч А1234)",
        label_of({"kind": "under_age", "age": 25, "on": "2025-06-02"}),
        label_of({"kind": "health", "categories": [h.value for h in Health]}),
        label_of({"kind": "all_for_all"}),
        label_of({"kind": "civilian"}),
        "exchange",
        "exchange, phase 2; marked came home against the registry (Коваленко Сергій (P1) is recorded as deceased): "
        "його бачила делегація на кордоні",  # the reason, as the clerk typed it
    ]:
        _no_english(phrase)


def test_the_notes_of_a_real_check(setup: tuple[Database, str]) -> None:
    """What a check really stores (the fixture's list: a returned person, a stranger, a line
    twice) comes out Ukrainian, and a phrase nobody knows is left as it is."""
    import uuid

    db, agreement = setup
    with db.write() as session:
        imported = service.import_list(
            session, THEIRS.encode("cp1251"), "list.csv", uuid.UUID(agreement), Side.THEIRS, 1
        )
        result = service.check_list(session, imported.version.list_id)
    said = [
        phrase
        for entry in result.entries
        for phrase in (*entry.flags, *(r for c in entry.candidates for r in c.reasons))
    ]
    assert said
    for phrase in said:
        _no_english(phrase)
    assert in_ukrainian("something new") == "something new"


@pytest.mark.parametrize("phrase", ["", "surname", "under 25"])
def test_a_fragment_is_left_as_it_is(phrase: str) -> None:
    assert in_ukrainian(phrase) == phrase
