"""A damaged write-ahead log (models.core.wal): SQLite replays a crashed program's log up to
the first damaged frame and drops every later save without a word; Repatria reads the log
first and refuses to open, changing nothing, naming the frame and the saves at stake."""

from __future__ import annotations

import struct
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from models.core import inuse, wal
from models.core.db import Database
from models.core.entities import Person
from models.core.errors import DatabaseDamaged
from tests.helpers.database import ADMIN, PASSWORD, file_state

# A program that saves three persons, each in its own transaction, and dies before it closes
# the database (as kill -9 or a flat battery): the saves are only in the -wal file.
_CRASH = """
import os, sys
from pathlib import Path
from models.core.db import Database
from models.persons.dto import PersonInput
from models.persons.service import create_person
db = Database.open(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
for n in range(3):
    with db.write() as session:
        create_person(session, PersonInput(external_id=f"W-{n}", surname="Бойко", given_names="Іван"))
os._exit(0)
"""


def _crashed_with_saves(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _CRASH, str(path), ADMIN, PASSWORD], check=True, timeout=120)
    assert path.with_name(path.name + "-wal").stat().st_size > wal.HEADER


@pytest.fixture
def crashed(db_path: Path) -> Path:
    _crashed_with_saves(db_path)
    return db_path


def _frames(log: Path) -> tuple[bytearray, int]:
    data = bytearray(log.read_bytes())
    return data, wal.FRAME_HEADER + struct.unpack(">I", data[8:12])[0]


def _persons(path: Path) -> set[str]:
    with Database.open(path, ADMIN, PASSWORD) as db, db.read() as session:
        return {p for p in session.scalars(select(Person.external_id)) if p.startswith("W-")}


def test_an_intact_log_of_a_crashed_program_is_replayed_whole(crashed: Path) -> None:
    assert wal.damage(crashed.with_name(crashed.name + "-wal")) is None
    assert _persons(crashed) == {"W-0", "W-1", "W-2"}


