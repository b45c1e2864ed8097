"""What the remains feature takes and returns: batches, cases, AM data, DNA, candidates and
the board's proposals. Plain dataclasses, no SQL: views, reports and the CLI import these."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from models.core.enums import (
    IdentificationDecision,
    IdentificationMethod,
    MarkKind,
    ProposalState,
    RemainsCondition,
    RemainsStage,
    RemainsStatus,
    SampleKind,
    SampleStatus,
    Sex,
    ToothState,
)
from models.core.ids import new_id
from models.core.partial_date import PartialDate
from models.persons.dto import PersonDTO
from models.remains.body import place_of


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


@dataclass(frozen=True)
class BatchProgress:
    batch: BatchDTO
    received: int  # cases registered under the batch (body parts included)
    individuals: int  # cases that are not parts of another individual
    reached: dict[RemainsStage, int]  # cases at that stage or beyond
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
    stage: RemainsStage
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
    stage: RemainsStage
    dental: dict[int, ToothState]
    marks: list[Mark]
    implants: list[ImplantSpec]
    custody: list[CustodyDTO]
    samples: list[SampleDTO]
    body_parts: list[str]  # case numbers of parts linked to this individual
    individual_case_number: str
    rejected: dict[uuid.UUID, str]


@dataclass(frozen=True)
class SignatureDTO:
    user_name: str
    full_name: str
    approves: bool
    comment: str
    signed_at: dt.datetime


@dataclass(frozen=True)
class ProposalDTO:
    id: uuid.UUID
    remains_case_id: uuid.UUID
    case_number: str
    person_id: uuid.UUID
    person_external_id: str
    person_name: str
    decision: IdentificationDecision
    method: IdentificationMethod
    state: ProposalState
    evidence: str
    proposed_on: dt.date | None
    proposed_by: str
    signatures: tuple[SignatureDTO, ...]
    required: int
    decided_on: dt.date | None
    board_members: str
    signed_by: str
    death_certificate_number: str
    death_date: PartialDate | None
    death_place: str
    family_notified_on: dt.date | None
    notified_by: str
    notification_method: str
    handed_over_on: dt.date | None
    handed_over_to: str
    handover_documents: str
    burial_place: str
    burial_date: dt.date | None
    grave: str

    @property
    def approvals(self) -> int:
        return sum(s.approves for s in self.signatures)

    @property
    def objections(self) -> int:
        return sum(not s.approves for s in self.signatures)

    @property
    def ready(self) -> bool:
        """Signed by enough members, and nobody objects."""
        return self.state is ProposalState.PROPOSED and self.approvals >= self.required and not self.objections


@dataclass(frozen=True)
class Mark:
    kind: MarkKind
    body_location: str = ""
    description: str = ""

    def text(self) -> str:
        """As the import files write it: 'tattoo:left forearm:тризуб'."""
        return ":".join(p for p in (self.kind.value, self.body_location, self.description) if p)

    def describe(self, ukrainian: bool = False) -> str:
        """As a person reads it, the place as understood in the reader's language (however it was
        written): 'tattoo, left forearm: тризуб' / 'татуювання, ліве передпліччя: тризуб'."""
        kind = KIND_UK[self.kind] if ukrainian else self.kind.value
        place = place_of(self.body_location)
        where = (place.ukrainian() if ukrainian else str(place)) if place.region else self.body_location
        head = ", ".join(p for p in (kind, where) if p)
        return f"{head}: {self.description}" if self.description else head


KIND_UK = {
    MarkKind.SCAR: "шрам",
    MarkKind.TATTOO: "татуювання",
    MarkKind.BIRTHMARK: "родимка",
    MarkKind.PIERCING: "пірсинг",
    MarkKind.AMPUTATION: "ампутація",
    MarkKind.DEFORMITY: "деформація",
    MarkKind.OTHER: "інша прикмета",
}


EXCLUSION_BOUND = -30.0  # evidence this strongly against marks the candidate as excluded


@dataclass(frozen=True)
class Thresholds:
    """Likelihood ratios from which a DNA result counts as certain or probable (office settings)."""

    certain: float = 10_000.0
    probable: float = 1_000.0

    def label(self, ratio: float) -> str:
        if ratio >= self.certain:
            return "certain"
        if ratio >= self.probable:
            return "probable"
        if ratio < 1:
            return "excluding"
        return "inconclusive"


@dataclass(frozen=True)
class DnaEvidence:
    likelihood_ratio: float
    lab: str = ""
    reference_sample: str = ""
    relationship: str = ""
    remains_sample: str = ""


@dataclass(frozen=True)
class AmProfile:
    """What is known of a missing person in life: the registry record and the family's AM data."""

    person_id: uuid.UUID
    external_id: str
    surname: str
    given_names: str
    patronymic: str = ""
    service_number: str = ""
    sex: Sex = Sex.UNKNOWN
    date_of_birth: PartialDate | None = None
    stature_cm: int | None = None
    dental: Mapping[int, ToothState] = field(default_factory=dict)
    marks: tuple[Mark, ...] = ()
    implant_serials: frozenset[str] = frozenset()
    clothing: str = ""
    last_seen_place: str = ""
    last_seen_date: PartialDate | None = None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.surname, self.given_names, self.patronymic) if p)


