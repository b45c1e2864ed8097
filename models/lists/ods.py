"""An OpenDocument spreadsheet (.ods, what LibreOffice Calc saves by default) as a grid of cells.

The table structure is OASIS OpenDocument 1.2, part 1, section 9.1 (table:table, table:table-row,
table:table-cell, table:covered-table-cell, the repeat and span attributes) and the cell values
section 19.385-19.389 (office:value-type, office:value, office:date-value). Each cell is read as
the text its paragraphs show, which is what a clerk sees (a zero-padded number keeps its zeros);
a date cell is read from its stored ISO value, so its order is never guessed.

The content is streamed through defusedxml's iterparse, one row at a time: a sheet that declares
16,384 columns or a million empty rows (LibreOffice writes both) costs nothing, and XML entity
declarations are refused. odfpy, the usual library, is not used: it builds the whole document in
memory and, on a parse error, prints the entire document (here: personal data) to stdout and
returns an empty one.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from models.core.errors import ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.columns import column_letter
from models.lists.grid import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    XML_ATTACK,
    Accept,
    Sheet,
    choose_sheet,
    refuse,
    table_like,
)

MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
T_TABLE = f"{{{_TABLE}}}table"
T_ROW = f"{{{_TABLE}}}table-row"
T_COLUMN = f"{{{_TABLE}}}table-column"
T_CELL = f"{{{_TABLE}}}table-cell"
T_COVERED = f"{{{_TABLE}}}covered-table-cell"
A_NAME = f"{{{_TABLE}}}name"
A_ROWS_REPEATED = f"{{{_TABLE}}}number-rows-repeated"
A_COLUMNS_REPEATED = f"{{{_TABLE}}}number-columns-repeated"
A_COLUMNS_SPANNED = f"{{{_TABLE}}}number-columns-spanned"
A_ROWS_SPANNED = f"{{{_TABLE}}}number-rows-spanned"
A_VISIBILITY = f"{{{_TABLE}}}visibility"
A_VALUE_TYPE = f"{{{_OFFICE}}}value-type"
A_VALUE = f"{{{_OFFICE}}}value"
A_DATE_VALUE = f"{{{_OFFICE}}}date-value"
P = f"{{{_TEXT}}}p"
SPACES = f"{{{_TEXT}}}s"
TAB = f"{{{_TEXT}}}tab"
LINE_BREAK = f"{{{_TEXT}}}line-break"
A_COUNT = f"{{{_TEXT}}}c"
MAX_SHEETS = 20
_SCIENTIFIC = re.compile(r"^-?\d(?:[.,]\d+)?E[+-]?\d+$", re.IGNORECASE)
_DATE_VALUE = re.compile(r"^(-?\d{4,})-(\d{2})-(\d{2})")


def is_ods(archive: zipfile.ZipFile) -> bool:
    """Whether a zip archive is an OpenDocument spreadsheet (its ``mimetype`` part says so)."""
    try:
        return archive.read("mimetype").strip() == MIMETYPE.encode()
    except KeyError:
        return False
    except Exception as exc:  # zipfile raises BadZipFile, ValueError, zlib.error, EOFError on damage
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "is a damaged zip archive ({error_type}: {detail})"),
            error_type=type(exc).__name__,
            detail=exc,
        ) from None


def read_ods(data: bytes, accept: Accept | None, name: str | None) -> Sheet:
    """The sheet of an .ods workbook that holds the list (see ``models.lists.sheet.read_sheet``
    for ``accept`` and ``name``); ValidationError names what is wrong and where."""
    if _encrypted(data):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "is protected with a password (LibreOffice: File → Save As → Save with password); ask the "
                "sender for a copy without the password, or open it with the password and save it again",
            )
        )
    sheets: list[Sheet] = []
    titles: list[str] = []
    wanted = name.strip().casefold() if name is not None else None
    reader: _TableReader | None = None
    try:
        with zipfile.ZipFile(io.BytesIO(data)).open("content.xml") as source:
            for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
                if element.tag == T_TABLE:
                    if event == "start":
                        title = element.get(A_NAME, f"Sheet{len(titles) + 1}")
                        titles.append(title)
                        taking = len(sheets) < MAX_SHEETS and (wanted is None or title.casefold() == wanted)
                        done = any(accept(s) if accept else table_like(s) for s in sheets[-1:])
                        reader = _TableReader(Sheet([], [], "ods", title)) if taking and not done else None
                    else:
                        if reader is not None:
                            sheets.append(reader.sheet)
                        reader = None
                        element.clear()
                elif event == "end" and reader is not None:
                    if element.tag == T_ROW:
                        reader.row(element)
                        element.clear()
                    elif element.tag == T_COLUMN:
                        reader.column(element)
                elif event == "end" and element.tag == T_ROW:
                    element.clear()  # a sheet not read: its rows are only dropped
    except ValidationError:
        raise
    except DefusedXmlException:
        raise refuse(XML_ATTACK) from None
    except KeyError:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "is an OpenDocument file without content.xml; it is damaged")
        ) from None
    except (ParseError, zipfile.BadZipFile, EOFError, ValueError, zlib.error, NotImplementedError, RuntimeError) as exc:
        # RuntimeError: a zip-encrypted part; NotImplementedError: a compression method no program writes
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "is an OpenDocument spreadsheet that cannot be read ({error_type}: {detail})"),
            error_type=type(exc).__name__,
            detail=exc,
        ) from None
    if wanted is not None and not sheets:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "has no sheet named {name!r}; its sheets: {titles}"),
            name=name,
            titles=", ".join(repr(t) for t in titles),
        )
    sheet = choose_sheet(sheets, titles, accept)
    sheet.notes.append("read as an OpenDocument spreadsheet (.ods)")
    return sheet


def sheet_names(data: bytes) -> list[str]:
    """The names of the tables of an .ods workbook, in order (rows are streamed past, not read)."""
    if _encrypted(data):
        return []
    names: list[str] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)).open("content.xml") as source:
            for event, element in iterparse(source, events=("start", "end"), forbid_dtd=True):
                if event == "start" and element.tag == T_TABLE:
                    names.append(element.get(A_NAME, f"Sheet{len(names) + 1}"))
                elif event == "end" and element.tag in (T_ROW, T_TABLE):
                    element.clear()
    except DefusedXmlException:
        raise refuse(XML_ATTACK) from None
    except (
        KeyError,
        ParseError,
        zipfile.BadZipFile,
        EOFError,
        ValueError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
    ):
        raise refuse(QT_TRANSLATE_NOOP("Errors", "is an OpenDocument spreadsheet that cannot be read")) from None
    return names


def _encrypted(data: bytes) -> bool:
    """Whether LibreOffice encrypted the document (its manifest then describes the encryption)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return b"encryption-data" in archive.read("META-INF/manifest.xml")[:1_000_000]
    except Exception:  # a damaged or missing manifest: the content's own reading says what is wrong
        return False


