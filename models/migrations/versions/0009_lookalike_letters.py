"""persons: names typed with Latin look-alike letters sort and are found as the Cyrillic ones

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from models.names.collation import sort_key
from models.names.lookalikes import mixed_words

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Sort keys are derived data: recompute them, with the application's own
    # functions, for the persons whose names mix scripts (the others' keys do not change).
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT id, surname, given_names, patronymic FROM person")).all()
    changed = [r for r in rows if mixed_words(f"{r.surname} {r.given_names} {r.patronymic}")]
    for row in changed:
        bind.execute(
            sa.text("UPDATE person SET sort_name = :key WHERE id = :id"),
            {"key": sort_key(row.surname, row.given_names, row.patronymic), "id": row.id},
        )
    # (their search keys are rebuilt for every person by revision 0010)


def downgrade() -> None:
    pass  # the keys stay folded: they sort and find the same persons either way
