"""The correspondence threads about a record (a person, a remains case)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from models.correspondence.dto import ThreadSummary
from views.common.ports import RecordContext, ThreadsPort
from views.common.tables import fill_table, read_only_table


class CorrespondenceTab(QWidget):
    """The threads that concern this record (a person, a remains case), with their state and
    how long they wait; a double-click opens the thread in the Correspondence section."""

    changed = Signal()
    thread_activated = Signal(object)  # the thread's id

    def __init__(self, service: ThreadsPort, record: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.record = service, record
        self.threads: list[ThreadSummary] = []
        self.table = read_only_table(
            [self.tr("Subject"), self.tr("Counterparty"), self.tr("State"), self.tr("Due"), self.tr("Waiting, days")]
        )
        self.table.setObjectName("person_threads")
        self.table.doubleClicked.connect(self._activated)
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)

    def _activated(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.threads):
            self.thread_activated.emit(self.threads[row].id)

    def reload(self) -> None:
        pid = self.record.record_id
        threads = self.threads = self.service.correspondence(pid) if pid else []
        fill_table(
            self.table,
            [
                [
                    t.subject,
                    t.counterparty,
                    t.state.value.replace("_", " "),
                    str(t.due_on or ""),
                    "" if t.days_waiting is None else str(t.days_waiting),
                ]
                for t in threads
            ],
        )
