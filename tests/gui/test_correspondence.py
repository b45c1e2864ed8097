"""The Correspondence section driven as an officer would."""

import datetime as dt
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.facades.correspondence import CorrespondenceFacade
from desktop.facades.lists import ListsFacade
from desktop.facades.persons import PersonFacade, RegistryFacade
from models.core.db import Database
from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection, ThreadState
from models.correspondence import service as correspondence
from models.correspondence.dto import LetterInput
from views.app.main_window import MainWindow
from views.correspondence.page import CorrespondencePage


@pytest.fixture
def letters(db: Database) -> tuple[CorrespondenceFacade, uuid.UUID]:
    with db.write() as session:
        party = correspondence.add_counterparty(session, "МКЧХ", CounterpartyKind.ICRC)
        late = correspondence.open_thread(session, party, "Запит щодо Коваленка", due_on=dt.date(2025, 7, 1))
        correspondence.register_letter(
            session,
            late,
            LetterInput(
                LetterDirection.OUTGOING,
                subject="Запит",
                body="Просимо…",
                channel=LetterChannel.THROUGH_ICRC,
                sent_on=dt.date(2025, 6, 1),
            ),
        )
        calm = correspondence.open_thread(
            session, party, "Запит щодо Мельника", due_on=dt.date.today() + dt.timedelta(days=30)
        )
        correspondence.register_letter(
            session,
            calm,
            LetterInput(LetterDirection.OUTGOING, subject="Чернетка", body="…", channel=LetterChannel.EMAIL),
        )
    return CorrespondenceFacade(db), late


def test_threads_show_how_long_they_wait_and_the_overdue_view(
    qtbot: QtBot, letters: tuple[CorrespondenceFacade, uuid.UUID]
) -> None:
    page = CorrespondencePage(letters[0])
    qtbot.addWidget(page)
    assert page.table.rowCount() == 2
    assert page.table.item(0, 0).text() == "Запит щодо Коваленка"  # overdue first
    assert int(page.table.item(0, 5).text()) == (dt.date.today() - dt.date(2025, 7, 1)).days
    page.table.selectRow(0)
    thread = page.current_thread
    assert thread is not None and not page.record_id.isHidden()
    assert page.record_id.label.text().startswith("Thread ID: ")  # what `report letters THREAD_ID` takes
    page.record_id.copy_button.click()
    assert QApplication.clipboard().text() == str(thread.id)
    page.view.setCurrentIndex(1)
    assert page.table.rowCount() == 1


def test_register_an_incoming_reply(
    qtbot: QtBot, letters: tuple[CorrespondenceFacade, uuid.UUID], db: Database
) -> None:
    facade, late = letters
    page = CorrespondencePage(facade)
    qtbot.addWidget(page)
    page.table.selectRow(0)
    dialog = page.new_letter(LetterDirection.INCOMING)
    assert dialog is not None
    dialog.date.setDate(QDate(2025, 7, 20))
    dialog.their_reference.setText("ИСХ-77")
    dialog.subject.setText("Відповідь")
    dialog.body.setPlainText("Відомостями не володіємо.")
    dialog.accept()
    assert page.table.rowCount() == 1  # answered: no longer open
    with db.read() as session:
        threads = correspondence.thread_summaries(session, include_closed=True)
        answered = next(t for t in threads if t.id == late)
        reply = correspondence.thread_letters(session, late)[-1]
    assert answered.state is ThreadState.ANSWERED
    assert (reply.their_reference, reply.our_reference, reply.received_on) == (
        "ИСХ-77",
        "CL-2025/0002",
        dt.date(2025, 7, 20),
    )


def test_a_draft_is_edited_then_sent_and_frozen(
    qtbot: QtBot, letters: tuple[CorrespondenceFacade, uuid.UUID], db: Database
) -> None:
    page = CorrespondencePage(letters[0])
    qtbot.addWidget(page)
    page.table.selectRow(1)
    assert page.current_letter is not None and page.current_letter.our_reference is None
    assert not page.text.isReadOnly()
    draft = page.current_letter
    page.text.setPlainText("Просимо надати відомості про Мельника Олександра.")
    # a trial lost a draft's text by clicking another thread: leaving it saves it
    page.table.selectRow(0)
    assert page.draft_status.text().startswith("Draft saved at")
    page.table.selectRow(1)
    assert page.current_letter is not None and page.current_letter.id == draft.id
    assert page.text.toPlainText() == "Просимо надати відомості про Мельника Олександра."
    assert letters[0].letters(page.threads[1].id)[-1].body == page.text.toPlainText()  # in the database
    question = page.mark_sent()
    assert question is not None and "is never edited" in question.text()
    assert question.defaultButton() == question.button(QMessageBox.StandardButton.Cancel)
    question.reject()  # Cancel: no number taken
    assert page.current_letter is not None and page.current_letter.our_reference is None
    question = page.mark_sent()
    assert question is not None
    question.findChild(QPushButton, "confirm_action").click()
    page.table.selectRow(next(i for i, t in enumerate(page.threads) if t.subject == "Запит щодо Мельника"))
    sent = page.current_letter
    assert sent is not None and sent.our_reference is not None and sent.body.startswith("Просимо надати")
    assert page.text.isReadOnly() and not page.send_button.isEnabled()
    page.search.setText(sent.our_reference)
    page.find_letters()
    assert page.current_letter is not None and page.current_letter.id == sent.id


