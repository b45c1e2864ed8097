import datetime as dt

import pytest

from models.core.changelog import Actor
from models.core.db import Database
from models.core.enums import PersonStatus, Role
from models.core.errors import ConflictError, PermissionDenied, ValidationError
from models.core.partial_date import PartialDate
from models.lists.dto import ListEntryInput
from models.persons import service as persons
from models.persons.dto import (
    CommissionDecisionInput,
    HealthReportInput,
    NameInput,
    NextOfKinInput,
    PersonInput,
    PersonQuery,
    SourceInput,
    StatusEventInput,
)


def _fields(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.reason_text for e in exc.value.errors}


def test_create_and_read_back(db: Database) -> None:
    with db.write() as session:
        created = persons.create_person(
            session,
            PersonInput(
                external_id="P-1",
                surname="Коваленко",
                given_names="Сергій",
                patronymic="Іванович",
                date_of_birth=PartialDate(1999),
                status=PersonStatus.CAPTURED,
                capture_date=PartialDate(2024, 5),
            ),
        )
    with db.read() as session:
        assert persons.get_person(session, created.id) == created
        assert persons.find_by_external_id(session, "P-1") == created
    assert created.full_name == "Коваленко Сергій Іванович"


def test_validation_names_every_field_and_reason(db: Database) -> None:
    future = PartialDate.from_date(dt.date.today() + dt.timedelta(days=2))
    bad = PersonInput(
        external_id=" ",
        surname="",
        date_of_birth=PartialDate(2000, 1, 1),
        capture_date=PartialDate(1999),
        death_date=future,
        service_number="А 12 34",
    )
    with pytest.raises(ValidationError) as exc, db.write() as session:
        persons.create_person(session, bad)
    fields = _fields(exc)
    assert fields["surname"] == "is required"
    assert "before the date of birth" in fields["capture_date"]
    assert "in the future" in fields["death_date"]
    assert "malformed" in fields["service_number"]
    assert "external_id" in fields


def test_external_id_is_unique(db: Database) -> None:
    with db.write() as session:
        persons.create_person(session, PersonInput(external_id="P-2", surname="Бойко"))
    with pytest.raises(ValidationError, match="already used"), db.write() as session:
        persons.create_person(session, PersonInput(external_id="P-2", surname="Бойко"))


def test_an_edit_made_meanwhile_is_not_overwritten(db: Database) -> None:
    with db.write() as session:
        original = persons.create_person(session, PersonInput(external_id="P-3", surname="Гнатюк"))
    with db.write() as session:  # someone else saves first
        persons.update_person(
            session,
            original.id,
            PersonInput(external_id="P-3", surname="Гнатюк", rank="сержант"),
            original.version_vector,
        )
    with pytest.raises(ConflictError, match="changed by someone else"), db.write() as session:
        persons.update_person(
            session,
            original.id,
            PersonInput(external_id="P-3", surname="Гнатюк", rank="солдат"),
            original.version_vector,
        )


def test_roles_are_checked_in_the_service(db: Database) -> None:
    viewer = Actor(None, "viewer", db.actor.office_id, Role.VIEWER)
    with pytest.raises(PermissionDenied, match="needs clerk"), db.write(viewer) as session:
        persons.create_person(session, PersonInput(external_id="P-4", surname="Лисенко"))


def test_pages_are_in_ukrainian_alphabetical_order_without_overlap(db: Database) -> None:
    names = ["Євтушенко", "Іваненко", "Ґудзь", "Андрієнко", "Яковенко", "Бондаренко", "Їжак", "Гончар", "Шевченко"]
    with db.write() as session:
        for n, name in enumerate(names):
            persons.create_person(session, PersonInput(external_id=f"S-{n}", surname=name))
    with db.read() as session:
        query = PersonQuery(sort_by="surname")
        pages = [persons.person_page(session, query, offset, 4) for offset in (0, 4, 8)]
        descending = persons.person_page(session, PersonQuery(sort_by="surname", descending=True), 0, 100)
        assert persons.count_persons(session) == len(names)
    ordered = [row.surname for page in pages for row in page]
    assert ordered == [
        "Андрієнко",
        "Бондаренко",
        "Гончар",
        "Ґудзь",
        "Євтушенко",
        "Іваненко",
        "Їжак",
        "Шевченко",
        "Яковенко",
    ]
    assert [row.surname for row in descending] == ordered[::-1]


def test_filter_and_counts_by_status(db: Database) -> None:
    with db.write() as session:
        for n, status in enumerate([PersonStatus.MISSING, PersonStatus.CAPTURED, PersonStatus.CAPTURED]):
            persons.create_person(session, PersonInput(external_id=f"F-{n}", surname="Ткач", status=status))
    with db.read() as session:
        assert persons.count_persons(session, PersonQuery(statuses=frozenset({PersonStatus.CAPTURED}))) == 2
        assert persons.counts_by_status(session) == {PersonStatus.MISSING: 1, PersonStatus.CAPTURED: 2}
        with pytest.raises(ValidationError, match="cannot sort"):
            persons.person_page(session, PersonQuery(sort_by="notes; DROP TABLE person"), 0, 10)


