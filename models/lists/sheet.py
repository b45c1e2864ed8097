"""A received list file as a grid of cells: CSV in the encodings Excel and LibreOffice write,
XLSX, old binary XLS (even under an .xlsx name) and OpenDocument (``models.lists.ods``), each
cell as text exactly as written, with the row numbers a person sees in a spreadsheet.

A list is untrusted input. Every limit is checked before the work it guards: the file's size
before it is read, each XLSX part's unpacked size and packing ratio before it is unpacked
(a 55 KB file that unpacks to 50 MB is refused), XML entity declarations are refused
(openpyxl parses through defusedxml), only rows and columns that hold data count (one
formatted cell at row 300,000 or a sheet declared 16,384 columns wide costs nothing), and cells
are capped in length. Text files are decoded as what they are: UTF-8 (with or without BOM),
UTF-16 (Excel's "Unicode Text"), or wholly Windows-1251, said so; a UTF-8 file with a few
broken bytes is never silently read as Windows-1251 mojibake: the broken bytes are marked
(U+FFFD) and their rows known, so a person's row with one is refused with its position.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
import zipfile
from typing import Any

import xlrd
from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser  # the parser openpyxl's read-only sheets use

from models.core.errors import ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.spreadsheet import from_csv_cell
from models.lists.columns import column_letter
from models.lists.formulas import evaluate
from models.lists.grid import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_LIST_BYTES,
    MAX_PACKING_RATIO,
    MAX_PACKING_RATIO_ODS,
    MAX_ROWS,
    MAX_UNPACKED,
    REPLACEMENT,
    XML_ATTACK,
    Accept,
    Sheet,
    choose_sheet,
    named_sheets,
    refuse,
    table_like,
)
from models.lists.ods import is_ods, read_ods
from models.lists.ods import sheet_names as ods_sheet_names

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_SEP_LINE = re.compile(r"^\ufeff?\"?sep=(.)\"?\s*$", re.IGNORECASE)
_ZERO_PADDED = re.compile(r"^0+$")


class _Parser(WorkSheetParser):  # type: ignore[misc]  # openpyxl is untyped
    """openpyxl's sheet parser, keeping the formula of a cell that stores no result (see
    ``models.lists.formulas``): the cached result when there is one, as Excel shows it."""

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["value"] is None and element.find(FORMULA_TAG) is not None:
            formula = self.parse_formula(element)
            if isinstance(formula, str) and formula != "=":
                cell["formula"] = formula
        return cell


def read_sheet(data: bytes, filename: str, accept: Accept | None = None, name: str | None = None) -> Sheet:
    """The grid of a list file; ValidationError names what is wrong and where. A workbook's
    sheets are read in order until ``accept`` takes one (the list's header found), else the
    first that holds a table is taken; ``name`` picks a sheet by its name instead."""
    if len(data) > MAX_LIST_BYTES:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "is {size_mib:,.0f} MiB; the limit is {limit_mib} MiB"),
            size_mib=len(data) / 1024 / 1024,
            limit_mib=MAX_LIST_BYTES // 1024 // 1024,
        )
    if not data.strip():
        raise refuse(QT_TRANSLATE_NOOP("Errors", "is empty"))
    if data.startswith(_OLE):
        if _ENCRYPTED_PACKAGE in data:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "is encrypted with a password (Excel: File → Info → Protect Workbook → Encrypt with "
                    "Password); ask the sender for a copy without the password, or open it in Excel with the "
                    "password and save it again",
                )
            )
        return _xls(data, accept, name)
    if data.startswith(b"PK"):
        return _xlsx(data, accept, name)
    if filename.casefold().endswith((".xlsx", ".xlsm", ".xls", ".ods")):
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "is named {filename} but is not a spreadsheet workbook (no XLSX, XLS or ODS inside)"
            ),
            filename=filename,
        )
    return _text(data)


def sheet_names(data: bytes, filename: str) -> list[str]:
    """The names of a workbook's sheets in order ([] for a text file), for choosing one;
    ValidationError when the file is not a readable workbook."""
    if len(data) > MAX_LIST_BYTES or not data.strip():
        return []
    if data.startswith(_OLE):
        try:
            book = xlrd.open_workbook(file_contents=data, on_demand=True)
        except Exception as exc:  # xlrd raises its own and struct errors on damaged files
            raise refuse(_damaged("old Excel workbook (.xls)", exc)) from None
        try:
            return [str(name) for name in book.sheet_names()]
        finally:
            book.release_resources()
    if not data.startswith(b"PK"):
        return []
    if _check_zip(data):
        return ods_sheet_names(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True)
    except Exception as exc:  # openpyxl raises whatever its parsers meet in a damaged file
        if _xml_attack(exc):
            raise refuse(XML_ATTACK) from None
        raise refuse(_damaged("XLSX workbook", exc)) from None
    try:
        return [str(name) for name in book.sheetnames]
    finally:
        book.close()


# -- text files ----------------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    """Text, the encoding it was in, and notes. UTF-16 by its BOM (or by its NUL bytes), UTF-8
    with or without BOM, and Windows-1251 only when no UTF-8 sequence is in the file at all."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", []
    sample = data[:4096]
    if len(sample) >= 4 and sample[1::2].count(0) > len(sample) // 4:
        return data.decode("utf-16-le", errors="replace"), "utf-16", ["read as UTF-16 without a byte-order mark"]
    if len(sample) >= 4 and sample[0::2].count(0) > len(sample) // 4:
        return data.decode("utf-16-be", errors="replace"), "utf-16", ["read as UTF-16 without a byte-order mark"]
    bom = data.startswith(b"\xef\xbb\xbf")
    body = data[3:] if bom else data
    try:
        return body.decode("utf-8"), "utf-8-sig" if bom else "utf-8", []
    except UnicodeDecodeError:
        pass
    replaced = body.decode("utf-8", errors="replace")
    broken = replaced.count(REPLACEMENT)
    valid_multibyte = sum(1 for ch in replaced if ord(ch) > 0x7F) - broken
    if bom or valid_multibyte >= broken:
        # UTF-8 but for a few bytes: never guess another encoding over real UTF-8 text
        return replaced, "utf-8", [f"{broken} byte(s) are not UTF-8 and are shown as {REPLACEMENT}"]
    return _single_byte(body)


# Cyrillic single-byte encodings a list can arrive in: Windows (Excel on Windows), DOS (old
# systems, exports from DOS-era databases), Macintosh (Excel for Mac), KOI8 (Unix mail).
SINGLE_BYTE = {
    "cp1251": "Windows-1251",
    "cp866": "DOS code page 866",
    "mac_cyrillic": "Mac Cyrillic",
    "koi8_u": "KOI8-U",
    "koi8_r": "KOI8-R",
}
_COMMON = frozenset("оаеинтрсвлкмдпуяызбгчйхжшюцщьєіїґОАЕИНТРСВЛКМДПУЯЗБГЧЙХЖШЮЦЩЄІЇҐ ")


def _plausibility(text: str) -> float:
    """How much of the text beyond ASCII reads as Cyrillic words (a wrong code page gives box
    drawing, accented Latin and letters in impossible case runs)."""
    beyond = [c for c in text if ord(c) > 0x7F]
    if not beyond:
        return 1.0
    letters = sum(1 for c in beyond if c in _COMMON)
    runs = sum(1 for a, b in itertools.pairwise(text) if a.isalpha() and b.isalpha() and a.islower() and b.isupper())
    return (letters - runs) / len(beyond)


def _single_byte(body: bytes) -> tuple[str, str, list[str]]:
    """A text with no UTF-8 in it: the Cyrillic code page it reads best in, or a refusal."""
    sample = body[:200_000]
    scored = []
    for encoding in SINGLE_BYTE:
        try:
            scored.append((_plausibility(sample.decode(encoding)), encoding))
        except UnicodeDecodeError:
            continue
    if not scored:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "is not text in any encoding Cyrillic lists are written in (UTF-8, Windows-1251, DOS 866 …)"
            )
        )
    score, encoding = max(scored)
    if score < 0.8:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "is not in a known encoding: read as UTF-8, Windows-1251, DOS 866, Mac Cyrillic or KOI8 it "
                "gives no readable Cyrillic; open it in the program it came from and save it as UTF-8 (CSV "
                "UTF-8 in Excel)",
            )
        )
    return body.decode(encoding), encoding, [f"read as {SINGLE_BYTE[encoding]} (the file has no UTF-8 text)"]


_MOJIBAKE = re.compile(r"[РС][\u0402-\u040f\u0452-\u045f\u0490\u0491\u2018-\u203a\u00a0-\u00bf]")


def _mojibake(text: str) -> str | None:
    """A sample of Cyrillic that was decoded wrongly once (UTF-8 read as Windows-1251 and saved
    again: ``Карпенко`` became ``РљР°СЂРїРµРЅРєРѕ``), or None."""
    hits = _MOJIBAKE.findall(text)
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    if not hits or len(hits) * 4 < cyrillic:
        return None
    for word in re.findall(r"\S*[РС]\S+", text):
        try:
            return f"{word!r} would read {word.encode('cp1251').decode('utf-8')!r}"
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return "the text is full of 'Р' and 'С' pairs"


def _text(data: bytes) -> Sheet:
    text, encoding, notes = _decode(data)
    if (sample := _mojibake(text)) is not None:
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "has wrongly decoded Cyrillic (mojibake: {sample}): the encoding went wrong before it was "
                "sent; ask for the original file, or open it as UTF-8 and save it again",
            ),
            sample=sample,
        )
    if (at := text.find("\x00")) >= 0:
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "holds a NUL byte at line {line}, character {character}: not a text file, or a damaged one"
            ),
            line,
            line=line,
            character=column,
        )
    lines = text.splitlines()
    separator_row = None
    delimiter: str | None = None
    if lines and (match := _SEP_LINE.match(lines[0])):
        delimiter, separator_row = match.group(1), 1
        text = text[text.index("\n") + 1 :] if "\n" in text else ""
    if delimiter is None:
        delimiter = _delimiter(text)
    csv.field_size_limit(MAX_CELL_CHARS * 4)
    rows: list[list[str]] = []
    numbers: list[int] = []
    record = 1 if separator_row else 0
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            record += 1
            if any(cell.strip() for cell in row):
                _check_row(row, record)
                rows.append([from_csv_cell(cell) for cell in row])  # our own export's "'=…" comes back as it was
                numbers.append(record)
    except csv.Error as exc:
        raise refuse(QT_TRANSLATE_NOOP("Errors", "is not valid CSV: {detail}"), reader.line_num, detail=exc) from None
    return Sheet(rows, numbers, encoding, notes=notes, separator_row=separator_row)


