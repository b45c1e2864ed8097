"""Edits made around the app: the change log replayed and compared with the tables.

The hash chain proves the log was not altered; it says nothing of a table row changed with a
SQL client and the database key (which every user unwraps with their own password). So `audit
verify` also replays this office's change events, record by record, and compares the state
they imply with every logged table: a field whose value is not the one its last event gave, a
record no event made, a record deleted without one. A role raised by SQL, a setting changed by
SQL, a person's name edited or a person deleted behind the app's back are each named.

Records that other offices changed have their values decided by the bundle rules (concurrent
changes, conflicts, merges followed), which a plain replay cannot repeat: each of their fields
must hold a value some change event of the record gave it, and their version vectors may name
only offices this database knows (found by the hostile trial: a row edited by SQL with a vector
naming another office, real or made up, was left out of the comparison). Records received as
filtered copies (a laboratory's or a mediator's database: written beside the log, with the
sender's version vector) are replayed at their offices. Messages name the kind of record, its
id and the field, never the values (they are personal data).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, or_, select
from sqlalchemy.orm import Session

from models.core import chains
from models.core.changelog import LOCAL_ONLY, UNLOGGED_FIELDS, RepatriaSession, chain_head, jsonable
from models.core.chunks import chunks
from models.core.entities import (
    Attachment,
    Base,
    Blob,
    BundleProfile,
    ChangeEvent,
    Office,
    OfficeCard,
    OfficeChain,
    OfficeHolding,
    Person,
    Setting,
)
from models.core.entities.base import table_of
from models.core.enums import ChangeOp, OfficeKind
from models.core.errors import RepatriaError
from models.office.settings import SPECS, setting_record_id

_GONE = object()  # a record whose last event deleted it
LIMIT = 200  # differences named; the count is of all of them


@dataclass(frozen=True)
class Difference:
    """One record whose row is not what the change log says: ``field`` is None for a record
    that exists without an event ("made") or was deleted without one ("deleted")."""

    entity: str
    record_id: uuid.UUID
    field: str | None
    kind: str  # "changed", "made", "deleted", "untrusted" (a chain of an office never trusted)

    def __str__(self) -> str:
        if self.kind == "made":
            return f"{self.entity} {self.record_id}: a record no change event made (added outside the app)"
        if self.kind == "deleted":
            return f"{self.entity} {self.record_id}: deleted without a change event (outside the app)"
        if self.kind == "unreadable":
            return (
                f"{self.entity} {self.record_id}: {self.field} holds a value the app cannot read (changed outside "
                "the app)"
            )
        if self.kind == "untrusted":
            return (
                f"{self.entity} {self.record_id}: the change log holds changes of an office this database "
                "never trusted (added outside the app: no bundle can have brought them)"
            )
        verb = "are" if self.field and ", " in self.field else "is"
        said = f"{self.field} {verb} not what the change log says"
        return f"{self.entity} {self.record_id}: {said} (changed outside the app)"


@dataclass(frozen=True)
class ReplayReport:
    records: int  # records replayed and compared
    skipped: int  # records changed by other offices or received as copies: replayed there
    differences: tuple[Difference, ...]  # the first LIMIT
    count: int  # every difference found

    @property
    def ok(self) -> bool:
        return self.count == 0


def _tables() -> dict[str, Table]:
    return {
        mapper.class_.__tablename__: table_of(mapper.class_)
        for mapper in Base.registry.mappers
        if "version_vector" in mapper.class_.__table__.columns
    }


def replay(session: Session) -> ReplayReport:
    """Replay this office's change log and compare it with every logged table."""
    assert isinstance(session, RepatriaSession)
    # every chain of this office: a restore starts a new one (models.core.chains)
    office = session.actor.office_id
    own = chains.chains_of(session, office)
    heads = {str(chain): chain_head(session, chain)[0] for chain in own}  # how far this log holds each
    records = skipped = count = 0
    found: list[Difference] = []
    moved = _Moves(session)
    known = _known_offices(session)
    copies = _receives_copies(session)
    for name, table in sorted(_tables().items()):
        compared = _compare(session, name, table, own, heads, moved, known=known, copies=copies)
        for difference, replayed, passed in compared:
            records += replayed
            skipped += passed
            if difference is not None:
                count += 1
                if len(found) < LIMIT:
                    found.append(difference)
    for difference in (
        *_untrusted_chains(session, own, known),
        *_settings(session, own),
        *_profiles(session, own),
        *_contents(session),
        *_subjects(session),
    ):
        records += 1
        if difference is not None:
            count += 1
            if len(found) < LIMIT:
                found.append(difference)
    return ReplayReport(records, skipped, tuple(found), count)


