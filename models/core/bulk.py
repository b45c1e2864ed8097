"""One batched writer for every bulk path: imports, list checks, the demo, and later bundles.

A record written through the ORM is logged in ``before_flush`` (models.core.changelog): one
event per create, update and delete, with the fields' old and new values, and the record's
version vector advanced to the event's sequence number. Imports of tens of thousands of rows
cannot afford the ORM's per-object bookkeeping (a unit of work, identity map and history for
every row: 160 s for 50,000 ante-mortem records with their teeth and marks in one run), so
:class:`BulkWriter` writes the same rows and the same events without it:

- every row is built as the ORM would store it (column defaults filled the same way), and its
  event holds the same changes (``changes_for_create`` / ``changes_for_update`` / all fields of
  a deleted record), the same subject, the same author and office;
- the events are hashed in one loop and inserted with one ``executemany``
  (``changelog.append_events``): the office's sequence and chain are exactly as one-by-one
  writes leave them, and ``audit verify`` checks them the same way;
- the rows go in with the driver's own ``executemany``, each value converted once by its
  column's type (:func:`execute_rows`); deletes first (dependent tables first), then inserts
  (tables in dependency order, so a new owner precedes its details), then updates.

What a writer does not do: derived tables (the name index) are the caller's, as after an ORM
write; objects already loaded in the session are not refreshed (bulk paths read plain rows).
The test of record is tests/test_bulk.py: the same work through the ORM and through this
writer gives the same events.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, inspect, update
from sqlalchemy.orm import Session

from models.core.changelog import (
    UNLOGGED_FIELDS,
    PendingChange,
    RepatriaSession,
    append_events,
    changes_for_create,
    changes_for_update,
    jsonable,
    seen,
    subject_of_row,
)
from models.core.entities import Tracked
from models.core.entities.base import Base, execute_rows
from models.core.enums import ChangeOp
from models.core.ids import new_id

_ID = "_bulk_id"  # the bound name of the primary key in updates and deletes


@dataclass(frozen=True)
class _Shape:
    """What the writer needs of one entity: its table, logged keys and column defaults."""

    table: Table
    keys: tuple[str, ...]  # every mapped column, in the table's order
    logged: tuple[str, ...]  # the keys the change log records
    defaults: tuple[tuple[str, Callable[[], Any]], ...]  # keys whose default the ORM fills on create


_SHAPES: dict[type[Base], _Shape] = {}


def _constant(value: Any) -> Any:
    return value


def _shape(entity: type[Base]) -> _Shape:
    shape = _SHAPES.get(entity)
    if shape is None:
        mapper = inspect(entity)
        table = entity.__table__
        assert isinstance(table, Table)
        keys: list[str] = []
        defaults: list[tuple[str, Callable[[], Any]]] = []
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            if column.name != attr.key:  # bulk rows are keyed by column; every entity maps them 1:1
                raise TypeError(f"{entity.__name__}.{attr.key} is stored as {column.name}")
            keys.append(attr.key)
            default: Any = column.default
            if default is not None and default.is_callable:  # as the ORM calls it: with no context
                defaults.append((attr.key, partial(default.arg, None)))
            elif default is not None and default.is_scalar:
                defaults.append((attr.key, partial(_constant, default.arg)))
        logged = tuple(k for k in keys if k not in UNLOGGED_FIELDS)
        shape = _SHAPES[entity] = _Shape(table, tuple(keys), logged, tuple(defaults))
    return shape


@dataclass
class _Record:
    """What a batch does to one record, as one ORM flush would see it: created (with its final
    values), updated (from the stored values of the columns touched to their last values) or
    deleted."""

    shape: _Shape
    op: ChangeOp
    row: dict[str, Any]  # create: the whole row; update: id and the columns given; delete: id
    before: dict[str, Any]  # update: the stored values of those columns; delete: the stored row
    vector: dict[str, int]  # the stored version vector (an update's)
    subject: uuid.UUID | None = None  # an update's: the person the stored record is about


# Checks run on every batch before it is written (models.bundles.limits installs one: a
# laboratory or mediator may change only what its profile shows, in an import as in an edit).
CHECKS: list[Callable[[Session, Sequence[PendingChange]], None]] = []


class BulkWriter:
    """Creates, updates and deletes of change-logged records, written in bulk by :meth:`write`.

    Usage::

        writer = BulkWriter(session)
        case_id = writer.create(RemainsCase, {"case_number": "PM-1", ...})
        writer.update(AnteMortemRecord, stored_row, {"stature_cm": 180})
        writer.delete(BodyMark, stored_mark_row)
        writer.write()  # events, then rows; the writer can be used again after

    ``stored_row`` / ``stored_mark_row``: the record as stored, at least ``id`` and
    ``version_vector`` and, for an update, the columns it may change (a delete logs every
    column, so it needs them all). A batch is one flush: a record touched several times in it
    gets one event, as the ORM logs it (created with its last values; updated from the stored
    values to the last ones, or not at all when they come back; created and deleted: nothing).
    Raises ``MissingActorError`` without an author; roles are the caller's to check, as in
    every service."""

    def __init__(self, session: Session) -> None:
        assert isinstance(session, RepatriaSession)
        self._session = session
        self._actor = session.actor
        self._records: dict[uuid.UUID, _Record] = {}
        self._now = dt.datetime.now(dt.UTC)

    def __len__(self) -> int:
        return len(self._records)

    def create(self, entity: type[Tracked], values: Mapping[str, Any]) -> uuid.UUID:
        """A new record from ``values`` (column keys); missing columns get their defaults, as
        in an ORM insert. Returns its id (``values["id"]`` when given)."""
        shape = _shape(entity)  # type: ignore[arg-type]
        row = dict(values)
        if row.get("id") is None:
            row["id"] = new_id()
        # the batch's one time, as one ORM flush stamps its records (and bound once: execute_rows)
        row["created_at"] = row["updated_at"] = self._now
        for key, default in shape.defaults:
            if row.get(key) is None:
                row[key] = default()
        for key in shape.keys:
            row.setdefault(key, None)
        if len(row) != len(shape.keys):
            raise TypeError(f"not columns of {entity.__name__}: {sorted(set(row) - set(shape.keys))}")
        self._records[row["id"]] = _Record(shape, ChangeOp.CREATE, row, {}, {})
        return row["id"]  # type: ignore[no-any-return]

    def update(self, entity: type[Tracked], stored: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
        """Bring a record to ``values`` (only the columns given); whether that changed anything
        (an update that changes nothing is not logged and not written)."""
        record_id = stored["id"]
        known = self._records.get(record_id)
        if known is not None and known.op is ChangeOp.DELETE:
            raise ValueError(f"{record_id} is deleted in this batch")
        now = {key: known.row[key] if known is not None and key in known.row else stored.get(key) for key in values}
        if not changes_for_update(now, dict(values)):
            return False
        if known is None:
            before = {key: stored.get(key) for key in values}
            row = {"id": record_id}
            shape = _shape(entity)  # type: ignore[arg-type]
            vector = dict(stored.get("version_vector") or {})
            subject = subject_of_row(shape.table.name, {**stored, **values})
            known = self._records[record_id] = _Record(shape, ChangeOp.UPDATE, row, before, vector, subject)
        elif known.op is ChangeOp.UPDATE:
            for key in values:
                known.before.setdefault(key, stored.get(key))
        known.row.update(values)  # every column given, derived ones (a sort key) included
        known.row["updated_at"] = self._now
        return True

    def delete(self, entity: type[Tracked], stored: Mapping[str, Any]) -> None:
        """Delete a stored record (``stored`` holds every column: the event logs them all)."""
        record_id = stored["id"]
        known = self._records.pop(record_id, None)
        if known is not None and known.op is ChangeOp.CREATE:
            return  # made and removed within one batch: the ORM logs nothing, nothing is written
        before = {**stored, **(known.before if known is not None else {})}  # as stored before the batch
        vector = dict(stored.get("version_vector") or {})
        self._records[record_id] = _Record(_shape(entity), ChangeOp.DELETE, {"id": record_id}, before, vector)  # type: ignore[arg-type]

    def _change(self, record: _Record) -> PendingChange | None:
        shape, row = record.shape, record.row
        table = shape.table.name
        if record.op is ChangeOp.CREATE:
            changes = changes_for_create({key: row[key] for key in shape.logged})
            return PendingChange(table, row["id"], ChangeOp.CREATE, changes, subject_of_row(table, row))
        if record.op is ChangeOp.UPDATE:
            changes = changes_for_update(record.before, {key: row[key] for key in record.before})
            if not changes:
                return None  # changed and changed back
            return PendingChange(table, row["id"], ChangeOp.UPDATE, changes, record.subject, seen(record.vector))
        changes = {key: [jsonable(record.before[key]), None] for key in shape.logged}
        subject = subject_of_row(table, record.before)
        return PendingChange(table, row["id"], ChangeOp.DELETE, changes, subject, seen(record.vector))

    def write(self) -> None:
        """Append the events to the office's chain, then write the rows."""
        records: list[_Record] = []
        events: list[PendingChange] = []
        for record in self._records.values():
            change = self._change(record)
            if change is not None:
                records.append(record)
                events.append(change)
        self._records = {}
        self._now = dt.datetime.now(dt.UTC)
        if not events:
            return
        session = self._session
        for check in CHECKS:
            check(session, events)
        seqs = append_events(session, self._actor, events)
        office = str(self._actor.chain)
        order = {table: n for n, table in enumerate(Base.metadata.sorted_tables)}
        deletes: dict[Table, list[dict[str, Any]]] = {}
        inserts: dict[Table, list[dict[str, Any]]] = {}
        updates: dict[tuple[Table, tuple[str, ...]], list[dict[str, Any]]] = {}
        for record, seq in zip(records, seqs, strict=True):
            row, table = record.row, record.shape.table
            if record.op is ChangeOp.DELETE:
                deletes.setdefault(table, []).append({_ID: row["id"]})
                continue
            row["version_vector"] = {**record.vector, office: seq}
            if record.op is ChangeOp.CREATE:
                inserts.setdefault(table, []).append(row)
            else:
                row[_ID] = row.pop("id")
                updates.setdefault((table, tuple(row)), []).append(row)
        for table in sorted(deletes, key=order.__getitem__, reverse=True):
            execute_rows(session, delete(table).where(table.c.id == bindparam(_ID)), deletes[table])
        for table in sorted(inserts, key=order.__getitem__):
            execute_rows(session, insert(table), inserts[table])
        for (table, names), rows in sorted(updates.items(), key=lambda item: order[item[0][0]]):
            values: dict[str, Any] = {name: bindparam(name) for name in names if name != _ID}
            execute_rows(session, update(table).where(table.c.id == bindparam(_ID)).values(values), rows)
