"""The identification board's queue: proposals waiting for signatures, each member signing
under their own account (their password proves it), the decision, and the record of what
was decided."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import IdentificationDecision, ProposalState
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.remains.dto import DecisionInput, ProposalDTO
from views.common.labels import enum_label
from views.common.messages import error_text, warn
from views.common.record_dialog import RecordDialog, lay_out_form
from views.common.tables import fill_table, read_only_table
from views.common.tasks import Task, run_task
from views.common.widgets import button_row, chosen, error_label, fit_to_screen
from views.remains.ports import BoardPort

SHOW = (
    (QT_TRANSLATE_NOOP("BoardQueue", "Waiting for the board"), ProposalState.PROPOSED),
    (QT_TRANSLATE_NOOP("BoardQueue", "Decided"), ProposalState.DECIDED),
    (QT_TRANSLATE_NOOP("BoardQueue", "All"), None),
)


class SignDialog(QDialog):
    """A board member signs: their user name and password, approve or object, a comment.

    Sign checks the password in the background (a key derivation takes about a second, and the
    window must not freeze for it) through ``submit(user, password, approve, comment)``; the
    dialog closes only once the signature is written. A wrong password, or any reason the
    signature was refused, is said beside the fields, and what was typed stays (the password
    is cleared and has the keyboard)."""

    signed = Signal()

    def __init__(
        self,
        proposal: ProposalDTO,
        user: str,
        parent: QWidget | None = None,
        submit: Callable[[str, str, bool, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Sign: case {0}, {1}").format(proposal.case_number, proposal.person_name))
        self.user = QLineEdit(user)
        self.user.setObjectName("user")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.vote = QComboBox()
        self.vote.setObjectName("vote")
        self.vote.addItem(self.tr("I approve"), True)
        self.vote.addItem(self.tr("I object"), False)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setTabChangesFocus(True)
        self.error = error_label("sign_error")
        form = QFormLayout()
        form.addRow(self.tr("Board member (user name):"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Vote:"), self.vote)
        form.addRow(self.tr("Comment (required to object):"), self.comment)
        self.buttons = lay_out_form(
            self, form, self.error, self.sign, QLabel(self.tr("Each member signs under their own account."))
        )
        self.sign_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_button.setText(self.tr("Sign"))
        self.task: Task[None] | None = None
        (self.password if user else self.user).setFocus()

    def sign(self) -> None:
        """Check and write the signature in the background; close once it is written."""
        if self._submit is None:
            self.accept()
            return
        submit = self._submit
        user, password = self.user.text().strip(), self.password.text()
        approve, comment = bool(self.vote.currentData()), self.comment.toPlainText()
        self._set_busy(True)
        self.error.setText(self.tr("Checking the password…"))
        self.task = run_task(
            lambda _progress: submit(user, password, approve, comment),
            lambda _none: self._done(),
            on_failure=self._refused,
            parent=self,
        )

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.user, self.password, self.vote, self.comment, self.sign_button):
            widget.setEnabled(not busy)

    def _done(self) -> None:
        self.task = None
        self.password.clear()
        self.signed.emit()
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.password.clear()
        self.error.setText(
            error_text(error) if isinstance(error, RepatriaError) else self.tr("Not signed: {0}").format(error)
        )
        self.password.setFocus()


class DecideDialog(QDialog):
    def __init__(self, proposal: ProposalDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decision: case {0}, {1}").format(proposal.case_number, proposal.person_name))
        self.identified = proposal.decision is IdentificationDecision.IDENTIFIED
        self.decided_on = QLineEdit(dt.date.today().isoformat())
        self.decided_on.setObjectName("decided_on")
        self.certificate = QLineEdit()
        self.certificate.setObjectName("certificate_number")
        self.death_date = QLineEdit()
        self.death_date.setObjectName("death_date")
        self.death_date.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.death_place = QLineEdit()
        self.death_place.setObjectName("death_place")
        self.error = error_label("decide_error")
        form = QFormLayout()
        form.addRow(self.tr("Decided on:"), self.decided_on)
        if self.identified:
            form.addRow(self.tr("Death certificate number:"), self.certificate)
            form.addRow(self.tr("Date of death:"), self.death_date)
            form.addRow(self.tr("Place of death:"), self.death_place)
        text = (
            self.tr("The person will be recorded as deceased, with this date and place of death.")
            if self.identified
            else self.tr("The candidate will be excluded for this case, with the board's evidence as the reason.")
        )
        note = QLabel(text + " " + self.tr("Check it before recording: the decision is recorded once."))
        note.setWordWrap(True)
        buttons = lay_out_form(self, form, self.error, self._check, note)
        record = buttons.button(QDialogButtonBox.StandardButton.Ok)
        record.setText(self.tr("Record the decision"))
        record.setAutoDefault(False)  # recorded by a click on the button, not by a stray Enter in a field
        record.setDefault(False)

    def _check(self) -> None:
        """A date that cannot be read is said beside the fields; the dialog stays, with what was typed."""
        try:
            self.values()
        except ValueError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()

    def values(self) -> tuple[dt.date, str, PartialDate | None, str]:
        """ValueError names the field that cannot be read."""
        try:
            decided = dt.date.fromisoformat(self.decided_on.text().strip())
        except ValueError:
            raise ValueError(self.tr("Decided on: write the date as YYYY-MM-DD")) from None
        text = self.death_date.text().strip()
        try:
            death = PartialDate.parse(text) if text else None
        except ValueError as exc:
            raise ValueError(self.tr("Date of death: {0}").format(error_text(exc))) from None
        return decided, self.certificate.text().strip(), death, self.death_place.text().strip()


class BoardQueue(QDialog):
    changed = Signal()
    person_activated = Signal(object)

    def __init__(self, service: BoardPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Identification board"))
        self.proposals: list[ProposalDTO] = []
        self.dialog: QDialog | None = None  # the one open on top, kept for tests and alive while open
        self.show_box = QComboBox()
        self.show_box.setObjectName("show")
        for text, state in SHOW:
            self.show_box.addItem(self.tr(text), state)
        self.show_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.table = read_only_table(
            [
                self.tr("Case"),
                self.tr("Person"),
                self.tr("Conclusion"),
                self.tr("Method"),
                self.tr("Signatures"),
                self.tr("State"),
            ]
        )
        self.table.setObjectName("proposals")
        self.table.itemSelectionChanged.connect(self._show_detail)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detail")
        self.detail.setReadOnly(True)
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.setObjectName("sign")
        self.sign_button.clicked.connect(self.sign)
        self.decide_button = QPushButton(self.tr("Record the decision…"))
        self.decide_button.setObjectName("decide")
        self.decide_button.clicked.connect(self.decide)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.person_button = QPushButton(self.tr("Open the person"))
        self.person_button.clicked.connect(self._open_person)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        top = button_row(QLabel(self.tr("Show:")), self.show_box)
        buttons = button_row(
            self.sign_button, self.decide_button, self.withdraw_button, self.person_button, right=(close,)
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 980, 640)
        self.reload()

    def reload(self, keep: uuid.UUID | None = None) -> None:
        self.proposals = self.service.proposals(chosen(self.show_box, ProposalState))
        fill_table(
            self.table,
            [
                [
                    p.case_number,
                    f"{p.person_name} ({p.person_external_id})",
                    enum_label(p.decision),
                    enum_label(p.method),
                    f"{p.approvals} / {p.required}" + (f"  ✗ {p.objections}" if p.objections else ""),
                    enum_label(p.state),
                ]
                for p in self.proposals
            ],
        )
        selected = next((row for row, p in enumerate(self.proposals) if p.id == keep), 0)
        if self.proposals:
            self.table.selectRow(selected)
        self._show_detail()

    def current(self) -> ProposalDTO | None:
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def _show_detail(self) -> None:
        p = self.current()
        waiting = p is not None and p.state is ProposalState.PROPOSED
        self.sign_button.setEnabled(waiting)
        self.decide_button.setEnabled(waiting and p is not None and p.ready)
        self.withdraw_button.setEnabled(waiting)
        self.person_button.setEnabled(p is not None)
        if p is None:
            self.detail.setPlainText(self.tr("No proposals here."))
            return
        lines = [
            self.tr("Case {0} — {1} ({2})").format(p.case_number, p.person_name, p.person_external_id),
            self.tr("Proposed {0} by {1}: {2}, {3}").format(
                p.proposed_on.strftime("%d.%m.%Y") if p.proposed_on else "",
                p.proposed_by,
                enum_label(p.decision),
                enum_label(p.method),
            ),
            "",
            p.evidence,
            "",
            self.tr("Signatures ({0} of {1} required):").format(p.approvals, p.required),
        ]
        for s in p.signatures:
            vote = self.tr("approves") if s.approves else self.tr("objects")
            lines.append(
                f"  {s.full_name or s.user_name} — {vote}, {s.signed_at.astimezone():%d.%m.%Y %H:%M}"
                + (f": {s.comment}" if s.comment else "")
            )
        if p.state is ProposalState.DECIDED:
            lines += [
                "",
                self.tr("Decided on {0}; certificate {1}").format(
                    p.decided_on.strftime("%d.%m.%Y") if p.decided_on else "", p.death_certificate_number or "—"
                ),
            ]
        self.detail.setPlainText("\n".join(lines))

    def sign(self) -> SignDialog | None:
        proposal = self.current()
        if proposal is None:
            return None
        dialog = SignDialog(
            proposal,
            self.service.user_name,
            self,
            lambda user, password, approve, comment: self.service.sign(proposal.id, user, password, approve, comment),
        )
        # the dialog has written the signature by the time it is accepted: only show it
        self._when_accepted(dialog, lambda: None, self.tr("Not signed"), proposal.id)
        return dialog

    def decide(self) -> DecideDialog | None:
        proposal = self.current()
        if proposal is None:
            return None
        dialog = DecideDialog(proposal, self)

        def decide() -> None:
            decided, certificate, death, place = dialog.values()
            self.service.decide(proposal.id, DecisionInput(decided, certificate, death, place))

        self._when_accepted(dialog, decide, self.tr("Not recorded"), proposal.id, ValueError)
        return dialog

    def withdraw(self) -> None:
        proposal = self.current()
        if proposal is None:
            return
        dialog = RecordDialog(self.tr("Withdraw the proposal"), [("reason", self.tr("Reason"), "multiline")], self)
        self._when_accepted(
            dialog, lambda: self.service.withdraw(proposal.id, dialog.values()["reason"]), self.tr("Not withdrawn")
        )

    def _when_accepted(
        self,
        dialog: QDialog,
        write: Callable[[], None],
        failure: str,
        keep: uuid.UUID | None = None,
        also: type[Exception] = RepatriaError,
    ) -> None:
        """Open ``dialog``; once it is accepted, ``write`` through the facade and show the queue
        again (``keep`` selected), or say why it was not written (a RepatriaError, or ``also``)."""

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            try:
                write()
            except (RepatriaError, also) as exc:
                self.error = warn(self, failure, exc)
                return
            self.reload(keep)
            self.changed.emit()

        dialog.finished.connect(finished)
        dialog.open()
        self.dialog = dialog

    def _open_person(self) -> None:
        proposal = self.current()
        if proposal is not None:
            self.person_activated.emit(proposal.person_id)
