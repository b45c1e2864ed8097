"""Remains cases (PM), batches, chain of custody, AM data, DNA and identification records."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import (
    AnteMortemRecord,
    CustodyTransfer,
    DentalFinding,
    DnaResult,
    DnaSample,
    Identification,
    MatchCandidate,
    RemainsBatch,
    RemainsCase,
)
from models.enums import (
    CandidateState,
    IdentificationDecision,
    RemainsCondition,
    Role,
    SampleKind,
    Sex,
    ToothState,
)
from models.errors import FieldError, NotFoundError, ValidationError
from models.ids import new_id
from models.partial_date import PartialDate
from models.services.common import check_not_future, check_text, require_role, to_dto


@dataclass(frozen=True)
class BatchDTO:
    id: uuid.UUID
    batch_number: str
    received_on: dt.date
    place: str
    handed_over_by: str
    declared_count: int
    bag_numbers: str
    notes: str


@dataclass(frozen=True)
class RemainsCaseInput:
    case_number: str
    batch_id: uuid.UUID | None = None
    bag_number: str = ""
    is_body_part: bool = False
    body_part: str = ""
    individual_case_id: uuid.UUID | None = None
    recovery_place: str = ""
    recovery_date: PartialDate | None = None
    condition: RemainsCondition | None = None
    effects: str = ""
    clothing: str = ""
    documents_found: str = ""
    id_tags: str = ""
    apparent_sex: Sex = Sex.UNKNOWN
    age_min: int | None = None
    age_max: int | None = None
    stature_min_cm: int | None = None
    stature_max_cm: int | None = None
    hair: str = ""
    amputations: str = ""
    injuries: str = ""
    cause_of_death: str = ""
    fingerprints_taken: bool = False
    storage_place: str = ""
    possibly_other_side: bool = False
    commingled: bool = False
    notes: str = ""


@dataclass(frozen=True)
class RemainsCaseDTO(RemainsCaseInput):
    id: uuid.UUID = field(default_factory=new_id)


def create_batch(
    session: Session,
    batch_number: str,
    received_on: dt.date,
    *,
    place: str = "",
    handed_over_by: str = "",
    declared_count: int = 0,
    bag_numbers: str = "",
    notes: str = "",
) -> BatchDTO:
    require_role(session, Role.CLERK)
    errors: list[FieldError] = []
    check_text(errors, "batch_number", batch_number, max_len=64, required=True)
    check_not_future(errors, "received_on", received_on)
    if declared_count < 0:
        errors.append(FieldError("declared_count", "cannot be negative"))
    if not errors and session.execute(select(RemainsBatch.id).where(RemainsBatch.batch_number == batch_number)).first():
        errors.append(FieldError("batch_number", f"{batch_number!r} exists already"))
    if errors:
        raise ValidationError(errors)
    batch = RemainsBatch(
        batch_number=batch_number,
        received_on=received_on,
        place=place,
        handed_over_by=handed_over_by,
        declared_count=declared_count,
        bag_numbers=bag_numbers,
        notes=notes,
    )
    session.add(batch)
    session.flush()
    return to_dto(batch, BatchDTO)


def validate_case(data: RemainsCaseInput) -> list[FieldError]:
    errors: list[FieldError] = []
    check_text(errors, "case_number", data.case_number, max_len=64, required=True)
    check_not_future(errors, "recovery_date", data.recovery_date)
    for low, high in (("age_min", "age_max"), ("stature_min_cm", "stature_max_cm")):
        a, b = getattr(data, low), getattr(data, high)
        for name, value in ((low, a), (high, b)):
            if value is not None and not 0 <= value <= 260:
                errors.append(FieldError(name, f"{value} is out of range"))
        if a is not None and b is not None and a > b:
            errors.append(FieldError(high, f"{b} is below the minimum {a}"))
    if data.individual_case_id is not None and not data.is_body_part:
        errors.append(FieldError("individual_case_id", "only a body part is linked to another case"))
    return errors


def create_case(session: Session, data: RemainsCaseInput) -> RemainsCaseDTO:
    require_role(session, Role.CLERK)
    errors = validate_case(data)
    if (
        not errors
        and session.execute(select(RemainsCase.id).where(RemainsCase.case_number == data.case_number)).first()
    ):
        errors.append(FieldError("case_number", f"{data.case_number!r} exists already"))
    if errors:
        raise ValidationError(errors)
    case = RemainsCase(**{f.name: getattr(data, f.name) for f in fields(RemainsCaseInput)})
    session.add(case)
    session.flush()
    return to_dto(case, RemainsCaseDTO)


def _case(session: Session, case_id: uuid.UUID) -> RemainsCase:
    case = session.get(RemainsCase, case_id)
    if case is None:
        raise NotFoundError(f"no remains case with id {case_id}")
    return case


def record_custody_transfer(
    session: Session,
    case_id: uuid.UUID,
    from_party: str,
    to_party: str,
    transferred_at: dt.datetime,
    by_whom: str,
    note: str = "",
) -> uuid.UUID:
    """One more link of the chain of custody. Links are only added, never edited."""
    require_role(session, Role.CLERK)
    _case(session, case_id)
    errors: list[FieldError] = []
    for name, value in (("from_party", from_party), ("to_party", to_party), ("by_whom", by_whom)):
        check_text(errors, name, value, max_len=200, required=True)
    if transferred_at > dt.datetime.now(dt.UTC):
        errors.append(FieldError("transferred_at", "is in the future"))
    if errors:
        raise ValidationError(errors)
    transfer = CustodyTransfer(
        remains_case_id=case_id,
        from_party=from_party,
        to_party=to_party,
        transferred_at=transferred_at,
        by_whom=by_whom,
        note=note,
    )
    session.add(transfer)
    session.flush()
    return transfer.id


def record_dental(
    session: Session,
    tooth: int,
    state: ToothState,
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
    note: str = "",
) -> uuid.UUID:
    require_role(session, Role.CLERK)
    if tooth // 10 not in range(1, 5) or tooth % 10 not in range(1, 9):
        raise ValidationError.single("tooth", f"{tooth} is not an FDI tooth number (11-18, 21-28, 31-38, 41-48)")
    if (remains_case_id is None) == (ante_mortem_id is None):
        raise ValidationError.single("remains_case_id", "a finding belongs to one PM case or one AM record")
    finding = DentalFinding(
        tooth=tooth, state=state, remains_case_id=remains_case_id, ante_mortem_id=ante_mortem_id, note=note
    )
    session.add(finding)
    session.flush()
    return finding.id


def record_ante_mortem(
    session: Session,
    person_id: uuid.UUID,
    *,
    collected_on: dt.date | None = None,
    collected_from: str = "",
    stature_cm: int | None = None,
    hair: str = "",
    clothing_last_worn: str = "",
    last_seen_place: str = "",
    last_seen_date: PartialDate | None = None,
    medical_history: str = "",
) -> uuid.UUID:
    require_role(session, Role.CLERK)
    errors: list[FieldError] = []
    check_not_future(errors, "collected_on", collected_on)
    check_not_future(errors, "last_seen_date", last_seen_date)
    if stature_cm is not None and not 40 <= stature_cm <= 260:
        errors.append(FieldError("stature_cm", f"{stature_cm} cm is not a human stature"))
    if errors:
        raise ValidationError(errors)
    record = AnteMortemRecord(
        person_id=person_id,
        collected_on=collected_on,
        collected_from=collected_from,
        stature_cm=stature_cm,
        hair=hair,
        clothing_last_worn=clothing_last_worn,
        last_seen_place=last_seen_place,
        last_seen_date=last_seen_date,
        medical_history=medical_history,
    )
    session.add(record)
    session.flush()
    return record.id


def add_dna_sample(
    session: Session,
    sample_number: str,
    kind: SampleKind,
    *,
    remains_case_id: uuid.UUID | None = None,
    person_id: uuid.UUID | None = None,
    relative_name: str = "",
    relationship: str = "",
    lab: str = "",
    collected_on: dt.date | None = None,
) -> uuid.UUID:
    require_role(session, Role.CLERK)
    errors: list[FieldError] = []
    check_text(errors, "sample_number", sample_number, max_len=64, required=True)
    if kind is SampleKind.REMAINS and remains_case_id is None:
        errors.append(FieldError("remains_case_id", "a remains sample belongs to a remains case"))
    if kind is SampleKind.REFERENCE and (person_id is None or not relative_name.strip()):
        errors.append(FieldError("relative_name", "a reference sample names the missing person and the relative"))
    if not errors and session.execute(select(DnaSample.id).where(DnaSample.sample_number == sample_number)).first():
        errors.append(FieldError("sample_number", f"{sample_number!r} exists already"))
    if errors:
        raise ValidationError(errors)
    sample = DnaSample(
        sample_number=sample_number,
        kind=kind,
        remains_case_id=remains_case_id,
        person_id=person_id,
        relative_name=relative_name,
        relationship=relationship,
        lab=lab,
        collected_on=collected_on,
    )
    session.add(sample)
    session.flush()
    return sample.id


def record_dna_result(
    session: Session,
    remains_sample_id: uuid.UUID,
    reference_sample_id: uuid.UUID,
    likelihood_ratio: float,
    *,
    lab: str = "",
    reported_on: dt.date | None = None,
) -> uuid.UUID:
    """The lab's likelihood ratio, as reported: the app records it, never computes it."""
    require_role(session, Role.CLERK)
    if not likelihood_ratio >= 0:
        raise ValidationError.single("likelihood_ratio", f"{likelihood_ratio} is not a likelihood ratio")
    result = DnaResult(
        remains_sample_id=remains_sample_id,
        reference_sample_id=reference_sample_id,
        likelihood_ratio=likelihood_ratio,
        lab=lab,
        reported_on=reported_on,
    )
    session.add(result)
    session.flush()
    return result.id


