"""Every example the name-engine issue gives, as a clerk meets it: list lines against a small
registry (RegistryIndex, as `lists check` uses it) and searches of the registry."""

from __future__ import annotations

import uuid

import pytest

from models.core.db import Database
from models.core.enums import PersonStatus, Sex
from models.core.partial_date import PartialDate
from models.lists.reconcile import EntryName, RegistryIndex, RegistryPerson
from models.persons import service as persons
from models.persons.dto import PersonInput, PersonQuery
from models.persons.search import count_found, found_page, search_persons

REGISTRY = [
    ("R1", "Гнатюк", "Охрім", "Петрович", PartialDate(1990, 5, 1)),
    ("R2", "Дяченко", "Юхим", "Іванович", PartialDate(1985, 2, 3)),
    ("R3", "Стасюк", "Ярема", "Миколайович", PartialDate(1999, 9, 9)),
    ("R4", "Литвиненко", "Олексій", "Петрович", PartialDate(1992, 7, 12)),
    ("R5", "Шевчук", "Олександр", "Іванович", PartialDate(1988, 1, 20)),
    ("R6", "Петренко", "Олександр", "Михайлович", PartialDate(1979, 4, 4)),
    ("R7", "Соловйов", "Андрій", "Юрійович", PartialDate(2001, 11, 30)),
    ("R8", "Сорока", "Орест", "Іванович", PartialDate(1995, 3, 15)),
    ("R9", "Бондарчук", "Левко", "Тарасович", PartialDate(1970, 6, 6)),
    ("R10", "Кравець", "Панас", "Хомич", PartialDate(1966, 12, 1)),
    ("R11", "Гайдук", "Хома", "Омелянович", PartialDate(1983, 8, 8)),
    ("R12", "Мельничук", "Омелян", "Левкович", PartialDate(1977, 10, 10)),
]


def _person(row: tuple[str, str, str, str, PartialDate]) -> RegistryPerson:
    external_id, surname, given, patronymic, born = row
    return RegistryPerson(uuid.uuid4(), external_id, surname, given, patronymic, born, "", PersonStatus.CAPTURED)


INDEX = RegistryIndex([_person(r) for r in REGISTRY])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a given name's equivalent the first release's table lacked; the rest agrees
        (EntryName("Гнатюк", "Ефрем", "Петрович", PartialDate(1990, 5, 1)), "R1"),
        (EntryName("Дяченко", "Ефим", "Иванович", PartialDate(1985, 2, 3)), "R2"),
        (EntryName("Стасюк", "Ерема", "Николаевич", PartialDate(1999, 9, 9)), "R3"),
        (EntryName("Бондарчук", "Лев", "Тарасович", PartialDate(1970, 6, 6)), "R9"),
        (EntryName("Кравец", "Афанасий", "Фомич", PartialDate(1966, 12, 1)), "R10"),
        (EntryName("Кравець", "Опанас", "Хомич", PartialDate(1966, 12, 1)), "R10"),
        (EntryName("Гайдук", "Фома", "Емельянович", PartialDate(1983, 8, 8)), "R11"),
        (EntryName("Мельничук", "Емельян", "Львович", PartialDate(1977, 10, 10)), "R12"),
        # conventional English, x for кс
        (EntryName("Litvinenko", "Alexei", "", PartialDate(1992, 7, 12)), "R4"),
        (EntryName("Litvinenko", "Aleksey", "Petrovich", PartialDate(1992, 7, 12)), "R4"),
        (EntryName("Shevchuk", "Alexander", "", PartialDate(1988, 1, 20)), "R5"),
        # the Russian ьё/ье for the Ukrainian йо, in Cyrillic and Latin
        (EntryName("Соловьёв", "Андрей", "Юрьевич", PartialDate(2001, 11, 30)), "R7"),
        (EntryName("Соловьев", "Андрей", "", PartialDate(2001, 11, 30)), "R7"),
        (EntryName("Solovev", "Andrei", "", PartialDate(2001, 11, 30)), "R7"),
        (EntryName("Solovyov", "Andrey", "", PartialDate(2001, 11, 30)), "R7"),
        # Latin look-alike letters typed inside Cyrillic
        (EntryName("Copoкa", "Opecт", "Iвaнoвич", PartialDate(1995, 3, 15)), "R8"),
        # no date of birth, but the one person with this full name
        (EntryName("Стасюк", "Ярема", "Миколайович", None), "R3"),
    ],
)
def test_the_issues_lines_are_matched(line: EntryName, expected: str) -> None:
    match = INDEX.match(line)
    assert (match.state, match.best.person.external_id if match.best else None) == ("matched", expected), [
        (c.person.external_id, c.score, c.reasons) for c in match.candidates
    ]


def test_initials_with_the_right_date_of_birth_are_never_unmatched() -> None:
    match = INDEX.match(EntryName("Петренко", "О.", "М.", PartialDate(1979, 4, 4)))
    assert match.state in ("matched", "review")
    assert match.best is not None and match.best.person.external_id == "R6"
    assert any("fits the initial" in reason for reason in match.best.reasons)


