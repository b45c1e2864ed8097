"""Backups and restore: a way back after a lost laptop, a full disk or a damaged file.

A backup is a database like any other, at ``<DIR>/<OFFICE>-<UTC time>.db`` with its key slots
in ``<same>.keys``: made while the app runs by SQLite's online backup API on the SQLCipher
connection (:meth:`Database.copy_to`), still encrypted with the database's key, so the same
users open it with the same passwords. It is checked before it counts (SQLCipher's page check,
SQLite's integrity check, the change log's chain), and moved into place only then. The newest
``keep`` backups of the office in that folder are kept, older ones removed.

A restore checks the backup first (the user's password opens it, its pages and chain are
whole), and never replaces the database at the target without keeping it: the one there is
renamed ``<name>.replaced-<UTC time>`` (with its key slots and journal) before the restored copy
takes its name.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import json
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path

import sqlcipher3
from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError

from models.core import chains, inuse
from models.core.changelog import chain_head, verify_chain
from models.core.db import (
    HEAD,
    LOCK,
    PARTIAL,
    Database,
    building,
    integrity_problems,
    partial_files,
    sync_folder,
)
from models.core.dto import BackupResult, RestoreResult
from models.core.entities import BundleRecord, ChangeEvent, Office, OfficeHolding, OfficeKey
from models.core.errors import DatabaseDamaged, DatabaseNotWritten, RepatriaError, WrongPassword
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.ids import new_id
from models.core.keyslots import RESTORING, KeySlots, keys_path_for

DEFAULT_KEEP = 14  # two weeks of daily backups
JOURNALS = ("-wal", "-shm")


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def _office_code(db: Database) -> str:
    with db.read() as session:
        code = session.scalar(select(Office.code).where(Office.id == db.actor.office_id))
    # a database made before codes were checked may hold any text: never a path in a file name
    return re.sub(r"[^\w-]+", "-", code or "") or "REPATRIA"


def verify_copy(db: Database) -> int:
    """The opened copy's pages and chain checked; the number of its change events. Raises
    DatabaseDamaged naming what is wrong."""
    problems = integrity_problems(db.engine)
    if problems:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{path} is damaged: {problems}"), path=db.path, problems="; ".join(problems)
        )
    with db.read() as session:
        report = verify_chain(session)
    if report.problem is not None:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{path}: the change log does not verify (event {seq}: {reason})"),
            path=db.path,
            seq=report.problem.seq,
            reason=report.problem.reason,
        )
    return report.events


_NAME = re.compile(r"(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<number>\d+))?\.db")


def _backups(folder: Path, code: str) -> list[tuple[str, int, Path]]:
    """This office's backups in ``folder`` (with their key slots), as (time, number, path)."""
    found = []
    for path in folder.glob(f"{glob_escape(code)}-*.db"):
        match = _NAME.fullmatch(path.name[len(code) + 1 :])
        if match is not None and path.is_file() and keys_path_for(path).is_file():
            found.append((match["stamp"], int(match["number"] or 1), path))
    return found


def _of_database(path: Path, database_id: str) -> bool:
    """Whether the backup at ``path`` is of the database ``database_id`` (its key file says so):
    two databases may share an office code (every ``init`` without one is HQ), and retention
    must never remove another's backups, or a user's file that only looks like one."""
    try:
        return KeySlots.load(keys_path_for(path)).database_id == database_id
    except RepatriaError:
        return False


# A backup dated this far after the computer's clock was made by a clock that ran ahead (or
# this one runs behind): it is neither the newest nor counted by retention, and is reported.
AHEAD = dt.timedelta(minutes=10)
# Leftovers of a backup killed while it was written (``.<name>.partial-<id>``) are removed when
# older than this: a backup being written by another program right now is never touched.
STALE = dt.timedelta(hours=6)


def _when(stamp: str) -> dt.datetime:
    return dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)


