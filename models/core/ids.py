"""Primary keys: UUIDv7, time-ordered and unique across offices."""

from __future__ import annotations

import uuid

from uuid6 import uuid7 as _uuid7


def new_id() -> uuid.UUID:
    """A fresh UUIDv7 as a standard-library UUID (what SQLAlchemy's Uuid type expects)."""
    return uuid.UUID(int=_uuid7().int)
