"""Health reports, and the Mixed Medical Commission's decisions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from models.core.enums import Annex1Category, CommissionDecision, Health
from models.core.errors import ValidationError
from models.core.partial_date import PartialDate
from models.persons.dto import CommissionDecisionInput, HealthReportInput
from views.common.labels import enum_label
from views.common.tables import fill_table, read_only_table
from views.persons.ports import PersonRecordsPort
from views.persons.records.base import PersonContext, _RecordsTab


class MedicalTab(_RecordsTab):
    """Health reports, and Mixed Medical Commission decisions (recorded by supervisors)."""

    def __init__(self, service: PersonRecordsPort, person: PersonContext, parent: QWidget | None = None) -> None:
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
