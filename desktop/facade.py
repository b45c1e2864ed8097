"""The service facade views talk to: each call is one unit of work on its own session.

Views never see a session or SQL; they get DTOs. Every method is safe to call from a
background task (each opens its own session on a pooled connection).
"""

from __future__ import annotations

import datetime as dt
import uuid

from desktop.reporting import ReportsFacade
from models.core import attachments
from models.core.db import Database
from models.core.enums import (
    Annex1Category,
    CommissionDecision,
    CounterpartyKind,
    Health,
    LetterChannel,
    LetterDirection,
    NameForm,
    PersonStatus,
    Reliability,
    Side,
    SourceKind,
    StatusEventKind,
    ThreadState,
)
from models.core.errors import FieldError, NotFoundError
from models.core.partial_date import PartialDate
from models.correspondence import service as correspondence
from models.correspondence.templates import fill_template
from models.lists import agreements, exchange_day, outgoing
from models.lists import service as lists_service
from models.lists.clarification import draft_clarification
from models.lists.diff import ListDiff, diff_versions
from models.lists.reader import ListFile, read_list
from models.names.spelling import Spelling, spellings
from models.office import settings as office_settings
from models.persons import service as persons
from models.persons.dashboard import Dashboard, dashboard
from models.persons.duplicates import DuplicateCandidate, find_duplicates, merge_persons
from models.persons.history import HistoryEntry, person_history
from models.persons.search import search_persons
from models.persons.service import PersonQuery, PersonRow


class RegistryFacade:
    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def title(self) -> str:
        return f"{self._db.path.name} — {self._db.actor.user_name} ({self._db.actor.role})"

    def count_persons(self, query: PersonQuery) -> int:
        with self._db.read() as session:
            return persons.count_persons(session, query)

    def person_page(self, query: PersonQuery, offset: int, limit: int) -> list[PersonRow]:
        with self._db.read() as session:
            return persons.person_page(session, query, offset, limit)

    def counts_by_status(self) -> dict[PersonStatus, int]:
        with self._db.read() as session:
            return persons.counts_by_status(session)

    def search(self, text: str, query: PersonQuery, limit: int = 500) -> list[PersonRow]:
        with self._db.read() as session:
            return [hit.row for hit in search_persons(session, text, query, limit)]

    def filter_choices(self, field: str) -> list[str]:
        with self._db.read() as session:
            return persons.distinct_values(session, field)

    def lists(self) -> list[tuple[uuid.UUID, str]]:
        """Every exchange list, for the "on a list" filter: (list id, readable title)."""
        with self._db.read() as session:
            return agreements.list_titles(session)

    def dashboard(self) -> Dashboard:
        with self._db.read() as session:
            return dashboard(session)

    def statistics_report(self) -> bytes:
        return ReportsFacade(self._db).statistics()


