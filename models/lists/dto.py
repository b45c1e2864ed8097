"""What the lists feature takes and returns: agreements, list versions and entries, checks,
diffs, printouts and exchange days. Plain dataclasses, no SQL: views, reports and the CLI import these."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from models.core.enums import (
    Annex1Category,
    CriteriaMatch,
    EntryMatchState,
    Health,
    PersonStatus,
    Sex,
    Side,
)
from models.core.errors import FieldError
from models.core.partial_date import BirthRange, PartialDate


@dataclass(frozen=True)
class AgreementDTO:
    id: uuid.UUID
    title: str
    signed_on: dt.date | None
    place: str
    parties: str
    mediator: str
    notes: str


@dataclass(frozen=True)
class CriteriaVersionDTO:
    id: uuid.UUID
    agreement_id: uuid.UUID
    version: int
    match: CriteriaMatch
    criteria: list[Any]
    effective_from: dt.date | None
    note: str


@dataclass(frozen=True)
class ListVersionDTO:
    id: uuid.UUID
    list_id: uuid.UUID
    version: int
    received_on: dt.date | None
    source_filename: str
    entries: int


@dataclass(frozen=True)
class ListEntryInput:
    row_number: int
    raw: dict[str, str]  # every cell exactly as written, by header
    surname: str = ""
    given_names: str = ""
    patronymic: str = ""
    date_of_birth: PartialDate | None = None
    date_of_birth_ambiguous: bool = False
    service_number: str = ""
    rank: str = ""
    category: str = ""
    person_id: uuid.UUID | None = None  # known from the start (our own lists, built from the registry)
    sheet_row: int | None = None  # the row as the spreadsheet shows it
    sex: Sex = Sex.UNKNOWN
    reading_flags: tuple[str, ...] = ()  # what reading it assumed: READING_FLAGS


@dataclass(frozen=True)
class AgreementDetails:
    agreement: AgreementDTO
    criteria: list[CriteriaVersionDTO]
    phases: list[tuple[int, dt.date | None, str]]
    commitments: list[tuple[Side, str, dt.date | None, dt.date | None, str]]  # side, text, due, fulfilled, evidence


PUBLIC_STATE = {  # the three states the check reports; a person's decision counts as the check's
    EntryMatchState.MATCHED: "matched",
    EntryMatchState.CONFIRMED: "matched",
    EntryMatchState.REVIEW: "review",
    EntryMatchState.UNMATCHED: "unmatched",
    EntryMatchState.REJECTED: "unmatched",
}


Progress = Callable[[int, int], None]


# Why a row is not an entry (``SkippedRow.reason``).
SKIP_REASONS = (
    "title",
    "approval",
    "separator_hint",
    "column_numbers",
    "repeated_header",
    "section",
    "total",
    "signature",
    "note",
    "no_name",
)


@dataclass(frozen=True)
class SkippedRow:
    """A row that is not a person: never matched, judged or put in a letter."""

    row: int  # as the spreadsheet shows it
    text: str  # its cells, joined with " | "
    reason: str  # one of SKIP_REASONS
    person_like: bool = False  # it holds a name and a date of birth all the same: a clerk should look


@dataclass(frozen=True)
class ImportedList:
    version: ListVersionDTO
    problems: list[FieldError]  # cells that could not be read (the entries are kept, raw)
    mapping: dict[str, int]
    skipped: list[SkippedRow] = field(default_factory=list)  # rows that are not persons, with the reason
    notes: list[str] = field(default_factory=list)  # what the reading assumed
    previous_entries: int | None = None  # entries of the version before this one; None: the list's first


@dataclass(frozen=True)
class CandidateView:
    """A ranked candidate as stored with the entry (the registry row is read when shown)."""

    person_id: uuid.UUID
    external_id: str
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class EntryResult:
    entry_id: uuid.UUID
    row: int
    raw_name: str
    raw_date_of_birth: str
    state: EntryMatchState
    person_id: uuid.UUID | None
    person_external_id: str | None
    score: float | None
    candidates: list[CandidateView]
    verdicts: list[Verdict]
    compliant: bool | None
    flags: list[str]
    sheet_row: int | None = None  # the row as the spreadsheet shows it
    read: dict[str, str] = field(default_factory=dict)  # how the line was read: surname, date_of_birth …
    # read afresh whenever results are shown (the registry changes after a check):
    registry_status: PersonStatus | None = None  # the matched person's status in the registry today
    also_listed: str = ""  # where the person is also on a list of the other side: "our list, phase 1, row 3"

    @property
    def public_state(self) -> str:
        return PUBLIC_STATE[self.state]

    @property
    def alert(self) -> str | None:
        """What the clerk must see before answering for this line: ``deceased`` or ``returned``
        (the registry's record of the matched person), ``both_lists`` (he is on the lists of
        both sides), or None."""
        if self.registry_status is PersonStatus.DECEASED:
            return "deceased"
        if self.registry_status is PersonStatus.RETURNED:
            return "returned"
        return "both_lists" if self.also_listed else None


@dataclass(frozen=True)
class CheckResult:
    list_id: uuid.UUID
    version: int
    entries: list[EntryResult]
    skipped: list[SkippedRow] = field(default_factory=list)  # rows of the file that are not persons
    notes: list[str] = field(default_factory=list)  # what reading the version's file assumed

    def count(self, state: str) -> int:
        return sum(1 for e in self.entries if e.public_state == state)


CLARIFICATION_REQUESTED = "clarification requested"


@dataclass(frozen=True)
class ListNode:
    """One list as the Lists section shows it."""

    list_id: uuid.UUID
    agreement_id: uuid.UUID
    agreement_title: str
    side: Side
    phase: int | None
    title: str
    versions: int


@dataclass(frozen=True)
class Verdict:
    criterion: str  # the kind: under_age, health, annex1, all_for_all, civilian
    label: str  # "under 25 on 2025-06-02"
    verdict: str  # met | not_met | unknown
    reason: str  # in English
    reason_uk: str = ""  # the same in Ukrainian: delegations read either


@dataclass(frozen=True)
class Known:
    """What is known of the listed person: from the registry (matched) and from the list."""

    registry_birth: PartialDate | None
    list_birth: PartialDate | None
    registry_health: Health | None
    registry_annex1: Annex1Category | None
    registry_civilian: bool | None
    list_category: str
    matched: bool
    list_birth_guessed: bool = False  # the list's day/month order is a guess (models.core.dates)


@dataclass(frozen=True)
class DiffLine:
    row: int
    raw: dict[str, str]


@dataclass(frozen=True)
class ChangedLine:
    before: DiffLine
    after: DiffLine
    fields: tuple[str, ...]  # the columns whose text differs


@dataclass(frozen=True)
class ListDiff:
    old_version: int
    new_version: int
    added: list[DiffLine]
    removed: list[DiffLine]
    changed: list[ChangedLine]
    columns: list[str]  # the newer version's header, in the file's order
    old_columns: list[str] = field(default_factory=list)  # the older version's header

    def ordered(self, line: DiffLine) -> list[str]:
        """A line's cells in its own file's column order: a removed line's in the older
        version's (its header may differ from the newer one's)."""
        columns = self.old_columns if line in self.removed and self.old_columns else self.columns
        known = [line.raw.get(c, "") for c in columns if c in line.raw]
        return known + [text for header, text in line.raw.items() if header not in columns]


@dataclass(frozen=True)
class Expected:
    """A person the other side's list for the phase promises to release."""

    person_id: uuid.UUID
    external_id: str
    name: str
    row: int
    status: PersonStatus | None = None  # the registry's status today

    @property
    def recorded_against(self) -> bool:
        """The registry records him deceased or already returned: marking him "came home"
        needs an explicit, logged override (issue 14)."""
        return self.status in BLOCKING_STATUSES


