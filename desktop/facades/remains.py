"""What the Remains section, the case editor and the identification board do."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from pathlib import Path

from desktop.facades.base import Facade
from desktop.facades.reports import ReportsFacade
from models.core import attachments
from models.core.csv_table import check_size, read_limited
from models.core.db import Database
from models.core.dto import AttachmentDTO
from models.core.enums import CounterpartyKind, ProposalState, RemainsStage, SampleStatus
from models.core.errors import FieldError
from models.core.report_kinds import ReportKind
from models.correspondence import service as correspondence
from models.correspondence.dto import ThreadSummary
from models.persons.service import get_person
from models.remains import ante_mortem, cases, dna, files, identification
from models.remains.candidates import CandidateIndex
from models.remains.dental import compare_tooth
from models.remains.dto import (
    AnteMortemInput,
    AnteMortemView,
    BatchDTO,
    BatchInput,
    BatchProgress,
    BurialInput,
    CaseDetail,
    CaseRow,
    Comparison,
    CustodyInput,
    DecisionInput,
    DnaResultInput,
    HandoverInput,
    Mark,
    NotificationInput,
    PhysicalDetails,
    ProposalDTO,
    ProposalInput,
    RankedCase,
    RemainsCaseDTO,
    RemainsCaseInput,
    SampleInput,
    Scored,
)
from models.remains.marks import parse_marks
from models.remains.profiles import am_profiles, build_index, case_id_of, index_changed_since, pm_profiles, rank_cases
from models.remains.scoring import score_pair

IMPORTERS = {"remains": files.import_remains, "am": files.import_ante_mortem, "dna": files.import_dna_results}


class RemainsFacade(Facade):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._index: tuple[dt.datetime, CandidateIndex] | None = None
        self._index_lock = threading.Lock()

    # -- batches and cases ---------------------------------------------------------------

    def batch_progress(self) -> list[BatchProgress]:
        return self._read(cases.batch_progress)

    def batches(self) -> list[BatchDTO]:
        return self._read(cases.list_batches)

    def add_batch(self, data: BatchInput) -> BatchDTO:
        return self._write(cases.create_batch, data)

    def update_batch(self, batch_id: uuid.UUID, data: BatchInput) -> BatchDTO:
        return self._write(cases.update_batch, batch_id, data)

    def cases(
        self,
        *,
        batch_id: uuid.UUID | None = None,
        stage: RemainsStage | None = None,
        text: str = "",
        flagged: bool = False,
    ) -> list[CaseRow]:
        return self._read(cases.list_cases, batch_id=batch_id, stage=stage, text=text, flagged=flagged)

    def case(self, case_id: uuid.UUID) -> CaseDetail:
        return self._read(cases.case_detail, case_id)

    def validate_case(self, data: RemainsCaseInput) -> list[FieldError]:
        return cases.validate_case(data)

    @staticmethod
    def read_marks(text: str) -> list[Mark]:
        """Marks as the family or the examination wrote them, read as the imports read them
        (no database: the CLI reads them before anything is opened)."""
        return parse_marks(text)

    def save_case(self, case_id: uuid.UUID | None, data: RemainsCaseInput, details: PhysicalDetails) -> RemainsCaseDTO:
        """The whole case in one transaction: the examination, the teeth, marks and implants."""
        return self._write(cases.save_case, case_id, data, details)

    def add_custody(self, case_id: uuid.UUID, data: CustodyInput) -> None:
        self._write(cases.record_custody_transfer, case_id, data)

    def add_sample(self, data: SampleInput) -> None:
        self._write(dna.add_dna_sample, data)

    def record_dna_result(self, sample_id: uuid.UUID, data: DnaResultInput) -> None:
        """A result typed from the lab's report (files come through ``import_file``)."""
        self._write(dna.record_typed_dna_result, sample_id, data)

    def set_sample_status(self, sample_id: uuid.UUID, status: SampleStatus) -> None:
        self._write(dna.set_sample_status, sample_id, status)

    @staticmethod
    def check_size(path: Path) -> None:
        """ValidationError for a file over the importers' limit, before it is read."""
        check_size(path)

    def import_file(self, kind: str, path: Path, progress: files.Progress | None = None) -> str:
        """``remains``, ``am`` or ``dna``: an all-or-nothing import; returns what it did.
        ``progress`` may raise to cancel: the transaction is rolled back, nothing is written."""
        return self._write(IMPORTERS[kind], read_limited(path), progress).text()

    def attachments(self, case_id: uuid.UUID) -> list[AttachmentDTO]:
        return self._read(attachments.attachments_of, "remains_case", case_id)

    def add_attachment(self, case_id: uuid.UUID, filename: str, data: bytes) -> AttachmentDTO:
        return self._write(attachments.add_attachment, "remains_case", case_id, filename, data)

    def attachment_data(self, attachment_id: uuid.UUID) -> bytes:
        return self._read(attachments.attachment_data, attachment_id)

    def remove_attachment(self, attachment_id: uuid.UUID) -> None:
        self._write(attachments.remove_attachment, attachment_id)

    # -- candidates -------------------------------------------------------------------

    def _candidate_index(self) -> CandidateIndex:
        """The candidate blocks, rebuilt only when what they are read from has changed
        (reading 50,000 AM records takes seconds; rejecting a candidate should not)."""
        # A margin for writers whose events were stamped before this snapshot began but
        # committed after: rebuilding once more is cheap, missing a change is not.
        started = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=5)
        with self._index_lock, self._db.read() as session:
            if self._index is None or index_changed_since(session, self._index[0]):
                self._index = (started, build_index(session))
            return self._index[1]

    def candidates(self, case_id: uuid.UUID, limit: int = 10) -> RankedCase:
        return self.rank([case_id], limit)[0]

    def rank(self, case_ids: list[uuid.UUID] | None, limit: int = 10, workers: int = 1) -> list[RankedCase]:
        """Candidates of these cases (None: every case), best first, through the cached index;
        ``workers``: processes for many cases where that is safe (``CandidateIndex.rank_many``)."""
        return self._read(rank_cases, case_ids, limit=limit, index=self._candidate_index(), workers=workers)

    def case_id(self, case_number: str) -> uuid.UUID:
        return self._read(case_id_of, case_number)

    def compare(self, case_id: uuid.UUID, person_id: uuid.UUID) -> Comparison:
        index = self._candidate_index()
        with self._db.read() as session:
            (pm,) = pm_profiles(session, [case_id])
            am = index.profiles.get(person_id) or am_profiles(session, [person_id])[0]
            scored = score_pair(
                pm, am, index.dna.get((case_id, person_id), ()), index.thresholds, frequencies=index.frequencies
            )
            teeth = {t: compare_tooth(am.dental[t], pm.dental[t])[0] for t in am.dental.keys() & pm.dental.keys()}
            return Comparison(
                cases.case_detail(session, case_id),
                pm,
                get_person(session, person_id),
                am,
                ante_mortem.ante_mortem_of(session, person_id),
                scored,
                teeth,
            )

    def reject(self, case_id: uuid.UUID, person_id: uuid.UUID, reason: str, scored: Scored | None) -> None:
        evidence = [e.as_json() for e in scored.evidence] if scored else []
        self._write(cases.reject_candidate, case_id, person_id, reason, scored.score if scored else 0.0, evidence)

    def restore(self, case_id: uuid.UUID, person_id: uuid.UUID) -> None:
        self._write(cases.restore_candidate, case_id, person_id)

    # -- the board ---------------------------------------------------------------------

    def propose(self, data: ProposalInput) -> uuid.UUID:
        return self._write(identification.propose, data)

    def queue_size(self) -> int:
        """Proposals waiting for the board."""
        return self._read(identification.queue_size)

    def proposals(self, state: ProposalState | None = None, *, case_id: uuid.UUID | None = None) -> list[ProposalDTO]:
        return self._read(identification.proposals, state=state, case_id=case_id)

    def sign(self, proposal_id: uuid.UUID, user: str, password: str, approves: bool, comment: str) -> None:
        """A board member signs under their own account, proven by their password."""
        actor = self._db.actor_for(user, password)
        with self._db.write(actor) as session:
            identification.sign(session, proposal_id, approves, comment)

    def decide(self, proposal_id: uuid.UUID, data: DecisionInput) -> None:
        self._write(identification.decide, proposal_id, data)

    def withdraw(self, proposal_id: uuid.UUID, reason: str) -> None:
        self._write(identification.withdraw, proposal_id, reason)

    def notify(self, proposal_id: uuid.UUID, data: NotificationInput) -> None:
        self._write(identification.record_notification, proposal_id, data)

    def hand_over(self, proposal_id: uuid.UUID, data: HandoverInput) -> None:
        self._write(identification.record_handover, proposal_id, data)

    def bury(self, proposal_id: uuid.UUID, data: BurialInput) -> None:
        self._write(identification.record_burial, proposal_id, data)

    # -- a person's AM data ------------------------------------------------------------

    def ante_mortem(self, person_id: uuid.UUID) -> AnteMortemView:
        return self._read(ante_mortem.ante_mortem_view, person_id)

    def save_ante_mortem(self, person_id: uuid.UUID, data: AnteMortemInput, details: PhysicalDetails) -> None:
        self._write(ante_mortem.save_ante_mortem_with_details, person_id, data, details)

    def add_reference_sample(self, data: SampleInput) -> None:
        self._write(dna.add_dna_sample, data)

    def set_reference_donor(self, sample_id: uuid.UUID, relative_name: str, relationship: str) -> None:
        self._write(dna.set_reference_donor, sample_id, relative_name, relationship)

    def sample_id(self, sample_number: str) -> uuid.UUID:
        return self._read(dna.sample_id_of, sample_number)

    # -- correspondence about a case ---------------------------------------------------

    def correspondence(self, case_id: uuid.UUID) -> list[ThreadSummary]:
        return self._read(correspondence.thread_summaries, include_closed=True, about=("remains_case", case_id))

    def counterparties(self) -> list[tuple[uuid.UUID, str, CounterpartyKind]]:
        return self._read(correspondence.counterparties)

    def open_thread(
        self, case_id: uuid.UUID, counterparty_id: uuid.UUID, subject: str, due_on: dt.date | None
    ) -> uuid.UUID:
        """A clarification thread about this case (commingled remains, a missing tag …)."""
        links = [("remains_case", case_id)]
        return self._write(correspondence.open_thread, counterparty_id, subject, due_on=due_on, links=links)

    # -- reports ------------------------------------------------------------------------

    def report(self, kind: ReportKind, record_id: str = "") -> bytes:
        """The identification status, or a case's identification report or death certificate."""
        return ReportsFacade(self._db).build(kind, record_id)
