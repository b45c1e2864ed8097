"""Reading a list file into entries as a careful clerk reads it.

The file becomes a grid (``models.lists.sheet``), the header is found and understood
(``models.lists.headers``), rows that are not persons are kept aside with the reason
(``models.lists.rows``), names are split (``models.names.split``) and dates read with the
day/month order decided per column (``models.core.dates``). Every cell's text is kept
exactly, and where the reading had to assume something, the entry says so
(``ListEntryInput.reading_flags``) and the list's notes say what.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from models.core.codes import read_sex
from models.core.dates import (
    ColumnOrder,
    DateOrder,
    age_in,
    column_order,
    date_in_text,
    is_blank,
    month_number_of,
    numeric_parts,
    parse_list_date,
)
from models.core.enums import Sex
from models.core.errors import FieldError, ParseError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.lists.columns import LIST_FIELDS, column_letter, columns_line
from models.lists.dto import ListEntries, ListEntryInput, ListFile, SkippedRow, age_flag
from models.lists.grid import REPLACEMENT, Sheet
from models.lists.headers import VOCABULARY, Header, find_header, from_content, normalise, recognise
from models.lists.rows import (
    APPROVAL,
    PAGE,
    SIGNATURE,
    classify,
    column_numbers,
    header_like,
    name_like,
    row_text,
)
from models.lists.sheet import read_sheet
from models.names.cases import nominative
from models.names.split import clean_name, looks_like_patronymic, retyped_columns, split_full_name

FIELDS = LIST_FIELDS
HEADER_NAMES = VOCABULARY  # kept for callers of the first release
_SECTION_NUMBER = re.compile(r"^\s*(?:(?:список|list|розділ|раздел|section)\s+)?(?:\d+|[ivxіх]+)[.):]\s*", re.I)
_LIMITS = {"surname": 100, "given_names": 150, "patronymic": 100, "service_number": 32, "rank": 64, "category": 100}


def normalise_header(text: str) -> str:
    return normalise(text)


def guess_field(header: str) -> str | None:
    """The field a header cell names on its own ("Name" alone: the full name)."""
    found = recognise(header)
    return "full_name" if found == "name" else found


def read_list(data: bytes, filename: str, columns: str | None = None, sheet: str | None = None) -> ListFile:
    """Read the rows of a list file and guess its columns (ValidationError says what is wrong:
    the row and column, and how to fix it). ``columns`` (``surname=B,given_names=C``, as
    ``lists import --columns`` takes it) names columns on top of the guess, and reads a file
    whose header cannot be found; ``sheet`` picks a workbook's sheet by name."""
    grid = read_sheet(data, filename, _has_header, sheet)
    if len(grid.rows) and _one_cell_records(grid):
        grid = _split_records(grid)
    header = find_header(grid.rows, grid.merges, grid.numbers)
    notes = list(grid.notes)
    if header is None:
        header = from_content(grid.rows)
        if header is None and columns:
            width = max((len(r) for r in grid.rows), default=0)
            header = Header([], [f"column {column_letter(c)}" for c in range(width)], {})
        if header is None:
            raise ValidationError(_no_header(grid))
        notes.append("no header row: the columns were recognised from what their cells hold")
    header = _side_by_side(header, grid)
    first_data = header.last_row + 1
    if not header.rows:  # columns read by content: the rows before the first person are titles
        first_data = _first_person(grid.rows, header)
    above = [
        SkippedRow(grid.numbers[i], row_text(row), _above_reason(row))
        for i, row in enumerate(grid.rows[: header.rows[0] if header.rows else first_data])
    ]
    if grid.separator_row is not None:
        above.insert(0, SkippedRow(grid.separator_row, "sep=", "separator_hint"))
    hidden = grid.hidden_rows & set(grid.numbers[first_data:])
    if hidden:
        notes.append(f"{len(hidden)} hidden row(s) were read as well: {_rows_text(sorted(hidden))}")
    if grid.hidden_columns:
        letters = ", ".join(column_letter(c) for c in sorted(grid.hidden_columns)[:20])
        notes.append(f"hidden column(s) {letters} were read as well")
    mapping = header.mapping()
    number_column = mapping.pop("number", None)  # not a field of an entry: it tells persons from totals
    rows, numbers = _blocks(grid.rows[first_data:], grid.numbers[first_data:], header)
    file = ListFile(
        header=_unique(header.texts, max((len(r) for r in grid.rows), default=0)),
        rows=rows,
        mapping=mapping,
        header_row=grid.numbers[header.rows[0]] if header.rows else 0,
        encoding=grid.encoding,
        row_numbers=numbers,
        header_rows=[grid.rows[i] for i in header.rows],
        above=above,
        hidden_rows=grid.hidden_rows,
        hidden_columns=grid.hidden_columns,
        date_cells=grid.date_cells,
        notes=notes,
        sheet=grid.name,
        number_column=number_column,
        stacked=dict(header.stacked),
    )
    if columns:
        file.mapping = parse_columns(columns, file)
        file.number_column = file.mapping.pop("number", file.number_column)
    return file


