"""An import that fails half-way leaves nothing behind, and the time zone of the machine that
imports changes nothing of what is written."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from desktop.facades.bundles import BundlesFacade
from models.bundles import conflicts
from models.bundles.apply import Applier
from models.bundles.service import export_bundle
from models.core.db import Database
from models.core.entities import Person
from models.core.enums import NameForm
from models.core.errors import RepatriaError
from models.core.keyslots import keys_path_for
from models.persons import service as persons
from models.persons.dto import NameInput, PersonInput
from tests.helpers.bundles import bundle, send, state, trust_all
from tests.helpers.database import ADMIN, PASSWORD, file_state


def _populate(db: Database, count: int) -> list[uuid.UUID]:
    made = []
    with db.write() as session:
        for n in range(count):
            person = persons.create_person(
                session, PersonInput(external_id=f"KH-{n}", surname="Коваленко", given_names="Іван", notes=f"№{n}")
            )
            persons.add_name(session, person.id, NameInput(NameForm.RUSSIAN, "Коваленко", "Иван"))
            made.append(person.id)
    return made


def test_an_exception_at_any_event_leaves_no_partial_import(
    offices: dict[str, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    region, hq = offices["region"], offices["hq"]
    trust_all([region, hq])
    _populate(region, 12)
    data = bundle(region, hq)
    real = Applier.apply
    rng = random.Random(5)
    for _ in range(5):
        fail_at = rng.randrange(1, 20)
        calls = {"n": 0}

        def failing(
            self: Applier, *args: Any, calls: dict[str, int] = calls, fail_at: int = fail_at, **kwargs: Any
        ) -> None:
            calls["n"] += 1
            if calls["n"] == fail_at:
                raise RuntimeError("the disk is full")
            real(self, *args, **kwargs)

        monkeypatch.setattr(Applier, "apply", failing)
        before = file_state(hq.path.parent)
        with pytest.raises(RuntimeError, match="disk is full"):
            BundlesFacade(hq).import_bundle(data)
        assert file_state(hq.path.parent) == before
    monkeypatch.setattr(Applier, "apply", real)
    result = BundlesFacade(hq).import_bundle(data)
    assert result.result == "applied" and result.counts["new"] == 24


@pytest.mark.parametrize("zones", [("Pacific/Kiritimati", "Etc/GMT+12")])
def test_importing_under_any_time_zone_writes_the_same_rows(
    offices: dict[str, Database], tmp_path: Path, zones: tuple[str, str], cli_env: None
) -> None:
    region, hq = offices["region"], offices["hq"]
    trust_all([region, hq])
    _populate(region, 5)
    send(region, hq)
    send(hq, region)
    file = tmp_path / "from-region.repatria"
    file.write_bytes(bundle(region, hq))
    hq.close()
    copies = []
    for zone in zones:
        target = tmp_path / zone.replace("/", "_")
        target.mkdir()
        shutil.copyfile(hq.path, target / "hq.db")
        shutil.copyfile(keys_path_for(hq.path), target / "hq.db.keys")
        environment = {**os.environ, "TZ": zone}
        done = subprocess.run(
            [sys.executable, "-m", "desktop", "--db", str(target / "hq.db"), "--user", ADMIN, "bundles", "import",
             str(file), "--json"],
            env=environment, capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        copies.append(target / "hq.db")
    states = []
    for path in copies:
        with Database.open(path, ADMIN, PASSWORD) as db:
            found = state(db)
            with db.read() as session:
                found["events"] = [tuple(r) for r in session.execute(text("SELECT * FROM change_event ORDER BY id"))]
            states.append(found)
    assert states[0] == states[1]


def test_a_damaged_bundle_file_is_refused_with_its_reason(offices: dict[str, Database], tmp_path: Path) -> None:
    region, hq = offices["region"], offices["hq"]
    trust_all([region, hq])
    _populate(region, 3)
    data = bytearray(bundle(region, hq))
    for name, damaged in (
        ("flipped", data[:-40] + bytes([data[-40] ^ 1]) + data[-39:]),
        ("cut", data[: len(data) // 2]),
    ):
        file = tmp_path / f"{name}.repatria"
        file.write_bytes(bytes(damaged))
        result = BundlesFacade(hq).import_file(file)  # read from the file as it is decrypted
        assert (result.result, result.reason_code) == ("refused", "damaged"), result


def test_an_empty_filtered_copy_is_simply_nothing_new(offices: dict[str, Database]) -> None:
    region, hq = offices["region"], offices["hq"]
    trust_all([region, hq])
    with hq.write() as session:  # no list exchanged yet: the mediator's profile selects nobody
        made = export_bundle(session, "KHARKIV", "icrc")
    assert BundlesFacade(region).import_bundle(made.data).result == "applied"


def test_a_resolution_must_be_a_value_of_its_field(offices: dict[str, Database]) -> None:
    region, hq = offices["region"], offices["hq"]
    trust_all([region, hq])
    (person,) = _populate(region, 1)
    send(region, hq)
    send(hq, region)
    for db, health in ((region, "sick"), (hq, "recovered")):
        with db.write() as session:
            found = session.get(Person, person)
            assert found is not None
            found.health = health
    send(region, hq)
    with hq.read() as session:
        (queued,) = conflicts.open_conflicts(session)
    with hq.write() as session, pytest.raises(RepatriaError, match="is not a value of health"):
        conflicts.resolve_conflict(session, queued.conflict_id, "very bad")
    with hq.write() as session:
        conflicts.resolve_conflict(session, queued.conflict_id, "seriously_ill")


def test_messages_that_point_the_clerk_the_right_way(offices: dict[str, Database], tmp_path: Path) -> None:
    region, hq = offices["region"], offices["hq"]
    trust_all([region, hq])
    _populate(region, 1)
    ours = bundle(region, hq)  # the region's bundle for HQ, imported at the region by mistake
    result = BundlesFacade(region).import_bundle(ours)
    assert (result.result, result.reason_code) == ("refused", "own_bundle") and "take it to" in result.reason
    empty = tmp_path / "empty.repatria"
    empty.write_bytes(b"")
    assert "the file is empty" in BundlesFacade(hq).import_file(empty).reason
    with region.write() as session, pytest.raises(RepatriaError, match="is this office"):
        export_bundle(session, "KHARKIV")
