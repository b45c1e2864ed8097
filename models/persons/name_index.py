"""The registry's names as the name engine reads them, stored and kept current by the services.

Two derived tables, written only here (on every create, edit, import, merge and change of a
spelling) and never exchanged between offices (each office derives its own):

- ``person_name_key``: the engine's ``NameKeys`` of each of a person's names (the name itself
  and every other spelling), one row each; list checks and duplicate detection load these
  instead of normalising 100,000 names on every run;
- ``person_search_term``: what registry search looks up, one row per term and role: ``s`` a
  surname key (each spelling either language gives it), ``g`` a given name's class key, ``p``
  a patronymic's class key, ``w`` each name word's own skeleton (for typing and typos), ``i``
  the external id and service number, ``n`` each letter the given name or patronymic can be
  written with as an initial (О and A for Олександр). Plain indexed rows, so the same SQL runs on SQLite and
  PostgreSQL (no full-text extension needed).

``ENGINE_VERSION`` (models.names.engine) is stored in each key; keys of another version are
rebuilt by the migration that changes the engine.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Text, delete, func, select, type_coerce
from sqlalchemy.orm import Session

from models.core.chunks import chunks
from models.core.entities import ChangeEvent, Person, PersonName, PersonNameKey, PersonSearchTerm
from models.core.entities.base import insert_rows, table_of
from models.core.enums import ChangeOp
from models.core.identifiers import service_key
from models.core.partial_date import PartialDate
from models.names.engine import NameKeys, initials_of, name_keys, surname_parts
from models.names.keys import skeleton, tokens

ROLE_SURNAME, ROLE_GIVEN, ROLE_PATRONYMIC, ROLE_WORD, ROLE_ID = "s", "g", "p", "w", "i"
ROLE_INITIAL = "n"  # a letter the given name or patronymic can be written with as an initial
KEY_COLUMNS = ("person_id", "position", "keys", "external_id", "date_of_birth", "service_number")
TERM_COLUMNS = ("person_id", "role", "term", "sort_name")


@dataclass(frozen=True)
class IndexedNames:
    """A person's names as they are indexed."""

    person_id: uuid.UUID
    names: Sequence[tuple[str, str, str]]  # (surname, given names, patronymic): the name, then other spellings
    ids: Sequence[str]  # external id, service number (in this order)
    maiden_name: str = ""  # the mother's maiden name: searched, never matched
    sort_name: str = ""  # the person's sort key (models.names.collation): search orders by it without the person
    date_of_birth: PartialDate | None = None  # list matching reads these with the keys (PersonNameKey)


def terms_of(names: Iterable[tuple[str, str, str]], ids: Iterable[str], maiden_name: str = "") -> set[tuple[str, str]]:
    """(role, term) pairs a person is found by."""
    terms: set[tuple[str, str]] = set()
    for surname, given, patronymic in names:
        keys = name_keys(surname, given, patronymic)
        terms.update((ROLE_SURNAME, k) for k in keys.surnames)
        if keys.given:
            terms.add((ROLE_GIVEN, keys.given))
        if keys.patronymic:
            terms.add((ROLE_PATRONYMIC, keys.patronymic))
        given_letters, patronymic_letters = initials_of(keys)
        # as keys: О, O and о meet; Юрій's Ю, Y, I, J become u and i
        terms.update((ROLE_INITIAL, skeleton(letter)[:1]) for letter in given_letters | patronymic_letters)
        # the surname's words are its ``s`` keys already; prefix and typo search read both roles
        terms.update((ROLE_WORD, skeleton(w)) for w in tokens(f"{given} {patronymic}"))
        if len(tokens(surname)) > 1:  # a double surname: each part found on its own
            terms.update((ROLE_WORD, skeleton(w)) for w in tokens(surname))
        terms.update((ROLE_WORD, part) for part in surname_parts(keys.surnames))  # Мазур-Савчук: Савчук
    terms.update((ROLE_WORD, skeleton(w)) for w in tokens(maiden_name))
    terms.update((ROLE_ID, key) for key in {skeleton(i) for i in ids if i} | {service_key(i) for i in ids if i})
    terms.discard((ROLE_WORD, ""))
    terms.discard((ROLE_INITIAL, ""))
    terms.discard((ROLE_ID, ""))
    return terms


def index_persons(session: Session, people: Iterable[IndexedNames], *, new: bool = False) -> None:
    """Put (or replace) persons' keys and search terms; ``new``: they have none yet."""
    rows = list(people)
    if not rows:
        return
    ids = [p.person_id for p in rows]
    for chunk in chunks(ids) if not new else ():
        session.execute(delete(PersonNameKey).where(PersonNameKey.person_id.in_(chunk)))
        session.execute(delete(PersonSearchTerm).where(PersonSearchTerm.person_id.in_(chunk)))
    keys = [
        (
            p.person_id,
            n,
            name_keys(*name).dump(),
            p.ids[0] if p.ids else "",
            p.date_of_birth,
            p.ids[1] if len(p.ids) > 1 else "",
        )
        for p in rows
        for n, name in enumerate(dict.fromkeys(p.names))
        if any(name)
    ]
    terms = [
        (p.person_id, role, term[:120], p.sort_name)
        for p in rows
        for role, term in terms_of(p.names, p.ids, p.maiden_name)
    ]
    insert_rows(session, table_of(PersonNameKey), KEY_COLUMNS, keys)
    insert_rows(session, table_of(PersonSearchTerm), TERM_COLUMNS, terms)


def unindex_person(session: Session, person_id: uuid.UUID) -> None:
    session.execute(delete(PersonNameKey).where(PersonNameKey.person_id == person_id))
    session.execute(delete(PersonSearchTerm).where(PersonSearchTerm.person_id == person_id))