def _first_person(rows: list[list[str]], header: Header) -> int:
    """The first row whose name column holds a name (a list read by content)."""
    column = next((c for c, f in header.fields.items() if f == "full_name"), None)
    for index, row in enumerate(rows):
        if column is not None and column < len(row) and len(row[column].split()) >= 2 and name_like(row[column]):
            return index
    return 0


def _has_header(grid: Sheet) -> bool:
    return find_header(grid.rows, grid.merges, grid.numbers) is not None or from_content(grid.rows) is not None


def _no_header(grid: Sheet) -> FieldError:
    """Why a file cannot be read, with what it holds and a --columns line that would read it."""
    guess = _content_guess(grid.rows)
    rows = _first_rows(grid.rows, grid.numbers)
    if not {"full_name", "surname"} & set(guess):  # a table of figures, not of persons
        return FieldError.of(
            "header",
            QT_TRANSLATE_NOOP(
                "Errors",
                "no header row found in the first rows: expected columns such as ПІБ / ФИО / Full name, "
                "Прізвище / Фамилия / Surname, Дата народження / Дата рождения / Date of birth. "
                "The first rows read: {rows}. "
                "No column holds persons' names: is this a list of persons at all (not a summary table)?",
            ),
            rows=rows,
        )
    return FieldError.of(
        "header",
        QT_TRANSLATE_NOOP(
            "Errors",
            "no header row found in the first rows: expected columns such as ПІБ / ФИО / Full name, "
            "Прізвище / Фамилия / Surname, Дата народження / Дата рождения / Date of birth. "
            "The first rows read: {rows}. "
            "Name the columns yourself, for example: lists import … --columns {columns}",
        ),
        rows=rows,
        columns=columns_line(guess),
    )


