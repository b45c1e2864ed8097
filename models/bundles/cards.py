"""Office keys and office cards (BUNDLES.md, "Keys"): what an office is known by.

An office holds two key pairs: Ed25519 (``cryptography``) to sign what it sends, and age
X25519 (``pyrage``) to be encrypted to. Its **card** says which: office id, code, name, kind,
card version, key id, both public keys, valid from, the previous key's id; a DSSE envelope
(:mod:`models.bundles.dsse`) signed by the card's own key, by the previous key after a
rotation, and countersigned by headquarters once headquarters has checked it.

Before a card is trusted, a person compares its **fingerprint**: 60 digits in twelve groups
of five, read out by telephone (digits read the same in Ukrainian and English, and a clerk
can compare them aloud). It is made the way Signal makes its safety numbers (libsignal,
``NumericFingerprintGenerator``): SHA-512 iterated 5,200 times over a version, the public
keys and the office id, each group the next five bytes of the digest taken modulo 100,000
(12 groups use 60 of its 64 bytes). The iterations make finding another key whose digits
agree in the first groups expensive, for a card a careless listener compares in part only.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import uuid
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from models.bundles.dsse import Envelope, EnvelopeError, parse_envelope, sign, strict_json, verify
from models.core.changelog import canonical_json
from models.core.enums import OfficeKind
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.identifiers import OFFICE_CODE

CARD_TYPE = "application/vnd.repatria.office-card+json;v=1"
CARD_FORMAT = "repatria-office-card/1"
REVOCATION_TYPE = "application/vnd.repatria.key-revocation+json;v=1"
REVOCATION_FORMAT = "repatria-key-revocation/1"
MAX_CARD_BYTES = 64 * 1024  # a card is about 1.2 KB with three signatures

FINGERPRINT_ITERATIONS = 5200  # libsignal's NumericFingerprintGenerator uses the same count
FINGERPRINT_VERSION = b"\x00\x01"
FINGERPRINT_GROUPS = 12  # of 5 digits: 60 digits


class CardError(RepatriaError):
    """A card or revocation that is malformed, wrongly signed, or does not fit what we hold."""


@dataclass(frozen=True)
class KeyPair:
    """One generation of an office's keys. ``age_identity`` is the secret ("AGE-SECRET-KEY-1…")."""

    signing: Ed25519PrivateKey
    age_identity: str

    @classmethod
    def generate(cls) -> KeyPair:
        return cls(Ed25519PrivateKey.generate(), str(pyrage.x25519.Identity.generate()))

    @classmethod
    def from_stored(cls, signing_raw: bytes, age_identity: str) -> KeyPair:
        return cls(Ed25519PrivateKey.from_private_bytes(signing_raw), age_identity)

    @property
    def signing_raw(self) -> bytes:
        return self.signing.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )

    @property
    def public_raw(self) -> bytes:
        return public_raw(self.signing.public_key())

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode("ascii")

    @property
    def age_recipient(self) -> str:
        return str(pyrage.x25519.Identity.from_str(self.age_identity).to_public())

    @property
    def key_id(self) -> str:
        return key_id_of(self.public_raw)


def public_raw(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_of(public: bytes) -> str:
    """A signing key's id: the first 16 bytes of SHA-256 of its raw 32 bytes, in hex."""
    return hashlib.sha256(public).hexdigest()[:32]


def fingerprint(office_id: uuid.UUID, signing_public: bytes, age_recipient: str) -> str:
    """The card's 60 digits, "12345 67890 …" (see the module's text for how they are made)."""
    keys = signing_public + age_recipient.encode("ascii")
    digest = FINGERPRINT_VERSION + keys + office_id.bytes
    for _ in range(FINGERPRINT_ITERATIONS):
        digest = hashlib.sha512(digest + keys).digest()
    groups = (int.from_bytes(digest[5 * n : 5 * n + 5], "big") % 100_000 for n in range(FINGERPRINT_GROUPS))
    return " ".join(f"{group:05d}" for group in groups)


def normalise_fingerprint(text: str) -> str:
    """What a person typed or pasted, as the 60 digits in groups; ``CardError`` when it is
    not 60 digits (spaces, dashes and line breaks between them are fine)."""
    digits = re.sub(r"[\s\-–.]", "", text)
    if not re.fullmatch(r"[0-9]{60}", digits):
        raise CardError(
            QT_TRANSLATE_NOOP(
                "Errors", "a fingerprint is 60 digits (twelve groups of five); what was given has {count} digits"
            ),
            count=sum(c.isdigit() for c in digits),
        )
    return " ".join(digits[n : n + 5] for n in range(0, 60, 5))


@dataclass(frozen=True)
class Card:
    """What an office card says (its signed payload)."""

    office_id: uuid.UUID
    code: str
    name: str
    kind: OfficeKind
    version: int
    key_id: str
    signing_public_key: str  # base64 of the raw 32 bytes
    age_recipient: str  # "age1..."
    valid_from: dt.datetime
    previous_key_id: str | None

    @property
    def public_raw(self) -> bytes:
        return base64.b64decode(self.signing_public_key)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.office_id, self.public_raw, self.age_recipient)

    def payload(self) -> bytes:
        """The canonical JSON the signatures cover."""
        return canonical_json(
            {
                "format": CARD_FORMAT,
                "office_id": str(self.office_id),
                "code": self.code,
                "name": self.name,
                "kind": self.kind.value,
                "version": self.version,
                "key_id": self.key_id,
                "signing_public_key": self.signing_public_key,
                "age_recipient": self.age_recipient,
                "valid_from": self.valid_from.astimezone(dt.UTC).isoformat(),
                "previous_key_id": self.previous_key_id,
            }
        )