def _delimiter(text: str) -> str:
    """The separator most lines agree on: ';' (Excel in most of Europe), ',', tab or '|'."""
    sample = "\n".join(text.splitlines()[:60])
    try:
        return csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ";,\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def _check_row(row: list[str], number: int) -> None:
    if len(row) > MAX_COLUMNS and sum(1 for c in row if c.strip()) > MAX_COLUMNS:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "row {number} has {count:,} filled columns; a list has at most {max_columns}"),
            number,
            number=number,
            count=len(row),
            max_columns=MAX_COLUMNS,
        )
    for index, cell in enumerate(row):
        if len(cell) > MAX_CELL_CHARS:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cell {column_letter}{number} holds {length:,} characters; a list cell holds at most "
                    "{max_cell_chars:,}",
                ),
                number,
                column_letter=column_letter(index),
                number=number,
                length=len(cell),
                max_cell_chars=MAX_CELL_CHARS,
            )


def _damaged(kind: str, exc: BaseException) -> str:
    """A damaged file's refusal: what to do about it first, the parser's words last."""
    return (
        f"is not a readable {kind}: it is damaged or cut short (a download or copy that did not finish?). "
        f"Ask the sender for it again, or open it and save it again in Excel or LibreOffice. (Detail: {exc})"
    )


