"""What the office feature returns: users, settings, the change log's head and print context."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from models.core.enums import Role


@dataclass(frozen=True)
class LogHead:
    event_id: uuid.UUID
    office_id: uuid.UUID
    seq: int
    hash: str


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
