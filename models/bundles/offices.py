"""Our office's keys and the offices we trust (BUNDLES.md, "Keys").

- Our keys are made with the office (``repatria init``, the demo) or, in a database made
  before bundles existed, the first time they are needed (:func:`ensure_our_keys`); they
  live in ``office_key`` inside the encrypted database and never in the change log.
- Another office is trusted from its card once a person has compared the card's 60-digit
  fingerprint with the one the office reads out by telephone (:func:`trust_card`). Its next
  card, signed by the key we trust, replaces it without a call (a rotation); a card older
  than the one we hold, or another card with the same version, is refused (no rollback).
- Headquarters countersign cards (:func:`countersign_card`) and revoke keys
  (:func:`revoke_key`: "trusted up to sequence N"), which the other offices apply
  (:func:`apply_revocation`) once headquarters' signature verifies.

Trusting, rotating and revoking change ``office`` and ``office_card`` rows through the ORM,
so each is an event of the change log with its author.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
import weakref
from collections.abc import Iterable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.bundles.cards import (
    REVOCATION_TYPE,
    Card,
    CardError,
    KeyPair,
    Revocation,
    normalise_fingerprint,
    read_card,
    read_revocation,
    sign_card,
)
from models.bundles.dsse import Envelope, EnvelopeError, Signature, parse_envelope, sign, verify
from models.bundles.dto import CardPreview, OfficeCardDocument, OfficeView
from models.core.changelog import RepatriaSession
from models.core.common import require_role
from models.core.db import LOCAL_OFFICE_KEY
from models.core.entities import Office, OfficeCard, OfficeKey, Setting
from models.core.enums import OfficeKind, Role
from models.core.errors import NotFoundError, RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP

# A database's own office never changes: its id is remembered per engine (one per database).
_LOCAL: weakref.WeakKeyDictionary[object, uuid.UUID] = weakref.WeakKeyDictionary()


def local_office(session: Session) -> Office:
    """This database's own office."""
    engine = session.get_bind()
    office_id = _LOCAL.get(engine)
    if office_id is None:
        found = session.scalar(select(Setting.value).where(Setting.key == LOCAL_OFFICE_KEY))
        office_id = None if found is None else uuid.UUID(found)
        if office_id is not None:
            _LOCAL[engine] = office_id
    office = None if office_id is None else session.get(Office, office_id)
    if office is None:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "this database has no office of its own"))
    return office


def _current_key(session: Session, office_id: uuid.UUID) -> OfficeKey | None:
    return session.scalar(
        select(OfficeKey)
        .where(OfficeKey.office_id == office_id, OfficeKey.retired_at.is_(None))
        .order_by(OfficeKey.card_version.desc())
        .limit(1)
    )


def give_keys(session: Session, office: Office) -> None:
    """A new office's first keys, in the transaction that creates it (``Database.create``)."""
    _add_key(session, office, KeyPair.generate(), 1)


def _add_key(session: Session, office: Office, pair: KeyPair, version: int) -> OfficeKey:
    key = OfficeKey(
        key_id=pair.key_id,
        office_id=office.id,
        signing_private_key=pair.signing_raw,
        age_identity=pair.age_identity,
        card_version=version,
        created_at=dt.datetime.now(dt.UTC),
        countersignatures="[]",
    )
    session.add(key)
    office.signing_public_key = pair.public_b64
    office.age_recipient = pair.age_recipient
    return key


def ensure_our_keys(session: Session) -> KeyPair:
    """Our office's current key pair, made now if it has none (a write session)."""
    office = local_office(session)
    key = _current_key(session, office.id)
    if key is None:
        key = _add_key(session, office, KeyPair.generate(), 1)
    return KeyPair.from_stored(key.signing_private_key, key.age_identity)


def _require_keys(session: Session) -> tuple[Office, OfficeKey]:
    office = local_office(session)
    key = _current_key(session, office.id)
    if key is None:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "this office has no keys yet"))
    return office, key


