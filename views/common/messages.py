"""Message boxes that never block: opened with ``open()``, returned so the caller keeps them
(alive, and readable by tests)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def warn(parent: QWidget, title: str, error: BaseException | str, name: str = "") -> QMessageBox:
    """A problem in the words of whoever found it (a ValidationError names field and line)."""
    return _show(parent, QMessageBox.Icon.Warning, title, str(error), name)


def inform(parent: QWidget, title: str, text: str, name: str = "", details: str = "") -> QMessageBox:
    """``details``: a long list (names) behind "Show Details…", so the box fits the screen."""
    return _show(parent, QMessageBox.Icon.Information, title, text, name, details)


def _show(parent: QWidget, icon: QMessageBox.Icon, title: str, text: str, name: str, details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
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
