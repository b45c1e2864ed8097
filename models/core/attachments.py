"""Photos and documents, stored inside the encrypted database once per SHA-256."""

from __future__ import annotations

import hashlib
import mimetypes
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.common import check_text, require_role, to_dto
from models.core.dto import AttachmentDTO
from models.core.entities import Attachment, Blob
from models.core.enums import Role
from models.core.errors import DatabaseDamaged, FieldError, NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP

MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024
OWNERS = frozenset({"person", "remains_case", "letter", "agreement", "list_version", "identification"})


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def add_attachment(
    session: Session,
    owner_entity: str,
    owner_id: uuid.UUID,
    filename: str,
    data: bytes,
    *,
    media_type: str | None = None,
    description: str = "",
) -> AttachmentDTO:
    """Attach a file. The same content attached twice is stored once."""
    require_role(session, Role.CLERK)
    errors: list[FieldError] = []
    if owner_entity not in OWNERS:
        errors.append(
            FieldError.of(
                "owner_entity",
                QT_TRANSLATE_NOOP("Errors", "files cannot be attached to {owner_entity!r}"),
                owner_entity=owner_entity,
            )
        )
    check_text(errors, "filename", filename, max_len=255, required=True)
    check_text(errors, "description", description, max_len=20_000, multiline=True)
    if len(data) > MAX_ATTACHMENT_BYTES:
        errors.append(
            FieldError.of(
                "file",
                QT_TRANSLATE_NOOP("Errors", "{filename} is {size_mib:,.0f} MiB; the limit is {limit_mib} MiB"),
                filename=filename,
                size_mib=len(data) / 1024 / 1024,
                limit_mib=MAX_ATTACHMENT_BYTES // 1024 // 1024,
            )
        )
    if errors:
        raise ValidationError(errors)
    digest = sha256_of(data)
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
        session.flush()  # the content first: the attachment row refers to it
    kind = media_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
    attachment = Attachment(
        blob_sha256=digest,
        owner_entity=owner_entity,
        owner_id=owner_id,
        filename=filename,
        media_type=kind,
        description=description,
    )
    session.add(attachment)
    session.flush()
    return to_dto(attachment, AttachmentDTO)


def attachments_of(session: Session, owner_entity: str, owner_id: uuid.UUID) -> list[AttachmentDTO]:
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.owner_entity == owner_entity, Attachment.owner_id == owner_id)
        .order_by(Attachment.created_at)
    )
    return [to_dto(r, AttachmentDTO) for r in rows]


def attachment_data(session: Session, attachment_id: uuid.UUID) -> bytes:
    row = session.execute(
        select(Blob.data, Blob.sha256)
        .join(Attachment, Attachment.blob_sha256 == Blob.sha256)
        .where(Attachment.id == attachment_id)
    ).first()
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no attachment with id {attachment_id}"), attachment_id=attachment_id
        )
    data = bytes(row.data)
    if hashlib.sha256(data).hexdigest() != row.sha256:
        # never served as the file it was (hostile trial: a scan replaced by SQL was shown as genuine)
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the attached file {attachment_id} is not the file that was attached (its content no longer matches "
                "its SHA-256): it was changed outside the app. Restore it from a backup, and tell headquarters",
            ),
            attachment_id=attachment_id,
        )
    return data


def remove_attachment(session: Session, attachment_id: uuid.UUID) -> None:
    """Detach a file; its content stays while another record still uses it."""
    require_role(session, Role.CLERK)
    attachment = session.get(Attachment, attachment_id)
    if attachment is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no attachment with id {attachment_id}"), attachment_id=attachment_id
        )
    digest = attachment.blob_sha256
    session.delete(attachment)
    session.flush()
    if session.execute(select(Attachment.id).where(Attachment.blob_sha256 == digest).limit(1)).first() is None:
        blob = session.get(Blob, digest)
        if blob is not None:
            session.delete(blob)
    session.flush()
