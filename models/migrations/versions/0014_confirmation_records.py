"""bundles: a death received in a filtered copy waits for confirmation with its fields; a
received bundle is known by its signed manifest

Revision ID: 0014
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("pending_confirmation") as batch:
        batch.add_column(sa.Column("record", sa.Text(), nullable=True))
    with op.batch_alter_table("bundle_record") as batch:
        batch.add_column(sa.Column("manifest_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bundle_record") as batch:
        batch.drop_column("manifest_sha256")
    with op.batch_alter_table("pending_confirmation") as batch:
        batch.drop_column("record")
