"""The ``repatria`` command line. With no command it opens the desktop app."""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop.settings import default_db_path, resolve_new_password, resolve_password, resolve_user
from models.core.db import Database, head_revision
from models.core.enums import PersonStatus, Role, Side
from models.core.errors import RepatriaError, ValidationError, WrongPassword
from models.core.keyslots import keys_path_for

EXIT_OK, EXIT_PROBLEM, EXIT_AUTH = 0, 1, 3
# Each report kind and the id it takes (kept here so --help does not import ReportLab).
REPORT_KINDS = {
    "phase-list": "LIST_ID",
    "compliance": "LIST_ID",
    "dossier": "PERSON_EXTERNAL_ID",
    "capture-card": "PERSON_EXTERNAL_ID",
    "statistics": "",
    "exchange": "EXCHANGE_ID",
    "letters": "THREAD_ID",
    "remains-status": "",
    "identification": "CASE_NUMBER",
    "death-certificate": "CASE_NUMBER",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="repatria", description="Repatria case management.")
    parser.add_argument(
        "--db", type=Path, default=None, help="database file (default: $REPATRIA_DB, else the user data folder)"
    )
    parser.add_argument("--user", default=None, help="user name (default: $REPATRIA_USER)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = commands.add_parser("init", help="create a new encrypted database and its first admin user")
    init.add_argument("--office-code", default="HQ")
    init.add_argument("--office-name", default="Coordination Headquarters")

    demo = commands.add_parser("demo", help="create a database full of realistic demo data")
    demo.add_argument("--persons", type=int, default=100_000)
    demo.add_argument("--seed", type=int, default=1)

    persons = commands.add_parser("persons", help="import or export persons as CSV")
    persons_commands = persons.add_subparsers(dest="persons_command", metavar="ACTION", required=True)
    imp = persons_commands.add_parser("import", help="import persons from CSV (all or nothing)")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--skip-invalid",
        type=Path,
        metavar="REJECTS.csv",
        default=None,
        help="import the valid rows and write the rejected ones, with reasons, here",
    )
    exp = persons_commands.add_parser("export", help="export every person to CSV")
    exp.add_argument("file", type=Path)
    import_am = persons_commands.add_parser(
        "import-am",
        help="import ante-mortem data from families (external_id, height_cm, marks, dental, clothing, notes)",
    )
    import_am.add_argument("file", type=Path)

    remains_parser = commands.add_parser("remains", help="remains cases: import and identification candidates")
    remains_commands = remains_parser.add_subparsers(dest="remains_command", metavar="ACTION", required=True)
    import_remains = remains_commands.add_parser(
        "import",
        help="import PM cases (case_number, batch, recovery_date, recovery_place, sex, age_min, age_max, "
        "stature_cm, marks, dental, effects, id_tag); all or nothing",
    )
    import_remains.add_argument("file", type=Path)
    candidates = remains_commands.add_parser(
        "candidates", help="missing persons ranked for a case, best first, with the evidence for and against"
    )
    candidates.add_argument("case_number", nargs="?", default=None, metavar="CASE_NUMBER")
    candidates.add_argument("--all", action="store_true", help="every case (a JSON list with --json)")
    candidates.add_argument("--limit", type=int, default=10, help="candidates per case (default 10)")
    candidates.add_argument("--json", action="store_true", help="machine-readable output")

    dna = commands.add_parser("dna", help="DNA results from the laboratories")
    dna_commands = dna.add_subparsers(dest="dna_command", metavar="ACTION", required=True)
    import_dna = dna_commands.add_parser(
        "import",
        help="import a lab's results (remains_sample, reference_sample, likelihood_ratio, lab, reported_on)",
    )
    import_dna.add_argument("file", type=Path)

    settings_parser = commands.add_parser("settings", help="office settings (thresholds, board size, marking)")
    settings_commands = settings_parser.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    settings_commands.add_parser("list", help="every setting with its value")
    set_value = settings_commands.add_parser("set", help="change a setting (supervisors)")
    set_value.add_argument("key")
    set_value.add_argument("value")

    agreements = commands.add_parser("agreements", help="agreements and their criteria")
    agreements_commands = agreements.add_subparsers(dest="agreements_command", metavar="ACTION", required=True)
    add_agreement = agreements_commands.add_parser("add", help="add an agreement from JSON; prints its id")
    add_agreement.add_argument("file", type=Path)

    lists = commands.add_parser("lists", help="exchange lists: import and check")
    lists_commands = lists.add_subparsers(dest="lists_command", metavar="ACTION", required=True)
    import_list = lists_commands.add_parser("import", help="import a list (CSV or XLSX); prints the list's id")
    import_list.add_argument("file", type=Path)
    import_list.add_argument("--agreement", required=True, type=uuid.UUID, metavar="ID")
    import_list.add_argument("--side", required=True, choices=[s.value for s in Side])
    import_list.add_argument("--phase", type=int, default=None, metavar="N")
    check = lists_commands.add_parser("check", help="match every entry with the registry and judge the criteria")
    check.add_argument("list_id", type=uuid.UUID, metavar="LIST_ID")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    build = lists_commands.add_parser("build", help="build our list from the registry; prints the list's id")
    build.add_argument("--agreement", required=True, type=uuid.UUID, metavar="ID")
    build.add_argument("--phase", type=int, default=None, metavar="N")
    build.add_argument(
        "--status",
        action="append",
        default=[],
        choices=[s.value for s in PersonStatus],
        help="persons with this status (repeatable; default: captured)",
    )
    build.add_argument("--all", action="store_true", help="also persons who do not meet the agreed criteria")
    lock = lists_commands.add_parser("lock", help="lock the latest version as submitted")
    lock.add_argument("list_id", type=uuid.UUID, metavar="LIST_ID")
    export = lists_commands.add_parser("export", help="export the latest version as XLSX or CSV")
    export.add_argument("list_id", type=uuid.UUID, metavar="LIST_ID")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx|FILE.csv")
    diff = lists_commands.add_parser("diff", help="lines added, removed and changed between two versions")
    diff.add_argument("list_id", type=uuid.UUID, metavar="LIST_ID")
    diff.add_argument("--old", type=int, default=None, metavar="N", help="older version (default: the one before)")
    diff.add_argument("--new", type=int, default=None, metavar="M", help="newer version (default: the latest)")
    diff.add_argument("--json", action="store_true", help="machine-readable output")

    report = commands.add_parser("report", help="write a PDF report for a delegation")
    report.add_argument(
        "kind",
        choices=list(REPORT_KINDS),
        metavar="KIND",
        help=", ".join(f"{kind} {what}".strip() for kind, what in REPORT_KINDS.items()),
    )
    report.add_argument("record_id", nargs="?", default="", metavar="ID", help="the list's or the person's id")
    report.add_argument(
        "--marking",
        default=None,
        metavar="TEXT",
        help="classification marking on every page (default: the office's setting, else "
        "'ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED'; '' for none)",
    )
    report.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    letters = commands.add_parser("letters", help="clarification correspondence")
    letters_commands = letters.add_subparsers(dest="letters_command", metavar="ACTION", required=True)
    overdue = letters_commands.add_parser("overdue", help="open threads past their due date")
    overdue.add_argument("--json", action="store_true", help="machine-readable output")
    draft = letters_commands.add_parser(
        "draft-clarification", help="draft a clarification request from a list; prints the thread's id"
    )
    draft.add_argument("list_id", type=uuid.UUID, metavar="LIST_ID")
    find = letters_commands.add_parser("search", help="letters by subject, text or reference number")
    find.add_argument("text")

    users = commands.add_parser("users", help="users and their roles (admins)")
    users_commands = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add_user = users_commands.add_parser("add", help="add a user with a role and a password of their own")
    add_user.add_argument("name")
    add_user.add_argument("--role", choices=[r.value for r in Role], required=True)
    add_user.add_argument("--full-name", default="")
    users_commands.add_parser("list", help="list the users")
    reset = users_commands.add_parser("reset-password", help="give a user a new password")
    reset.add_argument("name")
    commands.add_parser("passwd", help="change your own password (the database is not rewritten)")

    info = commands.add_parser("info", help="what the database holds")
    info.add_argument("--json", action="store_true", help="machine-readable output")

    audit = commands.add_parser("audit", help="check the change log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_commands.add_parser("verify", help="verify the hash chain; name the first broken event")

    gui = commands.add_parser("gui", help="open the desktop app")
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="PNG",
        default=None,
        help="log in from the environment, save the main window as PNG and exit",
    )
    gui.add_argument(
        "--person",
        metavar="EXTERNAL_ID",
        default=None,
        help="open this person's editor (with --screenshot: save the editor)",
    )
    gui.add_argument("--search", metavar="TEXT", default=None, help="start with this search typed")
    return parser