def _content_guess(rows: list[list[str]]) -> dict[str, int]:
    """What each column seems to hold, for the refusal's example: the column of the longest
    words (names) and the column of dates."""
    guess: dict[str, int] = {}
    width = max((len(r) for r in rows[:30]), default=0)
    best_names = 0
    for column in range(width):
        cells = [r[column].strip() for r in rows[:30] if column < len(r) and r[column].strip()]
        dates = sum(1 for c in cells if _is_date(c))
        names = sum(1 for c in cells if len(c.split()) >= 2 and not any(ch.isdigit() for ch in c))
        if dates >= max(3, len(cells) // 2) and "date_of_birth" not in guess:
            guess["date_of_birth"] = column
        elif names > best_names and names >= max(2, len(cells) // 3):  # a title above is not a name column
            best_names, guess["full_name"] = names, column
    if "full_name" not in guess:  # the example must name a name column, or it reads nothing either
        single = next((c for c in range(width) if c not in guess.values() and _one_word_column(rows[:30], c)), None)
        if single is not None:
            guess["surname"] = single
    return guess


def _one_word_column(rows: list[list[str]], column: int) -> bool:
    cells = [r[column].strip() for r in rows if column < len(r) and r[column].strip()]
    return len(cells) >= 3 and all(len(c.split()) == 1 and c.replace("-", "").isalpha() for c in cells)


def _is_date(text: str) -> bool:
    try:
        return parse_list_date(text) is not None
    except ValueError:
        return False


_RECORD = re.compile(r"^\s*(\d{1,5})[.)]\s+(.+)$")


def _one_cell_records(grid: Sheet) -> bool:
    """A list pasted from a document: each person in one cell ("1. Коваленко Іван Петрович,
    12.03.1999 р.н., солдат")."""
    lines = [r for r in grid.rows if sum(1 for c in r if c.strip()) == 1]
    records = [r for r in lines if (m := _RECORD.match(next(c for c in r if c.strip()))) and "," in m.group(2)]
    return len(records) >= 3 and len(records) >= 0.6 * len(grid.rows)


def _split_records(grid: Sheet) -> Sheet:
    """Each one-cell record as cells: its number, the name, then what the commas divide."""
    rows = []
    for row in grid.rows:
        filled = [c for c in row if c.strip()]
        match = _RECORD.match(filled[0]) if len(filled) == 1 else None
        if match is None:
            rows.append(row)
            continue
        rows.append([match.group(1), *(part.strip() for part in match.group(2).split(","))])
    grid.rows = rows
    grid.notes.append("each person was written in one cell: the cells were divided at the commas")
    return grid


def _side_by_side(header: Header, grid: Sheet) -> Header:
    """A list printed in two tables side by side (persons 1-6 in A:D, 7-11 in F:I): the header
    names the same fields again to the right of an empty column. The second table's columns
    are read as the first's (``_blocks`` puts its rows under the first table's)."""
    if not header.rows:
        return header
    row = grid.rows[header.rows[-1]]
    names = [recognise(c) if c.strip() else None for c in row]
    for gap in range(1, len(names) - 1):
        left, right = names[:gap], names[gap + 1 :]
        named_left = [n for n in left if n]
        if (
            names[gap] is None
            and not row[gap].strip()
            and len(named_left) >= 2
            and named_left == [n for n in right if n][: len(named_left)]
        ):
            header.block = gap + 1
            header.texts = header.texts[:gap]
            header.fields = {c: f for c, f in header.fields.items() if c < gap}
            grid.notes.append(
                f"the list is printed in two tables side by side (columns A:{column_letter(gap - 1)} and "
                f"{column_letter(gap + 1)}:…): both were read"
            )
            return header
    return header


def _blocks(rows: list[list[str]], numbers: list[int], header: Header) -> tuple[list[list[str]], list[int]]:
    """The rows below the header, the right-hand table's (if any) after the left's, each with
    its spreadsheet row."""
    if header.block is None:
        return rows, numbers
    left = [(r[: header.block - 1], n) for r, n in zip(rows, numbers, strict=True)]
    right = [(r[header.block :], n) for r, n in zip(rows, numbers, strict=True)]
    kept = [(r, n) for r, n in left + right if any(c.strip() for c in r)]
    return [r for r, _ in kept], [n for _, n in kept]


def _first_rows(rows: list[list[str]], numbers: list[int]) -> str:
    return "; ".join(f"row {n}: {row_text(r)[:60]!r}" for n, r in zip(numbers[:3], rows[:3], strict=False))


def _rows_text(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:12])
    return shown + (f" and {len(numbers) - 12} more" if len(numbers) > 12 else "")


def _above_reason(row: list[str]) -> str:
    text = row_text(row)
    if APPROVAL.match(text) or (SIGNATURE.search(text) and not PAGE.search(text)):
        return "approval"
    return "title"


def _unique(texts: list[str], width: int) -> list[str]:
    """Header texts as raw keys: one per column, blank ones named, repeats told apart."""
    seen: set[str] = set()
    result = []
    for index in range(max(width, len(texts))):
        text = texts[index].strip() if index < len(texts) and texts[index].strip() else f"column {index + 1}"
        if text in seen:
            text = f"{text} ({column_letter(index)})"
        seen.add(text)
        result.append(text)
    return result


def parse_columns(spec: str, file: ListFile) -> dict[str, int]:
    """``surname=B,given_names=C,date_of_birth=Д. народження``: each field by its column letter
    or its header text (as ``lists import --columns`` takes it), on top of the guess: the
    fields named are read from those columns, the others as guessed; ``field=`` with nothing
    after it reads that field from no column."""
    mapping = dict(file.mapping)
    if file.number_column is not None:
        mapping["number"] = file.number_column
    errors: list[FieldError] = []
    for part in (p for p in spec.split(",") if p.strip()):
        name, _, where = part.partition("=")
        name, where = name.strip(), where.strip()
        if name not in FIELDS:
            errors.append(
                FieldError.of(
                    "columns",
                    QT_TRANSLATE_NOOP("Errors", "{name!r} is not a field ({fields})"),
                    name=name,
                    fields=", ".join(FIELDS),
                )
            )
            continue
        if not where:
            mapping.pop(name, None)
            continue
        column = _column_index(where, file.header)
        if column is None:
            errors.append(
                FieldError.of(
                    "columns",
                    QT_TRANSLATE_NOOP("Errors", "{where!r} is neither a column letter nor a header of this file"),
                    where=where,
                )
            )
        else:
            mapping[name] = column
    if errors:
        raise ValidationError(errors)
    named = {part.partition("=")[0].strip() for part in spec.split(",")}
    for group in _FIELD_GROUPS:  # naming one name (or date) column replaces the guess of all of them
        if named & group:
            for guessed in group - named:
                mapping.pop(guessed, None)
    return mapping


_FIELD_GROUPS = (
    frozenset({"full_name", "surname", "given_names", "patronymic"}),
    frozenset({"date_of_birth", "birth_day", "birth_month", "birth_year"}),
)


def _column_index(where: str, header: list[str]) -> int | None:
    if re.fullmatch(r"[A-Za-z]{1,3}", where):
        index = 0
        for letter in where.upper():
            index = index * 26 + ord(letter) - 64
        return index - 1
    wanted = normalise(where)
    return next((i for i, text in enumerate(header) if normalise(text) == wanted), None)


@dataclass(frozen=True)
class _Reading:
    """What every row of one list is read with: its columns, header and dates' order."""

    columns: dict[str, int]
    header: list[str]
    orders: dict[int, ColumnOrder]
    swapped: frozenset[tuple[int, int]]  # real date cells an English-locale Excel probably swapped
    today: dt.date | None

    def cell(self, row: list[str], name: str) -> str:
        column = self.columns.get(name)
        return row[column].strip() if column is not None and column < len(row) else ""


def to_entries(file: ListFile, mapping: dict[str, int] | None = None, today: dt.date | None = None) -> ListEntries:
    """Entries of a list with the given (or guessed) mapping; the rows that are not persons
    with the reason. Unreadable dates do not drop the entry: the raw text stays, the problem
    is reported and the entry flagged. A person's row with damaged text refuses the file."""
    columns = dict(mapping if mapping is not None else file.mapping)  # switched by a second header
    if mapping is None and file.number_column is not None:  # a mapping given says itself whether it has one
        columns.setdefault("number", file.number_column)
    unknown = set(columns) - set(FIELDS)
    if unknown:
        raise ValidationError.single(
            "mapping", QT_TRANSLATE_NOOP("Errors", "unknown fields {unknown}"), unknown=sorted(unknown)
        )
    if not ({"full_name", "surname"} & set(columns)):
        raise ValidationError.single(
            "mapping", QT_TRANSLATE_NOOP("Errors", "a column must hold the full name or the surname")
        )
    header = _unique(file.header, max((len(r) for r in file.rows), default=0))
    numbers = file.row_numbers or [file.header_row + n for n in range(1, len(file.rows) + 1)]
    orders = _date_orders(file, columns)
    reading = _Reading(columns, header, orders, _swapped_by_excel(file, numbers, orders), today)
    numbered = _numbered(file.rows, columns.get("number"))
    shape = Header([], header, {c: f for f, c in columns.items()})  # for repeated-header checks
    entries: list[ListEntryInput] = []
    problems: list[FieldError] = []
    skipped = list(file.above)
    damaged: list[FieldError] = []
    section = ""
    previous = -1  # the spreadsheet row of the last entry
    for row, number in zip(file.rows, numbers, strict=True):
        if entries and number == previous + 1 and (more := _continuation(row, entries[-1], reading, file.stacked)):
            entries[-1] = more  # the person's second row: a patronymic, a date of birth under the name
            previous = number
            continue
        name_cells = [reading.cell(row, f) for f in ("full_name", "surname", "given_names") if f in columns]
        after_notes = bool(skipped) and skipped[-1].reason == "note"
        reason = classify(row, shape, file.header_rows, name_cells, numbered, reading.cell(row, "number"), after_notes)
        if reason is None and header_like(row):
            reason = "repeated_header"
        if reason is not None:
            skipped.append(SkippedRow(number, row_text(row), reason))
            if reason == "section":
                section = _SECTION_NUMBER.sub("", row_text(row)).strip()
            if reason == "repeated_header" and mapping is None and (switched := _new_header(row, columns)):
                # a second list under the first, with columns of its own
                columns, shape = switched, Header([], header, {c: f for f, c in switched.items()})
                reading = dataclasses.replace(reading, columns=columns, orders=_date_orders(file, columns))
                numbered = _numbered(file.rows, columns.get("number"))
            continue
        entry, entry_problems = _entry(row, number, len(entries) + 1, reading)
        previous = number
        if section and not entry.category:
            entry = dataclasses.replace(entry, category=section[:100])
        if number in file.hidden_rows:
            entry = dataclasses.replace(entry, reading_flags=(*entry.reading_flags, "hidden_row"))
        damaged += [
            FieldError.of(
                header[index],
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "cell {column_letter}{number} has bytes that are not UTF-8 ({text!r}): the file was damaged "
                    "on the way; ask for it again",
                ),
                number,
                column_letter=column_letter(index),
                number=number,
                text=text.strip(),
            )
            for index, text in enumerate(row)
            if REPLACEMENT in text and index in columns.values()
        ]
        entries.append(entry)
        problems += entry_problems
    if damaged:
        raise ValidationError(damaged)
    skipped = _persons_set_aside(skipped, file.above, reading.today)
    person_like = [s.row for s in skipped if s.person_like]
    notes = file.notes + _order_notes(reading)
    if person_like:
        notes.append(
            f"{len(person_like)} row(s) kept aside hold a name and a date of birth: {_rows_text(person_like)}; "
            "if they are persons, correct the file or say which columns hold what"
        )
    return ListEntries(entries, problems, sorted(skipped, key=lambda s: s.row), notes)


