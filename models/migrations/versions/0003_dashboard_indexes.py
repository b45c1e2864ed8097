"""indexes for the dashboard: recent changes by time, persons by health

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_change_event_at", "change_event", ["at"])
    op.create_index("ix_person_health", "person", ["health"])


def downgrade() -> None:
    op.drop_index("ix_person_health", "person")
    op.drop_index("ix_change_event_at", "change_event")
