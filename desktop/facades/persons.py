"""The person registry and the person editor's calls (views/persons talks to these)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from pathlib import Path

from desktop.facades.base import Facade
from desktop.facades.reports import ReportsFacade
from models.bundles import conflicts
from models.core import attachments
from models.core.dto import AttachmentDTO
from models.core.enums import PersonStatus, Role
from models.core.errors import FieldError, RepatriaError
from models.core.report_kinds import ReportKind
from models.core.spreadsheet import table_bytes
from models.correspondence import service as correspondence
from models.correspondence.dto import ThreadSummary
from models.lists import agreements
from models.names.dto import Spelling
from models.names.forms import spellings
from models.names.lookalikes import fold
from models.persons import assign, csv_file, name_index, service
from models.persons.dashboard import dashboard
from models.persons.dto import (
    CommissionDecisionDTO,
    CommissionDecisionInput,
    Dashboard,
    DuplicateCandidate,
    HealthReportDTO,
    HealthReportInput,
    HistoryEntry,
    ImportResult,
    MergeRecord,
    NameDTO,
    NameInput,
    NextOfKinDTO,
    NextOfKinInput,
    ParsedFile,
    PersonDTO,
    PersonInput,
    PersonQuery,
    PersonRow,
    SearchResult,
    SourceDTO,
    SourceInput,
    StatusEventDTO,
    StatusEventInput,
)
from models.persons.duplicates import find_duplicates, merge_persons, merge_refusal, recent_merges, unmerge_persons
from models.persons.history import person_history
from models.persons.search import find_persons, left_out, search_persons


class RegistryFacade(Facade):
    """The registry table, its filters and search, and the dashboard."""

    def unindexed(self) -> int:
        """Persons the search index lacks (``check`` says so)."""
        return self._read(name_index.unindexed_persons)

    def reindex(self) -> int:
        """The search index rebuilt from every person's stored names; how many persons."""
        return self._write(name_index.reindex_persons)

    @property
    def title(self) -> str:
        """The database file and the user signed in (the window adds the role, in words)."""
        return f"{self._db.path.name} — {self._db.actor.user_name}"

    @property
    def role(self) -> Role:
        return self._db.actor.role

    def count_persons(self, query: PersonQuery) -> int:
        return self._read(service.count_persons, query)

    def person_page(self, query: PersonQuery, offset: int, limit: int) -> list[PersonRow]:
        return self._read(service.person_page, query, offset, limit)

    def counts_by_status(self) -> dict[PersonStatus, int]:
        return self._read(service.counts_by_status)

    def search(self, text: str, query: PersonQuery, limit: int = 500) -> list[PersonRow]:
        return [hit.row for hit in self._read(search_persons, text, query, limit)]

    def search_left_out(self, query: PersonQuery) -> list[str]:
        """The words of a search no one found has together with the others (models.persons.search)."""
        return self._read(left_out, query.text, query)

    def find_persons(self, text: str, limit: int = 20) -> SearchResult:
        """Every person the search finds counted, and the best ``limit`` with their relevance."""
        return self._read(find_persons, text, limit)

    def filter_choices(self, field: str) -> list[str]:
        return self._read(service.distinct_values, field)

    def lists(self) -> list[tuple[uuid.UUID, str]]:
        """Every exchange list, for the "on a list" filter: (list id, readable title)."""
        return self._read(agreements.list_titles)

    def dashboard(self) -> Dashboard:
        return self._read(dashboard)

    def statistics_report(self) -> bytes:
        return ReportsFacade(self._db).build(ReportKind.STATISTICS)

    def find(self, external_id: str) -> PersonDTO | None:
        return self._read(service.find_by_external_id, external_id)

    # -- the persons CSV (the CLI) --------------------------------------------------------

    @staticmethod
    def parse_csv(path: Path) -> ParsedFile:
        """The whole file checked, before any database is opened: a bad file changes nothing."""
        return csv_file.parse_persons_csv(csv_file.read_limited(path))

    @staticmethod
    def describe_errors(errors: list[FieldError]) -> str:
        return csv_file.describe_errors(errors)

    @staticmethod
    def write_rejects(result: ImportResult, parsed: ParsedFile, path: Path) -> None:
        """The rejected rows with their reasons, as ``--skip-invalid`` promises."""
        with path.open("w", encoding="utf-8", newline="") as out:
            csv_file.write_rejects(result.rejected, parsed.header, out)

    def import_csv(self, parsed: ParsedFile, *, skip_invalid: bool) -> ImportResult:
        """A file already parsed (and found good) with ``csv_file.parse_persons_csv``."""
        return self._write(csv_file.import_parsed, parsed, skip_invalid=skip_invalid)

    @staticmethod
    def export_table(path: Path, header: list[str], rows: list[list[str]]) -> None:
        """A table as the user sees it (a search result, a filtered registry) into ``path``:
        XLSX for a name ending ``.xlsx``, else CSV. Written whole to a temporary file first, so a
        failed export never leaves half a file under the chosen name."""
        data = table_bytes(header, rows, "xlsx" if path.suffix.lower() == ".xlsx" else "csv", path.stem)
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        partial.replace(path)

    def export_csv(self, path: Path) -> int:
        """Every person into ``path``, written under a temporary name first: an export that
        fails (a value that cannot be read, a full disk) leaves no half file under the chosen
        name (hostile re-run: a header-only file was left beside "nothing was changed")."""
        partial = path.with_name(path.name + ".part")
        try:
            with partial.open("w", encoding="utf-8", newline="") as out:
                count = self._read(csv_file.export_persons, out)
            partial.replace(path)
        finally:
            partial.unlink(missing_ok=True)
        return count


