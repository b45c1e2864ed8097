"""What the Remains section, the case editor, the identification board and a person's
ante-mortem tab ask of the application (desktop/facades/remains.py answers)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from models.core.enums import CounterpartyKind, ProposalState, RemainsStage, SampleStatus
from models.core.errors import FieldError
from models.core.report_kinds import ReportKind
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
from views.common.ports import AttachmentsPort, ThreadsPort


class ProposalsPort(Protocol):
    """Who is signed in, and the proposals before the identification board."""

    @property
    def user_name(self) -> str: ...
    def proposals(
        self, state: ProposalState | None = None, *, case_id: uuid.UUID | None = None
    ) -> list[ProposalDTO]: ...


class BoardPort(ProposalsPort, Protocol):
    """The identification board: each member's signature, the decision, a withdrawal."""

    def sign(self, proposal_id: uuid.UUID, user: str, password: str, approves: bool, comment: str) -> None: ...
    def decide(self, proposal_id: uuid.UUID, data: DecisionInput) -> None: ...
    def withdraw(self, proposal_id: uuid.UUID, reason: str) -> None: ...


class MarksPort(Protocol):
    """Marks as the family or the examination wrote them, read as imports read them."""

    def read_marks(self, text: str) -> list[Mark]: ...


class CasePort(AttachmentsPort, ThreadsPort, ProposalsPort, MarksPort, Protocol):
    """The case editor: the case, its records, its candidates and what followed the board."""

    def batches(self) -> list[BatchDTO]: ...
    def cases(
        self,
        *,
        batch_id: uuid.UUID | None = None,
        stage: RemainsStage | None = None,
        text: str = "",
        flagged: bool = False,
    ) -> list[CaseRow]: ...
    def case(self, case_id: uuid.UUID) -> CaseDetail: ...
    def validate_case(self, data: RemainsCaseInput) -> list[FieldError]: ...
    def save_case(
        self, case_id: uuid.UUID | None, data: RemainsCaseInput, details: PhysicalDetails
    ) -> RemainsCaseDTO: ...
    def add_custody(self, case_id: uuid.UUID, data: CustodyInput) -> None: ...
    def add_sample(self, data: SampleInput) -> None: ...
    def record_dna_result(self, sample_id: uuid.UUID, data: DnaResultInput) -> None: ...
    def set_sample_status(self, sample_id: uuid.UUID, status: SampleStatus) -> None: ...
    def candidates(self, case_id: uuid.UUID, limit: int = 10) -> RankedCase: ...
    def compare(self, case_id: uuid.UUID, person_id: uuid.UUID) -> Comparison: ...
    def reject(self, case_id: uuid.UUID, person_id: uuid.UUID, reason: str, scored: Scored | None) -> None: ...
    def restore(self, case_id: uuid.UUID, person_id: uuid.UUID) -> None: ...
    def propose(self, data: ProposalInput) -> uuid.UUID: ...
    def notify(self, proposal_id: uuid.UUID, data: NotificationInput) -> None: ...
    def hand_over(self, proposal_id: uuid.UUID, data: HandoverInput) -> None: ...
    def bury(self, proposal_id: uuid.UUID, data: BurialInput) -> None: ...
    def counterparties(self) -> list[tuple[uuid.UUID, str, CounterpartyKind]]: ...
    def open_thread(
        self, case_id: uuid.UUID, counterparty_id: uuid.UUID, subject: str, due_on: dt.date | None
    ) -> uuid.UUID: ...
    def report(self, kind: ReportKind, record_id: str = "") -> bytes: ...


class RemainsPort(CasePort, BoardPort, Protocol):
    """The Remains section: batches, imports, the board's queue, and the case editor it opens."""

    def batch_progress(self) -> list[BatchProgress]: ...
    def add_batch(self, data: BatchInput) -> BatchDTO: ...
    def update_batch(self, batch_id: uuid.UUID, data: BatchInput) -> BatchDTO: ...
    def import_file(self, kind: str, path: Path, progress: Callable[[int, int], None] | None = None) -> str: ...
    def queue_size(self) -> int: ...


class AnteMortemPort(MarksPort, Protocol):
    """A missing person's ante-mortem data, in the person editor."""

    def ante_mortem(self, person_id: uuid.UUID) -> AnteMortemView: ...
    def save_ante_mortem(self, person_id: uuid.UUID, data: AnteMortemInput, details: PhysicalDetails) -> None: ...
    def add_reference_sample(self, data: SampleInput) -> None: ...
    def set_reference_donor(self, sample_id: uuid.UUID, relative_name: str, relationship: str) -> None: ...
