"""What happened to the person (the timeline), whom to tell (next of kin), and who said so
(sources of information)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from models.core.enums import Reliability, SourceKind, StatusEventKind
from models.persons.dto import NextOfKinInput, SourceInput, StatusEventInput
from views.common.labels import enum_label, said
from views.common.tables import fill_table
from views.persons.ports import PersonRecordsPort
from views.persons.records.base import PersonContext, _RecordsTab


class TimelineTab(_RecordsTab):
    """The person's story as a readable timeline, oldest first."""

    def __init__(self, service: PersonRecordsPort, person: PersonContext, parent: QWidget | None = None) -> None:
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
                [str(e.occurred_on or "?"), enum_label(e.kind), e.place, enum_label(e.reliability), said(e.description)]
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
    def __init__(self, service: PersonRecordsPort, person: PersonContext, parent: QWidget | None = None) -> None:
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
    def __init__(self, service: PersonRecordsPort, person: PersonContext, parent: QWidget | None = None) -> None:
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
