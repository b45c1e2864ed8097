"""The background-work helper: a window closed while its job runs takes its Task with it,
never the job the pool is still running."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from views.common.tasks import run_task


def test_a_window_closed_while_its_job_runs_leaves_the_job_alone(qtbot: QtBot) -> None:
    gate, results, ran = threading.Event(), [], threading.Event()

    def work(_progress: object) -> int:
        gate.wait(5)
        ran.set()
        return 42

    window = QWidget()
    run_task(work, results.append, parent=window)
    window.deleteLater()
    qtbot.wait(50)  # the window, and the Task it owned, are gone
    gc.collect()
    gate.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    assert ran.is_set() and results == []  # the job finished; nobody was left to tell
