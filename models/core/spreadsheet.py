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

from typing import Any

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
