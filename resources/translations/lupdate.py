"""Qt Linguist's cycle for Repatria: ``lupdate`` reads the sources into the .ts files,
translators edit ``repatria_uk.ts`` in Qt Linguist (``pyside6-linguist``), ``lrelease`` compiles
the .qm files the app loads. ``make translations`` runs the whole cycle.

What is extracted: every ``self.tr("…")`` and ``QCoreApplication.translate("Context", "…")`` in
the views and the shell, and every ``QT_TRANSLATE_NOOP("Context", "…")`` — the marker of tables
translated through a variable (column titles, field labels, the words for codes), Qt's own in
the views and ``models.core.i18n``'s in the Qt-free model layer. Text inside an f-string is not
seen by lupdate: translate it first, then put the result in the f-string.

Two files: ``repatria_uk.ts`` holds every string; ``repatria_en.ts`` holds only the English plural
forms (``lupdate -pluralonly``), for English is the source language yet Qt still needs a .qm to
write "1 page" rather than "1 pages". Run ``python -m resources.translations.lupdate --check`` to
list what lupdate finds untranslated without changing the files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGES = ("models", "views", "desktop")
UK_TS = HERE / "repatria_uk.ts"
EN_TS = HERE / "repatria_en.ts"


def qt_tool(name: str) -> str:
    """A PySide6 tool beside this interpreter (the venv's), else the one on PATH."""
    local = Path(sys.executable).with_name(name)
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (make install)")
    return found


def sources() -> list[Path]:
    """Every Python file of the packages that hold user-visible strings, relative to the root."""
    return sorted(path.relative_to(ROOT) for package in PACKAGES for path in (ROOT / package).rglob("*.py"))


def update(uk_ts: Path = UK_TS, en_ts: Path = EN_TS) -> None:
    """Brings both .ts files up to date with the sources: new strings are added unfinished,
    strings no longer in the sources are dropped, translations of unchanged strings are kept."""
    files = [str(path) for path in sources()]
    common = ["-no-obsolete", "-locations", "absolute", "-silent"]
    for ts, extra in ((uk_ts, []), (en_ts, ["-pluralonly"])):
        subprocess.run([qt_tool("pyside6-lupdate"), *common, *extra, *files, "-ts", str(ts)], cwd=ROOT, check=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of each message of a .ts file without a finished translation: marked
    unfinished, or with an empty text or plural form (obsolete messages do not count)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform") if translation is not None else []
            texts = (
                [form.text or "" for form in forms]
                if forms
                else [translation.text or "" if translation is not None else ""]
            )
            if translation is None or translation.get("type") == "unfinished" or not all(t.strip() for t in texts):
                found.append((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def check() -> list[tuple[str, str]]:
    """What lupdate would find untranslated in the sources, read on copies (nothing is changed)."""
    with tempfile.TemporaryDirectory() as scratch:
        uk, en = Path(scratch) / UK_TS.name, Path(scratch) / EN_TS.name
        shutil.copy(UK_TS, uk)
        shutil.copy(EN_TS, en)
        update(uk, en)
        return untranslated(uk) + untranslated(en)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="list untranslated strings, change nothing")
    args = parser.parse_args()
    if args.check:
        missing = check()
        for context, source in missing:
            print(f"untranslated: [{context}] {source}")
        return 1 if missing else 0
    update()
    for ts in (UK_TS, EN_TS):
        release(ts, ts.with_suffix(".qm"))
    missing = untranslated(UK_TS) + untranslated(EN_TS)
    for context, source in missing:
        print(f"untranslated: [{context}] {source} — translate it in Qt Linguist: pyside6-linguist {UK_TS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
