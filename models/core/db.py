"""Opening, creating and migrating the encrypted database.

The database file is always SQLCipher-encrypted with a random key kept in key
slots (:mod:`models.keyslots`). A wrong password fails on the slot, before the
database is touched; a right password on a file that does not decrypt means the
file is damaged. Temporary tables and sorts stay in memory and the WAL is
encrypted like the database, so no plaintext reaches the disk.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from glob import escape as glob_escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from models.core import chains, inuse, wal
from models.core.changelog import Actor, PendingChange, RepatriaSession, append_events, canonical_json_text
from models.core.entities import ChangeEvent, Office, OfficeChain, Setting, UserAccount
from models.core.enums import ChangeOp, OfficeKind, Role
from models.core.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseNotWritten,
    PermissionDenied,
    RepatriaError,
    UnknownUser,
)
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.identifiers import check_office_code
from models.core.ids import new_id
from models.core.keyslots import (
    DEFAULT_KDF,
    DemoCredentials,
    KdfParams,
    KeySlots,
    keys_path_for,
    refuse_interrupted_restore,
)
from models.core.sqlfunctions import sqlite_casefold

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent.parent / "migrations"
LOCAL_OFFICE_KEY = "local_office_id"


# The newest migration's revision: a database at it opens with one query and without loading
# Alembic (0.3 s of every command's start-up). tests/test_database.py checks it is Alembic's head.
SCHEMA_HEAD = "0017"


def alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest migration's revision, as Alembic reads it from models/migrations."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def _nearly_full(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has under 1 MiB free (SQLite's log and shared
    memory, a page or two, no longer fit)."""
    try:
        return shutil.disk_usage(folder).free < 1024 * 1024
    except OSError:
        return False


def _known_revisions() -> set[str]:
    """The revisions of this version's migrations ("0001" ... SCHEMA_HEAD), by their files."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS / "versions").glob("[0-9]*_*.py")}


def upgrade_to_head(connection: Connection) -> None:
    """Every migration not yet applied, in one transaction (the caller's)."""
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def _current_revision(connection: Connection) -> str | None:
    """The schema's revision in one query (None: no schema yet)."""
    try:
        found = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except OperationalError:  # no such table: an empty file
        return None
    return str(found) if found is not None else None


def _keyed_connection(path: Path, key: bytes, *, check_same_thread: bool = True) -> sqlcipher3.Connection:
    """A SQLCipher connection to ``path`` opened with ``key``."""
    conn = sqlcipher3.connect(str(path), check_same_thread=check_same_thread, isolation_level=None)
    # SQLCipher writes its own log lines ("hmac check failed for pgno=3", dozens per damaged
    # page) to standard error by default: a damaged page is told once, in our words
    # (DatabaseDamaged, `check`). The level is the library's, for the whole process.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return conn


def _pragma_rows(path: Path, key: bytes, pragma: str) -> list[str] | None:
    """The rows of ``pragma`` on a connection of its own to ``path`` (the one that failed may
    hold the error), or None when it cannot run."""
    try:
        conn = _keyed_connection(path, key)
        try:
            return [str(row[0]) for row in conn.execute(pragma)]
        finally:
            conn.close()
    except sqlcipher3.Error:
        return None


def _encrypted_engine(path: Path, key: bytes) -> Engine:
    def connect() -> sqlcipher3.Connection:
        # check_same_thread off: the pool hands each connection to one thread at a time,
        # and background jobs open their own session on a pooled connection.
        return _keyed_connection(path, key, check_same_thread=False)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=connect,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        json_serializer=canonical_json_text,  # stored change-log JSON is exactly the hashed text
        # An error names the statement, never its values: they are names, relatives' phone
        # numbers, medical notes, and error output ends up in terminals, logs and bug reports.
        hide_parameters=True,
    )
    _configure_sqlite(engine)
    return engine


PAGE_CACHE_KIB = 64 * 1024


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _begin)
        dbapi_conn.create_function("casefold", 1, sqlite_casefold, deterministic=True)
        for pragma in (
            "PRAGMA temp_store = MEMORY",  # no plaintext temporary files
            "PRAGMA journal_mode = WAL",
            "PRAGMA synchronous = FULL",  # field laptops lose power: never lose a commit
            "PRAGMA foreign_keys = ON",
            f"PRAGMA busy_timeout = {BUSY_MS}",
            # decrypted pages kept per connection (SQLite's default is 2 MB): the search index and
            # the name keys of a 100,000-person registry stay in memory between keystrokes and
            # checks, instead of being read and decrypted again page by page
            f"PRAGMA cache_size = -{PAGE_CACHE_KIB}",
        ):
            dbapi_conn.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock up front, so two writers queue instead of
        # deadlocking on a lock upgrade; readers use a plain deferred BEGIN.
        if conn.get_execution_options().get("write"):
            _begin_writing(conn)
        else:
            conn.exec_driver_sql("BEGIN")


