"""The remains commands of the issue contract: imports, candidates as JSON, settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.core.db import Database
from tests.helpers.cli import run
from tests.helpers.remains import AM_CSV, REMAINS_CSV

pytestmark = pytest.mark.usefixtures("cli_env")  # the password from the environment, no defaults


def test_candidates_json_has_the_contract_shape(registry: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registry.path)
    code, out, _ = run(capsys, "--db", db, "remains", "candidates", "PM-001", "--json")
    assert code == 0
    document = json.loads(out)
    assert document["case_number"] == "PM-001"
    best = document["candidates"][0]
    assert best["person_external_id"] == "M-1"
    assert isinstance(best["score"], float)
    assert {"kind", "weight", "detail"} <= set(best["evidence"][0])
    scores = [c["score"] for c in document["candidates"] if not c["excluded"]]
    assert scores == sorted(scores, reverse=True)

    code, out, _ = run(capsys, "--db", db, "remains", "candidates", "--all", "--json")
    every = json.loads(out)
    assert [d["case_number"] for d in every] == ["PM-001", "PM-002", "PM-003"]
    assert every[0] == document

    code, _, err = run(capsys, "--db", db, "remains", "candidates", "PM-404", "--json")
    assert code == 1 and "no remains case numbered 'PM-404'" in err


def test_imports_from_the_command_line(registry: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registry.path)
    (tmp_path / "pm.csv").write_text(REMAINS_CSV, encoding="utf-8")
    (tmp_path / "am.csv").write_text(AM_CSV, encoding="utf-8")
    code, out, _ = run(capsys, "--db", db, "remains", "import", str(tmp_path / "pm.csv"))
    assert (code, out.strip()) == (0, "created 0, updated 0, unchanged 3")
    code, out, _ = run(capsys, "--db", db, "persons", "import-am", str(tmp_path / "am.csv"))
    assert (code, out.strip()) == (0, "created 0, updated 0, unchanged 3")
    (tmp_path / "dna.csv").write_text(
        "remains_sample,reference_sample,likelihood_ratio,lab,reported_on\nS-1,R-1,10,lab,\n", encoding="utf-8"
    )
    code, _, err = run(capsys, "--db", db, "dna", "import", str(tmp_path / "dna.csv"))
    assert code == 1
    assert "nothing was imported" in err and "line 2, remains_sample: no sample numbered 'S-1'" in err


def test_marks_are_read_as_the_imports_read_them_without_a_database(capsys: pytest.CaptureFixture[str]) -> None:
    text = "зі слів матері: наколка хрест на правому передпліччі, також шрам від апендициту. Родимих плям немає."
    code, out, _ = run(capsys, "remains", "read-marks", text, "--json")
    assert code == 0
    assert [(m["kind"], m["body_location"], m["description"]) for m in json.loads(out)] == [
        ("tattoo", "right forearm", "хрест"),
        ("scar", "right abdomen", "апендициту"),
    ]
    assert json.loads(out)[0]["understood_uk"] == "татуювання, праве передпліччя: хрест"
    code, out, _ = run(capsys, "remains", "read-marks", "особливих прикмет не знаю")
    assert (code, out.strip()) == (0, "no marks: the text names none, or says there are none")


def test_settings_from_the_command_line(registry: Database, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(registry.path)
    code, out, _ = run(capsys, "--db", db, "settings", "set", "dna_lr_certain", "100000")
    assert code == 0 and "dna_lr_certain = '100000.0'" in out
    code, _, err = run(capsys, "--db", db, "settings", "set", "board_signatures_required", "many")
    assert code == 1 and "'many' is not an integer" in err


def test_the_relative_of_a_reference_sample_is_corrected_from_the_command_line(
    registry: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import select

    from models.core.entities import DnaSample
    from tests.helpers.remains import add_dna

    add_dna(registry, "PM-002", "M-2", 40.0)  # reference sample R-M-2, given by "мати"
    db = str(registry.path)
    code, out, _ = run(
        capsys, "--db", db, "dna", "set-relative", "R-M-2", "--relative", "Бондар Ганна", "--relationship", "бабуся"
    )
    assert (code, out.strip()) == (0, "R-M-2: given by Бондар Ганна (бабуся)")
    with registry.read() as session:
        sample = session.scalars(select(DnaSample).where(DnaSample.sample_number == "R-M-2")).one()
    assert (sample.relative_name, sample.relationship) == ("Бондар Ганна", "бабуся")
    code, _, err = run(capsys, "--db", db, "dna", "set-relative", "S-PM-002", "--relative", "X")
    assert code == 1 and "given by no relative" in err
    code, _, err = run(capsys, "--db", db, "dna", "set-relative", "R-404", "--relative", "X")
    assert code == 1 and "R-404" in err


def test_samples_are_registered_from_the_command_line_and_take_the_labs_results(
    registry: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by the new-user trial of office bundles: a laboratory working from the command line
    could import results only for samples typed in the app: no command registered one."""
    from sqlalchemy import select

    from models.core.entities import DnaResult, DnaSample

    db = str(registry.path)
    code, out, _ = run(capsys, "--db", db, "dna", "add-sample", "S-77", "--case", "PM-001", "--lab", "Київ")
    assert (code, out.strip()) == (0, "registered sample S-77 (case PM-001)")
    code, out, _ = run(
        capsys, "--db", db, "dna", "add-sample", "R-77", "--person", "M-1", "--relative", "Гнатюк Олена",
        "--relationship", "мати", "--collected", "2026-11-02",
    )  # fmt: skip
    assert (code, out.strip()) == (0, "registered sample R-77 (person M-1)")
    (tmp_path / "dna.csv").write_text(
        "remains_sample,reference_sample,likelihood_ratio,lab,reported_on\nS-77,R-77,2500000,Київ,2026-11-20\n",
        encoding="utf-8",
    )
    assert run(capsys, "--db", db, "dna", "import", str(tmp_path / "dna.csv"))[0] == 0
    with registry.read() as session:
        reference = session.scalars(select(DnaSample).where(DnaSample.sample_number == "R-77")).one()
        assert (reference.relative_name, reference.relationship, str(reference.collected_on)) == (
            "Гнатюк Олена", "мати", "2026-11-02",
        )  # fmt: skip
        assert session.scalars(select(DnaResult).where(DnaResult.reference_sample_id == reference.id)).one()
    for words, said in (
        (["S-78"], "name either --case"),
        (["S-78", "--case", "PM-001", "--person", "M-1"], "name either --case"),
        (["S-77", "--case", "PM-001"], "'S-77' exists already"),
        (["R-78", "--person", "M-1"], "names the missing person and the relative"),
        (["R-78", "--person", "M-404", "--relative", "X"], "M-404"),
        (["S-78", "--case", "PM-404"], "PM-404"),
        (["S-78", "--case", "PM-001", "--collected", "02.11.2026"], "YYYY-MM-DD"),
    ):
        code, _, err = run(capsys, "--db", db, "dna", "add-sample", *words)
        assert code == 1 and said in err, (words, err)
