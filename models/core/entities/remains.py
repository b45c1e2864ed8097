"""Remains and identification after INTERPOL DVI practice: PM and AM data, DNA, candidates."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.core.entities.base import Base, Tracked, enum_column
from models.core.enums import (
    CandidateState,
    IdentificationDecision,
    IdentificationMethod,
    MarkKind,
    ProposalState,
    RemainsCondition,
    RemainsStatus,
    SampleKind,
    SampleStatus,
    Sex,
    ToothState,
)
from models.core.partial_date import PartialDate

# Marks, implants and teeth belong to exactly one of a PM case or an AM record.
_ONE_OWNER = "(remains_case_id IS NULL) <> (ante_mortem_id IS NULL)"


class RemainsBatch(Base, Tracked):
    """One handover convoy."""

    __tablename__ = "remains_batch"

    batch_number: Mapped[str] = mapped_column(String(64), unique=True)
    received_on: Mapped[dt.date]
    place: Mapped[str] = mapped_column(String(200), default="")
    handed_over_by: Mapped[str] = mapped_column(String(200), default="")
    declared_count: Mapped[int] = mapped_column(default=0)
    bag_numbers: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class RemainsCase(Base, Tracked):
    """Post-mortem record of one body or body part."""

    __tablename__ = "remains_case"

    case_number: Mapped[str] = mapped_column(String(64), unique=True)
    batch_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("remains_batch.id"), index=True)
    bag_number: Mapped[str] = mapped_column(String(64), default="")
    # Body parts of one individual point at that individual's primary case.
    individual_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("remains_case.id"), index=True)
    is_body_part: Mapped[bool] = mapped_column(default=False)
    body_part: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[RemainsStatus] = mapped_column(enum_column(RemainsStatus), default=RemainsStatus.RECEIVED)
    recovery_place: Mapped[str] = mapped_column(String(200), default="")
    recovery_date: Mapped[PartialDate | None]
    condition: Mapped[RemainsCondition | None] = mapped_column(enum_column(RemainsCondition))
    effects: Mapped[str] = mapped_column(Text, default="")
    clothing: Mapped[str] = mapped_column(Text, default="")
    documents_found: Mapped[str] = mapped_column(Text, default="")
    id_tags: Mapped[str] = mapped_column(Text, default="")
    apparent_sex: Mapped[Sex] = mapped_column(enum_column(Sex), default=Sex.UNKNOWN)
    age_min: Mapped[int | None]
    age_max: Mapped[int | None]
    stature_min_cm: Mapped[int | None]
    stature_max_cm: Mapped[int | None]
    hair: Mapped[str] = mapped_column(String(200), default="")
    amputations: Mapped[str] = mapped_column(Text, default="")
    injuries: Mapped[str] = mapped_column(Text, default="")
    cause_of_death: Mapped[str] = mapped_column(Text, default="")
    fingerprints_taken: Mapped[bool] = mapped_column(default=False)
    storage_place: Mapped[str] = mapped_column(String(200), default="")
    possibly_other_side: Mapped[bool] = mapped_column(default=False)
    commingled: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class CustodyTransfer(Base, Tracked):
    """One link of the chain of custody."""

    __tablename__ = "custody_transfer"

    remains_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("remains_case.id", ondelete="CASCADE"), index=True)
    from_party: Mapped[str] = mapped_column(String(200))
    to_party: Mapped[str] = mapped_column(String(200))
    transferred_at: Mapped[dt.datetime]
    by_whom: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")


class AnteMortemRecord(Base, Tracked):
    """What a family told about a missing person, for comparison with remains."""

    __tablename__ = "ante_mortem_record"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), unique=True)
    collected_on: Mapped[dt.date | None]
    collected_from: Mapped[str] = mapped_column(String(200), default="")
    stature_cm: Mapped[int | None]
    build: Mapped[str] = mapped_column(String(100), default="")
    hair: Mapped[str] = mapped_column(String(200), default="")
    eye_colour: Mapped[str] = mapped_column(String(64), default="")
    amputations: Mapped[str] = mapped_column(Text, default="")
    medical_history: Mapped[str] = mapped_column(Text, default="")
    dental_records: Mapped[str] = mapped_column(Text, default="")
    clothing_last_worn: Mapped[str] = mapped_column(Text, default="")
    effects_carried: Mapped[str] = mapped_column(Text, default="")
    last_seen_place: Mapped[str] = mapped_column(String(200), default="")
    last_seen_date: Mapped[PartialDate | None]
    notes: Mapped[str] = mapped_column(Text, default="")


class BodyMark(Base, Tracked):
    __tablename__ = "body_mark"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    remains_case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("remains_case.id", ondelete="CASCADE"), index=True
    )
    ante_mortem_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("ante_mortem_record.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MarkKind] = mapped_column(enum_column(MarkKind))
    body_location: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")


class Implant(Base, Tracked):
    __tablename__ = "implant"
    __table_args__ = (CheckConstraint(_ONE_OWNER, name="one_owner"),)

    remains_case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("remains_case.id", ondelete="CASCADE"), index=True
    )
    ante_mortem_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("ante_mortem_record.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(String(200))
    serial_number: Mapped[str] = mapped_column(String(100), default="", index=True)


class DentalFinding(Base, Tracked):
    """State of one tooth in FDI numbering (11-18, 21-28, 31-38, 41-48)."""

    __tablename__ = "dental_finding"
    __table_args__ = (
        CheckConstraint(_ONE_OWNER, name="one_owner"),
        CheckConstraint("tooth / 10 BETWEEN 1 AND 4 AND tooth % 10 BETWEEN 1 AND 8", name="fdi_tooth"),
    )

    remains_case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("remains_case.id", ondelete="CASCADE"), index=True
    )
    ante_mortem_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("ante_mortem_record.id", ondelete="CASCADE"), index=True
    )
    tooth: Mapped[int]
    state: Mapped[ToothState] = mapped_column(enum_column(ToothState))
    note: Mapped[str] = mapped_column(String(200), default="")


class DnaSample(Base, Tracked):
    """A sample of remains, or a reference sample given by a missing person's relative."""

    __tablename__ = "dna_sample"
    __table_args__ = (
        CheckConstraint(
            "(kind = 'remains' AND remains_case_id IS NOT NULL) OR (kind = 'reference' AND person_id IS NOT NULL)",
            name="owner_matches_kind",
        ),
    )

    sample_number: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[SampleKind] = mapped_column(enum_column(SampleKind, 16))
    remains_case_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("remains_case.id"), index=True)
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id"), index=True)  # the missing person
    relative_name: Mapped[str] = mapped_column(String(200), default="")
    relationship: Mapped[str] = mapped_column(String(64), default="")
    lab: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[SampleStatus] = mapped_column(enum_column(SampleStatus), default=SampleStatus.COLLECTED)
    collected_on: Mapped[dt.date | None]
    resample_of_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("dna_sample.id"))


