"""Key slots: one random database key, wrapped separately for every user.

The SQLCipher database is encrypted with a random 256-bit key that nobody
types. Each user's password derives (Argon2id) a key-encryption key that wraps
the database key with AES-256-GCM; the result is that user's slot. A password
change rewrites one slot, never the database; a wrong password fails the GCM
tag check before the database is touched. The slots live beside the database
in ``<db>.keys`` (JSON), written atomically. The slot file holds staff login
names but no personal data of the registry.

Damage is told apart from a wrong password: each slot carries ``check``, the SHA-256 of
everything in it and the database id (not a secret, and no protection against someone who
edits the file on purpose - the GCM tag and the change log are that): a changed byte in a
salt, nonce, wrapped key or database id reads "the key slot ... is damaged", not "wrong
password". Argon2 parameters are range-checked before use, so a damaged slot cannot make a
login allocate gigabytes or run for minutes.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import hashlib
import json
import os
import secrets
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from models.core.errors import DatabaseDamaged, RepatriaError, UnknownUser, WrongPassword
from models.core.i18n import QT_TRANSLATE_NOOP

FORMAT = "repatria-keyslots/1"
KEY_BYTES = 32


def _damaged(path: Path, detail: str) -> DatabaseDamaged:
    return DatabaseDamaged(
        QT_TRANSLATE_NOOP("Errors", "the key file {path} is damaged ({detail})"), path=path, detail=detail
    )


# Beside a database while a restore moves files into its place: what was there is kept as the
# path it holds. A restore stopped between its renames leaves it, and the database is refused
# with a sentence instead of opened half-replaced (models.core.backup.restore).
RESTORING = ".restoring"


def refuse_interrupted_restore(path: Path) -> None:
    """RepatriaError when a restore onto ``path`` stopped between its renames (a kill, a power
    cut): the database there may be the old one without its log, or the new one without its
    key file, or none. Nothing is lost - the old files are kept under the name the marker
    holds - but opening what is there would show the wrong database or fail obscurely."""
    marker = path.with_name(path.name + RESTORING)
    try:
        kept = marker.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError):
        kept = ""
    if not kept:
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors", "a restore onto {path} was stopped before it ended: run the same restore again"
            ),
            path=path,
        )
    raise RepatriaError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "a restore onto {path} was stopped before it ended: run the same restore again. The database "
            "that was there before is kept as {kept} (with its .keys file)",
        ),
        path=path,
        kept=kept,
    )


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is RFC 9106's second recommended set, scaled to a laptop."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


DEFAULT_KDF = KdfParams()
# Bounds a slot's Argon2 parameters must be within (RFC 9106: lanes 1..2^24-1, memory at least
# 8 KiB per lane); the upper ones keep a login under seconds on a laptop: 1 GiB, 16 passes,
# and no more than 2 GiB of memory passes in all (the default is 192 MiB).
MEMORY_KIB = (8, 1024 * 1024)
ITERATIONS = (1, 16)
LANES = (1, 16)
MEMORY_PASSES_KIB = 2 * 1024 * 1024


def checked_params(memory_kib: object, iterations: object, lanes: object) -> KdfParams:
    """Argon2id parameters read from a slot. Raises ValueError when one is outside its bounds."""
    values = []
    for name, value, (low, high) in (
        ("memory", memory_kib, MEMORY_KIB),
        ("iterations", iterations, ITERATIONS),
        ("lanes", lanes, LANES),
    ):
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValueError(f"the key derivation's {name} ({value!r}) is outside {low}..{high}")
        values.append(value)
    memory, passes, parallel = values
    if memory < 8 * parallel or memory * passes > MEMORY_PASSES_KIB:
        raise ValueError(f"the key derivation's cost ({memory} KiB x {passes}) is out of bounds")
    return KdfParams(memory, passes, parallel)


def keys_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(password.encode("utf-8"))


@dataclass(frozen=True)
class DemoCredentials:
    """Only demo databases (fake data) advertise a login, so the login dialog can offer it."""

    user: str
    password: str


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive ``flock`` on the folder of a key file while it is read and rewritten (the
    file itself is replaced by a rename, so it cannot carry the lock). Where there is no
    ``flock`` (Windows), none."""
    try:
        import fcntl  # noqa: PLC0415 - POSIX only
    except ImportError:
        yield
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:  # a folder that cannot be opened for a lock (some network mounts): no lock
        yield
        return
    try:
        with contextlib.suppress(OSError):  # a file system without flock: the save goes on unlocked
            fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)


# A key file holds a few hundred bytes per user; one this large is not one.
MAX_KEYS_BYTES = 4 * 1024 * 1024


