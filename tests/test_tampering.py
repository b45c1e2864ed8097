"""Edits made around the app (issue 17): with the database key - which every user, even a
viewer, unwraps with their own password - a SQL client can change rows without a change event.
`audit verify` replays the log against every table and names each such record; the database the
app wrote, and offices that exchanged bundles, verify clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.facades.office import OfficeFacade
from models.core.db import Database
from models.core.enums import Role
from models.office import settings
from models.office.replay import replay
from models.office.users import add_user
from models.persons import service as persons
from models.persons.dto import NextOfKinInput, PersonInput, PersonQuery
from tests.helpers.bundles import add_person, edit, send, trust_all
from tests.helpers.cli import run
from tests.helpers.database import ADMIN, FAST_KDF


@pytest.fixture
def kept(db: Database) -> Database:
    """A database as the app leaves it: users, a setting, persons with relatives, a merge."""
    add_user(db, "viewer", Role.VIEWER, "viewer password", params=FAST_KDF)
    with db.write() as session:
        settings.set_setting(session, "reply_due_days", "21")
        for n in range(3):
            person = persons.create_person(session, PersonInput(external_id=f"P-{n}", surname="Коваленко"))
            persons.add_next_of_kin(session, person.id, NextOfKinInput(name="Коваленко Марія", phone="+380501112233"))
    return db


def _outside(db: Database, statement: str) -> None:
    """What a SQL client with the database key does: no service, no change event."""
    with db.write() as session:
        session.execute(text(statement))


def _found(db: Database) -> list[tuple[str, str | None, str]]:
    with db.read() as session:
        report = replay(session)
    return sorted(((d.entity, d.field, d.kind) for d in report.differences), key=lambda d: (d[0], d[1] or "", d[2]))


def test_the_database_the_app_wrote_verifies(kept: Database) -> None:
    with kept.read() as session:
        report = replay(session)
    assert report.ok and report.records >= 9 and report.skipped == 0


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("UPDATE user_account SET role = 'admin' WHERE name = 'viewer'", [("user_account", "role", "changed")]),
        ("UPDATE setting SET value = '1' WHERE key = 'reply_due_days'", [("setting", "value", "changed")]),
        ("UPDATE person SET surname = 'Іншенко' WHERE external_id = 'P-1'", [("person", "surname", "changed")]),
        # fields the person was made without (a create event leaves them out): hostile trial
        (
            "UPDATE person SET death_place = 'Оленівка' WHERE external_id = 'P-1'",
            [("person", "death_place", "changed")],
        ),
        (
            "UPDATE person SET death_date = '2025-01-01' WHERE external_id = 'P-1'",
            [("person", "death_date", "changed")],
        ),
        # every field changed is named, not the first only (hostile re-run)
        (
            "UPDATE person SET death_place = 'Оленівка', surname = 'Іншенко' WHERE external_id = 'P-1'",
            [("person", "death_place, surname", "changed")],
        ),
        # a chain of another office named, none of its changes logged: not "replayed there" (hostile trial)
        (
            "UPDATE person SET surname = 'Іншенко', version_vector = "
            "json_set(version_vector, '$.\"0badc0de-0bad-c0de-0bad-c0de0badc0de\"', 0) WHERE external_id = 'P-1'",
            [("person", "version_vector", "changed")],
        ),
        ("UPDATE next_of_kin SET phone = '+380000000000'", [("next_of_kin", "phone", "changed")] * 3),
        ("DELETE FROM next_of_kin", [("next_of_kin", None, "deleted")] * 3),
        (
            "INSERT INTO user_account (id, name, full_name, role, office_id, active, version_vector, created_at, "
            "updated_at) SELECT lower(hex(randomblob(16))), 'intruder', '', 'admin', office_id, 1, '{}', "
            "created_at, updated_at FROM user_account LIMIT 1",
            [("user_account", None, "made")],
        ),
    ],
)
def test_each_edit_made_outside_the_app_is_named(
    kept: Database, statement: str, expected: list[tuple[str, str | None, str]]
) -> None:
    _outside(kept, statement)
    assert _found(kept) == expected


def test_audit_verify_names_them_and_fails(
    kept: Database, db_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    code, out, _err = run(capsys, "--db", str(db_path), "--user", ADMIN, "audit", "verify")
    assert code == 0 and "records are what the change log says" in out
    _outside(kept, "UPDATE person SET surname = 'Іншенко' WHERE external_id = 'P-1'")
    code, out, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "audit", "verify")
    assert code != 0 and "person " in err and "surname is not what the change log says" in err
    # the verdict for the whole comes first; the intact chain is one line among the others (it was
    # the first line, "ok: ... the chain is intact", above the altered record: hostile trial)
    assert err.startswith("problems found: 1 ") and not out.startswith("ok") and "chain: ok" in out
    assert "Іншенко" not in err and "Коваленко" not in err  # named, never shown: personal data
    assert run(capsys, "--db", str(db_path), "--user", ADMIN, "check")[0] != 0


def test_offices_that_exchanged_bundles_verify_clean(offices: dict[str, Database]) -> None:
    trust_all(offices.values())
    region, hq = offices["region"], offices["hq"]
    person = add_person(region, "KH-1")
    send(region, hq)
    send(hq, region)
    edit(hq, person, notes="зі штабу")
    edit(region, person, notes="з регіону")  # a conflict: decided by the bundle rules, not by replay
    send(region, hq)
    send(hq, region)
    for db in (region, hq):
        assert OfficeFacade(db).replay().ok


def test_a_record_other_offices_changed_too_is_compared_with_the_values_its_events_gave(
    offices: dict[str, Database],
) -> None:
    """Found by the hostile trial (a02): a row another office had changed was left out of the
    comparison (its values are the bundle rules' to decide), so an edit by SQL there - or one
    with a version vector naming a made-up office - passed `audit verify`. Each of its fields
    must hold a value one of its change events gave, and its vector may name only offices
    this database knows."""
    trust_all(offices.values())
    region, hq = offices["region"], offices["hq"]
    first, second = add_person(region, "KH-1"), add_person(region, "KH-2")
    send(region, hq)
    edit(hq, first, notes="зі штабу")
    send(hq, region)
    assert _found(hq) == [] and _found(region) == []
    _outside(hq, f"UPDATE person SET surname = 'Підмінений' WHERE id = '{first.hex}'")
    made_up = '{"0badc0de-0000-0000-0000-000000000001": 1}'
    _outside(hq, f"UPDATE person SET rank = 'полковник', version_vector = '{made_up}' WHERE id = '{second.hex}'")
    assert _found(hq) == [("person", "surname", "changed"), ("person", "version_vector", "changed")]
    assert _found(region) == []
    # a vector ahead of what this log holds of its own chain (hostile trial a02b): no event made it
    third = add_person(hq, "HQ-3")
    ahead = {str(hq.actor.chain): 999_999}
    _outside(hq, f"UPDATE person SET rank = 'генерал', version_vector = '{json.dumps(ahead)}' WHERE id = '{third.hex}'")
    assert ("person", "version_vector", "changed") in _found(hq) and len(_found(hq)) == 3


def test_a_chain_of_an_office_never_trusted_and_the_account_it_made_are_named(kept: Database) -> None:
    """Hostile trial (a18, a26b): with the database key, events of an invented office were
    added (a person's surname changed, a hidden admin created); audit verify said ok. A chain
    of an office whose card was never trusted is named, and so is an account no change of
    this office made (accounts are this office's own: another office's changes of them are
    never applied)."""
    import uuid

    ghost_office, ghost = uuid.uuid4(), uuid.uuid4()
    changes = json.dumps({"name": [None, "ghost"], "role": [None, "admin"]})
    vector = json.dumps({str(ghost_office): 1})
    _outside(
        kept,
        "INSERT INTO user_account (id, name, full_name, role, active, office_id, version_vector, created_at, "
        f"updated_at) VALUES ('{ghost.hex}', 'ghost', '', 'admin', 1, '{kept.actor.office_id.hex}', "
        f"'{vector}', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
    )
    _outside(
        kept,
        "INSERT INTO change_event (id, office_id, seq, entity, record_id, op, changes, author_name, at, "
        f"prev_hash, hash) VALUES ('{uuid.uuid4().hex}', '{ghost_office.hex}', 1, 'user_account', "
        f"'{ghost.hex}', 'create', '{changes}', 'ghost', '2026-01-01 00:00:00', '', 'x')",
    )
    found = _found(kept)
    assert ("office", None, "untrusted") in found
    assert ("user_account", None, "made") in found


def test_a_bundle_profile_changed_outside_the_app_is_named(kept: Database) -> None:
    """Hostile trial (a14): an admin's change of a bundle profile left no change event, and a
    viewer with the database key widened what the mediator is sent, unseen. Profile changes
    are logged now, and replayed like the settings."""
    from models.bundles import profiles

    with kept.write() as session:
        narrowed = profiles.profile(session, "icrc").definition()
        narrowed["records"]["person"]["fields"].remove("date_of_birth")
        profiles.set_profile(session, "icrc", narrowed)
    assert _found(kept) == []
    widened = json.dumps({"records": {"person": {"fields": "*", "which": "all"}}})
    _outside(kept, f"UPDATE bundle_profile SET definition = '{widened}' WHERE name = 'icrc'")
    assert _found(kept) == [("bundle_profile", "definition", "changed")]
    _outside(kept, f"INSERT INTO bundle_profile (name, definition) VALUES ('lab', '{widened}')")
    assert ("bundle_profile", None, "made") in _found(kept)


def test_a_person_taken_out_of_the_search_index_is_found_by_check_and_the_index_rebuilt(
    kept: Database, db_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    """Hostile trial (a14): a person's search rows deleted outside the app took `persons
    search` from "1 found" to "0 found" - the person a list check would then call unknown - and
    `check` said nothing. The index is derived (no change event): `check` names how many persons
    it lacks, and `persons reindex` rebuilds it."""
    with kept.read() as session:
        person = persons.find_by_external_id(session, "P-1")
    assert person is not None
    for table in ("person_name_key", "person_search_term"):
        _outside(kept, f"DELETE FROM {table} WHERE person_id = '{person.id.hex}'")
    code, _out, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "check")
    assert code != 0 and "search index: 1 person(s) have no entry" in err
    assert run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "reindex")[0] == 0
    assert run(capsys, "--db", str(db_path), "--user", ADMIN, "check")[0] == 0
    with kept.read() as session:
        found = persons.person_page(session, PersonQuery(text="Коваленко"), 0, 10)
    assert person.id in [p.id for p in found]


def test_an_account_changed_outside_the_app_acts_only_as_the_log_says(kept: Database, db_path: Path) -> None:
    """Hostile trial: a viewer who raised their own role by SQL (or an admin added by SQL with
    a key slot of its own) acted as admin until someone ran `check`. At login the account's
    role and state are taken from this office's change log: the raised viewer is a viewer, an
    account the log never made is refused, one disabled by SQL stays usable as the log says."""
    from models.core.errors import PermissionDenied, RepatriaError
    from models.core.keyslots import KeySlots

    _outside(kept, "UPDATE user_account SET role = 'admin' WHERE name = 'viewer'")
    with Database.open(db_path, "viewer", "viewer password") as viewer:
        assert viewer.actor.role is Role.VIEWER
        with viewer.write() as session, pytest.raises(PermissionDenied):
            settings.set_setting(session, "reply_due_days", "1")
    _outside(
        kept,
        "INSERT INTO user_account (id, name, full_name, role, office_id, active, version_vector, created_at, "
        "updated_at) SELECT lower(hex(randomblob(16))), 'ghost', '', 'admin', office_id, 1, '{}', "
        "created_at, updated_at FROM user_account LIMIT 1",
    )
    slots = KeySlots.load(db_path.with_name(db_path.name + ".keys"))
    slots.add("ghost", "ghost password", kept._key, params=FAST_KDF)  # the database key, as SQL has it
    slots.save()
    with pytest.raises(RepatriaError, match="'ghost' was not made in the app"):
        Database.open(db_path, "ghost", "ghost password")
    _outside(kept, f"UPDATE user_account SET active = 0 WHERE name = '{ADMIN}'")
    from tests.helpers.database import PASSWORD

    with Database.open(db_path, ADMIN, PASSWORD) as admin:  # the admin can still mend it
        assert admin.actor.role is Role.ADMIN


def test_an_attached_file_replaced_outside_the_app_is_named_and_never_served(kept: Database) -> None:
    """Hostile trial: the bytes of a scan replaced by SQL passed every check, and the app showed
    the forged file as the one attached."""
    from models.core import attachments
    from models.core.errors import DatabaseDamaged

    with kept.write() as session:
        person = persons.find_by_external_id(session, "P-1")
        assert person is not None
        attached = attachments.add_attachment(session, "person", person.id, "death.pdf", b"%PDF-1.4 genuine")
    assert _found(kept) == []
    _outside(kept, "UPDATE blob SET data = CAST('%PDF-1.4 forged' AS BLOB)")
    assert _found(kept) == [("attachment", "content", "changed")]
    with kept.read() as session, pytest.raises(DatabaseDamaged, match="not the file that was attached"):
        attachments.attachment_data(session, attached.id)


@pytest.mark.parametrize(
    ("statement", "field"),
    [
        ("UPDATE person SET date_of_birth = '1985-02-30' WHERE external_id = 'P-1'", "date_of_birth"),
        ("UPDATE person SET health = 'ZZMARKERHEALTH' WHERE external_id = 'P-1'", "health"),
    ],
)
def test_a_value_the_app_cannot_read_is_named_and_hides_nothing_else(
    kept: Database, db_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None, statement: str, field: str
) -> None:
    """Hostile trial: one stored value the app cannot read stopped check and audit verify with a
    traceback quoting it, and every other change hid behind it."""
    _outside(kept, statement)
    _outside(kept, "UPDATE person SET surname = 'Іншенко' WHERE external_id = 'P-2'")
    assert sorted(_found(kept)) == [("person", field, "unreadable"), ("person", "surname", "changed")]
    code, out, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "audit", "verify")
    assert code == 1 and f"{field} holds a value the app cannot read" in err
    assert "1985-02" not in out + err and "ZZMARKER" not in out + err and "Traceback" not in err


def test_a_change_filed_under_another_person_is_named(kept: Database) -> None:
    """Hostile trial: the person a change event is about (an index outside the hash) set by SQL
    emptied one person's history and filed it under another; audit verify said ok."""
    _outside(kept, "DROP TRIGGER change_event_no_update")
    _outside(
        kept,
        "UPDATE change_event SET subject_id = (SELECT id FROM person WHERE external_id = 'P-2') "
        "WHERE subject_id = (SELECT id FROM person WHERE external_id = 'P-1')",
    )
    found = _found(kept)
    assert found and set(found) == {("change_event", "subject_id", "changed")}


def test_a_person_made_by_sql_naming_another_offices_chain_is_a_record_no_event_made(kept: Database) -> None:
    """Hostile re-run: a person invented by SQL with another office's chain in its version
    vector was named as a changed version vector; it is a record no change event made."""
    with kept.write() as session:
        session.execute(text("CREATE TEMP TABLE ghost AS SELECT * FROM person LIMIT 1"))
        session.execute(
            text(
                "UPDATE ghost SET id = lower(hex(randomblob(16))), external_id = 'GHOST-1', "
                "version_vector = '{\"0badc0de-0bad-c0de-0bad-c0de0badc0de\": 1}'"
            )
        )
        session.execute(text("INSERT INTO person SELECT * FROM ghost"))
    assert _found(kept) == [("person", None, "made")]


@pytest.mark.parametrize(
    "command",
    [("persons", "search", "Коваленко"), ("persons", "export", "OUT"), ("persons", "show", "P-1")],
)
def test_a_value_the_app_cannot_read_is_never_quoted_by_other_commands(
    kept: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None,
    command: tuple[str, ...],
) -> None:  # fmt: skip
    """Hostile re-run: persons show, search and export printed a traceback quoting the value."""
    _outside(kept, "UPDATE person SET date_of_birth = '1985-02-30' WHERE external_id = 'P-1'")
    words = [str(tmp_path / "out.csv") if word == "OUT" else word for word in command]
    code, out, err = run(capsys, "--db", str(db_path), "--user", ADMIN, *words)
    assert code == 1 and "a stored value cannot be read" in err
    assert "1985-02" not in out + err and "Traceback" not in err
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "out.csv.part").exists()  # no half file
