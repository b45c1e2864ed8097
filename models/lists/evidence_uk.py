"""The list check's evidence and notes, and the exchange day's timeline entries, in Ukrainian,
for the Ukrainian interface.

The check writes its evidence in English ("surname one or two letters apart", "same date of
birth 1990-05-12") and stores it so with each entry; the CLI's JSON and the English half of the
reports carry it as written. The phrases come from a small closed grammar
(``models.names.matching.Comparison.reasons``, the check's notes in ``models.lists.service``,
``models.lists.dto.READING_FLAGS``), so each has its Ukrainian here, the same for entries
checked long ago as for new ones. A phrase not known is given as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from models.core.enums import Health
from models.lists.dto import CLARIFICATION_REQUESTED, HEALTH_GROUP_UK, HEALTH_TEXT, READING_FLAGS

LEVEL_UK = {
    "the same": "збігається",
    "one or two letters apart": "відрізняється на одну-дві літери",
    "alike": "схоже",
    "another form of the name (a pet form, or another language's)": "інша форма імені (пестлива або іншою мовою)",
    "fits the initial": "відповідає ініціалу",
    "not written": "не вказано",
    "different": "інше",
}
PART_UK = {"surname": "прізвище", "given name": "ім'я", "patronymic": "по батькові"}
STATUS_UK = {"deceased": "загиблий (померлий)", "returned": "повернутий"}
READING_UK = {
    "date_order_guessed": "порядок дня й місяця в даті народження вгадано (стовпець його не визначає)",
    "date_unreadable": "дата народження не є датою",
    "hidden_row": "рядок прихований в електронній таблиці",
    "damaged_text": "деякі символи не вдалося прочитати",
    "sex_unreadable": "у стовпці статі невідомий код",
    "name_declined": "ім'я записано у відмінку, як у реченні; прочитано в називному",
    "name_retyped": "ім'я набрано в іншій розкладці клавіатури; прочитано як мали на увазі",
}
_FIXED = {
    "surname and given name written in swapped order": "прізвище та ім'я записано у зворотному порядку",
    "date of birth missing on one side": "дата народження відсутня в одному із записів",
    "same service number": "той самий особистий номер",
    "different service numbers": "різні особисті номери",
    CLARIFICATION_REQUESTED: "запит на уточнення надіслано",
    # criteria as models.lists.dto.label_of names them
    "all-for-all": "«всіх на всіх»",
    "civilian": "цивільні",
    **{READING_FLAGS[flag]: text for flag, text in READING_UK.items()},
}
_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"(surname|given name|patronymic) (" + "|".join(map(re.escape, LEVEL_UK)) + r")"),
        lambda m: f"{PART_UK[m[1]]} {LEVEL_UK[m[2]]}",
    ),
    (re.compile(r"same date of birth (.+)"), lambda m: f"та сама дата народження {m[1]}"),
    (
        re.compile(r"date of birth (.+) is (.+) with day and month swapped"),
        lambda m: f"дата народження {m[1]} — це {m[2]} з переставленими днем і місяцем",
    ),
    (
        re.compile(r"dates of birth (.+) and (.+) agree as far as both go"),
        lambda m: f"дати народження {m[1]} і {m[2]} узгоджуються, наскільки обидві відомі",
    ),
    (
        re.compile(r"dates of birth (.+) and (.+) two years apart or less \(an age\)"),
        lambda m: f"дати народження {m[1]} і {m[2]} різняться не більш ніж на два роки (вказано вік)",
    ),
    (
        re.compile(r"dates of birth (.+) and (.+) differ by a day, a digit or the year"),
        lambda m: f"дати народження {m[1]} і {m[2]} різняться на день, цифру або рік",
    ),
    (re.compile(r"different dates of birth \((.+) / (.+)\)"), lambda m: f"різні дати народження ({m[1]} / {m[2]})"),
    (re.compile(r"same unit as the list \((.+)\)"), lambda m: f"та сама частина, що й у списку ({m[1]})"),
    (re.compile(r"the same person as row (\d+)"), lambda m: f"та сама особа, що й у рядку {m[1]}"),
    (
        re.compile(r"recorded in the registry as (deceased|returned)"),
        lambda m: f"у реєстрі записаний як {STATUS_UK[m[1]]}",
    ),
    (
        re.compile(r"(also on )?(our|their) list(?:, phase (\d+))?, row (\d+)"),
        lambda m: (
            ("також " if m[1] else "")
            + ("у нашому списку" if m[2] == "our" else "у списку іншої сторони")
            + (f", етап {m[3]}" if m[3] else "")
            + f", рядок {m[4]}"
        ),
    ),
    (
        re.compile(r"an age instead of a date of birth: born (.+)"),
        lambda m: f"вік замість дати народження: народж. {m[1]}",
    ),
    (re.compile(r"matched though (.+)"), lambda m: "збіг, хоча " + "; ".join(map(in_ukrainian, m[1].split("; ")))),
    (
        re.compile(r"no one in the registry is compatible; searched (.+)"),
        lambda m: "у реєстрі немає сумісних осіб; шукали " + "; ".join(map(_searched_uk, m[1].split("; "))),
    ),
]


_SEARCHED: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (
        re.compile(r"the surname «(.*)» in every spelling of both languages and scripts, and one letter from it"),
        lambda m: f"прізвище «{m[1]}» у всіх написаннях обома мовами й абетками та з різницею в одну літеру",
    ),
    (
        re.compile(r"everyone born (.+) whose given name, patronymic or surname is alike"),
        lambda m: f"усіх, народжених {m[1]}, зі схожим ім'ям, по батькові або прізвищем",
    ),
    (re.compile(r"service number (.+)"), lambda m: f"особистий номер {m[1]}"),
]


def _searched_uk(part: str) -> str:
    """One part of what the check searched for (``reconcile._searched``), in Ukrainian."""
    for pattern, say in _SEARCHED:
        found = pattern.fullmatch(part)
        if found:
            return say(found)
    return part


_STATE_UK = {"deceased": "загиблий (померлий)", "already returned": "уже повернутий"}
_PATTERNS += [
    # the timeline entries models.lists.exchange_day writes
    (
        re.compile(
            r"exchange(?:, phase (\d+))?; marked came home against the registry "
            r"\((.*) is recorded as (deceased|already returned)\): (.*)",
            re.DOTALL,
        ),
        lambda m: (
            ("обмін" + (f", етап {m[1]}" if m[1] else ""))
            + f"; позначено як повернутого всупереч реєстру ({m[2]} записаний як {_STATE_UK[m[3]]}): {m[4]}"
        ),
    ),
    (re.compile(r"exchange(?:, phase (\d+))?"), lambda m: "обмін" + (f", етап {m[1]}" if m[1] else "")),
    (
        re.compile(r"the exchange of (\S+) recorded for this person was reversed: (.*)", re.DOTALL),
        lambda m: f"обмін {m[1]}, записаний для цієї особи, скасовано: {m[2]}",
    ),
]
_HEALTH_GROUPS = {HEALTH_TEXT[health]: HEALTH_GROUP_UK[health] for health in Health}
_PATTERNS.append((re.compile(r"under (\d+) on (.+)"), lambda m: f"молодші {m[1]} років на {m[2]}"))


_AGE = re.compile(r"\(age (\d+) on ([\d-]+)\)")  # a BirthRange as str() writes it: "1994–1995 (age 30 on 2025-06-01)"


def in_ukrainian(phrase: str) -> str:
    """A phrase of the check's evidence or notes in Ukrainian (as it is if not known)."""
    return _AGE.sub(lambda m: f"(вік {m[1]} на {m[2]})", _said(phrase))


def _said(phrase: str) -> str:
    fixed = _FIXED.get(phrase)
    if fixed is not None:
        return fixed
    groups = phrase.split(" or ")
    if all(group in _HEALTH_GROUPS for group in groups):  # a health criterion: "seriously wounded or sick"
        return " або ".join(_HEALTH_GROUPS[group] for group in groups)
    for pattern, say in _PATTERNS:
        found = pattern.fullmatch(phrase)
        if found:
            return say(found)
    return phrase
