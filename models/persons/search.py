"""Registry search: persons found by any form of their names, ids or date of birth, best first.

Each word of the query is read by the name engine as list matching reads a line: as a surname
(every key either language gives it: Соловьёв finds Соловйов), a given name (every form of the
name: Alexei, Алексей and Олексій are one), a patronymic, an id or service number, and as the
word itself. A person is found when every word is found in one of their names (the name itself
or any stored spelling) and every date in the query is their date of birth. The terms are the
rows of ``person_search_term`` (``models.persons.name_index``), kept current by the services.

While a word finds nothing as typed, it is read as the start of a word (``Ковал``), and a word
that finds nothing either way as a slip of the pen (``Ковалнко``: one letter, two in a long
word, as list matching allows). With a date of birth in the query, a word that finds no one at
all does not hide those the rest finds. A single letter is an
initial: it finds the given names and patronymics that can begin with it (``Коваленко О М``).

Relevance respects the roles: each word counts by the best role it was found in (an id 5, a
surname 3, a given name 2, the word itself 1.5, a patronymic 1, a typo 0.8, the start of a
word 0.5), so a query that is a given name puts the persons with that given name first and
never finds a person who has it only inside the patronymic (Олександрівна). Ties, and any
other order asked for, are in Ukrainian alphabetical order (``models.names.collation``).

The count is of every person found; pages go through all of them.
"""

from __future__ import annotations

import re
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import ColumnElement, Select, String, and_, func, literal, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session

from models.core.dates import swapped
from models.core.entities import ChangeEvent, Person, PersonSearchTerm
from models.core.errors import ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.identifiers import service_key
from models.core.partial_date import PartialDate
from models.names.cases import strip_leading
from models.names.engine import compact
from models.names.equivalents import given_key, other_forms, patronymic_key
from models.names.keys import skeleton, surname_keys, tokens
from models.names.layout import retypings
from models.names.split import QUOTED, split_full_name
from models.persons.dto import BY_RELEVANCE, ROW_FIELDS, SORTABLE, PersonQuery, PersonRow, SearchHit, SearchResult
from models.persons.filters import filters_of
from models.persons.name_index import ROLE_GIVEN, ROLE_ID, ROLE_INITIAL, ROLE_PATRONYMIC, ROLE_SURNAME, ROLE_WORD

RELEVANCE = BY_RELEVANCE
WEIGHT = {ROLE_ID: 5.0, ROLE_SURNAME: 3.0, ROLE_GIVEN: 2.0, ROLE_WORD: 1.5, ROLE_PATRONYMIC: 1.0, ROLE_INITIAL: 1.0}
TYPO_WEIGHT, PREFIX_WEIGHT = 0.8, 0.5
FORM_FACTOR = 0.6  # another form of a name (Коля, Шандор) counts for less than the name written out
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
    forms: frozenset[str] = frozenset()  # given names the word is another form of (Коля: Микола)

    @staticmethod
    def of(text: str) -> _Word:
        if len(text) == 1:  # an initial (О., O): the names it can stand for
            return _Word(text, ((ROLE_INITIAL, frozenset({skeleton(text)[:1]} - {""})),))
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
            other_forms(text) - {given_key(text)},
        )

    @property
    def key(self) -> str:
        return skeleton(self.text)


_Parts = list[Select[tuple[object, int, float, str]]]


def _hits(number: int, weight: float, *where: ColumnElement[bool]) -> Select[tuple[object, int, float, str]]:
    return select(
        _TERM.person_id, literal(number).label("word"), literal(weight).label("weight"), _TERM.sort_name
    ).where(*where)


def _exact(word: _Word, number: int) -> _Parts:
    parts = [
        _hits(number, WEIGHT[role], _TERM.role == role, _TERM.term.in_(sorted(terms)))
        for role, terms in word.terms
        if terms
    ]
    if word.forms:  # below the name itself: Олесь finds Олесь first, then the Олександрs
        parts.append(
            _hits(
                number, WEIGHT[ROLE_GIVEN] * FORM_FACTOR, _TERM.role == ROLE_GIVEN, _TERM.term.in_(sorted(word.forms))
            )
        )
    return parts


def _prefix(key: str) -> ColumnElement[bool]:
    return and_(_TERM.term >= key, _TERM.term < key + "\uffff")


