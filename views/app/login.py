"""The login dialog: user, password and database file; errors are shown inside the dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.app.ports import Authenticator, DemoLookup
from views.common.messages import error_text
from views.common.tasks import run_task
from views.common.widgets import error_label


class LoginDialog(QDialog):
    def __init__(
        self,
        db_path: Path,
        authenticate: Authenticator,
        demo_lookup: DemoLookup,
        user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._authenticate = authenticate
        self._demo_lookup = demo_lookup
        self.setWindowTitle(self.tr("Repatria — log in"))
        self.setMinimumWidth(460)

        self.user_edit = QLineEdit(user)
        self.user_edit.setObjectName("user")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.path_edit = QLineEdit(str(db_path))
        self.path_edit.setObjectName("database")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.user_edit)
        form.addRow(self.tr("&Password:"), self.password_edit)
        path_label = QLabel(self.tr("&Database:"))
        path_label.setBuddy(self.path_edit)  # a row holding a layout gets no buddy by itself
        form.addRow(path_label, path_row)

        self.demo_label = QLabel()
        self.demo_label.setObjectName("demo_note")
        self.demo_label.setWordWrap(True)
        self.error_label = error_label("error", bold=True)
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("status")
        self.status_label.hide()
        self.busy = False

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self._try_login)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.user_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.path_edit)
        self.setTabOrder(self.path_edit, browse)

        self.path_edit.editingFinished.connect(self._offer_demo)
        self._offer_demo()
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def db_path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _offer_demo(self) -> None:
        demo = self._demo_lookup(self.db_path)
        if demo is None:
            self.demo_label.hide()
            return
        user, password = demo
        self.demo_label.setText(
            self.tr("This is a demo database with made-up data. User: {0}, password: {1}").format(user, password)
        )
        self.demo_label.show()
        if not self.user_edit.text():
            self.user_edit.setText(user)
        if not self.password_edit.text():
            self.password_edit.setText(password)

    def _chosen(self, name: str) -> None:
        self.path_edit.setText(name)
        self._offer_demo()

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose the database"), str(self.db_path.parent))
        dialog.setNameFilter(self.tr("Repatria databases (*.db);;All files (*)"))
        dialog.fileSelected.connect(self._chosen)
        dialog.open()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _try_login(self) -> None:
        """Unlocking runs in the background: key derivation and a database upgrade can take
        seconds on a large database, and the window must stay alive meanwhile."""
        user = self.user_edit.text().strip()
        if not user:
            self.show_error(self.tr("Enter your user name."))
            self.user_edit.setFocus()
            return
        if self.busy:
            return
        self.busy = True
        self.error_label.hide()
        self.status_label.setText(self.tr("Opening the database…"))
        self.status_label.show()
        self.buttons.setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)
        path, password = self.db_path, self.password_edit.text()
        run_task(
            lambda _progress: self._authenticate(path, user, password),
            self._logged_in,
            parent=self,
            on_failure=lambda error: self._logged_in(error_text(error)),
        )

    def _logged_in(self, problem: str | None) -> None:
        self.busy = False
        self.unsetCursor()
        self.buttons.setEnabled(True)
        self.status_label.hide()
        if problem is None:
            self.accept()
            return
        self.show_error(problem)
        self.password_edit.selectAll()
        self.password_edit.setFocus()
