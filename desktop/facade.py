"""The service facade views talk to: each call is one unit of work on its own session."""

from __future__ import annotations

from models.db import Database
from models.enums import PersonStatus
from models.services import persons
from models.services.persons import PersonQuery, PersonRow


class RegistryFacade:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def title(self) -> str:
        return f"{self._db.path.name} — {self._db.actor.user_name} ({self._db.actor.role})"

    def count_persons(self, query: PersonQuery) -> int:
        with self._db.read() as session:
            return persons.count_persons(session, query)

    def person_page(self, query: PersonQuery, offset: int, limit: int) -> list[PersonRow]:
        with self._db.read() as session:
            return persons.person_page(session, query, offset, limit)

    def counts_by_status(self) -> dict[PersonStatus, int]:
        with self._db.read() as session:
            return persons.counts_by_status(session)
