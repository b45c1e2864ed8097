"""The same search in Ukrainian, Russian and Latin finds the same persons (200 queries on a
registry of 1,500), and search agrees with matching: a list line matched to a person is found
by searching that line's name and date of birth, as a clerk would type them."""

from __future__ import annotations

import random

import pytest
import translitua

from models.core.db import Database
from models.demo import make_person
from models.lists.reconcile import RegistryIndex, RegistryPerson
from models.names.equivalents import russian_given
from models.persons import service as persons
from models.persons.search import search_persons
from tests.benchmarks.list_generator import _russify

PERSONS, QUERIES = 1500, 200


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory, template_db: object) -> tuple[Database, list[RegistryPerson]]:
    from tests.helpers.database import ADMIN, PASSWORD, copy_database

    path = copy_database(template_db, tmp_path_factory.mktemp("parity") / "parity.db")  # type: ignore[arg-type]
    db = Database.open(path, ADMIN, PASSWORD)
    rng = random.Random(11)
    people = [make_person(rng, n)[0] for n in range(PERSONS)]
    with db.write() as session:
        persons.upsert_persons(session, [(p, None) for p in people])
    with db.read() as session:
        stored = [persons.find_by_external_id(session, p.external_id) for p in people]
    registry = [
        RegistryPerson(p.id, p.external_id, p.surname, p.given_names, p.patronymic, p.date_of_birth, "", p.status)
        for p in stored
        if p is not None
    ]
    return db, registry


def _found(db: Database, text: str) -> set[str]:
    with db.read() as session:
        return {hit.row.external_id for hit in search_persons(session, text, limit=5000)}


def test_ukrainian_russian_and_latin_forms_find_the_same_persons(
    registry: tuple[Database, list[RegistryPerson]],
) -> None:
    db, people = registry
    rng = random.Random(3)
    different = []
    for person in rng.sample(people, QUERIES):
        ukrainian = f"{person.surname} {person.given_names}"
        russian = f"{_russify(person.surname)} {russian_given(person.given_names) or person.given_names}"
        latin = str(translitua.translit(ukrainian, translitua.UkrainianKMU))
        found = [_found(db, q) for q in (ukrainian, russian, latin)]
        assert person.external_id in found[0], ukrainian
        if not found[0] == found[1] == found[2]:
            different.append((ukrainian, russian, latin, [sorted(f ^ found[0]) for f in found]))
    assert different == []


def test_a_line_matched_to_a_person_is_found_by_searching_its_name(
    registry: tuple[Database, list[RegistryPerson]],
) -> None:
    from tests.benchmarks.list_generator import generate

    db, people = registry
    index = RegistryIndex(people)
    lines = [line for line in generate(people, 300, seed=4) if line.truth is not None]
    missed = []
    for line in lines:
        from tests.benchmarks.evaluation import entry_of

        entry = entry_of(line)
        match = index.match(entry)
        if match.state != "matched" or match.best is None:
            continue
        name = " ".join(
            w for w in (entry.surname, entry.given_names, entry.patronymic, str(entry.date_of_birth or "")) if w
        )
        if match.best.person.external_id not in _found(db, name):
            missed.append((line.full_name, line.kind, match.best.person.external_id))
    assert missed == []
