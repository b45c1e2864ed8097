"""DSSE, the Dead Simple Signing Envelope (secure-systems-lab/dsse, ``protocol.md`` v1.0.0 and
``envelope.md``), over Ed25519 from ``cryptography``.

A signature covers ``PAE(payloadType, payload)``, so a signed office card can never be taken
for a signed bundle manifest, and an envelope may carry several signatures (an office's own,
its previous key's after a rotation, headquarters' countersignature). Verification comes
before the payload is parsed, as the protocol and BUNDLES.md ask; the ``keyid`` of each
signature only narrows which keys are tried, it decides nothing (protocol.md, "KEYID").
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP

# Larger envelopes are refused before they are decoded (a card is about 1 KB, a manifest of
# a large bundle some hundreds of KB).
MAX_ENVELOPE_BYTES = 8 * 1024 * 1024


class EnvelopeError(RepatriaError):
    """An envelope that is not well formed, or whose signatures do not verify."""


@dataclass(frozen=True)
class Signature:
    keyid: str
    sig: bytes


@dataclass(frozen=True)
class Envelope:
    payload_type: str
    payload: bytes
    signatures: tuple[Signature, ...]

    def to_json(self) -> str:
        """The recommended JSON envelope (envelope.md), standard base64, keys in a fixed order."""
        return json.dumps(
            {
                "payload": base64.b64encode(self.payload).decode("ascii"),
                "payloadType": self.payload_type,
                "signatures": [
                    {"keyid": s.keyid, "sig": base64.b64encode(s.sig).decode("ascii")} for s in self.signatures
                ],
            },
            ensure_ascii=False,
            indent=1,
        )

    def with_signature(self, keyid: str, sign: Callable[[bytes], bytes]) -> Envelope:
        """The same envelope with one more signature (a countersignature); one per key id."""
        kept = tuple(s for s in self.signatures if s.keyid != keyid)
        return Envelope(
            self.payload_type, self.payload, (*kept, Signature(keyid, sign(pae(self.payload_type, self.payload))))
        )


def pae(payload_type: str, body: bytes) -> bytes:
    """Pre-Authentication Encoding: ``"DSSEv1" SP LEN(type) SP type SP LEN(body) SP body``,
    lengths as ASCII decimal of the byte counts (protocol.md, "Signature Definition")."""
    kind = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(kind), kind, len(body), body)


def sign(payload_type: str, body: bytes, signers: Sequence[tuple[str, Ed25519PrivateKey]]) -> Envelope:
    """An envelope of ``body`` signed by each ``(keyid, private key)``."""
    message = pae(payload_type, body)
    return Envelope(payload_type, body, tuple(Signature(keyid, key.sign(message)) for keyid, key in signers))


def strict_json(text: str | bytes) -> object:
    """JSON as RFC 8259 says it should be written: duplicate keys, NaN and Infinity refused
    (two readers of one document must never see two different values)."""

    def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
        result: dict[str, object] = {}
        for key, value in pairs:
            if key in result:
                raise ValueError(f"the key {key!r} appears twice")
            result[key] = value
        return result

    def no_constant(name: str) -> object:
        raise ValueError(f"{name} is not JSON")

    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except RecursionError:  # a document of 100,000 nested brackets: refused like any bad JSON
        raise ValueError("nested too deeply") from None


def _b64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise EnvelopeError(QT_TRANSLATE_NOOP("Errors", "the envelope's {what} is not text"), what=what)
    # Either standard or URL-safe base64 (protocol.md: verifiers MUST accept either).
    normalised = text.replace("-", "+").replace("_", "/")
    try:
        return base64.b64decode(normalised + "=" * (-len(normalised) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise EnvelopeError(QT_TRANSLATE_NOOP("Errors", "the envelope's {what} is not base64"), what=what) from None


def parse_envelope(data: bytes | str) -> Envelope:
    """The JSON envelope as written by :meth:`Envelope.to_json` (or any DSSE signer).

    Raises :class:`EnvelopeError` for anything that is not exactly one well-formed envelope."""
    if len(data) > MAX_ENVELOPE_BYTES:
        raise EnvelopeError(
            QT_TRANSLATE_NOOP("Errors", "the signed envelope is too large ({size} bytes)"), size=len(data)
        )
    try:
        document = strict_json(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise EnvelopeError(
            QT_TRANSLATE_NOOP("Errors", "the signed envelope is not valid JSON ({detail})"), detail=exc
        ) from None
    if not isinstance(document, dict) or set(document) - {"payload", "payloadType", "signatures"}:
        raise EnvelopeError(QT_TRANSLATE_NOOP("Errors", "this is not a signed envelope (DSSE)"))
    payload_type = document.get("payloadType")
    signatures = document.get("signatures")
    if not isinstance(payload_type, str) or not isinstance(signatures, list) or not signatures:
        raise EnvelopeError(QT_TRANSLATE_NOOP("Errors", "the signed envelope has no payload type or no signature"))
    parsed: list[Signature] = []
    for entry in signatures:
        if not isinstance(entry, dict) or set(entry) - {"keyid", "sig"} or "sig" not in entry:
            raise EnvelopeError(QT_TRANSLATE_NOOP("Errors", "a signature of the envelope is not well formed"))
        keyid = entry.get("keyid", "")
        if not isinstance(keyid, str):
            raise EnvelopeError(QT_TRANSLATE_NOOP("Errors", "a signature of the envelope is not well formed"))
        parsed.append(Signature(keyid, _b64(entry["sig"], "signature")))
    return Envelope(payload_type, _b64(document.get("payload"), "payload"), tuple(parsed))


def verify(
    envelope: Envelope, payload_type: str, keys: Mapping[str, Ed25519PublicKey], threshold: int = 1
) -> frozenset[str]:
    """The key ids among ``keys`` whose signature over the envelope verifies; at least
    ``threshold`` of them, or :class:`EnvelopeError`. The payload type is checked too.

    A signature is tried against the key its ``keyid`` names, or against every key when it
    names none (the key id is a hint only)."""
    if envelope.payload_type != payload_type:
        raise EnvelopeError(
            QT_TRANSLATE_NOOP("Errors", "the envelope holds {found!r}, not {expected!r}"),
            found=envelope.payload_type,
            expected=payload_type,
        )
    message = pae(envelope.payload_type, envelope.payload)
    accepted: set[str] = set()
    for signature in envelope.signatures:
        candidates = [signature.keyid] if signature.keyid else list(keys)
        for keyid in candidates:
            key = keys.get(keyid)
            if key is None or keyid in accepted:
                continue
            try:
                key.verify(signature.sig, message)
            except InvalidSignature:
                continue
            accepted.add(keyid)
            break
    if len(accepted) < threshold:
        raise EnvelopeError(QT_TRANSLATE_NOOP("Errors", "the signature does not verify against the keys we trust"))
    return frozenset(accepted)
