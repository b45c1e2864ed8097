"""The dossier's data: the whole case of one person (its own module, for it reads every
feature: lists, letters, attachments, remains; a capture card loads none of them)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.printouts import remains as remains_printouts
from desktop.printouts.common import SIDE_TEXT, THREAD_STATE_TEXT, _field_text, _joined
from desktop.printouts.persons import _person
from models.core.attachments import attachment_data, attachments_of
from models.correspondence.service import thread_summaries
from models.lists.printout import person_on_lists
from models.persons.service import names, next_of_kin, status_events
from reports.dto import Dossier

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
