"""Need-to-know profiles (BUNDLES.md, "Need-to-know profiles"): what an office may receive.

A profile is data (the ``bundle_profile`` table, editable by an admin): ``full`` sends whole
chain segments (another office of ours); any other profile sends a filtered copy of the
records it allows - which kinds of record, which of their fields, and which persons - as
``records.jsonl.gz``. Need-to-know is decided when exporting: what a profile does not allow
never leaves the database, in any member of the bundle. A filtered copy cannot carry chain
proofs (its events would not hash), so it travels on its own numbered channel, which still
names gaps and refuses replays, and the recipient records it as its own edits.

Built in (BUNDLES.md):
- ``lab``: remains, their batches, post-mortem findings, ante-mortem data, DNA samples,
  custody, with the persons they concern (who they are: names, birth, sex, status); the
  laboratory's own DNA results and identifications come back in its chain;
- ``icrc``: the persons on lists submitted to (locked) or received from the other side -
  names, date of birth, status, and the registry number the correspondence quotes - and
  nothing medical, no DNA, no notes, no contacts.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models.bundles.apply import (
    DELETED,
    Renumbered,
    merged_into,
    move_person_references,
    numbers_of,
    person_references,
    refresh_persons,
    to_column,
)
from models.bundles.apply import logged_tables as _tables
from models.bundles.dsse import strict_json
from models.bundles.offices import local_office
from models.core import chains
from models.core.changelog import PendingChange, RepatriaSession, append_events, jsonable, seen
from models.core.chunks import chunks
from models.core.common import require_role
from models.core.entities import (
    BundleProfile,
    ChangeEvent,
    Conflict,
    ExchangeList,
    ListEntry,
    ListVersion,
    Office,
    PendingConfirmation,
    Person,
)
from models.core.enums import ChangeOp, PersonStatus, Role, Side
from models.core.errors import NotFoundError, RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.ids import new_id
from models.persons.name_index import unindex_person

IDENTITY = ["external_id", "surname", "given_names", "patronymic", "sex", "date_of_birth", "place_of_birth", "status"]
BUILTIN: dict[str, dict[str, Any]] = {
    "full": {"description": "another office of ours: every record, whole chain segments", "chains": True},
    "lab": {
        "description": "the forensic laboratory: remains, AM/PM data, DNA, custody, and who the persons are",
        "records": {
            "person": {"fields": IDENTITY, "which": "concerned"},
            "remains_batch": {"fields": "*"},
            "remains_case": {"fields": "*"},
            "ante_mortem_record": {"fields": "*"},
            "body_mark": {"fields": "*"},
            "dental_finding": {"fields": "*"},
            "implant": {"fields": "*"},
            "dna_sample": {"fields": "*"},
            "custody_transfer": {"fields": "*"},
        },
    },
    "icrc": {
        "description": "a mediator: persons on lists exchanged with the other side; names, birth date, status",
        "records": {
            "person": {
                "fields": ["external_id", "surname", "given_names", "patronymic", "date_of_birth", "status"],
                "which": "on_exchanged_lists",
            }
        },
    },
}
# The order records are written in at the recipient: what they refer to first.
ORDER = (
    "person",
    "remains_batch",
    "remains_case",
    "ante_mortem_record",
    "body_mark",
    "dental_finding",
    "implant",
    "dna_sample",
    "custody_transfer",
)  # never DNA results, identifications or board decisions: those travel in chains and wait for a person
WHICH = ("all", "concerned", "on_exchanged_lists")


@dataclass(frozen=True)
class Profile:
    name: str
    description: str
    chains: bool  # whole chain segments (full) or filtered records
    records: dict[str, dict[str, Any]]  # kind of record -> {"fields": [...] or "*", "which": ...}

    def definition(self) -> dict[str, Any]:
        """The profile as JSON data: a copy (profiles are parsed once and shared)."""
        out: dict[str, Any] = {"description": self.description}
        if self.chains:
            out["chains"] = True
        else:
            out["records"] = copy.deepcopy(self.records)
        return out


def parse_profile(name: str, definition: object) -> Profile:
    """A profile from its JSON definition; ``RepatriaError`` naming what is wrong."""

    def bad(detail: str) -> RepatriaError:
        return RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "the profile {name!r} is not valid: {detail}"), name=name, detail=detail
        )

    if not isinstance(definition, dict):
        raise bad("not a JSON object")
    description = str(definition.get("description", ""))
    if definition.get("chains") is True:
        if name != "full":
            raise bad("only the built-in profile 'full' sends whole chains")
        return Profile(name, description, True, {})
    records = definition.get("records")
    if not isinstance(records, dict) or not records:
        raise bad("'records' must name at least one kind of record")
    tables = _tables()
    for kind, rule in records.items():
        if kind not in ORDER:
            raise bad(f"{kind!r} is not a kind of record a filtered profile may carry ({', '.join(ORDER)})")
        if not isinstance(rule, dict):
            raise bad(f"the rule of {kind!r} is not an object")
        fields = rule.get("fields")
        if fields != "*":
            if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
                raise bad(f"the fields of {kind!r} must be a list of names or '*'")
            unknown = [f for f in fields if f not in tables[kind].columns]
            if unknown:
                raise bad(f"{kind!r} has no field {unknown[0]!r}")
        if rule.get("which", "all") not in WHICH:
            raise bad(f"'which' of {kind!r} must be one of {', '.join(WHICH)}")
    return Profile(name, description, False, records)


def profiles(session: Session) -> list[Profile]:
    """Every profile: the built-in ones as stored (an admin may have changed them), then others."""
    stored = {name: text for name, text in session.execute(select(BundleProfile.name, BundleProfile.definition))}
    names = list(BUILTIN) + sorted(set(stored) - set(BUILTIN))
    return [_stored_profile(n, stored[n]) if n in stored else _builtin_profile(n) for n in names]


@lru_cache(maxsize=256)
def _stored_profile(name: str, definition: str) -> Profile:
    # Read at every export and import: parsed once per text (a Profile is immutable).
    return parse_profile(name, json.loads(definition))


@cache
def _builtin_profile(name: str) -> Profile:
    return parse_profile(name, BUILTIN[name])


def profile(session: Session, name: str) -> Profile:
    for found in profiles(session):
        if found.name == name:
            return found
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "no bundle profile {profile!r} (there are: {known})"),
        profile=name,
        known=", ".join(p.name for p in profiles(session)),
    )


def set_profile(session: Session, name: str, definition: object) -> Profile:
    """Add or change a profile (admins). ``full`` stays what it is: whole chains."""
    require_role(session, Role.ADMIN)
    if name == "full":
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "the profile 'full' sends everything and cannot be changed"))
    parsed = parse_profile(name, definition)
    _store(session, name, json.dumps(parsed.definition(), ensure_ascii=False, sort_keys=True))
    return parsed


def _store(session: Session, name: str, text: str) -> None:
    """The profile's definition written and its change logged (hostile trial a14: an admin's
    change left no event, and one made by SQL passed `audit verify`, which replays them)."""
    row = session.get(BundleProfile, name)
    before = None if row is None else row.definition
    if before == text:
        return
    if row is None:
        session.add(BundleProfile(name=name, definition=text))
    else:
        row.definition = text
    session.flush()
    assert isinstance(session, RepatriaSession)
    op = ChangeOp.CREATE if before is None else ChangeOp.UPDATE
    change = PendingChange("bundle_profile", BundleProfile.record_id(name), op, {"definition": [before, text]})
    append_events(session, session.actor, [change])


def adopt_profile(session: Session, name: str, definition: object) -> None:
    """A profile as headquarters sent it with a filtered copy (the manifest's
    ``profile_definition``): what headquarters take from this office is what it may change here
    (models.bundles.limits; found by the new-user trial: after headquarters' admin narrowed the
    laboratory's profile, the laboratory still allowed edits headquarters then dropped).
    Raises RepatriaError for a definition that is not a profile."""
    if name == "full":
        return
    _store(session, name, json.dumps(parse_profile(name, definition).definition(), ensure_ascii=False, sort_keys=True))


def default_profile(kind: str) -> str:
    """The profile an office of this kind gets unless another is named."""
    return {"laboratory": "lab", "mediator": "icrc"}.get(kind, "full")


# -- the filtered copy ----------------------------------------------------------------------


def _exchanged_persons(session: Session) -> set[uuid.UUID]:
    """Persons on a list submitted to the other side (a locked version of ours) or received from it."""
    query = (
        select(ListEntry.person_id)
        .join(ListVersion, ListEntry.list_version_id == ListVersion.id)
        .join(ExchangeList, ListVersion.list_id == ExchangeList.id)
        .where(
            ListEntry.person_id.is_not(None),
            or_(ExchangeList.side == Side.THEIRS, ListVersion.locked_at.is_not(None)),
        )
    )
    return {p for p in session.scalars(query) if p is not None}


def records_of(session: Session, chosen: Profile) -> Iterator[tuple[str, dict[str, Any], dict[str, int]]]:
    """Every record the profile allows, as (kind, its allowed fields as logged values with its
    id, its version vector: how far the sender has seen each office's changes of it)."""
    tables = _tables()
    rows: dict[str, list[dict[str, Any]]] = {}
    for kind in ORDER:
        rule = chosen.records.get(kind)
        if rule is None or kind == "person":
            continue
        table = tables[kind]
        rows[kind] = [dict(r) for r in session.execute(select(table)).mappings()]
    person_rule = chosen.records.get("person")
    if person_rule is not None:
        which = person_rule.get("which", "all")
        wanted: set[uuid.UUID] | None = None
        if which == "concerned":
            wanted = {r["person_id"] for kind_rows in rows.values() for r in kind_rows if r.get("person_id")}
        elif which == "on_exchanged_lists":
            wanted = _exchanged_persons(session)
        table = tables["person"]
        if wanted is None:
            rows["person"] = [dict(r) for r in session.execute(select(table)).mappings()]
        else:
            rows["person"] = [
                dict(r)
                for chunk in chunks(sorted(wanted))
                for r in session.execute(select(table).where(table.c.id.in_(chunk))).mappings()
            ]
    for kind in ORDER:
        rule = chosen.records.get(kind)
        if rule is None:
            continue
        fields = rule["fields"]
        allowed = [c.name for c in tables[kind].columns if c.name not in _BOOKKEEPING] if fields == "*" else fields
        for row in sorted(rows.get(kind, []), key=lambda r: str(r["id"])):
            record = {"id": str(row["id"]), **{f: jsonable(row[f]) for f in allowed if f != "id"}}
            yield kind, record, seen(row["version_vector"])


_BOOKKEEPING = frozenset({"id", "version_vector", "created_at", "updated_at", "sort_name", "candidates"})


def gone_of(session: Session, chosen: Profile) -> Iterator[tuple[str, uuid.UUID, uuid.UUID | None]]:
    """Every record of a kind the profile allows that was deleted here and is not here again,
    as (kind, id, the person it was merged into or None). A filtered copy is whole each time,
    so a record absent from it may only have left the profile's reach (a person no longer
    concerned); these say which records are gone, so that the recipient drops them too. They
    carry no field of the record: an id (random) and, for a merge, the person kept."""
    kinds = [kind for kind in ORDER if kind in chosen.records]
    tables = _tables()
    deleted: dict[tuple[str, uuid.UUID], None] = {}
    for kind, record_id in session.execute(
        select(ChangeEvent.entity, ChangeEvent.record_id)
        .where(ChangeEvent.op == ChangeOp.DELETE, ChangeEvent.entity.in_(kinds))
        .order_by(ChangeEvent.at, ChangeEvent.id)
    ):
        deleted[(kind, record_id)] = None
    by_kind: dict[str, list[uuid.UUID]] = {}
    for kind, record_id in deleted:
        by_kind.setdefault(kind, []).append(record_id)
    person_rule = chosen.records.get("person", {})
    if person_rule.get("which") == "on_exchanged_lists" and "person" in by_kind:
        # a mediator hears only of persons it was ever sent: those on an exchanged list once
        # (new-user trial: a merge of persons on no list reached the mediator, ids and all)
        ever = _ever_listed(session)
        by_kind["person"] = [record_id for record_id in by_kind["person"] if record_id in ever]
    for kind, ids in by_kind.items():
        table = tables[kind]
        present = {
            found
            for chunk in chunks(sorted(ids))
            for found in session.scalars(select(table.c.id).where(table.c.id.in_(chunk)))
        }
        for record_id in ids:
            if record_id not in present:
                yield kind, record_id, merged_into(session, record_id) if kind == "person" else None


def _ever_listed(session: Session) -> set[uuid.UUID]:
    """Every person a list entry ever named (its change events' person values, old and new)."""
    found: set[uuid.UUID] = set()
    for changes in session.scalars(select(ChangeEvent.changes).where(ChangeEvent.entity == "list_entry")):
        pair = changes.get("person_id") if isinstance(changes, dict) else None
        for value in pair if isinstance(pair, list) else ():
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                found.add(uuid.UUID(str(value)))
    return found | _exchanged_persons(session)


def _side(conflict: Conflict, which: str) -> dict[str, Any]:
    """One of a two-sided conflict's changes (recorded before ``sides`` was kept), as sides are."""
    at, office, event = (getattr(conflict, f"{which}_{name}") for name in ("at", "office_id", "event_id"))
    return {
        "value": json.loads(getattr(conflict, which)),
        "office_id": None if office is None else str(office),
        "author": getattr(conflict, f"{which}_author"),
        "at": None if at is None else at.isoformat(),
        "event_id": None if event is None else str(event),
    }


def _open_conflicts(session: Session, chosen: Profile) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """Open conflicts on fields the profile sends, by (kind, record id): a filtered copy carries
    them, so the recipient shows the provisional value every office shows, and the conflict,
    instead of its own value with no word of the dispute (found by the new-user trial: the
    laboratory never saw a conflict on its own changes)."""
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    rows = session.scalars(
        select(Conflict).where(Conflict.closed_at.is_(None), Conflict.entity.in_(sorted(chosen.records)))
    )
    for conflict in rows:
        fields = chosen.records[conflict.entity].get("fields", "*")
        if conflict.field == DELETED or (fields != "*" and conflict.field not in fields):
            continue
        sides = json.loads(conflict.sides) if conflict.sides else [_side(conflict, "ours"), _side(conflict, "theirs")]
        out.setdefault((conflict.entity, str(conflict.record_id)), []).append(
            {
                "id": str(conflict.id),
                "field": conflict.field,
                "provisional": json.loads(conflict.provisional),
                "sides": sides,
                "owner_office_id": None if conflict.owner_office_id is None else str(conflict.owner_office_id),
            }
        )
    return out


def record_lines(session: Session, chosen: Profile, *, disputes: bool = True) -> tuple[bytes, int]:
    """The filtered copy: one line per record (``{"kind", "record", "vector"}``, with
    ``"conflicts"`` when fields it carries are in dispute between offices), then one per
    record gone (``{"kind", "gone": id, "merged_into": id or null}``). Returns the bytes and
    how many records they carry. ``disputes``: whether conflicts go too (not to a mediator:
    who changed what at which office is our offices' business)."""
    disputed = _open_conflicts(session, chosen) if disputes else {}
    lines = [
        json.dumps(
            {"kind": kind, "record": record, "vector": vector}
            | ({"conflicts": found} if (found := disputed.get((kind, str(record["id"])))) else {}),
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        for kind, record, vector in records_of(session, chosen)
    ]
    records = len(lines)
    lines += [
        json.dumps(
            {"kind": kind, "gone": str(record_id), "merged_into": None if kept is None else str(kept)},
            sort_keys=True,
            separators=(",", ":"),
        )
        for kind, record_id, kept in gone_of(session, chosen)
    ]
    return "\n".join(lines).encode("utf-8") + (b"\n" if lines else b""), records


@dataclass(frozen=True)
class Received:
    """One line of a filtered copy: a record (``fields``, with the sender's ``vector`` of it;
    None from a sender that did not send one) or a record gone (``gone``; ``merged_into``
    the person it was merged into)."""

    kind: str
    record_id: uuid.UUID
    fields: dict[str, Any]
    vector: dict[str, int] | None = None
    gone: bool = False
    merged_into: uuid.UUID | None = None
    conflicts: tuple[Dispute, ...] = ()  # fields of it in dispute between offices, as the sender shows them


@dataclass(frozen=True)
class Dispute:
    """An open conflict as a filtered copy carries it (models.bundles.conflicts decides it)."""

    conflict_id: uuid.UUID
    field: str
    provisional: Any
    sides: tuple[dict[str, Any], ...]  # {value, office_id, author, at, event_id}
    owner_office_id: uuid.UUID | None


def _disputes(value: object) -> tuple[Dispute, ...]:
    """A line's ``conflicts`` (absent: none); ValueError for anything not well formed."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > 1000:
        raise ValueError("conflicts is not a list")
    out = []
    for entry in value:
        if not isinstance(entry, dict) or not isinstance(entry.get("field"), str):
            raise ValueError("a conflict is not well formed")
        sides = entry.get("sides")
        if not isinstance(sides, list) or len(sides) < 2 or not all(isinstance(side, dict) for side in sides):
            raise ValueError("a conflict has fewer than two sides")
        for side in sides:  # ids in their standard form, or null (a value held before any event)
            for name in ("office_id", "event_id"):
                if side.get(name) is not None:
                    uuid.UUID(str(side[name]))
        owner = entry.get("owner_office_id")
        out.append(
            Dispute(
                uuid.UUID(str(entry["id"])), entry["field"], entry.get("provisional"), tuple(sides),
                None if owner is None else uuid.UUID(str(owner)),
            )
        )  # fmt: skip
    return tuple(out)


def _vector(value: object) -> dict[str, int] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value.values()
    ):
        raise ValueError("the version vector is not a map of offices to change numbers")
    return {str(uuid.UUID(str(k))): int(v) for k, v in value.items()}


def parse_records(data: bytes) -> list[Received]:
    """A filtered copy's lines; ``ValueError`` naming the first line that is not one (checked
    before anything is written)."""
    out: list[Received] = []
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            document = strict_json(line)
            if not isinstance(document, dict):
                raise ValueError("not a record")
            kind = document.get("kind")
            if kind not in ORDER:
                raise ValueError(f"{kind!r} is not a kind of record a filtered copy carries")
            if "gone" in document:
                kept = document.get("merged_into")
                out.append(
                    Received(
                        kind, uuid.UUID(str(document["gone"])), {}, gone=True,
                        merged_into=None if kept is None or kind != "person" else uuid.UUID(str(kept)),
                    )
                )  # fmt: skip
                continue
            if not isinstance(document.get("record"), dict):
                raise ValueError("not a record")
            record = dict(document["record"])
            record_id = uuid.UUID(str(record.pop("id")))
            disputes = _disputes(document.get("conflicts"))
            out.append(Received(kind, record_id, record, _vector(document.get("vector")), conflicts=disputes))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError) as exc:
            raise ValueError(f"record {number}: {exc}") from None
    return out


def apply_records(
    session: Session, received: list[Received], sender: uuid.UUID, renumbered: list[Renumbered] | None = None
) -> dict[str, int]:
    """A filtered copy received: each record created or brought up to date, each record gone
    dropped. It is the sender's data, not an edit of ours: it is written as received events
    are, beside our change log (so it never travels back as our own edit), and the bundle's
    record says where it came from. A death waits for a person's confirmation, as in a full
    bundle (BUNDLES.md).

    Version vectors (BUNDLES.md, "Concurrency"): a field this office changed after what the
    sender had seen of it (our changes with numbers above the sender's vector's entry for us)
    keeps our value - our change travels to the sender in our chain and is decided there; the
    record's vector becomes the union of both, so our next change of it says what it was made
    on and is no conflict at the sender. Returns new/updated/deleted/awaiting_confirmation."""
    tables = _tables()
    office = local_office(session).id
    # every chain of ours: a restore starts a new one (models.core.chains)
    own = chains.chains_of(session, office)
    counts = {"new": 0, "updated": 0, "deleted": 0, "awaiting_confirmation": 0}
    now = dt.datetime.now(dt.UTC)
    touched: list[uuid.UUID] = []
    for line in _updates_first(session, received, tables):
        kind, record_id, table = line.kind, line.record_id, tables[line.kind]
        values = {
            k: to_column(table, k, v) for k, v in line.fields.items() if k in table.columns and k not in _BOOKKEEPING
        }
        existing = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
        ours = seen(existing["version_vector"]) if existing is not None else {}
        if existing is not None and line.vector is not None and _older(line.vector, ours, own):
            continue  # a copy delivered late: a newer one brought this record already
        if line.vector is not None:
            for name in _changed_since(session, own, kind, record_id, ours, line.vector):
                values.pop(name, None)
        for dispute in line.conflicts:  # every office shows the provisional value, ours too
            if dispute.field in table.columns and dispute.field not in _BOOKKEEPING:
                values[dispute.field] = to_column(table, dispute.field, dispute.provisional)
        _mirror_conflicts(session, kind, record_id, line.conflicts, now)
        dies = kind == "person" and values.get("status") == PersonStatus.DECEASED.value
        if dies and (existing is None or jsonable(existing["status"]) != PersonStatus.DECEASED.value):
            values.pop("status")
            waiting = session.scalar(
                select(PendingConfirmation.event_id).where(
                    PendingConfirmation.record_id == record_id,
                    PendingConfirmation.kind == "death",
                    PendingConfirmation.decision.is_(None),
                )
            )
            if waiting is None:  # the same death sent again (every copy carries it) waits once
                session.add(
                    PendingConfirmation(
                        event_id=new_id(), office_id=sender, entity="person", record_id=record_id,
                        person_id=record_id, kind="death", record=json.dumps({"status": PersonStatus.DECEASED.value}),
                    )
                )  # fmt: skip
                counts["awaiting_confirmation"] += 1
        vector = _union(ours, line.vector or {})
        if existing is None:
            row = {**values, "id": record_id, "version_vector": vector, "created_at": now, "updated_at": now}
            _insert_numbered(session, table, row, sender)
            counts["new"] += 1
        else:
            changed = {k: v for k, v in values.items() if jsonable(existing[k]) != jsonable(v)}
            for column in numbers_of(table):
                # a number two offices gave, made NUMBER-CODE where the two met: the office whose
                # record it was is told too (new-user trial: the laboratory's own case was renamed
                # without a word, its labels and its database no longer agreeing)
                old, new = existing[column], changed.get(column)
                moved = isinstance(old, str) and isinstance(new, str) and new.startswith(f"{old}-")
                if renumbered is not None and moved:
                    holder = session.scalar(select(table.c.id).where(table.c[column] == old))
                    renumbered.append(Renumbered(kind, column, str(old), holder or record_id, record_id, str(new)))
            if changed:
                session.execute(
                    update(table)
                    .where(table.c.id == record_id)
                    .values(**changed, version_vector=vector, updated_at=now)
                )
                counts["updated"] += 1
            elif vector != ours:
                session.execute(update(table).where(table.c.id == record_id).values(version_vector=vector))
        if kind == "person":
            touched.append(record_id)
    for line in received:
        if line.gone and _drop(session, line, touched):
            counts["deleted"] += 1
    refresh_persons(session, touched)
    return counts


def _updates_first(session: Session, received: list[Received], tables: dict[str, Table]) -> list[Received]:
    """The records of a copy, each kind in order, those held here before the new ones: a number
    the sender moved from our record (two offices gave it, models.bundles.apply) is free before
    the sender's record takes it (found by the new-user trial: the copy failed whole, for good)."""
    lines = [line for line in received if not line.gone]
    present: set[uuid.UUID] = set()
    for kind in {line.kind for line in lines}:
        table = tables[kind]
        ids = [line.record_id for line in lines if line.kind == kind]
        for chunk in chunks(ids):
            present.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    kinds = {kind: n for n, kind in enumerate(ORDER)}
    return sorted(lines, key=lambda line: (kinds[line.kind], line.record_id not in present))


def _insert_numbered(session: Session, table: Table, row: dict[str, Any], sender: uuid.UUID) -> None:
    """A new record from a copy; should one of its numbers be held here by another record still
    (our own, changed since the sender saw it), the new one takes ``NUMBER-CODE``, the code
    of the sending office, as an import of whole chains would name it."""
    try:
        with session.begin_nested():
            session.execute(insert(table), row)
        return
    except IntegrityError:
        pass
    code = session.scalar(select(Office.code).where(Office.id == sender)) or str(sender)[:8]
    for column in numbers_of(table):
        value = row.get(column)
        if isinstance(value, str) and session.scalar(select(table.c.id).where(table.c[column] == value)) is not None:
            row[column] = f"{value}-{code}"
    session.execute(insert(table), row)


def _mirror_conflicts(
    session: Session, kind: str, record_id: uuid.UUID, disputes: tuple[Dispute, ...], now: dt.datetime
) -> None:
    """The sender's open conflicts on this record, held here as they are there (the same ids,
    sides and provisional value); one it no longer sends was resolved there, and closes."""
    held = {
        c.id: c
        for c in session.scalars(
            select(Conflict).where(
                Conflict.entity == kind, Conflict.record_id == record_id, Conflict.closed_at.is_(None)
            )
        )
    }
    for dispute in disputes:
        first, last = dispute.sides[0], dispute.sides[-1]
        conflict = held.pop(dispute.conflict_id, None) or session.get(Conflict, dispute.conflict_id)
        if conflict is None:
            conflict = Conflict(id=dispute.conflict_id, entity=kind, record_id=record_id, field=dispute.field)
            session.add(conflict)
        conflict.person_id = record_id if kind == "person" else None
        conflict.ours, conflict.theirs = json.dumps(first.get("value")), json.dumps(last.get("value"))
        conflict.provisional = json.dumps(dispute.provisional)
        conflict.ours_event_id = _id(first.get("event_id"))
        conflict.theirs_event_id = _id(last.get("event_id")) or dispute.conflict_id
        conflict.ours_office_id = _id(first.get("office_id"))
        conflict.theirs_office_id = _id(last.get("office_id")) or dispute.conflict_id
        conflict.ours_author, conflict.theirs_author = (
            str(first.get("author", ""))[:64],
            str(last.get("author", ""))[:64],
        )
        conflict.ours_at, conflict.theirs_at = _when(first.get("at")), _when(last.get("at")) or now
        conflict.owner_office_id = dispute.owner_office_id
        conflict.sides = json.dumps(list(dispute.sides), ensure_ascii=False)
        conflict.closed_at = None
    for resolved in held.values():
        resolved.closed_at = now


def _id(value: object) -> uuid.UUID | None:
    return None if value is None else uuid.UUID(str(value))


def _when(value: object) -> dt.datetime | None:
    try:
        found = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=dt.UTC)


def _older(theirs: dict[str, int], ours: dict[str, int], own: frozenset[uuid.UUID]) -> bool:
    """Whether the record as the sender sent it is older than what we hold of the other
    offices' changes (a version vector below ours: every entry at most ours, one lower)."""
    others = (set(theirs) | set(ours)) - {str(chain) for chain in own}
    return all(theirs.get(o, 0) <= ours.get(o, 0) for o in others) and any(
        theirs.get(o, 0) < ours.get(o, 0) for o in others
    )


def _union(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
    return {office: max(a.get(office, 0), b.get(office, 0)) for office in sorted(set(a) | set(b))}


def _changed_since(
    session: Session,
    own: frozenset[uuid.UUID],
    kind: str,
    record_id: uuid.UUID,
    ours: dict[str, int],
    theirs: dict[str, int],
) -> set[str]:
    """The fields of a record this office changed after the sender's last sight of our changes
    (in each chain of ours)."""
    fields: set[str] = set()
    for chain in own:
        sent_up_to = theirs.get(str(chain), 0)
        if ours.get(str(chain), 0) <= sent_up_to:
            continue  # the sender has seen every change we made of it
        for changes in session.scalars(
            select(ChangeEvent.changes).where(
                ChangeEvent.office_id == chain,
                ChangeEvent.entity == kind,
                ChangeEvent.record_id == record_id,
                ChangeEvent.seq > sent_up_to,
            )
        ):
            fields.update(changes or {})
    return fields


def _drop(session: Session, line: Received, touched: list[uuid.UUID]) -> bool:
    """A record the sender deleted: dropped here too, unless records of ours still point at it
    (a person is then kept: our findings about him are not lost with him). A person merged
    into another takes everything of his to the person kept, as a merge arriving in a chain
    does (models.bundles.apply.Applier._follow_merge). Whether the record was dropped."""
    tables = _tables()
    table = tables[line.kind]
    if session.scalar(select(table.c.id).where(table.c.id == line.record_id)) is None:
        return False
    references = person_references() if line.kind == "person" else ()
    kept = line.merged_into
    if kept is not None and session.get(Person, kept) is not None:
        move_person_references(session, line.record_id, kept)
        touched.append(kept)
    elif any(
        session.scalar(select(tables[name].c.id).where(tables[name].c[column] == line.record_id).limit(1))
        for name, column in references
    ):
        return False
    if line.kind == "person":
        unindex_person(session, line.record_id)
    try:
        with session.begin_nested():
            session.execute(delete(table).where(table.c.id == line.record_id))
    except IntegrityError:
        return False  # a record of ours refers to it: kept
    if line.record_id in touched:
        touched.remove(line.record_id)
    return True