def _any(session: Session, parts: _Parts) -> bool:
    return bool(parts) and session.execute(union_all(*parts).limit(1)).first() is not None


def _typo_terms(session: Session, key: str) -> list[str]:
    """Stored name words a slip away from ``key``, as list matching allows (one letter; two in a
    long word; ж, ч, ш each one letter), beginning with the same letter (typos rarely hit it)."""
    allowed = 1 if len(compact(key)) < 7 else 2
    candidates = {
        compact(term): term
        for (term,) in session.execute(
            select(_TERM.term)
            .where(_TERM.role.in_((ROLE_WORD, ROLE_SURNAME)), _prefix(key[0]))
            .where(func.length(_TERM.term).between(len(key) - 2 * allowed, len(key) + 2 * allowed))
            .distinct()
        )
    }
    found = process.extract(
        compact(key), list(candidates), scorer=OSA.distance, score_cutoff=allowed, limit=MAX_TYPO_TERMS
    )
    return [candidates[term] for term, _distance, _index in found]


@dataclass(frozen=True)
class _Lookup:
    """How one word of the query is looked up, and how selective that is likely to be."""

    parts: _Parts
    exact: bool  # found as typed (not as a prefix, a typo or an initial)
    length: int
    found: bool = True  # anyone at all

    @property
    def selectivity(self) -> tuple[bool, int]:
        return (not self.exact, -self.length)


def _word_hits(session: Session, word: _Word, number: int) -> _Lookup:
    """How one word is looked up: as typed; else as a prefix; else one letter off."""
    parts = _exact(word, number)
    key = word.key
    if len(word.text) == 1:
        return _Lookup(parts, False, 1)
    if _any(session, parts):
        return _Lookup(parts, True, len(key))
    if not key:
        return _Lookup(parts, False, 0)
    prefixed = [_hits(number, PREFIX_WEIGHT, _TERM.role.in_((ROLE_SURNAME, ROLE_WORD, ROLE_ID)), _prefix(key))]
    if _any(session, prefixed):
        return _Lookup(prefixed, False, len(key))
    if len(key) >= MIN_TYPO_LENGTH and (near := _typo_terms(session, key)):
        typo = [_hits(number, TYPO_WEIGHT, _TERM.role.in_((ROLE_WORD, ROLE_SURNAME)), _TERM.term.in_(near))]
        return _Lookup(typo, False, len(key))
    for meant in retypings(word.text, words=1):  # Rjdfktyrj: Коваленко typed on the Latin layout
        retyped = _exact(_Word.of(meant), number)
        if len(meant) >= MIN_TYPO_LENGTH and _any(session, retyped):
            return _Lookup(retyped, False, len(key))
    return _Lookup(parts, False, len(key), found=False)


def _as_a_name(text: str) -> str:
    """A query copied from a letter or a list, read as list matching reads a line: the words a
    sentence puts before a name and a call sign in quotes dropped, a declined name in the
    nominative ("щодо Коваленка Сергія": Коваленко Сергій), a name typed on the other keyboard
    layout as meant. Anything else (ids, one word, a prefix being typed) is left as typed."""
    if len(text.split()) < 2:
        return text
    split = split_full_name(text)
    if split.declined or split.retyped:
        return " ".join(p for p in (split.surname, split.given_names, split.patronymic) if p)
    stripped, _ = strip_leading(text)
    return QUOTED.sub(" ", stripped)


