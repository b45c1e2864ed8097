"""What reading a list's file found besides its entries: the rows kept aside (titles, approval
blocks, totals, signatures, notes …) with the reason in words, those holding a name and a date
of birth marked for a clerk to look at, and the notes on what reading assumed; shown beside the
entries table, in tabs, with the notes above them."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.dto import ImportedList, SkippedRow
from views.common.tables import EmptyText
from views.lists.model import ListEntriesModel

# Why a row is not an entry (models.lists.dto.SKIP_REASONS), as a clerk says it.
REASON_TEXT = {
    "title": QT_TRANSLATE_NOOP("SkippedRowsModel", "title or heading"),
    "approval": QT_TRANSLATE_NOOP("SkippedRowsModel", "approval block (approved by, annex)"),
    "separator_hint": QT_TRANSLATE_NOOP("SkippedRowsModel", "Excel's separator line (sep=)"),
    "column_numbers": QT_TRANSLATE_NOOP("SkippedRowsModel", "column numbers (1 2 3 …)"),
    "repeated_header": QT_TRANSLATE_NOOP("SkippedRowsModel", "the header again"),
    "section": QT_TRANSLATE_NOOP("SkippedRowsModel", "section heading"),
    "total": QT_TRANSLATE_NOOP("SkippedRowsModel", "total or subtotal"),
    "signature": QT_TRANSLATE_NOOP("SkippedRowsModel", "signature or position"),
    "note": QT_TRANSLATE_NOOP("SkippedRowsModel", "note or footnote"),
    "no_name": QT_TRANSLATE_NOOP("SkippedRowsModel", "no name in it"),
}
SKIPPED_COLUMNS = (
    QT_TRANSLATE_NOOP("SkippedRowsModel", "Row in the file"),
    QT_TRANSLATE_NOOP("SkippedRowsModel", "Why it is not an entry"),
    QT_TRANSLATE_NOOP("SkippedRowsModel", "Text"),
)
PERSON_LIKE_COLOUR = "#ffe08a"  # amber, darker than the notes': a row kept aside that may be a person
NOTES_STYLE = "QLabel { background: #fff3cd; color: black; border: 1px solid #e0c36c; padding: 4px; }"
_Index = QModelIndex | QPersistentModelIndex


class SkippedRowsModel(QAbstractTableModel):
    """The rows of a list's file that are not persons: spreadsheet row, reason, text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SkippedRow] = []

    def set_rows(self, rows: Sequence[SkippedRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda r: r.row)
        self.endResetModel()

    def rows(self) -> list[SkippedRow]:
        return list(self._rows)

    def reason_text(self, reason: str) -> str:
        return self.tr(REASON_TEXT[reason]) if reason in REASON_TEXT else reason

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SKIPPED_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(SKIPPED_COLUMNS)
        ):
            return self.tr(SKIPPED_COLUMNS[section])
        return None

    def person_like(self) -> int:
        """How many rows kept aside hold a name and a date of birth: a clerk should look at them."""
        return sum(1 for row in self._rows if row.person_like)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("black"))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(PERSON_LIKE_COLOUR if row.person_like else "#f1f1f1"))
        if role == Qt.ItemDataRole.DecorationRole and row.person_like and index.column() == 0:
            return warning_icon()
        text = (str(row.row), self.reason_text(row.reason), row.text)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.person_like:
            why = self.tr(
                "This row holds a name and a date of birth. If it is a person, correct the file "
                "or choose which column holds what, and import it again."
            )
            return f"{why}\n\n{text}"
        return text if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) else None


def warning_icon() -> QIcon:
    """The style's warning sign: the same beside a row and on its tab."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


def _table(model: QAbstractTableModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


class ListContents(QWidget):
    """A checked list as the page shows it: the notes on its reading (when there are some) over
    two tabs, the entries and the rows kept aside, each tab saying how many it holds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ListEntriesModel(self)
        self.table = _table(self.model, "entries")
        self.empty = EmptyText(
            self.table,
            lambda: (
                self.tr("No entry matches this filter.")
                if self.model.has_entries
                else self.tr("No list shown: select a list in the tree, or import one (Import list…).")
            ),
        )
        self.skipped_model = SkippedRowsModel(self)
        self.skipped_table = _table(self.skipped_model, "kept_aside")
        self.notes = QLabel()
        self.notes.setObjectName("reading_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setStyleSheet(NOTES_STYLE)
        self.notes.hide()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("list_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.skipped_table, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        self.show_rows([], [], [])

    def show_rows(self, entries: Sequence[Any], skipped: Sequence[SkippedRow], notes: Sequence[str]) -> None:
        """The entries (EntryResult), the rows kept aside and the notes of one list version."""
        self.model.set_entries(list(entries))
        self.skipped_model.set_rows(skipped)
        self.tabs.setTabText(0, self.tr("Entries ({0})").format(len(entries)))
        person_like = self.skipped_model.person_like()
        tip = self.tr("Rows of the file that are not persons: never matched, judged or put in a letter")
        if person_like:
            self.tabs.setTabText(1, self.tr("Rows kept aside ({0}, {1} to look at)").format(len(skipped), person_like))
            tip += "\n" + self.tr("{0} of them hold a name and a date of birth: see whether they are persons").format(
                person_like
            )
        else:
            self.tabs.setTabText(1, self.tr("Rows kept aside ({0})").format(len(skipped)))
        self.tabs.setTabIcon(1, warning_icon() if person_like else QIcon())
        self.tabs.setTabToolTip(1, tip)
        self.tabs.setTabEnabled(1, bool(skipped))
        if not skipped and self.tabs.currentIndex() == 1:
            self.tabs.setCurrentIndex(0)
        self.set_notes(notes)
        for table, model in ((self.table, self.model), (self.skipped_table, self.skipped_model)):
            table.resizeColumnsToContents()
            for column in range(model.columnCount() - 1):
                table.setColumnWidth(column, min(table.columnWidth(column), 360))

    def set_notes(self, notes: Sequence[str]) -> None:
        """What reading the file assumed, as the reader wrote it, above the tabs."""
        self.notes.setVisible(bool(notes))
        lines = "".join(f"<li>{html.escape(note)}</li>" for note in notes)
        heading = html.escape(self.tr("How the file was read"))
        self.notes.setText(
            f"<b>{heading}</b><ul style='margin-left: 12px; -qt-list-indent: 0'>{lines}</ul>" if notes else ""
        )

    def show_kept_aside(self) -> None:
        self.tabs.setCurrentIndex(1)

    def import_notes(self, imported: ImportedList | None) -> list[str]:
        """What an import says that is not kept with the version: the cells it could not read and
        the version against the one before (the reader's notes come with the check, CheckResult.notes)."""
        if imported is None:
            return []
        notes: list[str] = []
        if imported.problems:
            shown = "; ".join(str(problem) for problem in imported.problems[:5])
            notes.append(
                self.tr("{0} cell(s) could not be read; their entries are kept as written: {1}").format(
                    len(imported.problems), shown
                )
            )
        if imported.previous_entries is not None:
            notes.append(
                self.tr("This is version {0} of the list; the version before it had {1} entries.").format(
                    imported.version.version, imported.previous_entries
                )
            )
        return notes
