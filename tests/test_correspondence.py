"""Clarification correspondence: numbering, immutability, waiting and overdue, drafting from a list."""

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from desktop.cli import main
from models.core.db import Database
from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection, PersonStatus, Side, ThreadState
from models.core.errors import ValidationError
from models.core.partial_date import PartialDate
from models.correspondence import service as correspondence
from models.correspondence.dto import LetterInput
from models.lists import agreements
from models.lists import service as lists
from models.lists.clarification import draft_clarification
from models.office import settings as office_settings
from models.persons import service as persons
from models.persons.dto import PersonInput
from models.remains.dto import DecisionInput, ProposalInput, RemainsCaseInput
from tests.helpers.database import ADMIN, PASSWORD


@pytest.fixture
def thread(db: Database) -> tuple[Database, uuid.UUID]:
    with db.write() as session:
        party = correspondence.add_counterparty(session, "МКЧХ", CounterpartyKind.ICRC)
        return db, correspondence.open_thread(session, party, "Запит щодо Коваленка", due_on=dt.date(2025, 7, 1))


def test_drafts_get_their_number_when_sent_without_gaps(thread: tuple[Database, uuid.UUID]) -> None:
    db, thread_id = thread
    with db.write() as session:
        draft = correspondence.register_letter(
            session,
            thread_id,
            LetterInput(LetterDirection.OUTGOING, subject="s", body="b", channel=LetterChannel.EMAIL),
        )
        assert draft.our_reference is None
        other = correspondence.register_letter(
            session,
            thread_id,
            LetterInput(LetterDirection.OUTGOING, subject="s2", body="b", channel=LetterChannel.EMAIL),
        )
        first = correspondence.mark_sent(session, other.id, dt.date(2025, 6, 1), LetterChannel.EMAIL)
        second = correspondence.mark_sent(session, draft.id, dt.date(2025, 6, 2), LetterChannel.THROUGH_ICRC)
    assert (first.our_reference, second.our_reference) == ("CL-2025/0001", "CL-2025/0002")


def test_a_sent_letter_is_never_edited_only_corrected(thread: tuple[Database, uuid.UUID]) -> None:
    db, thread_id = thread
    with db.write() as session:
        sent = correspondence.register_letter(
            session,
            thread_id,
            LetterInput(
                LetterDirection.OUTGOING,
                subject="s",
                body="b",
                channel=LetterChannel.EMAIL,
                sent_on=dt.date(2025, 6, 1),
            ),
        )
        with pytest.raises(ValidationError, match="never edited"):
            correspondence.update_draft(session, sent.id, subject="x", body="y", channel=LetterChannel.EMAIL)
        correction = correspondence.register_correction(
            session, sent.id, subject="s (correction)", body="b2", sent_on=dt.date(2025, 6, 2)
        )
        letters = correspondence.thread_letters(session, thread_id)
    assert [letter.subject for letter in letters] == ["s", "s (correction)"]
    assert letters[1].corrects_letter_id == sent.id and correction.our_reference == "CL-2025/0002"


def test_a_reply_is_never_due_before_the_letter_asking_for_it_was_sent(thread: tuple[Database, uuid.UUID]) -> None:
    db, thread_id = thread  # the thread's reply was due on 2025-07-01
    with db.write() as session:
        draft = correspondence.register_letter(
            session,
            thread_id,
            LetterInput(LetterDirection.OUTGOING, subject="s", body="b", channel=LetterChannel.EMAIL),
        )
        correspondence.mark_sent(session, draft.id, dt.date(2026, 11, 2), LetterChannel.EMAIL)
        summary = correspondence.thread_summary(session, thread_id, today=dt.date(2026, 11, 30))
    assert summary.due_on == dt.date(2026, 11, 16)  # 14 days, the office's default
    assert (summary.days_waiting, summary.days_overdue) == (28, 14)  # not "overdue 517"
    with db.write() as session:
        office_settings.set_setting(session, "reply_due_days", "30")
        later = correspondence.register_letter(
            session,
            thread_id,
            LetterInput(LetterDirection.OUTGOING, subject="s2", body="b", channel=LetterChannel.EMAIL),
        )
        correspondence.mark_sent(session, later.id, dt.date(2026, 11, 20), LetterChannel.EMAIL)
        summary = correspondence.thread_summary(session, thread_id, today=dt.date(2026, 11, 30))
    assert summary.due_on == dt.date(2026, 12, 20) and summary.days_overdue is None


