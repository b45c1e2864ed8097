"""Ukrainian ships complete, the Qt way: lupdate reads every string the app translates, and
finds none without a Ukrainian translation; the compiled .qm is the .ts as it stands."""

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from pytestqt.qtbot import QtBot

from desktop.app import TRANSLATIONS
from desktop.facades.persons import RegistryFacade
from models.core.report_kinds import REPORTS
from models.correspondence import dto as letter_templates
from resources.translations import lupdate
from views.common import labels
from views.common import remains_fields as case_fields
from views.correspondence import page as correspondence_page
from views.lists import dialogs as list_dialogs
from views.lists import entry as list_entry
from views.lists import model as list_model
from views.lists import reading as list_reading
from views.office import settings_dialog, users_dialog
from views.persons import fields as person_editor
from views.persons import model as persons_model
from views.persons.records import tabs as person_records
from views.remains import ante_mortem as ante_mortem_tab
from views.remains import board as board_queue
from views.remains import case_editor, evidence
from views.remains import model as remains_model
from views.remains import page as remains_page


def through_a_variable() -> set[tuple[str, str]]:
    """(context, text) of the tables the views translate through a variable. Each must carry
    QT_TRANSLATE_NOOP for lupdate to see it; the test below catches an entry that does not."""
    found = {("PersonTableModel", label) for _, label in persons_model.COLUMNS}
    found |= {
        ("PersonEditor", text)
        for text in [
            *person_editor.FIELD_LABELS.values(),
            *person_editor.TAB_TITLES,
            *(title for _, title in person_editor.GROUPS),
        ]
    }
    found |= {("PersonRecords", title) for title, _tab, _group in person_records.RECORD_TABS}
    found |= {("ListEntriesModel", text) for text in (*list_model.COLUMNS, *list_model.ALERT_TEXT.values())}
    found |= {("ListsPage", title) for title in list_model.FILTERS}
    found |= {("EntryDialog", text) for text in list_entry.VERDICT_TEXT.values()}
    found |= {("ImportListDialog", title) for title in list_dialogs.FIELD_LABELS.values()}
    found |= {("UsersDialog", role) for role in users_dialog.ROLE_TEXT.values()}
    found |= {
        ("SkippedRowsModel", text) for text in (*list_reading.SKIPPED_COLUMNS, *list_reading.REASON_TEXT.values())
    }
    found |= {("CorrespondencePage", title) for title in correspondence_page.VIEWS}
    found |= {("LetterDialog", title) for title in letter_templates.TEMPLATES.values()}
    found |= {("CaseEditor", text) for text in (*case_fields.FIELD_LABELS.values(), *case_editor.TAB_TITLES)}
    found |= {("AnteMortemTab", label) for _, label, _ in ante_mortem_tab.FIELDS}
    found |= {("CasesModel", text) for text in (*remains_model.COLUMNS, *remains_model.STAGE_TEXT.values())}
    found |= {("RemainsPage", text) for text in (*remains_page.BATCH_COLUMNS, *(t for _, t in remains_page.IMPORTS))}
    found |= {("BoardQueue", text) for text, _ in board_queue.SHOW}
    found |= {("Evidence", text) for text in evidence.EVIDENCE_TEXT.values()}
    found |= {("SettingsDialog", text) for text in settings_dialog.LABELS.values()}
    found |= {("ReportKind", spec.title) for spec in REPORTS.values()}
    for table in (*labels.ENUM_TEXT.values(), labels.ENTITY_TEXT, labels.OP_TEXT, labels.FIELD_TEXT, labels.YES_NO):
        found |= {("Labels", text) for text in table.values()}
    return found


def _translator(language: str = "uk") -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"repatria_{language}.qm"))
    return translator


def test_lupdate_finds_nothing_untranslated() -> None:
    """The check ``make translations`` makes, run on copies of the .ts files: a string added to
    the sources without its Ukrainian translation fails here, named with its context."""
    assert lupdate.check() == []


def test_lupdate_sees_a_new_string_and_a_table_entry(tmp_path: Path) -> None:
    """The check can fail: lupdate reads self.tr and the QT_TRANSLATE_NOOP marker of the model
    layer, and finds both untranslated in a .ts that lacks them."""
    source = tmp_path / "sample.py"
    source.write_text(
        "from models.core.i18n import QT_TRANSLATE_NOOP\n"
        'TABLE = {"a": QT_TRANSLATE_NOOP("Labels", "a word nobody translated")}\n'
        "class Sample:\n"
        "    def f(self):\n"
        '        return self.tr("a sentence nobody translated")\n',
        encoding="utf-8",
    )
    ts = tmp_path / "x.ts"
    shutil.copy(lupdate.UK_TS, ts)
    subprocess.run([lupdate.qt_tool("pyside6-lupdate"), "-silent", str(source), "-ts", str(ts)], check=True)
    assert set(lupdate.untranslated(ts)) == {
        ("Labels", "a word nobody translated"),
        ("Sample", "a sentence nobody translated"),
    }


