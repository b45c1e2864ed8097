"""What the tabs that persons and remains cases share ask of the application, and of the
editor they sit in. A record is a person or a remains case: the facade knows which."""

from __future__ import annotations

import uuid
from typing import Protocol

from models.core.dto import AttachmentDTO
from models.correspondence.dto import ThreadSummary
from models.persons.dto import HistoryEntry


class AttachmentsPort(Protocol):
    def attachments(self, record_id: uuid.UUID) -> list[AttachmentDTO]: ...
    def add_attachment(self, record_id: uuid.UUID, filename: str, data: bytes) -> AttachmentDTO: ...
    def attachment_data(self, attachment_id: uuid.UUID) -> bytes: ...
    def remove_attachment(self, attachment_id: uuid.UUID) -> None: ...


class ThreadsPort(Protocol):
    def correspondence(self, record_id: uuid.UUID) -> list[ThreadSummary]: ...


class HistoryPort(Protocol):
    def history(self, record_id: uuid.UUID) -> list[HistoryEntry]: ...


class RecordContext(Protocol):
    """The editor a shared tab sits in, as the tab sees it: which record it shows (None
    while the record is new and not saved)."""

    @property
    def record_id(self) -> uuid.UUID | None: ...
