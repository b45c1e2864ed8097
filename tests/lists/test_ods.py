"""OpenDocument spreadsheets (.ods, LibreOffice Calc's own format) read as a clerk reads them in
Calc: shown text, dates from their stored value, hidden rows read and flagged, merged and repeated
cells, comments not taken for data, the sheet that holds the list among several."""

from __future__ import annotations

import pytest

from models.core.errors import ValidationError
from models.lists.reader import read_list, to_entries
from tests.helpers.ods import cell, ods, row, table

HEADER = row(cell("№"), cell("Прізвище"), cell("Ім'я"), cell("Дата народження"), cell("Особовий номер"))


def _person(n: int, surname: str, given: str, born: str, number: str = "", **attributes: str) -> str:
    return row(
        cell(str(n), value_type="float", value=str(n)),
        cell(surname),
        cell(given),
        cell(".".join(reversed(born.split("-"))), value_type="date", date_value=born),
        cell(number, value_type="float", value=number.lstrip("0") or "0") if number else cell(""),
        **attributes,
    )


def test_an_ods_list_is_read_with_its_row_numbers_dates_and_numbers_as_shown() -> None:
    data = ods(
        table(
            "Аркуш1",
            row(cell("Список осіб, які утримуються")),
            row(),
            HEADER,
            _person(1, "Гордієнко", "Тарас", "2001-09-14", "0012345"),
            _person(2, "Ярошенко", "Віталій", "1996-02-03"),
            _person(3, "Прихований", "Олег", "1990-01-01", visibility="collapse"),
            row(cell("Разом: 2")),
        )
    )
    result = to_entries(read_list(data, "list.ods"))
    read = [(e.sheet_row, e.surname, e.given_names, str(e.date_of_birth)) for e in result.entries]
    assert read[:2] == [(4, "Гордієнко", "Тарас", "2001-09-14"), (5, "Ярошенко", "Віталій", "1996-02-03")]
    assert result.entries[0].service_number == "0012345"  # as shown, its zeros kept
    hidden = result.entries[2]  # a hidden row is still on the list sent; it is read and said to be hidden
    assert (hidden.sheet_row, hidden.surname, hidden.reading_flags) == (6, "Прихований", ("hidden_row",))


def test_repeated_rows_and_cells_spaces_and_comments_are_read_as_calc_shows_them() -> None:
    repeated = (
        '<table:table-row table:number-rows-repeated="2">'
        '<table:table-cell office:value-type="string"><text:p>Коваленко<text:s table:c="1"/> Сергій</text:p>'
        "<office:annotation><text:p>перевірити</text:p></office:annotation></table:table-cell>"
        '<table:table-cell office:value-type="date" office:date-value="1996-03-02T00:00:00"><text:p>02.03.96</text:p>'
        "</table:table-cell></table:table-row>"
    )
    data = ods(table("Лист", row(cell("ПІБ"), cell("Дата народження")), repeated))
    result = to_entries(read_list(data, "list.ods"))
    assert [(e.sheet_row, e.surname, e.given_names, str(e.date_of_birth)) for e in result.entries] == [
        (2, "Коваленко", "Сергій", "1996-03-02"),
        (3, "Коваленко", "Сергій", "1996-03-02"),
    ]


def test_the_sheet_that_holds_the_list_is_found_or_named() -> None:
    data = ods(
        table("Зміст", row(cell("Додаток 1 — список"))),
        table("Список", HEADER, _person(1, "Гордієнко", "Тарас", "2001-09-14")),
        table("Інше", HEADER, _person(1, "Мартинюк", "Іван", "1999-09-14")),
    )
    assert [e.surname for e in to_entries(read_list(data, "list.ods")).entries] == ["Гордієнко"]
    assert [e.surname for e in to_entries(read_list(data, "list.ods", sheet="інше")).entries] == ["Мартинюк"]
    with pytest.raises(ValidationError, match="no sheet named 'Нема'; its sheets: 'Зміст', 'Список', 'Інше'"):
        read_list(data, "list.ods", sheet="Нема")


def test_a_merged_name_cell_is_read_once() -> None:
    data = ods(
        table(
            "Аркуш1",
            row(cell("ПІБ", number_columns_spanned="2"), "<table:covered-table-cell/>", cell("Дата народження")),
            row(
                cell("Коваленко Сергій Іванович", number_columns_spanned="2"),
                "<table:covered-table-cell/>",
                cell("02.03.1996"),
            ),
        )
    )
    [entry] = to_entries(read_list(data, "list.ods")).entries
    assert (entry.surname, entry.patronymic, str(entry.date_of_birth)) == ("Коваленко", "Іванович", "1996-03-02")


def test_an_opendocument_text_is_refused_as_not_a_spreadsheet() -> None:
    data = ods(table("x", row(cell("ПІБ"))), mimetype="application/vnd.oasis.opendocument.text")
    with pytest.raises(ValidationError, match="OpenDocument file but not a spreadsheet"):
        read_list(data, "list.odt")


def test_a_password_protected_ods_is_refused_with_what_to_do() -> None:
    """LibreOffice encrypts content.xml and describes the encryption in the manifest
    (OpenDocument 1.2 part 3, section 4.8: manifest:encryption-data)."""
    import io
    import os
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
            '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>'
            "</manifest:file-entry></manifest:manifest>",
        )
        archive.writestr("content.xml", os.urandom(2000))
    with pytest.raises(ValidationError, match="protected with a password"):
        read_list(out.getvalue(), "list.ods")
