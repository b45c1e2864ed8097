"""The Lists section driven as a user would: import with the column step, check, review."""

import datetime as dt
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.facades.lists import ListsFacade
from models.core.db import Database
from models.core.entities import Exchange, Person, StatusEvent
from models.core.enums import EntryMatchState, Health, PersonStatus
from models.core.errors import ValidationError
from models.core.partial_date import PartialDate
from models.lists import agreements, service
from models.lists.columns import LIST_FIELDS
from models.lists.dto import ExchangeDayInput, ExchangeSummary
from models.persons import service as persons
from models.persons.dto import PersonInput
from tests.helpers.gui_lists import import_through_column_step
from tests.helpers.lists import AGREEMENT
from views.common.tasks import Cancelled
from views.lists.dialogs import FIELD_LABELS, ImportListDialog
from views.lists.exchange_day import ExchangeDayDialog
from views.lists.model import COLUMNS, FILTERS, ListEntriesModel
from views.lists.page import ListsPage


@pytest.fixture
def lists(db: Database) -> ListsFacade:
    with db.write() as session:
        for external_id, given, born in (
            ("P1", "Сергій", PartialDate(1996, 3, 2)),
            ("P9", "Сергій", PartialDate(1979, 8, 8)),
        ):
            persons.create_person(
                session,
                PersonInput(
                    external_id=external_id,
                    surname="Коваленко",
                    given_names=given,
                    date_of_birth=born,
                    health=Health.SLIGHTLY_WOUNDED,
                ),
            )
        persons.create_person(
            session,
            PersonInput(
                external_id="P2",
                surname="Мельник",
                given_names="Олександр",
                date_of_birth=PartialDate(2003, 4, 1),
                status=PersonStatus.CAPTURED,
            ),
        )
        agreements.create_agreement(session, AGREEMENT)
    return ListsFacade(db)


def open_import(qtbot: QtBot, page: ListsPage, path: Path) -> ImportListDialog:
    page.import_dialog = None  # type: ignore[assignment]
    page.import_file(path)
    qtbot.waitUntil(lambda: getattr(page, "import_dialog", None) is not None)
    dialog: ImportListDialog = page.import_dialog
    return dialog


def test_import_goes_where_the_user_is_and_asks_before_a_new_version(
    qtbot: QtBot, lists: ListsFacade, db: Database, tmp_path: Path
) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)  # the other side's list, phase 1, of «Обмін»
    first_list = page.current_list
    with db.write() as session:
        agreements.create_agreement(session, {**AGREEMENT, "title": "Друга домовленість", "signed_on": "2024-01-01"})
    page.reload()
    second = lists.agreements()[1].id  # not the first: the dialog's default, were nothing selected
    short = tmp_path / "short.csv"
    short.write_text("Прізвище;Ім'я;Дата народження\nБондар;Ігор;04.05.2002\n", encoding="utf-8")

    agreement_row = next(
        item
        for i in range(page.tree.topLevelItemCount())
        if (item := page.tree.topLevelItem(i)) is not None and page.tree.agreement_of(item) == second
    )
    page.tree.setCurrentItem(agreement_row)  # the second agreement selected: the import goes there
    dialog = open_import(qtbot, page, short)
    assert dialog.agreement.currentIndex() == 1  # not the first of the dialog's list
    assert dialog.agreement_id == second and not dialog.version_note.isVisible()
    dialog.reject()

    page.reload(select=first_list)  # the list selected: same agreement, side and phase
    dialog = open_import(qtbot, page, short)
    dialog.show()
    node = page.nodes[first_list]  # type: ignore[index]
    assert (dialog.agreement_id, dialog.side_value, dialog.phase_value) == (node.agreement_id, node.side, node.phase)
    assert dialog.version_note.isVisible()
    assert "becomes version 2 of" in dialog.version_note.text()
    assert "version 1 has 3 entries, this file has 1 lines" in dialog.version_note.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    question = dialog.question
    assert question is not None and "Import it as the new version?" in question.text()
    question.reject()  # Cancel: nothing imported, the dialog stays
    assert dialog.isVisible() and page.nodes[first_list].versions == 1  # type: ignore[index]
    dialog.phase.setValue(2)  # a separate list: phase 2 has none yet, no question
    assert not dialog.version_note.isVisible()
    dialog.phase.setValue(1)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    dialog.question.findChild(QPushButton, "confirm_action").click()  # type: ignore[union-attr]
    # imported and checked in the background (another list's results may arrive first)
    qtbot.waitUntil(lambda: page.nodes[first_list].versions == 2 and not page.busy, timeout=10_000)  # type: ignore[index]


