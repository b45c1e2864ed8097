"""Coded values as offices write them, identifiers Excel mangles, look-alike letters, and
exports that no spreadsheet program runs as formulas (issue: lists as the other side sends them)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from models.core.codes import read_health, read_sex, read_status
from models.core.db import Database
from models.core.enums import Health, PersonStatus, Sex, Side
from models.core.errors import ValidationError
from models.core.spreadsheet import DANGEROUS, csv_cell, from_csv_cell
from models.lists import agreements
from models.persons import service as persons
from models.persons.dto import PersonInput
from tests.helpers.cli import run
from tests.helpers.database import ADMIN
from tests.helpers.lists import AGREEMENT
from tests.helpers.persons import make_csv, person

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("M", Sex.MALE),
        ("F", Sex.FEMALE),
        ("ч", Sex.MALE),
        ("Ж", Sex.FEMALE),
        ("ч.", Sex.MALE),
        ("чол.", Sex.MALE),
        ("жін.", Sex.FEMALE),
        ("male", Sex.MALE),
        ("Female", Sex.FEMALE),
        ("чоловіча", Sex.MALE),
        ("жіноча", Sex.FEMALE),
        ("мужской", Sex.MALE),
        ("женский", Sex.FEMALE),
        ("1", Sex.MALE),  # ISO/IEC 5218
        ("2", Sex.FEMALE),
        ("0", Sex.UNKNOWN),
        ("", Sex.UNKNOWN),
        ("so so", None),
    ],
)
def test_sex_as_offices_write_it(text: str, sex: Sex | None) -> None:
    assert read_sex(text) == sex


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("у полоні", PersonStatus.CAPTURED),
        ("в плену", PersonStatus.CAPTURED),
        ("captured", PersonStatus.CAPTURED),
        ("captured (unconfirmed)", PersonStatus.CAPTURED_UNCONFIRMED),
        ("зниклі безвісти", PersonStatus.MISSING),
        ("Пропал без вести", PersonStatus.MISSING),
        ("повернуті", PersonStatus.RETURNED),
        ("загиблі", PersonStatus.DECEASED),
    ],
)
def test_status_in_three_languages_and_as_the_app_prints_it(text: str, value: PersonStatus) -> None:
    assert read_status(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("тяжкопоранений", Health.SERIOUSLY_WOUNDED),
        ("т/п", Health.SERIOUSLY_WOUNDED),
        ("тяжело ранен", Health.SERIOUSLY_WOUNDED),
        ("seriously wounded", Health.SERIOUSLY_WOUNDED),
        ("seriously_wounded", Health.SERIOUSLY_WOUNDED),
        ("л/п", Health.SLIGHTLY_WOUNDED),
        ("тяжкохворий(-а)", Health.SERIOUSLY_ILL),
        ("без поранень", Health.NOT_WOUNDED),
    ],
)
def test_health_words_and_abbreviations(text: str, value: Health) -> None:
    assert read_health(text) == value


def test_persons_csv_reads_coded_values_and_exports_them_canonically(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_bytes(
        make_csv(
            person(1, sex="M", status="у полоні", health="т/п"),
            person(2, sex="Ж", status="зниклі безвісти", health=""),
            person(3, sex="2", status="Captured", health="seriously wounded"),
        )
    )
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source))
    assert code == 0, err
    assert run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "export", str(out))[0] == 0
    with out.open(encoding="utf-8") as exported:
        rows = {r["external_id"]: r for r in csv.DictReader(exported)}
    assert (rows["EXT-1"]["sex"], rows["EXT-1"]["status"], rows["EXT-1"]["health"]) == (
        "male",
        "captured",
        "seriously_wounded",
    )
    assert (rows["EXT-2"]["sex"], rows["EXT-2"]["status"]) == ("female", "missing")
    assert rows["EXT-3"]["sex"] == "female"


def test_an_id_excel_stripped_of_zeros_is_refused_not_a_second_person(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.write() as session:
        persons.create_person(session, PersonInput(external_id="00458", surname="Коваленко", service_number="0012345"))
    source, rejects = tmp_path / "in.csv", tmp_path / "rejects.csv"
    source.write_bytes(
        make_csv(
            person(1, external_id="458"),
            person(2, external_id="458.0"),
            person(3, external_id="X-1", service_number="12345"),
            person(4, external_id="1.23457E+11"),
            person(5, external_id="00458", surname="Коваленко"),  # the person itself: an update
            person(6, external_id="777"),
        )
    )
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source))
    assert code == 1 and "nothing was imported" in err
    assert "'458' is '00458' of Коваленко" in err and "'458.0' is '00458'" in err
    assert "service number '0012345'" in err and "scientific notation" in err
    code, out, err = run(
        capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source), "--skip-invalid", str(rejects)
    )
    assert code == 0 and "created 1, updated 1" in out and "rejected 4" in out
    with rejects.open(encoding="utf-8") as rejected:
        reasons = [row["reason"] for row in csv.DictReader(rejected)]
    assert len(reasons) == 4 and any("leading zeros" in r for r in reasons)


def test_the_editor_refuses_a_mangled_twin_too(db: Database) -> None:
    with db.write() as session:
        persons.create_person(session, PersonInput(external_id="00458", surname="Коваленко"))
    with db.write() as session, pytest.raises(ValidationError, match="'458' is '00458' of Коваленко"):
        persons.create_person(session, PersonInput(external_id="458", surname="Коваленко"))


def test_lookalike_letters_are_warned_about_and_found_either_way(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(make_csv(person(1, surname="Copoкa", given_names="Opecт", patronymic="Iвaнoвич")))
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source))
    assert code == 0
    assert "'Copoкa' mixes Latin and Cyrillic look-alike letters; it reads 'Сорока'" in err
    from models.persons.dto import PersonQuery
    from models.persons.search import search_persons

    with db.read() as session:
        assert [hit.row.external_id for hit in search_persons(session, "Сорока Орест", PersonQuery())] == ["EXT-1"]
        assert [hit.row.external_id for hit in search_persons(session, "Copoкa", PersonQuery())] == ["EXT-1"]


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x","Коваленко")', "+380 67 123", "-5", "@SUM(A1)", "\tx", "'=x", "Коваленко"]
)
def test_a_csv_cell_is_inert_and_comes_back_exactly(text: str) -> None:
    cell = csv_cell(text)
    assert not cell.startswith(DANGEROUS)
    assert from_csv_cell(cell) == text


def test_exports_carry_no_live_formula_and_read_back_exactly(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    formula = '=HYPERLINK("http://example.org","Коваленко")'
    with db.write() as session:
        agreement = agreements.create_agreement(session, AGREEMENT)
    source = tmp_path / "theirs.csv"
    source.write_text(f"ПІБ;Дата народження;Примітка\nКоваленко Сергій;02.03.1996;{formula}\n", encoding="utf-8")
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "lists",
        "import",
        str(source),
        "--agreement",
        str(agreement.id),
        "--side",
        "theirs",
    )
    assert code == 0, err
    list_id = out.strip()
    xlsx, csv_out = tmp_path / "out.xlsx", tmp_path / "out.csv"
    assert run(capsys, "--db", str(db_path), "lists", "export", list_id, "-o", str(xlsx))[0] == 0
    assert run(capsys, "--db", str(db_path), "lists", "export", list_id, "-o", str(csv_out))[0] == 0
    cell = load_workbook(xlsx)["Sheet"]["C2"]
    assert (cell.value, cell.data_type) == (formula, "s")  # text, never a formula
    code, out, err = run(
        capsys,
        "--db",
        str(db_path),
        "lists",
        "import",
        str(csv_out),
        "--agreement",
        str(agreement.id),
        "--side",
        "theirs",
    )
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db_path), "lists", "check", out.strip(), "--json")
    entry = json.loads(out)["entries"][0]
    assert entry["raw_name"] == "Коваленко Сергій"
    with db.read() as session:
        from models.lists.service import list_nodes

        assert any(n.side is Side.THEIRS for n in list_nodes(session))
    exported = list(csv.reader(io.StringIO(csv_out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert exported[1][2] == "'" + formula and from_csv_cell(exported[1][2]) == formula
