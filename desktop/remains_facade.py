"""What the Remains section and the identification board do, each call one unit of work."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from dataclasses import dataclass

from desktop.reporting import ReportsFacade
from models.core import attachments
from models.core.db import Database
from models.core.enums import (
    CounterpartyKind,
    IdentificationDecision,
    IdentificationMethod,
    ProposalState,
    SampleKind,
    SampleStatus,
    ToothState,
)
from models.core.errors import FieldError
from models.core.partial_date import PartialDate
from models.correspondence import service as correspondence
from models.persons.service import PersonDTO, get_person
from models.remains import files, identification
from models.remains import service as remains
from models.remains.candidates import CandidateIndex
from models.remains.marks import Mark
from models.remains.profiles import (
    RankedCase,
    am_profiles,
    build_index,
    index_changed_since,
    pm_profiles,
    rank_cases,
)
from models.remains.scoring import AmProfile, PmProfile, Scored, score_pair


@dataclass(frozen=True)
class Comparison:
    """A case and one candidate side by side, with the evidence between them."""

    case: remains.CaseDetail
    pm: PmProfile
    person: PersonDTO
    am: AmProfile
    ante_mortem: remains.AnteMortemDTO | None
    scored: Scored


@dataclass(frozen=True)
class AnteMortemView:
    record: remains.AnteMortemDTO | None
    dental: dict[int, ToothState]
    marks: list[Mark]
    implants: list[remains.ImplantSpec]
    samples: list[remains.SampleDTO]
    identifications: list[identification.ProposalDTO]


class RemainsFacade:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._index: tuple[dt.datetime, CandidateIndex] | None = None
        self._index_lock = threading.Lock()

    # -- batches and cases ---------------------------------------------------------------

    def batch_progress(self) -> list[remains.BatchProgress]:
        with self._db.read() as session:
            return remains.batch_progress(session)

    def batches(self) -> list[remains.BatchDTO]:
        with self._db.read() as session:
            return remains.list_batches(session)

    def add_batch(
        self,
        number: str,
        received_on: dt.date,
        *,
        place: str = "",
        handed_over_by: str = "",
        declared_count: int = 0,
        bag_numbers: str = "",
        notes: str = "",
    ) -> remains.BatchDTO:
        with self._db.write() as session:
            return remains.create_batch(
                session,
                number,
                received_on,
                place=place,
                handed_over_by=handed_over_by,
                declared_count=declared_count,
                bag_numbers=bag_numbers,
                notes=notes,
            )

    def update_batch(self, batch_id: uuid.UUID, **changes: object) -> remains.BatchDTO:
        with self._db.write() as session:
            return remains.update_batch(session, batch_id, **changes)

    def cases(
        self, *, batch_id: uuid.UUID | None = None, stage: str | None = None, text: str = "", flagged: bool = False
    ) -> list[remains.CaseRow]:
        with self._db.read() as session:
            return remains.list_cases(session, batch_id=batch_id, stage=stage, text=text, flagged=flagged)

    def case(self, case_id: uuid.UUID) -> remains.CaseDetail:
        with self._db.read() as session:
            return remains.case_detail(session, case_id)

    def validate_case(self, data: remains.RemainsCaseInput) -> list[FieldError]:
        return remains.validate_case(data)

    def save_case(
        self,
        case_id: uuid.UUID | None,
        data: remains.RemainsCaseInput,
        dental: dict[int, ToothState],
        marks: list[Mark],
        implants: list[remains.ImplantSpec],
    ) -> remains.RemainsCaseDTO:
        """The whole case in one transaction: the examination, the teeth, marks and implants."""
        with self._db.write() as session:
            saved = (
                remains.create_case(session, data) if case_id is None else remains.update_case(session, case_id, data)
            )
            remains.set_dental_chart(session, dental, remains_case_id=saved.id)
            remains.set_marks(session, marks, remains_case_id=saved.id)
            remains.set_implants(session, implants, remains_case_id=saved.id)
            return saved

    def add_custody(
        self, case_id: uuid.UUID, from_party: str, to_party: str, at: dt.datetime, by_whom: str, note: str
    ) -> None:
        with self._db.write() as session:
            remains.record_custody_transfer(session, case_id, from_party, to_party, at, by_whom, note)

    def add_sample(
        self, case_id: uuid.UUID, number: str, lab: str, collected_on: dt.date | None, resample_of: uuid.UUID | None
    ) -> None:
        with self._db.write() as session:
            sample = remains.add_dna_sample(
                session, number, SampleKind.REMAINS, remains_case_id=case_id, lab=lab, collected_on=collected_on
            )
            if resample_of is not None:
                remains.mark_resample(session, sample, resample_of)

    def record_dna_result(
        self, sample_id: uuid.UUID, reference_number: str, ratio: float, lab: str, reported_on: dt.date | None
    ) -> None:
        """A result typed from the lab's report (files come through ``import_file``)."""
        with self._db.write() as session:
            reference = remains.sample_id_of(session, reference_number)
            remains.record_dna_result(session, sample_id, reference, ratio, lab=lab, reported_on=reported_on)

    def set_sample_status(self, sample_id: uuid.UUID, status: SampleStatus) -> None:
        with self._db.write() as session:
            remains.set_sample_status(session, sample_id, status)

    def import_file(self, kind: str, data: bytes, progress: files.Progress | None = None) -> str:
        """``remains``, ``am`` or ``dna``: an all-or-nothing import; returns what it did.
        ``progress`` may raise to cancel: the transaction is rolled back, nothing is written."""
        importer = {
            "remains": files.import_remains,
            "am": files.import_ante_mortem,
            "dna": files.import_dna_results,
        }[kind]
        with self._db.write() as session:
            return importer(session, data, progress).text()

    def attachments(self, case_id: uuid.UUID) -> list[attachments.AttachmentDTO]:
        with self._db.read() as session:
            return attachments.attachments_of(session, "remains_case", case_id)

    def add_attachment(self, case_id: uuid.UUID, filename: str, data: bytes) -> attachments.AttachmentDTO:
        with self._db.write() as session:
            return attachments.add_attachment(session, "remains_case", case_id, filename, data)

    def attachment_data(self, attachment_id: uuid.UUID) -> bytes:
        with self._db.read() as session:
            return attachments.attachment_data(session, attachment_id)

    def remove_attachment(self, attachment_id: uuid.UUID) -> None:
        with self._db.write() as session:
            attachments.remove_attachment(session, attachment_id)

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
        index = self._candidate_index()
        with self._db.read() as session:
            return rank_cases(session, [case_id], limit=limit, index=index)[0]

    def compare(self, case_id: uuid.UUID, person_id: uuid.UUID) -> Comparison:
        index = self._candidate_index()
        with self._db.read() as session:
            (pm,) = pm_profiles(session, [case_id])
            am = index.profiles.get(person_id) or am_profiles(session, [person_id])[0]
            scored = score_pair(pm, am, index.dna.get((case_id, person_id), ()), index.thresholds)
            return Comparison(
                remains.case_detail(session, case_id),
                pm,
                get_person(session, person_id),
                am,
                remains.ante_mortem_of(session, person_id),
                scored,
            )

    def reject(self, case_id: uuid.UUID, person_id: uuid.UUID, reason: str, scored: Scored | None) -> None:
        with self._db.write() as session:
            remains.reject_candidate(
                session,
                case_id,
                person_id,
                reason,
                scored.score if scored else 0.0,
                [e.as_json() for e in scored.evidence] if scored else [],
            )

    def restore(self, case_id: uuid.UUID, person_id: uuid.UUID) -> None:
        with self._db.write() as session:
            remains.restore_candidate(session, case_id, person_id)

    # -- the board ---------------------------------------------------------------------

    def propose(
        self,
        case_id: uuid.UUID,
        person_id: uuid.UUID,
        decision: IdentificationDecision,
        method: IdentificationMethod,
        evidence: str,
    ) -> uuid.UUID:
        with self._db.write() as session:
            return identification.propose(session, case_id, person_id, decision, method, evidence)

    def queue_size(self) -> int:
        """Proposals waiting for the board."""
        with self._db.read() as session:
            return identification.queue_size(session)

    def proposals(
        self, state: ProposalState | None = None, *, case_id: uuid.UUID | None = None
    ) -> list[identification.ProposalDTO]:
        with self._db.read() as session:
            return identification.proposals(session, state=state, case_id=case_id)

    def sign(self, proposal_id: uuid.UUID, user: str, password: str, approves: bool, comment: str) -> None:
        """A board member signs under their own account, proven by their password."""
        actor = self._db.actor_for(user, password)
        with self._db.write(actor) as session:
            identification.sign(session, proposal_id, approves, comment)

    def decide(
        self,
        proposal_id: uuid.UUID,
        decided_on: dt.date,
        certificate_number: str,
        death_date: PartialDate | None,
        death_place: str,
    ) -> None:
        with self._db.write() as session:
            identification.decide(
                session,
                proposal_id,
                decided_on,
                certificate_number=certificate_number,
                death_date=death_date,
                death_place=death_place,
            )

    def withdraw(self, proposal_id: uuid.UUID, reason: str) -> None:
        with self._db.write() as session:
            identification.withdraw(session, proposal_id, reason)

    def notify(self, proposal_id: uuid.UUID, on: dt.date, by: str, how: str) -> None:
        with self._db.write() as session:
            identification.record_notification(session, proposal_id, on, by, how)

    def hand_over(self, proposal_id: uuid.UUID, on: dt.date, to_whom: str, documents: str) -> None:
        with self._db.write() as session:
            identification.record_handover(session, proposal_id, on, to_whom, documents)

    def bury(self, proposal_id: uuid.UUID, place: str, on: dt.date | None, grave: str) -> None:
        with self._db.write() as session:
            identification.record_burial(session, proposal_id, place, on, grave)

    def user_name(self) -> str:
        return self._db.actor.user_name

    # -- a person's AM data ------------------------------------------------------------

    def ante_mortem(self, person_id: uuid.UUID) -> AnteMortemView:
        with self._db.read() as session:
            record = remains.ante_mortem_of(session, person_id)
            return AnteMortemView(
                record,
                remains.dental_chart(session, ante_mortem_id=record.id) if record else {},
                remains.marks_of(session, ante_mortem_id=record.id) if record else [],
                remains.implants_of(session, ante_mortem_id=record.id) if record else [],
                remains.samples_of(session, person_id=person_id),
                identification.proposals(session, person_id=person_id),
            )

    def save_ante_mortem(
        self,
        person_id: uuid.UUID,
        data: remains.AnteMortemInput,
        dental: dict[int, ToothState],
        marks: list[Mark],
        implants: list[remains.ImplantSpec],
    ) -> None:
        with self._db.write() as session:
            record = remains.save_ante_mortem(session, person_id, data)
            remains.set_dental_chart(session, dental, ante_mortem_id=record.id)
            remains.set_marks(session, marks, ante_mortem_id=record.id)
            remains.set_implants(session, implants, ante_mortem_id=record.id)

    def add_reference_sample(
        self,
        person_id: uuid.UUID,
        number: str,
        relative: str,
        relationship: str,
        lab: str,
        collected_on: dt.date | None,
    ) -> None:
        with self._db.write() as session:
            remains.add_dna_sample(
                session,
                number,
                SampleKind.REFERENCE,
                person_id=person_id,
                relative_name=relative,
                relationship=relationship,
                lab=lab,
                collected_on=collected_on,
            )

    # -- correspondence about a case ---------------------------------------------------

    def correspondence(self, case_id: uuid.UUID) -> list[correspondence.ThreadSummary]:
        with self._db.read() as session:
            return correspondence.thread_summaries(session, include_closed=True, about=("remains_case", case_id))

    def counterparties(self) -> list[tuple[uuid.UUID, str, CounterpartyKind]]:
        with self._db.read() as session:
            return correspondence.counterparties(session)

    def open_thread(
        self, case_id: uuid.UUID, counterparty_id: uuid.UUID, subject: str, due_on: dt.date | None
    ) -> uuid.UUID:
        """A clarification thread about this case (commingled remains, a missing tag …)."""
        with self._db.write() as session:
            return correspondence.open_thread(
                session, counterparty_id, subject, due_on=due_on, links=[("remains_case", case_id)]
            )

    # -- reports ------------------------------------------------------------------------

    def report(self, kind: str, record_id: str = "") -> bytes:
        """``remains-status``, ``identification`` (a case number) or ``death-certificate``."""
        return ReportsFacade(self._db).build(kind, record_id)
