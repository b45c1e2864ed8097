"""An evaluation set for list reconciliation: the other side's list as it really arrives.

From registry persons it writes lines with Russian forms of given names and patronymics,
Latin transliterations (official Ukrainian and Russian passport style), one-letter typos,
surname and given name swapped, day and month swapped, dates in dd.mm.yyyy; and adds
persons who are not in the registry at all. Each line knows whom it truly names.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from faker.providers.person.uk_UA import Provider as PersonProvider

from models.core.partial_date import PartialDate
from models.lists.reconcile import RegistryPerson
from models.names.spelling import official_latin, russian_given, russian_latin, russian_patronymic

CYRILLIC = "абвгдежзиклмнопрстуфхцчшщюя"


@dataclass(frozen=True)
class Line:
    full_name: str
    date_of_birth: str
    truth: uuid.UUID | None  # the registry person the line names, None if not in the registry


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("replace", "drop", "double"))
    if kind == "replace":
        pool = CYRILLIC if "\u0400" <= word[at] <= "\u04ff" else "abcdefghijklmnopqrstuvwxyz"
        return word[:at] + rng.choice(pool) + word[at + 1 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    return word[:at] + word[at] + word[at:]


def _date(rng: random.Random, value: PartialDate | None, swap: bool) -> str:
    if value is None:
        return ""
    if value.day is None or value.month is None:
        return str(value.year)
    day, month = (value.month, value.day) if swap and value.day <= 12 else (value.day, value.month)
    return f"{day:02d}.{month:02d}.{value.year}" if rng.random() < 0.8 else f"{value.year}-{month:02d}-{day:02d}"


def noisy_line(rng: random.Random, person: RegistryPerson) -> Line:
    surname, given, patronymic = person.surname, person.given_names, person.patronymic
    if rng.random() < 0.6:  # the other side writes Russian forms
        given = russian_given(given) or given
        patronymic = russian_patronymic(patronymic) or patronymic
    script = rng.random()
    if script < 0.15:
        surname, given, patronymic = (official_latin(w) for w in (surname, given, patronymic))
    elif script < 0.3:
        surname, given, patronymic = (russian_latin(w) for w in (surname, given, patronymic))
    if rng.random() < 0.15:
        surname = _typo(rng, surname)
    words = [surname, given, patronymic] if rng.random() > 0.1 else [given, patronymic, surname]
    if rng.random() < 0.2:
        words = [w for w in words if w != patronymic]  # many lists leave the patronymic out
    return Line(" ".join(w for w in words if w), _date(rng, person.date_of_birth, rng.random() < 0.1), person.id)


def stranger(rng: random.Random) -> Line:
    surname = rng.choice(PersonProvider.last_names)
    given = rng.choice(PersonProvider.first_names_male)
    patronymic = rng.choice(PersonProvider.middle_names_male)
    born = PartialDate(rng.randrange(1966, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
    return Line(f"{_typo(rng, surname)} {given} {patronymic}", _date(rng, born, False), None)


def generate(persons: list[RegistryPerson], size: int, seed: int, strangers: float = 0.1) -> list[Line]:
    rng = random.Random(seed)
    known = rng.sample(persons, int(size * (1 - strangers)))
    lines = [noisy_line(rng, p) for p in known] + [stranger(rng) for _ in range(size - len(known))]
    rng.shuffle(lines)
    return lines
