"""Which persons a PersonQuery selects, as SQL conditions (the registry table, search, lists)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, String, literal, or_, select, type_coerce

from models.core.entities import ListEntry, ListVersion, Person
from models.core.sqlfunctions import casefold
from models.persons.dto import PersonQuery


def filters_of(query: PersonQuery) -> list[ColumnElement[bool]]:
    """The query's filters (not its search text: see models.persons.search)."""
    clauses: list[ColumnElement[bool]] = []
    if query.statuses:
        clauses.append(Person.status.in_(sorted(query.statuses)))
    if query.healths:
        clauses.append(Person.health.in_(sorted(query.healths)))
    if query.annex1_categories:
        clauses.append(Person.annex1_category.in_(sorted(query.annex1_categories)))
    if query.unit.strip():
        clauses.append(casefold(Person.unit).contains(query.unit.strip().casefold(), autoescape=True))
    if query.citizenship.strip():
        clauses.append(casefold(Person.citizenship).contains(query.citizenship.strip().casefold(), autoescape=True))
    # Capture dates may be partial ("2024-05"): a partial date within the range counts, and ISO
    # text sorts as dates do; a partial date that is a prefix of the start overlaps it.
    capture_text = type_coerce(Person.capture_date, String)
    if query.captured_from is not None:
        start = query.captured_from.isoformat()
        clauses.append(or_(capture_text >= start, literal(start).like(capture_text + "%")))
    if query.captured_to is not None:
        clauses.append(capture_text <= query.captured_to.isoformat())
    if query.on_list is not None:
        on_list = (
            select(ListEntry.person_id)
            .join(ListVersion, ListVersion.id == ListEntry.list_version_id)
            .where(ListVersion.list_id == query.on_list, ListEntry.person_id.is_not(None))
        )
        clauses.append(Person.id.in_(on_list))
    return clauses
