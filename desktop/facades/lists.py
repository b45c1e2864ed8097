"""The Lists section's calls: agreements, lists and their versions, checks, exchange day."""

from __future__ import annotations

import uuid
from pathlib import Path

from desktop.facades.base import Facade
from desktop.facades.reports import ReportsFacade
from models.core.csv_table import read_limited
from models.core.enums import Side
from models.core.errors import NotFoundError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.report_kinds import ReportKind
from models.lists import agreements, exchange_day, outgoing, service
from models.lists.clarification import draft_clarification
from models.lists.diff import diff_versions
from models.lists.dto import (
    AgreementDetails,
    AgreementDTO,
    CheckResult,
    ExchangeDayInput,
    ExchangeRecord,
    ExchangeReversal,
    ExchangeSummary,
    Expected,
    ImportedList,
    ListDiff,
    ListFile,
    ListNode,
    ListSummary,
    ListVersionDTO,
    Progress,
)
from models.lists.grid import MAX_LIST_BYTES
from models.lists.reader import read_list
from models.lists.sheet import sheet_names
from models.persons import service as persons
from models.persons.dto import PersonQuery, PersonRow


class ListsFacade(Facade):
    def agreements(self) -> list[AgreementDTO]:
        return self._read(agreements.list_agreements)

    def agreement_details(self, agreement_id: uuid.UUID) -> AgreementDetails:
        return self._read(agreements.agreement_details, agreement_id)

    def add_agreement(self, document: dict[str, object]) -> AgreementDTO:
        """From the JSON document `repatria agreements add` reads."""
        return self._write(agreements.create_agreement, document)

    def lists(self) -> list[ListNode]:
        return self._read(service.list_nodes)

    def list_summaries(self) -> list[ListSummary]:
        """Every list (in the order of ``lists()``) with each of its versions: entries, dates, lock."""
        return self._read(service.list_summaries)

    def read_file(self, data: bytes, filename: str) -> ListFile:
        return read_list(data, filename)

    def import_list(
        self,
        data: bytes,
        filename: str,
        agreement_id: uuid.UUID,
        side: Side,
        phase: int | None,
        mapping: dict[str, int] | None = None,
        sheet: str | None = None,
    ) -> ImportedList:
        return self._write(service.import_list, data, filename, agreement_id, side, phase, mapping=mapping, sheet=sheet)

    @staticmethod
    def sheet_names(path: Path) -> list[str]:
        """A workbook's sheets, in order, for the clerk to choose from ([] for CSV and text)."""
        return sheet_names(read_limited(path, MAX_LIST_BYTES), path.name)

    @staticmethod
    def read_path(path: Path, sheet: str | None = None) -> ListFile:
        """A list file from disk as read, its size checked before a byte of it is read."""
        return read_list(read_limited(path, MAX_LIST_BYTES), path.name, sheet=sheet)

    def import_path(
        self,
        path: Path,
        agreement_id: uuid.UUID,
        side: Side,
        phase: int | None,
        columns: str | None = None,
        sheet: str | None = None,
    ) -> ImportedList:
        """A list file from disk (its size checked before it is read); ``columns`` names the
        columns as ``lists import --columns`` takes them, on top of the guess; ``sheet`` names
        a workbook's sheet."""
        data = read_limited(path, MAX_LIST_BYTES)
        return self._write(
            service.import_list, data, path.name, agreement_id, side, phase, columns=columns, sheet=sheet
        )

    def check(self, list_id: uuid.UUID, progress: Progress | None = None, workers: int = 1) -> CheckResult:
        """``workers``: processes to match on where that is safe (``RegistryIndex.match_many``)."""
        return self._write(service.check_list, list_id, progress, workers=workers)

    def results(self, list_id: uuid.UUID) -> CheckResult:
        return self._read(service.list_results, list_id)

    def confirm(self, entry_id: uuid.UUID, person_id: uuid.UUID) -> None:
        self._write(service.confirm_entry, entry_id, person_id)

    def reject(self, entry_id: uuid.UUID) -> None:
        self._write(service.reject_entry, entry_id)

    def people(self, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, PersonRow]:
        return self._read(persons.rows_by_id, person_ids)

    def diff(self, list_id: uuid.UUID, old: int | None = None, new: int | None = None) -> ListDiff:
        return self._read(diff_versions, list_id, old, new)

    def build_our_list(
        self, agreement_id: uuid.UUID, phase: int | None, query: PersonQuery, only_compliant: bool
    ) -> ListVersionDTO:
        return self._write(outgoing.build_our_list, agreement_id, phase, query, only_compliant=only_compliant)

    def lock(self, list_id: uuid.UUID) -> None:
        self._write(outgoing.lock_list, list_id)

    def export(self, list_id: uuid.UUID, fmt: str) -> bytes:
        return self._read(outgoing.export_list, list_id, fmt)

    def export_to(self, list_id: uuid.UUID, path: Path) -> None:
        """XLSX or CSV, by the file's suffix."""
        path.write_bytes(self.export(list_id, path.suffix.casefold().lstrip(".")))

    def draft_clarification(self, list_id: uuid.UUID) -> uuid.UUID:
        return self._write(draft_clarification, list_id)

    def report(self, kind: ReportKind, list_id: uuid.UUID) -> bytes:
        """A finished PDF: the phase list or compliance report of the list's latest version, or
        the reconciliation of the last exchange day of the list's phase."""
        if kind is not ReportKind.EXCHANGE:
            return ReportsFacade(self._db).build(kind, str(list_id))
        exchange_id = self._read(exchange_day.latest_exchange_for_list, list_id)
        if exchange_id is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "no exchange day has been recorded for this list's phase yet")
            )
        return ReportsFacade(self._db).build(kind, str(exchange_id))

    def expected_home(self, agreement_id: uuid.UUID, phase: int | None) -> list[Expected]:
        return self._read(exchange_day.expected_home, agreement_id, phase)

    def record_exchange_day(self, data: ExchangeDayInput) -> ExchangeSummary:
        return self._write(exchange_day.record_exchange_day, data)

    def last_exchange(self, list_id: uuid.UUID) -> ExchangeRecord | None:
        """The last exchange day recorded for the list's agreement and phase, as recorded."""
        return self._read(exchange_day.last_exchange_record, list_id)

    def reverse_exchange(self, exchange_id: uuid.UUID, reason: str) -> ExchangeReversal:
        """Take back an exchange day recorded by mistake (supervisors; the change log keeps it)."""
        return self._write(exchange_day.reverse_exchange, exchange_id, reason)
