"""Agreements, lists, remains and correspondence services: validation and invariants."""

import dataclasses
import datetime as dt
import uuid

import pytest

from models.core.db import Database
from models.core.enums import (
    CounterpartyKind,
    LetterChannel,
    LetterDirection,
    SampleKind,
    Side,
    ThreadState,
    ToothState,
)
from models.core.errors import ValidationError
from models.correspondence import service as correspondence
from models.correspondence.dto import LetterInput
from models.lists import agreements
from models.lists.dto import ListEntryInput
from models.remains import cases as remains
from models.remains import details, dna
from models.remains.dto import BatchInput, RemainsCaseInput, SampleInput

AGREEMENT = {
    "title": "Обмін",
    "signed_on": "2025-06-02",
    "match": "any",
    "criteria": [
        {"kind": "under_age", "age": 25, "on": "2025-06-02"},
        {"kind": "health", "categories": ["seriously_wounded", "seriously_ill"]},
    ],
}


def test_agreement_criteria_are_validated_and_versioned(db: Database) -> None:
    with db.write() as session:
        created = agreements.create_agreement(session, AGREEMENT)
        agreements.new_criteria_version(session, created.id, [{"kind": "all_for_all"}], "all")
        versions = agreements.criteria_versions(session, created.id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].criteria[0] == {"kind": "under_age", "age": 25, "on": "2025-06-02"}
    bad = {
        **AGREEMENT,
        "match": "some",
        "criteria": [{"kind": "under_age", "age": -1}, {"kind": "health", "categories": ["tired"]}, {"kind": "x"}],
    }
    with pytest.raises(ValidationError) as exc, db.write() as session:
        agreements.create_agreement(session, bad)
    fields = {e.field for e in exc.value.errors}
    assert fields == {"match", "criteria[0].age", "criteria[0].on", "criteria[1].categories", "criteria[2]"}


def test_a_second_list_for_the_same_phase_is_a_new_version(db: Database) -> None:
    entry = ListEntryInput(
        row_number=1,
        raw={"ФИО": "Коваленко Сергей", "Дата рождения": "02.03.1999"},
        surname="Коваленко",
        given_names="Сергей",
    )
    with db.write() as session:
        agreement = agreements.create_agreement(session, AGREEMENT)
        first = agreements.add_list_version(session, agreement.id, Side.THEIRS, 1, [entry])
        second = agreements.add_list_version(
            session, agreement.id, Side.THEIRS, 1, [entry, dataclasses.replace(entry, row_number=2)]
        )
        with pytest.raises(ValidationError, match="more than once"):
            agreements.add_list_version(session, agreement.id, Side.THEIRS, 1, [entry, entry])
        other = agreements.add_list_version(session, agreement.id, Side.THEIRS, 2, [entry])
    assert first.list_id == second.list_id != other.list_id
    assert (first.version, second.version, other.version) == (1, 2, 1)


def test_remains_validation(db: Database) -> None:
    with db.write() as session:
        batch = remains.create_batch(session, BatchInput("B-1", dt.date(2025, 6, 10), declared_count=50))
        case = remains.create_case(
            session, RemainsCaseInput(case_number="PM-1", batch_id=batch.id, age_min=20, age_max=30)
        )
        details.record_dental(session, 36, ToothState.FILLED, remains_case_id=case.id)
        with pytest.raises(ValidationError, match="not an FDI tooth"):
            details.record_dental(session, 19, ToothState.FILLED, remains_case_id=case.id)
        with pytest.raises(ValidationError, match="below the minimum"):
            remains.create_case(session, RemainsCaseInput(case_number="PM-2", age_min=40, age_max=30))
        with pytest.raises(ValidationError, match="exists already"):
            remains.create_case(session, RemainsCaseInput(case_number="PM-1"))
        with pytest.raises(ValidationError, match="names the missing person"):
            dna.add_dna_sample(session, SampleInput("R-1", SampleKind.REFERENCE, person_id=uuid.uuid4()))


def test_reference_numbers_run_per_year_without_gaps(db: Database) -> None:
    with db.write() as session:
        party = correspondence.add_counterparty(session, "МКЧХ", CounterpartyKind.ICRC)
        thread = correspondence.open_thread(session, party, "Запит")
        refs = [
            correspondence.register_letter(
                session,
                thread,
                LetterInput(LetterDirection.OUTGOING, subject="s", body="b", channel=LetterChannel.EMAIL, sent_on=day),
            ).our_reference
            for day in (dt.date(2024, 12, 30), dt.date(2025, 1, 2), dt.date(2025, 1, 3))
        ]
        reply = correspondence.register_letter(
            session,
            thread,
            LetterInput(
                LetterDirection.INCOMING,
                subject="r",
                body="b",
                channel=LetterChannel.EMAIL,
                received_on=dt.date(2025, 1, 20),
            ),
        )
        with pytest.raises(ValidationError, match="date it was received"):
            correspondence.register_letter(
                session,
                thread,
                LetterInput(LetterDirection.INCOMING, subject="r", body="", channel=LetterChannel.EMAIL),
            )
        from models.core.entities import CorrespondenceThread

        state = session.get(CorrespondenceThread, thread).state
    assert refs == ["CL-2024/0001", "CL-2025/0001", "CL-2025/0002"]
    assert reply.our_reference == "CL-2025/0003"
    assert state is ThreadState.ANSWERED


def test_a_sheet_name_excel_would_refuse_is_made_acceptable() -> None:
    import io

    from openpyxl import load_workbook

    from models.core.spreadsheet import table_bytes

    data = table_bytes(["a"], [["1"]], "xlsx", "Список іншої сторони: етап 1 / версія [2] — дуже довга назва")
    (name,) = load_workbook(io.BytesIO(data)).sheetnames
    assert len(name) <= 31 and not set(name) & set(":\\/?*[]") and name.startswith("Список іншої сторони")
