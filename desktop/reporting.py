"""Reports as the user asks for them: read the data in one unit of work, turn it into the
report DTOs, and let reports/ write the PDF. The GUI and the CLI both come through here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable
from enum import StrEnum

from desktop import remains_reports
from models.core.attachments import attachment_data, attachments_of
from models.core.collation import sort_key
from models.core.db import Database
from models.core.enums import Health, LetterChannel, LetterDirection, PersonStatus, Sex, Side, ThreadState
from models.core.errors import NotFoundError
from models.core.partial_date import PartialDate
from models.correspondence.service import thread_letters, thread_summaries, thread_summary
from models.lists import service as lists_service
from models.lists.compliance import HEALTH_GROUP_UK, HEALTH_UK
from models.lists.exchange_day import ExchangeRecord, exchange_record
from models.lists.printout import ListPrintout, list_printout, person_on_lists
from models.office.info import PrintContext, print_context
from models.persons.dashboard import dashboard
from models.persons.service import (
    NextOfKinDTO,
    PersonDTO,
    find_by_external_id,
    names,
    next_of_kin,
    rows_by_id,
    status_events,
)
from reports import remains as remains_pdf
from reports.capture_card import build_capture_card
from reports.compliance import build_compliance
from reports.dossier import build_dossier
from reports.dto import (
    CaptureCard,
    ComplianceReport,
    ComplianceRow,
    Count,
    Dossier,
    ExchangeLine,
    ExchangeReport,
    LetterEntry,
    LettersReport,
    PhaseList,
    PhaseListRow,
    ReportContext,
    Statistics,
)
from reports.exchange import build_exchange
from reports.letters import build_letters
from reports.phase_list import build_phase_list
from reports.statistics import build_statistics

SIDE_TEXT = {Side.OURS: ("наш список", "our list"), Side.THEIRS: ("список іншої сторони", "the other side's list")}


THREAD_STATE_TEXT = {
    ThreadState.DRAFT: "чернетка / draft",
    ThreadState.SENT: "надіслано / sent",
    ThreadState.AWAITING_REPLY: "очікує відповіді / awaiting reply",
    ThreadState.ANSWERED: "отримано відповідь / answered",
    ThreadState.CLOSED: "закрито / closed",
}
CHANNEL_TEXT = {
    LetterChannel.DIPLOMATIC_NOTE: "дипломатична нота / note",
    LetterChannel.EMAIL: "ел. пошта / e-mail",
    LetterChannel.THROUGH_ICRC: "через МКЧХ / via ICRC",
    LetterChannel.AT_MEETING: "на зустрічі / at a meeting",
    LetterChannel.OTHER: "інше / other",
}

# The dossier's fields, in the order of the person editor: (attribute, Ukrainian, English).
DOSSIER_FIELDS = (
    ("external_id", "Номер запису", "Record id"),
    ("surname", "Прізвище", "Surname"),
    ("given_names", "Ім'я", "Given names"),
    ("patronymic", "По батькові", "Patronymic"),
    ("mother_maiden_name", "Дівоче прізвище матері", "Mother's maiden name"),
    ("sex", "Стать", "Sex"),
    ("date_of_birth", "Дата народження", "Date of birth"),
    ("place_of_birth", "Місце народження", "Place of birth"),
    ("citizenship", "Громадянство", "Citizenship"),
    ("service_number", "Особистий номер", "Service number"),
    ("rank", "Звання", "Rank"),
    ("unit", "Військова частина", "Unit"),
    ("is_civilian", "Цивільна особа", "Civilian"),
    ("status", "Статус", "Status"),
    ("health", "Стан здоров'я", "Health"),
    ("annex1_category", "Категорія додатка I", "Annex I category"),
    ("consent_to_repatriation", "Згода на репатріацію", "Consent to repatriation"),
    ("capture_date", "Дата полону", "Capture date"),
    ("capture_place", "Місце полону", "Capture place"),
    ("coming_from", "Звідки", "Coming from"),
    ("detention_place", "Місце утримання", "Place of detention"),
    ("prisoner_number", "Номер військовополоненого", "Prisoner number"),
    ("address_for_correspondence", "Адреса для листування", "Address for correspondence"),
    ("death_date", "Дата смерті", "Date of death"),
    ("death_place", "Місце смерті", "Place of death"),
    ("death_cause", "Причина смерті", "Cause of death"),
    ("burial_place", "Місце поховання", "Burial place"),
    ("grave", "Могила", "Grave"),
    ("notes", "Примітки", "Notes"),
)
PHOTO_TYPES = ("image/jpeg", "image/png")


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _field_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "так / yes" if value else ""
    if isinstance(value, PartialDate):
        return value.dotted()
    if isinstance(value, PersonStatus):
        return " / ".join(STATUS_TEXT[value])
    if isinstance(value, Health):
        return f"{HEALTH_UK[value]} / {value.value.replace('_', ' ')}"
    if isinstance(value, Sex):
        return {Sex.MALE: "чоловіча / male", Sex.FEMALE: "жіноча / female"}.get(value, "")
    if isinstance(value, StrEnum):
        return "" if value.value == "unknown" else value.value.replace("_", " ")
    return str(value)


STATUS_TEXT = {
    PersonStatus.MISSING: ("зниклі безвісти", "missing"),
    PersonStatus.CAPTURED: ("у полоні", "captured"),
    PersonStatus.CAPTURED_UNCONFIRMED: ("у полоні (не підтверджено)", "captured (unconfirmed)"),
    PersonStatus.RETURNED: ("повернуті", "returned"),
    PersonStatus.DECEASED: ("загиблі", "deceased"),
    PersonStatus.UNKNOWN: ("невідомо", "unknown"),
}


def report_context(printed: PrintContext, now: dt.datetime | None = None, marking: str | None = None) -> ReportContext:
    head = printed.head
    log_head = (
        f"журнал / log: подія / event {head.event_id} · {head.hash[:16]}" if head else "журнал порожній / empty log"
    )
    context = ReportContext(printed.office, now or dt.datetime.now().astimezone(), log_head)
    chosen = marking if marking is not None else printed.marking
    return context if chosen is None else dataclasses.replace(context, marking=chosen)


def phase_list_dto(printout: ListPrintout) -> PhaseList:
    side_uk, side_en = SIDE_TEXT[printout.side]
    ordered = sorted(printout.entries, key=lambda e: (sort_key(e.surname, e.given_names, e.patronymic), e.row))
    return PhaseList(
        printout.agreement,
        side_uk,
        side_en,
        printout.phase,
        printout.version,
        [
            PhaseListRow(
                number,
                e.surname,
                e.given_names,
                e.patronymic,
                e.date_of_birth,
                e.service_number,
                e.rank,
                e.category,
            )
            for number, e in enumerate(ordered, start=1)
        ],
    )


def compliance_dto(
    printout: ListPrintout, result: lists_service.CheckResult, people: dict[uuid.UUID, str]
) -> ComplianceReport:
    side_uk, side_en = SIDE_TEXT[printout.side]
    joiner = " або / or " if printout.criteria_match == "any" else " і / and "
    return ComplianceReport(
        printout.agreement,
        joiner.join(printout.criteria) if printout.criteria else "",
        side_uk,
        side_en,
        printout.phase,
        result.version,
        [
            ComplianceRow(
                e.row,
                e.raw_name,
                e.raw_date_of_birth,
                e.public_state,
                people.get(e.person_id, "") if e.person_id else "",
                e.compliant,
                [v.reason_uk or v.reason for v in e.verdicts],
                [v.reason for v in e.verdicts],
            )
            for e in result.entries
        ],
    )


def _dotted(value: PartialDate | None) -> str:
    return value.dotted() if value is not None else ""


def capture_card_dto(person: PersonDTO, kin: list[NextOfKinDTO]) -> CaptureCard:
    informed = next((k for k in kin if k.is_person_to_inform), kin[0] if kin else None)
    family = ", ".join(part for part in (informed.name, informed.address) if part) if informed else ""
    # The card knows "sick" but not "seriously ill": the nearer state is ticked.
    health = Health.SICK if person.health is Health.SERIOUSLY_ILL else person.health
    return CaptureCard(
        person.external_id,
        person.citizenship,
        person.surname,
        person.given_names,
        person.patronymic,
        person.mother_maiden_name,
        _dotted(person.date_of_birth),
        person.place_of_birth,
        person.rank,
        person.service_number,
        person.unit,
        family or person.address_for_correspondence,
        _dotted(person.capture_date),
        person.capture_place,
        person.coming_from,
        health.value if health is not None else "",
        person.prisoner_number,
        person.detention_place,
    )


def exchange_dto(record: ExchangeRecord) -> ExchangeReport:
    return ExchangeReport(
        record.agreement,
        record.phase,
        record.held_on.strftime("%d.%m.%Y"),
        record.place,
        [ExchangeLine(line.name, line.external_id, line.expected, line.returned) for line in record.home],
        record.handed_over,
        [(p.phase, p.returned, p.handed_over) for p in record.parity],
    )


class ReportsFacade:
    """Builds each report from the database; the returned bytes are a finished PDF."""

    def __init__(
        self, db: Database, clock: Callable[[], dt.datetime] | None = None, marking: str | None = None
    ) -> None:
        self._db = db
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self._marking = marking  # overrides the office's setting for these reports

    def build(self, kind: str, record_id: str) -> bytes:
        if kind == "phase-list":
            return self.phase_list(uuid.UUID(record_id))
        if kind == "compliance":
            return self.compliance(uuid.UUID(record_id))
        if kind == "capture-card":
            return self.capture_card(record_id)
        if kind == "statistics":
            return self.statistics()
        if kind == "exchange":
            return self.exchange(uuid.UUID(record_id))
        if kind == "dossier":
            return self.dossier(record_id)
        if kind == "letters":
            return self.letters(uuid.UUID(record_id))
        if kind in ("remains-status", "identification", "death-certificate"):
            return self.remains(kind, record_id)
        raise ValueError(f"unknown report kind {kind!r}")

    def remains(self, kind: str, case_number: str) -> bytes:
        with self._db.read() as session:
            context = report_context(print_context(session), self._clock(), self._marking)
            if kind == "remains-status":
                return remains_pdf.build_remains_status(context, remains_reports.remains_status(session))
            if kind == "identification":
                report = remains_reports.identification_report(session, case_number)
                return remains_pdf.build_identification_report(context, report)
            certificate = remains_reports.death_certificate(session, case_number)
        return remains_pdf.build_death_certificate(context, certificate)

    def phase_list(self, list_id: uuid.UUID) -> bytes:
        with self._db.read() as session:
            printout = list_printout(session, list_id)
            context = report_context(print_context(session), self._clock(), self._marking)
        return build_phase_list(context, phase_list_dto(printout))

    def compliance(self, list_id: uuid.UUID) -> bytes:
        with self._db.read() as session:
            printout = list_printout(session, list_id)
            result = lists_service.list_results(session, list_id)
            rows = rows_by_id(session, [e.person_id for e in result.entries if e.person_id is not None])
            context = report_context(print_context(session), self._clock(), self._marking)
        people = {
            pid: f"{row.external_id} {row.surname} {row.given_names} {row.patronymic}".strip()
            for pid, row in rows.items()
        }
        return build_compliance(context, compliance_dto(printout, result, people))

    def capture_card(self, external_id: str) -> bytes:
        with self._db.read() as session:
            person = find_by_external_id(session, external_id)
            if person is None:
                raise NotFoundError(f"no person with the record id {external_id!r}")
            kin = next_of_kin(session, person.id)
            context = report_context(print_context(session), self._clock(), self._marking)
        return build_capture_card(context, capture_card_dto(person, kin))

    def statistics(self) -> bytes:
        with self._db.read() as session:
            board = dashboard(session)
            context = report_context(print_context(session), self._clock(), self._marking)
        by_status = [Count(*STATUS_TEXT[s], board.by_status[s]) for s in PersonStatus if board.by_status.get(s)]
        by_health = [
            Count(HEALTH_GROUP_UK[h], h.value.replace("_", " "), board.by_health[h])
            for h in Health
            if board.by_health.get(h)
        ]
        if board.by_health.get(None):
            by_health.append(Count("не вказано", "not recorded", board.by_health[None]))
        stats = Statistics(
            sum(board.by_status.values()), by_status, by_health, board.captures_per_month, board.returns_per_month
        )
        return build_statistics(context, stats)

    def exchange(self, exchange_id: uuid.UUID) -> bytes:
        with self._db.read() as session:
            record = exchange_record(session, exchange_id)
            context = report_context(print_context(session), self._clock(), self._marking)
        return build_exchange(context, exchange_dto(record))

    def letters(self, thread_id: uuid.UUID) -> bytes:
        with self._db.read() as session:
            thread = thread_summary(session, thread_id)
            letters = thread_letters(session, thread_id)
            context = report_context(print_context(session), self._clock(), self._marking)
        data = LettersReport(
            thread.subject,
            thread.counterparty,
            THREAD_STATE_TEXT[thread.state],
            thread.due_on.strftime("%d.%m.%Y") if thread.due_on else "",
            [
                LetterEntry(
                    letter.date.strftime("%d.%m.%Y") if letter.date else "",
                    letter.direction is LetterDirection.INCOMING,
                    letter.our_reference or "",
                    letter.their_reference,
                    CHANNEL_TEXT[letter.channel],
                    letter.subject,
                    letter.body,
                )
                for letter in letters
            ],
        )
        return build_letters(context, data)

    def dossier(self, external_id: str) -> bytes:
        with self._db.read() as session:
            person = find_by_external_id(session, external_id)
            if person is None:
                raise NotFoundError(f"no person with the record id {external_id!r}")
            spellings = names(session, person.id)
            kin = next_of_kin(session, person.id)
            events = status_events(session, person.id)
            appearances = person_on_lists(session, person.id)
            threads = thread_summaries(session, include_closed=True, about=("person", person.id))
            files = attachments_of(session, "person", person.id)
            photos = [attachment_data(session, f.id) for f in files if f.media_type in PHOTO_TYPES]
            remains_rows = remains_reports.dossier_remains(session, person.id)
            context = report_context(print_context(session), self._clock(), self._marking)
        fields = [(uk, en, _field_text(getattr(person, name))) for name, uk, en in DOSSIER_FIELDS]
        dossier = Dossier(
            person.external_id,
            _joined(person.surname, person.given_names, person.patronymic),
            [(uk, en, value) for uk, en, value in fields if value],
            photos,
            [
                f"{_joined(n.surname, n.given_names, n.patronymic)} ({n.form.value.replace('_', ' ')})"
                for n in spellings
            ],
            [
                ", ".join(p for p in (k.name, k.relationship, k.address, k.phone, k.email) if p)
                + (" · повідомляти / to be informed" if k.is_person_to_inform else "")
                for k in kin
            ],
            [
                (
                    e.occurred_on.dotted() if e.occurred_on else "—",
                    e.kind.value.replace("_", " "),
                    " · ".join(p for p in (e.place, e.description) if p),
                )
                for e in events
            ],
            [
                (
                    f"{a.agreement} · {' / '.join(SIDE_TEXT[a.side])}"
                    + (f" · етап / phase {a.phase}" if a.phase is not None else "")
                    + f" · версія / version {a.version}",
                    str(a.row),
                    f"{a.match_state} · "
                    + {True: "відповідає / compliant", False: "не відповідає / not compliant", None: "—"}[a.compliant],
                )
                for a in appearances
            ],
            [(t.subject, t.counterparty, THREAD_STATE_TEXT[t.state]) for t in threads],
            [(f.filename, f.media_type, f.description) for f in files],
            remains_rows,
        )
        return build_dossier(context, dossier)
