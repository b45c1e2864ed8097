"""The person editor: every field of DOMAIN.md in tabs, validation beside each field,
undo/redo across fields, a guard against losing edits, and no silent overwrite.

Saving a new person first looks for likely duplicates; saving a person someone else
changed meanwhile shows both versions and lets the user decide field by field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import ConflictError, FieldError, ValidationError
from models.core.partial_date import PartialDate
from models.core.report_kinds import ReportKind
from models.persons.dto import INPUT_FIELDS, DuplicateCandidate, PersonDTO, PersonInput
from views.common.forms import FieldForm
from views.common.labels import conflict_badge
from views.common.messages import ask_unsaved, warn
from views.common.report_preview import ReportJob, ReportPreview
from views.common.widgets import button_row, fit_to_screen, heading
from views.persons.dialogs import ConflictDialog, DuplicatesDialog
from views.persons.fields import (
    FIELD_LABELS,
    GROUPS,
    LOOKALIKE_FIELDS,
    OPTIONAL_CHOICES,
    TAB_TITLES,
    TABS,
)
from views.persons.ports import PersonEditorPort

RecordTab = tuple[str, str, QWidget]  # a record tab: its group (fields.GROUPS), title, widget
WARNING_COLOUR = "#8a4b00"  # a warning: amber, readable on the form's background; saving stays allowed
_WORD = re.compile(r"[^\W\d_]+")


def _latin(letter: str) -> bool:
    return "a" <= letter <= "z" or "A" <= letter <= "Z"


def _cyrillic(letter: str) -> bool:
    return "\u0400" <= letter <= "\u04ff"


def marked_mixed_words(text: str) -> list[tuple[str, bool]]:
    """The words of ``text`` that have Latin and Cyrillic letters both, as HTML with the letters
    of the script the word has fewer of marked, and whether those are the Latin ones (which
    letters are wrong is the clerk's to say: the facade says only that the word mixes them)."""
    marked = []
    for word in _WORD.findall(text):
        latin, cyrillic = sum(map(_latin, word)), sum(map(_cyrillic, word))
        if latin and cyrillic:
            odd = _latin if latin <= cyrillic else _cyrillic
            shown = "".join(
                f"<u><b style='background: #ffe08a'>{html.escape(c)}</b></u>" if odd(c) else html.escape(c)
                for c in word
            )
            marked.append((shown, latin <= cyrillic))
    return marked


class PersonEditor(QDialog):
    saved = Signal(object)  # the PersonDTO written
    open_person = Signal(object)  # the id of an existing person the user chose to open instead

    def __init__(
        self,
        service: PersonEditorPort,
        person: PersonDTO | None = None,
        records: Callable[[PersonEditor], list[RecordTab]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._service = service
        self.person = person
        self._closing_confirmed = False
        self._badge = ""  # an open conflict between offices about this person (views.common.labels)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._update_title)
        self.form = FieldForm(self.undo_stack, self)
        self.form.validate_timer.timeout.connect(self.validate)

        self.header = heading(name="header")
        # tabs in groups (views.persons.fields.GROUPS): the form's tabs are the first group's
        self.groups = QTabWidget()
        self.groups.setObjectName("groups")
        grouped = {key: QTabWidget() for key, _title in GROUPS}
        self.tabs = grouped["person"]
        for title, fields in TABS:
            page = self.form.page([(n, self.tr(label), kind) for n, label, kind in fields], OPTIONAL_CHOICES)
            self.tabs.addTab(page, self.tr(title))
        self.warnings: dict[str, QLabel] = {}
        for name in LOOKALIKE_FIELDS:  # under the field's error, in the same cell
            warning = QLabel()
            warning.setObjectName(f"{name}_warning")
            warning.setWordWrap(True)
            warning.setTextFormat(Qt.TextFormat.RichText)
            warning.setStyleSheet(f"color: {WARNING_COLOUR}")
            warning.linkActivated.connect(lambda _link, field=name: self.use_folded(field))
            warning.hide()
            cell = self.form.errors[name].parentWidget()
            layout = cell.layout() if cell is not None else None
            if layout is not None:
                layout.addWidget(warning)
                self.warnings[name] = warning
        self.record_tabs: dict[str, QWidget] = {}
        self._group_of: dict[QWidget, QTabWidget] = {}
        for group, title, widget in records(self) if records else []:
            self.record_tabs[title] = widget
            grouped[group].addTab(widget, title)
            self._group_of[widget] = grouped[group]
        for group_key, group_title in GROUPS:
            if grouped[group_key].count():
                grouped[group_key].setDocumentMode(True)
                self.groups.addTab(grouped[group_key], self.tr(group_title))

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.redo_button = QPushButton(self.tr("Redo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.card_button = QPushButton(self.tr("Print capture card…"))
        self.card_button.setObjectName("capture_card")
        self.card_button.setToolTip(self.tr("The GC III capture card of the saved record (Ctrl+P)"))
        self.card_button.clicked.connect(self.print_capture_card)
        self.dossier_button = QPushButton(self.tr("Print dossier…"))
        self.dossier_button.setObjectName("dossier")
        self.dossier_button.setToolTip(self.tr("The whole case of the saved record on a few pages"))
        self.dossier_button.clicked.connect(lambda: self.print_report(ReportKind.DOSSIER))
        self.preview: ReportPreview | None = None
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for key, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence.StandardKey.Print, self.print_capture_card),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(slot)

        self.status = QLabel()  # "Saved at 14:32": the save's own feedback, beside its button
        # a long status must not widen the window past the screen: it is cut, and said whole as a tooltip
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setObjectName("save_status")
        bottom = button_row(
            self.undo_button,
            self.redo_button,
            self.card_button,
            self.dossier_button,
            right=(self.status, self.buttons),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.groups, 1)
        layout.addLayout(bottom)

        self.load(person)
        fit_to_screen(self, 1020, 680)
        first = self.form.widgets["surname"]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building -------------------------------------------------------------------------

    @property
    def person_id(self) -> uuid.UUID | None:
        return None if self.person is None else self.person.id

    @property
    def record_id(self) -> uuid.UUID | None:
        """The person, as the tabs persons share with remains cases ask for it."""
        return self.person_id

    def reload_records(self) -> None:
        """Every record tab read afresh, but for one holding edits not yet saved (the
        ante-mortem tab's): reading it again would throw them away."""
        for widget in self.record_tabs.values():
            reload = getattr(widget, "reload", None)
            if reload is not None and not getattr(widget, "dirty", False):
                reload()

    def _unsaved_tabs(self) -> list[QWidget]:
        """The record tabs with edits of their own not yet saved (the ante-mortem data)."""
        return [w for w in self.record_tabs.values() if getattr(w, "dirty", False)]

    def field_label(self, field: str) -> str:
        return self.tr(FIELD_LABELS.get(field, field))

    def value(self, field: str) -> Any:
        return self.form.value(field)

    def set_value(self, field: str, value: Any) -> None:
        """Show a value without recording an undo step (loading uses this)."""
        self.form.set_value(field, value)

    def print_capture_card(self) -> None:
        self.print_report(ReportKind.CAPTURE_CARD)

    def print_report(self, kind: ReportKind) -> None:
        """Build the capture card or the dossier in the background, then show it in the preview."""
        if self.person is None:
            return
        external_id = self.person.external_id
        for button in (self.card_button, self.dossier_button):
            button.setEnabled(False)
        title = self.tr("Capture card: {0}") if kind is ReportKind.CAPTURE_CARD else self.tr("Dossier: {0}")
        job = ReportJob(
            self,
            lambda: self._service.report(kind, external_id),
            f"{kind}-{external_id}.pdf",
            title.format(external_id),
            self._report_failed,
        )
        job.ended.connect(self._enable_printing)
        job.shown.connect(self._set_preview)

    def _set_preview(self, preview: ReportPreview) -> None:
        self.preview = preview

    def _enable_printing(self) -> None:
        for button in (self.card_button, self.dossier_button):
            button.setEnabled(self.person is not None)

    def _report_failed(self, error: BaseException) -> None:
        self.error_box = warn(self, self.windowTitle(), error)

    def load(self, person: PersonDTO | None) -> None:
        self.person = person
        self._badge = conflict_badge(self._service.conflicted_fields(person.id)) if person is not None else ""
        self._enable_printing()  # the buttons print the saved record
        data = person.as_input() if person is not None else PersonInput(external_id="", surname="")
        for field in FIELD_LABELS:
            self.set_value(field, getattr(data, field))
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._update_title()
        for widget in self.record_tabs.values():
            widget.setEnabled(person is not None)
        self.validate()
        self.reload_records()

    @property
    def dirty(self) -> bool:
        """Edits not saved: in the person's form, or in a record tab that saves on its own."""
        return not self.undo_stack.isClean() or bool(self._unsaved_tabs())

    def current_input(self) -> tuple[PersonInput | None, list[FieldError]]:
        """The edited person as input for the services, or the problems that prevent it."""
        values: dict[str, Any] = {}
        errors: list[FieldError] = []
        for field in INPUT_FIELDS:
            if field not in self.form.widgets:
                values[field] = getattr(self.person, field) if self.person else None
                continue
            value = self.value(field)
            if field in ("date_of_birth", "capture_date", "death_date"):
                text = value.strip()
                try:
                    value = PartialDate.parse(text) if text else None
                except ValueError as exc:
                    errors.append(FieldError.of_error(field, exc))
                    value = None
            elif isinstance(value, str) and field not in ("notes", "address_for_correspondence"):
                value = value.strip()
            values[field] = value
        defaults = {f.name: f.default for f in dataclasses.fields(PersonInput)}
        values = {k: (defaults[k] if v is None and defaults[k] is not None else v) for k, v in values.items()}
        data = PersonInput(**values)
        return data, errors + self._service.validate(data)

    # -- validation -----------------------------------------------------------------------

    def validate(self) -> list[FieldError]:
        data, errors = self.current_input()
        self.show_errors(errors)
        self.show_warnings(self._service.lookalike_warnings(data) if data is not None else [])
        return errors

    def show_warnings(self, warnings: list[FieldError]) -> None:
        """Beside a name that mixes Latin and Cyrillic look-alike letters: which letters are
        Latin. A warning only: the name is saved as typed."""
        flagged = {warning.field for warning in warnings}
        for name, label in self.warnings.items():
            if name not in flagged:
                label.hide()
                continue
            latin_text, cyrillic_text = self.tr("Latin underlined"), self.tr("Cyrillic underlined")
            words = [
                f"{shown} ({latin_text if latin else cyrillic_text})"
                for shown, latin in marked_mixed_words(str(self.value(name) or ""))
            ]
            if words:
                text = self.tr(
                    "Latin and Cyrillic letters that look alike are mixed: {0}. "
                    "It is saved as typed; retype the letters that are wrong."
                ).format(", ".join(words))
                folded = html.escape(self._service.folded(str(self.value(name) or "")))
                text += " " + self.tr('<a href="use">Use «{0}»</a>').format(folded)
            else:
                text = html.escape(self.tr("Latin and Cyrillic letters that look alike are mixed in this name."))
            label.setText(text)
            label.show()
            if self.form.errors[name].isHidden():  # an error's red border wins
                self.form.widgets[name].setStyleSheet(f"border: 1px solid {WARNING_COLOUR}")

    def use_folded(self, field: str) -> None:
        """The name as it reads, its look-alike letters in the script of the rest: one step the
        clerk can undo (Ctrl+Z), like typing it."""
        self.form.replace(field, self._service.folded(str(self.value(field) or "")))
        self.form.widgets[field].setFocus()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each field's problem beside it, and on every tab that holds one a warning sign with
        the count, so a problem on a tab not shown is not missed."""
        self.form.show_errors(errors)
        self.save_button.setEnabled(not errors)
        icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, (_title, fields) in enumerate(TABS):
            names = {name for name, _label, _kind in fields}
            count = sum(1 for e in errors if e.field in names)
            self.tabs.setTabIcon(index, icon if count else QIcon())
            self.tabs.setTabToolTip(index, self.tr("%n problem(s) on this tab", "", count) if count else "")
        # and on the group holding the form, seen from any other group
        self.groups.setTabIcon(0, icon if errors else QIcon())
        self.groups.setTabToolTip(0, self.tr("%n problem(s) on this tab", "", len(errors)) if errors else "")
        if errors:
            self.status.setText("")

    def _first_error_field(self, errors: list[FieldError]) -> str | None:
        for title, fields in TABS:
            for name, _label, _kind in fields:
                if any(e.field == name for e in errors):
                    self.groups.setCurrentIndex(0)
                    self.tabs.setCurrentIndex(TAB_TITLES.index(title))
                    return name
        return None

    def _update_title(self) -> None:
        if self.person is None:
            name = self.tr("New person")
        else:
            name = " ".join(p for p in (self.person.surname, self.person.given_names, self.person.patronymic) if p)
            name += f"  ·  {self.person.external_id}"
        badge = self._badge
        self.header.setText(name + badge)
        self.setWindowTitle(("* " if self.dirty else "") + name + (" ⚠" if badge else ""))

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        data, errors = self.current_input()
        if errors or data is None:
            self.show_errors(errors)
            field = self._first_error_field(errors)
            if field is not None:
                self.form.widgets[field].setFocus()
            return
        if self.person is not None and self.undo_stack.isClean():
            self._save_record_tabs()  # only a record tab holds edits: the person stays as read
            return
        if self.person is None:
            candidates = self._service.duplicates(data)
            if candidates:
                self._ask_about_duplicates(data, candidates)
                return
            self._write(lambda: self._service.create(data))
            return
        person = self.person
        self._write(lambda: self._service.update(person.id, data, person.version_vector), data)

    def _write(self, action: Callable[[], PersonDTO], data: PersonInput | None = None) -> None:
        try:
            written = action()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        except ConflictError:
            assert self.person is not None and data is not None
            self._resolve_conflict(self.person, data, self._service.get(self.person.id))
            return
        self.load(written)
        self._save_record_tabs()
        self.saved.emit(written)

    def _save_record_tabs(self) -> None:
        """Save also saves what a record tab holds unsaved (the ante-mortem data, which has its
        own Save too); a tab whose data cannot be saved shows why and keeps it."""
        for widget in self._unsaved_tabs():
            save = getattr(widget, "save", None)
            if save is not None:
                save()
        unsaved = self._unsaved_tabs()
        if unsaved:  # shown, with its problem
            self.groups.setCurrentWidget(self._group_of[unsaved[0]])
            self._group_of[unsaved[0]].setCurrentWidget(unsaved[0])
        self._update_title()
        at = dt.datetime.now().strftime("%H:%M")
        if unsaved:
            title = next(t for t, w in self.record_tabs.items() if w is unsaved[0])
            self.status.setStyleSheet(f"color: {WARNING_COLOUR}")
            self.status.setText(self.tr("Saved at {0}, except the tab «{1}»: why is shown on it.").format(at, title))
        else:
            self.status.setStyleSheet("color: #0f5132")
            self.status.setText(self.tr("Saved at {0}.").format(at))
        self.status.setToolTip(self.status.text())  # whole, if the row is too narrow for it

    def _ask_about_duplicates(self, data: PersonInput, candidates: list[DuplicateCandidate]) -> None:
        dialog = DuplicatesDialog(candidates, self)

        def finished(result: int) -> None:
            if result == DuplicatesDialog.CREATE_ANYWAY:
                self._write(lambda: self._service.create(data))
            elif result == DuplicatesDialog.OPEN_EXISTING and dialog.chosen is not None:
                self._closing_confirmed = True
                self.open_person.emit(dialog.chosen)
                self.close()

        dialog.finished.connect(finished)
        dialog.open()

    def _resolve_conflict(self, base: PersonDTO, mine: PersonInput, theirs: PersonDTO) -> None:
        dialog = ConflictDialog(base.as_input(), mine, theirs, self.field_label, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                merged = dialog.merged()
                self._write(lambda: self._service.update(theirs.id, merged, theirs.version_vector), merged)

        dialog.finished.connect(finished)
        dialog.open()

    # -- closing --------------------------------------------------------------------------

    def reject(self) -> None:
        if self.dirty and not self._closing_confirmed:
            self._ask_to_keep_edits(super().reject)
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self._closing_confirmed:
            event.ignore()
            self._ask_to_keep_edits(self.close)
            return
        self._cleanup()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._cleanup()
        super().done(result)

    def _cleanup(self) -> None:
        for widget in self.record_tabs.values():
            cleanup = getattr(widget, "cleanup", None)
            if cleanup is not None:
                cleanup()

    def _ask_to_keep_edits(self, then_close: Callable[[], object]) -> None:
        def close() -> None:
            self._closing_confirmed = True
            then_close()

        self.unsaved_box = ask_unsaved(
            self,
            self.tr("Unsaved changes"),
            self.tr("This person has changes that are not saved."),
            self.save,
            lambda: self.dirty,
            close,
        )
