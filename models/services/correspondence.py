"""Counterparties, threads and letters; our reference numbers are given per year without gaps."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.entities import CorrespondenceThread, Counterparty, Letter, ThreadLink
from models.enums import CounterpartyKind, LetterChannel, LetterDirection, Role, ThreadState
from models.errors import FieldError, NotFoundError, ValidationError
from models.services.common import check_not_future, check_text, require_role

REFERENCE_PREFIX = "CL"
LINKABLE = frozenset({"person", "list_entry", "exchange_list", "agreement", "remains_case"})


@dataclass(frozen=True)
class LetterDTO:
    id: uuid.UUID
    thread_id: uuid.UUID
    direction: LetterDirection
    our_reference: str | None
    their_reference: str
    sent_on: dt.date | None
    received_on: dt.date | None
    channel: LetterChannel
    subject: str


def add_counterparty(session: Session, name: str, kind: CounterpartyKind, address: str = "") -> uuid.UUID:
    require_role(session, Role.SUPERVISOR)
    errors: list[FieldError] = []
    check_text(errors, "name", name, max_len=200, required=True)
    if not errors and session.execute(select(Counterparty.id).where(Counterparty.name == name)).first():
        errors.append(FieldError("name", f"{name!r} exists already"))
    if errors:
        raise ValidationError(errors)
    counterparty = Counterparty(name=name, kind=kind, address=address)
    session.add(counterparty)
    session.flush()
    return counterparty.id


def open_thread(
    session: Session,
    counterparty_id: uuid.UUID,
    subject: str,
    *,
    due_on: dt.date | None = None,
    links: list[tuple[str, uuid.UUID]] | None = None,
) -> uuid.UUID:
    require_role(session, Role.CLERK)
    errors: list[FieldError] = []
    check_text(errors, "subject", subject, max_len=300, required=True)
    if session.get(Counterparty, counterparty_id) is None:
        errors.append(FieldError("counterparty_id", "no such counterparty"))
    for entity, _ in links or []:
        if entity not in LINKABLE:
            errors.append(FieldError("links", f"cannot link a thread to {entity!r}"))
    if errors:
        raise ValidationError(errors)
    thread = CorrespondenceThread(
        counterparty_id=counterparty_id, subject=subject, due_on=due_on, state=ThreadState.DRAFT
    )
    session.add(thread)
    session.flush()
    session.add_all(ThreadLink(thread_id=thread.id, entity=e, record_id=r) for e, r in links or [])
    session.flush()
    return thread.id


def next_reference(session: Session, year: int) -> str:
    """The next ``CL-YYYY/NNNN``. Runs inside the write transaction (BEGIN IMMEDIATE), so two
    registrations cannot take the same number, and numbers are only used by registered letters."""
    prefix = f"{REFERENCE_PREFIX}-{year}/"
    last = session.execute(
        select(Letter.our_reference)
        .where(Letter.our_reference.like(f"{prefix}%"))
        .order_by(Letter.our_reference.desc())
        .limit(1)
    ).scalar()
    number = int(last.rsplit("/", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:04d}"


def register_letter(
    session: Session,
    thread_id: uuid.UUID,
    direction: LetterDirection,
    *,
    subject: str,
    body: str,
    channel: LetterChannel,
    sent_on: dt.date | None = None,
    received_on: dt.date | None = None,
    their_reference: str = "",
    language: str = "uk",
) -> LetterDTO:
    require_role(session, Role.CLERK)
    thread = session.get(CorrespondenceThread, thread_id)
    if thread is None:
        raise NotFoundError(f"no thread with id {thread_id}")
    errors: list[FieldError] = []
    check_text(errors, "subject", subject, max_len=300)
    check_text(errors, "body", body, max_len=1_000_000, multiline=True)
    check_not_future(errors, "sent_on", sent_on)
    check_not_future(errors, "received_on", received_on)
    if direction is LetterDirection.INCOMING and received_on is None:
        errors.append(FieldError("received_on", "an incoming letter needs the date it was received"))
    if errors:
        raise ValidationError(errors)
    actor_name = session.info["actor"].user_name
    year = (sent_on or received_on or dt.date.today()).year
    letter = Letter(
        thread_id=thread_id,
        direction=direction,
        our_reference=next_reference(session, year),
        their_reference=their_reference,
        sent_on=sent_on,
        received_on=received_on,
        channel=channel,
        language=language,
        subject=subject,
        body=body,
        registered_by=actor_name,
    )
    session.add(letter)
    if direction is LetterDirection.OUTGOING and sent_on is not None:
        thread.state = ThreadState.AWAITING_REPLY
    elif direction is LetterDirection.INCOMING and thread.state is ThreadState.AWAITING_REPLY:
        thread.state = ThreadState.ANSWERED
    session.flush()
    return LetterDTO(
        letter.id, thread_id, direction, letter.our_reference, their_reference, sent_on, received_on, channel, subject
    )