class PersonFacade:
    """Everything the person editor does, each call one unit of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def user_name(self) -> str:
        return self._db.actor.user_name

    def get(self, person_id: uuid.UUID) -> persons.PersonDTO:
        with self._db.read() as session:
            return persons.get_person(session, person_id)

    def report(self, kind: str, external_id: str) -> bytes:
        """A finished PDF about the person (``capture-card``)."""
        return ReportsFacade(self._db).build(kind, external_id)

    def validate(self, data: persons.PersonInput) -> list[FieldError]:
        return persons.validate_person(data)

    def create(self, data: persons.PersonInput) -> persons.PersonDTO:
        with self._db.write() as session:
            return persons.create_person(session, data)

    def update(
        self, person_id: uuid.UUID, data: persons.PersonInput, expected_version: dict[str, int]
    ) -> persons.PersonDTO:
        with self._db.write() as session:
            return persons.update_person(session, person_id, data, expected_version)

    def duplicates(self, data: persons.PersonInput, exclude: uuid.UUID | None = None) -> list[DuplicateCandidate]:
        with self._db.read() as session:
            return find_duplicates(session, data, exclude=exclude)

    def merge(self, keep_id: uuid.UUID, other_id: uuid.UUID, merged: persons.PersonInput) -> persons.PersonDTO:
        with self._db.write() as session:
            return merge_persons(session, keep_id, other_id, merged)

    def generated_spellings(self, surname: str, given_names: str, patronymic: str) -> list[Spelling]:
        return spellings(surname, given_names, patronymic)

    def names(self, person_id: uuid.UUID) -> list[persons.NameDTO]:
        with self._db.read() as session:
            return persons.names(session, person_id)

    def add_name(
        self, person_id: uuid.UUID, form: NameForm, surname: str, given_names: str, patronymic: str
    ) -> persons.NameDTO:
        with self._db.write() as session:
            return persons.add_name(session, person_id, form, surname, given_names, patronymic)

    def remove_name(self, name_id: uuid.UUID) -> None:
        with self._db.write() as session:
            persons.remove_name(session, name_id)

    def timeline(self, person_id: uuid.UUID) -> list[persons.StatusEventDTO]:
        with self._db.read() as session:
            return persons.status_events(session, person_id)

    def add_event(
        self,
        person_id: uuid.UUID,
        kind: StatusEventKind,
        occurred_on: PartialDate | None,
        *,
        place: str,
        description: str,
        reliability: Reliability,
    ) -> persons.StatusEventDTO:
        with self._db.write() as session:
            return persons.add_status_event(
                session, person_id, kind, occurred_on, place=place, description=description, reliability=reliability
            )

    def next_of_kin(self, person_id: uuid.UUID) -> list[persons.NextOfKinDTO]:
        with self._db.read() as session:
            return persons.next_of_kin(session, person_id)

    def add_next_of_kin(
        self,
        person_id: uuid.UUID,
        name: str,
        *,
        relationship: str,
        address: str,
        phone: str,
        email: str,
        is_person_to_inform: bool,
    ) -> persons.NextOfKinDTO:
        with self._db.write() as session:
            return persons.add_next_of_kin(
                session,
                person_id,
                name,
                relationship=relationship,
                address=address,
                phone=phone,
                email=email,
                is_person_to_inform=is_person_to_inform,
            )

    def sources(self, person_id: uuid.UUID) -> list[persons.SourceDTO]:
        with self._db.read() as session:
            return persons.sources(session, person_id)

    def add_source(
        self, person_id: uuid.UUID, kind: SourceKind, description: str, reliability: Reliability
    ) -> persons.SourceDTO:
        with self._db.write() as session:
            return persons.add_source(session, person_id, kind, description=description, reliability=reliability)

    def health_reports(self, person_id: uuid.UUID) -> list[persons.HealthReportDTO]:
        with self._db.read() as session:
            return persons.health_reports(session, person_id)

    def commission_decisions(self, person_id: uuid.UUID) -> list[persons.CommissionDecisionDTO]:
        with self._db.read() as session:
            return persons.commission_decisions(session, person_id)

    def add_health_report(
        self,
        person_id: uuid.UUID,
        reported_on: dt.date,
        health: Health,
        annex1_category: Annex1Category | None,
        description: str,
    ) -> persons.HealthReportDTO:
        with self._db.write() as session:
            return persons.add_health_report(
                session, person_id, reported_on, health, annex1_category=annex1_category, description=description
            )

    def add_commission_decision(
        self,
        person_id: uuid.UUID,
        examined_on: dt.date,
        decision: CommissionDecision,
        votes_for: int,
        annex1_category: Annex1Category | None,
        members: str,
    ) -> persons.CommissionDecisionDTO:
        with self._db.write() as session:
            return persons.add_commission_decision(
                session,
                person_id,
                examined_on,
                decision,
                votes_for=votes_for,
                votes_against=3 - votes_for,
                annex1_category=annex1_category,
                members=members,
            )

    def attachments(self, person_id: uuid.UUID) -> list[attachments.AttachmentDTO]:
        with self._db.read() as session:
            return attachments.attachments_of(session, "person", person_id)

    def add_attachment(self, person_id: uuid.UUID, filename: str, data: bytes) -> attachments.AttachmentDTO:
        with self._db.write() as session:
            return attachments.add_attachment(session, "person", person_id, filename, data)

    def attachment_data(self, attachment_id: uuid.UUID) -> bytes:
        with self._db.read() as session:
            return attachments.attachment_data(session, attachment_id)

    def remove_attachment(self, attachment_id: uuid.UUID) -> None:
        with self._db.write() as session:
            attachments.remove_attachment(session, attachment_id)

    def correspondence(self, person_id: uuid.UUID) -> list[correspondence.ThreadSummary]:
        with self._db.read() as session:
            return correspondence.thread_summaries(session, include_closed=True, about=("person", person_id))

    def history(self, person_id: uuid.UUID) -> list[HistoryEntry]:
        with self._db.read() as session:
            return person_history(session, person_id)


class ListsFacade:
    """Everything the Lists section does, each call one unit of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def agreements(self) -> list[agreements.AgreementDTO]:
        with self._db.read() as session:
            return agreements.list_agreements(session)

    def agreement_details(self, agreement_id: uuid.UUID) -> agreements.AgreementDetails:
        with self._db.read() as session:
            return agreements.agreement_details(session, agreement_id)

    def lists(self) -> list[lists_service.ListNode]:
        with self._db.read() as session:
            return lists_service.list_nodes(session)

    def read_file(self, data: bytes, filename: str) -> ListFile:
        return read_list(data, filename)

    def import_list(
        self,
        data: bytes,
        filename: str,
        agreement_id: uuid.UUID,
        side: Side,
        phase: int | None,
        mapping: dict[str, int],
    ) -> lists_service.ImportedList:
        with self._db.write() as session:
            return lists_service.import_list(session, data, filename, agreement_id, side, phase, mapping=mapping)

    def check(self, list_id: uuid.UUID, progress: lists_service.Progress | None = None) -> lists_service.CheckResult:
        with self._db.write() as session:
            return lists_service.check_list(session, list_id, progress)

    def results(self, list_id: uuid.UUID) -> lists_service.CheckResult:
        with self._db.read() as session:
            return lists_service.list_results(session, list_id)

    def confirm(self, entry_id: uuid.UUID, person_id: uuid.UUID) -> None:
        with self._db.write() as session:
            lists_service.confirm_entry(session, entry_id, person_id)

    def reject(self, entry_id: uuid.UUID) -> None:
        with self._db.write() as session:
            lists_service.reject_entry(session, entry_id)

    def people(self, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, persons.PersonRow]:
        with self._db.read() as session:
            return persons.rows_by_id(session, person_ids)

    def diff(self, list_id: uuid.UUID) -> ListDiff:
        with self._db.read() as session:
            return diff_versions(session, list_id)

    def build_our_list(
        self, agreement_id: uuid.UUID, phase: int | None, query: persons.PersonQuery, only_compliant: bool
    ) -> agreements.ListVersionDTO:
        with self._db.write() as session:
            return outgoing.build_our_list(session, agreement_id, phase, query, only_compliant=only_compliant)

    def lock(self, list_id: uuid.UUID) -> None:
        with self._db.write() as session:
            outgoing.lock_list(session, list_id)

    def export(self, list_id: uuid.UUID, fmt: str) -> bytes:
        with self._db.read() as session:
            return outgoing.export_list(session, list_id, fmt)

    def draft_clarification(self, list_id: uuid.UUID) -> uuid.UUID:
        with self._db.write() as session:
            return draft_clarification(session, list_id)

    def report(self, kind: str, list_id: uuid.UUID) -> bytes:
        """A finished PDF: ``phase-list`` or ``compliance`` of the list's latest version, or
        ``exchange``: the reconciliation of the last exchange day of the list's phase."""
        if kind == "exchange":
            with self._db.read() as session:
                exchange_id = exchange_day.latest_exchange_for_list(session, list_id)
            if exchange_id is None:
                raise NotFoundError("no exchange day has been recorded for this list's phase yet")
            return ReportsFacade(self._db).exchange(exchange_id)
        return ReportsFacade(self._db).build(kind, str(list_id))

    def expected_home(self, agreement_id: uuid.UUID, phase: int | None) -> list[exchange_day.Expected]:
        with self._db.read() as session:
            return exchange_day.expected_home(session, agreement_id, phase)

    def record_exchange_day(
        self,
        agreement_id: uuid.UUID,
        phase: int | None,
        held_on: dt.date,
        *,
        returned: list[uuid.UUID],
        handed_over: list[str],
        place: str,
    ) -> exchange_day.ExchangeSummary:
        with self._db.write() as session:
            return exchange_day.record_exchange_day(
                session, agreement_id, phase, held_on, returned=returned, handed_over=handed_over, place=place
            )


