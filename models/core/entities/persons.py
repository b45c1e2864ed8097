"""Persons (POWs, detainees, missing persons) and everything recorded about them.

Fields follow GC III Art. 17, 120, 122 and the capture card (Annex IV B); see DOMAIN.md.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.core.entities.base import Base, Tracked, enum_column
from models.core.enums import (
    Annex1Category,
    CommissionDecision,
    Consent,
    Health,
    NameForm,
    PersonStatus,
    Reliability,
    Sex,
    SourceKind,
    StatusEventKind,
)
from models.core.partial_date import PartialDate


class Person(Base, Tracked):
    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_sort_name", "sort_name", "id"),  # the registry orders by name, then id
        Index("ix_person_status", "status"),
        Index("ix_person_health", "health"),
        Index("ix_person_capture_date", "capture_date"),
    )

    external_id: Mapped[str] = mapped_column(String(64), unique=True)
    # Identity (Art. 17): names as written in Ukrainian.
    surname: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[str] = mapped_column(String(150), default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    # Derived from the names by the services (models.names.collation), for alphabetical order in SQL.
    sort_name: Mapped[str] = mapped_column(String(400), default="")
    mother_maiden_name: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[Sex] = mapped_column(enum_column(Sex), default=Sex.UNKNOWN)
    date_of_birth: Mapped[PartialDate | None] = mapped_column(index=True)
    place_of_birth: Mapped[str] = mapped_column(String(200), default="")
    citizenship: Mapped[str] = mapped_column(String(64), default="")  # Power on which the person depends
    # Service.
    service_number: Mapped[str] = mapped_column(String(32), default="", index=True)
    rank: Mapped[str] = mapped_column(String(64), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    is_civilian: Mapped[bool] = mapped_column(default=False)
    # Status and health.
    status: Mapped[PersonStatus] = mapped_column(enum_column(PersonStatus), default=PersonStatus.MISSING)
    health: Mapped[Health | None] = mapped_column(enum_column(Health))
    annex1_category: Mapped[Annex1Category | None] = mapped_column(enum_column(Annex1Category, 8))
    consent_to_repatriation: Mapped[Consent] = mapped_column(enum_column(Consent), default=Consent.UNKNOWN)
    # Capture and detention.
    capture_date: Mapped[PartialDate | None]
    capture_place: Mapped[str] = mapped_column(String(200), default="")
    coming_from: Mapped[str] = mapped_column(String(200), default="")  # unit, camp, hospital
    detention_place: Mapped[str] = mapped_column(String(200), default="")
    prisoner_number: Mapped[str] = mapped_column(String(64), default="")
    address_for_correspondence: Mapped[str] = mapped_column(Text, default="")
    # Death (Art. 120, Annex IV D).
    death_date: Mapped[PartialDate | None]
    death_place: Mapped[str] = mapped_column(String(200), default="")
    death_cause: Mapped[str] = mapped_column(String(200), default="")
    burial_place: Mapped[str] = mapped_column(String(200), default="")
    grave: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class PersonName(Base, Tracked):
    """Another spelling of a person's name: Latin, Russian form, a list's typo ..."""

    __tablename__ = "person_name"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    form: Mapped[NameForm] = mapped_column(enum_column(NameForm))
    surname: Mapped[str] = mapped_column(String(100))
    given_names: Mapped[str] = mapped_column(String(150), default="")
    patronymic: Mapped[str] = mapped_column(String(100), default="")
    generated: Mapped[bool] = mapped_column(default=False)  # made by the app, not typed by a person


class PersonNameKey(Base):
    """The name engine's keys of one of a person's names (models.persons.name_index): derived
    by each office from the names, never logged or exchanged."""

    __tablename__ = "person_name_key"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)  # 0: the name itself; then other spellings
    keys: Mapped[str] = mapped_column(Text)  # NameKeys.dump()
    # what list matching compares besides the name, so a check reads this table alone (a
    # person's row is wide; 100,000 of them are slow to decrypt)
    external_id: Mapped[str] = mapped_column(String(64), default="")
    date_of_birth: Mapped[PartialDate | None]
    service_number: Mapped[str] = mapped_column(String(32), default="")


class PersonSearchTerm(Base):
    """One term registry search finds a person by (models.persons.name_index); derived."""

    __tablename__ = "person_search_term"
    # On SQLite the rows are the primary key's index itself (WITHOUT ROWID): a term's persons and
    # their sort keys are read in one range, and a search orders them without reading persons.
    __table_args__ = (Index("ix_person_search_term_person", "person_id"), {"sqlite_with_rowid": False})

    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    role: Mapped[str] = mapped_column(String(1), primary_key=True)  # s g p w i n
    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), primary_key=True)
    sort_name: Mapped[str] = mapped_column(String(400), default="")  # the person's (Person.sort_name)


class Source(Base, Tracked):
    """Where a piece of information came from, and how far it can be trusted."""

    __tablename__ = "source"

    person_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[SourceKind] = mapped_column(enum_column(SourceKind))
    description: Mapped[str] = mapped_column(Text, default="")
    reliability: Mapped[Reliability] = mapped_column(enum_column(Reliability), default=Reliability.UNCONFIRMED)
    received_on: Mapped[dt.date | None]


class StatusEvent(Base, Tracked):
    """One step of a person's story: captured, seen on video, transferred ..."""

    __tablename__ = "status_event"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[StatusEventKind] = mapped_column(enum_column(StatusEventKind))
    occurred_on: Mapped[PartialDate | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))
    reliability: Mapped[Reliability] = mapped_column(enum_column(Reliability), default=Reliability.UNCONFIRMED)


class HealthReport(Base, Tracked):
    """Periodic health report (weekly for the seriously ill or wounded, Art. 17 / Annex IV)."""

    __tablename__ = "health_report"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    reported_on: Mapped[dt.date]
    health: Mapped[Health] = mapped_column(enum_column(Health))
    annex1_category: Mapped[Annex1Category | None] = mapped_column(enum_column(Annex1Category, 8))
    description: Mapped[str] = mapped_column(Text, default="")
    source_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))


class MedicalCommissionDecision(Base, Tracked):
    """A Mixed Medical Commission decision (three members, by majority)."""

    __tablename__ = "medical_commission_decision"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    examined_on: Mapped[dt.date]
    decision: Mapped[CommissionDecision] = mapped_column(enum_column(CommissionDecision))
    annex1_category: Mapped[Annex1Category | None] = mapped_column(enum_column(Annex1Category, 8))
    members: Mapped[str] = mapped_column(Text, default="")
    votes_for: Mapped[int] = mapped_column(default=0)
    votes_against: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str] = mapped_column(Text, default="")


class NextOfKin(Base, Tracked):
    """Person to be informed (capture card) and other relatives who keep in touch."""

    __tablename__ = "next_of_kin"

    person_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relationship: Mapped[str] = mapped_column(String(64), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_person_to_inform: Mapped[bool] = mapped_column(default=False)
