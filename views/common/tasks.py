"""Background work for the GUI: one helper for every long or database-bound job.

Work runs in the global QThreadPool (never in the GUI thread); its result or error
comes back to the GUI thread through a signal. A progress dialog with a Cancel
button appears only when the job takes longer than ``PROGRESS_DELAY_MS`` (as Anki
does), so quick jobs never flash a dialog. Cancelling sets a flag the job checks
through its :class:`Progress`; nothing is killed mid-write.
"""

from __future__ import annotations

import contextlib
import gc
import threading
import traceback
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")
PROGRESS_DELAY_MS = 500


class Cancelled(Exception):
    """Raised inside a job that noticed its Cancel button was pressed."""


class Progress:
    """Handed to a job: report how far it is, and learn whether to stop."""

    def __init__(self, signals: _Signals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self._signals.progress.emit(done, total, message)

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    progress = Signal(int, int, str)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], object], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as exc:  # every failure goes back to the GUI thread
            exc.__notes__ = [traceback.format_exc()]
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.succeeded, result)
        finally:
            self._emit(self._signals.finished)

    @staticmethod
    def _emit(signal: SignalInstance, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # whoever asked (a closed window) is gone: nobody to tell
            signal.emit(*args)


# Jobs the pool is running, kept alive here: a Task dies with the window that asked for it,
# and a runnable freed while a pool thread runs it would be a use after free. Each leaves
# when its Task hears it finished (one closed mid-run stays: a few bytes, never a crash).
_RUNNING: set[_Runnable] = set()


class Task(QObject, Generic[T]):
    """A job in the background. Connect ``succeeded``/``failed`` before calling :meth:`start`."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        work: Callable[[Progress], T],
        *,
        parent: QObject | None = None,
        progress_parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals)
        self._runnable = _Runnable(work, self._signals, self.progress)
        self._runnable.setAutoDelete(False)
        self._signals.succeeded.connect(self.succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._dialog: QProgressDialog | None = None
        self._progress_parent = progress_parent
        self._title = title
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self.running = False

    def start(self) -> None:
        self.running = True
        if self._progress_parent is not None:
            self._timer.start(PROGRESS_DELAY_MS)
        _RUNNING.add(self._runnable)
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        self.progress.cancel()

    def _show_dialog(self) -> None:
        if not self.running or self._progress_parent is None:
            return
        dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 0, self._progress_parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    def _on_progress(self, done: int, total: int, message: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(total)
            self._dialog.setValue(done)
            if message:
                self._dialog.setLabelText(message)

    def _on_finished(self) -> None:
        _RUNNING.discard(self._runnable)
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit()


def run_task(
    work: Callable[[Progress], T],
    on_success: Callable[[T], None],
    *,
    parent: QObject,
    on_failure: Callable[[BaseException], None] | None = None,
    progress_parent: QWidget | None = None,
    title: str = "",
) -> Task[T]:
    """Start ``work`` in the background; ``on_success(result)`` runs in the GUI thread."""
    task: Task[T] = Task(work, parent=parent, progress_parent=progress_parent, title=title)
    task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    task.finished.connect(task.deleteLater)
    task.start()
    return task


class MainThreadGc(QObject):
    """Python's cyclic garbage collector, run only in the GUI thread.

    Left automatic, a collection starts in whichever thread allocates when a threshold is
    crossed, often a background job's; if the garbage holds a Qt object (a closed window's
    wrapper in a reference cycle), its C++ destructor then runs outside the GUI thread, and Qt
    crashes (seen as segmentation faults inside unrelated code, "Garbage-collecting"). So
    automatic collection is switched off and a timer in the GUI thread collects, generation by
    generation, as the thresholds would have (Anki does the same; Python reference counting
    still frees everything that is not in a cycle, at once and in any thread)."""

    INTERVAL_MS = 500

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(self.INTERVAL_MS)

    def check(self) -> None:
        counts = gc.get_count()
        if counts[0] > self._thresholds[0]:
            generation = 2 if counts[2] > self._thresholds[2] else 1 if counts[1] > self._thresholds[1] else 0
            gc.collect(generation)
