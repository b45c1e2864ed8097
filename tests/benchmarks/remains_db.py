"""Remains work against a real encrypted database: importing the families' AM data for
50,000 missing persons and 6,000 remains cases (CSV files of the issue contract), reading
the candidate index back, and ranking every case from the database. Baselines: the same
rows inserted with a plain executemany into unencrypted SQLite, and the same columns read
back from it."""

from __future__ import annotations

import csv
import io
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from models.core.db import Database
from models.core.keyslots import KdfParams
from models.persons import service as persons
from models.persons.dto import PersonInput
from models.remains import files
from models.remains.dental import format_dental
from models.remains.marks import format_marks
from models.remains.profiles import build_index, rank_cases
from tests.benchmarks.common import report
from tests.benchmarks.remains_generator import generate

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
CASES = int(sys.argv[2]) if len(sys.argv) > 2 else 6_000


def _csv(columns: tuple[str, ...], rows: list[list[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode()


def _plain(path: Path, columns: tuple[str, ...], rows: list[list[object]]) -> float:
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE TABLE t ({', '.join(f'{c} TEXT' for c in columns)})")
    started = time.perf_counter()
    with conn:
        conn.executemany(
            f"INSERT INTO t VALUES ({', '.join('?' for _ in columns)})", [[str(v) for v in r] for r in rows]
        )
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def main() -> None:
    print(f"\nRemains in the database: {PERSONS:,} missing persons with AM data, {CASES:,} cases")
    data = generate(PERSONS, CASES)
    am_rows: list[list[object]] = [
        [p.external_id, p.stature_cm or "", format_marks(p.marks), format_dental(p.dental), p.clothing, ""]
        for p in data.persons
    ]
    pm_rows: list[list[object]] = [
        [
            c.case_number,
            f"B-{n // 500 + 1:03d}",
            str(c.recovery_date) if c.recovery_date else "",
            c.recovery_place,
            c.sex.value,
            c.age_min,
            c.age_max,
            f"{c.stature_min_cm}-{c.stature_max_cm}",
            format_marks(c.marks),
            format_dental(c.dental),
            c.clothing,
            c.id_text,
        ]
        for n, c in enumerate(data.cases)
    ]
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = Database.create(work / "remains.db", "admin", "bench", kdf=KdfParams(1024, 1, 1))
        with db.write() as session:
            persons.upsert_persons(
                session,
                [
                    (
                        PersonInput(
                            external_id=p.external_id,
                            surname=p.surname,
                            given_names=p.given_names,
                            sex=p.sex,
                            date_of_birth=p.date_of_birth,
                            service_number=p.service_number,
                            capture_place=p.last_seen_place,
                            capture_date=p.last_seen_date,
                        ),
                        None,
                    )
                    for p in data.persons
                ],
            )
        am = _csv(files.AM_COLUMNS, am_rows)
        started = time.perf_counter()
        with db.write() as session:
            files.import_ante_mortem(session, am)
        report(
            f"AM import, {PERSONS:,} rows ({len(am) / 1e6:.1f} MB)",
            time.perf_counter() - started,
            _plain(work / "a.db", files.AM_COLUMNS, am_rows),
        )
        pm = _csv(files.REMAINS_COLUMNS, pm_rows)
        started = time.perf_counter()
        with db.write() as session:
            files.import_remains(session, pm)
        report(
            f"remains import, {CASES:,} cases",
            time.perf_counter() - started,
            _plain(work / "p.db", files.REMAINS_COLUMNS, pm_rows),
        )

        started = time.perf_counter()
        with db.read() as session:
            index = build_index(session)
        loaded = time.perf_counter() - started
        plain = sqlite3.connect(work / "a.db")
        started = time.perf_counter()
        plain.execute("SELECT * FROM t").fetchall()
        report(f"candidate index read from the database ({len(index):,})", loaded, time.perf_counter() - started)
        plain.close()

        started = time.perf_counter()
        with db.read() as session:
            ranked = rank_cases(session, index=index)
        from_db = time.perf_counter() - started
        in_memory_started = time.perf_counter()
        for case in data.cases:
            index.rank(case, 10)
        report(
            f"rank every case from the database ({len(ranked):,})",
            from_db,
            time.perf_counter() - in_memory_started,
        )
        print("  baseline: ranking the same cases from the generated profiles, without reading them")
        db.close()


if __name__ == "__main__":
    main()
