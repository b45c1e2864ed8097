"""The office settings: the likelihood ratios from which a DNA result is certain or probable,
how many board members must sign, and the classification marking on every report."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from views.common.messages import error_text
from views.common.widgets import error_label
from views.office.ports import OfficeSettingsPort

LABELS = {
    "dna_lr_certain": QT_TRANSLATE_NOOP("SettingsDialog", "DNA likelihood ratio from which a match is certain"),
    "dna_lr_probable": QT_TRANSLATE_NOOP("SettingsDialog", "DNA likelihood ratio from which a match is probable"),
    "board_signatures_required": QT_TRANSLATE_NOOP("SettingsDialog", "Board members who must sign a decision"),
    "report_marking": QT_TRANSLATE_NOOP("SettingsDialog", "Classification marking on every report page"),
    "reply_due_days": QT_TRANSLATE_NOOP("SettingsDialog", "Days given for a reply to our letters"),
}


class SettingsDialog(QDialog):
    def __init__(self, service: OfficeSettingsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Office settings"))
        self.edits: dict[str, QLineEdit] = {}
        self._loaded: dict[str, str] = {}
        form = QFormLayout()
        for key, value, _description in service.settings():
            edit = QLineEdit(value)
            edit.setObjectName(key)
            if key == "report_marking":
                edit.setPlaceholderText(self.tr("empty: ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED"))
                edit.setToolTip(edit.placeholderText())
                edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
            self.edits[key] = edit
            self._loaded[key] = value
            form.addRow(self.tr(LABELS.get(key, key)) + ":", edit)
        self.error = error_label("settings_error")
        note = QLabel(self.tr("Supervisors change these for the whole office; each change is kept in the change log."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(self.sizeHint().expandedTo(QSize(620, 260)))

    def save(self) -> None:
        changed = {k: e.text() for k, e in self.edits.items() if e.text() != self._loaded[k]}
        try:
            if changed:
                self.service.set_settings(changed)
        except RepatriaError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