BUSY_MS = 10_000  # how long a statement waits for a lock (a reader's checkpoint, a commit)
WRITE_WAIT_SECONDS = 600.0  # how long a writer waits for another program's write to end
_waiting_notices: list[Callable[[], None]] = []


def on_waiting(notice: Callable[[], None]) -> Callable[[], None]:
    """Call ``notice`` (in the waiting thread) whenever a writer has to wait for another
    program's write - an import, a list check, another clerk's app - so the CLI can say
    "waiting for …" and the GUI show it. Returns a function that stops the notices."""
    _waiting_notices.append(notice)
    return lambda: _waiting_notices.remove(notice) if notice in _waiting_notices else None


def _begin_writing(conn: Connection) -> None:
    """BEGIN IMMEDIATE; when another program holds the write lock, say so and wait for it (up
    to WRITE_WAIT_SECONDS), then a sentence saying what to do, never "database is locked"."""
    raw = conn.connection.driver_connection
    assert raw is not None
    raw.execute("PRAGMA busy_timeout = 200")
    try:
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlcipher3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
        for notice in list(_waiting_notices):
            with contextlib.suppress(Exception):  # a notice (a closed window's) never stops the write
                notice()
        raw.execute(f"PRAGMA busy_timeout = {int(WRITE_WAIT_SECONDS * 1000)}")
        try:
            raw.execute("BEGIN IMMEDIATE")
        except sqlcipher3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            raise DatabaseBusy(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "another program kept writing to the database for {minutes} minutes (an import, a list "
                    "check, or the app of another clerk): nothing was changed; try again when it has finished",
                ),
                minutes=max(1, round(WRITE_WAIT_SECONDS / 60)),
            ) from None
    finally:
        raw.execute(f"PRAGMA busy_timeout = {BUSY_MS}")


PLAIN_SQLITE = b"SQLite format 3\x00"
PARTIAL = ".partial-"  # a database being built: ".<name>.partial-<id>" beside its target
HEAD = ".head"  # the signed checkpoint of the change log's head beside a database (models.bundles.checkpoint)


LOCK = ".lock"  # held by the program building a database: ".<name>.partial-<id>.lock"


def partial_files(path: Path) -> list[Path]:
    """What builds of a database at ``path`` left behind (a build that was killed): never the
    files of a build another program is making right now, which holds its lock (found by the
    hostile trial: two backups or restores at one moment removed each other's files)."""
    # ".." too: the checkpoint's temporary file of a build is hidden once more (".{name}…tmp"),
    # and a build killed while writing it left it (CI: kill -9 at a random moment of init)
    found = [p for p in path.parent.glob(f"*.{glob_escape(path.name)}{PARTIAL}*") if p.is_file()]
    found = [p for p in found if p.name.startswith((".", "..")) and p.name.lstrip(".").startswith(path.name)]
    live = {p.name[: -len(LOCK)].lstrip(".") for p in found if p.name.endswith(LOCK) and inuse.being_built(p)}
    return [p for p in found if not any(p.name.lstrip(".").startswith(build) for build in live)]


def _move_in(built: Path, place: Path, path: Path, *, keep: bool = False) -> None:
    """``built`` moved to ``place``, never over a file another program put there meanwhile
    (two backups in one second chose one name: the second replaced the first without a word):
    a hard link fails when the name is taken. Where links cannot be made (FAT), a rename.
    ``keep``: the built name stays too (a second link; the caller removes it) - a key file
    moved before its database: a build stopped between the two is then known by the two names
    of one file (:func:`finish_stopped_move`)."""
    try:
        os.link(built, place)
    except FileExistsError:
        if place.suffix == ".keys":
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "{path} already exists; refusing to overwrite a database"), path=path
            ) from None
        keys_path_for(place).unlink(missing_ok=True)  # ours, linked a moment ago: not left without its database
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{path} already exists; refusing to overwrite a database"), path=path
        ) from None
    except OSError:
        os.replace(built, place)
        return
    if not keep:
        built.unlink()


@contextmanager
def building(path: Path) -> Iterator[Path]:
    """A new database built beside ``path`` under a hidden name and moved into place, with
    its key slots, only when the ``with`` block ends without an error: an interruption (a
    crash, kill -9, a full disk) leaves either nothing at ``path`` or a whole database, never
    a half-made one that opens. Leftovers of killed builds are removed first. The caller
    closes the database before the block ends. Raises RepatriaError when ``path`` exists."""
    keys = keys_path_for(path)
    finish_stopped_move(path)
    if path.exists() or keys.exists():
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{path} already exists; refusing to overwrite a database"), path=path
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    log = path.with_name(path.name + "-wal")
    if log.is_file() and log.stat().st_size:
        # the last saves of a database that was at this name: replayed into the new one, they
        # would damage it for good (hostile trial: right after `init`)
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{log} holds the last saves of a database that was at {path} and is gone: a new database there "
                "would take them for its own. Move {log} aside (keep it if that database matters), then run again",
            ),
            log=log,
            path=path,
        )
    for stale in (*partial_files(path), log, path.with_name(path.name + "-shm")):
        stale.unlink(missing_ok=True)  # an empty log and SQLite's index of it hold nothing
    partial = path.with_name(f".{path.name}{PARTIAL}{new_id().hex}")
    made = (
        partial,
        keys_path_for(partial),
        *(partial.with_name(partial.name + s) for s in ("-wal", "-shm")),
        partial.with_name(partial.name + HEAD),
    )
    with inuse.building(partial.with_name(partial.name + LOCK)):  # other programs leave it alone
        try:
            yield partial
            for leftover in made[2:4]:
                if leftover.exists():  # an open connection still holds it: not closed, not whole
                    raise RuntimeError(f"{leftover.name} is still open: close the database before it is moved")
            # The key slots first: a database at ``path`` is then never without its keys. Its
            # signed checkpoint (when one was written) goes before it too, over one a database
            # deleted from this name left behind.
            _move_in(made[1], keys, path, keep=True)  # removed with the other leftovers, once the database is in
            if made[4].exists():
                os.replace(made[4], path.with_name(path.name + HEAD))
            _move_in(partial, path, path)
            sync_folder(path.parent)
        finally:
            for leftover in made:
                leftover.unlink(missing_ok=True)


def finish_stopped_move(path: Path) -> bool:
    """A build stopped between its two moves (the key file in place, the database not yet: a
    power cut, kill -9) finished now, when its hidden database is still there and the key file
    in place is its own (the same file, linked): the database is then whole at ``path``
    (hostile trial: `init` and `demo` said "already exists" and every other command "no
    database", and `make run` was stuck). Whether it did."""
    keys = keys_path_for(path)
    if path.exists() or not keys.is_file():
        return False
    for built in path.parent.glob(f".{glob_escape(path.name)}{PARTIAL}*"):
        if built.name.endswith((".keys", HEAD, LOCK, "-wal", "-shm", ".tmp")) or not built.is_file():
            continue
        built_keys = keys_path_for(built)
        try:
            ours = built_keys.is_file() and os.path.samefile(built_keys, keys)
        except OSError:
            continue
        if ours and not inuse.being_built(built.with_name(built.name + LOCK)):
            signed = built.with_name(built.name + HEAD)
            if signed.exists():  # the build's checkpoint, moved between the two
                os.replace(signed, path.with_name(path.name + HEAD))
            _move_in(built, path, path)
            for leftover in (built_keys, built.with_name(built.name + LOCK)):
                leftover.unlink(missing_ok=True)
            sync_folder(path.parent)
            return True
    return False


