"""A missing person's ante-mortem data, as the family gave it: the description, dental
chart, marks and implants, DNA reference samples from relatives, and any identification
of their remains."""

from __future__ import annotations

import uuid
from typing import Protocol

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import IdentificationDecision, ProposalState, SampleKind
from models.core.errors import FieldError, RepatriaError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.remains.dto import AnteMortemInput, PhysicalDetails, SampleInput
from views.common.forms import Field, FieldForm
from views.common.labels import enum_label
from views.common.messages import warn
from views.common.record_dialog import RecordDialog
from views.common.tables import fill_table, read_only_table
from views.remains.dental_chart import DentalChart
from views.remains.marks import MarksEditor
from views.remains.ports import AnteMortemPort

FIELDS: list[Field] = [
    ("collected_on", QT_TRANSLATE_NOOP("AnteMortemTab", "Collected on"), "date"),
    ("collected_from", QT_TRANSLATE_NOOP("AnteMortemTab", "Collected from (who told us)"), "text"),
    ("stature_cm", QT_TRANSLATE_NOOP("AnteMortemTab", "Stature, cm"), "int"),
    ("build", QT_TRANSLATE_NOOP("AnteMortemTab", "Build"), "text"),
    ("hair", QT_TRANSLATE_NOOP("AnteMortemTab", "Hair"), "text"),
    ("eye_colour", QT_TRANSLATE_NOOP("AnteMortemTab", "Eye colour"), "text"),
    ("last_seen_place", QT_TRANSLATE_NOOP("AnteMortemTab", "Last seen at"), "text"),
    ("last_seen_date", QT_TRANSLATE_NOOP("AnteMortemTab", "Last seen on"), "date"),
    ("clothing_last_worn", QT_TRANSLATE_NOOP("AnteMortemTab", "Clothing last worn"), "multiline"),
    ("effects_carried", QT_TRANSLATE_NOOP("AnteMortemTab", "Effects carried"), "multiline"),
    ("amputations", QT_TRANSLATE_NOOP("AnteMortemTab", "Amputations"), "multiline"),
    ("medical_history", QT_TRANSLATE_NOOP("AnteMortemTab", "Medical history"), "multiline"),
    ("dental_records", QT_TRANSLATE_NOOP("AnteMortemTab", "Dental records (where kept, dentist)"), "multiline"),
    ("notes", QT_TRANSLATE_NOOP("AnteMortemTab", "Notes"), "multiline"),
]


class PersonContext(Protocol):
    @property
    def person_id(self) -> uuid.UUID | None: ...


