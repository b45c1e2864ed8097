"""The exchange day: who of ours came home and who was handed over, checked against the
registry before anything is recorded."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.errors import RepatriaError
from models.lists.dto import ExchangeDayInput, ExchangeSummary, Expected
from views.common.labels import status_label
from views.common.messages import confirm, inform, warn
from views.common.tables import read_only_table
from views.common.widgets import ALERT_BACKGROUND
from views.lists.ports import ExchangeDayPort

SHOWN_NAMES = 10  # names a message shows; the rest behind "Show Details", so it fits the screen


class ExchangeDayDialog(QDialog):
    """The day of an exchange: tick who came home, list who was handed over, and see the
    parity before it is recorded.

    Nobody is ticked at the start: each tick says a person is home, and changes his status.
    A person the registry records as deceased or already returned is marked, and ticking him
    asks for the reason to override the record (the reason goes on his timeline). Recording
    asks once, saying what will change."""

    TICK, PERSON, RECORD, ROW = range(4)

    def __init__(self, expected: list[Expected], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange day: {0}").format(title))
        # those recorded as deceased or returned first: the rows to look at before ticking
        self.expected = sorted(expected, key=lambda person: not person.recorded_against)
        self.overrides: dict[uuid.UUID, str] = {}
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setObjectName("held_on")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setMaximumDate(QDate.currentDate())
        self.place = QLineEdit()
        self.place.setObjectName("place")
        where = QFormLayout()
        where.addRow(self.tr("Date:"), self.held_on)
        where.addRow(self.tr("Place:"), self.place)
        self.table = read_only_table(
            [self.tr("Came home"), self.tr("Person"), self.tr("Registry record"), self.tr("Row on their list")],
            rows=len(expected),
            select="cells",
            stretch=self.PERSON,
        )
        self.table.setObjectName("expected")
        for row, person in enumerate(self.expected):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(row, self.TICK, tick)
            name = QTableWidgetItem(f"{person.name} ({person.external_id})")
            name.setToolTip(name.text())
            self.table.setItem(row, self.PERSON, name)
            record = QTableWidgetItem(status_label(person.status) if person.status else "")
            if person.recorded_against:
                record.setText(self.tr("{0}: check before ticking").format(status_label(person.status or "")))
                record.setToolTip(
                    self.tr("The registry records this person as {0}. Ticking asks for the reason.").format(
                        status_label(person.status or "")
                    )
                )
                for item in (record, name):
                    item.setBackground(QColor(ALERT_BACKGROUND))
                    item.setForeground(QColor("black"))
            self.table.setItem(row, self.RECORD, record)
            self.table.setItem(row, self.ROW, QTableWidgetItem(str(person.row)))
        self.table.itemChanged.connect(self._ticked)
        self.tick_all = QPushButton(self.tr("Tick everyone expected who can come home"))
        self.tick_all.setObjectName("tick_all")
        self.tick_all.setToolTip(self.tr("Persons recorded as deceased or returned stay unticked"))
        self.tick_all.clicked.connect(self._tick_all)
        self.untick_all = QPushButton(self.tr("Untick all"))
        self.untick_all.clicked.connect(lambda: self._set_all(False))
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.untick_all)
        ticks.addStretch(1)
        self.handed_over = QPlainTextEdit()
        self.handed_over.setObjectName("handed_over")
        self.handed_over.setPlaceholderText(
            self.tr("One person per line: surname, given names, date of birth (persons of the other side)")
        )
        self.handed_over.textChanged.connect(self._update)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.record_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.record_button.setText(self.tr("Record the exchange…"))
        buttons.accepted.connect(self.ask)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(where)
        layout.addWidget(QLabel(self.tr("Expected home (on the other side's list):")))
        layout.addWidget(self.table, 2)
        layout.addLayout(ticks)
        layout.addWidget(QLabel(self.tr("Handed over to the other side:")))
        layout.addWidget(self.handed_over, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(760, 600)
        self.question: QMessageBox | QInputDialog | None = None
        self._update()

    def returned(self) -> list[uuid.UUID]:
        return [
            person.person_id
            for row, person in enumerate(self.expected)
            if (item := self.table.item(row, self.TICK)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def handed_over_names(self) -> list[str]:
        return [line.strip() for line in self.handed_over.toPlainText().splitlines() if line.strip()]

    def day(self) -> dt.date:
        value = self.held_on.date()
        return dt.date(value.year(), value.month(), value.day())

    def day_input(self, agreement_id: uuid.UUID, phase: int | None) -> ExchangeDayInput:
        """The day as the user entered it, for the agreement's phase."""
        return ExchangeDayInput(
            agreement_id,
            phase,
            self.day(),
            returned=tuple(self.returned()),
            handed_over=tuple(self.handed_over_names()),
            place=self.place.text().strip(),
            overrides=self.override_reasons(),
        )

    def recorded_text(self, summary: ExchangeSummary) -> str:
        """What was recorded, in words, for the message after recording."""
        text = self.tr("Recorded: {0} came home of {1} expected, {2} handed over (parity {3:+d}).").format(
            summary.returned, summary.expected, summary.handed_over, summary.parity
        )
        text += " " + self.parity_words()
        if summary.missing:
            shown = ", ".join(summary.missing[:SHOWN_NAMES])
            if len(summary.missing) > SHOWN_NAMES:
                shown += " " + self.tr("and {0} more (Show Details)").format(len(summary.missing) - SHOWN_NAMES)
            text += "\n" + self.tr("Did not come: {0}").format(shown)
        # the id `repatria report exchange` takes; the message's text can be selected and copied
        return text + "\n\n" + self.tr("Exchange ID: {0}").format(summary.exchange_id)

    def recorded_details(self, summary: ExchangeSummary) -> str:
        """Every name the message leaves out: those who did not come, one per line."""
        return "\n".join(summary.missing) if len(summary.missing) > SHOWN_NAMES else ""

    def override_reasons(self) -> tuple[tuple[uuid.UUID, str], ...]:
        """The reasons given for ticking persons recorded as deceased or returned (ticked only)."""
        ticked = set(self.returned())
        return tuple((person_id, reason) for person_id, reason in self.overrides.items() if person_id in ticked)

    def _set_all(self, ticked: bool, *, skip_recorded: bool = True) -> None:
        self.table.blockSignals(True)
        for row, person in enumerate(self.expected):
            item = self.table.item(row, self.TICK)
            if item is None or (ticked and skip_recorded and person.recorded_against):
                continue
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._update()

    def _tick_all(self) -> None:
        self._set_all(True)

    def _ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != self.TICK:
            return
        person = self.expected[item.row()]
        if (
            item.checkState() == Qt.CheckState.Checked
            and person.recorded_against
            and person.person_id not in self.overrides
        ):
            self._ask_reason(item, person)
        self._update()

    def _ask_reason(self, item: QTableWidgetItem, person: Expected) -> None:
        """A person the registry records as deceased or returned is ticked only with a reason."""
        self.table.blockSignals(True)
        item.setCheckState(Qt.CheckState.Unchecked)  # until a reason is given
        self.table.blockSignals(False)
        dialog = QInputDialog(self)
        dialog.setObjectName("override_reason")
        dialog.setWindowTitle(self.tr("Recorded as {0}").format(status_label(person.status or "")))
        dialog.setLabelText(
            self.tr(
                "The registry records {0} as {1}.\nTo mark this person as came home, say why the record is wrong "
                "(for example: identified in person at the exchange). The reason is kept on the person's timeline."
            ).format(person.name, status_label(person.status or ""))
        )
        dialog.setOkButtonText(self.tr("Mark as came home"))

        def done(result: int) -> None:
            reason = dialog.textValue().strip()
            if result == QDialog.DialogCode.Accepted and reason:
                self.overrides[person.person_id] = reason
                item.setCheckState(Qt.CheckState.Checked)
            self._update()
            if result == QDialog.DialogCode.Accepted and not reason:  # said, not silently unticked
                self.summary.setText(
                    self.tr("Not ticked: {0} is marked came home only with a reason.").format(person.name)
                    + "\n"
                    + self.summary.text()
                )

        dialog.finished.connect(done)
        dialog.open()
        self.question = dialog

    def parity_words(self) -> str:
        came, given = len(self.returned()), len(self.handed_over_names())
        if came == given:
            return self.tr("Even: as many came home as were handed over.")
        if came > given:
            return self.tr("%n more came home than were handed over.", "", came - given)
        return self.tr("%n more were handed over than came home.", "", given - came)

    def _update(self) -> None:
        came, given = len(self.returned()), len(self.handed_over_names())
        self.summary.setText(
            self.tr("Came home {0} of {1} expected · handed over {2} · parity {3:+d}").format(
                came, len(self.expected), given, came - given
            )
            + " — "
            + self.parity_words()
        )

    def ask(self) -> None:
        """Say what recording will change, and record only after "Record"."""
        came = set(self.returned())
        names = [p.name for p in self.expected if p.person_id in came]
        absent = [p.name for p in self.expected if p.person_id not in came]
        text = self.tr(
            "Record the exchange of {0}?\n\n"
            '{1} person(s) will be marked as returned home: their status changes to "returned" and the exchange '
            "goes on their timeline.\n{2} expected person(s) did not come.\n{3} person(s) handed over.\n\n"
            "Check the ticks before recording: the statuses change at once."
        ).format(self.day().isoformat(), len(came), len(absent), len(self.handed_over_names()))
        overridden = [p.name for p in self.expected if p.person_id in came and p.person_id in self.overrides]
        if overridden:
            text += "\n\n" + self.tr(
                "Against the registry's record (deceased or already returned), with the reasons given: {0}"
            ).format(", ".join(overridden))
        details = "\n".join([self.tr("Came home:"), *names, "", self.tr("Did not come:"), *absent])
        self.question = confirm(
            self, self.tr("Record the exchange"), text, self.tr("Record"), self.accept, "confirm_exchange", details
        )