_WORD = re.compile(r"[^\W\d_][^\W\d_'’ʼ-]*")


def _persons_set_aside(skipped: list[SkippedRow], above: list[SkippedRow], today: dt.date | None) -> list[SkippedRow]:
    """The rows kept aside, those under the header that hold what a person's line holds marked
    ``person_like``: two or more whole words of a name and a plausible date of birth (a
    signature's date is recent, so it is not one). The reading is not changed: the clerk looks."""
    today = today or dt.date.today()

    def person_like(row: SkippedRow) -> bool:
        if row in above or row.reason in ("repeated_header", "column_numbers", "separator_hint"):
            return False
        born = date_in_text(row.text, today)
        if born is None or not 1900 <= born.value.year <= today.year - 14:
            return False
        return sum(1 for w in _WORD.findall(row.text) if len(w) > 1 and w[0].isupper()) >= 2

    return [dataclasses.replace(row, person_like=True) if person_like(row) else row for row in skipped]


def _continuation(
    row: list[str], entry: ListEntryInput, reading: _Reading, stacked: dict[int, str]
) -> ListEntryInput | None:
    """The entry completed by the row under it, when that row is the person's second line: a
    patronymic alone under the name, or what a two-field header puts under each field
    ("Прізвище, ім'я, по батькові / дата народження"). None when the row is anything else."""
    filled = {c: text.strip() for c, text in enumerate(row) if text.strip()}
    number = reading.columns.get("number")
    if not filled or (number is not None and number in filled):
        return None
    names = {reading.columns.get(f) for f in ("full_name", "surname", "given_names", "patronymic")} - {None}
    changes: dict[str, object] = {}
    for column, text in filled.items():
        field_name = stacked.get(column)
        if field_name == "date_of_birth" and entry.date_of_birth is None:
            found = date_in_text(text, reading.today) if not _is_date(text) else parse_list_date(text, reading.today)
            if found is None:
                return None
            changes["date_of_birth"], changes["date_of_birth_ambiguous"] = found.value, found.ambiguous
        elif field_name is not None:
            continue  # a position under the rank: kept in the raw cells only
        elif column in names and not entry.patronymic and len(text.split()) == 1 and looks_like_patronymic(text):
            changes["patronymic"] = clean_name(text)
        else:
            return None
    if not changes:
        return None
    raw = dict(entry.raw)
    for column, text in filled.items():
        key = reading.header[column] if column < len(reading.header) else f"column {column + 1}"
        raw[key] = f"{raw.get(key, '')}\n{text}".strip()
    return dataclasses.replace(entry, raw=raw, **changes)  # type: ignore[arg-type]


