"""The record tabs of the person editor: spellings, timeline, relatives, sources, medical,
files and history. Each loads when the person is loaded and writes through the facade."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.dto import AttachmentDTO
from models.core.enums import (
    Annex1Category,
    CommissionDecision,
    Health,
    NameForm,
    Reliability,
    SourceKind,
    StatusEventKind,
)
from models.core.errors import RepatriaError, ValidationError
from models.core.partial_date import PartialDate
from models.correspondence.dto import ThreadSummary
from models.names.dto import Spelling
from models.persons.dto import (
    CommissionDecisionDTO,
    CommissionDecisionInput,
    HealthReportDTO,
    HealthReportInput,
    HistoryEntry,
    NameDTO,
    NameInput,
    NextOfKinDTO,
    NextOfKinInput,
    SourceDTO,
    SourceInput,
    StatusEventDTO,
    StatusEventInput,
)
from views.labels import entity_label, enum_label, op_label
from views.messages import warn
from views.tasks import Progress, run_task

THUMBNAIL = QSize(96, 96)
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp", "image/tiff")


class RecordsService(Protocol):
    def generated_spellings(self, surname: str, given_names: str, patronymic: str) -> list[Spelling]: ...
    def names(self, person_id: uuid.UUID) -> list[NameDTO]: ...
    def add_name(self, person_id: uuid.UUID, data: NameInput) -> NameDTO: ...
    def remove_name(self, name_id: uuid.UUID) -> None: ...
    def timeline(self, person_id: uuid.UUID) -> list[StatusEventDTO]: ...
    def add_event(self, person_id: uuid.UUID, data: StatusEventInput) -> StatusEventDTO: ...
    def next_of_kin(self, person_id: uuid.UUID) -> list[NextOfKinDTO]: ...
    def add_next_of_kin(self, person_id: uuid.UUID, data: NextOfKinInput) -> NextOfKinDTO: ...
    def sources(self, person_id: uuid.UUID) -> list[SourceDTO]: ...
    def add_source(self, person_id: uuid.UUID, data: SourceInput) -> SourceDTO: ...
    def health_reports(self, person_id: uuid.UUID) -> list[HealthReportDTO]: ...
    def add_health_report(self, person_id: uuid.UUID, data: HealthReportInput) -> HealthReportDTO: ...
    def commission_decisions(self, person_id: uuid.UUID) -> list[CommissionDecisionDTO]: ...
    def add_commission_decision(self, person_id: uuid.UUID, data: CommissionDecisionInput) -> CommissionDecisionDTO: ...
    def attachments(self, person_id: uuid.UUID) -> list[AttachmentDTO]: ...
    def add_attachment(self, person_id: uuid.UUID, filename: str, data: bytes) -> AttachmentDTO: ...
    def attachment_data(self, attachment_id: uuid.UUID) -> bytes: ...
    def remove_attachment(self, attachment_id: uuid.UUID) -> None: ...
    def history(self, person_id: uuid.UUID) -> list[HistoryEntry]: ...
    def correspondence(self, person_id: uuid.UUID) -> list[ThreadSummary]: ...


class PersonContext(Protocol):
    """The editor, as the record tabs see it."""

    @property
    def person_id(self) -> uuid.UUID | None: ...

    def value(self, field: str) -> Any: ...


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


def _show_error(parent: QWidget, error: BaseException) -> None:
    warn(parent, parent.tr("Not saved"), error, "record_error")


class RecordDialog(QDialog):
    """A small form for a new record; its fields are (name, label, kind) with kind text,
    multiline, date, bool or a StrEnum. ``values()`` gives what was entered."""

    def __init__(self, title: str, fields: list[tuple[str, str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fields = fields
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        for name, label, kind in fields:
            widget: QWidget
            if kind == "multiline":
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
            elif kind == "bool":
                widget = QCheckBox()
            elif isinstance(kind, type) and issubclass(kind, StrEnum):
                widget = QComboBox()
                for member in kind:
                    widget.addItem(enum_label(member), member)
            else:
                widget = QLineEdit()
                if kind == "date":
                    widget.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
            widget.setObjectName(name)
            self.widgets[name] = widget
            form.addRow(label + ":", widget)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def set_values(self, values: dict[str, Any]) -> None:
        """Start the form with these values (text, a date, a flag or a choice)."""
        for name, value in values.items():
            widget = self.widgets[name]
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            else:
                assert isinstance(widget, QComboBox)
                widget.setCurrentIndex(max(widget.findData(value), 0))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, _label, kind in self._fields:
            widget = self.widgets[name]
            if isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                result[name] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                result[name] = (PartialDate.parse(text) if text else None) if kind == "date" else text
            else:
                assert isinstance(widget, QCheckBox)
                result[name] = widget.isChecked()
        return result

    def _check(self) -> None:
        try:
            self.values()
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


class _RecordsTab(QWidget):
    """A table of records about the person with an Add button."""

    changed = Signal()

    def __init__(
        self, service: RecordsService, person: PersonContext, headers: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.person = person
        self.table = read_only_table(headers)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.add_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def reload(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def _ask(self, title: str, fields: list[tuple[str, str, Any]], write: Any) -> RecordDialog:
        """Open a RecordDialog; on OK, ``write(values)`` and reload (errors stay visible)."""
        dialog = RecordDialog(title, fields, self)

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted or self.person.person_id is None:
                return
            try:
                write(self.person.person_id, dialog.values())
            except RepatriaError as exc:
                _show_error(self, exc)
                return
            self.reload()
            self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog


class SpellingsTab(_RecordsTab):
    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Form"), self.tr("Surname"), self.tr("Given names"), self.tr("Patronymic"), self.tr("Origin")],
            parent,
        )
        self.add_button.setText(self.tr("Add spelling…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.buttons.insertWidget(1, self.remove_button)
        self.table.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self._stored: list[NameDTO] = []
        self._generated: list[Spelling] = []

    def reload(self) -> None:
        surname, given, patronymic = (self.person.value(f).strip() for f in ("surname", "given_names", "patronymic"))
        self._generated = self.service.generated_spellings(surname, given, patronymic) if surname else []
        self._stored = self.service.names(self.person.person_id) if self.person.person_id else []
        rows = [
            [enum_label(NameForm(s.form)), s.surname, s.given_names, s.patronymic, self.tr("generated")]
            for s in self._generated
        ]
        rows += [[enum_label(n.form), n.surname, n.given_names, n.patronymic, self.tr("entered")] for n in self._stored]
        fill_table(self.table, rows)

    def _fields(self) -> list[tuple[str, str, Any]]:
        return [
            ("form", self.tr("Form"), NameForm),
            ("surname", self.tr("Surname"), "text"),
            ("given_names", self.tr("Given names"), "text"),
            ("patronymic", self.tr("Patronymic"), "text"),
        ]

    def add(self, prefill: Spelling | None = None) -> None:
        dialog = self._ask(
            self.tr("Another spelling"),
            self._fields(),
            lambda pid, v: self.service.add_name(
                pid, NameInput(v["form"], v["surname"], v["given_names"], v["patronymic"])
            ),
        )
        if prefill is not None:
            combo = dialog.widgets["form"]
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(max(combo.findData(NameForm(prefill.form)), 0))
            for field in ("surname", "given_names", "patronymic"):
                edit = dialog.widgets[field]
                assert isinstance(edit, QLineEdit)
                edit.setText(getattr(prefill, field))

    def edit_row(self, row: int) -> None:
        """A generated spelling is edited by storing the corrected one beside it."""
        if 0 <= row < len(self._generated):
            self.add(self._generated[row])

    def remove(self) -> None:
        row = self.table.currentRow() - len(self._generated)
        if 0 <= row < len(self._stored):
            try:
                self.service.remove_name(self._stored[row].id)
            except RepatriaError as exc:
                _show_error(self, exc)
            self.reload()
            self.changed.emit()


class TimelineTab(_RecordsTab):
    """The person's story as a readable timeline, oldest first."""

    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Date"), self.tr("Event"), self.tr("Place"), self.tr("Reliability"), self.tr("Details")],
            parent,
        )
        self.add_button.setText(self.tr("Add event…"))
        self.table.setObjectName("timeline")
        self.table.setWordWrap(True)

    def reload(self) -> None:
        events = self.service.timeline(self.person.person_id) if self.person.person_id else []
        fill_table(
            self.table,
            [
                [str(e.occurred_on or "?"), enum_label(e.kind), e.place, enum_label(e.reliability), e.description]
                for e in events
            ],
        )
        self.table.resizeRowsToContents()

    def add(self) -> None:
        self._ask(
            self.tr("Timeline event"),
            [
                ("kind", self.tr("Event"), StatusEventKind),
                ("occurred_on", self.tr("Date"), "date"),
                ("place", self.tr("Place"), "text"),
                ("reliability", self.tr("Reliability"), Reliability),
                ("description", self.tr("Details and source"), "multiline"),
            ],
            lambda pid, v: self.service.add_event(pid, StatusEventInput(**v)),
        )


