"""What the person registry takes and returns: persons, their records, search hits, duplicates,
CSV results and the dashboard. Plain dataclasses, no SQL: views, reports and the CLI import these."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import Any

from models.core.enums import (
    Annex1Category,
    ChangeOp,
    CommissionDecision,
    Consent,
    Health,
    NameForm,
    PersonStatus,
    Reliability,
    Sex,
    SourceKind,
    StatusEventKind,
)
from models.core.errors import FieldError
from models.core.ids import new_id
from models.core.partial_date import PartialDate
from models.names.collation import sort_key


@dataclass(frozen=True)
class PersonInput:
    """What a user or an import may set on a person. Strings default to empty, never None."""

    external_id: str
    surname: str
    given_names: str = ""
    patronymic: str = ""
    mother_maiden_name: str = ""
    sex: Sex = Sex.UNKNOWN
    date_of_birth: PartialDate | None = None
    place_of_birth: str = ""
    citizenship: str = ""
    service_number: str = ""
    rank: str = ""
    unit: str = ""
    is_civilian: bool = False
    status: PersonStatus = PersonStatus.MISSING
    health: Health | None = None
    annex1_category: Annex1Category | None = None
    consent_to_repatriation: Consent = Consent.UNKNOWN
    capture_date: PartialDate | None = None
    capture_place: str = ""
    coming_from: str = ""
    detention_place: str = ""
    prisoner_number: str = ""
    address_for_correspondence: str = ""
    death_date: PartialDate | None = None
    death_place: str = ""
    death_cause: str = ""
    burial_place: str = ""
    grave: str = ""
    notes: str = ""


INPUT_FIELDS = tuple(f.name for f in dataclasses.fields(PersonInput))


MULTILINE_FIELDS = frozenset({"notes", "address_for_correspondence"})


@dataclass(frozen=True)
class PersonDTO(PersonInput):
    id: uuid.UUID = field(default_factory=new_id)
    version_vector: dict[str, int] = field(default_factory=dict)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None

    def as_input(self) -> PersonInput:
        return PersonInput(**{name: getattr(self, name) for name in INPUT_FIELDS})

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.surname, self.given_names, self.patronymic) if part)


@dataclass(frozen=True)
class PersonRow:
    """One line of the registry table: only what the table shows."""

    id: uuid.UUID
    external_id: str
    surname: str
    given_names: str
    patronymic: str
    date_of_birth: PartialDate | None
    service_number: str
    rank: str
    unit: str
    status: PersonStatus
    health: Health | None
    capture_date: PartialDate | None

    def collation_key(self, field: str) -> str:
        """The row's value of ``field`` as the registry sorts it (Ukrainian alphabetical order)."""
        return sort_key(str(getattr(self, field) or ""))


ROW_FIELDS = tuple(f.name for f in dataclasses.fields(PersonRow))


SORTABLE = frozenset(ROW_FIELDS) - {"id"}
BY_RELEVANCE = "relevance"  # PersonQuery.sort_by with search text: how well each person fits it


@dataclass(frozen=True)
class PersonQuery:
    """Which persons the registry shows, and in which order (sorting happens in SQL)."""

    statuses: frozenset[PersonStatus] = frozenset()
    healths: frozenset[Health] = frozenset()
    annex1_categories: frozenset[Annex1Category] = frozenset()
    unit: str = ""  # part of the unit's name, any case
    citizenship: str = ""
    captured_from: dt.date | None = None
    captured_to: dt.date | None = None
    on_list: uuid.UUID | None = None  # persons matched to an entry of any version of this list
    sort_by: str = "surname"  # a column, or "relevance" (with ``text``: how well the person fits it)
    descending: bool = False
    text: str = ""  # search text (models.persons.search): only the persons it finds

    @property
    def filtered(self) -> bool:
        return self != PersonQuery(sort_by=self.sort_by, descending=self.descending, text=self.text)


@dataclass(frozen=True)
class StatusEventInput:
    """An event in a person's timeline (capture, transfer, hospital, release, death …)."""

    kind: StatusEventKind
    occurred_on: PartialDate | None = None
    place: str = ""
    description: str = ""
    reliability: Reliability = Reliability.UNCONFIRMED
    source_id: uuid.UUID | None = None


@dataclass(frozen=True)
class NextOfKinInput:
    """A relative or the person to inform (GC III Annex IV B)."""

    name: str
    relationship: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    is_person_to_inform: bool = False


@dataclass(frozen=True)
class SourceInput:
    """Where a piece of information came from, and how far it can be trusted."""

    kind: SourceKind
    description: str = ""
    reliability: Reliability = Reliability.UNCONFIRMED
    received_on: dt.date | None = None


@dataclass(frozen=True)
class NameInput:
    """Another known spelling of a person's name (Latin, Russian form, a list's variant)."""

    form: NameForm
    surname: str
    given_names: str = ""
    patronymic: str = ""
    generated: bool = False


