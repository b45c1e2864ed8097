"""Likely duplicates before a person is created, and merging two records into one.

A duplicate is a person whose name matches across scripts (the search skeletons, so
Олександр Коваленко and Aleksandr Kovalenko meet) and whose date of birth does not
contradict: the same date, the same date with day and month swapped, or a partial
date containing the other. A merge keeps one record, moves everything recorded about
the other to it, keeps the other's name as an alternative spelling and deletes it;
every step goes through the change log, so both histories stay readable.
"""

from __future__ import annotations

import uuid
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.changelog import PendingChange, RepatriaSession, append_events
from models.core.common import require_role
from models.core.entities import (
    AnteMortemRecord,
    Attachment,
    Base,
    DnaSample,
    ExchangeParticipant,
    HealthReport,
    Identification,
    ListEntry,
    MatchCandidate,
    MedicalCommissionDecision,
    NextOfKin,
    Person,
    PersonName,
    Source,
    StatusEvent,
    ThreadLink,
)
from models.core.enums import ChangeOp, NameForm, Role
from models.core.errors import NotFoundError, ValidationError
from models.core.partial_date import PartialDate
from models.names.spelling import search_keys, skeleton, tokens
from models.persons.dto import DuplicateCandidate, PersonDTO, PersonInput, PersonRow
from models.persons.search import search_persons
from models.persons.search_index import unindex_person
from models.persons.service import update_person

MIN_NAME_SCORE = 85.0


def dates_compatible(a: PartialDate | None, b: PartialDate | None) -> tuple[bool, str]:
    """Whether two dates of birth can be the same person's, and why."""
    if a is None or b is None:
        return True, "date of birth unknown on one side"
    if a == b:
        return True, "same date of birth"
    if a.is_complete and b.is_complete and (a.year, a.month, a.day) == (b.year, b.day, b.month):
        return True, "date of birth with day and month swapped"
    if a.earliest() <= b.latest() and b.earliest() <= a.latest():
        return True, "dates of birth overlap (one is partial)"
    return False, "different dates of birth"


def _name_key(surname: str, given: str, patronymic: str) -> str:
    return " ".join(skeleton(w) for w in tokens(f"{surname} {given} {patronymic}"))


def name_similarity(data: PersonInput, row: PersonRow) -> float:
    """0-100: how well each word of the entered name matches some form of the stored name
    (its Latin, Russian and typo-level variants included)."""
    wanted = [skeleton(w) for w in tokens(f"{data.surname} {data.given_names} {data.patronymic}")]
    keys = search_keys(row.surname, row.given_names, row.patronymic)
    if not wanted or not keys:
        return 0.0
    return sum(max(fuzz.ratio(word, key) for key in keys) for word in wanted) / len(wanted)


def find_duplicates(
    session: Session, data: PersonInput, *, exclude: uuid.UUID | None = None, limit: int = 10
) -> list[DuplicateCandidate]:
    """Existing persons that are probably the one being entered, best first."""
    if not data.surname.strip():
        return []
    hits = search_persons(session, f"{data.surname} {data.given_names}", limit=200)
    found: list[DuplicateCandidate] = []
    for hit in hits:
        row = hit.row
        if row.id == exclude:
            continue
        name_score = name_similarity(data, row)
        if name_score < MIN_NAME_SCORE:
            continue
        compatible, why = dates_compatible(data.date_of_birth, row.date_of_birth)
        if not compatible:
            continue
        reasons = [f"name matches {name_score:.0f}%", why]
        score = name_score + (15 if why.startswith("same") else 5 if "swapped" in why else 0)
        if data.service_number and data.service_number == row.service_number:
            reasons.append("same service number")
            score += 30
        found.append(DuplicateCandidate(row, score, tuple(reasons)))
    found.sort(key=lambda c: -c.score)
    return found[:limit]


# Everything that points at a person, moved to the kept record on a merge.
_PERSON_REFERENCES: tuple[type[Base], ...] = (
    PersonName,
    StatusEvent,
    NextOfKin,
    Source,
    HealthReport,
    MedicalCommissionDecision,
    ListEntry,
    ExchangeParticipant,
    DnaSample,
    MatchCandidate,
    Identification,
    AnteMortemRecord,
)


def _records(session: Session, model: type[Base], column: str, value: uuid.UUID, **more: str) -> list[Any]:
    clauses = [getattr(model, column) == value, *(getattr(model, k) == v for k, v in more.items())]
    return list(session.scalars(select(model).where(*clauses)))


def merge_persons(session: Session, keep_id: uuid.UUID, other_id: uuid.UUID, merged: PersonInput) -> PersonDTO:
    """Merge ``other`` into ``keep`` with the field values the user chose (``merged``)."""
    require_role(session, Role.SUPERVISOR)
    if keep_id == other_id:
        raise ValidationError.single("other_id", "a record cannot be merged with itself")
    keep, other = session.get(Person, keep_id), session.get(Person, other_id)
    if keep is None or other is None:
        raise NotFoundError("one of the persons to merge no longer exists")
    if _records(session, AnteMortemRecord, "person_id", keep_id) and _records(
        session, AnteMortemRecord, "person_id", other_id
    ):
        raise ValidationError.single("other_id", "both persons have ante-mortem records: merge those first")
    other_name = (other.surname, other.given_names, other.patronymic)
    # Each record is moved through the ORM, so every move is a logged update of its own.
    for entity in _PERSON_REFERENCES:
        for record in _records(session, entity, "person_id", other_id):
            record.person_id = keep_id
    for attachment in _records(session, Attachment, "owner_id", other_id, owner_entity="person"):
        attachment.owner_id = keep_id
    for link in _records(session, ThreadLink, "record_id", other_id, entity="person"):
        link.record_id = keep_id
    session.flush()
    # Say in the log where the other record went; the event is about the kept person, so the
    # kept person's history finds it, and through it the other record's own history.
    assert isinstance(session, RepatriaSession)
    append_events(
        session,
        session.actor,
        [PendingChange("person", other_id, ChangeOp.UPDATE, {"merged_into": [None, str(keep_id)]}, keep_id)],
    )
    unindex_person(session, other_id)
    session.delete(other)
    session.flush()
    if _name_key(*other_name) != _name_key(merged.surname, merged.given_names, merged.patronymic):
        session.add(
            PersonName(
                person_id=keep_id,
                form=NameForm.OTHER,
                surname=other_name[0],
                given_names=other_name[1],
                patronymic=other_name[2],
            )
        )
    return update_person(session, keep_id, merged)  # also re-indexes the kept person with every name
