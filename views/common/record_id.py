"""A record's ID as the command line takes it, shown short and copied whole."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class RecordId(QWidget):
    """ "List ID: 5f0c…" with a Copy button: the id ``repatria lists check`` and the other
    commands take, which nobody should have to retype (the whole id goes to the clipboard)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value: uuid.UUID | None = None
        self.label = QLabel()
        self.label.setObjectName("record_id")
        self.copy_button = QPushButton(self.tr("Copy ID"))
        self.copy_button.setObjectName("copy_id")
        self.copy_button.clicked.connect(self.copy)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.copy_button)
        row.addStretch(1)  # the button at the id's end, not stretched across the pane
        self.show_id(None, "")

    def show_id(self, value: uuid.UUID | None, what: str) -> None:
        """``what``: "Agreement ID" or "List ID", as the command line's help names it."""
        self.value = value
        # whole: ids made the same minute share their first digits (UUIDv7), so a short form misleads
        self.label.setText(f"{what}: {value}" if value else "")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setToolTip(str(value) if value else "")
        self.copy_button.setToolTip(self.tr("Copy {0} to the clipboard").format(value) if value else "")
        self.setVisible(value is not None)

    def copy(self) -> None:
        if self.value is not None:
            QGuiApplication.clipboard().setText(str(self.value))
