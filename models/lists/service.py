"""Importing lists, checking them against the registry and the criteria, and the decisions
a person makes about their entries. Every write goes through the change log."""

from __future__ import annotations

import dataclasses
import hashlib
import re
import uuid
from collections import defaultdict
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.bulk import BulkWriter
from models.core.changelog import RepatriaSession
from models.core.chunks import chunks
from models.core.common import bulk_work, require_role
from models.core.entities import (
    Agreement,
    ChangeEvent,
    CorrespondenceThread,
    CriteriaVersion,
    ExchangeList,
    ListEntry,
    ListVersion,
    Person,
    PersonNameKey,
    ThreadLink,
)
from models.core.entities.base import table_of
from models.core.enums import (
    Annex1Category,
    CriteriaMatch,
    EntryMatchState,
    Health,
    PersonStatus,
    Role,
    Side,
    ThreadState,
)
from models.core.errors import NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.lists.agreements import add_list_version
from models.lists.compliance import combine, judge
from models.lists.dto import (
    CLARIFICATION_REQUESTED,
    CandidateView,
    CheckResult,
    EntryResult,
    ImportedList,
    Known,
    ListNode,
    ListSummary,
    Progress,
    SkippedRow,
    Verdict,
    VersionSummary,
    born_by_age,
    reading_phrase,
)
from models.lists.reader import guess_field, parse_columns, read_list, to_entries
from models.lists.reconcile import EntryName, Match, RegistryIndex
from models.names.engine import ENGINE_VERSION
from models.persons.name_index import reindex_persons

DECIDED = (EntryMatchState.CONFIRMED, EntryMatchState.REJECTED)


def import_list(
    session: Session,
    data: bytes,
    filename: str,
    agreement_id: uuid.UUID,
    side: Side,
    phase: int | None,
    *,
    mapping: dict[str, int] | None = None,
    columns: str | None = None,
    sheet: str | None = None,
) -> ImportedList:
    """A new list, or a new version of the list for this agreement, side and phase.

    ``mapping`` (field -> 0-based column) or ``columns`` (``surname=B,...`` as ``lists import
    --columns`` takes it, on top of the guess) say which column holds what; ``sheet`` names a
    workbook's sheet. ValidationError says what in the file is wrong and where; nothing is
    stored then."""
    require_role(session, Role.CLERK)
    file = read_list(data, filename, columns, sheet)
    if columns:
        mapping = parse_columns(columns, file)
    parsed = to_entries(file, mapping)
    sha256 = hashlib.sha256(data).hexdigest()
    version = add_list_version(
        session,
        agreement_id,
        side,
        phase,
        parsed.entries,
        source_filename=filename,
        source_sha256=sha256,
    )
    stored = session.get(ListVersion, version.id)
    assert stored is not None
    previous = session.scalars(
        select(ListVersion).where(ListVersion.list_id == version.list_id, ListVersion.version == version.version - 1)
    ).first()
    notes = list(parsed.notes)
    if previous is not None and previous.source_sha256 == sha256:
        notes.insert(
            0, f"this file is the same, byte for byte, as version {previous.version} ({previous.source_filename})"
        )
    fields = dict(mapping if mapping is not None else file.mapping)
    # The header in its order: cells are stored by header name, and a list reads in its own order.
    stored.column_mapping = {
        "fields": fields,
        "header": list(file.header),
        "encoding": file.encoding,
        "header_row": file.header_row,
        "sheet": file.sheet,
        "notes": notes,
        # rows that are not persons, kept with their text: shown, never matched or put in a letter
        "skipped": [
            {"row": s.row, "text": s.text[:1000], "reason": s.reason, "person_like": s.person_like}
            for s in parsed.skipped
        ],
    }
    session.flush()
    before = (
        session.execute(select(func.count()).where(ListEntry.list_version_id == previous.id)).scalar_one()
        if previous is not None
        else None
    )
    return ImportedList(version, parsed.problems, fields, parsed.skipped, notes, before)


