"""The Lists section's dialogs: importing a list (where it belongs and which column is which),
a version against the one before, and building our list (the exchange day: exchange_day.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import PersonStatus, Side
from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.columns import LIST_FIELDS
from models.lists.dto import AgreementDTO, ListDiff, ListFile, ListSummary
from models.persons.dto import PersonQuery
from views.common.labels import status_label
from views.common.messages import confirm, error_text
from views.common.tables import fill_table, read_only_table
from views.common.widgets import error_label, fit_to_screen, index_of
from views.lists.reading import NOTES_STYLE

FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("ImportListDialog", "Full name (one column)"),
    "surname": QT_TRANSLATE_NOOP("ImportListDialog", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("ImportListDialog", "Given names"),
    "patronymic": QT_TRANSLATE_NOOP("ImportListDialog", "Patronymic"),
    "date_of_birth": QT_TRANSLATE_NOOP("ImportListDialog", "Date of birth"),
    "service_number": QT_TRANSLATE_NOOP("ImportListDialog", "Service number"),
    "rank": QT_TRANSLATE_NOOP("ImportListDialog", "Rank"),
    "category": QT_TRANSLATE_NOOP("ImportListDialog", "Category / health"),
    "unit": QT_TRANSLATE_NOOP("ImportListDialog", "Unit"),
    "sex": QT_TRANSLATE_NOOP("ImportListDialog", "Sex"),
    "number": QT_TRANSLATE_NOOP("ImportListDialog", "Number on the list"),
    "birth_day": QT_TRANSLATE_NOOP("ImportListDialog", "Day of birth"),
    "birth_month": QT_TRANSLATE_NOOP("ImportListDialog", "Month of birth"),
    "birth_year": QT_TRANSLATE_NOOP("ImportListDialog", "Year of birth"),
}
PREVIEW_ROWS = 8
ABOVE_SHOWN = 3  # rows above the header named in the notes


class ImportListDialog(QDialog):
    """Where the list belongs, and which column holds what: the guess is shown, and can be
    corrected before anything is written. A workbook's sheets (``sheets``, in order) are offered,
    the one the reader chose shown: choosing another has the page read it (``sheet_chosen``) and
    show it here (:meth:`show_file`), or say why it could not (:meth:`show_failure`).

    The agreement, side and phase start as ``selected`` (what the user has selected in the tree);
    when they name a list that exists (``existing``), the dialog says the file becomes its next
    version, with both sizes, and importing asks once."""

    sheet_chosen = Signal(str)  # the name of a sheet the user wants read instead

    def __init__(
        self,
        file: ListFile,
        filename: str,
        agreements: list[AgreementDTO],
        sheets: Sequence[str] = (),
        parent: QWidget | None = None,
        *,
        selected: tuple[uuid.UUID | None, Side | None, int | None] = (None, None, 1),
        existing: Sequence[ListSummary] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a list: {0}").format(filename))
        self.existing = list(existing)
        self.question: QMessageBox | None = None
        self.file = file
        self.first_sheet = file.sheet  # the sheet the reader chose itself
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreement")
        for agreement in agreements:
            self.agreement.addItem(f"{agreement.title} ({agreement.signed_on or '—'})", agreement.id)
        self.side = QComboBox()
        self.side.setObjectName("side")
        self.side.addItem(self.tr("the other side's list (received)"), Side.THEIRS)
        self.side.addItem(self.tr("our list (sent)"), Side.OURS)
        self.phase = QSpinBox()
        self.phase.setObjectName("phase")
        self.phase.setRange(0, 99)
        self.phase.setSpecialValueText(self.tr("no phase"))
        chosen_agreement, chosen_side, chosen_phase = selected
        for box, chosen in ((self.agreement, chosen_agreement), (self.side, chosen_side)):
            if chosen is not None and (found := index_of(box, chosen)) >= 0:
                box.setCurrentIndex(found)
        self.phase.setValue(chosen_phase or 0)
        self.version_note = QLabel()
        self.version_note.setObjectName("version_note")
        self.version_note.setWordWrap(True)
        self.version_note.setStyleSheet(NOTES_STYLE)
        for box in (self.agreement, self.side):
            box.currentIndexChanged.connect(lambda _index: self._show_target())
        self.phase.valueChanged.connect(lambda _value: self._show_target())
        self.sheet = QComboBox()  # the workbook's sheets, in order; choosing one reads it
        self.sheet.setObjectName("sheet")
        self.sheet.setToolTip(self.tr("The sheet of the workbook that holds the list; choose another to read it"))
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet.addItems(list(sheets))
        self.sheet.currentIndexChanged.connect(lambda _index: self.choose_sheet())
        where = QFormLayout()
        where.addRow(self.tr("Agreement:"), self.agreement)
        where.addRow(self.tr("Side:"), self.side)
        where.addRow(self.tr("Phase:"), self.phase)
        where.addRow(self.tr("Sheet:"), self.sheet)
        where.setRowVisible(self.sheet, bool(sheets or file.sheet))  # a workbook's: a CSV has no sheets

        self.mapping_boxes: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Which column holds what (as guessed from the headers)"))
        grid = QGridLayout(mapping_box)
        for number, field in enumerate(LIST_FIELDS):
            combo = QComboBox()
            combo.setObjectName(f"map_{field}")
            combo.setMinimumContentsLength(12)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._validate)
            self.mapping_boxes[field] = combo
            label = QLabel(self.tr(FIELD_LABELS[field]) + ":")
            label.setBuddy(combo)
            grid.addWidget(label, number // 3, (number % 3) * 2)
            grid.addWidget(combo, number // 3, (number % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)

        self.notes = QLabel()
        self.notes.setObjectName("reading_notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setStyleSheet(NOTES_STYLE)
        self.lines = QLabel()
        self.sheet_problem = ""
        self.reading = self.refocus = False  # a sheet being read; the sheets had the keyboard
        self.preview = read_only_table([], select="cells", row_numbers=True, stretch=None)
        self.preview.setObjectName("preview")
        self.problem = error_label(wrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import and check"))
        self.buttons.accepted.connect(self.ask)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addWidget(self.version_note)
        layout.addWidget(mapping_box)
        layout.addWidget(self.notes)
        layout.addWidget(self.lines)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1000, 620)
        self.show_file(file)

    def show_file(self, file: ListFile) -> None:
        """The file (one sheet of it) as read: the guessed columns, its notes, its first lines."""
        self.file = file
        self._show_target()  # the sizes it compares
        self._sheet_read(file.sheet)
        columns = [h.strip() or self.tr("column {0}").format(i + 1) for i, h in enumerate(file.header)]
        guessed = dict(file.mapping)
        if file.number_column is not None:  # the reader keeps the list's own numbering apart
            guessed.setdefault("number", file.number_column)
        for field, combo in self.mapping_boxes.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem("—", None)
            for column, title in enumerate(columns):
                combo.addItem(title, column)
            combo.setCurrentIndex(max(index_of(combo, guessed.get(field)), 0))
            combo.blockSignals(False)
        above = [self.tr("row {0}: {1}").format(row.row, row.text[:60]) for row in file.above[:ABOVE_SHOWN]]
        if len(file.above) > ABOVE_SHOWN:
            above.append(self.tr("{0} more").format(len(file.above) - ABOVE_SHOWN))
        notes = [self.tr("Above the header, not entries: {0}").format("; ".join(above))] if above else []
        notes += file.notes
        self.notes.setText("\n".join(f"• {note}" for note in notes))
        self.notes.setVisible(bool(notes))
        self.lines.setText(self.tr("{0} lines; the first of them:").format(len(file.rows)))
        self.preview.setColumnCount(len(columns))
        self.preview.setHorizontalHeaderLabels(columns)
        fill_table(self.preview, [row[: len(columns)] for row in file.rows[:PREVIEW_ROWS]])
        if file.row_numbers:  # the rows as the spreadsheet numbers them
            self.preview.setVerticalHeaderLabels([str(n) for n in file.row_numbers[:PREVIEW_ROWS]])
        self.sheet_problem = ""
        self._validate()

    def show_failure(self, error: BaseException) -> None:
        """The sheet asked for could not be read: said under the form; the file shown stays."""
        self.sheet_problem = self.tr("The sheet '{0}' could not be read: {1}").format(
            self.sheet.currentText(), error_text(error)
        )
        self._sheet_read(self.file.sheet)
        self._validate()

    def _sheet_read(self, name: str) -> None:
        """The sheet shown is ``name`` (added if the workbook's list lacked it); choosing is open again."""
        self.sheet.blockSignals(True)  # shown, not chosen: nothing to read
        if name and self.sheet.findText(name) < 0:
            self.sheet.addItem(name)
        self.sheet.setCurrentIndex(self.sheet.findText(name))
        self.sheet.blockSignals(False)
        self.sheet.setEnabled(self.sheet.count() > 1)
        if self.reading and self.refocus:  # the keyboard stays on the sheets while they are read
            self.sheet.setFocus()
        self.reading = False

    def choose_sheet(self) -> None:
        """The clerk chose another sheet: it is read (the combo waits until it is shown or refused)."""
        name = self.sheet.currentText()
        if name and name != self.file.sheet and not self.reading:
            self.reading, self.refocus = True, self.sheet.hasFocus()
            self.sheet.setEnabled(False)
            self.problem.setText(self.tr("Reading the sheet {0}…").format(name))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.sheet_chosen.emit(name)

    @property
    def chosen_sheet(self) -> str | None:
        """The sheet to import when it is not the one the reader would choose itself."""
        return self.file.sheet if self.file.sheet and self.file.sheet != self.first_sheet else None

    def mapping(self) -> dict[str, int]:
        return {
            field: combo.currentData() for field, combo in self.mapping_boxes.items() if combo.currentData() is not None
        }

    def _validate(self) -> None:
        if self.reading:
            return
        mapping = self.mapping()
        problem = ""
        if not ({"full_name", "surname"} & set(mapping)):
            problem = self.tr("Choose the column with the full name or the surname.")
        elif self.agreement.count() == 0:
            problem = self.tr("Record the agreement first: a list always belongs to one.")
        # a sheet that could not be read is said, yet the sheet shown can still be imported
        self.problem.setText("\n".join(p for p in (problem, self.sheet_problem) if p))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    @property
    def agreement_id(self) -> uuid.UUID:
        value = self.agreement.currentData()
        assert isinstance(value, uuid.UUID)
        return value

    @property
    def side_value(self) -> Side:
        return Side(self.side.currentData())

    @property
    def phase_value(self) -> int | None:
        return self.phase.value() or None

    def existing_list(self) -> ListSummary | None:
        """The list the file would become a new version of, if the agreement, side and phase
        chosen name one."""
        agreement = self.agreement.currentData()
        for summary in self.existing:
            node = summary.node
            if (node.agreement_id, node.side, node.phase) == (agreement, self.side_value, self.phase_value):
                return summary
        return None

    def _version_text(self, summary: ListSummary) -> str:
        return self.tr(
            'This file becomes version {0} of "{1}": version {2} has {3} entries, this file has {4} lines.'
        ).format(
            summary.latest.version + 1,
            summary.node.title,
            summary.latest.version,
            summary.latest.entries,
            len(self.file.rows),
        )

    def _show_target(self) -> None:
        summary = self.existing_list()
        self.version_note.setVisible(summary is not None)
        self.version_note.setText(self._version_text(summary) if summary is not None else "")

    def ask(self) -> None:
        """Import; when the file becomes a new version of an existing list, ask once first."""
        summary = self.existing_list()
        if summary is None:
            self.accept()
            return
        text = (
            self._version_text(summary)
            + "\n\n"
            + self.tr(
                "Import it as the new version? The list is then checked in this version, and the two versions can be "
                "compared. To start a separate list instead, choose another side or phase."
            )
        )
        self.question = confirm(
            self,
            self.tr("A new version of an existing list"),
            text,
            self.tr("Import as version {0}").format(summary.latest.version + 1),
            self.accept,
            "confirm_version",
        )


class DiffDialog(QDialog):
    """A list's newer version against the one before: lines added, removed and changed."""

    def __init__(self, diff: ListDiff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Version {0} against version {1}").format(diff.new_version, diff.old_version))
        self.table = read_only_table([self.tr("Change"), self.tr("Row"), self.tr("Line")], select="cells")
        self.table.setObjectName("diff")
        rows: list[tuple[str, str, str, str]] = []
        rows += [(self.tr("added"), str(d.row), " | ".join(diff.ordered(d)), "#d1e7dd") for d in diff.added]
        rows += [(self.tr("removed"), str(d.row), " | ".join(diff.ordered(d)), "#f8d7da") for d in diff.removed]
        for change in diff.changed:
            what = "; ".join(
                f"{f}: {change.before.raw.get(f, '')} → {change.after.raw.get(f, '')}" for f in change.fields
            )
            rows.append((self.tr("changed"), f"{change.before.row} → {change.after.row}", what, "#fff3cd"))
        self.table.setRowCount(len(rows))
        for r, (kind, row, text, colour) in enumerate(rows):
            for c, value in enumerate((kind, row, text)):
                item = QTableWidgetItem(value)
                item.setBackground(QColor(colour))
                item.setForeground(QColor("black"))
                self.table.setItem(r, c, item)
        summary = QLabel(
            self.tr("{0} added, {1} removed, {2} changed").format(len(diff.added), len(diff.removed), len(diff.changed))
        )
        summary.setObjectName("summary")
        self.summary = summary
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)


class BuildListDialog(QDialog):
    """Our list for a phase: which registry persons, and whether only those who meet the criteria."""

    def __init__(self, agreements: list[AgreementDTO], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Build our list"))
        self.agreement = QComboBox()
        self.agreement.setObjectName("agreement")
        for agreement in agreements:
            self.agreement.addItem(f"{agreement.title} ({agreement.signed_on or '—'})", agreement.id)
        self.phase = QSpinBox()
        self.phase.setRange(0, 99)
        self.phase.setSpecialValueText(self.tr("no phase"))
        self.phase.setValue(1)
        self.statuses: dict[PersonStatus, QCheckBox] = {}
        statuses = QHBoxLayout()
        for status in (PersonStatus.CAPTURED, PersonStatus.CAPTURED_UNCONFIRMED, PersonStatus.MISSING):
            box = QCheckBox(status_label(status))
            box.setChecked(status is PersonStatus.CAPTURED)
            self.statuses[status] = box
            statuses.addWidget(box)
        self.only_compliant = QCheckBox(self.tr("only persons who meet the agreed criteria"))
        self.only_compliant.setObjectName("only_compliant")
        self.only_compliant.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Agreement:"), self.agreement)
        form.addRow(self.tr("Phase:"), self.phase)
        form.addRow(self.tr("Persons:"), statuses)
        form.addRow("", self.only_compliant)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Build"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.agreement.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def query(self) -> PersonQuery:
        return PersonQuery(statuses=frozenset(s for s, box in self.statuses.items() if box.isChecked()))

    @property
    def agreement_id(self) -> uuid.UUID:
        value = self.agreement.currentData()
        assert isinstance(value, uuid.UUID)
        return value
