"""The user guide shipped with the app (Help → User guide): the same guide in English and in
Ukrainian, plain Markdown that QTextBrowser.setMarkdown renders, read the way the app reads
its package data (importlib.resources, as reports/base.py reads the fonts)."""

from __future__ import annotations

import re
from importlib import resources

import pytest

LANGUAGES = ("en", "uk")
SHORTCUTS_HEADING = "Keyboard shortcuts"  # the English title of the section with the table
KEY = re.compile(r"`([^`]+)`")
SEPARATOR = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")


def guide_bytes(language: str) -> bytes:
    return resources.files("resources").joinpath("guide", f"guide_{language}.md").read_bytes()


def guide(language: str) -> str:
    return guide_bytes(language).decode("utf-8")


def sections(text: str) -> list[tuple[str, str]]:
    """The top-level (##) sections: title and body, in order."""
    parts = re.split(r"^## +(.+)$", text, flags=re.MULTILINE)
    return [(parts[i].strip(), parts[i + 1]) for i in range(1, len(parts), 2)]


def table_keys(body: str) -> set[str]:
    """The keys named (in backticks) in the first column of the section's table, header and
    separator rows left out."""
    rows = [line.strip() for line in body.splitlines() if line.strip().startswith("|")]
    keys: set[str] = set()
    for row in rows[1:]:  # the first row is the header
        if SEPARATOR.match(row):
            continue
        first_cell = row.strip("|").split("|")[0]
        keys.update(key.strip() for key in KEY.findall(first_cell))
    return keys


def shortcut_keys(language: str) -> set[str]:
    """The keys of the shortcut table: the section at the place the English guide has it."""
    english = sections(guide("en"))
    titles = [title for title, _body in english]
    matching = [i for i, title in enumerate(titles) if SHORTCUTS_HEADING.casefold() in title.casefold()]
    assert matching, f"no '## {SHORTCUTS_HEADING}' section in the English guide: {titles}"
    return table_keys(sections(guide(language))[matching[0]][1])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_is_there_in_utf8_with_a_title(language: str) -> None:
    data = guide_bytes(language)
    assert data.strip(), f"guide_{language}.md is empty"
    text = data.decode("utf-8")  # strict: raises on anything that is not UTF-8
    assert not text.startswith("\ufeff"), "no byte-order mark: the app reads it as it is"
    assert text.startswith("# "), "the guide opens with its title"
    assert len(text.split()) > 500, "a guide, not a placeholder"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_guide_is_plain_markdown(language: str) -> None:
    """No HTML and no images: QTextBrowser shows Markdown, and the guide ships no pictures."""
    text = guide(language)
    assert not re.search(r"<[A-Za-z!/]", text), "HTML in the guide"
    assert "![" not in text, "an image in the guide"


def test_both_languages_have_the_same_sections() -> None:
    english, ukrainian = sections(guide("en")), sections(guide("uk"))
    assert len(english) >= 5
    assert len(english) == len(ukrainian), (
        f"English has {len(english)} top-level sections, Ukrainian {len(ukrainian)}: "
        f"{[t for t, _ in english]} / {[t for t, _ in ukrainian]}"
    )


def test_every_shortcut_of_the_english_table_is_in_the_ukrainian_one() -> None:
    english, ukrainian = shortcut_keys("en"), shortcut_keys("uk")
    assert len(english) >= 10, f"the English shortcut table names too few keys: {sorted(english)}"
    assert english <= ukrainian, f"missing from the Ukrainian table: {sorted(english - ukrainian)}"
    assert ukrainian <= english, f"only in the Ukrainian table: {sorted(ukrainian - english)}"


def test_the_table_parser_sees_a_missing_key() -> None:
    """The comparison above can fail: a key left out of a table is noticed."""
    table = "| Keys | Where |\n|---|---|\n| `Ctrl+F` | main window |\n| `A`, `Enter` | review |\n"
    assert table_keys(table) == {"Ctrl+F", "A", "Enter"}
    assert table_keys(table.replace("| `Ctrl+F` | main window |\n", "")) == {"A", "Enter"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_qt_renders_headings_lists_and_the_table(language: str, qapp: object) -> None:
    from PySide6.QtGui import QTextDocument, QTextTable

    text = guide(language)
    document = QTextDocument()
    document.setMarkdown(text)
    shown = document.toPlainText()
    for title, _body in sections(text):
        assert title.replace("**", "") in shown
    assert "|---" not in shown, "a table shown as text"
    assert "**" not in shown, "bold markers shown as text"
    tables = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    assert len(tables) == 1, "the shortcut table is a table"
    assert tables[0].rows() == len(shortcut_table_rows(text)) + 1  # and its header


def shortcut_table_rows(text: str) -> list[str]:
    rows = [line for line in text.splitlines() if line.startswith("|")]
    return [row for row in rows[1:] if not SEPARATOR.match(row)]
