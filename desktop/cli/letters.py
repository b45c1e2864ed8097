"""`repatria letters`: clarification correspondence."""

from __future__ import annotations

import argparse
import json
import uuid
from typing import TYPE_CHECKING

from desktop.cli.registry import EXIT_OK, arg, group

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
        print(json.dumps(overdue_document(threads), ensure_ascii=False, indent=1))
    else:
        for t in threads:
            print(f"{t.days_overdue:5} days overdue  {t.counterparty}: {t.subject}")
    return EXIT_OK


@letters.action(
    "draft-clarification",
    "draft a clarification request from a list; prints the thread's id",
    arg("list_id", type=uuid.UUID, metavar="LIST_ID"),
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