def _open(args: argparse.Namespace) -> Database:
    user = resolve_user(args.db, args.user)
    return Database.open(args.db, user, resolve_password(args.db))


def _init(args: argparse.Namespace) -> int:
    user = args.user or "admin"
    password = resolve_password(confirm=True)
    with Database.create(args.db, user, password, office_code=args.office_code, office_name=args.office_name):
        pass
    print(f"created {args.db} (key slots in {keys_path_for(args.db)}); admin user: {user}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from models import demo  # faker is needed only here

    if args.db.exists():
        print(f"{args.db} exists already; left as it is", file=sys.stderr)
        return EXIT_OK
    if args.persons < 0:
        raise RepatriaError("--persons must not be negative")
    started = time.perf_counter()
    result = demo.generate(args.db, args.persons, args.seed, progress=lambda message: print(message, file=sys.stderr))
    elapsed = time.perf_counter() - started
    print(f"created demo database {result.path} with {result.persons:,} persons in {elapsed:.1f} s")
    print(f"user: {result.user}")
    print(f"password: {result.password}")
    return EXIT_OK


def _persons(args: argparse.Namespace) -> int:
    from models.persons import csv_file as persons_csv

    if args.persons_command == "import-am":
        from models.remains import files

        return _import_file(args, files.import_ante_mortem)
    if args.persons_command == "import":
        # Everything is checked before the database is opened: a bad file changes nothing.
        parsed = persons_csv.parse_persons_csv(persons_csv.read_limited(args.file))
        skip = args.skip_invalid is not None
        if parsed.file_errors or (parsed.rejected and not skip):
            print(f"{args.file}: nothing was imported:", file=sys.stderr)
            print(persons_csv.describe_errors(parsed.errors), file=sys.stderr)
            return EXIT_PROBLEM
        with _open(args) as db, db.write() as session:
            result = persons_csv.import_parsed(session, parsed, skip_invalid=skip)
        if skip:
            with args.skip_invalid.open("w", encoding="utf-8", newline="") as out:
                persons_csv.write_rejects(result.rejected, parsed.header, out)
        print(
            f"created {result.created}, updated {result.updated}, unchanged {result.unchanged}, "
            f"rejected {len(result.rejected)}"
        )
        return EXIT_OK
    with _open(args) as db, db.read() as session, args.file.open("w", encoding="utf-8", newline="") as out:
        count = persons_csv.export_persons(session, out)
    print(f"exported {count} persons to {args.file}")
    return EXIT_OK


def _import_file(args: argparse.Namespace, importer: Any) -> int:
    """Run one of the all-or-nothing importers; a rejected file is described line by line."""
    from models.core.csv_table import read_limited
    from models.persons.csv_file import describe_errors

    data = read_limited(args.file)
    try:
        with _open(args) as db, db.write() as session:
            summary = importer(session, data)
    except ValidationError as exc:
        print(f"{args.file}: nothing was imported:", file=sys.stderr)
        print(describe_errors(exc.errors), file=sys.stderr)
        return EXIT_PROBLEM
    print(summary.text())
    return EXIT_OK


def _remains(args: argparse.Namespace) -> int:
    from models.remains import files

    if args.remains_command == "import":
        return _import_file(args, files.import_remains)
    from models.remains.profiles import candidates_document, case_id_of, rank_cases

    if args.all == (args.case_number is not None):
        raise RepatriaError("name one CASE_NUMBER, or --all")
    if args.limit < 1:
        raise RepatriaError("--limit must be at least 1")
    with _open(args) as db, db.read() as session:
        case_ids = None if args.all else [case_id_of(session, args.case_number)]
        ranked = rank_cases(session, case_ids, limit=args.limit)
    documents = [candidates_document(r) for r in ranked]
    if args.json:
        print(json.dumps(documents if args.all else documents[0], ensure_ascii=False, indent=1))
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


def _dna(args: argparse.Namespace) -> int:
    from models.remains import files

    return _import_file(args, files.import_dna_results)


def _settings(args: argparse.Namespace) -> int:
    from models.office import settings

    if args.settings_command == "set":
        with _open(args) as db, db.write() as session:
            settings.set_setting(session, args.key, args.value)
    with _open(args) as db, db.read() as session:
        for key, spec in settings.SPECS.items():
            print(f"{key} = {settings.get_text(session, key)!r}  # {spec.description}")
    return EXIT_OK


def _agreements(args: argparse.Namespace) -> int:
    from models.lists.agreements import create_agreement

    try:
        document = json.loads(args.file.read_bytes())
    except (OSError, ValueError) as exc:
        raise RepatriaError(f"{args.file}: not a JSON document ({exc})") from None
    if not isinstance(document, dict):
        raise RepatriaError(f"{args.file}: expected a JSON object")
    with _open(args) as db, db.write() as session:
        agreement = create_agreement(session, document)
    print(agreement.id)
    return EXIT_OK


def _lists(args: argparse.Namespace) -> int:
    from models.lists import service

    if args.lists_command == "import":
        data = args.file.read_bytes()
        with _open(args) as db, db.write() as session:
            imported = service.import_list(session, data, args.file.name, args.agreement, Side(args.side), args.phase)
        for problem in imported.problems[:50]:
            print(f"{args.file}: {problem}", file=sys.stderr)
        print(imported.version.list_id)
        return EXIT_OK
    if args.lists_command == "diff":
        return _diff(args)
    if args.lists_command in ("build", "lock", "export"):
        return _our_lists(args)
    with _open(args) as db, db.write() as session:
        result = service.check_list(session, args.list_id)
    if args.json:
        print(json.dumps(check_document(result), ensure_ascii=False, indent=1))
    else:
        print(
            f"list {result.list_id}, version {result.version}: {len(result.entries)} entries; "
            f"matched {result.count('matched')}, review {result.count('review')}, "
            f"unmatched {result.count('unmatched')}; "
            f"not compliant {sum(1 for e in result.entries if e.compliant is False)}"
        )
    return EXIT_OK


def _our_lists(args: argparse.Namespace) -> int:
    from models.lists import outgoing
    from models.persons.service import PersonQuery

    with _open(args) as db:
        if args.lists_command == "build":
            statuses = frozenset(PersonStatus(s) for s in args.status) or frozenset({PersonStatus.CAPTURED})
            with db.write() as session:
                version = outgoing.build_our_list(
                    session, args.agreement, args.phase, PersonQuery(statuses=statuses), only_compliant=not args.all
                )
            print(version.list_id)
            print(f"version {version.version}: {version.entries} persons", file=sys.stderr)
        elif args.lists_command == "lock":
            with db.write() as session:
                outgoing.lock_list(session, args.list_id)
            print(f"locked the latest version of {args.list_id}")
        else:
            fmt = args.output.suffix.casefold().lstrip(".")
            with db.read() as session:
                data = outgoing.export_list(session, args.list_id, fmt)
            args.output.write_bytes(data)
            print(f"wrote {args.output}")
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    from desktop.reporting import ReportsFacade

    if REPORT_KINDS[args.kind] and not args.record_id:
        print(f"repatria: report {args.kind} needs a {REPORT_KINDS[args.kind]}", file=sys.stderr)
        return EXIT_PROBLEM
    if REPORT_KINDS[args.kind] in ("LIST_ID", "EXCHANGE_ID", "THREAD_ID"):
        try:
            uuid.UUID(args.record_id)
        except ValueError:
            print(f"repatria: {args.record_id!r} is not a {REPORT_KINDS[args.kind]}", file=sys.stderr)
            return EXIT_PROBLEM
    with _open(args) as db:
        pdf = ReportsFacade(db, marking=args.marking).build(args.kind, args.record_id)
    args.output.write_bytes(pdf)
    print(f"wrote {args.output} ({len(pdf):,} bytes)")
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from models.lists.diff import diff_versions

    with _open(args) as db, db.read() as session:
        diff = diff_versions(session, args.list_id, args.old, args.new)
    if args.json:
        print(
            json.dumps(
                {
                    "list_id": str(args.list_id),
                    "old_version": diff.old_version,
                    "new_version": diff.new_version,
                    "added": [{"row": d.row, "raw": d.raw} for d in diff.added],
                    "removed": [{"row": d.row, "raw": d.raw} for d in diff.removed],
                    "changed": [
                        {
                            "old_row": c.before.row,
                            "new_row": c.after.row,
                            "fields": list(c.fields),
                            "old": c.before.raw,
                            "new": c.after.raw,
                        }
                        for c in diff.changed
                    ],
                },
                ensure_ascii=False,
                indent=1,
            )
        )
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


def check_document(result: Any) -> dict[str, Any]:
    """The `lists check --json` document (issue contract; keys may be added, never renamed)."""
    return {
        "list_id": str(result.list_id),
        "version": result.version,
        "entries": [
            {
                "row": entry.row,
                "raw_name": entry.raw_name,
                "match": {
                    "state": entry.public_state,
                    "person_external_id": entry.person_external_id,
                    "score": round(entry.score or 0.0, 4),
                },
                "criteria": [
                    {
                        "criterion": v.criterion,
                        "verdict": v.verdict,
                        "reason": v.reason,
                        "reason_uk": v.reason_uk,
                        "label": v.label,
                    }
                    for v in entry.verdicts
                ],
                "compliant": entry.compliant,
                "flags": entry.flags,
            }
            for entry in result.entries
        ],
    }


def _letters(args: argparse.Namespace) -> int:
    from models.correspondence import service as correspondence
    from models.lists.clarification import draft_clarification

    with _open(args) as db:
        if args.letters_command == "draft-clarification":
            with db.write() as session:
                thread_id = draft_clarification(session, args.list_id)
            print(thread_id)
            return EXIT_OK
        if args.letters_command == "search":
            with db.read() as session:
                found = correspondence.search_letters(session, args.text)
            for letter in found:
                date = letter.received_on or letter.sent_on or "draft"
                print(f"{letter.our_reference or '—':14} {date!s:10} {letter.direction.value:8} {letter.subject}")
            return EXIT_OK
        with db.read() as session:
            threads = correspondence.thread_summaries(session, only_overdue=True)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "thread_id": str(t.id),
                        "subject": t.subject,
                        "counterparty": t.counterparty,
                        "state": t.state.value,
                        "due_on": str(t.due_on) if t.due_on else None,
                        "days_waiting": t.days_waiting,
                        "days_overdue": t.days_overdue,
                    }
                    for t in threads
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
    else:
        for t in threads:
            print(f"{t.days_overdue:5} days overdue  {t.counterparty}: {t.subject}")
    return EXIT_OK


def _users(args: argparse.Namespace) -> int:
    from models.office.users import add_user, list_users

    with _open(args) as db:
        if args.users_command == "list":
            with db.read() as session:
                for user in list_users(session):
                    state = "" if user.active else " (disabled)"
                    print(f"{user.name:24} {user.role.value:11} {user.full_name}{state}")
            return EXIT_OK
        new_password = resolve_new_password()
        if args.users_command == "add":
            user = add_user(db, args.name, Role(args.role), new_password, full_name=args.full_name)
            print(f"added {user.name} ({user.role.value})")
        else:
            db.reset_password(args.name, new_password)
            print(f"new password set for {args.name}")
    return EXIT_OK


def _passwd(args: argparse.Namespace) -> int:
    user = resolve_user(args.db, args.user)
    old = resolve_password(args.db)
    with Database.open(args.db, user, old) as db:
        db.change_password(user, old, resolve_new_password())
    print(f"password changed for {user}")
    return EXIT_OK


def _info(args: argparse.Namespace) -> int:
    from models.office.info import entity_counts, log_head

    with _open(args) as db, db.read() as session:
        counts = entity_counts(session)
        head = log_head(session)
    report = {
        "database": str(args.db),
        "schema": head_revision(),
        "user": db.actor.user_name,
        "role": db.actor.role.value,
        "counts": counts,
        "change_log_head": None
        if head is None
        else {"event_id": str(head.event_id), "office_id": str(head.office_id), "seq": head.seq, "hash": head.hash},
    }
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(f"{args.db} (schema {report['schema']}), logged in as {db.actor.user_name} ({db.actor.role})")
        for name, count in counts.items():
            print(f"  {name:32} {count:>10,}")
    return EXIT_OK