def _new_header(row: list[str], columns: dict[str, int]) -> dict[str, int] | None:
    """The mapping a header row in the middle of a file gives, when it names other columns."""
    fields = {c: f for c, text in enumerate(row) if (f := recognise(text)) is not None}
    mapping = Header([], row, fields).mapping()
    return mapping if mapping and mapping != columns and ({"full_name", "surname"} & set(mapping)) else None


def _order_notes(reading: _Reading) -> list[str]:
    notes = []
    for column, order in reading.orders.items():
        if not order.decided:
            notes.append(
                f"column {reading.header[column]!r}: the day/month order of its dates is not shown by any of them; "
                "read day first, and every entry read that way is flagged"
            )
        elif order.order is DateOrder.MONTH_FIRST:
            notes.append(f"column {reading.header[column]!r}: dates are written month first (as in the USA)")
    if reading.swapped:
        notes.append(
            "real date cells stand beside day-first text dates: Excel probably read those days as months; "
            "they are flagged"
        )
    return notes


def _numbered(rows: list[list[str]], column: int | None) -> bool:
    """Whether the list numbers its persons (most rows have a number in the № column)."""
    if column is None:
        return False
    values = [r[column].strip() for r in rows if column < len(r) and r[column].strip()]
    return len(values) >= 3 and sum(1 for v in values if v.rstrip(".").isdigit()) >= 0.6 * len(values)


