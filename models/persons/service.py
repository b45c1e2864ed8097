"""The person registry: create, update, read and page through persons and their records."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, or_, select
from sqlalchemy.orm import Session

from models.core.bulk import BulkWriter
from models.core.chunks import chunks
from models.core.common import check_not_future, check_text, require_role, to_dto
from models.core.entities import (
    HealthReport,
    MedicalCommissionDecision,
    NextOfKin,
    Person,
    PersonName,
    PersonSearchTerm,
    Source,
    StatusEvent,
)
from models.core.enums import (
    PersonStatus,
    Role,
)
from models.core.errors import ConflictError, FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.identifiers import excel_key
from models.names.collation import sort_key
from models.names.keys import skeleton
from models.names.lookalikes import mixed_words
from models.persons.dto import (
    INPUT_FIELDS,
    MULTILINE_FIELDS,
    ROW_FIELDS,
    SORTABLE,
    BulkResult,
    CommissionDecisionDTO,
    CommissionDecisionInput,
    HealthReportDTO,
    HealthReportInput,
    NameDTO,
    NameInput,
    NextOfKinDTO,
    NextOfKinInput,
    PersonDTO,
    PersonInput,
    PersonQuery,
    PersonRow,
    SourceDTO,
    SourceInput,
    StatusEventDTO,
    StatusEventInput,
)
from models.persons.filters import filters_of
from models.persons.name_index import ROLE_ID, IndexedNames, former_numbers, index_persons, reindex_persons
from models.persons.search import count_found, found_page

EARLIEST_BIRTH_YEAR = 1900
SERVICE_NUMBER = re.compile(r"^[0-9A-Za-zА-ЯҐЄІЇа-яґєії][0-9A-Za-zА-ЯҐЄІЇа-яґєії/-]*$")


def _text_limits() -> dict[str, int]:
    """Each text field of PersonInput with the length its column holds (the column is the truth)."""
    limits: dict[str, int] = {}
    for name in INPUT_FIELDS:
        if PersonInput.__dataclass_fields__[name].type == "str":
            column_type = Person.__table__.c[name].type
            limits[name] = column_type.length if isinstance(column_type, String) and column_type.length else 100_000
    return limits


TEXT_LIMITS = _text_limits()


def validate_person(data: PersonInput, row: int | None = None) -> list[FieldError]:
    """Every problem with the input, each naming its field and the reason."""
    errors: list[FieldError] = []
    for name, limit in TEXT_LIMITS.items():
        value = getattr(data, name)
        if isinstance(value, str):
            check_text(
                errors,
                name,
                value,
                max_len=limit,
                required=name in ("external_id", "surname"),
                multiline=name in MULTILINE_FIELDS,
                row=row,
            )
    if data.external_id != data.external_id.strip():
        errors.append(FieldError.of("external_id", QT_TRANSLATE_NOOP("Errors", "has leading or trailing spaces"), row))
    if data.service_number and not SERVICE_NUMBER.match(data.service_number):
        errors.append(
            FieldError.of(
                "service_number",
                QT_TRANSLATE_NOOP("Errors", "{service_number!r} is malformed: use letters, digits, '-' and '/'"),
                row,
                service_number=data.service_number,
            )
        )
    for name in ("date_of_birth", "capture_date", "death_date"):
        check_not_future(errors, name, getattr(data, name), row)
    dob, capture, death = data.date_of_birth, data.capture_date, data.death_date
    if dob is not None and dob.year < EARLIEST_BIRTH_YEAR:
        errors.append(
            FieldError.of(
                "date_of_birth",
                QT_TRANSLATE_NOOP("Errors", "{dob} is before {earliest_birth_year}"),
                row,
                dob=dob,
                earliest_birth_year=EARLIEST_BIRTH_YEAR,
            )
        )
    if dob is not None and capture is not None and capture.latest() < dob.earliest():
        errors.append(
            FieldError.of(
                "capture_date",
                QT_TRANSLATE_NOOP("Errors", "{capture} is before the date of birth {dob}"),
                row,
                capture=capture,
                dob=dob,
            )
        )
    if dob is not None and death is not None and death.latest() < dob.earliest():
        errors.append(
            FieldError.of(
                "death_date",
                QT_TRANSLATE_NOOP("Errors", "{death} is before the date of birth {dob}"),
                row,
                death=death,
                dob=dob,
            )
        )
    if capture is not None and death is not None and death.latest() < capture.earliest():
        errors.append(
            FieldError.of(
                "death_date",
                QT_TRANSLATE_NOOP("Errors", "{death} is before the capture date {capture}"),
                row,
                death=death,
                capture=capture,
            )
        )
    return errors


def _values(data: PersonInput) -> dict[str, Any]:
    """The columns written for an input, with the derived sort key."""
    values = {name: getattr(data, name) for name in INPUT_FIELDS}
    values["sort_name"] = sort_key(data.surname, data.given_names, data.patronymic)
    return values


def _load(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no person with id {person_id}"), person_id=person_id)
    return person


def _external_id_taken(session: Session, external_id: str, other_than: uuid.UUID | None = None) -> bool:
    query = select(Person.id).where(Person.external_id == external_id)
    if other_than is not None:
        query = query.where(Person.id != other_than)
    return session.execute(query.limit(1)).first() is not None


@dataclass(frozen=True)
class IdentifierIndex:
    """Existing persons' identifiers as Excel would leave them (``models.core.identifiers``)."""

    exact: frozenset[str]  # external ids as stored
    external: dict[str, tuple[str, str]]  # excel key -> (external id, name)
    service: dict[str, tuple[str, str, str]]  # excel key -> (service number, external id, name)


