"""Plain-text tables for the listing commands (``agreements list``, ``lists list``, ``letters
threads``): a header, aligned columns, ids in full (users copy them), a count at the end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

NONE = "—"
TEXT_WIDTH = 40  # free text in a column other than the last is cut to this, with "…"


def cell(value: object) -> str:
    """A value as the tables show it: a date as ISO, a time as its UTC date, nothing as —."""
    if value is None or value == "":
        return NONE
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return " ".join(str(value).split())  # a line break in a subject would break the table


def cut(text: str, width: int = TEXT_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()) -> list[str]:
    """The lines of an aligned table; columns in ``right`` (numbers) align right, the last
    column is not padded."""
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    last = len(header) - 1

    def line(row: Sequence[str]) -> str:
        cells = [
            text if i == last and i not in right else text.rjust(widths[i]) if i in right else text.ljust(widths[i])
            for i, text in enumerate(row)
        ]
        return "  ".join(cells).rstrip()

    return [line(header), *(line(row) for row in rows)]


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """'1 agreement', '3 agreements'."""
    return f"{count} {singular if count == 1 else plural or singular + 's'}"
