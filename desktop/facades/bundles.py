"""Offices and their keys, and the bundles between them: the calls the Offices section and
the ``offices``, ``bundles`` and ``conflicts`` commands make."""

from __future__ import annotations

import datetime as dt
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

from desktop.facades.base import Facade
from models.bundles import conflicts, offices, profiles, service
from models.bundles.dto import (
    CardPreview,
    ChannelStatus,
    ConfirmationView,
    ConflictView,
    ImportResult,
    OfficeCardDocument,
    OfficeView,
)
from models.bundles.files import MAX_BUNDLE_BYTES, name_facts
from models.bundles.profiles import Profile
from models.core.enums import Role
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from reports.office_card import office_card_pdf


class OfficesFacade(Facade):
    def _keys(self) -> None:
        """A database made before bundles existed gets its office's keys when first asked."""
        with self._db.read() as session:
            missing = offices.our_office_view(session).key_id is None
        if missing:
            self._write(offices.ensure_our_keys)

    def our_office(self) -> OfficeView:
        self._keys()
        return self._read(offices.our_office_view)

    def offices(self) -> list[OfficeView]:
        """Our office first, then every office known here."""
        self._keys()
        return self._read(offices.office_views)

    def card_json(self) -> str:
        """Our office's card file (a DSSE envelope, JSON)."""
        self._keys()
        return self._read(lambda session: offices.our_card(session)[1].to_json())

    def card_pdf(self) -> bytes:
        """Our office's card printed: its digits and a QR code of the whole card."""
        return office_card_pdf(self.card_document())

    @property
    def role(self) -> Role:
        return self._db.actor.role

    def card_document(self) -> OfficeCardDocument:
        self._keys()
        return self._read(offices.card_document)

    def preview_card(self, data: bytes) -> CardPreview:
        return self._read(offices.preview_card, data)

    def trust_card(self, data: bytes, fingerprint: str | None) -> OfficeView:
        self._keys()
        return self._write(offices.trust_card, data, fingerprint)

    def countersign_card(self, data: bytes) -> str:
        self._keys()
        return self._write(offices.countersign_card, data)

    def rotate_key(self, above: int = 0) -> OfficeView:
        self._keys()
        return self._write(offices.rotate_key, above)

    def revoke_key(self, office: str, after_seq: int, reason: str = "") -> str:
        self._keys()
        return self._write(offices.revoke_key, office, after_seq, reason)

    def apply_revocation(self, data: bytes) -> OfficeView:
        return self._write(offices.apply_revocation, data)


class BundlesFacade(Facade):
    """Export and import of bundles, their status, conflicts and confirmations."""

    def export_bundle(self, recipient: str, folder: Path, profile: str | None = None) -> Path:
        """Write a bundle for ``recipient`` into ``folder``; returns the file's path. The file
        is written before the transaction that records it commits, so a failure leaves at most
        a file that was never counted as sent (and is sent again in the next bundle)."""
        with self._db.write() as session:
            result = service.export_bundle(session, recipient, profile)
            path = folder / result.file_name
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(result.data)
            partial.replace(path)
        return path

    def import_bundle(
        self,
        data: bytes | Path,
        *,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
        file_name: str = "bundle.repatria",
    ) -> ImportResult:
        """Import (or, with ``dry_run``, only read and plan) a bundle, given as bytes or as its
        file: one transaction, and nothing written when it is refused, quarantined or a dry
        run. A quarantined file is kept beside the database (``<db>.quarantine/``), each
        under its own name, for someone to look into."""
        outcome: ImportResult | None = None
        try:
            with self._db.write() as session:
                outcome = service.import_bundle(
                    session, data, dry_run=dry_run, progress=progress, name=file_name, quarantined=self._kept_aside()
                )
                if dry_run or outcome.result in ("refused", "quarantined", "already_imported"):
                    raise _Undo
        except _Undo:
            pass
        assert outcome is not None
        if outcome.result == "quarantined" and not dry_run:
            folder = self._db.path.with_name(self._db.path.name + ".quarantine")
            folder.mkdir(exist_ok=True)
            name = Path(file_name).name
            if name in ("", ".", ".."):
                name = "bundle.repatria"
            stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S.%fZ")
            kept = folder / f"{stamp}_{name}"
            if isinstance(data, Path):
                shutil.copyfile(data, kept)
            else:
                kept.write_bytes(data)
        return outcome

    def import_file(
        self, file: Path, *, dry_run: bool = False, progress: Callable[[int, int], None] | None = None
    ) -> ImportResult:
        """:meth:`import_bundle` of a file, read as it is decrypted (never whole in memory
        twice); one larger than a bundle may be is not even opened."""
        size = file.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "{path} is {size} bytes, more than a bundle may be ({limit})"),
                path=file,
                size=size,
                limit=MAX_BUNDLE_BYTES,
            )
        return self.import_bundle(file, dry_run=dry_run, progress=progress, file_name=file.name)

    def status(self) -> list[ChannelStatus]:
        return self._read(service.bundle_status, self._kept_aside())

    def _kept_aside(self) -> dict[str, set[int]]:
        """The channel numbers of the quarantined bundles, by sender's code, as their file names
        say: they arrived, so they are not "missing" (new-user trial: "never arrived")."""
        kept: dict[str, set[int]] = {}
        for file in self.quarantined():
            facts = name_facts(file.name)
            if facts is not None:
                kept.setdefault(facts[0], set()).add(facts[1])
        return kept

    def conflicts(self) -> list[ConflictView]:
        return self._read(conflicts.open_conflicts)

    def resolve_conflict(self, conflict_id: uuid.UUID, take: str) -> ConflictView:
        return self._write(conflicts.resolve_conflict, conflict_id, take)

    def conflict_records(self) -> set[uuid.UUID]:
        """Records and persons with an open conflict (their badge)."""
        return self._read(conflicts.open_conflict_records)

    def confirmations(self) -> list[ConfirmationView]:
        return self._read(conflicts.pending_confirmations)

    def decide(self, event_id: uuid.UUID, confirm: bool) -> dict[str, int]:
        return self._write(conflicts.decide_confirmation, event_id, confirm).as_dict()

    def profile_names(self) -> list[str]:
        return [p.name for p in self.profiles()]

    def profiles(self) -> list[Profile]:
        return self._read(profiles.profiles)

    def set_profile(self, name: str, definition: object) -> Profile:
        return self._write(profiles.set_profile, name, definition)

    def quarantined(self) -> list[Path]:
        folder = self._db.path.with_name(self._db.path.name + ".quarantine")
        return sorted(folder.iterdir()) if folder.is_dir() else []


class _Undo(Exception):
    """Leaves a write transaction without committing it (a dry run, a refusal)."""
