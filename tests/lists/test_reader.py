"""Reading the other side's files: encodings, delimiters, XLSX, headers, names, dates."""

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from models.core.dates import parse_list_date, swapped
from models.core.errors import ValidationError
from models.core.partial_date import PartialDate
from models.lists.reader import guess_field, read_list, to_entries
from models.names.split import split_full_name

RUSSIAN_CSV = "№;ФИО;Дата рождения;Личный номер;Звание\n1;Коваленко Сергей Николаевич;02.03.1996;А123456;рядовой\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "utf-16"])
def test_common_encodings_read_the_same(encoding: str) -> None:
    file = read_list(RUSSIAN_CSV.encode(encoding), "list.csv")
    entries = to_entries(file).entries
    assert file.mapping == {"full_name": 1, "date_of_birth": 2, "service_number": 3, "rank": 4}
    entry = entries[0]
    assert (entry.surname, entry.given_names, entry.patronymic) == ("Коваленко", "Сергей", "Николаевич")
    # dotted dates are day.month.year by convention (DSTU 4163, GOST R 6.30): not a guess
    assert entry.date_of_birth == PartialDate(1996, 3, 2) and not entry.date_of_birth_ambiguous
    assert entry.raw == {
        "№": "1",
        "ФИО": "Коваленко Сергей Николаевич",
        "Дата рождения": "02.03.1996",
        "Личный номер": "А123456",
        "Звание": "рядовой",
    }  # every cell exactly as written
    assert entry.row_number == 1


def test_xlsx_with_a_title_above_the_header() -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Список військовополонених, етап 1"])
    sheet.append(["Прізвище", "Ім'я", "По батькові", "Дата народження", "Категорія"])
    sheet.append(["Шевчук", "Тарас", "Петрович", dt.datetime(2001, 5, 17), "тяжкопоранений"])
    sheet.append([None, None, None, None, None])
    sheet.append(["Бондар", "Микола", None, 1985, None])
    out = io.BytesIO()
    book.save(out)
    file = read_list(out.getvalue(), "phase1.xlsx")
    assert file.header_row == 2 and len(file.rows) == 2
    first, second = to_entries(file).entries
    assert (first.surname, first.date_of_birth, first.category) == (
        "Шевчук",
        PartialDate(2001, 5, 17),
        "тяжкопоранений",
    )
    assert second.date_of_birth == PartialDate(1985) and second.row_number == 2


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ПІБ", "full_name"),
        ("Ф.И.О.", "full_name"),
        ("Full name", "full_name"),
        ("Прізвище", "surname"),
        ("Фамилия", "surname"),
        ("Ім’я", "given_names"),
        ("Имя", "given_names"),
        ("По батькові", "patronymic"),
        ("Отчество", "patronymic"),
        ("Дата народження", "date_of_birth"),
        ("DOB", "date_of_birth"),
        ("Date of birth", "date_of_birth"),
        ("Особистий номер", "service_number"),
        ("Личный номер", "service_number"),
        ("Service number", "service_number"),
        ("Звання", "rank"),
        ("Звание", "rank"),
        ("Категорія", "category"),
        ("Категория", "category"),
        ("Колір очей", None),
    ],
)
def test_headers_in_three_languages(header: str, field: str | None) -> None:
    assert guess_field(header) == field


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Коваленко Сергій Іванович", ("Коваленко", "Сергій", "Іванович")),
        ("Сергій Іванович Коваленко", ("Коваленко", "Сергій", "Іванович")),
        ("Kovalenko Serhii Ivanovych", ("Kovalenko", "Serhii", "Ivanovych")),
        ("Serhii Kovalenko", ("Kovalenko", "Serhii", "")),
        ("KOVALENKO Serhii", ("KOVALENKO", "Serhii", "")),
        ("Олійник Юлія Андріївна", ("Олійник", "Юлія", "Андріївна")),
    ],
)
def test_full_names_split_in_either_order(text: str, expected: tuple[str, str, str]) -> None:
    split = split_full_name(text)
    assert (split.surname, split.given_names, split.patronymic) == expected