class KinTab(_RecordsTab):
    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [
                self.tr("Name"),
                self.tr("Relationship"),
                self.tr("Address"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("To inform"),
            ],
            parent,
        )

    def reload(self) -> None:
        rows = self.service.next_of_kin(self.person.person_id) if self.person.person_id else []
        fill_table(
            self.table,
            [[k.name, k.relationship, k.address, k.phone, k.email, "✓" if k.is_person_to_inform else ""] for k in rows],
        )

    def add(self) -> None:
        self._ask(
            self.tr("Relative or person to inform"),
            [
                ("name", self.tr("Name"), "text"),
                ("relationship", self.tr("Relationship"), "text"),
                ("address", self.tr("Address"), "multiline"),
                ("phone", self.tr("Phone"), "text"),
                ("email", self.tr("E-mail"), "text"),
                ("is_person_to_inform", self.tr("Person to inform"), "bool"),
            ],
            lambda pid, v: self.service.add_next_of_kin(pid, NextOfKinInput(**v)),
        )


class SourcesTab(_RecordsTab):
    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Kind"), self.tr("Reliability"), self.tr("Received"), self.tr("Description")],
            parent,
        )

    def reload(self) -> None:
        rows = self.service.sources(self.person.person_id) if self.person.person_id else []
        fill_table(
            self.table,
            [[enum_label(s.kind), enum_label(s.reliability), str(s.received_on or ""), s.description] for s in rows],
        )

    def add(self) -> None:
        self._ask(
            self.tr("Source of information"),
            [
                ("kind", self.tr("Kind"), SourceKind),
                ("reliability", self.tr("Reliability"), Reliability),
                ("description", self.tr("Description"), "multiline"),
            ],
            lambda pid, v: self.service.add_source(pid, SourceInput(v["kind"], v["description"], v["reliability"])),
        )