def skipped_rows(version: ListVersion) -> list[SkippedRow]:
    """The rows of a version's file that are not persons, as the import kept them."""
    stored = (version.column_mapping or {}).get("skipped", [])
    return [
        SkippedRow(int(s["row"]), str(s["text"]), str(s["reason"]), bool(s.get("person_like", False))) for s in stored
    ]


def reading_notes(version: ListVersion) -> list[str]:
    """What reading the version's file assumed, as the import said it."""
    return [str(note) for note in (version.column_mapping or {}).get("notes", [])]


def read_as(entry: Any) -> dict[str, str]:
    """How a line was read, field by field (names split, the date as ISO, sex as coded)."""
    return {
        "surname": entry.surname,
        "given_names": entry.given_names,
        "patronymic": entry.patronymic,
        "date_of_birth": str(entry.date_of_birth) if entry.date_of_birth else "",
        "service_number": entry.service_number,
        "rank": entry.rank,
        "category": entry.category,
        "sex": str(entry.sex.value if entry.sex is not None else "unknown"),
        "unit": _raw_unit(entry.raw or {}),  # kept as written; orders namesakes (``_by_unit``)
    }


def reading_phrases(flags: list[str] | tuple[str, ...]) -> list[str]:
    """What reading an entry assumed, as its flags say it to a person."""
    return [reading_phrase(flag) for flag in flags]


def latest_version(session: Session, list_id: uuid.UUID) -> ListVersion:
    version = session.scalars(
        select(ListVersion).where(ListVersion.list_id == list_id).order_by(ListVersion.version.desc()).limit(1)
    ).first()
    if version is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no list with id {list_id}"), list_id=list_id)
    return version


class _RegistryFacts(NamedTuple):
    """What compliance needs of a matched person, beyond what matching needs."""

    external_id: str
    date_of_birth: PartialDate | None
    status: PersonStatus
    health: Health | None
    annex1_category: Annex1Category | None
    is_civilian: bool


_LAST_INDEX: dict[tuple[str, object, int], RegistryIndex] = {}  # the registry as the last check held it


def _registry(session: Session, progress: Progress | None = None) -> tuple[RegistryIndex, bool]:
    """The registry index for a check, and whether it was read afresh: the last one's again
    when nothing was written since to persons (every write adds to the change log), as when a
    clerk checks the list again after deciding some lines; else read afresh (``_read_registry``)."""
    changed = session.execute(
        select(func.max(ChangeEvent.at)).where(ChangeEvent.entity.in_(("person", "person_name")))
    ).scalar()
    count = session.execute(select(func.count()).select_from(PersonNameKey)).scalar_one()
    key = (str(session.get_bind().engine.url), changed, count)
    index = _LAST_INDEX.get(key)
    if index is not None:
        return index, False
    _LAST_INDEX.clear()
    index = _LAST_INDEX[key] = _read_registry(session, progress)
    return index, True


def _read_registry(session: Session, progress: Progress | None = None) -> RegistryIndex:
    """The whole registry in memory for one check, from the name engine's stored keys alone
    (models.persons.name_index: a compact table, where persons' rows are wide), read as the driver
    gives it: ids become UUIDs only for the persons an entry is matched to, each distinct
    birthday is parsed once, and a person's keys become objects only when the person is a
    candidate (``RegistryIndex.from_stored``). Persons whose keys are missing or were made by
    another engine version are indexed again first, in this transaction, so nobody is left out."""
    stale = _stale_keys(session)
    if stale:  # after an upgrade, everyone: the progress bar shows it (it may cancel)
        reindex_persons(session, stale, progress=progress)
    return RegistryIndex.from_stored(
        session.connection().exec_driver_sql(
            "SELECT person_id, keys, external_id, date_of_birth, service_number FROM person_name_key "
            "ORDER BY person_id, position"
        )
    )


