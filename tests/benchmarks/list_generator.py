"""An evaluation set for list reconciliation: the other side's list as it really arrives.

From registry persons it writes lines the ways lists write names (each kind measured on its own
by ``kind``):

- Russian forms of given names and patronymics, and of surnames by the Russian spelling
  (Соловйов -> Соловьев, Ковальський -> Ковальский, Петрів -> Петров);
- rare and archaic equivalents the name calendar lists (Охрім -> Ефрем, Панас -> Афанасий);
- Latin in the systems in use: KMU 2010, the 1996 national system, the 2007 passport,
  BGN/PCGN, ISO 9 on the Ukrainian; the Russian passport tables of 1997 and 2010 and ICAO
  2013 on the Russian forms (through translitua, not the engine's own tables); conventional
  English forms (Alexander, Alexei, Sergey);
- initials (``Петренко О.М.``, ``О. М. Петренко``), Latin look-alike letters typed into
  Cyrillic, one-letter typos and transpositions, surname and given name swapped, the
  patronymic left out;
- dates of birth with day and month swapped, the year only, or none at all;

and lines of persons not in the registry: strangers, and namesakes (a registry person's
surname and date of birth with another given name: a brother, a twin) that must never be
``matched``. Each line knows whom it truly names.
"""

from __future__ import annotations

import csv
import random
import re
import uuid
from dataclasses import dataclass
from functools import cache
from importlib import resources

import translitua
from faker.providers.person.uk_UA import Provider as PersonProvider

from models.core.partial_date import PartialDate
from models.lists.reconcile import RegistryPerson
from models.names.equivalents import russian_given, russian_patronymic

CYRILLIC = "абвгдежзиклмнопрстуфхцчшщюя"
LOOKALIKES = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "і": "i", "х": "x", "у": "y", "І": "I", "О": "O"}
UKRAINIAN_LATIN = (
    translitua.UkrainianKMU,
    translitua.UkrainianNational1996,
    translitua.UkrainianPassport2007,
    translitua.UkrainianBGN,
    translitua.UkrainianISO9,
)
RUSSIAN_LATIN = (
    translitua.RussianInternationalPassport1997,
    translitua.RussianInternationalPassport,
    translitua.RussianICAO,
)
# the Russian spelling of Ukrainian surnames (Ukrainian and Russian orthographies)
_RUSSIFY = (
    (r"ський$", "ский"),
    (r"цький$", "цкий"),
    (r"ій$", "ий"),
    (r"ьо", "ье"),
    (r"йо", "ье"),
    (r"ів$", "ов"),
    (r"ець$", "ец"),
    (r"ї", "и"),
    (r"є", "е"),
    (r"и", "ы"),
    (r"і", "и"),
    (r"ґ", "г"),
)


@dataclass(frozen=True)
class Line:
    full_name: str
    date_of_birth: str
    truth: uuid.UUID | None  # the registry person the line names, None if not in the registry
    kind: str = "plain"  # what was done to the name (for figures per kind)


@cache
def _alternates() -> dict[str, list[tuple[str, bool]]]:
    """Ukrainian given name -> every other form the calendar lists (form, is Russian)."""
    source = resources.files("resources").joinpath("names/given_names.csv")
    found: dict[str, list[tuple[str, bool]]] = {}
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            forms = [(f, False) for f in (row.get("uk_variants") or "").split("|") if f]
            forms += [(f, True) for f in (row.get("ru") or "").split("|") if f and f != row["uk"]]
            if forms:
                found.setdefault(row["uk"], []).extend(forms)
    return found


@cache
def _conventional() -> dict[str, list[str]]:
    source = resources.files("resources").joinpath("names/conventional_latin.csv")
    with source.open(encoding="utf-8") as handle:
        return {row["cyrillic"]: row["latin"].split("|") for row in csv.DictReader(handle)}