def existing_identifiers(session: Session, keys: Sequence[str] | None = None) -> IdentifierIndex:
    """The identifiers of every person (or of those whose all-digit ids reduce to ``keys``)."""
    query = select(Person.external_id, Person.service_number, Person.surname, Person.given_names)
    if keys is not None:
        wanted = list(keys)
        if not wanted:
            return IdentifierIndex(frozenset(), {}, {})
        query = query.where(
            or_(func.ltrim(Person.external_id, "0").in_(wanted), func.ltrim(Person.service_number, "0").in_(wanted))
        )
    exact: set[str] = set()
    external: dict[str, tuple[str, str]] = {}
    service: dict[str, tuple[str, str, str]] = {}
    for external_id, service_number, surname, given in session.execute(query):
        name = f"{surname} {given}".strip()
        exact.add(external_id)
        if (key := excel_key(external_id)) is not None:
            external.setdefault(key, (external_id, name))
        if service_number and (key := excel_key(service_number)) is not None:
            service.setdefault(key, (service_number, external_id, name))
    return IdentifierIndex(frozenset(exact), external, service)


def mangled_twin_errors(data: PersonInput, existing: IdentifierIndex, row: int | None = None) -> list[FieldError]:
    """A new person whose external id or service number is an existing person's but for what
    Excel does to numbers (``00458`` saved as ``458`` or ``458.0``): the same person twice."""
    errors: list[FieldError] = []
    key = excel_key(data.external_id)
    if key is not None and key in existing.external and existing.external[key][0] != data.external_id:
        theirs, name = existing.external[key]
        errors.append(
            FieldError.of(
                "external_id",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{external_id!r} is {theirs!r} of {name} but for leading zeros or '.0' (Excel changes "
                    "numbers so): use {theirs!r} to update that person, or format the column as text",
                ),
                row,
                external_id=data.external_id,
                theirs=theirs,
                name=name,
            )
        )
    key = excel_key(data.service_number) if data.service_number else None
    if key is not None and key in existing.service and existing.service[key][0] != data.service_number:
        theirs, external_id, name = existing.service[key]
        errors.append(
            FieldError.of(
                "service_number",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{service_number!r} is the service number {theirs!r} of {name} ({external_id}) but for "
                    "leading zeros or '.0' (Excel changes numbers so): the same person twice?",
                ),
                row,
                service_number=data.service_number,
                theirs=theirs,
                name=name,
                external_id=external_id,
            )
        )
    return errors


def lookalike_warnings(person: PersonInput, line: int | None = None) -> list[FieldError]:
    """A name typed with Latin look-alike letters inside Cyrillic (or the reverse): it is read,
    sorted and found as the word it should be, and the user is told which letters to retype."""
    return [
        FieldError.of(
            name,
            QT_TRANSLATE_NOOP("Errors", "{word!r} mixes Latin and Cyrillic look-alike letters; it reads {folded!r}"),
            line,
            word=word,
            folded=folded,
        )
        for name in ("surname", "given_names", "patronymic", "mother_maiden_name")
        for word, folded in mixed_words(getattr(person, name))
    ]


