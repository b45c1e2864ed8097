"""The registry's filter bar: status, health, Annex I, unit, citizenship, capture dates, list."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from enum import StrEnum

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

from models.core.enums import Annex1Category, Health, PersonStatus
from models.persons.dto import PersonQuery
from views.common.labels import annex1_label, health_label, status_label
from views.common.tasks import run_task

NO_DATE = QDate(1900, 1, 1)  # the date edits' minimum, shown as a dash: no bound


class _ChoiceButton(QPushButton):
    """A drop-down of checkable choices; its text says how many are picked. A push button with
    a menu: its size counts the menu's arrow (a tool button's drew the arrow over "Здоров'я")."""

    changed = Signal()

    def __init__(self, title: str, choices: Iterable[tuple[StrEnum, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        menu = QMenu(self)
        self._actions: dict[StrEnum, QAction] = {}
        for value, label in choices:
            action = menu.addAction(label)
            action.setCheckable(True)
            action.toggled.connect(self._toggled)
            self._actions[value] = action
        self.setMenu(menu)
        self._update_text()

    def selected(self) -> frozenset[StrEnum]:
        return frozenset(v for v, a in self._actions.items() if a.isChecked())

    def set_selected(self, values: Iterable[StrEnum]) -> None:
        wanted = set(values)
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._update_text()

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        count = len(self.selected())
        self.setText(f"{self._title} ({count})" if count else self._title)


class FilterBar(QWidget):
    changed = Signal()

    def __init__(
        self,
        choices: Callable[[str], list[str]],
        lists: Callable[[], list[tuple[uuid.UUID, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = _ChoiceButton(self.tr("Status"), [(s, status_label(s)) for s in PersonStatus])
        self.health = _ChoiceButton(self.tr("Health"), [(h, health_label(h)) for h in Health])
        self.annex1 = _ChoiceButton(self.tr("Annex I"), [(c, annex1_label(c)) for c in Annex1Category])
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.citizenship = QComboBox()
        self.citizenship.setObjectName("citizenship")
        for combo, placeholder in ((self.unit, self.tr("Unit")), (self.citizenship, self.tr("Citizenship"))):
            combo.setEditable(True)
            combo.addItem("")
            combo.setCurrentIndex(0)
            edit = combo.lineEdit()
            assert edit is not None  # an editable combo box has its line edit
            edit.setPlaceholderText(placeholder)
            edit.setClearButtonEnabled(True)
            combo.setMinimumContentsLength(12)
            combo.currentTextChanged.connect(self._emit)
        self.captured_from = self._date_edit()
        self.captured_to = self._date_edit()
        self.on_list = QComboBox()
        self.on_list.setObjectName("on_list")
        self.on_list.addItem(self.tr("list: any"), None)
        for list_id, title in lists():
            self.on_list.addItem(title, list_id)
        self.on_list.setMinimumContentsLength(18)
        self.on_list.currentIndexChanged.connect(self._emit)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        for button in (self.status, self.health, self.annex1):
            button.changed.connect(self._emit)

        # The units' and citizenships' choices (a DISTINCT over every person: 0.4 s at 100,000)
        # arrive in the background once the window is on screen; typing works before they do.
        self.choices_task = run_task(
            lambda _progress: {field: choices(field) for field in ("unit", "citizenship")},
            self._fill_choices,
            parent=self,
        )

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.health, self.annex1, self.unit, self.citizenship):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("Captured from")))
        layout.addWidget(self.captured_from)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.captured_to)
        layout.addWidget(self.on_list, 1)
        layout.addWidget(self.clear_button)

    def _fill_choices(self, found: dict[str, list[str]]) -> None:
        """The choices read in the background; what the user typed meanwhile stays."""
        for combo, field in ((self.unit, "unit"), (self.citizenship, "citizenship")):
            typed = combo.currentText()
            combo.blockSignals(True)
            combo.addItems(found[field])
            combo.setEditText(typed)
            combo.blockSignals(False)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(self._emit)
        return edit

    def _emit(self) -> None:
        self.changed.emit()

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

    def query(self, *, sort_by: str = "surname", descending: bool = False) -> PersonQuery:
        return PersonQuery(
            statuses=frozenset(PersonStatus(s) for s in self.status.selected()),
            healths=frozenset(Health(h) for h in self.health.selected()),
            annex1_categories=frozenset(Annex1Category(c) for c in self.annex1.selected()),
            unit=self.unit.currentText().strip(),
            citizenship=self.citizenship.currentText().strip(),
            captured_from=self._date(self.captured_from),
            captured_to=self._date(self.captured_to),
            on_list=self.on_list.currentData(),
            sort_by=sort_by,
            descending=descending,
        )

    def clear(self) -> None:
        widgets = (
            self.status,
            self.health,
            self.annex1,
            self.unit,
            self.citizenship,
            self.captured_from,
            self.captured_to,
            self.on_list,
        )
        for widget in widgets:
            widget.blockSignals(True)
        for button in (self.status, self.health, self.annex1):
            button.set_selected(())
        self.unit.setCurrentIndex(0)
        self.citizenship.setCurrentIndex(0)
        self.captured_from.setDate(NO_DATE)
        self.captured_to.setDate(NO_DATE)
        self.on_list.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self.changed.emit()
