"""Commands about the database and the office: init, demo, users, passwd, settings, info, audit."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.registry import EXIT_OK, EXIT_PROBLEM, arg, group, print_json
from models.core.enums import Role
from models.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.facades import Facades

init = group("init", "create a new encrypted database and its first admin user")
demo = group("demo", "create a database full of realistic demo data")
settings = group("settings", "office settings (thresholds, board size, marking)")
users = group("users", "users and their roles (admins)")
passwd = group("passwd", "change your own password (logged; the data is not re-encrypted)")
info = group("info", "what the database holds")
audit = group("audit", "check the change log")
backup_command = group("backup", "a checked, encrypted copy of the database into a folder, also while it is in use")
restore_command = group("restore", "make a database from a backup, keeping the one it replaces")
check = group("check", "check the database: every page (SQLCipher, SQLite) and the change log's chain")
recovery = group("recovery", "headquarters' recovery key: a way back when every password is lost")
recover = group("recover", "a new password for a user, with headquarters' recovery key (no old password)")


@init.action(
    None,
    init.help,
    arg("--office-code", default="HQ"),
    arg("--office-name", default="Coordination Headquarters"),
    arg(
        "--office-kind",
        default="hq",
        choices=["hq", "regional", "field", "laboratory", "mediator"],
        help="what the office is in the bundle network (default: hq)",
    ),
    opens=False,
)
def _init(args: argparse.Namespace) -> int:
    from desktop.facades.office import create_database
    from desktop.settings import resolve_password

    user = args.user or os.environ.get("REPATRIA_USER") or "admin"  # --user's default, as for every command
    from desktop.facades.office import finish_stopped_build

    if finish_stopped_build(args.db):
        print(
            f"repatria: {args.db} was left by an init stopped just before its last step, and is finished now: sign "
            "in with the user and password given then (or move it and its .keys aside and run init again)",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    password = resolve_password(confirm=True)
    from models.core.enums import OfficeKind

    keys = create_database(args.db, user, password, args.office_code, args.office_name, OfficeKind(args.office_kind))
    print(f"created {args.db} (key slots in {keys}); admin user: {user}")
    return EXIT_OK


@demo.action(
    None, demo.help, arg("--persons", type=int, default=100_000), arg("--seed", type=int, default=1), opens=False
)
def _demo(args: argparse.Namespace) -> int:
    from desktop.facades.office import finish_stopped_build, generate_demo
    from models.core.errors import RepatriaError

    if finish_stopped_build(args.db):  # make run goes on at once (hostile re-run: it exited 1 once)
        print(f"{args.db}: the demo a stopped run had left is finished; left as it is", file=sys.stderr)
        return EXIT_OK
    if args.db.exists():
        print(f"{args.db} exists already; left as it is", file=sys.stderr)
        return EXIT_OK
    if args.persons < 0:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "--persons must not be negative"))
    started = time.perf_counter()
    result = generate_demo(args.db, args.persons, args.seed, lambda message: print(message, file=sys.stderr))
    elapsed = time.perf_counter() - started
    print(f"created demo database {result.path} with {result.persons:,} persons in {elapsed:.1f} s")
    print(f"user: {result.user}")
    print(f"password: {result.password}")
    return EXIT_OK


@settings.action("list", "every setting with its value")
def _settings_list(_args: argparse.Namespace, facades: Facades) -> int:
    for key, value, description in facades.office.settings():
        print(f"{key} = {value!r}  # {description}")
    return EXIT_OK


@settings.action("set", "change a setting (supervisors)", arg("key"), arg("value"))
def _settings_set(args: argparse.Namespace, facades: Facades) -> int:
    facades.office.set_settings({args.key: args.value})
    return _settings_list(args, facades)


@users.action(
    "add",
    "add a user with a role and a password of their own",
    arg("name"),
    arg("--role", choices=[r.value for r in Role], required=True),
    arg("--full-name", default=""),
)
def _users_add(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.settings import resolve_new_password

    user = facades.office.add_user(args.name, Role(args.role), resolve_new_password(), args.full_name)
    print(f"added {user.name} ({user.role.value})")
    return EXIT_OK


@users.action("list", "list the users")
def _users_list(_args: argparse.Namespace, facades: Facades) -> int:
    for user in facades.office.users():
        state = "" if user.active else " (disabled)"
        print(f"{user.name:24} {user.role.value:11} {user.full_name}{state}")
    return EXIT_OK


@users.action("reset-password", "give a user a new password", arg("name"))
def _users_reset(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.settings import resolve_new_password

    facades.office.reset_password(args.name, resolve_new_password())
    print(f"new password set for {args.name}")
    return EXIT_OK


@users.action(
    "set-role",
    "give a user another role (admins; never your own, never the last admin's)",
    arg("name"),
    arg("role", choices=[r.value for r in Role]),
)
def _users_set_role(args: argparse.Namespace, facades: Facades) -> int:
    user = facades.office.set_role(args.name, Role(args.role))
    print(f"{user.name} is now {user.role.value}")
    return EXIT_OK


@users.action("disable", "disable a user: they can no longer sign in, and their key slot is removed", arg("name"))
def _users_disable(args: argparse.Namespace, facades: Facades) -> int:
    facades.office.set_active(args.name, False)
    print(f"{args.name} disabled (their password no longer opens this database)")
    return EXIT_OK


@users.action("enable", "enable a disabled user again, with a new password", arg("name"))
def _users_enable(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.settings import resolve_new_password

    facades.office.set_active(args.name, True, resolve_new_password())
    print(f"{args.name} enabled again")
    return EXIT_OK


@passwd.action(None, passwd.help, opens=False)
def _passwd(args: argparse.Namespace) -> int:
    from desktop.facades.office import change_password
    from desktop.settings import resolve_new_password, resolve_password, resolve_user

    user = resolve_user(args.db, args.user)
    old = resolve_password(args.db)
    change_password(args.db, user, old, resolve_new_password())
    print(f"password changed for {user}")
    return EXIT_OK


@info.action(None, info.help, arg("--json", action="store_true", help="machine-readable output"))
def _info(args: argparse.Namespace, facades: Facades) -> int:
    from desktop.cli.documents import info_document

    office = facades.office
    counts = office.entity_counts()
    report = info_document(
        str(args.db), office.schema(), office.user_name, office.role.value, counts, office.log_head()
    )
    if args.json:
        print_json(report, indent=2)
    else:
        print(f"{args.db} (schema {report['schema']}), logged in as {office.user_name} ({office.role})")
        for name, count in counts.items():
            print(f"  {name:32} {count:>10,}")
    return EXIT_OK


@audit.action(
    "verify",
    "check every page (as check does), verify the hash chain (name the first broken event), replay the "
    "change log against every table "
    "(name each record changed, added or deleted outside the app), and check its head against the signed "
    "checkpoint beside the database and what other offices hold",
    arg(
        "--head",
        metavar="EVENT_ID:HASH",
        help="also say where the log head printed on a report stands in this log",
    ),
)
def _audit_verify(args: argparse.Namespace, facades: Facades) -> int:
    said = _Said()
    if _pages_whole(facades, said):  # the chain is not read through damaged pages (hostile trial a07)
        _chain(facades, said)
        _replayed(facades, said)
        _anchored(facades, said)
        if args.head is not None:
            _printed_head(facades, args.head, said)
    return said.told()


class _Said:
    """What `audit verify` and `check` found, told with the verdict for the whole FIRST: an intact
    chain printed as "ok: ..." above a record altered outside the app read as "ok" for the
    database (hostile trial). A clean database still begins "ok: N events ...; the chain is
    intact", as these commands always have; one with any problem begins "problems found"."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, bool]] = []  # (line, to stderr)
        self.problems = 0
        self.summary = ""

    def fine(self, line: str) -> None:
        self.lines.append((line, False))

    def problem(self, line: str) -> None:
        self.problems += 1
        self.lines.append((line, True))

    def advice(self, line: str) -> None:
        """What to do about the problems above (not one itself)."""
        self.lines.append((line, True))

    def told(self) -> int:
        if not self.problems:
            print(self.summary)
        else:
            print(f"problems found: {self.problems} (below); this command changed nothing", file=sys.stderr)
        for line, problem in self.lines:
            print(line, file=sys.stderr if problem else sys.stdout)
        return EXIT_OK if not self.problems else EXIT_PROBLEM