def _stale_keys(session: Session) -> list[uuid.UUID]:
    """Persons with no keys stored, or keys of another engine version (after an upgrade)."""
    current = f"{ENGINE_VERSION}\x1f%"
    return list(
        session.scalars(
            select(Person.id).where(
                ~Person.id.in_(select(PersonNameKey.person_id).where(PersonNameKey.keys.like(current)))
            )
        )
    )


def _facts(session: Session, person_ids: set[uuid.UUID]) -> dict[uuid.UUID, _RegistryFacts]:
    """What compliance needs, for the matched persons only."""
    facts: dict[uuid.UUID, _RegistryFacts] = {}
    ids = sorted(person_ids)
    for chunk in chunks(ids):
        rows = session.execute(
            select(
                Person.id,
                Person.external_id,
                Person.date_of_birth,
                Person.status,
                Person.health,
                Person.annex1_category,
                Person.is_civilian,
            ).where(Person.id.in_(chunk))
        )
        for pid, external_id, born, status, health, annex1, civilian in rows:
            facts[pid] = _RegistryFacts(external_id, born, status, health, annex1, civilian)
    return facts


def _assumed(match: Match) -> list[str]:
    """What a match rests on beyond the same name and date: the evidence that is not "the same"
    (a date with day and month swapped, a surname alike, an initial, a name not written)."""
    best = match.best
    if best is None:
        return []
    return [r for r in best.reasons if not r.endswith("the same") and not r.startswith("same ")]


def _raw_name(raw: dict[str, str], entry: Any) -> str:
    parts = {"full_name": "", "surname": "", "given_names": "", "patronymic": ""}
    for header, text in raw.items():
        field = guess_field(header)
        if field in parts and not parts[field]:
            parts[field] = text.strip()
    if parts["full_name"] and parts["surname"] and not parts["given_names"]:  # Surname | Name: the name is given
        parts["given_names"], parts["full_name"] = parts["full_name"], ""
    if parts["full_name"]:
        return parts["full_name"]
    written = " ".join(p for p in (parts["surname"], parts["given_names"], parts["patronymic"]) if p)
    return written or " ".join(p for p in (entry.surname, entry.given_names, entry.patronymic) if p)


def _raw_field(raw: dict[str, str], field: str) -> str:
    """The cell of a field as the list wrote it (the first column whose header names it)."""
    return next((text for header, text in raw.items() if guess_field(header) == field), "")


def _raw_date(raw: dict[str, str]) -> str:
    return _raw_field(raw, "date_of_birth")


def _raw_unit(raw: dict[str, str]) -> str:
    return _raw_field(raw, "unit").strip()


_ORDINAL = re.compile(r"(?<=\d)-?(?:тя|та|ма|га|ша|а|я|й|ї|th|st|nd|rd)\b", re.IGNORECASE)
_NOT_KEY = re.compile(r"[\W_]+")


def unit_key(text: str) -> str:
    """A unit's name as compared: case, spaces, dots, dashes and ordinal endings aside
    (53 ОМБр, 53-тя ОМБр, 53 омбр. are one unit)."""
    return _NOT_KEY.sub("", _ORDINAL.sub("", text.casefold()))