def _field(document: dict[str, object], name: str, kind: type, what: str) -> object:
    value = document.get(name)
    if not isinstance(value, kind) or isinstance(value, bool) != (kind is bool):
        raise CardError(QT_TRANSLATE_NOOP("Errors", "the {what} has no valid {field!r}"), what=what, field=name)
    return value


def _card_of(payload: bytes) -> Card:
    try:
        document = strict_json(payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the office card is not valid JSON ({detail})"), detail=exc
        ) from None
    if not isinstance(document, dict) or document.get("format") != CARD_FORMAT:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this is not a Repatria office card (format {format!r})"),
            format=document.get("format") if isinstance(document, dict) else None,
        )
    what = "office card"
    try:
        office_id = uuid.UUID(str(_field(document, "office_id", str, what)))
        kind = OfficeKind(str(_field(document, "kind", str, what)))
        valid_from = dt.datetime.fromisoformat(str(_field(document, "valid_from", str, what)))
        public = base64.b64decode(str(_field(document, "signing_public_key", str, what)), validate=True)
        Ed25519PublicKey.from_public_bytes(public)
        recipient = str(_field(document, "age_recipient", str, what))
        pyrage.x25519.Recipient.from_str(recipient)
    except CardError:
        raise
    except (ValueError, TypeError, pyrage.RecipientError) as exc:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the office card holds an invalid value ({detail})"), detail=exc
        ) from None
    if valid_from.tzinfo is None:
        raise CardError(QT_TRANSLATE_NOOP("Errors", "the office card's date has no time zone"))
    previous = document.get("previous_key_id")
    if previous is not None and not isinstance(previous, str):
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the {what} has no valid {field!r}"), what=what, field="previous_key_id"
        )
    version = _field(document, "version", int, what)
    assert isinstance(version, int)
    card = Card(
        office_id=office_id,
        code=str(_field(document, "code", str, what)).strip(),
        name=str(_field(document, "name", str, what)).strip(),
        kind=kind,
        version=version,
        key_id=str(_field(document, "key_id", str, what)),
        signing_public_key=base64.b64encode(public).decode("ascii"),
        age_recipient=recipient,
        valid_from=valid_from,
        previous_key_id=previous,
    )
    if card.key_id != key_id_of(public):
        raise CardError(QT_TRANSLATE_NOOP("Errors", "the office card's key id does not belong to its key"))
    if version < 1 or OFFICE_CODE.fullmatch(card.code) is None or len(card.name) > 200:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the office card holds an invalid value ({detail})"),
            detail="version, code or name",
        )
    if (version == 1) != (previous is None):
        raise CardError(QT_TRANSLATE_NOOP("Errors", "the office card's version and previous key do not agree"))
    return card


def read_card(data: bytes | str) -> tuple[Envelope, Card]:
    """An office card file: the envelope, and the card once its own key's signature verifies.

    The card's key is read from the payload to check the payload's signature: a card vouches
    for itself, which is why a person compares its fingerprint before it is trusted.
    Raises :class:`CardError` (or :class:`~models.bundles.dsse.EnvelopeError`)."""
    if len(data) > MAX_CARD_BYTES:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this file is too large to be an office card ({size} bytes)"), size=len(data)
        )
    envelope = parse_envelope(data)
    if envelope.payload_type != CARD_TYPE:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "this file is not an office card (it holds {kind!r})"),
            kind=envelope.payload_type,
        )
    card = _card_of(envelope.payload)
    try:
        verify(envelope, CARD_TYPE, {card.key_id: card.public_key})
    except EnvelopeError:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the office card is not signed by its own key: it was altered")
        ) from None
    return envelope, card


def sign_card(card: Card, *signers: KeyPair) -> Envelope:
    return sign(CARD_TYPE, card.payload(), [(pair.key_id, pair.signing) for pair in signers])


@dataclass(frozen=True)
class Revocation:
    """Headquarters' statement "key K of office O is trusted up to its sequence N"."""

    office_id: uuid.UUID
    key_id: str
    trusted_up_to_seq: int
    issued_by: uuid.UUID
    issued_at: dt.datetime
    reason: str

    def payload(self) -> bytes:
        return canonical_json(
            {
                "format": REVOCATION_FORMAT,
                "office_id": str(self.office_id),
                "key_id": self.key_id,
                "trusted_up_to_seq": self.trusted_up_to_seq,
                "issued_by": str(self.issued_by),
                "issued_at": self.issued_at.astimezone(dt.UTC).isoformat(),
                "reason": self.reason,
            }
        )


def read_revocation(envelope: Envelope) -> Revocation:
    """The statement an envelope (already verified against headquarters' key) carries."""
    what = "revocation"
    try:
        document = strict_json(envelope.payload)
        if not isinstance(document, dict) or document.get("format") != REVOCATION_FORMAT:
            raise CardError(QT_TRANSLATE_NOOP("Errors", "this is not a key revocation"))
        seq = _field(document, "trusted_up_to_seq", int, what)
        assert isinstance(seq, int)
        revocation = Revocation(
            office_id=uuid.UUID(str(_field(document, "office_id", str, what))),
            key_id=str(_field(document, "key_id", str, what)),
            trusted_up_to_seq=seq,
            issued_by=uuid.UUID(str(_field(document, "issued_by", str, what))),
            issued_at=dt.datetime.fromisoformat(str(_field(document, "issued_at", str, what))),
            reason=str(document.get("reason") or ""),
        )
    except CardError:
        raise
    except (ValueError, TypeError, UnicodeDecodeError) as exc:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the revocation holds an invalid value ({detail})"), detail=exc
        ) from None
    if revocation.trusted_up_to_seq < 0:
        raise CardError(
            QT_TRANSLATE_NOOP("Errors", "the revocation holds an invalid value ({detail})"), detail="sequence"
        )
    return revocation
