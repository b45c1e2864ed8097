"""The identification board: proposals, members' signatures, the decision and what follows
it (notification of the family, handover of the remains, burial).

A proposal names a remains case and a missing person and concludes identification or
exclusion, with the evidence. Each board member signs under their own account; once the
required number (an office setting) have approved and nobody objects, a supervisor
records the decision. An identification makes the person deceased, with the date and
place of death, through the change log like every other edit.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.core.changelog import RepatriaSession
from models.core.common import check_not_future, check_text, require_role, today
from models.core.entities import (
    BoardSignature,
    CustodyTransfer,
    Identification,
    MatchCandidate,
    Person,
    RemainsCase,
    UserAccount,
)
from models.core.enums import (
    CandidateState,
    IdentificationDecision,
    PersonStatus,
    ProposalState,
    RemainsStatus,
    Role,
)
from models.core.errors import FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.office import settings
from models.remains.dto import (
    BurialInput,
    DecisionInput,
    HandoverInput,
    NotificationInput,
    ProposalDTO,
    ProposalInput,
    SignatureDTO,
)


def _proposal(session: Session, proposal_id: uuid.UUID) -> Identification:
    record = session.get(Identification, proposal_id)
    if record is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no identification proposal with id {proposal_id}"), proposal_id=proposal_id
        )
    return record


def required_signatures(session: Session) -> int:
    return int(settings.get_number(session, "board_signatures_required"))


def propose(session: Session, data: ProposalInput) -> uuid.UUID:
    """Put a case and a person before the board."""
    case_id, person_id, decision, method, evidence = (
        data.case_id,
        data.person_id,
        data.decision,
        data.method,
        data.evidence,
    )
    require_role(session, Role.CLERK)
    case = session.get(RemainsCase, case_id)
    if case is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no remains case with id {case_id}"), case_id=case_id)
    if session.get(Person, person_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no person with id {person_id}"), person_id=person_id)
    errors: list[FieldError] = []
    check_text(errors, "evidence", evidence, max_len=20_000, required=True, multiline=True)
    open_or_decided = session.scalars(
        select(Identification).where(
            Identification.state != ProposalState.WITHDRAWN,
            (Identification.remains_case_id == case_id) | (Identification.person_id == person_id),
        )
    ).all()
    for other in open_or_decided:
        same_pair = other.remains_case_id == case_id and other.person_id == person_id
        identified = other.decision is IdentificationDecision.IDENTIFIED and other.state is ProposalState.DECIDED
        if same_pair and other.state is ProposalState.PROPOSED:
            errors.append(
                FieldError.of(
                    "person_id", QT_TRANSLATE_NOOP("Errors", "this case and person are before the board already")
                )
            )
        elif identified and other.remains_case_id == case_id and decision is IdentificationDecision.IDENTIFIED:
            errors.append(
                FieldError.of(
                    "remains_case_id",
                    QT_TRANSLATE_NOOP("Errors", "case {case_number} is identified already"),
                    case_number=case.case_number,
                )
            )
        elif identified and other.person_id == person_id and decision is IdentificationDecision.IDENTIFIED:
            errors.append(
                FieldError.of(
                    "person_id", QT_TRANSLATE_NOOP("Errors", "this person is identified already, with another case")
                )
            )
    if errors:
        raise ValidationError(errors)
    assert isinstance(session, RepatriaSession)
    record = Identification(
        remains_case_id=case_id,
        person_id=person_id,
        decision=decision,
        method=method,
        state=ProposalState.PROPOSED,
        evidence=evidence.strip(),
        proposed_on=today(),
        proposed_by=session.actor.user_name,
    )
    session.add(record)
    session.flush()
    return record.id


def sign(session: Session, proposal_id: uuid.UUID, approves: bool, comment: str = "") -> None:
    """The session's user signs as a board member: approves, or objects with a reason."""
    require_role(session, Role.CLERK)
    assert isinstance(session, RepatriaSession)
    record = _proposal(session, proposal_id)
    if record.state is not ProposalState.PROPOSED:
        raise ValidationError.single(
            "state", QT_TRANSLATE_NOOP("Errors", "the proposal is {state}: nothing to sign"), state=record.state.value
        )
    user = session.actor.user_name
    errors: list[FieldError] = []
    check_text(errors, "comment", comment, max_len=2000, multiline=True)
    if not approves and not comment.strip():
        errors.append(FieldError.of("comment", QT_TRANSLATE_NOOP("Errors", "an objection says why")))
    if session.scalar(
        select(BoardSignature.id).where(
            BoardSignature.identification_id == proposal_id, BoardSignature.user_name == user
        )
    ):
        errors.append(
            FieldError.of(
                "user_name", QT_TRANSLATE_NOOP("Errors", "{user} has signed this proposal already"), user=user
            )
        )
    if errors:
        raise ValidationError(errors)
    full_name = session.scalar(select(UserAccount.full_name).where(UserAccount.name == user)) or ""
    session.add(
        BoardSignature(
            identification_id=proposal_id,
            user_name=user,
            full_name=full_name,
            approves=approves,
            comment=comment.strip(),
            signed_at=dt.datetime.now(dt.UTC),
        )
    )
    session.flush()