def _audit(args: argparse.Namespace) -> int:
    from models.core.changelog import verify_chain

    with _open(args) as db, db.read() as session:
        report = verify_chain(session)
    if report.ok:
        print(f"ok: {report.events} events from {report.offices} office(s); the chain is intact")
        return EXIT_OK
    print(f"broken: {report.problem}", file=sys.stderr)
    return EXIT_PROBLEM


def _gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(
        args.db,
        args.user,
        screenshot=getattr(args, "screenshot", None),
        person=getattr(args, "person", None),
        search=getattr(args, "search", None),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    args.db = (args.db or default_db_path()).expanduser()
    handlers = {
        "init": _init,
        "demo": _demo,
        "persons": _persons,
        "agreements": _agreements,
        "remains": _remains,
        "dna": _dna,
        "settings": _settings,
        "lists": _lists,
        "letters": _letters,
        "report": _report,
        "users": _users,
        "passwd": _passwd,
        "info": _info,
        "audit": _audit,
        "gui": _gui,
    }
    try:
        return handlers[args.command or "gui"](args)
    except WrongPassword as exc:
        print(f"repatria: {exc}", file=sys.stderr)
        return EXIT_AUTH
    except ValidationError as exc:
        print("repatria: " + "\n".join(str(e) for e in exc.errors), file=sys.stderr)
        return EXIT_PROBLEM
    except RepatriaError as exc:
        print(f"repatria: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        return EXIT_OK  # the reader went away (| head): nothing left to say
    except (OSError, KeyboardInterrupt) as exc:
        print(f"repatria: {exc or 'interrupted'}", file=sys.stderr)
        return EXIT_PROBLEM
