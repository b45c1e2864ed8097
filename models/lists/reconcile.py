"""Who is this line? Matching list entries with the registry across scripts and spellings.

Names are compared as skeletons (models.names.spelling): script, transliteration system, doubled
letters and apostrophes do not matter, and Russian forms of given names and patronymics
are mapped to the Ukrainian ones (Александр -> Олександр, Николаевич -> Миколайович).
Candidates are *blocked* so that a 6,000-line list against 100,000 persons compares each
line with a few dozen persons, not all of them:

- the surname's skeleton, and every skeleton one letter away (a deletion index, as in
  SymSpell), also with surname and given name swapped;
- the given name with the date of birth, day and month either way round (a surname
  mangled beyond one letter);
- the service number.

Each candidate gets a score in 0..1 that explains itself (name parts, date of birth:
exact, day/month swapped, year only, different; service number), and the entry a state:
``matched`` (confident), ``review`` (a person decides) or ``unmatched``.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from models.core.dates import swapped
from models.core.enums import PersonStatus
from models.core.identifiers import service_key
from models.core.partial_date import PartialDate
from models.names.spelling import canonical_given, skeleton, tokens

MATCHED_SCORE = 0.90
MATCHED_MARGIN = 0.04
REVIEW_SCORE = 0.70
MAX_CANDIDATES = 5
GIVEN_CUTOFF = 60  # rapidfuzz ratio: a typo'd given name still passes, another name does not
GIVEN_CUTOFF_NEAR_SURNAME = 80


class RegistryPerson(NamedTuple):
    """A registry person as matching sees it (a tuple: 100,000 of them are built per check)."""

    id: uuid.UUID | str  # the person's id, or its 32-digit hex text as read in bulk (see person_uuid)
    external_id: str
    surname: str
    given_names: str
    patronymic: str
    date_of_birth: PartialDate | None
    service_number: str
    status: PersonStatus | str

    @property
    def person_uuid(self) -> uuid.UUID:
        return self.id if isinstance(self.id, uuid.UUID) else uuid.UUID(hex=self.id)


@dataclass(frozen=True)
class Candidate:
    person: RegistryPerson
    score: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class EntryName:
    surname: str
    given_names: str
    patronymic: str
    date_of_birth: PartialDate | None
    service_number: str = ""


@dataclass(frozen=True)
class Match:
    state: str  # matched | review | unmatched
    candidates: list[Candidate] = field(default_factory=list)

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def _deletions(key: str) -> set[str]:
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


class _Keys(NamedTuple):
    surname: str
    given: str
    patronymic: str


@lru_cache(maxsize=1 << 17)
def _surname_key(surname: str) -> str:
    return " ".join(skeleton(w) for w in tokens(surname))


@lru_cache(maxsize=1 << 14)
def _given_key(given: str) -> str:
    words = tokens(given)
    return canonical_given(words[0]) if words else ""


@lru_cache(maxsize=1 << 16)
def _date_text(value: PartialDate) -> str:
    return str(value)


def _keys(surname: str, given: str, patronymic: str) -> _Keys:
    return _Keys(_surname_key(surname), _given_key(given), _given_key(patronymic))


class RegistryIndex:
    """The registry, held in memory in the blocks used to find candidates."""

    def __init__(self, persons: Iterable[RegistryPerson]) -> None:
        self.persons: list[RegistryPerson] = list(persons)
        self.keys: list[_Keys] = []
        self._by_surname: dict[str, dict[str, list[int]]] = {}
        self._surname_variants: dict[str, set[str]] = defaultdict(set)
        self._by_given_born: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._by_service: dict[str, list[int]] = defaultdict(list)
        self._by_given_year: dict[tuple[str, str], list[int]] | None = None
        # One pass with local names: this loop runs over the whole registry on every check.
        keys_append, by_surname, by_born, by_service = (
            self.keys.append,
            self._by_surname,
            self._by_given_born,
            self._by_service,
        )
        for index, (_id, _external, surname, given, patronymic, born, service, _status) in enumerate(self.persons):
            keys = _keys(surname, given, patronymic)
            keys_append(keys)
            given_key = keys.given
            block = by_surname.get(keys.surname)
            if block is None:
                block = by_surname[keys.surname] = {}
            members = block.get(given_key)
            if members is None:
                block[given_key] = [index]
            else:
                members.append(index)
            if born is not None and given_key:
                by_born[(given_key, _date_text(born))].append(index)
            if service:
                by_service[service_key(service)].append(index)
        for key in by_surname:
            for variant in _deletions(key):
                self._surname_variants[variant].add(key)

    def _given_born_prefix(self, given: str, prefix: str) -> list[int]:
        """Persons with this given name born within a partial date (built on first need)."""
        if self._by_given_year is None:
            self._by_given_year = defaultdict(list)
            for (name, born), members in self._by_given_born.items():
                self._by_given_year[(name, born[:4])].extend(members)
        return [
            i
            for i in self._by_given_year.get((given, prefix[:4]), ())
            if _date_text(self.persons[i].date_of_birth or PartialDate(1)).startswith(prefix)
        ]

    def _surname_block(self, key: str) -> set[str]:
        found: set[str] = set()
        for variant in _deletions(key):
            found |= self._surname_variants.get(variant, set())
        return found

    def candidates(self, entry: EntryName) -> list[int]:
        keys = _keys(entry.surname, entry.given_names, entry.patronymic)
        swapped_keys = _keys(entry.given_names, entry.surname, entry.patronymic)
        found: set[int] = set()
        for surname_key, given_key in ((keys.surname, keys.given), (swapped_keys.surname, swapped_keys.given)):
            if not surname_key:
                continue
            for block_key in self._surname_block(surname_key):
                by_given = self._by_surname[block_key]
                if not given_key:
                    for members in by_given.values():
                        found.update(members)
                    continue
                # Within a surname, only persons whose given name is near (a brother is not a
                # candidate); a surname one letter away needs the given name to agree closely.
                cutoff = GIVEN_CUTOFF if block_key == surname_key else GIVEN_CUTOFF_NEAR_SURNAME
                for given, members in by_given.items():
                    if given == given_key or fuzz.ratio(given, given_key) >= cutoff:
                        found.update(members)
        if entry.date_of_birth is not None and keys.given:  # a surname mangled beyond one letter
            if entry.date_of_birth.day is None:  # a year or month only: every birthday it covers
                found.update(self._given_born_prefix(keys.given, _date_text(entry.date_of_birth)))
            else:
                dates = {_date_text(entry.date_of_birth)}
                if (other := swapped(entry.date_of_birth)) is not None:
                    dates.add(_date_text(other))
                found.update(i for d in dates for i in self._by_given_born.get((keys.given, d), ()))
        if service := service_key(entry.service_number):
            found.update(self._by_service.get(service, ()))
        return sorted(found)

    def match(self, entry: EntryName) -> Match:
        """Rank the candidates: a fast numeric pass over the block, then reasons for the best."""
        listed = _keys(entry.surname, entry.given_names, entry.patronymic)
        flipped = _keys(entry.given_names, entry.surname, entry.patronymic)
        service = service_key(entry.service_number)
        quick = []
        for i in self.candidates(entry):
            known = self.keys[i]
            value = _score(listed, flipped, entry.date_of_birth, service, self.persons[i], known, None)
            quick.append((value, i))
        quick.sort(key=lambda item: (-item[0], self.persons[item[1]].external_id))
        top = [score(entry, self.persons[i], self.keys[i]) for _, i in quick[:MAX_CANDIDATES]]
        return Match(state_of(top), top)


def state_of(candidates: Sequence[Candidate]) -> str:
    if not candidates or candidates[0].score < REVIEW_SCORE:
        return "unmatched"
    best = candidates[0].score
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    return "matched" if best >= MATCHED_SCORE and best - runner_up >= MATCHED_MARGIN else "review"


def _ratio(a: str, b: str) -> float:
    return fuzz.ratio(a, b) / 100 if a and b else 0.0


def _date_factor(listed: PartialDate | None, known: PartialDate | None) -> tuple[float, str]:
    if listed is None or known is None:
        return 0.85, "date of birth missing on one side"
    if listed == known:
        return 1.0, f"same date of birth {known}"
    if swapped(listed) == known:
        return 0.95, f"date of birth {listed} is {known} with day and month swapped"
    if listed.earliest() <= known.latest() and known.earliest() <= listed.latest():
        return 0.92, f"dates of birth {listed} and {known} agree as far as both go"
    if listed.year == known.year:
        return 0.6, f"same year of birth, different day ({listed} / {known})"
    if abs(listed.year - known.year) == 1 and listed.month == known.month and listed.day == known.day:
        return 0.7, f"date of birth {listed} differs from {known} in the year only"
    return 0.25, f"different dates of birth ({listed} / {known})"


def score(entry: EntryName, person: RegistryPerson, keys: _Keys | None = None) -> Candidate:
    """How likely the entry is this person (0..1), with the evidence for and against."""
    reasons: list[str] = []
    value = _score(
        _keys(entry.surname, entry.given_names, entry.patronymic),
        _keys(entry.given_names, entry.surname, entry.patronymic),
        entry.date_of_birth,
        service_key(entry.service_number),
        person,
        keys or _keys(person.surname, person.given_names, person.patronymic),
        reasons,
    )
    return Candidate(person, round(value, 4), tuple(reasons))


def _score(
    listed: _Keys,
    flipped: _Keys,
    born: PartialDate | None,
    service: str,
    person: RegistryPerson,
    known: _Keys,
    reasons: list[str] | None,
) -> float:
    """The score; with ``reasons`` given, also says why (kept out of the fast pass)."""
    surname_score, given_score = _ratio(listed.surname, known.surname), _ratio(listed.given, known.given)
    if listed.given:
        swapped_surname, swapped_given = _ratio(flipped.surname, known.surname), _ratio(flipped.given, known.given)
        if swapped_surname + swapped_given > surname_score + given_score + 0.05:
            surname_score, given_score = swapped_surname - 0.02, swapped_given
            if reasons is not None:
                reasons.append("surname and given name written in swapped order")
    if reasons is not None:
        reasons.append(f"surname {surname_score:.0%}" + (f", given name {given_score:.0%}" if listed.given else ""))
    if listed.patronymic and known.patronymic:
        patronymic_score = _ratio(listed.patronymic, known.patronymic)
        if reasons is not None:
            reasons.append(f"patronymic {patronymic_score:.0%}")
        name = 0.55 * surname_score + 0.3 * given_score + 0.15 * patronymic_score
    elif listed.given:
        name = (0.55 * surname_score + 0.3 * given_score) / 0.85
    else:
        name = surname_score * 0.8  # a surname alone identifies little
    if reasons is None:
        if name < REVIEW_SCORE and not service:
            return name  # cannot reach review whatever the date says: skip the rest
        factor = _quick_date_factor(born, person.date_of_birth)
    else:
        factor, why = _date_factor(born, person.date_of_birth)
        reasons.append(why)
    value = name * factor
    known_service = service_key(person.service_number) if service else ""
    if service and known_service:
        if service == known_service:
            value = (max(value, 0.5 + value / 2) if name >= 0.6 else value) + 0.05
            if reasons is not None:
                reasons.append(f"same service number {person.service_number}")
        else:
            value *= 0.85
            if reasons is not None:
                reasons.append(f"different service numbers ({service} / {known_service})")
    return min(1.0, max(0.0, value))


def _quick_date_factor(listed: PartialDate | None, known: PartialDate | None) -> float:
    """_date_factor's number without its words (the fast pass runs it 100,000s of times)."""
    if listed is None or known is None:
        return 0.85
    if listed == known:
        return 1.0
    if listed.year != known.year:
        same_day = listed.month == known.month and listed.day == known.day and listed.day is not None
        return 0.7 if abs(listed.year - known.year) == 1 and same_day else 0.25
    return _date_factor(listed, known)[0]
