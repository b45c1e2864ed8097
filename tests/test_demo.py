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


def test_the_demo_shows_what_a_clerk_meets(tmp_path: Path) -> None:
    """Issue 14: the received list comes checked, with lines to review, strangers, and persons we
    record as deceased and as returned; women have female surnames and patronymics."""
    import random
    from collections import Counter

    from models.core.enums import Sex, Side
    from models.lists import service

    made = demo.generate(tmp_path / "d.db", 3000, seed=7, kdf=FAST_KDF)
    with Database.open(made.path, demo.DEMO_USER, demo.DEMO_PASSWORD) as db, db.read() as session:
        theirs = next(n for n in service.list_nodes(session) if n.side is Side.THEIRS)
        entries = service.list_results(session, theirs.list_id).entries
    rng = random.Random(3)
    people = [demo.make_person(rng, n)[0] for n in range(3000)]
    women = [p for p in people if p.sex is Sex.FEMALE]
    men = [p for p in people if p.sex is Sex.MALE]
    states = Counter(e.public_state for e in entries)
    alerts = Counter(e.alert for e in entries)
    assert states["review"] >= 3 and states["unmatched"] >= 2 and states["matched"] > 200
    assert alerts["deceased"] == 2 and alerts["returned"] == 2
    assert women and all(p.patronymic.endswith(("івна", "ївна")) for p in women)
    assert all(not p.surname.endswith(("ський", "цький", "ов", "ін", "кка")) for p in women)  # not Ільницькка
    assert any(p.surname.endswith(("ська", "цька")) for p in women)
    # Faker's list has feminine forms; no man is Абрагамовська Анатолій (the trial saw one)
    assert men and not any(p.surname.endswith(("ська", "цька", "зька")) for p in men)
