"""What the office feature returns: users, settings, the change log (its head, its pages) and print context."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from models.core.enums import ChangeOp, Role


@dataclass(frozen=True)
class LogHead:
    event_id: uuid.UUID
    office_id: uuid.UUID
    seq: int
    hash: str


@dataclass(frozen=True)
class PrintedHead:
    """Where the log head a report printed stands in this database's log."""

    found: bool  # an event with the printed id is here
    same_hash: bool  # and its hash begins with the printed one
    office_id: uuid.UUID | None  # its chain
    seq: int | None
    at: dt.datetime | None
    changes_since: int  # events of any office made after it


@dataclass(frozen=True)
class PrintContext:
    office: str
    head: LogHead | None
    marking: str | None  # None: the reports' default


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: str
    kind: type  # int, float or str
    minimum: float | None
    description: str


@dataclass(frozen=True)
class UserDTO:
    id: uuid.UUID
    name: str
    full_name: str
    role: Role
    office_id: uuid.UUID
    active: bool


PAGE = 500  # events a page of the viewer holds


@dataclass(frozen=True)
class LogQuery:
    """What to show. ``since`` and ``until`` are whole days in UTC, both included."""

    entity: str | None = None  # "person", "list_entry" … (ChangeEvent.entity)
    record_id: uuid.UUID | None = None  # one record, or the records about one person
    author: str | None = None  # a login name
    since: dt.date | None = None
    until: dt.date | None = None
    offset: int = 0
    limit: int = PAGE


@dataclass(frozen=True)
class LogEvent:
    office_id: uuid.UUID
    seq: int
    at: dt.datetime  # UTC
    author: str
    entity: str
    record_id: uuid.UUID
    op: ChangeOp
    changes: dict[str, Any]  # field -> [old, new], as the log holds it
    subject_id: uuid.UUID | None  # the person the change is about, if any
    subject: str  # that person's name ("" if none)


@dataclass(frozen=True)
class LogPage:
    total: int  # every event the query matches, not only this page's
    events: list[LogEvent]
