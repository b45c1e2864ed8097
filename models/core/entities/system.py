"""Offices, users, the change log, settings and content-addressed file storage."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.core.entities.base import Base, CanonicalJSON, Tracked, enum_column, utcnow
from models.core.enums import ChangeOp, OfficeKind, Role
from models.core.ids import new_id


class Setting(Base):
    """Database-wide settings (the local office, thresholds ...). Not personal data."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Office(Base, Tracked):
    __tablename__ = "office"

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    # The office's current trusted public keys for bundles (Ed25519 for signatures, base64 of
    # the raw 32 bytes; age X25519 for encryption, "age1..."): ours, or those of the card we
    # trusted. A change of them is logged like any other edit.
    signing_public_key: Mapped[str | None] = mapped_column(String(128))
    age_recipient: Mapped[str | None] = mapped_column(String(128))
    kind: Mapped[OfficeKind] = mapped_column(enum_column(OfficeKind, 16), default=OfficeKind.REGIONAL)


class OfficeCard(Base, Tracked):
    """A signed office card as received and trusted (models.bundles.cards): one row per card
    version of an office, so a rotation's chain of keys stays readable and a rollback to an
    older card is refused. Trusting, rotating and revoking are logged edits of these rows."""

    __tablename__ = "office_card"
    __table_args__ = (UniqueConstraint("office_id", "version", name="office_card_version"),)

    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    version: Mapped[int]
    key_id: Mapped[str] = mapped_column(String(64), index=True)
    envelope: Mapped[str] = mapped_column(Text)  # the DSSE envelope as received: verifiable again
    fingerprint: Mapped[str] = mapped_column(String(80))
    trusted_by: Mapped[str] = mapped_column(String(64), default="")
    how_trusted: Mapped[str] = mapped_column(String(16), default="fingerprint")  # or "rotation"
    # Revocation (BUNDLES.md): "key K is trusted up to sequence N", signed by headquarters.
    revoked_after_seq: Mapped[int | None]
    revocation: Mapped[str | None] = mapped_column(Text)


class OfficeChain(Base):
    """A later chain of an office's change events: an epoch (models.core.chains).

    An office's first chain is keyed by the office's own id and has no row here. A database
    restored from a backup has lost the events it made after the backup, which other offices
    may hold: writing on under the same sequence numbers would be a fork. So a restore starts
    a new chain with an id of its own, which follows the restored head (``follows_*``).
    Other offices learn of it from the bundles' signed manifests (``epochs``). Not a logged
    record: bookkeeping about the change log, like the log's own chain heads."""

    __tablename__ = "office_chain"

    chain_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    office_id: Mapped[uuid.UUID] = mapped_column(index=True)
    epoch: Mapped[int]  # 2 for the first restore; the first chain is epoch 1
    started_here: Mapped[bool] = mapped_column(default=False)  # by this database's restore
    follows_chain_id: Mapped[uuid.UUID | None]
    follows_seq: Mapped[int | None]  # the last event of the chain it follows, as restored
    follows_hash: Mapped[str | None] = mapped_column(String(64))
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OfficeKey(Base):
    """Our office's private keys, inside the encrypted database so that its key slots protect
    them. Never a logged record: the change log travels in bundles, private keys never do.
    A rotated key is kept (``retired_at`` set) to read the bundles sent before the rotation."""

    __tablename__ = "office_key"

    key_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    office_id: Mapped[uuid.UUID]
    signing_private_key: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519, raw 32 bytes
    age_identity: Mapped[str] = mapped_column(Text)  # "AGE-SECRET-KEY-1..."
    card_version: Mapped[int]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    retired_at: Mapped[dt.datetime | None]
    # Headquarters' countersignatures of this key's card, as [{"keyid", "sig"}] (base64).
    countersignatures: Mapped[str] = mapped_column(Text, default="[]")


class UserAccount(Base, Tracked):
    __tablename__ = "user_account"

    name: Mapped[str] = mapped_column(String(64), unique=True)  # login name
    full_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(enum_column(Role))
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"))
    active: Mapped[bool] = mapped_column(default=True)


class ChangeEvent(Base):
    """One immutable entry of the hash-chained change log (DESIGN.md, "Change log").

    ``changes`` maps each field to ``[old, new]``. ``hash`` is the SHA-256 of the
    event's canonical JSON including ``prev_hash``, so editing or removing any
    earlier event breaks every later link of that office's chain.
    """

    __tablename__ = "change_event"
    __table_args__ = (
        UniqueConstraint("office_id", "seq", name="office_seq"),
        Index("ix_change_event_record", "entity", "record_id"),
        Index("ix_change_event_at", "at"),  # "recent changes"
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    # No foreign key: events of offices we have not registered yet may arrive in bundles
    # (they are quarantined, but kept), and the log must not depend on any other table.
    office_id: Mapped[uuid.UUID]
    seq: Mapped[int]
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]
    op: Mapped[ChangeOp] = mapped_column(enum_column(ChangeOp, 8))
    changes: Mapped[dict[str, Any]] = mapped_column(CanonicalJSON())
    author_id: Mapped[uuid.UUID | None]
    author_name: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
    # The person the change is about (for a person's history); an index, outside the hash.
    subject_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    # What the office had seen of the record when it made the change: the record's version
    # vector (office id -> the last of that office's events applied to it), hashed with the
    # event. Bundles decide by it whether two offices' changes were concurrent (a conflict) or
    # one was made on top of the other. None for a create (it follows nothing) and for events
    # written before it existed (those are judged by their values).
    context: Mapped[dict[str, int] | None] = mapped_column(CanonicalJSON(), default=None)


class Blob(Base):
    """File content stored once per SHA-256, however many records attach it."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base, Tracked):
    """A file attached to any record (person, remains case, letter ...)."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_entity", "owner_id"),)

    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    owner_entity: Mapped[str] = mapped_column(String(64))
    owner_id: Mapped[uuid.UUID]
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    description: Mapped[str] = mapped_column(Text, default="")
