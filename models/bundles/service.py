"""Exporting a bundle for another office and importing one from it (BUNDLES.md).

Export: every event of every chain we hold that the recipient has not acknowledged (its last
bundle to us said what it holds), with the attachments those events name, on our numbered
channel to that office, signed and encrypted (:mod:`models.bundles.files`).

Import: steps 1-7 in :func:`models.bundles.files.open_bundle`; here steps 8-10: a bundle
already imported changes nothing; a channel number used before with other content is
quarantined; a jump names the missing bundles; every event's hash and link are checked, a
segment that does not join what we hold is held until the gap is filled, a different event
at a sequence number we hold is a fork (quarantined, nothing applied); then a summary, and
(unless it is a dry run) one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Text, case, func, insert, select, type_coerce
from sqlalchemy.orm import Session

from models.bundles import checkpoint, limits, profiles
from models.bundles.apply import Applier, Counts, Event
from models.bundles.cards import KeyPair
from models.bundles.dsse import strict_json
from models.bundles.dto import ChannelStatus, ImportResult
from models.bundles.files import (
    CHANGES,
    FORMAT,
    RECORDS,
    Opened,
    Refusal,
    file_facts,
    file_name,
    gzip_bytes,
    manifest_time,
    name_facts,
    open_bundle,
    seal,
)
from models.bundles.offices import (
    _current_key,
    find_office,
    known_codes,
    local_office,
    our_keys,
    remember_codes,
    superseded_by,
    trusted_signing_keys,
)
from models.core import chains
from models.core.changelog import GENESIS, canonical_json, event_hash
from models.core.chunks import chunks
from models.core.common import require_role
from models.core.db import SCHEMA_HEAD
from models.core.entities import (
    Blob,
    BundleRecord,
    ChangeEvent,
    HeldEvent,
    Office,
    OfficeCard,
    OfficeChain,
    OfficeHolding,
    Person,
)
from models.core.entities.base import table_of
from models.core.enums import ChangeOp, OfficeKind, Role
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.identifiers import OFFICE_CODE
from models.core.ids import new_id

APP_VERSION = "0.1.0"
MAX_SEQ = 2**62  # sequence and channel numbers: SQLite's integers hold 2**63 - 1
# Refusals that are kept aside with an alarm rather than only refused: they may be an attack
# or an office restored from an old backup, which someone must look into.
QUARANTINED = frozenset({"fork", "channel_reused", "bundle_id_reused", "revoked_key"})


@dataclass(frozen=True)
class ExportResult:
    file_name: str
    data: bytes
    bundle_id: uuid.UUID
    events: int
    blobs: int


def _holdings(session: Session) -> dict[uuid.UUID, tuple[int, str]]:
    """Every chain we hold: its office, last sequence number and hash."""
    last = (
        select(ChangeEvent.office_id, func.max(ChangeEvent.seq).label("seq")).group_by(ChangeEvent.office_id).subquery()
    )
    rows = session.execute(
        select(ChangeEvent.office_id, ChangeEvent.seq, ChangeEvent.hash).join(
            last, (ChangeEvent.office_id == last.c.office_id) & (ChangeEvent.seq == last.c.seq)
        )
    )
    return {row.office_id: (row.seq, row.hash) for row in rows}


# The changes as stored: the canonical text the hash covers, carried as it is.
_LINE_COLUMNS = (
    ChangeEvent.id, ChangeEvent.office_id, ChangeEvent.seq, ChangeEvent.entity, ChangeEvent.record_id,
    ChangeEvent.op, type_coerce(ChangeEvent.changes, Text).label("changes"), ChangeEvent.author_id,
    ChangeEvent.author_name, ChangeEvent.at, ChangeEvent.prev_hash, ChangeEvent.hash,
    type_coerce(ChangeEvent.context, Text).label("context"),
)  # fmt: skip


def _event_line(row: Any) -> bytes:
    line: dict[str, Any] = {
        "id": str(row.id),
        "office_id": str(row.office_id),
        "seq": row.seq,
        "entity": row.entity,
        "record_id": str(row.record_id),
        "op": ChangeOp(row.op).value,
        "changes": row.changes,
        "author_id": None if row.author_id is None else str(row.author_id),
        "author_name": row.author_name,
        "at": row.at.astimezone(dt.UTC).isoformat(),
        "prev_hash": row.prev_hash,
        "hash": row.hash,
    }
    if row.context is not None:  # an optional key: events written before it have none
        line["context"] = json.loads(row.context)
    return canonical_json(line)


def _own_chain(session: Session, office_id: uuid.UUID) -> tuple[uuid.UUID, int]:
    """The chain this database writes our events to, and its epoch (models.core.chains)."""
    chain = chains.current_chain(session, office_id)
    row = session.get(OfficeChain, chain) if chain != office_id else None
    return chain, chains.GENESIS_EPOCH if row is None else row.epoch


def export_bundle(session: Session, recipient: str, profile: str | None = None) -> ExportResult:
    """A bundle for ``recipient`` (its code or id) of everything it has not acknowledged
    (clerks and above). Raises ``RepatriaError`` for an office without a trusted card."""
    require_role(session, Role.CLERK)
    local = local_office(session)
    office = find_office(session, recipient)
    if office.id == local.id:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "{code} is this office: bundles go to the other offices"), code=office.code
        )
    if not office.age_recipient:
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "no trusted card of {code}: trust its card before sending it bundles"),
            code=office.code,
        )
    newest = session.scalar(
        select(OfficeCard).where(OfficeCard.office_id == office.id).order_by(OfficeCard.version.desc()).limit(1)
    )
    if newest is not None and newest.revoked_after_seq is not None:
        # its key is in someone else's hands: nothing more goes to it (new-user trial: the
        # stolen laptop was sent the whole registry, and "waiting: 105" said it should be)
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{code}'s key was revoked (trusted up to its change {seq}): nothing is sent to it until it has new "
                "keys, trusted here after a telephone call",
            ),
            code=office.code,
            seq=newest.revoked_after_seq,
        )
    default = profiles.default_profile(OfficeKind(office.kind).value)
    chosen = profiles.profile(session, profile or default)
    if chosen.name != default:
        # Need-to-know is the office's, not the clerk's of the day: another profile than its
        # own is an admin's decision, and a mediator never gets whole chains.
        if OfficeKind(office.kind) is OfficeKind.MEDIATOR and chosen.chains:
            raise RepatriaError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{code} is a mediator: it never gets the profile 'full' (everything); its profile is {own}",
                ),
                code=office.code,
                own=default,
            )
        require_role(session, Role.ADMIN)
    key = _current_key(session, local.id)
    assert key is not None and local.age_recipient
    signer = KeyPair.from_stored(key.signing_private_key, key.age_identity)
    acknowledged = {
        h.chain_office_id: h.up_to_seq
        for h in session.scalars(select(OfficeHolding).where(OfficeHolding.holder_office_id == office.id))
    }
    holdings = _holdings(session)
    chain_offices = chains.chain_offices(session)
    own_chain, epoch = _own_chain(session, local.id)
    its_chain = (
        session.scalar(
            select(func.coalesce(BundleRecord.chain, office.id))
            .where(
                BundleRecord.peer_office_id == office.id,
                BundleRecord.direction == "in",
                BundleRecord.result != "refused",
            )
            .order_by(BundleRecord.recorded_at.desc())
            .limit(1)
        )
        or office.id
    )
    segments: list[dict[str, Any]] = []
    lines: list[bytes] = []
    blob_ids: set[str] = set()
    for chain_office, (head_seq, head_hash) in sorted(holdings.items(), key=lambda kv: str(kv[0])):
        if not chosen.chains:
            break  # a filtered copy carries records, never chain segments
        if chain_office == its_chain and chain_office not in acknowledged:
            continue  # the chain it writes now: it holds it (its earlier ones it may have lost in a restore)
        since = acknowledged.get(chain_office, 0)
        if since >= head_seq:
            continue
        rows = session.execute(
            select(*_LINE_COLUMNS)
            .where(ChangeEvent.office_id == chain_office, ChangeEvent.seq > since)
            .order_by(ChangeEvent.seq)
            .execution_options(yield_per=5000)
        )
        first_prev = None
        count = 0
        for row in rows:
            if first_prev is None:
                first_prev = row.prev_hash
            lines.append(_event_line(row))
            count += 1
            if row.entity == "attachment" and row.op != ChangeOp.DELETE:
                sha = json.loads(row.changes).get("blob_sha256", [None, None])[1]
                if isinstance(sha, str):
                    blob_ids.add(sha)
        segments.append(
            {
                "office_id": str(chain_office),
                "from_seq": since + 1,
                "to_seq": head_seq,
                "prev_hash": first_prev or GENESIS,
                "head_hash": head_hash,
                "count": count,
            }
        )
    carried = {chains.office_of(uuid.UUID(segment["office_id"]), chain_offices) for segment in segments}
    records = 0
    if chosen.chains:
        members: dict[str, bytes] = {CHANGES: gzip_bytes(b"\n".join(lines) + (b"\n" if lines else b""))}
    else:
        mediator = OfficeKind(office.kind) is OfficeKind.MEDIATOR
        record_data, records = profiles.record_lines(session, chosen, disputes=not mediator)
        members = {RECORDS: gzip_bytes(record_data)}
    for sha in sorted(blob_ids):
        blob = session.get(Blob, sha)
        if blob is not None:
            members[f"blobs/{sha}"] = blob.data
    previous = session.scalar(
        select(BundleRecord)
        .where(
            BundleRecord.peer_office_id == office.id,
            BundleRecord.direction == "out",
            func.coalesce(BundleRecord.chain, local.id) == own_chain,  # a restore numbers afresh
        )
        .order_by(BundleRecord.channel_seq.desc())
        .limit(1)
    )
    channel_seq = 1 if previous is None else previous.channel_seq + 1
    bundle_id = new_id()
    now = dt.datetime.now(dt.UTC)
    sent_counts = {"events": len(lines), "records": records, "blobs": len(members) - 1}
    manifest = {
        "format": FORMAT,
        "bundle_id": str(bundle_id),
        "created_at": now.isoformat(),
        "from": {
            "office_id": str(local.id),
            "code": local.code,
            "key_id": signer.key_id,
            "epoch": epoch,
            "chain": str(own_chain),
        },
        "recipients": [str(office.id), str(local.id)],
        "profile": chosen.name,
        "channel": {
            "to": str(office.id),
            "seq": channel_seq,
            "prev_sha256": None if previous is None else previous.sha256,
        },
        "chains": segments,
        "epochs": chains.as_manifest(session),
        # the codes of the offices whose chains it carries: a receiving office may not know them
        "codes": {str(o.id): o.code for o in session.scalars(select(Office)) if o.id in carried},
        # What we hold, for the recipient to send the rest; a filtered copy's recipient sends
        # back only its own chains, and need not learn how far any other office has come.
        "holds": {
            str(o): seq
            for o, (seq, _hash) in sorted(holdings.items(), key=lambda kv: str(kv[0]))
            if chosen.chains or chains.office_of(o, chain_offices) == office.id
        },
        "counts": sent_counts,
        "schema": SCHEMA_HEAD,
        "app_version": APP_VERSION,
    }
    if not chosen.chains:  # what we take from it, so that it refuses the rest where it is made
        manifest["profile_definition"] = chosen.definition()
    data = seal(manifest, members, signer, [office.age_recipient, local.age_recipient])
    session.add(
        BundleRecord(
            bundle_id=bundle_id,
            direction="out",
            peer_office_id=office.id,
            channel_seq=channel_seq,
            sha256=hashlib.sha256(data).hexdigest(),
            prev_sha256=None if previous is None else previous.sha256,
            profile=chosen.name,
            created_at=now,
            result="sent",
            epoch=epoch,
            chain=own_chain,
            # and how far our own chain had come: what other offices may hold of our records
            # (models.persons.duplicates: only headquarters merge records others hold)
            counts=json.dumps(
                {
                    **sent_counts,
                    "own_chain_up_to": holdings.get(own_chain, (0, ""))[0],
                    # every event held then: what a filtered copy's status compares with
                    "events_held": sum(seq for seq, _hash in holdings.values()),
                }
            ),
        )
    )
    return ExportResult(
        file_name(local.code, office.code, channel_seq, bundle_id), data, bundle_id, len(lines), len(members) - 1
    )


# -- import -------------------------------------------------------------------------------


def _event_of(line: bytes, number: int) -> Event:
    try:
        doc = strict_json(line)
        if not isinstance(doc, dict):
            raise ValueError("not an object")
        at = dt.datetime.fromisoformat(str(doc["at"]))
        if at.tzinfo is None:
            raise ValueError("a time without its zone")
        changes = doc["changes"]
        if not isinstance(changes, str) or not isinstance(strict_json(changes), dict):
            raise ValueError("changes are not an object")
        seq = doc["seq"]
        if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= MAX_SEQ:
            raise ValueError("bad sequence number")
        return Event(
            id=uuid.UUID(str(doc["id"])),
            office_id=uuid.UUID(str(doc["office_id"])),
            seq=seq,
            entity=str(doc["entity"]),
            record_id=uuid.UUID(str(doc["record_id"])),
            op=ChangeOp(doc["op"]),
            changes_text=changes,
            author_id=None if doc["author_id"] is None else uuid.UUID(str(doc["author_id"])),
            author_name=str(doc["author_name"]),
            at=at.astimezone(dt.UTC),
            prev_hash=str(doc["prev_hash"]),
            hash=str(doc["hash"]),
            context=_context(doc.get("context")),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, OverflowError) as exc:
        raise Refusal(
            "bad_event",
            QT_TRANSLATE_NOOP("Errors", "event {number} of the bundle is not well formed ({detail})"),
            number=number,
            detail=exc,
        ) from None


MAX_CONTEXT = 10_000  # offices in one event's context: far more than any network has


def _context(value: object) -> dict[str, int] | None:
    """An event's ``context`` as a bundle line carries it: absent, or office ids -> sequence
    numbers. Raises ValueError for anything else (the line is then refused as not well formed)."""
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > MAX_CONTEXT:
        raise ValueError("context is not an object of offices")
    for office, seq in value.items():
        if str(uuid.UUID(office)) != office:
            raise ValueError("context names an office id not in its standard form")
        if not isinstance(seq, int) or isinstance(seq, bool) or not 1 <= seq <= MAX_SEQ:
            raise ValueError("context holds a bad sequence number")
    return dict(value)


def _header(event: Event) -> dict[str, Any]:
    """What an event's hash covers besides its changes (models.core.changelog._hashed_fields)."""
    fields: dict[str, Any] = {
        "id": str(event.id),
        "office_id": str(event.office_id),
        "seq": event.seq,
        "entity": event.entity,
        "record_id": str(event.record_id),
        "op": event.op.value,
        "author_id": None if event.author_id is None else str(event.author_id),
        "author_name": event.author_name,
        "at": event.at.isoformat(),
        "prev_hash": event.prev_hash,
    }
    if event.context is not None:
        fields["context"] = event.context
    return fields