def _ours(db: Database, folder: Path, code: str) -> tuple[list[tuple[str, int, Path]], list[Path]]:
    """This database's backups in ``folder``, oldest first, and those dated in the future."""
    found = sorted(b for b in _backups(folder, code) if _of_database(b[2], db.slots.database_id))
    limit = dt.datetime.now(dt.UTC) + AHEAD
    return [b for b in found if _when(b[0]) <= limit], [b[2] for b in found if _when(b[0]) > limit]


def newest_backup(db: Database, folder: Path) -> tuple[Path, dt.datetime] | None:
    """The newest backup of this office in ``folder`` and when it was made (UTC), or None.
    Backups dated in the future (a clock that was wrong) do not count."""
    if not folder.is_dir():
        return None
    found, _future = _ours(db, folder, _office_code(db))
    if not found:
        return None
    stamp, _number, path = found[-1]
    return path, _when(stamp)


def _usable_folder(folder: Path) -> None:
    if folder.is_symlink() and not folder.exists():
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a link to a folder that does not exist (or links back to itself): name a folder"
            ),
            path=folder,
        )
    if folder.exists() and not folder.is_dir():
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "{path} is a file, not a folder for backups"), path=folder)


def _remove_stale(folder: Path, code: str) -> None:
    """What killed backups of this office left in ``folder``: hidden files of builds whose
    lock nobody holds (a running backup's are never touched; without ``flock``, those older
    than STALE), and a key file a backup killed between its two moves left without its
    database (hostile trial a12, a13: they stayed for six hours whatever the README said)."""
    if not folder.is_dir():
        return
    old = (dt.datetime.now(dt.UTC) - STALE).timestamp()
    found = [p for p in folder.glob(f".{glob_escape(code)}-*.db{PARTIAL}*") if p.is_file() and not p.is_symlink()]
    live = {p.name[: -len(LOCK)] for p in found if p.name.endswith(LOCK) and inuse.being_built(p)}
    for path in found:
        with contextlib.suppress(OSError):
            if not any(path.name.startswith(build) for build in live) or path.stat().st_mtime < old:
                path.unlink()
    for keys in folder.glob(f"{glob_escape(code)}-*.db.keys"):
        database = keys.with_name(keys.name[: -len(".keys")])
        if _NAME.fullmatch(database.name[len(code) + 1 :]) and not database.exists() and keys.is_file():
            with contextlib.suppress(OSError):
                keys.unlink()


def _write_error(folder: Path, detail: object) -> RepatriaError:
    return RepatriaError(
        QT_TRANSLATE_NOOP("Errors", "the backup could not be written to {path} ({detail}); nothing was changed"),
        path=folder,
        detail=detail,
    )


