"""Our own lists: built from the registry with filters and the agreed criteria, reviewed,
locked when submitted (never edited afterwards, only superseded), exported as XLSX or CSV."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.changelog import RepatriaSession
from models.core.common import require_role
from models.core.entities import ListEntry, Person
from models.core.enums import Role, Side
from models.core.errors import ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.core.spreadsheet import table_bytes
from models.lists.agreements import add_list_version
from models.lists.compliance import combine, judge
from models.lists.dto import HEALTH_UK, Known, ListEntryInput, ListVersionDTO
from models.lists.service import agreement_criteria, latest_version
from models.persons.dto import PersonQuery
from models.persons.filters import filters_of

HEADER = [
    "№",
    "Прізвище",
    "Ім'я",
    "По батькові",
    "Дата народження",
    "Особистий номер",
    "Звання",
    "Підрозділ",
    "Стан здоров'я",
]
MAX_OUTGOING = 50_000
# The list goes to the other side and to mediators in Ukrainian, dates as dd.mm.yyyy.


def _date_uk(value: PartialDate | None) -> str:
    if value is None:
        return ""
    if value.day is not None and value.month is not None:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.month:02d}.{value.year}" if value.month is not None else str(value.year)


def build_our_list(
    session: Session,
    agreement_id: uuid.UUID,
    phase: int | None,
    query: PersonQuery,
    *,
    only_compliant: bool = True,
    title: str = "",
) -> ListVersionDTO:
    """A new version of our list for the agreement and phase: the persons the filters select
    (and, if asked, only those who meet the agreed criteria), in alphabetical order."""
    require_role(session, Role.CLERK)
    criteria, how = agreement_criteria(session, agreement_id)
    stmt = select(Person).where(*filters_of(query)).order_by(Person.sort_name, Person.id).limit(MAX_OUTGOING + 1)
    persons = list(session.scalars(stmt))
    if len(persons) > MAX_OUTGOING:
        raise ValidationError.single(
            "filters",
            QT_TRANSLATE_NOOP("Errors", "select at most {max_outgoing:,} persons for one list"),
            max_outgoing=MAX_OUTGOING,
        )
    entries: list[ListEntryInput] = []
    for person in persons:
        if only_compliant and criteria:
            known = Known(
                person.date_of_birth, None, person.health, person.annex1_category, person.is_civilian, "", True
            )
            if combine(judge(criteria, known), how) is not True:
                continue
        row = len(entries) + 1
        health = HEALTH_UK[person.health] if person.health else ""
        cells = [
            str(row),
            person.surname,
            person.given_names,
            person.patronymic,
            _date_uk(person.date_of_birth),
            person.service_number,
            person.rank,
            person.unit,
            health,
        ]
        entries.append(
            ListEntryInput(
                row_number=row,
                raw=dict(zip(HEADER, cells, strict=True)),
                surname=person.surname,
                given_names=person.given_names,
                patronymic=person.patronymic,
                date_of_birth=person.date_of_birth,
                service_number=person.service_number,
                rank=person.rank,
                category=health,
                person_id=person.id,
            )
        )
    version = add_list_version(
        session, agreement_id, Side.OURS, phase, entries, title=title, received_on=dt.date.today()
    )
    stored = latest_version(session, version.list_id)
    stored.column_mapping = {"header": HEADER, "built_from": _describe(query), "only_compliant": only_compliant}
    session.flush()
    return version


def _describe(query: PersonQuery) -> dict[str, object]:
    return {
        "statuses": sorted(query.statuses),
        "healths": sorted(query.healths),
        "annex1_categories": sorted(query.annex1_categories),
        "unit": query.unit,
        "citizenship": query.citizenship,
        "captured_from": str(query.captured_from or ""),
        "captured_to": str(query.captured_to or ""),
    }


def lock_list(session: Session, list_id: uuid.UUID) -> None:
    """Lock the latest version: it was submitted, and is from now on only superseded."""
    assert isinstance(session, RepatriaSession)
    require_role(session, Role.SUPERVISOR)
    version = latest_version(session, list_id)
    if version.locked_at is not None:
        raise ValidationError.single(
            "list", QT_TRANSLATE_NOOP("Errors", "version {version} is locked already"), version=version.version
        )
    version.locked_at = dt.datetime.now(dt.UTC)
    version.locked_by = session.actor.user_name
    session.flush()


def _rows(session: Session, list_id: uuid.UUID) -> tuple[list[str], list[list[str]]]:
    version = latest_version(session, list_id)
    mapping = version.column_mapping if isinstance(version.column_mapping, dict) else {}
    header = [str(h) for h in mapping.get("header", [])]
    entries: Sequence[ListEntry] = session.scalars(
        select(ListEntry).where(ListEntry.list_version_id == version.id).order_by(ListEntry.row_number)
    ).all()
    if not header:
        header = sorted({key for entry in entries for key in entry.raw})
    rows = [[str(entry.raw.get(column, "")) for column in header] for entry in entries]
    return header, rows


def export_list(session: Session, list_id: uuid.UUID, fmt: str) -> bytes:
    """The latest version, every cell as recorded, as XLSX or CSV (UTF-8 with BOM, for Excel).
    No cell can run in a spreadsheet program (``models.core.spreadsheet``): a received
    ``=HYPERLINK(…)`` goes out as text."""
    header, rows = _rows(session, list_id)
    if fmt not in ("csv", "xlsx"):
        raise ValidationError.single("format", QT_TRANSLATE_NOOP("Errors", "{fmt!r} is not csv or xlsx"), fmt=fmt)
    return table_bytes(header, rows, fmt)  # the sheet stays "Sheet": a file format scripts read
