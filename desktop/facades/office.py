"""The office's calls: settings, users, what the database holds, the change log's check."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.facades.base import Facade
from models.bundles import checkpoint
from models.bundles.offices import give_keys
from models.core import backup as backups
from models.core.backup import DEFAULT_KEEP
from models.core.changelog import verify_chain
from models.core.db import SCHEMA_HEAD, Database, building, finish_stopped_move, integrity_problems, on_waiting
from models.core.dto import BackupResult, ChainReport, RestoreResult
from models.core.enums import OfficeKind, Role
from models.core.errors import RepatriaError
from models.core.keyslots import KeySlots, keys_path_for
from models.office import log, settings, users
from models.office.dto import LogHead, LogPage, LogQuery, PrintedHead, UserDTO
from models.office.info import check_printed_head, entity_counts, log_head
from models.office.replay import ReplayReport, replay

if TYPE_CHECKING:
    from models.demo import DemoResult  # faker, which the demo needs, is an optional dependency


class OfficeFacade(Facade):
    @property
    def role(self) -> Role:
        return self._db.actor.role

    def settings(self) -> list[tuple[str, str, str]]:
        """(key, value, what it means) of every setting."""
        return self._read(settings.all_settings)

    def set_settings(self, values: dict[str, str]) -> None:
        """All or nothing: one bad value leaves every setting as it was."""
        self._write(settings.set_settings, values)

    def users(self) -> list[UserDTO]:
        return self._read(users.list_users)

    def add_user(self, name: str, role: Role, password: str, full_name: str = "") -> UserDTO:
        return users.add_user(self._db, name, role, password, full_name=full_name)

    def reset_password(self, name: str, password: str) -> None:
        self._db.reset_password(name, password)

    def set_role(self, name: str, role: Role) -> UserDTO:
        return self._write(users.set_role, name, role)

    def set_active(self, name: str, active: bool, password: str = "") -> UserDTO:
        """Disable a user (their key slot goes too), or enable one again with a new password."""
        return users.set_active(self._db, name, active, password)

    def log_page(self, query: LogQuery) -> LogPage:
        return self._read(log.log_page, query)

    def record_of(self, text: str) -> uuid.UUID | None:
        """The record named by an id, a person's external id or a case number (None: none)."""
        return self._read(log.record_of, text)

    def log_choices(self) -> tuple[list[str], list[str]]:
        """The kinds of record and the users the change log holds events of."""
        return self._read(log.log_choices)

    def entity_counts(self) -> dict[str, int]:
        return self._read(entity_counts)

    def log_head(self) -> LogHead | None:
        return self._read(log_head)

    def has_checkpoint(self) -> bool:
        """Whether the signed checkpoint of the log's head is beside the database."""
        return checkpoint.checkpoint_path(self._db.path).exists()

    def anchor_problems(self) -> list[str]:
        """What the change log's anchors outside the database say is wrong with it: the signed
        checkpoint beside it, and the other offices' acknowledgements (models.bundles.checkpoint)."""
        path = self._db.path
        return self._read(
            lambda session: checkpoint.checkpoint_problems(session, path) + checkpoint.peers_ahead(session)
        )

    def printed_head(self, event_id: uuid.UUID, hash_prefix: str) -> PrintedHead:
        """Where the head printed on a report stands in this log (models.office.info)."""
        return self._read(check_printed_head, event_id, hash_prefix)

    def backup(self, folder: Path, keep: int = DEFAULT_KEEP) -> BackupResult:
        """A checked, encrypted copy of the open database in ``folder`` (models.core.backup)."""
        return backups.backup(self._db, folder, keep=keep)

    def newest_backup(self, folder: Path) -> tuple[Path, dt.datetime] | None:
        """This office's newest backup in ``folder`` and when it was made (UTC), or None."""
        return backups.newest_backup(self._db, folder)

    def backup_reminder_days(self) -> int:
        """Days after the last backup before the app reminds to make one (a setting)."""
        return int(self._read(settings.get_number, "backup_reminder_days"))

    def set_recovery(self, recipient: str) -> None:
        """Wrap the database key to headquarters' recovery key (admins; models.core.keyslots)."""
        self._db.set_recovery(recipient)

    def recovery_recipient(self) -> str | None:
        """The recovery key the recovery slot is wrapped to, or None when there is none."""
        slots = KeySlots.load(keys_path_for(self._db.path))
        return slots.recovery["recipient"] if slots.recovery else None

    def integrity_problems(self) -> list[str]:
        """What SQLCipher's page check and SQLite's integrity check find (empty: whole)."""
        problems = integrity_problems(self._db.engine)
        try:  # every user's key slot as it is on disk now: only the user's own is read at login
            on_disk: KeySlots | None = KeySlots.load(keys_path_for(self._db.path))
        except RepatriaError as exc:
            on_disk = None
            problems.append(str(exc))
        accounts = self._db.accounts()
        slots = on_disk.slots if on_disk is not None else self._db.slots.slots
        problems += [] if on_disk is None else on_disk.damaged_slots()
        problems += [  # said as check says a damaged slot: an admin resets the password
            f"the key slot of {name!r} is missing (an interrupted users add?): {name} cannot sign in"
            for name, active in sorted(accounts.items())
            if active and name not in slots
        ]
        # a slot that opens the database for no active account: put back by hand, or by a
        # program that saved an old copy of the file (hostile trial: check said nothing)
        problems += [
            f"a key slot for {name!r} opens the database, but that account is disabled (the slot was put "
            f"back by hand?): remove it with repatria users disable {name}"
            if name in accounts
            else f"a key slot for {name!r} opens the database, but no account has that name (added to the key "
            "file by hand): restore the key file from a backup (repatria users disable cannot remove it)"
            for name in sorted(slots if on_disk is not None else ())
            if not accounts.get(name)
        ]
        return problems

    def schema(self) -> str:
        return SCHEMA_HEAD

    def verify_chain(self) -> ChainReport:
        return self._read(verify_chain)

    def replay(self) -> ReplayReport:
        """The change log replayed and compared with every logged table (models.office.replay)."""
        return self._read(replay)