def test_records_about_a_person(db: Database) -> None:
    from models.core.enums import CommissionDecision, Health, NameForm, SourceKind, StatusEventKind

    with db.write() as session:
        person = persons.create_person(session, PersonInput(external_id="R-1", surname="Олійник"))
        source = persons.add_source(session, person.id, SourceInput(SourceKind.VIDEO, description="відео 12.03"))
        persons.add_status_event(
            session,
            person.id,
            StatusEventInput(StatusEventKind.SEEN_ON_VIDEO, PartialDate(2024, 3, 12), source_id=source.id),
        )
        persons.add_next_of_kin(
            session, person.id, NextOfKinInput("Олійник Ганна", relationship="мати", is_person_to_inform=True)
        )
        persons.add_name(session, person.id, NameInput(NameForm.UK_LATIN_2010, "Oliinyk"))
        persons.add_health_report(session, person.id, HealthReportInput(dt.date(2024, 4, 1), Health.SERIOUSLY_WOUNDED))
        persons.add_commission_decision(
            session,
            person.id,
            CommissionDecisionInput(dt.date(2024, 5, 1), CommissionDecision.REPATRIATE, votes_for=2, votes_against=1),
        )
        with pytest.raises(ValidationError, match="no majority"):
            persons.add_commission_decision(
                session,
                person.id,
                CommissionDecisionInput(
                    dt.date(2024, 5, 1), CommissionDecision.REPATRIATE, votes_for=1, votes_against=2
                ),
            )
        with pytest.raises(ValidationError, match="not an e-mail"):
            persons.add_next_of_kin(session, person.id, NextOfKinInput("Хтось", email="nope"))
    with db.read() as session:
        assert [e.kind for e in persons.status_events(session, person.id)] == [StatusEventKind.SEEN_ON_VIDEO]
        assert persons.next_of_kin(session, person.id)[0].is_person_to_inform
        assert persons.names(session, person.id)[0].surname == "Oliinyk"


def test_registry_filters(db: Database) -> None:
    from models.core.enums import Annex1Category, Health, Side
    from models.lists import agreements

    rows = [
        PersonInput(
            external_id="Q-1",
            surname="А",
            unit="72 ОМБр",
            citizenship="Україна",
            health=Health.SICK,
            capture_date=PartialDate(2024, 5),
            annex1_category=Annex1Category.A2,
        ),
        PersonInput(
            external_id="Q-2", surname="Б", unit="93 ОМБр", citizenship="Україна", capture_date=PartialDate(2024, 6, 15)
        ),
        PersonInput(
            external_id="Q-3", surname="В", unit="72 омбр", citizenship="Грузія", capture_date=PartialDate(2023, 1, 2)
        ),
    ]
    with db.write() as session:
        created = [persons.create_person(session, row) for row in rows]
        agreement = agreements.create_agreement(session, {"title": "t", "criteria": [{"kind": "all_for_all"}]})
        listed = agreements.add_list_version(
            session, agreement.id, Side.OURS, 1, [ListEntryInput(row_number=1, raw={"ПІБ": "Б"})]
        )
        from models.core.entities import ListEntry

        entry = session.query(ListEntry).one()
        entry.person_id = created[1].id

    def ids(**filters: object) -> list[str]:
        with db.read() as session:
            query = PersonQuery(**filters)  # type: ignore[arg-type]
            assert persons.count_persons(session, query) == len(persons.person_page(session, query, 0, 100))
            return [r.external_id for r in persons.person_page(session, query, 0, 100)]

    assert ids(unit="72 омбр") == ["Q-1", "Q-3"]
    assert ids(citizenship="укр") == ["Q-1", "Q-2"]
    assert ids(healths=frozenset({Health.SICK})) == ["Q-1"]
    assert ids(annex1_categories=frozenset({Annex1Category.A2})) == ["Q-1"]
    assert ids(captured_from=dt.date(2024, 5, 20)) == ["Q-1", "Q-2"]  # May 2024 may be after the 20th
    assert ids(captured_from=dt.date(2024, 1, 1), captured_to=dt.date(2024, 6, 1)) == ["Q-1"]
    assert ids(on_list=listed.list_id) == ["Q-2"]
    assert PersonQuery(unit="x").filtered and not PersonQuery(sort_by="rank").filtered
    with db.read() as session:
        assert persons.distinct_values(session, "unit")[0] in ("72 ОМБр", "93 ОМБр", "72 омбр")
