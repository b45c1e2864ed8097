"""Figures for the dashboard: counts, captures and returns per month, recent changes, stale cases."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from models.core.entities import ChangeEvent, Exchange, ExchangeParticipant, Person, StatusEvent
from models.core.enums import ExchangeDirection, PersonStatus, StatusEventKind
from models.core.partial_date import PartialDate
from models.persons.dto import Dashboard, RecentChange, StalePerson

RETURN_EVENTS = (StatusEventKind.EXCHANGED, StatusEventKind.REPATRIATED, StatusEventKind.RELEASED)
OPEN_STATUSES = (PersonStatus.CAPTURED, PersonStatus.CAPTURED_UNCONFIRMED, PersonStatus.MISSING)


def _month(text: str | None) -> str | None:
    return text[:7] if text and len(text) >= 7 else None


def captures_per_month(session: Session) -> list[tuple[str, int]]:
    month = func.substr(type_coerce(Person.capture_date, String), 1, 7)
    rows = session.execute(
        select(month, func.count())
        .where(func.length(type_coerce(Person.capture_date, String)) >= 7)
        .group_by(month)
        .order_by(month)
    )
    return [(m, int(n)) for m, n in rows]


def returns_per_month(session: Session) -> list[tuple[str, int]]:
    """Persons who came back, by month: exchanges they returned in, and return events on their
    timeline; a person counted by both in one month is counted once."""
    returned: set[tuple[uuid.UUID, str]] = set()
    exchanged = session.execute(
        select(ExchangeParticipant.person_id, Exchange.held_on)
        .join(Exchange, Exchange.id == ExchangeParticipant.exchange_id)
        .where(
            ExchangeParticipant.returned,
            ExchangeParticipant.direction == ExchangeDirection.TO_US,
            ExchangeParticipant.person_id.is_not(None),
        )
    )
    for person_id, held_on in exchanged:
        if person_id is not None:
            returned.add((person_id, held_on.isoformat()[:7]))
    events = session.execute(
        select(StatusEvent.person_id, type_coerce(StatusEvent.occurred_on, String)).where(
            StatusEvent.kind.in_(RETURN_EVENTS)
        )
    )
    for person_id, occurred in events:
        if (month := _month(occurred)) is not None:
            returned.add((person_id, month))
    counts: dict[str, int] = {}
    for _, month in returned:
        counts[month] = counts.get(month, 0) + 1
    return sorted(counts.items())


def recent_changes(session: Session, limit: int = 25) -> list[RecentChange]:
    rows = session.execute(
        select(
            ChangeEvent.at,
            ChangeEvent.author_name,
            ChangeEvent.entity,
            ChangeEvent.op,
            ChangeEvent.record_id,
            ChangeEvent.changes,
        )
        .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
        .limit(limit)
    ).all()
    person_ids = [r.record_id for r in rows if r.entity == "person"]
    names = {
        pid: f"{s} {g}".strip()
        for pid, s, g in session.execute(
            select(Person.id, Person.surname, Person.given_names).where(Person.id.in_(person_ids))
        )
    }
    return [
        RecentChange(
            r.at, r.author_name, r.entity, r.op, r.record_id, tuple(sorted(r.changes)), names.get(r.record_id, "")
        )
        for r in rows
    ]


def stale_persons(
    session: Session, older_than_days: int = 180, limit: int = 50, today: dt.date | None = None
) -> list[StalePerson]:
    """Open cases (missing or captured) with no news for a long time: the last timeline event,
    else the capture date, is older than the limit. Oldest first."""
    cutoff = ((today or dt.date.today()) - dt.timedelta(days=older_than_days)).isoformat()
    last_event = (
        select(StatusEvent.person_id, func.max(type_coerce(StatusEvent.occurred_on, String)).label("last"))
        .group_by(StatusEvent.person_id)
        .subquery()
    )
    last_news = func.coalesce(last_event.c.last, type_coerce(Person.capture_date, String))
    rows = session.execute(
        select(Person.id, Person.surname, Person.given_names, Person.patronymic, Person.status, last_news)
        .outerjoin(last_event, last_event.c.person_id == Person.id)
        .where(Person.status.in_(OPEN_STATUSES), last_news.is_not(None), last_news < cutoff)
        .order_by(last_news, Person.sort_name)
        .limit(limit)
    )
    return [
        StalePerson(pid, " ".join(p for p in (s, g, pa) if p), status, PartialDate.parse(news))
        for pid, s, g, pa, status, news in rows
    ]


def dashboard(session: Session) -> Dashboard:
    by_status = {s: int(n) for s, n in session.execute(select(Person.status, func.count()).group_by(Person.status))}
    by_health = {h: int(n) for h, n in session.execute(select(Person.health, func.count()).group_by(Person.health))}
    return Dashboard(
        by_status,
        by_health,
        captures_per_month(session),
        returns_per_month(session),
        recent_changes(session),
        stale_persons(session),
    )