def backup(db: Database, folder: Path, *, keep: int = DEFAULT_KEEP) -> BackupResult:
    """A checked, encrypted copy of the open database in ``folder``; then only the newest
    ``keep`` backups of this office stay there (the new one always among them). Backups dated
    in the future are neither counted nor removed: they are reported (``future``). Raises
    RepatriaError (``keep`` below 1, a folder that cannot be written, a full disk) or
    DatabaseDamaged (the copy does not check out)."""
    if keep < 1:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "at least one backup must be kept"))
    _usable_folder(folder)
    code = _office_code(db)
    _remove_stale(folder, code)
    stamp = _stamp()
    taken = [n for found, n, _path in _backups(folder, code) if found == stamp] if folder.is_dir() else []
    number = max(taken) + 1 if taken else 1  # within one second: numbered after the last
    # The signed checkpoint of the log's head goes with the backup, read before the copy is
    # made so that it never names more than the copy holds (models.bundles.checkpoint).
    try:
        checkpoint = db.path.with_name(db.path.name + HEAD).read_bytes()
    except OSError:
        checkpoint = None
    for _attempt in range(100):
        target = folder / (f"{code}-{stamp}.db" if number == 1 else f"{code}-{stamp}-{number}.db")
        if target.exists() or keys_path_for(target).exists():
            number += 1  # another program's backup of the same second
            continue
        try:
            with building(target) as partial:
                db.copy_to(partial)
                with db.open_copy(partial) as copy:
                    try:
                        events = verify_copy(copy)
                    except DatabaseDamaged as exc:  # said of the database, not the hidden copy (hostile trial)
                        args = {k: db.path if v == partial else v for k, v in exc.message_args.items()}
                        if "problems" in args:  # the database's own pages, not those the copy could not read
                            args["problems"] = "; ".join(integrity_problems(db.engine)) or args["problems"]
                        raise DatabaseDamaged(exc.message_id, **args) from None
        except DatabaseNotWritten:
            # the copy checked on a stick that filled up: said of the folder, not of the hidden
            # file being built (hostile re-run: it named ".CODE-….db.partial-…")
            raise _write_error(folder, "the disk is full") from None
        except RepatriaError as exc:
            if "already exists" not in exc.message_id:
                raise
            number += 1  # another program's backup took the name while this one was made
            continue
        except OSError as exc:
            raise _write_error(folder, exc.strerror or exc) from None
        except (sqlcipher3.DatabaseError, DatabaseError) as exc:
            # the backup API writes through SQLite: a full or failing disk is its error, not an OSError
            detail = str(getattr(exc, "orig", None) or exc)
            raise _write_error(folder, detail) from None
        break
    else:
        raise _write_error(folder, "a hundred backups in one second")
    if checkpoint is not None:
        with contextlib.suppress(OSError):  # a backup without it is still whole: the log is checked
            _write_private(target.with_name(target.name + HEAD), checkpoint)
    backups, future = _ours(db, folder, code)
    if target not in {path for _s, _n, path in backups}:
        backups.append((stamp, number, target))
    # never the database being backed up (opened from this folder, named like a backup: the
    # hostile trial's later saves went with it)
    here = db.path.resolve()
    removed = (
        tuple(path for _stamp, _number, path in backups[:-keep] if path != target and path.resolve() != here)
        if len(backups) > keep
        else ()
    )
    for old in removed:
        keys_path_for(old).unlink(missing_ok=True)
        old.with_name(old.name + HEAD).unlink(missing_ok=True)
        old.unlink(missing_ok=True)
    try:  # the whole database is copied, a user's damaged way into it too: said, never silently
        damaged = tuple(KeySlots.load(keys_path_for(target)).damaged_slots())
    except RepatriaError as exc:
        damaged = (str(exc),)
    return BackupResult(target, target.stat().st_size, events, removed, tuple(future), damaged)


def _aside_name(target: Path) -> Path:
    """``<name>.replaced-<time>``, the name the database at ``target`` is kept under."""
    stamp = _stamp()
    replaced = target.with_name(f"{target.name}.replaced-{stamp}")
    number = 1
    while any(replaced.with_name(replaced.name + s).exists() for s in ("", ".keys", HEAD, *JOURNALS)):
        # two restores within one second: the first one's kept database is never written over
        # (found by the third trial: its unsent changes were lost while the message named it)
        number += 1
        replaced = target.with_name(f"{target.name}.replaced-{stamp}-{number}")
    return replaced


def _keep_aside(target: Path, replaced: Path) -> None:
    """The database at ``target`` (with its key slots and journal) kept as ``replaced``. The
    database and its key slots get the new name as a second link, so that a restore killed at
    any point leaves a database at ``target`` (the old one, or the restored one once it has
    moved in; the marker beside it says which was meant); a journal is moved, since it would be
    replayed into whichever database has its name. Where links cannot be made (FAT), the files
    move."""
    for suffix in ("", ".keys", HEAD, *JOURNALS):
        current = target.with_name(target.name + suffix)
        if not current.exists():
            continue
        aside = replaced.with_name(replaced.name + suffix)
        if suffix in (*JOURNALS, HEAD):
            # the journal holds commits, the checkpoint names the head: they go with their database
            os.replace(current, aside)
            continue
        try:
            os.link(current, aside)
        except FileExistsError:
            raise
        except OSError:
            os.replace(current, aside)


