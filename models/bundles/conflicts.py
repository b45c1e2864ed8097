"""The conflict queue (BUNDLES.md, "Conflicts, field by field") and the confirmations queue.

A conflict is resolved by the office that owns the record (the one that created it) or by
headquarters, with an ordinary edit of the field: it is logged, travels in the next bundles,
and closes the conflict in every office it reaches (it is made on top of the provisional
value every office shows). A change waiting for confirmation is applied when a person
confirms it, or left unapplied (in its office's chain) when they reject it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import Boolean, Enum, Float, Integer, String, Table, or_, select, update
from sqlalchemy.orm import Session

from models.bundles import limits
from models.bundles.apply import (
    DELETED,
    Applier,
    Counts,
    Event,
    logged_tables,
    merged_into,
    person_references,
    refresh_persons,
    to_column,
)
from models.bundles.dto import ConfirmationView, ConflictSide, ConflictView
from models.bundles.offices import known_codes, local_office
from models.core import chains
from models.core.changelog import PendingChange, RepatriaSession, append_events, context_of, jsonable, seen, subject_of
from models.core.common import require_role
from models.core.entities import Base, ChangeEvent, Conflict, DnaSample, Office, PendingConfirmation, Person, Tracked
from models.core.entities.base import PartialDateType, table_of
from models.core.enums import ChangeOp, OfficeKind, Role
from models.core.errors import NotFoundError, PermissionDenied, RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate


def _checked(table: Table, name: str, value: Any) -> Any:
    """A value typed to resolve a conflict, as its column takes it; ``RepatriaError`` saying
    what the field takes when it is not one (a code out of its list, a date that is none)."""
    column = table.columns[name]
    kind = column.type
    try:
        if value is None:
            if not column.nullable:
                raise ValueError("required")
            return None
        if isinstance(kind, Enum) and kind.enums and str(value) not in kind.enums:
            raise ValueError(f"one of {', '.join(kind.enums)}")
        if isinstance(kind, PartialDateType):
            return PartialDate.parse(str(value))
        if isinstance(kind, Integer) and not isinstance(kind, Boolean):
            return int(value)
        if isinstance(kind, Float):
            return float(value)
        if isinstance(kind, Boolean):
            if value not in (True, False):
                raise ValueError("true or false")
            return value
        converted = to_column(table, name, value)
        if isinstance(kind, String) and kind.length and len(str(converted)) > kind.length:
            raise ValueError(f"at most {kind.length} characters")
        return converted
    except (ValueError, TypeError) as exc:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{value!r} is not a value of {field} ({detail})"),
            value=value,
            field=name,
            detail=exc,
        ) from None


def open_conflicts(session: Session) -> list[ConflictView]:
    codes = chains.chain_labels(session, known_codes(session))
    rows = session.scalars(select(Conflict).where(Conflict.closed_at.is_(None)).order_by(Conflict.opened_at))
    out = []
    for c in rows:
        external = None
        if c.person_id is not None:
            external = session.scalar(select(Person.external_id).where(Person.id == c.person_id))
        out.append(
            ConflictView(
                c.id,
                c.entity,
                c.record_id,
                external,
                c.field,
                json.loads(c.ours),
                json.loads(c.theirs),
                json.loads(c.provisional),
                codes.get(c.owner_office_id) if c.owner_office_id else None,
                codes.get(c.ours_office_id) if c.ours_office_id else None,
                codes.get(c.theirs_office_id),
                c.ours_author,
                c.theirs_author,
                c.ours_at,
                c.theirs_at,
                c.opened_at,
                _sides(c, codes),
            )
        )
    return out


def _sides(conflict: Conflict, codes: dict[uuid.UUID, str]) -> tuple[ConflictSide, ...]:
    if conflict.sides is None:  # opened before every side was kept: its two
        return (
            ConflictSide(
                json.loads(conflict.ours),
                codes.get(conflict.ours_office_id) if conflict.ours_office_id else None,
                conflict.ours_author,
                conflict.ours_at,
            ),
            ConflictSide(
                json.loads(conflict.theirs),
                codes.get(conflict.theirs_office_id),
                conflict.theirs_author,
                conflict.theirs_at,
            ),
        )
    return tuple(
        ConflictSide(
            side["value"],
            codes.get(uuid.UUID(side["office_id"])),
            side["author"],
            dt.datetime.fromisoformat(side["at"]),
        )
        for side in json.loads(conflict.sides)
    )


def person_conflicts(session: Session, person_id: uuid.UUID) -> list[tuple[str, str]]:
    """(kind of record, field) of the open conflicts about a person or their records."""
    rows = session.execute(
        select(Conflict.entity, Conflict.field)
        .where(Conflict.closed_at.is_(None), or_(Conflict.person_id == person_id, Conflict.record_id == person_id))
        .order_by(Conflict.opened_at)
    )
    return list(dict.fromkeys((entity, field) for entity, field in rows))


def open_conflict_records(session: Session) -> set[uuid.UUID]:
    """Records (and persons) with an open conflict: the badge in the registry."""
    rows = session.execute(select(Conflict.record_id, Conflict.person_id).where(Conflict.closed_at.is_(None)))
    return {r for pair in rows for r in pair if r is not None}


def _entity_class(name: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == name:
            found: type[Base] = mapper.class_
            return found
    raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "no kind of record {kind!r}"), kind=name)


def resolve_conflict(session: Session, conflict_id: uuid.UUID, take: str) -> ConflictView:
    """Resolve an open conflict with ``take``: "ours", "theirs" or a value (JSON, or text).
    Only the owning office or headquarters resolve (supervisors and above)."""
    require_role(session, Role.SUPERVISOR)
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.closed_at is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no open conflict {id}"), id=conflict_id)
    local = local_office(session)
    if local.kind != OfficeKind.HQ and conflict.owner_office_id not in (None, local.id):
        owner = session.get(Office, conflict.owner_office_id)
        if owner is not None and owner.kind == OfficeKind.HQ:  # not "(HQ) or headquarters" (new-user trial)
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "only headquarters ({owner}) resolve it"), owner=owner.code
            )
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "only the office that owns this record ({owner}) or headquarters resolve it"),
            owner=owner.code if owner is not None else known_codes(session).get(conflict.owner_office_id, "?"),
        )
    view = next(v for v in open_conflicts(session) if v.conflict_id == conflict_id)
    if take == "ours":
        value = view.ours
    elif take == "theirs":
        value = view.theirs
    else:
        try:
            value = json.loads(take)
        except ValueError:
            value = take
    cls = _entity_class(conflict.entity)
    record = session.get(cls, conflict.record_id)
    if record is None:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "the record of this conflict is no longer here"))
    if (conflict.entity, conflict.field) in person_references() and isinstance(value, str):
        value = _person_here(session, value)
    subject = subject_of(record)
    if conflict.field == DELETED and value is True:  # deleted after all
        session.delete(record)
    elif conflict.field != DELETED and jsonable(getattr(record, conflict.field)) != value:
        setattr(record, conflict.field, _checked(table_of(cls), conflict.field, value))
    else:
        # The value every office shows already (or a record kept): nothing changes here, but the
        # decision is an event all the same, so that it closes the conflict everywhere it goes.
        kept = value if conflict.field != DELETED else False
        before = kept if conflict.field != DELETED else True
        assert isinstance(session, RepatriaSession)
        assert isinstance(record, Tracked)  # a conflict is only ever about a logged record
        append_events(
            session,
            session.actor,
            [
                PendingChange(
                    conflict.entity,
                    conflict.record_id,
                    ChangeOp.UPDATE,
                    {conflict.field: [before, kept]},
                    subject,
                    context_of(record),  # made knowing both sides: it closes the conflict everywhere
                )
            ],
        )
    session.flush()
    event_id = session.scalar(select(ChangeEvent.id).order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc()).limit(1))
    conflict.closed_at = dt.datetime.now(dt.UTC)
    conflict.closed_by_event_id = event_id
    return view


def _person_here(session: Session, value: str) -> str:
    """A chosen value naming a person: that person, or the one they were merged into since
    (both offices' values may name a record one of them merged away)."""
    try:
        person_id = uuid.UUID(value)
    except ValueError:
        return value  # not an id: _checked says what is wrong with it
    if session.get(Person, person_id) is not None:
        return value
    kept = merged_into(session, person_id)
    if kept is None:
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors", "the person this value names is no longer in the registry: take the other value"
            )
        )
    return str(kept)


