"""The Help menu's windows: the user guide shipped with the app, the keyboard shortcuts as the
window's own actions define them, and "about" with the versions a support request needs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.core.i18n import QT_TRANSLATE_NOOP
from views.common.tables import fill_table, read_only_table
from views.common.widgets import fit_to_screen


class TextDialog(QDialog):
    """A window of read-only text: Markdown (the guide) or rows of a table (shortcuts, versions)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)


def guide_dialog(title: str, markdown: str, parent: QWidget | None = None) -> TextDialog:
    dialog = TextDialog(title, parent)
    text = QTextBrowser()
    text.setObjectName("guide")
    text.setOpenExternalLinks(False)
    text.setMarkdown(markdown)
    dialog.layout_.addWidget(text, 1)
    dialog.layout_.addWidget(dialog.buttons)
    fit_to_screen(dialog, 820, 640)
    return dialog


def shortcuts_of(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) of every action that has a shortcut, in the keys' native (translated) text,
    the menu's accelerator ampersands taken out."""
    found = []
    for action in actions:
        keys = action.shortcut()
        if not keys.isEmpty():
            found.append((action.text().replace("&", ""), keys.toString(QKeySequence.SequenceFormat.NativeText)))
    return found


# Keys of the windows and sections themselves, which no menu holds: (where and what, keys as Qt
# writes them). Each is bound where it acts (the editors, the review, the sections' QShortcuts).
WINDOW_KEYS = (
    (QT_TRANSLATE_NOOP("Shortcuts", "Person or case editor: save"), QKeySequence.StandardKey.Save),
    (QT_TRANSLATE_NOOP("Shortcuts", "Person or case editor: undo"), QKeySequence.StandardKey.Undo),
    (QT_TRANSLATE_NOOP("Shortcuts", "Person or case editor: redo"), QKeySequence.StandardKey.Redo),
    (QT_TRANSLATE_NOOP("Shortcuts", "Print the report of the window or section shown"), QKeySequence.StandardKey.Print),
    (QT_TRANSLATE_NOOP("Shortcuts", "Persons, list entries, threads: open the selected one"), "Enter"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Remains: new case"), "Ctrl+Shift+N"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Remains: the identification board"), "Ctrl+B"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review of matches: accept (also Enter; Ф on a Ukrainian layout)"), "A"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review of matches: reject (К)"), "R"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review of matches: next candidate (Т)"), "Right"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Review of matches: next line, skipping this one (О)"), "Down"),
    (QT_TRANSLATE_NOOP("Shortcuts", "Change log: copy the selected events"), QKeySequence.StandardKey.Copy),
)


def window_keys() -> list[tuple[str, str]]:
    """WINDOW_KEYS in the interface language, the keys in their native text."""
    return [
        (
            QCoreApplication.translate("Shortcuts", what),
            QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText),
        )
        for what, keys in WINDOW_KEYS
    ]


def table_dialog(
    title: str, headers: list[str], rows: list[tuple[str, str]], parent: QWidget | None = None
) -> TextDialog:
    dialog = TextDialog(title, parent)
    table = read_only_table(headers, select="cells")
    table.setObjectName("rows")
    fill_table(table, [list(row) for row in rows])
    dialog.layout_.addWidget(table, 1)
    dialog.layout_.addWidget(dialog.buttons)
    dialog.resize(720, 520)  # the shortcuts' longest descriptions and their keys, side by side
    return dialog
