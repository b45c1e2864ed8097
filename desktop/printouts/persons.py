"""The registry's printouts: the capture card (GC III Annex IV B), the personal dossier and
the registry statistics, read in one unit of work."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.printouts.common import STATUS_TEXT, _dotted
from models.core.enums import Health, PersonStatus
from models.core.errors import NotFoundError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.dto import HEALTH_GROUP_UK
from models.persons.dashboard import dashboard
from models.persons.dto import NextOfKinDTO, PersonDTO
from models.persons.service import find_by_external_id, next_of_kin
from reports.dto import CaptureCard, Count, Statistics


def _person(session: Session, external_id: str) -> PersonDTO:
    person = find_by_external_id(session, external_id)
    if person is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no person with the record id {external_id!r}"), external_id=external_id
        )
    return person


def capture_card(session: Session, external_id: str) -> CaptureCard:
    person = _person(session, external_id)
    return capture_card_dto(person, next_of_kin(session, person.id))


def capture_card_dto(person: PersonDTO, kin: list[NextOfKinDTO]) -> CaptureCard:
    informed = next((k for k in kin if k.is_person_to_inform), kin[0] if kin else None)
    family = ", ".join(part for part in (informed.name, informed.address) if part) if informed else ""
    # The card knows "sick" but not "seriously ill": the nearer state is ticked.
    health = Health.SICK if person.health is Health.SERIOUSLY_ILL else person.health
    return CaptureCard(
        person.external_id,
        person.citizenship,
        person.surname,
        person.given_names,
        person.patronymic,
        person.mother_maiden_name,
        _dotted(person.date_of_birth),
        person.place_of_birth,
        person.rank,
        person.service_number,
        person.unit,
        family or person.address_for_correspondence,
        _dotted(person.capture_date),
        person.capture_place,
        person.coming_from,
        health.value if health is not None else "",
        person.prisoner_number,
        person.detention_place,
    )


def statistics(session: Session, _record: str = "") -> Statistics:
    board = dashboard(session)
    by_status = [Count(*STATUS_TEXT[s], board.by_status[s]) for s in PersonStatus if board.by_status.get(s)]
    by_health = [
        Count(HEALTH_GROUP_UK[h], h.value.replace("_", " "), board.by_health[h])
        for h in Health
        if board.by_health.get(h)
    ]
    if board.by_health.get(None):
        by_health.append(Count("не вказано", "not recorded", board.by_health[None]))
    return Statistics(
        sum(board.by_status.values()), by_status, by_health, board.captures_per_month, board.returns_per_month
    )
