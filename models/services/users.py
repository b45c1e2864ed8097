"""Users and roles. Passwords never enter the database: they only unlock key slots."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.changelog import RepatriaSession
from models.entities import UserAccount
from models.enums import Role
from models.errors import FieldError, ValidationError
from models.services.common import check_text, require_role, to_dto

LOGIN_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


@dataclass(frozen=True)
class UserDTO:
    id: uuid.UUID
    name: str
    full_name: str
    role: Role
    office_id: uuid.UUID
    active: bool


def create_user(session: Session, name: str, role: Role, full_name: str = "") -> UserDTO:
    require_role(session, Role.ADMIN)
    assert isinstance(session, RepatriaSession)
    errors: list[FieldError] = []
    if not LOGIN_NAME.match(name):
        errors.append(FieldError("name", f"{name!r} is not a login name (letters, digits, '.', '_', '-')"))
    check_text(errors, "full_name", full_name, max_len=200)
    if not errors and session.execute(select(UserAccount.id).where(UserAccount.name == name)).first():
        errors.append(FieldError("name", f"a user named {name!r} exists already"))
    if errors:
        raise ValidationError(errors)
    user = UserAccount(name=name, full_name=full_name or name, role=role, office_id=session.actor.office_id)
    session.add(user)
    session.flush()
    return to_dto(user, UserDTO)


def list_users(session: Session) -> list[UserDTO]:
    return [to_dto(u, UserDTO) for u in session.scalars(select(UserAccount).order_by(UserAccount.name))]
