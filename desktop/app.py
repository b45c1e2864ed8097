"""Starting the desktop app: Qt application, login, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.facade import PersonFacade, RegistryFacade
from desktop.settings import demo_credentials, resolve_password, resolve_user
from models.db import Database
from models.errors import RepatriaError
from views.login import LoginDialog
from views.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("Repatria")
    app.setApplicationName("Repatria")
    install_translation(app, os.environ.get("REPATRIA_LANG"))
    return app


def install_translation(app: QApplication, language: str | None = None) -> bool:
    """Ukrainian or English: ``REPATRIA_LANG`` (uk, en) if set, else the system's language."""
    locale = QLocale(language) if language else QLocale()
    translator = QTranslator(app)
    if not translator.load(locale, "repatria", "_", str(TRANSLATIONS)):
        return False  # English, the source language, needs no translator
    app.installTranslator(translator)
    return True


def settings() -> QSettings:
    return QSettings("Repatria", "Repatria")


class Session:
    """What the app holds after login: the open database and its main window."""

    def __init__(self) -> None:
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def authenticate(self, path: Path, user: str, password: str) -> str | None:
        try:
            self.db = Database.open(path, user, password)
        except RepatriaError as exc:
            return str(exc)
        return None

    def show_main_window(self, *, remember_layout: bool = True) -> MainWindow:
        assert self.db is not None
        self.window = MainWindow(
            RegistryFacade(self.db), settings(), people=PersonFacade(self.db), remember_layout=remember_layout
        )
        self.window.show()
        return self.window

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


def _demo_pair(path: Path) -> tuple[str, str] | None:
    demo = demo_credentials(path)
    return None if demo is None else (demo.user, demo.password)


def run_gui(db_path: Path, user: str | None, *, screenshot: Path | None = None) -> int:
    app = application()
    state = Session()
    try:
        if screenshot is not None:
            return _screenshot(app, state, db_path, user, screenshot)
        dialog = LoginDialog(db_path, state.authenticate, _demo_pair, user or "")
        dialog.accepted.connect(state.show_main_window)
        dialog.rejected.connect(app.quit)
        dialog.open()
        return app.exec()
    finally:
        state.close()


def _screenshot(app: QApplication, state: Session, db_path: Path, user: str | None, target: Path) -> int:
    """Log in from the environment, wait for the first screen's data, save it as PNG, exit."""
    problem = state.authenticate(db_path, resolve_user(db_path, user), resolve_password(db_path))
    if problem is not None:
        raise RepatriaError(problem)
    window = state.show_main_window(remember_layout=False)  # the same picture whatever the user's layout
    saved: list[bool] = []

    def grab() -> None:
        if window.persons.searching or window.dashboard.data is None:
            QTimer.singleShot(100, grab)  # the first screen has its data only when both have loaded
            return
        saved.append(window.grab().save(str(target), "PNG"))
        window.close()
        app.quit()

    QTimer.singleShot(200, grab)  # after the first paint has fetched the first page
    app.exec()
    if not saved or not saved[0]:
        raise RepatriaError(f"could not write the screenshot to {target}")
    print(f"saved {target}")
    return 0
