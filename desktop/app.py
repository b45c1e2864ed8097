"""Starting the desktop app: Qt application, login, main window."""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Callable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import PySide6
import sqlcipher3
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    qVersion,
)
from PySide6.QtWidgets import QApplication

from desktop.facades import Facades
from desktop.facades.office import restore_database
from desktop.settings import demo_credentials, resolve_password, resolve_user
from models.core.db import SCHEMA_HEAD, Database, on_waiting
from models.core.dto import RestoreResult
from models.core.enums import Role
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from views.app.login import LoginDialog
from views.app.main_window import MainWindow
from views.common.messages import error_text, warn
from views.common.private_files import sweep
from views.common.tasks import MainThreadGc, Task, run_task

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
GUIDE = Path(__file__).resolve().parent.parent / "resources" / "guide"


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    MainThreadGc(app)  # Qt objects in garbage cycles are freed in the GUI thread only
    app.setOrganizationName("Repatria")
    app.setApplicationName("Repatria")
    chosen = settings().value("language")
    install_translation(app, os.environ.get("REPATRIA_LANG") or (chosen if isinstance(chosen, str) else None))
    return app


def install_translation(app: QApplication, language: str | None = None) -> bool:
    """Ukrainian or English: ``REPATRIA_LANG`` (uk, en) if set, else the user's choice in the
    app, else the system's language. Replaces the translation installed before. English, the
    source language, loads only its plural forms ("1 page", "2 pages"); returns whether a
    Ukrainian translation was installed."""
    for old in app.findChildren(QTranslator, "repatria"):
        app.removeTranslator(old)
        old.deleteLater()
    locale = QLocale(language) if language else QLocale()
    QLocale.setDefault(locale)
    translator = QTranslator(app)
    translator.setObjectName("repatria")
    if not translator.load(locale, "repatria", "_", str(TRANSLATIONS)):
        translator.load(str(TRANSLATIONS / "repatria_en.qm"))  # any other language: English
        app.installTranslator(translator)
        return False
    app.installTranslator(translator)
    # Qt's own words (Cancel, Yes, No in standard dialogs and buttons), from the translations
    # PySide6 ships
    qt = QTranslator(app)
    qt.setObjectName("repatria")
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    else:
        qt.deleteLater()
    return translator.language().startswith("uk")


def settings() -> QSettings:
    return QSettings("Repatria", "Repatria")


class Session:
    """What the app holds after login: the open database and its main window."""

    def __init__(self) -> None:
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.login: LoginDialog | None = None
        self._stop_notices: Callable[[], None] = lambda: None

    def authenticate(self, path: Path, user: str, password: str) -> str | None:
        try:
            self.db = Database.open(path, user, password)
        except RepatriaError as exc:
            return error_text(exc)  # the interface language (Qt translates from any thread)
        return None

    def show_main_window(self, *, remember_layout: bool = True) -> MainWindow:
        assert self.db is not None
        facades = Facades.of(self.db)
        self.window = MainWindow(
            facades.registry,
            settings(),
            people=facades.people,
            lists=facades.lists,
            letters=facades.letters,
            remains=facades.remains,
            office_settings=facades.office,
            remember_layout=remember_layout,
            users=facades.office if facades.office.role is Role.ADMIN else None,
            change_log=facades.office,
            guide=user_guide,
            versions=versions,
            offices=facades.offices,
            bundles=facades.bundles,
            backups=facades.office,
        )
        window = self.window
        self._stop_notices()
        self._stop_notices = on_waiting(window.writer_waiting.emit)
        self.window.language_chosen.connect(self.switch_language)
        self.window.open_database_requested.connect(self.ask_other_database)
        self.window.restore_requested.connect(self.restore_from)
        self.window.show()
        self.window.commands.remind_of_backups()
        return self.window

    def restore_from(self, backup: str, password: str) -> Task[RestoreResult] | None:
        """File → Restore from a backup: the database closed, the backup checked with the
        user's password and restored in its place (the one there kept as NAME.replaced-TIME),
        in the background; then the restored database is opened. Should the restore fail, the
        database it would have replaced is untouched and opened again."""
        old, db = self.window, self.db
        assert old is not None and db is not None
        if any(editor.dirty for editor in old.editors.values()):
            old.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Save or close the persons being edited first."), 8000
            )
            return None
        QThreadPool.globalInstance().waitForDone()  # the open database's reads end first
        target, user = db.path, db.actor.user_name
        old.setEnabled(False)
        db.close()

        def reopen(database: Database, said: str, error: BaseException | None = None) -> None:
            self.db = database
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
            window = self.show_main_window()
            if error is not None:
                warn(window, QCoreApplication.translate("MainWindow", "Not restored"), error, "not_restored")
            window.statusBar().showMessage(said, 20000)

        def restored(result: RestoreResult) -> None:
            kept = result.replaced.name if result.replaced is not None else "—"
            said = QCoreApplication.translate(
                "MainWindow",
                "Restored from {0} ({1} changes, checked); the database it replaced is kept as {2}. "
                "Changes made after the backup come back with the next bundles from the other offices.",
            ).format(Path(backup).name, result.events, kept)
            if result.unsent:  # said in the window too, not only by the command line (hostile trial)
                said += " " + QCoreApplication.translate(
                    "MainWindow", "%n change(s) made there never went to another office: they are only in {0}.", "",
                    result.unsent,
                ).format(kept)  # fmt: skip
            if result.replaced_unread:
                said += " " + QCoreApplication.translate(
                    "MainWindow",
                    "It did not open with this password, so its changes that never went to another office could "
                    "not be counted: open {0} with the current password to see them.",
                ).format(kept)
            reopen(Database.open(target, user, password), said)

        def failed(error: BaseException) -> None:
            reopen(db.open_copy(target), "", error)  # untouched: opened again with its own key

        return run_task(
            lambda _progress: restore_database(Path(backup), target, user, password),
            restored,
            parent=old,
            progress_parent=old,
            title=QCoreApplication.translate("MainWindow", "Restoring…"),
            on_failure=failed,
        )

    def switch_language(self, code: str) -> MainWindow:
        """Remember the language, install it, and rebuild the main window in it."""
        app = application()
        settings().setValue("language", code)
        install_translation(app, code)
        old = self.window
        window = self.show_main_window(remember_layout=old is None or old.remembers_layout)
        if old is not None:
            window.navigation.setCurrentRow(old.navigation.currentRow())
            window.search.setText(old.search.text())
            old.close()
            old.deleteLater()
        return window

    def ask_other_database(self) -> LoginDialog | None:
        """File → Open another database: the login, over the window; once the other database is
        open the window is rebuilt on it and the first one closed (edits open must be saved)."""
        old = self.window
        if old is not None and any(editor.dirty for editor in old.editors.values()):
            old.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Save or close the persons being edited first."), 8000
            )
            return None
        opened: list[Database] = []

        def authenticate(path: Path, user: str, password: str) -> str | None:
            try:
                opened.append(Database.open(path, user, password))
            except RepatriaError as exc:
                return error_text(exc)
            return None

        path = self.db.path if self.db is not None else Path()
        dialog = LoginDialog(path, authenticate, _demo_pair, self.db.actor.user_name if self.db else "", old)

        def switch() -> None:
            QThreadPool.globalInstance().waitForDone()  # the old database's reads end first
            if self.window is not None:
                self.window.close()
                self.window.deleteLater()
            if self.db is not None:
                self.db.close()
            self.db, self.window = opened[-1], None
            self.show_main_window()

        dialog.accepted.connect(switch)
        dialog.open()
        self.login = dialog
        return dialog

    def close(self) -> None:
        self._stop_notices()
        if self.db is not None:
            self.db.close()


