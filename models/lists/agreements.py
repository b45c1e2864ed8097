"""Agreements with versioned criteria, phases and commitments; lists and their versions; exchanges."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.bulk import BulkWriter
from models.core.common import check_text, require_role, to_dto
from models.core.entities import (
    Agreement,
    AgreementPhase,
    Commitment,
    CriteriaVersion,
    Exchange,
    ExchangeList,
    ExchangeParticipant,
    ListEntry,
    ListVersion,
)
from models.core.enums import (
    Annex1Category,
    CriteriaMatch,
    EntryMatchState,
    ExchangeDirection,
    Health,
    Role,
    Side,
)
from models.core.errors import FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.dto import AgreementDetails, AgreementDTO, CriteriaVersionDTO, ListEntryInput, ListVersionDTO

CRITERION_KINDS = ("under_age", "health", "annex1", "all_for_all", "civilian")


def _date(value: Any, field: str, errors: list[FieldError]) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        errors.append(
            FieldError.of(field, QT_TRANSLATE_NOOP("Errors", "{value!r} is not a date as YYYY-MM-DD"), value=value)
        )
        return None


def validate_criteria(criteria: Any, match: Any) -> tuple[list[dict[str, Any]], CriteriaMatch, list[FieldError]]:
    """Check criteria given as data (JSON); return them normalised, with every problem found."""
    errors: list[FieldError] = []
    try:
        how = CriteriaMatch(match)
    except ValueError:
        errors.append(
            FieldError.of("match", QT_TRANSLATE_NOOP("Errors", "{match!r} is not 'any' or 'all'"), match=match)
        )
        how = CriteriaMatch.ANY
    if not isinstance(criteria, list) or not criteria:
        errors.append(FieldError.of("criteria", QT_TRANSLATE_NOOP("Errors", "must be a non-empty list")))
        return [], how, errors
    normalised: list[dict[str, Any]] = []
    for index, item in enumerate(criteria):
        where = f"criteria[{index}]"
        if not isinstance(item, Mapping) or item.get("kind") not in CRITERION_KINDS:
            kind = item.get("kind") if isinstance(item, Mapping) else item
            errors.append(
                FieldError.of(
                    where,
                    QT_TRANSLATE_NOOP("Errors", "unknown kind {kind!r}; one of {kinds}"),
                    kind=kind,
                    kinds=", ".join(CRITERION_KINDS),
                )
            )
            continue
        kind = item["kind"]
        if kind == "under_age":
            age = item.get("age")
            on = _date(item.get("on"), f"{where}.on", errors)
            if not isinstance(age, int) or isinstance(age, bool) or not 0 < age < 150:
                errors.append(
                    FieldError.of(
                        f"{where}.age", QT_TRANSLATE_NOOP("Errors", "{age!r} is not an age in years"), age=age
                    )
                )
            if on is None:
                errors.append(
                    FieldError.of(f"{where}.on", QT_TRANSLATE_NOOP("Errors", "the reference date is required"))
                )
            normalised.append({"kind": kind, "age": age, "on": str(on)})
        elif kind in ("health", "annex1"):
            enum = Health if kind == "health" else Annex1Category
            categories = item.get("categories")
            if not isinstance(categories, list) or not categories:
                errors.append(
                    FieldError.of(f"{where}.categories", QT_TRANSLATE_NOOP("Errors", "must be a non-empty list"))
                )
                continue
            allowed = {m.value for m in enum}
            bad = [c for c in categories if c not in allowed]
            if bad:
                errors.append(
                    FieldError.of(
                        f"{where}.categories",
                        QT_TRANSLATE_NOOP("Errors", "unknown {unknown}; known: {allowed}"),
                        unknown=", ".join(map(repr, bad)),
                        allowed=", ".join(sorted(allowed)),
                    )
                )
            normalised.append({"kind": kind, "categories": list(categories)})
        else:
            normalised.append({"kind": kind})
    return normalised, how, errors


def create_agreement(session: Session, document: Mapping[str, Any]) -> AgreementDTO:
    """Create an agreement and its first criteria version from the JSON document of the CLI."""
    require_role(session, Role.SUPERVISOR)
    errors: list[FieldError] = []
    title = document.get("title")
    if not isinstance(title, str):
        errors.append(FieldError.of("title", QT_TRANSLATE_NOOP("Errors", "is required")))
        title = ""
    else:
        check_text(errors, "title", title, max_len=300, required=True)
    signed_on = _date(document.get("signed_on"), "signed_on", errors)
    texts = {name: document.get(name, "") for name in ("place", "parties", "mediator", "notes")}
    for name, value in texts.items():
        if not isinstance(value, str):
            errors.append(FieldError.of(name, QT_TRANSLATE_NOOP("Errors", "must be text")))
    criteria, how, criteria_errors = validate_criteria(document.get("criteria"), document.get("match", "any"))
    errors.extend(criteria_errors)
    if errors:
        raise ValidationError(errors)
    agreement = Agreement(title=title, signed_on=signed_on, **texts)
    session.add(agreement)
    session.flush()
    session.add(
        CriteriaVersion(agreement_id=agreement.id, version=1, match=how, criteria=criteria, effective_from=signed_on)
    )
    for number, phase in enumerate(document.get("phases", []) or [], start=1):
        add_phase(
            session,
            agreement.id,
            number,
            _date(phase.get("planned_on"), "planned_on", errors),
            str(phase.get("description", "")),
        )
    session.flush()
    return to_dto(agreement, AgreementDTO)


def _agreement(session: Session, agreement_id: uuid.UUID) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no agreement with id {agreement_id}"), agreement_id=agreement_id
        )
    return agreement


def new_criteria_version(
    session: Session,
    agreement_id: uuid.UUID,
    criteria: Any,
    match: Any,
    effective_from: dt.date | None = None,
    note: str = "",
) -> CriteriaVersionDTO:
    """A changed framework: a new version beside the old ones, which stay readable."""
    require_role(session, Role.SUPERVISOR)
    _agreement(session, agreement_id)
    normalised, how, errors = validate_criteria(criteria, match)
    if errors:
        raise ValidationError(errors)
    last = session.execute(
        select(func.max(CriteriaVersion.version)).where(CriteriaVersion.agreement_id == agreement_id)
    ).scalar_one()
    version = CriteriaVersion(
        agreement_id=agreement_id,
        version=(last or 0) + 1,
        match=how,
        criteria=normalised,
        effective_from=effective_from,
        note=note,
    )
    session.add(version)
    session.flush()
    return to_dto(version, CriteriaVersionDTO)


def criteria_versions(session: Session, agreement_id: uuid.UUID) -> list[CriteriaVersionDTO]:
    rows = session.scalars(
        select(CriteriaVersion).where(CriteriaVersion.agreement_id == agreement_id).order_by(CriteriaVersion.version)
    )
    return [to_dto(r, CriteriaVersionDTO) for r in rows]


def add_phase(
    session: Session, agreement_id: uuid.UUID, number: int, planned_on: dt.date | None, description: str = ""
) -> None:
    require_role(session, Role.SUPERVISOR)
    if number < 1:
        raise ValidationError.single(
            "number", QT_TRANSLATE_NOOP("Errors", "phase {number} does not exist: phases count from 1"), number=number
        )
    session.add(
        AgreementPhase(agreement_id=agreement_id, number=number, planned_on=planned_on, description=description)
    )
    session.flush()


def add_commitment(
    session: Session,
    agreement_id: uuid.UUID,
    side: Side,
    text: str,
    *,
    due_on: dt.date | None = None,
    evidence: str = "",
) -> None:
    require_role(session, Role.SUPERVISOR)
    _agreement(session, agreement_id)
    errors: list[FieldError] = []
    check_text(errors, "text", text, max_len=20_000, required=True, multiline=True)
    if errors:
        raise ValidationError(errors)
    session.add(Commitment(agreement_id=agreement_id, side=side, text=text, due_on=due_on, evidence=evidence))
    session.flush()


def agreement_details(session: Session, agreement_id: uuid.UUID) -> AgreementDetails:
    agreement = to_dto(_agreement(session, agreement_id), AgreementDTO)
    phases = [
        (p.number, p.planned_on, p.description)
        for p in session.scalars(
            select(AgreementPhase).where(AgreementPhase.agreement_id == agreement_id).order_by(AgreementPhase.number)
        )
    ]
    commitments = [
        (c.side, c.text, c.due_on, c.fulfilled_on, c.evidence)
        for c in session.scalars(
            select(Commitment).where(Commitment.agreement_id == agreement_id).order_by(Commitment.due_on)
        )
    ]
    return AgreementDetails(agreement, criteria_versions(session, agreement_id), phases, commitments)


def list_agreements(session: Session) -> list[AgreementDTO]:
    rows = session.scalars(select(Agreement).order_by(Agreement.signed_on.desc(), Agreement.title))
    return [to_dto(r, AgreementDTO) for r in rows]


def add_list_version(
    session: Session,
    agreement_id: uuid.UUID,
    side: Side,
    phase_number: int | None,
    entries: Sequence[ListEntryInput],
    *,
    source_filename: str = "",
    source_sha256: str = "",
    received_on: dt.date | None = None,
    title: str = "",
) -> ListVersionDTO:
    """A list as received or sent; a list already known for the agreement, side and phase gets
    a new version, never an edit of the old one."""
    require_role(session, Role.CLERK)
    _agreement(session, agreement_id)
    rows = [e.row_number for e in entries]
    if len(set(rows)) != len(rows):
        duplicated = sorted({r for r in rows if rows.count(r) > 1})
        raise ValidationError.single(
            "row_number",
            QT_TRANSLATE_NOOP("Errors", "rows {duplicated} appear more than once"),
            duplicated=duplicated[:10],
        )
    exchange_list = session.scalars(
        select(ExchangeList).where(
            ExchangeList.agreement_id == agreement_id,
            ExchangeList.side == side,
            ExchangeList.phase_number.is_(None) if phase_number is None else ExchangeList.phase_number == phase_number,
        )
    ).first()
    if exchange_list is None:
        exchange_list = ExchangeList(agreement_id=agreement_id, side=side, phase_number=phase_number, title=title)
        session.add(exchange_list)
        session.flush()
    last = session.execute(
        select(func.max(ListVersion.version)).where(ListVersion.list_id == exchange_list.id)
    ).scalar_one()
    current = session.execute(
        select(CriteriaVersion.id)
        .where(CriteriaVersion.agreement_id == agreement_id)
        .order_by(CriteriaVersion.version.desc())
        .limit(1)
    ).scalar()
    version = ListVersion(
        list_id=exchange_list.id,
        version=(last or 0) + 1,
        received_on=received_on,
        source_filename=source_filename,
        source_sha256=source_sha256,
        criteria_version_id=current,
    )
    session.add(version)
    session.flush()
    _insert_entries(session, version.id, entries)
    return ListVersionDTO(version.id, exchange_list.id, version.version, received_on, source_filename, len(entries))


def _insert_entries(session: Session, version_id: uuid.UUID, entries: Sequence[ListEntryInput]) -> None:
    """A list's lines in one statement, each logged (lists run to thousands of lines)."""
    writer = BulkWriter(session)
    for e in entries:
        values: dict[str, Any] = {
            "list_version_id": version_id,
            "row_number": e.row_number,
            "raw": dict(e.raw),
            "surname": e.surname,
            "given_names": e.given_names,
            "patronymic": e.patronymic,
            "date_of_birth": e.date_of_birth,
            "date_of_birth_ambiguous": e.date_of_birth_ambiguous,
            "service_number": e.service_number,
            "rank": e.rank,
            "category": e.category,
            "sheet_row": e.sheet_row,
            "sex": e.sex,
            "reading_flags": list(e.reading_flags),
            "person_id": e.person_id,
            "match_state": EntryMatchState.UNMATCHED if e.person_id is None else EntryMatchState.CONFIRMED,
            "match_score": None,
            "compliant": None,
            "compliance": [],
            "candidates": [],
            "flags": [],
        }
        writer.create(ListEntry, values)
    writer.write()


