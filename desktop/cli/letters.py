"""`repatria letters`: clarification correspondence."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.registry import EXIT_OK, arg, group, print_json, uuid_value

if TYPE_CHECKING:
    from desktop.facades import Facades

letters = group("letters", "clarification correspondence")


@letters.action(
    "overdue", "open threads past their due date", arg("--json", action="store_true", help="machine-readable output")
)
def _overdue(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.cli.documents import overdue_document

    threads = facades.letters.overdue()
    if args.json:
        print_json(overdue_document(threads))
    else:
        for t in threads:
            print(f"{t.days_overdue:5} days overdue  {t.counterparty}: {t.subject}")
    return EXIT_OK


THREADS_JSON = (
    'machine-readable output: {"threads": [{"thread_id", "subject", "counterparty", "state", "due_on", '
    '"last_sent_on", "days_waiting", "days_overdue", "letters"}]}, overdue first; dates ISO, null when '
    "not known; days_waiting: since our last letter while a reply is awaited; days_overdue: past "
    "due_on while open"
)


@letters.action(
    "threads",
    "every open thread (--closed: answered and closed ones too): its id, state, due date and letters",
    arg("--overdue", action="store_true", help="only the threads past their due date"),
    arg("--closed", action="store_true", help="also the threads answered or closed"),
    arg("--json", action="store_true", help=THREADS_JSON),
)
def _threads(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.cli.documents import threads_document
    from desktop.cli.tables import cell, counted, cut, table

    threads = facades.letters.threads(only_overdue=args.overdue, include_closed=args.closed)
    letter_counts = facades.letters.letter_counts()
    if args.json:
        print_json(threads_document(threads, letter_counts))
        return EXIT_OK
    kind = "overdue thread" if args.overdue else "thread" if args.closed else "open thread"
    if not threads:
        more = "" if args.closed else " (--closed shows the answered and closed ones too)"
        print(f"no {kind}s{more}")
        return EXIT_OK
    rows = [
        [
            str(t.id),
            t.state.value,
            cell(t.due_on),
            cell(t.days_overdue),
            cell(t.days_waiting),
            str(letter_counts.get(t.id, 0)),
            cut(cell(t.counterparty), 30),
            cell(t.subject),
        ]
        for t in threads
    ]
    header = ["THREAD_ID", "STATE", "DUE", "OVERDUE", "WAITING", "LETTERS", "COUNTERPARTY", "SUBJECT"]
    print("\n".join(table(header, rows, right=frozenset({3, 4, 5}))))
    print(counted(len(threads), kind))
    return EXIT_OK


@letters.action(
    "draft-clarification",
    "draft a clarification request from a list; prints the thread's id",
    arg("list_id", type=uuid_value, metavar="LIST_ID"),
)
def _draft(args: argparse.Namespace, facades: Facades) -> int:
    print(facades.letters.draft_clarification(args.list_id))
    return EXIT_OK


@letters.action("search", "letters by subject, text or reference number", arg("text"))
def _search(args: argparse.Namespace, facades: Facades) -> int:
    for letter in facades.letters.search(args.text):
        date = letter.received_on or letter.sent_on or "draft"
        print(f"{letter.our_reference or '—':14} {date!s:10} {letter.direction.value:8} {letter.subject}")
    return EXIT_OK
