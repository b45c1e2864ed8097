"""List reconciliation benchmark (issue 4): 6,000 lines against the 100k-person registry.

The list comes from tests/benchmarks/list_generator.py (every kind of line the name engine
issue names, 10% strangers, 3% namesakes). Printed: the time of the real check (import, match,
judge, store) beside a brute-force all-pairs rapidfuzz comparison of the same lines with every
registry name, the quality of ``matched`` against the truth, and what would go wrong silently:
true persons left ``unmatched``. tests/benchmarks/evaluation.py gives the figures per kind.
"""

from __future__ import annotations

import csv
import io
import os
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import select

from desktop.facades.reports import ReportsFacade
from models.core.db import Database
from models.core.entities import Agreement, Person
from models.core.enums import Side
from models.core.report_kinds import ReportKind
from models.demo import DEMO_PASSWORD, DEMO_USER
from models.lists import service
from models.lists.reconcile import RegistryIndex, RegistryPerson
from models.names.engine import Level
from models.names.keys import skeleton, tokens
from tests.benchmarks.common import report
from tests.benchmarks.evaluation import entry_of
from tests.benchmarks.list_generator import generate
from tests.benchmarks.reports import naive

LINES = 6000
WORKERS = os.cpu_count() or 1  # as `repatria lists check` matches (the GUI matches on one)
BRUTE_SAMPLE = 300


def _key(text: str) -> str:
    return " ".join(sorted(skeleton(w) for w in tokens(text)))


def run(demo_path: Path) -> None:
    with Database.open(demo_path, DEMO_USER, DEMO_PASSWORD) as db:
        with db.read() as session:
            persons = [
                RegistryPerson(*row)
                for row in session.execute(
                    select(
                        Person.id,
                        Person.external_id,
                        Person.surname,
                        Person.given_names,
                        Person.patronymic,
                        Person.date_of_birth,
                        Person.service_number,
                        Person.status,
                    )
                )
            ]
            agreement_id = session.execute(select(Agreement.id).limit(1)).scalar_one()
        lines = generate(persons, LINES, seed=21)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")
        writer.writerow(["№", "ФИО", "Дата рождения"])
        for number, line in enumerate(lines, start=1):
            writer.writerow([number, line.full_name, line.date_of_birth])
        data = out.getvalue().encode("utf-8-sig")  # Latin of every system: cp1251 would lose ISO 9 letters

        started = time.perf_counter()
        with db.write() as session:
            imported = service.import_list(session, data, "bench.csv", agreement_id, Side.THEIRS, 99)
        import_seconds = time.perf_counter() - started
        started = time.perf_counter()  # as the GUI checks: on one process
        with db.write() as session:
            result = service.check_list(session, imported.version.list_id)
        check_seconds = time.perf_counter() - started
        started = time.perf_counter()
        with db.write() as session:
            service.check_list(session, imported.version.list_id)
        recheck_seconds = time.perf_counter() - started
        # as `repatria lists check` does, a new process each time: the registry read afresh,
        # matched on every core
        service._LAST_INDEX.clear()
        started = time.perf_counter()
        with db.write() as session:
            service.check_list(session, imported.version.list_id, workers=WORKERS)
        command_seconds = time.perf_counter() - started

        # Printing at scale (issue 15): the phase list and the compliance report of this list,
        # read from the database and drawn, beside the naive PDF of the same rows (one LongTable).
        facade = ReportsFacade(db)
        list_id = str(imported.version.list_id)
        facade.build(ReportKind.PHASE_LIST, list_id)  # fonts registered, modules loaded once
        started = time.perf_counter()
        facade.build(ReportKind.PHASE_LIST, list_id)
        phase_seconds = time.perf_counter() - started
        started = time.perf_counter()
        facade.build(ReportKind.COMPLIANCE, list_id)
        compliance_seconds = time.perf_counter() - started
        started = time.perf_counter()
        naive([(str(n), line.full_name, line.date_of_birth, "", "", "") for n, line in enumerate(lines, start=1)])
        naive_seconds = time.perf_counter() - started

    # Brute force: every line against every registry name. It takes minutes, so it runs on a
    # sample of the same lines and is scaled to the whole list (printed as such).
    names = [_key(f"{p.surname} {p.given_names} {p.patronymic}") for p in persons]
    sample = lines[:BRUTE_SAMPLE]
    started = time.perf_counter()
    brute = [process.extractOne(_key(line.full_name), names, scorer=fuzz.token_set_ratio) for line in sample]
    brute_seconds = (time.perf_counter() - started) * len(lines) / len(sample)
    report(f"list check, {LINES:,} lines vs {len(persons):,} persons", check_seconds, brute_seconds)
    print(f"{'  (baseline: all-pairs rapidfuzz, ' + str(BRUTE_SAMPLE) + ' lines measured, scaled)':52}")
    print(f"{'  import of the file (read, parse, store)':52} {import_seconds:9.3f} s")
    print(f"{'  check again (nothing changed)':52} {recheck_seconds:9.3f} s")
    print(f"{'  as the command does it: ' + str(WORKERS) + ' processes, registry afresh':52} {command_seconds:9.3f} s")
    report(f"phase list of the {LINES:,} lines from the database", phase_seconds, naive_seconds)
    report(f"compliance report of the {LINES:,} lines from the database", compliance_seconds, naive_seconds)
    print(f"{'  (baseline: the same rows as one platypus LongTable)':52}")

    truths = sum(1 for line in lines if line.truth is not None)
    by_external = {p.external_id: p.id for p in persons}
    right = wrong = review = lost = lost_agreeing = 0
    index = RegistryIndex(persons)
    position = {p.id: n for n, p in enumerate(persons)}
    for line, entry in zip(lines, result.entries, strict=True):
        if entry.public_state == "matched":
            if by_external.get(entry.person_external_id or "") == line.truth:
                right += 1
            else:
                wrong += 1
        elif entry.public_state == "review":
            review += 1
        elif line.truth is not None:  # "we have no such person", and we have
            lost += 1
            comparison = index.compare(entry_of(line), position[line.truth])
            lost_agreeing += comparison.surname >= Level.NEAR and comparison.date.name in ("EXACT", "SWAPPED")
    brute_right = sum(
        1
        for line, hit in zip(sample, brute, strict=True)
        if hit is not None and hit[1] >= 90 and persons[hit[2]].id == line.truth
    )
    brute_called = sum(1 for hit in brute if hit is not None and hit[1] >= 90)
    print(
        f"{'  matched: precision':52} {right / max(right + wrong, 1):9.4f}     brute force (ratio>=90) "
        f"{brute_right / max(brute_called, 1):.4f}"
    )
    sample_truths = sum(1 for line in sample if line.truth is not None)
    print(f"{'  matched: recall':52} {right / truths:9.4f}     brute force {brute_right / sample_truths:.4f}")
    print(f"{'  share sent to review':52} {review / len(lines):9.4f}")
    print(f"{'  true persons left unmatched':52} {lost:9d}     of them surname and date agreeing: {lost_agreeing}")


if __name__ == "__main__":
    run(Path(sys.argv[1]))
