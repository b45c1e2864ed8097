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

import datetime as dt
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from models.bundles.apply import logged_tables as _tables
from models.bundles.apply import refresh_persons, to_column
from models.bundles.dsse import strict_json
from models.core.changelog import jsonable
from models.core.chunks import chunks
from models.core.common import require_role
from models.core.entities import BundleProfile, ExchangeList, ListEntry, ListVersion, PendingConfirmation
from models.core.enums import PersonStatus, Role, Side
from models.core.errors import NotFoundError, RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.ids import new_id

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
        out: dict[str, Any] = {"description": self.description}
        if self.chains:
            out["chains"] = True
        else:
            out["records"] = self.records
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
    row = session.get(BundleProfile, name)
    text = json.dumps(parsed.definition(), ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(BundleProfile(name=name, definition=text))
    else:
        row.definition = text
    return parsed


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


def records_of(session: Session, chosen: Profile) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every record the profile allows, as (kind, its allowed fields as logged values, with its id)."""
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
            yield kind, {"id": str(row["id"]), **{f: jsonable(row[f]) for f in allowed if f != "id"}}


_BOOKKEEPING = frozenset({"id", "version_vector", "created_at", "updated_at", "sort_name", "candidates"})


def record_lines(session: Session, chosen: Profile) -> tuple[bytes, int]:
    lines = [
        json.dumps({"kind": kind, "record": record}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        for kind, record in records_of(session, chosen)
    ]
    return "\n".join(lines).encode("utf-8") + (b"\n" if lines else b""), len(lines)


Received = tuple[str, uuid.UUID, dict[str, Any]]


def parse_records(data: bytes) -> list[Received]:
    """A filtered copy's lines as (kind, record id, fields); ``ValueError`` naming the first
    line that is not one (checked before anything is written)."""
    out: list[Received] = []
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        try:
            document = strict_json(line)
            if not isinstance(document, dict) or not isinstance(document.get("record"), dict):
                raise ValueError("not a record")
            kind, record = document["kind"], dict(document["record"])
            if kind not in ORDER:
                raise ValueError(f"{kind!r} is not a kind of record a filtered copy carries")
            record_id = uuid.UUID(str(record.pop("id")))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise ValueError(f"record {number}: {exc}") from None
        out.append((kind, record_id, record))
    return out


def apply_records(session: Session, received: list[Received], sender: uuid.UUID) -> dict[str, int]:
    """A filtered copy received: each record created or brought up to date. It is the sender's
    data, not an edit of ours: it is written as received events are, beside our change log
    (so it never travels back as our own edit), and the bundle's record says where it came
    from. A death waits for a person's confirmation, as in a full bundle (BUNDLES.md).
    Returns new/updated/awaiting_confirmation counts."""
    tables = _tables()
    counts = {"new": 0, "updated": 0, "awaiting_confirmation": 0}
    now = dt.datetime.now(dt.UTC)
    touched: list[uuid.UUID] = []
    for kind, record_id, record in received:
        table = tables[kind]
        values = {k: to_column(table, k, v) for k, v in record.items() if k in table.columns and k not in _BOOKKEEPING}
        existing = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
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
        if existing is None:
            session.execute(
                insert(table),
                {**values, "id": record_id, "version_vector": {}, "created_at": now, "updated_at": now},
            )
            counts["new"] += 1
        else:
            changed = {k: v for k, v in values.items() if jsonable(existing[k]) != jsonable(v)}
            if changed:
                session.execute(update(table).where(table.c.id == record_id).values(**changed, updated_at=now))
                counts["updated"] += 1
        if kind == "person":
            touched.append(record_id)
    refresh_persons(session, touched)
    return counts


def persons_touched(data: bytes) -> list[uuid.UUID]:
    out = []
    for line in data.split(b"\n"):
        if line.strip():
            document = json.loads(line)
            if document.get("kind") == "person":
                out.append(uuid.UUID(document["record"]["id"]))
    return out
