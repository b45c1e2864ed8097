"""The entries of a checked list as a table: coloured by match and compliance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from models.lists.dto import EntryResult, Verdict

COLUMNS = (
    "Row",
    "Row in the file",
    "Name as written",
    "Date of birth as written",
    "Match",
    "Person",
    "Score",
    "Compliant",
    "Reason",
    "Notes",
)
FILTERS = ("All entries", "Unmatched", "Needs review", "Not compliant")
_Index = QModelIndex | QPersistentModelIndex
COLOURS = {  # light enough for black text; the Match and Compliant columns say the same in words
    "not_compliant": QColor("#f8d7da"),
    "review": QColor("#fff3cd"),
    "unmatched": QColor("#e2e3e5"),
    "unknown": QColor("#fdfdea"),
    "compliant": QColor("#d1e7dd"),
}


def colour_of(entry: EntryResult) -> str:
    if entry.compliant is False:
        return "not_compliant"
    if entry.public_state in ("review", "unmatched"):
        return entry.public_state
    return "compliant" if entry.compliant else "unknown"


def _reason(verdict: Verdict) -> str:
    """The reason in the language the app speaks (the model layer words it in both)."""
    ukrainian = QLocale().language() == QLocale.Language.Ukrainian
    return verdict.reason_uk if ukrainian and verdict.reason_uk else verdict.reason


class ListEntriesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[EntryResult] = []
        self._shown: list[EntryResult] = []
        self._filter = 0

    def set_entries(self, entries: list[EntryResult]) -> None:
        self.beginResetModel()
        self._all = list(entries)
        self._shown = self._select()
        self.endResetModel()

    def set_filter(self, index: int) -> None:
        self.beginResetModel()
        self._filter = index
        self._shown = self._select()
        self.endResetModel()

    def _select(self) -> list[EntryResult]:
        if self._filter == 1:
            return [e for e in self._all if e.public_state == "unmatched"]
        if self._filter == 2:
            return [e for e in self._all if e.public_state == "review"]
        if self._filter == 3:
            return [e for e in self._all if e.compliant is False]
        return list(self._all)

    def entry(self, row: int) -> EntryResult | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def entries(self) -> list[EntryResult]:
        return list(self._shown)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def _state_text(self, entry: EntryResult) -> str:
        decided = entry.state.value in ("confirmed", "rejected")
        text = {"matched": self.tr("matched"), "review": self.tr("needs review"), "unmatched": self.tr("unmatched")}[
            entry.public_state
        ]
        return text + (" ✓" if decided else "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._shown[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COLOURS[colour_of(entry)])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("black"))
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return str(entry.row)
        if column == 1:
            return "" if entry.sheet_row is None else str(entry.sheet_row)
        if column == 2:
            return entry.raw_name
        if column == 3:
            return entry.raw_date_of_birth
        if column == 4:
            return self._state_text(entry)
        if column == 5:
            return entry.person_external_id or ""
        if column == 6:
            return "" if entry.score is None else f"{entry.score:.2f}"
        if column == 7:
            return {True: self.tr("yes"), False: self.tr("no"), None: self.tr("unknown")}[entry.compliant]
        if column == 8:
            failing = [_reason(v) for v in entry.verdicts if v.verdict == "not_met"] or [
                _reason(v) for v in entry.verdicts if v.verdict == "unknown"
            ]
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(_reason(v) for v in entry.verdicts)
            return failing[0] if failing and entry.compliant is not True else ""
        return "; ".join(entry.flags)
