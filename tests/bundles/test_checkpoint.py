"""The change log's head anchored outside the database (issue 17 item 7, models.bundles.checkpoint):
a checkpoint signed with the office key beside the database after every write and with every
backup, the other offices' acknowledgements, and the head printed on reports checked by
`audit verify --head`. Newest events removed, or the head rewritten, are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from desktop.facades import Facades
from models.bundles.checkpoint import checkpoint_path
from models.core.backup import backup, restore
from models.core.db import Database
from models.core.entities import ChangeEvent
from tests.helpers.bundles import add_person, bundle, code_of, deliver, send
from tests.helpers.cli import run
from tests.helpers.database import ADMIN, PASSWORD


def _add(db: Database, number: str) -> None:
    """A person added as the app adds one: through the facades, which sign the head after it."""
    from models.persons.dto import PersonInput

    Facades(db).people.create(PersonInput(external_id=number, surname="Бойко"))


def _outside(db: Database) -> Database:
    """The database opened as a SQL client with its key would: no facades, no checkpoint."""
    return Database.open(db.path, ADMIN, PASSWORD)


def _cut(db: Database, newest: int) -> None:
    """What someone holding the key could do: remove the newest events (their triggers dropped)."""
    with _outside(db) as client, client.write() as session:
        session.execute(text("DROP TRIGGER change_event_no_update"))
        session.execute(text("DROP TRIGGER change_event_no_delete"))
        last = session.scalar(select(ChangeEvent.seq).order_by(ChangeEvent.seq.desc()).limit(1))
        assert last is not None
        session.execute(text(f"DELETE FROM change_event WHERE seq > {last - newest}"))


@pytest.fixture
def db(offices: dict[str, Database]) -> Database:
    """A database with its office's keys, as `repatria init` makes it."""
    return offices["hq"]


def test_every_write_signs_the_head_and_a_cut_log_is_reported(db: Database) -> None:
    _add(db, "C-1")
    _add(db, "C-2")
    signed = checkpoint_path(db.path)
    assert signed.is_file() and json.loads(signed.read_text())["payloadType"].startswith("application/vnd.repatria")
    assert Facades(db).office.anchor_problems() == []
    _cut(db, 1)
    (problem,) = Facades(db).office.anchor_problems()
    assert "the newest changes were removed" in problem
    # one ordinary save after the cut does not sign the evidence away (hostile trial a20): the
    # number is given again, and the checkpoint still names the change that was removed
    reopened = Database.open(db.path, ADMIN, PASSWORD)
    Facades(reopened)
    _add(reopened, "C-3")
    (problem,) = Facades(reopened).office.anchor_problems()
    assert "is not the one the signed checkpoint" in problem
    reopened.close()


def test_the_open_app_does_not_sign_over_a_log_cut_behind_its_back(db: Database) -> None:
    """Hostile trial: while the app was open, someone with the key removed its newest change;
    the app's next two saves signed a checkpoint over the cut log (the file was the one it had
    written itself, so it was not read again) and `audit verify` said ok."""
    _add(db, "C-1")
    _add(db, "C-2")
    _cut(db, 1)
    _add(db, "C-3")  # the same process, the same checkpoint file
    _add(db, "C-4")
    problems = Facades(db).office.anchor_problems()
    assert problems and ("is not the one the signed checkpoint" in problems[0] or "removed" in problems[0])


def test_a_rewritten_head_and_an_altered_checkpoint_are_reported(db: Database) -> None:
    _add(db, "C-1")
    with _outside(db) as client, client.write() as session:
        session.execute(text("DROP TRIGGER change_event_no_update"))
        session.execute(
            text(f"UPDATE change_event SET hash = '{'e' * 64}' WHERE seq = (SELECT max(seq) FROM change_event)")
        )
    (problem,) = Facades(db).office.anchor_problems()
    assert "the change log was rewritten" in problem
    signed = checkpoint_path(db.path)
    envelope = json.loads(signed.read_text())
    envelope["payload"] = envelope["payload"][:-4] + ("AAAA" if not envelope["payload"].endswith("AAAA") else "BBBB")
    signed.write_text(json.dumps(envelope))
    (problem,) = Facades(db).office.anchor_problems()
    assert "not one this office signed" in problem


