"""Names and ranks in Ukrainian letters, in the case a sentence needs: the table
tests/data/names/declension_uk.csv (sources and the comparison of libraries beside it), and the
promise never to raise."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.core.enums import Sex
from models.correspondence.declension import (
    Case,
    decline_person,
    decline_person_parts,
    decline_rank,
    decline_with_rank,
)

TABLE = Path(__file__).parent / "data" / "names" / "declension_uk.csv"
SEX = {"m": Sex.MALE, "f": Sex.FEMALE, "u": Sex.UNKNOWN}
PARTS = ("rank", "surname", "given", "patronymic")
# Lines of the table (numbered as in the file, the header being line 1) that the chosen library
# with the rules of models.correspondence.declension still gets wrong, with the reason. None now:
# every one of the 361 forms is right. A line put here fails the run when it starts passing.
KNOWN_WRONG: dict[int, str] = {}


def _lines() -> list[pytest.param]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    params = []
    for line, row in enumerate(rows, start=2):
        name = row["surname"] or row["rank"]
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_WRONG[line])] if line in KNOWN_WRONG else []
        params.append(pytest.param(row, id=f"{line}-{name}-{row['case']}", marks=marks))
    return params


def test_the_table_covers_what_letters_need() -> None:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) >= 60
    assert {row["sex"] for row in rows} == {"m", "f", "u"}
    assert {row["case"] for row in rows} >= {"genitive", "dative", "accusative", "instrumental"}
    for row in rows:
        for part in PARTS:
            assert bool(row[part]) == bool(row[f"{part}_expected"]), row


@pytest.mark.parametrize("row", _lines())
def test_declension_table(row: dict[str, str]) -> None:
    surname, given_names, patronymic = decline_person_parts(
        row["surname"], row["given"], row["patronymic"], SEX[row["sex"]], row["case"]
    )
    got = {
        "rank": decline_rank(row["rank"], row["case"]),
        "surname": surname,
        "given": given_names,
        "patronymic": patronymic,
    }
    wrong = {
        part: (got[part], row[f"{part}_expected"])
        for part in PARTS
        if row[part] and got[part] not in row[f"{part}_expected"].split("|")
    }
    assert not wrong, wrong


def test_a_whole_phrase_as_a_letter_writes_it() -> None:
    assert (
        decline_with_rank("сержант", "Петренко", "Олександр", "Миколайович", Sex.MALE, Case.GENITIVE)
        == "сержанта Петренка Олександра Миколайовича"
    )
    assert (
        decline_with_rank("старший лейтенант", "Левицька", "Ольга", "Петрівна", Sex.FEMALE, Case.DATIVE)
        == "старшому лейтенанту Левицькій Ользі Петрівні"
    )
    assert decline_with_rank("", "Коваль", "Любов", "Іванівна", Sex.FEMALE, "genitive") == "Коваль Любові Іванівни"


def test_the_letter_case_of_a_name_is_kept() -> None:
    assert decline_person("ШЕВЧЕНКО", "ТАРАС", "ГРИГОРОВИЧ", Sex.MALE, Case.GENITIVE) == "ШЕВЧЕНКА ТАРАСА ГРИГОРОВИЧА"
    assert decline_person("БОНДАР", "ЛЕВ", "", Sex.MALE, Case.GENITIVE) == "БОНДАРЯ ЛЬВА"
    assert decline_rank("Старший лейтенант", Case.GENITIVE) == "Старшого лейтенанта"


def test_what_cannot_be_declined_stays_in_the_nominative() -> None:
    # the sex is not recorded and neither a patronymic nor a given name tells it
    assert decline_person("Коваль", "", "", Sex.UNKNOWN, Case.GENITIVE) == "Коваль"
    assert decline_person("Коваль", "", "", None, Case.DATIVE) == "Коваль"
    # not a case of the module
    assert decline_person("Петренко", "Олександр", "", Sex.MALE, "vocative?") == "Петренко Олександр"
    assert decline_rank("сержант", "ablative?") == "сержант"
    # Latin letters, abbreviations and numbers stay as written
    assert decline_person("Smith", "John", "", Sex.MALE, Case.GENITIVE) == "Smith John"
    assert decline_rank("ст. лейтенант", Case.GENITIVE) == "ст. лейтенанта"
    assert decline_rank("Sergeant", Case.DATIVE) == "Sergeant"
    # extra spaces are cleaned; the nominative is the input, cleaned
    assert decline_person(" Петренко ", "Олександр  ", "", "male", Case.NOMINATIVE) == "Петренко Олександр"
    assert decline_with_rank("", "", "", "", Sex.UNKNOWN, Case.GENITIVE) == ""


def test_a_rank_with_a_qualifier_declines_its_head() -> None:
    assert decline_rank("капітан медичної служби", Case.GENITIVE) == "капітана медичної служби"
    assert decline_rank("солдат запасу", Case.DATIVE) == "солдату запасу"


ANY_TEXT = st.text(max_size=40)


@given(ANY_TEXT, ANY_TEXT, ANY_TEXT, st.sampled_from([*Sex, None, "x"]), st.sampled_from([*Case, "?"]))
def test_never_raises(surname: str, given_names: str, patronymic: str, sex: Sex | str | None, case: Case | str) -> None:
    assert isinstance(decline_person(surname, given_names, patronymic, sex, case), str)
    assert isinstance(decline_rank(surname, case), str)


def test_never_raises_on_values_that_are_not_text() -> None:
    assert decline_person(None, 5, b"x", Sex.MALE, Case.GENITIVE) == ""  # type: ignore[arg-type]
    assert decline_rank(None, Case.GENITIVE) == ""  # type: ignore[arg-type]
