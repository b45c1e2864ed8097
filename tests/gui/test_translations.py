"""Ukrainian ships complete: every string the views translate has a Ukrainian translation."""

import ast
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

import views
from desktop.app import TRANSLATIONS
from desktop.facades.persons import RegistryFacade
from models.correspondence import dto as letter_templates
from resources.translations.make_ts import PLURALS, UK, render
from views.common import labels
from views.correspondence import dialogs as letter_dialogs
from views.correspondence import page as correspondence_page
from views.lists import dialogs as list_dialogs
from views.lists import entry as list_entry
from views.lists import model as list_model
from views.lists import reading as list_reading
from views.office import settings_dialog, users_dialog
from views.persons import editor as person_editor
from views.persons import model as persons_model
from views.persons.records import tabs as person_records
from views.remains import ante_mortem as ante_mortem_tab
from views.remains import board as board_queue
from views.remains import case_editor, evidence
from views.remains import model as remains_model
from views.remains import page as remains_page
from views.remains.case_tabs import fields as case_fields

VIEWS = Path(views.__file__).parent


def translated_strings() -> set[tuple[str, str]]:
    """(class, text) of every ``self.tr("...")`` in the views, read from their source."""
    found: set[tuple[str, str]] = set()
    for path in VIEWS.rglob("*.py"):
        for cls in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(cls, ast.ClassDef):
                continue
            for node in ast.walk(cls):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr"
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "self"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    found.add((cls.name, node.args[0].value))
    found |= {("PersonTableModel", label) for _, label in persons_model.COLUMNS}
    # Strings the views translate through a variable: the editor's fields and tabs, record tab titles.
    found |= {
        ("PersonEditor", text)
        for text in [
            *person_editor.FIELD_LABELS.values(),
            *person_editor.TAB_TITLES,
            person_editor.DATE_HINT,
        ]
    }
    found |= {("PersonRecords", title) for title, _ in person_records.RECORD_TABS}
    found |= {("ListEntriesModel", title) for title in list_model.COLUMNS}
    found |= {("ListsPage", title) for title in list_model.FILTERS}
    found |= {("ListEntriesModel", text) for text in list_model.ALERT_TEXT.values()}
    found |= {
        ("EntryDialog", text)
        for text in (
            *list_model.ALERT_TEXT.values(),
            *list_entry.VERDICT_TEXT.values(),
        )
    }
    found |= {("ImportListDialog", title) for title in list_dialogs.FIELD_LABELS.values()}
    found |= {
        (context, role) for context in ("UsersDialog", "PasswordDialog") for role in users_dialog.ROLE_TEXT.values()
    }
    found |= {
        ("SkippedRowsModel", text) for text in (*list_reading.SKIPPED_COLUMNS, *list_reading.REASON_TEXT.values())
    }
    found |= {
        ("CorrespondencePage", title)
        for title in (*correspondence_page.VIEWS, *correspondence_page.STATE_TEXT.values())
    }
    found |= {
        ("LetterDialog", title)
        for title in (*letter_dialogs.CHANNEL_TEXT.values(), *letter_templates.TEMPLATES.values())
    }
    found |= {("CaseEditor", text) for text in (*case_fields.FIELD_LABELS.values(), *case_editor.TAB_TITLES)}
    found |= {("AnteMortemTab", label) for _, label, _ in ante_mortem_tab.FIELDS}
    found |= {("CasesModel", text) for text in (*remains_model.COLUMNS, *remains_model.STAGE_TEXT.values())}
    found |= {("RemainsPage", text) for text in (*remains_page.BATCH_COLUMNS, *(t for _, t in remains_page.IMPORTS))}
    found |= {("BoardQueue", text) for text, _ in board_queue.SHOW}
    found |= {("Evidence", text) for text in evidence.EVIDENCE_TEXT.values()}
    found |= {("SettingsDialog", text) for text in settings_dialog.LABELS.values()}
    for table in (*labels.ENUM_TEXT.values(), labels.ENTITY_TEXT, labels.OP_TEXT, labels.FIELD_TEXT, labels.YES_NO):
        found |= {("Labels", text) for text in table.values()}
    return found


def _translator() -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "repatria_uk.qm"))
    return translator


def test_every_translated_string_of_the_views_has_ukrainian(qtbot: QtBot) -> None:
    missing = {
        (context, text)
        for context, text in translated_strings()
        if text not in UK.get(context, {}) and (context, text) not in PLURALS
    }
    assert missing == set()


def test_counts_take_the_plural_form_of_each_language(qtbot: QtBot) -> None:
    """ "1 page", "2 pages"; "1 сторінка", "3 сторінки", "5 сторінок", "21 сторінка" (Qt's %n)."""
    for language, expected in (
        ("uk", {1: "1 сторінка", 3: "3 сторінки", 5: "5 сторінок", 11: "11 сторінок", 21: "21 сторінка"}),
        ("en", {1: "1 page", 3: "3 pages", 5: "5 pages", 11: "11 pages", 21: "21 pages"}),
    ):
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"repatria_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            for n, text in expected.items():
                assert QCoreApplication.translate("ReportPreview", "%n pages", "", n) == text
        finally:
            QCoreApplication.removeTranslator(translator)
    assert all("%n" in source for _context, source in PLURALS)


def test_the_compiled_translation_is_up_to_date(qtbot: QtBot) -> None:
    assert (TRANSLATIONS / "repatria_uk.ts").read_text(encoding="utf-8") == render()
    assert (TRANSLATIONS / "repatria_en.ts").read_text(encoding="utf-8") == render("en")
    translator = _translator()
    for context, messages in UK.items():
        for source, translation in messages.items():
            assert translator.translate(context, source) == translation, (context, source)


def test_the_table_speaks_ukrainian(qtbot: QtBot, registry: RegistryFacade) -> None:
    translator = _translator()
    QCoreApplication.installTranslator(translator)
    try:
        model = persons_model.PersonTableModel(registry)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Прізвище"
        assert model.index(0, 4).data() == "зниклі безвісти"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_qts_own_words_speak_ukrainian_too(qtbot: QtBot) -> None:
    """Standard buttons (Cancel, Yes, No) come from Qt's own translations, installed with ours."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from desktop.app import install_translation

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_translation(app, "uk")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Скасувати"
    finally:
        install_translation(app, "en")
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en"))


def test_the_history_speaks_the_interface_language(qtbot: QtBot) -> None:
    """Field names and codes of the change log are shown as words, not `is_civilian False`."""
    translator = _translator()
    QCoreApplication.installTranslator(translator)
    try:
        assert (
            labels.field_label("is_civilian") == "Цивільна особа" or labels.field_label("is_civilian") != "is_civilian"
        )
        assert labels.value_label("is_civilian", False) == "ні"
        assert labels.value_label("sex", "male") != "male"
        assert labels.value_label("kind", "captured", "status_event") != "captured"
        assert labels.field_label("date_of_birth") == "Дата народження"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert labels.value_label("status", "missing") == "missing" and labels.value_label("notes", None) == ""
