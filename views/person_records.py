"""The record tabs of the person editor: spellings, timeline, relatives, sources, medical,
files and history. Each loads when the person is loaded and writes through the facade."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import (
    Annex1Category,
    CommissionDecision,
    Health,
    NameForm,
    Reliability,
    SourceKind,
    StatusEventKind,
)
from models.core.errors import RepatriaError, ValidationError
from models.core.partial_date import PartialDate
from models.names.dto import Spelling
from models.persons.dto import (
    CommissionDecisionDTO,
    CommissionDecisionInput,
    HealthReportDTO,
    HealthReportInput,
    NameDTO,
    NameInput,
    NextOfKinDTO,
    NextOfKinInput,
    SourceDTO,
    SourceInput,
    StatusEventDTO,
    StatusEventInput,
)
from views.common.attachments_tab import AttachmentsTab
from views.common.correspondence_tab import CorrespondenceTab
from views.common.history_tab import HistoryTab
from views.common.labels import enum_label
from views.common.messages import warn
from views.common.ports import AttachmentsPort, HistoryPort, RecordContext, ThreadsPort
from views.common.record_dialog import RecordDialog
from views.common.tables import fill_table, read_only_table


class RecordsService(AttachmentsPort, ThreadsPort, HistoryPort, Protocol):
    def generated_spellings(self, surname: str, given_names: str, patronymic: str) -> list[Spelling]: ...
    def names(self, person_id: uuid.UUID) -> list[NameDTO]: ...
    def add_name(self, person_id: uuid.UUID, data: NameInput) -> NameDTO: ...
    def remove_name(self, name_id: uuid.UUID) -> None: ...
    def timeline(self, person_id: uuid.UUID) -> list[StatusEventDTO]: ...
    def add_event(self, person_id: uuid.UUID, data: StatusEventInput) -> StatusEventDTO: ...
    def next_of_kin(self, person_id: uuid.UUID) -> list[NextOfKinDTO]: ...
    def add_next_of_kin(self, person_id: uuid.UUID, data: NextOfKinInput) -> NextOfKinDTO: ...
    def sources(self, person_id: uuid.UUID) -> list[SourceDTO]: ...
    def add_source(self, person_id: uuid.UUID, data: SourceInput) -> SourceDTO: ...
    def health_reports(self, person_id: uuid.UUID) -> list[HealthReportDTO]: ...
    def add_health_report(self, person_id: uuid.UUID, data: HealthReportInput) -> HealthReportDTO: ...
    def commission_decisions(self, person_id: uuid.UUID) -> list[CommissionDecisionDTO]: ...
    def add_commission_decision(self, person_id: uuid.UUID, data: CommissionDecisionInput) -> CommissionDecisionDTO: ...


class PersonContext(RecordContext, Protocol):
    """The editor, as the record tabs see it."""

    @property
    def person_id(self) -> uuid.UUID | None: ...

    def value(self, field: str) -> Any: ...


def _show_error(parent: QWidget, error: BaseException) -> None:
    warn(parent, parent.tr("Not saved"), error, "record_error")


class _RecordsTab(QWidget):
    """A table of records about the person with an Add button."""

    changed = Signal()

    def __init__(
        self, service: RecordsService, person: PersonContext, headers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.person = person
        self.table = read_only_table(headers)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def reload(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def _ask(self, title: str, fields: list[tuple[str, str, Any]], write: Any) -> RecordDialog:
        """Open a RecordDialog; on OK, ``write(values)`` and reload (errors stay visible)."""
        dialog = RecordDialog(title, fields, self)

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or self.person.person_id is None:
                return
            try:
                write(self.person.person_id, dialog.values())
            except RepatriaError as exc:
                _show_error(self, exc)
                return
            self.reload()
            self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog


class SpellingsTab(_RecordsTab):
    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
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

    def _fields(self) -> list[tuple[str, str, Any]]:
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
            combo.setCurrentIndex(max(combo.findData(NameForm(prefill.form)), 0))
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
                _show_error(self, exc)
            self.reload()
            self.changed.emit()


class TimelineTab(_RecordsTab):
    """The person's story as a readable timeline, oldest first."""

    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Date"), self.tr("Event"), self.tr("Place"), self.tr("Reliability"), self.tr("Details")],
            parent,
        )
        self.add_button.setText(self.tr("Add event…"))
        self.table.setObjectName("timeline")
        self.table.setWordWrap(True)

    def reload(self) -> None:
        events = self.service.timeline(self.person.person_id) if self.person.person_id else []
        fill_table(
            self.table,
            [
                [str(e.occurred_on or "?"), enum_label(e.kind), e.place, enum_label(e.reliability), e.description]
                for e in events
            ],
        )
        self.table.resizeRowsToContents()

    def add(self) -> None:
        self._ask(
            self.tr("Timeline event"),
            [
                ("kind", self.tr("Event"), StatusEventKind),
                ("occurred_on", self.tr("Date"), "date"),
                ("place", self.tr("Place"), "text"),
                ("reliability", self.tr("Reliability"), Reliability),
                ("description", self.tr("Details and source"), "multiline"),
            ],
            lambda pid, v: self.service.add_event(pid, StatusEventInput(**v)),
        )


