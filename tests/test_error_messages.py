"""Errors of the model layer carry a message id (an English template marked for lupdate) and its
fields, while ``str(error)`` stays the English sentence the CLI prints and scripts read."""

from __future__ import annotations

import ast
import uuid
from pathlib import Path

import pytest

from models.core.dates import parse_list_date
from models.core.db import Database
from models.core.errors import FieldError, NotFoundError, ParseError, RepatriaError, ValidationError
from models.core.partial_date import PartialDate
from models.office import settings
from models.persons import service as persons
from models.persons.csv_file import parse_persons_csv
from models.persons.dto import PersonInput
from models.remains.dental import parse_dental
from models.remains.dna import read_ratio

ROOT = Path(__file__).resolve().parent.parent


def test_not_found_keeps_its_sentence(db: Database) -> None:
    person_id = uuid.UUID(int=7)
    with db.read() as session, pytest.raises(NotFoundError) as exc:
        persons.get_person(session, person_id)
    assert str(exc.value) == f"no person with id {person_id}"
    assert exc.value.message_id == "no person with id {person_id}"
    assert exc.value.message_args == {"person_id": person_id}


def test_field_errors_keep_their_sentences() -> None:
    errors = persons.validate_person(
        PersonInput(
            external_id="P-1",
            surname="Коваленко",
            given_names="Сергій",
            date_of_birth=PartialDate(1990),
            capture_date=PartialDate(1985),
        )
    )
    (error,) = [e for e in errors if e.field == "capture_date"]
    assert error.reason == "{capture} is before the date of birth {dob}"
    assert error.reason_text == "1985 is before the date of birth 1990"
    assert str(error) == "capture_date: 1985 is before the date of birth 1990"
    assert str(ValidationError(error)) == "capture_date: 1985 is before the date of birth 1990"


def test_a_wrong_date_keeps_its_sentence() -> None:
    with pytest.raises(ParseError) as exc:
        parse_list_date("31.13.1990")
    assert str(exc.value) == "'31.13.1990' is not a date: neither 31 nor 13 can be the month"
    with pytest.raises(ValueError, match="has no day 31"):  # a ParseError is a ValueError
        PartialDate(1990, 2, 31)
    with pytest.raises(ParseError) as exc:
        PartialDate(1990, 2, 31)
    assert str(exc.value) == "1990-02 has no day 31"
    assert exc.value.message_args == {"year": 1990, "month": 2, "day": 31}


def test_parser_problems_become_field_errors_with_their_fields() -> None:
    with pytest.raises(ParseError) as exc:
        read_ratio("abc")
    error = FieldError.of_error("likelihood_ratio", exc.value, 4)
    assert str(error) == "line 4, likelihood_ratio: 'abc' is not a number"
    assert error.reason == "{text!r} is not a number"
    with pytest.raises(ParseError) as exc:
        parse_dental("16:filled 19:missing")
    assert str(exc.value) == "19 is not an FDI tooth number (11-18, 21-28, 31-38, 41-48)"
    plain = FieldError.of_error("x", ValueError("as it is"))
    assert (plain.reason, plain.reason_text, plain.args) == ("as it is", "as it is", ())


def test_a_setting_that_is_not_a_number(db: Database) -> None:
    with db.write() as session, pytest.raises(ValidationError) as exc:
        settings.set_setting(session, "reply_due_days", "many")
    assert str(exc.value) == "reply_due_days: 'many' is not an integer"
    with db.write() as session, pytest.raises(ValidationError) as exc:
        settings.set_setting(session, "no_such_key", "1")
    assert str(exc.value).startswith("key: 'no_such_key' is not a setting (")


def test_the_csv_import_reports_in_the_same_words() -> None:
    parsed = parse_persons_csv(b"external_id,surname,bogus\nP-1,X,1\n")
    messages = [str(e) for e in parsed.file_errors]
    assert "line 1, header: unknown column 'bogus'" in messages
    assert "line 1, header: the column 'given_names' is missing" in messages


# The scan: every user-visible message in models/ and desktop/ is a QT_TRANSLATE_NOOP("Errors", ...)
# template, never an f-string or a bare literal (lupdate could not find it, the views not translate it).

