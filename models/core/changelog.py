"""The hash-chained change log (DESIGN.md, "Change log").

Every create, update and delete of a :class:`Tracked` record appends an
immutable :class:`ChangeEvent` with the fields' old and new values, the author,
the office and the office's next sequence number. Each event stores the SHA-256
of the office's previous event, so editing or deleting history is detectable.

Two ways in, one writer (:func:`append_events`):
- ORM writes are captured automatically in ``before_flush`` of a
  :class:`RepatriaSession`: a service cannot forget to log;
- bulk paths (imports of 100k rows) pass their rows to :func:`append_events`.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, event, insert, inspect, select, type_coerce, update
from sqlalchemy.orm import Session, UOWTransaction

from models.core.chunks import chunks
from models.core.dto import ChainProblem, ChainReport
from models.core.entities import ChangeEvent, Conflict, Tracked
from models.core.entities.base import execute_rows, table_of
from models.core.enums import ChangeOp, Role
from models.core.ids import new_id
from models.core.partial_date import PartialDate

GENESIS = "0" * 64
# Bookkeeping columns: not facts about the record, so not logged as changes.
UNLOGGED_FIELDS = frozenset({"id", "version_vector", "created_at", "updated_at", "sort_name", "candidates"})
# Records each office keeps for itself: their changes travel in its chain (the chain is whole)
# but no other office applies them (models.bundles.apply), and the audit replays only its own.
LOCAL_ONLY = frozenset({"office", "office_card", "user_account", "setting", "bundle_profile"})
# (sort_name and a list entry's ranked candidates are derived by the services from data the
# log already holds; the decisions taken from them - match state, person, verdicts - are logged.)


@dataclass(frozen=True)
class Actor:
    """Who is writing: every change event names its author and office.

    ``chain_id`` is the chain the office's events go to when it is not the office's first
    (after a restore: models.core.chains); events, version vectors and chain heads use
    :attr:`chain`, everything about the office itself ``office_id``."""

    user_id: uuid.UUID | None
    user_name: str
    office_id: uuid.UUID
    role: Role
    chain_id: uuid.UUID | None = None

    @property
    def chain(self) -> uuid.UUID:
        return self.office_id if self.chain_id is None else self.chain_id


class MissingActorError(RuntimeError):
    """A write without a known author: a programming error, never user input."""


class RepatriaSession(Session):
    """A session whose flushes feed the change log."""

    @property
    def actor(self) -> Actor:
        actor = self.info.get("actor")
        if not isinstance(actor, Actor):
            raise MissingActorError("this session has no actor: writes must name their author")
        return actor


_PLAIN = frozenset({str, int, float, bool})
_PLAIN_OR_JSON = _PLAIN | {list, dict}


def jsonable(value: Any) -> Any:
    """A field value as it appears in the log (and in exchange bundles)."""
    if value is None or type(value) in _PLAIN:  # the common case first: imports log millions of values
        return value
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date | PartialDate | uuid.UUID | decimal.Decimal):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, bytes):
        return hashlib.sha256(value).hexdigest()
    raise TypeError(f"cannot log a value of type {type(value).__name__}")


# One encoder for every canonical text: json.dumps with these options builds a new encoder on
# each call, a third of the time of a small event's changes.
_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def canonical_json(data: Any) -> bytes:
    return _CANONICAL.encode(data).encode("utf-8")


def canonical_json_text(data: Any) -> str:
    """The engine's JSON serializer: what is stored is the canonical text that is hashed."""
    return _CANONICAL.encode(data)


def event_hash(fields: dict[str, Any], changes_json: str) -> str:
    """SHA-256 of an event: its canonical header JSON (``prev_hash`` included), a newline,
    and the canonical JSON of its changes. Kept as two parts so verification can hash the
    stored changes text as it is, without decoding and re-encoding every event."""
    digest = hashlib.sha256(canonical_json(fields))
    digest.update(b"\n")
    digest.update(changes_json.encode("utf-8"))
    return digest.hexdigest()


