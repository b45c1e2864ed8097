"""DNA samples of remains and relatives' reference samples, and the laboratories' results."""

from __future__ import annotations

import datetime as dt
import math
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from models.core.common import check_not_future, check_text, require_role
from models.core.entities import (
    DnaResult,
    DnaSample,
)
from models.core.enums import (
    Role,
    SampleKind,
    SampleStatus,
)
from models.core.errors import FieldError, NotFoundError, ParseError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.remains.dto import (
    DnaResultDTO,
    DnaResultInput,
    SampleDTO,
    SampleInput,
)


def add_dna_sample(session: Session, data: SampleInput) -> uuid.UUID:
    """A sample of remains or a relative's reference sample; a re-sample names the failed one."""
    require_role(session, Role.CLERK)
    errors: list[FieldError] = []
    check_text(errors, "sample_number", data.sample_number, max_len=64, required=True)
    if data.kind is SampleKind.REMAINS and data.remains_case_id is None:
        errors.append(
            FieldError.of("remains_case_id", QT_TRANSLATE_NOOP("Errors", "a remains sample belongs to a remains case"))
        )
    if data.kind is SampleKind.REFERENCE and (data.person_id is None or not data.relative_name.strip()):
        errors.append(
            FieldError.of(
                "relative_name",
                QT_TRANSLATE_NOOP("Errors", "a reference sample names the missing person and the relative"),
            )
        )
    if (
        not errors
        and session.execute(select(DnaSample.id).where(DnaSample.sample_number == data.sample_number)).first()
    ):
        errors.append(
            FieldError.of(
                "sample_number",
                QT_TRANSLATE_NOOP("Errors", "{sample_number!r} exists already"),
                sample_number=data.sample_number,
            )
        )
    if errors:
        raise ValidationError(errors)
    sample = DnaSample(
        sample_number=data.sample_number,
        kind=data.kind,
        remains_case_id=data.remains_case_id,
        person_id=data.person_id,
        relative_name=data.relative_name,
        relationship=data.relationship,
        lab=data.lab,
        collected_on=data.collected_on,
    )
    session.add(sample)
    session.flush()
    if data.resample_of is not None:
        mark_resample(session, sample.id, data.resample_of)
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
        errors.append(
            FieldError.of(
                "likelihood_ratio",
                QT_TRANSLATE_NOOP("Errors", "{likelihood_ratio} is not a likelihood ratio"),
                likelihood_ratio=likelihood_ratio,
            )
        )
    check_not_future(errors, "reported_on", reported_on)
    check_text(errors, "lab", lab, max_len=200)
    samples = []
    for name, sample_id, kind in (
        ("remains_sample", remains_sample_id, SampleKind.REMAINS),
        ("reference_sample", reference_sample_id, SampleKind.REFERENCE),
    ):
        sample = session.get(DnaSample, sample_id)
        if sample is None or sample.kind is not kind:
            errors.append(
                FieldError.of(name, QT_TRANSLATE_NOOP("Errors", "is not a registered {kind} sample"), kind=kind.value)
            )
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
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no DNA sample with id {sample_id}"), sample_id=sample_id)
    sample.status = status
    session.flush()


def set_reference_donor(session: Session, sample_id: uuid.UUID, relative_name: str, relationship: str) -> None:
    """Correct who gave a reference sample and how they are related to the missing person (a
    name misheard on the telephone, "мати" that was the grandmother): a logged edit. Raises
    NotFoundError, ValidationError (not a reference sample, an empty name, text too long)."""
    require_role(session, Role.CLERK)
    sample = session.get(DnaSample, sample_id)
    if sample is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no DNA sample with id {sample_id}"), sample_id=sample_id)
    errors: list[FieldError] = []
    if sample.kind is not SampleKind.REFERENCE:
        errors.append(
            FieldError.of("relative_name", QT_TRANSLATE_NOOP("Errors", "a sample of remains was given by no relative"))
        )
    check_text(errors, "relative_name", relative_name, max_len=200, required=True)
    check_text(errors, "relationship", relationship, max_len=64)
    if errors:
        raise ValidationError(errors)
    sample.relative_name, sample.relationship = relative_name.strip(), relationship.strip()
    session.flush()


def record_typed_dna_result(session: Session, sample_id: uuid.UUID, data: DnaResultInput) -> uuid.UUID:
    """A result typed from the laboratory's report: the reference sample by its number, the
    likelihood ratio as the lab wrote it."""
    try:
        ratio = read_ratio(data.likelihood_ratio)
    except ValueError as exc:
        raise ValidationError(FieldError.of_error("likelihood_ratio", exc)) from None
    reference = sample_id_of(session, data.reference_sample)
    return record_dna_result(session, sample_id, reference, ratio, lab=data.lab, reported_on=data.reported_on)


def read_ratio(text: str) -> float:
    """A likelihood ratio as labs write it: '125000', '1,5e6', '125 000'; ValueError says why not."""
    cleaned = text.replace(" ", "").replace("\u00a0", "").replace("_", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        ratio = float(cleaned)
    except ValueError:
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a number"), text=text) from None
    if not math.isfinite(ratio) or ratio < 0:
        raise ParseError(QT_TRANSLATE_NOOP("Errors", "{text!r} is not a likelihood ratio (a number >= 0)"), text=text)
    return ratio


def sample_id_of(session: Session, sample_number: str) -> uuid.UUID:
    sample_id = session.scalar(select(DnaSample.id).where(DnaSample.sample_number == sample_number.strip()))
    if sample_id is None:
        raise ValidationError.single(
            "reference_sample",
            QT_TRANSLATE_NOOP("Errors", "no sample numbered {sample_number!r} is registered"),
            sample_number=sample_number,
        )
    return sample_id


def mark_resample(session: Session, sample_id: uuid.UUID, original_id: uuid.UUID) -> None:
    """A new sample taken because the first one failed: the first one says so."""
    require_role(session, Role.CLERK)
    sample, original = session.get(DnaSample, sample_id), session.get(DnaSample, original_id)
    if sample is None or original is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no such DNA sample"))
    if sample.remains_case_id != original.remains_case_id or sample.person_id != original.person_id:
        raise ValidationError.single(
            "resample_of_id", QT_TRANSLATE_NOOP("Errors", "a re-sample is of the same remains or the same relative")
        )
    sample.resample_of_id = original_id
    original.status = SampleStatus.RESAMPLE_REQUESTED if original.status is not SampleStatus.FAILED else original.status
    session.flush()