def _chain(facades: Facades, said: _Said) -> None:
    """The hash chain and the pages, said."""
    report = facades.office.verify_chain()
    if report.ok:
        said.summary = f"ok: {report.events} events from {report.offices} office(s); the chain is intact"
        said.fine(f"chain: ok ({report.events} events from {report.offices} office(s), none altered or removed)")
    else:
        said.problem(f"chain: broken: {report.problem}")
    said.fine(PAGES_OK)


def _anchored(facades: Facades, said: _Said) -> None:
    """The head against the checkpoint beside the database and the other offices, said."""
    problems = facades.office.anchor_problems()
    for problem in problems:
        said.problem(f"rolled back or rewritten: {problem}")
    if not problems and facades.office.has_checkpoint():
        said.fine("head: ok (the signed checkpoint and the other offices agree)")
    elif not problems:  # a database older than checkpoints, or one whose checkpoint was removed
        said.fine(
            "head: no signed checkpoint beside the database, so only the other offices can tell a rollback here "
            "(the next save writes one; if it was removed, keep this in mind); the other offices agree"
        )


def _printed_head(facades: Facades, text: str, said: _Said) -> None:
    import uuid

    from models.core.errors import RepatriaError
    from models.core.i18n import QT_TRANSLATE_NOOP

    event_text, _, hash_prefix = text.strip().replace("·", ":").partition(":")
    try:
        event_id = uuid.UUID(event_text.strip())
    except ValueError:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "give the printed head as EVENT_ID:HASH, at least 16 hex digits of hash")
        ) from None
    found = facades.office.printed_head(event_id, hash_prefix)
    if not found.found:
        said.problem(
            f"printed head {event_id}: no such change in this log - the paper was printed from another database, "
            "or the change was removed here"
        )
    elif not found.same_hash:
        said.problem(
            f"printed head {event_id}: this change has another hash here - the log was altered after the paper "
            "was printed (or the paper was)"
        )
    else:
        when = f"{found.at:%Y-%m-%d %H:%M} UTC" if found.at else ""
        said.fine(f"printed head: in this log (change {found.seq}, {when}); {found.changes_since:,} change(s) since")


