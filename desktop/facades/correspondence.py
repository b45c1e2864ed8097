"""The Correspondence section's calls: threads, letters, templates, search."""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.facades.base import Facade
from desktop.facades.reports import ReportsFacade
from models.core import attachments
from models.core.dto import AttachmentDTO
from models.core.enums import CounterpartyKind, LetterChannel, ThreadState
from models.core.report_kinds import ReportKind
from models.correspondence import service
from models.correspondence.dto import LetterDTO, LetterInput, LetterView, ThreadSummary
from models.correspondence.templates import fill_template
from models.lists.clarification import draft_clarification


class CorrespondenceFacade(Facade):
    def threads(self, *, only_overdue: bool = False, include_closed: bool = False) -> list[ThreadSummary]:
        return self._read(service.thread_summaries, only_overdue=only_overdue, include_closed=include_closed)

    def letter_counts(self) -> dict[uuid.UUID, int]:
        """How many letters each thread holds (drafts included); a thread with none is absent."""
        return self._read(service.letter_counts)

    def letters(self, thread_id: uuid.UUID) -> list[LetterView]:
        return self._read(service.thread_letters, thread_id)

    def letters_report(self, thread_id: uuid.UUID) -> bytes:
        return ReportsFacade(self._db).build(ReportKind.LETTERS, str(thread_id))

    def counterparties(self) -> list[tuple[uuid.UUID, str, CounterpartyKind]]:
        return self._read(service.counterparties)

    def add_counterparty(self, name: str, kind: CounterpartyKind) -> uuid.UUID:
        return self._write(service.add_counterparty, name, kind)

    def open_thread(
        self,
        counterparty_id: uuid.UUID,
        subject: str,
        due_on: dt.date | None,
        about: tuple[str, uuid.UUID] | None = None,
    ) -> uuid.UUID:
        """A new thread, linked to what it is about (a person, a remains case …) if given."""
        links = [about] if about else None
        return self._write(service.open_thread, counterparty_id, subject, due_on=due_on, links=links)

    def attach(self, letter_id: uuid.UUID, filename: str, data: bytes) -> None:
        self._write(attachments.add_attachment, "letter", letter_id, filename, data)

    def attachments(self, letter_id: uuid.UUID) -> list[AttachmentDTO]:
        return self._read(attachments.attachments_of, "letter", letter_id)

    def register(self, thread_id: uuid.UUID, data: LetterInput) -> LetterDTO:
        return self._write(service.register_letter, thread_id, data)

    def update_draft(self, letter_id: uuid.UUID, subject: str, body: str, channel: LetterChannel) -> None:
        self._write(service.update_draft, letter_id, subject=subject, body=body, channel=channel)

    def mark_sent(self, letter_id: uuid.UUID, sent_on: dt.date, channel: LetterChannel) -> LetterDTO:
        return self._write(service.mark_sent, letter_id, sent_on, channel)

    def set_state(self, thread_id: uuid.UUID, state: ThreadState) -> None:
        self._write(service.set_thread_state, thread_id, state)

    def template(self, kind: str, thread_id: uuid.UUID) -> tuple[str, str]:
        return self._read(fill_template, kind, thread_id)

    def search(self, text: str) -> list[LetterDTO]:
        return self._read(service.search_letters, text)

    def overdue(self) -> list[ThreadSummary]:
        return self.threads(only_overdue=True)

    def draft_clarification(self, list_id: uuid.UUID) -> uuid.UUID:
        return self._write(draft_clarification, list_id)
