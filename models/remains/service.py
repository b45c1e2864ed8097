"""Remains cases (PM), batches, chain of custody, AM data, DNA and identification records."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models.core.chunks import chunks
from models.core.common import check_not_future, check_text, require_role, to_dto
from models.core.entities import (
    AnteMortemRecord,
    BodyMark,
    CustodyTransfer,
    DentalFinding,
    DnaResult,
    DnaSample,
    Identification,
    Implant,
    MatchCandidate,
    Person,
    RemainsBatch,
    RemainsCase,
)
from models.core.enums import (
    CandidateState,
    IdentificationDecision,
    ProposalState,
    RemainsCondition,
    RemainsStatus,
    Role,
    SampleKind,
    SampleStatus,
    Sex,
    ToothState,
)
from models.core.errors import FieldError, NotFoundError, ValidationError
from models.core.ids import new_id
from models.core.partial_date import PartialDate
from models.remains.dental import is_fdi, not_fdi
from models.remains.marks import Mark


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
    if examined(data):
        case.status = RemainsStatus.EXAMINED
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
    if not is_fdi(tooth):
        raise ValidationError.single("tooth", not_fdi(tooth))
    finding = DentalFinding(tooth=tooth, state=state, note=note, **detail_owner(remains_case_id, ante_mortem_id))
    session.add(finding)
    session.flush()
    return finding.id


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
    """The lab's likelihood ratio, as reported: the app records it, never computes it. Both
    samples are marked profiled."""
    require_role(session, Role.CLERK)
    errors: list[FieldError] = []
    if not (math.isfinite(likelihood_ratio) and likelihood_ratio >= 0):
        errors.append(FieldError("likelihood_ratio", f"{likelihood_ratio} is not a likelihood ratio"))
    check_not_future(errors, "reported_on", reported_on)
    check_text(errors, "lab", lab, max_len=200)
    samples = []
    for name, sample_id, kind in (
        ("remains_sample", remains_sample_id, SampleKind.REMAINS),
        ("reference_sample", reference_sample_id, SampleKind.REFERENCE),
    ):
        sample = session.get(DnaSample, sample_id)
        if sample is None or sample.kind is not kind:
            errors.append(FieldError(name, f"is not a registered {kind.value} sample"))
        else:
            samples.append(sample)
    if errors:
        raise ValidationError(errors)
    for sample in samples:
        sample.status = SampleStatus.PROFILED
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


@dataclass(frozen=True)
class ImplantSpec:
    description: str
    serial_number: str = ""


@dataclass(frozen=True)
class AnteMortemInput:
    collected_on: dt.date | None = None
    collected_from: str = ""
    stature_cm: int | None = None
    build: str = ""
    hair: str = ""
    eye_colour: str = ""
    amputations: str = ""
    medical_history: str = ""
    dental_records: str = ""
    clothing_last_worn: str = ""
    effects_carried: str = ""
    last_seen_place: str = ""
    last_seen_date: PartialDate | None = None
    notes: str = ""


@dataclass(frozen=True)
class AnteMortemDTO(AnteMortemInput):
    id: uuid.UUID = field(default_factory=new_id)
    person_id: uuid.UUID = field(default_factory=new_id)


def validate_ante_mortem(data: AnteMortemInput, row: int | None = None) -> list[FieldError]:
    errors: list[FieldError] = []
    check_not_future(errors, "collected_on", data.collected_on, row)
    check_not_future(errors, "last_seen_date", data.last_seen_date, row)
    if data.stature_cm is not None and not 40 <= data.stature_cm <= 260:
        errors.append(FieldError("stature_cm", f"{data.stature_cm} cm is not a human stature", row))
    for name in ("collected_from", "build", "hair", "eye_colour", "last_seen_place"):
        check_text(errors, name, getattr(data, name), max_len=200, row=row)
    for name in ("amputations", "medical_history", "dental_records", "clothing_last_worn", "effects_carried", "notes"):
        check_text(errors, name, getattr(data, name), max_len=20_000, multiline=True, row=row)
    return errors


def save_ante_mortem(session: Session, person_id: uuid.UUID, data: AnteMortemInput) -> AnteMortemDTO:
    """The family's AM data of a missing person: created, or updated field by field."""
    require_role(session, Role.CLERK)
    if session.get(Person, person_id) is None:
        raise NotFoundError(f"no person with id {person_id}")
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