class ReverseExchange(QObject):
    """Taking back the last exchange day of a list's phase, recorded by mistake: the reason is
    asked, then what will change, once; the change log keeps the day and its reversal."""

    reversed = Signal(object)  # the ExchangeReversal

    def __init__(self, service: ExchangeDayPort, list_id: uuid.UUID, parent: QWidget) -> None:
        super().__init__(parent)
        self._service, self._parent = service, parent
        self.question: QMessageBox | QInputDialog | None = None
        self.record = service.last_exchange(list_id)
        if self.record is None:
            self.question = inform(
                parent,
                self.tr("Reverse an exchange day"),
                self.tr("No exchange day is recorded for this list's phase."),
            )
            return
        dialog = QInputDialog(parent)
        dialog.setObjectName("reversal_reason")
        dialog.setWindowTitle(self.tr("Reverse the exchange of {0}").format(self.record.held_on.isoformat()))
        dialog.setLabelText(self.tr("Why is this exchange day reversed? The reason goes on each person's timeline."))
        dialog.textValueSelected.connect(self._ask)
        dialog.open()
        self.question = dialog

    def _ask(self, reason: str) -> None:
        record = self.record
        assert record is not None
        if not reason.strip():
            self.question = warn(self._parent, self.tr("Not reversed"), self.tr("A reason is needed."))
            return
        came = sum(1 for line in record.home if line.returned)
        text = self.tr(
            "Reverse the exchange of {0} ({1})?\n\n"
            "{2} person(s) marked as returned go back to the status they had before; the exchange leaves the "
            "parity; each one's timeline says it was reversed, and why. The change log keeps the day and its "
            "reversal."
        ).format(record.held_on.isoformat(), record.place or "—", came)
        text += "\n\n" + self.tr("Exchange ID: {0}").format(record.exchange_id)
        self.question = confirm(
            self._parent,
            self.tr("Reverse the exchange"),
            text,
            self.tr("Reverse"),
            lambda: self._reverse(reason),
            "confirm_reversal",
        )

    def _reverse(self, reason: str) -> None:
        assert self.record is not None
        try:
            reversal = self._service.reverse_exchange(self.record.exchange_id, reason)
        except RepatriaError as error:
            self.question = warn(self._parent, self.tr("Not reversed"), error)
            return
        lines = reversal.restored + [
            self.tr("{0} (status changed since: left as it is)").format(x) for x in reversal.left
        ]
        self.question = inform(
            self._parent,
            self.tr("Exchange reversed"),
            self.tr("The exchange of {0} is reversed.").format(reversal.held_on.isoformat())
            + "\n\n"
            + "\n".join(lines),
            "reversal_done",
        )
        self.reversed.emit(reversal)
