"""list checks: ranked candidates and flags on every list entry

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("list_entry") as batch:
        batch.add_column(sa.Column("candidates", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("flags", sa.JSON(), nullable=False, server_default="[]"))
    op.execute("UPDATE list_entry SET match_state = 'review' WHERE match_state = 'suggested'")


def downgrade() -> None:
    with op.batch_alter_table("list_entry") as batch:
        batch.drop_column("flags")
        batch.drop_column("candidates")
