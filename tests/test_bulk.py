"""The batched change-log writer (models.core.bulk) against one-by-one ORM writes.

Each test does the same work twice, on two copies of one database: once record by record
through the ORM (the change log written in ``before_flush``, as the imports did before the
writer), once through the bulk path. The events must be the same - entity, operation,
changes, subject, author - for every record and in each record's order; both chains must
verify; every record's version vector must name its last event. Ids differ between the
copies, so records are named by what identifies them (an external id, a case number, an
owner and a tooth).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.bulk import BulkWriter
from models.core.changelog import Actor, PendingChange, append_events, verify_chain
from models.core.common import today
from models.core.db import Database
from models.core.entities import (
    AnteMortemRecord,
    BodyMark,
    ChangeEvent,
    DentalFinding,
    DnaResult,
    DnaSample,
    NextOfKin,
    Person,
    RemainsBatch,
    RemainsCase,
)
from models.core.entities.base import Base, table_of
from models.core.enums import ChangeOp, RemainsStatus, SampleKind, SampleStatus
from models.core.ids import new_id
from models.persons import csv_file as persons_csv
from models.persons.service import _values as person_values
from models.remains import cases as remains
from models.remains import details, dna, files
from models.remains.dto import BatchInput, SampleInput
from models.remains.marks import parse_marks
from tests.helpers.database import ADMIN, PASSWORD, copy_database

Work = Callable[[Session, bytes], object]


@pytest.fixture
def twins(template_db: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two copies of one database: the same office, the same author."""
    first = Database.open(copy_database(template_db, tmp_path / "orm.db"), ADMIN, PASSWORD)
    second = Database.open(copy_database(template_db, tmp_path / "bulk.db"), ADMIN, PASSWORD)
    yield first, second
    first.close()
    second.close()


# -- the one-by-one writes: what the imports did through the ORM ----------------------------


def orm_persons(session: Session, data: bytes) -> None:
    for _line, person_input, kin in persons_csv.parse_persons_csv(data).rows:
        values = person_values(person_input)
        person = session.scalar(select(Person).where(Person.external_id == person_input.external_id))
        if person is None:
            person = Person(**values)
            session.add(person)
            session.flush()
        else:
            _set(person, values)
        current = session.scalar(
            select(NextOfKin)
            .where(NextOfKin.person_id == person.id, NextOfKin.is_person_to_inform)
            .order_by(NextOfKin.created_at)
        )
        if current is None and kin:
            session.add(NextOfKin(person_id=person.id, name=kin, is_person_to_inform=True))
        elif current is not None:
            current.name = kin
        session.flush()


def orm_ante_mortem(session: Session, data: bytes) -> None:
    rows, errors = files.parse_am_csv(data)
    assert not errors
    for row in rows:
        person_id = session.scalar(select(Person.id).where(Person.external_id == row.external_id))
        values = {"stature_cm": row.stature_cm, "clothing_last_worn": row.clothing, "notes": row.notes}
        record = session.scalar(select(AnteMortemRecord).where(AnteMortemRecord.person_id == person_id))
        if record is None:
            record = AnteMortemRecord(person_id=person_id, **values)
            session.add(record)
            session.flush()
        else:
            _set(record, values)
        details.set_dental_chart(session, row.dental, ante_mortem_id=record.id)
        details.set_marks(session, row.marks, ante_mortem_id=record.id)


def orm_remains(session: Session, data: bytes) -> None:
    rows, errors = files.parse_remains_csv(data)
    assert not errors
    for row in rows:
        batch_id = None
        if row.batch:
            batch_id = session.scalar(select(RemainsBatch.id).where(RemainsBatch.batch_number == row.batch))
            if batch_id is None:
                batch_id = remains.create_batch(session, BatchInput(row.batch, today())).id
        values: dict[str, object] = {key: getattr(row.data, key) for key in files._FILE_FIELDS}
        case = session.scalar(select(RemainsCase).where(RemainsCase.case_number == row.data.case_number))
        if case is None:
            case = RemainsCase(case_number=row.data.case_number, batch_id=batch_id, **values)
            session.add(case)
        else:
            _set(case, {**values, **({"batch_id": batch_id} if batch_id else {})})
        if case.status in (None, RemainsStatus.RECEIVED) and remains.examined(row.data):
            case.status = RemainsStatus.EXAMINED
        session.flush()
        details.set_dental_chart(session, row.dental, remains_case_id=case.id)
        details.set_marks(session, row.marks, remains_case_id=case.id)