def _hash_of(event: Event) -> str:
    return event_hash(_header(event), event.changes_text)


def _codes(session: Session) -> dict[uuid.UUID, str]:
    return known_codes(session)


def _fork(office: str, seq: int) -> Refusal:
    return Refusal(
        "fork",
        QT_TRANSLATE_NOOP(
            "Errors",
            "{office}'s event {seq} in the bundle differs from the one we hold: a fork "
            "(a stolen key, or an office restored from an old backup); nothing applied",
        ),
        office=office,
        seq=seq,
    )


@dataclass
class _Plan:
    """What steps 8-9 decided: the events to apply (by chain), those to hold."""

    apply: list[Event]
    hold: list[Event]  # newly held (held_event rows to write)
    duplicates: int
    release: list[tuple[uuid.UUID, int]] = field(default_factory=list)  # held rows that now apply


def _plan(session: Session, events: list[Event], own_chain: uuid.UUID, codes: dict[uuid.UUID, str]) -> _Plan:
    """Step 9: every event's hash and link; what joins our chains, what waits for a gap, forks.
    ``own_chain``: the chain this database writes (an earlier one of ours, lost at a restore,
    comes back like any other office's)."""
    by_office: dict[uuid.UUID, list[Event]] = {}
    for event in events:
        if _hash_of(event) != event.hash:
            raise Refusal(
                "bad_hash",
                QT_TRANSLATE_NOOP("Errors", "event {seq} of {office}'s chain does not match its hash: it was altered"),
                seq=event.seq,
                office=codes.get(event.office_id, str(event.office_id)),
            )
        by_office.setdefault(event.office_id, []).append(event)
    heads = _holdings(session)
    held_rows = {(h.office_id, h.seq): h for h in session.scalars(select(HeldEvent))}
    plan = _Plan([], [], 0)
    for office, chain in by_office.items():
        chain.sort(key=lambda e: e.seq)
        name = codes.get(office, str(office))
        for before, after in itertools.pairwise(chain):
            if after.seq != before.seq + 1 or after.prev_hash != before.hash:
                raise Refusal(
                    "broken_chain",
                    QT_TRANSLATE_NOOP("Errors", "{office}'s chain in the bundle is broken after its event {seq}"),
                    office=name,
                    seq=before.seq,
                )
        head_seq, head_hash = heads.get(office, (0, GENESIS))
        if office == own_chain and chain[-1].seq > head_seq:
            raise Refusal(
                "fork",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the bundle carries changes of this office's own chain that this office never made "
                    "(from its change {seq} on): quarantined",
                ),
                seq=head_seq + 1,
            )
        stored: dict[int, str] = {}
        overlap = [e.seq for e in chain if e.seq <= head_seq]
        if overlap:
            stored = dict(
                session.execute(
                    select(ChangeEvent.seq, ChangeEvent.hash).where(
                        ChangeEvent.office_id == office, ChangeEvent.seq.between(min(overlap), max(overlap))
                    )
                ).all()
            )
        linked = head_hash
        joins = True
        for event in chain:
            if event.seq <= head_seq:
                if stored.get(event.seq) != event.hash:
                    raise _fork(name, event.seq)
                plan.duplicates += 1
                continue
            held = held_rows.get((office, event.seq))
            if held is not None and held.hash != event.hash:
                raise _fork(name, event.seq)
            if joins and event.seq == head_seq + 1 and event.prev_hash == linked:
                plan.apply.append(event)
                head_seq, linked = event.seq, event.hash
                continue
            if joins and event.seq == head_seq + 1:
                raise _fork(name, event.seq)
            joins = False
            if held is None:
                plan.hold.append(event)
            else:
                plan.duplicates += 1
    # Held events that now join their chain (the new ones filled the gap) apply too, in order.
    ends = {office: heads.get(office, (0, GENESIS)) for office in {*by_office, *(o for o, _ in held_rows)}}
    for event in plan.apply:
        ends[event.office_id] = (event.seq, event.hash)
    waiting = {(e.office_id, e.seq): e for e in plan.hold}
    for (office, seq), held in held_rows.items():
        waiting.setdefault((office, seq), _event_of(held.line.encode("utf-8"), 0))
    for office, end in ends.items():
        seq, last_hash = end
        while (next_one := waiting.get((office, seq + 1))) is not None and next_one.prev_hash == last_hash:
            plan.apply.append(next_one)
            del waiting[(office, seq + 1)]
            seq, last_hash = next_one.seq, next_one.hash
    # The causal cut: nothing later than a held event applies before it (an edit of another
    # office may have been made on top of it: applied first, it would look concurrent).
    cutoff = min((e.at for e in waiting.values()), default=None)
    if cutoff is not None:
        later = [e for e in plan.apply if e.at >= cutoff]
        plan.apply = [e for e in plan.apply if e.at < cutoff]
        for event in later:
            waiting[(event.office_id, event.seq)] = event
    plan.release = [key for key in held_rows if key not in waiting]
    plan.hold = [e for key, e in waiting.items() if key not in held_rows]
    return plan


