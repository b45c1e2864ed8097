"""persons: the name engine's keys and search terms in plain tables (replacing the FTS5 index)

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from models.persons.name_index import reindex_persons

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "person_name_key",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("keys", sa.Text(), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        sa.Column("service_number", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_name_key_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("person_id", "position", name=op.f("pk_person_name_key")),
    )
    op.create_table(
        "person_search_term",
        sa.Column("term", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=1), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("sort_name", sa.String(length=400), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_search_term_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("term", "role", "person_id", name=op.f("pk_person_search_term")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_person_search_term_person", "person_search_term", ["person_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS person_search_vocab")
        op.execute("DROP TABLE IF EXISTS person_search")
        op.execute("DROP TABLE IF EXISTS person_search_row")
    # Derived data: built with the application's own engine from the names stored.
    reindex_persons(Session(bind=op.get_bind()))


def downgrade() -> None:
    op.drop_index("ix_person_search_term_person", "person_search_term")
    op.drop_table("person_search_term")
    op.drop_table("person_name_key")
    if op.get_bind().dialect.name == "sqlite":  # the tables revision 0002 made, empty (as it leaves them)
        op.execute("CREATE TABLE person_search_row (rowid INTEGER PRIMARY KEY, person_id CHAR(32) NOT NULL UNIQUE)")
        op.execute("CREATE VIRTUAL TABLE person_search USING fts5(names, ids, tokenize = 'unicode61')")
        op.execute("CREATE VIRTUAL TABLE person_search_vocab USING fts5vocab(person_search, 'row')")
