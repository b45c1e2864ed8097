import datetime as dt
import uuid

import pytest
from sqlalchemy import func, select

from models.core import attachments
from models.core.changelog import verify_chain
from models.core.db import Database
from models.core.entities import AnteMortemRecord, Blob, Person
from models.core.enums import ChangeOp, Health, MarkKind, NameForm, PersonStatus, StatusEventKind, ToothState
from models.core.errors import PermissionDenied, RepatriaError, ValidationError
from models.core.partial_date import PartialDate
from models.persons import duplicates
from models.persons import service as persons
from models.persons.dto import NextOfKinInput, PersonInput, StatusEventInput
from models.persons.duplicates import dates_compatible, find_duplicates, merge_persons
from models.persons.history import person_history
from models.persons.search import search_persons
from models.remains.ante_mortem import ante_mortem_view, save_ante_mortem_with_details
from models.remains.dto import AnteMortemInput, ImplantSpec, Mark, PhysicalDetails

KOVALENKO = PersonInput(
    external_id="D-1",
    surname="Коваленко",
    given_names="Олександр",
    patronymic="Іванович",
    date_of_birth=PartialDate(1990, 3, 4),
    service_number="А111111",
)


@pytest.fixture
def existing(db: Database) -> Database:
    with db.write() as session:
        persons.create_person(session, KOVALENKO)
        persons.create_person(
            session,
            PersonInput(
                external_id="D-2", surname="Коваленко", given_names="Олександр", date_of_birth=PartialDate(1975, 1, 1)
            ),
        )
    return db


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("1990-03-04", "1990-03-04", True),
        ("1990-03-04", "1990-04-03", True),  # day and month swapped on the other side's list
        ("1990-03-04", "1990", True),
        ("1990-03-04", "1991-03-04", False),
    ],
)
def test_dates_compatible(a: str, b: str, same: bool) -> None:
    assert dates_compatible(PartialDate.parse(a), PartialDate.parse(b))[0] is same


@pytest.mark.parametrize(
    "candidate",
    [
        PersonInput(
            external_id="N", surname="Kovalenko", given_names="Aleksandr", date_of_birth=PartialDate(1990, 4, 3)
        ),
        PersonInput(external_id="N", surname="Коваленко", given_names="Александр", patronymic="Иванович"),
        PersonInput(external_id="N", surname="Коваленко", given_names="Олександр", date_of_birth=PartialDate(1990)),
    ],
)
def test_likely_duplicates_are_found_across_scripts(existing: Database, candidate: PersonInput) -> None:
    with existing.read() as session:
        found = find_duplicates(session, candidate)
    assert found and found[0].row.external_id == "D-1"
    assert any("name matches" in r for r in found[0].reasons)


def test_a_different_birth_date_is_not_a_duplicate(existing: Database) -> None:
    with existing.read() as session:
        found = find_duplicates(
            session,
            PersonInput(
                external_id="N", surname="Коваленко", given_names="Олександр", date_of_birth=PartialDate(2001, 1, 1)
            ),
        )
    assert found == []


def test_merge_keeps_both_histories(existing: Database) -> None:
    with existing.write() as session:
        keep = persons.find_by_external_id(session, "D-1")
        other = persons.create_person(
            session,
            PersonInput(
                external_id="D-9",
                surname="Kovalenko",
                given_names="Aleksandr",
                health=Health.SICK,
                status=PersonStatus.CAPTURED,
            ),
        )
        persons.add_status_event(session, other.id, StatusEventInput(StatusEventKind.CAPTURED, PartialDate(2024, 5)))
        persons.add_next_of_kin(session, other.id, NextOfKinInput("Коваленко Марія", relationship="мати"))
        attachments.add_attachment(session, "person", other.id, "photo.jpg", b"\xff\xd8jpeg")
    assert keep is not None
    merged = PersonInput(**{**keep.as_input().__dict__, "health": Health.SICK, "status": PersonStatus.CAPTURED})
    viewerless = merged
    with existing.write() as session:
        result = merge_persons(session, keep.id, other.id, viewerless)
    assert result.health is Health.SICK and result.external_id == "D-1"
    with existing.read() as session:
        assert session.get(Person, other.id) is None
        assert [e.kind for e in persons.status_events(session, keep.id)] == [StatusEventKind.CAPTURED]
        assert persons.next_of_kin(session, keep.id)[0].name == "Коваленко Марія"
        assert attachments.attachments_of(session, "person", keep.id)[0].filename == "photo.jpg"
        assert any(n.form is NameForm.OTHER and n.surname == "Kovalenko" for n in persons.names(session, keep.id))
        assert "D-1" in [h.row.external_id for h in search_persons(session, "Kovalenko Aleksandr")]
        history = person_history(session, keep.id)
    ops = {(h.entity, h.op) for h in history}
    assert ("person", ChangeOp.UPDATE) in ops  # the chosen values
    assert ("status_event", ChangeOp.UPDATE) in ops  # moved from the other record
    assert ("status_event", ChangeOp.CREATE) in ops  # ... whose own history is kept


def test_merge_needs_a_supervisor_and_two_records(existing: Database) -> None:
    from models.core.changelog import Actor
    from models.core.enums import Role

    clerk = Actor(None, "clerk", existing.actor.office_id, Role.CLERK)
    with existing.read() as session:
        one = persons.find_by_external_id(session, "D-1")
    assert one is not None
    with pytest.raises(PermissionDenied), existing.write(clerk) as session:
        merge_persons(session, one.id, one.id, one.as_input())
    with pytest.raises(RepatriaError, match="with itself"), existing.write() as session:
        merge_persons(session, one.id, one.id, one.as_input())


