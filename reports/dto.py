"""What the reports print: plain frozen dataclasses the desktop fills from the services."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReportContext:
    """What every page says: who made it, from which data, how it is classified."""

    office: str
    generated_at: dt.datetime
    log_head: str  # "event <id> · <hash prefix>": ties paper to the exact data
    marking: str = "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED"


@dataclass(frozen=True)
class PhaseListRow:
    number: int
    surname: str
    given_names: str
    patronymic: str
    date_of_birth: str
    service_number: str
    rank: str
    category: str
    registry_uk: str = ""  # what our registry records that a signatory must see: "за реєстром: загинув(-ла)"
    registry_en: str = ""


@dataclass(frozen=True)
class PhaseList:
    agreement: str
    side_uk: str  # "наш список" / "список іншої сторони"
    side_en: str
    phase: int | None
    version: int
    rows: list[PhaseListRow] = field(default_factory=list)


@dataclass(frozen=True)
class ComplianceRow:
    row: int
    name_as_written: str
    date_as_written: str
    match: str  # matched | review | unmatched
    person: str  # the registry person's external id and name, or ""
    compliant: bool | None
    reasons_uk: list[str]
    reasons_en: list[str]
    registry_uk: str = ""  # what our registry records of the person that must be seen: "записаний загиблим"
    registry_en: str = ""  # the same in English: "recorded deceased"


@dataclass(frozen=True)
class ComplianceReport:
    agreement: str
    criteria: str
    side_uk: str
    side_en: str
    phase: int | None
    version: int
    rows: list[ComplianceRow] = field(default_factory=list)


@dataclass(frozen=True)
class CaptureCard:
    """GC III Annex IV B, filled from the registry. ``health`` is the Health value's name."""

    record_id: str  # the person's external id, printed and carried in the QR code
    power: str
    surname: str
    given_names: str
    fathers_name: str
    mothers_maiden_name: str
    date_of_birth: str
    place_of_birth: str
    rank: str
    service_number: str
    unit: str
    family_address: str
    captured_on: str
    captured_at: str
    coming_from: str
    health: str
    prisoner_number: str
    camp: str


@dataclass(frozen=True)
class Count:
    label_uk: str
    label_en: str
    count: int


@dataclass(frozen=True)
class Statistics:
    total: int
    by_status: list[Count]
    by_health: list[Count]
    captures_per_month: list[tuple[str, int]]  # ("2024-05", n), oldest first
    returns_per_month: list[tuple[str, int]]


@dataclass(frozen=True)
class ExchangeLine:
    name: str
    record_id: str
    expected: bool
    returned: bool


@dataclass(frozen=True)
class ExchangeReport:
    agreement: str
    phase: int | None
    held_on: str
    place: str
    home: list[ExchangeLine]
    handed_over: list[str]
    parity: list[tuple[int | None, int, int]]  # phase, returned to us, handed over


@dataclass(frozen=True)
class LetterEntry:
    date: str
    incoming: bool
    our_reference: str
    their_reference: str
    channel: str
    subject: str
    body: str


@dataclass(frozen=True)
class LettersReport:
    subject: str
    counterparty: str
    state: str
    due_on: str
    letters: list[LetterEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Dossier:
    record_id: str
    full_name: str
    fields: list[tuple[str, str, str]]  # label in Ukrainian, in English, value
    photos: list[bytes]  # JPEG or PNG
    spellings: list[str]
    next_of_kin: list[str]
    timeline: list[tuple[str, str, str]]  # date, event, place and description
    lists: list[tuple[str, str, str]]  # list and version, row, match and compliance
    correspondence: list[tuple[str, str, str]]  # subject, counterparty, state
    attachments: list[tuple[str, str, str]]  # file name, type, description
    # Ante-mortem data and any identification of remains: label in Ukrainian, in English, value
    remains: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class BatchStatusRow:
    batch_number: str
    received_on: str
    place: str
    handed_over_by: str
    declared: int
    received: int
    individuals: int
    reached: list[int]  # cases at each stage or beyond, in the order of RemainsStatus.stages
    possibly_other_side: int
    commingled: int


@dataclass(frozen=True)
class RemainsStatus:
    stages: list[tuple[str, str]]  # (Ukrainian, English) stage names
    batches: list[BatchStatusRow]
    flagged: list[tuple[str, str, str]]  # case number, batch, what is flagged


@dataclass(frozen=True)
class IdentificationReport:
    case_number: str
    record_id: str  # the case's id, in the QR code
    title_uk: str
    title_en: str
    person: str  # "Surname Given Patronymic (external id)", or "" when no person is named yet
    pm_fields: list[tuple[str, str, str]]
    am_fields: list[tuple[str, str, str]]
    pm_dental: dict[int, str]  # tooth -> short state code
    am_dental: dict[int, str]
    evidence: list[tuple[str, str, str]]  # kind, weight, detail
    dna: list[tuple[str, str, str, str, str]]  # samples, relative, ratio, lab, reported
    custody: list[tuple[str, str, str, str, str]]  # when, from, to, by whom, note
    decision: list[tuple[str, str, str]]
    signatures: list[tuple[str, str, str, str]]  # member, approves, when, comment


@dataclass(frozen=True)
class DeathCertificate:
    certificate_number: str
    record_id: str
    items: list[tuple[str, str, str]]  # Annex IV D items: Ukrainian, English, value
    issued_on: str
    board_members: str