def _settings(session: Session, own: frozenset[uuid.UUID]) -> Iterator[Difference | None]:
    """The office settings (a table of their own, keyed by name, logged under a name-based id):
    each as its last logged change left it, or its default when never changed."""
    logged: dict[str, str] = {}
    for changes in session.scalars(
        select(ChangeEvent.changes)
        .where(ChangeEvent.entity == "setting", ChangeEvent.office_id.in_(own))  # another's are its own
        .order_by(ChangeEvent.at, ChangeEvent.office_id, ChangeEvent.seq)
    ):
        values = changes if isinstance(changes, dict) else json.loads(changes or "{}")
        for key, pair in values.items():
            if isinstance(pair, list) and len(pair) == 2:
                logged[key] = pair[1]
    stored = {key: value for key, value in session.execute(select(Setting.key, Setting.value))}
    for key, spec in SPECS.items():
        default = str(spec.kind(spec.default)) if spec.default else spec.default
        expected = logged.get(key, default)
        record = setting_record_id(key)
        if key not in stored:
            yield None if expected == default else Difference("setting", record, None, "deleted")
        elif stored[key] != expected:
            yield Difference(
                "setting", record, "value" if key in logged else None, "changed" if key in logged else "made"
            )
        else:
            yield None


def _profiles(session: Session, own: frozenset[uuid.UUID]) -> Iterator[Difference | None]:
    """The bundle profiles an admin set (or headquarters sent with a filtered copy): each as its
    last logged change left it; the built-in ones apply while there is no row."""
    logged: dict[uuid.UUID, str | None] = {}
    for record_id, changes in session.execute(
        select(ChangeEvent.record_id, ChangeEvent.changes)
        .where(ChangeEvent.entity == "bundle_profile", ChangeEvent.office_id.in_(own))
        .order_by(ChangeEvent.at, ChangeEvent.office_id, ChangeEvent.seq)
    ):
        values = changes if isinstance(changes, dict) else json.loads(changes or "{}")
        pair = values.get("definition")
        if isinstance(pair, list) and len(pair) == 2:
            logged[record_id] = pair[1]
    rows = session.execute(select(BundleProfile.name, BundleProfile.definition))
    stored = {BundleProfile.record_id(name): definition for name, definition in rows}
    for record_id, definition in stored.items():
        if record_id not in logged:
            yield Difference("bundle_profile", record_id, None, "made")
        elif logged[record_id] != definition:
            yield Difference("bundle_profile", record_id, "definition", "changed")
        else:
            yield None
    for record_id, last in logged.items():
        if record_id not in stored and last is not None:
            yield Difference("bundle_profile", record_id, None, "deleted")


def _untrusted_chains(
    session: Session, own: frozenset[uuid.UUID], known: dict[str, int]
) -> Iterator[Difference | None]:
    """Each chain of the log that is neither ours nor of an office whose card we trusted (or a
    later chain of one, after its restore): events no bundle can have brought (hostile trial
    a18: a forged chain of an invented office passed, and with it a hidden admin's account)."""
    offices = set(session.scalars(select(OfficeCard.office_id).distinct()))
    trusted = offices | set(own)
    trusted |= set(session.scalars(select(OfficeChain.chain_id).where(OfficeChain.office_id.in_(offices))))
    # a chain an office we trust relayed (its bundles said it holds it): vouched for by its signature
    relayed = select(OfficeHolding.chain_office_id).where(OfficeHolding.holder_office_id.in_(offices))
    trusted |= set(session.scalars(relayed))
    logged = (uuid.UUID(chain) for chain, seq in known.items() if seq)  # the log's chains, read once
    for chain in logged:
        yield None if chain in trusted else Difference("office", chain, None, "untrusted")


def _known_offices(session: Session) -> dict[str, int]:
    """Every office and chain this database has heard of, and how far its log holds each: a
    version vector names only these, and never beyond."""
    found = {str(office): 0 for office in session.scalars(select(Office.id))}
    found |= {str(chain): 0 for chain in session.scalars(select(OfficeChain.chain_id))}
    held = select(ChangeEvent.office_id, func.max(ChangeEvent.seq)).group_by(ChangeEvent.office_id)
    found |= {str(chain): int(seq) for chain, seq in session.execute(held)}
    return found


# The fields a record's person is read from (models.core.changelog._subject).
_SUBJECT_FIELDS = ("id", "person_id", "owner_entity", "owner_id", "entity", "record_id")


