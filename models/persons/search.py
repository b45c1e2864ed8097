"""Finding persons by any name form, id or date of birth, ranked best first.

The index is an SQLite FTS5 table of name *skeletons* (models.names.spelling): every word of
a person's names, alternative spellings, Russian forms and ids, reduced to a
script-independent key. A query is reduced the same way, so Cyrillic finds Latin
and the reverse, Александр finds Олександр, and ʼ ' ’ do not matter. A word with
no match is widened to index words one edit away (rapidfuzz), so one typo still
finds the person. Candidates are ranked in Python by how closely the whole name
matches. The services keep the index current on every write.

FTS5 is SQLite's; on PostgreSQL the same interface would sit on pg_trgm.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlalchemy import Connection, String, select, text, type_coerce
from sqlalchemy.orm import Session

from models.core.entities import Person
from models.core.partial_date import PartialDate
from models.names.spelling import skeleton, tokens
from models.persons.dto import ROW_FIELDS, PersonQuery, PersonRow, SearchHit
from models.persons.search_index import connection_of
from models.persons.service import filters_of

MAX_CANDIDATES = 2000
MIN_FUZZY_LENGTH = 4
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DOTTED_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


# -- querying -----------------------------------------------------------------------------


def _date_filter(word: str) -> str | None:
    """A date of birth in the query, as the ISO prefix stored dates start with."""
    if _ISO_DATE.match(word):
        try:
            return str(PartialDate.parse(word))
        except ValueError:
            return None
    dotted = _DOTTED_DATE.match(word)
    if dotted:
        day, month, year = (int(g) for g in dotted.groups())
        try:
            return str(PartialDate(year, month, day))
        except ValueError:
            return None
    return None


def _vocabulary_near(conn: Connection, word: str) -> list[str]:
    """Index words at most one edit from ``word`` (the typo tolerance)."""
    terms = [
        t
        for (t,) in conn.exec_driver_sql(
            "SELECT term FROM person_search_vocab WHERE length(term) BETWEEN ? AND ?", (len(word) - 1, len(word) + 1)
        )
    ]
    found = process.extract(word, terms, scorer=Levenshtein.distance, score_cutoff=1, limit=25)
    return [term for term, _distance, _index in found]


def _has_prefix(conn: Connection, word: str) -> bool:
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM person_search_vocab WHERE term >= ? AND term < ? LIMIT 1", (word, upper)
        ).first()
        is not None
    )


def _match_expression(conn: Connection, words: list[str]) -> str | None:
    parts: list[str] = []
    for word in words:
        options = [f'"{word}"*']
        if len(word) >= MIN_FUZZY_LENGTH and not _has_prefix(conn, word):
            options += [f'"{term}"' for term in _vocabulary_near(conn, word)]
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts) if parts else None


def search_persons(
    session: Session, query_text: str, query: PersonQuery | None = None, limit: int = 200
) -> list[SearchHit]:
    """Persons matching every word of the query, best first."""
    raw_words = query_text.split()
    dates = [d for d in (_date_filter(w) for w in raw_words) if d]
    rest = " ".join(w for w in raw_words if not _date_filter(w))
    name_words = [w for w in dict.fromkeys(skeleton(t) for t in tokens(rest)) if w]
    conn = connection_of(session)
    columns = [getattr(Person, name) for name in ROW_FIELDS]
    stmt = select(*columns).where(*filters_of(query or PersonQuery()))
    for prefix in dates:
        stmt = stmt.where(type_coerce(Person.date_of_birth, String).like(f"{prefix}%"))
    expression = _match_expression(conn, name_words)
    if expression is None and not dates:
        return []
    if expression is not None:
        matched = text(
            "person.id IN (SELECT r.person_id FROM person_search_row r JOIN person_search s ON s.rowid = r.rowid "
            "WHERE person_search MATCH :match ORDER BY s.rank LIMIT :cap)"
        ).bindparams(match=expression, cap=MAX_CANDIDATES)
        stmt = stmt.where(matched)
    rows = [PersonRow(*r) for r in session.execute(stmt.limit(MAX_CANDIDATES))]
    wanted = " ".join(name_words)
    hits = []
    for row in rows:
        keys = " ".join(skeleton(w) for w in tokens(f"{row.surname} {row.given_names} {row.patronymic}"))
        ids = {skeleton(row.external_id), skeleton(row.service_number)}
        score = 100.0 if wanted and wanted in ids else fuzz.token_set_ratio(wanted, keys) if wanted else 100.0
        hits.append(SearchHit(row, score))
    hits.sort(key=lambda h: (-h.score, h.row.surname, h.row.given_names, str(h.row.id)))
    return hits[:limit]
