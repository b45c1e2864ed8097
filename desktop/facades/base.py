"""What every facade shares: each call is one unit of work on its own session.

Views never see a session or SQL; they get DTOs. Every facade method is safe to call from a
background task: each opens its own session on a pooled connection (DESIGN.md, "unit of work").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from models.core.db import Database

P = ParamSpec("P")
T = TypeVar("T")


class Facade:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def user_name(self) -> str:
        return self._db.actor.user_name

    def _read(self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``work(session, ...)`` in a read-only transaction."""
        with self._db.read() as session:
            return work(session, *args, **kwargs)

    def _write(self, work: Callable[Concatenate[Session, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``work(session, ...)`` in one write transaction: all of it is committed, or nothing."""
        with self._db.write() as session:
            return work(session, *args, **kwargs)
