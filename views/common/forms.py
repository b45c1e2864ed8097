"""Forms of typed fields with one undo history and validation messages beside each field,
for the remains case editor and the ante-mortem tab.

A field is (name, label, kind): kind is "text", "multiline", "date" (a partial date),
"int", "bool", a StrEnum (a choice, with "—" for None when optional) or a list of
(text, value) choices."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import FieldError
from models.core.partial_date import PartialDate
from views.common.labels import enum_label
from views.common.messages import reason_text
from views.common.widgets import ERROR_COLOUR, error_label

Field = tuple[str, str, Any]


class _FieldEdit(QUndoCommand):
    """One field's change; consecutive typing in the same field merges into one step."""

    def __init__(self, form: FieldForm, field: str, old: Any, new: Any, *, step: bool = False) -> None:
        super().__init__(field)
        self.form, self.field, self.old, self.new = form, field, old, new
        self.step = step  # a step of its own (a correction offered and taken), never merged with typing

    def id(self) -> int:
        return -1 if self.step else 1000 + self.form.order.index(self.field)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _FieldEdit) or other.field != self.field or not isinstance(self.new, str):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.form.set_value(self.field, self.new)

    def undo(self) -> None:
        self.form.set_value(self.field, self.old)


class FieldForm(QObject):
    """The widgets of some fields, their values, one undo stack and the error labels."""

    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.kinds: dict[str, Any] = {}
        self.order: list[str] = []
        self._values: dict[str, Any] = {}
        self._choices: dict[str, list[Any]] = {}  # a combo's values by index: Qt cannot compare Python objects
        self._setting = False
        self.validate_timer = QTimer(self)
        self.validate_timer.setSingleShot(True)
        self.validate_timer.setInterval(150)

    def page(self, fields: Sequence[Field], optional: frozenset[str] = frozenset()) -> QWidget:
        """A form page of these fields, each with its error label under it, in tab order."""
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        outer.addStretch(1)
        previous: QWidget | None = None
        for name, label, kind in fields:
            widget = self._widget(name, kind, name in optional)
            widget.setObjectName(name)
            error = error_label(f"{name}_error")
            error.hide()
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(1)
            column.addWidget(widget)
            column.addWidget(error)
            caption = QLabel(label + ":")
            caption.setBuddy(widget)
            form.addRow(caption, cell)
            self.widgets[name], self.errors[name], self.kinds[name] = widget, error, kind
            widget.installEventFilter(self)
            self.order.append(name)
            self._values[name] = self.value(name)
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget
        return page

    def _widget(self, name: str, kind: Any, optional: bool) -> QWidget:
        if kind == "multiline":
            area = QPlainTextEdit()
            area.setTabChangesFocus(True)
            area.setMaximumHeight(70)
            area.textChanged.connect(lambda: self._changed(name))
            return area
        if kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda _on: self._changed(name))
            return box
        if isinstance(kind, list) or (isinstance(kind, type) and issubclass(kind, StrEnum)):
            combo = QComboBox()
            self.widgets[name] = combo
            choices = [c if isinstance(c, tuple) else (enum_label(c), c) for c in kind]
            self._fill_combo(name, choices, optional)
            combo.currentIndexChanged.connect(lambda _i: self._changed(name))
            return combo
        edit = QLineEdit()
        if kind == "date":
            edit.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        edit.textChanged.connect(lambda _t: self._changed(name))
        return edit

    def _fill_combo(self, name: str, choices: Sequence[tuple[str, Any]], optional: bool) -> None:
        combo = self.widgets[name]
        assert isinstance(combo, QComboBox)
        combo.clear()
        values: list[Any] = []
        if optional:
            combo.addItem("—")
            values.append(None)
        for text, value in choices:
            combo.addItem(text)
            values.append(value)
        self._choices[name] = values

    def set_choices(self, name: str, choices: Sequence[tuple[str, Any]], optional: bool = True) -> None:
        current = self.value(name)
        self._setting = True
        try:
            self._fill_combo(name, choices, optional)
            self._select(name, current)
        finally:
            self._setting = False
        self._values[name] = self.value(name)

    def _select(self, name: str, value: Any) -> None:
        combo = self.widgets[name]
        assert isinstance(combo, QComboBox)
        values = self._choices[name]
        combo.setCurrentIndex(values.index(value) if value in values else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in a field undoes the form's last step (across fields), not only the field's
        own typing: one undo history for the whole record."""
        if isinstance(event, QKeyEvent) and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            for key, action in (
                (QKeySequence.StandardKey.Undo, self.undo_stack.undo),
                (QKeySequence.StandardKey.Redo, self.undo_stack.redo),
            ):
                if event.matches(key):
                    if event.type() == QEvent.Type.KeyPress:
                        action()
                    event.accept()
                    return True
        return super().eventFilter(watched, event)

    # -- values -----------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        widget = self.widgets[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            index = widget.currentIndex()
            values = self._choices.get(name, [])
            return values[index] if 0 <= index < len(values) else None
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def set_value(self, name: str, value: Any) -> None:
        """Show a value without an undo step (loading, undo and redo use this)."""
        widget = self.widgets[name]
        self._setting = True
        try:
            if isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(value or "")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                self._select(name, value)
            else:
                assert isinstance(widget, QLineEdit)
                text = "" if value is None else str(value)
                if widget.text() != text:
                    widget.setText(text)
        finally:
            self._setting = False
        self._values[name] = self.value(name)
        self.validate_timer.start()
        self.changed.emit()

    def load(self, values: dict[str, Any]) -> None:
        for name in self.order:
            if name in values:
                self.set_value(name, values[name])

    def replace(self, name: str, value: Any) -> None:
        """Change a field as one undo step of its own (a correction the clerk accepted)."""
        old = self.value(name)
        if value == old:
            return
        self._values[name] = value
        self._setting = True
        try:
            self.undo_stack.push(_FieldEdit(self, name, old, value, step=True))  # redo() shows it
        finally:
            self._setting = False
        self.validate_timer.start()
        self.changed.emit()

    def _changed(self, name: str) -> None:
        if self._setting:
            return
        new, old = self.value(name), self._values.get(name)
        if new == old:
            return
        self._values[name] = new
        self._setting = True  # push() runs redo(), which would set the widget again
        try:
            self.undo_stack.push(_FieldEdit(self, name, old, new))
        finally:
            self._setting = False
        self.validate_timer.start()
        self.changed.emit()

    def typed(self) -> tuple[dict[str, Any], list[FieldError]]:
        """Every field as the services take it (dates parsed, numbers read, text stripped)."""
        values: dict[str, Any] = {}
        errors: list[FieldError] = []
        for name in self.order:
            value, kind = self.value(name), self.kinds[name]
            if kind == "date":
                try:
                    value = PartialDate.parse(value) if value.strip() else None
                except ValueError as exc:
                    errors.append(FieldError.of_error(name, exc))
                    value = None
            elif kind == "int":
                text = value.strip()
                if not text:
                    value = None
                elif text.lstrip("-").isdigit():
                    value = int(text)
                else:
                    errors.append(FieldError(name, self.tr("{0!r} is not a whole number").format(text)))
                    value = None
            elif kind == "text":
                value = value.strip()
            values[name] = value
        return values, errors

    def show_errors(self, errors: Sequence[FieldError]) -> bool:
        """Messages beside their fields; True when some error has no field here."""
        by_field: dict[str, list[str]] = {}
        for error in errors:
            by_field.setdefault(error.field, []).append(reason_text(error))
        for name, label in self.errors.items():
            reasons = by_field.pop(name, None)
            label.setText("; ".join(reasons or []))
            label.setVisible(bool(reasons))
            self.widgets[name].setStyleSheet(f"border: 1px solid {ERROR_COLOUR}" if reasons else "")
        return bool(by_field)
