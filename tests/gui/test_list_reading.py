"""What reading a list's file found besides its entries, shown on the Lists page: the rows kept
aside with the reason in words, the notes on what reading assumed, every field a column can
hold and a workbook's sheet, driven through the real page and its column step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.app import TRANSLATIONS
from desktop.facades.lists import ListsFacade
from models.core.db import Database
from models.lists import agreements
from models.lists.dto import SKIP_REASONS, SkippedRow
from tests.helpers.database import ADMIN, PASSWORD
from tests.helpers.lists import AGREEMENT
from views.lists.dialogs import ImportListDialog
from views.lists.page import ListsPage
from views.lists.reading import PERSON_LIKE_COLOUR, REASON_TEXT, SkippedRowsModel

CORPUS = Path(__file__).resolve().parent.parent / "data" / "lists"
# Two persons, then a note under which a third person's line was written: kept aside, pointed out.
WITH_A_PERSON_ASIDE = (
    "ПІБ;Дата народження\nКоваленко Сергій Іванович;02.03.1996\nШевчук Іван Петрович;01.01.1990\n"
    "Примітки:\n1. Дані уточнюються\nБондар Петро Іванович (уточнюється);12.05.1990\n"
    "Разом: 2\n"
)


@pytest.fixture
def lists(db: Database) -> ListsFacade:
    with db.write() as session:
        agreements.create_agreement(session, AGREEMENT)
    return ListsFacade(db)


@pytest.fixture
def ukrainian() -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_uk.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def open_column_step(qtbot: QtBot, page: ListsPage, path: Path) -> ImportListDialog:
    page.import_dialog = None  # type: ignore[assignment]
    page.import_file(path)
    qtbot.waitUntil(lambda: getattr(page, "import_dialog", None) is not None, timeout=10_000)
    dialog = page.import_dialog
    assert isinstance(dialog, ImportListDialog)
    return dialog


def import_file(qtbot: QtBot, page: ListsPage, path: Path) -> None:
    """Import and check; a file that becomes a new version of a list is imported as one (the
    dialog asks, and the user answers yes)."""
    dialog = open_column_step(qtbot, page, path)
    with qtbot.waitSignal(page.checked, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        if dialog.question is not None:
            dialog.question.findChild(QPushButton, "confirm_action").click()
    qtbot.waitUntil(lambda: not page.busy)


def test_rows_kept_aside_are_listed_with_the_reason_and_the_notes_stay(
    qtbot: QtBot, lists: ListsFacade, tmp_path: Path
) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    page.show()
    path = tmp_path / "with-a-person-aside.csv"
    path.write_text(WITH_A_PERSON_ASIDE, encoding="utf-8")
    import_file(qtbot, page, path)
    contents = page.contents
    assert contents.tabs.tabText(0) == "Entries (2)"
    assert contents.tabs.tabText(1) == "Rows kept aside (4, 1 to look at)"  # row 6 may be a person
    assert contents.tabs.isTabEnabled(1)
    model = contents.skipped_model
    shown = [
        tuple(model.index(row, column).data() for column in range(model.columnCount()))
        for row in range(model.rowCount())
    ]
    assert ("6", "note or footnote", "Бондар Петро Іванович (уточнюється) | 12.05.1990") in shown
    assert ("7", "total or subtotal", "Разом: 2") in shown
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Why it is not an entry"
    # the note that a row kept aside holds a person's name and date of birth is in sight after import
    notes = contents.notes
    assert notes.isVisible()
    assert "hold a name and a date of birth: 6" in notes.text()
    assert "How the file was read" in notes.text()
    # another list chosen, then this one again: the notes are still there
    list_id = page.current_list
    assert list_id is not None
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    qtbot.waitUntil(lambda: page.result is None)
    assert not notes.isVisible() and contents.tabs.tabText(1) == "Rows kept aside (0)"
    assert not contents.tabs.isTabEnabled(1)
    with qtbot.waitSignal(page.checked, timeout=10_000):
        page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    assert notes.isVisible() and "hold a name and a date of birth: 6" in notes.text()
    assert contents.tabs.tabText(1) == "Rows kept aside (4, 1 to look at)"
    contents.tabs.setCurrentIndex(1)
    assert contents.skipped_table.isVisible() and not contents.table.isVisible()
    assert not page.filter.isVisible()  # it filters entries, not the rows kept aside
    contents.tabs.setCurrentIndex(0)
    assert page.filter.isVisible()


def test_the_notes_on_reading_the_file_are_kept_with_the_version(
    qtbot: QtBot, db: Database, lists: ListsFacade, tmp_path: Path
) -> None:
    """The app closed and opened again: the notes come from the version, as the check gives them."""
    page = ListsPage(lists)
    qtbot.addWidget(page)
    path = tmp_path / "with-a-person-aside.csv"
    path.write_text(WITH_A_PERSON_ASIDE, encoding="utf-8")
    import_file(qtbot, page, path)
    import_file(qtbot, page, path)  # version 2: the import says what version 1 had
    assert "the version before it had 2 entries" in page.contents.notes.text()
    page.close()
    db.close()
    reopened = Database.open(db.path, ADMIN, PASSWORD)
    try:
        again = ListsPage(ListsFacade(reopened))
        qtbot.addWidget(again)
        again.show()
        assert not again.contents.notes.isVisible()  # nothing chosen yet
        with qtbot.waitSignal(again.checked, timeout=10_000):
            again.tree.setCurrentItem(again.tree.topLevelItem(0).child(0))
        notes = again.contents.notes
        assert notes.isVisible() and "How the file was read" in notes.text()
        assert "hold a name and a date of birth: 6" in notes.text()
        assert "the same, byte for byte, as version 1" in notes.text()
        assert "the version before it had" not in notes.text()  # the import's own word, said when it ran
        with qtbot.waitSignal(again.checked, timeout=10_000):  # checked again: the notes stay
            again.check_button.click()
        qtbot.waitUntil(lambda: not again.busy)
        assert "hold a name and a date of birth: 6" in again.contents.notes.text()
        again.close()
    finally:
        reopened.close()


def test_a_row_kept_aside_that_may_be_a_person_stands_out(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    """A name and a date of birth under a note: marked in the table and counted on the tab, not
    left to the English note above."""
    page = ListsPage(lists)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    path = tmp_path / "with-a-person-aside.csv"
    path.write_text(WITH_A_PERSON_ASIDE, encoding="utf-8")
    import_file(qtbot, page, path)
    contents = page.contents
    model, table = contents.skipped_model, contents.skipped_table
    assert [(r.row, r.person_like) for r in model.rows()] == [(4, False), (5, False), (6, True), (7, False)]
    assert contents.tabs.tabIcon(0).isNull()
    assert not contents.tabs.tabIcon(1).isNull()  # the warning sign on the tab
    assert "1 of them hold a name and a date of birth" in contents.tabs.tabToolTip(1)
    contents.show_kept_aside()
    qtbot.waitExposed(table)
    person, total = 2, 3  # rows 6 and 7 of the file, as the table shows them
    assert isinstance(model.index(person, 0).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert model.index(total, 0).data(Qt.ItemDataRole.DecorationRole) is None
    tip = model.index(person, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("This row holds a name and a date of birth.") and "Бондар Петро Іванович" in tip
    assert model.index(total, 2).data(Qt.ItemDataRole.ToolTipRole) == "Разом: 2"

    def colour(row: int) -> str:
        """The colour the table paints at the far end of the row's text cell."""
        rect = table.visualRect(model.index(row, 2))
        return table.viewport().grab().toImage().pixelColor(rect.right() - 3, rect.center().y()).name()

    assert colour(person) == PERSON_LIKE_COLOUR
    assert colour(total) == "#f1f1f1"
    # a list with nothing of the kind: no count of rows to look at, no sign
    contents.show_rows([], [SkippedRow(1, "Разом: 2", "total")], [])
    assert contents.tabs.tabText(1) == "Rows kept aside (1)" and contents.tabs.tabIcon(1).isNull()


