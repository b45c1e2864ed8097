"""What office bundles keep (models.bundles): the bundles sent and received, what each office
said it holds, events waiting for a gap to be filled, conflicts and confirmations. None of
these is a logged record: they are bookkeeping about the change log, kept beside it."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import ClassVar

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.core.entities.base import Base, utcnow
from models.core.ids import new_id


class BundleRecord(Base):
    """A bundle made for another office (``out``) or read from one (``in``), whatever became of it."""

    __tablename__ = "bundle_record"
    __table_args__ = (Index("ix_bundle_record_channel", "peer_office_id", "direction", "channel_seq"),)

    bundle_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    peer_office_id: Mapped[uuid.UUID]
    channel_seq: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))  # of the file as carried
    manifest_sha256: Mapped[str | None] = mapped_column(String(64))  # of its signed manifest (received ones)
    prev_sha256: Mapped[str | None] = mapped_column(String(64))
    profile: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime]  # by the sender
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    result: Mapped[str] = mapped_column(String(16))
    reason_code: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    counts: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    # The sender's chain and its epoch (models.core.chains): a restored office numbers its
    # channels afresh in each new chain. None for bundles recorded before: the office's first.
    epoch: Mapped[int | None]
    chain: Mapped[uuid.UUID | None]


class OfficeHolding(Base):
    """What an office said (in its last bundle) it holds of each office's chain: up to which
    sequence number, without a gap. Our next bundle to it carries the rest."""

    __tablename__ = "office_holding"

    holder_office_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    chain_office_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    up_to_seq: Mapped[int]
    reported_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class HeldEvent(Base):
    """An event that arrived after a gap in its office's chain: verified, kept as received,
    applied when the missing events arrive."""

    __tablename__ = "held_event"

    office_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))
    bundle_id: Mapped[uuid.UUID]
    line: Mapped[str] = mapped_column(Text)  # the event's JSON line from the bundle
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Conflict(Base):
    """The same field changed by two offices, neither knowing of the other's change. Every
    office shows the same provisional value (the later change); the owning office or
    headquarters resolves it with an ordinary edit, which closes it everywhere."""

    __tablename__ = "conflict"
    __table_args__ = (Index("ix_conflict_field", "entity", "record_id", "field"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]
    field: Mapped[str] = mapped_column(String(64))  # "(deleted)" for an edit against a delete
    person_id: Mapped[uuid.UUID | None]
    ours: Mapped[str] = mapped_column(Text)  # JSON values
    theirs: Mapped[str] = mapped_column(Text)
    provisional: Mapped[str] = mapped_column(Text)
    ours_event_id: Mapped[uuid.UUID | None]
    theirs_event_id: Mapped[uuid.UUID]
    ours_office_id: Mapped[uuid.UUID | None]
    theirs_office_id: Mapped[uuid.UUID]
    ours_author: Mapped[str] = mapped_column(String(64), default="")
    theirs_author: Mapped[str] = mapped_column(String(64), default="")
    ours_at: Mapped[dt.datetime | None]
    theirs_at: Mapped[dt.datetime]
    owner_office_id: Mapped[uuid.UUID | None]
    opened_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[dt.datetime | None]
    closed_by_event_id: Mapped[uuid.UUID | None]
    # every change of the frontier, JSON [{value, office_id, author, at, event_id}] (None: ours and theirs)
    sides: Mapped[str | None] = mapped_column(Text)


class PendingConfirmation(Base):
    """An identification, a death or a DNA match from another office: stored in its chain (or,
    from a filtered copy, kept here as ``record``), applied only once a person confirms it."""

    __tablename__ = "pending_confirmation"

    event_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    office_id: Mapped[uuid.UUID]
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]
    person_id: Mapped[uuid.UUID | None]
    # identification, death, dna_match; "follows": a change waiting only behind an earlier one
    kind: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_at: Mapped[dt.datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(64))
    decision: Mapped[str | None] = mapped_column(String(16))  # confirmed, rejected, followed
    # A change carried by a filtered copy (no event): the fields to write once confirmed, JSON.
    record: Mapped[str | None] = mapped_column(Text)


class BundleProfile(Base):
    """A need-to-know profile as an admin set it (models.bundles.profiles; the built-in ones
    apply until changed). ``definition`` is its JSON."""

    __tablename__ = "bundle_profile"

    # Its changes are logged under a name-based id (the same in every database), as settings
    # are: the change log holds who changed what an office is sent (models.bundles.profiles).
    NAMESPACE: ClassVar[uuid.UUID] = uuid.UUID("3b1e7d52-5f0c-5e8e-9a41-6c2f0d8b7a19")

    @classmethod
    def record_id(cls, name: str) -> uuid.UUID:
        return uuid.uuid5(cls.NAMESPACE, name)

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    definition: Mapped[str] = mapped_column(Text)
