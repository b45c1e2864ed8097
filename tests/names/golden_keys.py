"""The stored-keys guard: a sample of names with the keys the engine gives them, kept with the
engine version that made them (``tests/names/data/golden_keys.json``).

Registries store name keys and make them again only when ``ENGINE_VERSION`` changes; a rule or
table change that changes keys without raising it leaves every office's stored keys stale,
and matching silently wrong (a colleague met exactly that: Олег no longer met Олег). The test
fails on such a change. After raising ``ENGINE_VERSION`` on purpose, write the file again:

    .venv/bin/python -m tests.names.golden_keys
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import translitua

from models.demo import make_person
from models.names.engine import ENGINE_VERSION, name_keys

SYSTEMS = (translitua.UkrainianKMU, translitua.RussianInternationalPassport, translitua.UkrainianISO9)
GOLDEN = Path(__file__).resolve().parent / "data" / "golden_keys.json"
EXTRA = [
    ("Nagy", "Gábor", ""),
    ("Городецька (Козловська)", "Галина", "Станіславівна"),
    ("Петренко-Гнатюк", "Олег", "Іванович"),
    ("Куртсеитов", "Рефат", "Ибраим огълу"),
    ("САВЧЕНК0", "СТЕПАН", "АНДР1ЙОВИЧ"),
    ("Copoкa", "Opecт", "Iвaнoвич"),
    ("Соловьёв", "Андрей", "Юрьевич"),
    ("G̀alag̀an", "Ìvan", "Ìvanovič"),
]


def sample() -> list[tuple[str, str, str]]:
    rng = random.Random(11)
    names: list[tuple[str, str, str]] = []
    for number in range(150):
        person, _ = make_person(rng, number)
        written = (person.surname, person.given_names, person.patronymic)
        names.append(written)
        system = rng.choice(SYSTEMS)
        names.append(tuple(str(translitua.translit(part, system)) for part in written))  # type: ignore[arg-type]
    return names + EXTRA


def keys_of(names: list[tuple[str, str, str]]) -> dict[str, str]:
    return {" | ".join(name): name_keys(*name).dump() for name in names}


def main() -> None:
    GOLDEN.write_text(
        json.dumps({"engine_version": ENGINE_VERSION, "keys": keys_of(sample())}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {GOLDEN} for engine version {ENGINE_VERSION}")


if __name__ == "__main__":
    main()