def test_a_second_version_says_how_many_entries_the_first_had(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    path = tmp_path / "list.csv"
    path.write_text(WITH_A_PERSON_ASIDE, encoding="utf-8")
    import_file(qtbot, page, path)
    import_file(qtbot, page, path)
    text = page.contents.notes.text()
    assert "This is version 2 of the list; the version before it had 2 entries." in text
    assert "byte for byte" in text


def test_a_corpus_list_with_approval_block_and_totals(qtbot: QtBot, lists: ListsFacade) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_file(qtbot, page, CORPUS / "xlsx_ru_utverzhdayu_itogo.xlsx")
    model = page.contents.skipped_model
    reasons = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert reasons["1"] == "approval block (approved by, annex)"
    assert reasons["15"] == "total or subtotal"
    assert reasons["17"] == "signature or position"
    assert page.contents.tabs.tabText(0) == "Entries (5)"
    assert page.contents.tabs.tabText(1) == f"Rows kept aside ({model.rowCount()})"


def test_rows_kept_aside_in_ukrainian(qtbot: QtBot, lists: ListsFacade, tmp_path: Path, ukrainian: None) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    path = tmp_path / "list.csv"
    path.write_text(WITH_A_PERSON_ASIDE, encoding="utf-8")
    import_file(qtbot, page, path)
    contents = page.contents
    assert contents.tabs.tabText(0) == "Записи (2)"
    assert contents.tabs.tabText(1) == "Відкладені рядки (4, переглянути: 1)"
    assert "У 1 з них є ім'я та дата народження" in contents.tabs.tabToolTip(1)
    model = contents.skipped_model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Чому це не запис"
    assert "примітка або виноска" in [model.index(r, 1).data() for r in range(model.rowCount())]
    person = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "6")
    assert (
        model.index(person, 2).data(Qt.ItemDataRole.ToolTipRole).startswith("У цьому рядку є ім'я та дата народження.")
    )
    assert "Як прочитано файл" in contents.notes.text()