def _date_orders(file: ListFile, columns: dict[str, int]) -> dict[int, ColumnOrder]:
    column = columns.get("date_of_birth")
    if column is None:
        return {}
    return {column: column_order(r[column] for r in file.rows if column < len(r))}


def _swapped_by_excel(file: ListFile, numbers: list[int], orders: dict[int, ColumnOrder]) -> frozenset[tuple[int, int]]:
    """Real date cells probably made by an English-locale Excel from day-first text: the text
    dates beside them are day-first (a day above 12 shows it), and Excel turned only those it
    could read month first into dates."""
    found: set[tuple[int, int]] = set()
    for column, order in orders.items():
        if order.order is not DateOrder.DAY_FIRST or not order.decided:
            continue
        real = {(n, column) for n in numbers if (n, column) in file.date_cells}
        typed = [
            r[column] for r, n in zip(file.rows, numbers, strict=False) if column < len(r) and (n, column) not in real
        ]
        # Excel in an English locale reads "05/06/1999" as May 6 and leaves "25/06/1999" as text
        if real and any("/" in text and (parts := numeric_parts(text)) is not None and parts[0] > 12 for text in typed):
            found |= real
    return frozenset(found)


def _entry(row: list[str], number: int, ordinal: int, reading: _Reading) -> tuple[ListEntryInput, list[FieldError]]:
    header, columns = reading.header, reading.columns
    raw = {header[i] if i < len(header) else f"column {i + 1}": text for i, text in enumerate(row)}
    surname, given, patronymic = (
        "" if is_blank(text := reading.cell(row, f)) else clean_name(text)
        for f in ("surname", "given_names", "patronymic")
    )
    flags: list[str] = []
    if "full_name" in columns and not surname:
        split = split_full_name(reading.cell(row, "full_name"))
        surname, given, patronymic = split.surname, given or split.given_names, patronymic or split.patronymic
        flags += ["name_declined"] * split.declined + ["name_retyped"] * split.retyped
    else:
        if not patronymic and len(words := given.split()) == 2 and looks_like_patronymic(words[1]):
            given, patronymic = words  # "Тарас Іванович" in the given-name column, the patronymic's empty
        if (meant := retyped_columns(surname, given, patronymic)) is not None:  # Rjdfktyrj | Jkmuf
            surname, given, patronymic = meant
            flags.append("name_retyped")
        if (found := nominative(surname, given, patronymic)) is not None and found != (surname, given, patronymic):
            surname, given, patronymic = found.surname, found.given_names, found.patronymic  # Савчука|Андрея|…
            flags.append("name_declined")
    problems: list[FieldError] = []
    born, ambiguous = _birth(row, number, reading, flags, problems)
    sex = read_sex(reading.cell(row, "sex")) if "sex" in columns else Sex.UNKNOWN
    if sex is None:
        flags.append("sex_unreadable")
        sex = Sex.UNKNOWN
    if any(REPLACEMENT in text for text in (surname, given, patronymic)):
        flags.append("damaged_text")
    return (
        ListEntryInput(
            row_number=ordinal,
            raw=raw,
            surname=surname[: _LIMITS["surname"]],
            given_names=given[: _LIMITS["given_names"]],
            patronymic=patronymic[: _LIMITS["patronymic"]],
            date_of_birth=born,
            date_of_birth_ambiguous=ambiguous,
            service_number=reading.cell(row, "service_number")[: _LIMITS["service_number"]],
            rank=reading.cell(row, "rank")[: _LIMITS["rank"]],
            category=reading.cell(row, "category")[: _LIMITS["category"]],
            sheet_row=number,
            sex=sex,
            reading_flags=tuple(flags),
        ),
        problems,
    )


