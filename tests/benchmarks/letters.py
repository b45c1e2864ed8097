"""Correspondence benchmarks (issue 6): drafting a clarification for a 6,000-line list, and
opening a thread of 500 letters, each beside a plain-SQLite baseline of the same work."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from models.core.db import Database
from models.core.entities import ExchangeList
from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection
from models.correspondence import service as correspondence
from models.correspondence.dto import LetterInput
from models.demo import DEMO_PASSWORD, DEMO_USER
from models.lists.clarification import draft_clarification
from tests.benchmarks.common import report

LETTERS = 500


def run(demo_path: Path) -> None:
    with Database.open(demo_path, DEMO_USER, DEMO_PASSWORD) as db:
        with db.read() as session:
            list_id = session.execute(select(ExchangeList.id).where(ExchangeList.phase_number == 99)).scalar()
        if list_id is None:
            print("(run tests.benchmarks.lists first: it leaves the checked 6,000-line list this drafts from)")
            return
        started = time.perf_counter()
        with db.write() as session:
            thread_id = draft_clarification(session, list_id)
        draft_seconds = time.perf_counter() - started
        with db.read() as session:
            body = correspondence.thread_letters(session, thread_id)[0].body
        lines = body.count("\n")
        # Baseline: the same text written as one row into a plain SQLite table.
        with tempfile.TemporaryDirectory() as folder:
            plain = sqlite3.connect(Path(folder) / "plain.db")
            plain.execute("CREATE TABLE letter (body TEXT)")
            started = time.perf_counter()
            with plain:
                plain.execute("INSERT INTO letter VALUES (?)", (body,))
            baseline = time.perf_counter() - started
            plain.close()
        report(f"draft a clarification ({lines:,} lines of text)", draft_seconds, baseline)

        with db.write() as session:
            party = correspondence.add_counterparty(
                session, f"Bench {dt.datetime.now().isoformat()}", CounterpartyKind.MEDIATOR
            )
            long_thread = correspondence.open_thread(session, party, "500 letters")
            for n in range(LETTERS):
                correspondence.register_letter(
                    session,
                    long_thread,
                    LetterInput(
                        LetterDirection.OUTGOING,
                        subject=f"Лист {n}",
                        body="Текст листа. " * 40,
                        channel=LetterChannel.EMAIL,
                        sent_on=dt.date(2025, 1, 1) + dt.timedelta(days=n % 300),
                    ),
                )
        started = time.perf_counter()
        with db.read() as session:
            letters = correspondence.thread_letters(session, long_thread)
        open_seconds = time.perf_counter() - started
        assert len(letters) == LETTERS
        with tempfile.TemporaryDirectory() as folder:
            plain = sqlite3.connect(Path(folder) / "plain.db")
            plain.execute("CREATE TABLE letter (thread TEXT, sent TEXT, subject TEXT, body TEXT)")
            with plain:
                plain.executemany(
                    "INSERT INTO letter VALUES ('t', ?, ?, ?)",
                    [(str(letter.sent_on), letter.subject, letter.body) for letter in letters],
                )
            started = time.perf_counter()
            plain.execute("SELECT * FROM letter WHERE thread = 't' ORDER BY sent").fetchall()
            baseline = time.perf_counter() - started
            plain.close()
        report(f"open a thread of {LETTERS} letters", open_seconds * 1000, baseline * 1000, "ms")


if __name__ == "__main__":
    run(Path(sys.argv[1]))
