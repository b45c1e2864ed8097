"""What the bundle feature hands to the GUI, the CLI and the reports: plain values."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass
from typing import Any

from models.core.enums import OfficeKind


@dataclass(frozen=True)
class OfficeView:
    """An office as this database knows it: ours (``local``) or one whose card we trusted."""

    office_id: uuid.UUID
    code: str
    name: str
    kind: OfficeKind
    local: bool
    key_id: str | None  # None: an office we know of without a trusted card
    fingerprint: str | None  # 60 digits in groups of five
    card_version: int | None
    trusted_by: str | None
    trusted_at: dt.datetime | None
    how_trusted: str | None  # "fingerprint" (compared by a person) or "rotation" (signed by the old key)
    countersigned_by_hq: bool
    revoked_after_seq: int | None


@dataclass(frozen=True)
class CardPreview:
    """A card file as read, before anyone trusts it: what the dialog and ``trust`` show."""

    office_id: uuid.UUID
    code: str
    name: str
    kind: OfficeKind
    version: int
    key_id: str
    fingerprint: str
    valid_from: dt.datetime
    previous_key_id: str | None
    own_office: bool  # the card is of this database's own office (a countersigned copy back)
    known_office: bool
    rotation_of_trusted_key: bool  # signed by the key we trust for that office: no telephone needed
    countersigned_by_hq: bool
    held_version: int | None = None  # the version of this office's card we trust (None: none)


@dataclass(frozen=True)
class OfficeCardDocument:
    """An office card to print (reports.office_card): its facts and the card file itself."""

    office: OfficeView
    valid_from: dt.datetime
    previous_key_id: str | None
    age_recipient: str
    card_json: str  # the whole file, which the QR code carries
    printed_at: dt.datetime


@dataclass(frozen=True)
class ImportResult:
    """What ``bundles import --json`` prints (``as_json``)."""

    bundle_id: uuid.UUID | None
    sender: str | None  # the sending office's code
    result: str  # applied, already_imported, held, quarantined, refused
    reason_code: str | None
    reason: str
    counts: dict[str, int]
    missing: str | None = None  # "bundles 14-15 from KHARKIV are missing"
    conflict_ids: tuple[uuid.UUID, ...] = ()
    dry_run: bool = False
    # For the interface's language: a refusal's message id and fields (reason is the English);
    # the missing bundles' numbers, first and last
    reason_id: str = ""
    reason_args: dict[str, Any] | None = None
    missing_numbers: tuple[int, int] | None = None
    # Numbers two offices gave to two records (models.bundles.apply.Renumbered.as_json)
    renumbered: tuple[dict[str, str], ...] = ()
    # The sender's new epoch when this bundle is the first since it was restored from a backup
    sender_restored_epoch: int | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle_id": None if self.bundle_id is None else str(self.bundle_id),
            "from": self.sender,
            "result": self.result,
            "reason_code": self.reason_code,
            "reason": self.reason,
            "counts": self.counts,
            "missing": self.missing,
            "dry_run": self.dry_run,
            "renumbered": list(self.renumbered),
            "sender_restored_epoch": self.sender_restored_epoch,
        }


@dataclass(frozen=True)
class ChannelStatus:
    office_id: uuid.UUID
    code: str
    name: str
    sent_seq: int  # our last bundle's number to it
    received_seq: int  # its last bundle's number to us
    last_sent_at: dt.datetime | None
    last_received_at: dt.datetime | None
    acknowledged: dict[str, int]  # what it said it holds, by office code
    waiting: int  # our events it has not acknowledged
    missing: str | None
    held: int
    missing_numbers: tuple[tuple[int, int], ...] = ()  # the same, as (first, last) runs
    sent_count: int = 0  # bundles sent to it, in all
    received_count: int = 0  # bundles received from it and not refused, in all
    # of those, the ones since this office (sent) or that one (received) was last restored from
    # a backup: a restored office numbers its channels afresh
    sent_count_this_epoch: int = 0
    received_count_this_epoch: int = 0
    profile: str = "full"  # what our bundles to it carry; "full" sends chains, others whole copies


@dataclass(frozen=True)
class ConflictSide:
    """One of the concurrent changes of a field in conflict."""

    value: Any
    office: str | None  # the office's code
    author: str
    at: dt.datetime | None

    def as_json(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "office": self.office,
            "author": self.author,
            "at": None if self.at is None else self.at.isoformat(),
        }


@dataclass(frozen=True)
class ConflictView:
    """One open conflict, as ``conflicts list --json`` and the queue show it."""

    conflict_id: uuid.UUID
    record_kind: str
    record_id: uuid.UUID
    person_external_id: str | None
    field: str
    ours: Any
    theirs: Any
    provisional: Any
    owner_office: str | None  # the owning office's code
    ours_office: str | None
    theirs_office: str | None
    ours_author: str
    theirs_author: str
    ours_at: dt.datetime | None
    theirs_at: dt.datetime
    opened_at: dt.datetime
    sides: tuple[ConflictSide, ...] = ()  # every concurrent change, oldest first: two, or more

    def others(self) -> list[ConflictSide]:
        """Every side but ours: theirs, and a third office's and more."""
        ours = (self.ours_office, json.dumps(self.ours))
        others = [side for side in self.sides if (side.office, json.dumps(side.value)) != ours]
        return others or [ConflictSide(self.theirs, self.theirs_office, self.theirs_author, self.theirs_at)]

    def as_json(self) -> dict[str, Any]:
        return {
            "conflict_id": str(self.conflict_id),
            "record_kind": self.record_kind,
            "record_id": str(self.record_id),
            "person_external_id": self.person_external_id,
            "field": self.field,
            "ours": self.ours,
            "theirs": self.theirs,
            "owner_office": self.owner_office,
            "provisional": self.provisional,
            "ours_office": self.ours_office,
            "theirs_office": self.theirs_office,
            "ours_author": self.ours_author,
            "theirs_author": self.theirs_author,
            "ours_at": None if self.ours_at is None else self.ours_at.isoformat(),
            "theirs_at": self.theirs_at.isoformat(),
            "opened_at": self.opened_at.isoformat(),
            "sides": [side.as_json() for side in self.sides],
        }


@dataclass(frozen=True)
class ConfirmationView:
    event_id: uuid.UUID
    kind: str  # identification, death, dna_match
    office: str
    record_kind: str
    record_id: uuid.UUID
    person_external_id: str | None
    changes: dict[str, Any]
    author: str
    at: dt.datetime
