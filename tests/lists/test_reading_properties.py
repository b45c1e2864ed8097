"""Properties of reading lists: a date written in any supported form reads back to itself or
is flagged (never silently to another date), and a header cell is recognised however it is
decorated (case, spaces, punctuation, a second language, a hint)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from models.core.dates import parse_list_date, swapped
from models.core.partial_date import PartialDate
from models.lists.headers import recognise
from models.lists.reader import read_list, to_entries

TODAY = dt.date(2026, 11, 30)
UK_MONTHS = (
    "січня",
    "лютого",
    "березня",
    "квітня",
    "травня",
    "червня",
    "липня",
    "серпня",
    "вересня",
    "жовтня",
    "листопада",
    "грудня",
)
RU_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
SUFFIXES = ("", " р.", " г.", " року", " года", " р.н.", " г.р.", " року народження")

days = st.dates(min_value=dt.date(1931, 1, 1), max_value=dt.date(2025, 12, 31))


def _written(day: dt.date, form: int, suffix: str) -> str:
    d, m, y = day.day, day.month, day.year
    forms = (
        f"{d:02d}.{m:02d}.{y}",
        f"{d}.{m}.{y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d}-{m}-{y}",
        f"{d} {UK_MONTHS[m - 1]} {y}",
        f"{d} {RU_MONTHS[m - 1]} {y}",
        f"{d} {EN_MONTHS[m - 1]} {y}",
        f"{EN_MONTHS[m - 1]} {d}, {y}",
        f"{m:02d}/{d:02d}/{y}",  # month first (USA)
        f"{d:02d}.{m:02d}.{y % 100:02d}",
        f"{y}.{m:02d}.{d:02d}",
    )
    return forms[form] + (suffix if form not in (2, 11) else "")


@settings(max_examples=400, deadline=None)
@given(days, st.integers(0, 11), st.sampled_from(SUFFIXES))
def test_a_written_date_reads_back_to_itself_or_is_flagged(day: dt.date, form: int, suffix: str) -> None:
    text = _written(day, form, suffix)
    parsed = parse_list_date(text, TODAY)
    assert parsed is not None, text
    want = PartialDate.from_date(day)
    if form == 10 and day.year < 1927:  # a two-digit year is placed so nobody is born in the future
        return
    assert parsed.value == want or (parsed.ambiguous and swapped(parsed.value) == want), (text, parsed)


@settings(max_examples=60, deadline=None)
@given(st.lists(days, min_size=3, max_size=12), st.booleans())
def test_a_column_of_slash_dates_is_read_right_or_every_guess_is_flagged(
    dates: list[dt.date], month_first: bool
) -> None:
    lines = ["ПІБ;Дата народження"]
    for n, day in enumerate(dates):
        written = (
            f"{day.month:02d}/{day.day:02d}/{day.year}" if month_first else f"{day.day:02d}/{day.month:02d}/{day.year}"
        )
        lines.append(f"Коваленко{'ко' * n} Сергій;{written}")
    entries = to_entries(read_list("\n".join(lines).encode(), "x.csv"), today=TODAY).entries
    assert len(entries) == len(dates)
    for entry, day in zip(entries, dates, strict=True):
        want = PartialDate.from_date(day)
        if entry.date_of_birth != want:
            assert "date_order_guessed" in entry.reading_flags and swapped(entry.date_of_birth) == want  # type: ignore[arg-type]


HEADERS = {
    "surname": ("Прізвище", "Фамилия", "Surname", "Last name"),
    "given_names": ("Ім'я", "Имя", "First name", "Given names"),
    "patronymic": ("По батькові", "Отчество", "Patronymic"),
    "full_name": ("ПІБ", "ФИО", "Ф.И.О.", "П.І.Б.", "Full name", "Прізвище, ім'я та по батькові"),
    "date_of_birth": ("Дата народження", "Дата рождения", "Date of birth", "DOB", "Рік народження"),
    "service_number": ("Особистий номер", "Личный номер", "Service number"),
    "rank": ("Звання", "Звание", "Rank"),
}
ENGLISH = {
    "surname": "Surname",
    "given_names": "Name",
    "patronymic": "Patronymic",
    "full_name": "Full name",
    "date_of_birth": "Date of birth",
    "service_number": "Service number",
    "rank": "Rank",
}
fields = st.sampled_from(sorted(HEADERS))


@settings(max_examples=400, deadline=None)
@given(
    fields.flatmap(lambda f: st.tuples(st.just(f), st.sampled_from(HEADERS[f]))),
    st.sampled_from(("", " ", "\u00a0", "  ")),
    st.sampled_from(("", ":", ".", "*", " *")),
    st.sampled_from(("none", "upper", "lower")),
    st.sampled_from(("", "slash", "newline", "brackets", "hint")),
)
def test_a_header_is_recognised_however_it_is_decorated(
    header: tuple[str, str], space: str, punctuation: str, case: str, extra: str
) -> None:
    field, text = header
    written = {"none": text, "upper": text.upper(), "lower": text.lower()}[case]
    english = ENGLISH[field]
    written = {
        "": written,
        "slash": f"{written} / {english}",
        "newline": f"{written}\n{english}",
        "brackets": f"{written} ({english})",
        "hint": f"{written} (дд.мм.рррр)" if field == "date_of_birth" else written,
    }[extra]
    found = recognise(space + written + punctuation + space)
    assert found == field or (found == "name" and field in ("given_names", "full_name")), (written, found)
