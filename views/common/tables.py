"""Tables of plain text: the one read-only QTableWidget set-up, filling it row by row, and what
an empty table says."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
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


class EmptyText(QObject):
    """What would appear in an empty table, said in its middle ("No one matches the search"), so
    an empty table is never mistaken for one still loading or broken. ``text()`` is asked at
    each paint: it may depend on the filters."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view, self.text = view, text
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not shiboken6.isValid(self._view):
            return False  # a viewport outlives its view by a moment while a window closes
        model = self._view.model()
        if model is not None and model.rowCount() == 0:
            text = self.text()
            if text:
                viewport = self._view.viewport()
                painter = QPainter(viewport)
                painter.setPen(viewport.palette().color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    viewport.rect().adjusted(12, 12, -12, -12),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    text,
                )
                painter.end()
        return False
