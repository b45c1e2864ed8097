"""The grid every list reader fills (see ``models.lists.sheet``), its limits and the choice of sheet."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from models.core.errors import FieldError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")
MAX_LIST_BYTES = 64 * 1024 * 1024
MAX_ROWS = 200_000  # rows that hold data
MAX_COLUMNS = 500  # columns that hold data
MAX_CELL_CHARS = 10_000
MAX_UNPACKED = 512 * 1024 * 1024  # all parts of an XLSX together
MAX_PACKING_RATIO = 100  # unpacked/packed for any part over 1 MiB; real sheets pack 5-20 times
# OpenDocument repeats each cell's type attributes: LibreOffice's 6,000-person list packs 35 times;
# a bomb of one repeated character packs about 1,000 times
MAX_PACKING_RATIO_ODS = 250
REPLACEMENT = "\ufffd"


XML_ATTACK = (
    "declares XML entities or a document type inside the workbook (the way 'billion laughs' and external-entity "
    "attacks on XML readers work); no spreadsheet program writes that, so it is not read"
)


@dataclass
class Sheet:
    """A sheet's rows that hold data, each with the number the spreadsheet shows for it."""

    rows: list[list[str]]
    numbers: list[int]  # the 1-based spreadsheet row (CSV: record) of each row
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1251, xlsx, xls
    name: str = ""  # the sheet read, for workbooks
    hidden_rows: set[int] = field(default_factory=set)  # spreadsheet rows
    hidden_columns: set[int] = field(default_factory=set)  # 0-based
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # first row, first col, last row, last col
    date_cells: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> "date" | "month" | "year"
    notes: list[str] = field(default_factory=list)  # what the reading assumed, for the user
    separator_row: int | None = None  # Excel's "sep=;" line


def refuse(reason: str, row: int | None = None, column: str = "file", **args: object) -> ValidationError:
    """``reason``: a message template (``QT_TRANSLATE_NOOP("Errors", ...)``) and ``args`` its fields."""
    return ValidationError(FieldError.of(column, reason, row, **args))


Accept = Callable[["Sheet"], bool]


def table_like(sheet: Sheet) -> bool:
    return sum(1 for row in sheet.rows[:200] if sum(1 for cell in row if cell.strip()) >= 2) >= 2


def named_sheets(sheets: Sequence[T], name: str | None, title: Callable[[T], str]) -> list[T]:
    """The workbook's sheets in order, or the one named (any case)."""
    if name is None:
        return list(sheets)
    found = [s for s in sheets if title(s).casefold() == name.strip().casefold()]
    if not found:
        names = ", ".join(repr(title(s)) for s in sheets)
        raise refuse(
            QT_TRANSLATE_NOOP("Errors", "has no sheet named {name!r}; its sheets: {names}"), name=name, names=names
        )
    return found


def choose_sheet(candidates: list[Sheet], titles: list[str], accept: Accept | None) -> Sheet:
    """The sheet that holds the list: the one ``accept`` took, else the first with data whose
    rows look like a table (several filled columns), as a clerk would look; a note says which
    sheet was read when there are several."""
    filled = [s for s in candidates if s.rows]
    if not filled:
        raise refuse(QT_TRANSLATE_NOOP("Errors", "has no cells with data on any sheet"))
    taken = [s for s in filled if accept(s)] if accept else []
    tables = [s for s in filled if table_like(s)]
    chosen = (taken or tables or filled)[0]
    if len(titles) > 1:
        others = ", ".join(repr(t) for t in titles if t != chosen.name)
        chosen.notes.append(f"read the sheet {chosen.name!r}; the workbook's other sheets ({others}) were not read")
    return chosen