def _subjects(session: Session) -> Iterator[Difference | None]:
    """Each change event's person (``subject_id``, outside the hash: an index over what the log
    says) against the person its record is about, as the log's values say at that change
    (hostile trial: set by SQL, it emptied one person's history and filed it under another). A
    person's merge is logged about the person kept."""
    known: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    events = select(
        ChangeEvent.id, ChangeEvent.entity, ChangeEvent.record_id, ChangeEvent.op, ChangeEvent.changes,
        ChangeEvent.subject_id,
    ).order_by(ChangeEvent.at, ChangeEvent.office_id, ChangeEvent.seq)  # fmt: skip
    for event_id, entity, record_id, op, changes, subject in session.execute(events.execution_options(yield_per=5000)):
        values = changes if isinstance(changes, dict) else json.loads(changes or "{}")
        fields = known.setdefault((entity, record_id), {"id": str(record_id)})
        for name, pair in values.items():
            if name in _SUBJECT_FIELDS and isinstance(pair, list) and len(pair) == 2:
                fields[name] = pair[0] if op == ChangeOp.DELETE else pair[1]
        expected = {_subject_text(entity, fields)}
        if entity == "person":
            merged = values.get("merged_into")
            if isinstance(merged, list):
                expected |= {str(v) for v in merged if v}
        if (str(subject) if subject else None) in expected:
            yield None
        else:
            yield Difference("change_event", event_id, "subject_id", "changed")


def _subject_text(entity: str, fields: dict[str, Any]) -> str | None:
    if entity == "person":
        return str(fields.get("id"))
    if fields.get("person_id"):
        return str(fields["person_id"])
    for kind_field, id_field in (("owner_entity", "owner_id"), ("entity", "record_id")):
        if fields.get(kind_field) == "person":
            return str(fields[id_field]) if fields.get(id_field) else None
    return None


def _contents(session: Session) -> Iterator[Difference | None]:
    """Each attached file's bytes against the SHA-256 they are stored under (the change log
    names a file by that digest; hostile trial: a scan replaced by SQL was served as genuine)."""
    users: dict[str, list[uuid.UUID]] = {}
    for attachment_id, digest in session.execute(select(Attachment.id, Attachment.blob_sha256)):
        users.setdefault(digest, []).append(attachment_id)
    for digest, data in session.execute(select(Blob.sha256, Blob.data).execution_options(yield_per=64)):
        whole = hashlib.sha256(bytes(data)).hexdigest() == digest
        for attachment_id in users.get(digest, ()):
            yield None if whole else Difference("attachment", attachment_id, "content", "changed")


def _receives_copies(session: Session) -> bool:
    """Whether this office takes filtered copies (records without their events): a laboratory
    or a mediator (models.bundles.profiles.default_profile). Told by its kind, which the replay
    of its own log checks, not by the bundles it holds: one row of the bundle table (unlogged)
    put in by SQL turned the whole comparison off (hostile trial)."""
    assert isinstance(session, RepatriaSession)
    office = session.get(Office, session.actor.office_id)
    return office is not None and OfficeKind(office.kind) in (OfficeKind.LABORATORY, OfficeKind.MEDIATOR)