def restore(source: Path, target: Path, user: str, password: str) -> RestoreResult:
    """The backup at ``source`` made the database at ``target``, checked first (``user``'s
    password opens it, its pages and chain are whole; an older schema is upgraded in the copy,
    never in the backup). A database at ``target`` is kept as ``<name>.replaced-<time>``; the
    target must not be open in any program (RepatriaError at once, nothing changed: that
    program's later saves would go to the database kept aside). Raises DatabaseMissing,
    WrongPassword, DatabaseDamaged, RepatriaError."""
    if not source.is_file():
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "no backup at {path}"), path=source)
    if not keys_path_for(source).is_file():
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors", "the backup's key file {path} is missing: without it the backup cannot be opened"
            ),
            path=keys_path_for(source),
        )
    if source.resolve() == target.resolve():
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "a backup cannot be restored onto itself"))
    if target.is_dir() or not target.resolve().name or target.name.endswith((".keys", HEAD, "-journal", *JOURNALS)):
        # a folder or a key file would be moved aside as if it were the database it replaces
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is not a database file to restore into: name the database, e.g. office.db"
            ),
            path=target,
        )
    if target.is_symlink():
        # replaced, the link itself would be kept aside and a plain file made in its folder,
        # maybe not the disk the link led to (hostile trial); the file it names is restored
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is a link to {real}: restore to {real} itself (the link then opens the restored one)"
            ),
            path=target,
            real=target.resolve(),
        )
    partial = target.with_name(f".{target.name}{PARTIAL}{new_id().hex}")
    made = [partial, keys_path_for(partial), *(partial.with_name(partial.name + j) for j in JOURNALS)]
    with contextlib.ExitStack() as stack:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            for stale in partial_files(target):
                stale.unlink(missing_ok=True)
            stack.enter_context(
                inuse.building(partial.with_name(partial.name + LOCK))
            )  # a restore beside it leaves it alone
        except OSError as exc:  # the folder's own words, not our hidden lock file's (third trial)
            raise RepatriaError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "a database cannot be made at {path} ({detail}): name one in a folder you may write to; "
                    "nothing was changed",
                ),
                path=target,
                detail=exc.strerror or type(exc).__name__,
            ) from None
        try:
            try:
                shutil.copyfile(source, partial)
                shutil.copyfile(keys_path_for(source), keys_path_for(partial))
                _copy_log(source, partial)
                for path in made[:2]:
                    os.chmod(path, 0o600)
                epoch, events, unsent, keys = _checked_copy(source, partial, target, user, password)
            except DatabaseNotWritten:
                # the copy checked and given its new epoch on a disk that filled up: said of the
                # target, not of the backup, which is whole (hostile trial: "damaged")
                raise _not_made(target, "the disk is full") from None
            except OSError as exc:
                full = exc.errno in (errno.ENOSPC, errno.EDQUOT)
                raise _not_made(target, "the disk is full" if full else exc.strerror or exc) from None
            except (sqlcipher3.DatabaseError, DatabaseError) as exc:
                if "full" not in str(exc):
                    raise
                raise _not_made(target, "the disk is full") from None
            with inuse.unused(target):
                replaced = _replace(target, made[1], partial)
                with contextlib.suppress(OSError):  # the backup's checkpoint, when it has one
                    _write_private(
                        target.with_name(target.name + HEAD), source.with_name(source.name + HEAD).read_bytes()
                    )
                sync_folder(target.parent)
                target.with_name(target.name + RESTORING).unlink()  # every file in place: done
                sync_folder(target.parent)
        finally:
            for leftover in made:
                leftover.unlink(missing_ok=True)
    other = replaced is not None and _database_id(keys_path_for(replaced)) not in (
        None,
        _database_id(keys_path_for(target)),
    )
    unread = unsent is None and replaced is not None
    return RestoreResult(target, events, replaced, epoch, other, unsent or 0, keys, unread)


