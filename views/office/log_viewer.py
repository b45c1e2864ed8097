"""The change log viewer: who changed what and when, newest first, filtered by the kind of
record, one record or person, the user and the days; every change of the event selected, old
value beside new; and "verify the chain", whose answer says whether anything was altered.
Every read runs in the background: the log of a large office holds millions of events."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.core.dto import ChainReport
from models.core.numbers import grouped
from models.office.dto import PAGE, LogEvent, LogPage, LogQuery
from views.common.labels import entity_label, field_label, op_label, value_label
from views.common.messages import error_text
from views.common.tables import fill_table, read_only_table
from views.common.tasks import Task, run_task
from views.common.widgets import ERROR_COLOUR, fit_to_screen
from views.office.ports import ChangeLogPort


def _value(field: str, value: Any, entity: str = "") -> str:
    """A logged value as people read it: codes and flags in words, lists and records item by item."""
    if value in (None, "", []):
        return "—"
    return value_label(field, value, entity)


class ChangeLogDialog(QDialog):
    """``record_id`` opens the viewer on one record or person (a person's "history in full")."""

    def __init__(
        self, service: ChangeLogPort, parent: QWidget | None = None, record_id: uuid.UUID | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change log"))
        self.service = service
        self.events: list[LogEvent] = []
        self.total = 0
        self.task: Task[Any] | None = None
        self.entity = QComboBox()
        self.entity.setObjectName("entity")
        self.entity.addItem(self.tr("every kind of record"), None)
        self.author = QComboBox()
        self.author.setObjectName("author")
        self.author.addItem(self.tr("every user"), None)
        self.record = QLineEdit(str(record_id) if record_id else "")
        self.record.setObjectName("record")
        self.record.setPlaceholderText(self.tr("record or person ID"))
        self.record.setClearButtonEnabled(True)
        self.use_days = QCheckBox(self.tr("from"))
        self.use_days.setObjectName("use_days")
        self.since = QDateEdit(QDate.currentDate().addDays(-30))
        self.until = QDateEdit(QDate.currentDate())
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.use_days.toggled.connect(self.since.setEnabled)
        self.use_days.toggled.connect(self.until.setEnabled)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setObjectName("show")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        self.record.returnPressed.connect(self.load)
        filters = QHBoxLayout()
        for widget in (
            self.entity,
            self.author,
            self.record,
            self.use_days,
            self.since,
            QLabel(self.tr("to")),
            self.until,
            self.show_button,
        ):
            filters.addWidget(widget)
        self.record.setMinimumWidth(220)
        self.table = read_only_table(
            [
                self.tr("When (UTC)"),
                self.tr("User"),
                self.tr("Record"),
                self.tr("Change"),
                self.tr("Fields"),
                self.tr("About"),
            ],
            stretch=5,
        )
        self.table.setObjectName("events")
        self.table.itemSelectionChanged.connect(self._show_event)
        copy = QAction(self.tr("Copy the record's ID"), self.table)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(self.copy_record_id)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.detail = QTextBrowser()
        self.detail.setObjectName("event_detail")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([380, 160])
        self.count = QLabel()
        self.count.setObjectName("log_count")
        self.more_button = QPushButton(self.tr("Show {0} more").format(PAGE))
        self.more_button.clicked.connect(self.load_more)
        self.verify_button = QPushButton(self.tr("Verify the chain"))
        self.verify_button.setObjectName("verify")
        self.verify_button.setToolTip(
            self.tr("Recompute every event's hash: any event altered, removed or inserted outside the app is found")
        )
        self.verify_button.clicked.connect(self.verify)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.verify_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 640)
        run_task(lambda _progress: self.service.log_choices(), self._fill_choices, parent=self)
        self.load()

    def _fill_choices(self, choices: tuple[list[str], list[str]]) -> None:
        entities, authors = choices
        for entity in sorted(entities, key=entity_label):
            self.entity.addItem(entity_label(entity), entity)
        for author in authors:
            self.author.addItem(author, author)

    def query(self, offset: int = 0) -> LogQuery | None:
        """The filters as a query; None when the ID typed is not one (said beside the table)."""
        text = self.record.text().strip()
        # an id, or what people see: a person's external id (UA-0001234), a case number
        record_id = self.service.record_of(text) if text else None
        if text and record_id is None:
            self.count.setText(
                self.tr("«{0}» is not an ID: IDs look like 01a22e09-72a5-764a-bc00-8439df6254ee").format(text)
            )
            self.count.setStyleSheet(f"color: {ERROR_COLOUR}")
            return None
        since = self.since.date().toPython() if self.use_days.isChecked() else None
        until = self.until.date().toPython() if self.use_days.isChecked() else None
        assert since is None or isinstance(since, dt.date)
        assert until is None or isinstance(until, dt.date)
        return LogQuery(self.entity.currentData(), record_id, self.author.currentData(), since, until, offset)

    def load(self) -> None:
        """The first page of what the filters choose."""
        self._load(more=False)

    def load_more(self) -> None:
        """The next page, below the events shown."""
        self._load(more=True)

    def _load(self, *, more: bool) -> None:
        query = self.query(len(self.events) if more else 0)
        if query is None:
            return
        self.count.setStyleSheet("")
        self.count.setText(self.tr("Reading the log…"))
        self.show_button.setEnabled(False)
        self.more_button.setEnabled(False)
        self.task = run_task(
            lambda _progress: self.service.log_page(query),
            lambda page: self._show(page, more),
            parent=self,
            on_failure=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self.show_button.setEnabled(True)
        self.count.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.count.setText(error_text(error))

    def _show(self, page: LogPage, more: bool) -> None:
        self.task = None
        self.events = [*self.events, *page.events] if more else list(page.events)
        self.total = page.total
        fill_table(
            self.table,
            [
                [
                    e.at.strftime("%Y-%m-%d %H:%M:%S"),
                    e.author,
                    entity_label(e.entity),
                    op_label(e.op),
                    "; ".join(field_label(field, e.entity) for field in sorted(e.changes)),  # "Зріст, см" has a comma
                    e.subject or str(e.record_id),
                ]
                for e in self.events
            ],
        )
        self.count.setText(
            self.tr("{0} of {1} events shown").format(grouped(len(self.events)), grouped(self.total))
            if self.total
            else self.tr("No event matches these filters.")
        )
        self.show_button.setEnabled(True)
        self.more_button.setEnabled(len(self.events) < self.total)

    def _show_event(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.events):
            self.detail.clear()
            return
        event = self.events[row]
        e = html.escape
        kind = event.entity
        rows = "".join(
            f"<tr><td><b>{e(field_label(field, kind))}</b></td><td>{e(_value(field, values[0], kind))}</td>"
            f"<td>→</td><td>{e(_value(field, values[1], kind))}</td></tr>"
            if isinstance(values, list) and len(values) == 2
            else f"<tr><td><b>{e(field_label(field, kind))}</b></td><td colspan=3>{e(_value(field, values))}</td></tr>"
            for field, values in sorted(event.changes.items())
        )
        head = self.tr("{0} {1} by {2}, {3} UTC · event {4} · record {5}").format(
            entity_label(event.entity),
            op_label(event.op),
            event.author,
            event.at.strftime("%Y-%m-%d %H:%M:%S"),
            event.seq,
            event.record_id,
        )
        self.detail.setHtml(f"<p>{e(head)}</p><table cellpadding='3'>{rows}</table>")

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Verifying every event of the chain…"))
        run_task(lambda _progress: self.service.verify_chain(), self._verified, parent=self, on_failure=self._failed)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.verdict.setStyleSheet("color: #0f5132; font-weight: bold")
            self.verdict.setText(
                self.tr(
                    "The chain is intact: {0} events from {1} office(s), none altered, removed or inserted."
                ).format(grouped(report.events), report.offices)
            )
        else:
            self.verdict.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold")
            self.verdict.setText(
                self.tr("The chain is broken at {0}. Tell the office's administrator.").format(report.problem)
            )

    def copy_record_id(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.events):
            QGuiApplication.clipboard().setText(str(self.events[row].record_id))
