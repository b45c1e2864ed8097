"""Users managed by an admin (roles, disabling, enabling again) and the change log as its viewer
pages and filters it."""

import datetime as dt
from pathlib import Path

import pytest

from desktop.facades.office import OfficeFacade
from models.core.db import Database
from models.core.enums import ChangeOp, Role
from models.core.errors import PermissionDenied, RepatriaError, ValidationError
from models.core.keyslots import keys_path_for
from models.office import users
from models.office.dto import LogQuery
from models.persons import service as persons
from models.persons.dto import PersonInput
from tests.helpers.database import ADMIN, FAST_KDF, PASSWORD


def test_an_admin_changes_roles_but_never_leaves_the_database_without_an_admin(db: Database) -> None:
    users.add_user(db, "clerk1", Role.CLERK, "clerk-password", params=FAST_KDF)
    office = OfficeFacade(db)
    assert office.set_role("clerk1", Role.SUPERVISOR).role is Role.SUPERVISOR
    with pytest.raises(ValidationError, match="your own role"):
        office.set_role(ADMIN, Role.CLERK)
    office.set_role("clerk1", Role.ADMIN)
    with pytest.raises(ValidationError, match="no user named 'nobody'"):
        office.set_role("nobody", Role.CLERK)
    events = office.log_page(LogQuery(entity="user_account"))
    assert any(e.changes.get("role") == ["supervisor", "admin"] for e in events.events)  # the log keeps the old


def test_a_disabled_user_cannot_even_unlock_the_file_until_enabled_with_a_new_password(
    db: Database, db_path: Path
) -> None:
    users.add_user(db, "clerk1", Role.CLERK, "clerk-password", params=FAST_KDF)
    office = OfficeFacade(db)
    with pytest.raises(ValidationError, match="disable yourself"):
        office.set_active(ADMIN, False)
    assert office.set_active("clerk1", False).active is False
    assert "clerk1" not in keys_path_for(db_path).read_text()  # the key slot is gone from the file
    with pytest.raises(RepatriaError):
        Database.open(db_path, "clerk1", "clerk-password")
    with pytest.raises(ValidationError, match="needs a new password"):
        office.set_active("clerk1", True)
    users.set_active(db, "clerk1", True, "new-clerk-password", params=FAST_KDF)
    clerk = Database.open(db_path, "clerk1", "new-clerk-password")
    try:
        assert clerk.actor.role is Role.CLERK
        with pytest.raises(PermissionDenied):
            OfficeFacade(clerk).set_role(ADMIN, Role.CLERK)  # admins only
    finally:
        clerk.close()


def test_the_last_admin_stays(db: Database) -> None:
    users.add_user(db, "admin2", Role.ADMIN, "admin2-password", params=FAST_KDF)
    office = OfficeFacade(db)
    office.set_active("admin2", False)  # another admin, ADMIN, remains
    second = users.add_user(db, "admin3", Role.ADMIN, "admin3-password", params=FAST_KDF)
    office.set_role(second.name, Role.VIEWER)
    assert [u.name for u in office.users() if u.role is Role.ADMIN and u.active] == [ADMIN]


def test_the_change_log_pages_and_filters(db: Database) -> None:
    with db.write() as session:
        person = persons.create_person(session, PersonInput(external_id="P1", surname="Коваль", given_names="Іван"))
    with db.write() as session:
        persons.update_person(
            session,
            person.id,
            PersonInput(external_id="P1", surname="Коваль", given_names="Іван", rank="сержант"),
        )
    office = OfficeFacade(db)
    everything = office.log_page(LogQuery())
    assert everything.total >= 2 and everything.events[0].at >= everything.events[-1].at  # newest first
    about = office.log_page(LogQuery(record_id=person.id))
    assert [e.op for e in about.events][:2] == [ChangeOp.UPDATE, ChangeOp.CREATE]
    assert about.events[0].changes["rank"] == ["", "сержант"] and about.events[0].subject == "Коваль Іван"
    assert office.log_page(LogQuery(author="nobody")).total == 0
    today = dt.datetime.now(dt.UTC).date()
    assert office.log_page(LogQuery(since=today, until=today)).total == everything.total
    assert office.log_page(LogQuery(until=today - dt.timedelta(days=1))).total == 0
    paged = office.log_page(LogQuery(limit=1, offset=1))
    assert paged.total == everything.total and paged.events == everything.events[1:2]
    entities, authors = office.log_choices()
    assert "person" in entities and authors == [ADMIN]
    assert not any(PASSWORD in str(e.changes) for e in everything.events)  # never a password, only names


def test_the_cli_manages_users(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.cli import main

    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    monkeypatch.setenv("REPATRIA_NEW_PASSWORD", "a-long-enough-password")
    base = ["--db", str(db_path), "--user", ADMIN, "users"]
    assert main([*base, "add", "olena", "--role", "clerk"]) == 0
    assert main([*base, "set-role", "olena", "supervisor"]) == 0
    assert main([*base, "disable", "olena"]) == 0
    assert "olena" not in keys_path_for(db_path).read_text()
    assert main([*base, "enable", "olena"]) == 0
    assert main([*base, "set-role", ADMIN, "clerk"]) != 0  # never your own role
    out, err = capsys.readouterr()
    assert "olena is now supervisor" in out and "olena enabled again" in out and "your own role" in err


def test_the_log_is_filtered_by_what_people_see(db: Database) -> None:
    with db.write() as session:
        person = persons.create_person(session, PersonInput(external_id="UA-0000042", surname="Бойко"))
    office = OfficeFacade(db)
    assert office.record_of("UA-0000042") == person.id == office.record_of(str(person.id))
    assert office.record_of(" UA-0000042 ") == person.id and office.record_of("UA-9999999") is None


def test_a_change_of_an_office_setting_is_in_the_change_log(db: Database) -> None:
    """A trial found the board's quorum and the DNA thresholds changed without a trace: a
    setting's change is now an event of the chain, who and when, old and new."""
    from models.core.changelog import verify_chain
    from models.office import settings

    office = OfficeFacade(db)
    with db.write() as session:
        settings.set_settings(session, {"board_signatures_required": "2", "reply_due_days": "14"})
    with db.write() as session:  # the same values again: nothing changed, nothing logged
        settings.set_settings(session, {"board_signatures_required": "2", "reply_due_days": "14"})
    page = office.log_page(LogQuery(entity="setting"))
    assert page.total == 1  # the reply days were set to their default: nothing changed in force
    (event,) = page.events
    assert event.op is ChangeOp.CREATE and event.author == ADMIN
    assert event.changes == {"board_signatures_required": ["3", "2"]}  # from the default in force
    with db.write() as session:
        settings.set_setting(session, "board_signatures_required", "3")
        assert verify_chain(session).ok
    latest = office.log_page(LogQuery(entity="setting")).events[0]
    assert latest.op is ChangeOp.UPDATE and latest.changes == {"board_signatures_required": ["2", "3"]}
    assert latest.record_id == settings.setting_record_id("board_signatures_required") == event.record_id