def _replayed(facades: Facades, said: _Said) -> None:
    """The tables compared with the change log, said."""
    found = facades.office.replay()
    if found.ok:
        others = f" ({found.skipped:,} changed by other offices: replayed there)" if found.skipped else ""
        said.fine(f"records: ok ({found.records:,} records are what the change log says{others})")
        return
    for difference in found.differences:
        said.problem(f"changed outside the app: {difference}")
    more = found.count - len(found.differences)
    if more:
        said.advice(f"… and {more:,} more")
    said.advice(
        f"{found.count:,} record(s) are not what the change log says: someone edited the database around the app; "
        "compare with a backup, and tell headquarters"
    )


@backup_command.action(
    None,
    backup_command.help,
    arg("folder", type=Path, help="where backups go (e.g. a USB stick); made if missing"),
    arg("--keep", type=int, default=14, help="how many of this office's backups stay there (default: 14)"),
)
def _backup(args: argparse.Namespace, facades: Facades) -> int:
    result = facades.office.backup(args.folder, args.keep)
    print(result.path)
    print(f"checked: {result.events:,} change events, the chain verifies; {result.size / 1e6:.1f} MB", file=sys.stderr)
    for old in result.removed:
        print(f"removed the older backup {old}", file=sys.stderr)
    for problem in result.damaged_slots:
        print(f"damaged in the database and so in this backup: {problem}", file=sys.stderr)
    if result.damaged_slots:
        print(
            "an admin gives each user named a new password (repatria users reset-password NAME) and backs up again",
            file=sys.stderr,
        )
    if result.future:
        print(
            f"{len(result.future)} backup(s) in {args.folder} are dated after now "
            f"(the first: {result.future[0].name}): a clock was wrong when they were made. They are kept "
            "and not counted; remove them when they are no longer needed, and check this computer's date",
            file=sys.stderr,
        )
    return EXIT_OK


@restore_command.action(
    None,
    restore_command.help,
    arg("file", type=Path, help="the backup (its .keys file beside it)"),
    arg("--to", type=Path, required=True, help="the database to make; one there is kept as NAME.replaced-TIME"),
    opens=False,
)
def _restore(args: argparse.Namespace) -> int:
    from desktop.facades.office import restore_database
    from desktop.settings import resolve_password, resolve_user

    user = resolve_user(args.file, args.user)
    result = restore_database(args.file, args.to, user, resolve_password(args.file))
    print(f"restored {result.path} from {args.file}: {result.events:,} change events, the chain verifies")
    if result.replaced is not None:
        print(f"the database that was there is kept as {result.replaced}")
    if result.replaced is None:  # a new computer: no newer keys to take from anywhere
        print(
            "if this office made new keys after this backup, the other offices encrypt to keys this database "
            "does not have: make new keys above the version they trust (repatria offices rotate-key --above N) "
            "and read out the new card's fingerprint to them",
            file=sys.stderr,
        )
    if result.keys_brought:
        print(
            f"the office keys made after this backup ({result.keys_brought}) were taken from the replaced "
            "database: the other offices' bundles open as before"
        )
    if result.unsent and result.replaced is not None:
        print(
            f"{result.unsent} change(s) made in the replaced database never went to another office: no bundle "
            f"brings them back. They are in {result.replaced}: enter them again, or restore that one instead",
            file=sys.stderr,
        )
    if result.replaced_unread:
        print(
            f"the replaced database did not open with this password (it was changed after the backup?): the changes "
            f"it holds that never went to another office could not be counted, nor its newer office keys taken. "
            f"They are in {result.replaced}: open it with the current password to see them, or restore it instead",
            file=sys.stderr,
        )
    if result.other_database:
        print(
            "the backup is of another database than the one it replaced (another office's, or one made anew): "
            "if that was not meant, restore the kept one back",
            file=sys.stderr,
        )
    print(
        f"this office's changes now go to a new chain (epoch {result.epoch}): the changes it made after the "
        "backup and sent to other offices come back with their next bundle",
        file=sys.stderr,
    )
    return EXIT_OK


