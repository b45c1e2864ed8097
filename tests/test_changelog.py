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


def test_an_edit_and_a_delete_carry_what_the_office_had_seen_of_the_record(db: Database) -> None:
    """The context (the record's version vector before the change) that bundles judge
    concurrency by; a create has none. It is hashed: the chain verifies, and changing it does not."""
    office = str(db.actor.office_id)
    with db.write() as session:
        person = create_person(session, PersonInput(external_id="E-3", surname="Кравець"))
    with db.write() as session:
        session.get(Person, person.id).notes = "перша"
    with db.write() as session:
        session.get(Person, person.id).notes = "друга"
    with db.write() as session:
        session.delete(session.get(Person, person.id))
    events = [e for e in _events(db) if e.record_id == person.id]
    created, first, second, deleted = events
    assert created.context is None
    assert first.context == {office: created.seq}
    assert second.context == {office: first.seq}
    assert deleted.context == {office: second.seq}
    with db.read() as session:
        assert verify_chain(session).ok
    forged = f'{{"{office}"\\:1}}'  # text() would take ":1" for a parameter
    _tamper(db, f"UPDATE change_event SET context = '{forged}' WHERE id = '{second.id.hex}'")
    with db.read() as session:
        report = verify_chain(session)
    assert report.problem is not None and report.problem.event_id == second.id
    assert "altered" in report.problem.reason


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


def _chain(db: Database) -> list[tuple[int, str, str]]:
    with db.read() as session:
        return [
            tuple(r)
            for r in session.execute(
                select(ChangeEvent.seq, ChangeEvent.prev_hash, ChangeEvent.hash).order_by(ChangeEvent.seq)
            )
        ]


def test_many_flushes_in_one_transaction_make_the_chain_one_by_one_writes_make(db: Database) -> None:
    """The head is read once per transaction, not once per flush (issue 15): the sequence and
    the links are those of writing event by event, through savepoints rolled back, and a later
    transaction reads the head afresh."""
    queries: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "FROM change_event" in statement and "ORDER BY change_event.seq DESC" in statement:
            queries.append(statement)

    from sqlalchemy import event

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.write() as session:
            for n in range(5):
                create_person(session, PersonInput(external_id=f"B{n}", surname=f"Бойко{n}"))
                session.flush()
            nested = session.begin_nested()  # a savepoint whose events are rolled back
            create_person(session, PersonInput(external_id="GONE", surname="Нема"))
            session.flush()
            nested.rollback()
            create_person(session, PersonInput(external_id="B9", surname="Бойко9"))
        reads_in_one = len(queries)
        with db.write() as session:  # another transaction: the head read again
            create_person(session, PersonInput(external_id="C1", surname="Коваль"))
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert reads_in_one <= 2 and len(queries) == reads_in_one + 1
    chain = _chain(db)
    seqs = [seq for seq, _prev, _hash in chain]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # no gap, not even where the savepoint was
    assert all(prev == chain[i - 1][2] for i, (_s, prev, _h) in enumerate(chain) if i)
    with db.read() as session:
        assert verify_chain(session).ok
        assert session.scalar(select(Person.id).where(Person.external_id == "GONE")) is None