def user_guide(language: str) -> str:
    """The user guide shipped with the app, in ``language`` (uk, en), as Markdown."""
    folder = GUIDE
    path = folder / f"guide_{language}.md"
    return (path if path.exists() else folder / "guide_en.md").read_text(encoding="utf-8")


def versions() -> list[tuple[str, str]]:
    """(component, version): what a support request needs to say."""

    def installed(name: str) -> str:
        try:
            return version(name)
        except PackageNotFoundError:
            return "—"

    return [
        ("Repatria", installed("repatria")),
        (QT_TRANSLATE_NOOP("About", "Database schema"), SCHEMA_HEAD),
        ("Python", platform.python_version()),
        ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
        ("SQLite (SQLCipher)", str(getattr(sqlcipher3, "sqlite_version", "—"))),
        ("SQLAlchemy", installed("sqlalchemy")),
        ("ReportLab", installed("reportlab")),
        (QT_TRANSLATE_NOOP("About", "System"), platform.platform()),
    ]


def _demo_pair(path: Path) -> tuple[str, str] | None:
    demo = demo_credentials(path)
    return None if demo is None else (demo.user, demo.password)


def run_gui(
    db_path: Path,
    user: str | None,
    *,
    screenshot: Path | None = None,
    person: str | None = None,
    search: str | None = None,
) -> int:
    app = application()
    sweep()  # plaintext a killed app left for the system viewer
    state = Session()
    try:
        if screenshot is not None:
            return _screenshot(app, state, db_path, user, screenshot, person=person, search=search)
        dialog = LoginDialog(db_path, state.authenticate, _demo_pair, user or "")
        dialog.accepted.connect(lambda: _first_screen(state, person, search))
        dialog.rejected.connect(app.quit)
        dialog.open()
        return app.exec()
    finally:
        QThreadPool.globalInstance().waitForDone()  # background reads end before the database closes
        state.close()


def _first_screen(
    state: Session, person: str | None, search: str | None, *, remember_layout: bool = True
) -> MainWindow:
    """The main window after login, with a search typed or a person opened if asked."""
    window = state.show_main_window(remember_layout=remember_layout)
    if search:
        window.search.setText(search)
        window.persons.search_now()
    if person:
        assert state.db is not None
        found = Facades.of(state.db).registry.find(person)
        if found is None:
            raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "no person with the external id {person!r}"), person=person)
        window.open_person(found.id)
    return window


def _screenshot(
    app: QApplication,
    state: Session,
    db_path: Path,
    user: str | None,
    target: Path,
    *,
    person: str | None,
    search: str | None,
) -> int:
    """Log in from the environment, wait until the first screen has its data, save it as PNG
    (the person's editor when one is named), exit."""
    problem = state.authenticate(db_path, resolve_user(db_path, user), resolve_password(db_path))
    if problem is not None:
        raise RepatriaError(problem)
    # remember_layout off: the same picture whatever layout this user saved
    window = _first_screen(state, person, search, remember_layout=False)
    saved: list[bool] = []

    def grab() -> None:
        editors = list(window.editors.values())
        busy = (
            window.persons.searching
            or window.dashboard.data is None
            or any(getattr(tab, "pending", 0) for e in editors for tab in e.record_tabs.values())
        )
        if busy or QThreadPool.globalInstance().activeThreadCount():
            QTimer.singleShot(100, grab)  # the screen has its data only when every load has finished
            return
        shown = editors[0] if editors else window
        saved.append(shown.grab().save(str(target), "PNG"))
        for editor in editors:
            editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        window.close()
        app.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    if not saved or not saved[0]:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "could not write the screenshot to {target}"), target=target)
    print(f"saved {target}")
    return 0
