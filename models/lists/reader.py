"""Reading a list file (CSV in any common encoding, or XLSX) into entries, keeping every
cell's text exactly, and guessing which column holds what from headers in Ukrainian,
Russian or English. The guess is shown to the user, who can correct it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from models.core.dates import parse_list_date
from models.core.errors import FieldError, ValidationError
from models.core.partial_date import PartialDate
from models.lists.dto import LIST_FIELDS, ListEntries, ListEntryInput, ListFile
from models.names.spelling import strip_apostrophes
from models.names.split import split_full_name

MAX_LIST_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 15

# What a column may be called, after casefolding, dropping apostrophes and punctuation.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "full_name": (
        "піб",
        "прізвище імя по батькові",
        "прізвище імя та по батькові",
        "фио",
        "фамилия имя отчество",
        "full name",
        "name",
        "fullname",
        "ф и о",
        "п і б",
        "повне імя",
    ),
    "surname": ("прізвище", "фамилия", "surname", "last name", "family name", "lastname"),
    "given_names": ("імя", "имя", "given name", "given names", "first name", "firstname", "name given"),
    "patronymic": ("по батькові", "по батькови", "отчество", "patronymic", "middle name", "fathers name"),
    "date_of_birth": (
        "дата народження",
        "дата рождения",
        "д н",
        "дн",
        "dob",
        "date of birth",
        "birth date",
        "birthdate",
        "born",
        "рік народження",
        "год рождения",
        "народився",
        "родился",
        "д р",
        "р н",
    ),
    "service_number": (
        "особистий номер",
        "личный номер",
        "service number",
        "personal number",
        "жетон",
        "номер жетона",
        "military id",
        "service no",
    ),
    "rank": ("звання", "звание", "військове звання", "воинское звание", "rank"),
    "category": ("категорія", "категория", "category", "статус", "стан здоровя", "состояние здоровья", "health"),
    "unit": ("підрозділ", "військова частина", "подразделение", "воинская часть", "в ч", "unit"),
}
FIELDS = LIST_FIELDS
assert set(HEADER_NAMES) == set(FIELDS), "every field has its header names"
_PUNCTUATION = re.compile(r"[^\w\s]", re.UNICODE)


def normalise_header(text: str) -> str:
    cleaned = _PUNCTUATION.sub(" ", strip_apostrophes(text.casefold()).replace("ё", "е"))
    return " ".join(cleaned.split())


_LOOKUP = {normalise_header(name): fieldname for fieldname, names in HEADER_NAMES.items() for name in names}


def guess_field(header: str) -> str | None:
    return _LOOKUP.get(normalise_header(header))


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was in: UTF-8 (with or without BOM), UTF-16 with BOM, cp1251."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1251"), "cp1251"
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValidationError(FieldError("file", "is neither UTF-8 nor Windows-1251 text", line)) from None


def _csv_rows(text: str) -> list[list[str]]:
    sample = text[:20_000]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    try:
        return [row for row in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise ValidationError(FieldError("file", f"is not valid CSV: {exc}")) from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _xlsx_rows(data: bytes) -> list[list[str]]:
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ValidationError(FieldError("file", f"is not a readable XLSX workbook ({exc})")) from None
    try:
        sheet = book.worksheets[0]
        rows: list[list[str]] = []
        for values in sheet.iter_rows(values_only=True):
            rows.append([_cell_text(v) for v in values])
            if len(rows) > MAX_ROWS:
                raise ValidationError(FieldError("file", f"has more than {MAX_ROWS:,} rows"))
        return rows
    finally:
        book.close()


def read_list(data: bytes, filename: str) -> ListFile:
    """Read the rows of a list file and guess its columns (ValidationError says what is wrong)."""
    if len(data) > MAX_LIST_BYTES:
        raise ValidationError(
            FieldError(
                "file", f"is {len(data) / 1024 / 1024:,.0f} MiB; the limit is {MAX_LIST_BYTES // 1024 // 1024} MiB"
            )
        )
    if not data.strip():
        raise ValidationError(FieldError("file", "is empty"))
    encoding = "xlsx"
    if data[:2] == b"PK" or Path(filename).suffix.casefold() == ".xlsx":
        rows = _xlsx_rows(data)
    else:
        text, encoding = decode(data)
        rows = _csv_rows(text)
    rows = [[cell.replace("\x00", "") for cell in row] for row in rows]
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        mapping = _mapping(row)
        if len(mapping) >= 2 or "full_name" in mapping:
            data_rows = [r for r in rows[number:] if any(c.strip() for c in r)]
            if len(data_rows) > MAX_ROWS:
                raise ValidationError(FieldError("file", f"has more than {MAX_ROWS:,} rows"))
            return ListFile(row, data_rows, mapping, number, encoding)
    raise ValidationError(
        FieldError(
            "header",
            "no header row found in the first rows: expected columns such as "
            "ПІБ / ФИО / Full name, Дата народження / Дата рождения / DOB",
        )
    )


def _mapping(header: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for column, text in enumerate(header):
        fieldname = guess_field(text)
        if fieldname is not None and fieldname not in mapping:
            mapping[fieldname] = column
    return mapping


def to_entries(file: ListFile, mapping: dict[str, int] | None = None, today: dt.date | None = None) -> ListEntries:
    """Entries of a list with the given (or guessed) mapping. Unreadable dates do not drop the
    entry: the raw text stays, and the problem is reported."""
    columns = mapping if mapping is not None else file.mapping
    unknown = set(columns) - set(FIELDS)
    if unknown:
        raise ValidationError.single("mapping", f"unknown fields {sorted(unknown)}")
    if not ({"full_name", "surname"} & set(columns)):
        raise ValidationError.single("mapping", "a column must hold the full name or the surname")
    header = [h.strip() or f"column {i + 1}" for i, h in enumerate(file.header)]
    entries: list[ListEntryInput] = []
    problems: list[FieldError] = []
    for number, row in enumerate(file.rows, start=1):
        line = file.header_row + number

        def cell(name: str, row: list[str] = row) -> str:
            column = columns.get(name)
            return row[column].strip() if column is not None and column < len(row) else ""

        raw = {header[i] if i < len(header) else f"column {i + 1}": text for i, text in enumerate(row)}
        surname, given, patronymic = cell("surname"), cell("given_names"), cell("patronymic")
        if "full_name" in columns and not surname:
            split = split_full_name(cell("full_name"))
            surname, given, patronymic = split.surname, given or split.given_names, patronymic or split.patronymic
        dob: PartialDate | None = None
        ambiguous = False
        try:
            parsed = parse_list_date(cell("date_of_birth"), today)
            if parsed is not None:
                dob, ambiguous = parsed.value, parsed.ambiguous
        except ValueError as exc:
            problems.append(FieldError("date_of_birth", str(exc), line))
        entries.append(
            ListEntryInput(
                row_number=number,
                raw=raw,
                surname=surname[:100],
                given_names=given[:150],
                patronymic=patronymic[:100],
                date_of_birth=dob,
                date_of_birth_ambiguous=ambiguous,
                service_number=cell("service_number")[:32],
                rank=cell("rank")[:64],
                category=cell("category")[:100],
            )
        )
    return ListEntries(entries, problems)