def _uuid_text(value: uuid.UUID | str | None) -> str | None:
    """A UUID in its standard form, from a UUID or SQLite's 32-digit hex storage."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value)


@dataclass(frozen=True)
class PendingChange:
    entity: str
    record_id: uuid.UUID
    op: ChangeOp
    changes: dict[str, list[Any]]
    subject_id: uuid.UUID | None = None  # the person (or other main record) the change is about
    # The record's version vector before the change (ChangeEvent.context); None for a create.
    context: dict[str, int] | None = None


def _hashed_fields(row: dict[str, Any]) -> dict[str, Any]:
    fields = {
        "id": _uuid_text(row["id"]),
        "office_id": _uuid_text(row["office_id"]),
        "seq": row["seq"],
        "entity": row["entity"],
        "record_id": _uuid_text(row["record_id"]),
        "op": ChangeOp(row["op"]).value,
        "author_id": _uuid_text(row["author_id"]),
        "author_name": row["author_name"],
        "at": row["at"].astimezone(dt.UTC).isoformat(),
        "prev_hash": row["prev_hash"],
    }
    context = row.get("context")
    if context is not None:  # hashed when present: events written before it hash as they did
        fields["context"] = json.loads(context) if isinstance(context, str) else context
    return fields


def chain_head(session: Session, office_id: uuid.UUID) -> tuple[int, str]:
    """The office's last sequence number and event hash (0 and the genesis hash when empty)."""
    with session.no_autoflush:
        row = session.execute(
            select(ChangeEvent.seq, ChangeEvent.hash)
            .where(ChangeEvent.office_id == office_id)
            .order_by(ChangeEvent.seq.desc())
            .limit(1)
        ).first()
    return (0, GENESIS) if row is None else (row.seq, row.hash)


# The chain's head as this transaction last wrote it: a transaction that flushes many times (a
# demo, an exchange day) read it back once per flush, 6 of 45 s of a 10,000-person demo. Kept in
# the session's info and dropped at every commit and rollback (savepoints included), so it is
# only ever the head this transaction itself wrote, while it holds the database's write lock.
# Code that inserts events of other offices (bundle imports) calls forget_head.
_HEAD = "repatria.chain_head"
_TICK = dt.timedelta(microseconds=1)


@event.listens_for(RepatriaSession, "after_commit")
@event.listens_for(RepatriaSession, "after_soft_rollback")
def _forget_head(session: Session, *_args: object) -> None:
    session.info.pop(_HEAD, None)


def forget_head(session: Session) -> None:
    """Drop the remembered head and clock: events were written beside append_events."""
    session.info.pop(_HEAD, None)


def latest_at(session: Session) -> dt.datetime | None:
    """The latest time of any event held, of any office (an index look-up)."""
    with session.no_autoflush:
        found = session.scalar(select(ChangeEvent.at).order_by(ChangeEvent.at.desc()).limit(1))
    return found


def _head(session: Session, office_id: uuid.UUID) -> tuple[int, str, dt.datetime | None]:
    known = session.info.get(_HEAD)
    if known is not None and known[0] == office_id:
        return known[1], known[2], known[3]
    return (*chain_head(session, office_id), latest_at(session))


def event_time(now: dt.datetime, latest: dt.datetime | None) -> dt.datetime:
    """The time an event is stamped with: the clock, but never before an event already held.

    A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): every event is
    later than every event its office had seen when writing it, whatever the laptop's clock
    says, so ordering by time never puts an edit before one it was made on top of. Bundles
    rely on it: the same field changed by two offices keeps the later change everywhere."""
    return now if latest is None or now > latest else latest + _TICK


