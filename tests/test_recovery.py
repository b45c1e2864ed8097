"""The recovery slot (issue 17): headquarters' recovery key gives a user a new password when
every password is lost, opens only the database it was set for, and travels with backups."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from desktop.facades.office import OfficeFacade, make_recovery_key, recover_password
from models.core.backup import backup, restore
from models.core.db import Database
from models.core.enums import Role
from models.core.errors import DatabaseDamaged, PermissionDenied, RepatriaError, WrongPassword
from models.core.keyslots import KeySlots, keys_path_for
from models.office.users import add_user
from tests.helpers.database import ADMIN, FAST_KDF, PASSWORD, copy_database


@pytest.fixture
def hq_key(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "hq-recovery.key"
    return path, make_recovery_key(path)


def test_the_recovery_key_is_private_and_never_written_over(hq_key: tuple[Path, str]) -> None:
    path, recipient = hq_key
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and recipient.startswith("age1")
    assert recipient in path.read_text() and "AGE-SECRET-KEY-1" in path.read_text()
    with pytest.raises(FileExistsError):
        make_recovery_key(path)


def test_a_lost_password_is_replaced_with_the_recovery_key(
    db: Database, db_path: Path, hq_key: tuple[Path, str]
) -> None:
    path, recipient = hq_key
    add_user(db, "clerk", Role.CLERK, "clerk password", params=FAST_KDF)
    OfficeFacade(db).set_recovery(recipient)
    assert OfficeFacade(db).recovery_recipient() == recipient
    add_user(db, "second", Role.VIEWER, "second password", params=FAST_KDF)  # later users keep the slot
    assert KeySlots.load(keys_path_for(db_path)).recovery is not None
    db.close()
    recover_password(db_path, path, ADMIN, "a new password")
    with pytest.raises(WrongPassword):
        Database.open(db_path, ADMIN, PASSWORD)
    with Database.open(db_path, ADMIN, "a new password") as opened:
        assert opened.actor.role is Role.ADMIN
    Database.open(db_path, "clerk", "clerk password").close()  # the others' passwords are untouched


def test_only_admins_set_it_and_only_the_right_key_opens_it(
    db: Database, db_path: Path, hq_key: tuple[Path, str], tmp_path: Path
) -> None:
    path, recipient = hq_key
    add_user(db, "clerk", Role.CLERK, "clerk password", params=FAST_KDF)
    with Database.open(db_path, "clerk", "clerk password") as clerk, pytest.raises(PermissionDenied):
        OfficeFacade(clerk).set_recovery(recipient)
    with pytest.raises(RepatriaError, match="no recovery slot"):
        recover_password(db_path, path, ADMIN, "x")
    with pytest.raises(RepatriaError, match="not an age public key"):
        OfficeFacade(db).set_recovery("age1notakey")
    OfficeFacade(db).set_recovery(recipient)
    other = tmp_path / "other.key"
    make_recovery_key(other)
    with pytest.raises(RepatriaError, match="does not open the recovery slot"):
        recover_password(db_path, other, ADMIN, "x")
    with pytest.raises(RepatriaError, match="no age key"):
        recover_password(db_path, db_path, ADMIN, "x")
    with pytest.raises(RepatriaError, match="no user named 'nobody'"):
        recover_password(db_path, path, "nobody", "x")
    Database.open(db_path, ADMIN, PASSWORD).close()  # nothing changed by the refusals


def test_a_recovery_slot_copied_to_another_database_does_not_open_it(
    db: Database, db_path: Path, hq_key: tuple[Path, str], template_db: Path, tmp_path: Path
) -> None:
    path, recipient = hq_key
    OfficeFacade(db).set_recovery(recipient)
    other = copy_database(template_db, tmp_path / "other.db")
    keys = keys_path_for(other)
    document = json.loads(keys.read_text())
    document["database_id"] = "another-database"  # as a different database's key file says
    document["recovery"] = json.loads(keys_path_for(db_path).read_text())["recovery"]
    keys.write_text(json.dumps(document))
    with pytest.raises(DatabaseDamaged, match="another database"):
        recover_password(other, path, ADMIN, "x")


def test_backups_carry_the_recovery_slot(db: Database, hq_key: tuple[Path, str], tmp_path: Path) -> None:
    path, recipient = hq_key
    OfficeFacade(db).set_recovery(recipient)
    made = backup(db, tmp_path / "backups")
    restored = tmp_path / "restored" / "office.db"
    restore(made.path, restored, ADMIN, PASSWORD)
    recover_password(restored, path, ADMIN, "after the laptop was lost")
    Database.open(restored, ADMIN, "after the laptop was lost").close()


@pytest.mark.parametrize("where", [40, 120, -10])
def test_a_damaged_recovery_slot_reads_damaged_and_check_finds_it(
    db: Database, db_path: Path, hq_key: tuple[Path, str], where: int
) -> None:
    """Hostile trial (a16): one changed byte of the recovery slot read "this recovery key does
    not open the recovery slot", and `check` said nothing, so the damage rode into every backup
    until the day every password was lost."""
    path, recipient = hq_key
    OfficeFacade(db).set_recovery(recipient)
    keys = keys_path_for(db_path)
    document = json.loads(keys.read_text())
    wrapped = document["recovery"]["wrapped"]
    at = where % len(wrapped)  # the age header, its stanza, the encrypted key
    document["recovery"]["wrapped"] = wrapped[:at] + ("B" if wrapped[at] != "B" else "C") + wrapped[at + 1 :]
    keys.write_text(json.dumps(document))
    assert any("the recovery slot" in p and "damaged" in p for p in OfficeFacade(db).integrity_problems())
    with pytest.raises(DatabaseDamaged, match=r"recovery slot .* is damaged"):
        recover_password(db_path, path, ADMIN, "a new password 2026")
