"""What is in the database: counts per entity, the head of the change log, and what every
printout says of the office."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.db import LOCAL_OFFICE_KEY
from models.core.entities import Base, ChangeEvent, Office, Setting
from models.office.dto import LogHead, PrintContext

# Tables that hold no records of their own for a user to count.
_NOT_ENTITIES = frozenset({"setting", "alembic_version"})


def entity_counts(session: Session) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, table in sorted(Base.metadata.tables.items()):
        if name not in _NOT_ENTITIES:
            counts[name] = int(session.execute(select(func.count()).select_from(table)).scalar_one())
    return counts


def log_head(session: Session) -> LogHead | None:
    """The newest event of the log: printed on reports to tie paper to the exact data."""
    row = session.execute(
        select(ChangeEvent.id, ChangeEvent.office_id, ChangeEvent.seq, ChangeEvent.hash)
        .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
        .limit(1)
    ).first()
    return None if row is None else LogHead(row.id, row.office_id, row.seq, row.hash)


MARKING_KEY = "report_marking"  # the classification marking the office prints on every page


def print_context(session: Session) -> PrintContext:
    """The local office's name and the change-log head every printout carries."""
    office_id = session.scalar(select(Setting.value).where(Setting.key == LOCAL_OFFICE_KEY))
    office = session.get(Office, uuid.UUID(office_id)) if office_id else None
    marking = session.scalar(select(Setting.value).where(Setting.key == MARKING_KEY))
    return PrintContext(office.name if office is not None else "", log_head(session), marking)
