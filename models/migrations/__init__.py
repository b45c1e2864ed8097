"""Alembic migrations. Every schema change is a revision here; a database made by any
released version opens in the next one."""