def _sender_chain(session: Session, sender: uuid.UUID, manifest: dict[str, Any]) -> tuple[uuid.UUID, int, int]:
    """The chain the sender now writes, its epoch (as its manifest gives them: its first chain
    and 1 when absent), and how the chain compares with the sender's bundles held here: 1 when
    it is new (the sender was restored from a backup since), 0 the latest one's, -1 an earlier
    one's (a bundle made before a restore, delivered after it). Keyed by chain, not epoch
    number: an office restored twice from one backup numbers both new epochs alike."""
    sent_by = manifest.get("from")
    sent_by = sent_by if isinstance(sent_by, dict) else {}
    epoch = sent_by.get("epoch", chains.GENESIS_EPOCH)
    try:
        chain = uuid.UUID(str(sent_by["chain"])) if sent_by.get("chain") is not None else sender
        if not isinstance(epoch, int) or isinstance(epoch, bool) or not chains.GENESIS_EPOCH <= epoch <= MAX_SEQ:
            raise ValueError("bad epoch")
    except ValueError as exc:
        raise Refusal(
            "bad_manifest", QT_TRANSLATE_NOOP("Errors", "the bundle's manifest is incomplete ({detail})"), detail=exc
        ) from None
    held = session.execute(
        select(func.coalesce(BundleRecord.chain, sender), func.max(BundleRecord.recorded_at))
        .where(BundleRecord.peer_office_id == sender, BundleRecord.direction == "in", BundleRecord.result != "refused")
        .group_by(func.coalesce(BundleRecord.chain, sender))
    ).all()
    if not held or (len(held) == 1 and held[0][0] == chain):
        return chain, epoch, 0
    latest = max(held, key=lambda row: row[1])[0]
    if chain == latest:
        return chain, epoch, 0
    return chain, epoch, -1 if chain in {row[0] for row in held} else 1