# (file, line's message start) of messages only developers read, each with why.
ALLOWED = {
    # a thousand offices giving one number: not a real case, a programming error if ever seen
    ("models/bundles/apply.py", "no free number after "),
    # an invariant of the session: every write names its author; a programming error, never a user's
    ("models/core/changelog.py", "this session has no actor"),
    # a value type the change log cannot serialise: a programming error
    ("models/core/changelog.py", "cannot log a value of type"),
    # a bulk write given a column its entity has not, or an entity mapped unlike the others:
    # programming errors of the code that calls the writer
    ("models/core/bulk.py", "not columns of "),
    ("models/core/bulk.py", ". is stored as "),
    ("models/core/bulk.py", " is deleted in this batch"),
    # a naive datetime handed to the ORM: a programming error
    ("models/core/entities/base.py", "naive datetime"),
    # inner parse errors of the key file; the user sees them as the detail of DatabaseDamaged
    ("models/core/keyslots.py", "unknown format"),
    ("models/core/keyslots.py", "slot "),
    ("models/core/keyslots.py", "unknown key derivation"),
    ("models/core/keyslots.py", "the recovery slot is incomplete"),
    ("models/core/keyslots.py", "it belongs to another database"),
    ("models/core/keyslots.py", "a key of the wrong length"),
    # a programming error: a caller of models.core.db.building left its database open
    ("models/core/db.py", " is still open: close the database before it is moved"),
    ("models/core/keyslots.py", "the key derivation's "),
    ("models/core/keyslots.py", "its check does not match"),
    ("models/core/keyslots.py", "a salt, nonce or wrapped key of the wrong length"),
    # an argument of a developer API (the CLI and the views offer only csv and xlsx)
    ("models/core/spreadsheet.py", " is not csv or xlsx"),
    # strict JSON's inner reasons; the user sees them as the detail of "not valid JSON"
    ("models/bundles/dsse.py", "the key "),
    ("models/bundles/dsse.py", " is not JSON"),
    # a bundle event's or manifest's inner reasons, shown as the detail of a translated refusal
    ("models/bundles/service.py", "not an object"),
    ("models/bundles/service.py", "a time without its zone"),
    ("models/bundles/service.py", "changes are not an object"),
    ("models/bundles/service.py", "bad sequence number"),
    ("models/bundles/service.py", "context is not an object of offices"),
    ("models/bundles/service.py", "context names an office id not in its standard form"),
    ("models/bundles/service.py", "context holds a bad sequence number"),
    ("models/bundles/service.py", "addressed to another office"),
    ("models/bundles/service.py", "bad channel number"),
    # a checkpoint's inner reasons: caught and reported as "not one this office signed"
    ("models/bundles/checkpoint.py", "not an object"),
    ("models/bundles/checkpoint.py", "a bad sequence number"),
    # a manifest's epochs (models.core.chains.register), the detail of "the manifest is incomplete"
    ("models/core/chains.py", "a bad number"),
    ("models/core/chains.py", "epochs is not a list"),
    ("models/core/chains.py", "an epoch"),
    ("models/core/chains.py", "chain "),
    ("models/core/chains.py", "a later epoch keyed by its office's own id"),
    ("models/bundles/dsse.py", "nested too deeply"),
    ("models/bundles/files.py", "no time zone"),
    ("models/bundles/profiles.py", "not a record"),
    ("models/bundles/profiles.py", "the version vector is not a map of offices to change numbers"),
    ("models/bundles/profiles.py", " is not a kind of record"),
    ("models/bundles/profiles.py", "record : "),
    ("models/bundles/profiles.py", "conflicts is not a list"),
    ("models/bundles/profiles.py", "a conflict "),
    ("models/bundles/service.py", "bad epoch"),
    # what a field takes, the detail of a translated "is not a value of" (resolving a conflict)
    ("models/bundles/conflicts.py", "one of "),
    ("models/bundles/conflicts.py", "at most "),
    ("models/bundles/conflicts.py", "required"),
    ("models/bundles/conflicts.py", "true or false"),
}

_MESSAGE_AT = {"FieldError": 1, "FieldError.of": 1, "ValidationError.single": 1, "refuse": 0}


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = _name(node.value)
        return f"{base}.{node.attr}" if base else node.attr
    return None


def _message_index(call: ast.Call, raised: bool) -> int | None:
    name = _name(call.func)
    if name is None:
        return None
    if name in _MESSAGE_AT:
        return _MESSAGE_AT[name]
    last = name.rsplit(".", 1)[-1]
    if raised and last.endswith(("Error", "Denied", "Damaged", "Missing")):
        return 0
    return None


def _text_of(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    assert isinstance(node, ast.JoinedStr)
    return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))


def _unmarked_messages() -> list[str]:
    found = []
    for path in sorted([*ROOT.joinpath("models").rglob("*.py"), *ROOT.joinpath("desktop").rglob("*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        if relative.startswith("models/migrations/"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        raised = {id(n.exc) for n in ast.walk(tree) if isinstance(n, ast.Raise) and n.exc is not None}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            index = _message_index(call, id(call) in raised)
            if index is None or len(call.args) <= index:
                continue
            message = call.args[index]
            is_string = isinstance(message, ast.JoinedStr) or (
                isinstance(message, ast.Constant) and isinstance(message.value, str)
            )
            if not is_string:
                continue
            text = _text_of(message)
            if any(relative == where and text.startswith(start) for where, start in ALLOWED):
                continue
            found.append(f"{relative}:{call.lineno}: {text[:60]!r}")
    return found


def test_every_message_is_a_marked_template() -> None:
    assert _unmarked_messages() == []


def test_marked_templates_are_literals_of_context_errors() -> None:
    """lupdate reads QT_TRANSLATE_NOOP by name: the text must be a literal, the context "Errors"."""
    bad = []
    for path in [*ROOT.joinpath("models").rglob("*.py"), *ROOT.joinpath("desktop").rglob("*.py")]:
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(call, ast.Call) and _name(call.func) == "QT_TRANSLATE_NOOP":
                context, text = call.args
                if not (isinstance(context, ast.Constant) and isinstance(text, ast.Constant)):
                    bad.append(f"{path}:{call.lineno}")
    assert bad == []


def test_an_error_without_fields_keeps_its_braces() -> None:
    assert str(RepatriaError("use {braces} as they are")) == "use {braces} as they are"
    assert str(RepatriaError("{n} and {{literal}}", n=1)) == "1 and {literal}"
