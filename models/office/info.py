"""What is in the database: counts per entity, the head of the change log, and what every
printout says of the office."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.db import LOCAL_OFFICE_KEY
from models.core.entities import Base, ChangeEvent, Office, Setting
from models.core.errors import ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.office.dto import LogHead, PrintContext, PrintedHead

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


def check_printed_head(session: Session, event_id: uuid.UUID, hash_prefix: str) -> PrintedHead:
    """Where the log head printed on a report (``event <id> · <hash prefix>``) stands in this
    log: found with the same hash, and how many changes came after it; found with another
    hash (the log was altered after printing); or not here (printed from another database,
    or the event was removed). Raises ValidationError for a prefix under 16 hex digits."""
    prefix = hash_prefix.strip().lower()
    if len(prefix) < 16 or any(c not in "0123456789abcdef" for c in prefix):
        raise ValidationError.single(
            "head",
            QT_TRANSLATE_NOOP("Errors", "give the printed head as EVENT_ID:HASH, at least 16 hex digits of hash"),
        )
    row = session.execute(
        select(ChangeEvent.office_id, ChangeEvent.seq, ChangeEvent.hash, ChangeEvent.at).where(
            ChangeEvent.id == event_id
        )
    ).first()
    if row is None:
        return PrintedHead(False, False, None, None, None, 0)
    later = session.scalar(select(func.count()).select_from(ChangeEvent).where(ChangeEvent.at > row.at)) or 0
    return PrintedHead(True, row.hash.startswith(prefix), row.office_id, row.seq, row.at, int(later))


MARKING_KEY = "report_marking"  # the classification marking the office prints on every page


def print_context(session: Session) -> PrintContext:
    """The local office's name and the change-log head every printout carries."""
    office_id = session.scalar(select(Setting.value).where(Setting.key == LOCAL_OFFICE_KEY))
    office = session.get(Office, uuid.UUID(office_id)) if office_id else None
    marking = session.scalar(select(Setting.value).where(Setting.key == MARKING_KEY))
    return PrintContext(office.name if office is not None else "", log_head(session), marking)