def _codes_named(value: object) -> dict[uuid.UUID, str]:
    """A manifest's ``codes`` (office id -> code), what is well formed of it."""
    out: dict[uuid.UUID, str] = {}
    for office, code in value.items() if isinstance(value, dict) else ():
        try:
            if isinstance(code, str) and OFFICE_CODE.fullmatch(code):
                out[uuid.UUID(str(office))] = code
        except ValueError:
            continue
    return out


def _lost_in_restore(session: Session, local_id: uuid.UUID, sender: uuid.UUID) -> bool:
    """Whether every bundle from ``sender`` held here came before this office was restored from
    a backup: a gap in its numbers is then what the restore took away, not bundles lost on the
    way (found by the third trial: "bundles 3-5 from HQ never arrived")."""
    restored = session.scalar(
        select(OfficeChain.started_at)
        .where(OfficeChain.office_id == local_id, OfficeChain.started_here.is_(True))
        .order_by(OfficeChain.started_at.desc())
        .limit(1)
    )
    if restored is None:
        return False
    latest = session.scalar(
        select(func.max(BundleRecord.recorded_at)).where(
            BundleRecord.peer_office_id == sender, BundleRecord.direction == "in"
        )
    )
    return latest is None or _utc(latest) < _utc(restored)


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _newer_copy_applied(session: Session, sender: uuid.UUID, chain: uuid.UUID, seq: int) -> bool:
    """Whether a filtered copy numbered after ``seq`` on the sender's channel was applied here."""
    later = session.scalar(
        select(BundleRecord.bundle_id)
        .where(
            BundleRecord.peer_office_id == sender,
            BundleRecord.direction == "in",
            BundleRecord.result == "applied",
            BundleRecord.channel_seq > seq,
            func.coalesce(BundleRecord.chain, sender) == chain,
            BundleRecord.profile != "full",
        )
        .limit(1)
    )
    return later is not None


def _channel_facts(
    session: Session, sender: uuid.UUID, seq: int, chain: uuid.UUID | None = None
) -> tuple[tuple[int, int] | None, bool]:
    """Of the sender's channel to us from its ``chain`` (a restored office numbers afresh), in
    one query: the numbers missing before ``seq`` (first, last; None when none is), and
    whether a bundle numbered ``seq`` was taken already."""
    earlier, taken = session.execute(
        select(
            func.max(case((BundleRecord.channel_seq < seq, BundleRecord.channel_seq))),
            func.count(case(((BundleRecord.channel_seq == seq) & (BundleRecord.result != "refused"), 1))),
        ).where(
            BundleRecord.peer_office_id == sender,
            BundleRecord.direction == "in",
            BundleRecord.channel_seq <= seq,
            func.coalesce(BundleRecord.chain, sender) == (chain or sender),
        )
    ).one()
    last = earlier or 0
    return (None if seq <= last + 1 else (last + 1, seq - 1)), bool(taken)


def _missing_text(
    numbers: tuple[int, int] | None, code: str, *, superseded: bool = False, quarantined: AbstractSet[int] = frozenset()
) -> str | None:
    if numbers is None:
        return None
    first, final = numbers
    kept = sorted(n for n in quarantined if first <= n <= final)
    if kept:  # they arrived, and were kept aside: not "never arrived" (new-user trial)
        which = _numbers_text(kept, code)
        rest = final - first + 1 - len(kept)
        said = f"{which} {'was' if len(kept) == 1 else 'were'} quarantined (see bundles status)"
        if rest:
            said += f"; {rest} other(s) of bundles {first}–{final} never arrived"
        held = "it" if final == first else "they"
        return said + (f"; this bundle carried what {held} held" if superseded else "")
    if superseded:
        if first == final:
            return f"bundle {first} from {code} never arrived; this bundle carried what it held"
        return f"bundles {first}–{final} from {code} never arrived; this bundle carried what they held"
    if first == final:
        return f"bundle {first} from {code} is missing"
    return f"bundles {first}–{final} from {code} are missing"


