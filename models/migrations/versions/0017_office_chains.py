"""epochs: a restored office writes a new chain of change events (``office_chain``), and
numbers its bundle channels afresh (``bundle_record.chain`` and ``epoch``)

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "office_chain",
        sa.Column("chain_id", sa.Uuid(), primary_key=True),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("epoch", sa.Integer(), nullable=False),
        sa.Column("started_here", sa.Boolean(), nullable=False),
        sa.Column("follows_chain_id", sa.Uuid(), nullable=True),
        sa.Column("follows_seq", sa.Integer(), nullable=True),
        sa.Column("follows_hash", sa.String(64), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_office_chain_office_id", "office_chain", ["office_id"])
    op.add_column("bundle_record", sa.Column("epoch", sa.Integer(), nullable=True))
    op.add_column("bundle_record", sa.Column("chain", sa.Uuid(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bundle_record") as batch:
        batch.drop_column("chain")
        batch.drop_column("epoch")
    op.drop_index("ix_office_chain_office_id", "office_chain")
    op.drop_table("office_chain")