def append_events(session: Session, actor: Actor, changes: Sequence[PendingChange]) -> list[int]:
    """Append changes to the actor's office chain; returns the sequence number given to each.

    The header each event's hash covers is the canonical JSON of :func:`_hashed_fields`; here
    it is assembled from parts that are the same for the whole batch (author, office, time)
    and the event's own, each encoded by the same canonical encoder, so the text is the one
    ``canonical_json(_hashed_fields(row))`` gives (tests/test_bulk.py compares them) at a
    fraction of the cost: imports append hundreds of thousands of events."""
    if not changes:
        return []
    seq, prev, latest = _head(session, actor.chain)
    now = event_time(dt.datetime.now(dt.UTC), latest)
    encode = _CANONICAL.encode
    office = str(actor.chain)
    # keys in sorted order: at, author_id, author_name, [context,] entity, id, office_id, op,
    # prev_hash, record_id, seq
    start = (
        f'{{"at":{encode(now.isoformat())},"author_id":{encode(_uuid_text(actor.user_id))},'
        f'"author_name":{encode(actor.user_name)},'
    )
    entities: dict[str, str] = {}
    ops = {op: encode(op.value) for op in ChangeOp}
    rows: list[dict[str, Any]] = []
    for change in changes:
        seq += 1
        event_id = new_id()
        changes_text = encode(change.changes)  # stored as is: the hashed text
        entity = entities.get(change.entity)
        if entity is None:
            entity = entities[change.entity] = encode(change.entity)
        record = "null" if change.record_id is None else f'"{change.record_id}"'
        context = None if change.context is None else encode(change.context)
        seen = "" if context is None else f'"context":{context},'
        header = (
            f'{start}{seen}"entity":{entity},"id":"{event_id}","office_id":"{office}","op":{ops[change.op]},'
            f'"prev_hash":"{prev}","record_id":{record},"seq":{seq}}}'
        )
        digest = hashlib.sha256(f"{header}\n{changes_text}".encode()).hexdigest()
        rows.append(
            {
                "id": event_id,
                "office_id": actor.chain,
                "seq": seq,
                "entity": change.entity,
                "record_id": change.record_id,
                "op": change.op,
                "changes": changes_text,
                "author_id": actor.user_id,
                "author_name": actor.user_name,
                "at": now,
                "prev_hash": prev,
                "subject_id": change.subject_id,
                "context": context,
                "hash": digest,
            }
        )
        prev = digest
    execute_rows(session, insert(table_of(ChangeEvent)), rows)
    session.info[_HEAD] = (actor.chain, seq, prev, now)
    _close_conflicts(session, rows)
    return [r["seq"] for r in rows]


