"""A person's history from the change log: who changed what, when, from what to what."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Text, or_, select, type_coerce
from sqlalchemy.orm import Session

from models.entities import ChangeEvent
from models.enums import ChangeOp


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


def _mentioning(ids: set[uuid.UUID]) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = [ChangeEvent.record_id.in_(ids)]
    clauses += [type_coerce(ChangeEvent.changes, Text).contains(f'"{i}"', autoescape=True) for i in ids]
    return or_(*clauses)


def person_history(session: Session, person_id: uuid.UUID, limit: int = 5000) -> list[HistoryEntry]:
    """Every change to the person and to the records about them, newest first, one line per
    field. Records about the person are found by the person's id in their logged values, so
    records deleted since keep their history here; so do records merged into this one
    (found by their ``merged_into`` event), with everything that was recorded about them."""
    ids = {person_id}
    while True:  # follow merges: A merged into B merged into this one
        merged = {
            record_id
            for record_id, changes in session.execute(
                select(ChangeEvent.record_id, ChangeEvent.changes).where(
                    ChangeEvent.entity == "person",
                    _mentioning(ids),
                    type_coerce(ChangeEvent.changes, Text).contains('"merged_into"'),
                )
            )
            if changes.get("merged_into", [None, None])[1] in {str(i) for i in ids}
        }
        if merged <= ids:
            break
        ids |= merged
    rows = session.execute(
        select(
            ChangeEvent.at,
            ChangeEvent.author_name,
            ChangeEvent.entity,
            ChangeEvent.record_id,
            ChangeEvent.op,
            ChangeEvent.changes,
        )
        .where(_mentioning(ids))
        .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
        .limit(limit)
    )
    entries: list[HistoryEntry] = []
    for at, author, entity, record_id, op, changes in rows:
        for field in sorted(changes):
            old, new = changes[field]
            entries.append(HistoryEntry(at, author, entity, record_id, op, field, old, new))
    return entries