@pytest.mark.parametrize(
    ("text", "value", "ambiguous"),
    [
        ("02.03.1996", PartialDate(1996, 3, 2), False),  # dotted: day first by convention
        ("1996-03-02", PartialDate(1996, 3, 2), False),
        ("2/3/96", PartialDate(1996, 3, 2), True),
        ("13.02.1990", PartialDate(1990, 2, 13), False),
        ("02/13/1990", PartialDate(1990, 2, 13), False),  # month first: only one reading exists
        ("03.1996", PartialDate(1996, 3), False),
        ("1996 р.", PartialDate(1996), False),
        ("05.05.05", PartialDate(2005, 5, 5), False),
        # forms from a hold-out of lists nobody here wrote
        ("1990 (орієнтовно)", PartialDate(1990), False),
        ("15.07.1989 0:00:00", PartialDate(1989, 7, 15), False),
        ("1989-07-15 00:00:00", PartialDate(1989, 7, 15), False),
        ("3-го квітня 1995", PartialDate(1995, 4, 3), False),
        ("1st May 1990", PartialDate(1990, 5, 1), False),
    ],
)
def test_list_dates(text: str, value: PartialDate, ambiguous: bool) -> None:
    parsed = parse_list_date(text, dt.date(2026, 1, 1))
    assert parsed is not None and (parsed.value, parsed.ambiguous) == (value, ambiguous)


def test_impossible_dates_are_problems_not_lost_entries() -> None:
    file = read_list("ПІБ;Дата народження\nКоваленко Сергій;31.02.1996\n".encode(), "x.csv")
    result = to_entries(file)
    assert result.entries[0].raw["Дата народження"] == "31.02.1996" and result.entries[0].date_of_birth is None
    assert result.problems[0].row == 2 and "no day 31" in result.problems[0].reason_text
    assert swapped(PartialDate(1996, 3, 2)) == PartialDate(1996, 2, 3)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"a;b;c\n1;2;3\n", "no header row"),
        (b"PK\x03\x04broken", "not a readable XLSX"),
    ],
)
def test_broken_files_say_what_is_wrong(data: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        read_list(data, "list.xlsx" if data.startswith(b"PK") else "list.csv")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    try:
        file = read_list(data, "fuzz.csv")
    except ValidationError:
        return
    to_entries(file)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(max_size=20), min_size=2, max_size=5), min_size=1, max_size=8))
def test_arbitrary_cells_under_a_good_header_never_crash(rows: list[list[str]]) -> None:
    lines = ["ПІБ,Дата народження,Категорія"] + [",".join('"' + c.replace('"', '""') + '"' for c in r) for r in rows]
    try:
        file = read_list("\n".join(lines).encode(), "fuzz.csv")
    except ValidationError:
        return
    result = to_entries(file)
    assert all(len(e.surname) <= 100 for e in result.entries)


def test_a_lone_given_name_header_word_under_the_full_name_is_no_second_header_row() -> None:
    # found by the property above: ПІБ over one cell reading "given name" is no full name split
    # into its parts (that needs a surname or two parts below), so ПІБ stays the name column
    file = read_list('ПІБ,Дата народження,Категорія\n"GIVEN!NAME",""'.encode(), "fuzz.csv")
    assert file.header_rows == [["ПІБ", "Дата народження", "Категорія"]]
    assert file.mapping["full_name"] == 0


def test_a_row_kept_aside_that_holds_a_name_and_a_date_of_birth_is_pointed_out() -> None:
    text = (
        "ПІБ;Дата народження\nКоваленко Сергій Іванович;02.03.1996\nШевчук Іван Петрович;01.01.1990\n"
        "Примітки:\n1. Дані уточнюються\nБондар Петро Іванович (уточнюється);12.05.1990\n"
        "Виконавець О. КОВАЛЬ;15.06.2025\n"  # a signature's date is no date of birth
    )
    result = to_entries(read_list(text.encode(), "list.csv"), today=dt.date(2025, 7, 1))
    assert [e.surname for e in result.entries] == ["Коваленко", "Шевчук"]
    assert {s.row: s.reason for s in result.skipped}[6] == "note"  # the reading is the clerk's to change
    assert [n for n in result.notes if "kept aside" in n] == [
        "1 row(s) kept aside hold a name and a date of birth: 6; if they are persons, correct the file or say "
        "which columns hold what"
    ]
    assert [s.row for s in result.skipped if s.person_like] == [6]