def _russify(surname: str) -> str:
    for pattern, replacement in _RUSSIFY:
        surname = re.sub(pattern, replacement, surname)
    return surname


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    at = rng.randrange(1, len(word) - 2)
    kind = rng.choice(("replace", "drop", "double", "swap"))
    if kind == "replace":
        pool = CYRILLIC if "\u0400" <= word[at] <= "\u04ff" else "abcdefghijklmnopqrstuvwxyz"
        return word[:at] + rng.choice(pool) + word[at + 1 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + word[at] + word[at:]


def _lookalike(rng: random.Random, word: str) -> str:
    return "".join(LOOKALIKES[c] if c in LOOKALIKES and rng.random() < 0.5 else c for c in word)


def _date(rng: random.Random, value: PartialDate | None, how: str) -> str:
    if value is None or how == "none":
        return ""
    if value.day is None or value.month is None or how == "year":
        return str(value.year)
    day, month = (value.month, value.day) if how == "swap" and value.day <= 12 else (value.day, value.month)
    return f"{day:02d}.{month:02d}.{value.year}" if rng.random() < 0.8 else f"{value.year}-{month:02d}-{day:02d}"


def noisy_line(rng: random.Random, person: RegistryPerson) -> Line:
    surname, given, patronymic = person.surname, person.given_names, person.patronymic
    kinds: list[str] = []
    russian = rng.random() < 0.5
    if russian:  # the other side writes Russian forms
        given = russian_given(given) or given
        patronymic = russian_patronymic(patronymic) or patronymic
        kinds.append("russian")
        if rng.random() < 0.4:
            surname = _russify(surname)
            kinds.append("russian_surname")
    elif rng.random() < 0.12 and person.given_names in _alternates():
        given, russian = rng.choice(_alternates()[person.given_names])
        kinds.append("rare_equivalent")
    script = rng.random()
    if script < 0.12:
        system = rng.choice(RUSSIAN_LATIN if russian else UKRAINIAN_LATIN)
        surname, given, patronymic = (str(translitua.translit(w, system)) for w in (surname, given, patronymic))
        kinds.append("latin")
    elif script < 0.17 and person.given_names in _conventional():
        surname = str(translitua.translit(surname, translitua.UkrainianKMU))
        given = rng.choice(_conventional()[person.given_names])
        patronymic = ""
        kinds.append("conventional_english")
    elif script < 0.22:
        surname, given, patronymic = (_lookalike(rng, w) for w in (surname, given, patronymic))
        kinds.append("lookalike_letters")
    if rng.random() < 0.12:
        surname = _typo(rng, surname)
        kinds.append("typo")
    if rng.random() < 0.08 and given and patronymic:
        given, patronymic = f"{given[0]}.", f"{patronymic[0]}."
        kinds.append("initials")
        words = [surname, given + patronymic] if rng.random() < 0.6 else [f"{given} {patronymic}", surname]
    else:
        words = [surname, given, patronymic] if rng.random() > 0.1 else [given, patronymic, surname]
        if rng.random() < 0.2:
            words = [w for w in words if w != patronymic]  # many lists leave the patronymic out
            kinds.append("no_patronymic")
    how = _how_dated(rng)
    if how != "plain":
        kinds.append({"swap": "day_month_swapped", "year": "year_only", "none": "no_date"}[how])
    return Line(
        " ".join(w for w in words if w), _date(rng, person.date_of_birth, how), person.id, "+".join(kinds) or "plain"
    )


def _how_dated(rng: random.Random) -> str:
    return rng.choices(("plain", "swap", "year", "none"), (0.77, 0.1, 0.05, 0.08))[0]


def stranger(rng: random.Random) -> Line:
    """Someone not in the registry, written as carelessly as anyone else (no patronymic, no date)."""
    surname = rng.choice(PersonProvider.last_names)
    given = rng.choice(PersonProvider.first_names_male)
    patronymic = rng.choice(PersonProvider.middle_names_male) if rng.random() > 0.2 else ""
    born = PartialDate(rng.randrange(1966, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
    name = " ".join(w for w in (_typo(rng, surname), given, patronymic) if w)
    return Line(name, _date(rng, born, _how_dated(rng)), None, "stranger")


def namesake(rng: random.Random, person: RegistryPerson) -> Line:
    """Someone else with a registry person's surname and date of birth (a brother, a twin)."""
    pool = PersonProvider.first_names_female if person.patronymic.endswith("вна") else PersonProvider.first_names_male
    others = [g for g in pool if g != person.given_names]
    line = f"{person.surname} {rng.choice(others)} {person.patronymic}"
    return Line(line, _date(rng, person.date_of_birth, "plain"), None, "namesake")


@cache
def _surnames_a_letter_apart() -> dict[str, list[str]]:
    """Real surnames one edit apart (Савенко / Савченко, Бондар / Бондарь …): two families."""
    from rapidfuzz.distance import Levenshtein

    names = sorted(set(PersonProvider.last_names))
    return {
        a: [b for b in names if b != a and abs(len(a) - len(b)) <= 1 and Levenshtein.distance(a, b) == 1] for a in names
    }


def other_family(rng: random.Random, persons: list[RegistryPerson]) -> Line | None:
    """Someone of another family whose surname is a letter from a registry person's, with the
    same given name and birth year, written as lists often write them (no patronymic, the
    year only): the trial's "Savchenko Ihor, 1987" against Савенко Ігор. Not in the registry."""
    near = _surnames_a_letter_apart()
    for _ in range(50):
        person = rng.choice(persons)
        others = near.get(person.surname, [])
        if not others or person.date_of_birth is None:
            continue
        surname = rng.choice(others)
        year = person.date_of_birth.year
        taken = any(
            p.surname == surname
            and p.given_names == person.given_names
            and p.date_of_birth is not None
            and p.date_of_birth.year == year
            for p in persons
        )
        if not taken:
            return Line(f"{surname} {person.given_names}", str(year), None, "other_family")
    return None


def generate(
    persons: list[RegistryPerson],
    size: int,
    seed: int,
    strangers: float = 0.1,
    namesakes: float = 0.03,
    other_families: float = 0.0,
) -> list[Line]:
    """``other_families``: the share of lines of other families a letter apart (measured on its
    own: tests/lists and the evaluation benchmark), kept out of the set whose figures the
    issue fixed (precision, recall, review share) so those stay comparable run to run."""
    rng = random.Random(seed)
    known = rng.sample(persons, int(size * (1 - strangers - namesakes - other_families)))
    lines = [noisy_line(rng, p) for p in known]
    lines += [namesake(rng, rng.choice(persons)) for _ in range(int(size * namesakes))]
    lines += [line for _ in range(int(size * other_families)) if (line := other_family(rng, persons)) is not None]
    lines += [stranger(rng) for _ in range(size - len(lines))]
    rng.shuffle(lines)
    return lines
