"""The remains, AM and DNA files: what they write, and what a bad file is told."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from models.core.db import Database
from models.core.entities import DnaResult, DnaSample, RemainsCase
from models.core.enums import SampleStatus, ToothState
from models.core.errors import ValidationError
from models.remains import cases as remains
from models.remains import files
from models.remains.profiles import case_id_of
from tests.helpers.database import file_state
from tests.helpers.remains import AM_CSV, REMAINS_CSV, add_dna


def test_remains_file_creates_cases_batches_and_charts(registry: Database) -> None:
    with registry.read() as session:
        case_id = case_id_of(session, "PM-001")
        detail = remains.case_detail(session, case_id)
    assert detail.batch_number == "B-2025-001"
    assert (detail.case.stature_min_cm, detail.case.stature_max_cm) == (174, 182)
    assert detail.dental[26] is ToothState.CROWNED
    assert [m.description for m in detail.marks] == ["тризуб"]


def test_importing_the_same_files_again_changes_nothing(registry: Database) -> None:
    with registry.write() as session:
        again = files.import_remains(session, REMAINS_CSV.encode())
        am = files.import_ante_mortem(session, AM_CSV.encode())
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert (am.created, am.updated, am.unchanged) == (0, 0, 3)
    changed = REMAINS_CSV.replace("174-182", "170-180")
    with registry.write() as session:
        assert files.import_remains(session, changed.encode()).updated == 1


def test_a_bad_remains_file_names_line_and_column_and_writes_nothing(registry: Database) -> None:
    bad = (
        "case_number,batch,recovery_date,recovery_place,sex,age_min,age_max,stature_cm,marks,dental,effects,id_tag\n"
        "PM-010,B-9,31.02.2025,Бахмут,male,40,30,170,,16:filled,,\n"
        "PM-011,B-9,2025-05-01,Бахмут,robot,20,30,abc,,19:filled,,\n"
        "PM-010,B-9,2025-05-01,Бахмут,male,20,30,170,,16:glass,,\n"
    )
    before = file_state(registry.path.parent)
    with pytest.raises(ValidationError) as exc, registry.write() as session:
        files.import_remains(session, bad.encode())
    messages = [str(e) for e in exc.value.errors]
    assert any("line 2" in m and "recovery_date" in m for m in messages)
    assert any("line 2" in m and "age_max" in m and "below the minimum" in m for m in messages)
    assert any("line 3" in m and "sex" in m for m in messages)
    assert any("line 3" in m and "stature_cm" in m for m in messages)
    assert any("line 3" in m and "19 is not an FDI tooth" in m for m in messages)
    assert any("line 4" in m and "appears already on line 2" in m for m in messages)
    assert any("line 4" in m and "'glass' is not a tooth state" in m for m in messages)
    assert file_state(registry.path.parent) == before
    with registry.read() as session:
        assert session.scalar(select(func.count()).select_from(RemainsCase)) == 3


def test_am_file_needs_known_persons(registry: Database) -> None:
    before = file_state(registry.path.parent)
    with pytest.raises(ValidationError, match="no person with the external id 'M-404'"), registry.write() as session:
        files.import_ante_mortem(session, b"external_id,height_cm,marks,dental,clothing,notes\nM-404,170,,,,\n")
    assert file_state(registry.path.parent) == before


def test_dna_file_records_ratios_and_marks_samples_profiled(registry: Database) -> None:
    add_dna(registry, "PM-003", "M-3", 12.0)
    csv = (
        "remains_sample,reference_sample,likelihood_ratio,lab,reported_on\n"
        'S-PM-003,R-M-3,"1,5e6",ДНДЕКЦ,2025-07-01\n'  # the lab corrects its earlier figure
        "S-PM-003,R-M-3,250000,Лабораторія 2,01.07.2025\n"
    )
    with registry.write() as session:
        summary = files.import_dna_results(session, csv.encode())
    assert (summary.created, summary.updated) == (1, 1)
    with registry.read() as session:
        ratios = sorted(session.scalars(select(DnaResult.likelihood_ratio)))
        statuses = set(session.scalars(select(DnaSample.status)))
    assert ratios == [250_000.0, 1_500_000.0]
    assert statuses == {SampleStatus.PROFILED}
    bad = (
        "remains_sample,reference_sample,likelihood_ratio,lab,reported_on\n"
        "S-PM-003,S-PM-003,-4,x,2099-01-01\nNOPE,R-M-3,abc,x,\n"
    )
    before = file_state(registry.path.parent)
    with pytest.raises(ValidationError) as exc, registry.write() as session:
        files.import_dna_results(session, bad.encode())
    assert file_state(registry.path.parent) == before
    messages = [str(e) for e in exc.value.errors]
    assert any("line 2" in m and "not a likelihood ratio" in m for m in messages)
    assert any("line 2" in m and "in the future" in m for m in messages)
    assert any("line 3" in m and "'abc' is not a number" in m for m in messages)


def test_header_problems_are_named(registry: Database) -> None:
    with pytest.raises(ValidationError) as exc, registry.write() as session:
        files.import_dna_results(session, b"remains_sample,reference,likelihood_ratio,lab\n")
    messages = " ".join(str(e) for e in exc.value.errors)
    assert "'reference_sample' is missing" in messages and "unknown column 'reference'" in messages


def test_a_cancelled_import_writes_nothing(db: Database) -> None:
    from models.core.entities import AnteMortemRecord
    from models.persons import service as persons
    from models.persons.dto import PersonInput

    count = files.FLUSH_EVERY + 100
    with db.write() as session:
        persons.upsert_persons(
            session, [(PersonInput(external_id=f"C-{n:05d}", surname="Бойко"), None) for n in range(count)]
        )
    csv = "external_id,height_cm,marks,dental,clothing,notes\n" + "".join(
        f"C-{n:05d},17{n % 10},,16:filled,,\n" for n in range(count)
    )
    calls: list[tuple[int, int]] = []

    class Stop(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        calls.append((done, total))
        raise Stop

    with pytest.raises(Stop), db.write() as session:
        files.import_ante_mortem(session, csv.encode(), cancel)
    assert calls == [(files.FLUSH_EVERY, count)]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AnteMortemRecord)) == 0
