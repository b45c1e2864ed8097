"""Remains cases (PM), batches, chain of custody, AM data, DNA and identification records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models.core.common import check_not_future, check_text, require_role, to_dto
from models.core.entities import (
    CustodyTransfer,
    DnaResult,
    DnaSample,
    Identification,
    MatchCandidate,
    Person,
    RemainsBatch,
    RemainsCase,
)
from models.core.enums import (
    CandidateState,
    IdentificationDecision,
    ProposalState,
    RemainsStage,
    RemainsStatus,
    Role,
    Sex,
)
from models.core.errors import FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.remains.details import (
    dental_chart,
    implants_of,
    marks_of,
    set_dental_chart,
    set_implants,
    set_marks,
)
from models.remains.dna import (
    samples_of,
)
from models.remains.dto import (
    BatchDTO,
    BatchInput,
    BatchProgress,
    CaseDetail,
    CaseRow,
    CustodyDTO,
    CustodyInput,
    PhysicalDetails,
    RemainsCaseDTO,
    RemainsCaseInput,
)


def create_batch(session: Session, data: BatchInput) -> BatchDTO:
    require_role(session, Role.CLERK)
    errors = _batch_errors(data)
    if (
        not errors
        and session.execute(select(RemainsBatch.id).where(RemainsBatch.batch_number == data.batch_number)).first()
    ):
        errors.append(
            FieldError.of(
                "batch_number",
                QT_TRANSLATE_NOOP("Errors", "{batch_number!r} exists already"),
                batch_number=data.batch_number,
            )
        )
    if errors:
        raise ValidationError(errors)
    batch = RemainsBatch(**dataclasses.asdict(data))
    session.add(batch)
    session.flush()
    return to_dto(batch, BatchDTO)


def _batch_errors(data: BatchInput) -> list[FieldError]:
    errors: list[FieldError] = []
    check_text(errors, "batch_number", data.batch_number, max_len=64, required=True)
    check_not_future(errors, "received_on", data.received_on)
    if data.declared_count < 0:
        errors.append(FieldError.of("declared_count", QT_TRANSLATE_NOOP("Errors", "cannot be negative")))
    for name in ("place", "handed_over_by"):
        check_text(errors, name, getattr(data, name), max_len=200)
    check_text(errors, "bag_numbers", data.bag_numbers, max_len=2000, multiline=True)
    check_text(errors, "notes", data.notes, max_len=20_000, multiline=True)
    return errors


def validate_case(data: RemainsCaseInput) -> list[FieldError]:
    errors: list[FieldError] = []
    check_text(errors, "case_number", data.case_number, max_len=64, required=True)
    check_not_future(errors, "recovery_date", data.recovery_date)
    for low, high in (("age_min", "age_max"), ("stature_min_cm", "stature_max_cm")):
        a, b = getattr(data, low), getattr(data, high)
        for name, value in ((low, a), (high, b)):
            if value is not None and not 0 <= value <= 260:
                errors.append(FieldError.of(name, QT_TRANSLATE_NOOP("Errors", "{value} is out of range"), value=value))
        if a is not None and b is not None and a > b:
            errors.append(FieldError.of(high, QT_TRANSLATE_NOOP("Errors", "{b} is below the minimum {a}"), b=b, a=a))
    if data.individual_case_id is not None and not data.is_body_part:
        errors.append(
            FieldError.of(
                "individual_case_id", QT_TRANSLATE_NOOP("Errors", "only a body part is linked to another case")
            )
        )
    return errors


def create_case(session: Session, data: RemainsCaseInput) -> RemainsCaseDTO:
    require_role(session, Role.CLERK)
    errors = validate_case(data)
    if (
        not errors
        and session.execute(select(RemainsCase.id).where(RemainsCase.case_number == data.case_number)).first()
    ):
        errors.append(
            FieldError.of(
                "case_number",
                QT_TRANSLATE_NOOP("Errors", "{case_number!r} exists already"),
                case_number=data.case_number,
            )
        )
    if errors:
        raise ValidationError(errors)
    case = RemainsCase(**{f.name: getattr(data, f.name) for f in fields(RemainsCaseInput)})
    if examined(data):
        case.status = RemainsStatus.EXAMINED
    session.add(case)
    session.flush()
    return to_dto(case, RemainsCaseDTO)


def _case(session: Session, case_id: uuid.UUID) -> RemainsCase:
    case = session.get(RemainsCase, case_id)
    if case is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no remains case with id {case_id}"), case_id=case_id)
    return case


def record_custody_transfer(session: Session, case_id: uuid.UUID, data: CustodyInput) -> uuid.UUID:
    """One more link of the chain of custody. Links are only added, never edited."""
    require_role(session, Role.CLERK)
    _case(session, case_id)
    errors: list[FieldError] = []
    for name in ("from_party", "to_party", "by_whom"):
        check_text(errors, name, getattr(data, name), max_len=200, required=True)
    check_text(errors, "note", data.note, max_len=2000, multiline=True)
    if data.transferred_at > dt.datetime.now(dt.UTC):
        errors.append(FieldError.of("transferred_at", QT_TRANSLATE_NOOP("Errors", "is in the future")))
    if errors:
        raise ValidationError(errors)
    transfer = CustodyTransfer(remains_case_id=case_id, **dataclasses.asdict(data))
    session.add(transfer)
    session.flush()
    return transfer.id


def update_case(session: Session, case_id: uuid.UUID, data: RemainsCaseInput) -> RemainsCaseDTO:
    require_role(session, Role.CLERK)
    case = _case(session, case_id)
    errors = validate_case(data)
    if (
        data.case_number != case.case_number
        and session.execute(select(RemainsCase.id).where(RemainsCase.case_number == data.case_number)).first()
    ):
        errors.append(
            FieldError.of(
                "case_number",
                QT_TRANSLATE_NOOP("Errors", "{case_number!r} exists already"),
                case_number=data.case_number,
            )
        )
    if data.individual_case_id == case_id:
        errors.append(
            FieldError.of("individual_case_id", QT_TRANSLATE_NOOP("Errors", "a body part cannot belong to itself"))
        )
    if errors:
        raise ValidationError(errors)
    for f in fields(RemainsCaseInput):
        if getattr(case, f.name) != getattr(data, f.name):
            setattr(case, f.name, getattr(data, f.name))
    if case.status is RemainsStatus.RECEIVED and examined(data):
        case.status = RemainsStatus.EXAMINED
    session.flush()
    return to_dto(case, RemainsCaseDTO)


def examined(data: RemainsCaseInput) -> bool:
    """Whether the PM examination has recorded anything beyond the handover."""
    return (
        data.apparent_sex is not Sex.UNKNOWN
        or data.age_min is not None
        or data.stature_min_cm is not None
        or data.condition is not None
    )


def reject_candidate(
    session: Session,
    case_id: uuid.UUID,
    person_id: uuid.UUID,
    reason: str,
    score: float = 0.0,
    evidence: Sequence[Mapping[str, object]] = (),
) -> uuid.UUID:
    """A person rules a candidate out; the reason stays with the case and the candidate is not
    proposed again."""
    require_role(session, Role.CLERK)
    _case(session, case_id)
    errors: list[FieldError] = []
    check_text(errors, "rejection_reason", reason, max_len=2000, multiline=True)
    if not reason.strip():
        errors.append(
            FieldError.of("rejection_reason", QT_TRANSLATE_NOOP("Errors", "a rejected candidate keeps its reason"))
        )
    if errors:
        raise ValidationError(errors)
    candidate = session.scalar(
        select(MatchCandidate).where(MatchCandidate.remains_case_id == case_id, MatchCandidate.person_id == person_id)
    )
    if candidate is None:
        candidate = MatchCandidate(remains_case_id=case_id, person_id=person_id, score=score, evidence=list(evidence))
        session.add(candidate)
    candidate.state = CandidateState.REJECTED
    candidate.rejection_reason = reason.strip()
    session.flush()
    return candidate.id


def restore_candidate(session: Session, case_id: uuid.UUID, person_id: uuid.UUID) -> None:
    """Undo a rejection: the candidate is ranked again (the log keeps the rejection)."""
    require_role(session, Role.CLERK)
    candidate = session.scalar(
        select(MatchCandidate).where(MatchCandidate.remains_case_id == case_id, MatchCandidate.person_id == person_id)
    )
    if candidate is not None and candidate.state is CandidateState.REJECTED:
        candidate.state = CandidateState.PROPOSED
        candidate.rejection_reason = ""
        session.flush()


def case_input_of(case: RemainsCase | RemainsCaseDTO) -> RemainsCaseInput:
    return RemainsCaseInput(**{f.name: getattr(case, f.name) for f in fields(RemainsCaseInput)})


def _stages(session: Session, case_ids: Sequence[uuid.UUID] | None = None) -> dict[uuid.UUID, RemainsStage]:
    """The furthest stage each case has reached."""
    pm = aliased(DnaSample)
    cases = select(RemainsCase.id, RemainsCase.status)
    sampled = select(DnaSample.remains_case_id).where(DnaSample.remains_case_id.isnot(None))
    with_result = select(pm.remains_case_id).join(DnaResult, DnaResult.remains_sample_id == pm.id)
    proposed = select(Identification.remains_case_id).where(Identification.state == ProposalState.PROPOSED)
    if case_ids is not None:  # one case (its editor), or the rows a search found: ask about those only
        cases = cases.where(RemainsCase.id.in_(case_ids))
        sampled = sampled.where(DnaSample.remains_case_id.in_(case_ids))
        with_result = with_result.where(pm.remains_case_id.in_(case_ids))
        proposed = proposed.where(Identification.remains_case_id.in_(case_ids))
    sampled_ids, result_ids, proposed_ids = (set(session.scalars(q)) for q in (sampled, with_result, proposed))
    stages = {}
    for case_id, status in session.execute(cases):
        if status in (RemainsStatus.HANDED_OVER, RemainsStatus.IDENTIFIED):
            stages[case_id] = RemainsStage(status.value)
        elif case_id in proposed_ids:
            stages[case_id] = RemainsStage.CANDIDATE
        elif case_id in result_ids:
            stages[case_id] = RemainsStage.DNA_RESULT
        elif case_id in sampled_ids or status is RemainsStatus.SAMPLED:
            stages[case_id] = RemainsStage.SAMPLED
        elif status is RemainsStatus.EXAMINED:
            stages[case_id] = RemainsStage.EXAMINED
        else:
            stages[case_id] = RemainsStage.RECEIVED
    return stages


def list_batches(session: Session) -> list[BatchDTO]:
    return [
        to_dto(b, BatchDTO)
        for b in session.scalars(select(RemainsBatch).order_by(RemainsBatch.received_on, RemainsBatch.batch_number))
    ]


def batch_progress(session: Session) -> list[BatchProgress]:
    """Where every batch stands: how many of its cases reached each stage."""
    stages = _stages(session)
    by_batch: dict[uuid.UUID, list[tuple[uuid.UUID, bool, bool, bool]]] = {}
    for case_id, batch_id, part, other, mixed in session.execute(
        select(
            RemainsCase.id,
            RemainsCase.batch_id,
            RemainsCase.is_body_part,
            RemainsCase.possibly_other_side,
            RemainsCase.commingled,
        ).where(RemainsCase.batch_id.isnot(None))
    ):
        assert batch_id is not None
        by_batch.setdefault(batch_id, []).append((case_id, part, other, mixed))
    progress = []
    for batch in list_batches(session):
        cases = by_batch.get(batch.id, [])
        reached = dict.fromkeys(RemainsStage, 0)
        for case_id, *_ in cases:
            for stage in list(RemainsStage)[: stages[case_id].order + 1]:
                reached[stage] += 1
        progress.append(
            BatchProgress(
                batch,
                len(cases),
                sum(not part for _, part, _, _ in cases),
                reached,
                sum(other for *_, other, _ in cases),
                sum(mixed for *_, mixed in cases),
            )
        )
    return progress


def list_cases(
    session: Session,
    *,
    batch_id: uuid.UUID | None = None,
    stage: RemainsStage | None = None,
    text: str = "",
    flagged: bool = False,
) -> list[CaseRow]:
    """Cases in case-number order, filtered; a few thousand rows of plain values."""
    query = (
        select(
            RemainsCase.id,
            RemainsCase.case_number,
            RemainsBatch.batch_number,
            RemainsCase.recovery_date,
            RemainsCase.recovery_place,
            RemainsCase.apparent_sex,
            RemainsCase.age_min,
            RemainsCase.age_max,
            RemainsCase.storage_place,
            RemainsCase.is_body_part,
            RemainsCase.possibly_other_side,
            RemainsCase.commingled,
        )
        .outerjoin(RemainsBatch, RemainsBatch.id == RemainsCase.batch_id)
        .order_by(RemainsCase.case_number)
    )
    if batch_id is not None:
        query = query.where(RemainsCase.batch_id == batch_id)
    if text.strip():
        like = f"%{text.strip()}%"
        query = query.where(
            RemainsCase.case_number.ilike(like)
            | RemainsCase.recovery_place.ilike(like)
            | RemainsCase.id_tags.ilike(like)
            | RemainsCase.bag_number.ilike(like)
        )
    if flagged:
        query = query.where(RemainsCase.possibly_other_side | RemainsCase.commingled)
    rows = list(session.execute(query))
    stages = _stages(session, None if len(rows) > 500 else [r[0] for r in rows])
    identified = {
        case_id: " ".join(p for p in (s, g) if p)
        for case_id, s, g in session.execute(
            select(Identification.remains_case_id, Person.surname, Person.given_names)
            .join(Person, Person.id == Identification.person_id)
            .where(
                Identification.state == ProposalState.DECIDED,
                Identification.decision == IdentificationDecision.IDENTIFIED,
            )
        )
    }
    result = [
        CaseRow(
            r[0],
            r[1],
            r[2] or "",
            stages[r[0]],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            identified.get(r[0], ""),
        )
        for r in rows
    ]
    return [r for r in result if stage is None or r.stage == stage]


def custody_chain(session: Session, case_id: uuid.UUID) -> list[CustodyDTO]:
    return [
        to_dto(t, CustodyDTO)
        for t in session.scalars(
            select(CustodyTransfer)
            .where(CustodyTransfer.remains_case_id == case_id)
            .order_by(CustodyTransfer.transferred_at, CustodyTransfer.created_at)
        )
    ]


def case_detail(session: Session, case_id: uuid.UUID) -> CaseDetail:
    case = _case(session, case_id)
    batch = session.get(RemainsBatch, case.batch_id) if case.batch_id else None
    individual = session.get(RemainsCase, case.individual_case_id) if case.individual_case_id else None
    rejected = dict(
        session.execute(
            select(MatchCandidate.person_id, MatchCandidate.rejection_reason).where(
                MatchCandidate.remains_case_id == case_id, MatchCandidate.state == CandidateState.REJECTED
            )
        ).all()
    )
    return CaseDetail(
        case=to_dto(case, RemainsCaseDTO),
        status=case.status,
        batch_number=batch.batch_number if batch else "",
        stage=_stages(session, [case_id])[case_id],
        dental=dental_chart(session, remains_case_id=case_id),
        marks=marks_of(session, remains_case_id=case_id),
        implants=implants_of(session, remains_case_id=case_id),
        custody=custody_chain(session, case_id),
        samples=samples_of(session, remains_case_id=case_id),
        body_parts=list(
            session.scalars(
                select(RemainsCase.case_number)
                .where(RemainsCase.individual_case_id == case_id)
                .order_by(RemainsCase.case_number)
            )
        ),
        individual_case_number=individual.case_number if individual else "",
        rejected=rejected,
    )


def update_batch(session: Session, batch_id: uuid.UUID, data: BatchInput) -> BatchDTO:
    """Complete or correct a batch's handover details (an import creates a batch with only its
    number); the batch keeps its number."""
    require_role(session, Role.CLERK)
    batch = session.get(RemainsBatch, batch_id)
    if batch is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no batch with id {batch_id}"), batch_id=batch_id)
    if data.batch_number != batch.batch_number:
        raise ValidationError.single("batch_number", QT_TRANSLATE_NOOP("Errors", "a batch keeps its number"))
    errors = _batch_errors(data)
    if errors:
        raise ValidationError(errors)
    for name, value in dataclasses.asdict(data).items():
        if getattr(batch, name) != value:
            setattr(batch, name, value)
    session.flush()
    return to_dto(batch, BatchDTO)


def save_case(
    session: Session, case_id: uuid.UUID | None, data: RemainsCaseInput, details: PhysicalDetails
) -> RemainsCaseDTO:
    """A case as the editor saves it: the examination, its teeth, marks and implants together."""
    saved = create_case(session, data) if case_id is None else update_case(session, case_id, data)
    set_dental_chart(session, details.dental, remains_case_id=saved.id)
    set_marks(session, details.marks, remains_case_id=saved.id)
    set_implants(session, details.implants, remains_case_id=saved.id)
    return saved