def test_drafting_a_clarification_from_the_lists_section(
    qtbot: QtBot, db: Database, settings: QSettings, tmp_path: Path
) -> None:
    from models.lists import agreements
    from tests.helpers.gui_lists import import_through_column_step
    from tests.helpers.lists import AGREEMENT

    with db.write() as session:
        agreements.create_agreement(session, AGREEMENT)
    window = MainWindow(
        RegistryFacade(db), settings, people=PersonFacade(db), lists=ListsFacade(db), letters=CorrespondenceFacade(db)
    )
    qtbot.addWidget(window)
    assert window.lists is not None and window.correspondence is not None
    import_through_column_step(qtbot, window.lists, tmp_path)  # nobody is in the registry: every line needs clarifying
    window.lists.draft_clarification()
    assert window.stack.currentWidget() is window.correspondence
    thread = window.correspondence.current_thread
    assert thread is not None and thread.subject.startswith("Запит про уточнення списку")
    letter = window.correspondence.current_letter
    assert (
        letter is not None and "Рядок 1: Коваленко Сергей" in letter.body and "Row 3: Мельник Александр" in letter.body
    )
    qtbot.waitUntil(lambda: all("clarification requested" in e.flags for e in window.lists.model.entries()))


def test_a_template_fills_the_letter(qtbot: QtBot, db: Database) -> None:
    from models.persons import service as persons
    from models.persons.dto import PersonInput

    with db.write() as session:
        person = persons.create_person(
            session, PersonInput(external_id="T-9", surname="Ткаченко", given_names="Андрій")
        )
        party = correspondence.add_counterparty(session, "Інша сторона", CounterpartyKind.OTHER_SIDE)
        correspondence.open_thread(session, party, "Ткаченко", links=[("person", person.id)])
    page = CorrespondencePage(CorrespondenceFacade(db))
    qtbot.addWidget(page)
    dialog = page.new_letter(LetterDirection.OUTGOING)
    assert dialog is not None
    dialog.template.setCurrentIndex(dialog.template.findData("person_information_request"))
    assert "щодо Ткаченка Андрія" in dialog.subject.text() and "Article 122" in dialog.body.toPlainText()
    dialog.template.setCurrentIndex(dialog.template.findData("reply_acknowledgment"))
    assert "no letter has been received" in dialog.problem.text()


def test_counterparties_are_a_managed_list(qtbot: QtBot, letters: tuple[CorrespondenceFacade, uuid.UUID]) -> None:
    page = CorrespondencePage(letters[0])
    qtbot.addWidget(page)
    dialog = page.counterparties()
    assert dialog.table.rowCount() == 1
    dialog.name.setText("Уповноважений ВРУ з прав людини")
    dialog.kind.setCurrentIndex(dialog.kind.findData(CounterpartyKind.OMBUDSPERSON))
    dialog.add()
    assert dialog.table.rowCount() == 2 and dialog.problem.text() == ""
    dialog.name.setText("МКЧХ")
    dialog.add()
    assert "exists already" in dialog.problem.text()


def test_a_scan_is_attached_to_a_letter(
    qtbot: QtBot, letters: tuple[CorrespondenceFacade, uuid.UUID], tmp_path: Path
) -> None:
    page = CorrespondencePage(letters[0])
    qtbot.addWidget(page)
    scan = tmp_path / "reply-scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    with qtbot.waitSignal(page.attached):
        page.attach_files([scan])
    assert page.files.text() == "Attached: reply-scan.pdf"


def test_a_thread_prints_with_its_log_and_letters(
    qtbot: QtBot, letters: tuple[CorrespondenceFacade, uuid.UUID]
) -> None:
    page = CorrespondencePage(letters[0])
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0)
    page.table.selectRow(0)
    assert page.current_thread is not None and page.print_button.isEnabled()
    page.print_button.click()
    qtbot.waitUntil(lambda: page.preview is not None, timeout=10_000)
    assert page.preview is not None
    text = " ".join(page.preview.document.getAllText(0).text().split())
    assert page.current_thread.subject in text
    assert "Журнал листування / Correspondence log" in text and "через МКЧХ / via ICRC" in text


def test_closing_a_thread_asks_first(qtbot: QtBot, letters: tuple[CorrespondenceFacade, uuid.UUID]) -> None:
    page = CorrespondencePage(letters[0])
    qtbot.addWidget(page)
    page.table.selectRow(0)
    before = len(page.threads)
    question = page.close_thread()
    assert question is not None and "no reply is awaited any more" in question.text()
    question.reject()
    assert len(page.threads) == before
    question = page.close_thread()
    assert question is not None
    question.findChild(QPushButton, "confirm_action").click()
    assert len(page.threads) == before - 1
