"""The registry table: a model that knows the row count and fetches rows in pages on demand.

Like Anki's browser table, it never loads 100k rows: ``data()`` finds the row's
page in a small cache and, on a miss, asks the source for that one page (one
query per page, never one per cell). Sorting is done by the source, in SQL. Search
results are pages too: a query with search text shows everyone found, however many,
by relevance or by the column clicked.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from models.core.i18n import QT_TRANSLATE_NOOP
from models.persons.dto import PersonQuery, PersonRow
from views.common.labels import health_label, status_label
from views.persons.ports import PersonPagesPort

PAGE_SIZE = 200
CACHED_PAGES = 64


# (field of PersonRow, header); the header is translated in headerData.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("surname", QT_TRANSLATE_NOOP("PersonTableModel", "Surname")),
    ("given_names", QT_TRANSLATE_NOOP("PersonTableModel", "Given names")),
    ("patronymic", QT_TRANSLATE_NOOP("PersonTableModel", "Patronymic")),
    ("date_of_birth", QT_TRANSLATE_NOOP("PersonTableModel", "Date of birth")),
    ("status", QT_TRANSLATE_NOOP("PersonTableModel", "Status")),
    ("health", QT_TRANSLATE_NOOP("PersonTableModel", "Health")),
    ("rank", QT_TRANSLATE_NOOP("PersonTableModel", "Rank")),
    ("unit", QT_TRANSLATE_NOOP("PersonTableModel", "Unit")),
    ("service_number", QT_TRANSLATE_NOOP("PersonTableModel", "Service number")),
    ("capture_date", QT_TRANSLATE_NOOP("PersonTableModel", "Captured")),
    ("external_id", QT_TRANSLATE_NOOP("PersonTableModel", "External id")),
)


_Index = QModelIndex | QPersistentModelIndex


def cell_text(person: PersonRow, field: str) -> str:
    """A cell as the table shows it (and an export writes it): codes in the user's language."""
    value = getattr(person, field)
    if value is None:
        return ""
    if field == "status":
        return status_label(value)
    if field == "health":
        return health_label(value)
    return str(value)


class PersonTableModel(QAbstractTableModel):
    def __init__(self, source: PersonPagesPort, query: PersonQuery | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = query or PersonQuery()
        self._pages: OrderedDict[int, list[PersonRow]] = OrderedDict()
        self._count = source.count_persons(self._query)

    # -- what is shown ---------------------------------------------------------------

    @property
    def query(self) -> PersonQuery:
        return self._query

    def set_query(self, query: PersonQuery) -> None:
        """Show every person the query selects, fetched page by page."""
        self.show_found(query, self._source.count_persons(query), None)

    def show_found(self, query: PersonQuery, count: int, first_page: list[PersonRow] | None) -> None:
        """Show ``count`` persons of ``query`` (a search's, counted and first page read in the
        background); the other pages are fetched as they are scrolled to."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self._count = count
        self.endResetModel()

    @property
    def showing_results(self) -> bool:
        return bool(self._query.text)

    def refresh(self) -> None:
        self.set_query(self._query)

    def row_at(self, row: int) -> PersonRow | None:
        if not 0 <= row < self._count:
            return None
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            page = self._source.person_page(self._query, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    @property
    def cached_pages(self) -> int:
        return len(self._pages)

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        person = self.row_at(index.row())
        return None if person is None else cell_text(person, COLUMNS[index.column()][0])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][1]) if 0 <= section < len(COLUMNS) else None
        return section + 1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.set_query(
            replace(self._query, sort_by=COLUMNS[column][0], descending=order == Qt.SortOrder.DescendingOrder)
        )
