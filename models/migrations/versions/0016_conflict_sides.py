"""conflicts: every concurrent change of the field (``sides``), not only two, so that a
conflict between three offices shows all three values

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("conflict", sa.Column("sides", sa.Text(), nullable=True))  # older conflicts: their two


def downgrade() -> None:
    with op.batch_alter_table("conflict") as batch:
        batch.drop_column("sides")
