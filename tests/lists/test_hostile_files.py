"""A list file is untrusted input. Crafted files — a sheet declared 16,384 columns wide, a
decompression bomb, billion laughs, a cell of megabytes, a file of hundreds of megabytes, NUL
bytes — are refused with a clear message, in bounded time and memory (each read runs in a
child process with an address-space limit and a timeout), and arbitrary damage to real files
never ends in anything but a ValidationError."""

from __future__ import annotations

import contextlib
import io
import json
import re
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from models.core.errors import ValidationError
from models.lists import sheet
from models.lists.reader import read_list, to_entries
from tests.helpers import ods as odf

MEMORY_LIMIT = 1536 * 1024 * 1024  # a bomb that got through would need gigabytes
SECONDS = 60


def _xlsx(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)  # type: ignore[union-attr]
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _patched(data: bytes, part: str, change: object) -> bytes:
    """The workbook with one part rewritten (``change``: text -> text)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == part:
                body = change(body.decode()).encode()  # type: ignore[operator]
            target.writestr(info.filename, body)
    return out.getvalue()


SURNAMES = ("Коваленко", "Шевчук", "Бондар", "Мельник", "Ткачук")
GIVEN = ("Сергій", "Іван", "Олег", "Петро")
GOOD = _xlsx([["ПІБ", "Дата народження"], *[[f"{s} {g} Іванович", "02.03.1996"] for s in SURNAMES for g in GIVEN]])
SHEET = "xl/worksheets/sheet1.xml"


def _wide() -> bytes:
    """5,000 persons in a sheet that declares itself 16,384 columns wide and a million rows tall."""
    persons = [[f"{s}{'ко' * (n // 20)} {GIVEN[n % 4]}", "02.03.1996"] for n in range(5000) for s in SURNAMES[:1]]
    data = _xlsx([["ПІБ", "Дата народження"], *persons])
    return _patched(
        data,
        SHEET,
        lambda xml: re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:XFD1048576"/>', xml).replace(
            "</sheetData>", '<row r="1048576" spans="1:16384"><c r="XFD1048576" s="0"/></row></sheetData>'
        ),
    )


def _bomb() -> bytes:
    """55 KB that unpacks to a 50 MB cell."""
    return _patched(GOOD, SHEET, lambda xml: xml.replace("<t>ПІБ</t>", "<t>" + "A" * 50_000_000 + "</t>"))


def _laughs() -> bytes:
    doctype = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
        '<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
    )
    return _patched(GOOD, SHEET, lambda xml: doctype + xml.replace("<t>ПІБ</t>", "<t>&lol9;</t>"))


def _long_cell() -> bytes:
    return _xlsx([["ПІБ", "Примітка"], ["Коваленко Сергій", "x" * 50_000]])


def _many_columns() -> bytes:
    return _xlsx([["ПІБ", *[f"c{n}" for n in range(1200)]], ["Коваленко Сергій", *range(1200)]])


HEADER_ODS = odf.row(odf.cell("ПІБ"), odf.cell("Дата народження"))


def _ods_repeated_rows() -> bytes:
    """One person's row declared repeated a million times (LibreOffice repeats only empty rows)."""
    person = odf.row(odf.cell("Коваленко Сергій"), odf.cell("02.03.1996"), number_rows_repeated="1000000")
    return odf.ods(odf.table("Аркуш1", HEADER_ODS, person))


def _ods_wide_cell() -> bytes:
    """A filled cell declared repeated across 16,384 columns."""
    wide = odf.row(odf.cell("Коваленко Сергій"), odf.cell("x", number_columns_repeated="16384"))
    return odf.ods(odf.table("Аркуш1", HEADER_ODS, wide))


def _ods_laughs() -> bytes:
    doctype = (
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol9 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>'
    )
    return odf.ods(odf.table("Аркуш1", odf.row(odf.cell("&lol9;"))), prologue=doctype)