def decide(session: Session, proposal_id: uuid.UUID, data: DecisionInput) -> None:
    """Record the board's decision once enough members approved and nobody objects."""
    decided_on, certificate_number = data.decided_on, data.certificate_number
    death_date, death_place = data.death_date, data.death_place
    require_role(session, Role.SUPERVISOR)
    assert isinstance(session, RepatriaSession)
    record = _proposal(session, proposal_id)
    proposal = proposal_dto(session, proposal_id)
    errors: list[FieldError] = []
    if record.state is not ProposalState.PROPOSED:
        errors.append(
            FieldError.of(
                "state", QT_TRANSLATE_NOOP("Errors", "the proposal is {state} already"), state=record.state.value
            )
        )
    if proposal.objections:
        errors.append(
            FieldError.of(
                "signatures",
                QT_TRANSLATE_NOOP("Errors", "{objections} board member(s) object"),
                objections=proposal.objections,
            )
        )
    elif proposal.approvals < proposal.required:
        errors.append(
            FieldError.of(
                "signatures",
                QT_TRANSLATE_NOOP("Errors", "{approvals} of the {required} required members have signed"),
                approvals=proposal.approvals,
                required=proposal.required,
            )
        )
    check_not_future(errors, "decided_on", decided_on)
    check_not_future(errors, "death_date", death_date)
    check_text(errors, "death_place", death_place, max_len=200)
    check_text(errors, "certificate_number", certificate_number, max_len=64)
    identified = record.decision is IdentificationDecision.IDENTIFIED
    if identified and not certificate_number.strip():
        errors.append(
            FieldError.of(
                "certificate_number", QT_TRANSLATE_NOOP("Errors", "an identification has a death certificate number")
            )
        )
    if identified and session.scalar(
        select(Identification.id).where(
            Identification.death_certificate_number == certificate_number.strip(), Identification.id != proposal_id
        )
    ):
        errors.append(
            FieldError.of(
                "certificate_number",
                QT_TRANSLATE_NOOP("Errors", "{certificate_number!r} is used already"),
                certificate_number=certificate_number,
            )
        )
    if errors:
        raise ValidationError(errors)
    members = [f"{s.full_name or s.user_name}" for s in proposal.signatures if s.approves]
    record.state = ProposalState.DECIDED
    record.decided_on = decided_on
    record.board_members = ", ".join(members)
    record.signed_by = session.actor.user_name
    candidate = session.scalar(
        select(MatchCandidate).where(
            MatchCandidate.remains_case_id == record.remains_case_id, MatchCandidate.person_id == record.person_id
        )
    )
    if candidate is None:
        candidate = MatchCandidate(remains_case_id=record.remains_case_id, person_id=record.person_id, score=0.0)
        session.add(candidate)
    if identified:
        record.death_certificate_number = certificate_number.strip()
        record.death_date = death_date
        record.death_place = death_place.strip()
        person = session.get(Person, record.person_id)
        case = session.get(RemainsCase, record.remains_case_id)
        assert person is not None and case is not None
        person.status = PersonStatus.DECEASED
        if death_date is not None:
            person.death_date = death_date
        if death_place.strip():
            person.death_place = death_place.strip()
        for part in [case, *_parts(session, case.id)]:
            part.status = RemainsStatus.IDENTIFIED
        candidate.state = CandidateState.CONFIRMED
        candidate.rejection_reason = ""
    else:
        candidate.state = CandidateState.REJECTED
        candidate.rejection_reason = f"excluded by the identification board on {decided_on:%d.%m.%Y}: {record.evidence}"
    session.flush()