def test_a_workbooks_sheets_are_listed_for_choosing_one() -> None:
    from pathlib import Path

    from desktop.facades.lists import ListsFacade

    corpus = Path(__file__).resolve().parent.parent / "data" / "lists"
    assert ListsFacade.sheet_names(corpus / "xlsx_several_sheets_active_second.xlsx") == [
        "Список",
        "Довідник",
        "Аркуш3",
    ]
    assert ListsFacade.sheet_names(corpus / "ods_libreoffice_native.ods") == ["Аркуш1"]
    assert ListsFacade.sheet_names(corpus / "xls_saved_as_xlsx_extension.xlsx") == ["Лист1"]
    assert ListsFacade.sheet_names(corpus / "csv_sep_line_utf8.csv") == []


def test_numbered_section_headings_are_no_persons() -> None:
    text = (
        "№;ПІБ;Дата народження\n"
        "1;Військовослужбовці;\n"
        "1.1;Гордієнко Артем Васильович;15.01.1996\n"
        "2;Цивільні особи;\n"
        "2.1;Поліщук Галина Миколаївна;10.10.1965\n"
        "3;Особи, щодо яких інформація уточнюється;\n"
        "3.1;Лицак Петро;1990\n"
    )
    result = to_entries(read_list(text.encode(), "list.csv"))
    assert [e.surname for e in result.entries] == ["Гордієнко", "Поліщук", "Лицак"]
    assert [s.reason for s in result.skipped] == ["section"] * 3


def test_a_list_without_a_header_in_name_part_columns_is_read_by_what_they_hold() -> None:
    text = (
        "1;КОВАЛЬ;Петро;Іванович;12.03.1990;солдат\n"
        "2;ДАНИЛЮК;Олег;Романович;07.11.1986;сержант\n"
        "3;ШЕРЕМЕТ;Андрій;Васильович;25.01.1979;солдат\n"
        "4;ЛИТВИН;Ярослав;Богданович;02.02.1994;солдат\n"
    )
    result = to_entries(read_list(text.encode(), "list.csv"))
    first, second = result.entries[:2]
    assert (first.surname, first.given_names, first.patronymic) == ("КОВАЛЬ", "Петро", "Іванович")
    assert second.date_of_birth == PartialDate(1986, 11, 7) and len(result.entries) == 4


def test_invisible_characters_copied_from_the_web_do_not_change_a_name() -> None:
    text = "ПІБ;Дата народження\nПавлюк Ігор\u200b Зіновійович;01.01.1990\nКова\u00adленко\u00adСергій;1990\n"
    entries = to_entries(read_list(text.encode(), "list.csv")).entries
    assert [(e.surname, e.given_names, e.patronymic) for e in entries] == [
        ("Павлюк", "Ігор", "Зіновійович"),
        ("Коваленко", "Сергій", ""),
    ]


@pytest.mark.parametrize(
    ("data", "name", "says", "never"),
    [
        # a summary table: no name column, so no --columns example that would import its title
        (
            "Зведені дані\nПідрозділ;Полонених;Зниклих\n1 ОМБр;12;4\n2 ОМБр;3;1\n3 ОМБр;0;2\n".encode(),
            "stats.csv",
            "No column holds persons' names",
            "--columns",
        ),
        # a headerless list of dates and surnames: the example names the surname column
        ("1;Коваль;12.03.1990\n2;Данилюк;07.11.1986\n3;Шеремет;25.01.1979\n".encode(), "l.csv", "surname=B", "@@"),
        # a workbook cut short: what to do, no parser's exception names
        (b"PK\x03\x04\x14\x00\x00\x00" + b"\x00" * 60, "l.xlsx", "ask the sender for it again", "BadZipFile"),
    ],
)
def test_a_refusal_says_what_to_do(data: bytes, name: str, says: str, never: str) -> None:
    with pytest.raises(ValidationError) as refused:
        read_list(data, name)
    message = str(refused.value)
    assert says.casefold() in message.casefold() and never not in message
