"""The `repatria` command, in-process (same code path as the console script)."""

import csv
import io
import json
from pathlib import Path

import pytest

from tests.helpers.cli import run
from tests.helpers.database import ADMIN
from tests.helpers.persons import make_csv, person

pytestmark = pytest.mark.usefixtures("cli_env")  # the password from the environment, no defaults


def test_init_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "new.db")
    code, out, _ = run(capsys, "--db", db, "--user", "chief", "init", "--office-code", "LVIV")
    assert code == 0 and "admin user: chief" in out
    code, out, _ = run(capsys, "--db", db, "--user", "chief", "info", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["counts"]["person"] == 0 and report["counts"]["office"] == 1
    assert report["change_log_head"]["seq"] == 2  # the office and its first user


def test_init_takes_the_user_from_the_environment_as_every_command_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a new-user trial: `REPATRIA_USER=chief repatria init` made "admin", and every later
    # command (which reads REPATRIA_USER) then found no such user
    monkeypatch.setenv("REPATRIA_USER", "chief")
    db = str(tmp_path / "new.db")
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0 and "admin user: chief" in out
    code, out, _ = run(capsys, "--db", db, "info")
    assert code == 0 and "logged in as chief" in out


def test_ctrl_c_says_interrupted_and_exits_130(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.facades.remains import RemainsFacade

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(RemainsFacade, "rank", interrupted)
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "remains", "candidates", "--all")
    assert code == 130 and err.strip() == "repatria: interrupted"


def test_wrong_password_exits_non_zero(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPATRIA_PASSWORD", "guess")
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "info")
    assert code != 0 and "wrong password" in err


def test_damaged_database_is_reported(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_bytes(b"\x00" * 8192)
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "info")
    assert code == 1 and "damaged" in err


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "is empty: not a Repatria database"),
        (b"SQLite format 3\x00" + b"\x00" * 4080, "plain SQLite file"),
    ],
)
def test_an_empty_or_foreign_file_is_refused_and_never_written(
    db_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, said: str
) -> None:
    """Found by the hostile-input trial: a 0-byte file at the database's path was written
    into (a new empty schema appeared) and the message was "the user 'admin' is disabled"."""
    db_path.write_bytes(content)
    for command in (("info",), ("audit", "verify"), ("persons", "search", "x")):
        code, _out, err = run(capsys, "--db", str(db_path), "--user", ADMIN, *command)
        assert code == 1 and said in err and "Traceback" not in err, (command, err)
    assert db_path.read_bytes() == content
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_import_export_and_audit(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(make_csv(person(1), person(2), person(3, date_of_birth="01.02.1990")))
    rejects = tmp_path / "rejects.csv"
    code, out, _ = run(
        capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source), "--skip-invalid", str(rejects)
    )
    assert code == 0 and out.strip() == "created 2, updated 0, unchanged 0, rejected 1"
    rejected = list(csv.reader(io.StringIO(rejects.read_text(encoding="utf-8"))))
    assert rejected[1][0] == "6" and "date_of_birth" in rejected[1][1]

    exported = tmp_path / "out.csv"
    code, out, _ = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "export", str(exported))
    assert code == 0 and "exported 2 persons" in out
    rows = list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8"))))
    assert [r["external_id"] for r in rows] == ["EXT-1", "EXT-2"]
    assert rows[0]["next_of_kin"] == "Коваленко Марія (мати)"

    code, out, _ = run(capsys, "--db", str(db_path), "--user", ADMIN, "audit", "verify")
    assert code == 0 and out.startswith("ok:")


def test_all_or_nothing_import_lists_problems(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.csv"
    source.write_bytes(make_csv(person(1), person(2, sex="x")))
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source))
    assert code == 1
    assert "nothing was imported" in err and "line 4, sex: 'x' is not one of" in err


