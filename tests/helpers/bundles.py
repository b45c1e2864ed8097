"""Offices that exchange bundles in tests: trust each other, send, and compare what they hold."""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, text

from desktop.facades.bundles import BundlesFacade
from models.bundles import offices as cards
from models.bundles.dto import ImportResult
from models.bundles.service import export_bundle
from models.core.changelog import verify_chain
from models.core.db import Database
from models.core.entities import Conflict, Person
from models.persons import service as persons
from models.persons.dto import PersonInput

# Records compared between offices: every column but the bookkeeping of each database.
COMPARED = ("person", "person_name", "next_of_kin", "status_event", "attachment", "source")
BOOKKEEPING = {"version_vector", "created_at", "updated_at", "sort_name"}  # sort_name: derived by each office


def trust_all(offices: Iterable[Database]) -> None:
    dbs = list(offices)
    for db in dbs:
        with db.read() as session:
            card, envelope = cards.our_card(session)
        data, digits = envelope.to_json().encode(), card.fingerprint
        for other in dbs:
            if other is not db:
                with other.write() as session:
                    cards.trust_card(session, data, digits)


_CODES: weakref.WeakKeyDictionary[Database, str] = weakref.WeakKeyDictionary()


def code_of(db: Database) -> str:
    """The database's own office code (it never changes: remembered per database)."""
    if db not in _CODES:
        with db.read() as session:
            _CODES[db] = cards.local_office(session).code
    return _CODES[db]


def bundle(sender: Database, recipient: Database, profile: str = "full") -> bytes:
    """A bundle from ``sender`` to ``recipient``; whole chains unless another profile is named
    (the laboratory's own default is the filtered ``lab`` profile)."""
    with sender.write() as session:
        return export_bundle(session, code_of(recipient), profile).data


def deliver(data: bytes, recipient: Database, *, dry_run: bool = False) -> ImportResult:
    return BundlesFacade(recipient).import_bundle(data, dry_run=dry_run)


def send(sender: Database, recipient: Database) -> ImportResult:
    result = deliver(bundle(sender, recipient), recipient)
    assert result.result in ("applied", "held"), result
    return result


def state(db: Database) -> dict[str, Any]:
    """What an office holds of the shared records, for comparing offices."""
    out: dict[str, Any] = {}
    with db.read() as session:
        for table in COMPARED:
            rows = session.execute(text(f"SELECT * FROM {table} ORDER BY id")).mappings().all()
            out[table] = [{k: v for k, v in row.items() if k not in BOOKKEEPING} for row in rows]
    return out


def open_conflicts(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as session:
        return sorted(
            (c.entity, str(c.record_id), c.field)
            for c in session.scalars(select(Conflict).where(Conflict.closed_at.is_(None)))
        )


def chains_verify(db: Database) -> bool:
    with db.read() as session:
        return verify_chain(session).ok


def provisional(db: Database) -> list[Any]:
    with db.read() as session:
        return sorted(
            json.loads(c.provisional) for c in session.scalars(select(Conflict).where(Conflict.closed_at.is_(None)))
        )


def add_person(db: Database, external_id: str, surname: str = "Коваленко", given: str = "Іван") -> uuid.UUID:
    with db.write() as session:
        return persons.create_person(
            session, PersonInput(external_id=external_id, surname=surname, given_names=given)
        ).id


def edit(db: Database, person_id: uuid.UUID, **values: object) -> None:
    with db.write() as session:
        person = session.get(Person, person_id)
        assert person is not None
        for name, value in values.items():
            setattr(person, name, value)
