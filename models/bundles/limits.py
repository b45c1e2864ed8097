"""What an office outside the registry work may change: a laboratory or a mediator.

Headquarters and the regions take from a laboratory only what its profile shows it (remains,
post- and ante-mortem data, DNA, custody, who the persons are) and its own findings
(identifications, DNA results); from a mediator only what its profile shows it
(:func:`writes_allowed`, applied to their events by ``models.bundles.service``). A change the
other offices would drop must not be accepted where it is made, or it is lost without anyone
knowing: at such an office, every write is checked before it is logged
(:func:`refuse_outside_profile`, a ``before_flush`` hook, installed by :func:`install`) and
refused with a sentence naming the record and the field.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session, UOWTransaction

from models.core import bulk, chains
from models.core.changelog import PendingChange, RepatriaSession, changed_fields, jsonable
from models.core.entities import Base, Office
from models.core.entities.base import Tracked
from models.core.enums import ChangeOp, OfficeKind
from models.core.errors import PermissionDenied
from models.core.i18n import QT_TRANSLATE_NOOP

# What a laboratory's changes may touch beyond what it is sent: its own findings.
LABORATORY_WRITES = ("identification", "board_signature", "dna_result", "match_candidate", "attachment")
LIMITED = (OfficeKind.MEDIATOR, OfficeKind.LABORATORY)
_NOT_CHECKED = "limits.off"  # session.info: a received copy being stored, not an edit made here


def writes_allowed(session: Session, kind: OfficeKind) -> dict[str, Any] | None:
    """Kind of record -> the fields an office of ``kind`` may change (a set, or ``"*"``);
    None: not limited (headquarters, a region, a field laptop)."""
    if kind not in LIMITED:
        return None
    from models.bundles import profiles  # noqa: PLC0415 - every command installs the check, few need this

    seen = profiles.profile(session, profiles.default_profile(kind.value))
    allowed: dict[str, Any] = {
        name: rule["fields"] if rule["fields"] == "*" else set(rule["fields"]) for name, rule in seen.records.items()
    }
    if kind is OfficeKind.LABORATORY:
        allowed.update(dict.fromkeys(LABORATORY_WRITES, "*"))
    return allowed


def chain_limits(
    session: Session, applied: set[uuid.UUID], chain_offices: dict[uuid.UUID, uuid.UUID]
) -> dict[uuid.UUID, dict[str, Any]]:
    """What a chain of an office outside our own registry work may change here: a mediator
    that edits a health record it was never sent must not overwrite ours, nor a laboratory a
    person's unit. Our other offices are not limited. By chain, of the chains ``applied``."""
    out: dict[uuid.UUID, dict[str, Any]] = {}
    for chain, kind in _kinds(session, applied, chain_offices).items():
        allowed = writes_allowed(session, kind)
        if allowed is not None:
            out[chain] = allowed
    return out


def _kinds(
    session: Session, applied: set[uuid.UUID], chain_offices: dict[uuid.UUID, uuid.UUID]
) -> dict[uuid.UUID, OfficeKind]:
    """The kind of the office of each chain among ``applied`` known here."""
    found = {}
    for chain in sorted(applied, key=str):
        office = session.get(Office, chains.office_of(chain, chain_offices))
        if office is not None:
            found[chain] = OfficeKind(office.kind)
    return found


def mediator_chains(
    session: Session, applied: set[uuid.UUID], chain_offices: dict[uuid.UUID, uuid.UUID]
) -> set[uuid.UUID]:
    """The chains among ``applied`` of mediator offices: their word on a record held here waits
    for a person (a mediator is outside the organisation; new-user trial: its status and
    date-of-birth changes applied at headquarters as they came)."""
    return {chain for chain, kind in _kinds(session, applied, chain_offices).items() if kind is OfficeKind.MEDIATOR}


def _own_limit(session: Session) -> tuple[str, OfficeKind, dict[str, Any]] | None:
    if "limits" not in session.info:
        actor = session.info.get("actor")
        office_id = getattr(actor, "office_id", None)
        found = None
        if isinstance(office_id, uuid.UUID):
            with session.no_autoflush:
                row = session.execute(select(Office.code, Office.kind).where(Office.id == office_id)).first()
            if row is not None and OfficeKind(row.kind) in LIMITED:
                kind = OfficeKind(row.kind)
                allowed = writes_allowed(session, kind)
                assert allowed is not None
                found = (row.code, kind, allowed)
        session.info["limits"] = found
    limit: tuple[str, OfficeKind, dict[str, Any]] | None = session.info["limits"]
    return limit


