"""Dialogs of the identification work: proposing to the board, and the steps after an
identification (notification, handover, burial)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QWidget,
)

from models.core.enums import IdentificationDecision, IdentificationMethod
from models.remains.dto import (
    BurialInput,
    HandoverInput,
    NotificationInput,
    ProposalDTO,
    Scored,
)
from views.common.labels import enum_label
from views.common.record_dialog import RecordDialog, lay_out_form
from views.common.widgets import error_label, index_of
from views.remains.evidence import evidence_text
from views.remains.ports import CasePort


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
            self.decision_box.setCurrentIndex(index_of(self.decision_box, IdentificationDecision.EXCLUDED))
        self.text = QPlainTextEdit(evidence_text(scored))
        self.text.setObjectName("evidence")
        self.error = error_label(wrap=False)
        form = QFormLayout()
        form.addRow(self.tr("Conclusion:"), self.decision_box)
        form.addRow(self.tr("Method:"), self.method_box)
        form.addRow(self.tr("Evidence:"), self.text)
        lay_out_form(self, form, self.error, self._check)
        self.resize(640, 420)

    def _check(self) -> None:
        if not self.text.toPlainText().strip():
            self.error.setText(self.tr("The board decides on evidence: describe it."))
            return
        self.accept()

    # Qt hands a StrEnum member back as its plain str ('identified'): made the member again, or
    # the service's `decision is IdentificationDecision.IDENTIFIED` checks never hold
    def decision(self) -> IdentificationDecision:
        return IdentificationDecision(self.decision_box.currentData())

    def method(self) -> IdentificationMethod:
        return IdentificationMethod(self.method_box.currentData())

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

    def write(self, service: CasePort) -> None:
        values = self.values()
        day = values["on"].earliest() if values.get("on") else None
        if day is None and self.step != "bury":
            raise ValueError(self.tr("The date is required"))
        if self.step == "notify":
            assert day is not None  # said above
            service.notify(self.proposal.id, NotificationInput(day, values["by"], values["how"]))
        elif self.step == "hand_over":
            assert day is not None
            service.hand_over(self.proposal.id, HandoverInput(day, values["to"], values["documents"]))
        else:
            service.bury(self.proposal.id, BurialInput(values["place"], day, values["grave"]))
