"""The database file: encryption at rest, damage, migrations, append-only log."""

import os
import stat
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from models.core.db import Database, alembic_config
from models.core.entities import Base
from models.core.errors import DatabaseDamaged, DatabaseMissing, RepatriaError
from models.persons.dto import PersonInput
from models.persons.service import create_person
from tests.helpers.database import ADMIN, FAST_KDF, PASSWORD, file_state

SECRET_NAMES = ("Шевчишин", "Kovalenko-Secret")


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX's")
def test_the_database_its_journal_and_its_keys_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    """Found by the new-user trial: the database was created world-readable (its key slots were
    not). Encrypted or not, nobody else on the machine needs to read it."""
    db_path = tmp_path / "new.db"
    db = Database.create(db_path, ADMIN, PASSWORD, kdf=FAST_KDF)
    with db.write() as session:
        create_person(session, PersonInput(external_id="X-2", surname="Мельник"))
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert any(p.name.endswith("-wal") for p in files) and any(p.name.endswith(".keys") for p in files)
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, f"{path.name} is readable by others"
    db.close()


def test_no_personal_data_in_plaintext_on_disk(db: Database, db_path: Path) -> None:
    with db.write() as session:
        create_person(session, PersonInput(external_id="X-1", surname=SECRET_NAMES[0], notes=SECRET_NAMES[1]))
    # While open, the WAL holds the new pages; both it and the database must be ciphertext.
    files = file_state(db_path.parent)
    assert any(name.endswith("-wal") for name in files)
    for name, content in files.items():
        for secret in SECRET_NAMES:
            assert secret.encode("utf-8") not in content, f"{secret} in plaintext in {name}"
            assert secret.encode("utf-16-le") not in content
    with db.read() as session:
        assert session.execute(text("PRAGMA temp_store")).scalar() == 2  # memory: no temp files
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_the_file_is_not_a_plain_sqlite_database(db_path: Path) -> None:
    assert not db_path.read_bytes().startswith(b"SQLite format 3")


def test_a_damaged_file_says_it_is_damaged_and_stays_as_it_was(db_path: Path) -> None:
    data = bytearray(db_path.read_bytes())
    data[16:4096] = bytes(4096 - 16)  # wreck the first page
    db_path.write_bytes(bytes(data))
    before = file_state(db_path.parent)
    with pytest.raises(DatabaseDamaged, match="damaged"):
        Database.open(db_path, ADMIN, PASSWORD)
    assert file_state(db_path.parent) == before


def test_missing_database_and_refusal_to_overwrite(db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing, match="repatria init"):
        Database.open(tmp_path / "nothing.db", ADMIN, PASSWORD)
    with pytest.raises(RepatriaError, match="already exists"):
        Database.create(db_path, ADMIN, PASSWORD)


def test_migrations_build_exactly_the_model_from_empty() -> None:
    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        from models.migrations.env_filter import include_object

        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []
        command.downgrade(alembic_config(conn), "base")
        names = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars())
        assert names <= {"alembic_version"}


def test_the_change_log_is_append_only_in_the_database(db: Database) -> None:
    with db.write() as session:
        create_person(session, PersonInput(external_id="X-2", surname="Бондар"))
    for statement in ("UPDATE change_event SET author_name = 'x'", "DELETE FROM change_event"):
        with pytest.raises(IntegrityError, match="append-only"), db.write() as session:
            session.execute(text(statement))


def test_a_database_made_by_an_earlier_version_opens_and_is_upgraded(tmp_path: Path) -> None:
    """tests/fixtures/schema-0003.db was made by the release before migration 0004."""
    from models import demo
    from models.core.changelog import verify_chain
    from models.core.db import head_revision
    from models.persons.history import person_history
    from models.persons.search import search_persons
    from models.persons.service import count_persons
    from tests.helpers.database import copy_database

    fixture = Path(__file__).parent / "fixtures" / "schema-0003.db"
    path = copy_database(fixture, tmp_path / "old.db")
    with Database.open(path, demo.DEMO_USER, demo.DEMO_PASSWORD) as db, db.read() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == head_revision()
        assert count_persons(session) == 120
        assert verify_chain(session).ok
        hit = search_persons(session, "а")[0]
        history = person_history(session, hit.row.id)
        assert any(entry.entity == "person" for entry in history)


