"""Cells the app writes for spreadsheet programs, safe to open, and read back exactly.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run as a
formula by Excel, LibreOffice and Google Sheets when a CSV is opened (CSV injection, OWASP:
https://owasp.org/www-community/attacks/CSV_Injection). A list received from the other side
may hold ``=HYPERLINK("http://…","Коваленко")``; sent back out, it must be inert text. As OWASP
advises, such a CSV cell is prefixed with a single quote, which the spreadsheet shows as text
and the app's own importers take off again (a value that itself starts with a quote keeps one
more), so re-importing our own export gives back exactly what was exported. XLSX cells are
written as strings, never as formulas, and need no prefix.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def csv_cell(text: str) -> str:
    """A cell for a CSV file that no spreadsheet program runs as a formula."""
    if text.startswith(DANGEROUS) or (text.startswith(QUOTE) and text[1:].startswith((*DANGEROUS, QUOTE))):
        return QUOTE + text
    return text


def from_csv_cell(text: str) -> str:
    """A cell of a CSV the app wrote, as it was before ``csv_cell``."""
    if text.startswith(QUOTE) and text[1:].startswith((*DANGEROUS, QUOTE)):
        return text[1:]
    return text


def xlsx_text(cell: Any, text: str) -> None:
    """Put ``text`` in an openpyxl cell as a string, whatever it starts with (never a formula)."""
    cell.value = text
    cell.data_type = "s"


def table_bytes(header: Sequence[str], rows: Iterable[Sequence[str]], fmt: str, sheet_title: str = "Sheet") -> bytes:
    """A table as an XLSX workbook (bold, frozen header; columns as wide as their text, up to 45;
    the sheet named ``sheet_title``, cut to Excel's 31 characters; "Sheet" by default, which
    ``lists export`` keeps: scripts may open the sheet by that name) or a CSV (``;``-separated,
    UTF-8 with BOM, as Excel opens it). No cell runs as a formula.

    Raises ValueError for a format other than ``csv`` or ``xlsx``."""
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow([csv_cell(h) for h in header])
        writer.writerows([csv_cell(c) for c in row] for row in rows)
        return out.getvalue().encode("utf-8-sig")
    if fmt != "xlsx":
        raise ValueError(f"{fmt!r} is not csv or xlsx")
    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    # Excel refuses a sheet name over 31 characters or with any of : \\ / ? * [ ]
    sheet.title = "".join(" " if c in ":\\/?*[]" else c for c in sheet_title)[:31].strip() or "Sheet"
    widths = [len(h) for h in header]
    for number, texts in enumerate([header, *rows], start=1):
        for column, text in enumerate(texts, start=1):
            xlsx_text(sheet.cell(number, column), text)  # a string, never a formula
            if column > len(widths):
                widths.append(0)
            widths[column - 1] = max(widths[column - 1], len(text))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = min(max(width + 2, 6), 45)
    sheet.freeze_panes = "A2"
    out_bytes = io.BytesIO()
    book.save(out_bytes)
    return out_bytes.getvalue()