def sync_folder(folder: Path) -> None:
    """The renames made durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _refuse_foreign(path: Path) -> None:
    """What is at a database's path and is plainly not one is refused before anything opens
    it: SQLite would make a new, empty database in an empty file (the user's next login
    then fails for a reason that has nothing to do with them)."""
    if path.is_dir():
        raise DatabaseDamaged(QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a Repatria database"), path=path)
    if path.exists() and not path.is_file():  # a pipe or a device: reading it could wait for ever (hostile trial)
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{path} is not a file (a pipe or a device), not a Repatria database"),
            path=path,
        )
    try:
        with path.open("rb") as file:
            head = file.read(len(PLAIN_SQLITE))
    except OSError as exc:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{path} cannot be read ({detail})"), path=path, detail=exc.strerror
        ) from None
    if not head:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors", "{path} is empty: not a Repatria database (restore it from a backup, or create one)"
            ),
            path=path,
        )
    if head == PLAIN_SQLITE:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{path} is a plain SQLite file, not an encrypted Repatria database"),
            path=path,
        )


def integrity_problems(engine: Engine, limit: int = 20) -> list[str]:
    """What SQLCipher's page check (``PRAGMA cipher_integrity_check``: every page's HMAC) and
    SQLite's ``PRAGMA integrity_check`` find wrong in the database, at most ``limit`` lines of
    each; empty when it is whole."""
    problems: list[str] = []
    with engine.connect() as conn:
        problems += [str(row[0]) for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")][:limit]
        try:
            found = [str(row[0]) for row in conn.exec_driver_sql(f"PRAGMA integrity_check({limit})")]
        except DatabaseError as exc:
            # SQLite's own check could not finish (a page it needs does not decrypt): the page
            # check's answer is kept, and this said once (hostile trial: both were lost in "the
            # database refused the work")
            found = [f"SQLite's integrity check stopped: {exc.orig}"]
    # Once a page fails its HMAC, SQLite cannot read the pages below it on that connection
    # either: listing them as unreadable named intact pages (hostile re-run). The page check
    # names the damaged ones; SQLite's own words are kept only when it found nothing.
    unread = _pages_unread([line for line in found if line != "ok"])
    if problems:
        unread = [line for line in unread if not line.startswith("pages SQLite cannot read")]
    return problems + unread


_UNREAD = re.compile(r"Tree \d+ page (\d+): btreeInitPage\(\) returns error code \d+")


def _pages_unread(lines: list[str]) -> list[str]:
    """SQLite's integrity lines with its "Tree N page P: btreeInitPage() returns error code 11"
    (one per page it could not read: twenty lines for one damaged page's subtree, found by the
    third trial) said once, as the pages it could not read."""
    pages, other = [], []
    for line in (part.strip() for row in lines for part in row.splitlines()):  # a row may hold many
        found = _UNREAD.fullmatch(line)
        if found is not None:
            pages.append(int(found.group(1)))
        elif line and line != "*** in database main ***":
            other.append(line)
    if pages:
        other.append(f"pages SQLite cannot read: {', '.join(str(p) for p in sorted(pages))}")
    return other


_DAMAGE_WORDS = ("malformed", "not a database", "hmac", "corrupt")


def _refuse_foreign_log(path: Path, key: bytes) -> None:
    """A log of last saves that is not this database's own, found before SQLite replays it into
    the database for good: SQLite binds a log to no particular database, so another database's
    (a crash left it, and the user started over with `init`) or another copy's is taken as its
    own (hostile trial: the database was damaged for good, and the log consumed). A log is
    there when a program stopped without closing (every close folds it in); it is tried on a
    copy first: the copy with it must read whole where the copy without it does. Otherwise it
    is moved aside, kept, and DatabaseDamaged says so; nothing else is touched."""
    log = path.with_name(path.name + "-wal")
    try:
        if log.stat().st_size == 0 or not inuse.alone(path):
            return
    except OSError:
        return
    try:
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=f".{path.name}.log-check-") as folder:
            copy = Path(folder) / "copy.db"
            shutil.copyfile(path, copy)
            shutil.copyfile(log, copy.with_name(copy.name + "-wal"))
            if _reads_whole(copy, key):
                return
            copy.with_name(copy.name + "-wal").unlink(missing_ok=True)  # maybe folded in at close
            copy.with_name(copy.name + "-shm").unlink(missing_ok=True)
            shutil.copyfile(path, copy)  # as it was before the log was tried on it
            if not _reads_whole(copy, key):
                return  # the database itself is damaged: said as such when it is opened
    except OSError:
        return  # no room for the trial copy (a full disk is said when the database is opened)
    aside = log.with_name(f"{log.name}.not-its-own-{new_id().hex[:12]}")
    os.replace(log, aside)
    path.with_name(path.name + "-shm").unlink(missing_ok=True)  # SQLite's index of the log moved aside
    raise DatabaseDamaged(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path}: the log of last saves beside it does not belong to it (another database's, or another copy's): "
            "replayed, it would have damaged the database for good. It was moved aside as {aside} and nothing else "
            "was changed: open the database again to work with it as of its last complete save",
        ),
        path=path,
        aside=aside.name,
    )


def _failed_pages(path: Path, key: bytes, limit: int = 20) -> list[str]:
    """SQLCipher's page check of the database at ``path``: its lines, or [] when it cannot run."""
    return (_pragma_rows(path, key, "PRAGMA cipher_integrity_check") or [])[:limit]


def _reads_whole(path: Path, key: bytes) -> bool:
    """Whether the database at ``path`` (with the log beside it) reads whole with ``key``."""
    return _pragma_rows(path, key, "PRAGMA quick_check") == ["ok"]


def _refuse_damaged_log(path: Path) -> None:
    """DatabaseDamaged, before SQLite reads the log, when the write-ahead log a stopped
    program left holds saves SQLite would silently drop (models.core.wal). A log in use by a
    running program is its own: not read."""
    log = path.with_name(path.name + "-wal")
    if not log.is_file() or not inuse.alone(path):
        return
    try:
        found = wal.damage(log)
    except OSError:
        return  # unreadable: SQLite says so itself when it opens the database
    if found is not None and found.tail:
        # Opening drops the last save (as after any crash during a save): a copy of the log is
        # kept beside the database first, so that a save damaged after it was written is not
        # gone for good (hostile trial a05). `check` names it when the checkpoint says so.
        with contextlib.suppress(OSError):
            kept = log.with_name(f"{log.name}.last-save-{new_id().hex[:12]}")
            shutil.copyfile(log, kept)
            os.chmod(kept, 0o600)
        return
    if found is not None and found.frame == 0:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: the header of the log of its last saves ({log}) is damaged, and opening the database would "
                "silently drop the {count} save(s) in it. Nothing was changed. Keep a copy of both files for "
                "headquarters; then restore from a backup (`repatria restore`), or move {log} aside to open the "
                "database without those saves",
            ),
            path=path,
            log=log.name,
            count=found.lost_saves,
        )
    if found is not None:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path}: the log of its last saves ({log}) is damaged at frame {frame}, and opening the database "
                "would silently drop the {count} save(s) written after it. Nothing was changed. Keep a copy of both "
                "files for headquarters; then restore from a backup (`repatria restore`), or move {log} aside to "
                "open the database without those saves",
            ),
            path=path,
            log=log.name,
            frame=found.frame,
            count=found.lost_saves,
        )


