"""The persons search index (FTS5 over name skeletons), kept current by the services.

See models.persons.search for how it is queried.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from models.core.chunks import chunks
from models.core.entities import Person, PersonName
from models.names.spelling import search_keys, skeleton


def connection_of(session: Session) -> Connection:
    return session.connection()


@dataclass(frozen=True)
class IndexedNames:
    person_id: uuid.UUID
    names: Sequence[str]  # surname, given names, patronymic, alternative spellings ...
    ids: Sequence[str]  # external id, service number


def index_persons(session: Session, people: Iterable[IndexedNames]) -> None:
    """Put (or replace) persons in the search index."""
    conn = connection_of(session)
    rows = list(people)
    if not rows:
        return
    keys = [p.person_id.hex for p in rows]
    existing: dict[str, int] = {}
    for chunk in chunks(keys):
        marks = ",".join("?" for _ in chunk)
        for rowid, person in conn.exec_driver_sql(
            f"SELECT rowid, person_id FROM person_search_row WHERE person_id IN ({marks})", tuple(chunk)
        ):
            existing[person] = rowid
    if existing:
        conn.exec_driver_sql("DELETE FROM person_search WHERE rowid = ?", [(r,) for r in existing.values()])
    new = [k for k in keys if k not in existing]
    if new:
        conn.exec_driver_sql("INSERT INTO person_search_row (person_id) VALUES (?)", [(k,) for k in new])
        for chunk in chunks(new):
            marks = ",".join("?" for _ in chunk)
            for rowid, person in conn.exec_driver_sql(
                f"SELECT rowid, person_id FROM person_search_row WHERE person_id IN ({marks})", tuple(chunk)
            ):
                existing[person] = rowid
    conn.exec_driver_sql(
        "INSERT INTO person_search (rowid, names, ids) VALUES (?, ?, ?)",
        [
            (
                existing[p.person_id.hex],
                " ".join(sorted(search_keys(*p.names))),
                " ".join(sorted({skeleton(i) for i in p.ids if i} - {""})),
            )
            for p in rows
        ],
    )


def unindex_person(session: Session, person_id: uuid.UUID) -> None:
    conn = connection_of(session)
    row = conn.exec_driver_sql("SELECT rowid FROM person_search_row WHERE person_id = ?", (person_id.hex,)).first()
    if row is not None:
        conn.exec_driver_sql("DELETE FROM person_search WHERE rowid = ?", (row[0],))
        conn.exec_driver_sql("DELETE FROM person_search_row WHERE rowid = ?", (row[0],))


def reindex_persons(session: Session, person_ids: Sequence[uuid.UUID] | None = None) -> int:
    """Rebuild index entries from the stored names (all persons when no ids are given)."""
    query = select(
        Person.id,
        Person.surname,
        Person.given_names,
        Person.patronymic,
        Person.mother_maiden_name,
        Person.external_id,
        Person.service_number,
    )
    extra: dict[uuid.UUID, list[str]] = {}
    names_query = select(PersonName.person_id, PersonName.surname, PersonName.given_names, PersonName.patronymic)
    if person_ids is not None:
        query = query.where(Person.id.in_(person_ids))
        names_query = names_query.where(PersonName.person_id.in_(person_ids))
    for person_id, *parts in session.execute(names_query):
        extra.setdefault(person_id, []).extend(parts)
    count = 0
    batch: list[IndexedNames] = []
    for row in session.execute(query.execution_options(yield_per=5000)):
        batch.append(
            IndexedNames(
                row.id,
                [row.surname, row.given_names, row.patronymic, row.mother_maiden_name, *extra.get(row.id, [])],
                [row.external_id, row.service_number],
            )
        )
        if len(batch) >= 5000:
            index_persons(session, batch)
            count += len(batch)
            batch = []
    index_persons(session, batch)
    return count + len(batch)