def import_bundle(
    session: Session,
    data: bytes | Path,
    *,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    name: str | None = None,
    quarantined: Mapping[str, AbstractSet[int]] | None = None,
) -> ImportResult:
    """Steps 1-10 of BUNDLES.md, of a bundle given as bytes or as its file. The caller writes
    nothing unless the result is ``applied`` or ``held`` (the facade rolls back a dry run, a
    refusal or a quarantine). Refusals are returned, not raised, with their reason code.
    ``quarantined``: the channel numbers of bundles kept aside, by sender's code (they are not
    "missing").

    The very file imported before (the same SHA-256) is known before it is decrypted: it
    was verified then, and re-reading a bundle of photos must cost next to nothing."""
    require_role(session, Role.CLERK)
    limits.receiving(session)  # what other offices made is stored as they made it
    # Every office loaded and held while the import runs (the session's identity map holds
    # objects weakly): the lookups of offices below are answered without a query.
    offices = list(session.scalars(select(Office)))
    codes = {o.id: o.code for o in offices}
    local = local_office(session)
    opened: Opened | None = None
    facts = file_facts(data)
    seen = session.scalar(
        select(BundleRecord).where(BundleRecord.sha256 == facts[1], BundleRecord.direction == "in").limit(1)
    )
    if seen is not None:
        return ImportResult(
            seen.bundle_id, codes.get(seen.peer_office_id), "already_imported", None,
            f"already imported on {seen.recorded_at:%Y-%m-%d %H:%M} UTC: nothing changed",
            Counts().as_dict(), dry_run=dry_run,
        )  # fmt: skip
    try:
        keys = trusted_signing_keys(session)
        ours = our_keys(session)
        own = frozenset(key_id for key_id, _identity in ours)
        opened = open_bundle(data, [identity for _key, identity in ours], keys, local.id, SCHEMA_HEAD, facts, own)
        return _import_opened(session, opened, local.id, codes, dry_run, progress, keys[opened.key_id][2], quarantined)
    except Refusal as found:
        refusal = _named_for_us(found, name or (data.name if isinstance(data, Path) else None), local.code)
        result = "quarantined" if refusal.code in QUARANTINED else "refused"
        bundle_id = None
        if opened is not None:
            try:
                bundle_id = uuid.UUID(str(opened.manifest.get("bundle_id")))
            except ValueError:
                bundle_id = None
        sender = None if opened is None else codes.get(opened.sender, str(opened.sender))
        return ImportResult(
            bundle_id, sender, result, refusal.code, str(refusal), Counts().as_dict(), dry_run=dry_run,
            reason_id=refusal.message_id, reason_args=refusal.message_args,
        )  # fmt: skip


def _named_for_us(refusal: Refusal, name: str | None, code: str) -> Refusal:
    """A bundle no key of ours opens, although its file name says it is for us: one byte of a
    recipient's stanza damaged on the way reads exactly like a bundle for another office, and
    "not addressed to this office" would send the clerk looking for the wrong thing."""
    if refusal.code != "not_addressed" or not name:
        return refusal
    parts = Path(name).name.split("_")
    ours = file_name(code, code, 1, uuid.UUID(int=0)).split("_")[0]
    facts = name_facts(Path(name).name)
    if facts is not None and len(parts) >= 4 and parts[-3] != ours:
        # the wrong stick or attachment, far more often than lost keys (new-user trial: the only
        # advice was to make new keys)
        return Refusal(
            "not_addressed",
            QT_TRANSLATE_NOOP(
                "Errors",
                "this bundle is for {to}, not for this office ({code}): its name says so, and no key of ours opens "
                "it. Take it to {to}",
            ),
            to=parts[-3],
            code=code,
        )
    if len(parts) < 4 or parts[1] != ours:
        return refusal
    return Refusal(
        "damaged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "no key of this office opens the bundle, although its name says it is for {code}: it was damaged on "
            "the way, or made with a card of ours that is no longer current. Copy it again from the sender; if a "
            "fresh copy is refused too, ask the sender which card of ours they hold. If this office was restored "
            "from a backup made before it last made new keys, make new keys above that card's version "
            "(repatria offices rotate-key --above N) and read out the new card's fingerprint to the sender",
        ),
        code=code,
    )


