"""Every main screen fits a 1366×768 laptop (about 1366×728 below the panel): no window needs
more than that, and windows open no larger than the screen has room for."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.facades.lists import ListsFacade
from desktop.facades.office import OfficeFacade
from desktop.facades.persons import PersonFacade, RegistryFacade
from desktop.facades.remains import RemainsFacade
from models.core.db import Database
from views.app.main_window import MainWindow
from views.common.widgets import fit_to_screen
from views.lists.exchange_day import ExchangeDayDialog
from views.office.log_viewer import ChangeLogDialog
from views.office.users_dialog import UsersDialog
from views.remains.case_editor import CaseEditor

ROOM = (1366, 728)


def _fits(widget: QWidget) -> None:
    hint = widget.minimumSizeHint()
    assert hint.width() <= ROOM[0] and hint.height() <= ROOM[1], (type(widget).__name__, hint)


@pytest.fixture
def window(qtbot: QtBot, registry: RegistryFacade, settings: QSettings, db: Database) -> MainWindow:
    office = OfficeFacade(db)
    made = MainWindow(
        registry,
        settings,
        people=PersonFacade(db),
        lists=ListsFacade(db),
        remains=RemainsFacade(db),
        office_settings=office,
        users=office,
        change_log=office,
        remember_layout=False,
    )
    qtbot.addWidget(made)
    return made


def test_every_main_screen_fits_1366_by_768(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.show()
    _fits(window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        _fits(window)
    window.persons.table.selectRow(0)
    editor = window.open_person(window.persons.current_row().id)  # type: ignore[union-attr]
    assert editor is not None
    _fits(editor)
    editor.close()
    case = CaseEditor(RemainsFacade(db), None)
    qtbot.addWidget(case)
    _fits(case)  # its tabs scroll: it once needed 899 pixels
    for dialog in (
        ExchangeDayDialog([], "Обмін, етап 1"),
        UsersDialog(OfficeFacade(db)),
        ChangeLogDialog(OfficeFacade(db)),
    ):
        qtbot.addWidget(dialog)
        _fits(dialog)
    qtbot.waitUntil(lambda: window.persons.model.rowCount() > 0)


def test_a_window_opens_no_larger_than_its_screen(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    room = widget.screen().availableGeometry()
    fit_to_screen(widget, room.width() + 500, room.height() + 500)
    assert widget.width() <= room.width() and widget.height() <= room.height()
    fit_to_screen(widget, 300, 200)
    assert (widget.width(), widget.height()) == (300, 200)


@pytest.mark.parametrize("language", ["en", "uk"])
def test_no_tab_of_the_person_editor_is_off_screen(
    qtbot: QtBot, window: MainWindow, language: str, request: pytest.FixtureRequest
) -> None:
    """The editor's 14 tabs once made one row that scrolled off a 1366×768 screen; in groups,
    every tab bar shows all its tabs at the editor's own size, in both languages."""
    from PySide6.QtWidgets import QApplication, QTabBar

    from desktop.app import install_translation

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translation(app, language)
    request.addfinalizer(lambda: install_translation(app, "en"))
    window.show()
    qtbot.waitUntil(lambda: window.persons.model.rowCount() > 0)
    window.persons.table.selectRow(0)
    editor = window.open_person(window.persons.current_row().id)  # type: ignore[union-attr]
    assert editor is not None
    assert editor.width() <= ROOM[0] and editor.height() <= ROOM[1]
    seen = 0
    for group in range(editor.groups.count()):  # each group shown in turn, as a user opens it
        editor.groups.setCurrentIndex(group)
        qtbot.wait(10)
        for bar in (bar for bar in editor.findChildren(QTabBar) if bar.isVisible()):
            seen += 1
            needed = sum(bar.tabRect(i).width() for i in range(bar.count()))
            assert needed <= bar.width(), (language, [bar.tabText(i) for i in range(bar.count())], bar.width())
    assert seen >= 8  # the groups' bar and the bar of each group, four times
    titles = [editor.groups.tabText(i) for i in range(editor.groups.count())]
    assert len(titles) == 4, titles
    editor.close()
