"""What the Lists section asks of the application (desktop/facades/lists.py answers)."""

from __future__ import annotations

import uuid
from typing import Protocol

from models.core.enums import Side
from models.core.report_kinds import ReportKind
from models.lists.dto import (
    AgreementDetails,
    AgreementDTO,
    CheckResult,
    ExchangeDayInput,
    ExchangeSummary,
    Expected,
    ImportedList,
    ListDiff,
    ListFile,
    ListNode,
    ListVersionDTO,
    Progress,
)
from models.persons.dto import PersonQuery, PersonRow


class ReviewPort(Protocol):
    """The review of a list's matches: confirm a candidate, reject them all."""

    def confirm(self, entry_id: uuid.UUID, person_id: uuid.UUID) -> None: ...
    def reject(self, entry_id: uuid.UUID) -> None: ...
    def people(self, person_ids: list[uuid.UUID]) -> dict[uuid.UUID, PersonRow]: ...


class ListsPort(ReviewPort, Protocol):
    def agreements(self) -> list[AgreementDTO]: ...
    def lists(self) -> list[ListNode]: ...
    def agreement_details(self, agreement_id: uuid.UUID) -> AgreementDetails: ...
    def read_file(self, data: bytes, filename: str) -> ListFile: ...
    def import_list(
        self,
        data: bytes,
        filename: str,
        agreement_id: uuid.UUID,
        side: Side,
        phase: int | None,
        mapping: dict[str, int] | None = None,
        sheet: str | None = None,
    ) -> ImportedList: ...
    def check(self, list_id: uuid.UUID, progress: Progress | None = None) -> CheckResult: ...
    def results(self, list_id: uuid.UUID) -> CheckResult: ...
    def expected_home(self, agreement_id: uuid.UUID, phase: int | None) -> list[Expected]: ...
    def diff(self, list_id: uuid.UUID, old: int | None = None, new: int | None = None) -> ListDiff: ...
    def build_our_list(
        self, agreement_id: uuid.UUID, phase: int | None, query: PersonQuery, only_compliant: bool
    ) -> ListVersionDTO: ...
    def lock(self, list_id: uuid.UUID) -> None: ...
    def draft_clarification(self, list_id: uuid.UUID) -> uuid.UUID: ...
    def export(self, list_id: uuid.UUID, fmt: str) -> bytes: ...
    def report(self, kind: ReportKind, list_id: uuid.UUID) -> bytes: ...
    def record_exchange_day(self, data: ExchangeDayInput) -> ExchangeSummary: ...
