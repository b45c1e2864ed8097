"""bundles: office kinds, our office's private keys, the office cards we trust

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Until now every database was made by `repatria init` (or the demo) as a standalone
    # office whose defaults were those of headquarters: its office stays headquarters.
    with op.batch_alter_table("office") as batch:
        batch.add_column(sa.Column("kind", sa.String(length=16), nullable=False, server_default="hq"))
    op.create_table(
        "office_card",
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("envelope", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(length=80), nullable=False),
        sa.Column("trusted_by", sa.String(length=64), nullable=False),
        sa.Column("how_trusted", sa.String(length=16), nullable=False),
        sa.Column("revoked_after_seq", sa.Integer(), nullable=True),
        sa.Column("revocation", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("version_vector", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["office_id"], ["office.id"], name=op.f("fk_office_card_office_id_office")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_card")),
        sa.UniqueConstraint("office_id", "version", name="office_card_version"),
    )
    op.create_index(op.f("ix_office_card_key_id"), "office_card", ["key_id"])
    op.create_table(
        "office_key",
        sa.Column("key_id", sa.String(length=64), nullable=False),
        sa.Column("office_id", sa.Uuid(), nullable=False),
        sa.Column("signing_private_key", sa.LargeBinary(), nullable=False),
        sa.Column("age_identity", sa.Text(), nullable=False),
        sa.Column("card_version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.Column("countersignatures", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_office_key")),
    )


def downgrade() -> None:
    op.drop_table("office_key")
    op.drop_index(op.f("ix_office_card_key_id"), "office_card")
    op.drop_table("office_card")
    with op.batch_alter_table("office") as batch:
        batch.drop_column("kind")
