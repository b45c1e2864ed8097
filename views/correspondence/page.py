"""The Correspondence section: threads with how long each waits, a thread's letters in order,
registering letters and replies, drafts that freeze once sent, search across letters."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import LetterChannel, LetterDirection, ThreadState
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.correspondence.dto import LetterInput, LetterView, ThreadSummary
from views.common.labels import enum_label
from views.common.messages import confirm, warn
from views.common.record_id import RecordId
from views.common.report_preview import ReportJob, ReportPreview
from views.common.tables import EmptyText, read_only_table
from views.common.tasks import Progress, run_task
from views.correspondence.dialogs import CounterpartiesDialog, LetterDialog, ThreadDialog, day_of
from views.correspondence.ports import CorrespondencePort

VIEWS = (
    QT_TRANSLATE_NOOP("CorrespondencePage", "Open threads"),
    QT_TRANSLATE_NOOP("CorrespondencePage", "Overdue"),
    QT_TRANSLATE_NOOP("CorrespondencePage", "All threads"),
)


class CorrespondencePage(QWidget):
    overdue_changed = Signal(int)
    attached = Signal()

    def __init__(self, service: CorrespondencePort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.threads: list[ThreadSummary] = []
        self.letters: list[LetterView] = []
        self._shown: LetterView | None = None  # the letter in the text box (a draft there is kept on leaving)
        self.view = QComboBox()
        self.view.setObjectName("view")
        for title in VIEWS:
            self.view.addItem(self.tr(title))
        self.view.currentIndexChanged.connect(self.reload)
        self.search = QLineEdit()
        self.search.setObjectName("letter_search")
        self.search.setPlaceholderText(self.tr("Find letters by number, subject or a name in them…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_letters)
        new_thread = QPushButton(self.tr("New thread…"))
        new_thread.clicked.connect(self.new_thread)
        parties = QPushButton(self.tr("Counterparties…"))
        parties.clicked.connect(self.counterparties)
        top = QHBoxLayout()
        top.addWidget(self.view)
        top.addWidget(new_thread)
        top.addWidget(parties)
        top.addWidget(self.search, 1)

        self.table = read_only_table(
            [
                self.tr("Subject"),
                self.tr("Counterparty"),
                self.tr("State"),
                self.tr("Due"),
                self.tr("Waiting, days"),
                self.tr("Overdue, days"),
            ],
            stretch=0,
        )
        self.empty = EmptyText(
            self.table, lambda: self.tr("No thread here. A new thread (with a letter) starts the correspondence.")
        )
        self.table.setObjectName("threads")
        self.table.currentCellChanged.connect(lambda row, _c, _pr, _pc: self._show_thread(row))

        self.letter_list = QListWidget()
        self.letter_list.setObjectName("letters")
        self.letter_list.currentRowChanged.connect(self._show_letter)
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.reply_button = QPushButton(self.tr("Register reply…"))
        self.reply_button.clicked.connect(lambda: self.new_letter(LetterDirection.INCOMING))
        self.write_button = QPushButton(self.tr("New letter…"))
        self.write_button.clicked.connect(lambda: self.new_letter(LetterDirection.OUTGOING))
        self.save_button = QPushButton(self.tr("Save draft"))
        self.save_button.clicked.connect(self.save_draft)
        self.send_button = QPushButton(self.tr("Mark as sent"))
        self.send_button.clicked.connect(self.mark_sent)
        self.close_button = QPushButton(self.tr("Close thread"))
        self.close_button.clicked.connect(self.close_thread)
        self.attach_button = QPushButton(self.tr("Attach scan…"))
        self.attach_button.clicked.connect(self.choose_scan)
        self.print_button = QPushButton(self.tr("Print / Export PDF"))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("The thread's log and every letter, as a PDF (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_thread)
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_shortcut.activated.connect(self.print_thread)
        self.preview: ReportPreview | None = None
        self.files = QLabel()
        self.files.setObjectName("files")
        self.draft_status = QLabel()  # "Draft saved at 14:32": Save draft's feedback, and the automatic save's
        self.draft_status.setObjectName("draft_status")
        self.draft_status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens
        actions = QHBoxLayout()
        for button in (
            self.reply_button,
            self.write_button,
            self.save_button,
            self.send_button,
            self.attach_button,
            self.close_button,
            self.print_button,
        ):
            actions.addWidget(button)
        actions.addWidget(self.files)
        actions.addWidget(self.draft_status)
        actions.addStretch(1)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.record_id = RecordId()  # the thread's, for `repatria report letters THREAD_ID`
        column.addWidget(self.record_id)
        column.addWidget(self.letter_list, 1)
        column.addWidget(self.text, 2)
        column.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setSizes([260, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload()

    # -- threads --------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        mode = self.view.currentIndex()
        self.threads = self._service.threads(only_overdue=mode == 1, include_closed=mode == 2)
        self.table.setRowCount(len(self.threads))
        for row, thread in enumerate(self.threads):
            cells = [
                thread.subject,
                thread.counterparty,
                enum_label(thread.state),  # the one table of the states (views.common)
                str(thread.due_on or ""),
                "" if thread.days_waiting is None else str(thread.days_waiting),
                "" if thread.days_overdue is None else str(thread.days_overdue),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if thread.days_overdue:
                    item.setBackground(QBrush(QColor("#f8d7da")))
                    item.setForeground(QBrush(QColor("black")))
                self.table.setItem(row, column, item)
            if thread.id == select:
                self.table.selectRow(row)
        if select is None and self.threads:
            self.table.selectRow(0)
        # Always show the current thread afresh: if the same row stays current, Qt sends no signal.
        self._show_thread(self.table.currentRow() if self.threads else -1)
        self.overdue_changed.emit(len(self._service.threads(only_overdue=True)) if mode != 1 else len(self.threads))

    @property
    def current_thread(self) -> ThreadSummary | None:
        row = self.table.currentRow()
        return self.threads[row] if 0 <= row < len(self.threads) else None

    def _show_thread(self, row: int) -> None:
        thread = self.threads[row] if 0 <= row < len(self.threads) else None
        self.letters = self._service.letters(thread.id) if thread else []
        self.letter_list.clear()
        for letter in self.letters:
            arrow = "→" if letter.direction is LetterDirection.OUTGOING else "←"
            number = letter.our_reference or self.tr("draft")
            theirs = f" ({letter.their_reference})" if letter.their_reference else ""
            QListWidgetItem(f"{letter.date or '—'}  {arrow}  {number}{theirs}  {letter.subject}", self.letter_list)
        for button in (self.reply_button, self.write_button, self.close_button, self.print_button):
            button.setEnabled(thread is not None)
        self.record_id.show_id(thread.id if thread else None, self.tr("Thread ID"))
        if self.letters:
            self.letter_list.setCurrentRow(len(self.letters) - 1)
        else:
            self._show_letter(-1)

    @property
    def current_letter(self) -> LetterView | None:
        row = self.letter_list.currentRow()
        return self.letters[row] if 0 <= row < len(self.letters) else None

    def _show_letter(self, row: int) -> None:
        self._keep_draft()  # a trial lost a draft's text by clicking another letter
        letter = self.letters[row] if 0 <= row < len(self.letters) else None
        self._shown = letter
        self.text.setPlainText(letter.body if letter else "")
        draft = letter is not None and letter.direction is LetterDirection.OUTGOING and letter.sent_on is None
        self.text.setReadOnly(not draft)  # a sent or received letter is never edited
        self.save_button.setEnabled(draft)
        self.send_button.setEnabled(draft)
        self.attach_button.setEnabled(letter is not None)
        names = [a.filename for a in self._service.attachments(letter.id)] if letter else []
        self.files.setText(self.tr("Attached: {0}").format(", ".join(names)) if names else "")

    # -- actions ----------------------------------------------------------------------

    def _problem(self, error: BaseException) -> None:
        self.error_box = warn(self, self.tr("Correspondence"), error)

    def print_thread(self) -> None:
        """Build the thread's report in the background, then show it in the preview."""
        thread = self.current_thread
        if thread is None or not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)
        job = ReportJob(
            self,
            lambda: self._service.letters_report(thread.id),
            f"letters-{thread.id}.pdf",
            thread.subject,
            self._problem,
        )
        job.ended.connect(lambda: self.print_button.setEnabled(self.current_thread is not None))
        job.shown.connect(self._set_preview)

    def _set_preview(self, preview: ReportPreview) -> None:
        self.preview = preview

    def counterparties(self) -> CounterpartiesDialog:
        dialog = CounterpartiesDialog(self._service, self)
        dialog.open()
        self.counterparties_dialog = dialog
        return dialog

    def new_thread(self) -> ThreadDialog:
        dialog = ThreadDialog(self._service.counterparties(), self)

        def create() -> None:
            try:
                due = dialog.due.date()
                thread_id = self._service.open_thread(
                    dialog.counterparty.currentData(),
                    dialog.subject.text(),
                    dt.date(due.year(), due.month(), due.day()),
                )
            except RepatriaError as error:
                self._problem(error)
                return
            self.view.setCurrentIndex(0)
            self.reload(select=thread_id)

        dialog.accepted.connect(create)
        dialog.open()
        self.thread_dialog = dialog
        return dialog

    def new_letter(self, direction: LetterDirection) -> LetterDialog | None:
        thread = self.current_thread
        if thread is None:
            return None
        dialog = LetterDialog(direction, self, lambda kind: self._service.template(kind, thread.id))

        def register() -> None:
            try:
                self._service.register(
                    thread.id,
                    LetterInput(
                        direction,
                        subject=dialog.subject.text(),
                        body=dialog.body.toPlainText(),
                        channel=LetterChannel(dialog.channel.currentData()),  # Qt hands back a plain str
                        # an incoming letter is dated when received; ours is a draft until sent
                        received_on=day_of(dialog.date) if direction is LetterDirection.INCOMING else None,
                        their_reference=dialog.their_reference.text().strip(),
                    ),
                )
            except RepatriaError as error:
                self._problem(error)
                return
            self.reload(select=thread.id)
            self.table.selectRow(next((i for i, t in enumerate(self.threads) if t.id == thread.id), 0))

        dialog.accepted.connect(register)
        dialog.open()
        self.letter_dialog = dialog
        return dialog

    def save_draft(self) -> None:
        letter = self.current_letter
        if letter is not None:
            self._write_draft(letter)

    def _keep_draft(self) -> None:
        """The draft shown, saved if its text was edited: leaving it (another letter, another
        thread) keeps what was typed."""
        letter = self._shown
        if letter is not None and letter.sent_on is None and self.text.toPlainText() != letter.body:
            self._write_draft(letter)

    def _write_draft(self, letter: LetterView) -> None:
        text = self.text.toPlainText()
        try:
            self._service.update_draft(letter.id, letter.subject, text, letter.channel)
        except RepatriaError as error:
            self._problem(error)
            return
        self.letters = [dataclasses.replace(each, body=text) if each.id == letter.id else each for each in self.letters]
        if self._shown is not None and self._shown.id == letter.id:
            self._shown = dataclasses.replace(self._shown, body=text)
        self.draft_status.setText(self.tr("Draft saved at {0}.").format(dt.datetime.now().strftime("%H:%M")))

    def mark_sent(self) -> QMessageBox | None:
        """Ask once, then send: the number a letter gets, and its frozen text, are for ever."""
        letter, thread = self.current_letter, self.current_thread
        if letter is None or thread is None:
            return None
        text = self.tr(
            'Mark the letter "{0}" to {1} as sent today?\n\n'
            "It gets the next number of our outgoing letters, and its text is frozen: a sent letter is never "
            "edited, only corrected by a new letter. The thread then waits for the reply."
        ).format(letter.subject, thread.counterparty)
        self.question = confirm(
            self, self.tr("Mark as sent"), text, self.tr("Mark as sent"), self._send, "confirm_send"
        )
        return self.question

    def _send(self) -> None:
        letter, thread = self.current_letter, self.current_thread
        if letter is None or thread is None:
            return
        try:
            self._service.update_draft(letter.id, letter.subject, self.text.toPlainText(), letter.channel)
            self._service.mark_sent(letter.id, dt.date.today(), letter.channel)
        except RepatriaError as error:
            self._problem(error)
            return
        self.reload(select=thread.id)

    def choose_scan(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach scans to the letter"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda names: self.attach_files([Path(n) for n in names]))
        dialog.open()

    def attach_files(self, paths: list[Path]) -> None:
        """Scans are read and stored in the background (a scan can be large)."""
        letter = self.current_letter
        if letter is None or not paths:
            return

        def work(progress: Progress) -> int:
            for number, path in enumerate(paths, start=1):
                progress.report(number - 1, len(paths), path.name)
                self._service.attach(letter.id, path.name, path.read_bytes())
            return len(paths)

        def done(_count: int) -> None:
            self._show_letter(self.letter_list.currentRow())
            self.attached.emit()

        run_task(
            work, done, on_failure=self._problem, parent=self, progress_parent=self, title=self.tr("Attaching scans…")
        )

    def close_thread(self) -> QMessageBox | None:
        """Ask once: a closed thread leaves the open ones and its reply is no longer awaited."""
        thread = self.current_thread
        if thread is None:
            return None

        def close() -> None:
            self._service.set_state(thread.id, ThreadState.CLOSED)
            self.reload()

        text = self.tr(
            'Close the thread "{0}"? It leaves the open threads and no reply is awaited any more; '
            'it stays under "All threads".'
        ).format(thread.subject)
        self.question = confirm(
            self, self.tr("Close thread"), text, self.tr("Close the thread"), close, "confirm_close"
        )
        return self.question

    def find_letters(self) -> None:
        """Letters found by the search field, shown as a list to open their thread."""
        text = self.search.text().strip()
        if not text:
            return
        found = self._service.search(text)
        self.view.setCurrentIndex(2)  # all threads, so a found letter's thread is there
        self.found = found
        if found:
            self.reload(select=found[0].thread_id)
            self.table.selectRow(next((i for i, t in enumerate(self.threads) if t.id == found[0].thread_id), 0))
            index = next((i for i, letter in enumerate(self.letters) if letter.id == found[0].id), 0)
            self.letter_list.setCurrentRow(index)

    def open_thread(self, thread_id: uuid.UUID) -> None:
        self.view.setCurrentIndex(0)
        self.reload(select=thread_id)
        self.table.selectRow(next((i for i, t in enumerate(self.threads) if t.id == thread_id), 0))
