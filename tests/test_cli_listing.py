"""The listing commands that give the ids every other command takes (issue 14): `agreements
list`, `lists list` and `letters threads`, in plain text and as JSON (a contract: keys may be
added, never renamed)."""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from models.core.db import Database
from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection
from models.correspondence import service as correspondence
from models.correspondence.dto import LetterInput
from tests.helpers.cli import run
from tests.helpers.database import ADMIN
from tests.helpers.lists import THEIRS

pytestmark = pytest.mark.usefixtures("cli_env")  # the password from the environment, no defaults

LIST_KEYS = {
    "list_id",
    "agreement_id",
    "agreement_title",
    "side",
    "phase",
    "title",
    "version",
    "entries",
    "locked",
    "received_on",
    "recorded_at",
    "versions",
}
VERSION_KEYS = {"version", "entries", "received_on", "recorded_at", "source_filename", "locked_at", "locked_by"}
AGREEMENT_KEYS = {
    "agreement_id",
    "title",
    "signed_on",
    "place",
    "parties",
    "mediator",
    "notes",
    "phases",
    "criteria_version",
    "list_count",
}
THREAD_KEYS = {
    "thread_id",
    "subject",
    "counterparty",
    "state",
    "due_on",
    "last_sent_on",
    "days_waiting",
    "days_overdue",
    "letters",
}


def cli(capsys: pytest.CaptureFixture[str], db_path: Path, *words: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db_path), "--user", ADMIN, *words)


def document(capsys: pytest.CaptureFixture[str], db_path: Path, *words: str) -> dict[str, Any]:
    code, out, err = cli(capsys, db_path, *words, "--json")
    assert code == 0, err
    parsed = json.loads(out)
    assert isinstance(parsed, dict)
    return parsed


def columns_of(line: str) -> list[str]:
    return re.split(r"\s{2,}", line.strip())


def aligned(lines: list[str], header: str, column: str, values: list[str]) -> None:
    """Each value starts its line at the column where the header names it."""
    at = lines[0].index(column)
    assert lines[0] == header or lines[0].startswith(header)
    for value in values:
        line = next(line for line in lines if value in line)
        assert line.index(value) == at, f"{value} not under {column}:\n" + "\n".join(lines)