def orm_dna(session: Session, data: bytes) -> None:
    # as the import did through the ORM: what is stored read first, one flush at the end (a pair
    # the file gives twice is one create, or one update, with its last figure)
    rows, errors = files.parse_dna_csv(data)
    assert not errors
    samples = {s.sample_number: s for s in session.scalars(select(DnaSample))}
    results = {(r.remains_sample_id, r.reference_sample_id, r.lab): r for r in session.scalars(select(DnaResult))}
    for row in rows:
        pm, ref = samples[row.remains_sample], samples[row.reference_sample]
        key = (pm.id, ref.id, row.lab)
        if key not in results:
            results[key] = DnaResult(remains_sample_id=pm.id, reference_sample_id=ref.id, lab=row.lab)
            session.add(results[key])
        _set(results[key], {"likelihood_ratio": row.ratio, "reported_on": row.reported_on})
        for sample in (pm, ref):
            sample.status = SampleStatus.PROFILED
    session.flush()


def register_samples(session: Session, _data: bytes) -> None:
    """The samples the DNA files name, registered one by one in both databases."""
    for number, case in (("S-1", "PM-1"), ("S-2", "PM-2")):
        case_id = session.scalars(select(RemainsCase.id).where(RemainsCase.case_number == case)).one()
        dna.add_dna_sample(session, SampleInput(number, SampleKind.REMAINS, remains_case_id=case_id))
    for number, external_id in (("R-1", "B-1"), ("R-2", "B-2")):
        person_id = session.scalars(select(Person.id).where(Person.external_id == external_id)).one()
        dna.add_dna_sample(
            session, SampleInput(number, SampleKind.REFERENCE, person_id=person_id, relative_name="мати")
        )


def _set(record: object, values: dict[str, Any]) -> None:
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)


# -- comparing the logs ----------------------------------------------------------------------


def _name(entity: str, new: dict[str, Any], names: dict[str, str]) -> str:
    """What identifies a record across the two databases, from its create event."""
    owner = names.get(str(new.get("ante_mortem_id") or new.get("remains_case_id") or new.get("person_id")), "")
    if entity == "person":
        return f"person {new['external_id']}"
    if entity == "remains_case":
        return f"case {new['case_number']}"
    if entity == "remains_batch":
        return f"batch {new['batch_number']}"
    if entity == "dental_finding":
        return f"tooth {new['tooth']} of {owner}"
    if entity == "dna_sample":
        return f"sample {new['sample_number']}"
    if entity == "dna_result":
        first, second = names[str(new["remains_sample_id"])], names[str(new["reference_sample_id"])]
        return f"result {first} {second} {new.get('lab', '')}"
    if entity == "body_mark":
        return f"mark {new['kind']} {new.get('body_location', '')} {new.get('description', '')} of {owner}"
    return f"{entity} of {owner}"


