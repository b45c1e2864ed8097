"""The Remains section: where every batch stands (a chart and a table), the cases with
filters and search as you type, imports of PM, AM and DNA files, the identification
board's queue, and the status report for a delegation."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import RemainsStage
from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.report_kinds import ReportKind
from models.remains.dto import BatchDTO, BatchInput, BatchProgress, CaseRow
from views.common.messages import inform, warn
from views.common.record_dialog import RecordDialog
from views.common.report_preview import ReportJob, ReportPreview
from views.common.tables import EmptyText, read_only_table
from views.common.tasks import Cancelled, Progress, run_task
from views.common.widgets import ERROR_COLOUR, button_row, chosen, heading
from views.remains.board import BoardQueue
from views.remains.case_editor import CaseEditor
from views.remains.model import CasesModel, stage_label
from views.remains.ports import RemainsPort

CHART_COLOURS = {
    "received": "#9e9e9e",
    "examined": "#90caf9",
    "sampled": "#42a5f5",
    "dna_result": "#7e57c2",
    "candidate": "#ffb300",
    "identified": "#43a047",
    "handed_over": "#1b5e20",
}
IMPORTS = (
    ("remains", QT_TRANSLATE_NOOP("RemainsPage", "Remains cases (PM) CSV…")),
    ("am", QT_TRANSLATE_NOOP("RemainsPage", "Ante-mortem data from families CSV…")),
    ("dna", QT_TRANSLATE_NOOP("RemainsPage", "DNA results from a laboratory CSV…")),
)
BATCH_COLUMNS = (
    QT_TRANSLATE_NOOP("RemainsPage", "Batch"),
    QT_TRANSLATE_NOOP("RemainsPage", "Received on"),
    QT_TRANSLATE_NOOP("RemainsPage", "Declared"),
    QT_TRANSLATE_NOOP("RemainsPage", "Received"),
    QT_TRANSLATE_NOOP("RemainsPage", "Difference"),
    QT_TRANSLATE_NOOP("RemainsPage", "Flagged"),
    QT_TRANSLATE_NOOP("RemainsPage", "Identified"),
)


class RemainsPage(QWidget):
    person_activated = Signal(object)  # a person's id, to open their record
    thread_activated = Signal(object)  # a correspondence thread's id, to open it
    queue_changed = Signal(int)  # proposals waiting for the board
    registry_changed = Signal()  # a board decision may have changed persons' statuses

    def __init__(self, service: RemainsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.progress: list[BatchProgress] = []
        self.batch_id: uuid.UUID | None = None
        self.editors: dict[uuid.UUID | None, QWidget] = {}
        self.preview: ReportPreview | None = None

        title = heading(self.tr("Remains and identification"))
        self.new_batch_button = QPushButton(self.tr("New batch…"))
        self.new_batch_button.clicked.connect(self.new_batch)
        self.new_case_button = QPushButton(self.tr("New case…"))
        self.new_case_button.setToolTip(self.tr("A new remains case (Ctrl+Shift+N)"))
        self.new_case_button.clicked.connect(lambda: self.open_case(None))
        self.import_button = QPushButton(self.tr("Import"))
        menu = QMenu(self.import_button)
        for kind, text in IMPORTS:
            action = menu.addAction(self.tr(text))
            action.triggered.connect(lambda _c=False, k=kind: self.choose_import(k))
        self.import_button.setMenu(menu)
        self.board_button = QPushButton(self.tr("Board queue…"))
        self.board_button.setObjectName("board_queue")
        self.board_button.setToolTip(self.tr("Proposals waiting for the identification board (Ctrl+B)"))
        self.board_button.clicked.connect(self.open_board)
        self.print_button = QPushButton(self.tr("Print status…"))
        self.print_button.setToolTip(self.tr("Identification status per batch, for a delegation (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_status)
        top = button_row(
            title,
            right=(
                self.new_batch_button,
                self.new_case_button,
                self.import_button,
                self.board_button,
                self.print_button,
            ),
        )

        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(170)
        self.batch_table = read_only_table([self.tr(c) for c in BATCH_COLUMNS])
        self.batch_table.setObjectName("batches")
        self.batch_table.itemSelectionChanged.connect(self._batch_chosen)
        self.batch_table.cellDoubleClicked.connect(lambda row, _c: self.edit_batch(row))
        overview = QSplitter()
        overview.addWidget(self.chart_view)
        overview.addWidget(self.batch_table)
        overview.setSizes([560, 520])

        self.search = QLineEdit()
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Case number, place, bag or ID tag…"))
        self.stage = QComboBox()
        self.stage.setObjectName("stage")
        self.stage.addItem(self.tr("All stages"), None)
        for stage in RemainsStage:
            self.stage.addItem(stage_label(stage), stage)
        self.flagged = QCheckBox(self.tr("Flagged only"))
        self.flagged.setToolTip(self.tr("Possibly the other side's, or commingled"))
        self.count = QLabel()
        self.count.setObjectName("case_count")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Find:")))
        filters.addWidget(self.search, 2)
        filters.addWidget(QLabel(self.tr("Stage:")))
        filters.addWidget(self.stage)
        filters.addWidget(self.flagged)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.model = CasesModel(self)
        self.table = QTableView()
        self.table.setObjectName("cases")
        self.table.setModel(self.model)
        self.empty = EmptyText(
            self.table,
            lambda: self.tr("No case matches: change the search or the stage, or add a case (Ctrl+Shift+N)."),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open_at)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(overview)
        splitter.addWidget(lower)
        splitter.setSizes([230, 470])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.stage)
        QWidget.setTabOrder(self.stage, self.flagged)
        QWidget.setTabOrder(self.flagged, self.table)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.reload_cases)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.stage.currentIndexChanged.connect(lambda _i: self.reload_cases())
        self.flagged.toggled.connect(lambda _on: self.reload_cases())
        for key, slot in (
            ("Ctrl+Shift+N", lambda: self.open_case(None)),
            ("Ctrl+B", self.open_board),
            (QKeySequence.StandardKey.Print, self.print_status),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:

        def work(_progress: Progress) -> tuple[list[BatchProgress], int]:
            return self.service.batch_progress(), self.service.queue_size()

        run_task(work, self._show_progress, on_failure=self._failed, parent=self)
        self.reload_cases()

    def _show_progress(self, result: tuple[list[BatchProgress], int]) -> None:
        self.progress, waiting = result
        self.board_button.setText(self.tr("Board queue ({0})…").format(waiting) if waiting else self.tr("Board queue…"))
        self.queue_changed.emit(waiting)
        self.batch_table.blockSignals(True)
        self.batch_table.setRowCount(len(self.progress) + 1)
        self.batch_table.setItem(0, 0, QTableWidgetItem(self.tr("All batches")))
        for column in range(1, len(BATCH_COLUMNS)):
            self.batch_table.setItem(0, column, QTableWidgetItem(""))
        selected = 0
        for row, p in enumerate(self.progress, start=1):
            difference = p.difference if p.batch.declared_count else None
            values = [
                p.batch.batch_number,
                p.batch.received_on.strftime("%d.%m.%Y"),
                str(p.batch.declared_count),
                str(p.individuals) + (f" (+{p.received - p.individuals})" if p.received > p.individuals else ""),
                "" if difference is None else f"{difference:+d}",
                str(p.possibly_other_side + p.commingled),
                f"{p.reached[RemainsStage.IDENTIFIED]} / {p.individuals}",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 4 and difference:
                    item.setForeground(QColor(ERROR_COLOUR))
                    item.setToolTip(
                        self.tr("The other side declared {0}; {1} received").format(
                            p.batch.declared_count, p.individuals
                        )
                    )
                self.batch_table.setItem(row, column, item)
            if p.batch.id == self.batch_id:
                selected = row
        self.batch_table.selectRow(selected)
        self.batch_table.blockSignals(False)
        self.chart_view.setChart(self._chart())

    def _chart(self) -> QChart:
        """Each batch as one bar, split by the stage its cases have reached."""
        chart = QChart()
        series = QHorizontalStackedBarSeries()
        shown = self.progress[-8:]
        stages = list(RemainsStage)
        for n, stage in enumerate(stages):
            bars = QBarSet(stage_label(stage))
            bars.setColor(QColor(CHART_COLOURS[stage]))
            bars.setBorderColor(QColor("#ffffff"))
            for p in shown:
                beyond = p.reached[stages[n + 1]] if n + 1 < len(stages) else 0
                bars.append(float(p.reached[stage] - beyond))
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([p.batch.batch_number for p in shown])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        axis.setRange(0, max([p.received for p in shown] + [1]))
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        font = chart.legend().font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        chart.legend().setFont(font)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setTitle(self.tr("Where each batch stands"))
        return chart

    def _batch_chosen(self) -> None:
        rows = self.batch_table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        self.batch_id = self.progress[row - 1].batch.id if 0 < row <= len(self.progress) else None
        self.reload_cases()

    def reload_cases(self) -> None:
        batch_id, stage, text, flagged = (
            self.batch_id,
            chosen(self.stage, RemainsStage),
            self.search.text(),
            self.flagged.isChecked(),
        )

        def work(_progress: Progress) -> tuple[str, list[CaseRow]]:
            return text, self.service.cases(batch_id=batch_id, stage=stage, text=text, flagged=flagged)

        run_task(work, self._show_cases, on_failure=self._failed, parent=self)

    def _show_cases(self, result: tuple[str, list[CaseRow]]) -> None:
        text, rows = result
        if text != self.search.text():
            return  # the user typed on: a newer search is on its way
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n cases", "", len(rows)))
        self.table.resizeColumnsToContents()

    def _failed(self, error: BaseException) -> None:
        self.error = warn(self, self.tr("Remains"), error)

    # -- actions ------------------------------------------------------------------------------

    def _open_at(self, index: QModelIndex) -> None:
        """The case of the row double-clicked or entered."""
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_case(row.id)

    def open_case(self, case_id: uuid.UUID | None) -> QWidget:
        editor = self.editors.get(case_id)
        if editor is not None and case_id is not None:
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = CaseEditor(self.service, case_id, self, batch_id=self.batch_id)
        editor.saved.connect(lambda _dto: self.reload())
        editor.person_activated.connect(self.person_activated)
        editor.thread_activated.connect(self.thread_activated)
        editor.finished.connect(lambda _r, key=case_id, e=editor: self._forget(key, e))
        self.editors[case_id] = editor
        editor.show()
        return editor

    def _forget(self, key: uuid.UUID | None, editor: QWidget) -> None:
        if self.editors.get(key) is editor:
            del self.editors[key]
        editor.deleteLater()

    def open_board(self) -> QWidget:
        board = BoardQueue(self.service, self)
        board.changed.connect(self.reload)
        board.changed.connect(self.registry_changed)
        board.person_activated.connect(self.person_activated)
        board.open()
        self.board = board
        return board

    def new_batch(self) -> RecordDialog:
        return self._batch_dialog(None)

    def edit_batch(self, row: int) -> RecordDialog | None:
        if not 0 < row <= len(self.progress):
            return None
        return self._batch_dialog(self.progress[row - 1].batch)

    def _batch_dialog(self, batch: BatchDTO | None) -> RecordDialog:
        fields = [
            ("batch_number", self.tr("Batch number"), "text"),
            ("received_on", self.tr("Received on"), "date"),
            ("place", self.tr("Place of handover"), "text"),
            ("handed_over_by", self.tr("Handed over by"), "text"),
            ("declared_count", self.tr("Declared count"), "text"),
            ("bag_numbers", self.tr("Bag or label numbers"), "multiline"),
            ("notes", self.tr("Notes"), "multiline"),
        ]
        dialog = RecordDialog(self.tr("Batch") if batch else self.tr("New batch"), fields, self)
        if batch is not None:
            dialog.set_values(
                {
                    "batch_number": batch.batch_number,
                    "received_on": batch.received_on.isoformat(),
                    "place": batch.place,
                    "handed_over_by": batch.handed_over_by,
                    "declared_count": batch.declared_count,
                    "bag_numbers": batch.bag_numbers,
                    "notes": batch.notes,
                }
            )
            dialog.widgets["batch_number"].setEnabled(False)  # the number names the batch everywhere
        else:
            dialog.set_values({"received_on": dt.date.today().isoformat()})

        def finished(result: int) -> None:
            if result != RecordDialog.DialogCode.Accepted:
                return
            values = dialog.values()
            try:
                received = values["received_on"]
                if received is None or not received.is_complete:
                    raise RepatriaError(self.tr("Received on: a whole date (YYYY-MM-DD)"))
                count_text = values["declared_count"] or "0"
                if not count_text.isdigit():
                    raise RepatriaError(self.tr("Declared count: {0!r} is not a number").format(count_text))
                data = BatchInput(
                    values["batch_number"] if batch is None else batch.batch_number,
                    received.earliest(),
                    place=values["place"],
                    handed_over_by=values["handed_over_by"],
                    declared_count=int(count_text),
                    bag_numbers=values["bag_numbers"],
                    notes=values["notes"],
                )
                if batch is None:
                    self.service.add_batch(data)
                else:
                    self.service.update_batch(batch.id, data)
            except (RepatriaError, ValueError) as exc:
                self.error = warn(self, self.tr("Batch not saved"), exc)
                return
            self.reload()

        dialog.finished.connect(finished)
        dialog.open()
        self.batch_dialog = dialog
        return dialog

    def choose_import(self, kind: str) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Import"), str(Path.home()), self.tr("CSV files (*.csv)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_file(kind, Path(path)))
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def import_file(self, kind: str, path: Path) -> None:
        """All or nothing, in the background; a rejected file is explained line by line."""

        def work(progress: Progress) -> str:
            return self.service.import_file(kind, path, progress.report)

        def done(summary: str) -> None:
            self.message = inform(self, self.tr("Imported"), f"{path.name}: {summary}", "import_done")
            self.reload()

        def failed(error: BaseException) -> None:
            if isinstance(error, Cancelled):
                error = RepatriaError(self.tr("The import was cancelled; the database is as it was."))
            self.error = warn(self, self.tr("{0}: nothing was imported").format(path.name), error)

        run_task(work, done, on_failure=failed, parent=self, progress_parent=self, title=self.tr("Importing…"))

    def print_status(self) -> None:
        job = ReportJob(
            self,
            lambda: self.service.report(ReportKind.REMAINS_STATUS),
            "remains-status.pdf",
            self.tr("Identification status per batch"),
            lambda error: setattr(self, "error", warn(self, self.tr("Report"), error)),
        )
        job.shown.connect(self._set_preview)
        self.job = job

    def _set_preview(self, preview: ReportPreview) -> None:
        self.preview = preview
