"""Commands that move records between offices: bundles export/import/status, conflicts
list/resolve, confirmations list/confirm/reject (BUNDLES.md)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from desktop.cli.registry import EXIT_OK, EXIT_PROBLEM, arg, group, path, print_json, uuid_value

if TYPE_CHECKING:
    import datetime as dt

    from desktop.facades import Facades

bundles = group("bundles", "encrypted, signed files that carry records between offices")
conflicts = group("conflicts", "the same field changed by two offices: see and resolve")
confirmations = group("confirmations", "identifications, deaths and DNA matches from other offices, to confirm")


@bundles.action(
    "export",
    "write a bundle of everything OFFICE has not acknowledged; prints the file's path",
    arg("--to", required=True, metavar="OFFICE", help="the recipient office's code or id"),
    arg(
        "--profile",
        default=None,
        metavar="NAME",
        help="what it may see (default: its own: full, lab for a laboratory, icrc for a mediator; another: admins)",
    ),
    arg("-o", "--output", type=path, required=True, metavar="DIR", help="the folder to write the bundle into"),
)
def _export(args: argparse.Namespace, facades: Facades) -> int:
    if args.output.exists() and not args.output.is_dir():
        print(f"repatria: {args.output} is not a folder", file=sys.stderr)
        return EXIT_PROBLEM
    args.output.mkdir(parents=True, exist_ok=True)  # as backup makes its folder (new-user trial)
    print(facades.bundles.export_bundle(args.to, args.output, args.profile))
    return EXIT_OK


@bundles.action(
    "import",
    "read a bundle from another office: check it, then apply it in one transaction",
    arg("file", type=path, metavar="FILE"),
    arg("--dry-run", action="store_true", help="check and count, write nothing"),
    arg("--json", action="store_true"),
)
def _import(args: argparse.Namespace, facades: Facades) -> int:
    result = facades.bundles.import_file(args.file, dry_run=args.dry_run)
    if args.json:
        print_json(result.as_json())
    else:
        said = f"{result.result} (dry run, nothing written)" if args.dry_run else result.result
        print(f"{said}: {result.reason}", file=sys.stdout)
        if result.reason_code:
            print(f"  reason code: {result.reason_code}")
        if result.result in ("refused", "quarantined", "already_imported"):
            return EXIT_OK if result.result == "already_imported" else EXIT_PROBLEM  # nothing was counted
        counts = result.counts
        # every count the JSON has, the ones that are mostly 0 only when they are not (new-user
        # trial: the text left out what --json said was skipped)
        # Each received change is counted once on the first line (new, updated, deleted,
        # awaiting, held, skipped: they add up to what was received); what some of them also did
        # follows (new-user trial: "3 events received" beside counts that added up to 5).
        beside = f" ({counts['merged']} of them beside other offices' concurrent changes)" if counts["merged"] else ""
        skipped = f", skipped {counts['skipped']} (held already, or not ours to apply)" if counts.get("skipped") else ""
        print(  # records of every kind: a person and a relative are two (new-user trial: "new 4" for 3 persons)
            f"  records: new {counts['new']}, updated {counts['updated']}{beside}, deleted {counts['deleted']}, "
            f"awaiting confirmation {counts['awaiting_confirmation']}, held {counts['held']}{skipped}"
        )
        also = [
            f"{label} {counts[key]}"
            for key, label in (
                ("conflicts", "conflicts opened"),
                ("redone", "changes made again on persons kept"),
                ("not_redone", "not made again (choose on the person kept)"),
            )
            if counts.get(key)
        ]
        if also:
            print("  " + ", ".join(also))
        if result.missing:
            print(f"  {result.missing}")
    return EXIT_OK if result.result in ("applied", "already_imported", "held") else EXIT_PROBLEM


@bundles.action(
    "status", "per office: bundles each way, what it acknowledged, what is missing", arg("--json", action="store_true")
)
def _status(args: argparse.Namespace, facades: Facades) -> int:
    channels = facades.bundles.status()
    quarantined = facades.bundles.quarantined()
    if args.json:
        print_json(
            {
                "offices": [
                    {
                        "office_id": str(c.office_id),
                        "code": c.code,
                        "name": c.name,
                        "sent_seq": c.sent_seq,
                        "received_seq": c.received_seq,
                        "last_sent_at": None if c.last_sent_at is None else c.last_sent_at.isoformat(),
                        "last_received_at": None if c.last_received_at is None else c.last_received_at.isoformat(),
                        "acknowledged": c.acknowledged,
                        "waiting": c.waiting,
                        "missing": c.missing,
                        "held": c.held,
                        "sent_count": c.sent_count,
                        "received_count": c.received_count,
                        "sent_count_this_epoch": c.sent_count_this_epoch,
                        "received_count_this_epoch": c.received_count_this_epoch,
                        "profile": c.profile,
                    }
                    for c in channels
                ],
                "quarantined": [str(p) for p in quarantined],
            }
        )
        return EXIT_OK
    if not channels:
        print("no trusted office yet (repatria offices trust CARD.json --fingerprint …)")
    for c in channels:
        print(f"{c.code} — {c.name}")
        print("  sent " + _channel(c.sent_count, c.sent_count_this_epoch, c.sent_seq, c.last_sent_at, "this office"))
        print(
            "  received "
            + _channel(c.received_count, c.received_count_this_epoch, c.received_seq, c.last_received_at, c.code)
        )
        if c.profile == "full":
            acked = ", ".join(f"{code}'s up to {seq}" for code, seq in c.acknowledged.items()) or "nothing yet"
            print(f"  it holds the changes: {acked}; changes it has not acknowledged yet: {c.waiting}")
        elif c.sent_count:  # a filtered copy is whole each time: nothing to acknowledge (new-user trial)
            print(f"  profile {c.profile}: each copy is whole; changes its next copy brings: {c.waiting}")
        else:
            print(f"  profile {c.profile}: nothing sent yet; its first copy brings everything its profile shows")
        if c.missing:
            print(f"  {c.missing}")
        if c.held:
            print(f"  {c.held} event(s) held until the missing ones arrive")
    for file in quarantined:
        print(f"QUARANTINED: {file}")
    return EXIT_OK


def _bundles(count: int) -> str:
    return f"{count} bundle" if count == 1 else f"{count} bundles"


def _channel(count: int, this_epoch: int, seq: int, last: dt.datetime | None, restored: str) -> str:
    """One way of a channel: how many bundles, the last one's number and time. An office
    restored from a backup numbers afresh: "sent 4 bundles, the last no. 2" read as a mistake
    (new-user trial), so the bundles since the restore are told apart."""
    if last is None or not count:
        return "none"
    when = f"{last:%Y-%m-%d %H:%M} UTC"
    if this_epoch == count:
        return f"{_bundles(count)}, the last no. {seq} on {when}"
    if not this_epoch:
        return f"{_bundles(count)}, all before {restored} was restored from a backup (the last on {when})"
    return (
        f"{_bundles(count)}, {this_epoch} since {restored} was restored from a backup (numbered afresh), "
        f"the last no. {seq} on {when}"
    )


@bundles.action(
    "profiles", "the need-to-know profiles: what each kind of office may receive", arg("--json", action="store_true")
)
def _profiles(args: argparse.Namespace, facades: Facades) -> int:
    found = facades.bundles.profiles()
    if args.json:
        print_json({p.name: p.definition() for p in found})
        return EXIT_OK
    for p in found:
        print(f"{p.name}: {p.description}")
        for kind, rule in p.records.items():
            fields = rule["fields"] if rule["fields"] == "*" else ", ".join(rule["fields"])
            print(f"  {kind}: {fields}" + (f" ({rule['which']})" if rule.get("which", "all") != "all" else ""))
    return EXIT_OK


@bundles.action(
    "set-profile",
    "add or change a profile from a JSON file like `bundles profiles --json` prints (admins)",
    arg("name", metavar="NAME"),
    arg("file", type=path, metavar="PROFILE.json"),
)
def _set_profile(args: argparse.Namespace, facades: Facades) -> int:
    import json

    from models.core.errors import RepatriaError
    from models.core.i18n import QT_TRANSLATE_NOOP

    try:
        definition = json.loads(args.file.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{path} is not valid JSON ({detail})"), path=args.file, detail=exc
        ) from None
    facades.bundles.set_profile(args.name, definition)
    print(f"profile {args.name} saved")
    return EXIT_OK


@conflicts.action("list", "open conflicts, oldest first", arg("--json", action="store_true"))
def _conflicts(args: argparse.Namespace, facades: Facades) -> int:
    found = facades.bundles.conflicts()
    if args.json:
        print_json([c.as_json() for c in found])
        return EXIT_OK
    for c in found:
        who = c.person_external_id or c.record_id
        print(f"{c.conflict_id}  {c.record_kind} {who}, {c.field}")
        # "ours" is the value this database held first, whichever office made it: the office is
        # named with it (new-user trial: a value relayed from KHARKIV read as this office's own)
        print(f"  held here first  {c.ours!r} (made at {c.ours_office}, {c.ours_author})   --take ours")
        print(f"  changed to       {c.theirs!r} (made at {c.theirs_office}, {c.theirs_author})   --take theirs")
        named = {(c.ours_office, json.dumps(c.ours)), (c.theirs_office, json.dumps(c.theirs))}
        for side in c.sides:  # a third office's change of the same field, and more
            if (side.office, json.dumps(side.value)) not in named:
                print(f"  also changed to  {side.value!r} ({side.office}, {side.author})")
        print(f"  shown now: {c.provisional!r}; resolved by {c.owner_office or 'the owning office'} or headquarters")
    print(f"{len(found)} open conflict(s)")
    return EXIT_OK


@conflicts.action(
    "resolve",
    "resolve a conflict with our value, theirs, or another (owning office or headquarters)",
    arg("conflict", type=uuid_value, metavar="ID"),
    arg("--take", required=True, metavar="ours|theirs|VALUE"),
)
def _resolve(args: argparse.Namespace, facades: Facades) -> int:
    view = facades.bundles.resolve_conflict(args.conflict, args.take)
    print(f"resolved: {view.record_kind} {view.person_external_id or view.record_id}, {view.field}")
    return EXIT_OK


@confirmations.action(
    "list", "changes from other offices waiting for a person here", arg("--json", action="store_true")
)
def _confirmations(args: argparse.Namespace, facades: Facades) -> int:
    found = facades.bundles.confirmations()
    if args.json:
        print_json(
            [
                {
                    "event_id": str(c.event_id),
                    "kind": c.kind,
                    "office": c.office,
                    "record_kind": c.record_kind,
                    "record_id": str(c.record_id),
                    "person_external_id": c.person_external_id,
                    "changes": c.changes,
                    "author": c.author,
                    "at": c.at.isoformat(),
                }
                for c in found
            ]
        )
        return EXIT_OK
    for c in found:
        record = c.person_external_id or c.record_id
        what = {
            "rejected": f"{c.office} rejected this office's change",
            "mediator": f"changes from the mediator {c.office}",
        }.get(c.kind, f"{c.kind} from {c.office}")
        values = ", ".join(f"{name} {value!r}" for name, value in c.changes.items())
        by = f"{c.author}, " if c.author else ""
        print(
            f"{c.event_id}  {what} ({by}{c.at:%Y-%m-%d %H:%M} UTC): {c.record_kind} {record}"
            + (f": {values}" if c.kind in ("rejected", "mediator") else "")
        )
    print(f"{len(found)} waiting")
    return EXIT_OK


@confirmations.action(
    "confirm", "apply another office's change (supervisors)", arg("event", type=uuid_value, metavar="EVENT_ID")
)
def _confirm(args: argparse.Namespace, facades: Facades) -> int:
    facades.bundles.decide(args.event, True)
    print("confirmed and applied")
    return EXIT_OK


@confirmations.action(
    "reject", "leave another office's change unapplied (supervisors)", arg("event", type=uuid_value, metavar="EVENT_ID")
)
def _reject(args: argparse.Namespace, facades: Facades) -> int:
    facades.bundles.decide(args.event, False)
    print("rejected: left unapplied")
    return EXIT_OK