# -- confirmations ------------------------------------------------------------------------


def _person_number(session: Session, person_id: uuid.UUID | None, entity: str, changes: dict[str, Any]) -> str | None:
    """The registry number of the person a waiting change is about. A DNA result names two
    samples, not a person: it is about the missing person whose relatives gave the reference
    sample (found by the new-user trial: the confirmation named nobody)."""
    if person_id is None and entity == "dna_result" and isinstance(changes.get("reference_sample_id"), str):
        with contextlib.suppress(ValueError):
            sample = uuid.UUID(changes["reference_sample_id"])
            person_id = session.scalar(select(DnaSample.person_id).where(DnaSample.id == sample))
    if person_id is None:
        return None
    return session.scalar(select(Person.external_id).where(Person.id == person_id))


def pending_confirmations(session: Session) -> list[ConfirmationView]:
    codes = chains.chain_labels(session, known_codes(session))
    chain_offices = chains.chain_offices(session)
    out = []
    rows = session.scalars(
        select(PendingConfirmation)
        .where(PendingConfirmation.decision.is_(None))
        .order_by(PendingConfirmation.received_at)
    )
    for p in rows:
        event = session.get(ChangeEvent, p.event_id)
        if event is not None:
            allowed = limits.chain_limits(session, {event.office_id}, chain_offices).get(event.office_id, {})
            fields = allowed.get(event.entity, ()) if allowed else "*"
            changes = {k: v[1] for k, v in event.changes.items() if fields == "*" or k in fields}
            author, at = event.author_name, event.at
        else:  # from a filtered copy: the fields it carried, when it arrived
            changes, author, at = json.loads(p.record or "{}"), "", p.received_at
        external = _person_number(session, p.person_id, p.entity, changes)
        out.append(
            ConfirmationView(
                p.event_id,
                p.kind,
                codes.get(p.office_id, str(p.office_id)),
                p.entity,
                p.record_id,
                external,
                changes,
                author,
                at,
            )
        )
    return out