def unindexed_persons(session: Session) -> int:
    """How many persons have no name keys at all: search and list matching cannot find them
    (hostile trial a14: rows deleted outside the app took a person from "1 found" to "0 found",
    and `check` said nothing). ``reindex_persons`` rebuilds them."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Person)
            .where(~select(PersonNameKey.person_id).where(PersonNameKey.person_id == Person.id).exists())
        )
        or 0
    )


def reindex_persons(
    session: Session,
    person_ids: Sequence[uuid.UUID] | None = None,
    batch: int = 5000,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Rebuild the keys and terms of these persons (all when no ids are given) from their stored
    names. ``progress(done, total)`` after each batch; it may raise to cancel (nothing written
    stays: the caller's transaction is rolled back)."""
    if person_ids is None:  # everyone: empty the tables once rather than person by person
        session.execute(delete(PersonNameKey))
        session.execute(delete(PersonSearchTerm))
    query = select(
        Person.id,
        Person.surname,
        Person.given_names,
        Person.patronymic,
        Person.mother_maiden_name,
        Person.external_id,
        Person.service_number,
        Person.sort_name,
        Person.date_of_birth,
    ).order_by(Person.id)
    others = select(PersonName.person_id, PersonName.surname, PersonName.given_names, PersonName.patronymic)
    if person_ids is not None:
        if not person_ids:
            return 0
        query = query.where(Person.id.in_(person_ids))
        others = others.where(PersonName.person_id.in_(person_ids))
    spellings: dict[uuid.UUID, list[tuple[str, str, str]]] = {}
    for person_id, *name in session.execute(others.order_by(PersonName.created_at)):
        spellings.setdefault(person_id, []).append(tuple(name))  # type: ignore[arg-type]
    former = former_numbers(session, person_ids)
    count = 0
    pending: list[IndexedNames] = []
    rows = session.execute(query).all()
    for row in rows:
        pending.append(
            IndexedNames(
                row.id,
                [(row.surname, row.given_names, row.patronymic), *spellings.get(row.id, [])],
                [row.external_id, row.service_number, *former.get(row.id, ())],
                row.mother_maiden_name,
                row.sort_name,
                row.date_of_birth,
            )
        )
        if len(pending) >= batch:
            index_persons(session, pending, new=person_ids is None)
            count += len(pending)
            pending = []
            if progress is not None:
                progress(count, len(rows))
    index_persons(session, pending, new=person_ids is None)
    if progress is not None:
        progress(len(rows), len(rows))
    return count + len(pending)


def former_numbers(session: Session, person_ids: Sequence[uuid.UUID] | None) -> dict[uuid.UUID, list[str]]:
    """The registry numbers of persons merged into these (all persons when None), merges of
    merges followed: a clerk who types the number on an old letter finds the person kept.
    From the change log: a merge is logged about the person kept (its ``subject_id``), and the
    merged person's own events hold every number it had. Persons whose merge was undone are
    here again, under their own number, and are left out."""
    merges = select(ChangeEvent.subject_id, ChangeEvent.record_id).where(
        ChangeEvent.entity == "person",
        ChangeEvent.op == ChangeOp.UPDATE,
        ChangeEvent.record_id != ChangeEvent.subject_id,
        type_coerce(ChangeEvent.changes, Text).like('%"merged_into":[null,"%'),
    )
    kept_by: dict[uuid.UUID, uuid.UUID] = {}  # person merged away -> the person it went into
    frontier = None if person_ids is None else list(person_ids)
    for _depth in range(50):  # merges of merges, each a step; never a cycle of real merges
        found: list[tuple[uuid.UUID, uuid.UUID]] = []
        for chunk in chunks(frontier) if frontier is not None else [None]:
            query = merges if chunk is None else merges.where(ChangeEvent.subject_id.in_(chunk))
            found += [(keep, other) for keep, other in session.execute(query) if keep is not None]
        fresh = [(keep, other) for keep, other in found if other not in kept_by]
        for keep, other in fresh:
            kept_by[other] = keep
        if frontier is None or not fresh:
            break
        frontier = [other for _keep, other in fresh]
    if not kept_by:
        return {}
    back = {
        pid for chunk in chunks(list(kept_by)) for pid in session.scalars(select(Person.id).where(Person.id.in_(chunk)))
    }
    numbers: dict[uuid.UUID, list[str]] = {}
    for chunk in chunks([other for other in kept_by if other not in back]):
        rows = session.execute(
            select(ChangeEvent.record_id, type_coerce(ChangeEvent.changes, Text)).where(
                ChangeEvent.entity == "person", ChangeEvent.record_id.in_(chunk)
            )
        )
        for other, changes in rows:
            pair = json.loads(changes or "{}").get("external_id")
            keep = kept_by[other]
            for _step in range(50):  # the person kept at the end of a chain of merges
                if keep not in kept_by:
                    break
                keep = kept_by[keep]
            for number in pair if isinstance(pair, list) else ():
                if isinstance(number, str) and number and number not in numbers.setdefault(keep, []):
                    numbers[keep].append(number)
    return numbers


def stored_keys(session: Session) -> dict[uuid.UUID, list[NameKeys]]:
    """Every person's stored name keys (the name first, then the other spellings)."""
    found: dict[uuid.UUID, list[NameKeys]] = {}
    stmt = select(PersonNameKey.person_id, PersonNameKey.keys).order_by(PersonNameKey.person_id, PersonNameKey.position)
    for person_id, text in session.execute(stmt):
        keys = NameKeys.load(text)
        if keys is not None:
            found.setdefault(person_id, []).append(keys)
    return found