def histories(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every record's events in order, ids replaced by the records' names."""
    names: dict[str, str] = {}
    result: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as session:
        for event in session.scalars(select(ChangeEvent).order_by(ChangeEvent.seq)):
            record = str(event.record_id)
            if event.op.value == "create":
                names[record] = _name(event.entity, {k: v[1] for k, v in event.changes.items()}, names)
            text = json.dumps(event.changes, sort_keys=True, ensure_ascii=False)
            for record_id, name in names.items():
                text = text.replace(record_id, name)
            subject = names.get(str(event.subject_id)) if event.subject_id else None
            entry = (event.entity, event.op.value, text, subject, event.author_name)
            result.setdefault(names[record], []).append(entry)
    return result


def check_vectors(db: Database) -> None:
    """Each record's version vector names the sequence of its last event."""
    with db.read() as session:
        last: dict[Any, int] = {}
        for record_id, seq in session.execute(select(ChangeEvent.record_id, ChangeEvent.seq).order_by(ChangeEvent.seq)):
            last[record_id] = seq
        office = str(session.execute(select(ChangeEvent.office_id).limit(1)).scalar_one())
        for entity in (Person, NextOfKin, AnteMortemRecord, DentalFinding, BodyMark, RemainsCase, DnaSample, DnaResult):
            for record_id, vector in session.execute(select(entity.id, entity.version_vector)):
                assert vector == {office: last[record_id]}, (entity.__tablename__, record_id)


def same_log(twins: tuple[Database, Database], rounds: list[tuple[Work, Work, bytes]]) -> None:
    orm_db, bulk_db = twins
    for orm_work, bulk_work, data in rounds:
        with orm_db.write() as session:
            orm_work(session, data)
        with bulk_db.write() as session:
            bulk_work(session, data)
    expected, found = histories(orm_db), histories(bulk_db)
    assert found == expected
    for db in twins:
        with db.read() as session:
            report = verify_chain(session)
        assert report.problem is None and report.events > 0
        check_vectors(db)


# -- the files -----------------------------------------------------------------------------


def _persons(lines: str) -> str:
    """A persons file of the import contract (every column) from the columns given here."""
    given, *rows = lines.splitlines()
    names = given.split(",")
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(persons_csv.COLUMNS)
    for row in rows:
        values = dict(zip(names, row.split(","), strict=True))
        writer.writerow([values.get(column, "") for column in persons_csv.COLUMNS])
    return out.getvalue()


PERSONS = _persons(
    "external_id,surname,given_names,patronymic,sex,date_of_birth,status,service_number,next_of_kin\n"
    "B-1,Коваленко,Сергій,Миколайович,male,1990-05-01,missing,,Коваленко Ганна\n"
    "B-2,Шевчук,Олена,Петрівна,female,1988,missing,AA-1,\n"
    "B-3,Бойко,Іван,,male,,captured,,Бойко Марія\n"
    "B-4,Мельник,Тарас,Іванович,male,1979-02,missing,,\n"
)
PERSONS_AGAIN = _persons(  # B-1 unchanged; B-2 a new date and a next of kin; B-3 a new kin's name; B-5 new
    "external_id,surname,given_names,patronymic,sex,date_of_birth,status,service_number,next_of_kin\n"
    "B-1,Коваленко,Сергій,Миколайович,male,1990-05-01,missing,,Коваленко Ганна\n"
    "B-2,Шевчук,Олена,Петрівна,female,1988-03-02,missing,AA-1,Шевчук Петро\n"
    "B-3,Бойко,Іван,,male,,captured,,Бойко Ольга\n"
    "B-5,Ткаченко,Андрій,,male,2001,missing,,\n"
)
AM = (
    "external_id,height_cm,marks,dental,clothing,notes\n"
    'B-1,178,"татуювання: хрест, праве передпліччя","16:filled 26:crowned 36:missing",піксель,\n'
    "B-2,165,шрам після апендектомії,,,зі слів матері\n"
    "B-3,,,11:filled,,\n"
)
AM_AGAIN = (  # B-1: a tooth gone, one changed, one added, marks the same; B-2 unchanged; B-3 marks added; B-4 new
    "external_id,height_cm,marks,dental,clothing,notes\n"
    'B-1,180,"татуювання: хрест, праве передпліччя","16:crowned 36:missing 47:filled",піксель,\n'
    "B-2,165,шрам після апендектомії,,,зі слів матері\n"
    "B-3,,родима пляма на спині,11:filled,,\n"
    "B-4,172,,,,\n"
)
REMAINS = (
    "case_number,batch,recovery_date,recovery_place,sex,age_min,age_max,stature_cm,marks,dental,effects,id_tag\n"
    'PM-1,B-7,2025-03-01,Бахмут,male,25,35,175-180,"татуювання: хрест, праве передпліччя",16:filled,,\n'
    "PM-2,B-7,2025-03-02,,,,,,,,годинник,\n"
    "PM-3,,,,female,,,,,11:missing,,\n"
)
REMAINS_AGAIN = (  # PM-1 unchanged; PM-2 examined now; PM-3 new teeth; PM-4 new in a new batch
    "case_number,batch,recovery_date,recovery_place,sex,age_min,age_max,stature_cm,marks,dental,effects,id_tag\n"
    'PM-1,B-7,2025-03-01,Бахмут,male,25,35,175-180,"татуювання: хрест, праве передпліччя",16:filled,,\n'
    "PM-2,B-7,2025-03-02,,male,40,50,,,,годинник,\n"
    "PM-3,,,,female,,,,,11:missing 12:filled,,\n"
    "PM-4,B-8,,,,,,,,,,\n"
)


DNA = (
    "remains_sample,reference_sample,likelihood_ratio,lab,reported_on\n"
    "S-1,R-1,1500000,ДНДЕКЦ,2025-07-01\n"
    "S-2,R-1,0.001,ДНДЕКЦ,2025-07-01\n"
)
DNA_AGAIN = (  # the lab corrects one figure (twice in the file), repeats one, a second lab reports twice
    "remains_sample,reference_sample,likelihood_ratio,lab,reported_on\n"
    "S-1,R-1,2000000,ДНДЕКЦ,2025-07-02\n"
    "S-2,R-1,0.001,ДНДЕКЦ,2025-07-01\n"
    "S-2,R-2,340000,Лабораторія 2,2025-07-03\n"
    "S-1,R-1,2500000,ДНДЕКЦ,2025-07-02\n"
    "S-2,R-2,350000,Лабораторія 2,2025-07-03\n"
)


def bulk_dna(session: Session, data: bytes) -> None:
    files.import_dna_results(session, data)


def bulk_persons(session: Session, data: bytes) -> None:
    persons_csv.import_persons(session, data)


def bulk_ante_mortem(session: Session, data: bytes) -> None:
    files.import_ante_mortem(session, data)


def bulk_remains(session: Session, data: bytes) -> None:
    files.import_remains(session, data)


def test_a_persons_import_logs_what_one_by_one_writes_log(twins: tuple[Database, Database]) -> None:
    same_log(
        twins,
        [
            (orm_persons, bulk_persons, PERSONS.encode()),
            (orm_persons, bulk_persons, PERSONS_AGAIN.encode()),
        ],
    )


def test_ante_mortem_remains_and_dna_imports_log_what_one_by_one_writes_log(twins: tuple[Database, Database]) -> None:
    same_log(
        twins,
        [
            (orm_persons, orm_persons, PERSONS.encode()),
            (orm_ante_mortem, bulk_ante_mortem, AM.encode()),
            (orm_ante_mortem, bulk_ante_mortem, AM_AGAIN.encode()),
            (orm_remains, bulk_remains, REMAINS.encode()),
            (orm_remains, bulk_remains, REMAINS_AGAIN.encode()),
            (register_samples, register_samples, b""),
            (orm_dna, bulk_dna, DNA.encode()),
            (orm_dna, bulk_dna, DNA_AGAIN.encode()),
        ],
    )


def _ops(db: Database, record_id: object) -> list[str]:
    with db.read() as session:
        return [e.op.value for e in session.scalars(select(ChangeEvent).where(ChangeEvent.record_id == record_id))]


def test_a_batch_is_one_flush_a_record_touched_twice_has_one_event(db: Database) -> None:
    with db.write() as session:
        writer = BulkWriter(session)
        case_id = writer.create(RemainsCase, {"case_number": "PM-9"})
        made = {"id": case_id, "version_vector": {}, "effects": ""}
        assert writer.update(RemainsCase, made, {"effects": "годинник"})
        assert not writer.update(RemainsCase, made, {"effects": "годинник"})  # already so in this batch
        writer.write()
    assert _ops(db, case_id) == ["create"]
    with db.read() as session:
        case = session.get(RemainsCase, case_id)
        assert case is not None and case.effects == "годинник"
        stored = {"id": case_id, "version_vector": case.version_vector, "effects": case.effects, "clothing": ""}
    with db.write() as session:  # changed and changed back: nothing; changed twice: one update
        writer = BulkWriter(session)
        assert writer.update(RemainsCase, stored, {"effects": "ремінь"})
        assert writer.update(RemainsCase, stored, {"effects": "годинник", "clothing": "піксель"})
        writer.write()
    with db.read() as session:
        event = session.scalars(
            select(ChangeEvent).where(ChangeEvent.record_id == case_id).order_by(ChangeEvent.seq)
        ).all()[-1]
        assert event.op.value == "update" and event.changes == {"clothing": ["", "піксель"]}
    with db.write() as session:
        writer = BulkWriter(session)
        assert writer.update(RemainsCase, stored, {"effects": "ремінь"})
        assert writer.update(RemainsCase, stored, {"effects": "годинник"})
        writer.write()
    assert _ops(db, case_id) == ["create", "update"]
    check_vectors(db)


def test_a_record_created_and_deleted_in_one_batch_leaves_nothing(db: Database) -> None:
    with db.write() as session:
        writer = BulkWriter(session)
        case_id = writer.create(RemainsCase, {"case_number": "PM-9"})
        stored = {column.key: None for column in table_of(RemainsCase).c}
        writer.delete(RemainsCase, {**stored, "id": case_id, "case_number": "PM-9"})
        writer.write()
    assert _ops(db, case_id) == []
    with db.read() as session:
        assert session.get(RemainsCase, case_id) is None
        assert verify_chain(session).problem is None


def test_an_update_then_a_delete_logs_the_record_as_it_was_stored(db: Database) -> None:
    with db.write() as session:
        writer = BulkWriter(session)
        case_id = writer.create(RemainsCase, {"case_number": "PM-9", "effects": "годинник"})
        writer.write()
    with db.read() as session:
        row = session.execute(select(*table_of(RemainsCase).c)).one()._asdict()
    with db.write() as session:
        writer = BulkWriter(session)
        writer.update(RemainsCase, row, {"effects": "ремінь"})
        writer.delete(RemainsCase, {**row, "effects": "ремінь"})
        writer.write()
    assert _ops(db, case_id) == ["create", "delete"]
    with db.read() as session:
        last = session.scalars(
            select(ChangeEvent).where(ChangeEvent.record_id == case_id).order_by(ChangeEvent.seq)
        ).all()[-1]
        assert last.changes["effects"] == ["годинник", None]
        assert session.get(RemainsCase, case_id) is None


def test_a_column_the_entity_does_not_have_is_refused(db: Database) -> None:
    with db.write() as session, pytest.raises(TypeError, match="not columns of RemainsCase"):
        BulkWriter(session).create(RemainsCase, {"case_number": "PM-9", "colour": "red"})


def test_every_table_has_its_columns_named_as_mapped() -> None:
    # The writer keys rows by column; an attribute stored under another name would be lost.
    for mapper in Base.registry.mappers:
        for attr in mapper.column_attrs:
            assert attr.columns[0].name == attr.key, (mapper.class_.__name__, attr.key)


@pytest.mark.parametrize("author", ['O"Brien \\ «Ї»', "tab\there\nline", "\u2028 ʼ 𝔘"])
def test_events_appended_in_bulk_hash_as_verification_reads_them(db: Database, author: str) -> None:
    # append_events assembles each header from parts; verify_chain hashes _hashed_fields' JSON
    with db.write() as session:
        actor = session.actor
        odd = Actor(None, author, actor.office_id, actor.role)
        changes = [PendingChange("person", new_id(), ChangeOp.UPDATE, {"notes": ["a", author]}) for _ in range(3)]
        append_events(session, odd, changes)
    with db.read() as session:
        assert verify_chain(session).problem is None


def test_ids_made_in_a_row_increase() -> None:
    # A batch stamps its rows with one time; marks and names are read back by (created_at, id),
    # so their order within a batch is the order of their ids (UUIDv7, monotonic per process).
    ids = [new_id() for _ in range(100_000)]
    assert all(a < b for a, b in itertools.pairwise(ids))


def test_marks_imported_in_one_batch_come_back_in_the_files_order(db: Database) -> None:
    marks = "шрам на лівому коліні; татуювання: хрест, праве передпліччя; родима пляма на спині"
    with db.write() as session:
        persons_csv.import_persons(session, _persons("external_id,surname,status\nM-1,Бойко,missing\n").encode())
        files.import_ante_mortem(
            session, f'external_id,height_cm,marks,dental,clothing,notes\nM-1,,"{marks}",,,\n'.encode()
        )
    with db.read() as session:
        record_id = session.scalars(select(AnteMortemRecord.id)).one()
        read = details.marks_of(session, ante_mortem_id=record_id)
    assert [m.text() for m in read] == [m.text() for m in parse_marks(marks)]
