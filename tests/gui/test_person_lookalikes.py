"""The person editor warns, as the clerk types, about a name that mixes Latin and Cyrillic
letters that look alike; it is a warning: the name can still be saved as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.app import TRANSLATIONS
from desktop.facades.persons import PersonFacade
from models.core.db import Database
from models.core.partial_date import PartialDate
from models.persons import service as persons
from models.persons.dto import PersonInput
from views.persons.editor import WARNING_COLOUR, PersonEditor


@pytest.fixture
def people(db: Database) -> PersonFacade:
    with db.write() as session:
        persons.create_person(
            session,
            PersonInput(
                external_id="E-1", surname="Коваленко", given_names="Сергій", date_of_birth=PartialDate(1999, 4, 1)
            ),
        )
    return PersonFacade(db)


@pytest.fixture
def ukrainian() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_uk.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _editor(qtbot: QtBot, people: PersonFacade) -> PersonEditor:
    with people._db.read() as session:
        person = persons.find_by_external_id(session, "E-1")
    editor = PersonEditor(people, person)
    qtbot.addWidget(editor)
    with qtbot.waitActive(editor):
        editor.show()
        editor.activateWindow()
    return editor


def _type(editor: PersonEditor, field: str, text: str) -> None:
    widget = editor.form.widgets[field]
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.selectAll()
    widget.insert(text)  # QTest cannot type letters outside ASCII; insert() is what typing does


def _warning(editor: PersonEditor, field: str) -> str:
    label = editor.warnings[field]
    return "" if label.isHidden() else label.text()


def test_a_latin_letter_in_a_cyrillic_surname_is_warned_about_and_saved_as_typed(
    qtbot: QtBot, people: PersonFacade
) -> None:
    editor = _editor(qtbot, people)
    assert _warning(editor, "surname") == ""
    _type(editor, "surname", "Кoваленко")  # the second letter is a Latin o
    qtbot.waitUntil(lambda: _warning(editor, "surname") != "")
    text = _warning(editor, "surname")
    assert "Latin and Cyrillic letters that look alike are mixed" in text
    assert "К<u><b style='background: #ffe08a'>o</b></u>валенко (Latin underlined)" in text  # the odd letter
    assert editor.warnings["surname"].isVisible()  # beside the field the clerk is typing in
    assert WARNING_COLOUR in editor.form.widgets["surname"].styleSheet()
    assert _warning(editor, "given_names") == ""
    assert editor.save_button.isEnabled()  # a warning, not an error
    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    assert saved.args[0].surname == "Кoваленко"  # as typed
    assert _warning(editor, "surname") != ""  # the saved name still mixes them
    _type(editor, "surname", "Коваленко")
    qtbot.waitUntil(lambda: _warning(editor, "surname") == "")
    assert editor.form.widgets["surname"].styleSheet() == ""


def test_cyrillic_letters_in_a_latin_given_name_and_a_patronymic(qtbot: QtBot, people: PersonFacade) -> None:
    editor = _editor(qtbot, people)
    _type(editor, "given_names", "Sеrhii")  # a Cyrillic е
    _type(editor, "patronymic", "Iванович")  # a Latin I
    qtbot.waitUntil(lambda: _warning(editor, "given_names") != "" and _warning(editor, "patronymic") != "")
    assert "S<u><b style='background: #ffe08a'>е</b></u>rhii (Cyrillic underlined)" in _warning(editor, "given_names")
    assert "<u><b style='background: #ffe08a'>I</b></u>ванович (Latin underlined)" in _warning(editor, "patronymic")
    assert _warning(editor, "surname") == ""
    # an error on the same field: its message and red border come first, the warning stays
    _type(editor, "surname", "")
    qtbot.waitUntil(lambda: not editor.save_button.isEnabled())
    assert _warning(editor, "given_names") != ""


def test_the_warning_in_ukrainian(qtbot: QtBot, people: PersonFacade, ukrainian: None) -> None:
    editor = _editor(qtbot, people)
    _type(editor, "surname", "Кoваленко")
    qtbot.waitUntil(lambda: _warning(editor, "surname") != "")
    text = _warning(editor, "surname")
    assert "Змішано схожі на вигляд латинські й кириличні літери" in text and "(латинські підкреслено)" in text


def test_the_warning_offers_the_name_as_it_reads_and_the_fix_can_be_undone(qtbot: QtBot, people: PersonFacade) -> None:
    editor = _editor(qtbot, people)
    _type(editor, "surname", "Copoкa")  # C, o, p, o, a Latin: it reads Сорока
    qtbot.waitUntil(lambda: _warning(editor, "surname") != "")
    assert "Use «Сорока»" in _warning(editor, "surname")
    editor.warnings["surname"].linkActivated.emit("use")  # what a click on the offer does
    assert editor.value("surname") == "Сорока"
    qtbot.waitUntil(lambda: _warning(editor, "surname") == "")
    editor.undo_stack.undo()  # one step back: the name as typed
    assert editor.value("surname") == "Copoкa"
