import uuid

import pytest
from sqlalchemy import select, text

from models.core.changelog import MissingActorError, verify_chain
from models.core.db import Database
from models.core.entities import ChangeEvent, NextOfKin, Person
from models.core.enums import ChangeOp, PersonStatus
from models.persons.dto import PersonInput
from models.persons.service import create_person, update_person


def _events(db: Database) -> list[ChangeEvent]:
    with db.read() as session:
        return list(session.scalars(select(ChangeEvent).order_by(ChangeEvent.seq)))


def test_every_write_is_logged_with_field_level_old_and_new_values(db: Database) -> None:
    with db.write() as session:
        person = create_person(session, PersonInput(external_id="E-1", surname="Мельник", given_names="Тарас"))
    with db.write() as session:
        update_person(
            session,
            person.id,
            PersonInput(external_id="E-1", surname="Мельник", given_names="Тарас", status=PersonStatus.CAPTURED),
        )
    with db.write() as session:
        session.delete(session.get(Person, person.id))
    events = [e for e in _events(db) if e.record_id == person.id]
    assert [e.op for e in events] == [ChangeOp.CREATE, ChangeOp.UPDATE, ChangeOp.DELETE]
    assert events[0].changes["surname"] == [None, "Мельник"]
    assert events[1].changes == {"status": ["missing", "captured"]}
    assert events[2].changes["surname"] == ["Мельник", None]
    assert all(e.author_name == "admin" and e.office_id == db.actor.office_id for e in events)
    seqs = [e.seq for e in _events(db)]
    assert seqs == list(range(1, len(seqs) + 1))


def test_records_carry_a_version_vector(db: Database) -> None:
    with db.write() as session:
        person = create_person(session, PersonInput(external_id="E-2", surname="Кравець"))
    last = _events(db)[-1]
    assert person.version_vector == {str(db.actor.office_id): last.seq}


def test_a_write_without_an_author_is_refused(db: Database) -> None:
    with pytest.raises(MissingActorError), db.write() as session:
        session.info.pop("actor")
        session.add(NextOfKin(person_id=uuid.uuid4(), name="x"))
        session.flush()


def _tamper(db: Database, sql: str) -> None:
    """What someone holding the key could do: drop the guard triggers and edit history."""
    with db.write() as session:
        session.execute(text("DROP TRIGGER change_event_no_update"))
        session.execute(text("DROP TRIGGER change_event_no_delete"))
        session.execute(text(sql))


def _with_history(db: Database) -> list[ChangeEvent]:
    for n in range(3):
        with db.write() as session:
            create_person(session, PersonInput(external_id=f"T-{n}", surname=f"Особа{n}"))
    return _events(db)


def test_verify_passes_an_intact_chain(db: Database) -> None:
    events = _with_history(db)
    with db.read() as session:
        report = verify_chain(session)
    assert report.ok and report.events == len(events)


def test_an_edited_event_is_named(db: Database) -> None:
    events = _with_history(db)
    target = events[3]
    changes = '{"surname": [null, "Підмінено"]}'
    _tamper(db, f"UPDATE change_event SET changes = '{changes}' WHERE id = '{target.id.hex}'")
    with db.read() as session:
        report = verify_chain(session)
    assert report.problem is not None
    assert report.problem.event_id == target.id
    assert "altered" in report.problem.reason


def test_a_deleted_event_is_found(db: Database) -> None:
    events = _with_history(db)
    _tamper(db, f"DELETE FROM change_event WHERE id = '{events[2].id.hex}'")
    with db.read() as session:
        report = verify_chain(session)
    assert report.problem is not None
    assert report.problem.seq == events[3].seq
    assert "missing" in report.problem.reason


def test_a_rehashed_forgery_still_breaks_the_next_link(db: Database) -> None:
    events = _with_history(db)
    _tamper(db, f"UPDATE change_event SET hash = '{'f' * 64}' WHERE id = '{events[1].id.hex}'")
    with db.read() as session:
        report = verify_chain(session)
    assert report.problem is not None and report.problem.event_id == events[1].id
