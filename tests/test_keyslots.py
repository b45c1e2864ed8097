import json
from pathlib import Path

import pytest

from models.core.db import Database
from models.core.errors import DatabaseDamaged, UnknownUser, WrongPassword
from models.core.keyslots import KeySlots, keys_path_for
from tests.helpers.database import ADMIN, FAST_KDF, PASSWORD, file_state


def test_wrong_password_fails_before_the_database_is_touched(db_path: Path) -> None:
    before = file_state(db_path.parent)
    with pytest.raises(WrongPassword, match="wrong password"):
        Database.open(db_path, ADMIN, "not the password")
    assert file_state(db_path.parent) == before


def test_two_users_have_their_own_passwords(db: Database, db_path: Path) -> None:
    key = db.slots.unwrap(ADMIN, PASSWORD)
    from models.core.enums import Role
    from models.office.users import create_user

    with db.write() as session:
        create_user(session, "olena", Role.CLERK, "Олена Петренко")
    db.add_user_slot("olena", "her own secret", key, FAST_KDF)
    db.close()
    with Database.open(db_path, "olena", "her own secret") as as_olena:
        assert as_olena.actor.role is Role.CLERK
    with pytest.raises(WrongPassword):
        Database.open(db_path, "olena", PASSWORD)


def test_password_change_rewrites_only_the_key_slot(db: Database, db_path: Path) -> None:
    db.close()
    database_bytes = db_path.read_bytes()
    db.change_password(ADMIN, PASSWORD, "new password", FAST_KDF)
    assert db_path.read_bytes() == database_bytes
    Database.open(db_path, ADMIN, "new password").close()
    with pytest.raises(WrongPassword):
        Database.open(db_path, ADMIN, PASSWORD)


def test_a_slot_copied_to_another_user_does_not_open(db_path: Path) -> None:
    path = keys_path_for(db_path)
    doc = json.loads(path.read_text())
    doc["slots"]["mallory"] = doc["slots"][ADMIN]
    path.write_text(json.dumps(doc))
    with pytest.raises(WrongPassword):
        KeySlots.load(path).unwrap("mallory", PASSWORD)


def test_unknown_user_and_damaged_key_file(db_path: Path) -> None:
    with pytest.raises(UnknownUser, match="nobody"):
        Database.open(db_path, "nobody", PASSWORD)
    keys_path_for(db_path).write_text("{not json")
    with pytest.raises(DatabaseDamaged, match=r"key file .* is damaged"):
        Database.open(db_path, ADMIN, PASSWORD)