def _card_of_key(office: Office, key: OfficeKey, previous: OfficeKey | None) -> Card:
    pair = KeyPair.from_stored(key.signing_private_key, key.age_identity)
    return Card(
        office_id=office.id,
        code=office.code,
        name=office.name,
        kind=OfficeKind(office.kind),
        version=key.card_version,
        key_id=key.key_id,
        signing_public_key=pair.public_b64,
        age_recipient=pair.age_recipient,
        valid_from=key.created_at,
        previous_key_id=None if previous is None else previous.key_id,
    )


def our_card(session: Session) -> tuple[Card, Envelope]:
    """Our office's current card, signed by its key (and by the key before it after a
    rotation), with the countersignatures headquarters gave it."""
    office, key = _require_keys(session)
    previous = session.scalar(  # the key before it: versions may jump (``rotate_key(above=...)``)
        select(OfficeKey)
        .where(OfficeKey.office_id == office.id, OfficeKey.card_version < key.card_version)
        .order_by(OfficeKey.card_version.desc())
        .limit(1)
    )
    card = _card_of_key(office, key, previous)
    signers = [KeyPair.from_stored(key.signing_private_key, key.age_identity)]
    if previous is not None:
        signers.append(KeyPair.from_stored(previous.signing_private_key, previous.age_identity))
    envelope = sign_card(card, *signers)
    kept = tuple(Signature(s["keyid"], base64.b64decode(s["sig"])) for s in json.loads(key.countersignatures))
    return card, Envelope(envelope.payload_type, envelope.payload, envelope.signatures + kept)


def our_keys(session: Session) -> list[tuple[str, str]]:
    """Every key our office has had, the current first: (key id, age identity). Old bundles
    stay readable with the older identities."""
    office = local_office(session)
    rows = session.execute(
        select(OfficeKey.key_id, OfficeKey.age_identity)
        .where(OfficeKey.office_id == office.id)
        .order_by(OfficeKey.card_version.desc())
    )
    return [(key_id, identity) for key_id, identity in rows]


def our_age_identities(session: Session) -> list[str]:
    """Every age identity our office has had (the current first)."""
    return [identity for _key_id, identity in our_keys(session)]


def _latest_card(session: Session, office_id: uuid.UUID) -> OfficeCard | None:
    return session.scalar(
        select(OfficeCard).where(OfficeCard.office_id == office_id).order_by(OfficeCard.version.desc()).limit(1)
    )


def hq_keys(session: Session, excluding: uuid.UUID | None = None) -> dict[str, Ed25519PublicKey]:
    """The signing keys of headquarters we trust (ours too, when we are headquarters), by key id."""
    keys: dict[str, Ed25519PublicKey] = {}
    local = local_office(session)
    if local.kind == OfficeKind.HQ and local.id != excluding and local.signing_public_key:
        key = _current_key(session, local.id)
        if key is not None:
            keys[key.key_id] = Ed25519PublicKey.from_public_bytes(base64.b64decode(local.signing_public_key))
    offices = session.scalars(select(Office).where(Office.kind == OfficeKind.HQ, Office.id != local.id))
    for office in offices:
        if office.id == excluding:
            continue
        card = _latest_card(session, office.id)
        if card is not None and card.revoked_after_seq is None and office.signing_public_key:
            keys[card.key_id] = Ed25519PublicKey.from_public_bytes(base64.b64decode(office.signing_public_key))
    return keys


def _countersigned(session: Session, envelope: Envelope, office_id: uuid.UUID) -> bool:
    others = hq_keys(session, excluding=office_id)
    if not others:
        return False
    try:
        verify(envelope, envelope.payload_type, others)
    except EnvelopeError:
        return False
    return True


def _view(session: Session, office: Office, local_id: uuid.UUID) -> OfficeView:
    if office.id == local_id:
        key = _current_key(session, office.id)
        card_version = None if key is None else key.card_version
        fingerprint = None
        countersigned = False
        if key is not None:
            card, envelope = our_card(session)
            fingerprint = card.fingerprint
            countersigned = _countersigned(session, envelope, office.id)
        return OfficeView(
            office.id, office.code, office.name, OfficeKind(office.kind), True,
            None if key is None else key.key_id, fingerprint, card_version,
            None, None, None, countersigned, None,
        )  # fmt: skip
    latest = _latest_card(session, office.id)
    if latest is None:
        return OfficeView(
            office.id, office.code, office.name, OfficeKind(office.kind), False,
            None, None, None, None, None, None, False, None,
        )  # fmt: skip
    return OfficeView(
        office.id, office.code, office.name, OfficeKind(office.kind), False,
        latest.key_id, latest.fingerprint, latest.version, latest.trusted_by, latest.created_at,
        latest.how_trusted, _countersigned(session, parse_envelope(latest.envelope), office.id),
        latest.revoked_after_seq,
    )  # fmt: skip