def propose_candidate(
    session: Session, case_id: uuid.UUID, person_id: uuid.UUID, score: float, evidence: list[dict[str, object]]
) -> uuid.UUID:
    require_role(session, Role.CLERK)
    candidate = MatchCandidate(
        remains_case_id=case_id, person_id=person_id, score=score, evidence=evidence, state=CandidateState.PROPOSED
    )
    session.add(candidate)
    session.flush()
    return candidate.id


def reject_candidate(session: Session, candidate_id: uuid.UUID, reason: str) -> None:
    require_role(session, Role.CLERK)
    if not reason.strip():
        raise ValidationError.single("rejection_reason", "a rejected candidate keeps its reason")
    candidate = session.get(MatchCandidate, candidate_id)
    if candidate is None:
        raise NotFoundError(f"no candidate with id {candidate_id}")
    candidate.state = CandidateState.REJECTED
    candidate.rejection_reason = reason
    session.flush()


def record_identification(
    session: Session,
    case_id: uuid.UUID,
    person_id: uuid.UUID,
    decision: IdentificationDecision,
    decided_on: dt.date,
    *,
    board_members: str,
    evidence: str,
    signed_by: str,
) -> uuid.UUID:
    """The board's decision; only a supervisor records it."""
    require_role(session, Role.SUPERVISOR)
    _case(session, case_id)
    errors: list[FieldError] = []
    check_not_future(errors, "decided_on", decided_on)
    check_text(errors, "board_members", board_members, max_len=2000, required=True, multiline=True)
    check_text(errors, "evidence", evidence, max_len=20_000, required=True, multiline=True)
    check_text(errors, "signed_by", signed_by, max_len=200, required=True)
    if errors:
        raise ValidationError(errors)
    record = Identification(
        remains_case_id=case_id,
        person_id=person_id,
        decision=decision,
        decided_on=decided_on,
        board_members=board_members,
        evidence=evidence,
        signed_by=signed_by,
    )
    session.add(record)
    session.flush()
    return record.id
