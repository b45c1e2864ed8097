"""The service facade views talk to: each call is one unit of work on its own session.

Views never see a session or SQL; they get DTOs. Every method is safe to call from a
background task (each opens its own session on a pooled connection).
"""

from __future__ import annotations

import uuid

from models.db import Database
from models.enums import PersonStatus
from models.search import search_persons
from models.services import agreements, persons
from models.services.dashboard import Dashboard, dashboard
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

    def search(self, text: str, query: PersonQuery, limit: int = 500) -> list[PersonRow]:
        with self._db.read() as session:
            return [hit.row for hit in search_persons(session, text, query, limit)]

    def filter_choices(self, field: str) -> list[str]:
        with self._db.read() as session:
            return persons.distinct_values(session, field)

    def lists(self) -> list[tuple[uuid.UUID, str]]:
        """Every exchange list, for the "on a list" filter: (list id, readable title)."""
        with self._db.read() as session:
            return agreements.list_titles(session)

    def dashboard(self) -> Dashboard:
        with self._db.read() as session:
            return dashboard(session)