@dataclass(frozen=True)
class HealthReportInput:
    """A health report (GC III Art. 30: weekly for the seriously ill or wounded)."""

    reported_on: dt.date
    health: Health
    annex1_category: Annex1Category | None = None
    description: str = ""


@dataclass(frozen=True)
class CommissionDecisionInput:
    """A Mixed Medical Commission decision (GC III Art. 112, Annex II): three members, by majority."""

    examined_on: dt.date
    decision: CommissionDecision
    votes_for: int
    votes_against: int
    annex1_category: Annex1Category | None = None
    members: str = ""
    notes: str = ""


@dataclass(frozen=True)
class StatusEventDTO:
    id: uuid.UUID
    person_id: uuid.UUID
    kind: StatusEventKind
    occurred_on: PartialDate | None
    place: str
    description: str
    source_id: uuid.UUID | None
    reliability: Reliability


@dataclass(frozen=True)
class NextOfKinDTO:
    id: uuid.UUID
    person_id: uuid.UUID
    name: str
    relationship: str
    address: str
    phone: str
    email: str
    is_person_to_inform: bool


@dataclass(frozen=True)
class SourceDTO:
    id: uuid.UUID
    person_id: uuid.UUID | None
    kind: SourceKind
    description: str
    reliability: Reliability
    received_on: dt.date | None


@dataclass(frozen=True)
class NameDTO:
    id: uuid.UUID
    person_id: uuid.UUID
    form: NameForm
    surname: str
    given_names: str
    patronymic: str
    generated: bool


@dataclass(frozen=True)
class HealthReportDTO:
    id: uuid.UUID
    person_id: uuid.UUID
    reported_on: dt.date
    health: Health
    annex1_category: Annex1Category | None
    description: str


@dataclass(frozen=True)
class CommissionDecisionDTO:
    id: uuid.UUID
    person_id: uuid.UUID
    examined_on: dt.date
    decision: CommissionDecision
    annex1_category: Annex1Category | None
    members: str
    votes_for: int
    votes_against: int
    notes: str


@dataclass(frozen=True)
class BulkResult:
    created: int
    updated: int
    unchanged: int


@dataclass(frozen=True)
class RejectedRow:
    line: int
    fields: list[str]
    errors: list[FieldError]

    @property
    def reason(self) -> str:
        return "; ".join(f"{e.field}: {e.reason_text}" for e in self.errors)


@dataclass
class ParsedFile:
    header: list[str]
    rows: list[tuple[int, PersonInput, str]] = field(default_factory=list)  # line, person, next of kin
    rejected: list[RejectedRow] = field(default_factory=list)
    file_errors: list[FieldError] = field(default_factory=list)  # problems of the whole file
    warnings: list[FieldError] = field(default_factory=list)  # read, but worth a look (look-alike letters …)

    @property
    def errors(self) -> list[FieldError]:
        return self.file_errors + [e for r in self.rejected for e in r.errors]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    rejected: list[RejectedRow]


@dataclass(frozen=True)
class RecentChange:
    at: dt.datetime
    author: str
    entity: str
    op: ChangeOp
    record_id: uuid.UUID
    fields: tuple[str, ...]
    label: str  # the person's name when the record is a person


@dataclass(frozen=True)
class StalePerson:
    id: uuid.UUID
    name: str
    status: PersonStatus
    last_news: PartialDate


@dataclass(frozen=True)
class Dashboard:
    by_status: dict[PersonStatus, int]
    by_health: dict[Health | None, int]
    captures_per_month: list[tuple[str, int]]  # ("2024-05", n), oldest first
    returns_per_month: list[tuple[str, int]]
    recent: list[RecentChange]
    stale: list[StalePerson]


@dataclass(frozen=True)
class DuplicateCandidate:
    row: PersonRow
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    author: str
    entity: str  # "person", or the record about the person ("next_of_kin", "status_event" ...)
    record_id: uuid.UUID
    op: ChangeOp
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class SearchHit:
    row: PersonRow
    score: float  # relevance: each query word by the best role it was found in (models.persons.search)


@dataclass(frozen=True)
class SearchResult:
    """A search of the whole registry: every person found counted, the best shown."""

    query: str
    total: int  # every person found, however few are in ``hits``
    hits: list[SearchHit]
    left_out: list[str] = field(default_factory=list)  # no one had every word: these some lack


@dataclass(frozen=True)
class MergeRecord:
    """A merge the change log holds, whose merged-away record can be brought back."""

    other_id: uuid.UUID  # the record merged away
    keep_id: uuid.UUID  # the record it was merged into
    at: dt.datetime  # UTC
    author: str
    other: str  # "name (external id)" of the record merged away, as it was
    keep: str  # the same of the kept record, as it is