def test_waiting_and_overdue(thread: tuple[Database, uuid.UUID]) -> None:
    db, thread_id = thread
    with db.write() as session:
        correspondence.register_letter(
            session,
            thread_id,
            LetterInput(
                LetterDirection.OUTGOING,
                subject="s",
                body="b",
                channel=LetterChannel.EMAIL,
                sent_on=dt.date(2025, 6, 1),
            ),
        )
        summary = correspondence.thread_summaries(session, dt.date(2025, 7, 11))[0]
        assert (summary.state, summary.days_waiting, summary.days_overdue) == (ThreadState.AWAITING_REPLY, 40, 10)
        assert correspondence.thread_summaries(session, dt.date(2025, 6, 20), only_overdue=True) == []
        correspondence.register_letter(
            session,
            thread_id,
            LetterInput(
                LetterDirection.INCOMING,
                subject="reply",
                body="",
                channel=LetterChannel.EMAIL,
                received_on=dt.date(2025, 7, 12),
            ),
        )
        assert correspondence.thread_summaries(session, dt.date(2025, 7, 20)) == []  # answered: not open
        found = correspondence.search_letters(session, "REPLY")
    assert [letter.subject for letter in found] == ["reply"]


def test_drafting_from_a_checked_list(
    db: Database, db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with db.write() as session:
        persons.create_person(
            session,
            PersonInput(
                external_id="P1",
                surname="Коваленко",
                given_names="Сергій",
                date_of_birth=PartialDate(1996, 3, 2),
                status=PersonStatus.CAPTURED,
            ),
        )
        agreement = agreements.create_agreement(
            session, {"title": "Обмін", "criteria": [{"kind": "under_age", "age": 25, "on": "2025-06-02"}]}
        )
        text = "ФИО;Дата рождения\nКоваленко Сергей;02.03.1996\nНеизвестный Петр;01.01.1990\n"
        imported = lists.import_list(session, text.encode(), "l.csv", agreement.id, Side.THEIRS, 1)
        lists.check_list(session, imported.version.list_id)
        thread_id = draft_clarification(session, imported.version.list_id, today=dt.date(2025, 6, 10))
        letters = correspondence.thread_letters(session, thread_id)
        result = lists.list_results(session, imported.version.list_id)
    body = letters[0].body
    assert "Рядок 1: Коваленко Сергей, 02.03.1996 — дата народження 02.03.1996" in body
    assert "Row 2: Неизвестный Петр, 01.01.1990 — the person is not found in our registry" in body
    assert letters[0].our_reference is None  # a draft until it is sent
    assert all("clarification requested" in e.flags for e in result.entries)
    db.close()
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    assert (
        main(["--db", str(db_path), "--user", ADMIN, "letters", "draft-clarification", str(imported.version.list_id)])
        == 0
    )
    assert uuid.UUID(capsys.readouterr().out.strip())
    assert main(["--db", str(db_path), "--user", ADMIN, "letters", "overdue", "--json"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    # The thread drafted "on 2025-06-10" was due two weeks later; the one drafted today is not due yet.
    assert [t["thread_id"] for t in overdue] == [str(thread_id)]
    assert overdue[0]["days_overdue"] == (dt.date.today() - dt.date(2025, 6, 24)).days
    assert set(overdue[0]) >= {
        "thread_id",
        "subject",
        "counterparty",
        "state",
        "due_on",
        "days_waiting",
        "days_overdue",
    }


def test_a_clarification_names_a_listed_person_we_record_as_deceased(db: Database) -> None:
    with db.write() as session:
        persons.create_person(
            session,
            PersonInput(
                external_id="P7",
                surname="Бондар",
                given_names="Ігор",
                date_of_birth=PartialDate(2002, 5, 4),
                status=PersonStatus.DECEASED,
            ),
        )
        agreement = agreements.create_agreement(session, {"title": "Обмін", "criteria": [{"kind": "all_for_all"}]})
        text = "ФИО;Дата рождения\nБондарь Игорь;04.05.2002\n"
        imported = lists.import_list(session, text.encode(), "l.csv", agreement.id, Side.THEIRS, 1)
        lists.check_list(session, imported.version.list_id)
        [entry] = lists.list_results(session, imported.version.list_id).entries
        assert entry.public_state == "matched" and entry.compliant is True and entry.alert == "deceased"
        thread_id = draft_clarification(session, imported.version.list_id, today=dt.date(2025, 6, 10))
        body = correspondence.thread_letters(session, thread_id)[0].body
    assert "Рядок 1: Бондарь Игорь, 04.05.2002 — за нашим реєстром особа загинула" in body
    assert "Row 1: Бондарь Игорь, 04.05.2002 — our registry records the person as deceased" in body


def test_concurrent_registrations_get_distinct_numbers(db_path: Path) -> None:
    """Two windows (or a window and the CLI) registering at the same moment: BEGIN IMMEDIATE
    serialises the writers, so numbers never repeat and never skip."""
    import threading

    from models.core.db import Database as Db

    setup = Db.open(db_path, ADMIN, PASSWORD)
    with setup.write() as session:
        party = correspondence.add_counterparty(session, "Омбудсман", CounterpartyKind.OMBUDSPERSON)
        thread_id = correspondence.open_thread(session, party, "Паралельні листи")
    setup.close()
    references: list[str] = []
    errors: list[BaseException] = []

    def register(count: int) -> None:
        database = Db.open(db_path, ADMIN, PASSWORD)
        try:
            for _ in range(count):
                with database.write() as session:
                    letter = correspondence.register_letter(
                        session,
                        thread_id,
                        LetterInput(
                            LetterDirection.OUTGOING,
                            subject="s",
                            body="b",
                            channel=LetterChannel.EMAIL,
                            sent_on=dt.date(2025, 3, 1),
                        ),
                    )
                    assert letter.our_reference is not None
                    references.append(letter.our_reference)
        except BaseException as exc:
            errors.append(exc)
        finally:
            database.close()

    workers = [threading.Thread(target=register, args=(15,)) for _ in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert errors == []
    assert sorted(references) == [f"CL-2025/{n:04d}" for n in range(1, 46)]


def test_templates_filled_from_the_records(db: Database) -> None:
    from models.core.enums import IdentificationDecision, IdentificationMethod
    from models.correspondence.templates import fill_template
    from models.office import settings
    from models.remains import cases as remains
    from models.remains import identification

    with db.write() as session:
        person = persons.create_person(
            session,
            PersonInput(
                external_id="T-1",
                surname="Ткаченко",
                given_names="Андрій",
                service_number="А777777",
                date_of_birth=PartialDate(1990, 5, 5),
            ),
        )
        party = correspondence.add_counterparty(session, "Інша сторона", CounterpartyKind.OTHER_SIDE)
        thread_id = correspondence.open_thread(session, party, "Ткаченко", links=[("person", person.id)])
        subject, body = fill_template(session, "person_information_request", thread_id)
        # sex not recorded: told from the given name; the facts and the English part keep the nominative
        assert "щодо Ткаченка Андрія" in subject and "стан здоров'я Ткаченка Андрія:" in body
        assert "прізвище, ім'я, по батькові: Ткаченко Андрій" in body and "name: Ткаченко Андрій" in body
        assert "особистий номер: А777777" in body and "Article 122" in body
        with pytest.raises(ValidationError, match="no letter has been received"):
            fill_template(session, "reply_acknowledgment", thread_id)
        correspondence.register_letter(
            session,
            thread_id,
            LetterInput(
                LetterDirection.INCOMING,
                subject="Відповідь",
                body="",
                channel=LetterChannel.EMAIL,
                received_on=dt.date(2025, 8, 1),
                their_reference="ИСХ-5",
            ),
        )
        assert "№ ИСХ-5 від 01.08.2025" in fill_template(session, "reply_acknowledgment", thread_id)[1]
        with pytest.raises(ValidationError, match="no identification"):
            fill_template(session, "identification_notification", thread_id)
        case = remains.create_case(session, RemainsCaseInput(case_number="PM-77"))
        settings.set_setting(session, "board_signatures_required", "1")
        proposal = identification.propose(
            session,
            ProposalInput(case.id, person.id, IdentificationDecision.IDENTIFIED, IdentificationMethod.PRIMARY, "DNA"),
        )
        identification.sign(session, proposal, approves=True)
        identification.decide(session, proposal, DecisionInput(dt.date(2025, 9, 1), certificate_number="DC-1"))
        assert "справа PM-77" in fill_template(session, "identification_notification", thread_id)[1]


def test_ukrainian_letters_decline_the_name_and_rank(db: Database) -> None:
    """ "щодо кого", "належать кому": the Ukrainian part puts the person and the rank in the case
    its sentence needs (models.correspondence.declension); the English part is as it was."""
    from models.core.enums import IdentificationDecision, IdentificationMethod, Sex
    from models.correspondence.templates import fill_template
    from models.office import settings
    from models.remains import cases as remains
    from models.remains import identification

    with db.write() as session:
        person = persons.create_person(
            session,
            PersonInput(
                external_id="T-2",
                surname="Левицька",
                given_names="Ольга",
                patronymic="Петрівна",
                sex=Sex.FEMALE,
                rank="старший лейтенант",
                date_of_birth=PartialDate(1994, 3, 2),
            ),
        )
        soldier = persons.create_person(
            session,
            PersonInput(
                external_id="T-3", surname="Бондар", given_names="Лев", patronymic="Іванович", rank="штаб-сержант"
            ),
        )
        party = correspondence.add_counterparty(session, "МКЧХ", CounterpartyKind.ICRC)
        thread_id = correspondence.open_thread(session, party, "Левицька", links=[("person", person.id)])
        subject, body = fill_template(session, "person_information_request", thread_id)
        assert subject.startswith("Запит про надання відомостей щодо старшого лейтенанта Левицької Ольги Петрівни /")
        assert "стан здоров'я старшого лейтенанта Левицької Ольги Петрівни:" in body
        assert "- name: Левицька Ольга Петрівна" in body  # English: unchanged

        other = correspondence.open_thread(session, party, "Бондар", links=[("person", soldier.id)])
        assert (
            "щодо штаб-сержанта Бондаря Льва Івановича"
            in fill_template(session, "person_information_request", other)[0]
        )

        case = remains.create_case(session, RemainsCaseInput(case_number="PM-78"))
        settings.set_setting(session, "board_signatures_required", "1")
        proposal = identification.propose(
            session,
            ProposalInput(case.id, person.id, IdentificationDecision.IDENTIFIED, IdentificationMethod.PRIMARY, "DNA"),
        )
        identification.sign(session, proposal, approves=True)
        identification.decide(session, proposal, DecisionInput(dt.date(2025, 9, 1), certificate_number="DC-2"))
        subject, body = fill_template(session, "identification_notification", thread_id)
        assert subject.startswith("Повідомлення про ідентифікацію старшого лейтенанта Левицької Ольги Петрівни /")
        assert "останки (справа PM-78) належать старшому лейтенанту Левицькій Ользі Петрівні" in body
        assert "identified the remains in case PM-78 as Левицька Ольга Петрівна" in body


def test_a_long_clarification_lists_its_lines_in_an_attached_annex(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 6,000-line list's draft was 1.16 million characters and failed as a letter (make bench):
    past LINES_IN_BODY the lines go into a workbook attached to the letter, both languages."""
    import io

    from openpyxl import load_workbook

    from models.core.attachments import attachment_data, attachments_of
    from models.lists import clarification

    monkeypatch.setattr(clarification, "LINES_IN_BODY", 1)
    with db.write() as session:
        agreement = agreements.create_agreement(
            session, {"title": "Обмін", "criteria": [{"kind": "under_age", "age": 25, "on": "2025-06-02"}]}
        )
        text = "ФИО;Дата рождения\nНеизвестный Петр;01.01.1990\nНевідомий Іван;02.02.1991\n"
        imported = lists.import_list(session, text.encode(), "l.csv", agreement.id, Side.THEIRS, 1)
        lists.check_list(session, imported.version.list_id)
        thread_id = draft_clarification(session, imported.version.list_id, today=dt.date(2025, 6, 10))
        (letter,) = correspondence.thread_letters(session, thread_id)
        (annex,) = attachments_of(session, "letter", letter.id)
        data = attachment_data(session, annex.id)
    assert "Їх перелічено в додатку clarification-v1.xlsx" in letter.body and "Неизвестный" not in letter.body
    assert "the annex clarification-v1.xlsx" in letter.body and "(2)" in letter.body
    rows = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][0] == "Рядок / Row" and len(rows) == 3
    assert rows[1][1] == "Неизвестный Петр" and rows[1][4] == "the person is not found in our registry"