class AnteMortemTab(QWidget):
    def __init__(self, service: AnteMortemPort, person: PersonContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.person = service, person
        self.undo_stack = QUndoStack(self)
        self.form = FieldForm(self.undo_stack, self)
        self.identification = QLabel()
        self.identification.setObjectName("identification")
        self.identification.setWordWrap(True)
        self.identification.setStyleSheet("font-weight: bold")
        form_page = self.form.page([(n, self.tr(label), kind) for n, label, kind in FIELDS])
        self.dental = DentalChart()
        self.dental.setObjectName("am_dental_chart")
        self.body_marks = MarksEditor(service)
        self.samples = read_only_table(
            [self.tr("Sample"), self.tr("Relative"), self.tr("Relationship"), self.tr("Lab"), self.tr("Status")],
            select="cells",
        )
        self.samples.setObjectName("reference_samples")
        self.samples.setMaximumHeight(120)
        self.save_button = QPushButton(self.tr("Save ante-mortem data"))
        self.save_button.setObjectName("save_am")
        self.save_button.clicked.connect(self.save)
        add_sample = QPushButton(self.tr("Add reference sample…"))
        add_sample.clicked.connect(self.add_sample)
        self.edit_donor = QPushButton(self.tr("Correct the relative…"))
        self.edit_donor.setObjectName("edit_donor")
        self.edit_donor.setEnabled(False)
        self.edit_donor.clicked.connect(self.correct_donor)
        self.samples.itemSelectionChanged.connect(
            lambda: self.edit_donor.setEnabled(bool(self.samples.selectedItems()))
        )
        self.status = QLabel()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.identification)
        layout.addWidget(form_page)
        layout.addWidget(QLabel(self.tr("Dental chart from the dentist's records")))
        layout.addWidget(self.dental)
        layout.addWidget(self.body_marks)
        layout.addWidget(QLabel(self.tr("DNA reference samples from relatives")))
        layout.addWidget(self.samples)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(add_sample)
        buttons.addWidget(self.edit_donor)
        buttons.addWidget(self.status, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.setEnabled(False)

    def reload(self) -> None:
        person_id = self.person.person_id
        self.setEnabled(person_id is not None)
        if person_id is None:
            self.identification.setText(self.tr("Save the person first."))
            return
        view = self.service.ante_mortem(person_id)
        record = view.record
        self.form.load({n: getattr(record, n) if record else None for n, _l, _k in FIELDS})
        self.dental.set_chart(view.dental)
        self.body_marks.set_values(view.marks, view.implants)
        self._samples = list(view.samples)
        fill_table(
            self.samples,
            [[s.sample_number, s.relative_name, s.relationship, s.lab, enum_label(s.status)] for s in view.samples],
        )
        decided = [
            p
            for p in view.identifications
            if p.state is ProposalState.DECIDED and p.decision is IdentificationDecision.IDENTIFIED
        ]
        waiting = [p for p in view.identifications if p.state is ProposalState.PROPOSED]
        if decided:
            p = decided[-1]
            self.identification.setText(
                self.tr("Identified: remains case {0}, decided on {1}, death certificate {2}.").format(
                    p.case_number, p.decided_on.strftime("%d.%m.%Y") if p.decided_on else "", p.death_certificate_number
                )
            )
        elif waiting:
            self.identification.setText(
                self.tr("Before the identification board: remains case {0}.").format(waiting[0].case_number)
            )
        else:
            self.identification.setText(
                self.tr("Ante-mortem data collected on {0}.").format(record.collected_on.strftime("%d.%m.%Y"))
                if record and record.collected_on
                else self.tr("No identification of remains.")
            )
        self.undo_stack.clear()
        self._saved = (dict(view.dental), view.marks, view.implants)

    @property
    def dirty(self) -> bool:
        current = (dict(self.dental.chart), self.body_marks.current_marks(), self.body_marks.current_implants())
        return not self.undo_stack.isClean() or current != getattr(self, "_saved", current)

    def save(self) -> None:
        person_id = self.person.person_id
        if person_id is None:
            return
        values, errors = self.form.typed()
        collected = values.get("collected_on")
        if isinstance(collected, PartialDate):  # a day the family was heard: a whole date
            if collected.day is None:
                errors.append(FieldError("collected_on", self.tr("the whole date it was collected, like 2025-03-25")))
            values["collected_on"] = collected.earliest()
        if errors:
            self.form.show_errors(errors)
            return
        try:
            details = PhysicalDetails(
                dict(self.dental.chart), self.body_marks.current_marks(), self.body_marks.current_implants()
            )
            self.service.save_ante_mortem(person_id, AnteMortemInput(**values), details)
        except ValidationError as exc:
            if self.form.show_errors(exc.errors):
                self.error = warn(self, self.tr("Not saved"), exc)
            return
        except RepatriaError as exc:
            self.error = warn(self, self.tr("Not saved"), exc)
            return
        self.form.show_errors([])
        self.reload()
        self.status.setText(self.tr("Saved."))

    def add_sample(self) -> RecordDialog | None:
        person_id = self.person.person_id
        if person_id is None:
            return None
        dialog = RecordDialog(
            self.tr("DNA reference sample"),
            [
                ("number", self.tr("Sample number"), "text"),
                ("relative", self.tr("Relative's name"), "text"),
                ("relationship", self.tr("Relationship"), "text"),
                ("lab", self.tr("Laboratory"), "text"),
                ("collected_on", self.tr("Collected on"), "date"),
            ],
            self,
        )

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            v = dialog.values()
            try:
                self.service.add_reference_sample(
                    SampleInput(
                        v["number"],
                        SampleKind.REFERENCE,
                        person_id=person_id,
                        relative_name=v["relative"],
                        relationship=v["relationship"],
                        lab=v["lab"],
                        collected_on=v["collected_on"].earliest() if v["collected_on"] else None,
                    )
                )
            except RepatriaError as exc:
                self.error = warn(self, self.tr("Not saved"), exc)
                return
            self.reload()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def correct_donor(self) -> RecordDialog | None:
        """Who gave the selected reference sample, and how they are related: corrected."""
        rows = {item.row() for item in self.samples.selectedItems()}
        if len(rows) != 1:
            return None
        sample = self._samples[rows.pop()]
        dialog = RecordDialog(
            self.tr("Relative who gave sample {0}").format(sample.sample_number),
            [("relative", self.tr("Relative's name"), "text"), ("relationship", self.tr("Relationship"), "text")],
            self,
        )
        dialog.set_values({"relative": sample.relative_name, "relationship": sample.relationship})

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            v = dialog.values()
            try:
                self.service.set_reference_donor(sample.id, v["relative"], v["relationship"])
            except RepatriaError as exc:
                self.error = warn(self, self.tr("Not saved"), exc)
                return
            self.reload()
            self.status.setText(self.tr("Saved."))

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog
