"""Helpers every service uses: role checks, DTO conversion, shared validation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy.orm import Session

from models.core.changelog import RepatriaSession
from models.core.enums import Role
from models.core.errors import FieldError, PermissionDenied
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate

T = TypeVar("T")


def require_role(session: Session, role: Role) -> None:
    """Roles are enforced here, in the service, not only by greyed-out buttons."""
    assert isinstance(session, RepatriaSession)
    actor = session.actor
    if not actor.role.at_least(role):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "{user_name} ({role}) may not do this: needs {needed} or higher"),
            user_name=actor.user_name,
            role=actor.role,
            needed=role,
        )


def to_dto(obj: object, dto_type: type[T]) -> T:
    """Build a frozen dataclass DTO from an ORM object's attributes of the same names."""
    assert dataclasses.is_dataclass(dto_type)
    values = {f.name: getattr(obj, f.name) for f in dataclasses.fields(dto_type)}
    return dto_type(**values)


def today() -> dt.date:
    return dt.date.today()


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_text(
    errors: list[FieldError],
    field: str,
    value: str,
    *,
    max_len: int,
    required: bool = False,
    multiline: bool = False,
    row: int | None = None,
) -> None:
    if required and not value.strip():
        errors.append(FieldError.of(field, QT_TRANSLATE_NOOP("Errors", "is required"), row))
    if len(value) > max_len:
        errors.append(
            FieldError.of(
                field,
                QT_TRANSLATE_NOOP("Errors", "is {length} characters long; at most {max_len} fit"),
                row,
                length=len(value),
                max_len=max_len,
            )
        )
    bad = _CONTROL.search(value) if multiline else _CONTROL.search(value) or ("\n" in value or "\r" in value)
    if bad:
        errors.append(
            FieldError.of(field, QT_TRANSLATE_NOOP("Errors", "contains control characters or line breaks"), row)
        )


def check_not_future(
    errors: list[FieldError], field: str, value: PartialDate | dt.date | None, row: int | None = None
) -> None:
    if value is None:
        return
    earliest = value.earliest() if isinstance(value, PartialDate) else value
    if earliest > today():
        errors.append(FieldError.of(field, QT_TRANSLATE_NOOP("Errors", "{value} is in the future"), row, value=value))


@contextmanager
def bulk_work() -> Iterator[None]:
    """Work that holds hundreds of thousands of objects for a moment (a whole registry in
    memory for a list check): the cyclic garbage collector's full passes over all of them,
    triggered again and again by allocation counts, cost more than the work, so it is paused
    (reference counting still frees everything) and runs once at the end."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
