"""bundles: bundles sent and received, offices' acknowledgements, held events, conflicts,
confirmations

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bundle_record",
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("peer_office_id", sa.Uuid(), nullable=False),
        sa.Column("channel_seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("prev_sha256", sa.String(length=64), nullable=True),
        sa.Column("profile", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("counts", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_bundle_record")),
    )
    op.create_index("ix_bundle_record_channel", "bundle_record", ["peer_office_id", "direction", "channel_seq"])
    op.create_table(
        "office_holding",
        sa.Column("holder_office_id", sa.Uuid(), nullable=False),
        sa.Column("chain_office_id", sa.Uuid(), nullable=False),
        sa.Column("up_to_seq", sa.Integer(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("holder_office_id", "chain_office_id", name=op.f("pk_office_holding")),
    )
    op.create_table(
        "held_event",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.Column("bundle_id", sa.Uuid(), nullable=False),
        sa.Column("line", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("office_id", "seq", name=op.f("pk_held_event")),
    )
    op.create_table(
        "conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("ours", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("provisional", sa.Text(), nullable=False),
        sa.Column("ours_event_id", sa.Uuid(), nullable=True),
        sa.Column("theirs_event_id", sa.Uuid(), nullable=False),
        sa.Column("ours_office_id", sa.Uuid(), nullable=True),
        sa.Column("theirs_office_id", sa.Uuid(), nullable=False),
        sa.Column("ours_author", sa.String(length=64), nullable=False),
        sa.Column("theirs_author", sa.String(length=64), nullable=False),
        sa.Column("ours_at", sa.DateTime(), nullable=True),
        sa.Column("theirs_at", sa.DateTime(), nullable=False),
        sa.Column("owner_office_id", sa.Uuid(), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by_event_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict")),
    )
    op.create_index("ix_conflict_field", "conflict", ["entity", "record_id", "field"])
    op.create_table(
        "pending_confirmation",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("entity", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("decision", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_pending_confirmation")),
    )


def downgrade() -> None:
    op.drop_table("pending_confirmation")
    op.drop_index("ix_conflict_field", "conflict")
    op.drop_table("conflict")
    op.drop_table("held_event")
    op.drop_table("office_holding")
    op.drop_index("ix_bundle_record_channel", "bundle_record")
    op.drop_table("bundle_record")