class KeySlots:
    """The ``.keys`` file of one database."""

    def __init__(
        self,
        path: Path,
        database_id: str,
        slots: dict[str, dict[str, Any]],
        demo: DemoCredentials | None = None,
        recovery: dict[str, str] | None = None,
    ) -> None:
        self.path = path
        self.database_id = database_id
        self.slots = slots
        self.demo = demo
        self.recovery = recovery  # the database key for headquarters' recovery key, or None
        # as read or last written: what this program changed is told from what another did
        self._saved = (copy.deepcopy(slots), copy.deepcopy(recovery))

    # -- creating and reading -------------------------------------------------

    @classmethod
    def create(cls, path: Path) -> tuple[KeySlots, bytes]:
        """A new slot file and the fresh random database key it will protect."""
        return cls(path, str(uuid.uuid4()), {}), secrets.token_bytes(KEY_BYTES)

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            with path.open("rb") as file:
                raw = file.read(MAX_KEYS_BYTES + 1)  # never without limit (a link to /dev/zero: hostile trial)
        except FileNotFoundError:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "the key file {path} is missing: without it the database cannot be opened"),
                path=path,
            ) from None
        # The detail says what is wrong in words a clerk can pass on (the hostile trial saw the
        # JSON parser's and Python's own: "Expecting value: line 1 column 1", "('slots')").
        if len(raw) > MAX_KEYS_BYTES:
            raise _damaged(path, f"it is larger than a key file may be ({MAX_KEYS_BYTES:,} bytes)")
        try:
            doc = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise _damaged(path, "it is not a key file: cut short, overwritten or another file") from None
        if not isinstance(doc, dict):
            raise _damaged(path, "it is not a key file: another kind of data")
        if doc.get("format") != FORMAT:
            raise _damaged(path, f"unknown format {str(doc.get('format'))[:40]!r}")
        slots = doc.get("slots")
        if not isinstance(slots, dict) or not slots:
            raise _damaged(path, "its list of users is missing")
        for name, slot in slots.items():
            if not isinstance(slot, dict) or not {"kdf", "salt", "nonce", "wrapped"} <= set(slot):
                raise _damaged(path, f"the slot of {name[:64]!r} is incomplete")
        if not isinstance(doc.get("database_id"), str):
            raise _damaged(path, "the id of its database is missing")
        try:
            demo = DemoCredentials(**doc["demo"]) if doc.get("demo") else None
        except TypeError:
            raise _damaged(path, "the demo entry is incomplete") from None
        recovery = doc.get("recovery")
        if recovery is not None and not (isinstance(recovery, dict) and {"recipient", "wrapped"} <= set(recovery)):
            raise _damaged(path, "the recovery slot is incomplete")
        return cls(path, doc["database_id"], dict(slots), demo, recovery)

    def save(self) -> None:
        """Write this program's changes of the slots into the file as it is now (see
        :meth:`saving`)."""
        with self.saving():
            pass

    @contextmanager
    def saving(self) -> Iterator[None]:
        """Write this program's changes of the slots into the file as it is now, under a lock:
        another program's changes made since this one read it stay (hostile trial: of a
        `passwd` and a `users disable` at one moment, the last to save won, and a disabled
        user's password opened the database again). The new file is written first and put in
        place when the block ends without an error (what must go with it, the change's event,
        is written in the block: hostile trial, a full disk had the password changed unlogged);
        otherwise it is dropped, and these slots are as they were read. Atomic: a crash leaves
        either the old file or the new one, never half."""
        before = (copy.deepcopy(self.slots), copy.deepcopy(self.recovery))
        with _folder_lock(self.path.parent):
            try:
                current = KeySlots.load(self.path) if self.path.exists() else None
            except RepatriaError:
                current = None  # damaged: this program's whole view is written
            if current is not None and current.database_id == self.database_id:
                slots, recovery = dict(current.slots), current.recovery
                saved_slots, saved_recovery = self._saved
                for user, slot in self.slots.items():
                    if saved_slots.get(user) != slot:
                        slots[user] = slot
                for user in saved_slots:
                    if user not in self.slots:
                        slots.pop(user, None)
                if self.recovery != saved_recovery:
                    recovery = self.recovery
                self.slots, self.recovery = slots, recovery
            written = self._written()
            try:
                yield
                os.replace(written, self.path)
            except BaseException:
                written.unlink(missing_ok=True)
                self.slots, self.recovery = before
                raise
            dir_fd = os.open(self.path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
            self._saved = (copy.deepcopy(self.slots), copy.deepcopy(self.recovery))

    def _written(self) -> Path:
        """The file as it will be, written beside it under a temporary name."""
        doc: dict[str, Any] = {"format": FORMAT, "database_id": self.database_id, "slots": self.slots}
        if self.demo:
            doc["demo"] = asdict(self.demo)
        if self.recovery:
            doc["recovery"] = self.recovery
        data = json.dumps(doc, indent=2, sort_keys=True).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return Path(tmp)

    # -- slots ------------------------------------------------------------------

    def _check(self, user: str, slot: dict[str, Any]) -> str:
        """The slot's integrity check: SHA-256 of its fields, its user and the database id."""
        fields = {k: v for k, v in slot.items() if k != "check"}
        text = json.dumps([self.database_id, user, fields], sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _aad(self, user: str) -> bytes:
        # Binds a slot to this database and this user: a slot copied elsewhere does not open.
        return f"repatria/{self.database_id}/{user}".encode()

    def add(self, user: str, password: str, database_key: bytes, params: KdfParams = DEFAULT_KDF) -> None:
        if not password:
            raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "the password must not be empty"))
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        kek = _derive(password, salt, params)
        wrapped = AESGCM(kek).encrypt(nonce, database_key, self._aad(user))
        slot: dict[str, Any] = {
            "kdf": {"name": "argon2id", **asdict(params)},
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
        }
        slot["check"] = self._check(user, slot)
        self.slots[user] = slot

    def unwrap(self, user: str, password: str) -> bytes:
        slot = self.slots.get(user)
        if slot is None:
            # A slot whose check holds for this user under another name is this user's, its name
            # damaged in the file (hostile trial: read as "no user named 'admin'")
            for name, other in self.slots.items():
                if isinstance(other, dict) and other.get("check") == self._check(user, other):
                    raise _damaged(self.path, f"the key slot of {user!r} names another user, {name[:64]!r}")
            raise UnknownUser(user)
        params, salt, nonce, wrapped = self._parts(user, slot)
        kek = _derive(password, salt, params)
        try:
            key = AESGCM(kek).decrypt(nonce, wrapped, self._aad(user))
        except InvalidTag:
            raise WrongPassword() from None
        if len(key) != KEY_BYTES:
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP("Errors", "the key slot of {user!r} in {path} is damaged"), user=user, path=self.path
            )
        return key

    def damaged_slots(self) -> list[str]:
        """What is wrong with each user's slot, without any password (``check`` names them: a
        damaged slot of another user went unnoticed into backup after backup, hostile trial)."""
        problems = []
        for user, slot in sorted(self.slots.items()):
            try:
                self._parts(user, slot)
            except DatabaseDamaged as exc:
                problems.append(str(exc))
        damage = self._recovery_damaged()
        if damage is not None:  # said so, not found on the day every password is lost
            problems.append(
                f"the recovery slot in {self.path} is damaged ({damage}): headquarters set it again "
                "(repatria recovery set RECIPIENT)"
            )
        return problems

    def _parts(self, user: str, slot: dict[str, Any]) -> tuple[KdfParams, bytes, bytes, bytes]:
        """A slot's key derivation, salt, nonce and wrapped key, checked; DatabaseDamaged otherwise."""
        try:
            # a slot written before checks existed has none: it is judged by the GCM tag alone
            if "check" in slot and slot["check"] != self._check(user, slot):
                raise ValueError("its check does not match: bytes of it changed")
            kdf = slot["kdf"]
            if kdf.get("name") != "argon2id":
                raise ValueError(f"unknown key derivation {kdf.get('name')!r}")
            params = checked_params(kdf["memory_kib"], kdf["iterations"], kdf["lanes"])
            salt, nonce, wrapped = _unb64(slot["salt"]), _unb64(slot["nonce"]), _unb64(slot["wrapped"])
            if len(salt) < 16 or len(nonce) != 12 or len(wrapped) != KEY_BYTES + 16:
                raise ValueError("a salt, nonce or wrapped key of the wrong length")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP("Errors", "the key slot of {user!r} in {path} is damaged ({detail})"),
                user=user,
                path=self.path,
                detail=exc,
            ) from None
        return params, salt, nonce, wrapped

    @classmethod
    def unlock(cls, db_path: Path, user: str, password: str) -> tuple[KeySlots, bytes]:
        """The key slots of the database at ``db_path`` and its key, unwrapped for ``user``
        (the errors of :meth:`load` and :meth:`unwrap`). Argon2id releases the GIL, so a
        caller may run this in a thread while it loads the database stack."""
        refuse_interrupted_restore(db_path)  # its key file may be the backup's already: said first
        slots = cls.load(keys_path_for(db_path))
        return slots, slots.unwrap(user, password)

    # -- the recovery slot -----------------------------------------------------------------

    def set_recovery(self, recipient: str, database_key: bytes) -> None:
        """Wrap the database key to headquarters' recovery key (an age X25519 recipient,
        ``age1…``), so that ``recover`` can give a user a new password when every password is
        lost. age (pyrage) encrypts; the plaintext names this database, so a recovery slot
        copied to another database's key file does not open it. Raises RepatriaError for a
        recipient that is not an age X25519 public key."""
        import pyrage  # noqa: PLC0415 - only recovery needs age: login stays light

        try:
            public = pyrage.x25519.Recipient.from_str(recipient.strip())
        except (ValueError, pyrage.RecipientError) as exc:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "{recipient!r} is not an age public key (age1…): {detail}"),
                recipient=recipient[:80],
                detail=exc,
            ) from None
        plain = json.dumps({"database_id": self.database_id, "key": _b64(database_key)}).encode()
        wrapped = _b64(pyrage.encrypt(plain, [public]))
        self.recovery = {"recipient": recipient.strip(), "wrapped": wrapped}
        self.recovery["check"] = self._recovery_check(self.recovery)

    @staticmethod
    def _recovery_check(recovery: dict[str, str]) -> str:
        """A digest of the recovery slot beside it, as each user's slot has one: accidental
        damage then reads "damaged", not "this recovery key does not open it", and ``check``
        finds it before the day it is needed (hostile trial a16)."""
        text = f"{recovery.get('recipient', '')}\n{recovery.get('wrapped', '')}".encode()
        return hashlib.sha256(b"repatria recovery slot\n" + text).hexdigest()

    def _recovery_damaged(self) -> str | None:
        """What is wrong with the recovery slot (None: whole, or none set; a slot set before the
        digest existed is judged by its form alone)."""
        if not self.recovery:
            return None
        if "check" in self.recovery and self.recovery["check"] != self._recovery_check(self.recovery):
            return "its check does not match: bytes of it changed"
        try:
            wrapped = _unb64(self.recovery["wrapped"])
        except (ValueError, TypeError):
            return "it is not base64"
        return None if wrapped.startswith(b"age-encryption.org/v1\n") else "it is not an age file"

    def recover_key(self, identity_text: str) -> bytes:
        """The database key, from the recovery slot, with headquarters' recovery identity (the
        text of its key file, ``AGE-SECRET-KEY-1…``). Raises RepatriaError: no recovery slot,
        an identity that is not the slot's, a slot of another database or a damaged one."""
        import pyrage  # noqa: PLC0415

        if not self.recovery:
            raise RepatriaError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{path} has no recovery slot: it was never set (repatria recovery set RECIPIENT)"
                ),
                path=self.path,
            )
        damage = self._recovery_damaged()
        if damage is not None:
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP("Errors", "the recovery slot in {path} is damaged ({detail})"),
                path=self.path,
                detail=damage,
            )
        lines = [line.strip() for line in identity_text.splitlines() if line.strip().startswith("AGE-SECRET-KEY-")]
        try:
            identities = [pyrage.x25519.Identity.from_str(line) for line in lines]
        except (ValueError, pyrage.IdentityError) as exc:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "the recovery key file is not an age key ({detail})"), detail=exc
            ) from None
        if not identities:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "the recovery key file holds no age key (AGE-SECRET-KEY-1…)")
            )
        try:
            plain = pyrage.decrypt(_unb64(self.recovery["wrapped"]), identities)
        except pyrage.DecryptError:
            raise RepatriaError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this recovery key does not open the recovery slot of {path} (it was set for {recipient})",
                ),
                path=self.path,
                recipient=self.recovery.get("recipient", "?"),
            ) from None
        except (ValueError, TypeError) as exc:
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP("Errors", "the recovery slot in {path} is damaged ({detail})"),
                path=self.path,
                detail=exc,
            ) from None
        try:
            found = json.loads(plain)
            if found["database_id"] != self.database_id:
                raise ValueError("it belongs to another database")
            key = _unb64(found["key"])
            if len(key) != KEY_BYTES:
                raise ValueError("a key of the wrong length")
        except (ValueError, KeyError, TypeError) as exc:
            raise DatabaseDamaged(
                QT_TRANSLATE_NOOP("Errors", "the recovery slot in {path} is damaged ({detail})"),
                path=self.path,
                detail=exc,
            ) from None
        return key

    def remove(self, user: str) -> None:
        if user not in self.slots:
            raise UnknownUser(user)
        if len(self.slots) == 1:
            raise RepatriaError(
                QT_TRANSLATE_NOOP("Errors", "cannot remove the last key slot: the database would be lost")
            )
        del self.slots[user]
