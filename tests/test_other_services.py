"""Agreements, lists, remains and correspondence services: validation and invariants."""

import dataclasses
import datetime as dt
import uuid

import pytest

from models.db import Database
from models.enums import (
    CounterpartyKind,
    LetterChannel,
    LetterDirection,
    SampleKind,
    Side,
    ThreadState,
    ToothState,
)
from models.errors import ValidationError
from models.services import agreements, correspondence, remains

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
    entry = agreements.ListEntryInput(
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
        batch = remains.create_batch(session, "B-1", dt.date(2025, 6, 10), declared_count=50)
        case = remains.create_case(
            session, remains.RemainsCaseInput(case_number="PM-1", batch_id=batch.id, age_min=20, age_max=30)
        )
        remains.record_dental(session, 36, ToothState.FILLED, remains_case_id=case.id)
        with pytest.raises(ValidationError, match="not an FDI tooth"):
            remains.record_dental(session, 19, ToothState.FILLED, remains_case_id=case.id)
        with pytest.raises(ValidationError, match="below the minimum"):
            remains.create_case(session, remains.RemainsCaseInput(case_number="PM-2", age_min=40, age_max=30))
        with pytest.raises(ValidationError, match="exists already"):
            remains.create_case(session, remains.RemainsCaseInput(case_number="PM-1"))
        with pytest.raises(ValidationError, match="names the missing person"):
            remains.add_dna_sample(session, "R-1", SampleKind.REFERENCE, person_id=uuid.uuid4())


def test_reference_numbers_run_per_year_without_gaps(db: Database) -> None:
    with db.write() as session:
        party = correspondence.add_counterparty(session, "МКЧХ", CounterpartyKind.ICRC)
        thread = correspondence.open_thread(session, party, "Запит")
        refs = [
            correspondence.register_letter(
                session,
                thread,
                LetterDirection.OUTGOING,
                subject="s",
                body="b",
                channel=LetterChannel.EMAIL,
                sent_on=day,
            ).our_reference
            for day in (dt.date(2024, 12, 30), dt.date(2025, 1, 2), dt.date(2025, 1, 3))
        ]
        reply = correspondence.register_letter(
            session,
            thread,
            LetterDirection.INCOMING,
            subject="r",
            body="b",
            channel=LetterChannel.EMAIL,
            received_on=dt.date(2025, 1, 20),
        )
        with pytest.raises(ValidationError, match="date it was received"):
            correspondence.register_letter(
                session, thread, LetterDirection.INCOMING, subject="r", body="", channel=LetterChannel.EMAIL
            )
        from models.entities import CorrespondenceThread

        state = session.get(CorrespondenceThread, thread).state
    assert refs == ["CL-2024/0001", "CL-2025/0001", "CL-2025/0002"]
    assert reply.our_reference == "CL-2025/0003"
    assert state is ThreadState.ANSWERED


def test_identification_records(db: Database) -> None:
    from models.entities import MatchCandidate
    from models.enums import CandidateState, IdentificationDecision
    from models.errors import PermissionDenied
    from models.partial_date import PartialDate
    from models.services import persons
    from models.services.persons import PersonInput

    with db.write() as session:
        person = persons.create_person(session, PersonInput(external_id="M-1", surname="Бондаренко"))
        am = remains.record_ante_mortem(
            session, person.id, stature_cm=178, last_seen_place="Бахмут", last_seen_date=PartialDate(2023, 5)
        )
        remains.record_dental(session, 36, ToothState.FILLED, ante_mortem_id=am)
        case = remains.create_case(session, remains.RemainsCaseInput(case_number="PM-9"))
        pm_sample = remains.add_dna_sample(session, "S-PM-9", SampleKind.REMAINS, remains_case_id=case.id)
        ref = remains.add_dna_sample(
            session,
            "S-REF-1",
            SampleKind.REFERENCE,
            person_id=person.id,
            relative_name="Бондаренко Ганна",
            relationship="мати",
        )
        remains.record_dna_result(session, pm_sample, ref, 125_000.0, lab="ДНДЕКЦ", reported_on=dt.date(2025, 7, 1))
        with pytest.raises(ValidationError, match="not a likelihood ratio"):
            remains.record_dna_result(session, pm_sample, ref, -1.0)
        with pytest.raises(ValidationError, match="not a human stature"):
            remains.record_ante_mortem(session, person.id, stature_cm=20)
        candidate = remains.propose_candidate(
            session, case.id, person.id, 0.97, [{"evidence": "DNA", "likelihood_ratio": 125000}]
        )
        with pytest.raises(ValidationError, match="keeps its reason"):
            remains.reject_candidate(session, candidate, " ")
        remains.reject_candidate(session, candidate, "dental: 36 filled in AM, unrestored in PM")
        assert session.get(MatchCandidate, candidate).state is CandidateState.REJECTED
        remains.record_identification(
            session,
            case.id,
            person.id,
            IdentificationDecision.IDENTIFIED,
            dt.date(2025, 7, 10),
            board_members="Іваненко, Петренко, Сидоренко",
            evidence="DNA LR 125000",
            signed_by="Іваненко",
        )
    from models.changelog import Actor
    from models.enums import Role

    clerk = Actor(None, "clerk", db.actor.office_id, Role.CLERK)
    with pytest.raises(PermissionDenied), db.write(clerk) as session:
        remains.record_identification(
            session,
            case.id,
            person.id,
            IdentificationDecision.EXCLUDED,
            dt.date(2025, 7, 10),
            board_members="x",
            evidence="y",
            signed_by="z",
        )
