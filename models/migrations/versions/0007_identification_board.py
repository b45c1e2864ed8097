"""identification: proposals signed by the board, notification, handover and burial

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TEXT_COLUMNS = (
    ("proposed_by", 200),
    ("death_place", 200),
    ("notified_by", 200),
    ("notification_method", 200),
    ("handed_over_to", 200),
    ("burial_place", 200),
    ("grave", 100),
)


def upgrade() -> None:
    with op.batch_alter_table("identification") as batch:
        batch.add_column(
            sa.Column(
                "state",
                sa.Enum("proposed", "decided", "withdrawn", name="proposalstate", native_enum=False, length=16),
                nullable=False,
                server_default="decided",  # every earlier record was a decision
            )
        )
        batch.add_column(
            sa.Column(
                "method",
                sa.Enum("primary", "secondary", name="identificationmethod", native_enum=False, length=16),
                nullable=False,
                server_default="primary",
            )
        )
        batch.add_column(sa.Column("proposed_on", sa.Date(), nullable=True))
        for name, length in _TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length=length), nullable=False, server_default=""))
        batch.add_column(sa.Column("death_date", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("handover_documents", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("burial_date", sa.Date(), nullable=True))
        batch.alter_column("decided_on", existing_type=sa.Date(), nullable=True)
    with op.batch_alter_table("dna_result") as batch:
        batch.create_unique_constraint(
            batch.f("uq_dna_result_remains_sample_id"), ["remains_sample_id", "reference_sample_id", "lab"]
        )
    op.create_table(
        "board_signature",
        sa.Column("identification_id", sa.Uuid(), nullable=False),
        sa.Column("user_name", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("approves", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["identification_id"],
            ["identification.id"],
            name=op.f("fk_board_signature_identification_id_identification"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_signature")),
        sa.UniqueConstraint("identification_id", "user_name", name=op.f("uq_board_signature_identification_id")),
    )
    with op.batch_alter_table("board_signature") as batch:
        batch.create_index(batch.f("ix_board_signature_identification_id"), ["identification_id"], unique=False)


def downgrade() -> None:
    op.drop_table("board_signature")
    with op.batch_alter_table("dna_result") as batch:
        batch.drop_constraint(batch.f("uq_dna_result_remains_sample_id"), type_="unique")
    with op.batch_alter_table("identification") as batch:
        batch.alter_column("decided_on", existing_type=sa.Date(), nullable=False)
        for name in ("burial_date", "handover_documents", "death_date", "proposed_on", "method", "state"):
            batch.drop_column(name)
        for name, _length in _TEXT_COLUMNS:
            batch.drop_column(name)