def _import_opened(
    session: Session,
    opened: Opened,
    local_id: uuid.UUID,
    codes: dict[uuid.UUID, str],
    dry_run: bool,
    progress: Callable[[int, int], None] | None,
    revoked_after: int | None,
    quarantined: Mapping[str, AbstractSet[int]] | None = None,
) -> ImportResult:
    manifest = opened.manifest
    sender_code = codes.get(opened.sender, str(opened.sender))
    try:
        bundle_id = uuid.UUID(str(manifest.get("bundle_id")))
        channel = manifest["channel"]
        channel_seq = channel["seq"]
        if not isinstance(channel_seq, int) or isinstance(channel_seq, bool) or not 1 <= channel_seq <= MAX_SEQ:
            raise ValueError("bad channel number")
        if str(channel["to"]) != str(local_id):
            raise ValueError("addressed to another office's channel")
    except (ValueError, KeyError, TypeError) as exc:
        raise Refusal(
            "bad_manifest", QT_TRANSLATE_NOOP("Errors", "the bundle's manifest is incomplete ({detail})"), detail=exc
        ) from None
    created_at = manifest_time(manifest)
    replaced = superseded_by(session, opened.key_id, created_at)
    if replaced is not None:
        version, latest, since = replaced
        raise Refusal(
            "superseded_key",
            QT_TRANSLATE_NOOP(
                "Errors",
                "the bundle is signed with {office}'s key of card version {version}, which {office} replaced on "
                "{since} (version {latest} is trusted here), and was made after that: it comes from a copy of "
                "{office}'s database older than its new keys (restored from a backup?), or from someone who "
                "holds the old key. Nothing was changed. Call {office}: if it was restored, it makes new keys "
                "above version {latest} (repatria offices rotate-key --above {latest}), reads out the new card's "
                "fingerprint, and sends again; if not, headquarters revoke the old key",
            ),
            office=sender_code,
            version=version,
            latest=latest,
            since=f"{since:%Y-%m-%d %H:%M} UTC",
        )
    known = session.get(BundleRecord, bundle_id)
    if known is not None and known.direction == "out":
        raise Refusal(
            "bad_manifest",
            QT_TRANSLATE_NOOP("Errors", "the bundle carries the id of a bundle this office made: refused"),
        )
    if known is not None and known.manifest_sha256 not in (None, opened.manifest_sha256):
        raise Refusal(
            "bundle_id_reused",
            QT_TRANSLATE_NOOP(
                "Errors", "{office} already sent a bundle with this id and other content (a replay): quarantined"
            ),
            office=sender_code,
        )
    if known is not None:
        return ImportResult(
            bundle_id, sender_code, "already_imported", None,
            f"already imported on {known.recorded_at:%Y-%m-%d %H:%M} UTC: nothing changed",
            Counts().as_dict(), dry_run=dry_run,
        )  # fmt: skip
    sender_chain, epoch, order = _sender_chain(session, opened.sender, manifest)
    restarted = order > 0
    numbers, reused = _channel_facts(session, opened.sender, channel_seq, sender_chain)
    missing = _missing_text(numbers, sender_code, quarantined=(quarantined or {}).get(sender_code, frozenset()))
    if numbers is not None and _lost_in_restore(session, local_id, opened.sender):
        first, last = numbers
        which = f"bundle {first}" if first == last else f"bundles {first}–{last}"
        missing = (
            f"{which} from {sender_code} arrived before this office was restored from a backup and went with "
            "the restore; what they carried comes again"
        )
        numbers = None
    lines = [line for line in opened.changes.split(b"\n") if line.strip()]
    events = [_event_of(line, number) for number, line in enumerate(lines, 1)]
    profile_name = manifest.get("profile")
    local_office_row = session.get(Office, local_id)
    if local_office_row is not None and local_office_row.kind == OfficeKind.MEDIATOR and profile_name == "full":
        raise Refusal(
            "wrong_profile",
            QT_TRANSLATE_NOOP(
                "Errors", "this office is a mediator: it takes no bundle of everything ('full'), only its own profile"
            ),
        )
    # Whole chains travel under "full" only, records under a filtered profile only: a bundle
    # that says one and carries the other is not what its sender's profile allowed.
    if (profile_name == "full" and opened.records) or (profile_name != "full" and events):
        raise Refusal(
            "bad_manifest",
            QT_TRANSLATE_NOOP("Errors", "the bundle's contents do not fit its profile {profile!r}"),
            profile=str(profile_name)[:32],
        )
    try:
        records = profiles.parse_records(opened.records) if opened.records else []
    except ValueError as exc:
        raise Refusal(
            "bad_event", QT_TRANSLATE_NOOP("Errors", "the bundle's records are not well formed ({detail})"), detail=exc
        ) from None
    if revoked_after is not None and records:
        # A filtered copy carries records, not events: a record its sender changed after the
        # last change headquarters still trust under this key is as much a forgery risk (new-user
        # trial: a stolen laptop's renamed person and invented tattoo reached the laboratory).
        senders = {str(opened.sender), *(str(c) for c in chains.chains_of(session, opened.sender))}
        if any(
            isinstance(seq, int) and seq > revoked_after
            for line in records
            for chain, seq in (line.vector or {}).items()
            if str(chain) in senders
        ):
            raise Refusal(
                "revoked_key",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the bundle is signed by a key headquarters revoked after {office}'s change {seq}, and carries "
                    "records changed after it: quarantined",
                ),
                office=sender_code,
                seq=revoked_after,
            )
    superseded = bool(records) and _newer_copy_applied(session, opened.sender, sender_chain, channel_seq)
    if superseded:
        # A filtered copy is whole: one numbered after it, applied already, said everything it
        # says and more (found by the new-user trial: a late copy brought back a person merged
        # away since, and the merge came undone).
        records = []
    try:
        # a whole-chain sender (one of our offices) relays the epochs of every office it holds
        chains.register(session, manifest.get("epochs"), codes if profile_name == "full" else [opened.sender])
    except (ValueError, KeyError, TypeError) as exc:
        raise Refusal(
            "bad_manifest", QT_TRANSLATE_NOOP("Errors", "the bundle's manifest is incomplete ({detail})"), detail=exc
        ) from None
    chain_offices = chains.chain_offices(session)
    codes = chains.chain_labels(session, codes)
    # A revoked key vouches for nothing after its last trusted change: not for a later chain either.
    if revoked_after is not None and any(
        chains.office_of(e.office_id, chain_offices) == opened.sender
        and (e.office_id != opened.sender or e.seq > revoked_after)
        for e in events
    ):
        raise Refusal(
            "revoked_key",
            QT_TRANSLATE_NOOP(
                "Errors",
                "the bundle is signed by a key headquarters revoked after {office}'s change {seq}, and carries "
                "later changes: quarantined",
            ),
            office=sender_code,
            seq=revoked_after,
        )
    own_chain = chains.current_chain(session, local_id)
    plan = _plan(session, events, own_chain, codes)  # a fork is named before a reused number
    if reused:
        raise Refusal(
            "channel_reused",
            QT_TRANSLATE_NOOP(
                "Errors",
                "{office} already sent a different bundle numbered {seq} (a replay with other content): quarantined",
            ),
            office=sender_code,
            seq=channel_seq,
        )
    counts = Counts(held=len(plan.hold), skipped=plan.duplicates)
    _store_blobs(session, opened.blobs)
    applier = Applier(session, counts)
    applier.codes = _codes_named(manifest.get("codes"))
    remember_codes(session, applier.codes)
    applier.limits = limits.chain_limits(session, {e.office_id for e in plan.apply}, chain_offices)
    applier.mediators = limits.mediator_chains(session, {e.office_id for e in plan.apply}, chain_offices)
    ordered = sorted(plan.apply, key=lambda e: e.key)
    applier.preload(ordered)
    applier.store(ordered)
    for number, event in enumerate(ordered, 1):
        applier.apply(event)
        if progress is not None and number % 500 == 0:
            progress(number, len(ordered))
    applier.finish()
    sender_row = session.get(Office, opened.sender)
    definition = manifest.get("profile_definition")
    if definition is not None and sender_row is not None and OfficeKind(sender_row.kind) is OfficeKind.HQ:
        try:
            profiles.adopt_profile(session, str(profile_name), definition)
        except RepatriaError:
            raise Refusal(
                "bad_manifest",
                QT_TRANSLATE_NOOP("Errors", "the bundle's manifest is incomplete ({detail})"),
                detail="profile_definition",
            ) from None
        session.info.pop("limits", None)  # this session's own check reads the profile anew
    if records:
        received = profiles.apply_records(session, records, opened.sender, counts.renumbered)
        counts.new += received["new"]
        counts.updated += received["updated"]
        counts.deleted += received["deleted"]
        counts.awaiting_confirmation += received["awaiting_confirmation"]
    for office_id, seq in plan.release:
        held = session.get(HeldEvent, (office_id, seq))
        if held is not None:
            session.delete(held)
    for event in plan.hold:
        session.add(
            HeldEvent(
                office_id=event.office_id, seq=event.seq, hash=event.hash, bundle_id=bundle_id,
                line=_line_of(event),
            )
        )  # fmt: skip
    if order >= 0:  # what it held before it was restored, it may hold no longer
        _acknowledgement(session, opened.sender, manifest.get("holds"), replace=restarted)
    if plan.apply or records:
        result = "applied"
    elif plan.hold:
        result = "held"
    else:
        result = "applied"  # nothing new: everything it carries was here already
    told = own_chain == local_id or session.scalar(
        select(BundleRecord.bundle_id)
        .where(
            BundleRecord.peer_office_id == opened.sender,
            BundleRecord.direction == "out",
            BundleRecord.chain == own_chain,
        )
        .limit(1)
    )
    if not told:
        # We were restored from a backup and the sender has not heard of it: the bundles we
        # lost are not missing on the way, and what they carried comes once it has (new-user trial)
        missing = (
            f"{sender_code} has not heard yet that this office was restored from a backup: send it a bundle; "
            "its answer brings back what this office lost"
        )
        numbers = None
    elif numbers is not None and not plan.hold:
        # Every bundle carries all its sender's events we had not acknowledged: this one joined
        # what we hold, so it carried what the lost ones held. Nothing to ask for again.
        missing = _missing_text(
            numbers, sender_code, superseded=True, quarantined=(quarantined or {}).get(sender_code, frozenset())
        )
        numbers = None
    if superseded:
        reason = f"an older copy than the one from {sender_code} applied already: nothing changed"
    elif opened.records:
        # a filtered copy: every record it carries, and how many changed something here (a copy
        # whose values we hold already read "0 records received" before: third trial)
        reason = _several(len(records), "record received", "records received")
        changed = counts.new + counts.updated
        reason += f", {changed} new or changed here" if changed else ", nothing new"
        reason += f", {counts.deleted} gone" if counts.deleted else ""
    else:
        # every event the bundle brought but those held for a gap (said next), those held here
        # already among them: the counts below add up to it (new-user trial: "1 event received"
        # beside "skipped 10")
        reason = _several(len(plan.apply) + plan.duplicates, "event received", "events received")
    reason += f", {len(plan.hold)} held until the gap is filled" if plan.hold else ""
    if restarted:
        reason = (
            f"{sender_code} was restored from a backup (epoch {epoch}): its changes go to a new chain, and our "
            f"next bundle to it sends back what it lost; " + reason
        )
    if order >= 0:
        session.flush()
        for alarm in checkpoint.peers_ahead(session, opened.sender):  # said loudly: it is never normal
            reason = f"ALARM: {alarm}; " + reason
    if counts.redone:
        reason += (
            f"; {_several(counts.redone, 'change', 'changes')} made here to persons merged meanwhile by "
            f"{sender_code} or an office it heard from made again on the persons kept"
        )
    for name, kept, _typed, other in counts.not_redone:  # the field and the persons, never the value
        kept_number = session.scalar(select(Person.external_id).where(Person.id == kept)) or str(kept)
        other_number = _number_of(session, other) or "a person"
        reason += (
            f"; the {name} typed here for {other_number}, merged meanwhile into {kept_number}, was not made again on "
            f"{kept_number}: another value was typed here for {kept_number} too - choose one there (the value typed "
            f"for {other_number} is in its history)"
        )
    for clash in counts.renumbered:
        reason += f"; {clash.number} was given to two records: the later one is now {clash.new}"
        reason += " (if they are one person, merge them)" if clash.entity == "person" else ""
    session.add(
        BundleRecord(
            bundle_id=bundle_id,
            direction="in",
            peer_office_id=opened.sender,
            channel_seq=channel_seq,
            sha256=opened.sha256,
            manifest_sha256=opened.manifest_sha256,
            prev_sha256=channel.get("prev_sha256") if isinstance(channel.get("prev_sha256"), str) else None,
            profile=str(manifest.get("profile", "full")),
            created_at=created_at,
            result=result,
            reason=reason,
            counts=json.dumps(counts.as_dict()),
            epoch=epoch,
            chain=sender_chain,
        )
    )
    session.flush()
    return ImportResult(
        bundle_id, sender_code, result, None, reason, counts.as_dict(), missing, tuple(counts.conflict_ids), dry_run,
        missing_numbers=numbers, renumbered=tuple(clash.as_json() for clash in counts.renumbered),
        sender_restored_epoch=epoch if restarted else None,
    )  # fmt: skip


def _several(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _number_of(session: Session, person_id: uuid.UUID) -> str | None:
    """A person's registry number, also of one merged away (and so gone): the last one its
    change events gave it."""
    number = session.scalar(select(Person.external_id).where(Person.id == person_id))
    if number:
        return str(number)
    events = select(ChangeEvent.changes).where(ChangeEvent.entity == "person", ChangeEvent.record_id == person_id)
    for changes in session.scalars(events.order_by(ChangeEvent.at.desc(), ChangeEvent.seq.desc())):
        pair = changes.get("external_id") if isinstance(changes, dict) else None
        if isinstance(pair, list) and len(pair) == 2 and (pair[1] or pair[0]):
            return str(pair[1] or pair[0])
    return None


def _store_blobs(session: Session, blobs: dict[str, memoryview]) -> None:
    """The attachments' contents, a few at a time; then they are let go, so the decrypted
    bundle (photos are most of it) is no longer held while its events are applied."""
    names = sorted(blobs)
    for chunk in chunks(names, 64):
        held = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(chunk))))
        rows = [{"sha256": n, "size": len(blobs[n]), "data": bytes(blobs[n])} for n in chunk if n not in held]
        if rows:
            session.execute(insert(table_of(Blob)), rows)
    blobs.clear()


def _line_of(event: Event) -> str:
    line = {**_header(event), "changes": event.changes_text, "hash": event.hash}
    return json.dumps(line, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _acknowledgement(session: Session, sender: uuid.UUID, holds: object, *, replace: bool = False) -> None:
    """What the sender said it holds of each chain: our next bundle to it starts after that.
    Only ever more, since an older bundle may arrive late - unless the sender was restored
    from a backup (``replace``): then what it holds now is all it holds."""
    if not isinstance(holds, dict):
        return
    held = {
        row.chain_office_id: row
        for row in session.scalars(select(OfficeHolding).where(OfficeHolding.holder_office_id == sender))
    }
    if replace:
        for gone in held.values():
            session.delete(gone)
        session.flush()
        held = {}
    for office_text, seq in holds.items():
        try:
            chain_office = uuid.UUID(str(office_text))
        except ValueError:
            continue
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
            continue
        row = held.get(chain_office)
        if row is None:
            session.add(OfficeHolding(holder_office_id=sender, chain_office_id=chain_office, up_to_seq=seq))
        elif seq > row.up_to_seq:
            row.up_to_seq = seq
            row.reported_at = dt.datetime.now(dt.UTC)


# -- status -------------------------------------------------------------------------------


def bundle_status(session: Session, quarantined: Mapping[str, AbstractSet[int]] | None = None) -> list[ChannelStatus]:
    """Per trusted office: bundles each way, what it acknowledged, what waits. ``quarantined``:
    as for :func:`import_bundle`."""
    local = local_office(session)
    codes = _codes(session)
    holdings = _holdings(session)
    chain_offices = chains.chain_offices(session)
    codes = chains.chain_labels(session, codes)
    our_chain = _own_chain(session, local.id)[0]
    out: list[ChannelStatus] = []
    known = {p.name: p for p in profiles.profiles(session)}
    held_now = sum(seq for seq, _hash in holdings.values())
    offices = session.scalars(select(Office).where(Office.id != local.id).order_by(func.lower(Office.code)))
    for office in offices:
        if not office.age_recipient:
            continue
        records = list(session.scalars(select(BundleRecord).where(BundleRecord.peer_office_id == office.id)))
        sent = [r for r in records if r.direction == "out"]
        received = [r for r in records if r.direction == "in" and r.result != "refused"]
        # a restored office numbers its channel afresh: its gaps are those of its latest chain
        newest = max(received, key=lambda r: r.recorded_at, default=None)
        latest = None if newest is None else (newest.chain or office.id)
        current = [r for r in received if (r.chain or office.id) == latest]
        acked = {
            h.chain_office_id: h.up_to_seq
            for h in session.scalars(select(OfficeHolding).where(OfficeHolding.holder_office_id == office.id))
        }
        last_sent = max(sent, key=lambda r: r.created_at, default=None)
        sent_now = [r for r in sent if (r.chain or local.id) == our_chain]
        name = last_sent.profile if last_sent is not None else profiles.default_profile(OfficeKind(office.kind).value)
        if name == "full" or (name in known and known[name].chains):
            waiting = sum(
                max(0, seq - acked.get(chain, 0))
                for chain, (seq, _h) in holdings.items()
                if chains.office_of(chain, chain_offices) != office.id or chain in acked
            )
        else:
            # A filtered copy is whole each time: what waits is what changed since the last
            # one, of the kinds and fields its profile sends (a mediator never gets the rest).
            chosen = known.get(name)
            since = last_sent.created_at if last_sent is not None else None
            waiting = _filtered_waiting(session, chosen, since) if chosen is not None else held_now
        its_chains = [office.id, *(c for c, o in chain_offices.items() if o == office.id)]
        held = (
            session.scalar(select(func.count()).select_from(HeldEvent).where(HeldEvent.office_id.in_(its_chains))) or 0
        )
        out.append(
            ChannelStatus(
                office.id,
                office.code,
                office.name,
                max((r.channel_seq for r in sent_now), default=0),
                max((r.channel_seq for r in current), default=0),
                max((r.created_at for r in sent), default=None),
                max((r.recorded_at for r in received), default=None),
                {codes.get(k, str(k)): v for k, v in sorted(acked.items(), key=lambda kv: str(kv[0]))},
                waiting,
                _gaps(current, office.code, (quarantined or {}).get(office.code, frozenset())),
                held,
                _gap_runs(current),
                len(sent),
                len(received),
                len(sent_now),
                len(current),
                name,
            )
        )
    return out


def _filtered_waiting(session: Session, chosen: profiles.Profile, since: dt.datetime | None) -> int:
    """Changes held since ``since`` (all when None) of the record kinds and fields ``chosen``
    sends: what its next filtered copy would carry news of."""
    query = select(ChangeEvent.entity, type_coerce(ChangeEvent.changes, Text)).where(
        ChangeEvent.entity.in_(sorted(chosen.records))
    )
    if since is not None:
        query = query.where(ChangeEvent.at > since)
    count = 0
    for entity, changes in session.execute(query.execution_options(yield_per=5000)):
        fields = chosen.records[entity].get("fields", "*")
        if fields == "*" or not set(json.loads(changes or "{}")).isdisjoint(fields):
            count += 1
    return count


def _still_missing(received: Iterable[BundleRecord]) -> list[int]:
    """Numbers of the channel that never arrived and whose events have not come since: a
    later bundle applied whole (nothing held) carried everything the lost ones held."""
    records = list(received)
    numbers = {r.channel_seq for r in records}
    if not numbers:
        return []
    complete = max(
        (r.channel_seq for r in records if r.result == "applied" and not json.loads(r.counts or "{}").get("held")),
        default=0,
    )
    return [n for n in range(complete + 1, max(numbers)) if n not in numbers]


def _gap_runs(received: Iterable[BundleRecord]) -> tuple[tuple[int, int], ...]:
    missing = _still_missing(received)
    runs: list[tuple[int, int]] = []
    for n in missing:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return tuple(runs)


def _gaps(received: Iterable[BundleRecord], code: str, quarantined: AbstractSet[int] = frozenset()) -> str | None:
    missing = _still_missing(received)
    if not missing:
        return None
    kept = [n for n in missing if n in quarantined]
    lost = [n for n in missing if n not in quarantined]
    said = [f"{_numbers_text(lost, code)} {'is' if len(lost) == 1 else 'are'} missing"] if lost else []
    if kept:
        said.append(f"{_numbers_text(kept, code)} {'was' if len(kept) == 1 else 'were'} quarantined (below)")
    return "; ".join(said)


def _numbers_text(numbers: list[int], code: str) -> str:
    if len(numbers) == 1:
        return f"bundle {numbers[0]} from {code}"
    return f"bundles {', '.join(str(n) for n in numbers)} from {code}"