@dataclass(frozen=True)
class PmProfile:
    """What the examination of a remains case found."""

    case_id: uuid.UUID
    case_number: str
    sex: Sex = Sex.UNKNOWN
    age_min: int | None = None
    age_max: int | None = None
    stature_min_cm: int | None = None
    stature_max_cm: int | None = None
    recovery_date: PartialDate | None = None
    recovery_place: str = ""
    dental: Mapping[int, ToothState] = field(default_factory=dict)
    marks: tuple[Mark, ...] = ()
    implant_serials: frozenset[str] = frozenset()
    id_text: str = ""  # ID tags and documents found with the body
    clothing: str = ""


@dataclass(frozen=True)
class Evidence:
    kind: str
    weight: float
    detail: str  # English
    detail_uk: str = ""

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind, "weight": round(self.weight, 2), "detail": self.detail, "detail_uk": self.detail_uk}


@dataclass(frozen=True)
class Scored:
    person_id: uuid.UUID
    score: float
    evidence: tuple[Evidence, ...]

    @property
    def excluded(self) -> bool:
        return any(e.weight <= EXCLUSION_BOUND for e in self.evidence)

    @property
    def primary(self) -> bool:
        """Whether a primary identifier (DNA, implant, dental) speaks for this candidate."""
        return any(e.kind in ("dna", "implant", "dental") and e.weight >= 20 for e in self.evidence)


@dataclass(frozen=True)
class Ranking:
    case_id: uuid.UUID
    case_number: str
    candidates: list[Scored]
    considered: int  # persons compared with the case: every compatible one in bulk, the best and the blocked in full


@dataclass(frozen=True)
class RankedCase:
    ranking: Ranking
    profiles: dict[uuid.UUID, AmProfile]
    rejected: dict[uuid.UUID, str]  # person id -> the reason a person gave
    identified: uuid.UUID | None = None  # the person the board identified the remains as (first in the ranking)


@dataclass
class ImportSummary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    batches_created: list[str] = field(default_factory=list)

    def text(self) -> str:
        made = f"; new batches {', '.join(self.batches_created)}" if self.batches_created else ""
        return f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}{made}"


@dataclass(frozen=True)
class BatchInput:
    """A handover batch as the convoy's papers describe it."""

    batch_number: str
    received_on: dt.date
    place: str = ""
    handed_over_by: str = ""
    declared_count: int = 0  # bodies the other side declared
    bag_numbers: str = ""
    notes: str = ""


@dataclass(frozen=True)
class BatchDTO(BatchInput):
    id: uuid.UUID = field(default_factory=new_id)

    def as_input(self) -> BatchInput:
        return BatchInput(**{f.name: getattr(self, f.name) for f in dataclasses.fields(BatchInput)})


@dataclass(frozen=True)
class CustodyInput:
    """One link of the chain of custody: who handed the remains to whom, and when."""

    from_party: str
    to_party: str
    transferred_at: dt.datetime
    by_whom: str
    note: str = ""


@dataclass(frozen=True)
class SampleInput:
    """A DNA sample: of remains (``remains_case_id``) or a relative's reference (``person_id``)."""

    sample_number: str
    kind: SampleKind
    remains_case_id: uuid.UUID | None = None
    person_id: uuid.UUID | None = None
    relative_name: str = ""
    relationship: str = ""
    lab: str = ""
    collected_on: dt.date | None = None
    resample_of: uuid.UUID | None = None  # the failed sample this one replaces


@dataclass(frozen=True)
class DnaResultInput:
    """A result typed from the laboratory's report: the reference sample's number and the
    likelihood ratio as the lab wrote it ('125000', '1,5e6', '125 000')."""

    reference_sample: str
    likelihood_ratio: str
    lab: str = ""
    reported_on: dt.date | None = None


@dataclass(frozen=True)
class PhysicalDetails:
    """The teeth (FDI), marks and implants of a case (PM) or of a family's account (AM)."""

    dental: Mapping[int, ToothState] = field(default_factory=dict)
    marks: Sequence[Mark] = ()
    implants: Sequence[ImplantSpec] = ()


@dataclass(frozen=True)
class ProposalInput:
    """A proposal to the identification board: this case is (or is not) this person."""

    case_id: uuid.UUID
    person_id: uuid.UUID
    decision: IdentificationDecision
    method: IdentificationMethod
    evidence: str = ""


@dataclass(frozen=True)
class DecisionInput:
    """The board's decision, recorded by a supervisor once enough members approved."""

    decided_on: dt.date
    certificate_number: str = ""
    death_date: PartialDate | None = None
    death_place: str = ""


@dataclass(frozen=True)
class NotificationInput:
    notified_on: dt.date
    by: str
    how: str


@dataclass(frozen=True)
class HandoverInput:
    handed_over_on: dt.date
    to_whom: str
    documents: str = ""


@dataclass(frozen=True)
class BurialInput:
    burial_place: str
    burial_date: dt.date | None = None
    grave: str = ""


@dataclass(frozen=True)
class Comparison:
    """A case and one candidate side by side, with the evidence between them and the outcome of
    each tooth compared (``models.remains.dental.compare_tooth``: 'concordant', 'explainable',
    'inconsistent', 'excluding')."""

    case: CaseDetail
    pm: PmProfile
    person: PersonDTO
    am: AmProfile
    ante_mortem: AnteMortemDTO | None
    scored: Scored
    teeth: Mapping[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class AnteMortemView:
    """What the family told of a missing person, their relatives' samples, and any proposal
    about their remains."""

    record: AnteMortemDTO | None
    dental: Mapping[int, ToothState]
    marks: list[Mark]
    implants: list[ImplantSpec]
    samples: list[SampleDTO]
    identifications: list[ProposalDTO]
