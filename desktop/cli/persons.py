"""`repatria persons`: the persons CSV in and out, and families' ante-mortem data."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.registry import EXIT_OK, EXIT_PROBLEM, arg, group, open_facades, path, print_json

if TYPE_CHECKING:
    from desktop.facades import Facades

persons = group("persons", "import, export or search persons")


@persons.action(
    "import",
    "import persons from CSV (all or nothing)",
    arg("file", type=path),
    arg(
        "--skip-invalid",
        type=path,
        metavar="REJECTS.csv",
        default=None,
        help="import the valid rows and write the rejected ones, with reasons, here",
    ),
    opens=False,
)
def _import(args: argparse.Namespace) -> int:
    from desktop.facades.persons import RegistryFacade
    from models.core.errors import ValidationError

    # The file's own problems are found before the database is opened; those that need the
    # registry (an id Excel stripped of its zeros) inside the transaction that then writes
    # nothing. Either way, all of them are listed at once.
    parsed = RegistryFacade.parse_csv(args.file)
    skip = args.skip_invalid is not None
    if parsed.file_errors:
        print(f"{args.file}: nothing was imported:", file=sys.stderr)
        print(RegistryFacade.describe_errors(parsed.errors), file=sys.stderr)
        return EXIT_PROBLEM
    for warning in parsed.warnings[:50]:
        print(f"{args.file}: {warning}", file=sys.stderr)
    try:
        with open_facades(args) as facades:
            result = facades.registry.import_csv(parsed, skip_invalid=skip)
    except ValidationError as exc:
        print(f"{args.file}: nothing was imported:", file=sys.stderr)
        print(RegistryFacade.describe_errors(exc.errors), file=sys.stderr)
        return EXIT_PROBLEM
    if skip:
        RegistryFacade.write_rejects(result, parsed, args.skip_invalid)
    print(
        f"created {result.created}, updated {result.updated}, unchanged {result.unchanged}, "
        f"rejected {len(result.rejected)}"
    )
    return EXIT_OK


@persons.action(
    "search",
    "find persons by any form of their names, an id or a date of birth, most relevant first",
    arg("text", metavar="TEXT", help='e.g. "Коваленко Сергій", "Kovalenko Sergey 1996", an external id'),
    arg("--limit", type=int, default=20, metavar="N", help="show the best N (default 20); the total counts all"),
    arg("--json", action="store_true", help="machine-readable output"),
)
def _search(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.cli.documents import search_document

    if args.limit < 0:
        print("repatria: --limit must be 0 or more", file=sys.stderr)
        return EXIT_PROBLEM
    result = facades.registry.find_persons(args.text, args.limit)
    if args.json:
        print_json(search_document(result))
        return EXIT_OK
    shown = f", the best {len(result.hits)} shown" if len(result.hits) < result.total else ""
    print(f"{result.total:,} found{shown}")
    for hit in result.hits:
        row = hit.row
        name = " ".join(p for p in (row.surname, row.given_names, row.patronymic) if p)
        print(f"{row.external_id}\t{name}\t{row.date_of_birth or ''}\t{hit.score:.1f}")
    return EXIT_OK


@persons.action("export", "export every person to CSV", arg("file", type=path))
def _export(args: argparse.Namespace, facades: Facades) -> int:
    count = facades.registry.export_csv(args.file)
    print(f"exported {count} persons to {args.file}")
    return EXIT_OK


@persons.action(
    "import-am",
    "import ante-mortem data from families (external_id, height_cm, marks, dental, clothing, notes)",
    arg("file", type=path),
    opens=False,
)
def _import_am(args: argparse.Namespace) -> int:
    return import_file(args, "am")


def import_file(args: argparse.Namespace, kind: str) -> int:
    """One of the all-or-nothing remains importers (``remains``, ``am``, ``dna``); a rejected
    file is described line by line and changes nothing."""
    from desktop.facades.persons import RegistryFacade
    from desktop.facades.remains import RemainsFacade
    from models.core.errors import ValidationError

    RemainsFacade.check_size(args.file)  # too large: refused before the database is opened
    try:
        with open_facades(args) as facades:
            summary = facades.remains.import_file(kind, args.file)
    except ValidationError as exc:
        print(f"{args.file}: nothing was imported:", file=sys.stderr)
        print(RegistryFacade.describe_errors(exc.errors), file=sys.stderr)
        return EXIT_PROBLEM
    print(summary)
    return EXIT_OK
