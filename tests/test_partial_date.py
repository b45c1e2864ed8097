import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.core.partial_date import PartialDate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1990", PartialDate(1990)),
        ("1990-05", PartialDate(1990, 5)),
        ("2024-02-29", PartialDate(2024, 2, 29)),
    ],
)
def test_parses_partial_and_full_dates(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected
    assert str(expected) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023-02-29", "has no day 29"),
        ("1990-13", "month 13 does not exist"),
        ("05.10.1990", "is not a date"),
        ("", "is not a date"),
    ],
)
def test_impossible_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        PartialDate.parse(text)


def test_range_of_a_partial_date() -> None:
    assert PartialDate(1990, 2).earliest() == dt.date(1990, 2, 1)
    assert PartialDate(1990, 2).latest() == dt.date(1990, 2, 28)
    assert PartialDate(1990).latest() == dt.date(1990, 12, 31)


@given(st.dates(min_value=dt.date(1, 1, 1)), st.integers(0, 2))
def test_text_round_trip_and_order(day: dt.date, precision: int) -> None:
    value = PartialDate(day.year, day.month if precision else None, day.day if precision == 2 else None)
    assert PartialDate.parse(str(value)) == value
    assert value.earliest() <= day <= value.latest()
