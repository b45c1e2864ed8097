"""Where things live and how the user is identified, from options and the environment."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.keyslots import DemoCredentials, KeySlots, keys_path_for


def default_db_path() -> Path:
    """``REPATRIA_DB`` if set, else the platform's user data folder."""
    env = os.environ.get("REPATRIA_DB")
    return Path(env) if env else user_data_path("Repatria", appauthor=False) / "repatria.db"


def demo_credentials(db_path: Path) -> DemoCredentials | None:
    """The login a demo database advertises, or None for a real one (or no readable key file)."""
    try:
        return KeySlots.load(keys_path_for(db_path)).demo
    except RepatriaError:
        return None


def resolve_user(db_path: Path, given: str | None) -> str:
    if given:
        return given
    if env := os.environ.get("REPATRIA_USER"):
        return env
    if demo := demo_credentials(db_path):
        return demo.user
    slots = KeySlots.load(keys_path_for(db_path)).slots if keys_path_for(db_path).exists() else {}
    if len(slots) == 1:
        return next(iter(slots))
    raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "say who you are: --user NAME (or REPATRIA_USER)"))


def resolve_password(db_path: Path | None = None, *, confirm: bool = False) -> str:
    """``REPATRIA_PASSWORD`` if set, else a prompt on the terminal (never echoed)."""
    if (env := os.environ.get("REPATRIA_PASSWORD")) is not None:
        return env
    if db_path is not None and (demo := demo_credentials(db_path)):
        return demo.password
    if not sys.stdin.isatty():
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "no password: set REPATRIA_PASSWORD or run in a terminal to be asked")
        )
    password = getpass.getpass("Password: ")
    if confirm and getpass.getpass("Repeat the password: ") != password:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "the passwords differ"))
    return password


def resolve_new_password() -> str:
    """A new password: ``REPATRIA_NEW_PASSWORD`` if set, else asked twice on the terminal."""
    if (env := os.environ.get("REPATRIA_NEW_PASSWORD")) is not None:
        return env
    if not sys.stdin.isatty():
        raise RepatriaError(
            QT_TRANSLATE_NOOP("Errors", "no new password: set REPATRIA_NEW_PASSWORD or run in a terminal to be asked")
        )
    password = getpass.getpass("New password: ")
    if getpass.getpass("Repeat the new password: ") != password:
        raise RepatriaError(QT_TRANSLATE_NOOP("Errors", "the passwords differ"))
    return password


def unlock_keys(db: Path, user: str, password: str) -> tuple[KeySlots, bytes]:
    """The database's key slots and key, unwrapped for ``user`` (``KeySlots.unlock``'s errors:
    wrong password, unknown user, a damaged slot). Argon2id releases the GIL, so the command
    line runs this on the other core while the database stack loads, and hands the result to
    ``open_database``."""
    return KeySlots.unlock(db, user, password)
