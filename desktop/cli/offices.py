"""Commands about offices and their keys: show, card, trust, list, rotate-key, revoke,
countersign, apply-revocation (BUNDLES.md, "Keys")."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.registry import EXIT_OK, EXIT_PROBLEM, arg, group, path, print_json

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.facades import Facades
    from models.bundles.dto import OfficeView

offices = group("offices", "our office, its keys and card; the offices we trust")

MAX_FILE_BYTES = 1024 * 1024  # a card or a revocation is a few KB: anything larger is not one


def _read(file: Path) -> bytes:
    from models.core.errors import RepatriaError
    from models.core.i18n import QT_TRANSLATE_NOOP

    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{path} is {size} bytes: too large to be an office card or a revocation"),
            path=file,
            size=size,
        )
    return file.read_bytes()


def office_json(view: OfficeView) -> dict[str, Any]:
    """An office as ``offices show --json`` and ``offices list --json`` give it."""
    return {
        "office_id": str(view.office_id),
        "code": view.code,
        "name": view.name,
        "key_id": view.key_id,
        "fingerprint": view.fingerprint,
        "kind": view.kind.value,
        "local": view.local,
        "card_version": view.card_version,
        "trusted_by": view.trusted_by,
        "trusted_at": None if view.trusted_at is None else view.trusted_at.isoformat(),
        "how_trusted": view.how_trusted,
        "countersigned_by_hq": view.countersigned_by_hq,
        "revoked_after_seq": view.revoked_after_seq,
    }


def _say(view: OfficeView) -> None:
    print(f"{view.code} — {view.name} ({view.kind.value}){' — this office' if view.local else ''}")
    print(f"  office id    {view.office_id}")
    if view.key_id is None:
        print("  no trusted card")
        return
    print(f"  key id       {view.key_id} (card version {view.card_version})")
    print(f"  fingerprint  {view.fingerprint}")
    if view.trusted_by:
        how = "fingerprint compared" if view.how_trusted == "fingerprint" else "signed by its previous key"
        assert view.trusted_at is not None
        print(f"  trusted      {view.trusted_at:%Y-%m-%d %H:%M} UTC by {view.trusted_by} ({how})")
    if view.countersigned_by_hq:
        print("  countersigned by headquarters")
    if view.revoked_after_seq is not None:
        print(f"  REVOKED: trusted up to its change {view.revoked_after_seq} only")


@offices.action(
    "show", "our office: code, name, key id and the fingerprint to read out", arg("--json", action="store_true")
)
def _show(args: argparse.Namespace, facades: Facades) -> int:
    view = facades.offices.our_office()
    if args.json:
        print_json(office_json(view))
    else:
        _say(view)
    return EXIT_OK


@offices.action(
    "card",
    "write our office's card (a signed file for the other offices) and/or print it as a PDF",
    arg("-o", "--output", type=path, metavar="CARD.json", help="the card file"),
    arg("--pdf", type=path, metavar="CARD.pdf", help="the card printed: fingerprint and QR code"),
)
def _card(args: argparse.Namespace, facades: Facades) -> int:
    from models.core.errors import RepatriaError
    from models.core.i18n import QT_TRANSLATE_NOOP

    if args.output is None and args.pdf is None:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "name the card file (-o CARD.json), the PDF (--pdf), or both"))
    if args.output is not None:
        args.output.write_text(facades.offices.card_json() + "\n", encoding="utf-8")
        print(args.output)
    if args.pdf is not None:
        from reports.office_card import office_card_pdf

        args.pdf.write_bytes(office_card_pdf(facades.offices.card_document()))
        print(args.pdf)
    return EXIT_OK


@offices.action(
    "trust",
    "trust an office's card once its fingerprint, read out by telephone, matches",
    arg("card", type=path, metavar="CARD.json"),
    arg("--fingerprint", metavar="DIGITS", help="the 60 digits the office read out (spaces allowed)"),
    arg("--json", action="store_true"),
)
def _trust(args: argparse.Namespace, facades: Facades) -> int:
    data = _read(args.card)
    preview = facades.offices.preview_card(data)
    older = preview.held_version is not None and preview.version < preview.held_version
    if args.fingerprint is None and not (preview.rotation_of_trusted_key or preview.own_office or older):
        # The card's own digits are not shown: what the office reads out is the comparison.
        print(
            f"{preview.code} — {preview.name} ({preview.kind.value}), card version {preview.version}", file=sys.stderr
        )
        print(f"  office id    {preview.office_id}", file=sys.stderr)
        print(f"  key id       {preview.key_id}", file=sys.stderr)
        print(
            f"repatria: telephone {preview.code} on a number you know to be theirs, have them read the 60 digits "
            "of their card's fingerprint aloud, and give them with --fingerprint; nothing was trusted",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    view = facades.offices.trust_card(data, args.fingerprint)
    if args.json:
        print_json(office_json(view))
    else:
        _say(view)
    return EXIT_OK


@offices.action("list", "every office known here, ours first", arg("--json", action="store_true"))
def _list(args: argparse.Namespace, facades: Facades) -> int:
    views = facades.offices.offices()
    if args.json:
        print_json([office_json(v) for v in views])
    else:
        for view in views:
            _say(view)
    return EXIT_OK


@offices.action(
    "rotate-key",
    "give our office new keys; its new card is signed by the old key too (admins)",
    arg("-o", "--output", type=path, metavar="CARD.json", help="write the new card"),
    arg(
        "--above",
        type=int,
        default=0,
        metavar="N",
        help="make the new card's version higher than N (after a restore from a backup older than the last "
        "new keys, N is the version the other offices say they trust)",
    ),
)
def _rotate(args: argparse.Namespace, facades: Facades) -> int:
    view = facades.offices.rotate_key(args.above)
    _say(view)
    if args.output is not None:
        args.output.write_text(facades.offices.card_json() + "\n", encoding="utf-8")
        print(args.output)
    print("send the new card to every office we exchange with (repatria offices card -o CARD.json)")
    return EXIT_OK


@offices.action(
    "revoke",
    "headquarters: trust an office's current key up to its change N only (a stolen laptop)",
    arg("office", metavar="OFFICE", help="the office's code or id"),
    arg("--after-seq", type=int, required=True, metavar="N"),
    arg("--reason", default=""),
    arg(
        "-o", "--output", type=path, metavar="REVOCATION.json", help="write the signed statement for the other offices"
    ),
)
def _revoke(args: argparse.Namespace, facades: Facades) -> int:
    statement = facades.offices.revoke_key(args.office, args.after_seq, args.reason)
    print(f"{args.office}: key trusted up to its change {args.after_seq}")
    if args.output is not None:
        args.output.write_text(statement + "\n", encoding="utf-8")
        print(args.output)
    return EXIT_OK


@offices.action(
    "countersign",
    "headquarters: countersign a trusted office's card, to send back to it",
    arg("card", type=path, metavar="CARD.json"),
    arg("-o", "--output", type=path, required=True, metavar="OUT.json"),
)
def _countersign(args: argparse.Namespace, facades: Facades) -> int:
    args.output.write_text(facades.offices.countersign_card(_read(args.card)) + "\n", encoding="utf-8")
    print(args.output)
    return EXIT_OK


@offices.action(
    "apply-revocation",
    "record headquarters' revocation of an office's key",
    arg("file", type=path, metavar="REVOCATION.json"),
)
def _apply_revocation(args: argparse.Namespace, facades: Facades) -> int:
    _say(facades.offices.apply_revocation(_read(args.file)))
    return EXIT_OK