@pytest.fixture
def exchange(
    setup: tuple[Database, str], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, str]:
    """The setup's agreement with two versions of the other side's list (phase 1) and our own
    list, built and locked; a second agreement, with phases and no lists."""
    _, first = setup
    theirs = tmp_path / "theirs.csv"
    theirs.write_text(THEIRS, encoding="utf-8")
    code, out, err = cli(
        capsys, db_path, "lists", "import", str(theirs), "--agreement", first, "--side", "theirs", "--phase", "1"
    )
    assert code == 0, err
    their_list = out.strip()
    theirs.write_text(THEIRS + "5;Бондар Іван Петрович;05.05.2000;\n", encoding="utf-8")
    code, out, err = cli(
        capsys, db_path, "lists", "import", str(theirs), "--agreement", first, "--side", "theirs", "--phase", "1"
    )
    assert code == 0 and out.strip() == their_list, err
    code, out, err = cli(capsys, db_path, "lists", "build", "--agreement", first, "--phase", "1", "--all")
    assert code == 0, err
    our_list = out.strip()
    assert cli(capsys, db_path, "lists", "lock", our_list)[0] == 0
    second_file = tmp_path / "second.json"
    second_file.write_text(
        json.dumps(
            {
                "title": "Обмін цивільних осіб",
                "signed_on": "2025-09-15",
                "place": "Абу-Дабі",
                "parties": "Україна; інша сторона",
                "mediator": "ОАЕ",
                "criteria": [{"kind": "civilian"}],
                "phases": [{"planned_on": "2025-10-01", "description": "Етап 1"}, {"description": "Етап 2"}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    code, out, err = cli(capsys, db_path, "agreements", "add", str(second_file))
    assert code == 0, err
    return {"first": first, "second": out.strip(), "theirs": their_list, "ours": our_list}


# -- an empty database -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "says", "key"),
    [
        (("agreements", "list"), "no agreements yet", "agreements"),
        (("lists", "list"), "no lists yet", "lists"),
        (("letters", "threads"), "no open threads", "threads"),
        (("letters", "threads", "--closed"), "no threads", "threads"),
        (("letters", "threads", "--overdue"), "no overdue threads", "threads"),
    ],
)
def test_an_empty_database_says_there_is_nothing_yet(
    db_path: Path, capsys: pytest.CaptureFixture[str], words: tuple[str, ...], says: str, key: str
) -> None:
    code, out, err = cli(capsys, db_path, *words)
    assert code == 0 and err == ""
    assert out.splitlines() == [out.splitlines()[0]] and out.startswith(says)  # one line, no table header
    assert document(capsys, db_path, *words) == {key: []}


# -- agreements list ---------------------------------------------------------------------------


def test_agreements_list_plain(exchange: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, db_path, "agreements", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert columns_of(lines[0]) == ["AGREEMENT_ID", "SIGNED", "PHASES", "LISTS", "TITLE", "PARTIES"]
    # newest signed first; ids in full; phases and lists counted
    assert columns_of(lines[1]) == [
        exchange["second"],
        "2025-09-15",
        "2",
        "0",
        "Обмін цивільних осіб",
        "Україна; інша сторона",
    ]
    assert columns_of(lines[2]) == [exchange["first"], "2025-06-02", "0", "2", "Обмін", "—"]
    aligned(lines, "AGREEMENT_ID", "SIGNED", ["2025-09-15", "2025-06-02"])
    assert lines[-1] == "2 agreements"


def test_agreements_list_json(exchange: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = document(capsys, db_path, "agreements", "list")
    assert set(found) == {"agreements"}
    second, first = found["agreements"]
    assert set(first) == set(second) == AGREEMENT_KEYS
    assert second == {
        "agreement_id": exchange["second"],
        "title": "Обмін цивільних осіб",
        "signed_on": "2025-09-15",
        "place": "Абу-Дабі",
        "parties": "Україна; інша сторона",
        "mediator": "ОАЕ",
        "notes": "",
        "phases": [
            {"number": 1, "planned_on": "2025-10-01", "description": "Етап 1"},
            {"number": 2, "planned_on": None, "description": "Етап 2"},
        ],
        "criteria_version": 1,
        "list_count": 0,
    }
    assert first["agreement_id"] == exchange["first"] and first["list_count"] == 2 and first["phases"] == []


# -- lists list --------------------------------------------------------------------------------


def test_lists_list_plain(exchange: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cli(capsys, db_path, "lists", "list")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4 and lines[-1] == "2 lists"
    header = ["LIST_ID", "AGREEMENT_ID", "SIDE", "PHASE", "VERSION", "ENTRIES", "LOCKED", "RECORDED", "TITLE"]
    assert columns_of(lines[0]) == header
    today = dt.datetime.now(dt.UTC).date().isoformat()
    rows = {columns_of(line)[0]: columns_of(line) for line in lines[1:3]}
    assert rows[exchange["theirs"]] == [
        exchange["theirs"],
        exchange["first"],
        "theirs",
        "1",
        "2",
        "5",
        "no",
        today,
        "Обмін",
    ]
    ours = rows[exchange["ours"]]
    assert ours[:7] == [exchange["ours"], exchange["first"], "ours", "1", "1", "1", "yes"]
    aligned(lines, "LIST_ID", "AGREEMENT_ID", [exchange["first"]])


def test_lists_list_json(exchange: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = document(capsys, db_path, "lists", "list")
    assert set(found) == {"lists"}
    by_id = {item["list_id"]: item for item in found["lists"]}
    assert set(by_id) == {exchange["theirs"], exchange["ours"]}
    theirs, ours = by_id[exchange["theirs"]], by_id[exchange["ours"]]
    assert set(theirs) == set(ours) == LIST_KEYS
    assert all(set(v) == VERSION_KEYS for item in (theirs, ours) for v in item["versions"])
    assert (theirs["agreement_id"], theirs["agreement_title"], theirs["side"], theirs["phase"]) == (
        exchange["first"],
        "Обмін",
        "theirs",
        1,
    )
    assert (theirs["version"], theirs["entries"], theirs["locked"], theirs["received_on"]) == (2, 5, False, None)
    assert [(v["version"], v["entries"], v["source_filename"], v["locked_at"]) for v in theirs["versions"]] == [
        (1, 4, "theirs.csv", None),
        (2, 5, "theirs.csv", None),
    ]
    recorded = dt.datetime.fromisoformat(theirs["recorded_at"])
    assert recorded.utcoffset() == dt.timedelta(0) and abs(dt.datetime.now(dt.UTC) - recorded) < dt.timedelta(hours=1)
    assert theirs["recorded_at"] == theirs["versions"][-1]["recorded_at"]
    assert (ours["side"], ours["version"], ours["entries"], ours["locked"]) == ("ours", 1, 1, True)
    (built,) = ours["versions"]
    assert built["source_filename"] == "" and built["locked_by"] == ADMIN
    assert dt.datetime.fromisoformat(built["locked_at"]).utcoffset() == dt.timedelta(0)
    assert ours["received_on"] == dt.date.today().isoformat()  # a list we build is ours the day it is built


def test_lists_list_by_agreement(exchange: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = document(capsys, db_path, "lists", "list", "--agreement", exchange["first"])
    assert {item["list_id"] for item in first["lists"]} == {exchange["theirs"], exchange["ours"]}
    assert document(capsys, db_path, "lists", "list", "--agreement", exchange["second"]) == {"lists": []}
    code, out, _ = cli(capsys, db_path, "lists", "list", "--agreement", exchange["second"])
    assert code == 0 and out == f"no lists for agreement {exchange['second']} yet\n"
    code, out, _ = cli(capsys, db_path, "lists", "list", "--agreement", exchange["first"])
    assert code == 0 and out.splitlines()[-1] == "2 lists"


def test_lists_list_names_an_unknown_or_malformed_agreement(
    exchange: dict[str, str], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unknown = str(uuid.UUID(int=uuid.UUID(exchange["first"]).int ^ 1))
    for words in (("lists", "list", "--agreement", unknown), ("lists", "list", "--agreement", unknown, "--json")):
        code, out, err = cli(capsys, db_path, *words)
        assert code == 1 and out == ""
        assert f"no agreement with id {unknown}" in err and "agreements list" in err
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(db_path), "--user", ADMIN, "lists", "list", "--agreement", "phase-1"])
    assert exited.value.code == 2
    assert "argument --agreement: invalid UUID value: 'phase-1'" in capsys.readouterr().err


# -- letters threads ---------------------------------------------------------------------------


@pytest.fixture
def threads(db: Database) -> dict[str, uuid.UUID]:
    """An overdue thread with one letter sent; an answered one with its two letters; a draft one
    with no letter, due in the future, to a counterparty with a long name."""
    today = dt.date.today()
    with db.write() as session:
        icrc = correspondence.add_counterparty(session, "МКЧХ", CounterpartyKind.ICRC)
        other = correspondence.add_counterparty(session, "Інша сторона", CounterpartyKind.OTHER_SIDE)
        overdue = correspondence.open_thread(session, icrc, "Запит щодо Коваленка", due_on=today - dt.timedelta(10))
        correspondence.register_letter(
            session,
            overdue,
            LetterInput(
                LetterDirection.OUTGOING,
                subject="Запит",
                body="",
                channel=LetterChannel.EMAIL,
                sent_on=today - dt.timedelta(40),
            ),
        )
        answered = correspondence.open_thread(session, other, "Запит щодо Мельника", due_on=today - dt.timedelta(5))
        for direction, day in ((LetterDirection.OUTGOING, 30), (LetterDirection.INCOMING, 20)):
            sent = today - dt.timedelta(day)
            correspondence.register_letter(
                session,
                answered,
                LetterInput(
                    direction,
                    subject="лист",
                    body="",
                    channel=LetterChannel.EMAIL,
                    sent_on=sent if direction is LetterDirection.OUTGOING else None,
                    received_on=sent if direction is LetterDirection.INCOMING else None,
                ),
            )
        agency = correspondence.add_counterparty(session, "МКЧХ, Центральне агентство з розшуку", CounterpartyKind.ICRC)
        draft = correspondence.open_thread(session, agency, "Уточнення дати", due_on=today + dt.timedelta(7))
    return {"overdue": overdue, "answered": answered, "draft": draft}


def test_letters_threads_plain(
    threads: dict[str, uuid.UUID], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    today = dt.date.today()
    code, out, _ = cli(capsys, db_path, "letters", "threads")
    lines = out.splitlines()
    assert code == 0 and lines[-1] == "2 open threads"
    header = ["THREAD_ID", "STATE", "DUE", "OVERDUE", "WAITING", "LETTERS", "COUNTERPARTY", "SUBJECT"]
    assert columns_of(lines[0]) == header
    due = (today - dt.timedelta(10)).isoformat()
    assert columns_of(lines[1]) == [
        str(threads["overdue"]),
        "awaiting_reply",
        due,
        "10",
        "40",
        "1",
        "МКЧХ",
        "Запит щодо Коваленка",
    ]
    later = (today + dt.timedelta(7)).isoformat()
    assert columns_of(lines[2]) == [
        str(threads["draft"]),
        "draft",
        later,
        "—",
        "—",
        "0",
        "МКЧХ, Центральне агентство з …",
        "Уточнення дати",
    ]
    # numbers align right, under the end of their heading
    for column in ("OVERDUE", "WAITING", "LETTERS"):
        end = lines[0].index(column) + len(column)
        assert all(line[end - 1] != " " and line[end] == " " for line in lines[1:3]), column

    code, out, _ = cli(capsys, db_path, "letters", "threads", "--closed")
    assert code == 0 and out.splitlines()[-1] == "3 threads"
    assert str(threads["answered"]) in out and "answered" in out
    code, out, _ = cli(capsys, db_path, "letters", "threads", "--overdue")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 3 and lines[-1] == "1 overdue thread"
    assert lines[1].startswith(str(threads["overdue"]))


def test_letters_threads_json(threads: dict[str, uuid.UUID], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = dt.date.today()
    found = document(capsys, db_path, "letters", "threads", "--closed")
    assert set(found) == {"threads"}
    by_id = {item["thread_id"]: item for item in found["threads"]}
    assert found["threads"][0]["thread_id"] == str(threads["overdue"])  # overdue first
    assert all(set(item) == THREAD_KEYS for item in found["threads"])
    assert by_id[str(threads["overdue"])] == {
        "thread_id": str(threads["overdue"]),
        "subject": "Запит щодо Коваленка",
        "counterparty": "МКЧХ",
        "state": "awaiting_reply",
        "due_on": (today - dt.timedelta(10)).isoformat(),
        "last_sent_on": (today - dt.timedelta(40)).isoformat(),
        "days_waiting": 40,
        "days_overdue": 10,
        "letters": 1,
    }
    answered = by_id[str(threads["answered"])]
    assert (answered["state"], answered["letters"], answered["days_overdue"]) == ("answered", 2, None)
    draft = by_id[str(threads["draft"])]
    assert (draft["state"], draft["letters"], draft["last_sent_on"], draft["counterparty"]) == (
        "draft",
        0,
        None,
        "МКЧХ, Центральне агентство з розшуку",  # in full: the table cuts it
    )
    assert {t["thread_id"] for t in document(capsys, db_path, "letters", "threads")["threads"]} == {
        str(threads["overdue"]),
        str(threads["draft"]),
    }
    overdue = document(capsys, db_path, "letters", "threads", "--overdue")["threads"]
    assert [t["thread_id"] for t in overdue] == [str(threads["overdue"])]


# -- the contract is documented ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "keys"),
    [
        (("agreements", "list"), AGREEMENT_KEYS | {"agreements", "number", "planned_on", "description"}),
        (("lists", "list"), LIST_KEYS | VERSION_KEYS | {"lists"}),
        (("letters", "threads"), THREAD_KEYS | {"threads"}),
    ],
)
def test_help_names_every_json_key(words: tuple[str, ...], keys: set[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*words, "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert {key for key in keys if f'"{key}"' not in shown} == set()
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    command = f"repatria {' '.join(words)}"
    assert command in readme
    documented = " ".join(readme[readme.index(command) :].split("\nrepatria ")[0].split())
    assert {key for key in keys if f'"{key}"' not in documented} == set()
