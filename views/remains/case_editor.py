"""The remains case editor: the PM examination, the dental chart, marks and implants, DNA
samples, the chain of custody, ranked and explained candidates, the board's decision and
what followed it, and photos. Non-modal; saves the whole case in one transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import (
    IdentificationDecision,
    ProposalState,
    RemainsCondition,
    SampleKind,
    SampleStatus,
    Sex,
    ToothState,
)
from models.core.errors import FieldError, RepatriaError, ValidationError
from models.core.report_kinds import ReportKind
from models.remains.dto import (
    CaseDetail,
    CustodyInput,
    DnaResultInput,
    ImplantSpec,
    Mark,
    PhysicalDetails,
    ProposalDTO,
    ProposalInput,
    RankedCase,
    RemainsCaseInput,
    SampleInput,
    Scored,
)
from views.common.attachments_tab import AttachmentsTab
from views.common.correspondence_tab import CorrespondenceTab
from views.common.forms import Field, FieldForm
from views.common.labels import enum_label, report_title
from views.common.messages import ask_unsaved, warn
from views.common.record_dialog import RecordDialog
from views.common.report_preview import ReportJob, ReportPreview
from views.common.tables import fill_table, read_only_table
from views.common.tasks import run_task
from views.remains.comparison import ComparisonDialog
from views.remains.dental_chart import DentalChart
from views.remains.dialogs import FollowUpDialog, NewThreadDialog, ProposeDialog
from views.remains.evidence import evidence_text
from views.remains.marks import MarksEditor
from views.remains.model import stage_label
from views.remains.ports import CasePort

EXAMINATION: list[Field] = [
    ("case_number", "Case number", "text"),
    ("batch_id", "Batch", []),
    ("bag_number", "Bag or label number", "text"),
    ("recovery_place", "Recovery place", "text"),
    ("recovery_date", "Recovery date", "date"),
    ("condition", "Condition", RemainsCondition),
    ("storage_place", "Storage place", "text"),
    ("fingerprints_taken", "Fingerprints taken", "bool"),
    ("is_body_part", "A body part", "bool"),
    ("body_part", "Which part", "text"),
    ("individual_case", "Part of the individual (case number)", "text"),
    ("possibly_other_side", "Possibly the other side's", "bool"),
    ("commingled", "Commingled remains", "bool"),
]
DESCRIPTION: list[Field] = [
    ("apparent_sex", "Apparent sex", Sex),
    ("age_min", "Age from", "int"),
    ("age_max", "Age to", "int"),
    ("stature_min_cm", "Stature from, cm", "int"),
    ("stature_max_cm", "Stature to, cm", "int"),
    ("hair", "Hair", "text"),
    ("amputations", "Amputations", "multiline"),
    ("injuries", "Injuries", "multiline"),
    ("cause_of_death", "Cause of death", "multiline"),
    ("id_tags", "ID tags found", "multiline"),
    ("documents_found", "Documents found", "multiline"),
    ("effects", "Personal effects", "multiline"),
    ("clothing", "Clothing", "multiline"),
    ("notes", "Notes", "multiline"),
]
TAB_TITLES = (
    "Examination",
    "Description",
    "Dental",
    "Marks and implants",
    "DNA",
    "Custody",
    "Candidates",
    "Identification",
    "Photos",
    "Correspondence",
)
FIELD_LABELS = {name: label for name, label, _kind in [*EXAMINATION, *DESCRIPTION]}


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
        self.ranked: RankedCase | None = None
        self.proposals: list[ProposalDTO] = []
        self.preview: ReportPreview | None = None
        self.dialog: QDialog | None = None  # the one open on top, kept for tests and alive while open
        self._saved_extras: tuple[dict[int, ToothState], list[Mark], list[ImplantSpec]] = ({}, [], [])
        self._closing_confirmed = False
        self.undo_stack = QUndoStack(self)
        self.form = FieldForm(self.undo_stack, self)
        self.form.validate_timer.timeout.connect(self.validate)

        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.tabs = QTabWidget()
        examination = self.form.page(
            [(n, self.tr(lbl), k) for n, lbl, k in EXAMINATION], frozenset({"condition", "batch_id"})
        )
        self.tabs.addTab(examination, self.tr(TAB_TITLES[0]))
        self.tabs.addTab(self.form.page([(n, self.tr(lbl), k) for n, lbl, k in DESCRIPTION]), self.tr(TAB_TITLES[1]))
        self.tabs.addTab(self._dental_tab(), self.tr(TAB_TITLES[2]))
        self.tabs.addTab(self._marks_tab(), self.tr(TAB_TITLES[3]))
        self.tabs.addTab(self._dna_tab(), self.tr(TAB_TITLES[4]))
        self.tabs.addTab(self._custody_tab(), self.tr(TAB_TITLES[5]))
        self.tabs.addTab(self._candidates_tab(), self.tr(TAB_TITLES[6]))
        self.tabs.addTab(self._identification_tab(), self.tr(TAB_TITLES[7]))
        self.photos = AttachmentsTab(service, self)
        self.tabs.addTab(self.photos, self.tr(TAB_TITLES[8]))
        self.letters = CorrespondenceTab(service, self)
        self.letters.thread_activated.connect(self.thread_activated)
        new_thread = QPushButton(self.tr("New thread about this case…"))
        new_thread.clicked.connect(self.new_thread)
        self.letters.buttons.addWidget(new_thread)
        self.letters.buttons.addStretch(1)
        self.tabs.addTab(self.letters, self.tr(TAB_TITLES[9]))
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
        bottom = QHBoxLayout()
        for button in (self.undo_button, self.report_button, self.certificate_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
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
        self.resize(1060, 720)
        self.batches = [(b.batch_number, b.id) for b in service.batches()]
        self.form.set_choices("batch_id", self.batches)
        self.reload()
        self.form.widgets["case_number"].setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def record_id(self) -> uuid.UUID | None:
        """The case, as the photos and correspondence tabs ask for it."""
        return self.case_id

    # -- tabs -----------------------------------------------------------------------------------

    def _dental_tab(self) -> QWidget:
        page = QWidget()
        self.dental = DentalChart()
        self.dental.setObjectName("dental_chart")
        self.dental.changed.connect(self._update_title)
        hint = QLabel(
            self.tr(
                "Click a tooth or move with the arrow keys; type P present, F filled, C crowned, R root canal, "
                "B bridge, I implant, D decayed, M missing (lost in life), X missing post mortem, U cannot be "
                "charted; Del clears. Right-click for the list. Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.dental)
        layout.addWidget(hint)
        layout.addStretch(1)
        return page

    def _marks_tab(self) -> QWidget:
        self.body_marks = MarksEditor()
        self.body_marks.changed.connect(self._update_title)
        return self.body_marks

    def _dna_tab(self) -> QWidget:
        page = QWidget()
        self.samples = read_only_table(
            [
                self.tr("Sample"),
                self.tr("Lab"),
                self.tr("Status"),
                self.tr("Collected"),
                self.tr("Re-sample of"),
                self.tr("Results"),
            ]
        )
        self.samples.setObjectName("samples")
        add = QPushButton(self.tr("Add sample…"))
        add.clicked.connect(self.add_sample)
        resample = QPushButton(self.tr("Re-sample…"))
        resample.setToolTip(self.tr("A new sample in place of the selected one, which failed"))
        resample.clicked.connect(lambda: self.add_sample(resample=True))
        self.status_combo = QComboBox()
        for status in SampleStatus:
            self.status_combo.addItem(enum_label(status), status)
        set_status = QPushButton(self.tr("Set status"))
        set_status.clicked.connect(self.set_sample_status)
        result = QPushButton(self.tr("Record a result…"))
        result.setToolTip(self.tr("The laboratory's likelihood ratio for the selected sample and a reference sample"))
        result.clicked.connect(self.record_result)
        row = QHBoxLayout()
        for widget in (add, resample, result, QLabel(self.tr("Status:")), self.status_combo, set_status):
            row.addWidget(widget)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.samples, 1)
        layout.addLayout(row)
        return page

    def _custody_tab(self) -> QWidget:
        page = QWidget()
        self.custody = read_only_table(
            [self.tr("When"), self.tr("From"), self.tr("To"), self.tr("By whom"), self.tr("Note")]
        )
        self.custody.setObjectName("custody")
        add = QPushButton(self.tr("Add transfer…"))
        add.clicked.connect(self.add_transfer)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(self.tr("Every transfer of the remains, in order. Transfers are only added, never edited."))
        )
        layout.addWidget(self.custody, 1)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _candidates_tab(self) -> QWidget:
        page = QWidget()
        self.candidates = read_only_table([self.tr("#"), self.tr("Person"), self.tr("Score"), self.tr("Evidence")])
        self.candidates.setObjectName("candidates")
        self.candidates.setWordWrap(True)
        self.candidates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.candidates.doubleClicked.connect(lambda _i: self.compare())
        self.candidates_status = QLabel()
        self.rejected_list = QListWidget()
        self.rejected_list.setObjectName("rejected")
        self.rejected_list.setMaximumHeight(90)
        compare = QPushButton(self.tr("Compare AM / PM…"))
        compare.clicked.connect(self.compare)
        reject = QPushButton(self.tr("Reject…"))
        reject.clicked.connect(self.reject_candidate)
        propose = QPushButton(self.tr("Propose to the board…"))
        propose.clicked.connect(self.propose)
        restore = QPushButton(self.tr("Restore rejected"))
        restore.clicked.connect(self.restore_candidate)
        refresh = QPushButton(self.tr("Rank again"))
        refresh.clicked.connect(self.load_candidates)
        row = QHBoxLayout()
        for button in (compare, reject, propose, refresh):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.candidates_status)
        layout.addWidget(self.candidates, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Rejected candidates and the reasons")))
        layout.addWidget(self.rejected_list)
        restore_row = QHBoxLayout()
        restore_row.addWidget(restore)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        return page

    def _identification_tab(self) -> QWidget:
        page = QWidget()
        self.identifications = read_only_table(
            [
                self.tr("Person"),
                self.tr("Conclusion"),
                self.tr("State"),
                self.tr("Signatures"),
                self.tr("Decided"),
                self.tr("Certificate"),
            ]
        )
        self.identifications.setObjectName("identifications")
        self.follow_up = QLabel()
        self.follow_up.setWordWrap(True)
        self.follow_up.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notify = QPushButton(self.tr("Family notified…"))
        notify.clicked.connect(lambda: self.follow("notify"))
        hand_over = QPushButton(self.tr("Handed over…"))
        hand_over.clicked.connect(lambda: self.follow("hand_over"))
        bury = QPushButton(self.tr("Burial…"))
        bury.clicked.connect(lambda: self.follow("bury"))
        open_person = QPushButton(self.tr("Open the person"))
        open_person.clicked.connect(self._open_identified_person)
        row = QHBoxLayout()
        for button in (notify, hand_over, bury, open_person):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.identifications, 1)
        layout.addWidget(self.follow_up)
        layout.addLayout(row)
        return page

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
        self.dental.set_chart(detail.dental)
        self.body_marks.set_values(detail.marks, detail.implants)
        self.undo_stack.clear()
        self._saved_extras = (dict(detail.dental), self.body_marks.current_marks(), self.body_marks.current_implants())
        for index in range(self.tabs.count()):
            self.tabs.setTabEnabled(index, True)
        self._show_records(detail)
        if self.tabs.currentIndex() == TAB_TITLES.index("Candidates"):
            self.load_candidates()

    def _show_records(self, detail: CaseDetail) -> None:
        """What is only ever added to (samples, custody, proposals, photos, letters): shown
        again after each addition without touching the user's unsaved edits."""
        fill_table(
            self.samples,
            [
                [
                    s.sample_number,
                    s.lab,
                    enum_label(s.status),
                    s.collected_on.strftime("%d.%m.%Y") if s.collected_on else "",
                    s.resample_of,
                    "; ".join(
                        f"{r.reference_sample} ({r.relative_name}): LR {r.likelihood_ratio:,.6g}" for r in s.results
                    ),
                ]
                for s in detail.samples
            ],
        )
        fill_table(
            self.custody,
            [
                [f"{c.transferred_at.astimezone():%d.%m.%Y %H:%M}", c.from_party, c.to_party, c.by_whom, c.note]
                for c in detail.custody
            ],
        )
        self.proposals = self.service.proposals(case_id=detail.case.id)
        self._show_identifications()
        self.photos.reload()
        self.letters.reload()
        self._update_title()

    def _tab_shown(self, index: int) -> None:
        if index == TAB_TITLES.index("Candidates") and self.case_id is not None and self.ranked is None:
            self.load_candidates()

    def load_candidates(self) -> None:
        if self.case_id is None:
            return
        case_id = self.case_id
        self.candidates_status.setText(self.tr("Ranking the missing persons…"))
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
        fill_table(self.candidates, rows)
        self.candidates.resizeRowsToContents()
        if ranked.ranking.candidates:
            self.candidates.selectRow(0)
        self.candidates_status.setText(
            self.tr("{0} missing persons compared; the best {1} shown, best first. ✗ marks an exclusion.").format(
                ranked.ranking.considered, len(ranked.ranking.candidates)
            )
            if ranked.ranking.candidates
            else self.tr("No missing person shares any evidence with this case yet.")
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
        row = self.candidates.currentRow()
        candidates = self.ranked.ranking.candidates
        return candidates[row] if 0 <= row < len(candidates) else None

    def _show_identifications(self) -> None:
        fill_table(
            self.identifications,
            [
                [
                    f"{p.person_name} ({p.person_external_id})",
                    enum_label(p.decision),
                    enum_label(p.state),
                    f"{p.approvals}/{p.required}" + (f", {p.objections} ✗" if p.objections else ""),
                    p.decided_on.strftime("%d.%m.%Y") if p.decided_on else "",
                    p.death_certificate_number,
                ]
                for p in self.proposals
            ],
        )
        decided = self.identified()
        if decided is None:
            self.follow_up.setText(self.tr("No identification has been decided for this case."))
        else:

            def day(value: dt.date | None) -> str:
                return value.strftime("%d.%m.%Y") if value else "—"

            self.follow_up.setText(
                self.tr("Family notified: {0} {1} {2}. Handed over: {3} to {4}. Burial: {5} {6} {7}.").format(
                    day(decided.family_notified_on),
                    decided.notified_by,
                    decided.notification_method,
                    day(decided.handed_over_on),
                    decided.handed_over_to or "—",
                    decided.burial_place or "—",
                    day(decided.burial_date),
                    decided.grave,
                )
            )
        self.certificate_button.setEnabled(decided is not None)

    def identified(self) -> ProposalDTO | None:
        return next(
            (
                p
                for p in reversed(self.proposals)
                if p.state is ProposalState.DECIDED and p.decision is IdentificationDecision.IDENTIFIED
            ),
            None,
        )

    # -- editing ---------------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        extras = (dict(self.dental.chart), self.body_marks.current_marks(), self.body_marks.current_implants())
        saved = self._saved_extras
        unsaved_new = self.case_id is None and bool(self.form.value("case_number"))
        return not self.undo_stack.isClean() or extras != saved or unsaved_new

    def _update_title(self) -> None:
        number = self.form.value("case_number") or self.tr("new case")
        stage = f" — {stage_label(self.detail.stage)}" if self.detail is not None and self.case_id else ""
        self.header.setText(f"{self.tr('Remains case')} {number}{stage}")
        self.setWindowTitle(f"{'*' if self.dirty else ''}{number} — {self.tr('Remains case')}")

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
                dict(self.dental.chart), self.body_marks.current_marks(), self.body_marks.current_implants()
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
        self.ranked = None
        self.reload()
        self.saved.emit(saved)

    def _focus_first_error(self, errors: list[FieldError]) -> None:
        names = {("individual_case" if e.field == "individual_case_id" else e.field) for e in errors}
        for tab, fields in ((0, EXAMINATION), (1, DESCRIPTION)):
            for name, _label, _kind in fields:
                if name in names:
                    self.tabs.setCurrentIndex(tab)
                    self.form.widgets[name].setFocus()
                    return

    # -- DNA and custody ----------------------------------------------------------------------------

    def add_sample(self, resample: bool = False) -> RecordDialog | None:
        if self.case_id is None or self.detail is None:
            return None
        original = None
        if resample:
            row = self.samples.currentRow()
            if not 0 <= row < len(self.detail.samples):
                return None
            original = self.detail.samples[row]
        dialog = RecordDialog(
            self.tr("Re-sample of {0}").format(original.sample_number) if original else self.tr("New DNA sample"),
            [
                ("number", self.tr("Sample number"), "text"),
                ("lab", self.tr("Laboratory"), "text"),
                ("collected_on", self.tr("Collected on"), "date"),
            ],
            self,
        )
        dialog.set_values({"lab": original.lab if original else "", "collected_on": dt.date.today().isoformat()})
        case_id = self.case_id

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            collected = values["collected_on"].earliest() if values["collected_on"] else None
            self._write(
                lambda: self.service.add_sample(
                    SampleInput(
                        values["number"],
                        SampleKind.REMAINS,
                        remains_case_id=case_id,
                        lab=values["lab"],
                        collected_on=collected,
                        resample_of=original.id if original else None,
                    )
                )
            )

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def record_result(self) -> RecordDialog | None:
        row = self.samples.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.samples):
            return None
        sample = self.detail.samples[row]
        dialog = RecordDialog(
            self.tr("DNA result for {0}").format(sample.sample_number),
            [
                ("reference", self.tr("Reference sample number"), "text"),
                ("ratio", self.tr("Likelihood ratio"), "text"),
                ("lab", self.tr("Laboratory"), "text"),
                ("reported_on", self.tr("Reported on"), "date"),
            ],
            self,
        )
        dialog.set_values({"lab": sample.lab})

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            v = dialog.values()
            reported = v["reported_on"].earliest() if v["reported_on"] else None
            result = DnaResultInput(v["reference"], v["ratio"], v["lab"], reported)
            if self._write(lambda: self.service.record_dna_result(sample.id, result)):
                self.ranked = None

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def set_sample_status(self) -> None:
        row = self.samples.currentRow()
        if self.detail is None or not 0 <= row < len(self.detail.samples):
            return
        sample = self.detail.samples[row]
        self._write(lambda: self.service.set_sample_status(sample.id, self.status_combo.currentData()))

    def add_transfer(self) -> RecordDialog | None:
        if self.case_id is None:
            return None
        last = self.detail.custody[-1].to_party if self.detail and self.detail.custody else ""
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
        case_id = self.case_id

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            try:
                when = dt.datetime.strptime(values["when"], "%Y-%m-%d %H:%M").astimezone()
            except ValueError:
                self.error = warn(self, self.tr("Not saved"), ValueError(self.tr("When: write it as 2025-06-14 09:30")))
                return
            self._write(
                lambda: self.service.add_custody(
                    case_id,
                    CustodyInput(values["from_party"], values["to_party"], when, values["by_whom"], values["note"]),
                )
            )

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _write(self, action: Any) -> bool:
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

    # -- candidates --------------------------------------------------------------------------------

    def compare(self) -> ComparisonDialog | None:
        scored = self.selected_candidate()
        if scored is None or self.case_id is None:
            return None
        dialog = ComparisonDialog(self.service.compare(self.case_id, scored.person_id), self)
        dialog.reject_requested.connect(self.reject_candidate)
        dialog.propose_requested.connect(self.propose)
        dialog.person_activated.connect(self.person_activated)
        dialog.show()
        self.comparison = dialog
        return dialog

    def reject_candidate(self) -> RecordDialog | None:
        scored = self.selected_candidate()
        if scored is None or self.case_id is None or self.ranked is None:
            return None
        person = self.ranked.profiles[scored.person_id]
        dialog = RecordDialog(
            self.tr("Reject {0}").format(person.name),
            [("reason", self.tr("Reason (kept with the case)"), "multiline")],
            self,
        )
        case_id = self.case_id

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self._write(
                lambda: self.service.reject(case_id, scored.person_id, dialog.values()["reason"], scored)
            ):
                self.load_candidates()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def restore_candidate(self) -> None:
        item = self.rejected_list.currentItem()
        if item is None or self.case_id is None:
            return
        case_id, person_id = self.case_id, item.data(Qt.ItemDataRole.UserRole)
        if self._write(lambda: self.service.restore(case_id, person_id)):
            self.load_candidates()

    def propose(self) -> ProposeDialog | None:
        scored = self.selected_candidate()
        if scored is None or self.case_id is None or self.ranked is None:
            return None
        person = self.ranked.profiles[scored.person_id]
        dialog = ProposeDialog(person.name, scored, self)
        case_id = self.case_id

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self._write(
                lambda: self.service.propose(
                    ProposalInput(case_id, scored.person_id, dialog.decision(), dialog.method(), dialog.evidence())
                )
            ):
                self.tabs.setCurrentIndex(TAB_TITLES.index("Identification"))

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    # -- correspondence --------------------------------------------------------------------------------

    def new_thread(self) -> QDialog | None:
        if self.case_id is None or self.detail is None:
            return None
        dialog = NewThreadDialog(
            self.service.counterparties(),
            self.tr("Remains case {0}").format(self.detail.case.case_number),
            self,
        )
        case_id = self.case_id

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            counterparty, subject, due = dialog.values()
            if self._write(lambda: self.service.open_thread(case_id, counterparty, subject, due)):
                self.letters.reload()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    # -- identification follow-up ----------------------------------------------------------------------

    def follow(self, step: str) -> QDialog | None:
        decided = self.identified()
        if decided is None:
            self.error = warn(
                self,
                self.tr("Identification"),
                RepatriaError(self.tr("No identification has been decided for this case.")),
            )
            return None
        dialog = FollowUpDialog(step, decided, self)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                self._write(lambda: dialog.write(self.service))

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _open_identified_person(self) -> None:
        row = self.identifications.currentRow()
        chosen = self.proposals[row] if 0 <= row < len(self.proposals) else self.identified()
        if chosen is not None:
            self.person_activated.emit(chosen.person_id)

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

        def save_then_close() -> None:
            self.save()
            if not self.dirty:
                close()

        self.unsaved_box = ask_unsaved(
            self,
            self.tr("Unsaved changes"),
            self.tr("This case has changes that are not saved."),
            save_then_close,
            close,
        )

    def done(self, result: int) -> None:
        self.photos.cleanup()  # the private folder of files opened in the system viewer
        super().done(result)

    def line_edit(self, name: str) -> QLineEdit:
        widget = self.form.widgets[name]
        assert isinstance(widget, QLineEdit)
        return widget
