"""Persons' names and military ranks in the grammatical case a Ukrainian sentence needs.

"щодо сержанта Петренка Олександра Миколайовича", "останки належать старшому лейтенанту
Левицькій Ользі Петрівні": the generated Ukrainian letters put a person in the genitive, the
dative and so on. The declension itself is `shevchenko-py` (a port of shevchenko-js and its
military extension: rules for Ukrainian anthroponyms and ranks, its data shipped in the wheel, no
network, no dictionary download). It was chosen over `shevchenko` (another port), pymorphy3 with
its Ukrainian dictionary and `lesya` by the table tests/data/names/declension_uk.csv; the figures
are in tests/data/names/declension_uk.SOURCES.md.

A few rules sit on top, each for a gap the table found in the library (and each tested there):

* only the last part of a hyphenated rank is declined: капітан-лейтенанта, контр-адмірала
  (the library declines both parts of any compound it does not know: "капітана-лейтенанта");
* the given name Лев loses its е: Льва, Львові (the library gives "Лева");
* surnames in -ар of the soft group (Бондар, Крамар, Пушкар ...) decline like Токар: Бондаря,
  Бондарю (the library gives "Бондара"); Гончар keeps its traditional hard forms (Гончара);
* two given names in one field ("Анна Марія") are declined one by one.

Nothing here raises on unusual input. A word the rules do not know (a name in Latin letters, an
abbreviation) stays as written; a person whose sex is not recorded and cannot be told from the
patronymic or the given name, or any input the library refuses, keeps the nominative: the letter
then reads "щодо Коваль" rather than failing. The forms are those of Правопис 2019 (§ 142);
where the norm allows two forms (Шевченкові / Шевченку) the library's choice (-у) is kept.
"""

from __future__ import annotations

import logging
from enum import StrEnum

import shevchenko

from models.core.enums import Sex

log = logging.getLogger(__name__)


class Case(StrEnum):
    """The cases a letter needs; the values are the library's names, but for the instrumental."""

    NOMINATIVE = "nominative"
    GENITIVE = "genitive"  # щодо кого, відомості про стан здоров'я кого
    DATIVE = "dative"  # належать кому, повідомляємо кому
    ACCUSATIVE = "accusative"  # просимо розшукати кого
    INSTRUMENTAL = "instrumental"  # з ким, ким підписано
    LOCATIVE = "locative"  # при кому


_LIBRARY_CASE = {case: case.value for case in Case} | {Case.INSTRUMENTAL: "ablative"}
_GENDER = {Sex.MALE: "masculine", Sex.FEMALE: "feminine"}

# The given name Лев with its fleeting е; the dative and locative in -ові (Льву is right too).
_LEV = {
    Case.NOMINATIVE: "Лев",
    Case.GENITIVE: "Льва",
    Case.DATIVE: "Львові",
    Case.ACCUSATIVE: "Льва",
    Case.INSTRUMENTAL: "Львом",
    Case.LOCATIVE: "Львові",
}
# Surnames in -ар that belong to the soft group, like the nouns they come from (бондар - бондаря).
# The list is the one of the grammar the table cites; Токар is declined right by the library, and
# Гончар, Гайдар keep their traditional hard forms (Олеся Гончара).
_SOFT_AR_SURNAMES = frozenset({"бондар", "грабар", "коцар", "крамар", "пушкар", "січкар", "чубар", "токар"})
_SOFT_AR_MODEL = "Токар"  # declined by the library as a soft -ар noun; its ending is borrowed


def _clean(text: object) -> str:
    return " ".join(text.split()) if isinstance(text, str) else ""


def _as_case(case: Case | str) -> Case | None:
    try:
        return Case(case)
    except ValueError:
        return None


def _same_letter_case(model: str, word: str) -> str:
    """``word`` written in the letter case of ``model``: ЛЕВ gives ЛЬВА, Лев gives Льва."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].islower():
        return word[:1].lower() + word[1:]
    return word


def _inflect(case: Case, **fields: str) -> dict[str, str] | None:
    """The library's answer, or None where it refuses (unknown sex, odd input) or fails."""
    try:
        result = shevchenko.in_case(_LIBRARY_CASE[case], **fields)
    except Exception:  # the library's own rules on odd input: the caller keeps the nominative
        log.debug("no declension of %r in the %s", fields, case, exc_info=True)
        return None
    return {str(key): str(value) for key, value in result.items()}


def _gender(sex: Sex | str | None, given: str, patronymic: str) -> str | None:
    if sex is not None:
        try:
            known = _GENDER.get(Sex(sex))
        except ValueError:
            known = None
        if known is not None:
            return known
    fields = {k: v for k, v in (("given_name", given), ("patronymic_name", patronymic)) if v}
    if not fields:
        return None
    try:
        detected = shevchenko.detect_gender(**fields)
    except Exception:  # as in _inflect
        return None
    return str(detected) if detected in ("masculine", "feminine") else None