# Statuses that make "came home" a contradiction of the registry's record
BLOCKING_STATUSES = frozenset({PersonStatus.DECEASED, PersonStatus.RETURNED})


@dataclass(frozen=True)
class ExchangeSummary:
    exchange_id: uuid.UUID
    expected: int
    returned: int
    missing: list[str]  # expected, did not come
    unexpected: list[str]  # came, were not on the list
    handed_over: int

    @property
    def parity(self) -> int:
        """Returned minus handed over: 0 is an even exchange."""
        return self.returned - self.handed_over


@dataclass(frozen=True)
class ExchangeReversal:
    """An exchange day taken back: whose status went back (name (id): status now), and whose
    was left because it had changed since."""

    exchange_id: uuid.UUID
    held_on: dt.date
    restored: list[str]
    left: list[str]


@dataclass(frozen=True)
class PhaseParity:
    phase: int | None
    returned: int
    handed_over: int


@dataclass(frozen=True)
class ParticipantLine:
    name: str
    external_id: str
    expected: bool
    returned: bool


@dataclass(frozen=True)
class ExchangeRecord:
    """One recorded exchange day as it goes on paper, with the agreement's parity per phase."""

    exchange_id: uuid.UUID
    agreement: str
    phase: int | None
    held_on: dt.date
    place: str
    home: list[ParticipantLine]  # expected or came: our people
    handed_over: list[str]
    parity: list[PhaseParity]