def test_an_office_that_holds_more_of_our_chain_than_we_have_is_an_alarm(offices: dict[str, Database]) -> None:
    from tests.helpers.bundles import trust_all

    trust_all(offices.values())
    region, hq = offices["region"], offices["hq"]
    for number in ("KH-1", "KH-2"):
        add_person(region, number)
    send(region, hq)
    _cut(region, 1)  # the region's newest change removed (no checkpoint written here: not through the facades)
    checkpoint_path(region.path).unlink(missing_ok=True)
    data = bundle(hq, region)
    result = deliver(data, region)
    assert result.reason.startswith(f"ALARM: {code_of(hq)} holds this office's changes up to"), result.reason
    (problem,) = Facades(region).office.anchor_problems()
    assert "changes were removed here" in problem


def test_a_backup_carries_the_checkpoint_and_a_restore_brings_it_back(
    db: Database, offices: dict[str, Database], tmp_path: Path
) -> None:
    _add(db, "C-1")
    made = backup(db, tmp_path / "stick").path
    assert checkpoint_path(made).read_bytes() == checkpoint_path(db.path).read_bytes()
    _add(db, "C-2")
    target = db.path
    db.close()
    replaced = restore(made, target, ADMIN, PASSWORD).replaced
    assert replaced is not None and checkpoint_path(replaced).is_file()  # the newer one goes with its database
    for signed in (checkpoint_path(made), checkpoint_path(target)):  # owner only, as the database (re-run)
        assert signed.stat().st_mode & 0o777 == 0o600
    offices["hq"] = restored = Database.open(target, ADMIN, PASSWORD)  # the fixture closes it
    assert Facades(restored).office.anchor_problems() == []  # not taken for a rollback
    _add(restored, "C-3")
    assert Facades(restored).office.anchor_problems() == []


def test_the_head_printed_on_a_report_is_checked(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(db, "C-1")
    head = Facades(db).office.log_head()
    assert head is not None
    _add(db, "C-2")
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    base = ("--db", str(db.path), "--user", ADMIN, "audit", "verify", "--head")
    code, out, _ = run(capsys, *base, f"{head.event_id}:{head.hash[:16]}")
    assert code == 0 and "printed head: in this log" in out and "1 change(s) since" in out
    code, _, err = run(capsys, *base, f"{head.event_id}:{'0' * 16}")
    assert code == 1 and "the log was altered after the paper was printed" in err
    code, _, err = run(capsys, *base, f"{'1' * 32}:{head.hash[:16]}")
    assert code == 1 and "no such change in this log" in err
    code, _, err = run(capsys, *base, "not a head")
    assert code == 1 and "EVENT_ID:HASH" in err


def test_a_new_database_is_signed_from_the_start_and_check_says_when_there_is_no_checkpoint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Hostile trial (a01): `init` and `demo` wrote no checkpoint, so the newest events of a
    database nobody had saved in yet could be removed unseen; and `check` said "head: ok"
    with no checkpoint at all."""
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    path = tmp_path / "new.db"
    assert run(capsys, "--db", str(path), "--user", ADMIN, "init", "--office-code", "NEW")[0] == 0
    assert checkpoint_path(path).is_file()
    code, out, _ = run(capsys, "--db", str(path), "--user", ADMIN, "check")
    assert code == 0 and "head: ok" in out
    checkpoint_path(path).unlink()
    code, out, _ = run(capsys, "--db", str(path), "--user", ADMIN, "check")
    assert code == 0 and "head: no signed checkpoint beside the database" in out
