"""Every JSON document the command line prints, in one place. Each shape is a contract that
scripts and other offices rely on: keys may be added, never renamed or reshaped.

Pure functions from DTOs to JSON-ready dicts; importing this loads no database code."""

from __future__ import annotations

import datetime as dt
import uuid
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: a command that prints one document loads one DTO module
    from models.correspondence.dto import ThreadSummary
    from models.lists.dto import AgreementDetails, CheckResult, ListDiff, ListSummary
    from models.office.dto import LogHead
    from models.persons.dto import NextOfKinDTO, PersonDTO, SearchResult
    from models.remains.dto import RankedCase


def search_document(result: SearchResult) -> dict[str, Any]:
    """`persons search --json`: ``total`` counts every person found, even when ``--limit`` shows
    fewer; ``results`` best first, ``score`` the relevance (each word of the query by the best
    role it was found in: an id 5, a surname 3, a given name 2, a patronymic 1; see
    models.persons.search); ``left_out``: when no one has every word of the query, the persons
    with all but one are given and these are the words they lack (else [])."""
    return {
        "query": result.query,
        "total": result.total,
        "left_out": result.left_out,
        "results": [
            {
                "external_id": hit.row.external_id,
                "surname": hit.row.surname,
                "given_names": hit.row.given_names,
                "patronymic": hit.row.patronymic,
                "date_of_birth": str(hit.row.date_of_birth) if hit.row.date_of_birth else None,
                "score": round(hit.score, 2),
            }
            for hit in result.hits
        ],
    }


def person_document(person: PersonDTO, relatives: list[NextOfKinDTO]) -> dict[str, Any]:
    """`persons show --json`: every field a user may set (models.persons.dto.PersonInput), dates
    as written (ISO, partial allowed), coded values as their codes, empty ones as "" or null;
    ``id`` the record's id, ``version`` its version vector; ``next_of_kin`` the relatives."""
    fields = {name: _plain(getattr(person, name)) for name in person.as_input().__dataclass_fields__}
    return {
        "id": str(person.id),
        "version": dict(person.version_vector),
        **fields,
        "next_of_kin": [
            {
                "id": str(kin.id),
                "name": kin.name,
                "relationship": kin.relationship,
                "address": kin.address,
                "phone": kin.phone,
                "email": kin.email,
                "is_person_to_inform": kin.is_person_to_inform,
            }
            for kin in relatives
        ],
    }


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return value.value
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)  # a PartialDate: as written


def check_document(result: CheckResult) -> dict[str, Any]:
    """`lists check --json`: ``row`` is the entry's 1-based data row in the imported file and
    ``compliant`` the agreement's combination of the verdicts (issue 4; ``label`` and ``flags``
    added). Added since: ``sheet_row`` of each entry, the row as the spreadsheet shows it; ``read``,
    how the line was read (surname, given_names, patronymic, date_of_birth as ISO, service_number,
    rank, category, sex); and
    ``skipped_rows``, the file's rows that are not persons (totals, signatures, notes …), each
    with its spreadsheet ``row``, its ``text`` and the ``reason`` (``models.lists.dto.SKIP_REASONS``),
    and ``person_like`` when it holds a name and a date of birth all the same;
    ``candidates`` of each entry: for a ``review`` entry the persons a clerk chooses from, best
    first, each with ``person_external_id``, ``score`` (0..1) and ``evidence`` (the comparison in
    words); empty for the other states."""
    return {
        "list_id": str(result.list_id),
        "version": result.version,
        "entries": [
            {
                "row": entry.row,
                "sheet_row": entry.sheet_row,
                "read": entry.read,
                "raw_name": entry.raw_name,
                "match": {
                    "state": entry.public_state,
                    "person_external_id": entry.person_external_id,
                    "score": round(entry.score or 0.0, 4),
                },
                "criteria": [
                    {
                        "criterion": v.criterion,
                        "verdict": v.verdict,
                        "reason": v.reason,
                        "reason_uk": v.reason_uk,
                        "label": v.label,
                    }
                    for v in entry.verdicts
                ],
                "compliant": entry.compliant,
                "flags": entry.flags,
                "candidates": [
                    {"person_external_id": c.external_id, "score": round(c.score, 4), "evidence": list(c.reasons)}
                    for c in entry.candidates
                ]
                if entry.public_state == "review"
                else [],
                # what the registry records of the matched person today, and the resulting alert
                # (deceased, returned, both_lists or null): read afresh, unlike the check's flags
                "registry_status": entry.registry_status.value if entry.registry_status else None,
                "alert": entry.alert,
            }
            for entry in result.entries
        ],
        "skipped_rows": [
            {"row": s.row, "text": s.text, "reason": s.reason, "person_like": s.person_like} for s in result.skipped
        ],
    }


def diff_document(list_id: uuid.UUID, diff: ListDiff) -> dict[str, Any]:
    """`lists diff --json`: lines added, removed and changed between two versions."""
    return {
        "list_id": str(list_id),
        "old_version": diff.old_version,
        "new_version": diff.new_version,
        "added": [{"row": d.row, "raw": d.raw} for d in diff.added],
        "removed": [{"row": d.row, "raw": d.raw} for d in diff.removed],
        "changed": [
            {
                "old_row": c.before.row,
                "new_row": c.after.row,
                "fields": list(c.fields),
                "old": c.before.raw,
                "new": c.after.raw,
            }
            for c in diff.changed
        ],
    }