def _stored_event(session: Session, event_id: uuid.UUID) -> Event | None:
    stored = session.get(ChangeEvent, event_id)
    if stored is None:
        return None
    return Event(
        stored.id, stored.office_id, stored.seq, stored.entity, stored.record_id, ChangeOp(stored.op),
        json.dumps(stored.changes), stored.author_id, stored.author_name, stored.at, stored.prev_hash, stored.hash,
        stored.context,
    )  # fmt: skip


def decide_confirmation(session: Session, event_id: uuid.UUID, confirm: bool) -> Counts:
    """Confirm (apply) or reject another office's sensitive change (supervisors and above).

    Only that change is decided. The later changes of the same record that waited behind it
    (not sensitive themselves) then apply, in order, up to the next sensitive one. A rejected
    change of a person is answered with an edit putting back our value, made on top of it:
    it travels to the office that sent the change, where a person confirms it in turn, so the
    two offices never silently disagree about a death."""
    require_role(session, Role.SUPERVISOR)
    pending = session.get(PendingConfirmation, event_id)
    if pending is None or pending.decision is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no change {id} waits for confirmation"), id=event_id)
    if pending.kind == "rejected" and not confirm:
        # An answer to our own change is not answered again: the two offices would pass the
        # value back and forth for ever (new-user trial). Taking it, or a person settling it
        # with that office and making a new change, ends the disagreement.
        office = session.get(Office, chains.office_of(pending.office_id, chains.chain_offices(session)))
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{office} rejected this office's change, and its answer cannot be rejected in turn: confirm it to "
                "take {office}'s value, or leave it waiting and settle it with {office} (or headquarters); a new "
                "change made here then goes to {office} as any change does",
            ),
            office=office.code if office is not None else str(pending.office_id),
        )
    assert isinstance(session, RepatriaSession)
    now = dt.datetime.now(dt.UTC)
    pending.decision = "confirmed" if confirm else "rejected"
    pending.decided_at, pending.decided_by = now, session.actor.user_name
    session.flush()
    counts = Counts()
    table = logged_tables()[pending.entity]
    if pending.record is not None:  # from a filtered copy: its fields, no event
        if confirm:
            carried = json.loads(pending.record)
            values = {k: to_column(table, k, v) for k, v in carried.items() if k in table.columns}
            session.execute(update(table).where(table.c.id == pending.record_id).values(**values))
            counts.updated += 1
            refresh_persons(session, [pending.record_id] if pending.entity == "person" else [])
        return counts
    event = _stored_event(session, pending.event_id)
    assert event is not None
    applier = Applier(session, counts)
    # confirmed, a change is still held to what its office may change here (limits)
    applier.limits = limits.chain_limits(session, {event.office_id}, chains.chain_offices(session))
    followers = list(
        session.scalars(
            select(PendingConfirmation)
            .where(
                PendingConfirmation.record_id == pending.record_id,
                PendingConfirmation.decision.is_(None),
                PendingConfirmation.event_id != pending.event_id,
            )
            .order_by(PendingConfirmation.received_at)
        )
    )
    later = [e for e in (_stored_event(session, f.event_id) for f in followers) if e is not None]
    later.sort(key=lambda e: e.key)
    applier.preload([event, *later])
    if confirm:
        before = session.execute(select(table).where(table.c.id == pending.record_id)).mappings().first()
        applier.apply(event, confirmed=True)
        after = session.execute(select(table).where(table.c.id == pending.record_id)).mappings().first()
        if before is not None and after is not None:
            # The decision is ours too: logged as our edit, it tells the other offices (the
            # sender among them) what this office now holds, later than anything it answered.
            taken = {
                name: [jsonable(before[name]), jsonable(after[name])]
                for name in event.changes
                if name in table.columns and jsonable(before[name]) != jsonable(after[name])
            }
            if taken:
                append_events(
                    session,
                    session.actor,
                    [
                        PendingChange(
                            pending.entity,
                            pending.record_id,
                            ChangeOp.UPDATE,
                            taken,
                            pending.person_id,
                            seen(after["version_vector"]),
                        )
                    ],
                )
    elif pending.entity == "person":
        row = session.execute(select(table).where(table.c.id == pending.record_id)).mappings().first()
        if row is not None:
            answer = {
                name: [new, jsonable(row[name])]
                for name, (_old, new) in event.changes.items()
                if name in table.columns and jsonable(row[name]) != new
            }
            if answer:
                # made on top of the change it answers: the record has seen it, and so says the
                # answer, so that an office still asked about that change takes the answer as
                # deciding it (new-user trial: a third office was asked to confirm a rejected death)
                vector = {**seen(row["version_vector"])}
                chain = str(event.office_id)
                vector[chain] = max(int(vector.get(chain, 0)), event.seq)
                session.execute(update(table).where(table.c.id == pending.record_id).values(version_vector=vector))
                append_events(
                    session,
                    session.actor,
                    [PendingChange("person", pending.record_id, ChangeOp.UPDATE, answer, pending.record_id, vector)],
                )
    by_event = {f.event_id: f for f in followers}
    for follower_event in later:
        follower = by_event[follower_event.id]
        if follower.kind != "follows":
            break  # the next sensitive change waits for its own decision
        follower.decision, follower.decided_at, follower.decided_by = "followed", now, session.actor.user_name
        applier.pending_records.discard(follower_event.record_id)
        applier.apply(follower_event, confirmed=True)
    applier.finish()
    return counts
