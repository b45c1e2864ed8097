"""The Candidates tab: the missing persons ranked against the case, best first, with the
evidence for and against each; compare, reject (with a reason kept with the case), restore,
or propose one to the identification board."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from models.remains.dto import ProposalInput, RankedCase, Scored
from views.common.messages import warn
from views.common.record_dialog import RecordDialog
from views.common.tables import fill_table, read_only_table
from views.common.tasks import run_task
from views.common.widgets import button_row
from views.remains.case_tabs.context import CaseContext
from views.remains.comparison import ComparisonDialog
from views.remains.dialogs import ProposeDialog
from views.remains.evidence import evidence_text
from views.remains.ports import CasePort


class CandidatesTab(QWidget):
    person_activated = Signal(object)  # a candidate's id, to open their record
    proposed = Signal()  # a candidate is before the board now

    def __init__(self, service: CasePort, case: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.case = service, case
        self.ranked: RankedCase | None = None
        self.dialog: QDialog | None = None  # the one open on top, kept for tests and alive while open
        self.table = read_only_table([self.tr("#"), self.tr("Person"), self.tr("Score"), self.tr("Evidence")])
        self.table.setObjectName("candidates")
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.compare())
        self.status = QLabel()
        self.status.setWordWrap(True)  # the identification and the count need two lines at 1366 px
        self.rejected_list = QListWidget()
        self.rejected_list.setObjectName("rejected")
        self.rejected_list.setMaximumHeight(90)
        compare = QPushButton(self.tr("Compare AM / PM…"))
        compare.clicked.connect(self.compare)
        reject = QPushButton(self.tr("Reject…"))
        reject.clicked.connect(self.reject_candidate)
        propose = QPushButton(self.tr("Propose to the board…"))
        propose.clicked.connect(self.propose)
        self.propose_button = propose  # none while the board's identification stands
        restore = QPushButton(self.tr("Restore rejected"))
        restore.clicked.connect(self.restore_candidate)
        refresh = QPushButton(self.tr("Rank again"))
        refresh.clicked.connect(self.load_candidates)
        row = button_row(compare, reject, propose, refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Rejected candidates and the reasons")))
        layout.addWidget(self.rejected_list)
        layout.addLayout(button_row(restore))

    def forget_ranking(self) -> None:
        """What the ranking was read from has changed: rank again when next shown."""
        self.ranked = None

    def load_candidates(self) -> None:
        case_id = self.case.case_id
        if case_id is None:
            return
        self.status.setText(self.tr("Ranking the missing persons…"))
        run_task(
            lambda _progress: self.service.candidates(case_id, 10),
            self._show_candidates,
            on_failure=lambda error: setattr(self, "error", warn(self, self.tr("Candidates"), error)),
            parent=self,
        )

    def _show_candidates(self, ranked: RankedCase) -> None:
        self.ranked = ranked
        rows = []
        for n, scored in enumerate(ranked.ranking.candidates, start=1):
            person = ranked.profiles[scored.person_id]
            rows.append(
                [
                    str(n),
                    f"{person.name} ({person.external_id})",
                    f"{scored.score:+.1f}" + (" ✗" if scored.excluded else ""),
                    evidence_text(scored),
                ]
            )
        fill_table(self.table, rows)
        self.table.resizeRowsToContents()
        if ranked.ranking.candidates:
            self.table.selectRow(0)
        self.status.setText(
            self.tr(
                "{0} persons sought compared (missing, captured, or dead and not yet identified); the best {1} shown, "
                "best first. ✗ marks an exclusion."
            ).format(ranked.ranking.considered, len(ranked.ranking.candidates))
            if ranked.ranking.candidates
            else self.tr("No missing person shares any evidence with this case yet.")
        )
        identified = ranked.profiles.get(ranked.identified) if ranked.identified else None
        self.propose_button.setEnabled(identified is None)
        if identified is not None:  # what the board decided comes first, and no second proposal is offered
            self.status.setText(
                self.tr(
                    "Identified by the board as {0} ({1}): first below, with the decision and the DNA result."
                ).format(identified.name, identified.external_id)
                + " "
                + self.status.text()
            )
        self.rejected_list.clear()
        for person_id, reason in ranked.rejected.items():
            profile = ranked.profiles.get(person_id)
            name = f"{profile.name} ({profile.external_id})" if profile else str(person_id)
            self.rejected_list.addItem(f"{name}: {reason}")
            self.rejected_list.item(self.rejected_list.count() - 1).setData(Qt.ItemDataRole.UserRole, person_id)

    def selected_candidate(self) -> Scored | None:
        if self.ranked is None:
            return None
        row = self.table.currentRow()
        candidates = self.ranked.ranking.candidates
        return candidates[row] if 0 <= row < len(candidates) else None

    def compare(self) -> ComparisonDialog | None:
        scored, case_id = self.selected_candidate(), self.case.case_id
        if scored is None or case_id is None:
            return None
        dialog = ComparisonDialog(self.service.compare(case_id, scored.person_id), self)
        dialog.reject_requested.connect(self.reject_candidate)
        dialog.propose_requested.connect(self.propose)
        dialog.person_activated.connect(self.person_activated)
        dialog.show()
        self.comparison = dialog
        return dialog

    def reject_candidate(self) -> RecordDialog | None:
        scored, case_id = self.selected_candidate(), self.case.case_id
        if scored is None or case_id is None or self.ranked is None:
            return None
        person = self.ranked.profiles[scored.person_id]
        dialog = RecordDialog(
            self.tr("Reject {0}").format(person.name),
            [("reason", self.tr("Reason (kept with the case)"), "multiline")],
            self,
        )

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self.case.write(
                lambda: self.service.reject(case_id, scored.person_id, dialog.values()["reason"], scored)
            ):
                self.load_candidates()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def restore_candidate(self) -> None:
        item = self.rejected_list.currentItem()
        case_id = self.case.case_id
        if item is None or case_id is None:
            return
        person_id: uuid.UUID = item.data(Qt.ItemDataRole.UserRole)  # as _show_candidates stored it
        if self.case.write(lambda: self.service.restore(case_id, person_id)):
            self.load_candidates()

    def propose(self) -> ProposeDialog | None:
        scored, case_id = self.selected_candidate(), self.case.case_id
        if scored is None or case_id is None or self.ranked is None or self.ranked.identified is not None:
            return None  # an identified case takes no new proposal unless the identification is withdrawn
        person = self.ranked.profiles[scored.person_id]
        dialog = ProposeDialog(person.name, scored, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self.case.write(
                lambda: self.service.propose(
                    ProposalInput(case_id, scored.person_id, dialog.decision(), dialog.method(), dialog.evidence())
                )
            ):
                self.proposed.emit()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog
