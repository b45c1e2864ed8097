"""Properties of the name engine, over names drawn from the calendar and the surname pool:
a name and any spelling lists give it reach the same keys; normalising and folding settle."""

from __future__ import annotations

import csv
from importlib import resources

import translitua
from faker.providers.person.uk_UA import Provider as PersonProvider
from hypothesis import example, given, settings
from hypothesis import strategies as st

from models.names.engine import Level, given_level, name_keys, surname_level
from models.names.equivalents import russian_given
from models.names.keys import normalise, skeleton
from models.names.lookalikes import fold
from tests.benchmarks.list_generator import LOOKALIKES, RUSSIAN_LATIN, UKRAINIAN_LATIN, _russify


def _calendar() -> list[str]:
    with resources.files("resources").joinpath("names/given_names.csv").open(encoding="utf-8") as handle:
        return [row["uk"] for row in csv.DictReader(handle)]


SURNAMES = sorted(set(PersonProvider.last_names))
GIVEN = _calendar()
INVISIBLE = ("\u200b", "\u00ad", "\u2060", "\ufeff")
APOSTROPHES = ("'", "ʼ", "’", "`", "´", "″")


@st.composite
def spelled(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """(surname, given name, the surname as written, the given name as written)."""
    surname, given = draw(st.sampled_from(SURNAMES)), draw(st.sampled_from(GIVEN))
    written_surname, written_given = surname, given
    how = draw(st.sampled_from(("russian", "latin", "russian_latin", "lookalike", "invisible", "case", "apostrophe")))
    if how == "russian":
        written_surname, written_given = _russify(surname), russian_given(given) or given
    elif how == "latin":
        system = draw(st.sampled_from(UKRAINIAN_LATIN))
        written_surname, written_given = (str(translitua.translit(w, system)) for w in (surname, given))
    elif how == "russian_latin":
        system = draw(st.sampled_from(RUSSIAN_LATIN))
        ru_surname, ru_given = _russify(surname), russian_given(given) or given
        written_surname, written_given = (str(translitua.translit(w, system)) for w in (ru_surname, ru_given))
    elif how == "lookalike":
        written_surname = "".join(LOOKALIKES.get(c, c) for c in surname)
        written_given = "".join(LOOKALIKES.get(c, c) for c in given)
    elif how == "invisible":
        at = draw(st.integers(1, max(1, len(surname) - 1)))
        written_surname = surname[:at] + draw(st.sampled_from(INVISIBLE)) + surname[at:]
    elif how == "case":
        written_surname, written_given = surname.upper(), given.lower()
    else:
        written_surname = surname.replace("'", draw(st.sampled_from(APOSTROPHES)))
        written_given = given.replace("'", draw(st.sampled_from(APOSTROPHES)))
    return surname, given, written_surname, written_given


@settings(max_examples=400, deadline=None)
@given(spelled())
@example(("Шиян", "Олександр", "Shyian", "Oleksandr"))  # KMU's и before я: once shian against shan
def test_a_name_and_its_spellings_reach_the_same_keys(case: tuple[str, str, str, str]) -> None:
    surname, given, written_surname, written_given = case
    registry, written = name_keys(surname, given, ""), name_keys(written_surname, written_given, "")
    assert surname_level(written, registry) == Level.EXACT, (written_surname, written.surnames, registry.surnames)
    assert given_level(written, registry) == Level.EXACT, (written_given, written.given, registry.given)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "P", "Z", "Cf")), max_size=40))
def test_normalising_and_folding_settle_after_one_pass(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)
    assert fold(fold(text)) == fold(text)
    assert skeleton(normalise(text)) == skeleton(text)
