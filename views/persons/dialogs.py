"""Dialogs around the person editor: likely duplicates, an edit conflict, a merge."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.persons.dto import INPUT_FIELDS, DuplicateCandidate, PersonDTO, PersonInput
from views.common.labels import status_label
from views.common.tables import fill_table, read_only_table


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return str(value.value if hasattr(value, "value") else value) or "—"


class DuplicatesDialog(QDialog):
    """Before a new person is created: "is this one of these?"."""

    CREATE_ANYWAY, OPEN_EXISTING = 2, 3

    def __init__(self, candidates: list[DuplicateCandidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.candidates = candidates
        self.chosen: uuid.UUID | None = None
        self.table = read_only_table(
            [self.tr("Name"), self.tr("Date of birth"), self.tr("Status"), self.tr("External id"), self.tr("Why")],
            row_numbers=True,
        )
        self.table.setObjectName("candidates")
        fill_table(
            self.table,
            [
                [
                    " ".join(p for p in (c.row.surname, c.row.given_names, c.row.patronymic) if p),
                    _text(c.row.date_of_birth),
                    status_label(c.row.status),
                    c.row.external_id,
                    "; ".join(c.reasons),
                ]
                for c in candidates
            ],
        )
        self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self._open())
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("Open the selected person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button = buttons.addButton(
            self.tr("Create a new person anyway"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.clicked.connect(self._open)
        self.create_button.clicked.connect(lambda: self.done(self.CREATE_ANYWAY))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("These persons are already recorded and may be the one you are entering:")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def _open(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.candidates):
            self.chosen = self.candidates[row].row.id
            self.done(self.OPEN_EXISTING)


class _ChoiceGrid(QWidget):
    """One row per field: two radio buttons with the two values."""

    def __init__(
        self,
        rows: list[tuple[str, Any, Any]],
        label: Callable[[str], str],
        headers: tuple[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(f"<b>{headers[0]}</b>"), 0, 1)
        grid.addWidget(QLabel(f"<b>{headers[1]}</b>"), 0, 2)
        self.groups: dict[str, QButtonGroup] = {}
        for number, (field, left, right) in enumerate(rows, start=1):
            grid.addWidget(QLabel(label(field)), number, 0)
            group = QButtonGroup(self)
            for column, value in ((1, left), (2, right)):
                button = QRadioButton(_text(value))
                button.setObjectName(f"{field}_{column}")
                group.addButton(button, column)
                grid.addWidget(button, number, column)
            group.button(1).setChecked(True)
            self.groups[field] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

    def choice(self, field: str) -> int:
        return self.groups[field].checkedId()

    def lay_out(self, dialog: QDialog, note: str) -> QVBoxLayout:
        """The dialog's layout: the note, then this grid, scrolled when the fields are many."""
        layout = QVBoxLayout(dialog)
        label = QLabel(note)
        label.setWordWrap(True)
        layout.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self)
        layout.addWidget(scroll, 1)
        return layout


class ConflictDialog(QDialog):
    """Someone else saved this person while it was being edited: show both versions."""

    def __init__(
        self,
        base: PersonInput,
        mine: PersonInput,
        theirs: PersonDTO,
        label: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self._base, self._mine, self._theirs = base, mine, theirs.as_input()
        mine_changed = {f for f in INPUT_FIELDS if getattr(mine, f) != getattr(base, f)}
        theirs_changed = {f for f in INPUT_FIELDS if getattr(self._theirs, f) != getattr(base, f)}
        self.conflicts = [
            f
            for f in INPUT_FIELDS
            if f in mine_changed & theirs_changed and getattr(mine, f) != getattr(self._theirs, f)
        ]
        self.taken_from_them = sorted(theirs_changed - mine_changed)
        self.grid = _ChoiceGrid(
            [(f, getattr(mine, f), getattr(self._theirs, f)) for f in self.conflicts],
            label,
            (self.tr("Your version"), self.tr("Their version")),
        )
        intro = self.tr("This person was changed and saved by someone else while you were editing.")
        if self.taken_from_them:
            intro += " " + self.tr("Their changes to {0} are kept.").format(
                ", ".join(label(f) for f in self.taken_from_them)
            )
        if self.conflicts:
            intro += " " + self.tr("Both of you changed the fields below: choose which value to keep.")
        layout = self.grid.lay_out(self, intro)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def merged(self) -> PersonInput:
        """Their version, plus my changes, plus my choice where we both changed a field."""
        values = {f: getattr(self._theirs, f) for f in INPUT_FIELDS}  # not asdict: it would unpack dates
        for field in INPUT_FIELDS:
            if getattr(self._mine, field) != getattr(self._base, field) and field not in self.conflicts:
                values[field] = getattr(self._mine, field)
        for field in self.conflicts:
            source = self._mine if self.grid.choice(field) == 1 else self._theirs
            values[field] = getattr(source, field)
        return PersonInput(**values)


class MergeDialog(QDialog):
    """Combine two records of the same person field by field; the first one is kept."""

    def __init__(
        self, keep: PersonDTO, other: PersonDTO, label: Callable[[str], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two records"))
        self.keep, self.other = keep, other
        self.differing = [f for f in INPUT_FIELDS if getattr(keep, f) != getattr(other, f)]
        self.grid = _ChoiceGrid(
            [(f, getattr(keep, f), getattr(other, f)) for f in self.differing],
            label,
            (keep.external_id, other.external_id),
        )
        for field in self.differing:  # prefer what is known over what is empty
            if getattr(keep, field) in (None, "") and getattr(other, field) not in (None, ""):
                self.grid.groups[field].button(2).setChecked(True)
        layout = self.grid.lay_out(
            self,
            self.tr(
                "Choose, for each field that differs, the value to keep. Everything recorded about "
                "both (timeline, relatives, sources, files, lists) is kept, and both histories stay "
                "in the change log. The record {0} is kept; {1} is merged into it."
            ).format(keep.external_id, other.external_id),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        merge = buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        merge.setObjectName("merge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def merged(self) -> PersonInput:
        values = {f: getattr(self.keep, f) for f in INPUT_FIELDS}
        for field in self.differing:
            if self.grid.choice(field) == 2:
                values[field] = getattr(self.other, field)
        return PersonInput(**values)