def _pages_whole(facades: Facades, said: _Said) -> bool:
    """SQLCipher's page check, SQLite's integrity check and every key slot, said; whether all
    were whole."""
    problems = facades.office.integrity_problems()
    for problem in problems:
        said.problem(f"damaged: {problem}")
    stray = [p for p in problems if "a key slot for" in p]  # each says what to do
    slots = [p for p in problems if ("key slot of" in p or "recovery slot" in p) and p not in stray]
    if slots:  # the database is whole; a user's way into it is not
        said.advice("an admin gives each user named a new password (repatria users reset-password NAME)")
    if len(slots) + len(stray) < len(problems):  # the chain is not read through damaged pages
        said.advice("restore the database from a backup (repatria restore BACKUP --to DB)")
    if stray and len(stray) == len(problems):
        return True  # the database is whole: the rest of the check goes on
    return not problems


PAGES_OK = "pages: ok (SQLCipher's page check and SQLite's integrity check)"


@check.action(None, check.help)
def _check(_args: argparse.Namespace, facades: Facades) -> int:
    said = _Said()
    if not _pages_whole(facades, said):
        return said.told()
    _chain(facades, said)
    _replayed(facades, said)
    missing = facades.registry.unindexed()
    if missing:  # derived, so no change event: said here, mended by a rebuild
        said.problem(
            f"search index: {missing} person(s) have no entry, so search and list checks cannot find them "
            "(removed outside the app?): rebuild it with repatria persons reindex"
        )
    _anchored(facades, said)
    return said.told()


@recovery.action(
    "keygen",
    "headquarters: make the recovery key pair; the secret goes to FILE (keep it offline), the public key is printed",
    arg("file", type=Path, metavar="FILE"),
    opens=False,
)
def _recovery_keygen(args: argparse.Namespace) -> int:
    from desktop.facades.office import make_recovery_key

    if args.file.exists():
        print(f"repatria: {args.file} exists already: a recovery key is never written over", file=sys.stderr)
        return EXIT_PROBLEM
    recipient = make_recovery_key(args.file)
    print(f"recovery key written to {args.file} (keep it offline, e.g. printed and in a safe)")
    print(f"public key for every office's `repatria recovery set`: {recipient}")
    return EXIT_OK


@recovery.action(
    "set",
    "wrap this database's key to headquarters' recovery public key (admins)",
    arg("recipient", metavar="AGE_PUBLIC_KEY", help="age1…, printed by `repatria recovery keygen` at headquarters"),
)
def _recovery_set(args: argparse.Namespace, facades: Facades) -> int:
    facades.office.set_recovery(args.recipient)
    print(f"recovery slot set: headquarters' recovery key {args.recipient.strip()} can give a user a new password")
    return EXIT_OK


@recovery.action("show", "whether this database has a recovery slot, and for which key")
def _recovery_show(args: argparse.Namespace, facades: Facades) -> int:
    recipient = facades.office.recovery_recipient()
    print(f"recovery slot for {recipient}" if recipient else "no recovery slot (repatria recovery set AGE_PUBLIC_KEY)")
    return EXIT_OK


@recover.action(
    None,
    recover.help,
    arg("--identity", type=Path, required=True, metavar="HQ-KEY-FILE", help="headquarters' recovery key file"),
    arg("--user", dest="recovered_user", metavar="NAME", help="the user who gets a new password"),
    opens=False,
)
def _recover(args: argparse.Namespace) -> int:
    from desktop.facades.office import recover_password
    from desktop.settings import resolve_new_password

    user = args.recovered_user or args.user or os.environ.get("REPATRIA_USER")
    if not user:
        print("repatria: name the user to give a new password: --user NAME", file=sys.stderr)
        return EXIT_PROBLEM
    recover_password(args.db, args.identity, user, resolve_new_password())
    print(f"new password set for {user} with headquarters' recovery key")
    return EXIT_OK
