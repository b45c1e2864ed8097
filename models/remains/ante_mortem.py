"""Ante-mortem data: what a missing person's family told (DVI AM form), and their relatives' samples."""

from __future__ import annotations

import uuid
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.common import check_not_future, check_text, require_role, to_dto
from models.core.entities import (
    AnteMortemRecord,
    Person,
)
from models.core.enums import (
    Role,
)
from models.core.errors import FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.remains.details import dental_chart, implants_of, marks_of, set_dental_chart, set_implants, set_marks
from models.remains.dna import samples_of
from models.remains.dto import (
    AnteMortemDTO,
    AnteMortemInput,
    AnteMortemView,
    PhysicalDetails,
)
from models.remains.identification import proposals


def validate_ante_mortem(data: AnteMortemInput, row: int | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    check_not_future(errors, "collected_on", data.collected_on, row)
    check_not_future(errors, "last_seen_date", data.last_seen_date, row)
    if data.stature_cm is not None and not 40 <= data.stature_cm <= 260:
        errors.append(
            FieldError.of(
                "stature_cm",
                QT_TRANSLATE_NOOP("Errors", "{stature_cm} cm is not a human stature"),
                row,
                stature_cm=data.stature_cm,
            )
        )
    for name in ("collected_from", "build", "hair", "eye_colour", "last_seen_place"):
        check_text(errors, name, getattr(data, name), max_len=200, row=row)
    for name in ("amputations", "medical_history", "dental_records", "clothing_last_worn", "effects_carried", "notes"):
        check_text(errors, name, getattr(data, name), max_len=20_000, multiline=True, row=row)
    return errors


def save_ante_mortem(session: Session, person_id: uuid.UUID, data: AnteMortemInput) -> AnteMortemDTO:
    """The family's AM data of a missing person: created, or updated field by field."""
    require_role(session, Role.CLERK)
    if session.get(Person, person_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no person with id {person_id}"), person_id=person_id)
    errors = validate_ante_mortem(data)
    if errors:
        raise ValidationError(errors)
    record = session.scalar(select(AnteMortemRecord).where(AnteMortemRecord.person_id == person_id))
    if record is None:
        record = AnteMortemRecord(person_id=person_id)
        session.add(record)
    for f in fields(AnteMortemInput):
        if getattr(record, f.name) != getattr(data, f.name):
            setattr(record, f.name, getattr(data, f.name))
    session.flush()
    return to_dto(record, AnteMortemDTO)


def ante_mortem_of(session: Session, person_id: uuid.UUID) -> AnteMortemDTO | None:
    record = session.scalar(select(AnteMortemRecord).where(AnteMortemRecord.person_id == person_id))
    return None if record is None else to_dto(record, AnteMortemDTO)


def save_ante_mortem_with_details(
    session: Session, person_id: uuid.UUID, data: AnteMortemInput, details: PhysicalDetails
) -> AnteMortemDTO:
    """The family's account as the AM tab saves it: the record, the dentist's chart, marks and implants."""
    record = save_ante_mortem(session, person_id, data)
    set_dental_chart(session, details.dental, ante_mortem_id=record.id)
    set_marks(session, details.marks, ante_mortem_id=record.id)
    set_implants(session, details.implants, ante_mortem_id=record.id)
    return record


def ante_mortem_view(session: Session, person_id: uuid.UUID) -> AnteMortemView:
    """A person's AM data, relatives' reference samples and any proposal about their remains."""
    record = ante_mortem_of(session, person_id)
    return AnteMortemView(
        record,
        dental_chart(session, ante_mortem_id=record.id) if record else {},
        marks_of(session, ante_mortem_id=record.id) if record else [],
        implants_of(session, ante_mortem_id=record.id) if record else [],
        samples_of(session, person_id=person_id),
        proposals(session, person_id=person_id),
    )
