"""Tables of plain text: the one read-only QTableWidget set-up, and filling it row by row."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

LAST = -1  # the column that takes the spare width: the last one


def read_only_table(
    headers: Sequence[str],
    *,
    rows: int = 0,
    select: Literal["row", "rows", "cells"] = "row",
    row_numbers: bool = False,
    fit: bool = True,
    stretch: int | None = LAST,
) -> QTableWidget:
    """A table the user reads but does not edit. ``select``: one row at a time, several rows,
    or cells (Qt's own way); ``row_numbers`` shows the vertical header; ``fit`` makes each
    column as wide as its contents; ``stretch`` is the column that takes the spare width
    (None: none)."""
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if select != "cells":
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if select == "row":
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not row_numbers:
        table.verticalHeader().hide()
    header = table.horizontalHeader()
    if fit:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch == LAST:
        header.setStretchLastSection(True)
    elif stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