@dataclass(frozen=True)
class _Search:
    """A query: its name words and its dates of birth."""

    words: list[_Word]
    dates: list[str]

    @staticmethod
    def of(text: str) -> _Search:
        raw = text.split()
        dates = [d for d in (_date_filter(w) for w in raw) if d]
        rest = _as_a_name(" ".join(w for w in raw if not _date_filter(w)))
        words = [_Word.of(t) for t in dict.fromkeys(tokens(rest)) if skeleton(t) or service_key(t)]
        return _Search(words, dates)

    def without(self, index: int) -> _Search:
        return _Search(self.words[:index] + self.words[index + 1 :], self.dates)

    def scored(self, session: Session) -> Any:
        """(person_id, relevance, sort_name) of every person every word finds, as a subquery.
        The most selective word is looked up first and the others only among its persons (an
        initial alone would find half the registry)."""
        lookups = sorted(
            (_word_hits(session, word, n) for n, word in enumerate(self.words)), key=lambda x: x.selectivity
        )
        if self.dates and any(lookup.found for lookup in lookups):
            # with a date of birth to go by, a word that finds no one at all (a surname mangled past
            # any slip) does not hide the persons the other words and the date find, as in matching
            lookups = [lookup for lookup in lookups if lookup.found]
        if len(lookups) == 1:  # one word: its best role per person, no intersection
            hits = union_all(*lookups[0].parts).subquery()
            return (
                select(
                    hits.c.person_id,
                    func.max(hits.c.weight).label("relevance"),
                    func.max(hits.c.sort_name).label("sort_name"),
                )
                .group_by(hits.c.person_id)
                .subquery()
            )
        anchor = union_all(*lookups[0].parts).subquery()
        within = select(anchor.c.person_id)
        parts = [anchor.select()] + [
            part.where(_TERM.person_id.in_(within)) for lookup in lookups[1:] for part in lookup.parts
        ]
        hits = union_all(*parts).subquery()
        best = (
            select(
                hits.c.person_id,
                hits.c.word,
                func.max(hits.c.weight).label("best"),
                func.max(hits.c.sort_name).label("sort_name"),
            )
            .group_by(hits.c.person_id, hits.c.word)
            .subquery()
        )
        return (
            select(
                best.c.person_id,
                func.sum(best.c.best).label("relevance"),
                func.max(best.c.sort_name).label("sort_name"),
            )
            .group_by(best.c.person_id)
            .having(func.count() == len(lookups))
            .subquery()
        )

    def statement(self, session: Session, query: PersonQuery, columns: list[Any]) -> Select[Any]:
        """``columns`` of the persons found (and, last, their relevance), the query's filters applied."""
        stmt = select(*columns).where(*filters_of(query))
        born = type_coerce(Person.date_of_birth, String)
        for prefix in self.dates:  # the date as typed, or with day and month the other way round
            other = swapped(PartialDate.parse(prefix))
            stmt = stmt.where(or_(born.like(f"{prefix}%"), born == str(other)) if other else born.like(f"{prefix}%"))
        if not self.words:
            return stmt.add_columns(literal(0.0).label("relevance"))
        scored = self.scored(session)
        return stmt.join(scored, scored.c.person_id == Person.id).add_columns(scored.c.relevance)

    @property
    def empty(self) -> bool:
        return not self.words and not self.dates


_RECENT: OrderedDict[tuple[object, ...], list[tuple[Any, float, str]]] = OrderedDict()  # the last searches
RECENT_SEARCHES = 16


def _everyone_found(
    session: Session, search: _Search, query: PersonQuery, text: str, relax: bool = True
) -> list[tuple[Any, float, str]]:
    """(person id, relevance, sort key) of everyone found, most relevant first; with ``relax``,
    when no one has every word, those with all but one (``_all_but_one``). A table asks for the
    count and then for pages of one search: it is run once, and again only when the database
    changed (every write adds to the change log)."""
    if relax:
        found = _everyone_found(session, search, query, text, relax=False)
        if found or len(search.words) < 2:
            return found
    # every write adds to the change log: its latest time says whether anything changed since
    changed = session.execute(select(func.max(ChangeEvent.at))).scalar()
    asked = replace(query, sort_by=RELEVANCE, descending=False)
    key = (str(session.get_bind().engine.url), text, asked, changed, relax)
    cached = _RECENT.get(key)
    if cached is not None:
        _RECENT.move_to_end(key)
        return cached
    if relax:
        found = _all_but_one(session, search, query, text)
    elif search.words and not search.dates and not filters_of(query):  # the terms alone answer it
        scored = search.scored(session)
        rows = session.execute(select(_as_text(scored.c.person_id), scored.c.sort_name, scored.c.relevance))
        found = [(pid, float(score), sort_name) for pid, sort_name, score in rows]
    else:
        rows = session.execute(search.statement(session, query, [_as_text(Person.id), Person.sort_name]))
        found = [(pid, float(score), sort_name) for pid, sort_name, score in rows]
    found.sort(key=lambda item: (-item[1], item[2], item[0]))
    _RECENT[key] = found
    while len(_RECENT) > RECENT_SEARCHES:
        _RECENT.popitem(last=False)
    return found


def _as_text(column: Any) -> Any:
    """An id column as the text stored (32 hex digits): thousands found are counted and ranked
    without becoming UUID objects; only a page's ids do (``found_page``)."""
    return type_coerce(column, String)


