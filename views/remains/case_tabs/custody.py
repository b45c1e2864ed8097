"""The Custody tab: every transfer of the remains, in order; transfers are only added."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from models.remains.dto import CaseDetail, CustodyInput
from views.common.messages import warn
from views.common.record_dialog import RecordDialog
from views.common.tables import fill_table, read_only_table
from views.common.widgets import button_row
from views.remains.case_tabs.context import CaseContext
from views.remains.ports import CasePort


class CustodyTab(QWidget):
    def __init__(self, service: CasePort, case: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.case = service, case
        self.dialog: QDialog | None = None  # the one open on top, kept for tests and alive while open
        self.error: QMessageBox | None = None
        self.table = read_only_table(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By whom"), self.tr("Note")]
        )
        self.table.setObjectName("custody")
        add = QPushButton(self.tr("Add transfer…"))
        add.clicked.connect(self.add_transfer)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Every transfer of the remains, in order. Transfers are only added, never edited."))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(add))

    def show_case(self, detail: CaseDetail) -> None:
        fill_table(
            self.table,
            [
                [f"{c.transferred_at.astimezone():%d.%m.%Y %H:%M}", c.from_party, c.to_party, c.by_whom, c.note]
                for c in detail.custody
            ],
        )

    def add_transfer(self) -> RecordDialog | None:
        case_id, detail = self.case.case_id, self.case.detail
        if case_id is None:
            return None
        last = detail.custody[-1].to_party if detail and detail.custody else ""
        dialog = RecordDialog(
            self.tr("Transfer of custody"),
            [
                ("from_party", self.tr("From"), "text"),
                ("to_party", self.tr("To"), "text"),
                ("when", self.tr("When (YYYY-MM-DD HH:MM)"), "text"),
                ("by_whom", self.tr("By whom"), "text"),
                ("note", self.tr("Note"), "multiline"),
            ],
            self,
        )
        dialog.set_values(
            {
                "from_party": last,
                "when": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
                "by_whom": self.service.user_name,
            }
        )

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            try:
                when = dt.datetime.strptime(values["when"], "%Y-%m-%d %H:%M").astimezone()
            except ValueError:
                self.error = warn(self, self.tr("Not saved"), ValueError(self.tr("When: write it as 2025-06-14 09:30")))
                return
            self.case.write(
                lambda: self.service.add_custody(
                    case_id,
                    CustodyInput(values["from_party"], values["to_party"], when, values["by_whom"], values["note"]),
                )
            )

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog
