"""Ukrainian ships complete: every string the views translate has a Ukrainian translation."""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from desktop.app import TRANSLATIONS
from resources.translations.make_ts import UK, render
from views import persons_model

VIEWS = Path(persons_model.__file__).parent
TR_CALL = re.compile(r'self\.tr\(\s*"((?:[^"\\]|\\.)*)"')


def _translator() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_uk.qm"))
    return translator


def test_every_translated_string_of_the_views_has_ukrainian(qtbot: QtBot) -> None:
    known = {source for messages in UK.values() for source in messages}
    used = {m for path in VIEWS.glob("*.py") for m in TR_CALL.findall(path.read_text(encoding="utf-8"))}
    used |= {label for _, label in persons_model.COLUMNS} | set(persons_model.STATUS_LABELS.values())
    assert used - known == set()


def test_the_compiled_translation_is_up_to_date(qtbot: QtBot) -> None:
    assert (TRANSLATIONS / "repatria_uk.ts").read_text(encoding="utf-8") == render()
    translator = _translator()
    for context, messages in UK.items():
        for source, translation in messages.items():
            assert translator.translate(context, source) == translation, (context, source)


def test_the_table_speaks_ukrainian(qtbot: QtBot, registry) -> None:  # type: ignore[no-untyped-def]
    translator = _translator()
    QCoreApplication.installTranslator(translator)
    try:
        model = persons_model.PersonTableModel(registry)
        from PySide6.QtCore import Qt

        assert model.headerData(0, Qt.Orientation.Horizontal) == "Прізвище"
        assert model.index(0, 4).data() == "зниклі безвісти"
    finally:
        QCoreApplication.removeTranslator(translator)
