"""change_event.subject_id: the person each change is about, so histories are an index look-up

Revision ID: 0004
Revises: 0003
"""

import json
import uuid
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_GUARDS = ("change_event_no_update", "change_event_no_delete")


def _person_in(changes: dict[str, Any]) -> str | None:
    """The person a logged change names, from the values it carries."""
    if "person_id" in changes:
        old, new = changes["person_id"]
        return str(new or old) if (new or old) else None
    for kind, field in (("owner_entity", "owner_id"), ("entity", "record_id")):
        if kind in changes and changes[kind][1] == "person" and field in changes:
            return str(changes[field][1])
    return None


def upgrade() -> None:
    with op.batch_alter_table("change_event") as batch:
        batch.add_column(sa.Column("subject_id", sa.Uuid(), nullable=True))
        batch.create_index("ix_change_event_subject_id", ["subject_id"])
    # Fill it for the events already logged. The log is append-only, so the guards step aside
    # for this one derived column (it is not part of any hash).
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for guard in _GUARDS:
            op.execute(f"DROP TRIGGER IF EXISTS {guard}")
    events = sa.table(
        "change_event",
        sa.column("id", sa.Uuid()),
        sa.column("entity", sa.String()),
        sa.column("record_id", sa.Uuid()),
        sa.column("changes", sa.Text()),
        sa.column("seq", sa.Integer()),
        sa.column("subject_id", sa.Uuid()),
    )
    subject_of_record: dict[Any, Any] = {}
    updates: list[dict[str, Any]] = []
    for event_id, entity, record_id, changes_text in bind.execute(
        sa.select(events.c.id, events.c.entity, events.c.record_id, events.c.changes).order_by(events.c.seq)
    ):
        changes = json.loads(changes_text)
        if entity == "person":
            subject: Any = record_id
        else:
            named = _person_in(changes)
            subject = uuid.UUID(named) if named else subject_of_record.get(record_id)
        subject_of_record[record_id] = subject
        if subject is not None:
            updates.append({"event_id": event_id, "subject": subject})
    if updates:
        bind.execute(
            events.update().where(events.c.id == sa.bindparam("event_id")).values(subject_id=sa.bindparam("subject")),
            updates,
        )
    if sqlite:
        op.execute(
            "CREATE TRIGGER change_event_no_update BEFORE UPDATE ON change_event "
            "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"
        )
        op.execute(
            "CREATE TRIGGER change_event_no_delete BEFORE DELETE ON change_event "
            "BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END"
        )


def downgrade() -> None:
    with op.batch_alter_table("change_event") as batch:
        batch.drop_index("ix_change_event_subject_id")
        batch.drop_column("subject_id")
