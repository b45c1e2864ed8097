"""The Correspondence section's dialogs: a letter (received, or ours as a draft), a new
thread, and the managed list of counterparties."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection
from models.core.errors import RepatriaError
from models.correspondence.dto import TEMPLATES
from views.common.labels import enum_label
from views.common.messages import error_text
from views.common.tables import fill_table, read_only_table
from views.common.widgets import error_label
from views.correspondence.ports import CorrespondencePort


def day_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


def _date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(QDate.currentDate())
    return edit


class LetterDialog(QDialog):
    """Register a letter: a reply received, or an outgoing letter (a draft until it is sent)."""

    def __init__(
        self,
        direction: LetterDirection,
        parent: QWidget | None = None,
        fill: Callable[[str], tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        incoming = direction is LetterDirection.INCOMING
        self._fill = fill
        self.direction = direction
        self.setWindowTitle(self.tr("Register a letter received") if incoming else self.tr("New outgoing letter"))
        self.date = _date_edit()
        self.date.setObjectName("date")
        self.their_reference = QLineEdit()
        self.their_reference.setObjectName("their_reference")
        self.channel = QComboBox()
        for channel in LetterChannel:  # named by the one table of channels (views.common.labels)
            self.channel.addItem(enum_label(channel), channel)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        form = QFormLayout()
        form.addRow(self.tr("Received on:") if incoming else self.tr("Date:"), self.date)
        if incoming:
            form.addRow(self.tr("Their reference:"), self.their_reference)
        else:
            self.date.setEnabled(False)
            form.addRow("", QLabel(self.tr("A draft until it is marked as sent; then it gets our number.")))
            self.template = QComboBox()
            self.template.setObjectName("template")
            self.template.addItem(self.tr("(no template)"), None)
            for kind, title in TEMPLATES.items():
                self.template.addItem(self.tr(title), kind)
            self.template.currentIndexChanged.connect(self._use_template)
            form.addRow(self.tr("Template:"), self.template)
        self.problem = error_label()
        form.addRow(self.tr("Channel:"), self.channel)
        form.addRow(self.tr("Subject:"), self.subject)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _use_template(self) -> None:
        kind = self.template.currentData()
        if kind is None or self._fill is None:
            return
        try:
            subject, body = self._fill(kind)
        except RepatriaError as error:
            self.problem.setText(error_text(error))
            return
        self.problem.setText("")
        self.subject.setText(subject)
        self.body.setPlainText(body)


class ThreadDialog(QDialog):
    def __init__(
        self, counterparties: list[tuple[uuid.UUID, str, CounterpartyKind]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New thread"))
        self.counterparty = QComboBox()
        for counterparty_id, name, _kind in counterparties:
            self.counterparty.addItem(name, counterparty_id)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout(self)
        form.addRow(self.tr("Counterparty:"), self.counterparty)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Reply due by:"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class CounterpartiesDialog(QDialog):
    """The managed list of those the office writes to."""

    def __init__(self, service: CorrespondencePort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Counterparties"))
        self.table = read_only_table([self.tr("Name"), self.tr("Kind")], select="cells", fit=False, stretch=0)
        self.table.setObjectName("counterparties")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.kind = QComboBox()
        for kind in CounterpartyKind:
            self.kind.addItem(enum_label(kind), kind)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add)
        self.problem = error_label(wrap=False)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.kind)
        row.addWidget(add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(560, 380)
        self.reload()

    def reload(self) -> None:
        fill_table(self.table, [[name, enum_label(kind)] for _cid, name, kind in self._service.counterparties()])

    def add(self) -> None:
        try:
            kind = CounterpartyKind(self.kind.currentData())  # Qt hands the member back as its plain str
            self._service.add_counterparty(self.name.text().strip(), kind)
        except RepatriaError as error:
            self.problem.setText(error_text(error))
            return
        self.problem.setText("")
        self.name.clear()
        self.reload()
