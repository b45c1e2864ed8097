"""What changed between two versions of a list: lines added, removed and changed.

Lines are paired by whom they name: the name as skeletons (a re-spelling in another script
is not a new person) and the date of birth, whether or not the versions were checked yet.
Row numbers do not count: the other side renumbers freely."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.entities import ListEntry, ListVersion
from models.core.errors import NotFoundError
from models.lists.dto import ChangedLine, DiffLine, ListDiff
from models.names.spelling import canonical_given, skeleton, tokens


def _identity(entry: ListEntry) -> str:
    surname = " ".join(skeleton(w) for w in tokens(entry.surname))
    given = canonical_given(entry.given_names.split()[0]) if entry.given_names.split() else ""
    return f"{surname}|{given}|{entry.date_of_birth or ''}"


def _version(session: Session, list_id: uuid.UUID, number: int) -> ListVersion:
    version = session.scalars(
        select(ListVersion).where(ListVersion.list_id == list_id, ListVersion.version == number)
    ).first()
    if version is None:
        raise NotFoundError(f"the list {list_id} has no version {number}")
    return version


def diff_versions(session: Session, list_id: uuid.UUID, old: int | None = None, new: int | None = None) -> ListDiff:
    """Compare two versions (by default the latest with the one before it)."""
    numbers = sorted(session.scalars(select(ListVersion.version).where(ListVersion.list_id == list_id)))
    if not numbers:
        raise NotFoundError(f"no list with id {list_id}")
    new = new if new is not None else numbers[-1]
    old = old if old is not None else (numbers[-2] if len(numbers) > 1 else numbers[-1])
    before_version, after_version = _version(session, list_id, old), _version(session, list_id, new)

    def lines(version: ListVersion) -> dict[str, ListEntry]:
        found: dict[str, ListEntry] = {}
        for entry in session.scalars(
            select(ListEntry).where(ListEntry.list_version_id == version.id).order_by(ListEntry.row_number)
        ):
            key = _identity(entry)
            occurrence = 2
            while key in found:  # the same person twice on one list: the second is a line of its own
                key = f"{_identity(entry)}#{occurrence}"
                occurrence += 1
            found[key] = entry
        return found

    before, after = lines(before_version), lines(after_version)
    old_columns, new_columns = _header(before_version), _header(after_version)
    order = {c: n for n, c in enumerate([*new_columns, *old_columns])}
    added = [DiffLine(e.row_number, dict(e.raw)) for key, e in after.items() if key not in before]
    removed = [DiffLine(e.row_number, dict(e.raw)) for key, e in before.items() if key not in after]
    changed = []
    for key in before.keys() & after.keys():
        old_entry, new_entry = before[key], after[key]
        # in the file's column order; the list's own numbering is not a change to the person
        columns = sorted({*old_entry.raw, *new_entry.raw} - {"№", "N", "No", "#"}, key=lambda c: (order.get(c, 1e9), c))
        differing = tuple(c for c in columns if old_entry.raw.get(c, "").strip() != new_entry.raw.get(c, "").strip())
        if differing:
            changed.append(
                ChangedLine(
                    DiffLine(old_entry.row_number, dict(old_entry.raw)),
                    DiffLine(new_entry.row_number, dict(new_entry.raw)),
                    differing,
                )
            )
    changed.sort(key=lambda c: c.after.row)
    return ListDiff(
        old,
        new,
        sorted(added, key=lambda d: d.row),
        sorted(removed, key=lambda d: d.row),
        changed,
        new_columns,
        old_columns,
    )


def _header(version: ListVersion) -> list[str]:
    """The header the version's lines are stored by, in the file's order."""
    mapping = version.column_mapping if isinstance(version.column_mapping, dict) else {}
    header = mapping.get("header")
    return [h.strip() or f"column {i + 1}" for i, h in enumerate(header)] if isinstance(header, list) else []
