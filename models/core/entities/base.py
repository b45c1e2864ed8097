"""Declarative base, column types and the mixin every change-logged record uses."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, DateTime, Enum, MetaData, String, Table, Text, TypeDecorator, Uuid, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.sql.dml import Insert, UpdateBase

from models.core.ids import new_id
from models.core.partial_date import PartialDate

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite keeps no zone)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timestamps in UTC")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class PartialDateType(TypeDecorator[PartialDate]):
    """A PartialDate stored as ISO text (YYYY, YYYY-MM or YYYY-MM-DD), which sorts correctly."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: PartialDate | str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):
            value = PartialDate.parse(value)
        return str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> PartialDate | None:
        return None if value is None else PartialDate.parse(value)


class CanonicalJSON(TypeDecorator[Any]):
    """JSON stored as canonical text (sorted keys, no spaces, UTF-8): the change log hashes
    exactly the stored text. Accepts text that is already canonical, so a writer that hashed
    it does not encode it twice."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


def enum_column(enum: type[StrEnum], length: int = 32) -> Enum:
    """Enums stored by value, as plain strings, so new values need no table rebuild."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        uuid.UUID: Uuid(),
        dt.datetime: UtcDateTime(),
        PartialDate: PartialDateType(),
        dict[str, Any]: JSON(),
        dict[str, int]: JSON(),
        list[Any]: JSON(),
    }


class Tracked:
    """A record whose every create, update and delete goes into the change log.

    ``version_vector`` maps an office id to the last of that office's change
    sequence numbers applied to this record; it is how exchange detects that
    two offices edited the same record concurrently.
    """

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    version_vector: Mapped[dict[str, int]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def table_of(entity: type[Base]) -> Table:
    """The Core table of an entity, for executemany bulk writes (one statement, many rows:
    the ORM's bulk insert splits rows into many statements when their values differ)."""
    table = entity.__table__
    assert isinstance(table, Table)
    return table


def execute_rows(session: Session, statement: UpdateBase, rows: Sequence[Mapping[str, Any]]) -> None:
    """One statement for many rows (each a mapping of bound names, all with the same keys)
    through the driver's executemany. Each value is converted once by its bound type, as
    SQLAlchemy would bind it, without SQLAlchemy's per-row parameter processing (about half
    of an import's time otherwise)."""
    if rows:
        names = list(rows[0])
        _execute(session, statement, names, [[row[name] for name in names] for row in rows])


def _execute(session: Session, statement: UpdateBase, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """:func:`execute_rows` for rows given as values in ``names``' order."""
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    # an INSERT names its columns from the rows; an UPDATE or DELETE binds what it names itself
    keys = list(names) if isinstance(statement, Insert) else None
    compiled = statement.compile(dialect=dialect, column_keys=keys)
    order: Sequence[str] = (compiled.positiontup or []) if dialect.positional else list(compiled.binds)
    where = {name: n for n, name in enumerate(names)}
    plan = [(where[name], _same_as_before(compiled.binds[name].type._cached_bind_processor(dialect))) for name in order]
    if dialect.positional:
        params: list[Any] = [
            tuple(row[n] if process is None else process(row[n]) for n, process in plan) for row in rows
        ]
    else:
        params = [
            {
                name: row[n] if process is None else process(row[n])
                for name, (n, process) in zip(order, plan, strict=True)
            }
            for row in rows
        ]
    connection.exec_driver_sql(str(compiled), params)


def _same_as_before(process: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """A bind processor that reuses its last result for the same object: a bulk write binds one
    timestamp, office and author to every row, and a timestamp's conversion costs microseconds."""
    if process is None:
        return None
    last: list[Any] = [_NOTHING, None]

    def same(value: Any) -> Any:
        if value is last[0]:
            return last[1]
        last[0], last[1] = value, process(value)
        return last[1]

    return same


_NOTHING = object()


def insert_rows(session: Any, table: Table, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Many rows given as value sequences in ``columns``' order (derived tables written by the
    hundred thousand: a registry's name keys and search terms)."""
    _execute(session, insert(table), columns, list(rows))