def test_history_lists_field_changes(existing: Database) -> None:
    with existing.write() as session:
        person = persons.find_by_external_id(session, "D-1")
        assert person is not None
        persons.update_person(session, person.id, PersonInput(**{**person.as_input().__dict__, "rank": "сержант"}))
    with existing.read() as session:
        history = person_history(session, person.id)
    assert (history[0].field, history[0].old, history[0].new) == ("rank", None, "сержант") or (
        history[0].field,
        history[0].new,
    ) == ("rank", "сержант")
    assert history[-1].op is ChangeOp.CREATE and history[0].author == "admin"


def test_attachments_are_stored_once_per_content(db: Database) -> None:
    with db.write() as session:
        person = persons.create_person(session, PersonInput(external_id="A-1", surname="Шевчук"))
        first = attachments.add_attachment(session, "person", person.id, "scan.pdf", b"%PDF-1.4 same")
        second = attachments.add_attachment(session, "person", person.id, "copy.pdf", b"%PDF-1.4 same")
        assert first.blob_sha256 == second.blob_sha256 and first.media_type == "application/pdf"
        assert session.execute(select(func.count()).select_from(Blob)).scalar_one() == 1
        attachments.remove_attachment(session, first.id)
        assert attachments.attachment_data(session, second.id) == b"%PDF-1.4 same"
        attachments.remove_attachment(session, second.id)
        assert session.execute(select(func.count()).select_from(Blob)).scalar_one() == 0
        with pytest.raises(ValidationError, match="cannot be attached"):
            attachments.add_attachment(session, "office", person.id, "x", b"")
    _ = dt


@pytest.fixture
def two_accounts(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    """Two records of one person, each with a family's account (ante-mortem data)."""
    with db.write() as session:
        keep = persons.create_person(session, PersonInput(external_id="AM-1", surname="Коваленко")).id
        other = persons.create_person(session, PersonInput(external_id="AM-2", surname="Коваленко")).id
        save_ante_mortem_with_details(
            session,
            keep,
            AnteMortemInput(stature_cm=180, medical_history="перелом лівої ноги", notes="зі слів матері"),
            PhysicalDetails(
                {36: ToothState.FILLED, 21: ToothState.PRESENT}, [Mark(MarkKind.TATTOO, "праве передпліччя", "хрест")]
            ),
        )
        save_ante_mortem_with_details(
            session,
            other,
            AnteMortemInput(stature_cm=178, hair="русяве", medical_history="апендектомія", notes="зі слів дружини"),
            PhysicalDetails(
                {36: ToothState.CROWNED, 11: ToothState.CROWNED},
                [Mark(MarkKind.SCAR, "ліве коліно", "5 см")],
                [ImplantSpec("пластина, ліва гомілка", "SN-77")],
            ),
        )
    return keep, other


def test_two_families_accounts_are_merged_with_the_persons_and_nothing_of_them_is_lost(
    db: Database, two_accounts: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """Found by the new-user trial (am_merge): two records of one person that both had a
    family's account (ante-mortem data) could not be merged at all ("merge those first", and
    nothing merged them). The other account now joins the kept one: marks and implants move,
    free texts are both kept, a tooth keeps the kept chart's state and the other's differing
    state is noted, a differing short value is noted, an empty one is filled."""
    keep, other = two_accounts
    with db.write() as session:
        assert duplicates.merge_refusal(session, keep, other) is None
        merge_persons(session, keep, other, persons.get_person(session, keep).as_input())
    with db.read() as session:
        view = ante_mortem_view(session, keep)
        assert session.scalar(select(func.count()).select_from(AnteMortemRecord)) == 1
        assert verify_chain(session).ok
    record = view.record
    assert record is not None
    assert record.stature_cm == 180 and record.hair == "русяве"
    assert record.medical_history == "перелом лівої ноги\n\nапендектомія"
    assert record.notes == "зі слів матері\n\n[AM-2] tooth 36: crowned; stature_cm: 178; зі слів дружини"
    assert view.dental == {36: ToothState.FILLED, 21: ToothState.PRESENT, 11: ToothState.CROWNED}
    assert sorted(m.kind for m in view.marks) == [MarkKind.SCAR, MarkKind.TATTOO]
    assert [i.serial_number for i in view.implants] == ["SN-77"]


def test_a_merge_taken_back_gives_each_person_their_familys_account_again(
    db: Database, two_accounts: tuple[uuid.UUID, uuid.UUID]
) -> None:
    """Unmerging after two accounts were joined: the other person's account comes back whole
    (its fields, marks, implants and the tooth the merge noted), and the kept account is as it
    was before the merge."""
    keep, other = two_accounts
    with db.read() as session:
        before = (ante_mortem_view(session, keep), ante_mortem_view(session, other))
    with db.write() as session:
        merge_persons(session, keep, other, persons.get_person(session, keep).as_input())
    with db.write() as session:
        duplicates.unmerge_persons(session, other, "different people after all")
    with db.read() as session:
        after = (ante_mortem_view(session, keep), ante_mortem_view(session, other))
        assert verify_chain(session).ok
    for was, now in zip(before, after, strict=True):
        assert now.record is not None and was.record is not None
        assert (now.record.id, now.record.stature_cm, now.record.hair, now.record.notes) == (
            was.record.id,
            was.record.stature_cm,
            was.record.hair,
            was.record.notes,
        )
        assert now.record.medical_history == was.record.medical_history
        assert now.dental == was.dental
        assert sorted(m.text() for m in now.marks) == sorted(m.text() for m in was.marks)
        assert now.implants == was.implants