def _logged_account(conn: Connection, account_id: uuid.UUID, office_id: uuid.UUID) -> tuple[Role | None, bool] | None:
    """The account's role and whether it is active as this office's change log gives them: a
    role raised or an admin added by SQL, with the database key every user unwraps, acts with
    what the log says until `check` names it (hostile trial: a ghost admin acted until someone
    ran a check). (None, False): the log holds accounts but not this one. None: it holds none
    (a database older than logged accounts): the table is taken as it is."""
    own = {office_id, *conn.scalars(select(OfficeChain.chain_id).where(OfficeChain.office_id == office_id))}
    rows = conn.execute(
        select(ChangeEvent.office_id, ChangeEvent.op, ChangeEvent.changes)
        .where(ChangeEvent.entity == "user_account", ChangeEvent.record_id == account_id)
        .order_by(ChangeEvent.at, ChangeEvent.office_id, ChangeEvent.seq)
    ).all()
    mine = [(op, changes) for office, op, changes in rows if office in own]
    if not mine:
        anyone = conn.scalar(select(ChangeEvent.id).where(ChangeEvent.entity == "user_account").limit(1))
        return None if anyone is None else (None, False)
    role: Role | None = None
    active = False
    for op, changes in mine:
        values = changes if isinstance(changes, dict) else json.loads(changes or "{}")
        if ChangeOp(op) is ChangeOp.DELETE:
            role, active = None, False
            continue
        with contextlib.suppress(ValueError, TypeError, IndexError, KeyError):
            if "role" in values:
                role = Role(values["role"][1])
            if "active" in values:
                active = bool(values["active"][1])
    return role, active


def _logged_rewrap(
    db: Database, slots: KeySlots, user: str, password: str, key: bytes, params: KdfParams, what: str
) -> None:
    """A user's slot rewrapped under a new password and the change logged, both or neither: a
    log that cannot be written (a full disk) puts the old slot back, so that "nothing was
    changed" holds (hostile trial: the password had changed, unlogged, and the old one failed)."""
    before = copy.deepcopy(slots.slots.get(user))
    slots.add(user, password, key, params)
    try:
        with slots.saving():  # the new key file goes in place once the change is logged
            db._log_password(user, what)
    except BaseException:
        if before is None:
            slots.slots.pop(user, None)
        else:
            slots.slots[user] = before
        raise


def _later(chain: uuid.UUID | None, office_id: uuid.UUID) -> uuid.UUID | None:
    """An actor's chain when it is not the office's first (models.core.chains)."""
    return None if chain is None or chain == office_id else chain