def test_every_reason_a_row_is_kept_aside_is_said_in_words() -> None:
    assert set(SKIP_REASONS) == set(REASON_TEXT)
    model = SkippedRowsModel()
    model.set_rows([SkippedRow(3, "?", "something new")])
    assert model.index(0, 1).data() == "something new"  # a reason added later still shows


def test_the_kept_aside_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SkippedRowsModel()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(
        [
            SkippedRow(9, "Разом: 2", "total"),
            SkippedRow(1, "ЗАТВЕРДЖУЮ", "approval"),
            SkippedRow(5, "Бондар Петро | 12.05.1990", "note", person_like=True),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert [model.index(r, 0).data() for r in range(3)] == ["1", "5", "9"]
    assert model.person_like() == 1


def test_every_field_can_be_chosen_for_a_column(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    """Sex, the list's own number and a date of birth in three columns, chosen by the clerk."""
    page = ListsPage(lists)
    qtbot.addWidget(page)
    path = tmp_path / "parts.csv"
    path.write_text(
        "Поз;Прізвище;Ім'я;Ст;Дн;Міс;Рік\n1;Коваленко;Сергій;ч;02;03;1996\n2;Шевчук;Оксана;ж;5;11;1999\n",
        encoding="utf-8",
    )
    dialog = open_column_step(qtbot, page, path)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Sex:", "Number on the list:", "Day of birth:", "Month of birth:", "Year of birth:"} <= labels
    for field, column in (
        ("date_of_birth", None),
        ("number", 0),
        ("sex", 3),
        ("birth_day", 4),
        ("birth_month", 5),
        ("birth_year", 6),
    ):
        box = dialog.mapping_boxes[field]
        box.setCurrentIndex(box.findData(column) if column is not None else 0)
    assert dialog.mapping() == {
        "number": 0,
        "surname": 1,
        "given_names": 2,
        "sex": 3,
        "birth_day": 4,
        "birth_month": 5,
        "birth_year": 6,
    }
    with qtbot.waitSignal(page.checked, timeout=10_000) as checked:
        dialog.accept()
    entries = checked.args[0].entries
    assert [(e.read["date_of_birth"], e.read["sex"]) for e in entries] == [
        ("1996-03-02", "male"),
        ("1999-11-05", "female"),
    ]


def test_a_workbooks_sheet_is_chosen_from_its_sheets(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    dialog = open_column_step(qtbot, page, CORPUS / "xlsx_several_sheets_active_second.xlsx")
    dialog.show()
    sheet = dialog.sheet
    # every sheet of the workbook, in its order, to choose from (not typed); the reader's own choice shown
    assert sheet.isVisible() and sheet.isEnabled() and not sheet.isEditable()
    assert [sheet.itemText(i) for i in range(sheet.count())] == ["Список", "Довідник", "Аркуш3"]
    assert sheet.currentText() == "Список"
    assert "other sheets ('Довідник', 'Аркуш3') were not read" in dialog.notes.text()
    assert "Above the header, not entries: row 1: Список осіб для обміну" in dialog.notes.text()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    # the next sheet chosen with the keyboard is read at once; it holds no list: the reason, the one shown stays
    sheet.setFocus()
    qtbot.keyClick(sheet, Qt.Key.Key_Down)
    assert sheet.currentText() == "Довідник" and not sheet.isEnabled() and not ok.isEnabled()  # being read
    qtbot.waitUntil(lambda: "no header row found" in dialog.problem.text(), timeout=10_000)
    assert dialog.problem.text().startswith("The sheet 'Довідник' could not be read: ")
    assert sheet.currentText() == "Список" and sheet.isEnabled() and sheet.hasFocus()
    assert dialog.preview.rowCount() == 7 and ok.isEnabled() and dialog.chosen_sheet is None
    dialog.reject()
    # a workbook of one sheet names it, with nothing else to choose
    ods = open_column_step(qtbot, page, CORPUS / "ods_libreoffice_native.ods")
    ods.show()
    assert ods.sheet.isVisible() and ods.sheet.currentText() == "Аркуш1" and not ods.sheet.isEnabled()
    ods.reject()
    # a CSV has no sheet to choose
    csv = tmp_path / "list.csv"
    csv.write_text(WITH_A_PERSON_ASIDE, encoding="utf-8")
    other = open_column_step(qtbot, page, csv)
    other.show()
    assert not other.sheet.isVisible() and other.sheet.count() == 0
    other.reject()


def test_another_sheet_read_and_imported(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    """A workbook whose list is on the second sheet while the reader takes the first."""
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "Перший"
    first.append(["ПІБ", "Дата народження"])
    first.append(["Коваленко Сергій Іванович", "02.03.1996"])
    second = book.create_sheet("Другий")
    second.append(["Прізвище", "Ім'я", "Дата народження"])
    for surname, given, born in (("Шевчук", "Іван", "01.01.1990"), ("Бондар", "Петро", "12.05.1990")):
        second.append([surname, given, born])
    path = tmp_path / "two-sheets.xlsx"
    book.save(path)
    page = ListsPage(lists)
    qtbot.addWidget(page)
    dialog = open_column_step(qtbot, page, path)
    assert dialog.sheet.currentText() == "Перший" and dialog.mapping() == {"full_name": 0, "date_of_birth": 1}
    assert dialog.sheet.count() == 2 and dialog.chosen_sheet is None
    dialog.sheet.setCurrentIndex(dialog.sheet.findText("Другий"))
    qtbot.waitUntil(lambda: dialog.file.sheet == "Другий", timeout=10_000)
    assert dialog.mapping() == {"surname": 0, "given_names": 1, "date_of_birth": 2}
    assert dialog.preview.rowCount() == 2 and dialog.preview.item(1, 0).text() == "Бондар"
    assert dialog.chosen_sheet == "Другий" and dialog.sheet.currentText() == "Другий"
    assert dialog.problem.text() == "" and dialog.sheet.isEnabled()
    with qtbot.waitSignal(page.checked, timeout=10_000) as checked:
        dialog.accept()
    assert [e.raw_name for e in checked.args[0].entries] == ["Шевчук Іван", "Бондар Петро"]