def list_titles(session: Session) -> list[tuple[uuid.UUID, str]]:
    """Each list as (id, "title — side, phase N"), newest agreement first."""
    rows = session.execute(
        select(ExchangeList.id, ExchangeList.title, ExchangeList.side, ExchangeList.phase_number, Agreement.title)
        .join(Agreement, Agreement.id == ExchangeList.agreement_id)
        .order_by(Agreement.signed_on.desc(), ExchangeList.phase_number, ExchangeList.side)
    )
    result = []
    for list_id, title, side, phase, agreement_title in rows:
        label = title or f"{agreement_title}: {side.value}"
        result.append((list_id, label if phase is None else f"{label} ({phase})"))
    return result


def create_exchange(
    session: Session,
    held_on: dt.date,
    *,
    agreement_id: uuid.UUID | None = None,
    phase_number: int | None = None,
    place: str = "",
    notes: str = "",
) -> uuid.UUID:
    require_role(session, Role.SUPERVISOR)
    exchange = Exchange(agreement_id=agreement_id, phase_number=phase_number, held_on=held_on, place=place, notes=notes)
    session.add(exchange)
    session.flush()
    return exchange.id


def add_exchange_participant(
    session: Session,
    exchange_id: uuid.UUID,
    direction: ExchangeDirection,
    *,
    person_id: uuid.UUID | None = None,
    name_as_listed: str = "",
    expected: bool = True,
    returned: bool = False,
) -> uuid.UUID:
    require_role(session, Role.CLERK)
    if person_id is None and not name_as_listed.strip():
        raise ValidationError.single(
            "person_id", QT_TRANSLATE_NOOP("Errors", "a participant needs a person or the name as listed")
        )
    participant = ExchangeParticipant(
        exchange_id=exchange_id,
        direction=direction,
        person_id=person_id,
        name_as_listed=name_as_listed,
        expected=expected,
        returned=returned,
    )
    session.add(participant)
    session.flush()
    return participant.id
