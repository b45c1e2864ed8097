"""Other forms of given names: pet forms (Коля for Микола, Шура for Олександр, Vitya for
Віктор), as families and comrades write them, and the Hungarian and Romanian counterparts
Soviet-era documents used (Шандор for Олександр, Тудор for Федір): the right person reaches a
clerk's eyes, and such a form alone never decides. Every person here is invented."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from importlib import resources

import pytest

from models.core.dates import parse_list_date
from models.core.enums import PersonStatus
from models.core.partial_date import PartialDate
from models.lists.reconcile import EntryName, RegistryIndex, RegistryPerson
from models.names.engine import Level, given_level, name_keys
from models.names.equivalents import given_key, known_classes, other_forms
from models.names.split import split_full_name


def _person(surname: str, given: str, patronymic: str, born: PartialDate) -> RegistryPerson:
    return RegistryPerson(uuid.uuid4(), surname, surname, given, patronymic, born, "", PersonStatus.CAPTURED)


def _line(text: str, born: str) -> EntryName:
    split = split_full_name(text)
    parsed = parse_list_date(born, dt.date(2026, 1, 1)) if born else None
    return EntryName(split.surname, split.given_names, split.patronymic, parsed.value if parsed else None)


def _rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in ("diminutives.csv", "other_language_names.csv"):
        with resources.files("resources").joinpath("names", name).open(encoding="utf-8") as handle:
            rows += csv.DictReader(handle)
    return rows


def test_every_name_the_table_points_to_is_a_name_the_tables_know() -> None:
    # a typo in `full` would silently point a pet form at nobody
    unknown = {
        full
        for row in _rows()
        for full in row["full"].split("|")
        if full.strip() and given_key(full.strip()) not in known_classes()
    }
    assert not unknown
    assert all(row["source"].strip() and row["lang"] in ("uk", "ru", "hu", "ro") for row in _rows())


@pytest.mark.parametrize(
    ("pet", "name"),
    [
        ("Коля", "Микола"),
        ("Kolya", "Микола"),
        ("Костя", "Костянтин"),
        ("Витя", "Віктор"),
        ("Vitya", "Віктор"),
        ("Шура", "Олександр"),
        ("Сашко", "Олександр"),
        ("Слава", "Ярослав"),
        ("Слава", "В'ячеслав"),
        ("Катя", "Катерина"),
        ("Люда", "Людмила"),
        ("Шандор", "Олександр"),  # Hungarian Sándor
        ("Іштван", "Степан"),
        ("Тудор", "Федір"),  # Romanian
    ],
)
def test_a_pet_form_fits_the_name_it_stands_for(pet: str, name: str) -> None:
    assert given_key(name) in other_forms(pet)
    assert given_level(name_keys("Ткачук", pet, ""), name_keys("Ткачук", name, "")) == Level.FORM
    assert given_level(name_keys("Ткачук", name, ""), name_keys("Ткачук", pet, "")) == Level.FORM


def test_a_hungarian_name_in_latin_meets_its_counterpart_in_the_registry() -> None:
    # Tóth Sándor reads as Тот Шандор (models.names.hungarian), Шандор as a form of Олександр
    assert given_level(name_keys("Tóth", "Sándor", ""), name_keys("Тот", "Олександр", "")) == Level.FORM


@pytest.mark.parametrize(("pet", "name"), [("Коля", "Віктор"), ("Шура", "Микола"), ("Катя", "Людмила")])
def test_a_pet_form_of_another_name_is_a_different_name(pet: str, name: str) -> None:
    assert given_level(name_keys("Ткачук", pet, ""), name_keys("Ткачук", name, "")) == Level.DIFFERENT


REGISTRY = RegistryIndex(
    [
        _person("Караманов", "Микола", "Михайлович", PartialDate(1977, 7, 15)),
        _person("Мисниченко", "Віктор", "Богданович", PartialDate(1978, 12, 18)),
        _person("Лисенко", "Костянтин", "Степанович", PartialDate(1976, 8, 27)),
        _person("Кравчук", "Максим", "Григорович", PartialDate(1987, 1, 29)),
        _person("Кравчук", "Микола", "Іванович", PartialDate(1990, 3, 3)),
        _person("Волков", "Володимир", "Сергійович", PartialDate(1989, 9, 17)),
    ]
)


@pytest.mark.parametrize(
    ("text", "born", "surname"),
    [
        ("Караманов Коля", "__.07.1977", "Караманов"),  # the month and year, a pet form
        ("Мисниченко Витя", "1978 г.р.", "Мисниченко"),
        ("Лисенко Кость Степанович", "", "Лисенко"),  # no date at all
        ("Volkov Vova", "1989", "Волков"),
        ("Коля Караманов", "1977", "Караманов"),  # the given name first
    ],
)
def test_a_pet_form_with_a_year_or_no_date_goes_to_a_clerk_with_the_person_first(
    text: str, born: str, surname: str
) -> None:
    match = REGISTRY.match(_line(text, born))
    assert match.state == "review", (match.state, [(c.person.surname, c.reasons) for c in match.candidates])
    assert match.candidates[0].person.surname == surname
    assert "given name another form of the name (a pet form, or another language's)" in match.candidates[0].reasons


def test_a_pet_form_never_decides_alone_even_with_the_whole_date_of_birth() -> None:
    # Слава is three names and Олесь a name of its own: the person is first, a clerk decides
    match = REGISTRY.match(_line("Кравчук Макс", "29.01.1987"))
    assert match.state == "review" and match.candidates[0].person.given_names == "Максим"


def test_a_pet_form_never_matches_the_wrong_one_of_two_namesakes() -> None:
    # Коля Кравчук is Микола Кравчук, not Максим; a year that fits neither decides nothing
    match = REGISTRY.match(_line("Кравчук Коля", "1990"))
    assert match.candidates[0].person.given_names == "Микола"
    assert match.state == "review"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Коля Канівець", ("Канівець", "Коля", "")),  # from a new user's trial: the pet form first
        ("Шура Христенко", ("Христенко", "Шура", "")),
        ("Іштван Цибуленко", ("Цибуленко", "Іштван", "")),
        ("Сашко Прокопович", ("Прокопович", "Сашко", "")),  # a surname that ends like a patronymic
        ("Гриць Петро", ("Гриць", "Петро", "")),  # Гриць is a surname too: a name after it stays the name
    ],
)
def test_a_line_that_begins_with_another_form_of_a_given_name_is_read_given_name_first(
    written: str, read: tuple[str, str, str]
) -> None:
    split = split_full_name(written)
    assert (split.surname, split.given_names, split.patronymic) == read