def test_a_database_of_a_newer_version_is_refused_in_words(db: Database, db_path: Path) -> None:
    """Hostile trial (a27): a database (or backup) a newer Repatria made or upgraded gave
    Alembic's traceback "Can't locate revision identified by '0018'"."""
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    db.close()
    before = file_state(db_path.parent)
    with pytest.raises(RepatriaError, match=r"newer version of Repatria \(its schema is 9999"):
        Database.open(db_path, ADMIN, PASSWORD)
    assert file_state(db_path.parent) == before


def test_a_schema_stamp_set_back_under_newer_tables_is_named(db: Database, db_path: Path) -> None:
    """Hostile trial: a stamp set back by SQL (the tables are the newest) read "the key is right
    but the file does not decrypt" (the upgrade failed on a table that exists). The upgrade's
    transaction is rolled back and nothing changes."""
    with db.write() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    db.close()
    before = file_state(db_path.parent)
    with pytest.raises(DatabaseDamaged, match="its tables do not match its schema stamp 0001") as raised:
        Database.open(db_path, ADMIN, PASSWORD)
    assert "decrypt" not in str(raised.value)
    assert file_state(db_path.parent) == before


def test_a_key_file_of_another_database_is_named(db_path: Path, tmp_path: Path) -> None:
    """Hostile trial: a database beside another database's key file (the same user and password)
    read "the key is right but the file does not decrypt"; the key file is named now."""
    other = tmp_path / "other" / "other.db"
    other.parent.mkdir()
    Database.create(other, ADMIN, PASSWORD, kdf=FAST_KDF).close()
    keys = db_path.with_name(db_path.name + ".keys")
    keys.write_bytes(other.with_name("other.db.keys").read_bytes())
    with pytest.raises(DatabaseDamaged, match="belongs to another database") as raised:
        Database.open(db_path, ADMIN, PASSWORD)
    assert str(keys) in str(raised.value)


def test_a_database_on_a_full_disk_is_not_called_damaged(db: Database, db_path: Path, tmp_path: Path) -> None:
    """Hostile trial (a09): with a few KiB free, opening read "damaged or is not a Repatria
    database (disk I/O error)". A small tmpfs filled up is a real full disk."""
    import shutil
    import subprocess

    db.close()
    disk = tmp_path / "full"
    disk.mkdir()
    size = db_path.stat().st_size + 64 * 1024
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)], check=False)
    if mounted.returncode:
        pytest.skip("cannot mount a small tmpfs here (not root, or no mount in this container)")
    try:
        copy = disk / db_path.name
        shutil.copyfile(db_path, copy)
        shutil.copyfile(db_path.with_name(db_path.name + ".keys"), copy.with_name(copy.name + ".keys"))
        with (disk / "filler").open("wb", buffering=0) as filler:
            try:
                while filler.write(b"\0" * 1024):
                    pass
            except OSError:
                pass  # full
        with pytest.raises(RepatriaError, match="the disk it is on is full") as refused:
            Database.open(copy, ADMIN, PASSWORD)
        assert not isinstance(refused.value, DatabaseDamaged)
    finally:
        subprocess.run(["umount", str(disk)], check=False)


def test_a_pipe_at_the_database_path_is_refused_at_once(tmp_path: Path) -> None:
    """Hostile trial: a FIFO at the database's path hung every command for ever."""
    import os

    path = tmp_path / "office.db"
    os.mkfifo(path)
    with pytest.raises(DatabaseDamaged, match="is not a file"):
        Database.open(path, ADMIN, PASSWORD)