class MedicalTab(_RecordsTab):
    """Health reports, and Mixed Medical Commission decisions (recorded by supervisors)."""

    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(
            service,
            person,
            [self.tr("Reported"), self.tr("Health"), self.tr("Annex I"), self.tr("Description")],
            parent,
        )
        self.reports = self.table
        self.add_button.setText(self.tr("Add health report…"))
        self.decisions = read_only_table(
            [self.tr("Examined"), self.tr("Decision"), self.tr("Annex I"), self.tr("Votes"), self.tr("Members")]
        )
        decision_button = QPushButton(self.tr("Add commission decision…"))
        decision_button.clicked.connect(self.add_decision)
        self.buttons.insertWidget(1, decision_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, QLabel(self.tr("Health reports")))
        layout.insertWidget(2, QLabel(self.tr("Mixed Medical Commission decisions")))
        layout.insertWidget(3, self.decisions, 1)

    def add(self) -> None:
        self._ask(
            self.tr("Health report"),
            [
                ("reported_on", self.tr("Reported on"), "date"),
                ("health", self.tr("Health"), Health),
                ("annex1_category", self.tr("Annex I"), Annex1Category),
                ("description", self.tr("Description"), "multiline"),
            ],
            lambda pid, v: self.service.add_health_report(
                pid,
                HealthReportInput(
                    _full_date(v["reported_on"], "reported_on"), v["health"], v["annex1_category"], v["description"]
                ),
            ),
        )

    def add_decision(self) -> None:
        self._ask(
            self.tr("Mixed Medical Commission decision"),
            [
                ("examined_on", self.tr("Examined on"), "date"),
                ("decision", self.tr("Decision"), CommissionDecision),
                ("annex1_category", self.tr("Annex I"), Annex1Category),
                ("votes_for", self.tr("Votes for (of 3)"), "text"),
                ("members", self.tr("Members"), "multiline"),
            ],
            lambda pid, v: self.service.add_commission_decision(
                pid,
                CommissionDecisionInput(
                    _full_date(v["examined_on"], "examined_on"),
                    v["decision"],
                    _votes(v["votes_for"]),
                    3 - _votes(v["votes_for"]),
                    v["annex1_category"],
                    v["members"],
                ),
            ),
        )

    def reload(self) -> None:
        pid = self.person.person_id
        reports = self.service.health_reports(pid) if pid else []
        decisions = self.service.commission_decisions(pid) if pid else []
        fill_table(
            self.reports,
            [
                [
                    str(r.reported_on),
                    enum_label(r.health),
                    r.annex1_category.value if r.annex1_category else "",
                    r.description,
                ]
                for r in reports
            ],
        )
        fill_table(
            self.decisions,
            [
                [
                    str(d.examined_on),
                    enum_label(d.decision),
                    d.annex1_category.value if d.annex1_category else "",
                    f"{d.votes_for}:{d.votes_against}",
                    d.members,
                ]
                for d in decisions
            ],
        )


def _full_date(value: PartialDate | None, field: str) -> dt.date:
    if value is None or not value.is_complete:
        raise ValidationError.single(field, "needs a full date (YYYY-MM-DD)")
    return value.earliest()