def withdraw(session: Session, proposal_id: uuid.UUID, reason: str) -> None:
    require_role(session, Role.CLERK)
    record = _proposal(session, proposal_id)
    if record.state is not ProposalState.PROPOSED:
        raise ValidationError.single(
            "state",
            QT_TRANSLATE_NOOP("Errors", "the proposal is {state}: it cannot be withdrawn"),
            state=record.state.value,
        )
    if not reason.strip():
        raise ValidationError.single("reason", QT_TRANSLATE_NOOP("Errors", "a withdrawn proposal says why"))
    record.state = ProposalState.WITHDRAWN
    record.evidence = f"{record.evidence}\n\nWithdrawn: {reason.strip()}"
    session.flush()


def _decided_identification(session: Session, proposal_id: uuid.UUID) -> Identification:
    record = _proposal(session, proposal_id)
    if record.state is not ProposalState.DECIDED or record.decision is not IdentificationDecision.IDENTIFIED:
        raise ValidationError.single(
            "state",
            QT_TRANSLATE_NOOP("Errors", "only a decided identification is followed by notification and handover"),
        )
    return record


def record_notification(session: Session, proposal_id: uuid.UUID, data: NotificationInput) -> None:
    notified_on, by, how = data.notified_on, data.by, data.how
    require_role(session, Role.CLERK)
    record = _decided_identification(session, proposal_id)
    errors: list[FieldError] = []
    check_not_future(errors, "family_notified_on", notified_on)
    if record.decided_on and notified_on < record.decided_on:
        errors.append(
            FieldError.of("family_notified_on", QT_TRANSLATE_NOOP("Errors", "is before the board's decision"))
        )
    check_text(errors, "notified_by", by, max_len=200, required=True)
    check_text(errors, "notification_method", how, max_len=200, required=True)
    if errors:
        raise ValidationError(errors)
    record.family_notified_on, record.notified_by, record.notification_method = notified_on, by.strip(), how.strip()
    session.flush()


def record_handover(session: Session, proposal_id: uuid.UUID, data: HandoverInput) -> None:
    """The remains go to the family: the case is closed and the chain of custody ends with them."""
    handed_over_on, to_whom, documents = data.handed_over_on, data.to_whom, data.documents
    require_role(session, Role.CLERK)
    assert isinstance(session, RepatriaSession)
    record = _decided_identification(session, proposal_id)
    errors: list[FieldError] = []
    check_not_future(errors, "handed_over_on", handed_over_on)
    if record.decided_on and handed_over_on < record.decided_on:
        errors.append(FieldError.of("handed_over_on", QT_TRANSLATE_NOOP("Errors", "is before the board's decision")))
    if record.family_notified_on is None:
        errors.append(
            FieldError.of(
                "family_notified_on", QT_TRANSLATE_NOOP("Errors", "the family is notified before the handover")
            )
        )
    check_text(errors, "handed_over_to", to_whom, max_len=200, required=True)
    check_text(errors, "handover_documents", documents, max_len=20_000, multiline=True)
    if errors:
        raise ValidationError(errors)
    record.handed_over_on, record.handed_over_to, record.handover_documents = handed_over_on, to_whom.strip(), documents
    case = session.get(RemainsCase, record.remains_case_id)
    assert case is not None
    for handed in [case, *_parts(session, case.id)]:  # the body parts of the individual go with it
        handed.status = RemainsStatus.HANDED_OVER
        last = session.scalar(
            select(CustodyTransfer.to_party)
            .where(CustodyTransfer.remains_case_id == handed.id)
            .order_by(CustodyTransfer.transferred_at.desc())
            .limit(1)
        )
        session.add(
            CustodyTransfer(
                remains_case_id=handed.id,
                from_party=last or handed.storage_place or "",
                to_party=to_whom.strip(),
                transferred_at=dt.datetime.combine(handed_over_on, dt.time(12), dt.UTC),
                by_whom=session.actor.user_name,
                note="handover to the family",
            )
        )
    session.flush()


