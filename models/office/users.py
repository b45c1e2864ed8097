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
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.keyslots import DEFAULT_KDF, KdfParams
from models.office.dto import UserDTO

LOGIN_NAME = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def create_user(session: Session, name: str, role: Role, full_name: str = "") -> UserDTO:
    require_role(session, Role.ADMIN)
    assert isinstance(session, RepatriaSession)
    errors: list[FieldError] = []
    if not LOGIN_NAME.match(name):
        errors.append(
            FieldError.of(
                "name",
                QT_TRANSLATE_NOOP("Errors", "{name!r} is not a login name (letters, digits, '.', '_', '-')"),
                name=name,
            )
        )
    check_text(errors, "full_name", full_name, max_len=200)
    if not errors and session.execute(select(UserAccount.id).where(UserAccount.name == name)).first():
        errors.append(
            FieldError.of("name", QT_TRANSLATE_NOOP("Errors", "a user named {name!r} exists already"), name=name)
        )
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
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "a key slot for {name!r} exists already"), name=name)
    with db.write() as session:
        user = create_user(session, name, role, full_name)
        db.wrap_key_for(name, password, params)  # in memory until the user is committed
    db.slots.save()
    return user


def _account(session: Session, name: str) -> UserAccount:
    account = session.scalars(select(UserAccount).where(UserAccount.name == name)).first()
    if account is None:
        raise ValidationError.single("name", QT_TRANSLATE_NOOP("Errors", "there is no user named {name!r}"), name=name)
    return account


def _keep_an_admin(session: Session, account: UserAccount) -> None:
    """Refuse to leave the database without an active admin: no one could add users again."""
    others = session.scalars(
        select(UserAccount.id).where(
            UserAccount.role == Role.ADMIN, UserAccount.active.is_(True), UserAccount.id != account.id
        )
    ).first()
    if others is None:
        raise ValidationError.single(
            "name",
            QT_TRANSLATE_NOOP("Errors", "{name!r} is the only active admin: make another admin first"),
            name=account.name,
        )


def set_role(session: Session, name: str, role: Role) -> UserDTO:
    """Give a user another role (admins only; the change log keeps the old one). The last
    active admin keeps the admin role; nobody changes their own role."""
    require_role(session, Role.ADMIN)
    assert isinstance(session, RepatriaSession)
    account = _account(session, name)
    if account.name == session.actor.user_name:
        raise ValidationError.single(
            "name", QT_TRANSLATE_NOOP("Errors", "you cannot change your own role: ask another admin")
        )
    if account.role is Role.ADMIN and role is not Role.ADMIN:
        _keep_an_admin(session, account)
    account.role = role
    session.flush()
    return to_dto(account, UserDTO)


def set_active(
    db: Database, name: str, active: bool, password: str = "", *, params: KdfParams = DEFAULT_KDF
) -> UserDTO:
    """Disable a user, or enable one again (admins only).

    Disabling also removes the user's key slot, so their password no longer unlocks the
    database file at all (not only the app's login). Enabling needs a new ``password`` for
    a new key slot. Nobody disables themselves; the last active admin stays.

    Raises ValidationError (nothing changed) for an unknown user, oneself, the last admin, or
    enabling without a password."""
    with db.write() as session:
        require_role(session, Role.ADMIN)
        account = _account(session, name)
        if account.name == db.actor.user_name:
            raise ValidationError.single(
                "name", QT_TRANSLATE_NOOP("Errors", "you cannot disable yourself: ask another admin")
            )
        if not active and account.role is Role.ADMIN:
            _keep_an_admin(session, account)
        if active and not password:
            raise ValidationError.single(
                "password",
                QT_TRANSLATE_NOOP("Errors", "enabling {name!r} again needs a new password for them"),
                name=name,
            )
        account.active = active
        session.flush()
        user = to_dto(account, UserDTO)
    # the key slots change once the account's change is committed
    if name in db.slots.slots:
        db.slots.remove(name)
    if active:
        db.wrap_key_for(name, password, params)
    db.slots.save()
    return user
