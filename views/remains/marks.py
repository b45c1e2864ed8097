"""Scars, tattoos and other marks, and implants with their serial numbers: the same editor
for a remains case (PM) and for a missing person's ante-mortem data.

Marks can be pasted as a family or a pathologist wrote them ("тату хрест на правому
передпліччі, також шрам від апендициту"): they are read into rows of kind, place and
description (through the service, as imports read them), and each row shows how
it is understood — the place in the reader's language — so the clerk sees a misreading and
corrects the row."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from views.common.widgets import button_row, index_of
from views.remains.ports import MarksPort


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

    def __init__(self, reader: MarksPort, parent: QWidget | None = None) -> None:
        """``reader``: the service that reads marks as written (``read_marks``)."""
        super().__init__(parent)
        self.reader = reader
        self.marks = _editable_table(
            [self.tr("Kind"), self.tr("Body location"), self.tr("Description"), self.tr("Understood as")]
        )
        self.marks.setObjectName("marks")
        self.written = QLineEdit()
        self.written.setObjectName("marks_as_written")
        self.written.setPlaceholderText(self.tr("Paste marks as written, e.g. тату хрест на правому передпліччі"))
        self.written.setToolTip(
            self.tr(
                "Marks in the words of the family or the examination, in Ukrainian, Russian or English; "
                "several at once. Enter adds them as rows: check how each is understood and correct it."
            )
        )
        self.written.returnPressed.connect(self.read_written)
        read = QPushButton(self.tr("Read marks"))
        read.clicked.connect(self.read_written)
        self.implants = _editable_table([self.tr("Implant"), self.tr("Serial number")])
        self.implants.setObjectName("implants")
        for table in (self.marks, self.implants):
            table.itemChanged.connect(lambda _item: self.changed.emit())
        self.marks.itemChanged.connect(lambda item: self._understood(item.row()))
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
        as_written = QHBoxLayout()
        as_written.addWidget(self.written, 1)
        as_written.addWidget(read)
        layout.addLayout(as_written)
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
        kind.setCurrentIndex(index_of(kind, mark.kind))
        kind.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.marks.setCellWidget(row, 0, kind)
        self.marks.blockSignals(True)  # the row is whole only once every cell is set
        self.marks.setItem(row, 1, QTableWidgetItem(mark.body_location))
        self.marks.setItem(row, 2, QTableWidgetItem(mark.description))
        understood = QTableWidgetItem()
        understood.setFlags(understood.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.marks.setItem(row, 3, understood)
        self.marks.blockSignals(False)
        kind.currentIndexChanged.connect(lambda _i: self._understood(self._row_of(kind)))
        self._understood(row)
        self.changed.emit()

    def read_written(self) -> None:
        """The marks pasted as written, added as rows as the import reads them."""
        for mark in self.reader.read_marks(self.written.text()):
            self.add_mark(mark)
        self.written.clear()

    def _row_of(self, widget: QWidget) -> int:
        return next((r for r in range(self.marks.rowCount()) if self.marks.cellWidget(r, 0) is widget), -1)

    def _understood(self, row: int) -> None:
        """Row ``row``'s last cell: the mark as the matching reads it (kind, the place in the
        user's language, the description)."""
        cell = self.marks.item(row, 3) if row >= 0 else None
        kind = self.marks.cellWidget(row, 0) if row >= 0 else None
        if cell is None or not isinstance(kind, QComboBox):
            return
        mark = Mark(MarkKind(kind.currentData()), self._text(self.marks, row, 1), self._text(self.marks, row, 2))
        ukrainian = QLocale().language() == QLocale.Language.Ukrainian
        self.marks.blockSignals(True)
        cell.setText(mark.describe(ukrainian))
        self.marks.blockSignals(False)

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
                marks.append(Mark(MarkKind(kind.currentData()), where, what))
        return marks

    def current_implants(self) -> list[ImplantSpec]:
        implants = []
        for row in range(self.implants.rowCount()):
            what, serial = self._text(self.implants, row, 0), self._text(self.implants, row, 1)
            if what or serial:
                implants.append(ImplantSpec(what, serial))
        return implants
