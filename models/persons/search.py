"""Registry search: persons found by any form of their names, ids or date of birth, best first.

Each word of the query is read by the name engine as list matching reads a line: as a surname
(every key either language gives it: Соловьёв finds Соловйов), a given name (every form of the
name: Alexei, Алексей and Олексій are one), a patronymic, an id or service number, and as the
word itself. A person is found when every word is found in one of their names (the name itself
or any stored spelling) and every date in the query is their date of birth. The terms are the
rows of ``person_search_term`` (``models.persons.name_index``), kept current by the services.

While a word finds nothing as typed, it is read as the start of a word (``Ковал``), and a word
that finds nothing either way as a word one letter off (``Ковалнко``).

Relevance respects the roles: each word counts by the best role it was found in (an id 5, a
surname 3, a given name 2, the word itself 1.5, a patronymic 1, a typo 0.8, the start of a
word 0.5), so a query that is a given name puts the persons with that given name first and
never finds a person who has it only inside the patronymic (Олександрівна). Ties, and any
other order asked for, are in Ukrainian alphabetical order (``models.names.collation``).

The count is of every person found; pages go through all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import ColumnElement, Select, String, and_, func, literal, select, type_coerce, union_all
from sqlalchemy.orm import Session

from models.core.entities import Person, PersonSearchTerm
from models.core.errors import ValidationError
from models.core.identifiers import service_key
from models.core.partial_date import PartialDate
from models.names.equivalents import given_key, patronymic_key
from models.names.keys import skeleton, surname_keys, tokens
from models.persons.dto import ROW_FIELDS, SORTABLE, PersonQuery, PersonRow, SearchHit
from models.persons.name_index import ROLE_GIVEN, ROLE_ID, ROLE_PATRONYMIC, ROLE_SURNAME, ROLE_WORD
from models.persons.service import filters_of

RELEVANCE = "relevance"
WEIGHT = {ROLE_ID: 5.0, ROLE_SURNAME: 3.0, ROLE_GIVEN: 2.0, ROLE_WORD: 1.5, ROLE_PATRONYMIC: 1.0}
TYPO_WEIGHT, PREFIX_WEIGHT = 0.8, 0.5
MIN_TYPO_LENGTH = 4
MAX_TYPO_TERMS = 25
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DOTTED_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_TERM = PersonSearchTerm.__table__.c


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


@dataclass(frozen=True)
class _Word:
    """One word of the query: the terms it is looked up by, role by role."""

    text: str
    terms: tuple[tuple[str, frozenset[str]], ...]  # (role, terms)

    @staticmethod
    def of(text: str) -> _Word:
        key = skeleton(text)
        ids = frozenset({key, service_key(text)} - {""})
        return _Word(
            text,
            (
                (ROLE_SURNAME, surname_keys(text)),
                (ROLE_GIVEN, frozenset({given_key(text)} - {""})),
                (ROLE_PATRONYMIC, frozenset({patronymic_key(text)} - {""})),
                (ROLE_WORD, frozenset({key} - {""})),
                (ROLE_ID, ids),
            ),
        )

    @property
    def key(self) -> str:
        return skeleton(self.text)


def _exact(word: _Word, number: int) -> list[Select[tuple[object, int, float]]]:
    return [
        select(_TERM.person_id, literal(number).label("word"), literal(WEIGHT[role]).label("weight")).where(
            _TERM.role == role, _TERM.term.in_(sorted(terms))
        )
        for role, terms in word.terms
        if terms
    ]


def _prefix(key: str) -> ColumnElement[bool]:
    return and_(_TERM.term >= key, _TERM.term < key + "\uffff")


def _found(session: Session, parts: list[Select[tuple[object, int, float]]]) -> bool:
    return bool(parts) and session.execute(union_all(*parts).limit(1)).first() is not None


def _typo_terms(session: Session, key: str) -> list[str]:
    """Stored name words one edit from ``key`` (the same first letter: typos rarely hit it)."""
    candidates = [
        term
        for (term,) in session.execute(
            select(_TERM.term)
            .where(_TERM.role.in_((ROLE_WORD, ROLE_SURNAME)), _prefix(key[0]))
            .where(func.length(_TERM.term).between(len(key) - 1, len(key) + 1))
            .distinct()
        )
    ]
    found = process.extract(key, candidates, scorer=OSA.distance, score_cutoff=1, limit=MAX_TYPO_TERMS)
    return [term for term, _distance, _index in found]


def _word_hits(session: Session, word: _Word, number: int) -> list[Select[tuple[object, int, float]]]:
    """How one word is looked up: as typed; else as a prefix; else one letter off."""
    parts = _exact(word, number)
    if _found(session, parts):
        return parts
    key = word.key
    if not key:
        return parts
    prefixed = [
        select(_TERM.person_id, literal(number).label("word"), literal(PREFIX_WEIGHT).label("weight")).where(
            _TERM.role.in_((ROLE_SURNAME, ROLE_WORD, ROLE_ID)), _prefix(key)
        )
    ]
    if _found(session, prefixed):
        return prefixed
    if len(key) >= MIN_TYPO_LENGTH and (near := _typo_terms(session, key)):
        return [
            select(_TERM.person_id, literal(number).label("word"), literal(TYPO_WEIGHT).label("weight")).where(
                _TERM.role.in_((ROLE_WORD, ROLE_SURNAME)), _TERM.term.in_(near)
            )
        ]
    return parts


@dataclass(frozen=True)
class _Search:
    """A query's persons as a subquery of (person_id, relevance), or None when it names none."""

    words: list[_Word]
    dates: list[str]

    @staticmethod
    def of(text: str) -> _Search:
        raw = text.split()
        dates = [d for d in (_date_filter(w) for w in raw) if d]
        rest = " ".join(w for w in raw if not _date_filter(w))
        words = [_Word.of(t) for t in dict.fromkeys(tokens(rest)) if skeleton(t) or service_key(t)]
        return _Search(words, dates)

    def statement(self, session: Session, query: PersonQuery, columns: list[Any]) -> Select[Any]:
        stmt = select(*columns).where(*filters_of(query))
        for prefix in self.dates:
            stmt = stmt.where(type_coerce(Person.date_of_birth, String).like(f"{prefix}%"))
        if not self.words:
            return stmt.add_columns(literal(0.0).label("relevance"))
        parts = [part for n, word in enumerate(self.words) for part in _word_hits(session, word, n)]
        hits = union_all(*parts).subquery()
        best = (
            select(hits.c.person_id, hits.c.word, func.max(hits.c.weight).label("best"))
            .group_by(hits.c.person_id, hits.c.word)
            .subquery()
        )
        scored = (
            select(best.c.person_id, func.sum(best.c.best).label("relevance"))
            .group_by(best.c.person_id)
            .having(func.count() == len(self.words))
            .subquery()
        )
        return stmt.join(scored, scored.c.person_id == Person.id).add_columns(scored.c.relevance)

    @property
    def empty(self) -> bool:
        return not self.words and not self.dates


