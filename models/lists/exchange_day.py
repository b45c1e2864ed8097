"""Exchange day: who actually came home and who was handed over, against the lists, with
every returned person's status changed in one step and parity counted per phase."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.common import check_not_future, check_text, require_role
from models.core.entities import (
    Agreement,
    ChangeEvent,
    Exchange,
    ExchangeList,
    ExchangeParticipant,
    ListEntry,
    Person,
    StatusEvent,
)
from models.core.enums import (
    EntryMatchState,
    ExchangeDirection,
    PersonStatus,
    Reliability,
    Role,
    Side,
    StatusEventKind,
)
from models.core.errors import FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.lists.dto import (
    BLOCKING_STATUSES,
    ExchangeDayInput,
    ExchangeRecord,
    ExchangeReversal,
    ExchangeSummary,
    Expected,
    ParticipantLine,
    PhaseParity,
)
from models.lists.service import latest_version
from models.names.collation import sort_key

MATCHED = (EntryMatchState.MATCHED, EntryMatchState.CONFIRMED)


def expected_home(session: Session, agreement_id: uuid.UUID, phase: int | None) -> list[Expected]:
    """Persons matched on the other side's list for the phase (latest version)."""
    exchange_list = session.scalars(
        select(ExchangeList).where(
            ExchangeList.agreement_id == agreement_id,
            ExchangeList.side == Side.THEIRS,
            ExchangeList.phase_number.is_(None) if phase is None else ExchangeList.phase_number == phase,
        )
    ).first()
    if exchange_list is None:
        return []
    version = latest_version(session, exchange_list.id)
    rows = session.execute(
        select(
            ListEntry.person_id,
            ListEntry.row_number,
            Person.external_id,
            Person.surname,
            Person.given_names,
            Person.patronymic,
            Person.status,
        )
        .join(Person, Person.id == ListEntry.person_id)
        .where(ListEntry.list_version_id == version.id, ListEntry.match_state.in_(MATCHED))
        .order_by(ListEntry.row_number)
    )
    seen: set[uuid.UUID] = set()
    result = []
    for person_id, row, external_id, surname, given, patronymic, status in rows:
        if person_id is not None and person_id not in seen:
            seen.add(person_id)
            name = " ".join(p for p in (surname, given, patronymic) if p)
            result.append(Expected(person_id, external_id, name, row, status))
    return result


def record_exchange_day(session: Session, data: ExchangeDayInput) -> ExchangeSummary:
    """Record the day in one transaction: the exchange, everyone expected and whether they
    came, those who came unexpectedly, those handed over; and each returned person's status
    (returned, with an 'exchanged' event on their timeline), all through the change log.

    Raises ValidationError, recording nothing, when a person marked "came home" is recorded in
    the registry as deceased or already returned and ``data.overrides`` gives no reason for him
    (a dead man marked returned, or one man counted home twice, cannot be taken back by the
    family it is told to). With a reason, the override and the record it overrode are written
    on the person's timeline, and so in the change log."""
    require_role(session, Role.SUPERVISOR)
    agreement_id, phase, held_on, place = data.agreement_id, data.phase, data.held_on, data.place
    came, handed_over = set(data.returned), data.handed_over
    given = [name.strip() for name in handed_over if name.strip()]
    errors: list[FieldError] = []
    check_not_future(errors, "held_on", held_on)
    check_text(errors, "place", place, max_len=200)
    for name in given:
        check_text(errors, "handed_over", name, max_len=300)
    overrides = {person_id: reason.strip() for person_id, reason in data.overrides}
    records = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(came)))} if came else {}
    if came - records.keys():
        errors.append(
            FieldError.of(
                "returned",
                QT_TRANSLATE_NOOP("Errors", "{count} of the returned persons are not in the registry"),
                count=len(came - records.keys()),
            )
        )
    for record in sorted(records.values(), key=lambda p: sort_key(p.surname)):
        if record.status in BLOCKING_STATUSES and not overrides.get(record.id):
            errors.append(_contradiction_error(record))
    for _person, reason in data.overrides:
        check_text(errors, "overrides", reason, max_len=500)
    if errors:
        raise ValidationError(errors)
    expected = expected_home(session, agreement_id, phase)
    exchange = Exchange(agreement_id=agreement_id, phase_number=phase, held_on=held_on, place=place)
    session.add(exchange)
    session.flush()
    expected_ids = {e.person_id for e in expected}
    for person in expected:
        session.add(
            ExchangeParticipant(
                exchange_id=exchange.id,
                direction=ExchangeDirection.TO_US,
                person_id=person.person_id,
                name_as_listed=person.name,
                expected=True,
                returned=person.person_id in came,
            )
        )
    for person_id in sorted(came - expected_ids):
        session.add(
            ExchangeParticipant(
                exchange_id=exchange.id,
                direction=ExchangeDirection.TO_US,
                person_id=person_id,
                expected=False,
                returned=True,
            )
        )
    for name in given:
        session.add(
            ExchangeParticipant(
                exchange_id=exchange.id,
                direction=ExchangeDirection.TO_THEM,
                name_as_listed=name,
                expected=True,
                returned=True,
            )
        )
    day = PartialDate.from_date(held_on)
    for record in records.values():
        description = f"exchange, phase {phase}" if phase else "exchange"
        if record.status in BLOCKING_STATUSES:
            description += f"; marked came home against the registry ({_contradiction(record)}): {overrides[record.id]}"
        record.status = PersonStatus.RETURNED
        session.add(
            StatusEvent(
                person_id=record.id,
                kind=StatusEventKind.EXCHANGED,
                occurred_on=day,
                place=place,
                description=description,
                reliability=Reliability.CONFIRMED,
            )
        )
    session.flush()
    names = {p.person_id: p.name for p in expected}
    extra = {
        pid: f"{s} {g}".strip()
        for pid, s, g in session.execute(
            select(Person.id, Person.surname, Person.given_names).where(Person.id.in_(came - expected_ids))
        )
    }
    return ExchangeSummary(
        exchange.id,
        len(expected),
        len(came),
        [names[p] for p in names if p not in came],
        sorted(extra.values()),
        len(given),
    )