class CorrespondenceFacade:
    """The Correspondence section's calls, each one unit of work."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def threads(
        self, *, only_overdue: bool = False, include_closed: bool = False
    ) -> list[correspondence.ThreadSummary]:
        with self._db.read() as session:
            return correspondence.thread_summaries(session, only_overdue=only_overdue, include_closed=include_closed)

    def letters(self, thread_id: uuid.UUID) -> list[correspondence.LetterView]:
        with self._db.read() as session:
            return correspondence.thread_letters(session, thread_id)

    def letters_report(self, thread_id: uuid.UUID) -> bytes:
        return ReportsFacade(self._db).letters(thread_id)

    def counterparties(self) -> list[tuple[uuid.UUID, str, CounterpartyKind]]:
        with self._db.read() as session:
            return correspondence.counterparties(session)

    def open_thread(self, counterparty_id: uuid.UUID, subject: str, due_on: dt.date | None) -> uuid.UUID:
        with self._db.write() as session:
            return correspondence.open_thread(session, counterparty_id, subject, due_on=due_on)

    def attach(self, letter_id: uuid.UUID, filename: str, data: bytes) -> None:
        with self._db.write() as session:
            attachments.add_attachment(session, "letter", letter_id, filename, data)

    def attachments(self, letter_id: uuid.UUID) -> list[attachments.AttachmentDTO]:
        with self._db.read() as session:
            return attachments.attachments_of(session, "letter", letter_id)

    def add_counterparty(self, name: str, kind: CounterpartyKind) -> uuid.UUID:
        with self._db.write() as session:
            return correspondence.add_counterparty(session, name, kind)

    def register(
        self,
        thread_id: uuid.UUID,
        direction: LetterDirection,
        *,
        subject: str,
        body: str,
        channel: LetterChannel,
        date: dt.date | None,
        their_reference: str,
    ) -> correspondence.LetterDTO:
        incoming = direction is LetterDirection.INCOMING
        with self._db.write() as session:
            return correspondence.register_letter(
                session,
                thread_id,
                direction,
                subject=subject,
                body=body,
                channel=channel,
                received_on=date if incoming else None,
                sent_on=None if incoming else date,
                their_reference=their_reference,
            )

    def update_draft(self, letter_id: uuid.UUID, subject: str, body: str, channel: LetterChannel) -> None:
        with self._db.write() as session:
            correspondence.update_draft(session, letter_id, subject=subject, body=body, channel=channel)

    def mark_sent(self, letter_id: uuid.UUID, sent_on: dt.date, channel: LetterChannel) -> correspondence.LetterDTO:
        with self._db.write() as session:
            return correspondence.mark_sent(session, letter_id, sent_on, channel)

    def set_state(self, thread_id: uuid.UUID, state: ThreadState) -> None:
        with self._db.write() as session:
            correspondence.set_thread_state(session, thread_id, state)

    def template(self, kind: str, thread_id: uuid.UUID) -> tuple[str, str]:
        with self._db.read() as session:
            return fill_template(session, kind, thread_id)

    def search(self, text: str) -> list[correspondence.LetterDTO]:
        with self._db.read() as session:
            return correspondence.search_letters(session, text)

    def draft_clarification(self, list_id: uuid.UUID) -> uuid.UUID:
        with self._db.write() as session:
            return draft_clarification(session, list_id)


class SettingsFacade:
    """The office settings (DNA thresholds, board size, report marking), for the settings dialog."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def settings(self) -> list[tuple[str, str, str]]:
        """(key, value, what it means) of every setting."""
        with self._db.read() as session:
            return [
                (key, office_settings.get_text(session, key), spec.description)
                for key, spec in office_settings.SPECS.items()
            ]

    def set_settings(self, values: dict[str, str]) -> None:
        """All or nothing: one bad value leaves every setting as it was."""
        with self._db.write() as session:
            for key, value in values.items():
                office_settings.set_setting(session, key, value)