def create_person(session: Session, data: PersonInput, *, person_id: uuid.UUID | None = None) -> PersonDTO:
    """A new person (``person_id``: given only when a merged-away record comes back, so its
    history and references keep their id)."""
    require_role(session, Role.CLERK)
    errors = validate_person(data)
    if not errors and _external_id_taken(session, data.external_id):
        errors.append(
            FieldError.of(
                "external_id",
                QT_TRANSLATE_NOOP("Errors", "{external_id!r} is already used by another person"),
                external_id=data.external_id,
            )
        )
    if not errors:
        keys = [k for k in (excel_key(data.external_id), excel_key(data.service_number)) if k is not None]
        errors += mangled_twin_errors(data, existing_identifiers(session, keys))
    if errors:
        raise ValidationError(errors)
    person = Person(**_values(data)) if person_id is None else Person(id=person_id, **_values(data))
    session.add(person)
    session.flush()
    reindex_persons(session, [person.id])
    return to_dto(person, PersonDTO)


def update_person(
    session: Session, person_id: uuid.UUID, data: PersonInput, expected_version: dict[str, int] | None = None
) -> PersonDTO:
    """Write an edited person. ``expected_version`` is the version vector the editor started
    from: if the record changed meanwhile, ConflictError instead of overwriting."""
    require_role(session, Role.CLERK)
    person = _load(session, person_id)
    if expected_version is not None and dict(person.version_vector) != dict(expected_version):
        raise ConflictError(
            QT_TRANSLATE_NOOP("Errors", "{surname} {given_names} was changed by someone else meanwhile"),
            surname=person.surname,
            given_names=person.given_names,
        )
    errors = validate_person(data)
    if not errors and _external_id_taken(session, data.external_id, other_than=person_id):
        errors.append(
            FieldError.of(
                "external_id",
                QT_TRANSLATE_NOOP("Errors", "{external_id!r} is already used by another person"),
                external_id=data.external_id,
            )
        )
    if errors:
        raise ValidationError(errors)
    for name, value in _values(data).items():
        if getattr(person, name) != value:
            setattr(person, name, value)
    session.flush()
    reindex_persons(session, [person.id])
    return to_dto(person, PersonDTO)


def get_person(session: Session, person_id: uuid.UUID) -> PersonDTO:
    return to_dto(_load(session, person_id), PersonDTO)


def find_by_external_id(session: Session, external_id: str) -> PersonDTO | None:
    """The person with this registry number, or the one a person with it was merged into
    (an old letter quotes the number it had then); None when neither is here."""
    person = session.scalars(select(Person).where(Person.external_id == external_id)).first()
    if person is None:
        candidates = list(
            session.scalars(
                select(PersonSearchTerm.person_id)
                .where(PersonSearchTerm.role == ROLE_ID, PersonSearchTerm.term == skeleton(external_id))
                .distinct()
                .limit(20)
            )
        )
        kept = [pid for pid, numbers in former_numbers(session, candidates).items() if external_id in numbers]
        person = session.get(Person, kept[0]) if len(kept) == 1 else None
    return None if person is None else to_dto(person, PersonDTO)


def distinct_values(session: Session, field: str, limit: int = 500) -> list[str]:
    """The values a text field takes (for filter choices), most frequent first."""
    if field not in ("unit", "citizenship", "rank"):
        raise ValidationError.single("field", QT_TRANSLATE_NOOP("Errors", "no choices for {name!r}"), name=field)
    column = getattr(Person, field)
    rows = session.execute(
        select(column).where(column != "").group_by(column).order_by(func.count().desc(), column).limit(limit)
    )
    return [value for (value,) in rows]


def count_persons(session: Session, query: PersonQuery | None = None) -> int:
    """How many persons the query selects (with search text: every person the search finds)."""
    query = query or PersonQuery()
    if query.text.strip():
        return count_found(session, query.text, query)
    stmt = select(func.count()).select_from(Person).where(*filters_of(query))
    return int(session.execute(stmt).scalar_one())


