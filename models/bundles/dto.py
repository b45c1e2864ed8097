"""What the bundle feature hands to the GUI, the CLI and the reports: plain values."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

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


@dataclass(frozen=True)
class OfficeCardDocument:
    """An office card to print (reports.office_card): its facts and the card file itself."""

    office: OfficeView
    valid_from: dt.datetime
    previous_key_id: str | None
    age_recipient: str
    card_json: str  # the whole file, which the QR code carries
    printed_at: dt.datetime
