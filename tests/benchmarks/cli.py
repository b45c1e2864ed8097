"""The command line's start-up (issue 15): what a script pays for each call.

- ``repatria --help`` against ``python -c pass``;
- ``repatria info --json`` on an empty database against ``--help`` plus one Argon2id
  derivation of the same parameters (what opening must cost at least);
- a one-page report (the capture card) from the CLI against the same report built in-process
  (what the command costs beyond the work).

Each figure is the median of several runs, each a fresh process.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from desktop.facades.reports import ReportsFacade
from models.core.db import Database
from models.core.enums import PersonStatus, Sex
from models.core.keyslots import DEFAULT_KDF
from models.core.partial_date import PartialDate
from models.core.report_kinds import ReportKind
from models.persons import service as persons
from models.persons.dto import PersonInput
from tests.benchmarks.common import report

RUNS = 5
PASSWORD = "a bench password 1"
REPATRIA = str(Path(sys.executable).with_name("repatria"))


def _median(command: Sequence[str], env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _one_derivation() -> float:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    started = time.perf_counter()
    Argon2id(
        salt=b"0" * 16,
        length=32,
        iterations=DEFAULT_KDF.iterations,
        lanes=DEFAULT_KDF.lanes,
        memory_cost=DEFAULT_KDF.memory_kib,
    ).derive(b"password")
    return time.perf_counter() - started


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        env = {**os.environ, "REPATRIA_PASSWORD": PASSWORD}
        plain = _median([sys.executable, "-c", "pass"])
        help_seconds = _median([REPATRIA, "--help"])
        report("repatria --help", help_seconds, plain)

        path = work / "empty.db"
        Database.create(path, "admin", PASSWORD).close()
        info = _median([REPATRIA, "--db", str(path), "--user", "admin", "info", "--json"], env)
        derivation = statistics.median(_one_derivation() for _ in range(RUNS))
        report("repatria info --json, empty database", info, help_seconds + derivation)

        with Database.open(path, "admin", PASSWORD) as db:
            with db.write() as session:
                persons.create_person(
                    session,
                    PersonInput(
                        external_id="UA-1",
                        surname="Коваленко",
                        given_names="Сергій",
                        patronymic="Миколайович",
                        sex=Sex.MALE,
                        date_of_birth=PartialDate(1990, 5, 12),
                        status=PersonStatus.CAPTURED,
                    ),
                )
            facade = ReportsFacade(db)
            facade.build(ReportKind.CAPTURE_CARD, "UA-1")  # fonts and templates loaded once
            in_process = statistics.median(
                timed for timed in (_timed(lambda: facade.build(ReportKind.CAPTURE_CARD, "UA-1")) for _ in range(RUNS))
            )
        out = work / "card.pdf"
        command = [REPATRIA, "--db", str(path), "--user", "admin", "report", "capture-card", "UA-1", "-o", str(out)]
        cli = _median(command, env)
        report("capture card from the CLI (vs built in-process)", cli, in_process)


def _timed(work: object) -> float:
    assert callable(work)
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