class Database:
    """An open database: the engine, the unit-of-work sessions and who is logged in."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        actor: Actor,
        slots: KeySlots,
        key: bytes,
        held: tuple[int, int] | None = None,
    ) -> None:
        self.path = path
        self._held = held  # models.core.inuse: this program has the file open
        self.engine = engine
        self.actor = actor
        self._key = key  # held in memory while open: an admin adds users' key slots with it
        self.slots = slots
        self._read = sessionmaker(bind=engine, class_=RepatriaSession, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(write=True), class_=RepatriaSession, expire_on_commit=False
        )
        # Called after each committed write session (the signed checkpoint of the change log's
        # head, models.bundles.checkpoint, installed by the facades): the core knows no keys.
        self.after_write: list[Callable[[Database], None]] = []

    # -- units of work ------------------------------------------------------------

    @contextmanager
    def write(self, actor: Actor | None = None) -> Iterator[RepatriaSession]:
        """One transaction for one user action: commits at the end, rolls back on error."""
        with self._damage_told(), self._write() as session, session.begin():
            session.info["actor"] = actor or self.actor
            yield session
        for written in list(self.after_write):
            written(self)

    @contextmanager
    def read(self) -> Iterator[RepatriaSession]:
        with self._damage_told(), self._read() as session, session.begin():
            session.info["actor"] = self.actor
            yield session

    @contextmanager
    def _damage_told(self) -> Iterator[None]:
        """SQLite's "malformed" (a page that does not decrypt or does not parse) as a sentence
        saying what to do, never a traceback from whichever command met it first. Only the
        driver's own words are kept: the failed statement's parameters may be personal data."""
        try:
            yield
        except DatabaseError as exc:
            said = str(exc.orig).lower()
            if "disk is full" in said or "disk i/o error" in said:
                raise DatabaseNotWritten(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} could not be written ({detail}): nothing was changed. Free some space on its "
                        "disk (or check the disk) and try again",
                    ),
                    path=self.path,
                    detail=str(exc.orig),
                ) from None
            if isinstance(exc, OperationalError) or not any(w in said for w in _DAMAGE_WORDS):
                raise
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is damaged ({detail}): `repatria check` names the damaged pages; restore the "
                    "database from a backup (`repatria restore`)",
                ),
                path=self.path,
                detail=str(exc.orig),
            ) from None

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the database, while it is in use, at ``target`` (which must
        not exist): SQLite's online backup API on the SQLCipher connection, page by page into
        a file encrypted with the same key (never a file copy of a live database, which can
        catch a write half-done), and the key slots beside it (``<target>.keys``)."""
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only, as created
        source = self.engine.raw_connection()
        try:
            copy = _keyed_connection(target, self._key)
            try:
                source.driver_connection.backup(copy)  # type: ignore[union-attr]
            finally:
                copy.close()
        finally:
            source.close()
        # the key file as it is now (a user or the recovery slot may have been added by another
        # program since this one opened), else as this program read it
        try:
            current = KeySlots.load(keys_path_for(self.path))
        except RepatriaError:
            current = self.slots
        if current.database_id != self.slots.database_id:
            current = self.slots
        slots = KeySlots(
            keys_path_for(target), current.database_id, dict(current.slots), current.demo, current.recovery
        )
        slots.save()

    def open_copy(self, path: Path) -> Database:
        """A copy made by :meth:`copy_to`, opened with this database's key as this user."""
        return Database.open(path, self.actor.user_name, "", unlocked=(KeySlots.load(keys_path_for(path)), self._key))

    def close(self) -> None:
        try:  # SQLite's advice for a closing application: refresh the planner's statistics where stale
            with self.engine.connect() as conn:
                # Never a wait at close (the hostile trial saw 15 s while another program wrote):
                # a database busy elsewhere is optimised another time, and each table's statistics
                # come from a bounded sample (SQLite's advice for PRAGMA optimize, analysis_limit)
                conn.exec_driver_sql("PRAGMA busy_timeout = 0")
                conn.exec_driver_sql("PRAGMA analysis_limit = 400")
                conn.exec_driver_sql("PRAGMA optimize")
        except DatabaseError:
            pass  # a database that cannot be optimised still closes
        finally:
            self.engine.dispose()
            inuse.release(self._held)
            self._held = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def actor_for(self, user: str, password: str) -> Actor:
        """Another user of this database, proven by their password (a board member signing
        on this laptop): WrongPassword / UnknownUser otherwise. The database stays as it is."""
        slots = KeySlots.load(keys_path_for(self.path))
        if slots.unwrap(user, password) != self._key:
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP("Errors", "the key slot of {user!r} opens another database"), user=user
            )
        with self.engine.connect() as conn:
            account = conn.execute(
                select(UserAccount.id, UserAccount.role, UserAccount.office_id, UserAccount.active).where(
                    UserAccount.name == user
                )
            ).first()
        if account is None or not account.active:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "the user {user!r} is disabled in this database"), user=user
            )
        same = account.office_id == self.actor.office_id
        return Actor(account.id, user, account.office_id, account.role, self.actor.chain_id if same else None)

    # -- passwords ----------------------------------------------------------------

    def add_user_slot(self, user: str, password: str, key: bytes, params: KdfParams = DEFAULT_KDF) -> None:
        self.slots.add(user, password, key, params)
        self.slots.save()

    def wrap_key_for(self, user: str, password: str, params: KdfParams = DEFAULT_KDF) -> None:
        """Give ``user`` a key slot of this database's key, in memory until ``slots.save()``:
        a new user's slot is written only once their account is committed."""
        if user in self.slots.slots:
            raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "a key slot for {user!r} exists already"), user=user)
        self.slots.add(user, password, self._key, params)

    def reset_password(self, name: str, password: str, params: KdfParams = DEFAULT_KDF) -> None:
        """Give a user a new password (an admin helping someone who forgot theirs)."""
        if not self.actor.role.at_least(Role.ADMIN):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "{user_name} ({role}) may not reset passwords"),
                user_name=self.actor.user_name,
                role=self.actor.role,
            )
        if name not in self.slots.slots and name not in self.accounts_without_slots():
            raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "no key slot for {name!r}"), name=name)
        # an account whose slot is missing (a `users add` killed between its two writes: hostile
        # trial a21) gets one here: nothing else could give it a way in
        _logged_rewrap(self, self.slots, name, password, self._key, params, f"reset by {self.actor.user_name}")

    def accounts(self) -> dict[str, bool]:
        """Every account's name and whether it is active."""
        with self.engine.connect() as conn:
            return {name: bool(active) for name, active in conn.execute(select(UserAccount.name, UserAccount.active))}

    def accounts_without_slots(self) -> list[str]:
        """Active accounts with no key slot: they cannot sign in until an admin resets their
        password (``check`` names them)."""
        with self.engine.connect() as conn:
            names = conn.execute(select(UserAccount.name).where(UserAccount.active.is_(True))).scalars()
            return sorted(name for name in names if name not in self.slots.slots)

    def set_recovery(self, recipient: str) -> None:
        """The recovery slot: this database's key wrapped to headquarters' recovery key (an age
        public key, ``age1…``; admins). Replaces an earlier one."""
        if not self.actor.role.at_least(Role.ADMIN):
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Errors", "{user_name} ({role}) may not set the recovery slot"),
                user_name=self.actor.user_name,
                role=self.actor.role,
            )
        self.slots = KeySlots.load(self.slots.path)  # as it is now: another program may have added a user
        self.slots.set_recovery(recipient, self._key)
        self.slots.save()

    @classmethod
    def recover(cls, path: Path, identity_text: str, user: str, password: str, params: KdfParams = DEFAULT_KDF) -> None:
        """A new password for ``user`` when no password is known: the database key from the
        recovery slot with headquarters' recovery identity, checked by opening the database as
        ``user`` (who must have an active account), then wrapped under ``password`` in the
        user's slot. Raises RepatriaError (no slot, the wrong identity), UnknownUser."""
        if not path.exists():
            raise DatabaseMissing(QT_TRANSLATE_NOOP("Errors", "no database at {path}"), path=path)
        _refuse_foreign(path)
        slots = KeySlots.load(keys_path_for(path))
        key = slots.recover_key(identity_text)
        with cls.open(path, user, "", unlocked=(slots, key)) as db:  # the key opens it; an active user
            _logged_rewrap(db, slots, user, password, key, params, "reset with headquarters' recovery key")

    def change_password(self, user: str, old: str, new: str, params: KdfParams = DEFAULT_KDF) -> None:
        """Rewrap the database key for one user; the database itself is not rewritten."""
        key = self.slots.unwrap(user, old)
        _logged_rewrap(self, self.slots, user, new, key, params, f"changed by {self.actor.user_name}")

    def _log_password(self, user: str, what: str) -> None:
        """A password change or reset in the change log (issue 17: who, when, how; never the
        secret), as a change of the user's account: the key slots live beside the database,
        and a change of them made outside the app leaves the log without it."""
        with self.write() as session:
            account = session.scalar(select(UserAccount.id).where(UserAccount.name == user))
            if account is not None:
                append_events(
                    session,
                    self.actor,
                    [PendingChange("user_account", account, ChangeOp.UPDATE, {"password": [None, what]})],
                )

    # -- opening ----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        admin: str,
        password: str,
        *,
        office_code: str = "HQ",
        office_name: str = "Coordination Headquarters",
        office_kind: OfficeKind = OfficeKind.HQ,
        kdf: KdfParams = DEFAULT_KDF,
        demo: bool = False,
        office_keys: Callable[[Session, Office], None] | None = None,
    ) -> Database:
        """A new encrypted database with its local office and first admin user.
        ``office_keys(session, office)`` gives the office its keys in the same transaction
        (models.bundles.offices.give_keys: the core does not know how keys are made)."""
        keys_path = keys_path_for(path)
        if path.exists() or keys_path.exists():
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "{path} already exists; refusing to overwrite a database"), path=path
            )
        if not admin.strip():
            raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "the admin user name must not be empty"))
        check_office_code(office_code)
        slots, key = KeySlots.create(keys_path)
        slots.add(admin, password, key, kdf)
        if demo:
            slots.demo = DemoCredentials(admin, password)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Owner-only from its first byte, like the key slots: encrypted or not, nobody else on
        # the machine needs to read it (SQLite gives its journal files the database's mode).
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        held = inuse.hold(path)
        engine = _encrypted_engine(path, key)
        try:
            with engine.begin() as conn:
                upgrade_to_head(conn)
            office_id = new_id()
            bootstrap = Actor(None, admin, office_id, Role.ADMIN)
            db = cls(path, engine, bootstrap, slots, key, held)
            with db.write() as session:
                office = Office(id=office_id, code=office_code, name=office_name, kind=office_kind)
                session.add(office)
                if office_keys is not None:
                    office_keys(session, office)
                session.add(Setting(key=LOCAL_OFFICE_KEY, value=str(office_id)))
                user = UserAccount(name=admin, full_name=admin, role=Role.ADMIN, office_id=office_id)
                session.add(user)
                session.flush()
                user_id = user.id
            db.actor = Actor(user_id, admin, office_id, Role.ADMIN)
            slots.save()  # last: until now, a failure leaves no key file to a half-made database
            return db
        except BaseException:
            engine.dispose()
            inuse.release(held)
            for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
                leftover.unlink(missing_ok=True)
            raise

    @classmethod
    def open(
        cls,
        path: Path,
        user: str,
        password: str,
        *,
        migrate: bool = True,
        unlocked: tuple[KeySlots, bytes] | None = None,
    ) -> Database:
        """The database at ``path`` as ``user``. ``unlocked``: its key slots and key, already
        unwrapped with this user and password (``KeySlots.unlock``, run beside the imports)."""
        refuse_interrupted_restore(path)
        finish_stopped_move(path)
        if not path.exists():
            raise DatabaseMissing(
                QT_TRANSLATE_NOOP("Errors", "no database at {path} (create one with `repatria init`)"), path=path
            )
        _refuse_foreign(path)
        _refuse_damaged_log(path)
        # WrongPassword before the file is touched
        slots, key = unlocked if unlocked is not None else KeySlots.unlock(path, user, password)
        _refuse_foreign_log(path, key)
        held = inuse.hold(path)
        engine = _encrypted_engine(path, key)
        try:
            with engine.connect() as conn:
                current = _current_revision(conn)
            if current != SCHEMA_HEAD:
                if current is not None and current not in _known_revisions():
                    # a database a newer version made or upgraded: Alembic could only fail
                    # with its own words ("Can't locate revision"; hostile trial a27)
                    raise RepatriaError(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{path} was made or opened by a newer version of Repatria (its schema is {current}; "
                            "this version knows up to {head}): open it with that version",
                        ),
                        path=path,
                        current=current,
                        head=SCHEMA_HEAD,
                    )
                if not migrate:
                    raise RepatriaError(
                        QT_TRANSLATE_NOOP("Errors", "{path} needs an upgrade (schema {current})"),
                        path=path,
                        current=current,
                    )
                try:
                    with engine.begin() as conn:
                        upgrade_to_head(conn)
                        # a migration may change the tables' contents wholesale: the query planner's
                        # statistics are remade (SQLite otherwise plans from guesses)
                        conn.exec_driver_sql("ANALYZE")
                except OperationalError as exc:
                    # the pages decrypt and the stamp is one we know, yet its tables are not what it
                    # says (a stamp set back by hand: "table already exists"); the upgrade's one
                    # transaction is rolled back (hostile trial: read "the file does not decrypt")
                    raise DatabaseDamaged(
                        QT_TRANSLATE_NOOP(
                            "Errors",
                            "{path}: its tables do not match its schema stamp {current}, so it cannot be "
                            "upgraded ({detail}); it was changed outside the app: restore it from a backup. "
                            "Nothing was changed",
                        ),
                        path=path,
                        current=current,
                        detail=exc.orig,
                    ) from None
            with engine.connect() as conn:
                account = conn.execute(
                    select(UserAccount.id, UserAccount.role, UserAccount.office_id, UserAccount.active).where(
                        UserAccount.name == user
                    )
                ).first()
                chain = None if account is None else chains.current_chain(conn, account.office_id)
                logged = None if account is None else _logged_account(conn, account.id, account.office_id)
        except DatabaseError as exc:
            engine.dispose()
            inuse.release(held)
            if not os.access(path.parent, os.W_OK) or not os.access(path, os.W_OK):
                # SQLite keeps its log beside the database even to read it: a write-protected
                # stick reads "unable to open database file", which is no damage (hostile trial)
                raise RepatriaError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is on a disk or in a folder that cannot be written (a write-protected USB "
                        "stick?): copy it, with its .keys file, to a folder of this computer first",
                    ),
                    path=path,
                ) from None
            said = str(exc.orig).lower()
            if "database is locked" in said:
                # another program (an SQLite browser) holds it exclusively: busy, not broken (hostile trial)
                raise DatabaseBusy(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is held by another program that does not let others read it (an SQLite browser?): "
                        "close that program, then try again; nothing was changed",
                    ),
                    path=path,
                ) from None
            if ("disk is full" in said or "disk i/o error" in said) and _nearly_full(path.parent):
                # SQLite needs room for its log and shared memory even to read (hostile trial
                # a09: a full disk read "damaged or not a Repatria database")
                raise DatabaseNotWritten(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} cannot be opened: the disk it is on is full. Free some space there and try "
                        "again; nothing was changed",
                    ),
                    path=path,
                ) from None
            if "not a database" in said:  # the first page does not decrypt with this key file's key
                raise DatabaseDamaged(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} does not decrypt with the key in {keys} (the password opens that key file): the "
                        "key file belongs to another database (copied beside it by mistake?), or the database's "
                        "first page is damaged",
                    ),
                    path=path,
                    keys=keys_path_for(path),
                ) from None
            pages = _failed_pages(path, key)
            if pages:  # the pages it could not read on the way in, named (hostile re-run)
                raise DatabaseDamaged(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{path} is damaged ({problems}): it cannot be opened. Restore it from a backup "
                        "(repatria restore BACKUP --to DB); nothing was changed",
                    ),
                    path=path,
                    problems="; ".join(pages),
                ) from None
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{path} is damaged or is not a Repatria database (the key is right but the file does not "
                    "decrypt: {detail})",
                ),
                path=path,
                detail=exc.orig,
            ) from None
        except BaseException:
            engine.dispose()
            inuse.release(held)
            raise
        if account is None:
            engine.dispose()
            inuse.release(held)
            raise UnknownUser(user)
        role, active = (account.role, account.active) if logged is None else logged
        if role is None:
            engine.dispose()
            inuse.release(held)
            raise RepatriaError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the user {user!r} was not made in the app (the change log holds no such account): nothing was "
                    "opened; an admin runs repatria check, and tells headquarters",
                ),
                user=user,
            )
        if not active:
            engine.dispose()
            inuse.release(held)
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "the user {user!r} is disabled in this database"), user=user
            )
        actor = Actor(account.id, user, account.office_id, role, _later(chain, account.office_id))
        return cls(path, engine, actor, slots, key, held)