class _TableReader:
    """One table's rows as they stream past, with row numbers as LibreOffice shows them."""

    def __init__(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.next_row = 1
        self.next_column = 0

    def column(self, element: Element) -> None:
        count = _count(element.get(A_COLUMNS_REPEATED))
        if element.get(A_VISIBILITY) in ("collapse", "filter"):
            last = min(self.next_column + count, MAX_COLUMNS * 2)
            self.sheet.hidden_columns.update(range(self.next_column, last))
        self.next_column += count

    def row(self, element: Element) -> None:
        sheet = self.sheet
        number = self.next_row
        repeat = _count(element.get(A_ROWS_REPEATED))
        self.next_row += repeat
        values: dict[int, str] = {}
        column = 0
        for cell in element:
            if cell.tag not in (T_CELL, T_COVERED):
                continue
            count = _count(cell.get(A_COLUMNS_REPEATED))
            text = _cell_text(cell) if cell.tag == T_CELL else ""
            if text.strip():
                if len(text) > MAX_CELL_CHARS:
                    raise refuse(
                        QT_TRANSLATE_NOOP("Errors", "cell {column_letter}{number} holds {length:,} characters"),
                        number,
                        column_letter=column_letter(column),
                        number=number,
                        length=len(text),
                    )
                if column + count > MAX_COLUMNS * 4:
                    raise refuse(
                        QT_TRANSLATE_NOOP("Errors", "sheet {name!r} is wider than a list can be"),
                        number,
                        name=sheet.name,
                    )
                for c in range(column, column + count):
                    values[c] = text
                    if cell.get(A_VALUE_TYPE) == "date":
                        sheet.date_cells[(number, c)] = "date"
            spanned = (_count(cell.get(A_ROWS_SPANNED)), _count(cell.get(A_COLUMNS_SPANNED)))
            if spanned != (1, 1) and len(sheet.merges) < 10_000:
                sheet.merges.append((number, column, number + spanned[0] - 1, column + spanned[1] - 1))
            column += count
        if element.get(A_VISIBILITY) in ("collapse", "filter"):
            sheet.hidden_rows.update(range(number, number + min(repeat, MAX_ROWS)))
        if not values:
            return
        if len(values) > MAX_COLUMNS:
            raise refuse(
                QT_TRANSLATE_NOOP("Errors", "sheet {name!r} is larger than a list can be"), number, name=sheet.name
            )
        row = [""] * (max(values) + 1)
        for c, text in values.items():
            row[c] = text
        for offset in range(repeat):  # a row written once for several identical rows
            if len(sheet.rows) >= MAX_ROWS:
                raise refuse(
                    QT_TRANSLATE_NOOP("Errors", "sheet {name!r} has more than {max_rows:,} rows with data"),
                    number + offset,
                    name=sheet.name,
                    max_rows=MAX_ROWS,
                )
            sheet.rows.append(list(row))
            sheet.numbers.append(number + offset)


def _count(value: str | None) -> int:
    try:
        return max(1, int(value)) if value else 1
    except ValueError:
        return 1


def _cell_text(cell: Element) -> str:
    kind = cell.get(A_VALUE_TYPE)
    if kind == "date":
        match = _DATE_VALUE.match(cell.get(A_DATE_VALUE, ""))
        if match:
            return "-".join(match.groups())
    shown = "\n".join(_paragraph(p) for p in cell if p.tag == P)  # not a comment's (office:annotation)
    if kind in ("float", "percentage", "currency") and _SCIENTIFIC.match(shown.strip()):
        value = cell.get(A_VALUE, "")  # a long number shown as 1.23E+12: the number itself is stored
        try:
            number = float(value)
        except ValueError:
            return shown
        return str(int(number)) if number.is_integer() and abs(number) < 1e16 else value
    return shown


def _paragraph(element: Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == SPACES:
            parts.append(" " * _count(child.get(A_COUNT)))
        elif child.tag == TAB:
            parts.append("\t")
        elif child.tag == LINE_BREAK:
            parts.append("\n")
        else:
            parts.append(_paragraph(child))  # spans, links, notes' text
        parts.append(child.tail or "")
    return "".join(parts)
