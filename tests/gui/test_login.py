from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.app import Session
from tests.helpers.database import ADMIN, PASSWORD
from views.app.login import LoginDialog


def _dialog(qtbot: QtBot, db_path: Path, session: Session, demo: tuple[str, str] | None = None) -> LoginDialog:
    dialog = LoginDialog(db_path, session.authenticate, lambda _path: demo)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_wrong_password_is_shown_in_the_dialog(qtbot: QtBot, db_path: Path) -> None:
    session = Session()
    dialog = _dialog(qtbot, db_path, session)
    qtbot.keyClicks(dialog.user_edit, ADMIN)
    qtbot.keyClicks(dialog.password_edit, "guess")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.busy and not dialog.buttons.isEnabled()  # unlocking runs in the background
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == "wrong password"
    assert session.db is None


def test_right_password_logs_in(qtbot: QtBot, db_path: Path) -> None:
    session = Session()
    dialog = _dialog(qtbot, db_path, session)
    qtbot.keyClicks(dialog.user_edit, ADMIN)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert session.db is not None and session.db.actor.user_name == ADMIN
    session.close()


def test_a_demo_database_offers_its_login(qtbot: QtBot, db_path: Path) -> None:
    dialog = _dialog(qtbot, db_path, Session(), demo=("demo", "demo-repatria"))
    assert dialog.user_edit.text() == "demo" and dialog.password_edit.text() == "demo-repatria"
    assert "demo database" in dialog.demo_label.text()


def test_an_empty_user_is_asked_for(qtbot: QtBot, db_path: Path) -> None:
    dialog = _dialog(qtbot, db_path, Session())
    dialog.buttons.accepted.emit()
    assert "user name" in dialog.error_label.text()


def test_a_wrong_password_is_said_in_the_interface_language(qtbot: QtBot, db_path: Path) -> None:
    """A trial saw "wrong password" and "no user named …" in English in the Ukrainian login."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.app import TRANSLATIONS

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_uk.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        session = Session()
        assert session.authenticate(db_path, ADMIN, "guess") == "неправильний пароль"
        said = session.authenticate(db_path, "nobody", "guess")
        assert said is not None and "nobody" in said and "no user" not in said
    finally:
        QCoreApplication.removeTranslator(translator)
