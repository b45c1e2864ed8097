"""A wrong merge is taken back through the change log: the merged-away record comes back with
its id, its fields and the records the merge moved; the kept person gets back what the merge
changed; both histories keep the merge and its reversal."""

import pytest

from models.core.changelog import verify_chain
from models.core.db import Database
from models.core.enums import StatusEventKind
from models.core.errors import NotFoundError, ValidationError
from models.core.partial_date import PartialDate
from models.persons import service as persons
from models.persons.dto import NextOfKinInput, PersonInput, StatusEventInput
from models.persons.duplicates import merge_persons, recent_merges, unmerge_persons


def test_a_wrong_merge_is_taken_back(db: Database) -> None:
    with db.write() as session:
        keep = persons.create_person(
            session, PersonInput(external_id="A1", surname="Коваль", given_names="Іван", rank="сержант")
        )
        other = persons.create_person(
            session,
            PersonInput(
                external_id="B1",
                surname="Коваленко",
                given_names="Іван",
                unit="72 ОМБр",
                date_of_birth=PartialDate(1990, 5, 2),
            ),
        )
        persons.add_status_event(session, other.id, StatusEventInput(StatusEventKind.CAPTURED, PartialDate(2024, 1, 1)))
        persons.add_next_of_kin(session, other.id, NextOfKinInput(name="Коваленко Марія", relationship="мати"))
        persons.add_status_event(session, keep.id, StatusEventInput(StatusEventKind.MISSING, PartialDate(2023, 5, 1)))
    with db.write() as session:
        merged = PersonInput(external_id="A1", surname="Коваль", given_names="Іван", rank="сержант", unit="72 ОМБр")
        merge_persons(session, keep.id, other.id, merged)
    with db.write() as session:
        [record] = recent_merges(session)
        assert (record.other_id, record.keep_id) == (other.id, keep.id) and "Коваленко Іван (B1)" in record.other
        with pytest.raises(ValidationError, match="say why"):
            unmerge_persons(session, other.id, "")
        back = unmerge_persons(session, other.id, "different persons: the dates of birth differ")
    assert (back.id, back.external_id, back.unit, back.date_of_birth) == (
        other.id,
        "B1",
        "72 ОМБр",
        PartialDate(1990, 5, 2),
    )
    with db.read() as session:
        kept = persons.get_person(session, keep.id)
        assert kept.unit == "" and kept.rank == "сержант"  # what the merge changed went back
        assert [e.kind for e in persons.status_events(session, other.id)] == [StatusEventKind.CAPTURED]
        assert [e.kind for e in persons.status_events(session, keep.id)] == [StatusEventKind.MISSING]
        assert [k.name for k in persons.next_of_kin(session, other.id)] == ["Коваленко Марія"]
        assert recent_merges(session) == []
        assert verify_chain(session).ok
    with db.write() as session, pytest.raises(ValidationError, match="exists"):
        unmerge_persons(session, other.id, "again")
    with db.write() as session, pytest.raises(NotFoundError):
        unmerge_persons(session, keep.id.__class__(int=1), "no such merge")