def test_import_with_the_column_step_then_filter(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    assert page.model.rowCount() == 3
    assert page.model.index(0, 1).data() == "3"  # the row in the file, under its title and header
    assert page.model.index(0, 4).data() == "matched"
    assert page.model.index(0, 8).data() == "no"  # 29 and only slightly wounded
    assert "criterion 'under 25' not met" in page.model.index(0, 9).data()
    assert page.model.index(1, 4).data() == "needs review"  # two Serhii Kovalenkos, no date
    page.filter.setCurrentIndex(3)
    assert page.model.rowCount() == 1
    assert "needs review 1" in page.summary.text()


def test_review_from_the_keyboard(qtbot: QtBot, lists: ListsFacade, db: Database, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    dialog = page.review()
    assert dialog is not None and dialog.current is not None
    assert "Коваленко Сергій" in dialog.listed.text()
    first_candidate = dialog.registry.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert dialog.registry.text() != first_candidate
    with qtbot.waitSignal(dialog.decided):
        qtbot.keyClick(dialog, Qt.Key.Key_A)
    assert dialog.progress.text() == "The entry is reviewed."  # one entry: not "All 1 entries"
    with db.read() as session:
        node = service.list_nodes(session)[0]
        entry = service.list_results(session, node.list_id).entries[1]
    assert entry.state is EntryMatchState.CONFIRMED and entry.person_external_id in ("P1", "P9")


def test_a_cancelled_check_writes_nothing(
    qtbot: QtBot, lists: ListsFacade, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    with db.write() as session:  # someone changes the registry, so a check would write changes
        p9 = persons.find_by_external_id(session, "P9")
        assert p9 is not None
        persons.update_person(session, p9.id, PersonInput(external_id="P9", surname="Шевчук", given_names="Тарас"))
    gate = threading.Event()
    real_check = lists.check

    def check_after_the_cancel(list_id, progress=None):  # type: ignore[no-untyped-def]
        gate.wait(10)  # the user presses Cancel while the check is under way
        return real_check(list_id, progress)

    monkeypatch.setattr(lists, "check", check_after_the_cancel)
    failures: list[BaseException] = []
    page.check_current()
    page.check_task.failed.connect(failures.append)
    page.check_task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not page.busy)
    assert failures and isinstance(failures[0], Cancelled)
    with db.read() as session:
        node = service.list_nodes(session)[0]
        assert service.list_results(session, node.list_id).entries[1].public_state == "review"  # unchanged


def test_entries_model_passes_the_model_tester(
    qtmodeltester: ModelTester, lists: ListsFacade, qtbot: QtBot, tmp_path: Path
) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    model = ListEntriesModel()
    qtmodeltester.check(model, force_py=True)
    model.set_entries(page.model.entries())
    model.set_filter(2)
    model.set_filter(0)
    assert model.rowCount() == 3


def record_as_deceased(db: Database, external_id: str) -> uuid.UUID:
    with db.write() as session:
        person = session.scalars(select(Person).where(Person.external_id == external_id)).one()
        person.status = PersonStatus.DECEASED
        return person.id


def exchanges(db: Database) -> int:
    with db.read() as session:
        return len(session.scalars(select(Exchange.id)).all())


def record_through_the_question(qtbot: QtBot, page: ListsPage, dialog: ExchangeDayDialog) -> ExchangeSummary:
    """Press "Record the exchange…", read the question, press "Record"."""
    dialog.record_button.click()
    question = dialog.question
    assert isinstance(question, QMessageBox) and question.defaultButton() == question.button(
        QMessageBox.StandardButton.Cancel
    )  # a stray Enter records nothing
    action = question.findChild(QPushButton, "confirm_action")
    with qtbot.waitSignal(page.exchange_recorded) as recorded:
        action.click()
    summary: ExchangeSummary = recorded.args[0]
    return summary


def test_exchange_day_flow(qtbot: QtBot, lists: ListsFacade, db: Database, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    dialog = page.exchange_day()
    assert dialog is not None
    assert dialog.table.rowCount() == 2  # the two matched persons of the other side's list
    assert dialog.returned() == []  # nobody is home until ticked
    assert dialog.summary.text().startswith("Came home 0 of 2 expected · handed over 0 · parity +0 — Even")
    missing_name = dialog.table.item(1, 1).text()
    dialog.table.item(0, 0).setCheckState(Qt.CheckState.Checked)  # came; the second did not
    dialog.handed_over.setPlainText("Иванов Иван\nПетров Петр\nСидоров Сидор\n")
    assert dialog.summary.text() == (
        "Came home 1 of 2 expected · handed over 3 · parity -2 — 2 more were handed over than came home."
    )
    dialog.place.setText("кордон")
    dialog.record_button.click()
    assert "1 person(s) will be marked as returned home" in dialog.question.text()  # type: ignore[union-attr]
    dialog.question.reject()  # type: ignore[union-attr]  # Cancel: nothing recorded, the dialog stays
    assert dialog.isVisible() and exchanges(db) == 0
    summary = record_through_the_question(qtbot, page, dialog)
    assert (summary.returned, summary.handed_over, summary.parity) == (1, 3, -2)
    assert "Did not come" in page.exchange_box.text() and missing_name.split(" (")[0] in page.exchange_box.text()
    assert f"Exchange ID: {summary.exchange_id}" in page.exchange_box.text()  # for `report exchange ID`
    assert page.exchange_box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse  # to copy it
    with db.read() as session:
        returned = [p for p in (persons.find_by_external_id(session, e) for e in ("P1", "P2")) if p is not None]
    assert sum(p.status is PersonStatus.RETURNED for p in returned) == 1
    page.exchange_box.close()
    page.exchange_report_action.trigger()  # the day's reconciliation, on paper
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert page.preview is not None
    text = " ".join(page.preview.document.getAllText(0).text().split())
    assert "Звірка дня обміну, етап 1" in text and "Сидоров Сидор" in text and "місце / place: кордон" in text


def test_a_wrong_exchange_day_is_reversed(qtbot: QtBot, lists: ListsFacade, db: Database, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    dialog = page.exchange_day()
    assert dialog is not None
    dialog.tick_all.click()
    record_through_the_question(qtbot, page, dialog)
    page.exchange_box.close()
    assert exchanges(db) == 1
    reversal = page.reverse_exchange()
    assert reversal is not None
    asked = reversal.question
    assert isinstance(asked, QInputDialog)
    asked.setTextValue("recorded for the wrong phase")
    asked.accept()
    question = reversal.question
    assert isinstance(question, QMessageBox) and "2 person(s) marked as returned go back" in question.text()
    with qtbot.waitSignal(reversal.reversed):
        question.findChild(QPushButton, "confirm_action").click()
    assert exchanges(db) == 0 and "is reversed" in reversal.question.text()  # type: ignore[union-attr]
    with db.read() as session:
        statuses = {p.external_id: p.status for p in session.scalars(select(Person)).all()}
    assert statuses["P2"] is PersonStatus.CAPTURED  # back to what it was
    assert page.reverse_exchange().question.objectName() != "reversal_reason"  # type: ignore[union-attr]  # nothing left


def test_exchange_day_does_not_bring_a_dead_man_home_without_a_reason(
    qtbot: QtBot, lists: ListsFacade, db: Database, tmp_path: Path
) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    record_as_deceased(db, "P2")
    dialog = page.exchange_day()
    assert dialog is not None
    row = next(r for r in range(2) if "P2" in dialog.table.item(r, 1).text())
    assert row == 0  # the rows to look at before ticking come first
    assert dialog.table.item(row, 2).text() == "deceased: check before ticking"
    dialog.tick_all.click()
    assert len(dialog.returned()) == 1  # everyone expected but him
    assert dialog.table.item(row, 0).checkState() == Qt.CheckState.Unchecked
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)  # the user ticks him anyway
    asked = dialog.question
    assert isinstance(asked, QInputDialog) and "records Мельник Олександр as deceased" in asked.labelText()
    asked.reject()  # no reason: he stays unticked
    assert dialog.table.item(row, 0).checkState() == Qt.CheckState.Unchecked
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    asked = dialog.question
    assert isinstance(asked, QInputDialog)
    asked.setTextValue("  ")
    asked.accept()  # OK with no reason: said, not silently unticked
    assert dialog.table.item(row, 0).checkState() == Qt.CheckState.Unchecked
    assert "marked came home only with a reason" in dialog.summary.text()
    dialog.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    asked = dialog.question
    assert isinstance(asked, QInputDialog)
    asked.setTextValue("identified in person at the crossing; death record was wrong")
    asked.accept()
    assert dialog.table.item(row, 0).checkState() == Qt.CheckState.Checked
    dialog.record_button.click()
    assert "Against the registry's record" in dialog.question.text()  # type: ignore[union-attr]
    dialog.question.reject()  # type: ignore[union-attr]
    summary = record_through_the_question(qtbot, page, dialog)
    assert summary.returned == 2
    with db.read() as session:
        person = persons.find_by_external_id(session, "P2")
        assert person is not None and person.status is PersonStatus.RETURNED
        events = session.scalars(select(StatusEvent.description).where(StatusEvent.person_id == person.id)).all()
    assert any("against the registry" in e and "death record was wrong" in e for e in events)


def test_exchange_day_refuses_a_dead_man_without_a_reason_in_the_service(
    lists: ListsFacade, db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    dead_id = record_as_deceased(db, "P2")
    node = page.nodes[page.current_list]  # type: ignore[index]
    with pytest.raises(ValidationError, match=r"Мельник Олександр \(P2\) is recorded as deceased"):
        lists.record_exchange_day(ExchangeDayInput(node.agreement_id, node.phase, dt.date.today(), (dead_id,)))
    assert exchanges(db) == 0  # nothing written


def test_a_listed_person_recorded_deceased_is_marked_and_opens_in_full(
    qtbot: QtBot, lists: ListsFacade, db: Database, tmp_path: Path
) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    registry = COLUMNS.index("Registry says")
    assert [page.model.index(r, registry).data() for r in range(page.model.rowCount())] == ["", "", ""]
    record_as_deceased(db, "P2")  # after the check: the marker is read afresh, not from the check
    page.show_result(lists.results(page.current_list))  # type: ignore[arg-type]
    row = next(r for r in range(page.model.rowCount()) if page.model.entry(r).person_external_id == "P2")  # type: ignore[union-attr]
    cell = page.model.index(row, registry)
    assert cell.data() == "recorded deceased"
    assert cell.data(Qt.ItemDataRole.BackgroundRole).color().name() == "#6c1a22"  # its own, strong colour
    page.filter.setCurrentIndex(FILTERS.index("Deceased, returned or on both lists"))
    assert page.model.rowCount() == 1 and page.model.entry(0).person_external_id == "P2"  # type: ignore[union-attr]
    page.table.setCurrentIndex(page.model.index(0, 2))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter (or a double-click) opens the entry
    dialog = page.entry_dialog
    assert dialog is not None
    text = dialog.text.toPlainText()
    assert "Registry says: recorded deceased" in text and "Мельник Олександр (P2)" in text
    assert "Criteria" in text and "under 25" in text  # every verdict, in full
    page.filter.setCurrentIndex(0)


def test_build_lock_export_and_compare(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    theirs = page.current_list
    dialog = page.build_list()
    dialog.only_compliant.setChecked(False)

    def built_from_registry(result: object) -> bool:  # not the other list shown while the tree reloads
        return result is not None and all(e.state is EntryMatchState.CONFIRMED for e in result.entries)  # type: ignore[attr-defined]

    with qtbot.waitSignal(page.checked, timeout=10_000, check_params_cb=built_from_registry) as built:
        dialog.accept()
    result = built.args[0]
    assert [e.person_external_id for e in result.entries] == ["P2"]  # the only captured person
    question = page.lock()
    assert question is not None and "can never be edited again" in question.text()
    question.reject()
    assert "locked as submitted" not in page.summary.text()
    question = page.lock()
    assert question is not None
    question.findChild(QPushButton, "confirm_action").click()
    assert "locked as submitted" in page.summary.text()
    target = tmp_path / "ours.xlsx"
    page.export_to(page.current_list, target)
    assert target.read_bytes().startswith(b"PK")
    page.reload(select=theirs)
    import_through_column_step(qtbot, page, tmp_path)  # the other side's list again: version 2 of it
    compare = page.compare()
    assert compare is not None and compare.summary.text() == "0 added, 0 removed, 0 changed"


def test_an_agreement_shows_its_criteria_and_lists_where_the_entries_were(
    qtbot: QtBot, lists: ListsFacade, tmp_path: Path
) -> None:
    """Selecting an agreement fills the space the entries table takes with the agreement in full
    and its lists; a list opens from there; the ID the CLI takes is shown and copied whole."""
    page = ListsPage(lists)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    import_through_column_step(qtbot, page, tmp_path)
    toolbar_at = page.import_button.mapTo(page, page.import_button.rect().topLeft())
    agreement = page.tree.topLevelItem(0)
    assert agreement is not None
    page.tree.setCurrentItem(agreement)
    assert page.stack.currentWidget() is page.overview
    text = page.overview.text.toPlainText()
    assert "Criteria v1: under 25 on 2025-06-02 or seriously wounded or seriously ill" in text
    assert page.overview.text.width() > 600  # not a squeezed column
    assert page.import_button.mapTo(page, page.import_button.rect().topLeft()) == toolbar_at  # the toolbar stays
    table = page.overview.lists
    assert table.rowCount() == agreement.childCount() >= 1
    agreement_id = page.tree.agreement_of(agreement)
    assert page.record_id.isVisible() and page.record_id.label.text().startswith("Agreement ID: ")
    page.record_id.copy_button.click()
    assert QApplication.clipboard().text() == str(agreement_id)
    list_id = uuid.UUID(table.item(0, 4).text())
    table.setCurrentCell(0, 0)
    table.activated.emit(table.currentIndex())  # double-click or Enter
    assert page.current_list == list_id and page.stack.currentWidget() is page.contents
    assert page.record_id.label.text().startswith("List ID: ")
    page.record_id.copy_button.click()
    assert QApplication.clipboard().text() == str(list_id)


def test_print_the_phase_list_to_a_preview_then_save_it(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    assert page.print_button.isEnabled()
    page.phase_list_action.trigger()
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.isVisible(), timeout=10_000)
    preview = page.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready)
    assert preview.document.pageCount() == 1
    assert "Коваленко" in preview.document.getAllText(0).text()
    assert preview.save_to(tmp_path / "phase")
    assert (tmp_path / "phase.pdf").read_bytes() == preview.pdf
    assert not page.busy
    preview.close()
    page.compliance_action.trigger()
    qtbot.waitUntil(lambda: page.preview is not preview and page.preview is not None, timeout=10_000)
    assert "Звіт про відповідність" in page.preview.document.getAllText(0).text()
    page.exchange_report_action.trigger()  # no exchange day yet: said plainly, nothing built
    qtbot.waitUntil(lambda: getattr(page, "error_box", None) is not None, timeout=10_000)
    assert "no exchange day has been recorded" in page.error_box.text()
    assert not page.busy


def test_the_entry_under_review_says_its_row_in_ukrainian(qtbot: QtBot, lists: ListsFacade, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.app import TRANSLATIONS

    page = ListsPage(lists)
    qtbot.addWidget(page)
    import_through_column_step(qtbot, page, tmp_path)
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_uk.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = page.review()
        assert dialog is not None and dialog.current is not None
        assert f"рядок {dialog.current.row}" in dialog.listed.text()
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_field_a_list_may_hold_has_a_label_in_the_import_dialog() -> None:
    assert set(LIST_FIELDS) <= set(FIELD_LABELS)  # a field without one stopped the dialog (KeyError)