def _parts(session: Session, case_id: uuid.UUID) -> list[RemainsCase]:
    """Body parts linked to the individual of this case."""
    return list(session.scalars(select(RemainsCase).where(RemainsCase.individual_case_id == case_id)))


def record_burial(session: Session, proposal_id: uuid.UUID, data: BurialInput) -> None:
    burial_place, burial_date, grave = data.burial_place, data.burial_date, data.grave
    require_role(session, Role.CLERK)
    record = _decided_identification(session, proposal_id)
    errors: list[FieldError] = []
    check_text(errors, "burial_place", burial_place, max_len=200, required=True)
    check_text(errors, "grave", grave, max_len=100)
    check_not_future(errors, "burial_date", burial_date)
    if errors:
        raise ValidationError(errors)
    record.burial_place, record.burial_date, record.grave = burial_place.strip(), burial_date, grave.strip()
    person = session.get(Person, record.person_id)
    assert person is not None
    person.burial_place, person.grave = burial_place.strip(), grave.strip()
    session.flush()


def proposal_dtos(session: Session, records: list[Identification]) -> list[ProposalDTO]:
    if not records:
        return []
    ids = [r.id for r in records]
    signatures: dict[uuid.UUID, list[SignatureDTO]] = {i: [] for i in ids}
    for s in session.scalars(
        select(BoardSignature).where(BoardSignature.identification_id.in_(ids)).order_by(BoardSignature.signed_at)
    ):
        signatures[s.identification_id].append(
            SignatureDTO(s.user_name, s.full_name, s.approves, s.comment, s.signed_at)
        )
    cases = dict(
        session.execute(
            select(RemainsCase.id, RemainsCase.case_number).where(
                RemainsCase.id.in_({r.remains_case_id for r in records})
            )
        ).all()
    )
    people = {
        pid: (ext, " ".join(p for p in (s, g, pa) if p))
        for pid, ext, s, g, pa in session.execute(
            select(Person.id, Person.external_id, Person.surname, Person.given_names, Person.patronymic).where(
                Person.id.in_({r.person_id for r in records})
            )
        )
    }
    required = required_signatures(session)
    return [
        ProposalDTO(
            id=r.id,
            remains_case_id=r.remains_case_id,
            case_number=cases.get(r.remains_case_id, ""),
            person_id=r.person_id,
            person_external_id=people[r.person_id][0],
            person_name=people[r.person_id][1],
            decision=r.decision,
            method=r.method,
            state=r.state,
            evidence=r.evidence,
            proposed_on=r.proposed_on,
            proposed_by=r.proposed_by,
            signatures=tuple(signatures[r.id]),
            required=required,
            decided_on=r.decided_on,
            board_members=r.board_members,
            signed_by=r.signed_by,
            death_certificate_number=r.death_certificate_number,
            death_date=r.death_date,
            death_place=r.death_place,
            family_notified_on=r.family_notified_on,
            notified_by=r.notified_by,
            notification_method=r.notification_method,
            handed_over_on=r.handed_over_on,
            handed_over_to=r.handed_over_to,
            handover_documents=r.handover_documents,
            burial_place=r.burial_place,
            burial_date=r.burial_date,
            grave=r.grave,
        )
        for r in records
    ]


def proposal_dto(session: Session, proposal_id: uuid.UUID) -> ProposalDTO:
    return proposal_dtos(session, [_proposal(session, proposal_id)])[0]


def proposals(
    session: Session,
    *,
    state: ProposalState | None = None,
    case_id: uuid.UUID | None = None,
    person_id: uuid.UUID | None = None,
) -> list[ProposalDTO]:
    """Proposals, oldest first: the board's queue is ``state=PROPOSED``."""
    query = select(Identification).order_by(Identification.created_at)
    if state is not None:
        query = query.where(Identification.state == state)
    if case_id is not None:
        query = query.where(Identification.remains_case_id == case_id)
    if person_id is not None:
        query = query.where(Identification.person_id == person_id)
    return proposal_dtos(session, list(session.scalars(query)))


def queue_size(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(Identification).where(Identification.state == ProposalState.PROPOSED)
        )
        or 0
    )
