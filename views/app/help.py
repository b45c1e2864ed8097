"""The Help menu's windows: the user guide shipped with the app, the keyboard shortcuts as the
window's own actions define them, and "about" with the versions a support request needs."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

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


def table_dialog(
    title: str, headers: list[str], rows: list[tuple[str, str]], parent: QWidget | None = None
) -> TextDialog:
    dialog = TextDialog(title, parent)
    table = read_only_table(headers, select="cells")
    table.setObjectName("rows")
    fill_table(table, [list(row) for row in rows])
    dialog.layout_.addWidget(table, 1)
    dialog.layout_.addWidget(dialog.buttons)
    dialog.resize(560, 520)
    return dialog
