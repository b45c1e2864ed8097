"""The entries of a checked list as a table: coloured by match and compliance."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.dto import EntryResult, Verdict
from views.common.labels import said

COLUMNS = (
    QT_TRANSLATE_NOOP("ListEntriesModel", "Row"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Row in the file"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Name as written"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Date of birth as written"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Match"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Registry says"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Person"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Score"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Compliant"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Reason"),
    QT_TRANSLATE_NOOP("ListEntriesModel", "Notes"),
)
FILTERS = (
    QT_TRANSLATE_NOOP("ListsPage", "All entries"),
    QT_TRANSLATE_NOOP("ListsPage", "Unmatched"),
    QT_TRANSLATE_NOOP("ListsPage", "Needs review"),
    QT_TRANSLATE_NOOP("ListsPage", "Not compliant"),
    QT_TRANSLATE_NOOP("ListsPage", "Deceased, returned or on both lists"),
)
REGISTRY_COLUMN = COLUMNS.index("Registry says")
ALERT_TEXT = {  # what the registry says of the matched person, in the words the column shows
    "deceased": QT_TRANSLATE_NOOP("ListEntriesModel", "recorded deceased"),
    "returned": QT_TRANSLATE_NOOP("ListEntriesModel", "already returned"),
    "both_lists": QT_TRANSLATE_NOOP("ListEntriesModel", "on both sides' lists"),
}
ALERT_COLOURS = {  # strong: a line the clerk must not answer for without seeing it
    "deceased": (QColor("#6c1a22"), QColor("white")),
    "returned": (QColor("#0b4f8a"), QColor("white")),
    "both_lists": (QColor("#ffc107"), QColor("black")),
}
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
        if self._filter == 4:
            return [e for e in self._all if e.alert is not None]
        return list(self._all)

    @property
    def has_entries(self) -> bool:
        """Whether the list has entries at all (a filter may show none of them)."""
        return bool(self._all)

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

    def _registry_text(self, entry: EntryResult, role: int) -> str:
        if entry.alert is None:
            return ""
        texts = [self.tr(ALERT_TEXT[entry.alert])]
        if entry.alert != "both_lists" and entry.also_listed:
            texts.append(self.tr(ALERT_TEXT["both_lists"]))
        if role == Qt.ItemDataRole.ToolTipRole and entry.also_listed:
            texts.append(entry.also_listed)
        return "; ".join(texts)

    def state_text(self, entry: EntryResult) -> str:
        decided = entry.state.value in ("confirmed", "rejected")
        text = {"matched": self.tr("matched"), "review": self.tr("needs review"), "unmatched": self.tr("unmatched")}[
            entry.public_state
        ]
        return text + (" ✓" if decided else "")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._shown[index.row()]
        column = index.column()
        alert = entry.alert if column == REGISTRY_COLUMN else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(ALERT_COLOURS[alert][0] if alert else COLOURS[colour_of(entry)])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(ALERT_COLOURS[alert][1] if alert else QColor("black"))
        if role == Qt.ItemDataRole.FontRole and alert:
            font = QFont()
            font.setBold(True)
            return font
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return self._text(entry, COLUMNS[column], role)

    def _text(self, entry: EntryResult, column: str, role: int) -> str:
        """A cell's text; its tooltip is the same text, whole, unless it has more to say."""
        if column == "Row":
            return str(entry.row)
        if column == "Row in the file":
            return "" if entry.sheet_row is None else str(entry.sheet_row)
        if column == "Name as written":
            return entry.raw_name
        if column == "Date of birth as written":
            return entry.raw_date_of_birth
        if column == "Match":
            return self.state_text(entry)
        if column == "Registry says":
            return self._registry_text(entry, role)
        if column == "Person":
            return entry.person_external_id or ""
        if column == "Score":
            return "" if entry.score is None else QLocale().toString(entry.score, "f", 2)  # 0,97 in Ukrainian
        if column == "Compliant":
            return {True: self.tr("yes"), False: self.tr("no"), None: self.tr("unknown")}[entry.compliant]
        if column == "Reason":
            failing = [_reason(v) for v in entry.verdicts if v.verdict == "not_met"] or [
                _reason(v) for v in entry.verdicts if v.verdict == "unknown"
            ]
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(_reason(v) for v in entry.verdicts)
            return failing[0] if failing and entry.compliant is not True else ""
        return "; ".join(map(said, entry.flags))
