"""Users and passwords, for admins: add a user, change a role, give a new password, disable a
user or enable one again. Every key derivation (a second or so) runs in the background; every
step that locks someone out asks once first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import Role
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.office.dto import UserDTO
from views.common.messages import confirm, error_text
from views.common.record_dialog import lay_out_form
from views.common.tables import fill_table, read_only_table
from views.common.tasks import Task, run_task
from views.common.widgets import button_row, error_label
from views.office.ports import UsersPort

ROLE_TEXT = {
    Role.VIEWER: QT_TRANSLATE_NOOP("UsersDialog", "viewer (reads only)"),
    Role.CLERK: QT_TRANSLATE_NOOP("UsersDialog", "clerk (records and letters)"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("UsersDialog", "supervisor (lists, exchanges, board)"),
    Role.ADMIN: QT_TRANSLATE_NOOP("UsersDialog", "admin (users and settings too)"),
}


def role_label(role: Role) -> str:
    """A role as the users dialog names it, in the interface language (one context for the table)."""
    return QCoreApplication.translate("UsersDialog", ROLE_TEXT[role])


MIN_PASSWORD = 12  # characters: the password is all that protects a lost laptop's database


class PasswordDialog(QDialog):
    """A new password, typed twice; for a new user also the login, full name and role."""

    def __init__(self, title: str, parent: QWidget | None = None, *, new_user: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.new_user = new_user
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("full_name")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(list(Role).index(Role.CLERK))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        if new_user:
            form.addRow(self.tr("Login name:"), self.name)
            form.addRow(self.tr("Full name:"), self.full_name)
            form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Repeat it:"), self.repeat)
        self.error = error_label("password_error")
        note = QLabel(
            self.tr("At least {0} characters. Tell it to the person in person, never in a letter.").format(MIN_PASSWORD)
        )
        note.setWordWrap(True)
        lay_out_form(self, form, self.error, self._check, note)
        (self.name if new_user else self.password).setFocus()

    def problem(self) -> str:
        if self.new_user and not self.name.text().strip():
            return self.tr("Give the login name.")
        if len(self.password.text()) < MIN_PASSWORD:
            return self.tr("The password needs at least {0} characters.").format(MIN_PASSWORD)
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        if not problem:
            self.accept()

    @property
    def role_value(self) -> Role:
        return Role(self.role.currentData())


class UsersDialog(QDialog):
    """Every user of this database, and what an admin does with them."""

    def __init__(self, service: UsersPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Users and passwords"))
        self.service = service
        self.users: list[UserDTO] = []
        self.table = read_only_table(
            [self.tr("Login"), self.tr("Full name"), self.tr("Role"), self.tr("State")], stretch=1
        )
        self.table.setObjectName("users")
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton(self.tr("Add a user…"))
        self.add_button.clicked.connect(self.add_user)
        self.role_button = QPushButton(self.tr("Change the role…"))
        self.role_button.clicked.connect(self.change_role)
        self.password_button = QPushButton(self.tr("Give a new password…"))
        self.password_button.clicked.connect(self.reset_password)
        self.active_button = QPushButton(self.tr("Disable…"))
        self.active_button.setObjectName("active")
        self.active_button.clicked.connect(self.toggle_active)
        self.status = error_label("users_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add_button, self.role_button, self.password_button, self.active_button))
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.question: QDialog | QMessageBox | None = None
        self.task: Task[object] | None = None
        self.resize(760, 420)
        self.reload()

    def reload(self) -> None:
        self.users = self.service.users()
        fill_table(
            self.table,
            [
                [
                    u.name,
                    u.full_name,
                    role_label(u.role),
                    self.tr("active") if u.active else self.tr("disabled"),
                ]
                for u in self.users
            ],
        )
        self._update_buttons()

    def current(self) -> UserDTO | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) and self.table.selectedItems() else None

    def _update_buttons(self) -> None:
        user = self.current()
        busy = self.task is not None
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(user is not None and not busy)
        self.add_button.setEnabled(not busy)
        self.active_button.setText(self.tr("Enable again…") if user and not user.active else self.tr("Disable…"))

    def _run(self, work: Callable[[], object], done: str) -> None:
        """``work`` in the background (a key derivation must not freeze the window); then say
        ``done`` and show the users again, or say why not."""
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Working…"))
        self.task = run_task(
            lambda _progress: work(), lambda _result: self._finished(done), parent=self, on_failure=self._failed
        )
        self._update_buttons()

    def _finished(self, done: str) -> None:
        self.task = None
        self.reload()
        self.status.setStyleSheet("color: #0f5132")
        self.status.setText(done)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        self._update_buttons()
        self.status.setStyleSheet("")
        self.status.setText(
            error_text(error) if isinstance(error, RepatriaError) else self.tr("Failed: {0}").format(error)
        )

    def add_user(self) -> PasswordDialog:
        dialog = PasswordDialog(self.tr("Add a user"), self, new_user=True)

        def add() -> None:
            name, full, role, password = (
                dialog.name.text().strip(),
                dialog.full_name.text().strip(),
                dialog.role_value,
                dialog.password.text(),
            )
            self._run(lambda: self.service.add_user(name, role, password, full), self.tr("{0} added.").format(name))

        dialog.accepted.connect(add)
        dialog.open()
        self.question = dialog
        return dialog

    def change_role(self) -> QDialog | None:
        user = self.current()
        if user is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Role of {0}").format(user.name))
        role = QComboBox()
        role.setObjectName("role")
        for each in Role:
            role.addItem(role_label(each), each)
        role.setCurrentIndex(list(Role).index(user.role))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(role)
        layout.addWidget(buttons)
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.service.set_role(user.name, Role(role.currentData())),
                self.tr("{0} is now {1}.").format(user.name, role_label(Role(role.currentData()))),
            )
        )
        dialog.open()
        self.question = dialog
        return dialog

    def reset_password(self) -> PasswordDialog | None:
        user = self.current()
        if user is None:
            return None
        dialog = PasswordDialog(self.tr("New password for {0}").format(user.name), self)
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.service.reset_password(user.name, dialog.password.text()),
                self.tr("{0} has a new password.").format(user.name),
            )
        )
        dialog.open()
        self.question = dialog
        return dialog

    def toggle_active(self) -> QDialog | None:
        user = self.current()
        if user is None:
            return None
        if user.active:
            self.question = confirm(
                self,
                self.tr("Disable {0}").format(user.name),
                self.tr(
                    "{0} will no longer be able to sign in, and their password will no longer unlock this "
                    "database file. Enabling them again needs a new password."
                ).format(user.name),
                self.tr("Disable"),
                lambda: self._run(
                    lambda: self.service.set_active(user.name, False), self.tr("{0} disabled.").format(user.name)
                ),
                "confirm_disable",
            )
            return self.question
        dialog = PasswordDialog(self.tr("Enable {0} with a new password").format(user.name), self)
        dialog.accepted.connect(
            lambda: self._run(
                lambda: self.service.set_active(user.name, True, dialog.password.text()),
                self.tr("{0} enabled again.").format(user.name),
            )
        )
        dialog.open()
        self.question = dialog
        return dialog
