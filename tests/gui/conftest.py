"""GUI fixtures: settings in a temp file, a real database behind the facade."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.facades.persons import RegistryFacade
from models.core.db import Database
from models.persons.dto import PersonInput
from models.persons.service import upsert_persons


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def registry(db: Database) -> Iterator[RegistryFacade]:
    """1,050 persons: more than five pages of the table model."""
    with db.write() as session:
        upsert_persons(
            session,
            [
                (PersonInput(external_id=f"G-{n:05d}", surname=f"Прізвище{n:05d}", given_names="Іван"), None)
                for n in range(1050)
            ],
        )
    yield RegistryFacade(db)


@pytest.fixture(autouse=True)
def _no_background_work_left() -> Iterator[None]:
    """A GUI test must not leave pool jobs running into the next test (napari's check)."""
    from PySide6.QtCore import QThreadPool

    yield
    assert QThreadPool.globalInstance().waitForDone(10_000), "background jobs still running after the test"


@pytest.fixture(autouse=True, scope="session")
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The app's own QSettings (language, layout) go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    # QSettings(organization, application), as desktop.app.settings() makes it, takes the native
    # format whatever the default: without this, tests wrote into the user's own settings
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True, scope="session")
def _english_as_the_app_speaks_it(qapp: object) -> Iterator[None]:
    """English as the app installs it: the source strings, with the plural forms of its .qm
    ("1 page", "2 pages"). Tests that switch language install this again when they end."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.app import TRANSLATIONS

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_en.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_in_the_gui_thread(qapp: object) -> None:
    """As the app does (desktop.app.application): never a collection in a background job."""
    from PySide6.QtCore import QCoreApplication

    from views.common.tasks import MainThreadGc

    app = QCoreApplication.instance()
    assert app is not None
    MainThreadGc(app)


@pytest.fixture(autouse=True, scope="session")
def _pool_idle_at_the_end(qapp: object) -> Iterator[None]:
    """The session ends with Qt's pool idle: a pool thread still running when the interpreter
    exits would keep the process alive (the pool waits for it while it waits for Python)."""
    from PySide6.QtCore import QThreadPool

    yield
    assert QThreadPool.globalInstance().waitForDone(60_000), "background jobs still running at the end"
