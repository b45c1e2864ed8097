"""Small widgets every section builds the same way: a heading, the line that says what is
wrong with a form, a row of buttons; and the choice a combo box of codes holds."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TypeVar

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

E = TypeVar("E", bound=StrEnum)

ERROR_COLOUR = "#b00020"  # what is wrong: a message's text, a field's border, a number that does not add up
ALERT_BACKGROUND = "#f8d7da"  # a row the user must look at before acting: a person recorded deceased, say


def error_label(name: str = "", *, wrap: bool = True, bold: bool = False) -> QLabel:
    """The line that says what is wrong with a form, empty until something is."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setStyleSheet(f"color: {ERROR_COLOUR}" + ("; font-weight: bold" if bold else ""))
    label.setWordWrap(wrap)
    return label


def heading(text: str = "", name: str = "") -> QLabel:
    """The title over an editor or a section."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setStyleSheet("font-size: 14pt; font-weight: bold")
    return label


def button_row(*widgets: QWidget, right: Sequence[QWidget] = ()) -> QHBoxLayout:
    """Buttons (or other widgets) from the left, the spare width, then ``right``."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    for widget in right:
        row.addWidget(widget)
    return row


def chosen(combo: QComboBox, enum: type[E]) -> E | None:
    """The member of ``enum`` behind the current item, None for an item that stands for none.
    Qt hands a StrEnum member stored as item data back as its plain str: it is made the member
    again, so the services' ``is`` comparisons hold (a plain 'identified' is no member)."""
    data = combo.currentData()
    return None if data is None else enum(data)


def index_of(combo: QComboBox, value: object) -> int:
    """The index of the item holding ``value`` as its data, -1 if none. By equality: Qt's
    findData compares a Python object's wrapper, so it never finds a UUID (the lists' agreement
    was always the first) and cannot be trusted with a StrEnum member either."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize a window to ``width`` × ``height``, or to what its screen has room for: a 1366×768
    laptop has about 1366×728 below the panel, and a window taller than that hides its buttons."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        frame = 40  # the window manager's title bar and borders
        width, height = min(width, room.width()), min(height, room.height() - frame)
    window.resize(width, height)


def scrolled(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area without a frame: a tab whose form is taller than the screen
    scrolls instead of making its whole window too tall."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