def _compare(
    session: Session,
    name: str,
    table: Table,
    own: frozenset[uuid.UUID],
    heads: dict[str, int],
    moved: _Moves,
    *,
    known: dict[str, int],
    copies: bool,
) -> Iterator[tuple[Difference | None, int, int]]:
    """(difference or None, 1 if a record was replayed, 1 if one was left to other offices)."""
    state: dict[uuid.UUID, dict[str, Any] | object] = {}
    foreign: set[uuid.UUID] = set()
    # Records other offices changed too: each field's every logged value, new and old (_hashable).
    shared = set(
        session.scalars(
            select(ChangeEvent.record_id)
            .where(ChangeEvent.entity == name, ChangeEvent.office_id.not_in(own))
            .distinct()
        )
    )
    given: dict[uuid.UUID, dict[str, set[Any]]] = {}
    events = session.execute(
        select(ChangeEvent.record_id, ChangeEvent.op, ChangeEvent.changes, ChangeEvent.office_id)
        .where(ChangeEvent.entity == name)
        # in the order the bundles rank changes (time, chain, number): two chains of this office
        # (before and after a restore) may both have changed a record
        .order_by(ChangeEvent.at, ChangeEvent.office_id, ChangeEvent.seq)
        .execution_options(yield_per=5000)
    )
    mine = {str(chain) for chain in own}
    columns = set(table.columns.keys()) - UNLOGGED_FIELDS
    unset = {c: _made_with(table.c[c]) for c in columns}
    local = name in LOCAL_ONLY  # no other office's change of it is ever applied here
    for record_id, op, changes, office_id in events:
        if local and office_id not in own:
            continue
        values = changes if isinstance(changes, dict) else json.loads(changes or "{}")
        if record_id in shared and not copies:
            fields_given = given.setdefault(record_id, {})
            for field, pair in values.items():
                if field in columns and isinstance(pair, list) and len(pair) == 2:
                    fields_given.setdefault(field, set()).update(map(_hashable, pair))
        if office_id not in own:
            foreign.add(record_id)
            continue
        if op == ChangeOp.DELETE:
            state[record_id] = _GONE
            continue
        current = state.get(record_id)
        fields: dict[str, Any] = {} if op == ChangeOp.CREATE or not isinstance(current, dict) else current
        for field, pair in values.items():
            if field in table.columns and field not in UNLOGGED_FIELDS and isinstance(pair, list) and len(pair) == 2:
                fields[field] = pair[1]
        state[record_id] = fields
    # A record of a person merged away elsewhere follows the merge here, beside the log (the
    # bundles' merge-following, a filtered copy's merge): its person reference may name the
    # person kept instead of the one its events name.
    followed = {c.name for c in table.columns if any(fk.column.table.name == "person" for fk in c.foreign_keys)}
    seen: set[uuid.UUID] = set()
    unreadable: dict[uuid.UUID, str] = {}
    for row in _rows(session, table, unreadable):
        record_id = row["id"]
        seen.add(record_id)
        versions = {str(k): v for k, v in (row.get("version_vector") or {}).items()}
        # a change of ours this log does not hold came back in another office's copy (an office
        # restored from a backup gets its lost changes so): like a received copy, replayed there
        ahead = any(isinstance(v, int) and v > heads.get(k, 0) for k, v in versions.items())
        if not local and (record_id in foreign or set(versions) - mine or ahead):
            beyond = any(not isinstance(v, int) or v > known.get(k, -1) for k, v in versions.items())
            made = isinstance(state.get(record_id), dict) or record_id in foreign  # some event made it
            said = ("version_vector", "changed") if made else (None, "made")
            if not copies and beyond:
                # an office never met, or more of a chain than this log holds: every change of
                # a record reaches a full office as an event (only filtered copies come without)
                yield Difference(name, record_id, *said), 1, 0
            elif record_id in given:
                yield _unlogged_value(name, row, given[record_id], moved, followed), 1, 0
            elif not copies and record_id not in foreign and not ahead:
                # it names another office, yet no change of that office's is logged for it: an
                # office that takes whole chains holds an event for every change it applied
                # (hostile trial: a person forged by SQL named a chain and passed as "replayed there")
                yield Difference(name, record_id, *said), 1, 0
            else:
                yield None, 0, 1  # a received copy: replayed at its office
            continue
        expected = state.get(record_id)
        if not isinstance(expected, dict):
            yield Difference(name, record_id, None, "made"), 1, 0
            continue
        changed = [
            f
            for f, value in expected.items()
            if jsonable(row[f]) != value and not (f in followed and moved.followed(value, row[f]))
        ]
        # A field no change event of the record ever gave holds what it was made with: empty
        # (a create event leaves empty fields out), or its column's default (hostile trial: a
        # death date set by SQL on a person made without one passed as "ok")
        changed += [f for f in sorted(unset) if f not in expected and jsonable(row[f]) not in unset[f]]
        # every field named, not the first only (hostile re-run: eight set by SQL, one said)
        yield (Difference(name, record_id, ", ".join(sorted(changed)), "changed") if changed else None), 1, 0
    for record_id, field in sorted(unreadable.items(), key=lambda item: str(item[0])):
        seen.add(record_id)  # named, and left out of the comparison
        yield Difference(name, record_id, field, "unreadable"), 1, 0
    for record_id, expected in state.items():
        if isinstance(expected, dict) and record_id not in seen and record_id not in foreign:
            yield Difference(name, record_id, None, "deleted"), 1, 0


def _rows(session: Session, table: Table, unreadable: dict[uuid.UUID, str]) -> Iterator[Any]:
    """Every row of ``table`` as a mapping, but those holding a value the app cannot read:
    those go into ``unreadable`` (looked for only when a row fails: the common case costs
    nothing), and the rows are read again without them, each row given once."""
    given: set[uuid.UUID] = set()
    while True:
        query = select(table)
        if unreadable:
            query = query.where(table.c.id.not_in(list(unreadable)))
        try:
            for row in session.execute(query.execution_options(yield_per=5000)).mappings():
                if row["id"] not in given:
                    given.add(row["id"])
                    yield row
            return
        except (ValueError, LookupError, TypeError, RepatriaError):
            if unreadable:
                raise
            unreadable.update(_unreadable(session, table))
            if not unreadable:
                raise


