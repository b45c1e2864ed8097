"""Message boxes that never block: opened with ``open()``, returned so the caller keeps them
(alive, and readable by tests)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from models.core.errors import ERRORS, FieldError, ParseError, RepatriaError, ValidationError
from views.common.labels import field_label


def _translated(template: str, args: Mapping[str, object]) -> str:
    text = QCoreApplication.translate(ERRORS, template) if template else template
    try:
        return text.format(**args) if args else text
    except (KeyError, IndexError, ValueError):
        # a translation whose {fields} do not match the template's: the English sentence
        # is better than none
        return template.format(**args) if args else template


def message_text(template: str, args: Mapping[str, object] | None) -> str:
    """A model-layer message carried as its id and fields (not raised), in the interface language."""
    return _translated(template, args or {})


def reason_text(error: FieldError) -> str:
    """What is wrong with one field, in the interface language (the field is named elsewhere)."""
    return _translated(error.reason, dict(error.args))


def field_error_text(error: FieldError) -> str:
    """ "line 4, Date of birth: not a date", in the interface language."""
    where = QCoreApplication.translate("Errors", "line {0}, ").format(error.row) if error.row is not None else ""
    return f"{where}{field_label(error.field)}: {reason_text(error)}"


def error_text(error: BaseException | str) -> str:
    """An error of the model layer in the interface language: its message id translated
    (context "Errors") and its fields filled; a ValidationError's problems each so. Anything
    else (an error of Python or the system) as it says itself."""
    if isinstance(error, ValidationError):
        return "; ".join(field_error_text(each) for each in error.errors)
    if isinstance(error, (RepatriaError, ParseError)) and error.message_id:
        return _translated(error.message_id, error.message_args)
    return str(error)


def warn(parent: QWidget, title: str, error: BaseException | str, name: str = "") -> QMessageBox:
    """A problem in the words of whoever found it (a ValidationError names field and line),
    in the interface language."""
    return _show(parent, QMessageBox.Icon.Warning, title, error_text(error), name)


def inform(parent: QWidget, title: str, text: str, name: str = "", details: str = "") -> QMessageBox:
    """``details``: a long list (names) behind "Show Details…", so the box fits the screen."""
    return _show(parent, QMessageBox.Icon.Information, title, text, name, details)


def _show(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str, details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # a name, an id: copied, not retyped
    if name:
        box.setObjectName(name)
    if details:
        box.setDetailedText(details)
    box.open()
    return box


def confirm(
    parent: QWidget,
    title: str,
    text: str,
    action: str,
    on_yes: Callable[[], None],
    name: str = "confirm",
    details: str = "",
) -> QMessageBox:
    """Ask once before a step that cannot simply be taken back: ``text`` says what will happen,
    the button that does it is named by ``action`` ("Send", "Record the exchange"), and Cancel
    is the default, so a stray Enter does nothing. ``on_yes`` runs only after the action
    button; ``details`` (a list of names, say) goes in the expandable details."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName(name)
    do = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    do.setObjectName("confirm_action")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if details:
        box.setDetailedText(details)

    def finished(_result: int) -> None:
        if box.clickedButton() is do:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def ask_unsaved(
    editor: QWidget,
    title: str,
    text: str,
    save: Callable[[], None],
    dirty: Callable[[], bool],
    close: Callable[[], None],
) -> QMessageBox:
    """Save, Discard or Cancel, for an editor closing with edits not saved: Save closes it only
    once nothing is left unsaved (a save that fails keeps it open), Discard closes it, Cancel
    does nothing."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        editor,
    )
    box.setObjectName("unsaved")
    box.setDefaultButton(QMessageBox.StandardButton.Save)

    def finished(_result: int) -> None:
        button = box.standardButton(box.clickedButton())
        if button == QMessageBox.StandardButton.Save:
            save()
            if not dirty():
                close()
        elif button == QMessageBox.StandardButton.Discard:
            close()

    box.finished.connect(finished)
    box.open()
    return box