def person_page(session: Session, query: PersonQuery, offset: int, limit: int) -> list[PersonRow]:
    """One page of the registry in the query's order; ties broken by id so pages never overlap.
    With search text, the persons found, by relevance unless a column is asked for."""
    if query.text.strip():
        return [hit.row for hit in found_page(session, query.text, query, offset, limit)]
    if query.sort_by not in SORTABLE:
        raise ValidationError.single(
            "sort_by", QT_TRANSLATE_NOOP("Errors", "cannot sort by {sort_by!r}"), sort_by=query.sort_by
        )
    # By surname means in Ukrainian alphabetical order of the whole name (models.names.collation).
    column = Person.sort_name if query.sort_by == "surname" else getattr(Person, query.sort_by)
    order = [column.desc() if query.descending else column.asc(), Person.id]
    stmt = (
        select(*(getattr(Person, name) for name in ROW_FIELDS))
        .where(*filters_of(query))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [PersonRow(*row) for row in session.execute(stmt)]


def rows_by_id(session: Session, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, PersonRow]:
    """Registry rows for the given persons (e.g. the candidates of a list entry)."""
    result: dict[uuid.UUID, PersonRow] = {}
    ids = list(person_ids)
    for chunk in chunks(ids):
        stmt = select(*(getattr(Person, name) for name in ROW_FIELDS)).where(Person.id.in_(chunk))
        for row in session.execute(stmt):
            result[row.id] = PersonRow(*row)
    return result


def counts_by_status(session: Session) -> dict[PersonStatus, int]:
    rows = session.execute(select(Person.status, func.count()).group_by(Person.status))
    return {status: int(count) for status, count in rows}


# -- records about a person ----------------------------------------------------------------


def add_status_event(session: Session, person_id: uuid.UUID, data: StatusEventInput) -> StatusEventDTO:
    require_role(session, Role.CLERK)
    _load(session, person_id)
    errors: list[FieldError] = []
    check_not_future(errors, "occurred_on", data.occurred_on)
    check_text(errors, "place", data.place, max_len=200)
    check_text(errors, "description", data.description, max_len=20_000, multiline=True)
    if errors:
        raise ValidationError(errors)
    record = StatusEvent(
        person_id=person_id,
        kind=data.kind,
        occurred_on=data.occurred_on,
        place=data.place,
        description=data.description,
        source_id=data.source_id,
        reliability=data.reliability,
    )
    session.add(record)
    session.flush()
    return to_dto(record, StatusEventDTO)


def status_events(session: Session, person_id: uuid.UUID) -> list[StatusEventDTO]:
    rows = session.scalars(
        select(StatusEvent)
        .where(StatusEvent.person_id == person_id)
        .order_by(StatusEvent.occurred_on, StatusEvent.created_at)
    )
    return [to_dto(r, StatusEventDTO) for r in rows]


def add_next_of_kin(session: Session, person_id: uuid.UUID, data: NextOfKinInput) -> NextOfKinDTO:
    require_role(session, Role.CLERK)
    _load(session, person_id)
    errors: list[FieldError] = []
    check_text(errors, "name", data.name, max_len=200, required=True)
    check_text(errors, "relationship", data.relationship, max_len=64)
    check_text(errors, "address", data.address, max_len=2000, multiline=True)
    check_text(errors, "phone", data.phone, max_len=64)
    check_text(errors, "email", data.email, max_len=200)
    if data.email and "@" not in data.email:
        errors.append(
            FieldError.of("email", QT_TRANSLATE_NOOP("Errors", "{email!r} is not an e-mail address"), email=data.email)
        )
    if errors:
        raise ValidationError(errors)
    record = NextOfKin(
        person_id=person_id,
        name=data.name,
        relationship=data.relationship,
        address=data.address,
        phone=data.phone,
        email=data.email,
        is_person_to_inform=data.is_person_to_inform,
    )
    session.add(record)
    session.flush()
    return to_dto(record, NextOfKinDTO)


def next_of_kin(session: Session, person_id: uuid.UUID) -> list[NextOfKinDTO]:
    rows = session.scalars(
        select(NextOfKin)
        .where(NextOfKin.person_id == person_id)
        .order_by(NextOfKin.is_person_to_inform.desc(), NextOfKin.created_at)
    )
    return [to_dto(r, NextOfKinDTO) for r in rows]


def add_source(session: Session, person_id: uuid.UUID | None, data: SourceInput) -> SourceDTO:
    require_role(session, Role.CLERK)
    if person_id is not None:
        _load(session, person_id)
    errors: list[FieldError] = []
    check_text(errors, "description", data.description, max_len=20_000, multiline=True)
    check_not_future(errors, "received_on", data.received_on)
    if errors:
        raise ValidationError(errors)
    record = Source(
        person_id=person_id,
        kind=data.kind,
        description=data.description,
        reliability=data.reliability,
        received_on=data.received_on,
    )
    session.add(record)
    session.flush()
    return to_dto(record, SourceDTO)


def add_name(session: Session, person_id: uuid.UUID, data: NameInput) -> NameDTO:
    """Another known spelling of a person's name (Latin, Russian form, a list's variant)."""
    require_role(session, Role.CLERK)
    _load(session, person_id)
    errors: list[FieldError] = []
    check_text(errors, "surname", data.surname, max_len=100, required=True)
    check_text(errors, "given_names", data.given_names, max_len=150)
    check_text(errors, "patronymic", data.patronymic, max_len=100)
    if errors:
        raise ValidationError(errors)
    record = PersonName(
        person_id=person_id,
        form=data.form,
        surname=data.surname,
        given_names=data.given_names,
        patronymic=data.patronymic,
        generated=data.generated,
    )
    session.add(record)
    session.flush()
    reindex_persons(session, [person_id])
    return to_dto(record, NameDTO)


def names(session: Session, person_id: uuid.UUID) -> list[NameDTO]:
    rows = session.scalars(
        select(PersonName).where(PersonName.person_id == person_id).order_by(PersonName.form, PersonName.created_at)
    )
    return [to_dto(r, NameDTO) for r in rows]


def add_health_report(session: Session, person_id: uuid.UUID, data: HealthReportInput) -> HealthReportDTO:
    require_role(session, Role.CLERK)
    _load(session, person_id)
    errors: list[FieldError] = []
    check_not_future(errors, "reported_on", data.reported_on)
    check_text(errors, "description", data.description, max_len=20_000, multiline=True)
    if errors:
        raise ValidationError(errors)
    record = HealthReport(
        person_id=person_id,
        reported_on=data.reported_on,
        health=data.health,
        annex1_category=data.annex1_category,
        description=data.description,
    )
    session.add(record)
    session.flush()
    return to_dto(record, HealthReportDTO)


def add_commission_decision(
    session: Session, person_id: uuid.UUID, data: CommissionDecisionInput
) -> CommissionDecisionDTO:
    """A Mixed Medical Commission decision: three members decide by majority."""
    require_role(session, Role.SUPERVISOR)
    _load(session, person_id)
    errors: list[FieldError] = []
    votes_for, votes_against = data.votes_for, data.votes_against
    check_not_future(errors, "examined_on", data.examined_on)
    if votes_for < 0 or votes_against < 0 or votes_for + votes_against != 3:
        errors.append(
            FieldError.of(
                "votes_for", QT_TRANSLATE_NOOP("Errors", "the commission has three members: votes must add up to 3")
            )
        )
    elif votes_for < 2:
        errors.append(
            FieldError.of(
                "votes_for",
                QT_TRANSLATE_NOOP("Errors", "{votes_for} of 3 is no majority for the decision"),
                votes_for=votes_for,
            )
        )
    check_text(errors, "members", data.members, max_len=2000, multiline=True)
    check_text(errors, "notes", data.notes, max_len=20_000, multiline=True)
    if errors:
        raise ValidationError(errors)
    record = MedicalCommissionDecision(
        person_id=person_id,
        examined_on=data.examined_on,
        decision=data.decision,
        annex1_category=data.annex1_category,
        members=data.members,
        votes_for=votes_for,
        votes_against=votes_against,
        notes=data.notes,
    )
    session.add(record)
    session.flush()
    return to_dto(record, CommissionDecisionDTO)


# -- bulk writes (imports) -------------------------------------------------------------------


def upsert_persons(session: Session, items: Sequence[tuple[PersonInput, str | None]]) -> BulkResult:
    """Create or update many persons by external_id in one go, through the change log.

    Each item is a validated person and the text of the person to inform (None: leave
    the next of kin alone). Used by imports of tens of thousands of rows, where the
    ORM's per-object bookkeeping would dominate; the log is written exactly as the
    ORM path would write it.
    """
    require_role(session, Role.CLERK)
    by_external = {data.external_id: (data, kin) for data, kin in items}
    columns = [Person.id, Person.version_vector, *(getattr(Person, name) for name in INPUT_FIELDS)]
    existing: dict[str, dict[str, Any]] = {}
    keys = list(by_external)
    for chunk in chunks(keys):
        for row in session.execute(select(*columns).where(Person.external_id.in_(chunk))):
            existing[row.external_id] = row._asdict()
    kin_rows: dict[uuid.UUID, dict[str, Any]] = {}
    if existing:
        ids = [row["id"] for row in existing.values()]
        for chunk in chunks(ids):
            stmt = select(NextOfKin.id, NextOfKin.person_id, NextOfKin.name, NextOfKin.version_vector).where(
                NextOfKin.person_id.in_(chunk), NextOfKin.is_person_to_inform
            )
            for found in session.execute(stmt):
                kin_rows.setdefault(found.person_id, found._asdict())

    writer = BulkWriter(session)
    inserts: list[dict[str, Any]] = []
    updated: list[uuid.UUID] = []
    unchanged = 0
    for external_id, (data, kin_text) in by_external.items():
        values = _values(data)
        old = existing.get(external_id)
        if old is None:
            values["id"] = person_id = writer.create(Person, values)
            inserts.append(values)
        else:
            person_id = old["id"]
            if writer.update(Person, old, values):
                updated.append(person_id)
            else:
                unchanged += 1
        if kin_text is None:
            continue
        current = kin_rows.get(person_id)
        if current is None and kin_text:
            writer.create(NextOfKin, {"person_id": person_id, "name": kin_text, "is_person_to_inform": True})
        elif current is not None:
            writer.update(NextOfKin, current, {"name": kin_text})
    writer.write()
    index_persons(
        session,
        [
            IndexedNames(
                row["id"],
                [(row["surname"], row["given_names"], row["patronymic"])],
                [row["external_id"], row["service_number"]],
                row["mother_maiden_name"],
                row["sort_name"],
                row["date_of_birth"],
            )
            for row in inserts
        ],
    )
    reindex_persons(session, updated)  # with their other spellings
    return BulkResult(created=len(inserts), updated=len(updated), unchanged=unchanged)


def person_to_inform(session: Session, person_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    """The first person-to-inform's name for each person (for exports)."""
    result: dict[uuid.UUID, str] = {}
    for chunk in chunks(person_ids):
        stmt = (
            select(NextOfKin.person_id, NextOfKin.name)
            .where(NextOfKin.person_id.in_(chunk), NextOfKin.is_person_to_inform)
            .order_by(NextOfKin.created_at)
        )
        for person_id, name in session.execute(stmt):
            result.setdefault(person_id, name)
    return result


def sources(session: Session, person_id: uuid.UUID) -> list[SourceDTO]:
    rows = session.scalars(select(Source).where(Source.person_id == person_id).order_by(Source.created_at))
    return [to_dto(r, SourceDTO) for r in rows]


def health_reports(session: Session, person_id: uuid.UUID) -> list[HealthReportDTO]:
    rows = session.scalars(
        select(HealthReport).where(HealthReport.person_id == person_id).order_by(HealthReport.reported_on)
    )
    return [to_dto(r, HealthReportDTO) for r in rows]


def commission_decisions(session: Session, person_id: uuid.UUID) -> list[CommissionDecisionDTO]:
    rows = session.scalars(
        select(MedicalCommissionDecision)
        .where(MedicalCommissionDecision.person_id == person_id)
        .order_by(MedicalCommissionDecision.examined_on)
    )
    return [to_dto(r, CommissionDecisionDTO) for r in rows]


def remove_name(session: Session, name_id: uuid.UUID) -> None:
    require_role(session, Role.CLERK)
    record = session.get(PersonName, name_id)
    if record is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no name spelling with id {name_id}"), name_id=name_id)
    person_id = record.person_id
    session.delete(record)
    session.flush()
    reindex_persons(session, [person_id])