def reverse_exchange(session: Session, exchange_id: uuid.UUID, reason: str) -> ExchangeReversal:
    """Take back an exchange day recorded by mistake, in one transaction, through the change log:
    the exchange and its participants are deleted (each deletion an event of the log, so the
    history stays), each person it marked returned gets back the status the log shows he had
    before (unless his status has changed since: then it is left, and said), the "exchanged"
    step leaves his timeline and a step saying the exchange was reversed, and why, takes its
    place. Supervisors only; ``reason`` is required.

    Raises NotFoundError for an unknown exchange, ValidationError without a reason."""
    require_role(session, Role.SUPERVISOR)
    errors: list[FieldError] = []
    check_text(errors, "reason", reason, max_len=500)
    if not reason.strip():
        errors.append(FieldError.of("reason", QT_TRANSLATE_NOOP("Errors", "say why the exchange is reversed")))
    if errors:
        raise ValidationError(errors)
    exchange = session.get(Exchange, exchange_id)
    if exchange is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no exchange with id {exchange_id}"), exchange_id=exchange_id)
    day = PartialDate.from_date(exchange.held_on)
    participants = session.scalars(
        select(ExchangeParticipant).where(ExchangeParticipant.exchange_id == exchange_id)
    ).all()
    came = [p.person_id for p in participants if p.returned and p.direction is ExchangeDirection.TO_US and p.person_id]
    restored: list[str] = []
    left: list[str] = []
    for person in session.scalars(select(Person).where(Person.id.in_(came))).all() if came else []:
        name = " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)
        for step in session.scalars(
            select(StatusEvent).where(
                StatusEvent.person_id == person.id,
                StatusEvent.kind == StatusEventKind.EXCHANGED,
                StatusEvent.description.startswith("exchange"),
            )
        ):
            if step.occurred_on == day:
                session.delete(step)
        if person.status is PersonStatus.RETURNED:
            person.status = _status_before_return(session, person.id)
            restored.append(f"{name} ({person.external_id}): {person.status.value}")
        else:
            left.append(f"{name} ({person.external_id}): {person.status.value}")
        session.add(
            StatusEvent(
                person_id=person.id,
                kind=StatusEventKind.OTHER,
                occurred_on=PartialDate.from_date(dt.date.today()),
                description=f"the exchange of {exchange.held_on.isoformat()} recorded for this person was "
                f"reversed: {reason.strip()}",
                reliability=Reliability.CONFIRMED,
            )
        )
    for participant in participants:
        session.delete(participant)
    session.flush()  # each participant's deletion logged before the exchange's cascade could remove it
    session.delete(exchange)
    session.flush()
    return ExchangeReversal(exchange_id, exchange.held_on, sorted(restored, key=sort_key), sorted(left, key=sort_key))


