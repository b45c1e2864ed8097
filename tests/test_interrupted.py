"""Creation interrupted by kill -9 at random moments leaves nothing or a whole database.

Found by the hostile-input trial: an interrupted `demo` left a partial database (22 of 30) or
one without its key slots (3 of 30), and running `demo` again said "exists already", so `make
run` opened a broken demo. `init` and `demo` now build under a hidden name beside the target
and move the database and its key slots into place when whole (models.core.db.building)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.core.changelog import verify_chain
from models.core.db import Database
from models.core.entities import Person
from models.core.keyslots import keys_path_for
from models.demo import DEMO_PASSWORD, DEMO_USER
from tests.helpers.database import PASSWORD

PERSONS = 40
KILLS = 3


def _command(db: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--db", str(db), "--user", "chief", *argv]


def _env() -> dict[str, str]:
    return {**os.environ, "REPATRIA_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}


def _killed_after(command: list[str], seconds: float) -> bool:
    """Runs the command and kills it (SIGKILL) after ``seconds``; whether it finished first."""
    process = subprocess.Popen(command, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=seconds)
        return True
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return False


def _whole_or_nothing(db: Path, user: str, password: str, persons: int | None) -> str:
    keys = keys_path_for(db)
    if not db.exists():
        assert not keys.exists(), "key slots without their database"
        return "nothing"
    assert keys.exists(), "a database without its key slots"
    with Database.open(db, user, password) as opened, opened.read() as session:
        assert verify_chain(session).ok
        if persons is not None:
            assert session.scalar(select(func.count()).select_from(Person)) == persons
    return "whole"


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=_env(), check=True, capture_output=True)
    return time.perf_counter() - started


def test_init_and_demo_killed_at_random_moments_leave_nothing_or_a_whole_database(tmp_path: Path) -> None:
    rng = random.Random(17)
    demo = ("demo", "--persons", str(PERSONS), "--seed", "3")
    init = ("init", "--office-code", "HQ", "--office-name", "Штаб")
    # how long an uninterrupted run takes here, so the kills fall over the whole of it
    spans = {demo: _timed(_command(tmp_path / "timing-demo.db", *demo))}
    spans[init] = _timed(_command(tmp_path / "timing-init.db", *init))
    seen = set()
    for number in range(KILLS):
        for argv, user, password, persons in ((demo, DEMO_USER, DEMO_PASSWORD, PERSONS), (init, "chief", PASSWORD, 0)):
            target = tmp_path / f"{argv[0]}-{number}.db"
            finished = _killed_after(_command(target, *argv), rng.uniform(0.05, spans[argv]))
            outcome = _whole_or_nothing(target, user, password, persons)
            assert not finished or outcome == "whole"
            seen.add((argv[0], outcome))
            if outcome == "nothing":  # run again: what a kill left is neither taken for a database nor left
                subprocess.run(_command(target, *argv), env=_env(), check=True, capture_output=True)
            assert _whole_or_nothing(target, user, password, persons) == "whole"
            assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name], "a killed build's files left"
    assert ("demo", "nothing") in seen and ("init", "nothing") in seen  # the kills did land mid-build


def test_a_killed_builds_checkpoint_temporary_file_is_removed_too(tmp_path: Path) -> None:
    """CI (kill -9 at a random moment of init): a build killed while writing its signed
    checkpoint left "..NAME.partial-ID.head….tmp" (hidden once more), which the next build did
    not take for its own leftover. Both kinds are removed; another database's are left alone."""
    from models.core.db import partial_files

    target = tmp_path / "office.db"
    dead = [tmp_path / ".office.db.partial-1a", tmp_path / "..office.db.partial-1a.headx1y2.tmp"]
    for path in dead:
        path.write_bytes(b"")
    (tmp_path / "..other.db.partial-1a.headx.tmp").write_bytes(b"")  # another database's: not ours
    assert sorted(partial_files(target)) == sorted(dead)


def test_a_build_stopped_between_its_two_moves_is_finished(tmp_path: Path) -> None:
    """Hostile trial: killed between moving its key file and its database into place, init and
    demo left NAME.keys with no database: they then said "already exists", every other command
    "no database", and make run was stuck. The stopped move is finished by the next program."""
    import os

    from models.core.db import Database
    from tests.helpers.database import ADMIN, FAST_KDF, PASSWORD

    target = tmp_path / "office.db"
    built = tmp_path / ".office.db.partial-01a2b3"
    Database.create(built, ADMIN, PASSWORD, kdf=FAST_KDF).close()
    os.link(built.with_name(built.name + ".keys"), target.with_name("office.db.keys"))  # the first move
    with Database.open(target, ADMIN, PASSWORD) as db:
        assert db.actor.user_name == ADMIN
    assert not built.exists() and not built.with_name(built.name + ".keys").exists()


# A demo killed right after its key file moved into place, before its database did: the files as
# such a kill leaves them (the program dies inside the build, not by a test's hand-made state).
_KILLED_BETWEEN_MOVES = """
import os, sys
from pathlib import Path
import models.core.db as db
moved = db._move_in

def then_die(built, place, path, **options):
    moved(built, place, path, **options)
    os._exit(9)

db._move_in = then_die
from desktop.facades.office import create_database
from tests.helpers.database import ADMIN, PASSWORD
create_database(Path(sys.argv[1]), ADMIN, PASSWORD, "HQ", "Штаб")
"""


def _kill_between_moves(target: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _KILLED_BETWEEN_MOVES, str(target)],
        cwd=Path(__file__).resolve().parents[1], capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 9, done.stderr


def test_a_program_killed_between_the_two_moves_leaves_a_database_the_next_one_finishes(tmp_path: Path) -> None:
    """Hostile re-run: the state a kill between the two moves really leaves (the hidden key file
    already gone) was not recognised, and the dead end stayed."""
    from models.core.db import Database
    from tests.helpers.database import ADMIN, PASSWORD

    target = tmp_path / "office.db"
    _kill_between_moves(target)
    assert not target.exists() and target.with_name("office.db.keys").exists()
    with Database.open(target, ADMIN, PASSWORD) as db:
        assert db.actor.user_name == ADMIN
    assert not [p for p in tmp_path.iterdir() if ".partial-" in p.name]  # nothing of the build left


def test_demo_after_a_run_stopped_between_the_moves_finishes_it_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Hostile re-run: demo finished the stopped build, then said "already exists" and exited 1,
    so `make run` stopped once. It says it finished it, and exits 0."""
    from desktop.cli import main
    from models.core.db import Database
    from tests.helpers.database import ADMIN, PASSWORD

    target = tmp_path / "office.db"
    _kill_between_moves(target)
    assert main(["--db", str(target), "demo", "--persons", "0"]) == 0
    assert "is finished" in capsys.readouterr().err
    with Database.open(target, ADMIN, PASSWORD) as db:
        assert db.actor.user_name == ADMIN
