"""Teeth (FDI), marks and implants, of a remains case (PM) or of a family's account (AM)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.bulk import BulkWriter
from models.core.chunks import chunks
from models.core.common import check_text, require_role
from models.core.entities import (
    BodyMark,
    DentalFinding,
    Implant,
)
from models.core.entities.base import table_of
from models.core.enums import (
    Role,
    ToothState,
)
from models.core.errors import FieldError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.remains.dental import NOT_FDI, is_fdi
from models.remains.dto import (
    ImplantSpec,
    Mark,
)


def record_dental(
    session: Session,
    tooth: int,
    state: ToothState,
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
    note: str = "",
) -> uuid.UUID:
    require_role(session, Role.CLERK)
    if not is_fdi(tooth):
        raise ValidationError.single("tooth", NOT_FDI, tooth=tooth)
    finding = DentalFinding(tooth=tooth, state=state, note=note, **detail_owner(remains_case_id, ante_mortem_id))
    session.add(finding)
    session.flush()
    return finding.id


def detail_owner(
    remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> dict[str, uuid.UUID | None]:
    """The owner columns of a tooth, mark or implant: exactly one PM case or one AM record."""
    if (remains_case_id is None) == (ante_mortem_id is None):
        raise ValidationError.single(
            "remains_case_id", QT_TRANSLATE_NOOP("Errors", "details belong to one PM case or one AM record")
        )
    return {"remains_case_id": remains_case_id, "ante_mortem_id": ante_mortem_id}


def apply_dental(
    session: Session, stored: Mapping[int, DentalFinding], chart: Mapping[int, ToothState], owner: dict[str, Any]
) -> bool:
    """Bring the stored teeth of one owner to ``chart`` (no flush); whether anything changed."""
    changed = False
    for tooth, finding in stored.items():
        if tooth not in chart:
            session.delete(finding)
            changed = True
        elif finding.state is not chart[tooth]:
            finding.state = chart[tooth]
            changed = True
    for tooth, state in chart.items():
        if tooth not in stored:
            session.add(DentalFinding(tooth=tooth, state=state, **owner))
            changed = True
    return changed


def apply_marks(session: Session, stored: Sequence[BodyMark], marks: Sequence[Mark], owner: dict[str, Any]) -> bool:
    """Replace one owner's marks with ``marks`` unless they are the same (no flush)."""
    if [Mark(m.kind, m.body_location, m.description) for m in stored] == list(marks):
        return False
    for old in stored:
        session.delete(old)
    for mark in marks:
        session.add(BodyMark(kind=mark.kind, body_location=mark.body_location, description=mark.description, **owner))
    return True


def stored_detail_rows(
    session: Session, entity: type[DentalFinding] | type[BodyMark], column: str, owner_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[dict[str, Any]]]:
    """The teeth or marks of many PM cases or AM records as stored rows (every column), by
    owner, in a few queries: what a bulk write changes and logs (models.core.bulk)."""
    found: dict[uuid.UUID, list[dict[str, Any]]] = {}
    table = table_of(entity)
    owner_column = table.c[column]
    for chunk in chunks(owner_ids):
        query = select(*table.c).where(owner_column.in_(chunk)).order_by(table.c.created_at, table.c.id)
        for row in session.execute(query):
            found.setdefault(getattr(row, column), []).append(row._asdict())
    return found


def write_dental(
    writer: BulkWriter, stored: Sequence[Mapping[str, Any]], chart: Mapping[int, ToothState], owner: dict[str, Any]
) -> bool:
    """:func:`apply_dental` for a bulk write: one owner's stored teeth (rows) brought to
    ``chart``; whether anything changed."""
    changed = False
    by_tooth = {row["tooth"]: row for row in stored}
    for tooth, row in by_tooth.items():
        if tooth not in chart:
            writer.delete(DentalFinding, row)
            changed = True
        elif row["state"] is not chart[tooth]:
            changed |= writer.update(DentalFinding, row, {"state": chart[tooth]})
    for tooth, state in chart.items():
        if tooth not in by_tooth:
            writer.create(DentalFinding, {"tooth": tooth, "state": state, **owner})
            changed = True
    return changed