def _not_made(target: Path, detail: object) -> RepatriaError:
    return RepatriaError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "the database could not be made at {path} ({detail}); the backup is whole and nothing was changed",
        ),
        path=target,
        detail=detail,
    )


def _write_private(path: Path, data: bytes) -> None:
    """``data`` at ``path``, readable by its owner only, as the database and its keys are
    (hostile re-run: checkpoints of backups and restores were 0644)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(data)
    os.chmod(path, 0o600)


def _copy_log(source: Path, partial: Path) -> None:
    """The write-ahead log beside ``source`` copied with it: a database kept aside by a restore
    (``.replaced-TIME``), or one a crash left, may hold its last saves there (hostile trial:
    restoring the kept database back, as the restore's message advises, lost them). A log of a
    database another program has open is still being written: refused, nothing changed."""
    log = source.with_name(source.name + "-wal")
    if not log.is_file():
        return
    if not inuse.alone(source):
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{path} is open in another program: close it first, then restore from it"),
            path=source,
        )
    shutil.copyfile(log, partial.with_name(partial.name + "-wal"))
    os.chmod(partial.with_name(partial.name + "-wal"), 0o600)


def _checked_copy(
    source: Path, partial: Path, target: Path, user: str, password: str
) -> tuple[int, int, int | None, int]:
    """The copy opened with the user's password, checked, and given a new epoch; what the
    database it replaces holds that the backup does not (:func:`_from_replaced`): (epoch,
    events, unsent changes, office keys brought). What is wrong is said of the backup the user
    named, not of the hidden copy (hostile trial)."""
    try:
        with Database.open(partial, user, password) as copy:
            events = verify_copy(copy)
            # The events this office made after the backup are lost here but may be held by
            # other offices: new ones go to a new chain, never under the same numbers again.
            with copy.write() as session:
                held = {
                    str(chain): int(seq)
                    for chain, seq in session.execute(
                        select(ChangeEvent.office_id, func.max(ChangeEvent.seq)).group_by(ChangeEvent.office_id)
                    )
                }
                started = chains.start_epoch(session, copy.actor.office_id)
            epoch = started.epoch
            # What the restore itself writes (the newer keys' public half on the office) goes to
            # the new chain: written on the old one it forked from what the other offices hold
            # of it (new-user trial: every bundle quarantined after a restore that brought keys).
            copy.actor = dataclasses.replace(copy.actor, chain_id=started.chain_id)
            unsent, keys = _from_replaced(target, user, password, held, copy.actor.office_id)
            return epoch, events, unsent, _bring_keys(copy, keys)
    except WrongPassword:
        # a backup opens with the passwords its users had when it was made (new-user trial)
        raise WrongPassword(
            QT_TRANSLATE_NOOP(
                "Errors",
                "wrong password for the backup {path}: it opens with the password {user} had when it was made "
                "(an older one, if it was changed since)",
            ),
            path=source,
            user=user,
        ) from None
    except RepatriaError as exc:
        named = {partial: source, keys_path_for(partial): keys_path_for(source)}
        if not any(value in named for value in exc.message_args.values() if isinstance(value, Path)):
            raise  # (the hidden copy's key file too: hostile re-run, a damaged slot named it)
        args = {
            name: named.get(value, value) if isinstance(value, Path) else value
            for name, value in exc.message_args.items()
        }
        try:
            renamed = type(exc)(exc.message_id, **args)
        except TypeError:
            renamed = RepatriaError(exc.message_id, **args)
        raise renamed from None


@dataclass(frozen=True)
class _Keys:
    """The office's keys as the database being replaced holds them."""

    rows: tuple[dict[str, object], ...]
    signing_public_key: str | None
    age_recipient: str | None


def _from_replaced(
    target: Path, user: str, password: str, backed_up: dict[str, int], office_id: uuid.UUID
) -> tuple[int | None, _Keys | None]:
    """What the database at ``target`` holds that the backup does not: how many of its changes
    are neither in the backup nor ever left it in a bundle (no other office holds them, so no
    bundle brings them back: the new-user trial's edit made after the last export was gone
    without a word), and the office's keys when it is the same office's database. (0, None)
    when there is no database there; (None, None) when the user's password does not open it."""
    if not target.is_file():
        return 0, None
    try:
        with Database.open(target, user, password) as current, current.read() as session:
            keys = None
            if current.actor.office_id == office_id:
                office = session.get(Office, office_id)
                keys = _Keys(
                    tuple(
                        {column.key: getattr(key, column.key) for column in OfficeKey.__table__.columns}
                        for key in session.scalars(select(OfficeKey).where(OfficeKey.office_id == office_id))
                    ),
                    None if office is None else office.signing_public_key,
                    None if office is None else office.age_recipient,
                )
            chain = chains.current_chain(session, current.actor.office_id)
            head = chain_head(session, chain)[0]
            acknowledged = session.scalar(
                select(func.max(OfficeHolding.up_to_seq)).where(OfficeHolding.chain_office_id == chain)
            )
            sent = [  # whole chains only: a filtered copy carries records, not our events (third trial)
                json.loads(counts or "{}").get("own_chain_up_to", 0)
                for counts in session.scalars(
                    select(BundleRecord.counts).where(
                        BundleRecord.direction == "out",
                        BundleRecord.profile == "full",
                        func.coalesce(BundleRecord.chain, chain) == chain,
                    )
                )
            ]
    except RepatriaError:
        return None, None  # not this user's password there (changed since the backup), or damaged
    known = [int(acknowledged or 0), backed_up.get(str(chain), 0), *(n for n in sent if isinstance(n, int))]
    return max(0, int(head) - max(known)), keys


def _bring_keys(copy: Database, keys: _Keys | None) -> int:
    """The office keys made after the backup (a key rotation), from the database it replaces,
    into the restored one; returns how many. The other offices encrypt their bundles to the
    newest card they trust: without its key the restored office could read none of them, and
    a new rotation would repeat the version they already hold (found by the new-user trial,
    keyrot_restore). Keys are the office's own, not records: nothing of them is rolled back."""
    if keys is None:
        return 0
    with copy.write() as session:
        held = {key.key_id: key for key in session.scalars(select(OfficeKey))}
        brought = 0
        for row in keys.rows:
            here = held.get(str(row["key_id"]))
            if here is None:
                session.add(OfficeKey(**row))
                brought += 1
            elif here.retired_at is None and row["retired_at"] is not None:
                here.retired_at = row["retired_at"]  # type: ignore[assignment]
        office = session.get(Office, copy.actor.office_id)
        if brought and office is not None and keys.signing_public_key and keys.age_recipient:
            office.signing_public_key, office.age_recipient = keys.signing_public_key, keys.age_recipient
    return brought


def _database_id(keys: Path) -> str | None:
    try:
        return KeySlots.load(keys).database_id
    except RepatriaError:
        return None


def _replace(target: Path, keys: Path, partial: Path) -> Path | None:
    """The checked copy in place of the database at ``target``, which is kept aside (with its
    keys, journals and checkpoint; journals alone too: a log left without its database would
    be replayed into the restored one)."""
    present = [target.with_name(target.name + suffix) for suffix in ("", ".keys", HEAD, *JOURNALS)]
    existed = target.exists() or keys_path_for(target).exists()
    aside = _aside_name(target) if any(path.exists() for path in present) else None
    # Said before the first file moves, and on disk: the files cannot all move at once, and a
    # restore stopped between them must not leave a database that opens half-replaced.
    marker = target.with_name(target.name + RESTORING)
    kept = str(aside) if aside is not None and existed else ""
    with marker.open("w", encoding="utf-8") as file:
        file.write(kept)
        file.flush()
        os.fsync(file.fileno())
    sync_folder(target.parent)
    if aside is not None:
        _keep_aside(target, aside)
    replaced = aside if existed else None
    os.replace(keys, keys_path_for(target))
    os.replace(partial, target)
    return replaced
