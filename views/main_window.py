"""The main window: the person registry as a table over every person, counts in the status bar."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QMainWindow, QTableView, QWidget

from models.enums import PersonStatus
from views.persons_model import PAGE_SIZE, STATUS_LABELS, PersonSource, PersonTableModel

MAX_COLUMN_WIDTH = 240


class RegistrySource(PersonSource, Protocol):
    def counts_by_status(self) -> dict[PersonStatus, int]: ...

    @property
    def title(self) -> str: ...


class MainWindow(QMainWindow):
    def __init__(
        self,
        source: RegistrySource,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        remember_layout: bool = True,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._settings = settings
        self._remember_layout = remember_layout
        self.setWindowTitle(self.tr("Repatria — {0}").format(source.title))

        self.model = PersonTableModel(source, parent=self)
        self.table = QTableView()
        self.table.setObjectName("persons")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(PAGE_SIZE)  # fit columns to the first page, never to 100k rows
        self.setCentralWidget(self.table)

        self.count_label = QLabel()
        self.count_label.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.count_label, 1)

        refresh = self.menuBar().addMenu(self.tr("&View")).addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)

        if remember_layout:
            self._restore_layout()
        else:
            self.resize(1280, 800)
            self._fit_columns()
        self.update_counts()

    def refresh(self) -> None:
        self.model.refresh()
        self.update_counts()

    def update_counts(self) -> None:
        counts = self._source.counts_by_status()
        total = sum(counts.values())
        parts = [self.tr("{0} persons").format(f"{total:,}".replace(",", " "))]
        for status in PersonStatus:
            if counts.get(status):
                label = self.tr(STATUS_LABELS[status.value])
                parts.append(f"{label}: {counts[status]:,}".replace(",", " "))
        self.count_label.setText("  ·  ".join(parts))

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._settings.value("main/persons_header")
        if not (isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state)):
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as the first page's content, but no single column eats the window."""
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_COLUMN_WIDTH))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._remember_layout:
            super().closeEvent(event)
            return
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/persons_header", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
