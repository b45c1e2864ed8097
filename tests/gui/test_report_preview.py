"""The shared report job: built in the background, previewed, or quietly dropped on Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reports.dto import PhaseList, PhaseListRow
from reports.phase_list import build_phase_list
from tests.helpers.reports import CONTEXT
from views.common.report_preview import ReportJob, ReportPreview


def _pdf() -> bytes:
    row = PhaseListRow(1, "Шевчук", "Тарас", "Григорович", "09.03.1994", "А1", "солдат", "")
    return build_phase_list(CONTEXT, PhaseList("Угода", "наш список", "our list", 1, 1, [row]))


def test_a_finished_report_opens_in_the_preview_and_saves(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []
    job = ReportJob(parent, _pdf, "phase.pdf", "Phase list", failures.append)
    with qtbot.waitSignal(job.shown, timeout=10_000) as shown:
        pass
    preview = shown.args[0]
    assert isinstance(preview, ReportPreview) and preview.isVisible()
    assert preview.document.pageCount() == 1 and "Шевчук" in preview.document.getAllText(0).text()
    assert preview.save_to(tmp_path / "out.pdf") and (tmp_path / "out.pdf").read_bytes() == preview.pdf
    assert not preview.save_to(tmp_path / "no-such-folder" / "out.pdf")  # said in a message, not raised
    assert preview.error_box is not None and "no-such-folder" in preview.error_box.text()
    assert failures == []


def test_cancel_drops_the_report_and_a_failure_is_reported(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()

    def slow() -> bytes:
        gate.wait(5)
        return _pdf()

    failures: list[BaseException] = []
    shown: list[object] = []
    job = ReportJob(parent, slow, "phase.pdf", "Phase list", failures.append)
    job.shown.connect(shown.append)
    job.task.cancel()
    with qtbot.waitSignal(job.ended, timeout=10_000):
        gate.set()
    assert shown == [] and failures == []

    def broken() -> bytes:
        raise ValueError("no list with id 42")

    failing = ReportJob(parent, broken, "x.pdf", "x", failures.append)
    with qtbot.waitSignal(failing.ended, timeout=10_000):
        pass
    assert [str(f) for f in failures] == ["no list with id 42"]


def test_print_opens_the_print_dialog(qtbot: QtBot) -> None:
    preview = ReportPreview(_pdf(), "phase.pdf", "Phase list")
    qtbot.addWidget(preview)
    preview.print_report()
    dialog = preview.print_dialog
    assert isinstance(dialog, QPrintDialog) and dialog.isVisible()
    dialog.reject()


def test_the_system_viewers_copy_is_private_and_leaves_with_the_preview(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # found by the hostile-input trial: the copy stayed in the temporary folder for ever
    import os
    import stat
    import subprocess
    import sys

    from PySide6.QtGui import QDesktopServices

    from views.common import private_files

    monkeypatch.setattr(private_files.tempfile, "gettempdir", lambda: str(tmp_path))
    opened: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    preview = ReportPreview(_pdf(), "phase.pdf", "Phase list")
    qtbot.addWidget(preview)
    preview.show()
    preview.open_externally()
    (copy,) = opened
    assert copy.read_bytes() == preview.pdf and copy.name == "phase.pdf"
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700 and stat.S_IMODE(copy.stat().st_mode) == 0o600
    preview.reject()
    assert not copy.exists() and not copy.parent.exists()
    # an app killed before it could clean up: its folder goes at the next start, a running one's stays
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    left = private_files.root() / f"report-{gone.pid}-x"
    left.mkdir()
    (left / "phase.pdf").write_bytes(b"%PDF")
    running = private_files.private_folder("report")
    assert private_files.sweep() == 1
    assert not left.exists() and running.exists() and running.name.startswith(f"report-{os.getpid()}-")
