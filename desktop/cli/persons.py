"""`repatria persons`: the persons CSV in and out, and families' ante-mortem data."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.documents import person_document
from desktop.cli.registry import EXIT_OK, EXIT_PROBLEM, arg, group, open_facades, path, print_json

if TYPE_CHECKING:
    from desktop.facades import Facades
    from models.persons.dto import NextOfKinDTO, PersonDTO

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


def _person(facades: Facades, number: str) -> PersonDTO:
    from models.core.errors import NotFoundError
    from models.core.i18n import QT_TRANSLATE_NOOP

    found = facades.registry.find(number)
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no person with the registry number {number!r}"), number=number)
    if found.external_id != number:
        print(f"{number} was merged into {found.external_id}: this is {found.external_id}", file=sys.stderr)
    return found


def _print_person(person: PersonDTO, relatives: list[NextOfKinDTO]) -> None:
    for name, value in person_document(person, relatives).items():
        if name in ("id", "version", "next_of_kin") or value in (None, "", False, "unknown"):
            continue
        print(f"{name}: {value}")
    for kin in relatives:
        facts = [kin.relationship or "relationship not given"]
        if kin.is_person_to_inform:  # GC III Annex IV B: the one told of capture, transfer or death
            facts.append("the person to inform")
        print(f"relative: {kin.name} ({'; '.join(facts)}) {kin.phone}".rstrip())


@persons.action("reindex", "rebuild the search index from every person's names (when check says it lacks some)")
def _reindex(_args: argparse.Namespace, facades: Facades) -> int:
    count = facades.registry.reindex()
    print(f"search index rebuilt for {count:,} persons")
    return EXIT_OK


@persons.action(
    "show",
    "one person's fields and relatives, by registry number",
    arg("number", metavar="REGISTRY_NUMBER"),
    arg("--json", action="store_true", help="machine-readable output"),
)
def _show(args: argparse.Namespace, facades: Facades) -> int:
    person = _person(facades, args.number)
    relatives = facades.people.next_of_kin(person.id)
    if args.json:
        print_json(person_document(person, relatives))
    else:
        _print_person(person, relatives)
    return EXIT_OK


@persons.action(
    "set",
    "change fields of one person: FIELD=VALUE … (as in the persons CSV; FIELD= clears it)",
    arg("number", metavar="REGISTRY_NUMBER"),
    arg("assignments", nargs="+", metavar="FIELD=VALUE"),
)
def _set(args: argparse.Namespace, facades: Facades) -> int:
    texts = facades.people.parse_assignments(args.assignments)  # every wrong pair named before anything is read
    person = _person(facades, args.number)
    saved = facades.people.set_fields(person, texts)  # someone else's save since: refused
    if saved is None:
        print(f"{person.external_id}: nothing to change")
        return EXIT_OK
    names = [n for n in texts if getattr(saved, n) != getattr(person, n)]
    print(f"{saved.external_id}: changed {', '.join(names)}")
    return EXIT_OK


@persons.action(
    "add-relative",
    "record a relative or the person to inform (GC III Annex IV B)",
    arg("number", metavar="REGISTRY_NUMBER"),
    arg("--name", required=True),
    arg("--relationship", default="", help="e.g. мати, дружина, брат"),
    arg("--phone", default=""),
    arg("--address", default=""),
    arg("--email", default=""),
    arg("--to-inform", action="store_true", help="the person to inform of capture, transfer or death"),
)
def _add_relative(args: argparse.Namespace, facades: Facades) -> int:
    from models.persons.dto import NextOfKinInput

    person = _person(facades, args.number)
    kin = facades.people.add_next_of_kin(
        person.id,
        NextOfKinInput(args.name, args.relationship, args.address, args.phone, args.email, args.to_inform),
    )
    print(f"{person.external_id}: relative {kin.name} recorded")
    return EXIT_OK


@persons.action(
    "merge",
    "merge two records of one person: OTHER into KEEP (supervisors; records other offices hold, at headquarters)",
    arg("keep", metavar="KEEP"),
    arg("other", metavar="OTHER"),
    arg(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help="take this field's value from OTHER (repeat it); by default KEEP's values, OTHER's where KEEP's are empty",
    ),
)
def _merge(args: argparse.Namespace, facades: Facades) -> int:
    import dataclasses

    from models.persons.dto import INPUT_FIELDS

    facades.people.parse_assignments(f"{name}=" for name in args.take)  # a field that is not one: named
    keep, other = _person(facades, args.keep), _person(facades, args.other)
    refusal = facades.people.merge_refusal(keep.id, other.id)
    if refusal is not None:
        raise refusal
    values = {
        name: getattr(other, name)
        for name in INPUT_FIELDS
        if name in args.take or (getattr(keep, name) in (None, "") and getattr(other, name) not in (None, ""))
    }
    kept = facades.people.merge(keep.id, other.id, dataclasses.replace(keep.as_input(), **values))
    print(f"{keep.external_id} and {other.external_id} merged into one record: {kept.external_id}")
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
