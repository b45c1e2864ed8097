"""The persons CSV contract: import is all-or-nothing, re-import updates, export reads back."""

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models.core.db import Database
from models.core.entities import ChangeEvent, NextOfKin, Person
from models.core.enums import ChangeOp, Health, PersonStatus
from models.core.errors import ValidationError
from models.core.partial_date import PartialDate
from models.persons import csv_file as persons_csv
from models.persons.csv_file import COLUMNS, export_persons, import_persons, parse_persons_csv
from tests.helpers.database import ADMIN, PASSWORD, file_state
from tests.helpers.persons import make_csv, person


def count(db: Database, entity: type) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(entity)).scalar_one())


def test_import_creates_persons_and_next_of_kin(db: Database) -> None:
    with db.write() as session:
        result = import_persons(session, b"\xef\xbb\xbf" + make_csv(person(1), person(2, date_of_birth="1990")))
    assert (result.created, result.updated, result.rejected) == (2, 0, [])
    with db.read() as session:
        stored = session.scalars(select(Person).where(Person.external_id == "EXT-2")).one()
    assert stored.date_of_birth == PartialDate(1990)
    assert stored.status is PersonStatus.CAPTURED and stored.health is Health.SERIOUSLY_WOUNDED
    assert stored.notes == "рядок 1\nрядок 2"
    assert count(db, NextOfKin) == 2


def test_a_bad_row_means_nothing_is_written_and_every_problem_is_listed(db: Database) -> None:
    data = make_csv(person(1), person(2, date_of_birth="1999-02-30", status="alive"), person(3, surname=""), person(1))
    with pytest.raises(ValidationError) as exc, db.write() as session:
        import_persons(session, data)
    # Line numbers are the file's own: each row here spans two lines (its note has a line break).
    problems = [(e.row, e.field) for e in exc.value.errors]
    assert (4, "date_of_birth") in problems and (4, "status") in problems
    assert (6, "surname") in problems
    assert (8, "external_id") in problems  # the duplicate of the row on line 2
    assert count(db, Person) == 0
    assert "line 4, date_of_birth: 1999-02 has no day 30" in str(exc.value)


def test_skip_invalid_imports_the_good_rows_and_returns_the_rejects(db: Database) -> None:
    data = make_csv(person(1), person(2, capture_date="1990"), person(3))
    with db.write() as session:
        result = import_persons(session, data, skip_invalid=True)
    assert result.created == 2
    assert [r.line for r in result.rejected] == [4]  # a multi-line note makes rows two lines long
    assert "before the date of birth" in result.rejected[0].reason
    out = io.StringIO()
    persons_csv.write_rejects(result.rejected, list(COLUMNS), out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0][:3] == ["line", "reason", "external_id"] and rows[1][2] == "EXT-2"


def test_reimport_updates_through_the_change_log_and_never_duplicates(db: Database) -> None:
    with db.write() as session:
        import_persons(session, make_csv(person(1), person(2)))
    with db.write() as session:
        result = import_persons(
            session, make_csv(person(1, status="returned", next_of_kin="Коваленко Іван (батько)"), person(2))
        )
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    assert count(db, Person) == 2 and count(db, NextOfKin) == 2
    with db.read() as session:
        updates = session.scalars(select(ChangeEvent).where(ChangeEvent.op == ChangeOp.UPDATE)).all()
        stored = session.scalars(select(Person).where(Person.external_id == "EXT-1")).one()
    assert {tuple(sorted(e.changes)) for e in updates} == {("status",), ("name",)}
    assert stored.version_vector[str(db.actor.office_id)] == max(e.seq for e in updates if e.entity == "person")


def test_export_then_import_is_a_no_op(db: Database) -> None:
    with db.write() as session:
        import_persons(session, make_csv(person(1), person(2, sex="", health="", date_of_birth="1985-07")))
    out = io.StringIO()
    with db.read() as session:
        assert export_persons(session, out) == 2
    with db.write() as session:
        result = import_persons(session, out.getvalue().encode("utf-8"))
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (make_csv(header=COLUMNS[:-1]), "'notes' is missing"),
        (make_csv(header=(*COLUMNS, "colour")), "unknown column 'colour'"),
        (make_csv() + b'"EXT-1,"unclosed\n', "not valid CSV"),
        (make_csv() + b"a,b,c\n", "has 3 fields; the header has 18"),
    ],
)
def test_broken_files_say_what_is_wrong(data: bytes, message: str) -> None:
    parsed = parse_persons_csv(data)
    assert message in " ".join(str(e) for e in parsed.errors)
    assert not parsed.rows


def test_a_too_large_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(persons_csv, "MAX_FILE_BYTES", 1000)
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2000)
    with pytest.raises(ValidationError, match="the limit is"):
        persons_csv.read_limited(big)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_and_never_write(db: Database, data: bytes) -> None:
    parsed = parse_persons_csv(data)
    assert parsed.errors or parsed.rows or parsed.header
    if parsed.errors:
        with pytest.raises(ValidationError), db.write() as session:
            import_persons(session, data)
        assert count(db, Person) == 0


cell = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.fixed_dictionaries({c: cell for c in COLUMNS}), min_size=1, max_size=5))
def test_malformed_rows_never_crash_and_a_rejected_file_writes_nothing(db: Database, rows: list) -> None:
    data = make_csv(*rows)
    parsed = parse_persons_csv(data)
    try:
        with db.write() as session:
            result = import_persons(session, data)
    except ValidationError:
        assert parsed.errors
        assert count(db, Person) == 0
    else:
        assert not parsed.errors and result.created + result.updated + result.unchanged == len(parsed.rows)
        with db.write() as session:  # leave the database empty for the next example
            for stored in session.scalars(select(Person)):
                session.delete(stored)
            for kin in session.scalars(select(NextOfKin)):
                session.delete(kin)


def test_a_bad_file_leaves_the_database_byte_for_byte_unchanged(db_path: Path, tmp_path: Path) -> None:
    from desktop.cli import main

    bad = tmp_path / "bad.csv"
    bad.write_bytes(make_csv(person(1), person(2, date_of_birth="2999-01-01")))
    before = file_state(db_path.parent)
    assert main(["--db", str(db_path), "--user", ADMIN, "persons", "import", str(bad)]) == 1
    after = file_state(db_path.parent)
    after.pop("bad.csv")
    before.pop("bad.csv")
    assert after == before
    Database.open(db_path, ADMIN, PASSWORD).close()
