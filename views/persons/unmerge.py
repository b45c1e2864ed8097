"""Taking back a wrong merge: the merges the change log holds, newest first; the one chosen is
undone after the reason is given and what will happen is said once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from models.core.errors import RepatriaError
from models.persons.dto import MergeRecord, PersonDTO
from views.common.messages import confirm, error_text
from views.common.tables import fill_table, read_only_table
from views.common.tasks import Task, run_task
from views.common.widgets import error_label
from views.persons.ports import PeoplePort


class UnmergeDialog(QDialog):
    """Person → Undo a merge…: the merges, a reason, "Take back"."""

    unmerged = Signal(object)  # the PersonDTO brought back

    def __init__(self, service: PeoplePort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo a merge"))
        self.service = service
        self.merges: list[MergeRecord] = []
        self.table = read_only_table(
            [self.tr("Merged on (UTC)"), self.tr("By"), self.tr("Record merged away"), self.tr("Into")], stretch=2
        )
        self.table.setObjectName("merges")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why the merge was wrong (kept in both histories)"))
        self.error = error_label("unmerge_error")
        self.note = QLabel(self.tr("Reading the merges from the change log…"))
        self.note.setWordWrap(True)
        note = self.note
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.take_back = buttons.addButton(self.tr("Take back…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_back.setEnabled(False)
        buttons.accepted.connect(self.ask)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Reason:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.question: QMessageBox | None = None
        self.task: Task[list[MergeRecord]] | None = None
        self.resize(860, 420)
        # the log of a large office is scanned for merges: in the background, never freezing
        self.task = run_task(lambda _progress: service.recent_merges(), self._show, parent=self)

    def _show(self, merges: list[MergeRecord]) -> None:
        self.task = None
        self.merges = merges
        fill_table(self.table, [[m.at.strftime("%Y-%m-%d %H:%M"), m.author, m.other, m.keep] for m in merges])
        if merges:
            self.table.selectRow(0)
        self.take_back.setEnabled(bool(merges))
        self.note.setText(
            self.tr(
                "The record merged away comes back with its own fields and everything the merge moved to the "
                "other record; the other record gets back the values the merge changed. Both histories keep "
                "the merge and its reversal."
            )
            if merges
            else self.tr("The change log holds no merge to take back.")
        )

    def chosen(self) -> MergeRecord | None:
        row = self.table.currentRow()
        return self.merges[row] if 0 <= row < len(self.merges) else None

    def ask(self) -> None:
        merge = self.chosen()
        if merge is None:
            return
        if not self.reason.text().strip():
            self.error.setText(self.tr("Say why the merge was wrong."))
            self.reason.setFocus()
            return
        self.question = confirm(
            self,
            self.tr("Undo a merge"),
            self.tr("Bring back {0} as a record of its own, separate from {1}?").format(merge.other, merge.keep),
            self.tr("Take back"),
            lambda: self._unmerge(merge),
            "confirm_unmerge",
        )

    def _unmerge(self, merge: MergeRecord) -> None:
        try:
            person: PersonDTO = self.service.unmerge(merge.other_id, self.reason.text())
        except RepatriaError as error:
            self.error.setText(error_text(error))
            return
        self.unmerged.emit(person)
        self.accept()