class PersonFacade(Facade):
    """Everything the person editor does."""

    def conflicted_fields(self, person_id: uuid.UUID) -> list[tuple[str, str]]:
        """(kind of record, field) of the person's open conflicts between offices (their badge)."""
        return self._read(conflicts.person_conflicts, person_id)

    def get(self, person_id: uuid.UUID) -> PersonDTO:
        return self._read(service.get_person, person_id)

    def report(self, kind: ReportKind, external_id: str) -> bytes:
        """A finished PDF about the person (capture card, dossier)."""
        return ReportsFacade(self._db).build(kind, external_id)

    def validate(self, data: PersonInput) -> list[FieldError]:
        return service.validate_person(data)

    @staticmethod
    def folded(text: str) -> str:
        """The name with its look-alike letters in the script of the rest (Copoкa -> Сорока)."""
        return fold(text)

    @staticmethod
    def lookalike_warnings(data: PersonInput) -> list[FieldError]:
        """Names typed with Latin look-alike letters inside Cyrillic (or the reverse): a warning
        per field, saying how the word is read (it is saved as typed)."""
        return service.lookalike_warnings(data)

    def create(self, data: PersonInput) -> PersonDTO:
        return self._write(service.create_person, data)

    def update(self, person_id: uuid.UUID, data: PersonInput, expected_version: dict[str, int]) -> PersonDTO:
        return self._write(service.update_person, person_id, data, expected_version)

    def duplicates(self, data: PersonInput, exclude: uuid.UUID | None = None) -> list[DuplicateCandidate]:
        return self._read(find_duplicates, data, exclude=exclude)

    def merge(self, keep_id: uuid.UUID, other_id: uuid.UUID, merged: PersonInput) -> PersonDTO:
        return self._write(merge_persons, keep_id, other_id, merged)

    @staticmethod
    def parse_assignments(pairs: Iterable[str]) -> dict[str, str]:
        """``FIELD=VALUE`` pairs as {field: text}; every wrong pair named (models.persons.assign)."""
        return assign.parse_assignments(pairs)

    def set_fields(self, person: PersonDTO, texts: dict[str, str]) -> PersonDTO | None:
        """The person with these fields set from their texts (the persons CSV's forms), saved
        unless someone else saved them since ``person`` was read (ConflictError); None when
        nothing changes."""
        changed = assign.with_values(person.as_input(), texts)
        if changed == person.as_input():
            return None
        return self.update(person.id, changed, person.version_vector)

    def merge_refusal(self, keep_id: uuid.UUID, other_id: uuid.UUID) -> RepatriaError | None:
        """Why the two records may not be merged here (asked before fields are chosen), or None."""
        return self._read(merge_refusal, keep_id, other_id)

    def recent_merges(self) -> list[MergeRecord]:
        return self._read(recent_merges)

    def unmerge(self, other_id: uuid.UUID, reason: str) -> PersonDTO:
        """Take back a wrong merge (supervisors): the merged-away record comes back."""
        return self._write(unmerge_persons, other_id, reason)

    def generated_spellings(self, surname: str, given_names: str, patronymic: str) -> list[Spelling]:
        return spellings(surname, given_names, patronymic)

    def names(self, person_id: uuid.UUID) -> list[NameDTO]:
        return self._read(service.names, person_id)

    def add_name(self, person_id: uuid.UUID, data: NameInput) -> NameDTO:
        return self._write(service.add_name, person_id, data)

    def remove_name(self, name_id: uuid.UUID) -> None:
        self._write(service.remove_name, name_id)

    def timeline(self, person_id: uuid.UUID) -> list[StatusEventDTO]:
        return self._read(service.status_events, person_id)

    def add_event(self, person_id: uuid.UUID, data: StatusEventInput) -> StatusEventDTO:
        return self._write(service.add_status_event, person_id, data)

    def next_of_kin(self, person_id: uuid.UUID) -> list[NextOfKinDTO]:
        return self._read(service.next_of_kin, person_id)

    def add_next_of_kin(self, person_id: uuid.UUID, data: NextOfKinInput) -> NextOfKinDTO:
        return self._write(service.add_next_of_kin, person_id, data)

    def sources(self, person_id: uuid.UUID) -> list[SourceDTO]:
        return self._read(service.sources, person_id)

    def add_source(self, person_id: uuid.UUID, data: SourceInput) -> SourceDTO:
        return self._write(service.add_source, person_id, data)

    def health_reports(self, person_id: uuid.UUID) -> list[HealthReportDTO]:
        return self._read(service.health_reports, person_id)

    def add_health_report(self, person_id: uuid.UUID, data: HealthReportInput) -> HealthReportDTO:
        return self._write(service.add_health_report, person_id, data)

    def commission_decisions(self, person_id: uuid.UUID) -> list[CommissionDecisionDTO]:
        return self._read(service.commission_decisions, person_id)

    def add_commission_decision(self, person_id: uuid.UUID, data: CommissionDecisionInput) -> CommissionDecisionDTO:
        return self._write(service.add_commission_decision, person_id, data)

    def attachments(self, person_id: uuid.UUID) -> list[AttachmentDTO]:
        return self._read(attachments.attachments_of, "person", person_id)

    def add_attachment(self, person_id: uuid.UUID, filename: str, data: bytes) -> AttachmentDTO:
        return self._write(attachments.add_attachment, "person", person_id, filename, data)

    def attachment_data(self, attachment_id: uuid.UUID) -> bytes:
        return self._read(attachments.attachment_data, attachment_id)

    def remove_attachment(self, attachment_id: uuid.UUID) -> None:
        self._write(attachments.remove_attachment, attachment_id)

    def correspondence(self, person_id: uuid.UUID) -> list[ThreadSummary]:
        return self._read(correspondence.thread_summaries, include_closed=True, about=("person", person_id))

    def history(self, person_id: uuid.UUID) -> list[HistoryEntry]:
        return self._read(person_history, person_id)
