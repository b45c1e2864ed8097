"""The Identification tab: the case's proposals before the board and their signatures, and
what followed an identification (the family notified, the remains handed over, the burial)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from models.core.enums import IdentificationDecision, ProposalState
from models.core.errors import RepatriaError
from models.remains.dto import CaseDetail, ProposalDTO
from views.common.labels import enum_label
from views.common.messages import warn
from views.common.tables import fill_table, read_only_table
from views.common.widgets import button_row
from views.remains.case_tabs.context import CaseContext
from views.remains.dialogs import FollowUpDialog
from views.remains.ports import CasePort


class IdentificationTab(QWidget):
    person_activated = Signal(object)  # the identified (or proposed) person's id

    def __init__(self, service: CasePort, case: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.case = service, case
        self.proposals: list[ProposalDTO] = []
        self.dialog: QDialog | None = None  # the one open on top, kept for tests and alive while open
        self.error: QMessageBox | None = None
        self.table = read_only_table(
            [
                self.tr("Person"),
                self.tr("Conclusion"),
                self.tr("State"),
                self.tr("Signatures"),
                self.tr("Decided"),
                self.tr("Certificate"),
            ]
        )
        self.table.setObjectName("identifications")
        self.follow_up = QLabel()
        self.follow_up.setWordWrap(True)
        self.follow_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notify = QPushButton(self.tr("Family notified…"))
        notify.clicked.connect(lambda: self.follow("notify"))
        hand_over = QPushButton(self.tr("Handed over…"))
        hand_over.clicked.connect(lambda: self.follow("hand_over"))
        bury = QPushButton(self.tr("Burial…"))
        bury.clicked.connect(lambda: self.follow("bury"))
        open_person = QPushButton(self.tr("Open the person"))
        open_person.clicked.connect(self._open_identified_person)
        row = button_row(notify, hand_over, bury, open_person)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.follow_up)
        layout.addLayout(row)

    def show_case(self, detail: CaseDetail) -> None:
        self.proposals = self.service.proposals(case_id=detail.case.id)
        fill_table(
            self.table,
            [
                [
                    f"{p.person_name} ({p.person_external_id})",
                    enum_label(p.decision),
                    enum_label(p.state),
                    f"{p.approvals}/{p.required}" + (f", {p.objections} ✗" if p.objections else ""),
                    p.decided_on.strftime("%d.%m.%Y") if p.decided_on else "",
                    p.death_certificate_number,
                ]
                for p in self.proposals
            ],
        )
        decided = self.identified()
        if decided is None:
            self.follow_up.setText(self.tr("No identification has been decided for this case."))
            return

        def day(value: dt.date | None) -> str:
            return value.strftime("%d.%m.%Y") if value else "—"

        self.follow_up.setText(
            self.tr("Family notified: {0} {1} {2}. Handed over: {3} to {4}. Burial: {5} {6} {7}.").format(
                day(decided.family_notified_on),
                decided.notified_by,
                decided.notification_method,
                day(decided.handed_over_on),
                decided.handed_over_to or "—",
                decided.burial_place or "—",
                day(decided.burial_date),
                decided.grave,
            )
        )

    def identified(self) -> ProposalDTO | None:
        return next(
            (
                p
                for p in reversed(self.proposals)
                if p.state is ProposalState.DECIDED and p.decision is IdentificationDecision.IDENTIFIED
            ),
            None,
        )

    def follow(self, step: str) -> QDialog | None:
        decided = self.identified()
        if decided is None:
            self.error = warn(
                self,
                self.tr("Identification"),
                RepatriaError(self.tr("No identification has been decided for this case.")),
            )
            return None
        dialog = FollowUpDialog(step, decided, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self.case.write(lambda: dialog.write(self.service))

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _open_identified_person(self) -> None:
        row = self.table.currentRow()
        chosen = self.proposals[row] if 0 <= row < len(self.proposals) else self.identified()
        if chosen is not None:
            self.person_activated.emit(chosen.person_id)
