"""Templates of recurring letters, filled from the records (Ukrainian, then English)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.entities import CorrespondenceThread, Identification, Letter, Person, RemainsCase, ThreadLink
from models.core.enums import IdentificationDecision, LetterDirection, ProposalState
from models.core.errors import NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.correspondence.declension import Case, decline_with_rank


def _person(session: Session, thread_id: uuid.UUID) -> Person:
    person_id = session.execute(
        select(ThreadLink.record_id).where(ThreadLink.thread_id == thread_id, ThreadLink.entity == "person").limit(1)
    ).scalar()
    person = session.get(Person, person_id) if person_id is not None else None
    if person is None:
        raise ValidationError.single(
            "template", QT_TRANSLATE_NOOP("Errors", "link the thread to a person first: this letter is about one")
        )
    return person


def _name(person: Person) -> str:
    return " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)


def _declined(person: Person, case: Case) -> str:
    """The person, with the rank for a serviceman, as a Ukrainian sentence needs them:
    "сержанта Петренка Олександра Миколайовича" (see models.correspondence.declension)."""
    rank = "" if person.is_civilian else person.rank
    return decline_with_rank(rank, person.surname, person.given_names, person.patronymic, person.sex, case)


def _acknowledgment(session: Session, thread_id: uuid.UUID) -> tuple[str, str]:
    reply = session.scalars(
        select(Letter)
        .where(Letter.thread_id == thread_id, Letter.direction == LetterDirection.INCOMING)
        .order_by(Letter.received_on.desc())
        .limit(1)
    ).first()
    if reply is None:
        raise ValidationError.single(
            "template", QT_TRANSLATE_NOOP("Errors", "no letter has been received in this thread yet")
        )
    theirs = reply.their_reference or reply.our_reference or ""
    day = reply.received_on.strftime("%d.%m.%Y") if reply.received_on else ""
    return (
        "Підтвердження отримання / Acknowledgement of receipt",
        f"Підтверджуємо отримання Вашого листа № {theirs} від {day} щодо «{reply.subject}». "
        "Повідомимо про результати розгляду додатково.\n\n---\n\n"
        f'We acknowledge receipt of your letter No. {theirs} of {day} concerning "{reply.subject}". '
        "We will inform you of the outcome separately.",
    )


def _information_request(session: Session, thread_id: uuid.UUID) -> tuple[str, str]:
    person = _person(session, thread_id)
    facts_uk = [f"прізвище, ім'я, по батькові: {_name(person)}"]
    facts_en = [f"name: {_name(person)}"]
    if person.date_of_birth:
        facts_uk.append(f"дата народження: {person.date_of_birth}")
        facts_en.append(f"date of birth: {person.date_of_birth}")
    if person.service_number:
        facts_uk.append(f"особистий номер: {person.service_number}")
        facts_en.append(f"service number: {person.service_number}")
    if person.unit:
        facts_uk.append(f"підрозділ: {person.unit}")
        facts_en.append(f"unit: {person.unit}")
    if person.capture_date or person.capture_place:
        facts_uk.append(f"ймовірна дата і місце полону: {person.capture_date or '—'}, {person.capture_place or '—'}")
        facts_en.append(
            f"probable date and place of capture: {person.capture_date or '—'}, {person.capture_place or '—'}"
        )
    return (
        f"Запит про надання відомостей щодо {_declined(person, Case.GENITIVE)} / Request for information",
        "Відповідно до статті 122 Третьої Женевської конвенції просимо надати відомості про місцеперебування "
        f"та стан здоров'я {_declined(person, Case.GENITIVE)}:\n"
        + "\n".join(f"– {f}" for f in facts_uk)
        + "\n\n---\n\n"
        "Under Article 122 of the Third Geneva Convention we request information on the whereabouts and "
        "health of:\n" + "\n".join(f"- {f}" for f in facts_en),
    )


def _identification(session: Session, thread_id: uuid.UUID) -> tuple[str, str]:
    person = _person(session, thread_id)
    identification = session.scalars(
        select(Identification)
        .where(
            Identification.person_id == person.id,
            Identification.decision == IdentificationDecision.IDENTIFIED,
            Identification.state == ProposalState.DECIDED,
        )
        .order_by(Identification.decided_on.desc())
        .limit(1)
    ).first()
    if identification is None:
        raise ValidationError.single(
            "template", QT_TRANSLATE_NOOP("Errors", "{name} has no identification recorded"), name=_name(person)
        )
    case = session.get(RemainsCase, identification.remains_case_id)
    number = case.case_number if case else ""
    day = identification.decided_on.strftime("%d.%m.%Y") if identification.decided_on else ""
    return (
        f"Повідомлення про ідентифікацію {_declined(person, Case.GENITIVE)} / Notification of identification",
        f"Повідомляємо, що {day} ідентифікаційна комісія встановила, що останки (справа {number}) належать "
        f"{_declined(person, Case.DATIVE)}, дата народження {person.date_of_birth or '—'}.\n\n---\n\n"
        f"We inform you that on {day} the identification board identified the remains in case {number} as "
        f"{_name(person)}, born {person.date_of_birth or '—'}.",
    )


FILLERS: dict[str, Callable[[Session, uuid.UUID], tuple[str, str]]] = {
    "reply_acknowledgment": _acknowledgment,
    "person_information_request": _information_request,
    "identification_notification": _identification,
}


def fill_template(session: Session, kind: str, thread_id: uuid.UUID) -> tuple[str, str]:
    """Subject and text of a recurring letter for a thread, filled from its records."""
    if session.get(CorrespondenceThread, thread_id) is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no thread with id {thread_id}"), thread_id=thread_id)
    filler = FILLERS.get(kind)
    if filler is None:
        raise ValidationError.single(
            "template",
            QT_TRANSLATE_NOOP("Errors", "no template {kind!r}; known: {fillers}"),
            kind=kind,
            fillers=", ".join(FILLERS),
        )
    return filler(session, thread_id)
