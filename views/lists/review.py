"""Reviewing a checked list's matches from the keyboard: the entry as the list wrote it
beside a candidate from the registry."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.lists.dto import EntryResult
from views.common.labels import said, status_label
from views.lists.ports import ReviewPort


class ReviewDialog(QDialog):
    """Entry and candidate side by side, from the keyboard: A or Enter accepts the candidate,
    R rejects them all, → shows the next candidate, ↓ skips to the next entry, Esc ends."""

    decided = Signal()

    def __init__(
        self,
        service: ReviewPort,
        entries: list[EntryResult],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review the matches"))
        self._service = service
        self._entries = entries
        self.position = 0
        self.candidate = 0
        self.decisions = 0
        self.progress = QLabel()
        self.listed = QLabel()
        self.listed.setObjectName("listed")
        self.listed.setWordWrap(True)
        self.registry = QLabel()
        self.registry.setObjectName("registry")
        self.registry.setWordWrap(True)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        for label in (self.listed, self.registry):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setMinimumWidth(380)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
        sides = QHBoxLayout()
        for title, label in ((self.tr("On the list"), self.listed), (self.tr("In the registry"), self.registry)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(label)
            sides.addWidget(box)
        keys = QLabel(
            self.tr("A / Enter: this is the person   R: none of them   →: next candidate   ↓: next entry   Esc: close")
        )
        keys.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(sides, 1)
        layout.addWidget(self.reasons)
        buttons = QHBoxLayout()  # the same as the keys, for the mouse
        for text, slot in (
            (self.tr("This is the person (A)"), self.accept_candidate),
            (self.tr("None of them (R)"), self.reject_all),
            (self.tr("Next candidate (→)"), self.next_candidate),
            (self.tr("Skip this entry (↓)"), self._next_entry),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, act=slot: act())
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(keys)
        self.resize(860, 380)
        self._people = service.people([c.person_id for e in entries for c in e.candidates])
        self._show()

    @property
    def current(self) -> EntryResult | None:
        return self._entries[self.position] if self.position < len(self._entries) else None

    def _show(self) -> None:
        entry = self.current
        if entry is None:
            skipped = len(self._entries) - self.decisions
            self.progress.setText(
                self.tr("All %n entries reviewed.", "", len(self._entries))
                if not skipped
                else self.tr("Done: {0} decided, {1} skipped (still to review).").format(self.decisions, skipped)
            )
            self.listed.setText("")
            self.registry.setText("")
            self.reasons.setText("")
            return
        self.progress.setText(
            self.tr("Entry {0} of {1} (row {2})").format(self.position + 1, len(self._entries), entry.row)
        )
        self.listed.setText(self._listed_html(entry))
        if not entry.candidates:
            self.registry.setText(self.tr("No candidates in the registry."))
            self.reasons.setText("")
            return
        candidate = entry.candidates[self.candidate % len(entry.candidates)]
        person = self._people.get(candidate.person_id)
        if person is None:
            self.registry.setText(candidate.external_id)
        else:
            name = " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)
            born = self.tr("born")
            self.registry.setText(
                f"<b>{name}</b><br>{born} {person.date_of_birth or '—'}<br>"
                f"{status_label(person.status)}<br>{person.unit}<br>{person.external_id}"
            )
        self.reasons.setText(
            self.tr("Candidate {0} of {1}, score {2}: {3}").format(
                self.candidate % len(entry.candidates) + 1,
                len(entry.candidates),
                QLocale().toString(candidate.score, "f", 2),  # 0,97 in Ukrainian, as the entry dialog
                "; ".join(map(said, candidate.reasons)),
            )
        )

    def accept_candidate(self) -> None:
        entry = self.current
        if entry is None or not entry.candidates:
            return
        candidate = entry.candidates[self.candidate % len(entry.candidates)]
        self._service.confirm(entry.entry_id, candidate.person_id)
        self._next_entry(decided=True)

    def reject_all(self) -> None:
        entry = self.current
        if entry is None:
            return
        self._service.reject(entry.entry_id)
        self._next_entry(decided=True)

    def next_candidate(self) -> None:
        self.candidate += 1
        self._show()

    def _next_entry(self, *, decided: bool = False) -> None:
        if decided:
            self.decisions += 1
            self.decided.emit()
        self.position = min(self.position + 1, len(self._entries))
        self.candidate = 0
        self._show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, typed = event.key(), event.text().casefold()
        # the letters also as a Ukrainian layout types them (Ф А, К R, Т N, О J: the same keys)
        if key in (Qt.Key.Key_A, Qt.Key.Key_Return, Qt.Key.Key_Enter) or typed == "ф":
            self.accept_candidate()
        elif key == Qt.Key.Key_R or typed == "к":
            self.reject_all()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_N) or typed == "т":
            self.next_candidate()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_J) or typed == "о":
            self._next_entry()
        else:
            super().keyPressEvent(event)

    def _listed_html(self, entry: EntryResult) -> str:
        """The entry as the list wrote it."""
        born = html.escape(entry.raw_date_of_birth) or "—"
        return f"<b>{html.escape(entry.raw_name)}</b><br>{born}<br>" + self.tr("row {0}").format(entry.row)
