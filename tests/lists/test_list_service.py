"""Importing and checking lists on a real database, and the CLI's JSON contract."""

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from desktop.cli import main
from models.core.db import Database
from models.core.enums import EntryMatchState, PersonStatus, Side
from models.core.errors import ValidationError
from models.core.partial_date import PartialDate
from models.lists import service
from models.lists.dto import ExchangeDayInput, ImportedList
from models.persons import service as persons
from models.persons.dto import PersonInput
from tests.helpers.database import ADMIN, PASSWORD
from tests.helpers.lists import AGREEMENT, THEIRS


def _import(db: Database, agreement: str, text: str, side: Side = Side.THEIRS) -> ImportedList:
    import uuid

    with db.write() as session:
        return service.import_list(session, text.encode("cp1251"), "list.csv", uuid.UUID(agreement), side, 1)


def test_check_matches_judges_and_flags(setup: tuple[Database, str]) -> None:
    db, agreement = setup
    imported = _import(db, agreement, THEIRS)
    with db.write() as session:
        result = service.check_list(session, imported.version.list_id)
    first, second, stranger, again = result.entries
    assert (first.public_state, first.person_external_id) == ("matched", "P1")
    assert first.compliant is False
    assert first.verdicts[0].reason == "born 02.03.1996: 29 on 02.06.2025; criterion 'under 25' not met"
    assert second.compliant is True and "recorded in the registry as returned" in second.flags
    assert stranger.public_state == "unmatched" and stranger.person_external_id is None
    assert again.person_external_id == "P1" and "the same person as row 1" in again.flags
    assert first.raw_name == "Коваленко Сергей Николаевич" and first.raw_date_of_birth == "02.03.1996"


def test_decisions_survive_a_second_check_and_a_new_version(setup: tuple[Database, str]) -> None:
    db, agreement = setup
    imported = _import(db, agreement, THEIRS)
    with db.write() as session:
        result = service.check_list(session, imported.version.list_id)
        service.reject_entry(session, result.entries[3].entry_id)
    with db.write() as session:
        rechecked = service.check_list(session, imported.version.list_id)
    assert rechecked.entries[3].state is EntryMatchState.REJECTED and rechecked.entries[3].person_id is None
    again = _import(db, agreement, THEIRS + "5;Бондарь Николай;1985;\n")
    assert again.version.list_id == imported.version.list_id and again.version.version == 2
    with db.write() as session:
        second = service.check_list(session, again.version.list_id)
    assert second.version == 2 and len(second.entries) == 5


def test_a_person_on_both_sides_lists_is_flagged(setup: tuple[Database, str]) -> None:
    db, agreement = setup
    ours = _import(db, agreement, "ПІБ;Дата народження\nМельник Олександр Іванович;01.04.2003\n", Side.OURS)
    theirs = _import(db, agreement, THEIRS)
    with db.write() as session:
        service.check_list(session, ours.version.list_id)
        result = service.check_list(session, theirs.version.list_id)
    assert "also on our list, phase 1, row 1" in result.entries[1].flags


def test_a_checker_needs_a_mapping_with_names(setup: tuple[Database, str]) -> None:
    db, agreement = setup
    import uuid

    with pytest.raises(ValidationError, match="full name or the surname"), db.write() as session:
        service.import_list(
            session, THEIRS.encode(), "x.csv", uuid.UUID(agreement), Side.THEIRS, 1, mapping={"date_of_birth": 2}
        )


