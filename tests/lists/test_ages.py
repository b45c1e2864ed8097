"""An age where the date of birth belongs ("32 роки", "48 лет", "age 36"), as families and the
other side write it: read as the span of birthdays it allows, never as an unreadable date, and
matched within that span only. Every person here is invented."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from models.core.dates import age_in
from models.core.enums import PersonStatus
from models.core.partial_date import BirthRange, PartialDate
from models.lists.dto import born_by_age, reading_phrase
from models.lists.reader import read_list, to_entries
from models.lists.reconcile import EntryName, RegistryIndex, RegistryPerson

ON = dt.date(2025, 7, 1)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("32 роки", 32),
        ("41 рік", 41),
        ("36 років", 36),
        ("вік 30", 30),
        ("48 лет", 48),
        ("22 года", 22),
        ("21 год", 21),
        ("Возраст 40", 40),
        ("age 36", 36),
        ("age: 54", 54),
        ("36 y.o.", 36),
        ("36 years old", 36),
        ("1986 р.н.", None),  # a year of birth, not an age
        ("32", None),  # a bare number says nothing
        ("32 р.", None),  # a year's abbreviation as often as an age
        ("150 років", None),
    ],
)
def test_an_age_is_read_in_the_forms_lists_use(text: str, age: int | None) -> None:
    assert age_in(text) == age


def test_an_age_is_the_span_of_birthdays_it_allows() -> None:
    born = BirthRange.of_age(32, ON)
    assert (born.earliest(), born.latest()) == (dt.date(1992, 7, 2), dt.date(1993, 7, 1))
    assert str(born) == "1992–1993 (age 32 on 2025-07-01)"
    assert BirthRange.of_age(1, dt.date(2024, 2, 29)).latest() == dt.date(2023, 2, 28)
    with pytest.raises(ValueError, match="not a person's age"):
        BirthRange.of_age(130, ON)


def test_a_list_giving_ages_is_read_without_a_problem_and_says_what_it_assumed() -> None:
    text = "ПІБ;Дата народження\nКоваленко Сергій Іванович;32 роки\nШевчук Іван Петрович;01.01.1990\n"
    result = to_entries(read_list(text.encode(), "list.csv"), today=ON)
    first, second = result.entries
    assert first.date_of_birth is None and "date_unreadable" not in first.reading_flags
    assert born_by_age(first.reading_flags) == BirthRange.of_age(32, ON)
    assert [reading_phrase(f) for f in first.reading_flags] == [
        "an age instead of a date of birth: born 1992–1993 (age 32 on 2025-07-01)"
    ]
    assert second.date_of_birth == PartialDate(1990, 1, 1) and not result.problems


def _person(surname: str, given: str, patronymic: str, born: PartialDate) -> RegistryPerson:
    return RegistryPerson(uuid.uuid4(), surname, surname, given, patronymic, born, "", PersonStatus.CAPTURED)


REGISTRY = RegistryIndex(
    [
        _person("Бекірова", "Ельвіра", "Енверівна", PartialDate(1992, 12, 11)),
        _person("Коваленко", "Сергій", "Іванович", PartialDate(1970, 3, 3)),
    ]
)


def test_a_line_with_an_age_meets_the_person_born_within_it() -> None:
    match = REGISTRY.match(EntryName("Бекірова", "Ельвіра", "Енверівна", BirthRange.of_age(32, ON)))
    assert match.candidates[0].person.surname == "Бекірова"
    assert match.state in ("matched", "review")
    assert any("agree as far as both go" in r for r in match.candidates[0].reasons)


def test_an_age_that_does_not_fit_is_evidence_against() -> None:
    match = REGISTRY.match(EntryName("Коваленко", "Сергій", "Іванович", BirthRange.of_age(32, ON)))
    assert match.state == "review"  # the full name agrees, the age says another man
    assert any("different dates of birth" in r for r in match.candidates[0].reasons)


def test_an_age_a_year_or_two_off_is_a_slip_for_a_clerk_to_judge() -> None:
    # the list was written a year before it was read, or the family counted another birthday
    index = RegistryIndex([_person("Коваленко", "Павло", "Богданович", PartialDate(1990, 5, 5))])
    match = index.match(EntryName("Коваленко", "Павло", "Богданович", BirthRange.of_age(36, ON)))
    assert match.state == "review"
    assert any("two years apart or less (an age)" in r for r in match.candidates[0].reasons)


def test_an_age_is_judged_against_an_age_criterion_by_the_span_it_allows() -> None:
    from models.lists.compliance import judge
    from models.lists.dto import Known

    criterion = [{"kind": "under_age", "age": 60, "on": "2025-07-01"}]
    old = Known(None, BirthRange.of_age(60, ON), None, None, None, "", False)
    young = Known(None, BirthRange.of_age(32, ON), None, None, None, "", False)
    assert judge(criterion, old)[0].verdict == "not_met"
    assert judge(criterion, young)[0].verdict == "met"
    assert "02.07.1992–01.07.1993" in judge(criterion, young)[0].reason
