"""Benchmarks for the foundation: demo generation, persons CSV import, opening the database.

Each figure comes with a baseline measured in the same run on the same rows: a plain
``executemany`` into an unencrypted SQLite table (for writes), a plain sqlite3 open and
query (for opening). The ratio is what the encryption, validation and change log cost.
"""

from __future__ import annotations

import csv
import io
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from models import demo
from models.core.changelog import verify_chain
from models.core.db import Database
from models.persons import csv_file as persons_csv
from models.persons.dto import PersonQuery
from models.persons.service import count_persons, person_page
from tests.benchmarks.common import report

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def plain_insert(path: Path, header: list[str], rows: list[list[str]]) -> None:
    """The baseline: the same rows, executemany into an unencrypted table, one transaction."""
    conn = sqlite3.connect(path)
    columns = ", ".join(f'"{c}" TEXT' for c in header)
    conn.execute(f"CREATE TABLE person ({columns})")
    marks = ", ".join("?" for _ in header)
    with conn:
        conn.executemany(f"INSERT INTO person VALUES ({marks})", rows)
    conn.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        print(f"Repatria benchmarks, {PERSONS:,} persons (2 cores; times are wall clock)\n")

        # 1. Demo generation of N persons, and the same rows into plain SQLite.
        demo_path = work / "demo.db"
        demo_seconds = timed(lambda: demo.generate(demo_path, PERSONS, seed=1))
        rng = random.Random(1)
        people = [demo.make_person(rng, n + 1) for n in range(PERSONS)]
        rows = [
            [str(getattr(p, c, "") or "") for c in persons_csv.COLUMNS if c != "next_of_kin"] + [kin]
            for p, kin in people
        ]
        header = [c for c in persons_csv.COLUMNS if c != "next_of_kin"] + ["next_of_kin"]
        baseline = timed(lambda: plain_insert(work / "plain-demo.db", header, rows))
        report(f"demo generation, {PERSONS:,} persons", demo_seconds, baseline)

        # 2. Persons CSV import of N rows into an empty database.
        out = io.StringIO()
        with Database.open(demo_path, demo.DEMO_USER, demo.DEMO_PASSWORD) as db, db.read() as session:
            persons_csv.export_persons(session, out)
        data = out.getvalue().encode("utf-8")
        parsed_rows = list(csv.reader(io.StringIO(out.getvalue())))
        target = work / "import.db"
        Database.create(target, "admin", "bench-password").close()

        def import_all() -> None:
            with Database.open(target, "admin", "bench-password") as db, db.write() as session:
                result = persons_csv.import_persons(session, data)
            assert result.created == PERSONS, result

        import_seconds = timed(import_all)
        baseline = timed(lambda: plain_insert(work / "plain-import.db", parsed_rows[0], parsed_rows[1:]))
        report(f"persons CSV import, {PERSONS:,} rows ({len(data) / 1e6:.1f} MB)", import_seconds, baseline)

        # 3. Opening the database: key derivation and the first query.
        def open_and_count() -> None:
            with Database.open(demo_path, demo.DEMO_USER, demo.DEMO_PASSWORD) as db, db.read() as session:
                count_persons(session)

        def plain_open_and_count() -> None:
            conn = sqlite3.connect(work / "plain-demo.db")
            conn.execute("SELECT count(*) FROM person").fetchone()
            conn.close()

        report("open database (Argon2id + first query)", timed(open_and_count), timed(plain_open_and_count))

        # 4. The registry table's deepest page against its first page.
        with Database.open(demo_path, demo.DEMO_USER, demo.DEMO_PASSWORD) as db, db.read() as session:
            query = PersonQuery(sort_by="surname")
            first = timed(lambda: person_page(session, query, 0, 200))
            deep = timed(lambda: person_page(session, query, max(PERSONS - 200, 0), 200))
            report("registry page of 200 at the end (vs first page)", deep * 1000, first * 1000, "ms")
            verify = timed(lambda: verify_chain(session))
        print(f"{'audit verify of the whole change log':52} {verify:9.3f} s")

        print()
        # A process of its own, so its memory figure is the app's alone, not this run's.
        subprocess.run([sys.executable, "-m", "tests.benchmarks.registry", str(demo_path)], check=True)
        print()
        subprocess.run([sys.executable, "-m", "tests.benchmarks.lists", str(demo_path)], check=True)
        subprocess.run([sys.executable, "-m", "tests.benchmarks.list_intake"], check=True)
        print()  # matching quality per kind of line, on a registry of 20,000 made in memory
        subprocess.run([sys.executable, "-m", "tests.benchmarks.evaluation", "20000", "6000"], check=True)
        print()
        subprocess.run([sys.executable, "-m", "tests.benchmarks.letters", str(demo_path)], check=True)
        print()
        subprocess.run([sys.executable, "-m", "tests.benchmarks.reports"], check=True)
        subprocess.run([sys.executable, "-m", "tests.benchmarks.cli"], check=True)
        subprocess.run([sys.executable, "-m", "tests.benchmarks.remains"], check=True)
        subprocess.run([sys.executable, "-m", "tests.benchmarks.remains_db"], check=True)
        print()
        subprocess.run([sys.executable, "-m", "tests.benchmarks.bundles"], check=True)


if __name__ == "__main__":
    main()