def test_cli_contract(
    setup: tuple[Database, str],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    db, _ = setup
    db.close()
    document = tmp_path / "agreement.json"
    document.write_text(json.dumps(AGREEMENT), encoding="utf-8")
    assert main(["--db", str(db_path), "--user", ADMIN, "agreements", "add", str(document)]) == 0
    agreement_id = capsys.readouterr().out.strip()
    listed = tmp_path / "theirs.csv"
    listed.write_bytes(THEIRS.encode("utf-8-sig"))
    assert (
        main(
            [
                "--db",
                str(db_path),
                "--user",
                ADMIN,
                "lists",
                "import",
                str(listed),
                "--agreement",
                agreement_id,
                "--side",
                "theirs",
                "--phase",
                "1",
            ]
        )
        == 0
    )
    list_id = capsys.readouterr().out.strip()
    assert main(["--db", str(db_path), "--user", ADMIN, "lists", "check", list_id, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["list_id"] == list_id
    entry = report["entries"][0]
    assert set(entry) >= {"row", "raw_name", "match", "criteria", "compliant"}
    assert entry["row"] == 1 and entry["raw_name"] == "Коваленко Сергей Николаевич"
    assert entry["match"] == {"state": "matched", "person_external_id": "P1", "score": entry["match"]["score"]}
    assert 0 <= entry["match"]["score"] <= 1
    assert {c["verdict"] for c in entry["criteria"]} <= {"met", "not_met", "unknown"}
    assert entry["compliant"] is False
    assert (entry["registry_status"], entry["alert"]) == ("captured", None)  # what the registry says today
    assert report["entries"][2]["match"]["person_external_id"] is None
    assert (report["entries"][2]["registry_status"], report["entries"][2]["alert"]) == (None, None)
    assert main(["--db", str(db_path), "--user", ADMIN, "audit", "verify"]) == 0


def test_version_diff(setup: tuple[Database, str]) -> None:
    from models.lists.diff import diff_versions

    db, agreement = setup
    first = _import(db, agreement, THEIRS)
    with db.write() as session:
        service.check_list(session, first.version.list_id)
    second_text = (
        "№;ФИО;Дата рождения;Категория\n"
        "1;Коваленко Сергей Николаевич;02.03.1996;тяжелобольной\n"  # category changed
        "2;Неизвестный Петр;01.01.1990;\n"  # renumbered, same line
        "3;Бондарь Николай;1985;\n"
    )  # new; Мельник and the second Kovalenko line are gone
    second = _import(db, agreement, second_text)
    with db.write() as session:
        service.check_list(session, second.version.list_id)
        diff = diff_versions(session, second.version.list_id)
    assert (diff.old_version, diff.new_version) == (1, 2)
    assert [d.raw["ФИО"] for d in diff.added] == ["Бондарь Николай"]
    assert [d.raw["ФИО"] for d in diff.removed] == ["Мельник Александр Иванович", "Kovalenko Serhii"]
    assert [(c.after.raw["ФИО"], c.fields) for c in diff.changed] == [("Коваленко Сергей Николаевич", ("Категория",))]


def test_our_list_built_from_the_registry_locked_and_exported(setup: tuple[Database, str]) -> None:
    import io
    import uuid

    from openpyxl import load_workbook

    from models.lists.outgoing import build_our_list, export_list, lock_list
    from models.persons.dto import PersonQuery

    db, agreement = setup
    with db.write() as session:
        persons.create_person(
            session,
            PersonInput(
                external_id="P3",
                surname="Андрієнко",
                given_names="Іван",
                date_of_birth=PartialDate(2004, 1, 1),
                status=PersonStatus.CAPTURED,
            ),
        )
        version = build_our_list(
            session,
            uuid.UUID(agreement),
            2,
            PersonQuery(statuses=frozenset({PersonStatus.CAPTURED})),
            only_compliant=True,
        )
        result = service.check_list(session, version.list_id)
    # P1 (29, slightly wounded) does not meet the criteria; P3 (21) does. P2 was returned.
    assert [e.person_external_id for e in result.entries] == ["P3"]
    assert result.entries[0].state is EntryMatchState.CONFIRMED and result.entries[0].compliant is True
    with db.write() as session:
        lock_list(session, version.list_id)
        with pytest.raises(ValidationError, match="locked"):
            service.reject_entry(session, result.entries[0].entry_id)
        assert service.check_list(session, version.list_id).entries == result.entries  # shown, not rewritten
        csv_bytes = export_list(session, version.list_id, "csv")
        xlsx_bytes = export_list(session, version.list_id, "xlsx")
    assert csv_bytes.startswith(b"\xef\xbb\xbf") and "Андрієнко" in csv_bytes.decode("utf-8-sig")
    sheet = load_workbook(io.BytesIO(xlsx_bytes)).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("№", "Прізвище", "Ім'я") and rows[1][1:3] == ("Андрієнко", "Іван")
    with db.write() as session:  # superseding a locked list is a new version
        again = build_our_list(session, uuid.UUID(agreement), 2, PersonQuery(), only_compliant=False)
    assert again.version == 2


def test_exchange_day_updates_statuses_and_counts_parity(setup: tuple[Database, str]) -> None:
    import datetime as dt
    import uuid

    from sqlalchemy import select

    from models.core.changelog import verify_chain
    from models.core.entities import ChangeEvent
    from models.core.enums import ChangeOp
    from models.core.errors import ValidationError
    from models.lists.evidence_uk import in_ukrainian
    from models.lists.exchange_day import expected_home, parity, record_exchange_day, reverse_exchange

    db, agreement = setup
    theirs = _import(db, agreement, THEIRS)
    with db.write() as session:
        service.check_list(session, theirs.version.list_id)
        expected = expected_home(session, uuid.UUID(agreement), 1)
        assert [e.external_id for e in expected] == ["P1", "P2"]
        p1 = expected[0].person_id
        outsider = persons.create_person(session, PersonInput(external_id="P7", surname="Гнатюк"))
        summary = record_exchange_day(
            session,
            ExchangeDayInput(
                uuid.UUID(agreement),
                1,
                dt.date(2025, 6, 9),
                returned=(p1, outsider.id),
                handed_over=("Иванов Иван", "Петров Петр", " "),
                place="кордон",
            ),
        )
    assert (summary.expected, summary.returned, summary.handed_over, summary.parity) == (2, 2, 2, 0)
    assert summary.missing == ["Мельник Олександр Іванович"] and summary.unexpected == ["Гнатюк"]
    with db.read() as session:
        assert persons.get_person(session, p1).status is PersonStatus.RETURNED
        (exchanged,) = persons.status_events(session, p1)
        assert exchanged.kind.value == "exchanged" and in_ukrainian(exchanged.description) == "обмін, етап 1"
        assert [(p.phase, p.returned, p.handed_over) for p in parity(session, uuid.UUID(agreement))] == [(1, 2, 2)]
        assert verify_chain(session).ok
        before = persons.get_person(session, outsider.id).status
    with db.write() as session:  # recorded by mistake: reversed through the change log
        with pytest.raises(ValidationError, match="say why"):
            reverse_exchange(session, summary.exchange_id, " ")
        reversal = reverse_exchange(session, summary.exchange_id, "wrong day chosen")
    assert reversal.restored == ["Гнатюк (P7): missing", "Коваленко Сергій Миколайович (P1): captured"]
    with db.read() as session:
        assert persons.get_person(session, p1).status is PersonStatus.CAPTURED
        assert before is PersonStatus.RETURNED
        steps = persons.status_events(session, p1)
        assert [e.kind.value for e in steps] == ["other"] and "reversed: wrong day chosen" in steps[0].description
        assert (
            in_ukrainian(steps[0].description)
            == "обмін 2025-06-09, записаний для цієї особи, скасовано: wrong day chosen"
        )
        assert parity(session, uuid.UUID(agreement)) == []
        assert verify_chain(session).ok
        deleted = session.scalars(
            select(ChangeEvent.entity).where(ChangeEvent.op == ChangeOp.DELETE, ChangeEvent.entity.like("exchange%"))
        ).all()
    assert sorted(set(deleted)) == ["exchange", "exchange_participant"]  # the history stays in the log


def test_a_new_version_with_another_header_on_another_sheet(
    setup: tuple[Database, str], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    """The CLI as a clerk meets it when the other side re-sends its list reworked: the version
    and the count before it said, the sheet named, the removed line in its own file's order."""
    from openpyxl import Workbook

    from tests.helpers.cli import run

    db, agreement = setup
    db.close()
    base = ("--db", str(db_path), "--user", ADMIN)
    first = tmp_path / "v1.csv"
    first.write_text(THEIRS, encoding="utf-8")
    code, list_id, err = run(capsys, *base, "lists", "import", str(first), "--agreement", agreement, "--side", "theirs")
    assert code == 0, err
    list_id = list_id.strip()
    assert f"version 1 of list {list_id}: 4 entries\n" in err
    book = Workbook()
    book.active.title = "Зміст"  # type: ignore[union-attr]
    book.active.append(["Додаток 1"])  # type: ignore[union-attr]
    sheet = book.create_sheet("Список")
    for row in (["Дата рождения", "ФИО полностью", "Категория"], ["02.03.1996", "Коваленко Сергей Николаевич", ""]):
        sheet.append(row)
    second = tmp_path / "v2.xlsx"
    book.save(second)
    code, _, err = run(
        capsys, *base, "lists", "import", str(second), "--agreement", agreement, "--side", "theirs", "--sheet", "список"
    )
    assert code == 0, err
    assert f"version 2 of list {list_id}: 1 entries (version 1 had 4)" in err
    code, out, err = run(capsys, *base, "lists", "diff", list_id)
    assert code == 0, err
    assert "- row 2: 2 | Мельник Александр Иванович | 01.04.2003 | " in out  # the first file's own order
    code, out, err = run(capsys, *base, "lists", "check", list_id)
    assert code == 0, err
    assert "compliance unknown" in out and "rows kept aside 0" in out
    from desktop.facades.lists import ListsFacade

    with Database.open(db_path, ADMIN, PASSWORD) as reopened:
        notes = ListsFacade(reopened).results(uuid.UUID(list_id)).notes
    assert any("read the sheet 'Список'" in note for note in notes), notes
    code, _, err = run(
        capsys, *base, "lists", "import", str(second), "--agreement", agreement, "--side", "theirs", "--sheet", "Нема"
    )
    assert code == 1 and "no sheet named 'Нема'; its sheets: 'Зміст', 'Список'" in err


def test_a_line_whose_date_cannot_be_read_is_never_matched_on_the_name_alone(setup: tuple[Database, str]) -> None:
    db, agreement = setup
    imported = _import(db, agreement, "№;ФИО;Дата рождения\n1;Коваленко Сергей Николаевич;31.02.1996\n")
    with db.write() as session:
        (entry,) = service.check_list(session, imported.version.list_id).entries
    # the name is P1's exactly, but the list gives a date we could not read: it may be another man
    assert entry.public_state == "review" and entry.person_id is None
    assert entry.candidates and entry.candidates[0].external_id == "P1"
    assert "the date of birth is not a date" in entry.flags


def test_keys_of_an_older_engine_are_made_again_with_progress_and_a_cancel_keeps_them(
    setup: tuple[Database, str],
) -> None:
    from sqlalchemy import func, select, update

    from models.core.entities import PersonNameKey
    from models.names.engine import ENGINE_VERSION

    db, agreement = setup
    imported = _import(db, agreement, THEIRS)
    old = f"{ENGINE_VERSION - 1}\x1f"
    with db.write() as session:  # as an office's database is after an upgrade
        older = func.replace(PersonNameKey.keys, f"{ENGINE_VERSION}\x1f", old)
        session.execute(update(PersonNameKey).values(keys=older))

    def stop(_done: int, _total: int) -> None:
        raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError), db.write() as session:
        service.check_list(session, imported.version.list_id, stop)
    with db.read() as session:  # nothing written: the keys are as they were
        assert session.scalars(select(PersonNameKey.keys)).first().startswith(old)  # type: ignore[union-attr]

    seen: list[tuple[int, int]] = []
    with db.write() as session:
        result = service.check_list(session, imported.version.list_id, lambda done, total: seen.append((done, total)))
    assert seen[0] == (2, 2)  # the two persons keyed again, shown before the list's lines
    assert result.entries[0].person_external_id == "P1"
    with db.read() as session:
        assert session.scalars(select(PersonNameKey.keys)).first().startswith(f"{ENGINE_VERSION}\x1f")  # type: ignore[union-attr]


def test_a_list_giving_ages_and_pet_forms_reaches_the_registry(setup: tuple[Database, str]) -> None:
    # a family's list: "Саша Мельник, 22 роки" is Мельник Олександр (born 2003-04-01), for a clerk
    db, agreement = setup
    today = dt.date.today()  # the import reads an age as on the day it runs
    age = today.year - 2003 - ((today.month, today.day) < (4, 1))
    text = f"№;ПІБ;Дата народження\n1;Мельник Саша;{age} роки\n2;Коваленко Сергій Миколайович;70 років\n"
    imported = _import(db, agreement, text)
    with db.write() as session:
        result = service.check_list(session, imported.version.list_id)
    pet, old = result.entries
    assert pet.public_state == "review" and pet.candidates[0].external_id == "P2"
    assert any(flag.startswith("an age instead of a date of birth: born") for flag in pet.flags)
    assert old.public_state == "review"  # the full name agrees, the age is another man's


def test_namesakes_the_evidence_cannot_tell_apart_are_ordered_by_the_unit_the_list_gives(
    setup: tuple[Database, str],
) -> None:
    # from a new user's trial: two Вергун Олександр of one year, the list names the brigade
    db, agreement = setup
    with db.write() as session:
        for external_id, unit in (("V-1", "92 ОШБр"), ("V-2", "53 ОМБр")):
            persons.create_person(
                session,
                PersonInput(
                    external_id=external_id,
                    surname="Вергун",
                    given_names="Олександр",
                    date_of_birth=PartialDate(1990),
                    unit=unit,
                ),
            )
    text = "№;ПІБ;Рік народження;Частина\n1;Вергун Олександр;1990;53-тя омбр\n"
    imported = _import(db, agreement, text)
    with db.write() as session:
        (line,) = service.check_list(session, imported.version.list_id).entries
    assert line.public_state == "review"
    first, second = line.candidates[:2]
    assert (first.external_id, second.external_id) == ("V-2", "V-1") and first.score == second.score
    assert "same unit as the list (53-тя омбр)" in first.reasons
    assert not any("same unit" in r for r in second.reasons)