def test_every_table_translated_through_a_variable_reaches_the_translation(qtbot: QtBot) -> None:
    translator = _translator()
    missing = {(context, text) for context, text in through_a_variable() if not translator.translate(context, text)}
    assert missing == set()


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    """The .qm the app loads is lrelease's output for the .ts as committed."""
    for language in ("uk", "en"):
        ts = TRANSLATIONS / f"repatria_{language}.ts"
        lupdate.release(ts, tmp_path / "x.qm")
        assert (tmp_path / "x.qm").read_bytes() == ts.with_suffix(".qm").read_bytes(), language


def test_counts_take_the_plural_form_of_each_language(qtbot: QtBot) -> None:
    """ "1 page", "2 pages"; "1 сторінка", "3 сторінки", "5 сторінок", "21 сторінка" (Qt's %n)."""
    for language, expected in (
        ("uk", {1: "1 сторінка", 3: "3 сторінки", 5: "5 сторінок", 11: "11 сторінок", 21: "21 сторінка"}),
        ("en", {1: "1 page", 3: "3 pages", 5: "5 pages", 11: "11 pages", 21: "21 pages"}),
    ):
        translator = _translator(language)
        QCoreApplication.installTranslator(translator)
        try:
            for n, text in expected.items():
                assert QCoreApplication.translate("ReportPreview", "%n pages", "", n) == text
        finally:
            QCoreApplication.removeTranslator(translator)


def test_every_plural_has_each_form_of_its_language() -> None:
    """Ukrainian has three forms (one, few, many), each saying %n (its "one" is also 21, 31…);
    English two, whose "one" is 1 alone and may say it in words ("The entry is reviewed.")."""
    for language, forms in (("uk", 3), ("en", 2)):
        messages = [
            m for m in ET.parse(TRANSLATIONS / f"repatria_{language}.ts").iter("message") if m.get("numerus") == "yes"
        ]
        assert messages, language
        for message in messages:
            texts = [form.text or "" for form in message.iter("numerusform")]
            counted = texts if language == "uk" else texts[1:]
            assert len(texts) == forms and all("%n" in text for text in counted), (language, message.findtext("source"))


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
        # a remains case's fields as its editor names them (they were code names in the change log)
        assert labels.field_label("recovery_place", "remains_case") == "Місце виявлення"
        assert labels.field_label("notes", "remains_case") == labels.field_label("notes") != "notes"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert labels.value_label("status", "missing") == "missing" and labels.value_label("notes", None) == ""


def test_errors_of_the_model_layer_speak_the_interface_language(qtbot: QtBot) -> None:
    """A model error carries its message id and fields; the views translate it (context Errors),
    while str() stays the English sentence the CLI prints."""
    from models.core.errors import FieldError, ValidationError, WrongPassword
    from models.core.partial_date import PartialDate
    from views.common.messages import error_text

    try:
        PartialDate.parse("31.02.")
    except ValueError as exc:
        parse_error = exc
    wrong = ValidationError(
        [FieldError.of("date_of_birth", "{text!r} is not a date as YYYY, YYYY-MM or YYYY-MM-DD", 4, text="31.02.")]
    )
    assert error_text(WrongPassword()) == str(WrongPassword()) == "wrong password"
    translator = _translator()
    QCoreApplication.installTranslator(translator)
    try:
        assert error_text(WrongPassword()) == "неправильний пароль"
        assert (
            error_text(wrong) == "рядок 4, Дата народження: '31.02.' не є датою у форматі РРРР, РРРР-ММ або РРРР-ММ-ДД"
        )
        assert "не є датою" in error_text(ValidationError(FieldError.of_error("date_of_birth", parse_error)))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert str(wrong) == "line 4, date_of_birth: '31.02.' is not a date as YYYY, YYYY-MM or YYYY-MM-DD"


def test_the_checks_evidence_follows_the_interface_language(qtbot: QtBot) -> None:
    """Evidence and notes are stored in English; the Ukrainian interface shows them in Ukrainian."""
    from PySide6.QtCore import QLocale

    from views.common.labels import said

    assert said("surname one or two letters apart") == "surname one or two letters apart"
    QLocale.setDefault(QLocale("uk"))
    try:
        assert said("surname one or two letters apart") == "прізвище відрізняється на одну-дві літери"
        assert said("recorded in the registry as deceased") == "у реєстрі записаний як загиблий (померлий)"
        # and in the History tab, where the same words are a logged field's value (a re-trial found them English)
        assert labels.value_label("description", "exchange, phase 1", "status_event") == "обмін, етап 1"
        assert labels.value_label("score", 0.9707, "list_entry") == "0,9707"
        verdict = {
            "criterion": "under_age",
            "label": "under 25 on 2025-06-02",
            "reason": "born 1990",
            "reason_uk": "н. 1990",
        }
        assert labels.value_label("verdicts", [verdict], "list_entry") == "молодші 25 років на 2025-06-02: н. 1990"
    finally:
        QLocale.setDefault(QLocale("en"))
