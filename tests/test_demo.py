import io
from pathlib import Path

from models import demo
from models.core.db import Database
from models.persons.csv_file import export_persons
from models.persons.service import validate_person
from tests.helpers.database import FAST_KDF


def _export(path: Path) -> str:
    out = io.StringIO()
    with Database.open(path, demo.DEMO_USER, demo.DEMO_PASSWORD) as db, db.read() as session:
        export_persons(session, out)
    return out.getvalue()


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    first = demo.generate(tmp_path / "a.db", 200, seed=5, kdf=FAST_KDF)
    second = demo.generate(tmp_path / "b.db", 200, seed=5, kdf=FAST_KDF)
    third = demo.generate(tmp_path / "c.db", 200, seed=6, kdf=FAST_KDF)
    assert _export(first.path) == _export(second.path) != _export(third.path)


def test_demo_persons_are_valid_and_ukrainian() -> None:
    import random

    rng = random.Random(3)
    people = [demo.make_person(rng, n) for n in range(2000)]
    assert all(validate_person(p) == [] for p, _ in people)
    assert all(p.patronymic.endswith(("ович", "евич", "ич", "іч", "івна", "ївна")) for p, _ in people)
    assert sum(p.sex.value == "female" for p, _ in people) < 300