@dataclass(frozen=True)
class PrintedEntry:
    row: int
    surname: str
    given_names: str
    patronymic: str
    date_of_birth: str
    service_number: str
    rank: str
    category: str
    registry_status: PersonStatus | None = None  # of the person the line was matched to, today


@dataclass(frozen=True)
class ListPrintout:
    list_id: uuid.UUID
    agreement: str
    side: Side
    phase: int | None
    version: int
    locked_at: dt.datetime | None
    criteria: list[str]  # the labels of the agreed criteria, in order
    criteria_match: CriteriaMatch
    entries: list[PrintedEntry]


@dataclass(frozen=True)
class ListAppearance:
    """One line of one list version that names the person."""

    agreement: str
    side: Side
    phase: int | None
    version: int
    row: int
    match_state: str
    compliant: bool | None


# What reading an entry assumed, kept with it and shown with its verdicts.
READING_FLAGS = {
    "date_order_guessed": "day and month order of the date of birth guessed (the column does not decide it)",
    "date_unreadable": "the date of birth is not a date",
    "hidden_row": "the row is hidden in the spreadsheet",
    "damaged_text": "some characters could not be read",
    "sex_unreadable": "the sex column holds an unknown code",
    "name_declined": "the name is written declined, as in a sentence; read in the nominative",
    "name_retyped": "the name was typed with the keyboard on the other layout; read as meant",
}
AGE_FLAG = "age:"  # "age:32@2025-07-01": the list gives an age (32 years on that day), no date of birth


def age_flag(age: int, on: dt.date) -> str:
    """The reading flag of an age given where the date of birth belongs."""
    return f"{AGE_FLAG}{age}@{on.isoformat()}"


def born_by_age(flags: Iterable[str]) -> BirthRange | None:
    """The span of birthdays an entry's age flag gives (``BirthRange.of_age``), or None."""
    for flag in flags:
        if flag.startswith(AGE_FLAG):
            age, _, on = flag[len(AGE_FLAG) :].partition("@")
            try:
                return BirthRange.of_age(int(age), dt.date.fromisoformat(on))
            except ValueError:
                return None
    return None


def reading_phrase(flag: str) -> str:
    """A reading flag as a person reads it."""
    if flag.startswith(AGE_FLAG):
        born = born_by_age([flag])
        return f"an age instead of a date of birth: born {born}" if born else flag
    return READING_FLAGS.get(flag, flag)


