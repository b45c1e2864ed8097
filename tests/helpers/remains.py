# ruff: noqa: E501 - the CSV lines are as wide as the files they stand for
"""A small registry of missing persons with AM data, and cases of their remains."""

from __future__ import annotations

from models.core.db import Database
from models.core.enums import PersonStatus, SampleKind, Sex
from models.core.partial_date import PartialDate
from models.persons import service as persons
from models.persons.dto import PersonInput
from models.remains import dna, files
from models.remains.dto import SampleInput

AM_CSV = """external_id,height_cm,marks,dental,clothing,notes
M-1,178,tattoo:left forearm:тризуб; scar:abdomen:апендектомія,16:filled 26:crowned 36:filled 46:missing,піксель і чорні берці,мати Ганна
M-2,171,,16:filled 36:present,синя куртка,
M-3,185,tattoo:right shoulder:вовк,,,
"""
REMAINS_CSV = """case_number,batch,recovery_date,recovery_place,sex,age_min,age_max,stature_cm,marks,dental,effects,id_tag
PM-001,B-2025-001,2025-05-20,"с. Кліщіївка, Донецька обл.",male,25,35,174-182,tattoo:left forearm:тризуб,16:filled 26:crowned 36:filled 46:missing,годинник,
PM-002,B-2025-001,2025-05-21,Бахмут,male,30,45,168-176,,16:present 36:present,,"жетон ЗСУ 0123456"
PM-003,B-2025-001,2025-05-22,Авдіївка,female,20,30,160-166,,,,
"""


def seed(db: Database) -> None:
    """Three missing persons with AM data and three remains cases, one batch."""
    with db.write() as session:
        for ext, surname, given, born, place, number in (
            ("M-1", "Коваленко", "Олександр", PartialDate(1995, 3, 2), "с. Кліщіївка", "АА111111"),
            ("M-2", "Бондаренко", "Сергій", PartialDate(1985, 7, 11), "м. Бахмут", "0123456"),
            ("M-3", "Шевчук", "Андрій", PartialDate(1990), "Авдіївка", ""),
        ):
            persons.create_person(
                session,
                PersonInput(
                    external_id=ext,
                    surname=surname,
                    given_names=given,
                    sex=Sex.MALE,
                    date_of_birth=born,
                    status=PersonStatus.MISSING,
                    capture_place=place,
                    capture_date=PartialDate(2024, 2),
                    service_number=number,
                ),
            )
        files.import_ante_mortem(session, AM_CSV.encode())
        files.import_remains(session, REMAINS_CSV.encode())


def add_dna(db: Database, case_number: str, external_id: str, ratio: float) -> None:
    from sqlalchemy import select

    from models.core.entities import Person
    from models.remains.profiles import case_id_of

    with db.write() as session:
        case_id = case_id_of(session, case_number)
        person_id = session.scalar(select(Person.id).where(Person.external_id == external_id))
        pm = dna.add_dna_sample(session, SampleInput(f"S-{case_number}", SampleKind.REMAINS, remains_case_id=case_id))
        ref = dna.add_dna_sample(
            session,
            SampleInput(
                f"R-{external_id}", SampleKind.REFERENCE, person_id=person_id, relative_name="мати", relationship="мати"
            ),
        )
        dna.record_dna_result(session, pm, ref, ratio, lab="ДНДЕКЦ")