def test_demo_creates_a_database_and_prints_its_login(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REPATRIA_PASSWORD")
    db = str(tmp_path / "demo.db")
    code, out, _ = run(capsys, "--db", db, "demo", "--persons", "300", "--seed", "7")
    assert code == 0
    assert "user: demo" in out and "password: demo-repatria" in out
    code, out, _ = run(capsys, "--db", db, "info", "--json")  # the demo login is found by itself
    counts = json.loads(out)["counts"]
    assert counts["person"] == 300
    assert all(counts[name] > 0 for name in ("agreement", "list_entry", "remains_case", "letter", "exchange"))
    code, out, _ = run(capsys, "--db", db, "audit", "verify")
    assert code == 0
    # signed from the start (hostile trial a01: the newest events of a demo could be cut unseen)
    assert "head: ok" in out and (tmp_path / "demo.db.head").is_file()
    code, _, err = run(capsys, "--db", db, "demo", "--persons", "10")
    assert code == 0 and "left as it is" in err


def test_users_and_passwords(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("REPATRIA_NEW_PASSWORD", "olena's own")
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "--user",
        ADMIN,
        "users",
        "add",
        "olena",
        "--role",
        "clerk",
        "--full-name",
        "Олена Петренко",
    )
    assert code == 0 and "added olena (clerk)" in out
    code, out, _ = run(capsys, "--db", str(db_path), "--user", ADMIN, "users", "list")
    assert "olena" in out and "clerk" in out and "Олена Петренко" in out
    monkeypatch.setenv("REPATRIA_PASSWORD", "olena's own")
    monkeypatch.setenv("REPATRIA_NEW_PASSWORD", "changed")
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "olena", "passwd")
    assert code == 0
    monkeypatch.setenv("REPATRIA_PASSWORD", "changed")
    code, out, err = run(capsys, "--db", str(db_path), "--user", "olena", "users", "add", "x", "--role", "admin")
    assert code == 1 and "may not do this" in err  # a clerk cannot add users
    code, out, _ = run(capsys, "--db", str(db_path), "--user", "olena", "info", "--json")
    assert json.loads(out)["role"] == "clerk"


def test_persons_search_json_contract(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.csv"
    others = [person(n, given_names="Олег", date_of_birth=f"19{70 + n}-01-01") for n in range(2, 5)]
    source.write_bytes(make_csv(person(1), *others))
    assert run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(source))[0] == 0

    def search(*words: str) -> dict[str, object]:
        code, out, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "search", *words, "--json")
        assert code == 0, err
        return json.loads(out)  # type: ignore[no-any-return]

    found = search("Kovalenko Oleg", "--limit", "2")
    assert set(found) == {"query", "total", "left_out", "results"}
    assert found["query"] == "Kovalenko Oleg" and found["total"] == 3 and found["left_out"] == []
    results = found["results"]
    assert isinstance(results, list) and len(results) == 2  # --limit shows fewer, total counts all
    assert set(results[0]) == {"external_id", "surname", "given_names", "patronymic", "date_of_birth", "score"}
    assert results[0]["surname"] == "Коваленко" and results[0]["given_names"] == "Олег"
    # a word nobody has: those with all the others, and the word they lack
    partial = search("Коваленко Сергій Зиновійович")
    assert partial["total"] == 1 and partial["left_out"] == ["Зиновійович"]