def _status_before_return(session: Session, person_id: uuid.UUID) -> PersonStatus:
    """The status the change log shows the person had before he was last marked returned
    (captured, if the log holds no such change: the status a person on the other side's list has)."""
    for changes in session.scalars(
        select(ChangeEvent.changes)
        .where(ChangeEvent.entity == "person", ChangeEvent.record_id == person_id)
        .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
    ):
        status = changes.get("status") if isinstance(changes, dict) else None
        if isinstance(status, list) and len(status) == 2 and status[1] == PersonStatus.RETURNED.value and status[0]:
            return PersonStatus(status[0])
    return PersonStatus.CAPTURED


def _contradiction(person: Person) -> str:
    """What the registry records that "came home" contradicts, in the words of a message."""
    name = " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)
    state = "deceased" if person.status is PersonStatus.DECEASED else "already returned"
    return f"{name} ({person.external_id}) is recorded as {state}"


def _contradiction_error(person: Person) -> FieldError:
    """The contradiction as the problem of a "came home" mark given without a reason."""
    name = " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)
    if person.status is PersonStatus.DECEASED:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{name} ({external_id}) is recorded as deceased; a reason is needed to mark this person as came home",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Errors",
            "{name} ({external_id}) is recorded as already returned; "
            "a reason is needed to mark this person as came home",
        )
    return FieldError.of("returned", template, name=name, external_id=person.external_id)


def parity(session: Session, agreement_id: uuid.UUID) -> list[PhaseParity]:
    """Per phase of the agreement: how many came home and how many were handed over."""
    counts: dict[int | None, list[int]] = {}
    rows = session.execute(
        select(Exchange.phase_number, ExchangeParticipant.direction, ExchangeParticipant.returned)
        .join(ExchangeParticipant, ExchangeParticipant.exchange_id == Exchange.id)
        .where(Exchange.agreement_id == agreement_id)
    )
    for phase, direction, came in rows:
        if came:
            pair = counts.setdefault(phase, [0, 0])
            pair[0 if direction is ExchangeDirection.TO_US else 1] += 1
    return [PhaseParity(phase, pair[0], pair[1]) for phase, pair in sorted(counts.items(), key=lambda i: i[0] or 0)]


def exchange_record(session: Session, exchange_id: uuid.UUID) -> ExchangeRecord:
    exchange = session.get(Exchange, exchange_id)
    if exchange is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no exchange with id {exchange_id}"), exchange_id=exchange_id)
    agreement = session.get(Agreement, exchange.agreement_id) if exchange.agreement_id else None
    rows = session.execute(
        select(
            ExchangeParticipant.direction,
            ExchangeParticipant.name_as_listed,
            ExchangeParticipant.expected,
            ExchangeParticipant.returned,
            Person.external_id,
            Person.surname,
            Person.given_names,
            Person.patronymic,
        )
        .outerjoin(Person, Person.id == ExchangeParticipant.person_id)
        .where(ExchangeParticipant.exchange_id == exchange_id)
    ).all()
    home = [
        ParticipantLine(
            " ".join(p for p in (r.surname, r.given_names, r.patronymic) if p) or r.name_as_listed,
            r.external_id or "",
            r.expected,
            r.returned,
        )
        for r in rows
        if r.direction is ExchangeDirection.TO_US
    ]
    home.sort(key=lambda line: sort_key(line.name))
    given = sorted((r.name_as_listed for r in rows if r.direction is ExchangeDirection.TO_THEM), key=sort_key)
    return ExchangeRecord(
        exchange.id,
        agreement.title if agreement is not None else "",
        exchange.phase_number,
        exchange.held_on,
        exchange.place,
        home,
        given,
        parity(session, exchange.agreement_id) if exchange.agreement_id else [],
    )


def latest_exchange(session: Session, agreement_id: uuid.UUID, phase: int | None) -> uuid.UUID | None:
    """The last exchange day recorded for the agreement's phase."""
    return session.scalar(
        select(Exchange.id)
        .where(
            Exchange.agreement_id == agreement_id,
            Exchange.phase_number.is_(None) if phase is None else Exchange.phase_number == phase,
        )
        .order_by(Exchange.held_on.desc(), Exchange.created_at.desc())
        .limit(1)
    )


def latest_exchange_for_list(session: Session, list_id: uuid.UUID) -> uuid.UUID | None:
    """The last exchange day recorded for the agreement and phase of this list."""
    exchange_list = session.get(ExchangeList, list_id)
    if exchange_list is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no list with id {list_id}"), list_id=list_id)
    return latest_exchange(session, exchange_list.agreement_id, exchange_list.phase_number)


def last_exchange_record(session: Session, list_id: uuid.UUID) -> ExchangeRecord | None:
    """The last exchange day recorded for the list's agreement and phase, or None."""
    found = latest_exchange_for_list(session, list_id)
    return None if found is None else exchange_record(session, found)
