"""DTOs of the shared core: attachments and the change log's verification."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class AttachmentDTO:
    id: uuid.UUID
    owner_entity: str
    owner_id: uuid.UUID
    filename: str
    media_type: str
    description: str
    blob_sha256: str


@dataclass(frozen=True)
class ChainProblem:
    event_id: uuid.UUID
    office_id: uuid.UUID
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"event {self.event_id} (office {self.office_id}, seq {self.seq}): {self.reason}"


@dataclass(frozen=True)
class ChainReport:
    events: int
    offices: int
    problem: ChainProblem | None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int  # bytes of the database file
    events: int  # change events in the copy, its chain verified
    removed: tuple[Path, ...]  # older backups removed by the retention rule
    # backups of this database dated after now (a clock that was wrong): not counted, not removed
    future: tuple[Path, ...] = ()
    # users whose key slot is damaged in the database and so in the backup (KeySlots.damaged_slots)
    damaged_slots: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    events: int
    replaced: Path | None  # where the database that was at the target now is
    # The restored office's new epoch (models.core.chains): its changes go to a new chain.
    epoch: int = 1
    # The database kept aside was another database than the backup's (another office's, say)
    other_database: bool = False
    # changes of the database replaced that were never sent to another office: lost with it
    unsent: int = 0
    # office keys made after the backup (a key rotation), brought from the database replaced
    keys_brought: int = 0
    # the database replaced did not open with the password given (changed since the backup):
    # its never-sent changes could not be counted nor its newer keys taken
    replaced_unread: bool = False