class KinTab(_RecordsTab):
    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [
                self.tr("Name"),
                self.tr("Relationship"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("To inform"),
            ],
            parent,
        )

    def reload(self) -> None:
        rows = self.service.next_of_kin(self.person.person_id) if self.person.person_id else []
        fill_table(
            self.table,
            [[k.name, k.relationship, k.address, k.phone, k.email, "✓" if k.is_person_to_inform else ""] for k in rows],
        )

    def add(self) -> None:
        self._ask(
            self.tr("Relative or person to inform"),
            [
                ("name", self.tr("Name"), "text"),
                ("relationship", self.tr("Relationship"), "text"),
                ("address", self.tr("Address"), "multiline"),
                ("phone", self.tr("Phone"), "text"),
                ("email", self.tr("E-mail"), "text"),
                ("is_person_to_inform", self.tr("Person to inform"), "bool"),
            ],
            lambda pid, v: self.service.add_next_of_kin(pid, NextOfKinInput(**v)),
        )


class SourcesTab(_RecordsTab):
    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Kind"), self.tr("Reliability"), self.tr("Received"), self.tr("Description")],
            parent,
        )

    def reload(self) -> None:
        rows = self.service.sources(self.person.person_id) if self.person.person_id else []
        fill_table(
            self.table,
            [[enum_label(s.kind), enum_label(s.reliability), str(s.received_on or ""), s.description] for s in rows],
        )

    def add(self) -> None:
        self._ask(
            self.tr("Source of information"),
            [
                ("kind", self.tr("Kind"), SourceKind),
                ("reliability", self.tr("Reliability"), Reliability),
                ("description", self.tr("Description"), "multiline"),
            ],
            lambda pid, v: self.service.add_source(pid, SourceInput(v["kind"], v["description"], v["reliability"])),
        )


class MedicalTab(_RecordsTab):
    """Health reports, and Mixed Medical Commission decisions (recorded by supervisors)."""

    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Reported"), self.tr("Health"), self.tr("Annex I"), self.tr("Description")],
            parent,
        )
        self.reports = self.table
        self.add_button.setText(self.tr("Add health report…"))
        self.decisions = read_only_table(
            [self.tr("Examined"), self.tr("Decision"), self.tr("Annex I"), self.tr("Votes"), self.tr("Members")]
        )
        decision_button = QPushButton(self.tr("Add commission decision…"))
        decision_button.clicked.connect(self.add_decision)
        self.buttons.insertWidget(1, decision_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, QLabel(self.tr("Health reports")))
        layout.insertWidget(2, QLabel(self.tr("Mixed Medical Commission decisions")))
        layout.insertWidget(3, self.decisions, 1)

    def add(self) -> None:
        self._ask(
            self.tr("Health report"),
            [
                ("reported_on", self.tr("Reported on"), "date"),
                ("health", self.tr("Health"), Health),
                ("annex1_category", self.tr("Annex I"), Annex1Category),
                ("description", self.tr("Description"), "multiline"),
            ],
            lambda pid, v: self.service.add_health_report(
                pid,
                HealthReportInput(
                    _full_date(v["reported_on"], "reported_on"), v["health"], v["annex1_category"], v["description"]
                ),
            ),
        )

    def add_decision(self) -> None:
        self._ask(
            self.tr("Mixed Medical Commission decision"),
            [
                ("examined_on", self.tr("Examined on"), "date"),
                ("decision", self.tr("Decision"), CommissionDecision),
                ("annex1_category", self.tr("Annex I"), Annex1Category),
                ("votes_for", self.tr("Votes for (of 3)"), "text"),
                ("members", self.tr("Members"), "multiline"),
            ],
            lambda pid, v: self.service.add_commission_decision(
                pid,
                CommissionDecisionInput(
                    _full_date(v["examined_on"], "examined_on"),
                    v["decision"],
                    _votes(v["votes_for"]),
                    3 - _votes(v["votes_for"]),
                    v["annex1_category"],
                    v["members"],
                ),
            ),
        )

    def reload(self) -> None:
        pid = self.person.person_id
        reports = self.service.health_reports(pid) if pid else []
        decisions = self.service.commission_decisions(pid) if pid else []
        fill_table(
            self.reports,
            [
                [
                    str(r.reported_on),
                    enum_label(r.health),
                    r.annex1_category.value if r.annex1_category else "",
                    r.description,
                ]
                for r in reports
            ],
        )
        fill_table(
            self.decisions,
            [
                [
                    str(d.examined_on),
                    enum_label(d.decision),
                    d.annex1_category.value if d.annex1_category else "",
                    f"{d.votes_for}:{d.votes_against}",
                    d.members,
                ]
                for d in decisions
            ],
        )


def _full_date(value: PartialDate | None, field: str) -> dt.date:
    if value is None or not value.is_complete:
        raise ValidationError.single(field, "needs a full date (YYYY-MM-DD)")
    return value.earliest()


def _votes(text: str) -> int:
    if not text.strip().isdigit():
        raise ValidationError.single("votes_for", f"{text!r} is not a number of votes")
    return int(text)


RECORD_TABS = (
    ("Spellings", SpellingsTab),
    ("Timeline", TimelineTab),
    ("Next of kin", KinTab),
    ("Sources", SourcesTab),
    ("Medical", MedicalTab),
    ("Attachments", AttachmentsTab),
    ("Correspondence", CorrespondenceTab),
    ("History", HistoryTab),
)


def record_tabs(service: RecordsService) -> Callable[[PersonContext], list[tuple[str, QWidget]]]:
    """The record tabs of a person editor, in DOMAIN.md's order (titles translated)."""

    def build(person: PersonContext) -> list[tuple[str, QWidget]]:
        return [
            (QCoreApplication.translate("PersonRecords", title), tab(service, person)) for title, tab in RECORD_TABS
        ]

    return build