def _birth(
    row: list[str], number: int, reading: _Reading, flags: list[str], problems: list[FieldError]
) -> tuple[PartialDate | None, bool]:
    """The date of birth and whether its day and month could be swapped."""
    columns = reading.columns
    if "date_of_birth" not in columns and any(p in columns for p in ("birth_day", "birth_month", "birth_year")):
        return _birth_parts(row, number, reading, flags, problems)
    column = columns.get("date_of_birth")
    text = reading.cell(row, "date_of_birth")
    if column is None or not text:
        return None, False
    order = reading.orders.get(column, ColumnOrder(DateOrder.DAY_FIRST, True))
    if is_blank(text):
        return None, False
    try:
        parsed = parse_list_date(text, reading.today, order.order, serials=True)
    except ValueError as exc:
        if (age := age_in(text)) is not None:  # "32 роки": born within a span, kept as the age and its day
            flags.append(age_flag(age, reading.today or dt.date.today()))
            return None, False
        parsed = date_in_text(text, reading.today, order.order)  # "12.03.1999, м. Харків"
        if parsed is None:
            problems.append(FieldError.of_error("date_of_birth", exc, number))
            flags.append("date_unreadable")
            return None, False
    if parsed is None:
        return None, False
    parts = numeric_parts(text)
    guessed = parts is not None and not order.decided and parts[0] <= 12 and parts[1] <= 12 and parts[0] != parts[1]
    value = parsed.value
    if (number, column) in reading.swapped and value.day is not None and value.month is not None:
        guessed = value.day <= 12 and value.day != value.month  # Excel may have swapped day and month
    if guessed:
        flags.append("date_order_guessed")
    return value, parsed.ambiguous or guessed


def _birth_parts(
    row: list[str], number: int, reading: _Reading, flags: list[str], problems: list[FieldError]
) -> tuple[PartialDate | None, bool]:
    """A date of birth written as day, month and year in three columns."""
    day, month, year = (reading.cell(row, f).strip() for f in ("birth_day", "birth_month", "birth_year"))
    if not year:
        return None, False
    month_number = month_number_of(month) if month else None  # 11, XI, листопад, ноябрь, нояб.
    try:
        if month and month_number is None:
            raise ParseError(QT_TRANSLATE_NOOP("Errors", "{month!r} is not a month"), month=month)
        day_number = int(day.rstrip(".")) if day and month_number else None
        return PartialDate(int(year.rstrip(".")), month_number, day_number), False
    except ValueError as exc:
        problems.append(
            FieldError.of(
                "date_of_birth",
                QT_TRANSLATE_NOOP("Errors", "the date of birth in three columns ({day} | {month} | {year}): {detail}"),
                number,
                day=day,
                month=month,
                year=year,
                detail=exc,
            )
        )
        flags.append("date_unreadable")
        return None, False


__all__ = [
    "FIELDS",
    "HEADER_NAMES",
    "column_numbers",
    "columns_line",
    "guess_field",
    "parse_columns",
    "read_list",
    "to_entries",
]
