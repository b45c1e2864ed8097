"""DSSE (secure-systems-lab/dsse, protocol.md): the specification's own test vector, and the
envelope's refusals."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from models.bundles.dsse import EnvelopeError, pae, parse_envelope, sign, strict_json, verify

# protocol.md, "Test Vectors": ECDSA over P-256 with SHA-256, deterministic (RFC 6979).
VECTOR_TYPE = "http://example.com/HelloWorld"
VECTOR_BODY = b"hello world"
VECTOR_PAE = b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
VECTOR_X = 46950820868899156662930047687818585632848591499744589407958293238635476079160
VECTOR_Y = 5640078356564379163099075877009565129882514886557779369047442380624545832820
VECTOR_ENVELOPE = (
    '{"payload": "aGVsbG8gd29ybGQ=", "payloadType": "http://example.com/HelloWorld", "signatures": '
    '[{"sig": "A3JqsQGtVsJ2O2xqrI5IcnXip5GToJ3F+FnZ+O88SjtR6rDAajabZKciJTfUiHqJPcIAriEGAHTVeCUjW2JIZA=="}]}'
)


def test_the_specifications_vector() -> None:
    assert pae(VECTOR_TYPE, VECTOR_BODY) == VECTOR_PAE
    envelope = parse_envelope(VECTOR_ENVELOPE)
    assert envelope.payload == VECTOR_BODY and envelope.payload_type == VECTOR_TYPE
    # The signature is r || s (32 bytes each); cryptography verifies DER, so it is re-encoded.
    raw = envelope.signatures[0].sig
    der = encode_dss_signature(int.from_bytes(raw[:32], "big"), int.from_bytes(raw[32:], "big"))
    public = ec.EllipticCurvePublicNumbers(VECTOR_X, VECTOR_Y, ec.SECP256R1()).public_key()
    public.verify(der, pae(envelope.payload_type, envelope.payload), ec.ECDSA(hashes.SHA256()))


def test_ed25519_envelopes_verify_and_bind_their_type() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    envelope = sign("application/x-a", b"body", [("k1", key)])
    again = parse_envelope(envelope.to_json())
    assert again == envelope
    assert verify(again, "application/x-a", {"k1": key.public_key()}) == {"k1"}
    with pytest.raises(EnvelopeError, match="holds 'application/x-a'"):
        verify(again, "application/x-b", {"k1": key.public_key()})
    with pytest.raises(EnvelopeError, match="does not verify"):
        verify(again, "application/x-a", {"k1": other.public_key()})
    # the key id is a hint only: a signature with no key id is tried against every key
    anonymous = json.loads(envelope.to_json())
    del anonymous["signatures"][0]["keyid"]
    assert verify(parse_envelope(json.dumps(anonymous)), "application/x-a", {"x": key.public_key()}) == {"x"}
    # a second signature (a countersignature), and a threshold of two
    both = again.with_signature("k2", other.sign)
    assert verify(both, "application/x-a", {"k1": key.public_key(), "k2": other.public_key()}, 2) == {"k1", "k2"}
    with pytest.raises(EnvelopeError):
        verify(both, "application/x-a", {"k1": key.public_key()}, 2)


def test_url_safe_base64_is_accepted() -> None:
    key = Ed25519PrivateKey.generate()
    envelope = sign("t", bytes(range(256)), [("k", key)])
    document = json.loads(envelope.to_json())
    document["payload"] = base64.urlsafe_b64encode(envelope.payload).decode().rstrip("=")
    assert parse_envelope(json.dumps(document)).payload == envelope.payload


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"payload": "aGk=", "payloadType": "t", "signatures": []}',
        '{"payload": "aGk=", "payloadType": "t", "signatures": [{"sig": "***"}]}',
        '{"payload": "aGk=", "payload": "aGk=", "payloadType": "t", "signatures": [{"sig": "aGk="}]}',
        '{"payload": "aGk=", "payloadType": "t", "signatures": [{"sig": "aGk="}], "extra": 1}',
        '{"payload": 5, "payloadType": "t", "signatures": [{"sig": "aGk="}]}',
        '{"payload": "aGk=", "payloadType": "t", "signatures": [{"sig": "aGk=", "keyid": 7}]}',
    ],
)
def test_malformed_envelopes_are_refused(text: str) -> None:
    with pytest.raises(EnvelopeError):
        parse_envelope(text)


def test_strict_json_refuses_duplicates_and_constants() -> None:
    with pytest.raises(ValueError, match="twice"):
        strict_json('{"a": 1, "a": 2}')
    with pytest.raises(ValueError, match="NaN"):
        strict_json('{"a": NaN}')
