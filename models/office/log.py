"""The change log as a user reads it: every event, newest first, filtered by the kind of record,
one record, the user who made it and the days it was made on; paged, with the total counted."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.core.entities import ChangeEvent, Person, RemainsCase
from models.office.dto import PAGE, LogEvent, LogPage, LogQuery


def _filtered(stmt: Select[Any], query: LogQuery) -> Select[Any]:
    if query.entity:
        stmt = stmt.where(ChangeEvent.entity == query.entity)
    if query.record_id is not None:
        stmt = stmt.where((ChangeEvent.record_id == query.record_id) | (ChangeEvent.subject_id == query.record_id))
    if query.author:
        stmt = stmt.where(ChangeEvent.author_name == query.author)
    if query.since is not None:
        stmt = stmt.where(ChangeEvent.at >= dt.datetime.combine(query.since, dt.time(), dt.UTC))
    if query.until is not None:
        stmt = stmt.where(ChangeEvent.at < dt.datetime.combine(query.until + dt.timedelta(days=1), dt.time(), dt.UTC))
    return stmt


def log_page(session: Session, query: LogQuery) -> LogPage:
    """One page of the events ``query`` matches, newest first, with their total. Readable by
    every role: the log is how anyone checks who changed what."""
    total = session.scalar(_filtered(select(func.count()).select_from(ChangeEvent), query)) or 0
    rows = session.execute(
        _filtered(select(ChangeEvent), query)
        .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
        .offset(max(query.offset, 0))
        .limit(max(min(query.limit, 5 * PAGE), 1))
    ).scalars()
    events = list(rows)
    subjects = {e.subject_id for e in events if e.subject_id is not None}
    names = (
        {
            pid: " ".join(p for p in (surname, given, patronymic) if p)
            for pid, surname, given, patronymic in session.execute(
                select(Person.id, Person.surname, Person.given_names, Person.patronymic).where(Person.id.in_(subjects))
            )
        }
        if subjects
        else {}
    )
    return LogPage(
        total,
        [
            LogEvent(
                e.office_id,
                e.seq,
                e.at,
                e.author_name,
                e.entity,
                e.record_id,
                e.op,
                dict(e.changes),
                e.subject_id,
                names.get(e.subject_id, "") if e.subject_id else "",
            )
            for e in events
        ],
    )


def log_choices(session: Session) -> tuple[list[str], list[str]]:
    """The kinds of record and the users the log holds events of, sorted: the viewer's filters."""
    entities = sorted(session.scalars(select(ChangeEvent.entity).distinct()))
    authors = sorted(session.scalars(select(ChangeEvent.author_name).distinct()))
    return entities, authors


def record_of(session: Session, text: str) -> uuid.UUID | None:
    """The record a user names to filter the log: an id as the log holds it, or what people
    see and write: a person's external id (UA-0001234) or a remains case's number. None if
    nothing is found."""
    text = text.strip()
    try:
        return uuid.UUID(text)
    except ValueError:
        pass
    found = session.scalar(select(Person.id).where(Person.external_id == text))
    if found is None:
        found = session.scalar(select(RemainsCase.id).where(RemainsCase.case_number == text))
    return found
