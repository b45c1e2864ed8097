"""The columns of a list file: the fields they can hold and how a spreadsheet names them.

Small and free of imports: the command line's help shows the fields without loading the
list stack (``models.lists.dto`` re-exports them)."""

from __future__ import annotations

# The fields a list's columns can hold, in the order the column step offers them.
LIST_FIELDS = (
    "full_name",
    "surname",
    "given_names",
    "patronymic",
    "date_of_birth",
    "service_number",
    "rank",
    "category",
    "unit",
    "sex",
    "number",  # the list's own numbering (№ з/п): tells persons from totals and notes
    "birth_day",  # a date of birth written in three columns
    "birth_month",
    "birth_year",
)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names a column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def columns_line(mapping: dict[str, int]) -> str:
    """The ``lists import --columns`` option that reads a file with this mapping."""
    return ",".join(f"{name}={column_letter(column)}" for name, column in sorted(mapping.items(), key=lambda i: i[1]))
