"""person search: an FTS5 index of name skeletons, filled from the persons already stored

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    # person_search_row gives each person a stable integer rowid for the FTS table (a person's
    # own rowid may change on VACUUM, its UUID is not an integer).
    op.execute("CREATE TABLE person_search_row (rowid INTEGER PRIMARY KEY, person_id CHAR(32) NOT NULL UNIQUE)")
    op.execute("CREATE VIRTUAL TABLE person_search USING fts5(names, ids, tokenize = 'unicode61')")
    op.execute("CREATE VIRTUAL TABLE person_search_vocab USING fts5vocab(person_search, 'row')")
    # Left empty: revision 0010 replaces this index with the name engine's tables and fills those.


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE person_search_vocab")
    op.execute("DROP TABLE person_search")
    op.execute("DROP TABLE person_search_row")