def test_a_missing_file_is_named_without_pythons_errno(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.csv"
    code, _, err = run(capsys, "--db", str(db_path), "--user", ADMIN, "persons", "import", str(missing))
    assert code == 1 and err.strip() == f"repatria: {missing}: No such file or directory"


def test_one_person_shown_changed_given_a_relative_and_merged_from_the_command_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None
) -> None:
    # found by a new user's trial: a script could import and search persons but not change one
    # field, add a relative or merge two records
    source = tmp_path / "in.csv"
    source.write_bytes(make_csv(person(1), person(2, given_names="Сергей", rank="сержант", unit="")))
    base = ("--db", str(db_path), "--user", ADMIN, "persons")
    assert run(capsys, *base, "import", str(source))[0] == 0

    def shown(number: str) -> dict[str, object]:
        code, out, err = run(capsys, *base, "show", number, "--json")
        assert code == 0, err
        return json.loads(out)  # type: ignore[no-any-return]

    first = shown("EXT-1")
    assert (first["surname"], first["date_of_birth"], first["sex"], first["health"]) == (
        "Коваленко", "1999-04-01", "male", "seriously_wounded",
    )  # fmt: skip
    assert {"id", "version", "next_of_kin"} <= set(first) and first["next_of_kin"][0][
        "name"
    ] == "Коваленко Марія (мати)"  # type: ignore[index]
    code, out, _err = run(capsys, *base, "set", "EXT-1", "unit=в/ч А0001", "date_of_birth=1999-04", "health=")
    assert code == 0 and out.strip() == "EXT-1: changed unit, date_of_birth, health"
    changed = shown("EXT-1")
    assert (changed["unit"], changed["date_of_birth"], changed["health"]) == ("в/ч А0001", "1999-04", None)
    # every wrong pair named at once, nothing changed
    code, _out, err = run(capsys, *base, "set", "EXT-1", "date_of_birth=1999-13", "status=", "shoe_size=44")
    assert code != 0 and "shoe_size" in err
    code, _out, err = run(capsys, *base, "set", "EXT-1", "date_of_birth=1999-13", "status=")
    assert code != 0 and "date_of_birth" in err and "status: is required" in err
    assert shown("EXT-1")["version"] == changed["version"]
    code, out, err = run(capsys, *base, "add-relative", "EXT-1", "--name", "Коваленко Ольга", "--relationship",
                         "дружина", "--phone", "+380501234567", "--to-inform")  # fmt: skip
    assert code == 0, err
    assert [k["name"] for k in shown("EXT-1")["next_of_kin"]] == ["Коваленко Марія (мати)", "Коваленко Ольга"]  # type: ignore[union-attr]
    code, _out, err = run(capsys, *base, "merge", "EXT-1", "EXT-1")
    assert code != 0 and "cannot be merged with itself" in err and "other_id" not in err
    code, out, err = run(capsys, *base, "merge", "EXT-1", "EXT-2", "--take", "rank")
    assert code == 0, err
    assert out.strip() == "EXT-1 and EXT-2 merged into one record: EXT-1"
    merged = shown("EXT-1")
    assert (merged["rank"], merged["unit"], merged["given_names"]) == ("сержант", "в/ч А0001", "Сергій")
    assert len(merged["next_of_kin"]) == 3  # type: ignore[arg-type]
    code, out, err = run(capsys, *base, "show", "EXT-2")  # the number on an old letter
    assert code == 0 and "EXT-2 was merged into EXT-1: this is EXT-1" in err and "external_id: EXT-1" in out
    code, _out, err = run(capsys, *base, "show", "EXT-404")
    assert code != 0 and "no person with the registry number 'EXT-404'" in err


def test_recovery_from_the_command_line(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], cli_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = tmp_path / "hq.key"
    code, out, err = run(capsys, "recovery", "keygen", str(key))
    assert code == 0, err
    recipient = out.split("`repatria recovery set`: ")[1].strip()
    assert run(capsys, "recovery", "keygen", str(key))[0] != 0  # never written over
    base = ("--db", str(db_path), "--user", ADMIN)
    assert "no recovery slot" in run(capsys, *base, "recovery", "show")[1]
    assert run(capsys, *base, "recovery", "set", recipient)[0] == 0
    assert recipient in run(capsys, *base, "recovery", "show")[1]
    monkeypatch.delenv("REPATRIA_PASSWORD")
    monkeypatch.setenv("REPATRIA_NEW_PASSWORD", "chosen after the admin left")
    code, out, err = run(capsys, "--db", str(db_path), "recover", "--identity", str(key), "--user", ADMIN)
    assert code == 0 and "new password set for admin" in out, err
    monkeypatch.setenv("REPATRIA_PASSWORD", "chosen after the admin left")
    assert run(capsys, *base, "info")[0] == 0
