"""A record's change log, as its history tab shows it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from models.persons.dto import HistoryEntry
from views.common.labels import entity_label, field_label, op_label, value_label
from views.common.ports import HistoryPort, RecordContext
from views.common.tables import fill_table, read_only_table
from views.common.tasks import run_task


class HistoryTab(QWidget):
    """Who changed what, when, from what to what (the change log), loaded in the background."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, service: HistoryPort, record: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.record = service, record
        self.table = read_only_table(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("Record"),
                self.tr("Change"),
                self.tr("Field"),
                self.tr("Old value"),
                self.tr("New value"),
            ]
        )
        self.table.setObjectName("history")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.entries: list[HistoryEntry] = []
        self._generation = 0

    def reload(self) -> None:
        pid = self.record.record_id
        self._generation += 1
        generation = self._generation
        if pid is None:
            self.table.setRowCount(0)
            return

        def show(entries: list[HistoryEntry]) -> None:
            if generation != self._generation:
                return  # a newer reload is on its way: this answer is out of date
            self.entries = entries
            fill_table(
                self.table,
                [
                    [
                        e.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                        e.author,
                        entity_label(e.entity),
                        op_label(e.op),
                        field_label(e.field, e.entity),
                        value_label(e.field, e.old, e.entity),
                        value_label(e.field, e.new, e.entity),
                    ]
                    for e in entries
                ],
            )
            self.loaded.emit()

        run_task(lambda _progress: self.service.history(pid), show, parent=self)
