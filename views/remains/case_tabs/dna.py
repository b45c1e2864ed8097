"""The DNA tab: the case's samples with their results, a new sample or a re-sample, a
sample's status, and a result typed from the laboratory's report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from models.core.enums import SampleKind, SampleStatus
from models.core.numbers import likelihood_ratio_text
from models.remains.dto import CaseDetail, DnaResultInput, SampleInput
from views.common.labels import enum_label
from views.common.record_dialog import RecordDialog
from views.common.tables import fill_table, read_only_table
from views.common.widgets import button_row
from views.remains.case_tabs.context import CaseContext
from views.remains.ports import CasePort


class DnaTab(QWidget):
    result_recorded = Signal()  # the candidates' ranking is out of date

    def __init__(self, service: CasePort, case: CaseContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.case = service, case
        self.dialog: QDialog | None = None  # the one open on top, kept for tests and alive while open
        self.table = read_only_table(
            [
                self.tr("Sample"),
                self.tr("Lab"),
                self.tr("Status"),
                self.tr("Collected"),
                self.tr("Re-sample of"),
                self.tr("Results"),
            ]
        )
        self.table.setObjectName("samples")
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
        row = button_row(add, resample, result, QLabel(self.tr("Status:")), self.status_combo, set_status)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def show_case(self, detail: CaseDetail) -> None:
        fill_table(
            self.table,
            [
                [
                    s.sample_number,
                    s.lab,
                    enum_label(s.status),
                    s.collected_on.strftime("%d.%m.%Y") if s.collected_on else "",
                    s.resample_of,
                    "; ".join(
                        f"{r.reference_sample} ({r.relative_name}): LR {likelihood_ratio_text(r.likelihood_ratio)}"
                        for r in s.results
                    ),
                ]
                for s in detail.samples
            ],
        )

    def add_sample(self, resample: bool = False) -> RecordDialog | None:
        detail, case_id = self.case.detail, self.case.case_id
        if case_id is None or detail is None:
            return None
        original = None
        if resample:
            row = self.table.currentRow()
            if not 0 <= row < len(detail.samples):
                return None
            original = detail.samples[row]
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

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            collected = values["collected_on"].earliest() if values["collected_on"] else None
            self.case.write(
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
        detail = self.case.detail
        row = self.table.currentRow()
        if detail is None or not 0 <= row < len(detail.samples):
            return None
        sample = detail.samples[row]
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
            data = DnaResultInput(v["reference"], v["ratio"], v["lab"], reported)
            if self.case.write(lambda: self.service.record_dna_result(sample.id, data)):
                self.result_recorded.emit()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog
        return dialog

    def set_sample_status(self) -> None:
        detail = self.case.detail
        row = self.table.currentRow()
        if detail is None or not 0 <= row < len(detail.samples):
            return
        sample = detail.samples[row]
        status = SampleStatus(self.status_combo.currentData())  # Qt hands the member back as its plain str
        self.case.write(lambda: self.service.set_sample_status(sample.id, status))
