"""A list as it goes on paper: the version's entries, its agreement and criteria, read in
one pass. The desktop turns this into the report DTOs; nothing here knows of PDF."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.entities import Agreement, ExchangeList, ListEntry, ListVersion, Person
from models.lists.dto import ListAppearance, ListPrintout, PrintedEntry, label_of
from models.lists.service import _criteria, latest_version


def list_printout(session: Session, list_id: uuid.UUID) -> ListPrintout:
    version = latest_version(session, list_id)
    exchange_list = session.get(ExchangeList, list_id)
    assert exchange_list is not None  # the version exists, so its list does
    agreement = session.get(Agreement, exchange_list.agreement_id)
    criteria, match = _criteria(session, version, exchange_list.agreement_id)
    rows = session.execute(
        select(
            ListEntry.row_number,
            ListEntry.surname,
            ListEntry.given_names,
            ListEntry.patronymic,
            ListEntry.date_of_birth,
            ListEntry.service_number,
            ListEntry.rank,
            ListEntry.category,
            Person.status,
        )
        .outerjoin(Person, Person.id == ListEntry.person_id)
        .where(ListEntry.list_version_id == version.id)
        .order_by(ListEntry.row_number)
    ).all()
    entries = [
        PrintedEntry(
            r.row_number,
            r.surname,
            r.given_names,
            r.patronymic,
            r.date_of_birth.dotted() if r.date_of_birth is not None else "",
            r.service_number,
            r.rank,
            r.category,
            r.status,
        )
        for r in rows
    ]
    return ListPrintout(
        list_id,
        agreement.title if agreement is not None else "",
        exchange_list.side,
        exchange_list.phase_number,
        version.version,
        version.locked_at,
        [label_of(c) for c in criteria],
        match,
        entries,
    )


def person_on_lists(session: Session, person_id: uuid.UUID) -> list[ListAppearance]:
    rows = session.execute(
        select(
            Agreement.title,
            ExchangeList.side,
            ExchangeList.phase_number,
            ListVersion.version,
            ListEntry.row_number,
            ListEntry.match_state,
            ListEntry.compliant,
        )
        .join(ListVersion, ListVersion.id == ListEntry.list_version_id)
        .join(ExchangeList, ExchangeList.id == ListVersion.list_id)
        .join(Agreement, Agreement.id == ExchangeList.agreement_id)
        .where(ListEntry.person_id == person_id)
        .order_by(Agreement.title, ExchangeList.phase_number, ExchangeList.side, ListVersion.version)
    )
    return [ListAppearance(t, side, phase, v, row, state.value, ok) for t, side, phase, v, row, state, ok in rows]