@pytest.mark.parametrize(
    "line",
    [
        EntryName("Гнатюк", "Зиновій", "Петрович", PartialDate(1990, 5, 1)),  # a given name nothing maps to
        EntryName("Гнатюк", "Охрім", "Степанович", PartialDate(1990, 5, 1)),  # another patronymic
        EntryName("Гнатюкевич", "Охрім", "Петрович", PartialDate(1990, 5, 1)),  # another surname (married, mangled)
    ],
)
def test_what_agrees_still_reaches_a_person_in_review(line: EntryName) -> None:
    match = INDEX.match(line)
    assert match.state != "unmatched", match
    assert match.best is not None and match.best.person.external_id == "R1"


def test_an_unmatched_line_says_what_was_searched() -> None:
    match = INDEX.match(EntryName("Невідомий", "Петро", "", PartialDate(1990, 1, 1)))
    assert match.state == "unmatched"
    assert match.searched.startswith("no one in the registry is compatible; searched the surname «")
    assert "everyone born 1990-01-01" in match.searched


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory, template_db: object) -> Database:
    from tests.helpers.database import ADMIN, PASSWORD, copy_database

    path = copy_database(template_db, tmp_path_factory.mktemp("why") / "why.db")  # type: ignore[arg-type]
    db = Database.open(path, ADMIN, PASSWORD)
    with db.write() as session:
        for external_id, surname, given, patronymic, born in REGISTRY:
            persons.create_person(
                session, PersonInput(external_id, surname, given, patronymic, sex=Sex.MALE, date_of_birth=born)
            )
        for n, (surname, given, patronymic, sex) in enumerate(
            [
                ("Їжак", "Олександр", "Іванович", Sex.MALE),
                ("Євтушенко", "Олександр", "Петрович", Sex.MALE),
                ("Абрамович", "Олександра", "Олександрівна", Sex.FEMALE),
                ("Бабенко", "Ірина", "Олександрівна", Sex.FEMALE),
                ("Іваненко", "Олександр", "Миколайович", Sex.MALE),
            ]
        ):
            persons.create_person(session, PersonInput(f"S{n}", surname, given, patronymic, sex=sex))
    return db


def _found(db: Database, text: str) -> list[str]:
    with db.read() as session:
        return [hit.row.external_id for hit in search_persons(session, text, limit=1000)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Alexei", "R4"),
        ("Alexander Shevchuk", "R5"),
        ("Соловьёв", "R7"),
        ("Solovyov Andrey", "R7"),
        ("Copoкa", "R8"),
        ("Ефрем Гнатюк", "R1"),
        ("Петренко О. М.", "R6"),
        ("Petrenko O M", "R6"),
    ],
)
def test_the_issues_searches_find_the_person(registry: Database, text: str, expected: str) -> None:
    assert _found(registry, text)[:1] == [expected]


def test_a_given_name_finds_its_bearers_first_in_any_language_and_never_by_the_patronymic(registry: Database) -> None:
    ukrainian, russian, latin = (_found(registry, q) for q in ("Олександр", "Александр", "Oleksandr"))
    assert ukrainian == russian == latin
    assert set(ukrainian) == {"R5", "R6", "S0", "S1", "S4"}  # not the women whose patronymic is Олександрівна
    # ties in Ukrainian alphabetical order (Є and І after А, not before it)
    assert ukrainian == ["S1", "S4", "S0", "R6", "R5"]


def test_the_count_is_of_everyone_found_and_pages_go_through_all(registry: Database) -> None:
    query = PersonQuery(text="Олександр", sort_by="relevance")
    with registry.read() as session:
        total = count_found(session, "Олександр", query)
        pages = [found_page(session, "Олександр", query, offset, 2) for offset in (0, 2, 4, 6)]
    assert total == 5
    assert [len(p) for p in pages] == [2, 2, 1, 0]
    assert len({hit.row.external_id for page in pages for hit in page}) == 5


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("щодо Гнатюка Охріма Петровича", "R1"),  # copied from a letter: declined, after "щодо"
        ("Сорока «Грім» Орест", "R8"),  # a call sign in quotes
        ("Cjhjrf Jhtcn", "R8"),  # typed on the Latin layout
        ("Шевчук (Бондар) Олександр", "R5"),  # a word nobody has: all but one
    ],
)
def test_a_name_as_letters_and_lists_write_it_finds_the_person(registry: Database, text: str, expected: str) -> None:
    assert _found(registry, text)[:1] == [expected]


def test_when_no_one_has_every_word_the_search_says_which_it_left_out(registry: Database) -> None:
    from models.persons.search import find_persons

    with registry.read() as session:
        partial = find_persons(session, "Шевчук Бондар Олександр")
        whole = find_persons(session, "Шевчук Олександр")
        nobody = find_persons(session, "Зінченко Зайчук")
    assert [hit.row.external_id for hit in partial.hits][:1] == ["R5"] and partial.left_out == ["Бондар"]
    assert whole.left_out == [] and whole.total == 1
    assert nobody.total == 0 and nobody.left_out == []


def test_one_part_of_a_double_surname_and_one_word_on_the_wrong_layout_are_found(registry: Database) -> None:
    with registry.write() as session:
        persons.create_person(session, PersonInput("D1", "Мазур-Савчук", "Ірина", "Олегівна", sex=Sex.FEMALE))
    assert "D1" in _found(registry, "Савчук")
    assert _found(registry, "Мазур Савчук Ірина")[:1] == ["D1"]
    assert _found(registry, "Cjhjrf")[:1] == ["R8"]  # Сорока typed on the Latin layout