def _close_conflicts(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """A change made here on a field with an open conflict between offices was made on top of
    the provisional value the clerk saw: it decides the conflict, as the same change does in
    every office that receives it (models.bundles.apply). A deleted record's conflicts close,
    and a deleted person's those of the records that go with them (the database removes them
    without an event of their own). One cheap query when no conflict is open."""
    if session.scalar(select(Conflict.id).where(Conflict.closed_at.is_(None)).limit(1)) is None:
        return
    by_record = {row["record_id"]: row for row in rows if row["record_id"] is not None}
    for chunk in chunks(sorted(by_record)):
        found = session.execute(
            select(Conflict.id, Conflict.entity, Conflict.record_id, Conflict.field).where(
                Conflict.closed_at.is_(None), Conflict.record_id.in_(chunk)
            )
        ).all()
        for conflict_id, entity, record_id, field in found:
            row = by_record[record_id]
            deleted = row["op"] is ChangeOp.DELETE
            if row["entity"] == entity and (deleted or field in json.loads(row["changes"])):
                _close(session, Conflict.id == conflict_id, row)
    for row in rows:
        if row["entity"] == "person" and row["op"] is ChangeOp.DELETE:
            _close(session, Conflict.person_id == row["record_id"], row)


def _close(session: Session, which: Any, row: Mapping[str, Any]) -> None:
    session.execute(
        update(Conflict)
        .where(which, Conflict.closed_at.is_(None))
        .values(closed_at=row["at"], closed_by_event_id=row["id"])
    )


def changes_for_create(values: dict[str, Any]) -> dict[str, list[Any]]:
    """Field changes of a new record: every field with a value, from nothing to that value.
    Empty text is left out: it is every text field's default, and a create event of a
    person would otherwise be mostly empty strings."""
    return {
        key: [None, value if type(value) in _PLAIN else jsonable(value)]
        for key, value in values.items()
        if value is not None and value != "" and key not in UNLOGGED_FIELDS
    }


def changes_for_update(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """Field changes between two versions of a record; unchanged fields are left out."""
    changes: dict[str, list[Any]] = {}
    for key, value in new.items():
        if key in UNLOGGED_FIELDS:
            continue
        previous = old.get(key)
        if type(value) is type(previous) and type(value) in _PLAIN_OR_JSON and value == previous:
            continue  # the common case of a re-check: nothing changed, nothing to convert
        before, after = jsonable(previous), jsonable(value)
        if before != after:
            changes[key] = [before, after]
    return changes


def _column_keys(obj: Tracked) -> Iterator[str]:
    for attr in inspect(type(obj)).column_attrs:
        if attr.key not in UNLOGGED_FIELDS:
            yield attr.key


def _diff(obj: Tracked, op: ChangeOp) -> dict[str, list[Any]]:
    state = inspect(obj)
    keys = list(_column_keys(obj))
    if op is ChangeOp.CREATE:
        return changes_for_create({key: getattr(obj, key) for key in keys})
    if op is ChangeOp.DELETE:
        old = {key: state.committed_state.get(key, getattr(obj, key)) for key in keys}
        return {key: [jsonable(value), None] for key, value in old.items()}
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in keys:
        history = state.attrs[key].history
        if history.has_changes():
            before[key] = history.deleted[0] if history.deleted else None
            after[key] = history.added[0] if history.added else None
    return changes_for_update(before, after)


def changed_fields(obj: Tracked, op: ChangeOp) -> set[str]:
    """The fields of ``obj`` a flush would log now (the change log's own diff)."""
    return set(_diff(obj, op))


def _fill_defaults(obj: Tracked) -> None:
    """Give a new record its id and column defaults now, so the log sees the stored values."""
    mapper = inspect(type(obj))
    for column_attr in mapper.column_attrs:
        column = column_attr.columns[0]
        if getattr(obj, column_attr.key) is None and column.default is not None:
            default = column.default
            if default.is_callable:
                setattr(obj, column_attr.key, default.arg(None))
            elif default.is_scalar:
                setattr(obj, column_attr.key, default.arg)


def _entity(obj: Tracked) -> str:
    return str(getattr(type(obj), "__tablename__"))  # noqa: B009 - the mixin does not declare it


def subject_of(obj: object) -> uuid.UUID | None:
    """The person a record is about, so a person's history is one indexed look-up. Not part
    of the hash: it is an index over what the log says, rebuilt from it if need be."""
    return _subject(getattr(obj, "__tablename__", None), lambda name: getattr(obj, name, None))


def subject_of_row(table: str, row: Mapping[str, Any]) -> uuid.UUID | None:
    """:func:`subject_of` for a record given as its table's name and its columns (bulk writes)."""
    return _subject(table, row.get)


def _subject(table: str | None, value: Callable[[str], Any]) -> uuid.UUID | None:
    if table == "person":
        found = value("id")
        return found if isinstance(found, uuid.UUID) else None
    person_id = value("person_id")
    if isinstance(person_id, uuid.UUID):
        return person_id
    for kind_field, id_field in (("owner_entity", "owner_id"), ("entity", "record_id")):
        if value(kind_field) == "person":
            found = value(id_field)
            return found if isinstance(found, uuid.UUID) else None
    return None


def seen(vector: Mapping[Any, Any] | None) -> dict[str, int]:
    """A stored version vector as a change event's ``context``: what this office has seen of
    the record (each office's id as text -> the last of its sequence numbers applied to it)."""
    return {str(k): int(v) for k, v in (vector or {}).items()}


def context_of(obj: Tracked) -> dict[str, int]:
    """:func:`seen` of a record as it was before this flush changed it."""
    state = inspect(obj)
    return seen(state.committed_state.get("version_vector", obj.version_vector) if state.persistent else None)


def _tracked(objects: Iterable[object]) -> list[Tracked]:
    return [o for o in objects if isinstance(o, Tracked)]


@event.listens_for(RepatriaSession, "before_flush")
def _log_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    assert isinstance(session, RepatriaSession)
    pending: list[tuple[Tracked, PendingChange]] = []
    for obj in _tracked(session.new):
        _fill_defaults(obj)
        pending.append(
            (obj, PendingChange(_entity(obj), obj.id, ChangeOp.CREATE, _diff(obj, ChangeOp.CREATE), subject_of(obj)))
        )
    for obj in _tracked(session.dirty):
        if not session.is_modified(obj, include_collections=False):
            continue
        changes = _diff(obj, ChangeOp.UPDATE)
        if changes:
            pending.append(
                (obj, PendingChange(_entity(obj), obj.id, ChangeOp.UPDATE, changes, subject_of(obj), context_of(obj)))
            )
    for obj in _tracked(session.deleted):
        changes = _diff(obj, ChangeOp.DELETE)
        pending.append(
            (obj, PendingChange(_entity(obj), obj.id, ChangeOp.DELETE, changes, subject_of(obj), context_of(obj)))
        )
    if not pending:
        return
    actor = session.actor
    seqs = append_events(session, actor, [change for _, change in pending])
    office = str(actor.chain)
    for (obj, change), seq in zip(pending, seqs, strict=True):
        if change.op is not ChangeOp.DELETE:
            obj.version_vector = {**(obj.version_vector or {}), office: seq}


# -- verification -------------------------------------------------------------


_RAW_TEXT = ("id", "office_id", "record_id", "author_id", "changes", "context")


def _altered(data: dict[str, Any]) -> bool:
    fields = _hashed_fields(data)
    stored: str = data["hash"]
    if event_hash(fields, data["changes"]) == stored:
        return False
    # A backend that normalises stored JSON (PostgreSQL's jsonb) returns other text for the
    # same changes: compare the canonical form before calling the event altered.
    try:
        canonical = canonical_json_text(json.loads(data["changes"]))
    except ValueError:
        return True
    return event_hash(fields, canonical) != stored


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    """Walk every office's chain in sequence order; report the first event that breaks it."""
    names = (
        "id",
        "office_id",
        "seq",
        "entity",
        "record_id",
        "op",
        "changes",
        "author_id",
        "author_name",
        "at",
        "prev_hash",
        "hash",
        "context",
    )
    # Ids and changes are read as stored text: hashing needs text, and 100k UUID objects
    # and JSON round trips would cost more than the hashing itself.
    columns = [
        type_coerce(getattr(ChangeEvent, n), Text).label(n) if n in _RAW_TEXT else getattr(ChangeEvent, n)
        for n in names
    ]
    query = select(*columns).order_by(ChangeEvent.office_id, ChangeEvent.seq)
    expected: dict[str, tuple[int, str]] = {}
    count = 0
    for row in session.execute(query.execution_options(yield_per=batch)):
        count += 1
        data = row._asdict()
        office = data["office_id"]
        last_seq, last_hash = expected.get(office, (0, GENESIS))
        reason = None
        if data["seq"] != last_seq + 1:
            reason = f"sequence jumps from {last_seq} to {data['seq']} (events missing)"
        elif data["prev_hash"] != last_hash:
            reason = "does not link to the previous event (prev_hash differs)"
        elif _altered(data):
            reason = "content does not match its hash (the event was altered)"
        if reason is not None:
            event_id, office_id = uuid.UUID(data["id"]), uuid.UUID(office)
            problem = ChainProblem(event_id, office_id, data["seq"], reason)
            return ChainReport(count, len(expected | {office: (0, "")}), problem)
        expected[office] = (data["seq"], data["hash"])
    return ChainReport(count, len(expected), None)