def _unreadable(session: Session, table: Table) -> dict[uuid.UUID, str]:
    """Records with a stored value the app cannot read (a date of birth "1985-02-30", a code no
    enum has: written around the app), by id, with the first such field; each found by reading
    it as the app does, a few hundred at a time and then alone (hostile trial: one such value
    stopped `check` and `audit verify` with a traceback that quoted it, and hid every other
    change). Run only once a read has failed."""
    failing = (ValueError, LookupError, TypeError, RepatriaError)
    ids = list(session.scalars(select(table.c.id)))
    found: dict[uuid.UUID, str] = {}
    for chunk in chunks(ids, 500):
        try:
            session.execute(select(table).where(table.c.id.in_(chunk))).all()
            continue
        except failing:
            pass
        for record_id in chunk:
            try:
                session.execute(select(table).where(table.c.id == record_id)).all()
                continue
            except failing:
                pass
            for column in table.columns:
                try:
                    session.execute(select(column).where(table.c.id == record_id)).all()
                except failing:
                    found[record_id] = column.name
                    break
    return found


def _made_with(column: Any) -> tuple[Any, ...]:
    """What a field of a new record holds when no change event gave it a value: nothing, empty
    text, or its column's default (set by the database when the record is written)."""
    found: list[Any] = [None, ""]
    default = column.default
    if default is not None and getattr(default, "is_scalar", False):
        found.append(jsonable(default.arg))
    return tuple(found)


def _hashable(value: Any) -> Any:
    """A logged value as a set holds it: itself, or its JSON text (a list or a mapping)."""
    return json.dumps(value, sort_keys=True) if isinstance(value, (list, dict)) else value


def _unlogged_value(
    name: str, row: Any, given: dict[str, set[Any]], moved: _Moves, references: set[str]
) -> Difference | None:
    """The first field of a record other offices changed too whose value no change event of it
    ever gave (a person reference that followed a merge, and a number given twice and made
    ``NUMBER-CODE`` at receipt, are values the bundle rules give)."""
    for field, logged in sorted(given.items()):
        now = jsonable(row[field])
        if _hashable(now) in logged:
            continue
        if field in references and any(moved.followed(value, row[field]) for value in logged):
            continue
        if isinstance(now, str) and any(isinstance(v, str) and v and now.startswith(f"{v}-") for v in logged):
            continue  # renumbered where it arrived (models.bundles.apply._share_number)
        return Difference(name, row["id"], field, "changed")
    return None


class _Moves:
    """Whether a person reference moved along a merge: from the person its events name to the
    one that person was merged into (the change log's merge notes, of every office), or - a
    filtered copy's merge, which brings no notes - from a person no longer here to one who is."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._merges: dict[str, str] | None = None

    def followed(self, logged: object, now: object) -> bool:
        if not isinstance(logged, str) or now is None:
            return False
        if self._merges is None:
            self._merges = _merges(self._session)
        current, seen = logged, set()
        while current in self._merges and current not in seen:
            seen.add(current)
            current = self._merges[current]
            if current == str(now):
                return True
        here = self._session.scalar(select(Person.id).where(Person.id == uuid.UUID(logged)))
        return here is None and self._session.scalar(select(Person.id).where(Person.id == now)) is not None


def _merges(session: Session) -> dict[str, str]:
    """Person id -> the person it was last merged into (not taken back since)."""
    merges: dict[str, str] = {}
    rows = session.execute(
        select(ChangeEvent.record_id, ChangeEvent.changes)
        .where(
            ChangeEvent.entity == "person",
            ChangeEvent.op == ChangeOp.UPDATE,
            or_(ChangeEvent.changes.like('%"merged_into"%'), ChangeEvent.changes.like('%"merge_reversed"%')),
        )
        .order_by(ChangeEvent.at, ChangeEvent.id)
    )
    for record_id, changes in rows:
        values = changes if isinstance(changes, dict) else json.loads(changes or "{}")
        target = values.get("merged_into", [None, None])[1]
        if isinstance(target, str):
            merges[str(record_id)] = target
        elif "merge_reversed" in values:
            merges.pop(str(record_id), None)
    return merges
