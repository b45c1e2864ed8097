"""Photos and documents of a record (a person, a remains case): a drop target with thumbnails."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.core.dto import AttachmentDTO
from views.common.messages import error_text
from views.common.ports import AttachmentsPort, RecordContext
from views.common.private_files import private_folder, remove
from views.common.tasks import Progress, run_task
from views.common.widgets import button_row

THUMBNAIL = QSize(96, 96)
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp", "image/tiff")


class AttachmentsTab(QWidget):
    """Photos and documents: drop files here or add them; images show as thumbnails."""

    changed = Signal()

    def __init__(self, service: AttachmentsPort, record: RecordContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.record = service, record
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setObjectName("attachments")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(140, 140))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self.open_item)
        self.status = QLabel(self.tr("Drop photos and documents here, or add them with the button."))
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_item(self.list.currentItem()))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_current)
        buttons = button_row(add, self.open_button, remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._temp = private_folder("attachment")
        self.pending = 0

    def reload(self) -> None:
        self.list.clear()
        pid = self.record.record_id
        if pid is None:
            return
        for attachment in self.service.attachments(pid):
            item = QListWidgetItem(attachment.filename)
            item.setData(Qt.ItemDataRole.UserRole, attachment)
            item.setToolTip(f"{attachment.filename}\n{attachment.media_type}\nSHA-256 {attachment.blob_sha256}")
            if attachment.media_type in IMAGE_TYPES:
                image = QImage.fromData(QByteArray(self.service.attachment_data(attachment.id)))
                if not image.isNull():
                    thumbnail = image.scaled(
                        THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                    )
                    item.setIcon(QIcon(QPixmap.fromImage(thumbnail)))
            else:
                item.setIcon(self.style().standardIcon(self.style().StandardPixmap.SP_FileIcon))
            self.list.addItem(item)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.record.record_id is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def choose_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Attach files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.filesSelected.connect(lambda names: self.add_files([Path(n) for n in names]))
        dialog.open()

    def add_files(self, paths: list[Path]) -> None:
        """Read and store files in the background: a large scan never freezes the window."""
        record_id = self.record.record_id
        if record_id is None or not paths:
            return
        self.pending += 1
        self.status.setText(self.tr("Adding {0} file(s)…").format(len(paths)))

        def work(progress: Progress) -> int:
            for number, path in enumerate(paths, start=1):
                progress.report(number - 1, len(paths), path.name)
                self.service.add_attachment(record_id, path.name, path.read_bytes())
            return len(paths)

        def done(count: int) -> None:
            self.pending -= 1
            self.status.setText(self.tr("{0} file(s) added.").format(count))
            self.reload()
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self.pending -= 1
            self.status.setText(error_text(error))
            self.reload()

        run_task(work, done, on_failure=failed, parent=self, progress_parent=self, title=self.tr("Adding files"))

    def open_item(self, item: QListWidgetItem | None) -> None:
        """Open with the system viewer. The file must leave the encrypted database for that:
        it goes to a private folder (owner only) that is emptied when the editor closes."""
        if item is None:
            return
        attachment: AttachmentDTO = item.data(Qt.ItemDataRole.UserRole)
        target = self._temp / f"{attachment.id.hex[:8]}-{Path(attachment.filename).name}"
        target.write_bytes(self.service.attachment_data(attachment.id))
        os.chmod(target, 0o600)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def remove_current(self) -> None:
        item: QListWidgetItem | None = self.list.currentItem()  # None with nothing chosen, whatever the stubs say
        if item is None:
            return
        attachment: AttachmentDTO = item.data(Qt.ItemDataRole.UserRole)
        self.service.remove_attachment(attachment.id)
        self.reload()
        self.changed.emit()

    def cleanup(self) -> None:
        remove(self._temp)