def candidates_document(ranked: RankedCase) -> dict[str, object]:
    """`remains candidates --json` (issue 5 contract, plus names, exclusions and rejections)."""
    return {
        "case_number": ranked.ranking.case_number,
        "candidates": [
            {
                "person_external_id": ranked.profiles[s.person_id].external_id,
                "score": round(s.score, 2),
                "evidence": [e.as_json() for e in s.evidence],
                "name": ranked.profiles[s.person_id].name,
                "excluded": s.excluded,
            }
            for s in ranked.ranking.candidates
        ],
        "rejected": [
            {
                "person_external_id": ranked.profiles[pid].external_id if pid in ranked.profiles else str(pid),
                "reason": reason,
            }
            for pid, reason in ranked.rejected.items()
        ],
        # added: the person the board identified the remains as (first among the candidates), or null
        "identified_person_external_id": (
            ranked.profiles[ranked.identified].external_id
            if ranked.identified is not None and ranked.identified in ranked.profiles
            else None
        ),
    }


def overdue_document(threads: list[ThreadSummary]) -> list[dict[str, Any]]:
    """`letters overdue --json`: open threads past their due date."""
    return [
        {
            "thread_id": str(t.id),
            "subject": t.subject,
            "counterparty": t.counterparty,
            "state": t.state.value,
            "due_on": str(t.due_on) if t.due_on else None,
            "days_waiting": t.days_waiting,
            "days_overdue": t.days_overdue,
        }
        for t in threads
    ]


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _moment(value: dt.datetime | None) -> str | None:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds") if value is not None else None


def agreements_document(agreements: list[AgreementDetails], list_counts: dict[uuid.UUID, int]) -> dict[str, Any]:
    """`agreements list --json` (issue 14): ``{"agreements": [...]}``, newest signed first, each
    with ``agreement_id``, ``title``, ``signed_on`` (ISO date or null), ``place``, ``parties``,
    ``mediator``, ``notes``, ``phases`` (``number``, ``planned_on``, ``description``, by number),
    ``criteria_version`` (the latest version of the agreed criteria, or null) and ``list_count``
    (its lists, both sides)."""
    return {
        "agreements": [
            {
                "agreement_id": str(a.agreement.id),
                "title": a.agreement.title,
                "signed_on": _day(a.agreement.signed_on),
                "place": a.agreement.place,
                "parties": a.agreement.parties,
                "mediator": a.agreement.mediator,
                "notes": a.agreement.notes,
                "phases": [
                    {"number": number, "planned_on": _day(planned_on), "description": description}
                    for number, planned_on, description in a.phases
                ],
                "criteria_version": max((c.version for c in a.criteria), default=None),
                "list_count": list_counts.get(a.agreement.id, 0),
            }
            for a in agreements
        ]
    }


def lists_document(lists: list[ListSummary]) -> dict[str, Any]:
    """`lists list --json` (issue 14): ``{"lists": [...]}``, each with ``list_id``,
    ``agreement_id``, ``agreement_title``, ``side`` (ours | theirs), ``phase`` (or null),
    ``title``; its latest version's ``version``, ``entries``, ``locked`` (true: submitted, never
    edited again), ``received_on`` (ISO date or null) and ``recorded_at`` (ISO time, UTC: when this
    database imported it or built it from the registry); and ``versions``, oldest first, each with
    ``version``, ``entries``, ``received_on``, ``recorded_at``, ``source_filename`` ("" for a list
    built from the registry), ``locked_at`` (or null) and ``locked_by``."""
    return {
        "lists": [
            {
                "list_id": str(s.node.list_id),
                "agreement_id": str(s.node.agreement_id),
                "agreement_title": s.node.agreement_title,
                "side": s.node.side.value,
                "phase": s.node.phase,
                "title": s.node.title,
                "version": s.latest.version,
                "entries": s.latest.entries,
                "locked": s.latest.locked_at is not None,
                "received_on": _day(s.latest.received_on),
                "recorded_at": _moment(s.latest.recorded_at),
                "versions": [
                    {
                        "version": v.version,
                        "entries": v.entries,
                        "received_on": _day(v.received_on),
                        "recorded_at": _moment(v.recorded_at),
                        "source_filename": v.source_filename,
                        "locked_at": _moment(v.locked_at),
                        "locked_by": v.locked_by,
                    }
                    for v in s.versions
                ],
            }
            for s in lists
        ]
    }


def threads_document(threads: list[ThreadSummary], letter_counts: dict[uuid.UUID, int]) -> dict[str, Any]:
    """`letters threads --json` (issue 14): ``{"threads": [...]}``, overdue first (longest
    first), then longest waiting; each with the keys of `letters overdue --json` (``thread_id``,
    ``subject``, ``counterparty``, ``state``, ``due_on``, ``days_waiting``, ``days_overdue``) and
    ``last_sent_on`` (our last letter sent, ISO date or null) and ``letters`` (how many the thread
    holds, drafts included). ``days_waiting``: days since our last letter while a reply is
    awaited, else null; ``days_overdue``: days past ``due_on`` while open, else null."""
    return {
        "threads": [
            {
                "thread_id": str(t.id),
                "subject": t.subject,
                "counterparty": t.counterparty,
                "state": t.state.value,
                "due_on": _day(t.due_on),
                "last_sent_on": _day(t.last_sent_on),
                "days_waiting": t.days_waiting,
                "days_overdue": t.days_overdue,
                "letters": letter_counts.get(t.id, 0),
            }
            for t in threads
        ]
    }


def info_document(
    database: str, schema: str, user: str, role: str, counts: dict[str, int], head: LogHead | None
) -> dict[str, Any]:
    """`info --json`: what the database holds and the head of its change log (issue 2 contract)."""
    return {
        "database": database,
        "schema": schema,
        "user": user,
        "role": role,
        "counts": counts,
        "change_log_head": None
        if head is None
        else {"event_id": str(head.event_id), "office_id": str(head.office_id), "seq": head.seq, "hash": head.hash},
    }