@dataclass
class ListFile:
    """A list file as read: its header, the rows below it as text, and the guessed mapping."""

    header: list[str]
    rows: list[list[str]]  # the rows below the header that hold data, cells exactly as written
    mapping: dict[str, int] = field(default_factory=dict)  # field -> column
    header_row: int = 1  # 1-based row of the header in the file (0: no header, read by content)
    encoding: str = ""
    row_numbers: list[int] = field(default_factory=list)  # the spreadsheet row of each of ``rows``
    header_rows: list[list[str]] = field(default_factory=list)  # the header row(s) as written
    above: list[SkippedRow] = field(default_factory=list)  # titles, approval block, sep= line
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    date_cells: dict[tuple[int, int], str] = field(default_factory=dict)  # real date cells of a workbook
    notes: list[str] = field(default_factory=list)  # what the reading assumed
    sheet: str = ""
    number_column: int | None = None  # the list's own numbering (№ з/п), when it has one
    stacked: dict[int, str] = field(default_factory=dict)  # column -> field on a person's second row


@dataclass(frozen=True)
class ListEntries:
    entries: list[ListEntryInput]
    problems: list[FieldError]  # per cell, with the line in the file; entries are kept regardless
    skipped: list[SkippedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


HEALTH_TEXT = {h: h.value.replace("_", " ") for h in Health}
# Ukrainian, as the lists and the delegations write it: one person's state, and the groups a criterion names.
HEALTH_UK = {
    Health.GOOD: "задовільний",
    Health.NOT_WOUNDED: "без поранень",
    Health.RECOVERED: "одужав",
    Health.CONVALESCENT: "одужує",
    Health.SICK: "хворий",
    Health.SERIOUSLY_ILL: "тяжкохворий",
    Health.SLIGHTLY_WOUNDED: "легкопоранений",
    Health.SERIOUSLY_WOUNDED: "тяжкопоранений",
}
HEALTH_GROUP_UK = {
    Health.GOOD: "у задовільному стані",
    Health.NOT_WOUNDED: "без поранень",
    Health.RECOVERED: "одужалі",
    Health.CONVALESCENT: "ті, що одужують",
    Health.SICK: "хворі",
    Health.SERIOUSLY_ILL: "тяжкохворі",
    Health.SLIGHTLY_WOUNDED: "легкопоранені",
    Health.SERIOUSLY_WOUNDED: "тяжкопоранені",
}


def label_of(criterion: dict[str, Any]) -> str:
    kind = criterion["kind"]
    if kind == "under_age":
        return f"under {criterion['age']} on {criterion['on']}"
    if kind in ("health", "annex1"):
        names = [HEALTH_TEXT.get(Health(c), c) if kind == "health" else c for c in criterion["categories"]]
        return " or ".join(names)
    return {"all_for_all": "all-for-all", "civilian": "civilian"}.get(str(kind), str(kind))


@dataclass(frozen=True)
class ExchangeDayInput:
    """An exchange as it happened: who of ours came home, whom we handed over."""

    agreement_id: uuid.UUID
    phase: int | None
    held_on: dt.date
    returned: tuple[uuid.UUID, ...] = ()
    handed_over: tuple[str, ...] = ()
    place: str = ""
    # (person id, reason): persons the registry records as deceased or already returned whom
    # the user marks "came home" anyway; the reason goes on the person's timeline
    overrides: tuple[tuple[uuid.UUID, str], ...] = ()


@dataclass(frozen=True)
class VersionSummary:
    """One version of a list, as ``repatria lists list`` shows it."""

    version: int
    entries: int
    received_on: dt.date | None
    recorded_at: dt.datetime  # when this database recorded it (imported, or built from the registry), UTC
    source_filename: str  # "" for a list built from the registry
    locked_at: dt.datetime | None  # submitted: never edited again
    locked_by: str


@dataclass(frozen=True)
class ListSummary:
    """A list and every version of it, oldest first (a list has at least one)."""

    node: ListNode
    versions: tuple[VersionSummary, ...]

    @property
    def latest(self) -> VersionSummary:
        return self.versions[-1]
