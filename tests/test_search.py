"""Search as you type: across scripts, Russian forms, ids, dates, apostrophes and one typo."""

import pytest

from models.core.db import Database
from models.core.enums import NameForm, PersonStatus
from models.core.partial_date import PartialDate
from models.persons import service as persons
from models.persons.dto import NameInput, PersonInput, PersonQuery
from models.persons.search import search_persons

PEOPLE = [
    PersonInput(
        external_id="K-1",
        surname="Коваленко",
        given_names="Сергій",
        patronymic="Миколайович",
        date_of_birth=PartialDate(1999, 4, 1),
        service_number="А123456",
        status=PersonStatus.CAPTURED,
    ),
    PersonInput(external_id="K-2", surname="Коваленко", given_names="Олег", date_of_birth=PartialDate(1985)),
    PersonInput(external_id="K-3", surname="Мельник", given_names="Олександр", patronymic="Іванович"),
    PersonInput(external_id="K-4", surname="Бондар", given_names="Микола"),
    PersonInput(external_id="K-5", surname="Дем'яненко", given_names="Юлія", patronymic="Андріївна"),
    PersonInput(external_id="L-6", surname="Shevchuk", given_names="Taras"),
    PersonInput(external_id="K-7", surname="Лисенко", given_names="Андрій"),
]


@pytest.fixture
def people(db: Database) -> Database:
    with db.write() as session:
        for person in PEOPLE:
            persons.create_person(session, person)
    return db


def found(db: Database, text: str, query: PersonQuery | None = None) -> list[str]:
    with db.read() as session:
        return [hit.row.external_id for hit in search_persons(session, text, query)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Коваленко Сергій", "K-1"),
        ("Kovalenko Serhii", "K-1"),  # official Latin finds the Cyrillic record
        ("Kovalenko Sergey", "K-1"),  # Russian passport Latin
        ("Коваленко Сергей Николаевич", "K-1"),  # Russian forms of given name and patronymic
        ("Александр Мельник", "K-3"),  # name order does not matter
        ("Николай Бондарь", "K-4"),  # Russian form and a soft sign
        ("Шевчук Тарас", "L-6"),  # Cyrillic finds the record stored in Latin
        ("Демʼяненко", "K-5"),
        ("Дем’яненко", "K-5"),
        ("Демяненко Yuliia", "K-5"),
        ("Ковалнко Сергій", "K-1"),  # one typo
        ("Лысенко", "K-7"),  # Russian spelling of the surname
        ("Lysenko Andriy", "K-7"),
        ("А123456", "K-1"),  # service number, Cyrillic letter
        ("a123456", "K-1"),  # ... typed with a Latin letter
        ("K-3", "K-3"),  # external id
        ("Коваленко 1999-04-01", "K-1"),
        ("Коваленко 01.04.1999", "K-1"),
        ("Коля Бондар", "K-4"),  # a pet form: Микола
        ("Kolya Bondar", "K-4"),
        ("Шура Мельник", "K-3"),  # Олександр
    ],
)
def test_finds_the_person_first(people: Database, text: str, expected: str) -> None:
    assert found(people, text)[:1] == [expected]


def test_prefixes_find_while_typing(people: Database) -> None:
    assert set(found(people, "Ковал")) == {"K-1", "K-2"}
    assert found(people, "Коваленко 1985") == ["K-2"]


def test_a_pet_form_ranks_the_name_written_out_first(people: Database) -> None:
    with people.write() as session:
        persons.create_person(session, PersonInput(external_id="K-8", surname="Бондар", given_names="Коля"))
    assert found(people, "Коля Бондар")[:2] == ["K-8", "K-4"]


def test_best_match_ranks_first(people: Database) -> None:
    assert found(people, "Коваленко Олег") == ["K-2"]
    assert found(people, "Коваленко")[:2] in (["K-1", "K-2"], ["K-2", "K-1"])


def test_filters_apply_to_search(people: Database) -> None:
    assert found(people, "Коваленко", PersonQuery(statuses=frozenset({PersonStatus.CAPTURED}))) == ["K-1"]


def test_nothing_for_nonsense_or_empty(people: Database) -> None:
    assert found(people, "Zzyzx") == []
    assert found(people, "   ") == []


def test_the_index_follows_every_write(people: Database) -> None:
    with people.read() as session:
        melnyk = persons.find_by_external_id(session, "K-3")
    assert melnyk is not None
    with people.write() as session:
        persons.update_person(
            session, melnyk.id, PersonInput(external_id="K-3", surname="Шевченко", given_names="Олександр")
        )
        persons.add_name(session, melnyk.id, NameInput(NameForm.OTHER, "Schewtschenko"))
    assert found(people, "Мельник") == []
    assert found(people, "Шевченко Олександр") == ["K-3"]
    assert found(people, "Schewtschenko") == ["K-3"]
    with people.write() as session:
        persons.upsert_persons(session, [(PersonInput(external_id="K-8", surname="Гончаренко"), None)])
    assert found(people, "Honcharenko") == ["K-8"]