# -- XLSX -------------------------------------------------------------------------------------------


def _check_zip(data: bytes) -> bool:
    """Refuses a zip that is not a workbook or would unpack too far; True for an OpenDocument one."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError) as exc:  # damage: "zip file version 6.4"
        raise refuse(_damaged("XLSX workbook", exc)) from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = MAX_PACKING_RATIO_ODS if info.filename == "content.xml" else MAX_PACKING_RATIO
        if info.file_size > 1024 * 1024 and info.file_size > ratio * max(info.compress_size, 1):
            usual = "40" if ratio == MAX_PACKING_RATIO_ODS else "20"
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "is not a list: its part {filename} unpacks from {compress_size:,} to {file_size:,} bytes "
                    "({ratio:,} times; real sheets pack 5-{usual} times)",
                ),
                filename=info.filename,
                compress_size=info.compress_size,
                file_size=info.file_size,
                ratio=info.file_size // max(info.compress_size, 1),
                usual=usual,
            )
    if total > MAX_UNPACKED:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "unpacks to {size_mib:,.0f} MiB; the limit is {limit_mib} MiB"),
            size_mib=total / 1024 / 1024,
            limit_mib=MAX_UNPACKED // 1024 // 1024,
        )
    if is_ods(archive):
        return True
    if "content.xml" in archive.namelist():
        raise refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "is an OpenDocument file but not a spreadsheet (a text document?); save the table as XLSX or CSV",
            )
        )
    if "xl/workbook.xml" not in archive.namelist():
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "is a zip archive but not an XLSX workbook (no xl/workbook.xml inside)")
        )
    return False


def _xlsx(data: bytes, accept: Accept | None, name: str | None) -> Sheet:
    if _check_zip(data):
        return read_ods(data, accept, name)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises whatever its parsers meet in a damaged file
        if _xml_attack(exc):
            raise refuse(XML_ATTACK) from None
        raise refuse(_damaged("XLSX workbook", exc)) from None
    try:
        candidates: list[Sheet] = []
        for worksheet in named_sheets(book.worksheets, name, lambda s: str(s.title))[:20]:
            formats: dict[int, str] = {}

            def number_format(style_id: int, formats: dict[int, str] = formats) -> str:
                if style_id not in formats:
                    fmt_id = book._cell_styles[style_id].numFmtId if style_id < len(book._cell_styles) else 0
                    formats[style_id] = (
                        BUILTIN_FORMATS.get(fmt_id, "General")
                        if fmt_id < BUILTIN_FORMATS_MAX_SIZE
                        else book._number_formats[fmt_id - BUILTIN_FORMATS_MAX_SIZE]
                    )
                return formats[style_id]

            source = book._archive.open(worksheet._worksheet_path)
            parser = _Parser(
                source,
                worksheet._shared_strings,
                data_only=True,
                epoch=book.epoch,
                date_formats=book._date_formats,
                timedelta_formats=book._timedelta_formats,
            )
            sheet = Sheet([], [], "xlsx", worksheet.title)
            try:
                for number, cells in parser.parse():
                    _xlsx_row(sheet, number, cells, number_format)
            except ValidationError:
                raise
            except Exception as exc:
                if _xml_attack(exc):
                    raise refuse(XML_ATTACK) from None
                raise refuse(
                    QT_TRANSLATE_NOOP("Errors", "sheet {title!r} cannot be read ({error_type}: {detail})"),
                    parser.row_counter,
                    title=worksheet.title,
                    error_type=type(exc).__name__,
                    detail=exc,
                ) from None
            finally:
                source.close()
            sheet.hidden_rows = {int(r) for r, a in parser.row_dimensions.items() if a.get("hidden") in ("1", "true")}
            for attrs in parser.column_dimensions.values():
                if attrs.get("hidden") in ("1", "true"):
                    first = int(attrs["min"])
                    last = min(int(attrs.get("max", first)), first + MAX_COLUMNS)
                    sheet.hidden_columns.update(range(first - 1, last))
            if parser.merged_cells is not None:
                for merged in parser.merged_cells.mergeCell[:10_000]:
                    bounds = _bounds(merged.ref)
                    if bounds is not None:
                        sheet.merges.append(bounds)
            candidates.append(sheet)
            if accept(sheet) if accept else table_like(sheet):
                break  # the first sheet that holds the list; the others are not read
        return choose_sheet(candidates, [str(s.title) for s in book.worksheets], accept)
    finally:
        book.close()


def _xml_attack(exc: BaseException) -> bool:
    """Whether defusedxml refused the XML, however openpyxl wrapped its exception."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return False
        if isinstance(seen, DefusedXmlException):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _bounds(ref: str) -> tuple[int, int, int, int] | None:
    try:
        first_col, first_row, last_col, last_row = range_boundaries(ref)
    except ValueError:
        return None
    if None in (first_col, first_row, last_col, last_row):
        return None
    assert first_col is not None and first_row is not None and last_col is not None and last_row is not None
    return first_row, first_col - 1, last_row, last_col - 1