def our_office_view(session: Session) -> OfficeView:
    office = local_office(session)
    return _view(session, office, office.id)


def office_views(session: Session) -> list[OfficeView]:
    """Our office first, then every other office by code."""
    local = local_office(session)
    others = session.scalars(select(Office).where(Office.id != local.id).order_by(func.lower(Office.code)))
    return [_view(session, local, local.id)] + [_view(session, o, local.id) for o in others]


def find_office(session: Session, text: str) -> Office:
    """An office by its code (any case) or id."""
    wanted = text.strip()
    office = session.scalar(select(Office).where(func.lower(Office.code) == wanted.lower()))
    if office is None:
        try:
            office = session.get(Office, uuid.UUID(wanted))
        except ValueError:
            office = None
    if office is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no office {office!r} is known here"), office=wanted)
    return office


def card_document(session: Session) -> OfficeCardDocument:
    card, envelope = our_card(session)
    return OfficeCardDocument(
        office=our_office_view(session),
        valid_from=card.valid_from,
        previous_key_id=card.previous_key_id,
        age_recipient=card.age_recipient,
        card_json=envelope.to_json(),
        printed_at=dt.datetime.now(dt.UTC),
    )


# -- trusting another office's card -------------------------------------------------------


def _is_rotation(latest: OfficeCard | None, card: Card, envelope: Envelope, office: Office | None) -> bool:
    """The card is the next one of an office we trust, signed by the key we trust for it."""
    if latest is None or office is None or latest.revoked_after_seq is not None or not office.signing_public_key:
        return False
    if card.version <= latest.version or card.previous_key_id != latest.key_id:
        return False
    trusted = Ed25519PublicKey.from_public_bytes(base64.b64decode(office.signing_public_key))
    try:
        verify(envelope, envelope.payload_type, {latest.key_id: trusted})
    except EnvelopeError:
        return False
    return True


def preview_card(session: Session, data: bytes) -> CardPreview:
    """What a card file says and how it relates to what we hold; nothing is written."""
    envelope, card = read_card(data)
    local = local_office(session)
    office = session.get(Office, card.office_id)
    latest = _latest_card(session, card.office_id)
    return CardPreview(
        office_id=card.office_id,
        code=card.code,
        name=card.name,
        kind=card.kind,
        version=card.version,
        key_id=card.key_id,
        fingerprint=card.fingerprint,
        valid_from=card.valid_from,
        previous_key_id=card.previous_key_id,
        own_office=card.office_id == local.id,
        known_office=office is not None,
        rotation_of_trusted_key=_is_rotation(latest, card, envelope, office),
        countersigned_by_hq=_countersigned(session, envelope, card.office_id),
        held_version=None if latest is None else latest.version,
    )


def _keep_countersignatures(session: Session, envelope: Envelope, card: Card) -> OfficeView:
    """Our own card back from headquarters: keep the countersignatures that verify."""
    key = session.get(OfficeKey, card.key_id)
    if key is None or key.retired_at is not None:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors", "this is a card of our own office, but not of its current key: nothing to keep from it"
            )
        )
    ours, _ = our_card(session)
    if card.payload() != ours.payload():
        raise CardError(QT_TRANSLATE_NOOP("Errors", "this card of our own office differs from our current card"))
    hq = hq_keys(session, excluding=card.office_id)
    kept = json.loads(key.countersignatures)
    known = {entry["keyid"] for entry in kept}
    for signature in envelope.signatures:
        if signature.keyid in hq and signature.keyid not in known:
            single = Envelope(envelope.payload_type, envelope.payload, (signature,))
            try:
                verify(single, envelope.payload_type, {signature.keyid: hq[signature.keyid]})
            except EnvelopeError:
                continue
            kept.append({"keyid": signature.keyid, "sig": base64.b64encode(signature.sig).decode("ascii")})
            known.add(signature.keyid)
    if not known:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors", "this is our own office's card and it carries no countersignature of headquarters we trust"
            )
        )
    key.countersignatures = json.dumps(kept)
    return our_office_view(session)