def _without_each(
    session: Session, search: _Search, query: PersonQuery, text: str
) -> Iterator[tuple[str, list[tuple[Any, float, str]]]]:
    """Each word of the query, with everyone the other words find; never a search of initials
    alone (one would find half the registry)."""
    for index, word in enumerate(search.words):
        if any(len(other.text) > 1 for n, other in enumerate(search.words) if n != index):
            yield word.text, _everyone_found(session, search.without(index), query, f"{text}\x00{index}", relax=False)


def _all_but_one(session: Session, search: _Search, query: PersonQuery, text: str) -> list[tuple[Any, float, str]]:
    """When no one has every word ("Романюк (Яковенко) Людмила", a word the registry never
    wrote), the persons who have all but one of them, each with the relevance of the words
    they have: the search a clerk would try next. ``left_out`` says which words were not found."""
    merged: dict[Any, tuple[Any, float, str]] = {}
    for _word, found in _without_each(session, search, query, text):
        for item in found:
            if item[0] not in merged or merged[item[0]][1] < item[1]:
                merged[item[0]] = item
    return list(merged.values())


def left_out(session: Session, text: str, query: PersonQuery | None = None) -> list[str]:
    """The words of the query no one found has together with all the others: [] when someone
    has every word (or nobody has all but one), else each word whose leaving out finds persons."""
    search = _Search.of(text)
    if len(search.words) < 2:
        return []
    query = query or PersonQuery()
    if _everyone_found(session, search, query, text, relax=False):
        return []
    return [word for word, found in _without_each(session, search, query, text) if found]


def count_found(session: Session, text: str, query: PersonQuery | None = None) -> int:
    """How many persons the search finds (all of them, however many are shown)."""
    search = _Search.of(text)
    if search.empty:
        return 0
    return len(_everyone_found(session, search, query or PersonQuery(), text))


def found_page(session: Session, text: str, query: PersonQuery, offset: int, limit: int) -> list[SearchHit]:
    """One page of the persons found, by relevance (``query.sort_by`` "relevance") or the column
    asked (by surname: Ukrainian alphabetical order). The page is chosen from the ids, relevance
    and sort keys alone (an index holds them); only its persons' rows are read."""
    search = _Search.of(text)
    if search.empty:
        return []
    if query.sort_by != RELEVANCE and query.sort_by not in SORTABLE:
        raise ValidationError.single(
            "sort_by", QT_TRANSLATE_NOOP("Errors", "cannot sort by {sort_by!r}"), sort_by=query.sort_by
        )
    if query.sort_by in (RELEVANCE, "surname"):
        found = _everyone_found(session, search, query, text)
        if query.sort_by == "surname":
            found = sorted(found, key=lambda item: (item[2], item[0]), reverse=query.descending)
        chosen = [(uuid.UUID(hex=pid), score) for pid, score, _ in found[offset : offset + limit]]
    else:
        stmt = search.statement(session, query, [Person.id])
        column = getattr(Person, query.sort_by)
        order = [column.desc() if query.descending else column.asc(), Person.id]
        chosen = [
            (pid, float(score)) for pid, score in session.execute(stmt.order_by(*order).offset(offset).limit(limit))
        ]
    if not chosen:
        return []
    rows = {
        row.id: PersonRow(*row)
        for row in session.execute(
            select(*(getattr(Person, name) for name in ROW_FIELDS)).where(Person.id.in_([pid for pid, _ in chosen]))
        )
    }
    return [SearchHit(rows[pid], score) for pid, score in chosen if pid in rows]


def find_persons(session: Session, text: str, limit: int = 20) -> SearchResult:
    """The whole registry searched: how many persons are found, and the most relevant ``limit``."""
    query = PersonQuery(text=text, sort_by=RELEVANCE)
    return SearchResult(
        text,
        count_found(session, text, query),
        found_page(session, text, query, 0, limit),
        left_out(session, text, query),
    )


def search_persons(
    session: Session, query_text: str, query: PersonQuery | None = None, limit: int = 200
) -> list[SearchHit]:
    """The first ``limit`` persons found, most relevant first (see the module docstring)."""
    by_relevance = replace(query or PersonQuery(), sort_by=RELEVANCE, descending=False)
    return found_page(session, query_text, by_relevance, 0, limit)
