"""Counterparties, threads and letters; our reference numbers are given per year without gaps."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.common import check_not_future, check_text, require_role
from models.core.entities import CorrespondenceThread, Counterparty, Letter, ThreadLink
from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection, Role, ThreadState
from models.core.errors import FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.sqlfunctions import casefold
from models.correspondence.dto import LetterDTO, LetterInput, LetterView, ThreadSummary
from models.office.settings import get_number

REFERENCE_PREFIX = "CL"
LINKABLE = frozenset({"person", "list_entry", "exchange_list", "agreement", "remains_case"})


def add_counterparty(session: Session, name: str, kind: CounterpartyKind, address: str = "") -> uuid.UUID:
    require_role(session, Role.SUPERVISOR)
    errors: list[FieldError] = []
    check_text(errors, "name", name, max_len=200, required=True)
    if not errors and session.execute(select(Counterparty.id).where(Counterparty.name == name)).first():
        errors.append(FieldError.of("name", QT_TRANSLATE_NOOP("Errors", "{name!r} exists already"), name=name))
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
        errors.append(FieldError.of("counterparty_id", QT_TRANSLATE_NOOP("Errors", "no such counterparty")))
    for entity, _ in links or []:
        if entity not in LINKABLE:
            errors.append(
                FieldError.of("links", QT_TRANSLATE_NOOP("Errors", "cannot link a thread to {entity!r}"), entity=entity)
            )
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
        .order_by(func.length(Letter.our_reference).desc(), Letter.our_reference.desc())  # 10000 after 9999
        .limit(1)
    ).scalar()
    number = int(last.rsplit("/", 1)[1]) + 1 if last else 1
    return f"{prefix}{number:04d}"


def register_letter(session: Session, thread_id: uuid.UUID, data: LetterInput) -> LetterDTO:
    direction, subject, body, channel = data.direction, data.subject, data.body, data.channel
    sent_on, received_on, their_reference, language = (
        data.sent_on,
        data.received_on,
        data.their_reference,
        data.language,
    )
    require_role(session, Role.CLERK)
    thread = session.get(CorrespondenceThread, thread_id)
    if thread is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no thread with id {thread_id}"), thread_id=thread_id)
    errors: list[FieldError] = []
    check_text(errors, "subject", subject, max_len=300)
    check_text(errors, "body", body, max_len=1_000_000, multiline=True)
    check_not_future(errors, "sent_on", sent_on)
    check_not_future(errors, "received_on", received_on)
    if direction is LetterDirection.INCOMING and received_on is None:
        errors.append(
            FieldError.of(
                "received_on", QT_TRANSLATE_NOOP("Errors", "an incoming letter needs the date it was received")
            )
        )
    if errors:
        raise ValidationError(errors)
    actor_name = session.info["actor"].user_name
    year = (sent_on or received_on or dt.date.today()).year
    letter = Letter(
        thread_id=thread_id,
        direction=direction,
        # An outgoing draft gets its number when it is sent: numbers run without gaps.
        our_reference=None
        if direction is LetterDirection.OUTGOING and sent_on is None
        else next_reference(session, year),
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


def _letter(session: Session, letter_id: uuid.UUID) -> Letter:
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no letter with id {letter_id}"), letter_id=letter_id)
    return letter


def _refuse_if_sent(letter: Letter) -> None:
    if letter.direction is LetterDirection.OUTGOING and letter.sent_on is not None:
        raise ValidationError.single(
            "letter",
            QT_TRANSLATE_NOOP("Errors", "{our_reference} was sent and is never edited: register a correction instead"),
            our_reference=letter.our_reference,
        )


def update_draft(
    session: Session, letter_id: uuid.UUID, *, subject: str, body: str, channel: LetterChannel, language: str = "uk"
) -> LetterDTO:
    require_role(session, Role.CLERK)
    letter = _letter(session, letter_id)
    _refuse_if_sent(letter)
    if letter.direction is LetterDirection.INCOMING:
        raise ValidationError.single("letter", QT_TRANSLATE_NOOP("Errors", "a received letter is kept as it came"))
    errors: list[FieldError] = []
    check_text(errors, "subject", subject, max_len=300)
    check_text(errors, "body", body, max_len=1_000_000, multiline=True)
    if errors:
        raise ValidationError(errors)
    letter.subject, letter.body, letter.channel, letter.language = subject, body, channel, language
    session.flush()
    return _dto(letter)


def mark_sent(session: Session, letter_id: uuid.UUID, sent_on: dt.date, channel: LetterChannel) -> LetterDTO:
    """The draft went out: it gets its number, the thread waits for a reply, the text is frozen.

    A reply cannot be due before the letter asking for it was sent: when the thread has no due
    date, or one before ``sent_on``, the reply is due ``reply_due_days`` (an office setting,
    14 by default) after ``sent_on``. (A thread whose old due date had passed otherwise showed
    "waiting 0 days" and "overdue 497" at once.)"""
    require_role(session, Role.CLERK)
    letter = _letter(session, letter_id)
    _refuse_if_sent(letter)
    errors: list[FieldError] = []
    check_not_future(errors, "sent_on", sent_on)
    if errors:
        raise ValidationError(errors)
    letter.sent_on, letter.channel = sent_on, channel
    letter.our_reference = next_reference(session, sent_on.year)
    thread = session.get(CorrespondenceThread, letter.thread_id)
    if thread is not None:
        thread.state = ThreadState.AWAITING_REPLY
        if thread.due_on is None or thread.due_on < sent_on:
            thread.due_on = sent_on + dt.timedelta(days=int(get_number(session, "reply_due_days")))
    session.flush()
    return _dto(letter)


def register_correction(
    session: Session, letter_id: uuid.UUID, *, subject: str, body: str, sent_on: dt.date | None = None
) -> LetterDTO:
    """A sent letter is never edited; a correction follows it in the same thread."""
    original = _letter(session, letter_id)
    correction = register_letter(
        session,
        original.thread_id,
        LetterInput(
            LetterDirection.OUTGOING,
            subject=subject,
            body=body,
            channel=original.channel,
            sent_on=sent_on,
            language=original.language,
        ),
    )
    stored = _letter(session, correction.id)
    stored.corrects_letter_id = original.id
    session.flush()
    return correction


def set_thread_state(session: Session, thread_id: uuid.UUID, state: ThreadState) -> None:
    require_role(session, Role.CLERK)
    thread = session.get(CorrespondenceThread, thread_id)
    if thread is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no thread with id {thread_id}"), thread_id=thread_id)
    thread.state = state
    session.flush()


def _dto(letter: Letter) -> LetterDTO:
    return LetterDTO(
        letter.id,
        letter.thread_id,
        letter.direction,
        letter.our_reference,
        letter.their_reference,
        letter.sent_on,
        letter.received_on,
        letter.channel,
        letter.subject,
    )


OPEN_STATES = (ThreadState.DRAFT, ThreadState.SENT, ThreadState.AWAITING_REPLY)


def thread_summaries(
    session: Session,
    today: dt.date | None = None,
    *,
    only_overdue: bool = False,
    include_closed: bool = False,
    about: tuple[str, uuid.UUID] | None = None,
    thread_id: uuid.UUID | None = None,
) -> list[ThreadSummary]:
    """Threads with how long each has waited; overdue ones (past their due date, unanswered)
    first, longest waiting first."""
    today = today or dt.date.today()
    last_sent = (
        select(Letter.thread_id, func.max(Letter.sent_on).label("last"))
        .where(Letter.direction == LetterDirection.OUTGOING, Letter.sent_on.is_not(None))
        .group_by(Letter.thread_id)
        .subquery()
    )
    stmt = (
        select(
            CorrespondenceThread.id,
            CorrespondenceThread.subject,
            Counterparty.name,
            CorrespondenceThread.state,
            CorrespondenceThread.due_on,
            last_sent.c.last,
        )
        .join(Counterparty, Counterparty.id == CorrespondenceThread.counterparty_id)
        .outerjoin(last_sent, last_sent.c.thread_id == CorrespondenceThread.id)
    )
    if about is not None:  # the threads about one record (a person, a list ...)
        entity, record_id = about
        stmt = stmt.where(
            CorrespondenceThread.id.in_(
                select(ThreadLink.thread_id).where(ThreadLink.entity == entity, ThreadLink.record_id == record_id)
            )
        )
    if thread_id is not None:
        stmt = stmt.where(CorrespondenceThread.id == thread_id)
    if not include_closed:
        stmt = stmt.where(CorrespondenceThread.state.in_(OPEN_STATES))
    result = []
    for found_id, subject, counterparty, state, due_on, last in session.execute(stmt):
        waiting = (today - last).days if last is not None and state is ThreadState.AWAITING_REPLY else None
        overdue = (today - due_on).days if due_on is not None and due_on < today and state in OPEN_STATES else None
        if only_overdue and overdue is None:
            continue
        result.append(ThreadSummary(found_id, subject, counterparty, state, due_on, last, waiting, overdue))
    result.sort(key=lambda t: (t.days_overdue is None, -(t.days_overdue or 0), -(t.days_waiting or 0), t.subject))
    return result


def letter_counts(session: Session) -> dict[uuid.UUID, int]:
    """How many letters each thread holds (drafts included); a thread with none is absent."""
    rows = session.execute(select(Letter.thread_id, func.count(Letter.id)).group_by(Letter.thread_id))
    return {thread_id: count for thread_id, count in rows}


def thread_summary(session: Session, thread_id: uuid.UUID, today: dt.date | None = None) -> ThreadSummary:
    found = thread_summaries(session, today, include_closed=True, thread_id=thread_id)
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no correspondence thread with id {thread_id}"), thread_id=thread_id
        )
    return found[0]


def thread_letters(session: Session, thread_id: uuid.UUID) -> list[LetterView]:
    rows = session.scalars(
        select(Letter)
        .where(Letter.thread_id == thread_id)
        .order_by(func.coalesce(Letter.received_on, Letter.sent_on), Letter.created_at)
    )
    return [
        LetterView(
            r.id,
            r.direction,
            r.our_reference,
            r.their_reference,
            r.sent_on,
            r.received_on,
            r.channel,
            r.language,
            r.subject,
            r.body,
            r.registered_by,
            r.corrects_letter_id,
        )
        for r in rows
    ]


def search_letters(session: Session, text: str, limit: int = 200) -> list[LetterDTO]:
    """Letters whose subject, text or reference numbers contain every word (any case), newest first."""
    words = [w.casefold() for w in text.split() if w.strip()]
    if not words:
        return []
    haystack = casefold(
        func.coalesce(Letter.subject, "")
        + " "
        + func.coalesce(Letter.body, "")
        + " "
        + func.coalesce(Letter.our_reference, "")
        + " "
        + func.coalesce(Letter.their_reference, "")
    )
    stmt = (
        select(Letter)
        .where(*(haystack.contains(w, autoescape=True) for w in words))
        .order_by(Letter.created_at.desc())
        .limit(limit)
    )
    return [_dto(letter) for letter in session.scalars(stmt)]


def counterparties(session: Session) -> list[tuple[uuid.UUID, str, CounterpartyKind]]:
    return [
        (cid, name, kind)
        for cid, name, kind in session.execute(
            select(Counterparty.id, Counterparty.name, Counterparty.kind).order_by(Counterparty.name)
        )
    ]
