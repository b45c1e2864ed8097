"""The one small form for a new record (a timeline event, a DNA sample, a custody transfer …):
fields of a few kinds, checked on OK, read back with ``values()``; and the layout every such
form dialog shares."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.core.partial_date import PartialDate
from views.common.labels import enum_label
from views.common.messages import error_text
from views.common.widgets import error_label, index_of

# A field of a RecordDialog: (name, label, kind), kind "text", "multiline", "date", "bool" or a StrEnum.
RecordField = tuple[str, str, str | type[StrEnum]]


def lay_out_form(
    dialog: QDialog, form: QFormLayout, error: QLabel, on_ok: Callable[[], None], note: QWidget | None = None
) -> QDialogButtonBox:
    """A form dialog from top to bottom: a note if any, the form, the line that says what is
    wrong, OK and Cancel. OK runs ``on_ok`` (which accepts when all is well)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if note is not None:
        layout.addWidget(note)
    layout.addLayout(form)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return buttons


class RecordDialog(QDialog):
    """A small form for a new record; its fields are (name, label, kind) with kind text,
    multiline, date, bool or a StrEnum. ``values()`` gives what was entered."""

    def __init__(self, title: str, fields: Sequence[RecordField], parent: QWidget | None = None) -> None:
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
        self.error = error_label()
        self.error.hide()
        lay_out_form(self, form, self.error, self._check)

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
                widget.setCurrentIndex(max(index_of(widget, value), 0))

    def values(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for name, _label, kind in self._fields:
            widget = self.widgets[name]
            if isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                assert isinstance(kind, type)  # combo boxes are made for StrEnum kinds only
                result[name] = kind(widget.currentData())  # Qt hands the member back as its plain str
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
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()
