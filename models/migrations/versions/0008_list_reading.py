"""lists: what reading each entry assumed (spreadsheet row, sex as listed, reading flags)

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("list_entry") as batch:
        batch.add_column(sa.Column("sheet_row", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("sex", sa.String(length=8), nullable=False, server_default="unknown"))
        batch.add_column(sa.Column("reading_flags", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("list_entry") as batch:
        batch.drop_column("reading_flags")
        batch.drop_column("sex")
        batch.drop_column("sheet_row")
