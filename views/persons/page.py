"""The Persons section: filter bar over the registry table; with a search typed, everyone it finds
(counted, paged like the registry, the most relevant first until a column is clicked)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QVBoxLayout, QWidget

from models.persons.dto import BY_RELEVANCE, PersonQuery, PersonRow
from views.common.tables import EmptyText
from views.common.tasks import run_task
from views.persons.filters import FilterBar
from views.persons.model import COLUMNS, PAGE_SIZE, PersonTableModel
from views.persons.ports import RegistryPort

SEARCH_DELAY_MS = 250  # wait for a pause in typing before searching
MAX_COLUMN_WIDTH = 240


class PersonsPage(QWidget):
    shown_changed = Signal(int, bool)  # persons shown, whether they are search results
    person_activated = Signal(object)  # the PersonRow double-clicked or entered

    def __init__(self, source: RegistryPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._search_text = ""
        self._generation = 0  # answers of superseded searches are dropped
        self.searching = False
        self.left_out: list[str] = []  # words of the search no one found has with the others

        self.filters = FilterBar(source.filter_choices, source.lists)
        self.filters.changed.connect(self.apply)
        self.model = PersonTableModel(source, parent=self)
        self.table = QTableView()
        self.table.setObjectName("persons")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # two rows to merge
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.empty = EmptyText(self.table, self._empty_text)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(PAGE_SIZE)  # fit columns to the first page, never to 100k rows
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)

    # -- what is shown ------------------------------------------------------------------

    def _empty_text(self) -> str:
        if self.searching:
            return ""
        if self._search_text:
            return self.tr("No one found for «{0}». Try another spelling, fewer words, or other filters.").format(
                self._search_text
            )
        return self.tr("No one matches these filters. Clear them, add a person (Ctrl+N) or import a CSV.")

    def set_search_text(self, text: str) -> None:
        self._search_text = text.strip()
        self._debounce.start()

    def search_now(self) -> None:
        self._debounce.stop()
        self.apply()

    def _query(self) -> PersonQuery:
        current = self.model.query
        if not self._search_text:  # the registry: its own order (relevance means nothing without a search)
            sort_by = "surname" if current.sort_by == BY_RELEVANCE else current.sort_by
            return self.filters.query(sort_by=sort_by, descending=current.descending)
        if current.text != self._search_text:  # a new search: the best first
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return replace(self.filters.query(sort_by=BY_RELEVANCE), text=self._search_text)
        query = self.filters.query(sort_by=current.sort_by, descending=current.descending)
        return replace(query, text=self._search_text)

    def apply(self) -> None:
        self._debounce.stop()
        self._generation += 1
        query = self._query()
        if not query.text:
            self.searching = False
            self.model.set_query(query)
            self.shown_changed.emit(self.model.rowCount(), False)
            return
        generation = self._generation
        self.searching = True

        def done(found: tuple[int, list[PersonRow], list[str]]) -> None:
            if generation == self._generation:
                self.searching = False
                count, first_page, self.left_out = found
                self.model.show_found(query, count, first_page)
                self.shown_changed.emit(count, True)

        def search(_progress: object) -> tuple[int, list[PersonRow], list[str]]:
            # everyone found is counted and the table pages through all of them
            count, first = self._source.count_persons(query), self._source.person_page(query, 0, PAGE_SIZE)
            return count, first, self._source.search_left_out(query) if count else []

        run_task(search, done, parent=self)

    def refresh(self) -> None:
        self.apply()

    def selected_rows(self) -> list[PersonRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [person for person in (self.model.row_at(r) for r in rows) if person is not None]

    def current_row(self) -> PersonRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _activate(self, row: int) -> None:
        person = self.model.row_at(row)
        if person is not None:
            self.person_activated.emit(person)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentIndex().isValid():
            self._activate(self.table.currentIndex().row())
            return
        super().keyPressEvent(event)

    # -- columns ------------------------------------------------------------------------

    def _column_menu(self, position: QPoint) -> None:
        """The column chooser: tick the columns to show."""
        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.set_column_visible(c, shown))
        menu.popup(header.mapToGlobal(position))

    def set_column_visible(self, column: int, shown: bool) -> None:
        header = self.table.horizontalHeader()
        visible = [c for c in range(len(COLUMNS)) if not header.isSectionHidden(c)]
        if not shown and visible == [column]:
            return  # keep at least one column
        header.setSectionHidden(column, not shown)

    def fit_columns(self) -> None:
        """Columns as wide as the first page's content, but no single column eats the window."""
        # measured on the rows in view and a few more, not on the whole page (0.3 s at start-up)
        self.table.horizontalHeader().setResizeContentsPrecision(40)
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))

    def save_state(self) -> QByteArray:
        return self.table.horizontalHeader().saveState()

    def restore_state(self, state: object) -> bool:
        return isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state)
