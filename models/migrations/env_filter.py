"""What autogenerate and the schema-drift test compare: the ORM model's tables only."""

from __future__ import annotations

# Tables made by hand in migrations (SQLite full-text search, until revision 0010), not by the ORM model.
UNMODELLED_TABLES = frozenset({"person_search", "person_search_row", "person_search_vocab"})


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    if type_ != "table" or name is None or name == "person_search_term":
        return True
    return not (name in UNMODELLED_TABLES or name.startswith("person_search_"))  # FTS5's own shadow tables
