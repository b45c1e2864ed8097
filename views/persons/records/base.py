"""What every record tab of the person editor shares: a table of the person's records with
an Add button, the records written through a RecordDialog, and the editor as the tabs see it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from models.core.errors import RepatriaError
from views.common.messages import warn
from views.common.ports import RecordContext
from views.common.record_dialog import RecordDialog, RecordField
from views.common.tables import read_only_table
from views.common.widgets import button_row
from views.persons.ports import PersonRecordsPort


class PersonContext(RecordContext, Protocol):
    """The editor, as the record tabs see it."""

    @property
    def person_id(self) -> uuid.UUID | None: ...

    def value(self, field: str) -> Any: ...


class _RecordsTab(QWidget):
    """A table of records about the person with an Add button."""

    changed = Signal()

    def __init__(
        self, service: PersonRecordsPort, person: PersonContext, headers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.person = person
        self.table = read_only_table(headers)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.buttons = button_row(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def reload(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def _show_error(self, error: BaseException) -> None:
        warn(self, self.tr("Not saved"), error, "record_error")

    def _ask(
        self, title: str, fields: Sequence[RecordField], write: Callable[[uuid.UUID, dict[str, Any]], object]
    ) -> RecordDialog:
        """Open a RecordDialog; on OK, ``write(values)`` and reload (errors stay visible)."""
        dialog = RecordDialog(title, fields, self)

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or self.person.person_id is None:
                return
            try:
                write(self.person.person_id, dialog.values())
            except RepatriaError as exc:
                self._show_error(exc)
                return
            self.reload()
            self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog
