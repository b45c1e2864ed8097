"""The registry's printouts: the capture card (GC III Annex IV B), the personal dossier and
the registry statistics, read in one unit of work."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.printouts import remains as remains_printouts
from desktop.printouts.common import SIDE_TEXT, STATUS_TEXT, THREAD_STATE_TEXT, _dotted, _field_text, _joined
from models.core.attachments import attachment_data, attachments_of
from models.core.enums import Health, PersonStatus
from models.core.errors import NotFoundError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.correspondence.service import thread_summaries
from models.lists.dto import HEALTH_GROUP_UK
from models.lists.printout import person_on_lists
from models.persons.dashboard import dashboard
from models.persons.dto import NextOfKinDTO, PersonDTO
from models.persons.service import find_by_external_id, names, next_of_kin, status_events
from reports.dto import CaptureCard, Count, Dossier, Statistics

# The dossier's fields, in the order of the person editor: (attribute, Ukrainian, English).
DOSSIER_FIELDS = (
    ("external_id", "Номер запису", "Record id"),
    ("surname", "Прізвище", "Surname"),
    ("given_names", "Ім'я", "Given names"),
    ("patronymic", "По батькові", "Patronymic"),
    ("mother_maiden_name", "Дівоче прізвище матері", "Mother's maiden name"),
    ("sex", "Стать", "Sex"),
    ("date_of_birth", "Дата народження", "Date of birth"),
    ("place_of_birth", "Місце народження", "Place of birth"),
    ("citizenship", "Громадянство", "Citizenship"),
    ("service_number", "Особистий номер", "Service number"),
    ("rank", "Звання", "Rank"),
    ("unit", "Військова частина", "Unit"),
    ("is_civilian", "Цивільна особа", "Civilian"),
    ("status", "Статус", "Status"),
    ("health", "Стан здоров'я", "Health"),
    ("annex1_category", "Категорія додатка I", "Annex I category"),
    ("consent_to_repatriation", "Згода на репатріацію", "Consent to repatriation"),
    ("capture_date", "Дата полону", "Capture date"),
    ("capture_place", "Місце полону", "Capture place"),
    ("coming_from", "Звідки", "Coming from"),
    ("detention_place", "Місце утримання", "Place of detention"),
    ("prisoner_number", "Номер військовополоненого", "Prisoner number"),
    ("address_for_correspondence", "Адреса для листування", "Address for correspondence"),
    ("death_date", "Дата смерті", "Date of death"),
    ("death_place", "Місце смерті", "Place of death"),
    ("death_cause", "Причина смерті", "Cause of death"),
    ("burial_place", "Місце поховання", "Burial place"),
    ("grave", "Могила", "Grave"),
    ("notes", "Примітки", "Notes"),
)
PHOTO_TYPES = ("image/jpeg", "image/png")


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


def dossier(session: Session, external_id: str) -> Dossier:
    person = _person(session, external_id)
    spellings = names(session, person.id)
    kin = next_of_kin(session, person.id)
    events = status_events(session, person.id)
    appearances = person_on_lists(session, person.id)
    threads = thread_summaries(session, include_closed=True, about=("person", person.id))
    files = attachments_of(session, "person", person.id)
    photos = [attachment_data(session, f.id) for f in files if f.media_type in PHOTO_TYPES]
    fields = [(uk, en, _field_text(getattr(person, name))) for name, uk, en in DOSSIER_FIELDS]
    return Dossier(
        person.external_id,
        _joined(person.surname, person.given_names, person.patronymic),
        [(uk, en, value) for uk, en, value in fields if value],
        photos,
        [f"{_joined(n.surname, n.given_names, n.patronymic)} ({n.form.value.replace('_', ' ')})" for n in spellings],
        [
            ", ".join(p for p in (k.name, k.relationship, k.address, k.phone, k.email) if p)
            + (" · повідомляти / to be informed" if k.is_person_to_inform else "")
            for k in kin
        ],
        [
            (
                e.occurred_on.dotted() if e.occurred_on else "—",
                e.kind.value.replace("_", " "),
                " · ".join(p for p in (e.place, e.description) if p),
            )
            for e in events
        ],
        [
            (
                f"{a.agreement} · {' / '.join(SIDE_TEXT[a.side])}"
                + (f" · етап / phase {a.phase}" if a.phase is not None else "")
                + f" · версія / version {a.version}",
                str(a.row),
                f"{a.match_state} · "
                + {True: "відповідає / compliant", False: "не відповідає / not compliant", None: "—"}[a.compliant],
            )
            for a in appearances
        ],
        [(t.subject, t.counterparty, THREAD_STATE_TEXT[t.state]) for t in threads],
        [(f.filename, f.media_type, f.description) for f in files],
        remains_printouts.dossier_remains(session, person.id),
    )