def trust_card(session: Session, data: bytes, fingerprint: str | None) -> OfficeView:
    """Trust an office's card (admins).

    ``fingerprint``: the 60 digits the office read out by telephone; required, unless the
    card is the next card of an office we trust, signed by the key we trust for it. A card
    of our own office, back from headquarters, gives us headquarters' countersignature.
    Raises :class:`CardError` with what is wrong; nothing is written then."""
    require_role(session, Role.ADMIN)
    envelope, card = read_card(data)
    local = local_office(session)
    if card.office_id == local.id:
        return _keep_countersignatures(session, envelope, card)
    office = session.get(Office, card.office_id)
    latest = _latest_card(session, card.office_id)
    if fingerprint is not None and normalise_fingerprint(fingerprint) != card.fingerprint:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the fingerprint given does not match this card of {code}: do not trust it, "
                "and ask the office how its card reached you",
            ),
            code=card.code,
        )
    if latest is not None and card.version < latest.version:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this card of {code} is version {version}, older than version {held} we trust: refused (a "
                "rollback). If {code} was restored from a backup made before it made new keys, it makes new keys "
                "again above version {held} (repatria offices rotate-key --above {held}) and reads out the new "
                "card's fingerprint",
            ),
            code=card.code,
            version=card.version,
            held=latest.version,
        )
    if latest is not None and card.version == latest.version:
        if read_card(latest.envelope)[1] != card:
            raise CardError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this card of {code} says other things than the card of the same version we trust: refused. "
                    "If {code} was restored from a backup made before it made new keys, it makes new keys again "
                    "above version {held} (repatria offices rotate-key --above {held}) and reads out the new "
                    "card's fingerprint",
                ),
                code=card.code,
                held=latest.version,
            )
        assert office is not None
        return _view(session, office, local.id)  # the same card again: nothing to do
    rotation = _is_rotation(latest, card, envelope, office)
    if not rotation and fingerprint is None:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "telephone {code} and have them read out the 60 digits of their card's fingerprint; "
                "then give them to trust the card",
            ),
            code=card.code,
        )
    clash = session.scalar(
        select(Office).where(func.lower(Office.code) == card.code.lower(), Office.id != card.office_id)
    )
    if clash is not None:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "another office ({name}) has the code {code} here"),
            name=clash.name,
            code=card.code,
        )
    if OfficeKind(card.kind) is OfficeKind.HQ:
        # Headquarters countersign cards and revoke keys: a second "headquarters" (an office
        # created without its kind, or a forged one) would hold that power too.
        other = session.scalar(select(Office).where(Office.kind == OfficeKind.HQ, Office.id != card.office_id))
        if other is not None:
            raise CardError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{code} calls itself headquarters, but {other} is headquarters here: refused (an office "
                    "made without its kind is headquarters by default; ask {code} to check its kind)",
                ),
                code=card.code,
                other=other.code,
            )
    if office is None:
        office = Office(id=card.office_id, code=card.code, name=card.name, kind=card.kind)
        session.add(office)
    office.code, office.name, office.kind = card.code, card.name, card.kind
    office.signing_public_key, office.age_recipient = card.signing_public_key, card.age_recipient
    assert isinstance(session, RepatriaSession)
    session.add(
        OfficeCard(
            office_id=card.office_id,
            version=card.version,
            key_id=card.key_id,
            envelope=envelope.to_json(),
            fingerprint=card.fingerprint,
            trusted_by=session.actor.user_name,
            how_trusted="rotation" if rotation else "fingerprint",
        )
    )
    session.flush()
    return _view(session, office, local.id)


