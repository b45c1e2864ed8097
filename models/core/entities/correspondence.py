"""Clarification correspondence: counterparties, threads, letters and what they concern."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.core.entities.base import Base, Tracked, enum_column
from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection, ThreadState


class Counterparty(Base, Tracked):
    __tablename__ = "counterparty"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[CounterpartyKind] = mapped_column(enum_column(CounterpartyKind))
    address: Mapped[str] = mapped_column(Text, default="")


class CorrespondenceThread(Base, Tracked):
    __tablename__ = "correspondence_thread"

    counterparty_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("counterparty.id"), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    state: Mapped[ThreadState] = mapped_column(enum_column(ThreadState), default=ThreadState.DRAFT)
    due_on: Mapped[dt.date | None]


class ThreadLink(Base, Tracked):
    """What a thread concerns: a person, list entry, list, agreement or remains case."""

    __tablename__ = "thread_link"
    __table_args__ = (
        UniqueConstraint("thread_id", "entity", "record_id", name="thread_record"),
        Index("ix_thread_link_record", "entity", "record_id"),
    )

    thread_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("correspondence_thread.id", ondelete="CASCADE"))
    entity: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[uuid.UUID]


class Letter(Base, Tracked):
    __tablename__ = "letter"

    thread_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("correspondence_thread.id"), index=True)
    direction: Mapped[LetterDirection] = mapped_column(enum_column(LetterDirection, 8))
    our_reference: Mapped[str | None] = mapped_column(String(32), unique=True)  # e.g. CL-2025/0147
    their_reference: Mapped[str] = mapped_column(String(100), default="")
    sent_on: Mapped[dt.date | None]
    received_on: Mapped[dt.date | None]
    channel: Mapped[LetterChannel] = mapped_column(enum_column(LetterChannel), default=LetterChannel.OTHER)
    language: Mapped[str] = mapped_column(String(8), default="uk")
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    registered_by: Mapped[str] = mapped_column(String(64), default="")
    corrects_letter_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("letter.id"))
