"""Another office's change events applied to our tables (BUNDLES.md, "Conflicts, field by field").

Events are stored as they are, in their office's chain, and applied to the records without
being logged again. They are applied in the order of their time, which the change log's
hybrid logical clock (:func:`models.core.changelog.event_time`) makes causal: an edit comes
after every edit its office had seen.

Field by field, each office keeps the field's *frontier*: the changes of it that no other
change held here was made on top of. Whether a change was made on top of another is decided
exactly, not by values: every event carries its record's version vector as its office held it
(``context``: office -> the last of that office's events applied to the record), so an
office's change saw another office's change when its context reaches that change's sequence
number (a version vector, as in Dynamo and Riak). An incoming change
- already seen by a change of the frontier: old news, nothing to do;
- otherwise it replaces the frontier's changes it saw and joins it.
The field shows the frontier's latest change (time, then office id, then sequence: the same
rule everywhere, so every office shows the same provisional value); when the frontier holds
different values the offices changed the field without knowing of each other: a conflict,
queued for the owning office (the one that created the record) or headquarters. The frontier
depends only on which events an office holds, not on the order they came in, so every office
that holds the same events shows the same value and the same open conflicts. A resolution is
an ordinary edit made knowing every side, so it closes the conflict wherever it comes.
Events written before contexts existed are judged as then: made on top of a change when later
and starting from its value.
- An edit against a delete keeps the record (restored from the delete's logged values) and
  queues a conflict on the field "(deleted)".
- Identifications, deaths and DNA matches are stored but not applied: they wait for a
  person's confirmation (:class:`PendingConfirmation`).
Records only an office itself keeps (its offices, cards, users, settings) travel in its chain
but are never applied elsewhere.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from sqlalchemy import Date, String, Table, UniqueConstraint, Uuid, bindparam, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.core import chains
from models.core.changelog import LOCAL_ONLY, UNLOGGED_FIELDS, forget_head, jsonable, subject_of_row
from models.core.chunks import chunks
from models.core.entities import Base, ChangeEvent, Conflict, Office, PendingConfirmation, Person
from models.core.entities.base import UtcDateTime, table_of
from models.core.enums import ChangeOp, PersonStatus
from models.core.ids import new_id
from models.names.collation import sort_key
from models.persons.name_index import reindex_persons

_STATEMENTS: dict[str, tuple[Any, Any, Any]] = {}
DELETED = "(deleted)"


@dataclass(frozen=True)
class Event:
    """A change event as a bundle carries it (and as ``change_event`` stores it)."""

    id: uuid.UUID
    office_id: uuid.UUID
    seq: int
    entity: str
    record_id: uuid.UUID
    op: ChangeOp
    changes_text: str
    author_id: uuid.UUID | None
    author_name: str
    at: dt.datetime
    prev_hash: str
    hash: str
    context: dict[str, int] | None = None  # the record's version vector as its office held it

    @property
    def key(self) -> tuple[dt.datetime, str, int]:
        """The order in which concurrent changes win: later time, then office id, then sequence."""
        return (self.at, str(self.office_id), self.seq)

    @cached_property
    def changes(self) -> dict[str, list[Any]]:
        """The changes, decoded once per event (every field of it is folded and applied one by
        one: decoding them per field made an event of n fields cost n decodings). Read only."""
        loaded: dict[str, list[Any]] = json.loads(self.changes_text)
        return loaded

    def row(self) -> dict[str, Any]:
        """The ``change_event`` row."""
        values = {
            "id": self.id,
            "office_id": self.office_id,
            "seq": self.seq,
            "entity": self.entity,
            "record_id": self.record_id,
            "op": self.op,
            "changes": self.changes_text,
            "author_id": self.author_id,
            "author_name": self.author_name,
            "at": self.at,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }
        new_values = {k: v[1] if v[1] is not None else v[0] for k, v in self.changes.items()}
        merged_into = new_values.get("merged_into") if self.entity == "person" else None
        if isinstance(merged_into, str):
            # a merge is about the person kept, as where it was made (models.persons.duplicates):
            # the kept person's history and former numbers find it by this index
            values["subject_id"] = uuid.UUID(merged_into)
        else:
            values["subject_id"] = subject_of_row(self.entity, _subject_view(self.record_id, new_values))
        values["context"] = self.context
        return values

    def field(self, name: str) -> _Field:
        """The event's change of one field, as a field's frontier holds it."""
        old, new = self.changes.get(name, [None, None])
        create = self.op is ChangeOp.CREATE
        value = True if name == DELETED else new
        return _Field(self.key, value, self.id, self.office_id, self.author_name, old, self.seq, self.context, create)


def _subject_view(record_id: uuid.UUID, values: dict[str, Any]) -> dict[str, Any]:
    """The values subject_of_row looks at, as UUIDs."""
    view: dict[str, Any] = {"id": record_id}
    for name in ("person_id", "owner_id", "record_id"):
        if isinstance(values.get(name), str):
            with contextlib.suppress(ValueError):
                view[name] = uuid.UUID(values[name])
    for name in ("owner_entity", "entity"):
        if name in values:
            view[name] = values[name]
    return view


@dataclass(frozen=True)
class Renumbered:
    """A number two offices gave to two records: ``kept`` keeps it, ``moved`` is now ``new``."""

    entity: str
    field: str
    number: str
    kept: uuid.UUID
    moved: uuid.UUID
    new: str

    def as_json(self) -> dict[str, str]:
        return {
            "entity": self.entity,
            "field": self.field,
            "number": self.number,
            "kept": str(self.kept),
            "renumbered": str(self.moved),
            "new_number": self.new,
        }


@cache
def numbers_of(table: Table) -> tuple[str, ...]:
    """The table's unique text columns other than its id: numbers people give records."""
    single = {
        next(iter(c.columns)).name for c in table.constraints if isinstance(c, UniqueConstraint) and len(c.columns) == 1
    }
    return tuple(
        c.name
        for c in table.columns
        if (c.unique or c.name in single) and not c.primary_key and isinstance(c.type, String)
    )


