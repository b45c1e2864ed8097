"""What changed between two versions of a list: lines added, removed and changed.

Lines are paired by whom they name: the name as the name engine reads it (a re-spelling in
another script or language is not a new person) and the date of birth, whether or not the versions were checked yet.
Row numbers do not count: the other side renumbers freely."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.entities import ListEntry, ListVersion
from models.core.errors import NotFoundError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.dto import ChangedLine, DiffLine, ListDiff
from models.names.engine import Level, NameKeys, name_keys, surname_level


def _pairs(before: list[ListEntry], after: list[ListEntry]) -> list[tuple[ListEntry, ListEntry]]:
    """Lines of two versions that name the same person, as the name engine reads them: the
    same surname in any spelling (Соловйов / Соловьёв), given name (or initial) and date of
    birth. A person listed twice pairs twice, in order."""
    waiting: dict[tuple[str, str], list[tuple[ListEntry, NameKeys]]] = defaultdict(list)
    for entry in before:
        keys = name_keys(entry.surname, entry.given_names, entry.patronymic)
        waiting[(keys.given or keys.given_initial, str(entry.date_of_birth or ""))].append((entry, keys))
    pairs = []
    for entry in after:
        keys = name_keys(entry.surname, entry.given_names, entry.patronymic)
        bucket = waiting.get((keys.given or keys.given_initial, str(entry.date_of_birth or "")), [])
        for n, (old, old_keys) in enumerate(bucket):
            if surname_level(keys, old_keys) == Level.EXACT:
                pairs.append((old, entry))
                del bucket[n]
                break
    return pairs


def _version(session: Session, list_id: uuid.UUID, number: int) -> ListVersion:
    version = session.scalars(
        select(ListVersion).where(ListVersion.list_id == list_id, ListVersion.version == number)
    ).first()
    if version is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "the list {list_id} has no version {number}"), list_id=list_id, number=number
        )
    return version


def diff_versions(session: Session, list_id: uuid.UUID, old: int | None = None, new: int | None = None) -> ListDiff:
    """Compare two versions (by default the latest with the one before it)."""
    numbers = sorted(session.scalars(select(ListVersion.version).where(ListVersion.list_id == list_id)))
    if not numbers:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no list with id {list_id}"), list_id=list_id)
    new = new if new is not None else numbers[-1]
    old = old if old is not None else (numbers[-2] if len(numbers) > 1 else numbers[-1])
    before_version, after_version = _version(session, list_id, old), _version(session, list_id, new)

    def lines(version: ListVersion) -> list[ListEntry]:
        return list(
            session.scalars(
                select(ListEntry).where(ListEntry.list_version_id == version.id).order_by(ListEntry.row_number)
            )
        )

    before, after = lines(before_version), lines(after_version)
    pairs = _pairs(before, after)
    old_columns, new_columns = _header(before_version), _header(after_version)
    order = {c: n for n, c in enumerate([*new_columns, *old_columns])}
    paired_before, paired_after = {id(o) for o, _ in pairs}, {id(n) for _, n in pairs}
    added = [DiffLine(e.row_number, dict(e.raw)) for e in after if id(e) not in paired_after]
    removed = [DiffLine(e.row_number, dict(e.raw)) for e in before if id(e) not in paired_before]
    changed = []
    for old_entry, new_entry in pairs:
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