def _default(obj: Tracked, name: str) -> bool:
    """Whether a new record's field holds its column's default (or is empty)."""
    value = getattr(obj, name)
    column = inspect(type(obj)).columns.get(name)
    default = None if column is None else column.default
    if default is not None and default.is_scalar:
        return bool(value == default.arg)
    return value in (None, "", False, [], {})


def refuse_outside_profile(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    """PermissionDenied for a change a laboratory or mediator makes that the other offices
    would not take (a kind of record, or a field, outside its profile)."""
    if session.info.get(_NOT_CHECKED):
        return
    changes = [
        (obj, op)
        for objects, op in (
            (session.new, ChangeOp.CREATE),
            (session.dirty, ChangeOp.UPDATE),
            (session.deleted, ChangeOp.DELETE),
        )
        for obj in objects
        if isinstance(obj, Tracked)
    ]
    limit = _own_limit(session) if changes else None
    if limit is None:
        return
    from models.core.changelog import LOCAL_ONLY  # noqa: PLC0415 - only a limited office gets here

    code, kind, allowed = limit
    for obj, op in changes:
        entity = str(getattr(type(obj), "__tablename__"))  # noqa: B009 - the mixin does not declare it
        fields = allowed.get(entity)
        if entity in LOCAL_ONLY or fields == "*":
            continue
        outside = ""
        if fields is not None and op is not ChangeOp.DELETE:
            changed = changed_fields(obj, op) - fields
            if op is ChangeOp.CREATE:  # a new record's defaults say nothing another office would miss
                changed = {name for name in changed if not _default(obj, name)}
            outside = ", ".join(sorted(changed))
            if not outside:
                continue
        raise _outside_profile(code, kind, entity, outside)


def _outside_profile(code: str, kind: OfficeKind, entity: str, outside: str) -> PermissionDenied:
    return PermissionDenied(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{office} is a {kind} office: the other offices take from it only what its profile "
            "shows it, so this change ({record}{fields}) would never reach them. Ask headquarters or a "
            "regional office to make it",
        ),
        office=code,
        kind=kind.value,
        record=entity.replace("_", " "),
        fields=f": {outside}" if outside else "",
    )


def refuse_bulk_outside_profile(session: Session, changes: Sequence[PendingChange]) -> None:
    """The same check for a batch of the bulk writer (imports): a mediator's persons CSV carried
    notes, health and relatives its profile never shows, which headquarters dropped and the
    regions took through it (new-user trial: the offices diverged for good)."""
    if session.info.get(_NOT_CHECKED) or not changes:
        return
    limit = _own_limit(session)
    if limit is None:
        return
    from models.core.changelog import LOCAL_ONLY  # noqa: PLC0415 - only a limited office gets here

    code, kind, allowed = limit
    for change in changes:
        fields = allowed.get(change.entity)
        if change.entity in LOCAL_ONLY or fields == "*":
            continue
        outside = ""
        if fields is not None and change.op is not ChangeOp.DELETE:
            table = Base.metadata.tables[change.entity]
            names = set(change.changes) - fields
            if change.op is ChangeOp.CREATE:  # a new record's defaults say nothing another office would miss
                names = {name for name in names if not _default_value(table.c[name], change.changes[name][1])}
            outside = ", ".join(sorted(names))
            if not outside:
                continue
        raise _outside_profile(code, kind, change.entity, outside)


def _default_value(column: Any, value: Any) -> bool:
    default = column.default
    if default is not None and default.is_scalar:
        return bool(value == jsonable(default.arg))
    return value in (None, "", False, [], {})


def receiving(session: Session) -> None:
    """The session stores what another office sent: not checked as edits made here."""
    session.info[_NOT_CHECKED] = True


def install() -> None:
    """Check every write of the database's users from now on (idempotent)."""
    if not event.contains(RepatriaSession, "before_flush", refuse_outside_profile):
        event.listen(RepatriaSession, "before_flush", refuse_outside_profile)
    if refuse_bulk_outside_profile not in bulk.CHECKS:
        bulk.CHECKS.append(refuse_bulk_outside_profile)
