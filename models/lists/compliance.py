"""Does a listed person meet the agreed criteria? A verdict per criterion with a reason a
delegate can read aloud, from the registry when the entry is matched and from the list's
own data otherwise, saying so where the two disagree."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from models.core.dates import swapped
from models.core.enums import CriteriaMatch, Health
from models.lists.dto import HEALTH_GROUP_UK, HEALTH_TEXT, HEALTH_UK, Known, Verdict, label_of

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"

HEALTH_WORDS = {  # how lists name the categories, in Ukrainian, Russian and English
    Health.SERIOUSLY_WOUNDED: (
        "тяжкопоранен",
        "тяжко поранен",
        "тяжелоранен",
        "тяжело ранен",
        "seriously wounded",
        "severely wounded",
        "тяжке поранення",
        "тяжелое ранение",
    ),
    Health.SERIOUSLY_ILL: (
        "тяжкохвор",
        "тяжко хвор",
        "тяжелобольн",
        "тяжело больн",
        "seriously ill",
        "severely ill",
        "тяжка хвороба",
        "тяжелое заболевание",
    ),
    Health.SLIGHTLY_WOUNDED: ("легкопоранен", "легкоранен", "slightly wounded"),
    Health.SICK: ("хворий", "больной", "sick"),
}
CIVILIAN_WORDS = ("цивіл", "гражданск", "civil", "мирн")


def _age(born: dt.date, on: dt.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def _word(verdict: str) -> tuple[str, str]:
    return ("met", "виконано") if verdict == MET else ("not met", "не виконано")


def _under_age(criterion: dict[str, Any], known: Known) -> tuple[str, str, str]:
    limit, on = int(criterion["age"]), dt.date.fromisoformat(criterion["on"])
    label, label_uk = f"'under {limit}'", f"«молодше {limit} років»"
    listed = known.list_birth
    if known.registry_birth is None and listed is not None and known.list_birth_guessed:
        other = swapped(listed)
        if other is not None:  # the list does not show which number is the day: judge both readings
            first = _under_age(criterion, dataclasses.replace(known, list_birth_guessed=False))
            second = _under_age(criterion, dataclasses.replace(known, list_birth=other, list_birth_guessed=False))
            if first[0] == second[0]:
                return (
                    first[0],
                    f"{first[1]} (day and month guessed: read either way the verdict is the same)",
                    f"{first[2]} (день і місяць визначено здогадно: за будь-якого прочитання висновок той самий)",
                )
            return (
                UNKNOWN,
                f"born {listed.dotted()} or {other.dotted()}: the list does not show which number is the day; "
                f"criterion {label} is {'met' if first[0] == MET else 'not met'} one way and "
                f"{'met' if second[0] == MET else 'not met'} the other; ask the other side",
                f"дата народження {listed.dotted()} або {other.dotted()}: зі списку не видно, яке число — день; "
                f"критерій {label_uk} за одного прочитання "
                f"{'виконано' if first[0] == MET else 'не виконано'}, за іншого — "
                f"{'виконано' if second[0] == MET else 'не виконано'}; слід уточнити в іншої сторони",
            )
    birth = known.registry_birth if known.registry_birth is not None else known.list_birth
    if birth is None:
        return (
            UNKNOWN,
            f"date of birth unknown; criterion {label} cannot be checked",
            f"дата народження невідома; критерій {label_uk} неможливо перевірити",
        )
    source = source_uk = ""
    registry, listed = known.registry_birth, known.list_birth
    if registry is not None and listed is not None and listed != registry:
        if swapped(listed) == registry:
            source = f" (registry; the list says {listed.dotted()}, day and month swapped)"
            source_uk = f" (за реєстром; у списку {listed.dotted()}, день і місяць переставлено)"
        elif not (listed.earliest() <= registry.latest() and registry.earliest() <= listed.latest()):
            source = f" (registry; the list says {listed.dotted()})"
            source_uk = f" (за реєстром; у списку {listed.dotted()})"
    youngest, oldest = _age(birth.latest(), on), _age(birth.earliest(), on)
    on_text = on.strftime("%d.%m.%Y")
    born, born_uk = f"born {birth.dotted()}{source}", f"дата народження {birth.dotted()}{source_uk}"
    if oldest == youngest:
        verdict = MET if oldest < limit else NOT_MET
        word, word_uk = _word(verdict)
        return (
            verdict,
            f"{born}: {oldest} on {on_text}; criterion {label} {word}",
            f"{born_uk}: на {on_text} повних років — {oldest}; критерій {label_uk} {word_uk}",
        )
    if oldest < limit:
        return (
            MET,
            f"{born}: at most {oldest} on {on_text}; criterion {label} met",
            f"{born_uk}: на {on_text} повних років — не більше {oldest}; критерій {label_uk} виконано",
        )
    if youngest >= limit:
        return (
            NOT_MET,
            f"{born}: at least {youngest} on {on_text}; criterion {label} not met",
            f"{born_uk}: на {on_text} повних років — не менше {youngest}; критерій {label_uk} не виконано",
        )
    return (
        UNKNOWN,
        f"{born}: {youngest} or {oldest} on {on_text}; criterion {label} needs the full date of birth",
        f"{born_uk}: на {on_text} повних років — {youngest} або {oldest}; для критерію {label_uk} потрібна "
        "повна дата народження",
    )


def _listed_health(category: str) -> Health | None:
    text = category.casefold()
    for health, words in HEALTH_WORDS.items():
        if any(w in text for w in words):
            return health
    return None


def _health(criterion: dict[str, Any], known: Known) -> tuple[str, str, str]:
    wanted = {Health(c) for c in criterion["categories"]}
    label = f"'{label_of(criterion)}'"
    label_uk = "«" + " або ".join(HEALTH_GROUP_UK[Health(c)] for c in criterion["categories"]) + "»"
    listed = _listed_health(known.list_category)
    if known.registry_health is not None:
        health = known.registry_health
        verdict = MET if health in wanted else NOT_MET
        note = note_uk = ""
        if listed is not None and listed != health:
            note, note_uk = f" (the list says '{known.list_category}')", f" (у списку: «{known.list_category}»)"
        word, word_uk = _word(verdict)
        return (
            verdict,
            f"health recorded as {HEALTH_TEXT[health]}{note}; criterion {label} {word}",
            f"стан здоров'я за реєстром: {HEALTH_UK[health]}{note_uk}; критерій {label_uk} {word_uk}",
        )
    if listed is not None:
        verdict = MET if listed in wanted else NOT_MET
        word, word_uk = _word(verdict)
        where = "not recorded in the registry; " if known.matched else "person not found in the registry; "
        where_uk = "у реєстрі не зазначено; " if known.matched else "особу в реєстрі не знайдено; "
        return (
            verdict,
            f"health {where}the list says '{known.list_category}'; criterion {label} {word} by the list",
            f"стан здоров'я {where_uk}у списку: «{known.list_category}»; критерій {label_uk} {word_uk} "
            "за даними списку",
        )
    return (
        UNKNOWN,
        f"health not known; criterion {label} cannot be checked",
        f"стан здоров'я невідомий; критерій {label_uk} неможливо перевірити",
    )


def _annex1(criterion: dict[str, Any], known: Known) -> tuple[str, str, str]:
    wanted = set(criterion["categories"])
    label = f"'Annex I {', '.join(sorted(wanted))}'"
    label_uk = f"«Додаток I: {', '.join(sorted(wanted))}»"
    if known.registry_annex1 is None:
        return (
            UNKNOWN,
            f"no Annex I category recorded; criterion {label} cannot be checked",
            f"категорію за Додатком I не зазначено; критерій {label_uk} неможливо перевірити",
        )
    verdict = MET if known.registry_annex1.value in wanted else NOT_MET
    word, word_uk = _word(verdict)
    category = known.registry_annex1.value
    return (
        verdict,
        f"Annex I category {category}; criterion {label} {word}",
        f"категорія за Додатком I: {category}; критерій {label_uk} {word_uk}",
    )


def _civilian(known: Known) -> tuple[str, str, str]:
    if known.registry_civilian is not None and known.matched:
        verdict = MET if known.registry_civilian else NOT_MET
        word, word_uk = _word(verdict)
        what, what_uk = ("a civilian", "цивільна особа") if known.registry_civilian else ("military", "військовий")
        return (
            verdict,
            f"recorded as {what}; criterion 'civilian' {word}",
            f"за реєстром: {what_uk}; критерій «цивільні» {word_uk}",
        )
    if any(w in known.list_category.casefold() for w in CIVILIAN_WORDS):
        return (
            MET,
            f"the list says '{known.list_category}'; criterion 'civilian' met by the list",
            f"у списку: «{known.list_category}»; критерій «цивільні» виконано за даними списку",
        )
    return (
        UNKNOWN,
        "not known whether a civilian; criterion 'civilian' cannot be checked",
        "невідомо, чи цивільна особа; критерій «цивільні» неможливо перевірити",
    )


def judge(criteria: list[dict[str, Any]], known: Known) -> list[Verdict]:
    verdicts = []
    for criterion in criteria:
        kind = criterion["kind"]
        if kind == "under_age":
            verdict, reason, reason_uk = _under_age(criterion, known)
        elif kind == "health":
            verdict, reason, reason_uk = _health(criterion, known)
        elif kind == "annex1":
            verdict, reason, reason_uk = _annex1(criterion, known)
        elif kind == "civilian":
            verdict, reason, reason_uk = _civilian(known)
        else:
            verdict, reason, reason_uk = (
                MET,
                "all-for-all: every person held is covered",
                "«всіх на всіх»: підпадає кожна утримувана особа",
            )
        verdicts.append(Verdict(kind, label_of(criterion), verdict, reason, reason_uk))
    return verdicts


def combine(verdicts: list[Verdict], how: CriteriaMatch) -> bool | None:
    """The agreement's combination: any criterion met, or all of them; None when unknown."""
    values = [v.verdict for v in verdicts]
    if not values:
        return None
    if how is CriteriaMatch.ANY:
        if MET in values:
            return True
        return False if all(v == NOT_MET for v in values) else None
    if NOT_MET in values:
        return False
    return True if all(v == MET for v in values) else None
