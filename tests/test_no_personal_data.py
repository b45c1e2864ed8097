"""No personal data in any error output (issue 17): failures provoked while writing records full
of marker values - a full disk during an import, a constraint the database refuses - and every
word printed searched for the markers. Found by the hostile-input trial: a full disk printed the
surnames, next-of-kin names and phone numbers being written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text

from models.core.db import Database
from models.persons import service as persons
from models.persons.dto import NextOfKinInput, PersonInput
from tests.helpers.cli import run
from tests.helpers.database import ADMIN, PASSWORD
from tests.helpers.persons import make_csv, person

MARKERS = ("Маркерко", "Маркерина", "+380990001122", "маркер-примітка")


def _rows(count: int) -> bytes:
    return make_csv(
        *(
            person(
                n,
                surname=f"{MARKERS[0]}{n}",
                given_names=MARKERS[1],
                next_of_kin=f"{MARKERS[1]} {MARKERS[2]}",
                notes=MARKERS[3] * 20,
            )
            for n in range(count)
        )
    )


@pytest.fixture
def small_disk(db_path: Path) -> Iterator[None]:
    """The database's disk full after a few more pages: SQLite's own "database or disk is full"
    (max_page_count), on every connection opened meanwhile."""
    with Database.open(db_path, ADMIN, PASSWORD) as db, db.read() as session:
        pages = int(session.execute(text("PRAGMA page_count")).scalar_one())

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 8}")

    event.listen(Engine, "connect", limit)
    yield
    event.remove(Engine, "connect", limit)


def test_a_full_disk_during_an_import_is_said_without_the_records(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None, small_disk: None
) -> None:
    source = tmp_path / "persons.csv"
    source.write_bytes(_rows(400))
    code, out, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source))
    assert code != 0
    assert "could not be written" in err and "nothing was changed" in err, err
    assert "Traceback" not in err
    assert not [m for m in MARKERS if m in out + err], out + err


def test_an_unforeseen_database_error_names_no_value(db: Database) -> None:
    # a constraint refused inside one transaction: the error names the statement, not its values
    with pytest.raises(Exception) as raised, db.write() as session:
        kept = persons.create_person(
            session, PersonInput(external_id="M-1", surname=MARKERS[0], given_names=MARKERS[1])
        )
        persons.add_next_of_kin(session, kept.id, NextOfKinInput(name=MARKERS[1], phone=MARKERS[2]))
        session.execute(
            text("INSERT INTO next_of_kin (id, person_id, name, phone) VALUES (:id, :person, :name, :phone)"),
            {"id": kept.id.bytes, "person": b"nobody", "name": MARKERS[1], "phone": MARKERS[2]},
        )
    said = str(raised.value) + repr(raised.value)
    assert "next_of_kin" in said  # the statement is named ...
    assert not [m for m in MARKERS if m in said], said  # ... its values are not
