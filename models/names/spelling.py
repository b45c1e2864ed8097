"""Name forms across scripts: Ukrainian, Russian and Latin spellings of the same person.

Names reach the office in Ukrainian, in Russian forms (Александр for Олександр),
in Latin under several systems (official Ukrainian KMU 2010: Oleksandr; Russian
passport style: Aleksandr), with typos and apostrophe variants. Two tools:

- :func:`spellings` produces the alternative spellings stored with a person
  (official Latin of 2010 via translitua, the Russian form from the equivalence table);
- :func:`skeleton` reduces any spelling, in any script, to a coarse Latin key in
  which the usual differences vanish (г/ґ/h/g, и/і/ы/y/i, е/є/э/ye/ie, doubled
  letters, apostrophes), so that Лисенко, Лысенко and Lysenko meet.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import translitua

from models.names.dto import Spelling
from models.names.lookalikes import fold_word

APOSTROPHES = "'ʼ’‘`´ʹ"
_APOSTROPHE_TABLE = {ord(c): None for c in APOSTROPHES}

_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "x",
    "ц": "c",
    "ч": "ch",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "u",
    "я": "a",
}
_CYRILLIC_TABLE = str.maketrans(_CYRILLIC)
# Latin digraphs of the common systems, longest first; the placeholders keep zh/ch/sh whole
# while lone h (Ukrainian г in KMU 2010) becomes g.
_LATIN_STEPS = (
    ("shch", "\x01"),
    ("sch", "\x01"),
    ("zh", "\x02"),
    ("ch", "\x03"),
    ("sh", "\x01"),
    ("kh", "x"),
    ("ts", "c"),
    ("tz", "c"),
    ("yu", "u"),
    ("iu", "u"),
    ("ju", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("ja", "a"),
    ("ye", "e"),
    ("ie", "e"),
    ("je", "e"),
    ("yi", "i"),
    ("y", "i"),
    ("j", "i"),
    ("h", "g"),
    ("w", "v"),
    ("q", "k"),
    ("\x01", "sh"),
    ("\x02", "zh"),
    ("\x03", "ch"),
)
_NOT_LETTERS = re.compile(r"[^a-z0-9]+")
_DOUBLES = re.compile(r"([^\W\d_])\1+")  # doubled letters, never digits
_TOKEN = re.compile(r"[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"-][^\W_]+)*", re.UNICODE)


def strip_apostrophes(text: str) -> str:
    return text.translate(_APOSTROPHE_TABLE)


def tokens(text: str) -> list[str]:
    """Words of a name or a query; apostrophes and hyphens inside a word keep it whole."""
    return _TOKEN.findall(text)


@lru_cache(maxsize=1 << 16)  # names repeat: a registry has far fewer distinct words than persons
def skeleton(word: str) -> str:
    """A coarse Latin key of one word in any script (see the module docstring). Look-alike
    letters of the other script typed inside a word are folded first (``Copoкa`` is ``Сорока``)."""
    text = _DOUBLES.sub(r"\1", strip_apostrophes(fold_word(word).casefold()).translate(_CYRILLIC_TABLE))
    for old, new in _LATIN_STEPS:
        text = text.replace(old, new)
    text = _NOT_LETTERS.sub("", text)
    return _DOUBLES.sub(r"\1", text)


@dataclass(frozen=True)
class GivenName:
    uk: str
    ru: str
    uk_patronymic: str
    ru_patronymic: str


@cache
def _equivalents() -> tuple[dict[str, GivenName], dict[str, str]]:
    """Ukrainian given name -> its forms; Ukrainian patronymic (m. and f.) -> Russian one."""
    given: dict[str, GivenName] = {}
    patronymics: dict[str, str] = {}
    source = resources.files("resources").joinpath("names/given_names_uk_ru.csv")
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            name = GivenName(row["uk_given"], row["ru_given"], row["uk_patronymic"], row["ru_patronymic"])
            given.setdefault(strip_apostrophes(name.uk).casefold(), name)
            if name.uk_patronymic:
                patronymics[name.uk_patronymic.casefold()] = name.ru_patronymic
                patronymics[female_patronymic_uk(name.uk_patronymic).casefold()] = female_patronymic_ru(
                    name.ru_patronymic
                )
    return given, patronymics


def female_patronymic_uk(male: str) -> str:
    if male.endswith("йович"):
        return male[:-5] + "ївна"
    if male.endswith("ович"):
        return male[:-4] + "івна"
    if male.endswith("іч"):
        return male[:-2] + "івна"
    return male


def female_patronymic_ru(male: str) -> str:
    for ending, female in (("ьевич", "ьевна"), ("евич", "евна"), ("ович", "овна"), ("ич", "инична")):
        if male.endswith(ending):
            return male[: -len(ending)] + female
    return male


def russian_given(uk: str) -> str | None:
    found = _equivalents()[0].get(strip_apostrophes(uk).casefold())
    return found.ru if found and found.ru != uk else None


def russian_patronymic(uk: str) -> str | None:
    found = _equivalents()[1].get(uk.casefold())
    return found if found and found != uk else None


def official_latin(text: str) -> str:
    """Official Ukrainian transliteration (Cabinet of Ministers resolution 55 of 2010)."""
    return str(translitua.translit(text, translitua.UkrainianKMU))


def russian_latin(text: str) -> str:
    """Russian passport-style Latin (how the other side's lists often spell our names)."""
    return str(translitua.translit(text, translitua.RussianInternationalPassport1997))


def spellings(surname: str, given_names: str, patronymic: str) -> list[Spelling]:
    """Alternative spellings to store with a person written in Ukrainian: the official Latin
    (KMU 2010) and the Russian form, when it differs from the original."""
    result = [
        Spelling("uk_latin_2010", official_latin(surname), official_latin(given_names), official_latin(patronymic))
    ]
    ru_given = " ".join(russian_given(g) or g for g in given_names.split())
    ru_patronymic = russian_patronymic(patronymic) or patronymic
    if (ru_given, ru_patronymic) != (given_names, patronymic):
        result.append(Spelling("russian", surname, ru_given, ru_patronymic))
    return result


def search_keys(*names: str) -> set[str]:
    """Every skeleton a person can be found by: each word of each given form, plus the Russian
    forms of Ukrainian given names and patronymics and their passport-style Latin."""
    keys: set[str] = set()
    for name in names:
        for word in tokens(name):
            keys.add(skeleton(word))
            russian = russian_given(word) or russian_patronymic(word)
            if russian:
                keys.add(skeleton(russian))
                keys.add(skeleton(russian_latin(russian)))
    keys.discard("")
    return keys


@cache
def given_name_equivalents() -> dict[str, str]:
    """Skeleton of any known form of a given name or patronymic (Ukrainian, Russian, their
    Latin) -> the skeleton of its Ukrainian form, so Александр, Aleksandr and Oleksandr meet."""
    given, patronymics = _equivalents()
    result: dict[str, str] = {}
    for name in given.values():
        target = skeleton(name.uk)
        for form in (name.uk, name.ru, official_latin(name.uk), russian_latin(name.ru)):
            result.setdefault(skeleton(form), target)
    for uk, ru in patronymics.items():
        target = skeleton(uk)
        for form in (uk, ru, official_latin(uk), russian_latin(ru)):
            result.setdefault(skeleton(form), target)
    return result


def known_given_skeletons() -> frozenset[str]:
    given, _ = _equivalents()
    forms = set()
    for name in given.values():
        for form in (name.uk, name.ru, official_latin(name.uk), russian_latin(name.ru)):
            forms.add(skeleton(form))
    return frozenset(forms)


def canonical_given(word: str) -> str:
    """The Ukrainian skeleton of a given name or patronymic in any form (itself when unknown)."""
    key = skeleton(word)
    return given_name_equivalents().get(key, key)
