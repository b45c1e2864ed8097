"""SQL functions that behave the same on SQLite and PostgreSQL.

SQLite's lower() and LIKE fold only ASCII letters, so "72 ОМБр" would not match
"72 омбр". On SQLite the app registers Python's str.casefold as ``casefold`` on every
connection (models.core.db); elsewhere lower() is already Unicode-aware.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction


class casefold(GenericFunction[str]):  # noqa: N801 - an SQL function name
    type = String()
    inherit_cache = True


@compiles(casefold)
def _casefold_default(element: casefold, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(casefold, "sqlite")
def _casefold_sqlite(element: casefold, compiler: Any, **kw: Any) -> str:
    return f"casefold({compiler.process(element.clauses, **kw)})"


def sqlite_casefold(value: str | None) -> str | None:
    return None if value is None else value.casefold()
