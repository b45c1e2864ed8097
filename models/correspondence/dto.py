"""What the correspondence feature takes and returns: letters, threads and template kinds."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from models.core.enums import LetterChannel, LetterDirection, ThreadState
from models.core.i18n import QT_TRANSLATE_NOOP


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


@dataclass(frozen=True)
class ThreadSummary:
    id: uuid.UUID
    subject: str
    counterparty: str
    state: ThreadState
    due_on: dt.date | None
    last_sent_on: dt.date | None
    days_waiting: int | None  # since our last letter, while a reply is awaited
    days_overdue: int | None  # past the due date, while still open


@dataclass(frozen=True)
class LetterView:
    id: uuid.UUID
    direction: LetterDirection
    our_reference: str | None
    their_reference: str
    sent_on: dt.date | None
    received_on: dt.date | None
    channel: LetterChannel
    language: str
    subject: str
    body: str
    registered_by: str
    corrects_letter_id: uuid.UUID | None

    @property
    def date(self) -> dt.date | None:
        return self.received_on or self.sent_on


TEMPLATES = {
    "reply_acknowledgment": QT_TRANSLATE_NOOP("LetterDialog", "Acknowledgement of a reply"),
    "person_information_request": QT_TRANSLATE_NOOP("LetterDialog", "Request for information about a person"),
    "identification_notification": QT_TRANSLATE_NOOP("LetterDialog", "Notification of identification"),
}


@dataclass(frozen=True)
class LetterInput:
    """A letter to register in a thread: a reply received (``received_on``), a letter we sent
    (``sent_on``), or our draft (neither: it is numbered when it is sent)."""

    direction: LetterDirection
    subject: str
    body: str
    channel: LetterChannel
    sent_on: dt.date | None = None
    received_on: dt.date | None = None
    their_reference: str = ""
    language: str = "uk"
