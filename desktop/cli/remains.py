"""`repatria remains` and `repatria dna`: post-mortem cases, candidates, laboratories' results."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

from desktop.cli.persons import import_file
from desktop.cli.registry import EXIT_OK, arg, group, path, print_json
from models.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.facades import Facades

remains = group("remains", "remains cases: import and identification candidates")
dna = group("dna", "DNA results from the laboratories")


@remains.action(
    "import",
    "import PM cases (case_number, batch, recovery_date, recovery_place, sex, age_min, age_max, "
    "stature_cm, marks, dental, effects, id_tag); all or nothing",
    arg("file", type=path),
    opens=False,
)
def _import(args: argparse.Namespace) -> int:
    return import_file(args, "remains")


@remains.action(
    "candidates",
    "missing persons ranked for a case, best first, with the evidence for and against",
    arg("case_number", nargs="?", default=None, metavar="CASE_NUMBER"),
    arg("--all", action="store_true", help="every case (a JSON list with --json)"),
    arg("--limit", type=int, default=10, help="candidates per case (default 10)"),
    arg("--json", action="store_true", help="machine-readable output"),
    opens=False,
)
def _candidates(args: argparse.Namespace) -> int:
    from desktop.cli.documents import candidates_document
    from desktop.cli.registry import open_facades
    from models.core.errors import RepatriaError

    if args.all == (args.case_number is not None):
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "name one CASE_NUMBER, or --all"))
    if args.limit < 1:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "--limit must be at least 1"))
    with open_facades(args) as facades:
        cases = facades.remains
        ranked = cases.rank(
            None if args.all else [cases.case_id(args.case_number)], limit=args.limit, workers=os.cpu_count() or 1
        )
    documents = [candidates_document(r) for r in ranked]
    if args.json:
        print_json(documents if args.all else documents[0])
        return EXIT_OK
    for case in ranked:
        print(f"{case.ranking.case_number}:")
        for n, scored in enumerate(case.ranking.candidates, start=1):
            person = case.profiles[scored.person_id]
            print(f"  {n:>2}. {person.external_id} {person.name}  score {scored.score:.1f}")
            for evidence in scored.evidence:
                print(f"        {evidence.weight:+7.1f} {evidence.kind}: {evidence.detail}")
        for person_id, reason in case.rejected.items():
            who = case.profiles[person_id].external_id if person_id in case.profiles else person_id
            print(f"  rejected {who}: {reason}")
    return EXIT_OK


@remains.action(
    "read-marks",
    "how marks written as a family or an examination writes them are read (kind, place, "
    "description), as the imports read them; TEXT '-' reads standard input",
    arg("text", metavar="TEXT"),
    arg("--json", action="store_true", help="machine-readable output"),
    opens=False,
)
def _read_marks(args: argparse.Namespace) -> int:
    import sys

    from desktop.facades.remains import RemainsFacade

    text = sys.stdin.read() if args.text == "-" else args.text
    marks = RemainsFacade.read_marks(text)
    if args.json:
        shown = [
            {
                "kind": m.kind.value,
                "body_location": m.body_location,
                "description": m.description,
                "understood": m.describe(),
                "understood_uk": m.describe(ukrainian=True),
            }
            for m in marks
        ]
        print_json(shown)
        return EXIT_OK
    if not marks:
        print("no marks: the text names none, or says there are none")
    for n, mark in enumerate(marks, start=1):
        print(f"{n}. {mark.describe()}  |  {mark.describe(ukrainian=True)}")
    return EXIT_OK


@dna.action(
    "import",
    "import a lab's results (remains_sample, reference_sample, likelihood_ratio, lab, reported_on)",
    arg("file", type=path),
    opens=False,
)
def _import_dna(args: argparse.Namespace) -> int:
    return import_file(args, "dna")


@dna.action(
    "add-sample",
    "register a DNA sample: of remains (--case) or a relative's reference sample (--person, --relative); "
    "the lab's results for it are then imported with dna import",
    arg("sample", metavar="SAMPLE_NUMBER", help="the number on the sample's label, as the laboratory writes it"),
    arg("--case", metavar="CASE_NUMBER", help="a sample of the remains of this case"),
    arg("--person", metavar="NUMBER", help="a reference sample for this missing person (their number)"),
    arg("--relative", default="", help="who gave the reference sample, as its form names them"),
    arg("--relationship", default="", help="e.g. мати, батько, брат (empty: not known)"),
    arg("--lab", default="", help="the laboratory that holds it"),
    arg("--collected", metavar="YYYY-MM-DD", help="when it was taken"),
    arg("--resample-of", metavar="SAMPLE_NUMBER", help="the failed sample this one replaces"),
)
def _add_sample(args: argparse.Namespace, facades: Facades) -> int:
    import datetime as dt

    from models.core.enums import SampleKind
    from models.core.errors import RepatriaError
    from models.remains.dto import SampleInput

    if (args.case is None) == (args.person is None):
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "name either --case (a sample of remains) or --person (a reference sample)")
        )
    try:
        collected = None if args.collected is None else dt.date.fromisoformat(args.collected.strip())
    except ValueError:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "--collected {value!r} is not a date: write it as YYYY-MM-DD"),
            value=args.collected,
        ) from None
    person_id = None
    if args.person is not None:
        person = facades.registry.find(args.person.strip())
        if person is None:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "no person with the external id {external_id!r}"),
                external_id=args.person.strip(),
            )
        person_id = person.id
    facades.remains.add_sample(
        SampleInput(
            sample_number=args.sample.strip(),
            kind=SampleKind.REMAINS if args.case is not None else SampleKind.REFERENCE,
            remains_case_id=None if args.case is None else facades.remains.case_id(args.case.strip()),
            person_id=person_id,
            relative_name=args.relative.strip(),
            relationship=args.relationship.strip(),
            lab=args.lab.strip(),
            collected_on=collected,
            resample_of=None if args.resample_of is None else facades.remains.sample_id(args.resample_of.strip()),
        )
    )
    whose = f"case {args.case.strip()}" if args.case is not None else f"person {args.person.strip()}"
    print(f"registered sample {args.sample.strip()} ({whose})")
    return EXIT_OK


@dna.action(
    "set-relative",
    "correct who gave a reference sample and how they are related to the missing person",
    arg("sample", metavar="SAMPLE_NUMBER"),
    arg("--relative", required=True, help="the relative's name, as the sample's form gives it"),
    arg("--relationship", default="", help="e.g. мати, батько, брат (empty: not known)"),
)
def _set_relative(args: argparse.Namespace, facades: Facades) -> int:
    sample_id = facades.remains.sample_id(args.sample)
    facades.remains.set_reference_donor(sample_id, args.relative, args.relationship)
    relationship = args.relationship.strip()
    print(f"{args.sample}: given by {args.relative.strip()}" + (f" ({relationship})" if relationship else ""))
    return EXIT_OK
