"""Agreements with versioned criteria, phases and commitments; lists; exchanges."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.core.entities.base import Base, Tracked, enum_column
from models.core.enums import CriteriaMatch, EntryMatchState, ExchangeDirection, Sex, Side
from models.core.partial_date import PartialDate


class Agreement(Base, Tracked):
    __tablename__ = "agreement"

    title: Mapped[str] = mapped_column(String(300))
    signed_on: Mapped[dt.date | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    parties: Mapped[str] = mapped_column(Text, default="")
    mediator: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class CriteriaVersion(Base, Tracked):
    """The agreed criteria, as data. A changed framework is a new version, never an edit.

    ``criteria`` is a list like ``[{"kind": "under_age", "age": 25, "on": "2025-06-02"},
    {"kind": "health", "categories": ["seriously_wounded"]}]`` combined by ``match``.
    """

    __tablename__ = "criteria_version"
    __table_args__ = (UniqueConstraint("agreement_id", "version", name="agreement_version"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    match: Mapped[CriteriaMatch] = mapped_column(enum_column(CriteriaMatch, 8))
    criteria: Mapped[list[Any]]
    effective_from: Mapped[dt.date | None]
    note: Mapped[str] = mapped_column(Text, default="")


class AgreementPhase(Base, Tracked):
    __tablename__ = "agreement_phase"
    __table_args__ = (UniqueConstraint("agreement_id", "number", name="agreement_phase_number"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    planned_on: Mapped[dt.date | None]
    description: Mapped[str] = mapped_column(Text, default="")


class Commitment(Base, Tracked):
    __tablename__ = "commitment"

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    side: Mapped[Side] = mapped_column(enum_column(Side, 8))
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None]
    fulfilled_on: Mapped[dt.date | None]
    evidence: Mapped[str] = mapped_column(Text, default="")


class ExchangeList(Base, Tracked):
    """One side's list for an agreement and phase; its contents live in versions."""

    __tablename__ = "exchange_list"
    __table_args__ = (UniqueConstraint("agreement_id", "side", "phase_number", name="agreement_side_phase"),)

    agreement_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("agreement.id"), index=True)
    side: Mapped[Side] = mapped_column(enum_column(Side, 8))
    phase_number: Mapped[int | None]
    title: Mapped[str] = mapped_column(String(300), default="")


class ListVersion(Base, Tracked):
    __tablename__ = "list_version"
    __table_args__ = (UniqueConstraint("list_id", "version", name="list_version_number"),)

    list_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exchange_list.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    received_on: Mapped[dt.date | None]
    source_filename: Mapped[str] = mapped_column(String(255), default="")
    source_sha256: Mapped[str] = mapped_column(String(64), default="")
    criteria_version_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("criteria_version.id"))
    column_mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Submitted: a locked version is never edited, only superseded by a new version.
    locked_at: Mapped[dt.datetime | None]
    locked_by: Mapped[str] = mapped_column(String(64), default="")


class ListEntry(Base, Tracked):
    """One line of a list. ``raw`` keeps every cell exactly as written, by header."""

    __tablename__ = "list_entry"
    __table_args__ = (
        UniqueConstraint("list_version_id", "row_number", name="list_entry_row"),
        Index("ix_list_entry_person", "person_id"),
    )

    list_version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("list_version.id", ondelete="CASCADE"), index=True)
    row_number: Mapped[int]
    raw: Mapped[dict[str, Any]]
    surname: Mapped[str] = mapped_column(String(100), default="")
    given_names: Mapped[str] = mapped_column(String(150), default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[PartialDate | None]
    date_of_birth_ambiguous: Mapped[bool] = mapped_column(default=False)  # day/month could be swapped
    service_number: Mapped[str] = mapped_column(String(32), default="")
    rank: Mapped[str] = mapped_column(String(64), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    match_state: Mapped[EntryMatchState] = mapped_column(
        enum_column(EntryMatchState), default=EntryMatchState.UNMATCHED
    )
    match_score: Mapped[float | None]
    candidates: Mapped[list[Any]] = mapped_column(default=list)  # ranked, each with its score and reasons
    flags: Mapped[list[Any]] = mapped_column(default=list)  # duplicate on the list, on both sides, returned ...
    compliant: Mapped[bool | None]
    compliance: Mapped[list[Any]] = mapped_column(default=list)  # one verdict with reason per criterion
    sheet_row: Mapped[int | None]  # the row as the spreadsheet shows it
    sex: Mapped[Sex] = mapped_column(enum_column(Sex, 8), default=Sex.UNKNOWN)  # as the list gives it
    reading_flags: Mapped[list[Any]] = mapped_column(default=list)  # what reading the line assumed


class Exchange(Base, Tracked):
    __tablename__ = "exchange"

    agreement_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    phase_number: Mapped[int | None]
    held_on: Mapped[dt.date]
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ExchangeParticipant(Base, Tracked):
    """Who was expected in an exchange and whether they actually came."""

    __tablename__ = "exchange_participant"

    exchange_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("exchange.id", ondelete="CASCADE"), index=True)
    direction: Mapped[ExchangeDirection] = mapped_column(enum_column(ExchangeDirection, 8))
    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"), index=True)
    list_entry_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("list_entry.id", ondelete="SET NULL"))
    name_as_listed: Mapped[str] = mapped_column(String(300), default="")
    expected: Mapped[bool] = mapped_column(default=True)
    returned: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