def _surname(surname: str, gender: str, case: Case) -> str:
    declined = (_inflect(case, family_name=surname, gender=gender) or {}).get("family_name", surname)
    if gender != "masculine":
        return declined
    parts, out = surname.split("-"), declined.split("-")
    if len(parts) != len(out):
        return declined
    for index, part in enumerate(parts):
        if part.casefold() in _SOFT_AR_SURNAMES:
            model = (_inflect(case, family_name=_SOFT_AR_MODEL, gender=gender) or {}).get("family_name")
            if model and model.startswith(_SOFT_AR_MODEL[:-2]):
                ending = model[len(_SOFT_AR_MODEL) - 2 :]  # "аря", "арю", "арем" ...
                out[index] = part[:-2] + (ending.upper() if part.isupper() and len(part) > 1 else ending)
    return "-".join(out)


def _given_name(word: str, gender: str, case: Case) -> str:
    if word.casefold() == "лев" and gender == "masculine":
        return _same_letter_case(word, _LEV[case])
    return (_inflect(case, given_name=word, gender=gender) or {}).get("given_name", word)


def decline_person_parts(
    surname: str, given_names: str, patronymic: str, sex: Sex | str | None, case: Case | str
) -> tuple[str, str, str]:
    """Surname, given names and patronymic, each in ``case``; an empty part stays empty.

    ``sex`` is the person's recorded sex; where it is unknown (or None) it is told from the
    patronymic, then from the given name. Never raises: where the sex cannot be told, the case is
    not one of `Case`, or the library refuses the input, the parts come back as written (cleaned
    of extra spaces), in the nominative. A woman's surname in -о or in a consonant (Ткаченко,
    Коваль) is not declined: that is the grammar, not a fallback.
    """
    surname, given_names, patronymic = _clean(surname), _clean(given_names), _clean(patronymic)
    wanted = _as_case(case)
    given_words = given_names.split()
    gender = _gender(sex, given_words[0] if given_words else "", patronymic)
    if wanted is None or wanted is Case.NOMINATIVE or gender is None:
        return surname, given_names, patronymic
    declined_surname = _surname(surname, gender, wanted) if surname else ""
    declined_given = " ".join(_given_name(word, gender, wanted) for word in given_words)
    declined_patronymic = (
        (_inflect(wanted, patronymic_name=patronymic, gender=gender) or {}).get("patronymic_name", patronymic)
        if patronymic
        else ""
    )
    return declined_surname, declined_given, declined_patronymic


def decline_person(surname: str, given_names: str, patronymic: str, sex: Sex | str | None, case: Case | str) -> str:
    """ "Петренка Олександра Миколайовича": the full name in ``case``, surname first, as letters
    write it; empty parts are left out. Falls back to the nominative as `decline_person_parts`
    says, never raises."""
    return " ".join(part for part in decline_person_parts(surname, given_names, patronymic, sex, case) if part)


def decline_rank(rank: str, case: Case | str) -> str:
    """ "старшого лейтенанта": a military rank in ``case``. The rank's words carry their own
    gender, so a woman's rank (старший лейтенант) declines as written. Words the rules do not know
    (abbreviations such as "ст.", numbers, Latin) stay as written; an unknown case or a refusal
    by the library gives the rank back in the nominative. Never raises."""
    rank = _clean(rank)
    wanted = _as_case(case)
    if not rank or wanted is None or wanted is Case.NOMINATIVE:
        return rank
    declined = (_inflect(wanted, military_rank=rank) or {}).get("military_rank", rank)
    words, out = rank.split(" "), declined.split(" ")
    if len(words) != len(out):
        return declined
    for index, (word, inflected) in enumerate(zip(words, out, strict=True)):
        # Only the last part of a compound rank changes: капітан-лейтенанта, генерал-майора.
        parts, inflected_parts = word.split("-"), inflected.split("-")
        if len(parts) > 1 and len(parts) == len(inflected_parts):
            out[index] = "-".join([*parts[:-1], inflected_parts[-1]])
    return " ".join(out)


def decline_with_rank(
    rank: str, surname: str, given_names: str, patronymic: str, sex: Sex | str | None, case: Case | str
) -> str:
    """ "сержанта Петренка Олександра Миколайовича": the rank (if any) and the full name in
    ``case``. Never raises; falls back to the nominative as `decline_rank` and `decline_person` do."""
    return " ".join(
        part for part in (decline_rank(rank, case), decline_person(surname, given_names, patronymic, sex, case)) if part
    )