def _votes(text: str) -> int:
    if not text.strip().isdigit():
        raise ValidationError.single("votes_for", f"{text!r} is not a number of votes")
    return int(text)


class AttachmentsTab(QWidget):
    """Photos and documents: drop files here or add them; images show as thumbnails."""

    changed = Signal()

    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.person = service, person
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(140, 140))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self.open_item)
        self.status = QLabel(self.tr("Drop photos and documents here, or add them with the button."))
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_item(self.list.currentItem()))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        for button in (add, self.open_button, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._temp = Path(tempfile.mkdtemp(prefix="repatria-open-"))
        os.chmod(self._temp, 0o700)
        self.pending = 0

    def reload(self) -> None:
        self.list.clear()
        pid = self.person.person_id
        if pid is None:
            return
        for attachment in self.service.attachments(pid):
            item = QListWidgetItem(attachment.filename)
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            item.setToolTip(f"{attachment.filename}\n{attachment.media_type}\nSHA-256 {attachment.blob_sha256}")
            if attachment.media_type in IMAGE_TYPES:
                image = QImage.fromData(QByteArray(self.service.attachment_data(attachment.id)))
                if not image.isNull():
                    thumbnail = image.scaled(
                        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                    item.setIcon(QIcon(QPixmap.fromImage(thumbnail)))
            else:
                item.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon))
            self.list.addItem(item)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.person.person_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        dialog.open()

    def add_files(self, paths: list[Path]) -> None:
        """Read and store files in the background: a large scan never freezes the window."""
        person_id = self.person.person_id
        if person_id is None or not paths:
            return
        self.pending += 1
        self.status.setText(self.tr("Adding {0} file(s)…").format(len(paths)))

        def work(progress: Progress) -> int:
            for number, path in enumerate(paths, start=1):
                progress.report(number - 1, len(paths), path.name)
                self.service.add_attachment(person_id, path.name, path.read_bytes())
            return len(paths)

        def done(count: int) -> None:
            self.pending -= 1
            self.status.setText(self.tr("{0} file(s) added.").format(count))
            self.reload()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.pending -= 1
            self.status.setText(str(error))
            self.reload()

        run_task(work, done, on_failure=failed, parent=self, progress_parent=self, title=self.tr("Adding files"))

    def open_item(self, item: QListWidgetItem | None) -> None:
        """Open with the system viewer. The file must leave the encrypted database for that:
        it goes to a private folder (owner only) that is emptied when the editor closes."""
        if item is None:
            return
        attachment: AttachmentDTO = item.data(Qt.ItemDataRole.UserRole)
        target = self._temp / f"{attachment.id.hex[:8]}-{Path(attachment.filename).name}"
        target.write_bytes(self.service.attachment_data(attachment.id))
        os.chmod(target, 0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        attachment: AttachmentDTO = item.data(Qt.ItemDataRole.UserRole)
        self.service.remove_attachment(attachment.id)
        self.reload()
        self.changed.emit()

    def cleanup(self) -> None:
        if self._temp.exists():
            for leftover in self._temp.glob("*"):
                leftover.unlink(missing_ok=True)
            self._temp.rmdir()


class CorrespondenceTab(QWidget):
    """The threads that concern this record (a person, a remains case), with their state and
    how long they wait; a double-click opens the thread in the Correspondence section."""

    changed = Signal()
    thread_activated = Signal(object)  # the thread's id

    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.person = service, person
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
        pid = self.person.person_id
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


class HistoryTab(QWidget):
    """Who changed what, when, from what to what (the change log), loaded in the background."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, service: RecordsService, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.person = service, person
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
        pid = self.person.person_id
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
                        e.field,
                        "" if e.old is None else str(e.old),
                        "" if e.new is None else str(e.new),
                    ]
                    for e in entries
                ],
            )
            self.loaded.emit()

        run_task(lambda _progress: self.service.history(pid), show, parent=self)


RECORD_TABS = (
    ("Spellings", SpellingsTab),
    ("Timeline", TimelineTab),
    ("Next of kin", KinTab),
    ("Sources", SourcesTab),
    ("Medical", MedicalTab),
    ("Attachments", AttachmentsTab),
    ("Correspondence", CorrespondenceTab),
    ("History", HistoryTab),
)


def record_tabs(service: RecordsService) -> Callable[[PersonContext], list[tuple[str, QWidget]]]:
    """The record tabs of a person editor, in DOMAIN.md's order (titles translated)."""

    def build(person: PersonContext) -> list[tuple[str, QWidget]]:
        return [
            (QCoreApplication.translate("PersonRecords", title), tab(service, person)) for title, tab in RECORD_TABS
        ]

    return build