def _xlsx_row(sheet: Sheet, number: int, cells: list[dict[str, Any]], number_format: Any) -> None:
    values: dict[int, str] = {}
    formulas = [c for c in cells if c.get("formula")]
    if formulas:
        _compute(sheet, number, cells, formulas)
    for cell in cells:
        value = cell["value"]
        if value is None or value == "":
            continue
        column = cell["column"] - 1
        if column >= 16_384:
            continue
        if isinstance(value, dt.datetime | dt.date):
            fmt = number_format(cell["style_id"]).casefold()
            kind = "date" if "d" in fmt or "dd" in fmt else "month" if "m" in fmt else "year" if "y" in fmt else "date"
            day = value.date() if isinstance(value, dt.datetime) else value
            text = day.isoformat() if kind == "date" else f"{day:%Y-%m}" if kind == "month" else f"{day:%Y}"
            sheet.date_cells[(number, column)] = kind
        elif isinstance(value, bool):
            text = "TRUE" if value else "FALSE"
        elif isinstance(value, int | float):
            text = _number_text(value, number_format(cell["style_id"]))
        elif isinstance(value, dt.time | dt.timedelta):
            text = str(value)
        else:
            text = str(value)
        if len(text) > MAX_CELL_CHARS:
            raise refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cell {column_letter}{number} holds {length:,} characters; a list cell holds at most "
                    "{max_cell_chars:,}",
                ),
                number,
                column_letter=column_letter(column),
                number=number,
                length=len(text),
                max_cell_chars=MAX_CELL_CHARS,
            )
        if text.strip():
            values[column] = text
    if not values:
        return
    if len(values) > MAX_COLUMNS:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "row {number} has {count:,} filled columns; a list has at most {max_columns}"),
            number,
            number=number,
            count=len(values),
            max_columns=MAX_COLUMNS,
        )
    if len(sheet.rows) >= MAX_ROWS:
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "has more than {max_rows:,} rows that hold data"), number, max_rows=MAX_ROWS
        )
    row = [""] * (max(values) + 1)
    for column, text in values.items():
        row[column] = text
    sheet.rows.append(row)
    sheet.numbers.append(number)


def _compute(sheet: Sheet, number: int, cells: list[dict[str, Any]], formulas: list[dict[str, Any]]) -> None:
    """Give formulas that store no result the value Excel would show (``formulas.evaluate``);
    a formula of the row may use another's result, so they are computed until none changes."""
    by_column = {c["column"] - 1: c for c in cells}

    def text_of(column: int) -> str:
        found = by_column.get(column)
        value = found["value"] if found else None
        if value is None:
            return ""
        if isinstance(value, dt.datetime | dt.date):
            return value.isoformat()
        return _number_text(value, "General") if isinstance(value, int | float) else str(value)

    pending = list(formulas)
    for _ in range(len(pending)):
        left = []
        for cell in pending:
            value = evaluate(cell["formula"], number, text_of)
            if value is None:
                left.append(cell)
            else:
                cell["value"] = value
        if len(left) == len(pending):
            break
        pending = left
    if pending:
        where = ", ".join(f"{column_letter(c['column'] - 1)}{number}" for c in pending[:5])
        sheet.notes.append(f"formulas without a stored result left empty: {where}")


