"""The change log's head, anchored outside the database (issue 17, "Every edit made outside
the app is found").

A hash chain shows an event altered in its middle, but not its newest events removed, nor the
whole log rewritten by someone who recomputes every hash. So the head is also kept elsewhere:

- beside the database, ``<db>.head``: after every write session, the office's current chain
  (id, sequence number, event id and hash) signed with the office's Ed25519 key in a DSSE
  envelope (payload type :data:`PAYLOAD_TYPE`); a copy goes with every backup. A log that ends
  before the checkpoint, or holds another event at its sequence number, was cut back or
  rewritten;
- at the other offices: each bundle says how far its sender holds our chain. An office that
  holds more of our current chain than we have is a rollback (or an old copy of the database
  put back to work), reported by ``audit verify`` and by the import.

What this cannot do, said plainly: the office key lives in the encrypted database, so someone
who has the database key can also sign a checkpoint; the acknowledgements of other offices are
the anchor such a person cannot reach.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.bundles.cards import KeyPair, key_id_of, public_raw
from models.bundles.dsse import EnvelopeError, parse_envelope, sign, strict_json, verify
from models.bundles.offices import local_office
from models.core import chains
from models.core.changelog import chain_head
from models.core.db import HEAD, Database
from models.core.entities import ChangeEvent, Office, OfficeHolding, OfficeKey
from models.core.errors import RepatriaError

PAYLOAD_TYPE = "application/vnd.repatria.head+json;v=1"


def checkpoint_path(database: Path) -> Path:
    return database.with_name(database.name + HEAD)


@dataclass(frozen=True)
class Head:
    """A chain's head as a checkpoint states it."""

    chain: uuid.UUID
    seq: int
    event_id: uuid.UUID | None
    hash: str | None
    at: dt.datetime


def current_head(session: Session) -> Head:
    """This office's current chain and how far it reaches now."""
    office = local_office(session)
    chain = chains.current_chain(session, office.id)
    seq, head_hash = chain_head(session, chain)
    event_id = None
    if seq:
        event_id = session.scalar(select(ChangeEvent.id).where(ChangeEvent.office_id == chain, ChangeEvent.seq == seq))
    return Head(chain, seq, event_id, head_hash if seq else None, dt.datetime.now(dt.UTC))


