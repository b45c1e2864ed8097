"""The change log speaks in words for every record it records: each change-logged table has a
name, each logged column a label, each code a word, in English and in Ukrainian (the History
tab, the change-log viewer and the dashboard name them through views.common.labels)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from enum import StrEnum

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot
from sqlalchemy import Enum, inspect

from desktop.app import TRANSLATIONS
from models.core.changelog import UNLOGGED_FIELDS
from models.core.entities import Tracked
from models.core.enums import Annex1Category, ExchangeDirection, SampleStatus
from views.common import labels

# Field names shown as they are, each with its reason. None so far: every logged column has a
# label of its own; a raw name may stand here only where it already reads as a word.
RAW_NAMES_OK: dict[tuple[str, str], str] = {}
# Codes shown as they are, each with its reason.
CODES_AS_THEY_ARE: dict[type[StrEnum], str] = {
    Annex1Category: "the Convention's own codes (GC III Annex I: A1a, B2 ...), the same in every language",
}
# Roman numerals are no English words ("Категорія за Додатком I": Annex I of the Convention)
ROMAN_NUMERAL = re.compile(r"\b[IVX]+\b")
LATIN = re.compile(r"[A-Za-z]")


def _tracked(cls: type = Tracked) -> Iterator[type]:
    for sub in cls.__subclasses__():
        if "__table__" in sub.__dict__:
            yield sub
        yield from _tracked(sub)


def tables() -> list[str]:
    return sorted({entity.__tablename__ for entity in _tracked()})  # type: ignore[attr-defined]


def logged_columns() -> list[tuple[str, str, type[StrEnum] | None]]:
    """(table, column, the enum of its codes or None) of every column the change log records."""
    found = []
    for entity in _tracked():
        for attr in inspect(entity).column_attrs:
            if attr.key in UNLOGGED_FIELDS:
                continue
            column_type = attr.columns[0].type
            enum = column_type.enum_class if isinstance(column_type, Enum) else None
            found.append((entity.__tablename__, attr.key, enum))  # type: ignore[attr-defined]
    return sorted(found, key=lambda row: (row[0], row[1]))


def enum_columns() -> list[tuple[str, str, type[StrEnum]]]:
    return [(table, field, enum) for table, field, enum in logged_columns() if enum is not None]


def _latin(text: str) -> bool:
    return bool(LATIN.search(ROMAN_NUMERAL.sub("", text)))


def test_the_model_has_what_this_test_walks() -> None:
    assert {"person", "remains_case", "letter", "board_signature", "dental_finding"} <= set(tables())
    assert ("exchange_participant", "direction", ExchangeDirection) in enum_columns()
    assert ("dna_sample", "status", SampleStatus) in enum_columns()


def test_every_change_logged_table_has_a_name() -> None:
    assert [table for table in tables() if table not in labels.ENTITY_TEXT] == []


def test_every_logged_column_has_a_label() -> None:
    raw = [
        (table, field)
        for table, field, _ in logged_columns()
        if labels.field_label(field, table) == field and (table, field) not in RAW_NAMES_OK
    ]
    assert raw == []


def test_every_code_of_a_logged_column_is_named() -> None:
    """The column's own codes (``status`` is a person's status on a person, a DNA sample's on a
    sample), each as the table of its enum says."""
    for table, field, enum in enum_columns():
        if enum in CODES_AS_THEY_ARE:
            assert all(labels.value_label(field, code.value, table) == code.value for code in enum)
            continue
        assert labels.field_enum(field, table) is enum, (table, field)
        texts = labels.ENUM_TEXT.get(enum, {})
        assert set(texts) == set(enum), enum
        for code in enum:
            text = labels.value_label(field, code.value, table)
            assert text == texts[code] and "_" not in text, (table, field, code)


def test_lists_and_records_read_as_words() -> None:
    assert labels.value_label("flags", ["on both sides' lists", "returned"], "list_entry") == (
        "on both sides' lists, returned"
    )
    assert labels.value_label("form", ("original", "russian"), "person_name") == "original, Russian form"
    assert labels.value_label("column_mapping", {"surname": "B", "skipped": [3, 4]}) == "surname: B; skipped: 3, 4"
    assert labels.value_label("flags", []) == ""
    assert labels.value_label("direction", "to_us", "exchange_participant") == "coming home"
    assert labels.value_label("status", "profiled", "dna_sample") == "profiled"
    assert labels.value_label("entity", "board_signature", "thread_link") == "board signature"
    assert labels.value_label("status", "missing") == "missing"  # a person's, as before


@pytest.fixture
def ukrainian(qtbot: QtBot) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_uk.qm"))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_all_of_it_speaks_ukrainian(ukrainian: QTranslator) -> None:
    english = [
        *((table, text) for table in tables() if _latin(text := labels.entity_label(table))),
        *(
            (f"{table}.{field}", text)
            for table, field, _ in logged_columns()
            if _latin(text := labels.field_label(field, table))
        ),
        *(
            (f"{table}.{field}={code.value}", text)
            for table, field, enum in enum_columns()
            if enum not in CODES_AS_THEY_ARE
            for code in enum
            if _latin(text := labels.value_label(field, code.value, table))
        ),
    ]
    assert english == []
    assert labels.value_label("direction", "to_us", "exchange_participant") != "coming home"
