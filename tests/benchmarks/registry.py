"""Registry benchmarks (issue 3): search while typing, table pages, window start-up, memory."""

from __future__ import annotations

import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from sqlalchemy import select

from models.demo import DEMO_PASSWORD, DEMO_USER
from models.names.keys import skeleton, tokens
from tests.benchmarks.common import report


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(demo_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    from desktop.facades.persons import PersonFacade, RegistryFacade
    from models.core.db import Database
    from models.core.entities import Person
    from models.persons.dto import PersonQuery
    from models.persons.service import person_page
    from views.app.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    app = QApplication.instance() or QApplication([])
    rss_before = _rss_mib()  # Python, Qt and the app's modules, before any data

    # Main window start-up, against a bare window with an empty table, both until first painted.
    started = time.perf_counter()
    bare = QMainWindow()
    bare.setCentralWidget(QTableView())
    bare.resize(1280, 800)
    bare.show()
    bare.grab()
    bare_seconds = time.perf_counter() - started
    bare.close()

    started = time.perf_counter()
    db = Database.open(demo_path, DEMO_USER, DEMO_PASSWORD)
    settings = QSettings(str(demo_path.with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(RegistryFacade(db), settings, people=PersonFacade(db), remember_layout=False)
    window.show()
    window.grab()
    window_seconds = time.perf_counter() - started
    report("main window start-up (open db, first page shown)", window_seconds, bare_seconds)
    app.processEvents()

    # Search as you type: every prefix of real names, as keystrokes arrive; what the table does
    # for each (count everyone found, fetch the first page), beside a raw FTS5 prefix query over
    # the same names' skeletons in an in-memory SQLite table (no count, no relevance).
    facade = RegistryFacade(db)
    rng = random.Random(7)
    with db.read() as session:
        sample = [person_page(session, PersonQuery(), rng.randrange(0, 99_000), 1)[0] for _ in range(25)]
        everyone = session.execute(select(Person.surname, Person.given_names, Person.patronymic)).all()
    queries: list[str] = []
    for person in sample:
        typed = f"{person.surname} {person.given_names}"
        queries += [typed[:n] for n in range(3, len(typed) + 1) if not typed[:n].endswith(" ")]
    search_times: list[float] = []
    for query in queries:
        started = time.perf_counter()
        searched = PersonQuery(text=query, sort_by="relevance")
        facade.count_persons(searched)
        facade.person_page(searched, 0, 200)
        search_times.append(time.perf_counter() - started)
    raw = sqlite3.connect(":memory:")
    raw.execute("CREATE VIRTUAL TABLE names USING fts5(name, tokenize = 'unicode61')")
    raw.executemany(
        "INSERT INTO names (name) VALUES (?)",
        [(" ".join(skeleton(w) for w in tokens(" ".join(name))),) for name in everyone],
    )
    raw_times: list[float] = []
    for query in queries:
        match = " AND ".join(f'"{skeleton(w)}"*' for w in tokens(query))
        started = time.perf_counter()
        raw.execute("SELECT rowid FROM names WHERE names MATCH ? ORDER BY rank LIMIT 200", (match,)).fetchall()
        raw_times.append(time.perf_counter() - started)
    raw.close()
    report(
        f"search per keystroke, median ({len(queries)} keystrokes)",
        statistics.median(search_times) * 1000,
        statistics.median(raw_times) * 1000,
        "ms",
    )
    report(
        "search per keystroke, 95th percentile",
        _percentile(search_times, 0.95) * 1000,
        _percentile(raw_times, 0.95) * 1000,
        "ms",
    )
    print(f"{'  (baseline: a raw FTS5 prefix query, in memory, no count or relevance)':52}")

    # Any page of the 100k-row table, in the order the table shows (by name).
    page_times: list[float] = []
    with db.read() as session:
        first = time.perf_counter()
        person_page(session, PersonQuery(), 0, 200)
        first_seconds = time.perf_counter() - first
        for _ in range(40):
            offset = rng.randrange(0, 99_800)
            started = time.perf_counter()
            person_page(session, PersonQuery(), offset, 200)
            page_times.append(time.perf_counter() - started)
    report("table page of 200 anywhere, median", statistics.median(page_times) * 1000, first_seconds * 1000, "ms")
    report(
        "table page of 200 anywhere, 95th percentile", _percentile(page_times, 0.95) * 1000, first_seconds * 1000, "ms"
    )

    # Memory: the whole app with 100k persons open, against Qt alone.
    report("resident memory with the registry open (vs bare Qt)", _rss_mib(), rss_before, "MiB")
    window.close()
    db.close()


if __name__ == "__main__":
    run(Path(sys.argv[1]))
