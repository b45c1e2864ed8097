"""The Correspondence tab of a case: the threads about it (the tab persons have too), and a
new thread about the case (to the ICRC, the other side …)."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from models.core.enums import CounterpartyKind
from views.common.correspondence_tab import CorrespondenceTab
from views.common.record_dialog import lay_out_form
from views.common.widgets import error_label
from views.remains.case_tabs.context import CaseContext
from views.remains.ports import CasePort


class CaseThreadsTab(CorrespondenceTab):
    service: CasePort
    record: CaseContext

    def __init__(self, service: CasePort, case: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(service, case, parent)
        self.dialog: QDialog | None = None  # the one open on top, kept for tests and alive while open
        new_thread = QPushButton(self.tr("New thread about this case…"))
        new_thread.clicked.connect(self.new_thread)
        self.buttons.addWidget(new_thread)
        self.buttons.addStretch(1)

    def new_thread(self) -> QDialog | None:
        case_id, detail = self.record.case_id, self.record.detail
        if case_id is None or detail is None:
            return None
        dialog = NewThreadDialog(
            self.service.counterparties(),
            self.tr("Remains case {0}").format(detail.case.case_number),
            self,
        )

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            counterparty, subject, due = dialog.values()
            if self.record.write(lambda: self.service.open_thread(case_id, counterparty, subject, due)):
                self.reload()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog


class NewThreadDialog(QDialog):
    """A correspondence thread about a remains case: to whom, about what, answer due when."""

    def __init__(
        self,
        counterparties: list[tuple[uuid.UUID, str, CounterpartyKind]],
        subject: str,
        parent: QWidget | None = None,
    ) -> None:
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
        self.error = error_label(wrap=False)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.counterparty)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Answer due (YYYY-MM-DD):"), self.due)
        lay_out_form(self, form, self.error, self._check)
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

    def values(self) -> tuple[uuid.UUID, str, dt.date | None]:
        text = self.due.text().strip()
        due = dt.date.fromisoformat(text) if text else None
        return self._ids[self.counterparty.currentIndex()], self.subject.text().strip(), due
