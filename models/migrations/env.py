"""Alembic environment: always run on a connection the app hands over (the key is set on it)."""

from __future__ import annotations

from alembic import context

from models.core.entities import Base
from models.migrations.env_filter import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through models.core.db, which opens the encrypted database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
