"""change log: every change event carries the version vector of the record it changes as its
office held it (``context``), so that bundles tell concurrent changes from later ones exactly

Revision ID: 0015
Revises: 0014
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: the change log is append-only (its triggers refuse UPDATE and
    # DELETE), so it must not be copied into a new table; older events keep NULL.
    op.add_column("change_event", sa.Column("context", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("change_event") as batch:
        batch.drop_column("context")
