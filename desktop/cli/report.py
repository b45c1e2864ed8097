"""`repatria report KIND [ID] -o FILE.pdf`: any report of ``models.core.report_kinds``."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.registry import EXIT_OK, EXIT_PROBLEM, arg, group, open_facades, path, uuid_value
from models.core.report_kinds import REPORTS, ReportKind

report = group("report", "write a PDF report for a delegation")


@report.action(
    None,
    report.help,
    arg(
        "kind",
        choices=[k.value for k in ReportKind],
        metavar="KIND",
        help=", ".join(f"{spec.kind.value} {spec.record.value}".strip() for spec in REPORTS.values()),
    ),
    arg("record_id", nargs="?", default="", metavar="ID", help="the list's or the person's id"),
    arg(
        "--marking",
        default=None,
        metavar="TEXT",
        help="classification marking on every page (default: the office's setting, else "
        "'ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED'; '' for none)",
    ),
    arg("-o", "--output", type=path, required=True, metavar="FILE.pdf"),
    opens=False,
)
def _report(args: argparse.Namespace) -> int:
    spec = REPORTS[ReportKind(args.kind)]
    if spec.record.value and not args.record_id:
        print(f"repatria: report {args.kind} needs a {spec.record.value}", file=sys.stderr)
        return EXIT_PROBLEM
    if spec.record.is_uuid:
        try:
            uuid_value(args.record_id)
        except ValueError:
            print(f"repatria: {args.record_id!r} is not a {spec.record.value}", file=sys.stderr)
            return EXIT_PROBLEM
    with open_facades(args) as facades:
        pdf = facades.reports(marking=args.marking).build(spec.kind, args.record_id)
    args.output.write_bytes(pdf)
    print(f"wrote {args.output} ({len(pdf):,} bytes)")
    return EXIT_OK
