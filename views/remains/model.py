"""The remains cases of the Remains section as a table: a few thousand rows of plain values
fetched once per filter, so ``data()`` never queries."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from models.core.i18n import QT_TRANSLATE_NOOP
from models.remains.dto import CaseRow
from views.common.labels import enum_label

COLUMNS = (
    QT_TRANSLATE_NOOP("CasesModel", "Case"),
    QT_TRANSLATE_NOOP("CasesModel", "Batch"),
    QT_TRANSLATE_NOOP("CasesModel", "Stage"),
    QT_TRANSLATE_NOOP("CasesModel", "Recovered"),
    QT_TRANSLATE_NOOP("CasesModel", "Recovery place"),
    QT_TRANSLATE_NOOP("CasesModel", "Sex"),
    QT_TRANSLATE_NOOP("CasesModel", "Age"),
    QT_TRANSLATE_NOOP("CasesModel", "Storage"),
    QT_TRANSLATE_NOOP("CasesModel", "Flags"),
    QT_TRANSLATE_NOOP("CasesModel", "Identified as"),
)
STAGE_TEXT = {
    "received": QT_TRANSLATE_NOOP("CasesModel", "received"),
    "examined": QT_TRANSLATE_NOOP("CasesModel", "examined"),
    "sampled": QT_TRANSLATE_NOOP("CasesModel", "DNA sampled"),
    "dna_result": QT_TRANSLATE_NOOP("CasesModel", "DNA result"),
    "candidate": QT_TRANSLATE_NOOP("CasesModel", "before the board"),
    "identified": QT_TRANSLATE_NOOP("CasesModel", "identified"),
    "handed_over": QT_TRANSLATE_NOOP("CasesModel", "handed over"),
}
STAGE_COLOURS = {  # light enough for black text in the table; the chart darkens them
    "received": "#e4e4e4",
    "examined": "#d6e4f5",
    "sampled": "#b9d3f0",
    "dna_result": "#c9c3ef",
    "candidate": "#ffe2a8",
    "identified": "#c8e6c9",
    "handed_over": "#a5d6a7",
}
_Index = QModelIndex | QPersistentModelIndex


def stage_label(stage: str) -> str:
    return QCoreApplication.translate("CasesModel", STAGE_TEXT[stage])


class CasesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseRow] = []

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.tr(COLUMNS[section])
        return None

    def row_at(self, row: int) -> CaseRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _text(self, row: CaseRow, column: int) -> str:
        if column == 0:
            return row.case_number + (" ◐" if row.is_body_part else "")
        if column == 1:
            return row.batch_number
        if column == 2:
            return stage_label(row.stage)
        if column == 3:
            return row.recovery_date.dotted() if row.recovery_date else ""
        if column == 4:
            return row.recovery_place
        if column == 5:
            return enum_label(row.apparent_sex)
        if column == 6:
            if row.age_min is None and row.age_max is None:
                return ""
            return (
                f"{row.age_min if row.age_min is not None else '?'}–{row.age_max if row.age_max is not None else '?'}"
            )
        if column == 7:
            return row.storage_place
        if column == 8:
            flags = []
            if row.possibly_other_side:
                flags.append(self.tr("possibly the other side's"))
            if row.commingled:
                flags.append(self.tr("commingled"))
            return ", ".join(flags)
        return row.identified_as

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QBrush(QColor(STAGE_COLOURS[row.stage]))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
