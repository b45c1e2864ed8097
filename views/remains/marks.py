"""Scars, tattoos and other marks, and implants with their serial numbers: the same editor
for a remains case (PM) and for a missing person's ante-mortem data."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import MarkKind
from models.remains.dto import ImplantSpec, Mark
from views.common.labels import enum_label
from views.common.tables import read_only_table
from views.common.widgets import button_row


def _editable_table(headers: list[str]) -> QTableWidget:
    """The read-only table's layout, typed into as Qt's tables are by default."""
    table = read_only_table(headers)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    return table


class MarksEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks = _editable_table([self.tr("Kind"), self.tr("Body location"), self.tr("Description")])
        self.marks.setObjectName("marks")
        self.implants = _editable_table([self.tr("Implant"), self.tr("Serial number")])
        self.implants.setObjectName("implants")
        for table in (self.marks, self.implants):
            table.itemChanged.connect(lambda _item: self.changed.emit())
        add_mark = QPushButton(self.tr("Add mark"))
        add_mark.clicked.connect(lambda: self.add_mark(Mark(MarkKind.TATTOO)))
        remove_mark = QPushButton(self.tr("Remove mark"))
        remove_mark.clicked.connect(lambda: self._remove_row(self.marks))
        add_implant = QPushButton(self.tr("Add implant"))
        add_implant.clicked.connect(lambda: self.add_implant(ImplantSpec("", "")))
        remove_implant = QPushButton(self.tr("Remove implant"))
        remove_implant.clicked.connect(lambda: self._remove_row(self.implants))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Scars, tattoos and other marks")))
        layout.addWidget(self.marks, 2)
        for buttons in ((add_mark, remove_mark), (add_implant, remove_implant)):
            layout.addLayout(button_row(*buttons))
            if buttons[0] is add_mark:
                layout.addWidget(QLabel(self.tr("Implants, with serial numbers")))
                layout.addWidget(self.implants, 1)

    def set_values(self, marks: list[Mark], implants: list[ImplantSpec]) -> None:
        self.marks.setRowCount(0)
        self.implants.setRowCount(0)
        for mark in marks:
            self.add_mark(mark)
        for implant in implants:
            self.add_implant(implant)

    def add_mark(self, mark: Mark) -> None:
        row = self.marks.rowCount()
        self.marks.insertRow(row)
        kind = QComboBox()
        for member in MarkKind:
            kind.addItem(enum_label(member), member)
        kind.setCurrentIndex(kind.findData(mark.kind))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.marks.setCellWidget(row, 0, kind)
        self.marks.setItem(row, 1, QTableWidgetItem(mark.body_location))
        self.marks.setItem(row, 2, QTableWidgetItem(mark.description))
        self.changed.emit()

    def add_implant(self, implant: ImplantSpec) -> None:
        row = self.implants.rowCount()
        self.implants.insertRow(row)
        self.implants.setItem(row, 0, QTableWidgetItem(implant.description))
        self.implants.setItem(row, 1, QTableWidgetItem(implant.serial_number))
        self.changed.emit()

    def _remove_row(self, table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())
            self.changed.emit()

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def current_marks(self) -> list[Mark]:
        marks = []
        for row in range(self.marks.rowCount()):
            kind = self.marks.cellWidget(row, 0)
            assert isinstance(kind, QComboBox)
            where, what = self._text(self.marks, row, 1), self._text(self.marks, row, 2)
            if where or what:
                marks.append(Mark(kind.currentData(), where, what))
        return marks

    def current_implants(self) -> list[ImplantSpec]:
        implants = []
        for row in range(self.implants.rowCount()):
            what, serial = self._text(self.implants, row, 0), self._text(self.implants, row, 1)
            if what or serial:
                implants.append(ImplantSpec(what, serial))
        return implants
