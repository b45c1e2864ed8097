"""The Lists section: agreements and their lists, each list's entries as checked, import,
check in the background (progress, cancel) and the review of matches."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import Side
from models.core.errors import RepatriaError
from models.core.report_kinds import ReportKind
from models.lists.dto import (
    CheckResult,
    ImportedList,
    ListFile,
    ListNode,
    ListSummary,
)
from views.common.labels import report_title
from views.common.messages import confirm, inform, warn
from views.common.record_id import RecordId
from views.common.report_preview import ReportJob, ReportPreview
from views.common.tasks import Cancelled, run_task
from views.common.tasks import Progress as TaskProgress
from views.lists.dialogs import BuildListDialog, DiffDialog, ImportListDialog
from views.lists.entry import EntryDialog, open_entry
from views.lists.exchange_day import ExchangeDayDialog, ReverseExchange
from views.lists.model import FILTERS
from views.lists.overview import AgreementOverview
from views.lists.ports import ListsPort
from views.lists.reading import ListContents
from views.lists.review import ReviewDialog
from views.lists.tree import ListTree


class ListsPage(QWidget):
    checked = Signal(object)  # the CheckResult shown
    exchange_recorded = Signal(object)  # the ExchangeSummary
    registry_changed = Signal()  # an exchange day recorded or reversed changed persons' statuses
    clarification_drafted = Signal(object)  # the new thread's id
    busy_changed = Signal(bool)

    def __init__(self, service: ListsPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.busy = False
        self.result: CheckResult | None = None
        self.nodes: dict[uuid.UUID, ListNode] = {}
        self.tree = ListTree()
        self.tree.currentItemChanged.connect(lambda current, _previous: self._selected(current))
        self.contents = ListContents()
        self.model, self.table = self.contents.model, self.contents.table
        self.table.activated.connect(lambda index: self.open_entry(index.row()))  # double-click or Enter
        self.entry_dialog: EntryDialog | None = None
        # list -> (version, notes): what its import in this session said that is not kept with the
        # version (cells that could not be read, the version before); reading notes come with the check
        self.imported: dict[uuid.UUID, tuple[int, list[str]]] = {}
        self.filter = QComboBox()
        self.filter.setObjectName("filter")
        for title in FILTERS:
            self.filter.addItem(self.tr(title))
        self.filter.currentIndexChanged.connect(self.model.set_filter)
        self.import_button = QPushButton(self.tr("Import list…"))
        self.import_button.clicked.connect(self.choose_file)
        self.check_button = QPushButton(self.tr("Check again"))
        self.check_button.clicked.connect(self.check_current)
        self.review_button = QPushButton(self.tr("Review matches…"))
        self.review_button.clicked.connect(self.review)
        self.exchange_button = QPushButton(self.tr("Exchange day…"))
        self.exchange_button.clicked.connect(self.exchange_day)
        self.more_button = QPushButton(self.tr("More"))
        self.more_button.setObjectName("more")
        more = QMenu(self.more_button)
        self.build_action = more.addAction(self.tr("Build our list…"), self.build_list)
        self.diff_action = more.addAction(self.tr("Compare with the previous version…"), self.compare)
        self.lock_action = more.addAction(self.tr("Lock as submitted"), self.lock)
        self.export_action = more.addAction(self.tr("Export as XLSX or CSV…"), self.export)
        self.clarify_action = more.addAction(self.tr("Draft a clarification request…"), self.draft_clarification)
        self.reverse_action = more.addAction(self.tr("Reverse the last exchange day…"), self.reverse_exchange)
        self.more_button.setMenu(more)
        self.print_button = QPushButton(self.tr("Print / Export PDF"))
        self.print_button.setObjectName("print")
        printing = QMenu(self.print_button)
        self.phase_list_action = printing.addAction(
            self.tr("Phase list for the delegation…"), lambda: self.print_report(ReportKind.PHASE_LIST)
        )
        self.phase_list_action.setShortcut(QKeySequence.StandardKey.Print)
        self.phase_list_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.phase_list_action)
        self.compliance_action = printing.addAction(
            self.tr("Compliance report…"), lambda: self.print_report(ReportKind.COMPLIANCE)
        )
        self.exchange_report_action = printing.addAction(
            self.tr("Exchange-day reconciliation…"), lambda: self.print_report(ReportKind.EXCHANGE)
        )
        self.print_button.setMenu(printing)
        self.preview: ReportPreview | None = None
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setMinimumWidth(120)
        tools = QHBoxLayout()
        for widget in (
            self.import_button,
            self.check_button,
            self.review_button,
            self.exchange_button,
            self.more_button,
            self.print_button,
        ):
            tools.addWidget(widget)
        tools.addStretch(1)
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.filter.setMinimumContentsLength(14)
        self.contents.tabs.setCornerWidget(self.filter)  # it filters the entries: beside their tab
        self.contents.tabs.currentChanged.connect(lambda index: self.filter.setVisible(index == 0))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(tools)
        self.record_id = RecordId()
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.record_id, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(summary_row)
        # a list's entries, or an agreement in full with its lists, in the same place
        self.overview = AgreementOverview()
        self.overview.list_activated.connect(self.tree.select_list)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.contents)
        self.stack.addWidget(self.overview)
        column.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([260, 960])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(splitter)
        self.reload()

    # -- the tree ---------------------------------------------------------------------

    def reload(self, select: uuid.UUID | None = None) -> None:
        agreements = self._service.agreements()
        self.nodes = {node.list_id: node for node in self._service.lists()}
        self.tree.show_lists(agreements, self.nodes.values(), select)
        self._update_buttons()

    @property
    def current_list(self) -> uuid.UUID | None:
        return self.tree.current_list

    def _selected(self, item: QTreeWidgetItem | None) -> None:
        list_id = self.current_list
        self._update_buttons()
        if list_id is None:
            self.show_result(None)
            agreement_id = self.tree.agreement_of(item)
            self.record_id.show_id(agreement_id, self.tr("Agreement ID"))
            if agreement_id is not None:
                self.overview.show_agreement(self._service.agreement_details(agreement_id), self.nodes.values())
                self.stack.setCurrentWidget(self.overview)
            return
        self.record_id.show_id(list_id, self.tr("List ID"))
        self.stack.setCurrentWidget(self.contents)
        run_task(lambda _progress: self._service.results(list_id), self.show_result, parent=self)

    def _update_buttons(self) -> None:
        has_list = self.current_list is not None and not self.busy
        self.check_button.setEnabled(has_list)
        self.review_button.setEnabled(has_list and self.result is not None and self.result.count("review") > 0)
        self.import_button.setEnabled(not self.busy)
        self.exchange_button.setEnabled(has_list)
        node = self.nodes.get(self.current_list) if self.current_list else None
        for action in (
            self.diff_action,
            self.lock_action,
            self.export_action,
            self.clarify_action,
            self.phase_list_action,
            self.compliance_action,
            self.exchange_report_action,
            self.reverse_action,
        ):
            action.setEnabled(has_list)
        self.print_button.setEnabled(has_list)
        self.diff_action.setEnabled(has_list and node is not None and node.versions > 1)

    def show_result(self, result: CheckResult | None) -> None:
        self.result = result
        version, said = self.imported.get(result.list_id, (0, [])) if result else (0, [])
        notes = [*result.notes, *(said if version == result.version else [])] if result else []
        self.contents.show_rows(result.entries if result else [], result.skipped if result else [], notes)
        if result is None:
            self.summary.setText("")
        else:
            not_compliant = sum(1 for e in result.entries if e.compliant is False)
            self.summary.setText(
                self.tr(
                    "version {0}: {1} entries · matched {2} · needs review {3} · unmatched {4} · not compliant {5}"
                ).format(
                    result.version,
                    len(result.entries),
                    result.count("matched"),
                    result.count("review"),
                    result.count("unmatched"),
                    not_compliant,
                )
            )
        self._update_buttons()
        self.checked.emit(result)

    # -- import and check -------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()
        self.busy_changed.emit(busy)

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Import a list"))
        dialog.setNameFilter(self.tr("Lists (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)"))
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        dialog.open()

    def import_file(self, path: Path) -> None:
        """Read the file and its sheets in the background (its size checked first), then ask
        where it belongs, which column is which and, for a workbook, which sheet."""
        self._set_busy(True)

        def read(_progress: TaskProgress) -> tuple[bytes, ListFile, list[str], list[ListSummary]]:
            file = self._service.read_path(path)
            return path.read_bytes(), file, self._service.sheet_names(path), self._service.list_summaries()

        def ask(read_result: tuple[bytes, ListFile, list[str], list[ListSummary]]) -> None:
            self._set_busy(False)
            data, file, sheets, existing = read_result
            dialog = ImportListDialog(
                file, path.name, self._service.agreements(), sheets, self, selected=self._target(), existing=existing
            )
            dialog.sheet_chosen.connect(lambda sheet: self._read_sheet(path, sheet, dialog))
            dialog.accepted.connect(lambda: self._import(data, path.name, dialog))
            dialog.open()
            self.import_dialog = dialog

        run_task(read, ask, on_failure=self._failed, parent=self)

    def _target(self) -> tuple[uuid.UUID | None, Side | None, int | None]:
        """Where a list imported now most likely belongs: the list or agreement selected."""
        node = self.nodes.get(self.current_list) if self.current_list else None
        if node is not None:
            return node.agreement_id, node.side, node.phase
        return self.tree.agreement_of(self.tree.currentItem()), None, 1

    def _read_sheet(self, path: Path, sheet: str, dialog: ImportListDialog) -> None:
        """Another sheet of the workbook, read in the background into the column step."""
        run_task(
            lambda _progress: self._service.read_path(path, sheet),
            dialog.show_file,
            on_failure=dialog.show_failure,
            parent=dialog,
        )

    def _import(self, data: bytes, filename: str, dialog: ImportListDialog) -> None:
        agreement, side, phase, mapping = dialog.agreement_id, dialog.side_value, dialog.phase_value, dialog.mapping()
        sheet = dialog.chosen_sheet

        def work(progress: TaskProgress) -> tuple[ImportedList | None, CheckResult]:
            imported = self._service.import_list(data, filename, agreement, side, phase, mapping, sheet)
            return imported, self._service.check(imported.version.list_id, progress.report)

        self._write_and_check(work, self.tr("Importing and checking the list…"))

    def _write_and_check(
        self, work: Callable[[TaskProgress], tuple[ImportedList | None, CheckResult]], title: str
    ) -> None:
        """Write a list and check it in the background (progress, cancel), then show it checked,
        with what its import said beside what reading its file assumed (the check brings that)."""
        self._set_busy(True)

        def done(outcome: tuple[ImportedList | None, CheckResult]) -> None:
            imported, result = outcome
            self._set_busy(False)
            self.imported[result.list_id] = (result.version, self.contents.import_notes(imported))
            self.reload(select=result.list_id)
            self.show_result(result)

        run_task(work, done, on_failure=self._failed, parent=self, progress_parent=self, title=title)

    def check_current(self) -> None:
        list_id = self.current_list
        if list_id is None:
            return
        self._set_busy(True)

        def done(result: CheckResult) -> None:
            self._set_busy(False)
            self.show_result(result)

        self.check_task = run_task(
            lambda progress: self._service.check(list_id, progress.report),
            done,
            on_failure=self._failed,
            parent=self,
            progress_parent=self,
            title=self.tr("Checking the list…"),
        )

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, Cancelled):
            return  # the user stopped it: nothing was written
        self.error_box = warn(self, self.tr("Lists"), error, "list_error")

    # -- versions, our lists ----------------------------------------------------------

    def compare(self) -> DiffDialog | None:
        list_id = self.current_list
        if list_id is None:
            return None
        dialog = DiffDialog(self._service.diff(list_id), self)
        dialog.open()
        self.diff_dialog = dialog
        return dialog

    def build_list(self) -> BuildListDialog:
        dialog = BuildListDialog(self._service.agreements(), self)

        def build() -> None:
            agreement, phase, query = dialog.agreement_id, dialog.phase.value() or None, dialog.query()
            only = dialog.only_compliant.isChecked()

            def work(progress: TaskProgress) -> tuple[ImportedList | None, CheckResult]:
                version = self._service.build_our_list(agreement, phase, query, only)
                return None, self._service.check(version.list_id, progress.report)

            self._write_and_check(work, self.tr("Building our list…"))

        dialog.accepted.connect(build)
        dialog.open()
        self.build_dialog = dialog
        return dialog

    def draft_clarification(self) -> None:
        """A request to the other side for every entry not found or not compliant."""
        list_id = self.current_list
        if list_id is None:
            return
        try:
            thread_id = self._service.draft_clarification(list_id)
        except RepatriaError as error:
            self._failed(error)
            return
        self._selected(self.tree.currentItem())  # the entries now show "clarification requested"
        self.clarification_drafted.emit(thread_id)

    def lock(self) -> QMessageBox | None:
        """Ask once, then lock: a locked list is the one submitted, and is never edited again."""
        node = self.nodes.get(self.current_list) if self.current_list else None
        if node is None:
            return None
        text = self.tr(
            'Lock "{0}" as submitted?\n\n'
            "Its latest version becomes the one handed to the other side: it can never be edited again. "
            "Later changes need a new version, compared against this one."
        ).format(node.title)
        self.question = confirm(self, self.tr("Lock the list"), text, self.tr("Lock"), self._lock, "confirm_lock")
        return self.question

    def _lock(self) -> None:
        list_id = self.current_list
        if list_id is None:
            return
        try:
            self._service.lock(list_id)
        except RepatriaError as error:
            self._failed(error)
            return
        self.summary.setText(self.summary.text() + " · " + self.tr("locked as submitted"))

    def export(self) -> None:
        list_id = self.current_list
        if list_id is None:
            return
        dialog = QFileDialog(self, self.tr("Export the list"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV (*.csv)")])
        dialog.fileSelected.connect(lambda name: self.export_to(list_id, Path(name)))
        dialog.open()

    def export_to(self, list_id: uuid.UUID, path: Path) -> None:
        fmt = "csv" if path.suffix.casefold() == ".csv" else "xlsx"
        target = path if path.suffix else path.with_suffix(".xlsx")
        try:
            target.write_bytes(self._service.export(list_id, fmt))
        except (RepatriaError, OSError) as error:
            self._failed(error)

    # -- printing ---------------------------------------------------------------------

    def print_report(self, kind: ReportKind) -> None:
        """Build the report in the background, then show it in the preview."""
        node = self.nodes.get(self.current_list) if self.current_list else None
        if node is None or self.busy:
            return
        self._set_busy(True)
        name = f"{kind}-{node.title or node.list_id}.pdf".replace("/", "-").replace(" ", "-")
        title = report_title(kind)

        job = ReportJob(
            self, lambda: self._service.report(kind, node.list_id), name, f"{title}: {node.title}", self._failed
        )
        job.ended.connect(lambda: self._set_busy(False))
        job.shown.connect(self._set_preview)

    def _set_preview(self, preview: ReportPreview) -> None:
        self.preview = preview

    # -- exchange day -----------------------------------------------------------------

    def exchange_day(self) -> ExchangeDayDialog | None:
        node = self.nodes.get(self.current_list) if self.current_list else None
        if node is None:
            return None
        expected = self._service.expected_home(node.agreement_id, node.phase)
        phase = self.tr("phase {0}").format(node.phase) if node.phase else self.tr("no phase")
        dialog = ExchangeDayDialog(expected, f"{node.agreement_title}, {phase}", self)

        def record() -> None:
            try:
                summary = self._service.record_exchange_day(dialog.day_input(node.agreement_id, node.phase))
            except RepatriaError as error:
                self._failed(error)
                return
            self.last_exchange = summary
            text = dialog.recorded_text(summary)
            details = dialog.recorded_details(summary)
            self.exchange_box = inform(self, self.tr("Exchange day"), text, "exchange_summary", details)
            self.exchange_recorded.emit(summary)
            self.registry_changed.emit()

        dialog.accepted.connect(record)
        dialog.open()
        self.exchange_dialog = dialog
        return dialog

    def reverse_exchange(self) -> ReverseExchange | None:
        if self.current_list is None:
            return None
        self.reversal = ReverseExchange(self._service, self.current_list, self)
        self.reversal.reversed.connect(lambda _reversal: self._selected(self.tree.currentItem()))
        self.reversal.reversed.connect(self.registry_changed)
        return self.reversal

    # -- one entry --------------------------------------------------------------------

    def open_entry(self, row: int) -> EntryDialog | None:
        """The entry shown in the table's ``row``, in full: every candidate, verdict and reason."""
        entry = self.model.entry(row)
        self.entry_dialog = open_entry(entry, self._service, self.model.state_text, self._failed, self)
        return self.entry_dialog

    # -- review -----------------------------------------------------------------------

    def review(self) -> ReviewDialog | None:
        if self.result is None:
            return None
        pending = [e for e in self.result.entries if e.public_state == "review"]
        if not pending:
            return None
        dialog = ReviewDialog(self._service, pending, self)
        dialog.finished.connect(lambda _result: self._selected(self.tree.currentItem()))
        dialog.open()
        return dialog