@pytest.mark.parametrize(
    ("where", "offset"),
    [("a page", wal.FRAME_HEADER + 100), ("the frame's checksum", 16), ("the frame's salt", 8)],
)
def test_a_damaged_log_is_refused_before_sqlite_drops_saves(
    crashed: Path, where: str, offset: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    log = crashed.with_name(crashed.name + "-wal")
    data, _size = _frames(log)
    data[wal.HEADER + offset] ^= 0x01  # one bit of the first frame, in ``where``
    log.write_bytes(bytes(data))
    assert wal.damage(log) == wal.WalDamage(frame=1, lost_saves=3), where
    before = file_state(crashed.parent)
    with pytest.raises(DatabaseDamaged, match="damaged at frame 1") as raised:
        Database.open(crashed, ADMIN, PASSWORD)
    assert "3 save(s)" in str(raised.value)
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    assert main(["--db", str(crashed), "--user", ADMIN, "check"]) != 0  # `check` no longer says ok
    err = capsys.readouterr().err
    assert "damaged at frame 1" in err and "Traceback" not in err
    assert file_state(crashed.parent) == before  # nothing changed: the saves can still be rescued


def test_a_save_cut_short_at_the_end_of_the_log_is_no_damage(crashed: Path) -> None:
    # the last write a crash interrupted: never reported saved, SQLite drops it by design
    log = crashed.with_name(crashed.name + "-wal")
    data, size = _frames(log)
    last = wal.HEADER + ((len(data) - wal.HEADER) // size - 1) * size
    data[last + wal.FRAME_HEADER + 7] ^= 0x01
    log.write_bytes(bytes(data))
    found = wal.damage(log)
    assert found is not None and found.tail and found.lost_saves == 0  # not refused: SQLite drops it
    assert _persons(crashed) == {"W-0", "W-1"}
    # a save damaged after it was written reads the same: the log is kept beside the database
    # before SQLite drops it (hostile trial a05: the last save was gone for good)
    (kept,) = crashed.parent.glob(f"{crashed.name}-wal.last-save-*")
    assert kept.read_bytes() == bytes(data)


@pytest.mark.parametrize("offset", [8, 9, 12, 15])  # each salt
def test_a_last_save_damaged_in_its_salt_is_kept_too(crashed: Path, offset: int) -> None:
    """Hostile trial: one byte of the last frame's salt lost that save with no copy kept (it read
    as a frame of an earlier log), while check said a copy was kept."""
    log = crashed.with_name(crashed.name + "-wal")
    data, size = _frames(log)
    last = wal.HEADER + ((len(data) - wal.HEADER) // size - 1) * size
    data[last + offset] ^= 0x5A
    log.write_bytes(bytes(data))
    found = wal.damage(log)
    assert found is not None and found.tail and found.lost_saves == 0
    assert _persons(crashed) == {"W-0", "W-1"}
    (kept,) = crashed.parent.glob(f"{crashed.name}-wal.last-save-*")
    assert kept.read_bytes() == bytes(data)


def test_the_log_of_a_running_program_is_left_to_it(db_path: Path) -> None:
    # a running program's log is being written: only a log nobody holds is a crash's leftover
    with Database.open(db_path, ADMIN, PASSWORD):
        assert not inuse.alone(db_path)
    assert inuse.alone(db_path)


@pytest.mark.parametrize("offset", [0, 3, 7, 11, 15, 19, 23, 27, 31])
def test_a_damaged_log_header_is_refused_too(crashed: Path, offset: int) -> None:
    # found by the hostile trial: SQLite ignores a log whose header fails, with every save in
    # it, and `check` said ok (32 of 32 header bytes)
    log = crashed.with_name(crashed.name + "-wal")
    data, _size = _frames(log)
    data[offset] ^= 0x10
    log.write_bytes(bytes(data))
    found = wal.damage(log)
    assert found is not None and found.frame == 0 and found.lost_saves == 3
    before = file_state(crashed.parent)
    with pytest.raises(DatabaseDamaged, match="the header of the log"):
        Database.open(crashed, ADMIN, PASSWORD)
    assert file_state(crashed.parent) == before


def test_a_log_of_another_database_is_moved_aside_not_replayed(tmp_path: Path) -> None:
    """Hostile trial: a log another database's crash left (or another copy's), put beside a
    database, was replayed into it at the next open and damaged it for good. It is tried on a
    copy first, moved aside and kept, and the database opens whole as of its last save."""
    from models.core.changelog import verify_chain
    from tests.helpers.database import FAST_KDF

    ours, other = tmp_path / "ours" / "office.db", tmp_path / "other" / "office.db"
    for path in (ours, other):
        path.parent.mkdir()
        Database.create(path, ADMIN, PASSWORD, kdf=FAST_KDF).close()
    _crashed_with_saves(other)
    foreign = other.with_name("office.db-wal").read_bytes()
    ours.with_name("office.db-wal").write_bytes(foreign)
    before = file_state(ours.parent)
    with pytest.raises(DatabaseDamaged, match="does not belong to it") as raised:
        Database.open(ours, ADMIN, PASSWORD)
    after = file_state(ours.parent)
    assert after.pop("office.db") == before["office.db"]  # the database untouched
    (aside,) = [name for name in after if ".not-its-own-" in name]
    assert after[aside] == foreign and aside in str(raised.value)
    with Database.open(ours, ADMIN, PASSWORD) as db, db.read() as session:
        assert verify_chain(session).ok


def test_init_refuses_a_name_where_a_gone_databases_log_remains(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    """Hostile trial: after a crash the user removed the database and ran `init` again; the old
    log was replayed into the new database, which then did not open."""
    from tests.helpers.cli import run
    from tests.helpers.database import FAST_KDF

    path = tmp_path / "office.db"
    Database.create(path, ADMIN, PASSWORD, kdf=FAST_KDF).close()
    _crashed_with_saves(path)
    for name in ("office.db", "office.db.keys", "office.db.head"):
        (tmp_path / name).unlink(missing_ok=True)
    code, _out, err = run(capsys, "--db", str(path), "--user", ADMIN, "init")
    assert code == 1 and "holds the last saves of a database" in err
    assert not path.exists()
