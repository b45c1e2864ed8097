"""A case and one candidate side by side: the ante-mortem record against the remains, the two
dental charts with each compared tooth outlined, and the evidence with its weights."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.remains.dto import (
    Comparison,
)
from views.common.labels import enum_label
from views.common.tables import read_only_table
from views.common.widgets import fit_to_screen
from views.remains.dental_chart import DentalChart
from views.remains.evidence import evidence_detail, evidence_label

HIGHLIGHT = {"concordant": "#2e7d32", "explainable": "#f9a825", "inconsistent": "#ef6c00", "excluding": "#c62828"}


class ComparisonDialog(QDialog):
    """A case and one candidate side by side: AM on the left, PM on the right, the dental
    charts with each compared tooth outlined (green concordant, amber explainable, red
    excluding), and the evidence with its weights."""

    reject_requested = Signal()
    propose_requested = Signal()
    person_activated = Signal(object)

    def __init__(self, comparison: Comparison, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison = comparison
        person, am, pm, case = comparison.person, comparison.am, comparison.pm, comparison.case.case
        record = comparison.ante_mortem
        ukrainian = QLocale().language() == QLocale.Language.Ukrainian
        self.setWindowTitle(self.tr("{0} and case {1}").format(am.name, pm.case_number))
        grid = QGridLayout()
        grid.addWidget(self._bold(self.tr("Ante mortem: {0} ({1})").format(am.name, am.external_id)), 0, 1)
        grid.addWidget(self._bold(self.tr("Post mortem: case {0}").format(pm.case_number)), 0, 2)

        def dash(text: object) -> str:
            return str(text) if text not in (None, "") else "—"

        rows = [
            (self.tr("Sex"), enum_label(am.sex), enum_label(pm.sex)),
            (
                self.tr("Age"),
                self.tr("born {0}").format(am.date_of_birth.dotted()) if am.date_of_birth else "—",
                f"{dash(pm.age_min)}–{dash(pm.age_max)}",
            ),
            (self.tr("Stature, cm"), dash(am.stature_cm), f"{dash(pm.stature_min_cm)}–{dash(pm.stature_max_cm)}"),
            (self.tr("Hair"), dash(record.hair if record else ""), dash(case.hair)),
            (
                self.tr("Marks"),
                dash("; ".join(m.describe(ukrainian) for m in am.marks)),
                dash("; ".join(m.describe(ukrainian) for m in pm.marks)),
            ),
            (
                self.tr("Implants"),
                dash(", ".join(sorted(am.implant_serials))),
                dash(", ".join(sorted(pm.implant_serials))),
            ),
            (self.tr("Clothing"), dash(am.clothing), dash(case.clothing)),
            (self.tr("Service number / ID tags"), dash(am.service_number), dash(pm.id_text)),
            (
                self.tr("Last seen / recovered"),
                dash(
                    ", ".join(
                        p for p in (am.last_seen_place, am.last_seen_date.dotted() if am.last_seen_date else "") if p
                    )
                ),
                dash(
                    ", ".join(
                        p for p in (pm.recovery_place, pm.recovery_date.dotted() if pm.recovery_date else "") if p
                    )
                ),
            ),
            (self.tr("Medical history"), dash(record.medical_history if record else ""), dash(case.injuries)),
        ]
        for n, (label, left, right) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label + ":"), n, 0, Qt.AlignmentFlag.AlignTop)
            for column, text in ((1, left), (2, right)):
                value = QLabel(text)
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(value, n, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        self.am_chart = DentalChart(editable=False)
        self.am_chart.setObjectName("am_chart")
        self.am_chart.set_chart(am.dental)
        self.pm_chart = DentalChart(editable=False)
        self.pm_chart.setObjectName("pm_chart")
        self.pm_chart.set_chart(pm.dental)
        for tooth, kind in comparison.teeth.items():
            if kind in HIGHLIGHT:
                self.am_chart.highlight[tooth] = self.pm_chart.highlight[tooth] = HIGHLIGHT[kind]
        charts = QHBoxLayout()
        for title, chart in (
            (self.tr("Dental chart in life (AM)"), self.am_chart),
            (self.tr("Dental chart of the remains (PM)"), self.pm_chart),
        ):
            side = QVBoxLayout()
            side.addWidget(self._bold(title))
            side.addWidget(chart)
            charts.addLayout(side)
        legend = QLabel(
            self.tr(
                "Outlines: green concordant, amber explainable (dental work after the record), "
                "orange inconsistent, red excluding."
            )
        )
        legend.setWordWrap(True)

        self.evidence = read_only_table(
            [self.tr("Evidence"), self.tr("Weight"), self.tr("Detail")], select="cells", fit=False
        )
        self.evidence.setObjectName("evidence")
        scored = comparison.scored
        self.evidence.setRowCount(len(scored.evidence) + 1)
        for row, e in enumerate(scored.evidence):
            for column, text in enumerate((evidence_label(e.kind), f"{e.weight:+.1f}", evidence_detail(e))):
                self.evidence.setItem(row, column, QTableWidgetItem(text))
        total = len(scored.evidence)
        self.evidence.setItem(total, 0, QTableWidgetItem(self.tr("Total")))
        self.evidence.setItem(total, 1, QTableWidgetItem(f"{scored.score:+.1f}"))
        self.evidence.setItem(total, 2, QTableWidgetItem(self.tr("excluded") if scored.excluded else ""))
        self.evidence.resizeColumnsToContents()

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(grid)
        layout.addLayout(charts)
        layout.addWidget(legend)
        layout.addWidget(self._bold(self.tr("Evidence for and against")))
        layout.addWidget(self.evidence, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        open_person = QPushButton(self.tr("Open the person"))
        open_person.clicked.connect(lambda: self.person_activated.emit(person.id))
        reject = QPushButton(self.tr("Reject…"))
        reject.clicked.connect(self._reject_candidate)
        propose = QPushButton(self.tr("Propose to the board…"))
        propose.clicked.connect(self._propose_candidate)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for button in (open_person, reject, propose):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        fit_to_screen(self, 1180, 760)

    def _reject_candidate(self) -> None:
        self.reject_requested.emit()
        self.close()

    def _propose_candidate(self) -> None:
        self.propose_requested.emit()
        self.close()

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: bold")
        return label