class DnaResult(Base, Tracked):
    """A lab's comparison of a remains sample with a reference. The lab computes the ratio."""

    __tablename__ = "dna_result"
    __table_args__ = (UniqueConstraint("remains_sample_id", "reference_sample_id", "lab"),)

    remains_sample_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dna_sample.id"), index=True)
    reference_sample_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("dna_sample.id"), index=True)
    likelihood_ratio: Mapped[float]
    lab: Mapped[str] = mapped_column(String(200), default="")
    reported_on: Mapped[dt.date | None]


class MatchCandidate(Base, Tracked):
    """A missing person proposed for a remains case, with the evidence for and against."""

    __tablename__ = "match_candidate"

    remains_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("remains_case.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    score: Mapped[float]
    evidence: Mapped[list[Any]] = mapped_column(default=list)
    state: Mapped[CandidateState] = mapped_column(enum_column(CandidateState), default=CandidateState.PROPOSED)
    rejection_reason: Mapped[str] = mapped_column(Text, default="")


class Identification(Base, Tracked):
    """A proposal to the identification board, and then the board's decision on it.

    ``decision`` is what the proposal concludes (identified or excluded); it becomes
    the board's decision once enough members have signed and it is recorded."""

    __tablename__ = "identification"

    remains_case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("remains_case.id"), index=True)
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id"), index=True)
    decision: Mapped[IdentificationDecision] = mapped_column(enum_column(IdentificationDecision, 16))
    state: Mapped[ProposalState] = mapped_column(enum_column(ProposalState, 16), default=ProposalState.PROPOSED)
    method: Mapped[IdentificationMethod] = mapped_column(
        enum_column(IdentificationMethod, 16), default=IdentificationMethod.PRIMARY
    )
    proposed_on: Mapped[dt.date | None]
    proposed_by: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[dt.date | None]
    board_members: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    death_certificate_number: Mapped[str] = mapped_column(String(64), default="")
    death_date: Mapped[PartialDate | None]
    death_place: Mapped[str] = mapped_column(String(200), default="")
    family_notified_on: Mapped[dt.date | None]
    notified_by: Mapped[str] = mapped_column(String(200), default="")
    notification_method: Mapped[str] = mapped_column(String(200), default="")
    handed_over_on: Mapped[dt.date | None]
    handed_over_to: Mapped[str] = mapped_column(String(200), default="")
    handover_documents: Mapped[str] = mapped_column(Text, default="")
    burial_place: Mapped[str] = mapped_column(String(200), default="")
    burial_date: Mapped[dt.date | None]
    grave: Mapped[str] = mapped_column(String(100), default="")


class BoardSignature(Base, Tracked):
    """One board member's signature on a proposal: each member signs under their own account."""

    __tablename__ = "board_signature"
    __table_args__ = (UniqueConstraint("identification_id", "user_name"),)

    identification_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("identification.id", ondelete="CASCADE"), index=True
    )
    user_name: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200), default="")
    approves: Mapped[bool]
    comment: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[dt.datetime]
