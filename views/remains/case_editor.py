"""The remains case editor: a shell that loads a case, saves it in one transaction, knows
whether it has unsaved edits and asks before they are lost; each tab is its own widget
(views/remains/case_tabs): the PM examination and description, the dental chart, marks and
implants, DNA samples, the chain of custody, ranked and explained candidates, the board's
decision and what followed it, photos and correspondence. Non-modal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import Sex, ToothState
from models.core.errors import FieldError, RepatriaError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.report_kinds import ReportKind
from models.remains.dto import CaseDetail, ImplantSpec, Mark, PhysicalDetails, RemainsCaseInput
from views.common.attachments_tab import AttachmentsTab
from views.common.forms import FieldForm
from views.common.labels import report_title
from views.common.messages import ask_unsaved, warn
from views.common.remains_fields import DESCRIPTION, EXAMINATION
from views.common.report_preview import ReportJob, ReportPreview
from views.common.widgets import button_row, fit_to_screen, heading, scrolled
from views.remains.case_tabs.candidates import CandidatesTab
from views.remains.case_tabs.custody import CustodyTab
from views.remains.case_tabs.dental import DentalTab
from views.remains.case_tabs.dna import DnaTab
from views.remains.case_tabs.identification import IdentificationTab
from views.remains.case_tabs.letters import CaseThreadsTab
from views.remains.marks import MarksEditor
from views.remains.model import stage_label
from views.remains.ports import CasePort

TAB_TITLES = (
    QT_TRANSLATE_NOOP("CaseEditor", "Examination"),
    QT_TRANSLATE_NOOP("CaseEditor", "Description"),
    QT_TRANSLATE_NOOP("CaseEditor", "Dental"),
    QT_TRANSLATE_NOOP("CaseEditor", "Marks and implants"),
    QT_TRANSLATE_NOOP("CaseEditor", "DNA"),
    QT_TRANSLATE_NOOP("CaseEditor", "Custody"),
    QT_TRANSLATE_NOOP("CaseEditor", "Candidates"),
    QT_TRANSLATE_NOOP("CaseEditor", "Identification"),
    QT_TRANSLATE_NOOP("CaseEditor", "Photos"),
    QT_TRANSLATE_NOOP("CaseEditor", "Correspondence"),
)


class CaseEditor(QDialog):
    saved = Signal(object)  # the RemainsCaseDTO
    person_activated = Signal(object)
    thread_activated = Signal(object)  # a correspondence thread's id

    def __init__(
        self,
        service: CasePort,
        case_id: uuid.UUID | None,
        parent: QWidget | None = None,
        *,
        batch_id: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self._new_batch_id = batch_id  # a new case starts in the batch the user is looking at
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.service = service
        self.case_id = case_id
        self.detail: CaseDetail | None = None
        self.preview: ReportPreview | None = None
        self.error: QMessageBox | None = None
        self._saved_extras: tuple[dict[int, ToothState], list[Mark], list[ImplantSpec]] = ({}, [], [])
        self._closing_confirmed = False
        self.undo_stack = QUndoStack(self)
        self.form = FieldForm(self.undo_stack, self)
        self.form.validate_timer.timeout.connect(self.validate)

        self.header = heading(name="header")
        self.tabs = QTabWidget()
        examination = self.form.page(
            [(n, self.tr(lbl), k) for n, lbl, k in EXAMINATION], frozenset({"condition", "batch_id"})
        )
        description = self.form.page([(n, self.tr(lbl), k) for n, lbl, k in DESCRIPTION])
        self.dental_tab = DentalTab()
        self.dental_tab.chart.changed.connect(self._update_title)
        self.body_marks = MarksEditor(service)
        self.body_marks.changed.connect(self._update_title)
        self.dna_tab = DnaTab(service, self)
        self.custody_tab = CustodyTab(service, self)
        self.candidates_tab = CandidatesTab(service, self)
        self.candidates_tab.person_activated.connect(self.person_activated)
        self.candidates_tab.proposed.connect(lambda: self.tabs.setCurrentIndex(TAB_TITLES.index("Identification")))
        self.dna_tab.result_recorded.connect(self.candidates_tab.forget_ranking)
        self.identification_tab = IdentificationTab(service, self)
        self.identification_tab.person_activated.connect(self.person_activated)
        self.photos = AttachmentsTab(service, self)
        self.letters = CaseThreadsTab(service, self)
        self.letters.thread_activated.connect(self.thread_activated)
        pages: tuple[QWidget, ...] = (
            examination,
            description,
            self.dental_tab,
            self.body_marks,
            self.dna_tab,
            self.custody_tab,
            self.candidates_tab,
            self.identification_tab,
            self.photos,
            self.letters,
        )
        for page, title in zip(pages, TAB_TITLES, strict=True):
            self.tabs.addTab(scrolled(page), self.tr(title))  # a tall tab scrolls: the window fits 1366×768
        self.tabs.currentChanged.connect(self._tab_shown)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("save")
        self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self.report_button = QPushButton(self.tr("Identification report…"))
        self.report_button.clicked.connect(lambda: self.print_report(ReportKind.IDENTIFICATION))
        self.certificate_button = QPushButton(self.tr("Death certificate…"))
        self.certificate_button.clicked.connect(lambda: self.print_report(ReportKind.DEATH_CERTIFICATE))
        self.status = QLabel()  # "Saved at 14:32", beside the button that saved
        # a long status must not widen the window past the screen: it is cut, and said whole as a tooltip
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setObjectName("save_status")
        bottom = button_row(
            self.undo_button, self.report_button, self.certificate_button, right=(self.status, self.buttons)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        for key, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
            (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            (QKeySequence.StandardKey.Print, lambda: self.print_report(ReportKind.IDENTIFICATION)),
        ):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        fit_to_screen(self, 1060, 720)
        self.batches = [(b.batch_number, b.id) for b in service.batches()]
        self.form.set_choices("batch_id", self.batches)
        self.reload()
        self.form.widgets["case_number"].setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def record_id(self) -> uuid.UUID | None:
        """The case, as the photos and correspondence tabs ask for it."""
        return self.case_id

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.case_id is None:
            self.form.load({"apparent_sex": Sex.UNKNOWN, "batch_id": self._new_batch_id})
            self.undo_stack.clear()
            self._update_title()
            for index in range(4, self.tabs.count()):
                self.tabs.setTabEnabled(index, False)
            return
        self.detail = self.service.case(self.case_id)
        self.load(self.detail)

    def load(self, detail: CaseDetail) -> None:
        """The whole case: the editable examination, teeth and marks, then the records."""
        case = detail.case
        values = {f.name: getattr(case, f.name) for f in dataclasses.fields(RemainsCaseInput)}
        values["individual_case"] = detail.individual_case_number
        self.form.load(values)
        self.dental_tab.chart.set_chart(detail.dental)
        self.body_marks.set_values(detail.marks, detail.implants)
        self.undo_stack.clear()
        self._saved_extras = (dict(detail.dental), self.body_marks.current_marks(), self.body_marks.current_implants())
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self._show_records(detail)
        if self.tabs.currentIndex() == TAB_TITLES.index("Candidates"):
            self.candidates_tab.load_candidates()

    def _show_records(self, detail: CaseDetail) -> None:
        """What is only ever added to (samples, custody, proposals, photos, letters): shown
        again after each addition without touching the user's unsaved edits."""
        self.dna_tab.show_case(detail)
        self.custody_tab.show_case(detail)
        self.identification_tab.show_case(detail)
        self.certificate_button.setEnabled(self.identification_tab.identified() is not None)
        self.photos.reload()
        self.letters.reload()
        self._update_title()

    def _tab_shown(self, index: int) -> None:
        if index == TAB_TITLES.index("Candidates") and self.case_id is not None and self.candidates_tab.ranked is None:
            self.candidates_tab.load_candidates()

    # -- editing ---------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        chart = self.dental_tab.chart.chart
        extras = (dict(chart), self.body_marks.current_marks(), self.body_marks.current_implants())
        saved = self._saved_extras
        unsaved_new = self.case_id is None and bool(self.form.value("case_number"))
        return not self.undo_stack.isClean() or extras != saved or unsaved_new

    def _update_title(self) -> None:
        number = self.form.value("case_number") or self.tr("new case")
        stage = f" — {stage_label(self.detail.stage)}" if self.detail is not None and self.case_id else ""
        title = self.tr("Remains case")
        self.header.setText(f"{title} {number}{stage}")
        self.setWindowTitle(f"{'*' if self.dirty else ''}{number} — {title}")

    def current_input(self) -> tuple[RemainsCaseInput | None, list[FieldError]]:
        values, errors = self.form.typed()
        individual = values.pop("individual_case")
        individual_id = None
        if individual:
            matches = [r for r in self.service.cases(text=individual) if r.case_number == individual]
            if not matches:
                errors.append(FieldError("individual_case", self.tr("no case numbered {0!r}").format(individual)))
            else:
                individual_id = matches[0].id
        values["individual_case_id"] = individual_id
        if values.get("apparent_sex") is None:
            values["apparent_sex"] = Sex.UNKNOWN
        data = RemainsCaseInput(**values)
        return data, errors + self.service.validate_case(data)

    def validate(self) -> list[FieldError]:
        _, errors = self.current_input()
        shown = [
            dataclasses.replace(e, field="individual_case") if e.field == "individual_case_id" else e for e in errors
        ]
        self.form.show_errors(shown)
        return errors

    def save(self) -> None:
        data, errors = self.current_input()
        if errors or data is None:
            self.validate()
            self._focus_first_error(errors)
            return
        try:
            details = PhysicalDetails(
                dict(self.dental_tab.chart.chart), self.body_marks.current_marks(), self.body_marks.current_implants()
            )
            saved = self.service.save_case(self.case_id, data, details)
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self._focus_first_error(exc.errors)
            return
        except RepatriaError as exc:
            self.error = warn(self, self.tr("Not saved"), exc)
            return
        self.case_id = saved.id
        self.candidates_tab.forget_ranking()
        self.reload()
        self.status.setStyleSheet("color: #0f5132")
        self.status.setText(self.tr("Saved at {0}.").format(dt.datetime.now().strftime("%H:%M")))
        self.saved.emit(saved)

    def _focus_first_error(self, errors: list[FieldError]) -> None:
        names = {("individual_case" if e.field == "individual_case_id" else e.field) for e in errors}
        for tab, fields in ((0, EXAMINATION), (1, DESCRIPTION)):
            for name, _label, _kind in fields:
                if name in names:
                    self.tabs.setCurrentIndex(tab)
                    self.form.widgets[name].setFocus()
                    return

    def write(self, action: Callable[[], object]) -> bool:
        """A record added from a tab (a sample, a transfer, a proposal …): written through the
        facade, then the case shown again, keeping the user's unsaved edits."""
        try:
            action()
        except (RepatriaError, ValueError) as exc:
            self.error = warn(self, self.tr("Not saved"), exc)
            return False
        if self.case_id is not None:
            keep_edits = self.dirty
            self.detail = self.service.case(self.case_id)
            if keep_edits:
                self._show_records(self.detail)
            else:
                self.load(self.detail)
        self.saved.emit(None)
        return True

    def print_report(self, kind: ReportKind) -> None:
        if self.detail is None:
            return
        number = self.detail.case.case_number
        job = ReportJob(
            self,
            lambda: self.service.report(kind, number),
            f"{kind}-{number}.pdf",
            report_title(kind),
            lambda error: setattr(self, "error", warn(self, self.tr("Report"), error)),
        )
        job.shown.connect(lambda preview: setattr(self, "preview", preview))
        self.job = job

    # -- closing -------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.dirty and not self._closing_confirmed:
            self._ask_to_keep_edits()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.dirty and not self._closing_confirmed:
            event.ignore()
            self._ask_to_keep_edits()
            return
        super().closeEvent(event)

    def _ask_to_keep_edits(self) -> None:
        def close() -> None:
            self._closing_confirmed = True
            self.reject()

        self.unsaved_box = ask_unsaved(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved."),
            self.save,
            lambda: self.dirty,
            close,
        )

    def done(self, result: int) -> None:
        self.photos.cleanup()  # the private folder of files opened in the system viewer
        super().done(result)

    def line_edit(self, name: str) -> QLineEdit:
        widget = self.form.widgets[name]
        assert isinstance(widget, QLineEdit)
        return widget
