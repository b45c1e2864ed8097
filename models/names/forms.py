"""The other spellings stored with a person written in Ukrainian: the official Latin and the
Russian form, for printouts and for searching by what other offices write."""

from __future__ import annotations

import translitua

from models.names.dto import Spelling
from models.names.equivalents import russian_given, russian_patronymic


def official_latin(text: str) -> str:
    """Official Ukrainian transliteration (Cabinet of Ministers resolution No 55 of 27.01.2010)."""
    return str(translitua.translit(text, translitua.UkrainianKMU))


def russian_latin(text: str) -> str:
    """Russian passport Latin (the 1997 table), as the other side's lists often spell our names."""
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
