"""The ``offices`` commands as scripts and clerks use them: their names, options, exit codes
and JSON (contracts), on real databases; the office card's PDF read back, QR code included."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from models.bundles.cards import read_card
from models.core.db import Database
from tests.helpers.cli import run
from tests.helpers.database import ADMIN

SHOW_KEYS = {"office_id", "code", "name", "key_id", "fingerprint"}  # the contract
DIGITS = re.compile(r"(\d{5} ){11}\d{5}")


@pytest.fixture
def paths(offices: dict[str, Database], cli_env: None) -> dict[str, Path]:
    found = {name: db.path for name, db in offices.items()}
    for db in offices.values():
        db.close()  # the commands open them as a script would
    return found


def cli(capsys: pytest.CaptureFixture[str], db: Path, *words: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "--user", ADMIN, *words)


def shown(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, Any]:
    code, out, err = cli(capsys, db, "offices", "show", "--json")
    assert code == 0, err
    document = json.loads(out)
    assert isinstance(document, dict)
    return document


def test_show_card_trust_list(capsys: pytest.CaptureFixture[str], paths: dict[str, Path], tmp_path: Path) -> None:
    hq, region = paths["hq"], paths["region"]
    ours = shown(capsys, hq)
    assert set(ours) >= SHOW_KEYS and DIGITS.fullmatch(ours["fingerprint"]) and ours["code"] == "HQ"
    card = tmp_path / "hq-card.json"
    assert cli(capsys, hq, "offices", "card", "-o", str(card))[0] == 0
    assert read_card(card.read_bytes())[1].key_id == ours["key_id"]
    # No fingerprint: the card is shown with its digits, and nothing is trusted (exit 1).
    code, _, err = cli(capsys, region, "offices", "trust", str(card))
    assert code == 1 and ours["fingerprint"] not in err and "telephone HQ" in err
    wrong = ours["fingerprint"][:-1] + ("1" if ours["fingerprint"][-1] != "1" else "2")
    code, _, err = cli(capsys, region, "offices", "trust", str(card), "--fingerprint", wrong)
    assert code == 1 and "does not match" in err
    code, out, err = cli(capsys, region, "offices", "trust", str(card), "--fingerprint", ours["fingerprint"], "--json")
    assert code == 0, err
    trusted = json.loads(out)
    assert trusted["office_id"] == ours["office_id"] and trusted["how_trusted"] == "fingerprint"
    code, out, _ = cli(capsys, region, "offices", "list", "--json")
    listed = json.loads(out)
    assert [o["code"] for o in listed] == ["KHARKIV", "HQ"] and listed[0]["local"] and not listed[1]["local"]
    assert all(set(o) >= SHOW_KEYS for o in listed)
    code, out, _ = cli(capsys, region, "offices", "list")
    assert "fingerprint compared" in out and ours["fingerprint"] in out


def test_rotation_revocation_and_countersignature(
    capsys: pytest.CaptureFixture[str], paths: dict[str, Path], tmp_path: Path
) -> None:
    hq, region, lab = paths["hq"], paths["region"], paths["lab"]
    cards = {}
    for name, path in paths.items():
        cards[name] = tmp_path / f"{name}.json"
        assert cli(capsys, path, "offices", "card", "-o", str(cards[name]))[0] == 0
    prints = {name: shown(capsys, path)["fingerprint"] for name, path in paths.items()}
    for office, card in ((region, "hq"), (lab, "hq"), (hq, "region"), (lab, "region")):
        assert cli(capsys, office, "offices", "trust", str(cards[card]), "--fingerprint", prints[card])[0] == 0
    # Headquarters countersign the region's card; the region keeps the countersignature.
    signed = tmp_path / "region-countersigned.json"
    assert cli(capsys, hq, "offices", "countersign", str(cards["region"]), "-o", str(signed))[0] == 0
    code, _, err = cli(capsys, region, "offices", "trust", str(signed))
    assert code == 0, err
    assert shown(capsys, region)["countersigned_by_hq"]
    # The region rotates; the laboratory takes the new card without a call.
    rotated = tmp_path / "region-2.json"
    code, out, _ = cli(capsys, region, "offices", "rotate-key", "-o", str(rotated))
    assert code == 0 and "card version 2" in out
    code, out, err = cli(capsys, lab, "offices", "trust", str(rotated), "--json")
    assert code == 0, err
    assert json.loads(out)["how_trusted"] == "rotation"
    # Headquarters revoke the region's key after its change 7; the laboratory records it.
    statement = tmp_path / "revocation.json"
    code, out, err = cli(capsys, hq, "offices", "revoke", "KHARKIV", "--after-seq", "7", "-o", str(statement))
    assert code == 0, err
    # It names the key headquarters trust (the region's first): the laboratory holds that card too.
    code, out, err = cli(capsys, lab, "offices", "apply-revocation", str(statement))
    assert code == 0, err
    code, _, err = cli(capsys, paths["region"], "offices", "apply-revocation", str(statement))
    assert code == 1 and "our own office's key" in err
    code, _, err = cli(capsys, region, "offices", "revoke", "LAB", "--after-seq", "1")
    assert code == 1 and "only headquarters" in err


def test_bad_files_get_one_clear_line(
    capsys: pytest.CaptureFixture[str], paths: dict[str, Path], tmp_path: Path
) -> None:
    region = paths["region"]
    for content, said in (
        (b"", "not valid JSON"),
        (b'{"payload": "e30=", "payloadType": "text/plain", "signatures": [{"sig": "AA=="}]}', "not an office card"),
        (b"x" * (2 * 1024 * 1024), "too large"),
    ):
        bad = tmp_path / "bad.json"
        bad.write_bytes(content)
        code, _, err = cli(capsys, region, "offices", "trust", str(bad), "--fingerprint", "0" * 60)
        assert code == 1 and said in err and "Traceback" not in err, err
    code, _, err = cli(capsys, region, "offices", "trust", str(tmp_path / "missing.json"))
    assert code == 1 and "No such file" in err
    code, _, err = cli(capsys, region, "offices", "card")
    assert code == 1 and "-o CARD.json" in err


def test_the_printed_card_carries_the_fingerprint_and_the_whole_card_as_a_qr_code(
    capsys: pytest.CaptureFixture[str], paths: dict[str, Path], tmp_path: Path
) -> None:
    region = paths["region"]
    pdf, card = tmp_path / "card.pdf", tmp_path / "card.json"
    assert cli(capsys, region, "offices", "card", "-o", str(card), "--pdf", str(pdf))[0] == 0
    ours = shown(capsys, region)
    text = PdfReader(pdf).pages[0].extract_text()
    for group in ours["fingerprint"].split(" "):
        assert group in text
    assert "Харківський регіональний офіс" in text and ours["key_id"] in text
    document = pypdfium2.PdfDocument(pdf)
    try:
        picture = document[0].render(scale=3).to_pil()  # about 216 dpi, an office scanner's
    finally:
        document.close()
    codes = zxingcpp.read_barcodes(picture, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(codes) == 1, [c.format for c in codes]
    # What a scanner reads is the card itself: it verifies and names the same key.
    _envelope, scanned = read_card(codes[0].text)
    assert scanned == read_card(card.read_bytes())[1] and scanned.fingerprint == ours["fingerprint"]


def test_init_gives_the_office_its_kind_and_keys(
    capsys: pytest.CaptureFixture[str], cli_env: None, tmp_path: Path
) -> None:
    db = tmp_path / "lab.db"
    code, _, err = run(
        capsys,
        "--db",
        str(db),
        "init",
        "--office-code",
        "LAB2",
        "--office-name",
        "Лабораторія",
        "--office-kind",
        "laboratory",
    )
    assert code == 0, err
    code, out, _ = run(capsys, "--db", str(db), "--user", "admin", "offices", "show", "--json")
    office = json.loads(out)
    assert (office["code"], office["kind"], office["card_version"]) == ("LAB2", "laboratory", 1)


def test_an_older_card_is_refused_at_once_without_asking_for_a_call(
    capsys: pytest.CaptureFixture[str], paths: dict[str, Path], tmp_path: Path
) -> None:
    hq, region = paths["hq"], paths["region"]
    first = tmp_path / "hq-1.json"
    assert cli(capsys, hq, "offices", "card", "-o", str(first))[0] == 0
    digits = shown(capsys, hq)["fingerprint"]
    assert cli(capsys, region, "offices", "trust", str(first), "--fingerprint", digits)[0] == 0
    second = tmp_path / "hq-2.json"
    assert cli(capsys, hq, "offices", "rotate-key", "-o", str(second))[0] == 0
    assert cli(capsys, region, "offices", "trust", str(second))[0] == 0  # a rotation: no call
    # The old card again (a stale e-mail, or an attacker holding the old key): no phone call asked.
    code, _, err = cli(capsys, region, "offices", "trust", str(first))
    assert code == 1 and "rollback" in err and "telephone" not in err
