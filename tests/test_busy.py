"""A writer that has to wait for another program's write says so, waits, and on giving up says
what to do - never "database is locked" (found by the hostile-input trial: a second writer
waiting more than 10 s died with a raw traceback)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.core import db as db_module
from models.core.db import Database, on_waiting
from models.core.entities import Person
from models.core.errors import DatabaseBusy
from models.persons import service as persons
from models.persons.dto import PersonInput, PersonQuery
from tests.helpers.database import ADMIN, PASSWORD


def _add(db: Database, number: str) -> None:
    with db.write() as session:
        persons.create_person(session, PersonInput(external_id=number, surname="Коваленко"))


@pytest.fixture
def other_program(db_path: Path) -> Iterator[Database]:
    """The same database opened a second time, as another program (the GUI, an import) does."""
    other = Database.open(db_path, ADMIN, PASSWORD)
    yield other
    other.close()


def _hold_the_write_lock(db: Database, seconds: float) -> tuple[threading.Thread, threading.Event]:
    holding = threading.Event()

    def hold() -> None:
        with db.write() as session:
            persons.create_person(session, PersonInput(external_id="HOLDER", surname="Шевчук"))
            holding.set()
            time.sleep(seconds)

    thread = threading.Thread(target=hold)
    thread.start()
    assert holding.wait(10)
    return thread, holding


def test_a_writer_says_it_waits_and_writes_when_the_other_has_finished(db: Database, other_program: Database) -> None:
    notices: list[float] = []
    stop = on_waiting(lambda: notices.append(time.monotonic()))
    try:
        thread, _ = _hold_the_write_lock(other_program, 1.5)
        started = time.monotonic()
        _add(db, "WAITED")
        thread.join()
    finally:
        stop()
    assert len(notices) == 1 and notices[0] - started < 1.0  # said at once, not after the wait
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 2


def test_a_writer_that_waited_too_long_says_what_to_do_and_changes_nothing(
    db: Database, other_program: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "WRITE_WAIT_SECONDS", 0.5)
    thread, _ = _hold_the_write_lock(other_program, 2.0)
    with pytest.raises(DatabaseBusy, match="another program kept writing to the database") as raised:
        _add(db, "GAVE-UP")
    thread.join()
    assert "locked" not in str(raised.value)
    _add(db, "LATER")  # the connection is fine afterwards
    with db.read() as session:
        numbers = set(session.scalars(select(Person.external_id)))
    assert numbers == {"HOLDER", "LATER"}


def test_the_command_line_says_it_waits(db: Database, db_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "one.csv"
    source.write_text(
        "external_id,surname,given_names,patronymic,sex,date_of_birth,place_of_birth,citizenship,service_number,"
        "rank,unit,status,health,capture_date,capture_place,detention_place,next_of_kin,notes\n"
        "CLI-1,Бондар,Олег,,male,1990-01-01,,,,,,missing,,,,,,\n",
        encoding="utf-8",
    )
    thread, _ = _hold_the_write_lock(db, 3.0)
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source)],
        check=False,
        env={"REPATRIA_PASSWORD": PASSWORD, "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[1],
    )
    thread.join()
    assert done.returncode == 0, done.stderr
    assert "waiting for another program writing to the database to finish" in done.stderr
    assert "created 1" in done.stdout


def test_closing_never_waits_for_another_programs_write(db: Database, other_program: Database) -> None:
    # found by the hostile-input trial: closing waited 15 s, without a word, while another
    # program wrote (SQLite's PRAGMA optimize at close wanted the write lock to ANALYZE)
    with db.write() as session:
        for number in range(1500):
            persons.create_person(session, PersonInput(external_id=f"E-{number}", surname="Бойко"))
    with db.read() as session:  # queries that leave the planner wanting fresh statistics
        for number in range(50):
            persons.person_page(session, PersonQuery(text=f"E-{number}"), 0, 10)
    thread, _ = _hold_the_write_lock(other_program, 6)
    started = time.monotonic()
    db.close()
    closed = time.monotonic() - started
    thread.join()
    db.close = lambda: None  # type: ignore[method-assign]  # closed: the fixture's close is a no-op
    assert closed < 3, f"closing waited {closed:.1f} s"  # until the other program's write ended, before