def countersign_card(session: Session, data: bytes) -> str:
    """Headquarters' countersignature on a card it trusts (admins at headquarters): the card
    file with one more signature, to send back to its office."""
    require_role(session, Role.ADMIN)
    office, key = _require_keys(session)
    if office.kind != OfficeKind.HQ:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "only headquarters countersign office cards"))
    envelope, card = read_card(data)
    latest = _latest_card(session, card.office_id)
    if latest is None or latest.key_id != card.key_id or read_card(latest.envelope)[1] != card:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors", "trust this card of {code} first (its fingerprint compared), then countersign it"
            ),
            code=card.code,
        )
    pair = KeyPair.from_stored(key.signing_private_key, key.age_identity)
    return envelope.with_signature(pair.key_id, pair.signing.sign).to_json()


def rotate_key(session: Session, above: int = 0) -> OfficeView:
    """A new key pair for our office (admins): its card is signed by the old key too, so the
    offices that trust us take it without a call. The old keys are kept to read old bundles.

    ``above``: a card version the new card must exceed. An office restored from a backup made
    before its last rotation (on another computer: the restore brings newer keys only from the
    database it replaces) has lost the keys the others encrypt to, and their trusted card has a
    version its next one would repeat: they refuse a second card of one version, and take a
    higher one once its fingerprint is read out by telephone. Raises RepatriaError for a
    negative ``above``."""
    require_role(session, Role.ADMIN)
    if above < 0:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "a card version cannot be negative"))
    office, key = _require_keys(session)
    highest = session.scalar(select(func.max(OfficeKey.card_version)).where(OfficeKey.office_id == office.id))
    key.retired_at = dt.datetime.now(dt.UTC)
    session.flush()  # the retired key first: the new one is then the only current key
    _add_key(session, office, KeyPair.generate(), max(int(highest or 0), above) + 1)
    return our_office_view(session)


def revoke_key(session: Session, office_text: str, after_seq: int, reason: str = "") -> str:
    """Headquarters' revocation (admins at headquarters) of an office's current key: trusted
    up to its change sequence ``after_seq``; later events signed under it are quarantined.
    Returns the signed statement, to carry to the other offices."""
    require_role(session, Role.ADMIN)
    local, key = _require_keys(session)
    if local.kind != OfficeKind.HQ:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "only headquarters revoke an office's key"))
    if after_seq < 0:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "--after-seq must not be negative"))
    office = find_office(session, office_text)
    if office.id == local.id:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "our own key is not revoked but replaced: rotate it"))
    latest = _latest_card(session, office.id)
    if latest is None:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "no card of {code} is trusted here: nothing to revoke"), code=office.code
        )
    statement = Revocation(office.id, latest.key_id, after_seq, local.id, dt.datetime.now(dt.UTC), reason.strip())
    pair = KeyPair.from_stored(key.signing_private_key, key.age_identity)
    envelope = sign(REVOCATION_TYPE, statement.payload(), [(pair.key_id, pair.signing)])
    _record_revocation(latest, statement, envelope)
    return envelope.to_json()


def _record_revocation(card: OfficeCard, statement: Revocation, envelope: Envelope) -> None:
    if card.revoked_after_seq is None or statement.trusted_up_to_seq < card.revoked_after_seq:
        card.revoked_after_seq = statement.trusted_up_to_seq  # the stricter statement stands
        card.revocation = envelope.to_json()


def apply_revocation(session: Session, data: bytes) -> OfficeView:
    """A revocation from headquarters (admins): recorded once headquarters' signature verifies."""
    require_role(session, Role.ADMIN)
    envelope = parse_envelope(data)
    if envelope.payload_type != REVOCATION_TYPE:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "this file is not a key revocation (it holds {kind!r})"),
                        kind=envelope.payload_type)  # fmt: skip
    try:
        verify(envelope, REVOCATION_TYPE, hq_keys(session))
    except EnvelopeError:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the revocation is not signed by headquarters we trust: ignored")
        ) from None
    statement = read_revocation(envelope)
    local = local_office(session)
    if statement.office_id == local.id:
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors", "headquarters revoked our own office's key: rotate it (repatria offices rotate-key)"
            )
        )
    card = session.scalar(
        select(OfficeCard).where(OfficeCard.office_id == statement.office_id, OfficeCard.key_id == statement.key_id)
    )
    if card is None:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "the revoked key is of no card we trust: nothing to do"))
    _record_revocation(card, statement, envelope)
    office = session.get(Office, statement.office_id)
    assert office is not None
    return _view(session, office, local.id)