def count_found(session: Session, text: str, query: PersonQuery | None = None) -> int:
    """How many persons the search finds (all of them, however many are shown)."""
    search = _Search.of(text)
    if search.empty:
        return 0
    stmt = search.statement(session, query or PersonQuery(), [Person.id]).subquery()
    return int(session.execute(select(func.count()).select_from(stmt)).scalar_one())


def found_page(session: Session, text: str, query: PersonQuery, offset: int, limit: int) -> list[SearchHit]:
    """One page of the persons found, by relevance (``query.sort_by`` "relevance") or the column asked."""
    search = _Search.of(text)
    if search.empty:
        return []
    if query.sort_by != RELEVANCE and query.sort_by not in SORTABLE:
        raise ValidationError.single("sort_by", f"cannot sort by {query.sort_by!r}")
    stmt = search.statement(session, query, [getattr(Person, name) for name in ROW_FIELDS])
    if query.sort_by == RELEVANCE:
        order = [list(stmt.selected_columns)[-1].desc(), Person.sort_name, Person.id]
    else:
        column = Person.sort_name if query.sort_by == "surname" else getattr(Person, query.sort_by)
        order = [column.desc() if query.descending else column.asc(), Person.id]
    rows = session.execute(stmt.order_by(*order).offset(offset).limit(limit))
    return [SearchHit(PersonRow(*row[:-1]), float(row[-1])) for row in rows]


def search_persons(
    session: Session, query_text: str, query: PersonQuery | None = None, limit: int = 200
) -> list[SearchHit]:
    """The first ``limit`` persons found, most relevant first (see the module docstring)."""
    by_relevance = replace(query or PersonQuery(), sort_by=RELEVANCE, descending=False)
    return found_page(session, query_text, by_relevance, 0, limit)
