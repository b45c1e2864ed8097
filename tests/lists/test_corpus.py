"""Lists as offices really receive them (tests/data/lists, each file beside what a careful clerk
reads from it), checked through the command-line contract: `lists import` then
`lists check --json`. Every entry's name, date of birth and flags, every row kept aside and
every refusal must be what the expected file says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from models.core.db import Database
from models.lists import agreements
from tests.helpers.cli import run
from tests.helpers.lists import AGREEMENT

pytestmark = pytest.mark.usefixtures("cli_env")

CORPUS = Path(__file__).resolve().parent.parent / "data" / "lists"
FILES = sorted(p for p in CORPUS.iterdir() if p.suffix not in (".json", ".md"))
SEX = {"male": "M", "female": "F", "unknown": ""}


def _clean(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, template_db: Path) -> tuple[Path, str]:
    from tests.helpers.database import ADMIN, PASSWORD, copy_database

    path = copy_database(template_db, tmp_path_factory.mktemp("corpus") / "corpus.db")
    with Database.open(path, ADMIN, PASSWORD) as db, db.write() as session:
        agreement = agreements.create_agreement(session, AGREEMENT)
    return path, str(agreement.id)


def test_the_corpus_has_every_layout_the_issue_names() -> None:
    assert len(FILES) >= 40
    for path in FILES:
        assert (CORPUS / f"{path.stem}.expected.json").exists(), path.name


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_received_list_is_read_as_a_clerk_reads_it(
    path: Path, corpus_db: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    db, agreement = corpus_db
    expected: dict[str, Any] = json.loads((CORPUS / f"{path.stem}.expected.json").read_text(encoding="utf-8"))
    code, out, err = run(
        capsys, "--db", str(db), "lists", "import", str(path), "--agreement", agreement, "--side", "theirs"
    )
    if expected["outcome"] == "refused":
        assert code == 1, f"{path.name} was read, but no careful clerk could read it"
        for mention in expected["refusal_mentions"]:
            assert mention.casefold() in err.casefold(), f"the refusal should mention {mention!r}: {err}"
        return
    assert code == 0, err
    list_id = out.strip().splitlines()[-1]
    code, out, err = run(capsys, "--db", str(db), "lists", "check", list_id, "--json")
    assert code == 0, err
    document = json.loads(out)
    read = {entry["sheet_row"]: entry for entry in document["entries"]}
    wanted = {entry["sheet_row"]: entry for entry in expected["entries"]}
    assert sorted(read) == sorted(wanted), "persons read from other rows than a clerk would"
    for row, want in wanted.items():
        got = read[row]["read"]
        for name in ("surname", "given_names", "patronymic", "service_number", "rank", "category"):
            if name not in want and name not in ("surname", "given_names", "patronymic"):
                continue  # the hold-out files say only names and dates
            assert _clean(got[name]) == _clean(want.get(name, "")), f"row {row} {name}"
        assert (got["date_of_birth"] or None) == want["date_of_birth"], f"row {row} date of birth"
        flags = " ".join(read[row]["flags"])
        guessed, unreadable = "order of the date of birth guessed" in flags, "is not a date" in flags
        assert {"order_guessed": guessed, "unreadable": unreadable}.get(want["date_flag"] or "", True)
        assert not (guessed and want["date_flag"] != "order_guessed"), f"row {row}: a date order flagged as guessed"
        assert not (unreadable and want["date_flag"] != "unreadable"), f"row {row}: a good date flagged unreadable"
        if "sex" in want:
            assert SEX[got["sex"]] == want["sex"], f"row {row} sex"
    skipped = {s["row"]: s["reason"] for s in document["skipped_rows"]}
    for row in expected["skipped_rows"]:
        assert row["sheet_row"] in skipped, f"row {row['sheet_row']} ({row['kind']}) was taken for a person"
        if row["kind"] == "not_person":
            continue  # the hold-out files say only that the row is no person, in their own words
        kinds = {row["kind"]} | ({"title", "approval"} if row["kind"] in ("title", "approval") else set())
        assert skipped[row["sheet_row"]] in kinds, f"row {row['sheet_row']}: {skipped[row['sheet_row']]}"
    assert not set(skipped) & set(read), "a row is both a person and not one"
