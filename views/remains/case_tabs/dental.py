"""The Dental tab: the remains' chart, and how to chart from the keyboard."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from views.remains.dental_chart import DentalChart


class DentalTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = DentalChart()
        self.chart.setObjectName("dental_chart")
        hint = QLabel(
            self.tr(
                "Click a tooth or move with the arrow keys; type P present, F filled, C crowned, R root canal, "
                "B bridge, I implant, D decayed, M missing (lost in life), X missing post mortem, U cannot be "
                "charted; Del clears. Right-click for the list. Ctrl+Z undoes."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        layout.addWidget(hint)
        layout.addStretch(1)
