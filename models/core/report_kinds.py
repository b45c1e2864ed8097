"""The reports Repatria prints, in one registry read by the GUI, the CLI's help and
``repatria report``. Pure data: importing it loads neither ReportLab nor the database."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple

from models.core.i18n import QT_TRANSLATE_NOOP


class ReportKind(StrEnum):
    PHASE_LIST = "phase-list"
    COMPLIANCE = "compliance"
    DOSSIER = "dossier"
    CAPTURE_CARD = "capture-card"
    STATISTICS = "statistics"
    EXCHANGE = "exchange"
    LETTERS = "letters"
    REMAINS_STATUS = "remains-status"
    IDENTIFICATION = "identification"
    DEATH_CERTIFICATE = "death-certificate"


class RecordKey(StrEnum):
    """What names the record a report is about, as the CLI's argument says it."""

    NONE = ""
    LIST_ID = "LIST_ID"
    PERSON_EXTERNAL_ID = "PERSON_EXTERNAL_ID"
    EXCHANGE_ID = "EXCHANGE_ID"
    THREAD_ID = "THREAD_ID"
    CASE_NUMBER = "CASE_NUMBER"

    @property
    def is_uuid(self) -> bool:
        return self in (RecordKey.LIST_ID, RecordKey.EXCHANGE_ID, RecordKey.THREAD_ID)


class ReportSpec(NamedTuple):  # not a dataclass: the CLI's --help reads it, and dataclasses load inspect
    kind: ReportKind
    record: RecordKey
    title: str  # English; the GUI translates it in the "ReportKind" context
    source: str  # the standard or practice the report follows


REPORTS: dict[ReportKind, ReportSpec] = {
    spec.kind: spec
    for spec in (
        ReportSpec(
            ReportKind.PHASE_LIST,
            RecordKey.LIST_ID,
            QT_TRANSLATE_NOOP("ReportKind", "Phase list"),
            "a list for the delegation, signed by both parties",
        ),
        ReportSpec(
            ReportKind.COMPLIANCE,
            RecordKey.LIST_ID,
            QT_TRANSLATE_NOOP("ReportKind", "Compliance report"),
            "every entry of a checked list with the reason per agreed criterion",
        ),
        ReportSpec(
            ReportKind.DOSSIER,
            RecordKey.PERSON_EXTERNAL_ID,
            QT_TRANSLATE_NOOP("ReportKind", "Dossier"),
            "the whole case of one person",
        ),
        ReportSpec(
            ReportKind.CAPTURE_CARD,
            RecordKey.PERSON_EXTERNAL_ID,
            QT_TRANSLATE_NOOP("ReportKind", "Capture card"),
            "GC III Annex IV B",
        ),
        ReportSpec(
            ReportKind.STATISTICS,
            RecordKey.NONE,
            QT_TRANSLATE_NOOP("ReportKind", "Registry statistics"),
            "counts and monthly charts",
        ),
        ReportSpec(
            ReportKind.EXCHANGE,
            RecordKey.EXCHANGE_ID,
            QT_TRANSLATE_NOOP("ReportKind", "Exchange-day reconciliation"),
            "expected against returned",
        ),
        ReportSpec(
            ReportKind.LETTERS,
            RecordKey.THREAD_ID,
            QT_TRANSLATE_NOOP("ReportKind", "Correspondence log"),
            "a thread and all its letters",
        ),
        ReportSpec(
            ReportKind.REMAINS_STATUS,
            RecordKey.NONE,
            QT_TRANSLATE_NOOP("ReportKind", "Identification status"),
            "where each remains batch stands",
        ),
        ReportSpec(
            ReportKind.IDENTIFICATION,
            RecordKey.CASE_NUMBER,
            QT_TRANSLATE_NOOP("ReportKind", "Identification report"),
            "INTERPOL DVI: PM and AM data, evidence, board decision",
        ),
        ReportSpec(
            ReportKind.DEATH_CERTIFICATE,
            RecordKey.CASE_NUMBER,
            QT_TRANSLATE_NOOP("ReportKind", "Death certificate"),
            "GC III Art. 120, Annex IV D",
        ),
    )
}
assert set(REPORTS) == set(ReportKind), "every report kind is registered"
