"""A person's history from the change log: who changed what, when, from what to what."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.entities import ChangeEvent
from models.persons.dto import HistoryEntry


def person_history(session: Session, person_id: uuid.UUID, limit: int = 5000) -> list[HistoryEntry]:
    """Every change to the person and to the records about them, newest first, one line per
    field; records merged into this one (found by their ``merged_into`` event) bring their
    whole history along. One indexed look-up per merged record (change_event.subject_id)."""
    ids = {person_id}
    while True:  # follow merges: A merged into B merged into this one
        merged = {
            record_id
            for record_id, changes in session.execute(
                select(ChangeEvent.record_id, ChangeEvent.changes).where(
                    ChangeEvent.subject_id.in_(ids), ChangeEvent.entity == "person", ChangeEvent.record_id.not_in(ids)
                )
            )
            if "merged_into" in changes
        }
        if not merged:
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
        .where(ChangeEvent.subject_id.in_(ids))
        .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
        .limit(limit)
    )
    entries: list[HistoryEntry] = []
    for at, author, entity, record_id, op, changes in rows:
        for field in sorted(changes):
            old, new = changes[field]
            entries.append(HistoryEntry(at, author, entity, record_id, op, field, old, new))
    return entries
