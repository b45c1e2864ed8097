"""Coded values as offices write them: sex, status and health in Ukrainian, Russian and
English words and abbreviations, as the app itself prints them, and as standards code them
(ISO/IEC 5218: 1 male, 2 female, 0 not known, 9 not applicable). Read leniently; the app
always writes the canonical value (``models.core.enums``).
"""

from __future__ import annotations

import re

from models.core.enums import Health, PersonStatus, Sex

_PUNCT = re.compile(r"[\s.\-_/()]+")


def _key(text: str) -> str:
    return _PUNCT.sub(" ", text.casefold().replace("ё", "е")).strip()


_SEX: dict[str, Sex] = {}
for _sex, _words in {
    Sex.MALE: (
        "male",
        "m",
        "man",
        "1",
        "ч",
        "чол",
        "чоловіча",
        "чоловічий",
        "чоловік",
        "м",
        "муж",
        "мужской",
        "мужчина",
        "мужск",
        "чоловіча male",
    ),
    Sex.FEMALE: (
        "female",
        "f",
        "w",
        "woman",
        "2",
        "ж",
        "жін",
        "жіноча",
        "жіночий",
        "жінка",
        "жен",
        "женский",
        "женщина",
        "женск",
        "жіноча female",
    ),
    Sex.UNKNOWN: ("unknown", "0", "9", "невідомо", "невідома", "неизвестно", "не вказано", "не указано", "н д"),
}.items():
    for _word in _words:
        _SEX[_key(_word)] = _sex


def read_sex(text: str) -> Sex | None:
    """``M``/``F``, ``Ч``/``Ж``, ``чол.``/``жін.``, ``чоловіча``, ``мужской``, ISO 5218 ``1``/``2`` …;
    None for text that names no sex (the caller says so)."""
    return _SEX.get(_key(text)) if text.strip() else Sex.UNKNOWN


_STATUS: dict[str, PersonStatus] = {}
for _status, _words in {
    PersonStatus.MISSING: (
        "missing",
        "зник безвісти",
        "зниклий безвісти",
        "зниклі безвісти",
        "пропал без вести",
        "бвп",
    ),
    PersonStatus.CAPTURED: (
        "captured",
        "у полоні",
        "в полоні",
        "полонений",
        "військовополонений",
        "в плену",
        "пленный",
        "военнопленный",
        "captivity confirmed",
        "prisoner of war",
        "pow",
    ),
    PersonStatus.CAPTURED_UNCONFIRMED: (
        "captured unconfirmed",
        "captured_unconfirmed",
        "у полоні не підтверджено",
        "полон не підтверджено",
        "в плену не подтверждено",
    ),
    PersonStatus.RETURNED: (
        "returned",
        "повернуті",
        "повернутий",
        "повернувся",
        "звільнений",
        "освобожден",
        "возвращен",
        "released",
        "repatriated",
    ),
    PersonStatus.DECEASED: ("deceased", "загиблі", "загинув", "загиблий", "помер", "погиб", "умер", "dead", "killed"),
    PersonStatus.UNKNOWN: ("unknown", "невідомо", "неизвестно"),
}.items():
    for _word in _words:
        _STATUS[_key(_word)] = _status


def read_status(text: str) -> PersonStatus | None:
    """A person's status in any of the three languages, or as the app prints it."""
    return _STATUS.get(_key(text))


_HEALTH: dict[str, Health] = {}
for _health, _words in {
    Health.GOOD: ("good", "добрий", "добре", "хороший", "хорошее"),
    Health.NOT_WOUNDED: ("not wounded", "без поранень", "не поранений", "без ранений", "не ранен"),
    Health.RECOVERED: ("recovered", "одужав", "одужала", "одужав ла", "выздоровел"),
    Health.CONVALESCENT: ("convalescent", "одужує", "выздоравливает"),
    Health.SICK: ("sick", "хворий", "хвора", "хворий а", "больной", "больна"),
    Health.SERIOUSLY_ILL: ("seriously ill", "тяжкохворий", "тяжкохвора", "тяжкохворий а", "тяжелобольной", "т х"),
    Health.SLIGHTLY_WOUNDED: (
        "slightly wounded",
        "легкопоранений",
        "легкопоранена",
        "легкопоранений а",
        "легкораненый",
        "л п",
        "л р",
    ),
    Health.SERIOUSLY_WOUNDED: (
        "seriously wounded",
        "тяжкопоранений",
        "тяжкопоранена",
        "тяжкопоранений а",
        "тяжелораненый",
        "тяжело ранен",
        "т п",
        "т р",
    ),
}.items():
    for _word in _words:
        _HEALTH[_key(_word)] = _health
_HEALTH.update({_key(h.value): h for h in Health})
_STATUS.update({_key(s.value): s for s in PersonStatus})
_SEX.update({_key(s.value): s for s in Sex})


def read_health(text: str) -> Health | None:
    """Health as the capture card names it, in any of the three languages, or the common
    abbreviations lists use (``т/п`` тяжкопоранений, ``л/п`` легкопоранений)."""
    return _HEALTH.get(_key(text))
