"""A correspondence thread's log and every letter in it, for print."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.printouts.common import CHANNEL_TEXT, THREAD_STATE_TEXT
from models.core.enums import LetterDirection
from models.correspondence.service import thread_letters, thread_summary
from reports.dto import LetterEntry, LettersReport


def letters(session: Session, thread_id: str) -> LettersReport:
    thread = thread_summary(session, uuid.UUID(thread_id))
    return LettersReport(
        thread.subject,
        thread.counterparty,
        THREAD_STATE_TEXT[thread.state],
        thread.due_on.strftime("%d.%m.%Y") if thread.due_on else "",
        [
            LetterEntry(
                letter.date.strftime("%d.%m.%Y") if letter.date else "",
                letter.direction is LetterDirection.INCOMING,
                letter.our_reference or "",
                letter.their_reference,
                CHANNEL_TEXT[letter.channel],
                letter.subject,
                letter.body,
            )
            for letter in thread_letters(session, uuid.UUID(thread_id))
        ],
    )