# -- the database itself: before any facade exists --------------------------------------------


def create_database(
    path: Path,
    admin: str,
    password: str,
    office_code: str,
    office_name: str,
    office_kind: OfficeKind = OfficeKind.HQ,
) -> Path:
    """A new encrypted database with its office, the office's keys and the first admin;
    returns its key-slot file."""
    with (
        building(path) as partial,  # nothing, or a whole database: never a half-made one
        Database.create(
            partial,
            admin,
            password,
            office_code=office_code,
            office_name=office_name,
            office_kind=office_kind,
            office_keys=give_keys,
        ) as db,
        db.read() as session,
    ):
        checkpoint.write_checkpoint(session, partial)  # the head signed beside it from the start
    return keys_path_for(path)


def restore_database(source: Path, target: Path, user: str, password: str) -> RestoreResult:
    """The backup at ``source`` checked and made the database at ``target``; a database there
    is kept beside it (models.core.backup.restore). ``target`` must not be open."""
    return backups.restore(source, target, user, password)


def open_database(path: Path, user: str, password: str, unlocked: tuple[KeySlots, bytes] | None = None) -> Database:
    return Database.open(path, user, password, unlocked=unlocked)


def notify_when_waiting(notice: Callable[[], None]) -> Callable[[], None]:
    """``notice()`` whenever a write has to wait for another program's (models.core.db.on_waiting);
    returns the function that stops it."""
    return on_waiting(notice)


def make_recovery_key(path: Path) -> str:
    """A new recovery key pair for headquarters: the secret identity written to ``path``
    (owner-only, never over an existing file; keep it offline), its public key returned
    (``age1…``, given to every office's ``recovery set``)."""
    import pyrage  # noqa: PLC0415 - only this command needs age

    identity = pyrage.x25519.Identity.generate()
    recipient = str(identity.to_public())
    text = f"# Repatria recovery key of headquarters; public key: {recipient}\n{identity}\n"
    with os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w", encoding="ascii") as out:
        out.write(text)
    return recipient


def recover_password(path: Path, identity_file: Path, user: str, new: str) -> None:
    """A new password for ``user`` from the recovery slot and headquarters' recovery key file,
    when no password is known (models.core.db.Database.recover)."""
    Database.recover(path, identity_file.read_text(encoding="utf-8", errors="replace"), user, new)


def change_password(path: Path, user: str, old: str, new: str) -> None:
    """Rewrap the database key for one user; the database itself is not rewritten."""
    with Database.open(path, user, old) as db:
        db.change_password(user, old, new)


def finish_stopped_build(path: Path) -> bool:
    """A database that a run of `init` or `demo` stopped between its two last moves left at
    ``path`` (its key file in place, the database not yet), finished; whether there was one."""
    return finish_stopped_move(path)


def generate_demo(path: Path, persons: int, seed: int, progress: Callable[[str], None]) -> DemoResult:
    from models import demo  # noqa: PLC0415 - faker, which the demo needs, is an optional dependency

    return demo.generate(path, persons, seed, progress=progress)