def _ods_empty_expanse() -> bytes:
    """5,000 persons, then the million empty rows and 16,384 empty columns LibreOffice declares."""
    persons = [odf.row(odf.cell(f"Коваленко{'ко' * (n // 50)} Сергій"), odf.cell("02.03.1996")) for n in range(5000)]
    blank = (
        '<table:table-row table:number-rows-repeated="1048000">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    return odf.ods(odf.table("Аркуш1", HEADER_ODS, *persons, blank))


def _ods_bomb() -> bytes:
    return odf.ods(odf.table("Аркуш1", odf.row(odf.cell("ПІБ")), odf.row(odf.cell("A" * 50_000_000))))


HOSTILE = {
    "bomb.ods": (_ods_bomb, "refused", "unpacks from"),
    "repeated-rows.ods": (_ods_repeated_rows, "refused", "more than 200,000 rows"),
    "wide-cell.ods": (_ods_wide_cell, "refused", "wider than a list can be"),
    "laughs.ods": (_ods_laughs, "refused", "declares XML entities"),
    "expanse.ods": (_ods_empty_expanse, "read", "5000"),
    "wide.xlsx": (_wide, "read", "5000"),
    "bomb.xlsx": (_bomb, "refused", "unpacks from"),
    "laughs.xlsx": (_laughs, "refused", "declares XML entities"),
    "long-cell.xlsx": (_long_cell, "refused", "cell B2 holds 32,767 characters"),  # Excel's own maximum
    "columns.xlsx": (_many_columns, "refused", "filled columns"),
    "nul.csv": ("ПІБ;Дата\nКоваленко\x00 Сергій;1996\n".encode, "refused", "NUL byte at line 2"),
}

CHILD = """
import json, sys, time
from models.core.errors import ValidationError
from models.lists.reader import read_list, to_entries
path = sys.argv[1]
started = time.perf_counter()
try:
    entries = to_entries(read_list(open(path, "rb").read(), path))
    result = {"outcome": "read", "message": str(len(entries.entries))}
except ValidationError as exc:
    result = {"outcome": "refused", "message": str(exc)}
result["seconds"] = time.perf_counter() - started
print(json.dumps(result))
"""


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_crafted_file_is_refused_or_read_in_bounded_time_and_memory(name: str, tmp_path: Path) -> None:
    make, outcome, message = HOSTILE[name]
    path = tmp_path / name
    path.write_bytes(make())
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=SECONDS,
        preexec_fn=_limited,
        cwd=Path(__file__).resolve().parents[2],
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert result["outcome"] == outcome, result
    assert message in result["message"], result["message"]
    assert result["seconds"] < 20


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    from desktop.facades.lists import ListsFacade

    path = tmp_path / "huge.xlsx"
    with path.open("wb") as out:  # a sparse file: 300 MB on paper, nothing on disk
        out.truncate(300 * 1024 * 1024)
    with pytest.raises(ValidationError, match="is 300 MiB; the limit is 64 MiB"):
        ListsFacade.read_path(path)


def test_rows_past_the_limit_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheet, "MAX_ROWS", 50)
    data = _xlsx([["ПІБ"], *[[f"Коваленко{n} Сергій"] for n in range(60)]])
    with pytest.raises(ValidationError, match="more than 50 rows"):
        read_list(data, "x.xlsx")


def _mutations(data: bytes) -> st.SearchStrategy[bytes]:
    def damaged(changes: list[tuple[int, int]]) -> bytes:
        out = bytearray(data)
        for at, value in changes:
            out[at] = value
        return bytes(out)

    return st.lists(st.tuples(st.integers(0, len(data) - 1), st.integers(0, 255)), min_size=1, max_size=8).map(damaged)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations(GOOD))
def test_a_damaged_workbook_is_refused_never_a_crash(data: bytes) -> None:
    with contextlib.suppress(ValidationError):
        to_entries(read_list(data, "damaged.xlsx"))


GOOD_ODS = odf.ods(odf.table("Аркуш1", HEADER_ODS, odf.row(odf.cell("Шевчук Іван"), odf.cell("1990"))))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutations(GOOD_ODS))
def test_a_damaged_opendocument_sheet_is_refused_never_a_crash(data: bytes) -> None:
    with contextlib.suppress(ValidationError):
        to_entries(read_list(data, "damaged.ods"))


CSV = "ПІБ;Дата народження;Категорія\nКоваленко Сергій Іванович;02.03.1996;т/п\nШевчук Іван;1990;\n".encode("cp1251")


@settings(max_examples=200, deadline=None)
@given(_mutations(CSV))
def test_a_damaged_text_list_is_refused_never_a_crash(data: bytes) -> None:
    with contextlib.suppress(ValidationError):
        to_entries(read_list(data, "damaged.csv"))
