"""The spellings of a person's name: those the name engine generates, and those entered."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from models.core.enums import NameForm
from models.core.errors import RepatriaError
from models.names.dto import Spelling
from models.persons.dto import NameDTO, NameInput
from views.common.labels import enum_label
from views.common.record_dialog import RecordField
from views.common.tables import fill_table
from views.common.widgets import index_of
from views.persons.ports import PersonRecordsPort
from views.persons.records.base import PersonContext, _RecordsTab


class SpellingsTab(_RecordsTab):
    def __init__(self, service: PersonRecordsPort, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Form"), self.tr("Surname"), self.tr("Given names"), self.tr("Patronymic"), self.tr("Origin")],
            parent,
        )
        self.add_button.setText(self.tr("Add spelling…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.buttons.insertWidget(1, self.remove_button)
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self._stored: list[NameDTO] = []
        self._generated: list[Spelling] = []

    def reload(self) -> None:
        surname, given, patronymic = (self.person.value(f).strip() for f in ("surname", "given_names", "patronymic"))
        self._generated = self.service.generated_spellings(surname, given, patronymic) if surname else []
        self._stored = self.service.names(self.person.person_id) if self.person.person_id else []
        rows = [
            [enum_label(NameForm(s.form)), s.surname, s.given_names, s.patronymic, self.tr("generated")]
            for s in self._generated
        ]
        rows += [[enum_label(n.form), n.surname, n.given_names, n.patronymic, self.tr("entered")] for n in self._stored]
        fill_table(self.table, rows)

    def _fields(self) -> list[RecordField]:
        return [
            ("form", self.tr("Form"), NameForm),
            ("surname", self.tr("Surname"), "text"),
            ("given_names", self.tr("Given names"), "text"),
            ("patronymic", self.tr("Patronymic"), "text"),
        ]

    def add(self, prefill: Spelling | None = None) -> None:
        dialog = self._ask(
            self.tr("Another spelling"),
            self._fields(),
            lambda pid, v: self.service.add_name(
                pid, NameInput(v["form"], v["surname"], v["given_names"], v["patronymic"])
            ),
        )
        if prefill is not None:
            combo = dialog.widgets["form"]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(index_of(combo, NameForm(prefill.form)), 0))
            for field in ("surname", "given_names", "patronymic"):
                edit = dialog.widgets[field]
                assert isinstance(edit, QLineEdit)
                edit.setText(getattr(prefill, field))

    def edit_row(self, row: int) -> None:
        """A generated spelling is edited by storing the corrected one beside it."""
        if 0 <= row < len(self._generated):
            self.add(self._generated[row])

    def remove(self) -> None:
        row = self.table.currentRow() - len(self._generated)
        if 0 <= row < len(self._stored):
            try:
                self.service.remove_name(self._stored[row].id)
            except RepatriaError as exc:
                self._show_error(exc)
            self.reload()
            self.changed.emit()
