"""Dialogs of the identification work: AM and PM side by side, proposing to the board, and
the steps after an identification (notification, handover, burial)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import IdentificationDecision, IdentificationMethod
from models.remains.dto import (
    BurialInput,
    Comparison,
    Evidence,
    HandoverInput,
    NotificationInput,
    ProposalDTO,
    Scored,
)
from views.common.labels import enum_label
from views.common.record_dialog import RecordDialog
from views.dental_chart import DentalChart

EVIDENCE_TEXT = {
    "dna": "DNA",
    "id_tag": "ID tag or document",
    "implant": "implant",
    "dental": "dental",
    "sex": "sex",
    "age": "age",
    "stature": "stature",
    "marks": "marks",
    "clothing": "clothing",
    "place": "place",
    "date": "date",
}
HIGHLIGHT = {"concordant": "#2e7d32", "explainable": "#f9a825", "inconsistent": "#ef6c00", "excluding": "#c62828"}


def evidence_label(kind: str) -> str:
    return QCoreApplication.translate("Evidence", EVIDENCE_TEXT.get(kind, kind))


def evidence_detail(evidence: Evidence) -> str:
    """The explanation in the language the app speaks (the model words it in both)."""
    ukrainian = QLocale().language() == QLocale.Language.Ukrainian
    return evidence.detail_uk if ukrainian and evidence.detail_uk else evidence.detail


def evidence_text(scored: Scored) -> str:
    """'+100.0 DNA: likelihood ratio …; +27.0 dental: …' — strongest first."""
    ordered = sorted(scored.evidence, key=lambda e: -abs(e.weight))
    return "\n".join(f"{e.weight:+.1f} {evidence_label(e.kind)}: {evidence_detail(e)}" for e in ordered)


class ComparisonDialog(QDialog):
    """A case and one candidate side by side: AM on the left, PM on the right, the dental
    charts with each compared tooth outlined (green concordant, amber explainable, red
    excluding), and the evidence with its weights."""

    reject_requested = Signal()
    propose_requested = Signal()
    person_activated = Signal(object)

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        person, am, pm, case = comparison.person, comparison.am, comparison.pm, comparison.case.case
        record = comparison.ante_mortem
        ukrainian = QLocale().language() == QLocale.Language.Ukrainian
        self.setWindowTitle(self.tr("{0} and case {1}").format(am.name, pm.case_number))
        grid = QGridLayout()
        grid.addWidget(self._bold(self.tr("Ante mortem: {0} ({1})").format(am.name, am.external_id)), 0, 1)
        grid.addWidget(self._bold(self.tr("Post mortem: case {0}").format(pm.case_number)), 0, 2)

        def dash(text: object) -> str:
            return str(text) if text not in (None, "") else "—"

        rows = [
            (self.tr("Sex"), enum_label(am.sex), enum_label(pm.sex)),
            (
                self.tr("Age"),
                self.tr("born {0}").format(am.date_of_birth.dotted()) if am.date_of_birth else "—",
                f"{dash(pm.age_min)}–{dash(pm.age_max)}",
            ),
            (self.tr("Stature, cm"), dash(am.stature_cm), f"{dash(pm.stature_min_cm)}–{dash(pm.stature_max_cm)}"),
            (self.tr("Hair"), dash(record.hair if record else ""), dash(case.hair)),
            (
                self.tr("Marks"),
                dash("; ".join(m.describe(ukrainian) for m in am.marks)),
                dash("; ".join(m.describe(ukrainian) for m in pm.marks)),
            ),
            (
                self.tr("Implants"),
                dash(", ".join(sorted(am.implant_serials))),
                dash(", ".join(sorted(pm.implant_serials))),
            ),
            (self.tr("Clothing"), dash(am.clothing), dash(case.clothing)),
            (self.tr("Service number / ID tags"), dash(am.service_number), dash(pm.id_text)),
            (
                self.tr("Last seen / recovered"),
                dash(
                    ", ".join(
                        p for p in (am.last_seen_place, am.last_seen_date.dotted() if am.last_seen_date else "") if p
                    )
                ),
                dash(
                    ", ".join(
                        p for p in (pm.recovery_place, pm.recovery_date.dotted() if pm.recovery_date else "") if p
                    )
                ),
            ),
            (self.tr("Medical history"), dash(record.medical_history if record else ""), dash(case.injuries)),
        ]
        for n, (label, left, right) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label + ":"), n, 0, Qt.AlignmentFlag.AlignTop)
            for column, text in ((1, left), (2, right)):
                value = QLabel(text)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, n, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.am_chart = DentalChart(editable=False)
        self.am_chart.setObjectName("am_chart")
        self.am_chart.set_chart(am.dental)
        self.pm_chart = DentalChart(editable=False)
        self.pm_chart.setObjectName("pm_chart")
        self.pm_chart.set_chart(pm.dental)
        for tooth, kind in comparison.teeth.items():
            if kind in HIGHLIGHT:
                self.am_chart.highlight[tooth] = self.pm_chart.highlight[tooth] = HIGHLIGHT[kind]
        charts = QHBoxLayout()
        for title, chart in (
            (self.tr("Dental chart in life (AM)"), self.am_chart),
            (self.tr("Dental chart of the remains (PM)"), self.pm_chart),
        ):
            side = QVBoxLayout()
            side.addWidget(self._bold(title))
            side.addWidget(chart)
            charts.addLayout(side)
        legend = QLabel(
            self.tr(
                "Outlines: green concordant, amber explainable (dental work after the record), "
                "orange inconsistent, red excluding."
            )
        )
        legend.setWordWrap(True)

        self.evidence = QTableWidget(0, 3)
        self.evidence.setObjectName("evidence")
        self.evidence.setHorizontalHeaderLabels([self.tr("Evidence"), self.tr("Weight"), self.tr("Detail")])
        self.evidence.verticalHeader().hide()
        self.evidence.horizontalHeader().setStretchLastSection(True)
        self.evidence.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        scored = comparison.scored
        self.evidence.setRowCount(len(scored.evidence) + 1)
        for row, e in enumerate(scored.evidence):
            for column, text in enumerate((evidence_label(e.kind), f"{e.weight:+.1f}", evidence_detail(e))):
                self.evidence.setItem(row, column, QTableWidgetItem(text))
        total = len(scored.evidence)
        self.evidence.setItem(total, 0, QTableWidgetItem(self.tr("Total")))
        self.evidence.setItem(total, 1, QTableWidgetItem(f"{scored.score:+.1f}"))
        self.evidence.setItem(total, 2, QTableWidgetItem(self.tr("excluded") if scored.excluded else ""))
        self.evidence.resizeColumnsToContents()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(grid)
        layout.addLayout(charts)
        layout.addWidget(legend)
        layout.addWidget(self._bold(self.tr("Evidence for and against")))
        layout.addWidget(self.evidence, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        open_person = QPushButton(self.tr("Open the person"))
        open_person.clicked.connect(lambda: self.person_activated.emit(person.id))
        reject = QPushButton(self.tr("Reject…"))
        reject.clicked.connect(self._reject_candidate)
        propose = QPushButton(self.tr("Propose to the board…"))
        propose.clicked.connect(self._propose_candidate)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (open_person, reject, propose):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.resize(1180, 760)

    def _reject_candidate(self) -> None:
        self.reject_requested.emit()
        self.close()

    def _propose_candidate(self) -> None:
        self.propose_requested.emit()
        self.close()

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold")
        return label


class ProposeDialog(QDialog):
    """Put a case and a person before the identification board, with the evidence."""

    def __init__(self, person_name: str, scored: Scored, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Propose {0} to the board").format(person_name))
        self.decision_box = QComboBox()
        self.decision_box.setObjectName("decision")
        for decision in IdentificationDecision:
            self.decision_box.addItem(enum_label(decision), decision)
        self.method_box = QComboBox()
        self.method_box.setObjectName("method")
        for method in IdentificationMethod:
            self.method_box.addItem(enum_label(method), method)
        self.method_box.setCurrentIndex(0 if scored.primary else 1)
        if scored.excluded:
            self.decision_box.setCurrentIndex(self.decision_box.findData(IdentificationDecision.EXCLUDED))
        self.text = QPlainTextEdit(evidence_text(scored))
        self.text.setObjectName("evidence")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Conclusion:"), self.decision_box)
        form.addRow(self.tr("Method:"), self.method_box)
        form.addRow(self.tr("Evidence:"), self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _check(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("The board decides on evidence: describe it."))
            return
        self.accept()

    def decision(self) -> IdentificationDecision:
        return self.decision_box.currentData()  # type: ignore[no-any-return]

    def method(self) -> IdentificationMethod:
        return self.method_box.currentData()  # type: ignore[no-any-return]

    def evidence(self) -> str:
        return self.text.toPlainText().strip()


class FollowUpDialog(RecordDialog):
    """One step after an identification; ``write(service)`` records it."""

    def __init__(self, step: str, proposal: ProposalDTO, parent: QWidget | None = None) -> None:
        titles = {
            "notify": self.tr("The family is notified"),
            "hand_over": self.tr("The remains are handed over"),
            "bury": self.tr("Burial"),
        }
        fields = {
            "notify": [
                ("on", self.tr("Notified on"), "date"),
                ("by", self.tr("By whom"), "text"),
                ("how", self.tr("How (in person, by phone, by letter)"), "text"),
            ],
            "hand_over": [
                ("on", self.tr("Handed over on"), "date"),
                ("to", self.tr("To whom"), "text"),
                ("documents", self.tr("Documents handed over"), "multiline"),
            ],
            "bury": [
                ("place", self.tr("Burial place"), "text"),
                ("on", self.tr("Buried on"), "date"),
                ("grave", self.tr("Grave"), "text"),
            ],
        }[step]
        super().__init__(titles[step] + f" — {proposal.person_name}", fields, parent)
        self.step, self.proposal = step, proposal
        if "on" in self.widgets and step != "bury":
            self.set_values({"on": dt.date.today().isoformat()})

    def write(self, service: Any) -> None:
        values = self.values()
        day = values["on"].earliest() if values.get("on") else None
        if day is None and self.step != "bury":
            raise ValueError(self.tr("The date is required"))
        if self.step == "notify":
            service.notify(self.proposal.id, NotificationInput(day, values["by"], values["how"]))
        elif self.step == "hand_over":
            service.hand_over(self.proposal.id, HandoverInput(day, values["to"], values["documents"]))
        else:
            service.bury(self.proposal.id, BurialInput(values["place"], day, values["grave"]))


class NewThreadDialog(QDialog):
    """A correspondence thread about a remains case: to whom, about what, answer due when."""

    def __init__(self, counterparties: list[tuple[Any, str, Any]], subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New thread"))
        self.counterparty = QComboBox()
        self.counterparty.setObjectName("counterparty")
        self._ids = [cid for cid, _name, _kind in counterparties]
        for _cid, name, _kind in counterparties:
            self.counterparty.addItem(name)
        self.subject = QLineEdit(subject)
        self.subject.setObjectName("subject")
        self.due = QLineEdit((dt.date.today() + dt.timedelta(days=30)).isoformat())
        self.due.setObjectName("due_on")
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.counterparty)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Answer due (YYYY-MM-DD):"), self.due)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 180)

    def _check(self) -> None:
        if not self._ids:
            self.error.setText(self.tr("Add the counterparty in the Correspondence section first."))
            return
        try:
            self.values()
        except ValueError:
            self.error.setText(self.tr("Answer due: write the date as YYYY-MM-DD, or leave it empty"))
            return
        self.accept()

    def values(self) -> tuple[Any, str, dt.date | None]:
        text = self.due.text().strip()
        due = dt.date.fromisoformat(text) if text else None
        return self._ids[self.counterparty.currentIndex()], self.subject.text().strip(), due