@dataclass
class Counts:
    new: int = 0
    updated: int = 0
    deleted: int = 0
    applied: int = 0  # events applied as they are
    merged: int = 0  # events applied beside another office's concurrent change of other fields
    conflicts: int = 0  # conflicts opened
    awaiting_confirmation: int = 0
    held: int = 0
    skipped: int = 0  # already held, or records kept only by their own office
    redone: int = 0  # our changes of a person merged away elsewhere, made again on the person kept
    # (field, person kept, value, person merged away) of those not made again: the person kept
    # has our own other value
    not_redone: list[tuple[str, uuid.UUID, Any, uuid.UUID]] = field(default_factory=list)
    conflict_ids: list[uuid.UUID] = field(default_factory=list)
    renumbered: list[Renumbered] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {
            "applied": self.applied,
            "merged": self.merged,
            "conflicts": self.conflicts,
            "awaiting_confirmation": self.awaiting_confirmation,
            "held": self.held,
            "new": self.new,
            "updated": self.updated,
            "deleted": self.deleted,
            "skipped": self.skipped,
            "redone": self.redone,
            "not_redone": len(self.not_redone),
        }


@dataclass(frozen=True)
class _Field:
    """One event's change of one field."""

    key: tuple[dt.datetime, str, int]
    value: Any
    event_id: uuid.UUID
    office_id: uuid.UUID
    author: str
    old: Any = None  # the value the change was made on top of
    seq: int = 0
    context: dict[str, int] | None = None
    create: bool = False


def saw(later: _Field, earlier: _Field) -> bool:
    """Whether the office that made ``later`` had seen ``earlier`` when it made it: its own
    earlier change, or one its context (the record's version vector) reaches. A create saw
    nothing of its record. An event without a context (written before contexts) is judged by
    its value: later, and made starting from the other's value."""
    if later.office_id == earlier.office_id:
        return later.seq > earlier.seq
    if later.create:
        return False
    if later.context is not None:
        return later.context.get(str(earlier.office_id), 0) >= earlier.seq
    return later.key > earlier.key and later.old == earlier.value


def step(frontier: list[_Field], change: _Field) -> list[_Field]:
    """A field's frontier with one more change: unchanged (the same list) when a change of the
    frontier saw it already; otherwise without the changes it saw, and with it."""
    if any(known.event_id == change.event_id or saw(known, change) for known in frontier):
        return frontier
    return [*(known for known in frontier if not saw(change, known)), change]


def shown(frontier: list[_Field]) -> _Field:
    """The change a field shows: the frontier's latest (time, office id, sequence)."""
    return max(frontier, key=lambda known: known.key)


@dataclass
class _History:
    """What the events held say of one record: each field's frontier, who created it."""

    fields: dict[str, list[_Field]] = field(default_factory=dict)
    owner: uuid.UUID | None = None
    deleted_values: dict[str, Any] | None = None  # the values a delete logged

    def fold(self, event: Event, *, force: bool = False) -> None:
        """The event into what is known (:func:`step` for each field it changes). ``force``: a
        change a person here confirmed, which is the field's only change now."""
        changes = event.changes
        if event.op is ChangeOp.CREATE and self.owner is None:
            self.owner = event.office_id
        if event.op is ChangeOp.DELETE:
            self.deleted_values = {k: v[0] for k, v in changes.items()}
            self.fields[DELETED] = [event.field(DELETED)]
            return
        if event.op is ChangeOp.CREATE:
            self.fields.pop(DELETED, None)
        for name in changes:
            change = event.field(name)
            self.fields[name] = [change] if force else step(self.fields.get(name, []), change)


def pending_kind(event: Event) -> str | None:
    """Changes that wait for a person here (BUNDLES.md): identifications, deaths, DNA matches."""
    if event.entity in ("identification", "board_signature"):
        return "identification"
    if event.entity == "dna_result":
        return "dna_match"
    if event.entity == "person" and event.op is ChangeOp.UPDATE:
        status = event.changes.get("status")
        if status is not None and PersonStatus.DECEASED.value in (status[0], status[1]):
            return "death"  # recorded dead, or no longer: both decide what a family is told
    return None


@cache
def person_references() -> tuple[tuple[str, str], ...]:
    """(table, column) of every logged record that belongs to a person: a foreign key to it."""
    return tuple(
        sorted(
            (name, column.name)
            for name, table in logged_tables().items()
            for column in table.columns
            if any(fk.column.table.name == "person" and fk.column.name == "id" for fk in column.foreign_keys)
        )
    )


# Conflict ids are uuid5 in this namespace of (record kind, record id, field, the event ids of
# the changes in conflict), the same at every office that sees the same changes.
CONFLICT_NAMESPACE = uuid.UUID("6f3c1d2e-8a4b-5c9d-9e0f-1a2b3c4d5e6f")


def _sides_text(sides: Sequence[_Field]) -> str:
    """The changes in conflict, oldest first, as the ``sides`` column keeps them."""
    return json.dumps(
        [
            {
                "value": side.value,
                "office_id": str(side.office_id),
                "author": side.author,
                "at": side.key[0].isoformat(),
                "event_id": str(side.event_id),
            }
            for side in sorted(sides, key=lambda side: side.key)
        ],
        ensure_ascii=False,
    )