def write_checkpoint(session: Session, database: Path, head: Head | None = None) -> Head | None:
    """Sign the office's current head (or ``head``) and write it beside ``database``, atomically
    (a crash leaves the old checkpoint or the new one). None when the office has no key."""
    office = local_office(session)
    key = session.scalar(
        select(OfficeKey)
        .where(OfficeKey.office_id == office.id, OfficeKey.retired_at.is_(None))
        .order_by(OfficeKey.card_version.desc())
        .limit(1)
    )
    if key is None:
        return None
    head = head or current_head(session)
    pair = KeyPair.from_stored(key.signing_private_key, key.age_identity)
    payload = {
        "office_id": str(office.id),
        "chain": str(head.chain),
        "seq": head.seq,
        "event_id": None if head.event_id is None else str(head.event_id),
        "hash": head.hash,
        "at": head.at.isoformat(),
    }
    body = json.dumps(payload, sort_keys=True, separators=(",", ":")).encode("utf-8")
    envelope = sign(PAYLOAD_TYPE, body, [(pair.key_id, pair.signing)])
    target = checkpoint_path(database)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(envelope.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return head


# The head each open database last signed: a write that changed nothing of it writes nothing.
_SIGNED: weakref.WeakKeyDictionary[Database, tuple[uuid.UUID, int, str | None]] = weakref.WeakKeyDictionary()
# The checkpoint file as this process last wrote it (inode, size, time): unchanged since, it
# needs no reading and verifying before the next save signs over it (the save path's cost).
_WRITTEN: weakref.WeakKeyDictionary[Database, tuple[int, int, int] | None] = weakref.WeakKeyDictionary()


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


def _as_written(db: Database) -> bool:
    """Whether the checkpoint is the file this process wrote last, untouched since."""
    written = _WRITTEN.get(db)
    return written is not None and written == _stamp(checkpoint_path(db.path))


def after_write(db: Database) -> None:
    """After a committed write session: the checkpoint, when the head moved. A checkpoint
    that cannot be written now (a full disk) is written after the next save; the save itself
    is committed and stays."""
    try:
        with db.read() as session:
            head = current_head(session)
            signed = _SIGNED.get(db)
            if signed == (head.chain, head.seq, head.hash):
                return
            if _as_written(db):
                # The file is ours, unchanged; the log must still hold what it signed: someone
                # with the database key may have cut it while the app was open (hostile trial:
                # two saves later the new checkpoint hid the cut). One indexed lookup.
                if signed is not None and not _still_holds(session, *signed):
                    return
            elif checkpoint_problems(session, db.path):
                # The log contradicts the checkpoint (cut, rewritten, an old copy): signing the
                # new head over it would hide that after one save (hostile trial a20). The
                # evidence stays until the database is restored or headquarters look at it.
                return
            if write_checkpoint(session, db.path, head) is not None:
                _SIGNED[db] = (head.chain, head.seq, head.hash)
                _WRITTEN[db] = _stamp(checkpoint_path(db.path))
    except (OSError, RepatriaError):
        return


def _still_holds(session: Session, chain: uuid.UUID, seq: int, signed_hash: str | None) -> bool:
    """Whether the log still has the event a checkpoint signed, with the same hash."""
    if not seq:
        return True
    found = session.scalar(select(ChangeEvent.hash).where(ChangeEvent.office_id == chain, ChangeEvent.seq == seq))
    return found is not None and found == signed_hash


def _our_keys(session: Session) -> dict[str, Ed25519PublicKey]:
    """Every signing key this office has had (a checkpoint may predate a key rotation)."""
    office = local_office(session)
    keys: dict[str, Ed25519PublicKey] = {}
    for key in session.scalars(select(OfficeKey).where(OfficeKey.office_id == office.id)):
        public = KeyPair.from_stored(key.signing_private_key, key.age_identity).signing.public_key()
        keys[key_id_of(public_raw(public))] = public
    return keys


def checkpoint_problems(session: Session, database: Path) -> list[str]:
    """What the checkpoint beside ``database`` says is wrong with the log ([] when it agrees,
    or when there is none: a database older than checkpoints, or one just restored)."""
    path = checkpoint_path(database)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        return [f"the checkpoint {path.name} cannot be read ({exc.strerror})"]
    try:
        envelope = parse_envelope(data)
        verify(envelope, PAYLOAD_TYPE, _our_keys(session))
        stated = strict_json(envelope.payload)
        if not isinstance(stated, dict):
            raise ValueError("not an object")
        chain, seq = uuid.UUID(str(stated["chain"])), stated["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            raise ValueError("a bad sequence number")
        when = str(stated.get("at", ""))[:19].replace("T", " ")
    except (EnvelopeError, ValueError, KeyError, TypeError):
        return [
            f"the checkpoint {path.name} is not one this office signed: it was altered or replaced "
            "(keep a copy for headquarters; saves do not write over it: move it aside to have the next save write "
            "a new one)"
        ]
    if str(stated.get("office_id")) != str(local_office(session).id):
        return [f"the checkpoint {path.name} is another office's: it was copied here"]
    if seq == 0:
        return []
    held, _hash = chain_head(session, chain)
    stored = session.scalar(select(ChangeEvent.hash).where(ChangeEvent.office_id == chain, ChangeEvent.seq == seq))
    if held < seq:
        return [
            f"the change log ends at change {held} of this office's chain, but on {when} UTC it had reached {seq} "
            "(signed checkpoint): the newest changes were removed, an old copy of the database is in use, or "
            "the last saves were lost with a damaged write-ahead log (-wal file) after a crash (a copy of such a "
            "log is kept beside the database as NAME-wal.last-save-…: keep it for headquarters)"
        ]
    if stored != stated.get("hash"):
        return [
            f"change {seq} of this office's chain is not the one the signed checkpoint of {when} UTC names: "
            "the change log was rewritten"
        ]
    return []


def peers_ahead(session: Session, holder: uuid.UUID | None = None) -> list[str]:
    """Offices (or the one ``holder``) that said in their bundles they hold more of our current
    chain than we have: changes removed here, or an old copy of the database put back to work
    without a restore (a restore starts a new chain, which no office holds more of)."""
    office = local_office(session)
    chain = chains.current_chain(session, office.id)
    held, _hash = chain_head(session, chain)
    query = select(OfficeHolding).where(OfficeHolding.chain_office_id == chain, OfficeHolding.up_to_seq > held)
    if holder is not None:
        query = query.where(OfficeHolding.holder_office_id == holder)
    codes = {o.id: o.code for o in session.scalars(select(Office))}
    return [
        f"{codes.get(row.holder_office_id, row.holder_office_id)} holds this office's changes up to {row.up_to_seq}, "
        f"but its change log ends at {held}: changes were removed here, or an old copy of the database is in use"
        for row in session.scalars(query)
    ]
