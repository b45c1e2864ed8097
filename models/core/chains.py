"""An office's chains of change events, one per epoch (BUNDLES.md, import step 9).

Every event names its chain in ``change_event.office_id``, and each chain is numbered 1, 2,
3 ... without a gap. An office's first chain is keyed by the office's id. A database
restored from a backup has lost the events it made after that backup, and other offices
may hold them: the same sequence numbers written again with other content would be a fork,
which every other office quarantines for good. So a restore starts a new epoch: a new chain
with an id of its own (a row of :class:`OfficeChain`), which records the head it follows.
The events lost at the restore stay in the old chain, where the other offices hold them,
and come back in their next bundles (models.bundles.service).

Version vectors and conflicts keep chain ids, which are what orders events. What depends
on the office - its code, its kind's limits, who owns a record, a key's revocation - asks
:func:`office_of`.

Errors: :func:`register` raises ValueError for an entry that is not well formed or that
contradicts one held (the import turns it into a refusal).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from models.core.changelog import chain_head
from models.core.entities import OfficeChain
from models.core.ids import new_id

GENESIS_EPOCH = 1


def current_chain(db: Session | Connection, office_id: uuid.UUID) -> uuid.UUID:
    """The chain this database writes its office's events to: the latest one a restore started
    here, or the office's id (one indexed look-up)."""
    found = db.execute(
        select(OfficeChain.chain_id)
        .where(OfficeChain.office_id == office_id, OfficeChain.started_here.is_(True))
        .order_by(OfficeChain.epoch.desc(), OfficeChain.started_at.desc())
        .limit(1)
    ).scalar()
    return office_id if found is None else found


def chain_offices(session: Session) -> dict[uuid.UUID, uuid.UUID]:
    """Every later chain known here -> the office it belongs to (first chains are their office)."""
    return {row.chain_id: row.office_id for row in session.execute(select(OfficeChain.chain_id, OfficeChain.office_id))}


def chains_of(session: Session, office_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """Every chain of an office known here: its first (its own id) and each later one."""
    return frozenset(
        {office_id, *session.scalars(select(OfficeChain.chain_id).where(OfficeChain.office_id == office_id))}
    )


def office_of(chain: uuid.UUID, offices: Mapping[uuid.UUID, uuid.UUID]) -> uuid.UUID:
    """The office a chain belongs to, given :func:`chain_offices`."""
    return offices.get(chain, chain)


def epoch_of(session: Session, office_id: uuid.UUID) -> int:
    """The highest epoch of an office known here (1 when it never restored)."""
    found = session.scalar(select(func.max(OfficeChain.epoch)).where(OfficeChain.office_id == office_id))
    return GENESIS_EPOCH if found is None else int(found)


def chain_label(code: str, epoch: int) -> str:
    """How a chain is named to a person: the office's code, and the epoch after a restore."""
    return code if epoch <= GENESIS_EPOCH else f"{code}#{epoch}"


def chain_labels(session: Session, codes: Mapping[uuid.UUID, str]) -> dict[uuid.UUID, str]:
    """``codes`` (office id -> code) with every later chain added under its office's code."""
    out = dict(codes)
    rows = list(session.execute(select(OfficeChain.chain_id, OfficeChain.office_id, OfficeChain.epoch)))
    taken = Counter((row.office_id, row.epoch) for row in rows)
    for row in rows:
        if row.office_id in codes:
            label = chain_label(codes[row.office_id], row.epoch)
            # two restores from one backup both make epoch 2: told apart by the chain's id
            out[row.chain_id] = label if taken[(row.office_id, row.epoch)] == 1 else f"{label}-{row.chain_id.hex[-4:]}"
    return out


def start_epoch(session: Session, office_id: uuid.UUID) -> OfficeChain:
    """Begin a new chain for this database's office after a restore: it follows the head of
    the chain written so far (what the backup held). The caller commits."""
    follows = current_chain(session, office_id)
    seq, head = chain_head(session, follows)
    chain = OfficeChain(
        chain_id=new_id(),
        office_id=office_id,
        epoch=epoch_of(session, office_id) + 1,
        started_here=True,
        follows_chain_id=follows,
        follows_seq=seq,
        follows_hash=None if seq == 0 else head,
        started_at=dt.datetime.now(dt.UTC),
    )
    session.add(chain)
    session.flush()
    return chain


def as_manifest(session: Session) -> list[dict[str, Any]]:
    """Every later chain known here, as a bundle's manifest names them (``epochs``)."""
    rows = session.scalars(select(OfficeChain).order_by(OfficeChain.office_id, OfficeChain.epoch))
    return [
        {
            "chain": str(row.chain_id),
            "office_id": str(row.office_id),
            "epoch": row.epoch,
            "follows": {"chain": str(row.follows_chain_id), "seq": row.follows_seq, "hash": row.follows_hash},
            "started_at": row.started_at.astimezone(dt.UTC).isoformat()
            if row.started_at.tzinfo
            else row.started_at.replace(tzinfo=dt.UTC).isoformat(),
        }
        for row in rows
    ]


def _int(value: object, low: int = 0) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= 2**62:
        raise ValueError("a bad number")
    return value


def register(session: Session, entries: object, offices: Iterable[uuid.UUID]) -> list[OfficeChain]:
    """The later chains a bundle's manifest names (``epochs``), of the offices in ``offices``
    (the sender, and every office when a whole-chain sender relays them); returns those new
    here. Raises ValueError for an entry not well formed, or one that gives a chain held here
    to another office or epoch (nothing is added then)."""
    if entries is None:
        return []
    if not isinstance(entries, list) or len(entries) > 10_000:
        raise ValueError("epochs is not a list")
    allowed = set(offices)
    held = {row.chain_id: row for row in session.scalars(select(OfficeChain))}
    new: list[OfficeChain] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise ValueError("an epoch is not an object")
        chain, office = uuid.UUID(str(entry["chain"])), uuid.UUID(str(entry["office_id"]))
        epoch = _int(entry["epoch"], GENESIS_EPOCH + 1)
        follows = entry.get("follows") or {}
        if not isinstance(follows, dict):
            raise ValueError("an epoch's 'follows' is not an object")
        follows_chain = uuid.UUID(str(follows["chain"]))
        follows_seq = _int(follows.get("seq", 0))
        follows_hash = follows.get("hash")
        if follows_hash is not None and (not isinstance(follows_hash, str) or len(follows_hash) != 64):
            raise ValueError("an epoch's 'follows' hash is not a SHA-256")
        started = dt.datetime.fromisoformat(str(entry["started_at"]))
        if started.tzinfo is None:
            raise ValueError("an epoch's start without its zone")
        known = held.get(chain)
        if known is not None:
            if (known.office_id, known.epoch) != (office, epoch):
                raise ValueError(f"chain {chain} is held here as another office's or epoch's")
            continue
        if chain == office:
            raise ValueError("a later epoch keyed by its office's own id")
        if office not in allowed:
            continue  # not the sender's to tell (a relayed epoch comes from one of our offices)
        row = OfficeChain(
            chain_id=chain,
            office_id=office,
            epoch=epoch,
            started_here=False,
            follows_chain_id=follows_chain,
            follows_seq=follows_seq,
            follows_hash=follows_hash,
            started_at=started.astimezone(dt.UTC),
        )
        held[chain] = row
        new.append(row)
    session.add_all(new)
    return new
