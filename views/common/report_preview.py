"""The in-app preview of a finished PDF report: look at it, then save it, open it in the
system viewer or print it. The dialog only ever holds bytes; building happens elsewhere."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.common.messages import warn
from views.common.private_files import private_folder, remove
from views.common.tasks import Cancelled, run_task
from views.common.widgets import fit_to_screen


class ReportPreview(QDialog):
    def __init__(self, pdf: bytes, suggested_name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_preview")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None
        self.error_box: QMessageBox | None = None
        self.print_dialog: QPrintDialog | None = None
        self.private: Path | None = None  # the system viewer's copy's folder
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("%n pages", "", self.document.pageCount()))
        self.pages.setObjectName("pages")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.open_button = QPushButton(self.tr("Open in the system viewer"))
        self.print_button = QPushButton(self.tr("Print…"))
        for button in (self.save_button, self.open_button, self.print_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.choose_file)
        self.open_button.clicked.connect(self.open_externally)
        self.print_button.clicked.connect(self.print_report)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.choose_file)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.pages)
        layout.addWidget(buttons)
        fit_to_screen(self, 900, 1000)

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the report"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("PDF document (*.pdf)")])
        dialog.selectFile(self.suggested_name)
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.open()

    def save_to(self, path: Path) -> bool:
        target = path if path.suffix.casefold() == ".pdf" else path.with_suffix(".pdf")
        try:
            target.write_bytes(self.pdf)
        except OSError as error:
            message = self.tr("Could not save {0}: {1}").format(target, error)
            self.error_box = warn(self, self.windowTitle(), message)  # the preview stays usable
            return False
        self.saved_to = target
        return True

    def open_externally(self) -> None:
        """Hand a copy to the system viewer. The copy lives in a private folder (owner only),
        removed when the preview closes, or at the next start if the app was killed first."""
        if self.private is None:
            self.private = private_folder("report")
        path = self.private / self.suggested_name
        path.write_bytes(self.pdf)
        os.chmod(path, 0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def done(self, result: int) -> None:
        remove(self.private)  # the plaintext copy leaves with the preview
        self.private = None
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        remove(self.private)
        self.private = None
        super().closeEvent(event)

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.accepted.connect(lambda: self.print_to(printer))
        QDialog.open(dialog)  # PySide6 binds only QPrintDialog.open(receiver, slot): open() alone raised TypeError
        self.print_dialog = dialog

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            return
        try:
            area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                size = self.document.pagePointSize(page).scaled(
                    area.size().toSizeF(), Qt.AspectRatioMode.KeepAspectRatio
                )
                image = self.document.render(page, size.toSize())
                painter.drawImage(0, 0, image)
        finally:
            painter.end()


class ReportJob(QObject):
    """Builds a report in the background (the progress dialog, with Cancel, appears only if it
    takes a while), then opens the preview. Every "Print / Export PDF" goes through here."""

    shown = Signal(object)  # the ReportPreview
    ended = Signal()  # shown, failed or cancelled: the caller may enable its buttons again

    def __init__(
        self,
        parent: QWidget,
        build: Callable[[], bytes],
        suggested_name: str,
        title: str,
        on_failure: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._name, self._title = suggested_name, title
        self._on_failure = on_failure
        self.task = run_task(
            lambda _progress: build(),
            self._show,
            parent=self,
            on_failure=self._failed,
            progress_parent=parent,
            title=self.tr("Building the report…"),
        )

    def _show(self, pdf: bytes) -> None:
        self.ended.emit()
        if self.task.progress.cancelled:
            return  # the user stopped waiting: nothing to show
        preview = ReportPreview(pdf, self._name, self._title, self._parent)
        preview.open()
        self.shown.emit(preview)

    def _failed(self, error: BaseException) -> None:
        self.ended.emit()
        if not isinstance(error, Cancelled):
            self._on_failure(error)