def _units(session: Session, person_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    units: dict[uuid.UUID, str] = {}
    for chunk in chunks(sorted(person_ids)):
        units.update(
            (pid, unit) for pid, unit in session.execute(select(Person.id, Person.unit).where(Person.id.in_(chunk)))
        )
    return units


def _by_unit(match: Match, listed_unit: str, units: dict[uuid.UUID, str]) -> Match:
    """Candidates the evidence cannot tell apart (the same score) in the order of the unit the
    list gives: the one serving in it first, and the reason says so. The unit decides nothing
    on its own (men are transferred; a list may give the unit they were captured with)."""
    key = unit_key(listed_unit)
    if not key or len(match.candidates) < 2:
        return match
    same = {c.person.person_uuid for c in match.candidates if unit_key(units.get(c.person.person_uuid, "")) == key}
    if not same:
        return match
    ranked = sorted(
        match.candidates, key=lambda c: (-round(c.score, 4), c.person.person_uuid not in same)
    )  # stable: otherwise as ranked
    ranked = [
        dataclasses.replace(c, reasons=(*c.reasons, f"same unit as the list ({listed_unit})"))
        if c.person.person_uuid in same
        else c
        for c in ranked
    ]
    return dataclasses.replace(match, candidates=ranked)


def agreement_criteria(session: Session, agreement_id: uuid.UUID) -> tuple[list[Any], CriteriaMatch]:
    """The agreement's current criteria (its latest version)."""
    criteria = session.scalars(
        select(CriteriaVersion)
        .where(CriteriaVersion.agreement_id == agreement_id)
        .order_by(CriteriaVersion.version.desc())
        .limit(1)
    ).first()
    return (list(criteria.criteria), criteria.match) if criteria else ([], CriteriaMatch.ANY)


def _criteria(session: Session, version: ListVersion, agreement_id: uuid.UUID) -> tuple[list[Any], CriteriaMatch]:
    criteria = session.get(CriteriaVersion, version.criteria_version_id) if version.criteria_version_id else None
    if criteria is None:
        criteria = session.scalars(
            select(CriteriaVersion)
            .where(CriteriaVersion.agreement_id == agreement_id)
            .order_by(CriteriaVersion.version.desc())
            .limit(1)
        ).first()
    return (list(criteria.criteria), criteria.match) if criteria else ([], CriteriaMatch.ANY)


def _other_side(session: Session, exchange_list: ExchangeList) -> dict[uuid.UUID, str]:
    """Persons on the other side's lists of the same agreement (latest versions): where."""
    found: dict[uuid.UUID, str] = {}
    others = session.scalars(
        select(ExchangeList).where(
            ExchangeList.agreement_id == exchange_list.agreement_id, ExchangeList.side != exchange_list.side
        )
    )
    for other in others:
        version = latest_version(session, other.id)
        side = "our" if other.side is Side.OURS else "their"
        phase = f", phase {other.phase_number}" if other.phase_number else ""
        for person_id, row in session.execute(
            select(ListEntry.person_id, ListEntry.row_number).where(
                ListEntry.list_version_id == version.id, ListEntry.person_id.is_not(None)
            )
        ):
            if person_id is not None:
                found.setdefault(person_id, f"also on {side} list{phase}, row {row}")
    return found


def check_list(
    session: Session, list_id: uuid.UUID, progress: Progress | None = None, *, workers: int = 1
) -> CheckResult:
    """Match every entry of the list's latest version with the registry and judge it against
    the criteria; store the result (decisions a person made are kept). ``workers``: processes
    to match on where that is safe (``RegistryIndex.match_many``: a command line)."""
    with bulk_work():
        return _check_list(session, list_id, progress, workers)


def _check_list(session: Session, list_id: uuid.UUID, progress: Progress | None, workers: int) -> CheckResult:
    assert isinstance(session, RepatriaSession)
    require_role(session, Role.CLERK)
    exchange_list = session.get(ExchangeList, list_id)
    if exchange_list is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no list with id {list_id}"), list_id=list_id)
    version = latest_version(session, list_id)
    if version.locked_at is not None:
        return list_results(session, list_id)  # submitted: shown as it was, never rewritten
    criteria, how = _criteria(session, version, exchange_list.agreement_id)
    index, fresh = _registry(session, progress)
    # Several processes only for an index read afresh. Held from the last check, its caches are
    # warm in this process and cold in a worker, which then matches no faster than this process
    # alone (measured: 5.5 s on one process, 6.0 s on two, for 6,000 lines against 100,000).
    workers = workers if fresh else 1
    # Plain rows, not ORM objects: thousands of lines are read, judged and rewritten in bulk.
    columns = (
        "id",
        "version_vector",
        "row_number",
        "raw",
        "surname",
        "given_names",
        "patronymic",
        "date_of_birth",
        "service_number",
        "category",
        "person_id",
        "match_state",
        "match_score",
        "candidates",
        "compliance",
        "compliant",
        "flags",
        "sheet_row",
        "reading_flags",
        "rank",
        "sex",
    )
    entries = session.execute(
        select(*(getattr(ListEntry, c) for c in columns))
        .where(ListEntry.list_version_id == version.id)
        .order_by(ListEntry.row_number)
    ).all()
    other_side = _other_side(session, exchange_list)

    matches: dict[uuid.UUID, Match] = {}
    listed_units: dict[uuid.UUID, str] = {}  # lines that give a unit and have candidates to order by it
    borns: dict[uuid.UUID, PartialDate | None] = {}  # each line's date of birth, or the span its age gives
    chosen: dict[uuid.UUID, tuple[EntryMatchState, uuid.UUID | None, float | None]] = {}
    if progress is not None:
        progress(0, len(entries))  # a cancel pressed while the registry loaded stops here
    names = []
    for entry in entries:
        born = borns[entry.id] = entry.date_of_birth or born_by_age(entry.reading_flags or ())  # "32 роки": a span
        names.append(EntryName(entry.surname, entry.given_names, entry.patronymic, born, entry.service_number))

    def matched(done: int, total: int) -> bool:
        if progress is not None:
            progress(done, total)  # raises to cancel
        return True

    for entry, match in zip(entries, index.match_many(names, workers=workers, progress=matched), strict=True):
        if len(match.candidates) > 1 and (unit := _raw_unit(entry.raw)):
            listed_units[entry.id] = unit
        matches[entry.id] = match
        if entry.match_state in DECIDED:
            chosen[entry.id] = (entry.match_state, entry.person_id, entry.match_score)
        else:
            best = match.best
            state = EntryMatchState(match.state)
            if state is EntryMatchState.MATCHED and "date_unreadable" in (entry.reading_flags or ()):
                state = EntryMatchState.REVIEW  # the list gives a date we could not read: a name alone decides nothing
            person = best.person.person_uuid if best is not None and state is EntryMatchState.MATCHED else None
            chosen[entry.id] = (state, person, best.score if best is not None else None)

    if progress is not None:
        progress(len(entries), len(entries))  # the last chance to cancel: nothing is written before this
    if listed_units:  # namesakes told apart by the unit the list gives (the registry's, read for them only)
        units = _units(session, {c.person.person_uuid for e in listed_units for c in matches[e].candidates})
        for entry_id, unit in listed_units.items():
            matches[entry_id] = _by_unit(matches[entry_id], unit, units)
    rows_of_person: dict[uuid.UUID, list[int]] = defaultdict(list)
    for entry in entries:
        if (person := chosen[entry.id][1]) is not None:
            rows_of_person[person].append(entry.row_number)
    registry = _facts(session, set(rows_of_person))

    writer = BulkWriter(session)
    results: list[EntryResult] = []
    external_ids = (
        {
            pid: ext
            for pid, ext in session.execute(
                select(Person.id, Person.external_id).where(Person.id.in_(list(rows_of_person)))
            )
        }
        if rows_of_person
        else {}
    )
    for entry in entries:
        state, person_id, score = chosen[entry.id]
        record = registry.get(person_id) if person_id is not None else None
        known = Known(
            record.date_of_birth if record else None,
            borns[entry.id],  # "60 лет": judged by the span of birthdays it allows
            record.health if record else None,
            record.annex1_category if record else None,
            record.is_civilian if record else None,
            entry.category,
            record is not None,
            "date_order_guessed" in (entry.reading_flags or ()),
        )
        verdicts = judge(criteria, known)
        flags: list[str] = []
        if person_id is not None:
            flags += [f"the same person as row {r}" for r in rows_of_person[person_id] if r != entry.row_number]
            if state is EntryMatchState.MATCHED and (assumed := _assumed(matches[entry.id])):
                flags.append("matched though " + "; ".join(assumed))  # never a silent assumption
            if person_id in other_side:
                flags.append(other_side[person_id])
            if record is not None and record.status in (PersonStatus.RETURNED, PersonStatus.DECEASED):
                flags.append(f"recorded in the registry as {record.status}")
        elif state is EntryMatchState.UNMATCHED and matches[entry.id].searched:
            flags.append(matches[entry.id].searched)
        candidates = [
            {
                "person_id": str(c.person.person_uuid),
                "external_id": c.person.external_id,
                "score": c.score,
                "reasons": list(c.reasons),
            }
            for c in matches[entry.id].candidates
        ]
        compliant = combine(verdicts, how)
        new = {
            "person_id": person_id,
            "match_state": state,
            "match_score": score,
            "candidates": candidates,
            "compliance": [vars(v) for v in verdicts],
            "compliant": compliant,
            "flags": flags,
        }
        results.append(
            EntryResult(
                entry.id,
                entry.row_number,
                _raw_name(entry.raw, entry),
                _raw_date(entry.raw),
                state,
                person_id,
                external_ids.get(person_id) if person_id is not None else None,
                score,
                [_candidate_view(c) for c in candidates],
                verdicts,
                compliant,
                flags + reading_phrases(entry.reading_flags or []),
                entry.sheet_row,
                read_as(entry),
                record.status if record is not None else None,
                other_side.get(person_id, "") if person_id is not None else "",
            )
        )
        stored = {key: getattr(entry, key) for key in ("id", "version_vector", "person_id", *new)}
        writer.update(ListEntry, stored, new)
    writer.write()
    return CheckResult(
        list_id, version.version, _with_clarifications(session, results), skipped_rows(version), reading_notes(version)
    )


_OPEN_THREADS = (ThreadState.DRAFT, ThreadState.SENT, ThreadState.AWAITING_REPLY)


def entries_under_clarification(session: Session, entry_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    """The entries named in a clarification thread that is still open (not answered or closed)."""
    found: set[uuid.UUID] = set()
    for chunk in chunks(entry_ids):
        rows = session.execute(
            select(ThreadLink.record_id)
            .join(CorrespondenceThread, CorrespondenceThread.id == ThreadLink.thread_id)
            .where(
                ThreadLink.entity == "list_entry",
                ThreadLink.record_id.in_(chunk),
                CorrespondenceThread.state.in_(_OPEN_THREADS),
            )
        )
        found.update(record_id for (record_id,) in rows)
    return found


def _with_clarifications(session: Session, results: list[EntryResult]) -> list[EntryResult]:
    """Mark the entries a still-open clarification request covers (a state of the thread, not
    of the check: it is read fresh every time)."""
    asked = entries_under_clarification(session, [r.entry_id for r in results])
    return [
        dataclasses.replace(r, flags=[*r.flags, CLARIFICATION_REQUESTED]) if r.entry_id in asked else r for r in results
    ]


def _candidate_view(stored: dict[str, Any]) -> CandidateView:
    return CandidateView(
        uuid.UUID(stored["person_id"]), stored["external_id"], stored["score"], tuple(stored["reasons"])
    )


def list_results(session: Session, list_id: uuid.UUID) -> CheckResult:
    """What the last check found, as stored."""
    version = latest_version(session, list_id)
    # rows, not ORM objects: a report of 6,000 lines read them in 1 s through the identity map
    table = table_of(ListEntry)
    entries = session.execute(
        select(*table.c).where(table.c.list_version_id == version.id).order_by(table.c.row_number)
    ).all()
    person_ids = {e.person_id for e in entries if e.person_id is not None}
    facts = _facts(session, person_ids)
    exchange_list = session.get(ExchangeList, list_id)
    other_side = _other_side(session, exchange_list) if exchange_list is not None and person_ids else {}
    results = []
    for entry in entries:
        candidates = [_candidate_view(c) for c in entry.candidates]
        verdicts = [Verdict(**v) for v in entry.compliance]
        results.append(
            EntryResult(
                entry.id,
                entry.row_number,
                _raw_name(entry.raw, entry),
                _raw_date(entry.raw),
                entry.match_state,
                entry.person_id,
                facts[entry.person_id].external_id if entry.person_id in facts else None,
                entry.match_score,
                candidates,
                verdicts,
                entry.compliant,
                list(entry.flags) + reading_phrases(entry.reading_flags),
                entry.sheet_row,
                read_as(entry),
                facts[entry.person_id].status if entry.person_id in facts else None,
                other_side.get(entry.person_id, "") if entry.person_id is not None else "",
            )
        )
    return CheckResult(
        list_id, version.version, _with_clarifications(session, results), skipped_rows(version), reading_notes(version)
    )


def _entry(session: Session, entry_id: uuid.UUID) -> ListEntry:
    """An entry that may still be changed: a locked (submitted) version is never edited."""
    entry = session.get(ListEntry, entry_id)
    if entry is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no list entry with id {entry_id}"), entry_id=entry_id)
    version = session.get(ListVersion, entry.list_version_id)
    if version is not None and version.locked_at is not None:
        raise ValidationError.single(
            "list",
            QT_TRANSLATE_NOOP(
                "Errors", "version {version} was submitted and is locked: import or build a new version instead"
            ),
            version=version.version,
        )
    return entry


def confirm_entry(session: Session, entry_id: uuid.UUID, person_id: uuid.UUID) -> None:
    """A person decides: this entry is this person. Later checks keep the decision."""
    require_role(session, Role.CLERK)
    entry = _entry(session, entry_id)
    if session.get(Person, person_id) is None:
        raise ValidationError.single("person_id", QT_TRANSLATE_NOOP("Errors", "no such person in the registry"))
    entry.person_id, entry.match_state = person_id, EntryMatchState.CONFIRMED
    session.flush()


def reject_entry(session: Session, entry_id: uuid.UUID) -> None:
    """A person decides: none of the candidates is this entry."""
    require_role(session, Role.CLERK)
    entry = _entry(session, entry_id)
    entry.person_id, entry.match_state = None, EntryMatchState.REJECTED
    session.flush()


def list_nodes(session: Session) -> list[ListNode]:
    rows = session.execute(
        select(
            ExchangeList.id,
            ExchangeList.agreement_id,
            Agreement.title,
            ExchangeList.side,
            ExchangeList.phase_number,
            ExchangeList.title,
            func.count(ListVersion.id),
        )
        .join(Agreement, Agreement.id == ExchangeList.agreement_id)
        .join(ListVersion, ListVersion.list_id == ExchangeList.id)
        .group_by(ExchangeList.id, Agreement.id)
        .order_by(Agreement.signed_on.desc(), Agreement.title, ExchangeList.phase_number, ExchangeList.side)
    )
    return [ListNode(*row) for row in rows]


def list_summaries(session: Session) -> list[ListSummary]:
    """Every list (in the order of ``list_nodes``) with each of its versions: entries, dates, lock."""
    counts = (
        select(ListEntry.list_version_id, func.count(ListEntry.id).label("entries"))
        .group_by(ListEntry.list_version_id)
        .subquery()
    )
    rows = session.execute(
        select(
            ListVersion.list_id,
            ListVersion.version,
            func.coalesce(counts.c.entries, 0),
            ListVersion.received_on,
            ListVersion.created_at,
            ListVersion.source_filename,
            ListVersion.locked_at,
            ListVersion.locked_by,
        )
        .outerjoin(counts, counts.c.list_version_id == ListVersion.id)
        .order_by(ListVersion.list_id, ListVersion.version)
    )
    versions: dict[uuid.UUID, list[VersionSummary]] = {}
    for list_id, *version in rows:
        versions.setdefault(list_id, []).append(VersionSummary(*version))
    return [ListSummary(node, tuple(versions[node.list_id])) for node in list_nodes(session)]