def _number_text(value: float, fmt: str) -> str:
    """A number as the cell shows it at full width: 458, 0000458 under format 0000000, 1.5."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        value = int(value)
    if isinstance(value, int):
        return str(value).zfill(len(fmt)) if _ZERO_PADDED.match(fmt) else str(value)
    return repr(value)


# -- XLS (Excel 97-2003), even when named .xlsx ---------------------------------------------------------


def _xls(data: bytes, accept: Accept | None, name: str | None) -> Sheet:
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as exc:  # xlrd raises its own and struct errors on damaged files
        raise refuse(_damaged("old Excel workbook (.xls)", exc)) from None
    try:
        candidates = []
        titles = [str(n) for n in book.sheet_names()]
        for title in named_sheets(titles, name, str)[:20]:
            worksheet = book.sheet_by_name(title)
            sheet = Sheet([], [], "xls", worksheet.name)
            if worksheet.nrows > MAX_ROWS * 2 or worksheet.ncols > 16_384:
                raise refuse(
                    QT_TRANSLATE_NOOP("Errors", "sheet {name!r} is {nrows:,} rows by {ncols:,} columns"),
                    name=worksheet.name,
                    nrows=worksheet.nrows,
                    ncols=worksheet.ncols,
                )
            for r in range(worksheet.nrows):
                values: dict[int, str] = {}
                for c, cell in enumerate(worksheet.row(r)):
                    text = _xls_text(book, cell)
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        sheet.date_cells[(r + 1, c)] = "date"
                    if text.strip():
                        if len(text) > MAX_CELL_CHARS:
                            raise refuse(
                                QT_TRANSLATE_NOOP("Errors", "cell {column_letter}{line} holds {length:,} characters"),
                                r + 1,
                                column_letter=column_letter(c),
                                line=r + 1,
                                length=len(text),
                            )
                        values[c] = text
                if values:
                    if len(values) > MAX_COLUMNS or len(sheet.rows) >= MAX_ROWS:
                        raise refuse(
                            QT_TRANSLATE_NOOP("Errors", "sheet {name!r} is larger than a list can be"),
                            r + 1,
                            name=worksheet.name,
                        )
                    row = [""] * (max(values) + 1)
                    for c, text in values.items():
                        row[c] = text
                    sheet.rows.append(row)
                    sheet.numbers.append(r + 1)
            sheet.hidden_rows = {r + 1 for r, info in worksheet.rowinfo_map.items() if info.hidden}
            sheet.hidden_columns = {c for c, info in worksheet.colinfo_map.items() if info.hidden}
            sheet.merges = [(r0 + 1, c0, r1, c1 - 1) for r0, r1, c0, c1 in worksheet.merged_cells]
            candidates.append(sheet)
            if accept(sheet) if accept else table_like(sheet):
                break
        sheet = choose_sheet(candidates, titles, accept)
        sheet.notes.append("read as an old Excel workbook (.xls)")
        return sheet
    finally:
        book.release_resources()


def _xls_text(book: Any, cell: Any) -> str:
    if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            year, month, day, *_ = xlrd.xldate_as_tuple(cell.value, book.datemode)
            return dt.date(year, month, day).isoformat()
        except (xlrd.xldate.XLDateError, ValueError):
            return str(cell.value)
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        fmt = book.format_map.get(book.xf_list[cell.xf_index].format_key) if cell.xf_index is not None else None
        return _number_text(cell.value, fmt.format_str if fmt else "General")
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if cell.value else "FALSE"
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(cell.value, "#ERROR"))
    return str(cell.value)