def write_marks(
    writer: BulkWriter, stored: Sequence[Mapping[str, Any]], marks: Sequence[Mark], owner: dict[str, Any]
) -> bool:
    """:func:`apply_marks` for a bulk write: one owner's marks replaced unless the same."""
    if [Mark(m["kind"], m["body_location"], m["description"]) for m in stored] == list(marks):
        return False
    for old in stored:
        writer.delete(BodyMark, old)
    for mark in marks:
        values = {"kind": mark.kind, "body_location": mark.body_location, "description": mark.description}
        writer.create(BodyMark, {**values, **owner})
    return True


def set_dental_chart(
    session: Session,
    chart: Mapping[int, ToothState],
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
) -> None:
    """Replace the dental chart of a PM case or an AM record; only changed teeth are written."""
    require_role(session, Role.CLERK)
    owner = detail_owner(remains_case_id, ante_mortem_id)
    bad = [t for t in chart if not is_fdi(t)]
    if bad:
        raise ValidationError.single("tooth", NOT_FDI, tooth=bad[0])
    column = DentalFinding.remains_case_id if remains_case_id else DentalFinding.ante_mortem_id
    stored = {
        f.tooth: f for f in session.scalars(select(DentalFinding).where(column == (remains_case_id or ante_mortem_id)))
    }
    apply_dental(session, stored, chart, owner)
    session.flush()


def dental_chart(
    session: Session, *, remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> dict[int, ToothState]:
    column = DentalFinding.remains_case_id if remains_case_id else DentalFinding.ante_mortem_id
    return dict(
        session.execute(
            select(DentalFinding.tooth, DentalFinding.state).where(column == (remains_case_id or ante_mortem_id))
        ).all()
    )


def set_marks(
    session: Session,
    marks: Sequence[Mark],
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
) -> None:
    require_role(session, Role.CLERK)
    owner = detail_owner(remains_case_id, ante_mortem_id)
    column = BodyMark.remains_case_id if remains_case_id else BodyMark.ante_mortem_id
    stored = list(
        session.scalars(
            select(BodyMark)
            .where(column == (remains_case_id or ante_mortem_id))
            .order_by(BodyMark.created_at, BodyMark.id)
        )
    )
    if apply_marks(session, stored, marks, owner):
        session.flush()


def marks_of(
    session: Session, *, remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> list[Mark]:
    column = BodyMark.remains_case_id if remains_case_id else BodyMark.ante_mortem_id
    rows = session.execute(
        select(BodyMark.kind, BodyMark.body_location, BodyMark.description)
        .where(column == (remains_case_id or ante_mortem_id))
        .order_by(BodyMark.created_at, BodyMark.id)
    )
    return [Mark(kind, where, description) for kind, where, description in rows]


def set_implants(
    session: Session,
    implants: Sequence[ImplantSpec],
    *,
    remains_case_id: uuid.UUID | None = None,
    ante_mortem_id: uuid.UUID | None = None,
) -> None:
    require_role(session, Role.CLERK)
    owner = detail_owner(remains_case_id, ante_mortem_id)
    errors: list[FieldError] = []
    for n, implant in enumerate(implants):
        check_text(errors, f"implants[{n}].description", implant.description, max_len=200, required=True)
        check_text(errors, f"implants[{n}].serial_number", implant.serial_number, max_len=100)
    if errors:
        raise ValidationError(errors)
    column = Implant.remains_case_id if remains_case_id else Implant.ante_mortem_id
    existing = list(session.scalars(select(Implant).where(column == (remains_case_id or ante_mortem_id))))
    if [ImplantSpec(i.description, i.serial_number) for i in existing] == list(implants):
        return
    for old_implant in existing:
        session.delete(old_implant)
    for spec in implants:
        session.add(Implant(description=spec.description, serial_number=spec.serial_number.strip(), **owner))
    session.flush()


def implants_of(
    session: Session, *, remains_case_id: uuid.UUID | None = None, ante_mortem_id: uuid.UUID | None = None
) -> list[ImplantSpec]:
    column = Implant.remains_case_id if remains_case_id else Implant.ante_mortem_id
    rows = session.execute(
        select(Implant.description, Implant.serial_number)
        .where(column == (remains_case_id or ante_mortem_id))
        .order_by(Implant.created_at, Implant.id)
    )
    return [ImplantSpec(d, s) for d, s in rows]