def _stored_payload(envelope: str) -> dict[str, Any]:
    """A trusted card's payload as stored (its envelope was verified when it was trusted)."""
    payload: dict[str, Any] = json.loads(base64.b64decode(json.loads(envelope)["payload"]))
    return payload


def trusted_signing_keys(session: Session) -> dict[str, tuple[uuid.UUID, Ed25519PublicKey, int | None]]:
    """Every signing key we accept bundles under, by key id: (office, key, trusted up to seq or None)."""
    keys: dict[str, tuple[uuid.UUID, Ed25519PublicKey, int | None]] = {}
    rows = session.execute(
        select(OfficeCard.key_id, OfficeCard.office_id, OfficeCard.envelope, OfficeCard.revoked_after_seq)
    )
    for key_id, office_id, envelope, revoked in rows:
        # Verified when it was trusted; its key is read again from the stored card, not re-checked.
        payload = _stored_payload(envelope)
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(payload["signing_public_key"]))
        keys[key_id] = (office_id, public, revoked)
    return keys


def superseded_by(session: Session, key_id: str, made_at: dt.datetime) -> tuple[int, int, dt.datetime] | None:
    """Whether a bundle made at ``made_at`` under ``key_id`` was made after its office had
    replaced that key: (the key's card version, the newer version, since when) or None. Bundles
    made before the rotation and still on their way are taken; one made after it came from a
    copy of the office's database older than its new keys (restored from a backup), or from
    someone holding the old key (new-user trial: headquarters took such bundles)."""
    signing = session.scalar(select(OfficeCard).where(OfficeCard.key_id == key_id).limit(1))
    if signing is None:
        return None
    newer = session.scalar(
        select(OfficeCard)
        .where(OfficeCard.office_id == signing.office_id, OfficeCard.version > signing.version)
        .order_by(OfficeCard.version)
        .limit(1)
    )
    if newer is None:
        return None
    payload = _stored_payload(newer.envelope)
    since = dt.datetime.fromisoformat(str(payload["valid_from"])).astimezone(dt.UTC)
    # Both times are the same office's clock (its card, its bundle): no allowance for two clocks.
    if made_at <= since:
        return None
    latest = session.scalar(select(func.max(OfficeCard.version)).where(OfficeCard.office_id == signing.office_id))
    return signing.version, int(latest or newer.version), since


# The codes of offices met only through others' bundles (each manifest names the offices whose
# changes it carries): derived from what arrived, like the search index, so not logged.
RELAYED_CODES = "relayed_office_codes"


def known_codes(session: Session) -> dict[uuid.UUID, str]:
    """Office id -> code of every office known here: those trusted, and those whose changes came
    through another (new-user trial: they were shown as "None" or a raw id)."""
    codes: dict[uuid.UUID, str] = {}
    raw = session.scalar(select(Setting.value).where(Setting.key == RELAYED_CODES))
    try:
        remembered = json.loads(raw) if raw else {}
    except ValueError:
        remembered = {}
    for office, code in remembered.items() if isinstance(remembered, dict) else ():
        try:
            codes[uuid.UUID(str(office))] = str(code)[:32]
        except ValueError:
            continue
    codes.update({o.id: o.code for o in session.scalars(select(Office))})
    return codes


def remember_codes(session: Session, named: dict[uuid.UUID, str]) -> None:
    """Keep the codes a bundle's manifest gave for offices not trusted here."""
    known = known_codes(session)
    new = {office: code for office, code in named.items() if office not in known}
    if not new:
        return
    trusted = set(session.scalars(select(Office.id)))
    kept = {str(office): code for office, code in {**known, **new}.items() if office not in trusted}
    row = session.get(Setting, RELAYED_CODES)
    text = json.dumps(kept, sort_keys=True)
    if row is None:
        session.add(Setting(key=RELAYED_CODES, value=text))
    else:
        row.value = text


def office_codes(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    wanted = set(ids)
    return {o.id: o.code for o in session.scalars(select(Office).where(Office.id.in_(wanted)))}
