"""What autogenerate and the schema-drift test compare: the ORM model's tables only."""

from __future__ import annotations

# Tables made by hand in migrations (SQLite full-text search), not by the ORM model.
UNMODELLED_TABLES = ("person_search",)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(UNMODELLED_TABLES))
