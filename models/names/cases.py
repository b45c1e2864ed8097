"""A name as a sentence declines it, back in the nominative.

Lists and letters name persons inside a sentence: "щодо Коваленка Сергія Івановича",
"стосовно Марчук Юлії Анатоліївни", "в отношении Савчука Андрея Николаевича", "Шевчуку
Тарасу Петровичу". Matching compares nominative forms, so a declined name is put back:
the patronymic's ending shows the case (``-ича``, ``-ичу``, ``-івни``, ``-овны`` …) and the
sex, the given name is the form the name tables know, the surname follows the declension
of its type.

Sources: "Український правопис" (2019), the sections on declining given names, patronymics
and surnames (Ігор — Ігоря, Кравчук — Кравчука, Забудько — Забудька; women's surnames on a
consonant do not decline); Скрипник Л. Г., Дзятківська Н. П., "Власні імена людей" (1996),
on Ukrainian surnames in Russian text (those in -ко do not decline there: Андрея Ткаченко).
Only the genitive and the dative are put back: they are the cases lists and letters use
("щодо кого", "кому"); a name in the nominative is returned as written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from models.names.equivalents import known_given, looks_like_given

# Words that stand before a name in a sentence and are not part of it.
LEADING = re.compile(
    r"^(?:щодо|стосовно|відносно|про|для|від|на\s+ім['’ʼ]я|в\s+отношении|относительно|по|для|от|на\s+имя|"
    r"гр\.|гр-на|гр-ки|гр-н|гр-ка|громадянина|громадянки|громадянин|громадянка|гражданина|гражданки|"
    r"гражданин|гражданка|військовослужбовця|військовослужбовиці|військовослужбовець|военнослужащего|"
    r"военнослужащей|военнослужащий|regarding|re:|concerning|mr\.?|mrs\.?|ms\.?)\s+",
    re.IGNORECASE,
)

# (declined ending, nominative ending, sex) of patronymics: Ukrainian and Russian, genitive,
# dative, instrumental, accusative of the feminine.
_PATRONYMIC = (
    ("ичем", "ич", "m"),
    ("ичеві", "ич", "m"),
    ("ича", "ич", "m"),
    ("ичу", "ич", "m"),
    ("івною", "івна", "f"),
    ("ївною", "ївна", "f"),
    ("івни", "івна", "f"),
    ("ївни", "ївна", "f"),
    ("івні", "івна", "f"),
    ("ївні", "ївна", "f"),
    ("івну", "івна", "f"),
    ("ївну", "ївна", "f"),
    ("овною", "овна", "f"),
    ("евною", "евна", "f"),
    ("овны", "овна", "f"),
    ("евны", "евна", "f"),
    ("овне", "овна", "f"),
    ("евне", "евна", "f"),
    ("овной", "овна", "f"),
    ("евной", "евна", "f"),
    ("овну", "овна", "f"),
    ("евну", "евна", "f"),
    ("ичны", "ична", "f"),
    ("ичне", "ична", "f"),
    ("ичной", "ична", "f"),
)

# Given names: endings a declined form may carry, and what the nominative may end in
# instead (tried in turn; the first form the name tables know wins).
_GIVEN_MALE = (
    ("ія", ("ій",)),  # Сергія, Андрія, Юрія
    ("ію", ("ій",)),
    ("ієві", ("ій",)),
    ("ея", ("ей",)),  # Андрея, Сергея
    ("ею", ("ей",)),
    ("ая", ("ай",)),  # Николая
    ("аю", ("ай",)),
    ("ові", ("", "о")),  # Тарасові, Петрові
    ("еві", ("",)),
    ("ьові", ("ь",)),
    ("я", ("", "ь", "й")),  # Ігоря, Василя
    ("ю", ("", "ь", "й")),
    ("а", ("", "о")),  # Богдана, Петра (Петро)
    ("у", ("", "о")),  # Тарасу, Петру
    ("и", ("а",)),  # Іллі? Ильи: Илья, Микити (Микита)
    ("і", ("а", "я", "о")),  # Миколі (Микола), Іллі (Ілля)
)
_GIVEN_FEMALE = (
    ("ії", ("ія",)),  # Юлії, Марії
    ("ии", ("ия",)),  # Юлии, Марии
    ("ію", ("ія",)),
    ("ию", ("ия",)),
    ("ією", ("ія",)),
    ("ей", ("ья",)),  # Натальей
    ("ьи", ("ья",)),
    ("и", ("а", "я")),  # Олени, Ольги
    ("ы", ("а",)),  # Елены
    ("і", ("а", "я")),  # Олені
    ("е", ("а", "я")),  # Елене
    ("у", ("а",)),
    ("ю", ("я",)),
    ("ою", ("а",)),
    ("ой", ("а",)),
)


_VOWELS = frozenset("аеєиіїоуюяыэё")
_NOT_CONSONANT = _VOWELS | frozenset("aeiouy'’ʼь")  # a stem ending in these is no consonant's


class Nominative(NamedTuple):
    surname: str
    given_names: str
    patronymic: str


def strip_leading(text: str) -> tuple[str, bool]:
    """``text`` without the words a sentence puts before a name ("щодо", "гр.", "в отношении"),
    and whether there were any (then the name is likely declined)."""
    stripped = text
    while match := LEADING.match(stripped):
        stripped = stripped[match.end() :]
    return stripped, stripped != text


def _patronymic(word: str) -> tuple[str, str] | None:
    lower = word.casefold()
    for ending, nominative, sex in _PATRONYMIC:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return _cased(word, word[: len(word) - len(ending)] + nominative), sex
    return None


def _cased(model: str, word: str) -> str:
    """``word`` in the letter case of ``model`` (КОВАЛЕНКА -> КОВАЛЕНКО)."""
    return word.upper() if model.isupper() and len(model) > 1 else word


def _given(word: str, sex: str, certain: bool, ukrainian: bool) -> str:
    """The nominative of a given name: the first candidate the tables list exactly, else one
    they know by its key; when the case is ``certain`` (the patronymic shows it), the first
    candidate even for a name no table has (Доріни: Доріна)."""
    lower = word.casefold()
    if sex == "m" and known_given(lower) and not lower.endswith(("а", "я", "у", "ю", "і", "и")):
        return word
    for ending, nominatives in _GIVEN_MALE if sex == "m" else _GIVEN_FEMALE:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stem = word[: len(word) - len(ending)]
            order: tuple[str, ...] = nominatives
            if ukrainian and "о" in nominatives:  # Петра: Петро in a Ukrainian text, Петр in a Russian one
                order = ("о", *(n for n in nominatives if n != "о"))
            candidates = [_cased(word, stem + nominative) for nominative in order]
            for test in (known_given, looks_like_given):
                for candidate in candidates:
                    if test(candidate.casefold()):
                        return candidate
            return candidates[0] if certain else word
    return word


def _surname(word: str, sex: str) -> str:
    """The nominative of a surname by its type (a double surname part by part)."""
    if "-" in word:
        return "-".join(_surname(part, sex) for part in word.split("-"))
    lower = word.casefold()
    rules = _SURNAME_MALE if sex == "m" else _SURNAME_FEMALE
    for ending, nominative in rules:
        if lower.endswith(ending) and len(lower) >= len(ending) + 2:
            ko = sex == "m" and ending in ("ка", "ку") and lower[-3] not in _VOWELS
            # Бойка, Забудька, Франка: Бойко, Забудько, Франко (Савчука: Савчук)
            return _cased(word, word[: len(word) - len(ending)] + ("ко" if ko else nominative))
    if sex == "m" and len(lower) >= 4 and lower[-1] in "ау" and lower[-2] not in _NOT_CONSONANT:
        return word[:-1]  # any other consonant: Папа, Папу -> Пап
    return word


# Ukrainian § 107-108, Russian § 149: -енко/-ко decline like nouns in -о, adjectives in -ий/-ой
# and -ська as adjectives, -ов/-ин/-ук and other consonant endings as nouns (men only).
_SURNAME_MALE = (
    ("ького", "ький"),
    ("ського", "ський"),
    ("цького", "цький"),
    ("зького", "зький"),
    ("ському", "ський"),
    ("ькому", "ький"),
    ("ского", "ский"),
    ("скому", "ский"),
    ("цкого", "цкий"),
    ("цкому", "цкий"),
    ("ого", "ий"),  # Кривого, Рудого
    ("ому", "ий"),
    ("енка", "енко"),
    ("єнка", "єнко"),
    ("енку", "енко"),
    ("єнку", "єнко"),
    ("енкові", "енко"),
    ("ова", "ов"),  # Петрова (ru)
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ову", "ов"),
    ("еву", "ев"),
    ("ину", "ин"),
    ("ові", ""),
    ("еві", ""),
    ("єві", ""),
    ("ка", "к"),  # Мельника, Савчука (after a consonant: Бойка, Забудька, Франка are -ко; _surname)
    ("ку", "к"),
    ("ра", "р"),  # Бондара
    ("ру", "р"),
    ("ря", "р"),  # Бондаря (ru Бондарь: one letter from it)
    ("рю", "р"),
    ("ля", "ль"),  # Коваля -> Коваль
    ("лю", "ль"),
    ("ча", "ч"),  # Ткача
    ("чу", "ч"),
    ("ша", "ш"),
    ("шу", "ш"),
    ("на", "н"),
    ("ну", "н"),
    ("да", "д"),
    ("ду", "д"),
    ("та", "т"),
    ("ту", "т"),
    ("са", "с"),
    ("су", "с"),
    ("ва", "в"),  # Лева, Мусіва (Мусів)
    ("ву", "в"),
)
_SURNAME_FEMALE = (
    ("ської", "ська"),
    ("цької", "цька"),
    ("зької", "зька"),
    ("ській", "ська"),
    ("цькій", "цька"),
    ("ской", "ская"),
    ("цкой", "цкая"),
    ("ової", "ова"),  # Ковальової
    ("евої", "ева"),
    ("ьової", "ьова"),
    ("овій", "ова"),
    ("ової", "ова"),
    ("овой", "ова"),  # Ковалевой (ru)
    ("евой", "ева"),
    ("иной", "ина"),
    ("ої", "а"),  # Кривої
    ("ій", "а"),
)


def nominative(surname: str, given: str, patronymic: str, declined: bool = False) -> Nominative | None:
    """The name in the nominative, or None when nothing shows it declined: a patronymic in
    the genitive, dative or instrumental (``Івановича``, ``Анатоліївни``, ``Николаевича``), or
    ``declined`` (the words before it said so: "щодо", "в отношении") with a given name that is
    not the nominative of a name the tables know."""
    found = _patronymic(patronymic) if patronymic else None
    sex: str
    father: str
    if found is None:
        if not declined or not given or patronymic:  # a patronymic in the nominative: so is the name
            return None
        word = given.split(maxsplit=1)[0]
        sex = "f" if _given(word, "f", False, True) != word and _given(word, "m", False, True) == word else "m"
        father = patronymic
    else:
        father, sex = found
    ukrainian = any(c in "іїєґІЇЄҐ" for c in surname + given + patronymic)
    first, *others = given.split() if given else [""]
    named = _given(first, sex, found is not None, ukrainian) if first else ""
    return Nominative(_surname(surname, sex), " ".join([named, *others]).strip(), father)
