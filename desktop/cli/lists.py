"""`repatria agreements` and `repatria lists`: agreements, the other side's lists and ours."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from desktop.cli.registry import EXIT_OK, arg, group, path, print_json, uuid_value
from models.core.enums import PersonStatus, Side
from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.columns import LIST_FIELDS, columns_line

if TYPE_CHECKING:
    from desktop.facades import Facades

agreements = group("agreements", "agreements and their criteria")
lists = group("lists", "exchange lists: import and check")


@agreements.action("add", "add an agreement from JSON; prints its id", arg("file", type=path))
def _add_agreement(args: argparse.Namespace, facades: Facades) -> int:
    from models.core.errors import RepatriaError

    try:
        import json

        document = json.loads(args.file.read_bytes())
    except (OSError, ValueError) as exc:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{file}: not a JSON document ({detail})"), file=args.file, detail=exc
        ) from None
    if not isinstance(document, dict):
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "{file}: expected a JSON object"), file=args.file)
    print(facades.lists.add_agreement(document).id)
    return EXIT_OK


AGREEMENTS_JSON = (
    'machine-readable output: {"agreements": [{"agreement_id", "title", "signed_on", "place", "parties", '
    '"mediator", "notes", "phases": [{"number", "planned_on", "description"}], "criteria_version", '
    '"list_count"}]}, newest first; dates ISO, null when not known'
)


@agreements.action(
    "list",
    "every agreement: its id, when signed, phases and lists",
    arg("--json", action="store_true", help=AGREEMENTS_JSON),
)
def _list_agreements(args: argparse.Namespace, facades: Facades) -> int:
    from collections import Counter

    from desktop.cli.documents import agreements_document
    from desktop.cli.tables import cell, counted, cut, table

    found = [facades.lists.agreement_details(a.id) for a in facades.lists.agreements()]
    list_counts = Counter(node.agreement_id for node in facades.lists.lists())
    if args.json:
        print_json(agreements_document(found, list_counts))
        return EXIT_OK
    if not found:
        print("no agreements yet (repatria agreements add FILE.json adds one)")
        return EXIT_OK
    rows = [
        [
            str(a.agreement.id),
            cell(a.agreement.signed_on),
            str(len(a.phases)),
            str(list_counts[a.agreement.id]),
            cut(cell(a.agreement.title)),
            cell(a.agreement.parties),
        ]
        for a in found
    ]
    header = ["AGREEMENT_ID", "SIGNED", "PHASES", "LISTS", "TITLE", "PARTIES"]
    print("\n".join(table(header, rows, right=frozenset({2, 3}))))
    print(counted(len(found), "agreement"))
    return EXIT_OK


LISTS_JSON = (
    'machine-readable output: {"lists": [{"list_id", "agreement_id", "agreement_title", "side", "phase", '
    '"title", "version", "entries", "locked", "received_on", "recorded_at", "versions": [{"version", '
    '"entries", "received_on", "recorded_at", "source_filename", "locked_at", "locked_by"}]}]}; the '
    "list's own keys are those of its latest version, versions are oldest first; dates and times ISO "
    "(times UTC), null when not known"
)


@lists.action(
    "list",
    "every list: its id, agreement, side, phase, latest version, entries and lock",
    arg("--agreement", type=uuid_value, default=None, metavar="ID", help="only this agreement's lists"),
    arg("--json", action="store_true", help=LISTS_JSON),
)
def _list_lists(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.cli.documents import lists_document
    from desktop.cli.tables import cell, counted, table
    from models.core.errors import NotFoundError

    found = facades.lists.list_summaries()
    if args.agreement is not None:
        if args.agreement not in {a.id for a in facades.lists.agreements()}:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "no agreement with id {agreement} (repatria agreements list shows them)"),
                agreement=args.agreement,
            )
        found = [s for s in found if s.node.agreement_id == args.agreement]
    if args.json:
        print_json(lists_document(found))
        return EXIT_OK
    if not found:
        print(f"no lists for agreement {args.agreement} yet" if args.agreement else "no lists yet")
        return EXIT_OK
    rows = [
        [
            str(s.node.list_id),
            str(s.node.agreement_id),
            s.node.side.value,
            cell(s.node.phase),
            str(s.latest.version),
            str(s.latest.entries),
            cell(s.latest.locked_at is not None),
            cell(s.latest.recorded_at),
            cell(s.node.title or s.node.agreement_title),
        ]
        for s in found
    ]
    header = ["LIST_ID", "AGREEMENT_ID", "SIDE", "PHASE", "VERSION", "ENTRIES", "LOCKED", "RECORDED", "TITLE"]
    print("\n".join(table(header, rows, right=frozenset({3, 4, 5}))))
    print(counted(len(found), "list"))
    return EXIT_OK


@lists.action(
    "import",
    "import a list (CSV, XLSX, XLS or ODS); prints the list's id",
    arg("file", type=path),
    arg("--agreement", required=True, type=uuid_value, metavar="ID"),
    arg("--side", required=True, choices=[s.value for s in Side]),
    arg("--phase", type=int, default=None, metavar="N"),
    arg(
        "--columns",
        default=None,
        metavar="FIELD=COLUMN,…",
        help="say which column holds what instead of the guess: a column letter or its header text, e.g. "
        "surname=B,given_names=C,patronymic=D,date_of_birth=E (fields: " + ", ".join(LIST_FIELDS) + ")",
    ),
    arg(
        "--sheet",
        default=None,
        metavar="NAME",
        help="the workbook's sheet that holds the list (default: the first whose header is found)",
    ),
)
def _import(args: argparse.Namespace, facades: Facades) -> int:
    imported = facades.lists.import_path(
        args.file, args.agreement, Side(args.side), args.phase, args.columns, args.sheet
    )
    for problem in imported.problems[:50]:
        print(f"{args.file}: {problem}", file=sys.stderr)
    for note in imported.notes:
        print(f"{args.file}: {note}", file=sys.stderr)
    if imported.skipped:
        print(f"{args.file}: {len(imported.skipped)} row(s) are not persons and were kept aside:", file=sys.stderr)
        for row in imported.skipped[:30]:
            look = ", holds a name and a date of birth: look at it" if row.person_like else ""
            print(f"  row {row.row} ({row.reason}{look}): {row.text[:80]}", file=sys.stderr)
    print(f"{args.file}: columns read as --columns {columns_line(imported.mapping)}", file=sys.stderr)
    version = imported.version
    before = (
        "" if imported.previous_entries is None else f" (version {version.version - 1} had {imported.previous_entries})"
    )
    print(
        f"{args.file}: version {version.version} of list {version.list_id}: {version.entries} entries{before}",
        file=sys.stderr,
    )
    print(imported.version.list_id)
    return EXIT_OK


@lists.action(
    "check",
    "match every entry with the registry and judge the criteria",
    arg("list_id", type=uuid_value, metavar="LIST_ID"),
    arg("--json", action="store_true", help="machine-readable output"),
)
def _check(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.cli.documents import check_document

    result = facades.lists.check(args.list_id, workers=os.cpu_count() or 1)
    if args.json:
        print_json(check_document(result))
    else:
        print(
            f"list {result.list_id}, version {result.version}: {len(result.entries)} entries; "
            f"matched {result.count('matched')}, review {result.count('review')}, "
            f"unmatched {result.count('unmatched')}; "
            f"not compliant {sum(1 for e in result.entries if e.compliant is False)}; "
            f"compliance unknown {sum(1 for e in result.entries if e.compliant is None)} "
            f"(no date of birth: {sum(1 for e in result.entries if not e.read.get('date_of_birth'))}); "
            f"rows kept aside {len(result.skipped)}"
        )
    return EXIT_OK


@lists.action(
    "build",
    "build our list from the registry; prints the list's id",
    arg("--agreement", required=True, type=uuid_value, metavar="ID"),
    arg("--phase", type=int, default=None, metavar="N"),
    arg(
        "--status",
        action="append",
        default=[],
        choices=[s.value for s in PersonStatus],
        help="persons with this status (repeatable; default: captured)",
    ),
    arg("--all", action="store_true", help="also persons who do not meet the agreed criteria"),
)
def _build(args: argparse.Namespace, facades: Facades) -> int:
    from models.persons.dto import PersonQuery

    statuses = frozenset(PersonStatus(s) for s in args.status) or frozenset({PersonStatus.CAPTURED})
    version = facades.lists.build_our_list(
        args.agreement, args.phase, PersonQuery(statuses=statuses), only_compliant=not args.all
    )
    print(version.list_id)
    print(f"version {version.version}: {version.entries} persons", file=sys.stderr)
    return EXIT_OK


@lists.action("lock", "lock the latest version as submitted", arg("list_id", type=uuid_value, metavar="LIST_ID"))
def _lock(args: argparse.Namespace, facades: Facades) -> int:
    facades.lists.lock(args.list_id)
    print(f"locked the latest version of {args.list_id}")
    return EXIT_OK


@lists.action(
    "export",
    "export the latest version as XLSX or CSV",
    arg("list_id", type=uuid_value, metavar="LIST_ID"),
    arg("-o", "--output", type=path, required=True, metavar="FILE.xlsx|FILE.csv"),
)
def _export(args: argparse.Namespace, facades: Facades) -> int:
    facades.lists.export_to(args.list_id, args.output)
    print(f"wrote {args.output}")
    return EXIT_OK


@lists.action(
    "diff",
    "lines added, removed and changed between two versions",
    arg("list_id", type=uuid_value, metavar="LIST_ID"),
    arg("--old", type=int, default=None, metavar="N", help="older version (default: the one before)"),
    arg("--new", type=int, default=None, metavar="M", help="newer version (default: the latest)"),
    arg("--json", action="store_true", help="machine-readable output"),
)
def _diff(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.cli.documents import diff_document

    diff = facades.lists.diff(args.list_id, args.old, args.new)
    if args.json:
        print_json(diff_document(args.list_id, diff))
        return EXIT_OK
    print(
        f"version {diff.old_version} -> {diff.new_version}: {len(diff.added)} added, {len(diff.removed)} removed, "
        f"{len(diff.changed)} changed"
    )
    for line in diff.added:
        print(f"+ row {line.row}: {' | '.join(diff.ordered(line))}")
    for line in diff.removed:
        print(f"- row {line.row}: {' | '.join(diff.ordered(line))}")
    for change in diff.changed:
        fields = ", ".join(
            f"{f}: {change.before.raw.get(f, '')!r} -> {change.after.raw.get(f, '')!r}" for f in change.fields
        )
        print(f"~ row {change.before.row} -> {change.after.row}: {fields}")
    return EXIT_OK
