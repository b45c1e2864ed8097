"""Users and roles. Passwords never enter the database: they only unlock key slots."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.changelog import RepatriaSession
from models.core.common import check_text, require_role, to_dto
from models.core.db import Database
from models.core.entities import UserAccount
from models.core.enums import Role
from models.core.errors import FieldError, RepatriaError, ValidationError
from models.core.keyslots import DEFAULT_KDF, KdfParams
from models.office.dto import UserDTO

LOGIN_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


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


def add_user(
    db: Database, name: str, role: Role, password: str, *, full_name: str = "", params: KdfParams = DEFAULT_KDF
) -> UserDTO:
    """A new user with a role and a key slot of their own (admins only)."""
    if name in db.slots.slots:
        raise RepatriaError(f"a key slot for {name!r} exists already")
    with db.write() as session:
        user = create_user(session, name, role, full_name)
        db.wrap_key_for(name, password, params)  # in memory until the user is committed
    db.slots.save()
    return user