def update_case(session: Session, case_id: uuid.UUID, data: RemainsCaseInput) -> RemainsCaseDTO:
    require_role(session, Role.CLERK)
    case = _case(session, case_id)
    errors = validate_case(data)
    if (
        data.case_number != case.case_number
        and session.execute(select(RemainsCase.id).where(RemainsCase.case_number == data.case_number)).first()
    ):
        errors.append(FieldError("case_number", f"{data.case_number!r} exists already"))
    if data.individual_case_id == case_id:
        errors.append(FieldError("individual_case_id", "a body part cannot belong to itself"))
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


def detail_owner(
    remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> dict[str, uuid.UUID | None]:
    """The owner columns of a tooth, mark or implant: exactly one PM case or one AM record."""
    if (remains_case_id is None) == (ante_mortem_id is None):
        raise ValidationError.single("remains_case_id", "details belong to one PM case or one AM record")
    return {"remains_case_id": remains_case_id, "ante_mortem_id": ante_mortem_id}


def apply_dental(
    session: Session, stored: Mapping[int, DentalFinding], chart: Mapping[int, ToothState], owner: dict[str, Any]
) -> bool:
    """Bring the stored teeth of one owner to ``chart`` (no flush); whether anything changed."""
    changed = False
    for tooth, finding in stored.items():
        if tooth not in chart:
            session.delete(finding)
            changed = True
        elif finding.state is not chart[tooth]:
            finding.state = chart[tooth]
            changed = True
    for tooth, state in chart.items():
        if tooth not in stored:
            session.add(DentalFinding(tooth=tooth, state=state, **owner))
            changed = True
    return changed


def apply_marks(session: Session, stored: Sequence[BodyMark], marks: Sequence[Mark], owner: dict[str, Any]) -> bool:
    """Replace one owner's marks with ``marks`` unless they are the same (no flush)."""
    if [Mark(m.kind, m.body_location, m.description) for m in stored] == list(marks):
        return False
    for old in stored:
        session.delete(old)
    for mark in marks:
        session.add(BodyMark(kind=mark.kind, body_location=mark.body_location, description=mark.description, **owner))
    return True


def stored_details(
    session: Session, entity: type[DentalFinding] | type[BodyMark], column: str, owner_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[Any]]:
    """The teeth or marks of many PM cases or AM records, by owner, in a few queries."""
    found: dict[uuid.UUID, list[Any]] = {}
    owner_column = getattr(entity, column)
    for chunk in chunks(owner_ids):
        for item in session.scalars(
            select(entity).where(owner_column.in_(chunk)).order_by(entity.created_at, entity.id)
        ):
            found.setdefault(getattr(item, column), []).append(item)
    return found


def set_dental_chart(
    session: Session,
    chart: Mapping[int, ToothState],
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
) -> None:
    """Replace the dental chart of a PM case or an AM record; only changed teeth are written."""
    require_role(session, Role.CLERK)
    owner = detail_owner(remains_case_id, ante_mortem_id)
    bad = [t for t in chart if not is_fdi(t)]
    if bad:
        raise ValidationError.single("tooth", not_fdi(bad[0]))
    column = DentalFinding.remains_case_id if remains_case_id else DentalFinding.ante_mortem_id
    stored = {
        f.tooth: f for f in session.scalars(select(DentalFinding).where(column == (remains_case_id or ante_mortem_id)))
    }
    apply_dental(session, stored, chart, owner)
    session.flush()


def dental_chart(
    session: Session, *, remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> dict[int, ToothState]:
    column = DentalFinding.remains_case_id if remains_case_id else DentalFinding.ante_mortem_id
    return dict(
        session.execute(
            select(DentalFinding.tooth, DentalFinding.state).where(column == (remains_case_id or ante_mortem_id))
        ).all()
    )


def set_marks(
    session: Session,
    marks: Sequence[Mark],
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
) -> None:
    require_role(session, Role.CLERK)
    owner = detail_owner(remains_case_id, ante_mortem_id)
    column = BodyMark.remains_case_id if remains_case_id else BodyMark.ante_mortem_id
    stored = list(
        session.scalars(
            select(BodyMark)
            .where(column == (remains_case_id or ante_mortem_id))
            .order_by(BodyMark.created_at, BodyMark.id)
        )
    )
    if apply_marks(session, stored, marks, owner):
        session.flush()


def marks_of(
    session: Session, *, remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> list[Mark]:
    column = BodyMark.remains_case_id if remains_case_id else BodyMark.ante_mortem_id
    rows = session.execute(
        select(BodyMark.kind, BodyMark.body_location, BodyMark.description)
        .where(column == (remains_case_id or ante_mortem_id))
        .order_by(BodyMark.created_at, BodyMark.id)
    )
    return [Mark(kind, where, description) for kind, where, description in rows]


def set_implants(
    session: Session,
    implants: Sequence[ImplantSpec],
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
) -> None:
    require_role(session, Role.CLERK)
    owner = detail_owner(remains_case_id, ante_mortem_id)
    errors: list[FieldError] = []
    for n, implant in enumerate(implants):
        check_text(errors, f"implants[{n}].description", implant.description, max_len=200, required=True)
        check_text(errors, f"implants[{n}].serial_number", implant.serial_number, max_len=100)
    if errors:
        raise ValidationError(errors)
    column = Implant.remains_case_id if remains_case_id else Implant.ante_mortem_id
    existing = list(session.scalars(select(Implant).where(column == (remains_case_id or ante_mortem_id))))
    if [ImplantSpec(i.description, i.serial_number) for i in existing] == list(implants):
        return
    for old_implant in existing:
        session.delete(old_implant)
    for spec in implants:
        session.add(Implant(description=spec.description, serial_number=spec.serial_number.strip(), **owner))
    session.flush()


def implants_of(
    session: Session, *, remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> list[ImplantSpec]:
    column = Implant.remains_case_id if remains_case_id else Implant.ante_mortem_id
    rows = session.execute(
        select(Implant.description, Implant.serial_number)
        .where(column == (remains_case_id or ante_mortem_id))
        .order_by(Implant.created_at, Implant.id)
    )
    return [ImplantSpec(d, s) for d, s in rows]


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
        errors.append(FieldError("rejection_reason", "a rejected candidate keeps its reason"))
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


STAGES = ("received", "examined", "sampled", "dna_result", "candidate", "identified", "handed_over")


@dataclass(frozen=True)
class BatchProgress:
    batch: BatchDTO
    received: int  # cases registered under the batch (body parts included)
    individuals: int  # cases that are not parts of another individual
    reached: dict[str, int]  # stage -> cases at that stage or beyond
    possibly_other_side: int
    commingled: int

    @property
    def difference(self) -> int:
        """Declared by the other side minus individuals received (negative: more than declared)."""
        return self.batch.declared_count - self.individuals


@dataclass(frozen=True)
class CaseRow:
    id: uuid.UUID
    case_number: str
    batch_number: str
    stage: str
    recovery_date: PartialDate | None
    recovery_place: str
    apparent_sex: Sex
    age_min: int | None
    age_max: int | None
    storage_place: str
    is_body_part: bool
    possibly_other_side: bool
    commingled: bool
    identified_as: str  # the person's name once identified


def _stages(session: Session, case_ids: Sequence[uuid.UUID] | None = None) -> dict[uuid.UUID, str]:
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
            stages[case_id] = status.value
        elif case_id in proposed_ids:
            stages[case_id] = "candidate"
        elif case_id in result_ids:
            stages[case_id] = "dna_result"
        elif case_id in sampled_ids or status is RemainsStatus.SAMPLED:
            stages[case_id] = "sampled"
        elif status is RemainsStatus.EXAMINED:
            stages[case_id] = "examined"
        else:
            stages[case_id] = "received"
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
        reached = dict.fromkeys(STAGES, 0)
        for case_id, *_ in cases:
            for stage in STAGES[: STAGES.index(stages[case_id]) + 1]:
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
    stage: str | None = None,
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


@dataclass(frozen=True)
class CustodyDTO:
    from_party: str
    to_party: str
    transferred_at: dt.datetime
    by_whom: str
    note: str


@dataclass(frozen=True)
class DnaResultDTO:
    reference_sample: str
    person_id: uuid.UUID | None
    relative_name: str
    relationship: str
    likelihood_ratio: float
    lab: str
    reported_on: dt.date | None


@dataclass(frozen=True)
class SampleDTO:
    id: uuid.UUID
    sample_number: str
    kind: SampleKind
    lab: str
    status: SampleStatus
    collected_on: dt.date | None
    relative_name: str
    relationship: str
    resample_of: str
    results: tuple[DnaResultDTO, ...]


@dataclass(frozen=True)
class CaseDetail:
    case: RemainsCaseDTO
    status: RemainsStatus
    batch_number: str
    stage: str
    dental: dict[int, ToothState]
    marks: list[Mark]
    implants: list[ImplantSpec]
    custody: list[CustodyDTO]
    samples: list[SampleDTO]
    body_parts: list[str]  # case numbers of parts linked to this individual
    individual_case_number: str
    rejected: dict[uuid.UUID, str]


def custody_chain(session: Session, case_id: uuid.UUID) -> list[CustodyDTO]:
    return [
        to_dto(t, CustodyDTO)
        for t in session.scalars(
            select(CustodyTransfer)
            .where(CustodyTransfer.remains_case_id == case_id)
            .order_by(CustodyTransfer.transferred_at, CustodyTransfer.created_at)
        )
    ]


def samples_of(
    session: Session, *, remains_case_id: uuid.UUID | None = None, person_id: uuid.UUID | None = None
) -> list[SampleDTO]:
    """A case's remains samples (or a person's reference samples) with the lab's results."""
    own = DnaSample.remains_case_id == remains_case_id if remains_case_id else DnaSample.person_id == person_id
    samples = list(session.scalars(select(DnaSample).where(own).order_by(DnaSample.sample_number)))
    numbers = dict(
        session.execute(
            select(DnaSample.id, DnaSample.sample_number).where(
                DnaSample.id.in_([s.resample_of_id for s in samples if s.resample_of_id])
            )
        ).all()
    )
    other = aliased(DnaSample)
    results: dict[uuid.UUID, list[DnaResultDTO]] = {s.id: [] for s in samples}
    if samples:
        mine, theirs = (
            (DnaResult.remains_sample_id, DnaResult.reference_sample_id)
            if remains_case_id
            else (DnaResult.reference_sample_id, DnaResult.remains_sample_id)
        )
        for sample_id, number, pid, relative, relationship, ratio, lab, reported in session.execute(
            select(
                mine,
                other.sample_number,
                other.person_id,
                other.relative_name,
                other.relationship,
                DnaResult.likelihood_ratio,
                DnaResult.lab,
                DnaResult.reported_on,
            )
            .join(other, other.id == theirs)
            .where(mine.in_(list(results)))
            .order_by(DnaResult.likelihood_ratio.desc())
        ):
            results[sample_id].append(DnaResultDTO(number, pid, relative, relationship, ratio, lab, reported))
    return [
        SampleDTO(
            s.id,
            s.sample_number,
            s.kind,
            s.lab,
            s.status,
            s.collected_on,
            s.relative_name,
            s.relationship,
            numbers.get(s.resample_of_id, "") if s.resample_of_id else "",
            tuple(results[s.id]),
        )
        for s in samples
    ]


def set_sample_status(session: Session, sample_id: uuid.UUID, status: SampleStatus) -> None:
    require_role(session, Role.CLERK)
    sample = session.get(DnaSample, sample_id)
    if sample is None:
        raise NotFoundError(f"no DNA sample with id {sample_id}")
    sample.status = status
    session.flush()


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


def update_batch(session: Session, batch_id: uuid.UUID, **changes: object) -> BatchDTO:
    """Complete a batch's handover details (a batch created by an import has only its number)."""
    require_role(session, Role.CLERK)
    batch = session.get(RemainsBatch, batch_id)
    if batch is None:
        raise NotFoundError(f"no batch with id {batch_id}")
    allowed = {"received_on", "place", "handed_over_by", "declared_count", "bag_numbers", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValidationError.single(sorted(unknown)[0], "is not a batch field")
    errors: list[FieldError] = []
    if "received_on" in changes:
        assert isinstance(changes["received_on"], dt.date)
        check_not_future(errors, "received_on", changes["received_on"])
    count = changes.get("declared_count", 0)
    if not isinstance(count, int) or count < 0:
        errors.append(FieldError("declared_count", "cannot be negative"))
    for name in ("place", "handed_over_by"):
        if name in changes:
            check_text(errors, name, str(changes[name]), max_len=200)
    if errors:
        raise ValidationError(errors)
    for name, value in changes.items():
        if getattr(batch, name) != value:
            setattr(batch, name, value)
    session.flush()
    return to_dto(batch, BatchDTO)


def sample_id_of(session: Session, sample_number: str) -> uuid.UUID:
    sample_id = session.scalar(select(DnaSample.id).where(DnaSample.sample_number == sample_number.strip()))
    if sample_id is None:
        raise ValidationError.single("reference_sample", f"no sample numbered {sample_number!r} is registered")
    return sample_id


def mark_resample(session: Session, sample_id: uuid.UUID, original_id: uuid.UUID) -> None:
    """A new sample taken because the first one failed: the first one says so."""
    require_role(session, Role.CLERK)
    sample, original = session.get(DnaSample, sample_id), session.get(DnaSample, original_id)
    if sample is None or original is None:
        raise NotFoundError("no such DNA sample")
    if sample.remains_case_id != original.remains_case_id or sample.person_id != original.person_id:
        raise ValidationError.single("resample_of_id", "a re-sample is of the same remains or the same relative")
    sample.resample_of_id = original_id
    original.status = SampleStatus.RESAMPLE_REQUESTED if original.status is not SampleStatus.FAILED else original.status
    session.flush()
