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
from collections.abc import Callable, Mapping
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
class _Pending:
    shape: _Shape
    op: ChangeOp
    row: dict[str, Any]  # create: the whole row; update: id and changed columns; delete: id


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
    column, so it needs them all). Raises ``MissingActorError`` without an author, and
    ``RoleError``-free: the caller checks roles, as every service does."""

    def __init__(self, session: Session) -> None:
        assert isinstance(session, RepatriaSession)
        self._session = session
        self._actor = session.actor
        self._pending: list[_Pending] = []
        self._events: list[PendingChange] = []
        self._vectors: list[dict[str, int]] = []  # each pending row's version vector before the write
        self._now = dt.datetime.now(dt.UTC)

    def __len__(self) -> int:
        return len(self._pending)

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
        table = shape.table.name
        changes = changes_for_create({key: row[key] for key in shape.logged})
        change = PendingChange(table, row["id"], ChangeOp.CREATE, changes, subject_of_row(table, row))
        self._add(_Pending(shape, ChangeOp.CREATE, row), change, {})
        return row["id"]  # type: ignore[no-any-return]

    def update(self, entity: type[Tracked], stored: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
        """Bring a stored record to ``values`` (only the columns given); whether anything
        changed (an unchanged record gets no event and is not written)."""
        shape = _shape(entity)  # type: ignore[arg-type]
        changes = changes_for_update({key: stored.get(key) for key in values}, dict(values))
        if not changes:
            return False
        table = shape.table.name
        row = dict(values)  # every column given, derived ones (a sort key) included
        row["id"] = stored["id"]
        row["updated_at"] = self._now
        subject = subject_of_row(table, {**stored, **values})
        change = PendingChange(table, stored["id"], ChangeOp.UPDATE, changes, subject)
        self._add(_Pending(shape, ChangeOp.UPDATE, row), change, dict(stored.get("version_vector") or {}))
        return True

    def delete(self, entity: type[Tracked], stored: Mapping[str, Any]) -> None:
        """Delete a stored record (``stored`` holds every column: the event logs them all)."""
        shape = _shape(entity)  # type: ignore[arg-type]
        table = shape.table.name
        changes = {key: [jsonable(stored[key]), None] for key in shape.logged}
        change = PendingChange(table, stored["id"], ChangeOp.DELETE, changes, subject_of_row(table, stored))
        self._add(_Pending(shape, ChangeOp.DELETE, {"id": stored["id"]}), change, {})

    def _add(self, pending: _Pending, change: PendingChange, vector: dict[str, int]) -> None:
        self._pending.append(pending)
        self._events.append(change)
        self._vectors.append(vector)

    def write(self) -> None:
        """Append the events to the office's chain, then write the rows."""
        if not self._pending:
            return
        session = self._session
        seqs = append_events(session, self._actor, self._events)
        office = str(self._actor.office_id)
        latest: dict[uuid.UUID, int] = {}
        for change, seq in zip(self._events, seqs, strict=True):
            latest[change.record_id] = seq
        order = {table: n for n, table in enumerate(Base.metadata.sorted_tables)}
        deletes: dict[Table, dict[Any, dict[str, Any]]] = {}
        inserts: dict[Table, dict[Any, dict[str, Any]]] = {}
        updates: dict[tuple[Table, tuple[str, ...]], list[dict[str, Any]]] = {}
        for pending, vector in zip(self._pending, self._vectors, strict=True):
            row, table = pending.row, pending.shape.table
            if pending.op is ChangeOp.DELETE:  # a record made in this batch is simply not inserted
                if inserts.get(table, {}).pop(row["id"], None) is None:
                    deletes.setdefault(table, {})[row["id"]] = {_ID: row["id"]}
                continue
            row["version_vector"] = {**vector, office: latest[row["id"]]}
            if pending.op is ChangeOp.CREATE:
                inserts.setdefault(table, {})[row["id"]] = row
            else:
                row[_ID] = row.pop("id")
                updates.setdefault((table, tuple(row)), []).append(row)
        gone = {change.record_id for change in self._events if change.op is ChangeOp.DELETE}
        for table in sorted(deletes, key=order.__getitem__, reverse=True):
            execute_rows(session, delete(table).where(table.c.id == bindparam(_ID)), list(deletes[table].values()))
        for table in sorted(inserts, key=order.__getitem__):
            execute_rows(session, insert(table), list(inserts[table].values()))
        for (table, names), rows in sorted(updates.items(), key=lambda item: order[item[0][0]]):
            values: dict[str, Any] = {name: bindparam(name) for name in names if name != _ID}
            kept = [row for row in rows if row[_ID] not in gone]  # updated, then deleted
            execute_rows(session, update(table).where(table.c.id == bindparam(_ID)).values(values), kept)
        self._pending, self._events, self._vectors = [], [], []
        self._now = dt.datetime.now(dt.UTC)
