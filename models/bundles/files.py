"""The bundle file (BUNDLES.md, "The file"), sealed and opened; nothing here touches the database.

``<from>_<to>_<seq>_<bundle id>.repatria`` is an age file (pyrage, X25519) encrypted to the
addressed office and to the sender (and to any other recipients given). Inside, a tar of
regular files only: ``envelope.dsse.json`` (the DSSE envelope whose payload is the manifest,
signed by the sender's office key), ``changes.jsonl.gz`` (one change event a line, as the
change log hashes it), ``records.jsonl.gz`` (a filtered profile's records) and
``blobs/<sha256>`` (attachments).

Opening follows steps 1 to 7 of BUNDLES.md's import, in that order, and refuses with a
reason code (:class:`Refusal`) at the first that fails: size, the age header (no scrypt
stanza), decryption (authenticated as a whole by age before anything is returned), the tar
read in memory (allow-listed names, regular files, no duplicates, size and ratio caps), the
signature checked against a trusted office key before the manifest is parsed, the manifest as
strict JSON addressed to us, and every member's size and SHA-256.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import re
import tarfile
import uuid
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from models.bundles.cards import KeyPair
from models.bundles.dsse import Envelope, EnvelopeError, parse_envelope, sign, strict_json, verify
from models.core.changelog import canonical_json
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP

BUNDLE_TYPE = "application/vnd.repatria.bundle+json;v=1"
FORMAT = "repatria-bundle/1"
SUFFIX = ".repatria"
MAX_BUNDLE_BYTES = 1024**3  # 1 GiB as carried; a 6,000-person bundle is a few MB
MAX_UNPACKED_BYTES = 1024**3  # everything inside, once decompressed
MAX_RATIO = 100  # decompressed / compressed: real change logs compress about 10:1
ENVELOPE, CHANGES, RECORDS = "envelope.dsse.json", "changes.jsonl.gz", "records.jsonl.gz"
_MEMBER = re.compile(r"^(envelope\.dsse\.json|changes\.jsonl\.gz|records\.jsonl\.gz|blobs/[0-9a-f]{64})$")
AGE_MAGIC = b"age-encryption.org/v1\n"


class Refusal(RepatriaError):
    """A bundle that is not imported; ``code`` is the stable reason code (``bundles import --json``)."""

    def __init__(self, code: str, template: str, /, **args: object) -> None:
        super().__init__(template, **args)
        self.code = code


@dataclass(frozen=True)
class Opened:
    """A bundle whose steps 1-7 passed: signed by ``sender`` under ``key_id``, addressed to us."""

    manifest: dict[str, Any]
    sender: uuid.UUID
    key_id: str
    sha256: str  # of the file as carried
    manifest_sha256: str  # of the signed manifest: the same content, however often re-encrypted
    changes: bytes  # the decompressed JSON lines
    records: bytes
    blobs: dict[str, memoryview]


def file_name(sender_code: str, recipient_code: str, seq: int, bundle_id: uuid.UUID) -> str:
    safe = [re.sub(r"[^A-Za-z0-9-]+", "-", code) for code in (sender_code, recipient_code)]
    return f"{safe[0]}_{safe[1]}_{seq:06d}_{bundle_id}{SUFFIX}"


_FILE_NAME = re.compile(r"(?:^|_)(?P<sender>[A-Za-z0-9-]+)_(?P<to>[A-Za-z0-9-]+)_(?P<seq>\d{6,})_[0-9a-f-]{36}")


def name_facts(name: str) -> tuple[str, int] | None:
    """(sender's code, channel number) that a bundle's file name (:func:`file_name`, maybe with
    a prefix) says, or None for a name that is not one. Only a name: the bundle says the truth."""
    found = _FILE_NAME.search(name)
    return None if found is None else (found["sender"], int(found["seq"]))


def _tar(members: Mapping[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name in sorted(members):
            info = tarfile.TarInfo(name)
            info.size = len(members[name])
            info.mode = 0o600
            info.mtime = 0  # the manifest says when; the tar says nothing of the sender's files
            tar.addfile(info, io.BytesIO(members[name]))
    return buffer.getvalue()


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=6, mtime=0)


def seal(manifest: dict[str, Any], members: Mapping[str, bytes], signer: KeyPair, recipients: list[str]) -> bytes:
    """The bundle file: ``manifest`` completed with each member's size and SHA-256, signed by
    ``signer`` (DSSE), tarred with the members and encrypted to the age ``recipients``."""
    manifest = {
        **manifest,
        "members": {
            name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in sorted(members.items())
        },
    }
    envelope = sign(BUNDLE_TYPE, canonical_json(manifest), [(signer.key_id, signer.signing)])
    tar = _tar({**members, ENVELOPE: envelope.to_json().encode("utf-8")})
    return pyrage.encrypt(tar, [pyrage.x25519.Recipient.from_str(r) for r in dict.fromkeys(recipients)])


def _age_header(data: bytes) -> None:
    """Step 2: the header's stanzas, before any decryption: a passphrase (scrypt) file is
    never ours (age allows scrypt only alone, and we never write one)."""
    if not data:
        raise Refusal("not_age", QT_TRANSLATE_NOOP("Errors", "the file is empty: copy it again from where it came"))
    if not data.startswith(AGE_MAGIC):
        raise Refusal(
            "not_age",
            QT_TRANSLATE_NOOP(
                "Errors",
                "this file is not a Repatria bundle: it does not begin as one (another file, or a bundle cut short "
                "at its start)",
            ),
        )
    end = data.find(b"\n---", len(AGE_MAGIC) - 1, 1024 * 1024)
    if end < 0:
        raise Refusal("damaged", QT_TRANSLATE_NOOP("Errors", "the bundle's header is damaged"))
    for line in data[len(AGE_MAGIC) : end].split(b"\n"):
        if line.startswith(b"-> ") and line[3:].split(b" ", 1)[0] == b"scrypt":
            raise Refusal(
                "scrypt_stanza",
                QT_TRANSLATE_NOOP("Errors", "the bundle is locked with a passphrase, not to an office: refused"),
            )


def _gunzip(name: str, data: memoryview, budget: int) -> bytes:
    """A member decompressed, within the caps (a compression bomb stops at the cap)."""
    limit = min(budget, max(len(data), 1) * MAX_RATIO)
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error:
        raise Refusal(
            "damaged", QT_TRANSLATE_NOOP("Errors", "the bundle's member {name} is damaged"), name=name
        ) from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise Refusal(
            "too_large",
            QT_TRANSLATE_NOOP("Errors", "the bundle's member {name} unpacks to more than it may ({limit} bytes)"),
            name=name,
            limit=limit,
        )
    if not inflater.eof or inflater.unused_data:  # cut short, or more after its end: not what was signed
        raise Refusal("damaged", QT_TRANSLATE_NOOP("Errors", "the bundle's member {name} is damaged"), name=name)
    return out


def _members(tar_bytes: memoryview) -> dict[str, memoryview]:
    """Step 4: the tar read in memory, never extracted to disk; each member a view of the
    decrypted bytes (not a copy: a bundle of photos would otherwise be held twice)."""
    found: dict[str, memoryview] = {}
    total = 0
    try:
        with tarfile.open(fileobj=io.BytesIO(tar_bytes), mode="r:") as tar:  # headers only are read
            for info in tar:
                if not _MEMBER.fullmatch(info.name):
                    raise Refusal(
                        "bad_member",
                        QT_TRANSLATE_NOOP("Errors", "the bundle holds a member it may not hold: {name!r}"),
                        name=info.name[:200],
                    )
                # Plain files only: tarfile's "regular" types include sparse and contiguous
                # files, and a 2 KB sparse member reads as gigabytes.
                if info.type not in (tarfile.REGTYPE, tarfile.AREGTYPE) or info.issparse():
                    raise Refusal(
                        "bad_member",
                        QT_TRANSLATE_NOOP("Errors", "the bundle's member {name!r} is not a plain file"),
                        name=info.name,
                    )
                if info.name in found:
                    raise Refusal(
                        "bad_member",
                        QT_TRANSLATE_NOOP("Errors", "the bundle holds {name!r} twice"),
                        name=info.name,
                    )
                total += info.size
                if total > MAX_UNPACKED_BYTES:
                    raise Refusal("too_large", QT_TRANSLATE_NOOP("Errors", "the bundle unpacks to too much"))
                if total > len(tar_bytes):  # a plain member lies inside the tar: this one says otherwise
                    raise Refusal(
                        "damaged",
                        QT_TRANSLATE_NOOP("Errors", "the bundle's contents are damaged ({detail})"),
                        detail=f"{info.name} is larger than the file",
                    )
                found[info.name] = tar_bytes[info.offset_data : info.offset_data + info.size]
    except tarfile.TarError as exc:
        raise Refusal(
            "damaged", QT_TRANSLATE_NOOP("Errors", "the bundle's contents are damaged ({detail})"), detail=exc
        ) from None
    if ENVELOPE not in found:
        raise Refusal("damaged", QT_TRANSLATE_NOOP("Errors", "the bundle has no signed manifest"))
    return found


def file_facts(source: bytes | Path) -> tuple[int, str]:
    """A bundle's size and SHA-256, read in chunks from a file (a bundle of photos is hundreds
    of MB: it is never held twice)."""
    if isinstance(source, bytes):
        return len(source), hashlib.sha256(source).hexdigest()
    digest = hashlib.sha256()
    with source.open("rb") as file:
        while chunk := file.read(1024 * 1024):
            digest.update(chunk)
    return source.stat().st_size, digest.hexdigest()


def _decrypt(source: bytes | Path, identities: list[str]) -> memoryview:
    """Step 3. From a file, age decrypts as it reads (``decrypt_io``) into memory, never to
    disk; nothing of the plaintext is looked at unless the whole file authenticated."""
    keys = [pyrage.x25519.Identity.from_str(i) for i in identities]
    if isinstance(source, bytes):
        return memoryview(pyrage.decrypt(source, keys))
    out = io.BytesIO()
    with source.open("rb") as file:
        pyrage.decrypt_io(file, out, keys)
    return out.getbuffer()


def open_bundle(
    source: bytes | Path,
    identities: list[str],
    keys: Mapping[str, tuple[uuid.UUID, Ed25519PublicKey, int | None]],
    our_office: uuid.UUID,
    schema: str,
    facts: tuple[int, str] | None = None,
    own_keys: frozenset[str] = frozenset(),
) -> Opened:
    """Steps 1-7 of the import, of a bundle given as bytes or as its file. ``identities``: our
    age identities (the current first); ``keys``: every trusted signing key by key id (office,
    key, trusted up to seq or None); ``facts``: its size and SHA-256 if already known;
    ``own_keys``: our own key ids (a bundle we made, brought back by mistake, is said to be so).
    Raises :class:`Refusal`."""
    size, sha256 = facts or file_facts(source)
    if size > MAX_BUNDLE_BYTES:
        raise Refusal(
            "too_large",
            QT_TRANSLATE_NOOP("Errors", "the bundle is {size} bytes, more than a bundle may be ({limit})"),
            size=size,
            limit=MAX_BUNDLE_BYTES,
        )
    if isinstance(source, bytes):
        _age_header(source)
    else:
        with source.open("rb") as file:
            _age_header(file.read(1024 * 1024))
    try:
        tar_bytes = _decrypt(source, identities)
    except (pyrage.DecryptError, OSError) as exc:  # decrypt_io reports a bad payload chunk as an OSError
        if "no matching keys" in str(exc).lower():
            raise Refusal(
                "not_addressed",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "this bundle is not addressed to this office (no key of ours opens it). If this office was "
                    "restored from a backup made before it made new keys, the bundle was made for the keys lost "
                    "with the restore: make new keys and send the new card to the sender",
                ),
            ) from None
        # Encryption cannot tell a damaged copy from an altered one: both fail its check. The
        # clerk is told what to do about either; the library's own English words would not help.
        raise Refusal(
            "damaged",
            QT_TRANSLATE_NOOP(
                "Errors",
                "the bundle was damaged or altered on the way: copy it again from the sender; if a fresh copy is "
                "refused too, tell the sender's office (someone may have altered it)",
            ),
        ) from None
    members = _members(tar_bytes)
    try:
        envelope: Envelope = parse_envelope(bytes(members[ENVELOPE]))
    except EnvelopeError as exc:
        raise Refusal("bad_signature", exc.message_id, **exc.message_args) from None
    if envelope.payload_type != BUNDLE_TYPE:
        raise Refusal(
            "wrong_type",
            QT_TRANSLATE_NOOP("Errors", "the file holds {kind!r}, not a bundle"),
            kind=envelope.payload_type[:100],
        )
    named = {s.keyid for s in envelope.signatures} & set(keys)
    if not named and {s.keyid for s in envelope.signatures} & own_keys:
        raise Refusal(
            "own_bundle",
            QT_TRANSLATE_NOOP(
                "Errors",
                "this bundle was made here, by this office, for another office: take it to the office it is for",
            ),
        )
    if not named:
        raise Refusal(
            "unknown_key",
            QT_TRANSLATE_NOOP(
                "Errors",
                "the bundle is signed by a key we do not trust. If the office that sent it made new keys, trust its "
                "new card first (repatria offices trust CARD.json: a card signed by its previous key needs no "
                "telephone call), then import the bundle again; otherwise trust the sender's office card first",
            ),
        )
    try:
        accepted = verify(envelope, BUNDLE_TYPE, {k: keys[k][1] for k in named})
    except EnvelopeError:
        raise Refusal(
            "bad_signature", QT_TRANSLATE_NOOP("Errors", "the bundle's signature does not verify: it was altered")
        ) from None
    key_id = sorted(accepted)[0]
    sender = keys[key_id][0]
    try:
        manifest = strict_json(envelope.payload)
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refusal(
            "bad_manifest",
            QT_TRANSLATE_NOOP("Errors", "the bundle's manifest is not valid JSON ({detail})"),
            detail=exc,
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise Refusal("unsupported", QT_TRANSLATE_NOOP("Errors", "the bundle's format is not one this version reads"))
    if str(manifest.get("schema", "")) > schema:
        raise Refusal(
            "unsupported",
            QT_TRANSLATE_NOOP("Errors", "the bundle was made by a newer Repatria (schema {theirs}; ours is {ours})"),
            theirs=manifest.get("schema"),
            ours=schema,
        )
    sent_by = manifest.get("from")
    if not isinstance(sent_by, dict):
        sent_by = {}
    if str(sent_by.get("office_id")) != str(sender) or sent_by.get("key_id") != key_id:
        raise Refusal(
            "bad_manifest", QT_TRANSLATE_NOOP("Errors", "the bundle's manifest names another sender than its signature")
        )
    recipients = manifest.get("recipients")
    if not isinstance(recipients, list) or str(our_office) not in recipients:
        raise Refusal(
            "not_recipient", QT_TRANSLATE_NOOP("Errors", "the bundle's manifest does not name this office as recipient")
        )
    listed = manifest.get("members")
    if not isinstance(listed, dict) or set(listed) != set(members) - {ENVELOPE}:
        raise Refusal(
            "member_mismatch", QT_TRANSLATE_NOOP("Errors", "the bundle's members are not those its manifest lists")
        )
    for name, said in listed.items():
        data_of = members[name]
        if (
            not isinstance(said, dict)
            or said.get("size") != len(data_of)
            or said.get("sha256") != hashlib.sha256(data_of).hexdigest()
        ):
            raise Refusal(
                "member_mismatch",
                QT_TRANSLATE_NOOP("Errors", "the bundle's member {name} does not match its manifest"),
                name=name,
            )
        if name.startswith("blobs/") and name[6:] != said.get("sha256"):
            raise Refusal(
                "member_mismatch",
                QT_TRANSLATE_NOOP("Errors", "the bundle's member {name} does not match its manifest"),
                name=name,
            )
    budget = MAX_UNPACKED_BYTES
    changes = _gunzip(CHANGES, members[CHANGES], budget) if CHANGES in members else b""
    records = _gunzip(RECORDS, members[RECORDS], budget - len(changes)) if RECORDS in members else b""
    blobs = {name[6:]: data_of for name, data_of in members.items() if name.startswith("blobs/")}
    return Opened(
        manifest,
        sender,
        key_id,
        sha256,
        hashlib.sha256(envelope.payload).hexdigest(),
        changes,
        records,
        blobs,
    )


def manifest_time(manifest: Mapping[str, Any]) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(str(manifest.get("created_at")))
        if value.tzinfo is None:
            raise ValueError("no time zone")
        return value.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        raise Refusal("bad_manifest", QT_TRANSLATE_NOOP("Errors", "the bundle's manifest has no valid time")) from None
