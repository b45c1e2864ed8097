"""The identification board, from proposal to family handover, and the AM/PM data services."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select

from desktop.cli.documents import candidates_document
from models.core.changelog import Actor
from models.core.db import Database
from models.core.entities import ChangeEvent, MatchCandidate, Person
from models.core.enums import (
    CandidateState,
    IdentificationDecision,
    IdentificationMethod,
    PersonStatus,
    ProposalState,
    Role,
    SampleKind,
    SampleStatus,
    ToothState,
)
from models.core.errors import PermissionDenied, ValidationError
from models.core.keyslots import WrongPassword
from models.core.partial_date import PartialDate
from models.office import settings
from models.office.users import add_user
from models.remains import cases as remains
from models.remains import details, dna, identification
from models.remains.dto import (
    BurialInput,
    CustodyInput,
    DecisionInput,
    HandoverInput,
    NotificationInput,
    ProposalInput,
    RemainsCaseInput,
    SampleInput,
)
from models.remains.profiles import case_id_of, rank_cases
from tests.helpers.database import FAST_KDF


def _ids(db: Database) -> tuple[uuid.UUID, uuid.UUID]:
    with db.read() as session:
        case_id = case_id_of(session, "PM-001")
        person_id = session.scalar(select(Person.id).where(Person.external_id == "M-1"))
    assert person_id is not None
    return case_id, person_id


def _members(db: Database, *names: str) -> list[Actor]:
    for name in names:
        add_user(db, name, Role.SUPERVISOR, f"{name}-password", full_name=f"Експерт {name}", params=FAST_KDF)
    return [db.actor_for(name, f"{name}-password") for name in names]


def test_a_board_of_the_required_size_identifies_and_the_person_becomes_deceased(registry: Database) -> None:
    case_id, person_id = _ids(registry)
    first, second, third = _members(registry, "ivanenko", "petrenko", "sydorenko")
    with registry.write() as session:
        proposal = identification.propose(
            session,
            ProposalInput(
                case_id,
                person_id,
                IdentificationDecision.IDENTIFIED,
                IdentificationMethod.PRIMARY,
                "dental: 4 concordant teeth; tattoo тризуб",
            ),
        )
        with pytest.raises(ValidationError, match="before the board already"):
            identification.propose(
                session,
                ProposalInput(case_id, person_id, IdentificationDecision.IDENTIFIED, IdentificationMethod.PRIMARY, "x"),
            )
    for member in (first, second):
        with registry.write(member) as session:
            identification.sign(session, proposal, approves=True)
    with registry.write(first) as session, pytest.raises(ValidationError, match="signed this proposal already"):
        identification.sign(session, proposal, approves=True)
    with registry.write() as session, pytest.raises(ValidationError, match="2 of the 3 required"):
        identification.decide(session, proposal, DecisionInput(dt.date(2025, 7, 10), certificate_number="ДС-1"))
    with registry.write(third) as session:
        identification.sign(session, proposal, approves=True, comment="згоден")
    with registry.write() as session:
        assert identification.proposal_dto(session, proposal).ready
        with pytest.raises(ValidationError, match="death certificate number"):
            identification.decide(session, proposal, DecisionInput(dt.date(2025, 7, 10)))
        identification.decide(
            session,
            proposal,
            DecisionInput(
                dt.date(2025, 7, 10),
                certificate_number="ДС-1",
                death_date=PartialDate(2024, 2),
                death_place="с. Кліщіївка",
            ),
        )
    with registry.read() as session:
        person = session.get(Person, person_id)
        assert person is not None
        assert (person.status, person.death_date, person.death_place) == (
            PersonStatus.DECEASED,
            PartialDate(2024, 2),
            "с. Кліщіївка",
        )
        logged = session.scalars(select(ChangeEvent).where(ChangeEvent.record_id == person_id)).all()
        assert any("status" in (e.changes or {}) for e in logged)
        dto = identification.proposal_dto(session, proposal)
        assert dto.state is ProposalState.DECIDED and "Експерт ivanenko" in dto.board_members
        candidate = session.scalar(select(MatchCandidate).where(MatchCandidate.person_id == person_id))
        assert candidate is not None and candidate.state is CandidateState.CONFIRMED
        assert remains.case_detail(session, case_id).stage == "identified"
        # issue 13: the identified case shows whom it was identified as, first, and the JSON says so
        (ranked,) = rank_cases(session, [case_id])
        assert ranked.identified == person_id and ranked.ranking.candidates[0].person_id == person_id
        board = ranked.ranking.candidates[0].evidence[0]
        assert board.kind == "identified" and "identified by the board on 2025-07-10" in board.detail
        assert "ідентифіковано комісією 2025-07-10 (метод: первинний)" in board.detail_uk
        assert candidates_document(ranked)["identified_person_external_id"] == "M-1"

    with registry.write() as session:
        with pytest.raises(ValidationError, match="notified before the handover"):
            identification.record_handover(
                session, proposal, HandoverInput(dt.date(2025, 7, 20), "Коваленко Ганна", "акт")
            )
        identification.record_notification(
            session, proposal, NotificationInput(dt.date(2025, 7, 12), "Петренко", "особисто")
        )
        identification.record_handover(
            session, proposal, HandoverInput(dt.date(2025, 7, 20), "Коваленко Ганна (мати)", "акт №5")
        )
        identification.record_burial(
            session, proposal, BurialInput("Лісове кладовище, Київ", dt.date(2025, 7, 22), "ділянка 12")
        )
        with pytest.raises(ValidationError, match="identified already"):
            identification.propose(
                session,
                ProposalInput(case_id, person_id, IdentificationDecision.IDENTIFIED, IdentificationMethod.PRIMARY, "x"),
            )
    with registry.read() as session:
        detail = remains.case_detail(session, case_id)
        assert detail.stage == "handed_over"
        assert detail.custody[-1].to_party == "Коваленко Ганна (мати)"
        person = session.get(Person, person_id)
        assert person is not None and person.burial_place == "Лісове кладовище, Київ"


def test_an_objection_stops_the_decision_and_an_exclusion_rejects_the_candidate(registry: Database) -> None:
    case_id, person_id = _ids(registry)
    (member,) = _members(registry, "koval")
    with registry.write() as session:
        settings.set_setting(session, "board_signatures_required", "1")
        proposal = identification.propose(
            session,
            ProposalInput(
                case_id, person_id, IdentificationDecision.EXCLUDED, IdentificationMethod.PRIMARY, "dental 46"
            ),
        )
        with pytest.raises(ValidationError, match="says why"):
            identification.sign(session, proposal, approves=False)
        identification.sign(session, proposal, approves=False, comment="рентген 2024 не переглянуто")
    with registry.write(member) as session:
        identification.sign(session, proposal, approves=True)
    with registry.write() as session:
        with pytest.raises(ValidationError, match="object"):
            identification.decide(session, proposal, DecisionInput(dt.date(2025, 7, 1)))
        identification.withdraw(session, proposal, "переглянути рентген")
        second = identification.propose(
            session,
            ProposalInput(
                case_id, person_id, IdentificationDecision.EXCLUDED, IdentificationMethod.PRIMARY, "dental 46"
            ),
        )
        identification.sign(session, second, approves=True)
        identification.decide(session, second, DecisionInput(dt.date(2025, 7, 2)))
        candidate = session.scalar(select(MatchCandidate).where(MatchCandidate.person_id == person_id))
        assert candidate is not None and candidate.state is CandidateState.REJECTED
        assert "excluded by the identification board" in candidate.rejection_reason
        person = session.get(Person, person_id)
        assert person is not None and person.status is PersonStatus.MISSING


def test_roles_and_passwords_guard_the_board(registry: Database) -> None:
    case_id, person_id = _ids(registry)
    clerk = Actor(None, "clerk", registry.actor.office_id, Role.CLERK)
    with pytest.raises(WrongPassword):
        registry.actor_for("admin", "not the password")
    with registry.write() as session:
        settings.set_setting(session, "board_signatures_required", "1")
        proposal = identification.propose(
            session,
            ProposalInput(case_id, person_id, IdentificationDecision.IDENTIFIED, IdentificationMethod.PRIMARY, "DNA"),
        )
        identification.sign(session, proposal, approves=True)
    with pytest.raises(PermissionDenied), registry.write(clerk) as session:
        identification.decide(session, proposal, DecisionInput(dt.date(2025, 7, 1), certificate_number="ДС-9"))
    with pytest.raises(PermissionDenied), registry.write(clerk) as session:
        settings.set_setting(session, "board_signatures_required", "0")
    with registry.write() as session, pytest.raises(ValidationError, match="below the minimum"):
        settings.set_setting(session, "board_signatures_required", "0")


def test_custody_dental_and_samples(registry: Database) -> None:
    case_id, _ = _ids(registry)
    with registry.write() as session:
        remains.record_custody_transfer(
            session,
            case_id,
            CustodyInput("інша сторона", "Бюро СМЕ", dt.datetime(2025, 5, 23, 9, tzinfo=dt.UTC), "Петренко"),
        )
        remains.record_custody_transfer(
            session,
            case_id,
            CustodyInput("Бюро СМЕ", "рефрижератор №2", dt.datetime(2025, 5, 24, 9, tzinfo=dt.UTC), "Іваненко"),
        )
        with pytest.raises(ValidationError, match="is required"):
            remains.record_custody_transfer(session, case_id, CustodyInput("", "x", dt.datetime.now(dt.UTC), "y"))
        details.set_dental_chart(session, {11: ToothState.CROWNED, 36: ToothState.FILLED}, remains_case_id=case_id)
        with pytest.raises(ValidationError, match="FDI"):
            details.set_dental_chart(session, {19: ToothState.FILLED}, remains_case_id=case_id)
        sample = dna.add_dna_sample(session, SampleInput("PM-001-A", SampleKind.REMAINS, remains_case_id=case_id))
        dna.add_dna_sample(session, SampleInput("PM-001-B", SampleKind.REMAINS, remains_case_id=case_id))
        dna.set_sample_status(session, sample, SampleStatus.RESAMPLE_REQUESTED)
    with registry.read() as session:
        detail = remains.case_detail(session, case_id)
    assert [c.to_party for c in detail.custody] == ["Бюро СМЕ", "рефрижератор №2"]
    assert detail.dental == {11: ToothState.CROWNED, 36: ToothState.FILLED}
    assert [s.sample_number for s in detail.samples] == ["PM-001-A", "PM-001-B"]
    assert detail.stage == "sampled"


def test_batch_progress_counts_every_stage(registry: Database) -> None:
    with registry.write() as session:
        batch = remains.list_batches(session)[0]
        remains.update_batch(
            session, batch.id, dataclasses.replace(batch.as_input(), declared_count=5, place="Запоріжжя")
        )
    with registry.read() as session:
        (progress,) = remains.batch_progress(session)
    assert progress.received == 3 and progress.difference == 2
    assert progress.reached["received"] == 3 and progress.reached["examined"] == 3
    assert progress.reached["identified"] == 0


def test_body_parts_follow_their_individual(registry: Database) -> None:
    case_id, person_id = _ids(registry)
    with registry.write() as session:
        part = remains.create_case(
            session,
            RemainsCaseInput(
                case_number="PM-001-A",
                batch_id=remains.list_batches(session)[0].id,
                is_body_part=True,
                body_part="ліва рука",
                individual_case_id=case_id,
            ),
        )
        settings.set_setting(session, "board_signatures_required", "1")
        proposal = identification.propose(
            session,
            ProposalInput(case_id, person_id, IdentificationDecision.IDENTIFIED, IdentificationMethod.PRIMARY, "DNA"),
        )
        identification.sign(session, proposal, approves=True)
        identification.decide(session, proposal, DecisionInput(dt.date(2025, 7, 10), certificate_number="ДС-3"))
        assert remains.case_detail(session, part.id).stage == "identified"
        assert remains.case_detail(session, case_id).body_parts == ["PM-001-A"]
        identification.record_notification(
            session, proposal, NotificationInput(dt.date(2025, 7, 11), "Петренко", "телефоном")
        )
        identification.record_handover(session, proposal, HandoverInput(dt.date(2025, 7, 12), "родина", "акт"))
        detail = remains.case_detail(session, part.id)
        assert detail.stage == "handed_over" and detail.custody[-1].to_party == "родина"
        (progress,) = remains.batch_progress(session)
        assert (progress.received, progress.individuals) == (4, 3)  # the part is not one more individual