def move_person_references(session: Session, other: uuid.UUID, kept: uuid.UUID) -> None:
    """Every logged record of ``other`` moved to ``kept`` (a merge made elsewhere, followed
    here; written beside our change log, as received records are)."""
    tables = logged_tables()
    for entity, column in person_references():
        table = tables[entity]
        session.execute(update(table).where(table.c[column] == other).values({column: kept}))


@cache
def logged_tables() -> dict[str, Table]:
    """Every table of logged records, by name (the mapped classes, fixed for the process)."""
    return {
        mapper.class_.__tablename__: table_of(mapper.class_)
        for mapper in Base.registry.mappers
        if "version_vector" in mapper.class_.__table__.columns
    }


def to_column(table: Table, name: str, value: Any) -> Any:
    """A logged value (models.core.changelog.jsonable) as the column takes it."""
    if value is None or name not in table.columns:
        return value
    kind = table.columns[name].type
    if isinstance(kind, Uuid) and isinstance(value, str):
        return uuid.UUID(value)
    if isinstance(kind, UtcDateTime) and isinstance(value, str):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date) and isinstance(value, str):
        return dt.date.fromisoformat(value)
    return value


class Applier:
    """Applies one import's events inside the caller's transaction."""

    def __init__(self, session: Session, counts: Counts) -> None:
        self.session = session
        self.counts = counts
        self.tables = logged_tables()
        self.histories: dict[tuple[str, uuid.UUID], _History] = {}
        self.persons: set[uuid.UUID] = set()
        # Records with a change waiting for a person; events never applied here: waiting for a
        # person, or rejected by one (one query for both).
        self.pending_records: set[uuid.UUID] = set()
        self.pending_events: set[uuid.UUID] = set()
        waiting = session.execute(
            select(PendingConfirmation.record_id, PendingConfirmation.event_id, PendingConfirmation.decision).where(
                or_(
                    PendingConfirmation.decision.is_(None),
                    PendingConfirmation.decision.in_(["rejected", "superseded"]),
                )
            )
        )
        for record_id, event_id, decision in waiting:
            self.pending_events.add(event_id)
            if decision is None:
                self.pending_records.add(record_id)
        self._confirmed = False
        # Chains that may change only what their office may see (a mediator): fields ("*": all).
        self.limits: dict[uuid.UUID, dict[str, Any]] = {}
        self.mediators: set[uuid.UUID] = set()  # limits.mediator_chains
        # Later chains -> their office (models.core.chains): a record's owner is an office.
        self.chain_offices = chains.chain_offices(session)
        # Codes of offices the sender knows and we may not (its manifest's "codes"): a number two
        # offices gave becomes NUMBER-CODE alike at every office (found by the new-user trial).
        self.codes: dict[uuid.UUID, str] = {}
        self._merges: dict[uuid.UUID, uuid.UUID] | None = None  # person merged away -> into whom
        # Our own changes of a person another office merged away without having seen them:
        # (merged-away person, field, value), made again on the person kept (``_redo_on_kept``).
        self._redo: list[tuple[uuid.UUID, str, Any]] = []
        self._batch: set[uuid.UUID] = set()  # the events being applied (stored, not applied yet)

    def preload(self, events: Sequence[Event]) -> None:
        """The stored history of every record the events touch, read in a few queries."""
        wanted = {(e.entity, e.record_id) for e in events} - set(self.histories)
        applying = {e.id for e in events}  # stored already when a person confirms them
        self._batch |= applying
        for pair in wanted:
            self.histories[pair] = _History()
        ids = sorted({record for _, record in wanted})
        for chunk in chunks(ids):
            rows = self.session.execute(
                select(
                    ChangeEvent.id, ChangeEvent.office_id, ChangeEvent.seq, ChangeEvent.entity, ChangeEvent.record_id,
                    ChangeEvent.op, ChangeEvent.changes, ChangeEvent.author_name, ChangeEvent.at, ChangeEvent.context,
                ).where(ChangeEvent.record_id.in_(chunk))
            ).all()  # fmt: skip
            stored = [
                Event(r.id, r.office_id, r.seq, r.entity, r.record_id, ChangeOp(r.op),
                      json.dumps(r.changes), None, r.author_name, r.at, "", "", r.context)
                for r in rows
                if r.id not in self.pending_events and r.id not in applying and (r.entity, r.record_id) in wanted
            ]  # fmt: skip
            for event in sorted(stored, key=lambda e: e.key):
                self.histories[(event.entity, event.record_id)].fold(event)

    def store(self, events: Iterable[Event]) -> None:
        """The events into their offices' chains (as they are: they stay verifiable)."""
        rows = [e.row() for e in events]
        for chunk in chunks(rows, 2000):
            self.session.execute(insert(table_of(ChangeEvent)), chunk)
        forget_head(self.session)

    def apply(self, event: Event, *, confirmed: bool = False) -> None:
        """One event; ``confirmed``: a person here confirmed it (it no longer waits)."""
        if event.entity in LOCAL_ONLY or event.entity not in self.tables:
            self.counts.skipped += 1
            return
        limit = self.limits.get(event.office_id)
        if limit is not None:
            allowed = limit.get(event.entity)
            if allowed is None:
                self.counts.skipped += 1  # a kind of record its profile does not show it: not its to change
                return
            if allowed != "*":
                kept = {k: v for k, v in event.changes.items() if k in allowed}
                if not kept:
                    self.counts.skipped += 1
                    return
                event = dataclasses.replace(event, changes_text=json.dumps(kept))
        kind = pending_kind(event)
        if kind is None and event.office_id in self.mediators and event.op is ChangeOp.UPDATE:
            kind = "mediator"
        on_top = False
        if not confirmed and event.record_id in self.pending_records:
            on_top = self._supersede(event)
        if kind == "death" and not self._death_here(event):
            kind = None  # leaving a "deceased" this office never recorded: not a death here
        if kind is not None and self._changes_nothing(event):
            kind = None  # an office telling us what we hold already (a decision echoed back)
        if kind is not None and not confirmed and self._takes_back_ours(event):
            kind = "rejected"  # the other office's answer to our own change: said as such, never "a death"
        if not confirmed and (kind is not None or self._behind_pending(event)):
            self._wait(event, kind or "follows")  # "follows": only behind an earlier one of its record
            return
        history = self.histories.setdefault((event.entity, event.record_id), _History())
        table = self.tables[event.entity]
        self._confirmed = confirmed or on_top
        # A record of a person merged into another follows the merge - also where the merged
        # person's record was kept (an edit against the merge's delete): every office then puts
        # it with the same person, whatever came first.
        event = self._follow_merges(event) or event
        if not self._try(event, table, history):
            # A record it needs is not here (kept by its office, or waiting for a person): the
            # event stays in its chain, the record as it was.
            self.counts.skipped += 1
            return
        history.fold(event, force=self._confirmed)
        if event.entity == "person" and {"merged_into", "merge_reversed"} & set(event.changes):
            self._note_merge(self._merge_map(), event.record_id, event.changes)
            target = event.changes.get("merged_into", [None, None])[1]
            if isinstance(target, str):
                self._follow_merge(event.record_id, uuid.UUID(target))

    def _try(self, event: Event, table: Table, history: _History) -> bool:
        try:
            with self.session.begin_nested():
                self._apply(event, table, history)
        except IntegrityError:
            return False
        return True

    def _follow_merge(self, other: uuid.UUID, kept: uuid.UUID) -> None:
        """Another office merged ``other`` into ``kept``: what it moved came as its own events;
        records of ``other`` it did not know of (added here meanwhile) move too, as the
        merging office moves them when they reach it (``_follow_merges``)."""
        if self.session.get(Person, kept) is None:
            return
        move_person_references(self.session, other, kept)
        self.persons.add(kept)

    def _follow_merges(self, event: Event) -> Event | None:
        """The event with every person it names that was merged away here replaced by the
        person it was merged into (following merges of merges); None when none was."""
        columns = {column for entity, column in person_references() if entity == event.entity}
        if not columns:
            return None
        changes = event.changes
        replaced = dict(changes)
        for name in columns & set(changes):
            old, new = changes[name]
            if isinstance(new, str):
                kept = self._merged_into(uuid.UUID(new))
                if kept is not None:
                    replaced[name] = [old, str(kept)]
        if replaced == changes:
            return None
        return dataclasses.replace(event, changes_text=json.dumps(replaced))

    def _merged_into(self, person_id: uuid.UUID) -> uuid.UUID | None:
        """The person ``person_id`` was last merged into (following merges of merges), or None."""
        merges = self._merge_map()
        current, seen = person_id, {person_id}
        while (following := merges.get(current)) is not None:
            if following in seen:
                return None  # merges that cross (made at two offices before the rule): no target
            seen.add(following)
            current = following
        return None if current == person_id else current

    def _merge_map(self) -> dict[uuid.UUID, uuid.UUID]:
        """Every person merged into another here and not unmerged since, from the change log's
        notes (one query, on the first record that names a person). The notes of this import
        join it as they apply, in order: a record made before a merge goes where the merge
        put it, never to a person not made yet."""
        if self._merges is None:
            rows = self.session.execute(
                select(
                    ChangeEvent.id, ChangeEvent.record_id, ChangeEvent.changes, ChangeEvent.at, ChangeEvent.seq
                ).where(
                    ChangeEvent.entity == "person",
                    ChangeEvent.op == ChangeOp.UPDATE,
                    or_(ChangeEvent.changes.like('%"merged_into"%'), ChangeEvent.changes.like('%"merge_reversed"%')),
                )
            ).all()
            self._merges = {}
            for row in sorted(rows, key=lambda r: (r.at, r.seq)):
                if row.id not in self._batch and row.id not in self.pending_events:
                    self._note_merge(self._merges, row.record_id, row.changes)
        return self._merges

    @staticmethod
    def _note_merge(merges: dict[uuid.UUID, uuid.UUID], person_id: uuid.UUID, changes: dict[str, Any]) -> None:
        target = changes.get("merged_into", [None, None])[1]
        if isinstance(target, str):
            merges[person_id] = uuid.UUID(target)
        elif "merge_reversed" in changes:
            merges.pop(person_id, None)

    def _merged_away(self, event: Event) -> bool:
        """The event changes a person merged into another here (not the merge's own note)."""
        return (
            event.entity == "person"
            and not {"merged_into", "merge_reversed"} & set(event.changes)
            and self._merged_into(event.record_id) is not None
        )

    def _redo_ours(self, record_id: uuid.UUID, history: _History, unseen: Sequence[_Field]) -> None:
        """Remember this office's changes of a merged-away person that the merge did not see,
        to make them again on the person kept. Another office's are made again by that office
        (they reach us later as its changes of the person kept)."""
        here = self.session.info["actor"].office_id
        for name, frontier in sorted(history.fields.items()):
            for known in frontier:
                if known in unseen and chains.office_of(known.office_id, self.chain_offices) == here:
                    self._redo.append((record_id, name, known.value))

    def _redo_on_kept(self) -> None:
        """Our own changes of persons merged away elsewhere, made again on the persons kept as
        logged edits of ours (after the whole bundle: on top of the merge's own values)."""
        table = self.tables["person"]
        for other, name, value in self._redo:
            kept = self._merged_into(other)
            person = None if kept is None else self.session.get(Person, kept)
            if person is None or name in UNLOGGED_FIELDS or name not in table.columns:
                continue
            if jsonable(getattr(person, name)) == value:
                continue
            if self._typed_here(person.id, name):
                # this office typed another value for the kept person too: two of its own values
                # for one field, neither to be dropped without a word (second new-user trial)
                self.counts.not_redone.append((name, person.id, value, other))
                continue
            setattr(person, name, to_column(table, name, value))
            self.counts.redone += 1
            self.persons.add(person.id)
        self._redo.clear()
        self.session.flush()  # logged: our own edits

    def _takes_back_ours(self, event: Event) -> bool:
        """Whether the event puts back, field by field, what this office's own last change of
        the record replaced: another office's answer to a change of ours it rejected (new-user
        trial: a death headquarters rejected came back to the region as "a death from HQ")."""
        for name, (old, new) in event.changes.items():
            last = self.session.execute(
                select(ChangeEvent.office_id, ChangeEvent.changes)
                .where(
                    ChangeEvent.entity == event.entity,
                    ChangeEvent.record_id == event.record_id,
                    ChangeEvent.id != event.id,
                    ChangeEvent.changes.like(f'%"{name}"%'),
                )
                .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
                .limit(1)
            ).first()
            here = self.session.info["actor"].office_id
            if last is None or chains.office_of(last.office_id, self.chain_offices) != here:
                return False
            if last.changes.get(name) != [new, old]:
                return False
        return bool(event.changes)

    def _typed_here(self, person_id: uuid.UUID, name: str) -> bool:
        """Whether the last change of the person's field is this office's own."""
        last = self.session.scalar(
            select(ChangeEvent.office_id)
            .where(
                ChangeEvent.entity == "person",
                ChangeEvent.record_id == person_id,
                ChangeEvent.changes.like(f'%"{name}"%'),
            )
            .order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())
            .limit(1)
        )
        here = self.session.info["actor"].office_id
        return last is not None and chains.office_of(last, self.chain_offices) == here

    def _changes_nothing(self, event: Event) -> bool:
        if event.op is not ChangeOp.UPDATE or event.entity not in self.tables:
            return False
        row = self._row(self.tables[event.entity], event.record_id)
        if row is None:
            return False
        return all(name in row and jsonable(row[name]) == new for name, (_old, new) in event.changes.items())

    def _behind_pending(self, event: Event) -> bool:
        """Whether an ordinary change must wait behind a change of its record waiting for a
        person: when it changes a field that one changes (or either makes or deletes the
        record). A change of other fields applies now (new-user trial: a rank and a unit waited
        behind a rejected death, and three offices held three versions of one person)."""
        if event.record_id not in self.pending_records:
            return False
        if event.op is not ChangeOp.UPDATE:
            return True
        waiting = self.session.execute(
            select(PendingConfirmation.event_id, PendingConfirmation.record).where(
                PendingConfirmation.record_id == event.record_id, PendingConfirmation.decision.is_(None)
            )
        ).all()
        fields: set[str] = set()
        for event_id, record in waiting:
            if record is not None:  # from a filtered copy: the fields it carried
                fields |= set(json.loads(record))
                continue
            stored = self.session.get(ChangeEvent, event_id)
            if stored is None or ChangeOp(stored.op) is not ChangeOp.UPDATE:
                return True
            fields |= set(stored.changes)
        return bool(fields & set(event.changes))

    def _death_here(self, event: Event) -> bool:
        """The event records a death, or takes back one this office holds."""
        status = event.changes.get("status")
        if status is None or status[1] == PersonStatus.DECEASED.value:
            return True
        row = self._row(self.tables[event.entity], event.record_id)
        return row is not None and jsonable(row.get("status")) == PersonStatus.DECEASED.value

    def _supersede(self, event: Event) -> bool:
        """An office's later change of the same fields replaces its change still waiting here
        for a person, and so does another office's change made on top of it: nobody is asked to
        confirm what has since been changed (two offices would otherwise each confirm the other's
        outdated state, and disagree)."""
        waiting = self.session.scalars(
            select(PendingConfirmation).where(
                PendingConfirmation.record_id == event.record_id,
                PendingConfirmation.decision.is_(None),
                PendingConfirmation.record.is_(None),
            )
        )
        fields = set(event.changes)
        replaced = False
        seen = {str(k): v for k, v in (event.context or {}).items()}
        for row in waiting:
            older = self.session.get(ChangeEvent, row.event_id)
            if older is None or not set(older.changes) <= fields:
                continue
            # its own office's later change, or another office's made on top of it (it had seen
            # it: headquarters answering a region's death) decides those fields (new-user trial:
            # a third office was asked to confirm a death headquarters had already rejected)
            later = (older.at, older.seq) < (event.at, event.seq)
            answered = seen.get(str(older.office_id), 0) >= older.seq
            if later and (older.office_id == event.office_id or answered):
                row.decision, row.decided_at, row.decided_by = "superseded", event.at, event.author_name
                replaced = True
        self.session.flush()
        still = self.session.scalar(
            select(PendingConfirmation.event_id)
            .where(PendingConfirmation.record_id == event.record_id, PendingConfirmation.decision.is_(None))
            .limit(1)
        )
        if still is None:
            self.pending_records.discard(event.record_id)
        return replaced

    def _wait(self, event: Event, kind: str) -> None:
        self.session.add(
            PendingConfirmation(
                event_id=event.id,
                office_id=event.office_id,
                entity=event.entity,
                record_id=event.record_id,
                person_id=event.row()["subject_id"],
                kind=kind,
            )
        )
        self.pending_records.add(event.record_id)
        self.pending_events.add(event.id)
        self.counts.awaiting_confirmation += 1

    @staticmethod
    def _statements(table: Table) -> tuple[Any, Any, Any]:
        """One select, delete and update per table, made once per process: SQLAlchemy then
        reuses their compiled form instead of compiling a 34-column select for every import."""
        found = _STATEMENTS.get(table.name)
        if found is None:
            key = table.c.id == bindparam("record")
            found = (select(table).where(key), delete(table).where(key), update(table).where(key))
            _STATEMENTS[table.name] = found
        return found

    def _row(self, table: Table, record_id: uuid.UUID) -> dict[str, Any] | None:
        found = self.session.execute(self._statements(table)[0], {"record": record_id}).mappings().first()
        return None if found is None else dict(found)

    def _apply(self, event: Event, table: Table, history: _History) -> None:
        row = self._row(table, event.record_id)
        changes = event.changes
        if event.op is ChangeOp.DELETE:
            if row is None:
                self.counts.skipped += 1
                return
            # A change of the record the delete was made without: an edit against a delete.
            unseen = [
                known
                for name, frontier in sorted(history.fields.items())
                if name in changes  # the record's columns (not a merge's note, not another delete)
                for known in frontier
                if known.event_id != event.id and not saw(event.field(name), known)
            ]
            if unseen and self._merged_away(event):
                # A merge's delete is no loss of what it did not see: the merge stands, and each
                # office makes its own unseen changes again on the person kept (``finish``).
                self._redo_ours(event.record_id, history, unseen)
            elif unseen:
                self._conflict(event, history, DELETED, unseen[0], ours=False, theirs=True, provisional=False)
                return
            self.session.execute(self._statements(table)[1], {"record": event.record_id})
            self._close(event, None)
            self.counts.deleted += 1
            self.counts.applied += 1
            self._touched(event, row)
            return
        values: dict[str, Any] = {}
        merged = False
        if row is None:
            if event.op is ChangeOp.UPDATE:
                if (
                    history.deleted_values is None
                    or not any(name in table.columns for name in changes)
                    or self._merged_away(event)
                ):
                    # a record we never had (kept by its office), a note about a record deleted
                    # here too (where another office's merge took it), or an edit of a person
                    # merged away here: its office makes it again on the person kept when the
                    # merge reaches it, so every office ends alike whichever came first
                    self.counts.skipped += 1
                    return
                # An edit against a delete: the record comes back as the delete logged it.
                deleted = history.fields.get(DELETED)
                assert deleted
                self._conflict(event, history, DELETED, deleted[0], ours=True, theirs=False, provisional=False)
                restored = {k: to_column(table, k, v) for k, v in history.deleted_values.items() if k in table.columns}
                self._insert(table, event, restored)
                row = self._row(table, event.record_id)
                assert row is not None
            else:
                created = {k: to_column(table, k, v[1]) for k, v in changes.items() if k in table.columns}
                self._number_once(table, event, created)
                self._insert(table, event, created)
                self.counts.new += 1
                self.counts.applied += 1
                self._touched(event, created)
                return
        for name, (_old, new) in changes.items():
            if name == DELETED:  # a decision to keep a record both edited and deleted
                self._close(event, DELETED)
                continue
            if name in UNLOGGED_FIELDS or name not in table.columns:
                continue
            here = jsonable(row.get(name))
            before = history.fields.get(name, [])
            change = event.field(name)
            # A change a person here confirmed is their decision now: the field's only change.
            after = [change] if event.op is ChangeOp.CREATE or self._confirmed else step(before, change)
            if after is before:
                continue  # a change of the frontier was made on top of it: old news
            winner = shown(after)
            if winner.value != here:
                values[name] = winner.value
            rivals = [known for known in after if known.value != winner.value]
            if not rivals:
                self._close(event, name)  # made knowing every side: a resolution, if one was open
                continue
            held = shown([known for known in after if known is not change] or before or [change])
            self._conflict(event, history, name, held, ours=here, theirs=new, provisional=winner.value, frontier=after)
            merged = True
        if not merged and any(
            f.key > event.key and f.office_id != event.office_id
            for n, frontier in history.fields.items()
            if n != DELETED and n not in changes
            for f in frontier
        ):
            merged = True  # another office changed other fields of this record concurrently
        vector = dict(row.get("version_vector") or {})
        office = str(event.office_id)
        vector[office] = max(int(vector.get(office, 0)), event.seq)
        update_values = {k: to_column(table, k, v) for k, v in values.items()}
        self._number_taken(table, event, update_values)
        update_values["version_vector"] = vector
        update_values["updated_at"] = event.at
        # One statement per table, its values as parameters: SQLAlchemy compiles it once per
        # set of columns instead of once per event.
        self.session.execute(self._statements(table)[2], {**update_values, "record": event.record_id})
        self.counts.updated += 1
        if merged:
            self.counts.merged += 1
        else:
            self.counts.applied += 1
        self._touched(event, {**row, **update_values})

    def _number_once(self, table: Table, event: Event, created: dict[str, Any]) -> None:
        """Two offices gave one number (a registry number, a case or sample number) to two
        records: the one created first keeps it, the later one becomes ``<number>-<CODE>``
        (the code of the office that created it), at every office alike whichever create
        arrives first, so that neither record is lost and both stay findable. The office
        that created the later record renumbers it with a logged edit, which tells the others
        nothing new; elsewhere the received record is simply stored so. Each case is
        reported (``Counts.renumbered``): they may be one person entered twice, to merge."""
        self._share_number(table, event, created, (event.at, str(event.office_id), event.seq), unlogged_keeps=True)

    def _number_taken(self, table: Table, event: Event, values: dict[str, Any]) -> None:
        """An edit that gives a record a number another record holds here (each office's own
        database let it through): the same rule as for two creates, by when each record was
        created. Without it the edit failed here and was skipped without a word."""
        created = self._created(event.entity, event.record_id)
        self._share_number(table, event, values, created, unlogged_keeps=False)

    def _share_number(
        self,
        table: Table,
        event: Event,
        values: dict[str, Any],
        incoming: tuple[dt.datetime, str, int] | None,
        *,
        unlogged_keeps: bool,
    ) -> None:
        """For each number in ``values`` another record here holds: the record created first
        (``incoming``: when the event's record was; None when not logged) keeps it, the other
        becomes ``<number>-<CODE>``. ``unlogged_keeps``: whether a holder without a create
        event keeps it."""
        for column in numbers_of(table):
            number = values.get(column)
            if not isinstance(number, str):
                continue
            holder = self.session.scalar(
                select(table.c.id).where(table.c[column] == number, table.c.id != event.record_id)
            )
            if holder is None:
                continue
            held = self._created(event.entity, holder)
            holder_keeps = unlogged_keeps if held is None else (incoming is None or held < incoming)
            if holder_keeps:
                creator = uuid.UUID(incoming[1]) if incoming is not None else event.office_id
                values[column] = renumbered = self._free_number(table, column, number, creator)
                kept, moved = holder, event.record_id
            else:
                creator = uuid.UUID(held[1]) if held is not None else event.office_id
                renumbered = self._free_number(table, column, number, creator)
                mine = chains.office_of(creator, self.chain_offices) == self.session.info["actor"].office_id
                self._renumber(table, column, holder, renumbered, mine=mine and held is not None)
                kept, moved = event.record_id, holder
            self.counts.renumbered.append(Renumbered(event.entity, column, number, kept, moved, renumbered))
            if event.entity == "person":
                self.persons.update((holder, event.record_id))  # their numbers are in the search index

    def _created(self, entity: str, record_id: uuid.UUID) -> tuple[dt.datetime, str, int] | None:
        """When, by whom and as which event a record held here was created (None: no event)."""
        found = self.session.execute(
            select(ChangeEvent.at, ChangeEvent.office_id, ChangeEvent.seq)
            .where(ChangeEvent.entity == entity, ChangeEvent.record_id == record_id, ChangeEvent.op == ChangeOp.CREATE)
            .order_by(ChangeEvent.at)
            .limit(1)
        ).first()
        return None if found is None else (found.at, str(found.office_id), found.seq)

    def _free_number(self, table: Table, column: str, number: str, chain: uuid.UUID) -> str:
        office_id = chains.office_of(chain, self.chain_offices)
        code = (
            self.session.scalar(select(Office.code).where(Office.id == office_id))
            or self.codes.get(office_id)  # an office we have not met, named by the sender that relays it
            or str(office_id)[:8]
        )
        width = table.c[column].type.length or 64  # type: ignore[attr-defined]
        for attempt in range(1, 1000):
            tail = f"-{code}" if attempt == 1 else f"-{code}-{attempt}"
            candidate = number[: width - len(tail)] + tail
            if self.session.scalar(select(table.c.id).where(table.c[column] == candidate)) is None:
                return candidate
        raise RuntimeError(f"no free number after {number!r}")  # a thousand offices' clashes: not real

    def _renumber(self, table: Table, column: str, record_id: uuid.UUID, number: str, *, mine: bool) -> None:
        if not mine:  # another office's record: stored as every office stores it
            self.session.execute(update(table).where(table.c.id == record_id).values({column: number}))
            return
        mapped = next(m.class_ for m in Base.registry.mappers if m.local_table is table)
        record = self.session.get(mapped, record_id, populate_existing=True)
        assert record is not None
        setattr(record, column, number)
        self.session.flush()  # logged: our own record, renumbered by us

    def _insert(self, table: Table, event: Event, values: dict[str, Any]) -> None:
        values = {
            **values,
            "id": event.record_id,
            "version_vector": {str(event.office_id): event.seq},
            "created_at": event.at,
            "updated_at": event.at,
        }
        self.session.execute(insert(table), values)

    def _touched(self, event: Event, values: dict[str, Any]) -> None:
        if event.entity == "person":
            self.persons.add(event.record_id)
        elif event.entity == "person_name" and isinstance(values.get("person_id"), uuid.UUID):
            self.persons.add(values["person_id"])

    def _conflict(
        self,
        event: Event,
        history: _History,
        name: str,
        current: _Field,
        *,
        ours: Any,
        theirs: Any,
        provisional: Any,
        frontier: Sequence[_Field] = (),
    ) -> None:
        """Open the field's conflict, or bring an open one up to date (a third change of it).
        Its id is derived from the changes in conflict, so that offices that hold the same
        changes name it alike (offices that have not all of them yet see fewer sides, under
        another id, until they do)."""
        sides = list(frontier) or [current, event.field(name)]
        conflict_id = uuid.uuid5(
            CONFLICT_NAMESPACE,
            "/".join([event.entity, str(event.record_id), name, *sorted(str(side.event_id) for side in sides)]),
        )
        open_one = self.session.scalar(
            select(Conflict).where(
                Conflict.entity == event.entity,
                Conflict.record_id == event.record_id,
                Conflict.field == name,
                Conflict.closed_at.is_(None),
            )
        )
        known = self.session.get(Conflict, conflict_id)
        if known is not None and known is not open_one:
            conflict_id = new_id()  # the same changes in conflict again (after an unmerge): a new entry
        text = json.dumps
        if open_one is not None:  # a third change of a field already in conflict: one entry, the latest values
            open_one.theirs = text(theirs)
            open_one.provisional = text(provisional)
            open_one.theirs_event_id, open_one.theirs_office_id = event.id, event.office_id
            open_one.theirs_author, open_one.theirs_at = event.author_name, event.at
            open_one.sides = _sides_text(sides)
            open_one.id = conflict_id
            return
        person = event.record_id if event.entity == "person" else event.row()["subject_id"]
        conflict = Conflict(
            id=conflict_id,
            entity=event.entity,
            record_id=event.record_id,
            field=name,
            person_id=person,
            ours=text(ours),
            theirs=text(theirs),
            provisional=text(provisional),
            ours_event_id=current.event_id,
            theirs_event_id=event.id,
            ours_office_id=current.office_id,
            theirs_office_id=event.office_id,
            ours_author=current.author,
            theirs_author=event.author_name,
            ours_at=current.key[0],
            theirs_at=event.at,
            owner_office_id=None if history.owner is None else chains.office_of(history.owner, self.chain_offices),
            sides=_sides_text(sides),
        )
        self.session.add(conflict)
        self.session.flush()
        self.counts.conflicts += 1
        self.counts.conflict_ids.append(conflict.id)

    def _close(self, event: Event, name: str | None) -> None:
        """An edit made on top of the provisional value closes the field's conflict (``None``:
        every conflict of the record, which is deleted)."""
        fields = [Conflict.field == name] if name is not None else []
        self.session.execute(
            update(Conflict)
            .where(
                Conflict.entity == event.entity,
                Conflict.record_id == event.record_id,
                Conflict.closed_at.is_(None),
                *fields,
            )
            .values(closed_at=event.at, closed_by_event_id=event.id)
        )

    def finish(self) -> None:
        """Derived data of the persons touched: the sort key and the name engine's index; and
        the conflicts of records gone with what they belonged to."""
        if self._redo:
            self._redo_on_kept()
        refresh_persons(self.session, sorted(self.persons))
        if self.counts.deleted:
            self._close_orphaned()

    def _close_orphaned(self) -> None:
        """A record kept for a conflict goes when the record it belongs to is deleted (a
        relative with the person deleted elsewhere: the database removes it with them, and
        the office that deleted the person never held the conflict). Its conflict can no
        longer be resolved and is closed, so that every office's queue agrees."""
        open_rows = self.session.execute(
            select(Conflict.entity, Conflict.record_id).where(Conflict.closed_at.is_(None))
        ).all()
        by_entity: dict[str, set[uuid.UUID]] = {}
        for entity, record_id in open_rows:
            by_entity.setdefault(entity, set()).add(record_id)
        now = dt.datetime.now(dt.UTC)
        for entity, wanted in sorted(by_entity.items()):
            table = self.tables.get(entity)
            if table is None:
                continue
            for chunk in chunks(sorted(wanted)):
                present = set(self.session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
                gone = [record for record in chunk if record not in present]
                if gone:
                    self.session.execute(
                        update(Conflict)
                        .where(Conflict.entity == entity, Conflict.record_id.in_(gone), Conflict.closed_at.is_(None))
                        .values(closed_at=now)
                    )


def merged_into(session: Session, person_id: uuid.UUID) -> uuid.UUID | None:
    """The person a person no longer here was merged into (following merges of merges), from
    the change log's ``merged_into`` events; None when the person is here, or went otherwise."""
    current, seen = person_id, set()
    while session.get(Person, current) is None:
        if current in seen:
            return None
        seen.add(current)
        found = session.scalar(
            select(ChangeEvent.changes)
            .where(
                ChangeEvent.entity == "person",
                ChangeEvent.record_id == current,
                ChangeEvent.op == ChangeOp.UPDATE,
                ChangeEvent.changes.like('%"merged_into"%'),
            )
            .order_by(ChangeEvent.at.desc())
            .limit(1)
        )
        target = None if found is None else found.get("merged_into", [None, None])[1]
        if not isinstance(target, str):
            return None
        current = uuid.UUID(target)
    return None if current == person_id else current


def refresh_persons(session: Session, person_ids: Sequence[uuid.UUID]) -> None:
    """What the persons' services derive from their names (the sort key, the name engine's
    keys and search terms), for persons written beside the services (received records)."""
    present = []
    for chunk in chunks(sorted(set(person_ids))):
        for person_id, surname, given, patronymic in session.execute(
            select(Person.id, Person.surname, Person.given_names, Person.patronymic).where(Person.id.in_(chunk))
        ):
            session.execute(
                update(Person).where(Person.id == person_id).values(sort_name=sort_key(surname, given, patronymic))
            )
            present.append(person_id)
    if present:
        reindex_persons(session, present)
