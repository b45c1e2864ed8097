"""The main window: a navigation sidebar, the sections, a search field always at hand."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from models.core.enums import PersonStatus
from models.core.errors import RepatriaError
from models.core.numbers import grouped
from models.persons.dto import PersonDTO
from views.app.commands import WindowCommands
from views.app.ports import RegistrySectionsPort, RemainsSectionPort
from views.common.correspondence_tab import CorrespondenceTab
from views.common.labels import enum_label, status_label
from views.common.messages import inform, warn
from views.common.widgets import fit_to_screen
from views.correspondence.page import CorrespondencePage
from views.correspondence.ports import CorrespondencePort
from views.lists.page import ListsPage
from views.lists.ports import ListsPort
from views.office.offices_page import OfficesPage
from views.office.ports import (
    BackupPort,
    BundlesPort,
    ChangeLogPort,
    OfficeSettingsPort,
    OfficesPort,
    UsersPort,
)
from views.office.settings_dialog import SettingsDialog
from views.persons.dashboard import DashboardPage
from views.persons.dialogs import MergeDialog
from views.persons.editor import PersonEditor
from views.persons.page import PersonsPage
from views.persons.ports import PeoplePort
from views.persons.records.tabs import record_tabs
from views.remains.ante_mortem import AnteMortemTab
from views.remains.page import RemainsPage


class MainWindow(QMainWindow):
    DASHBOARD, PERSONS, LISTS, CORRESPONDENCE, REMAINS, OFFICES = 0, 1, 2, 3, 4, 5
    language_chosen = Signal(str)  # "en" or "uk"; desktop switches and rebuilds the window
    open_database_requested = Signal()  # File → Open another database: desktop shows the login
    # Emitted from any thread when a save has to wait for another program's write (desktop
    # connects the database's notice to it); the status bar says so in the GUI thread.
    writer_waiting = Signal()
    # File → Restore from a backup…: the backup and the user's password; desktop closes the
    # database, restores, and opens the restored one (the views never touch files of the database)
    restore_requested = Signal(str, str)

    def __init__(
        self,
        source: RegistrySectionsPort,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        people: PeoplePort | None = None,
        lists: ListsPort | None = None,
        letters: CorrespondencePort | None = None,
        remains: RemainsSectionPort | None = None,
        office_settings: OfficeSettingsPort | None = None,
        remember_layout: bool = True,
        users: UsersPort | None = None,
        change_log: ChangeLogPort | None = None,
        guide: Callable[[str], str] | None = None,
        versions: Callable[[], list[tuple[str, str]]] | None = None,
        offices: OfficesPort | None = None,
        bundles: BundlesPort | None = None,
        backups: BackupPort | None = None,
    ) -> None:
        """``users``: given to admins only; ``guide(language)``: the user guide's Markdown;
        ``versions()``: (component, version) for "About"."""
        super().__init__(parent)
        self._source = source
        self._people = people
        self.editors: dict[uuid.UUID | None, PersonEditor] = {}
        self._settings = settings
        self._remember_layout = remember_layout
        self.setWindowTitle(self.tr("Repatria — {0} ({1})").format(source.title, enum_label(source.role)))

        self.dashboard = DashboardPage(source)
        self.persons = PersonsPage(source)
        self.persons.shown_changed.connect(self._show_counts)
        self.persons.person_activated.connect(lambda row: self.open_person(row.id))
        self.dashboard.person_activated.connect(self.open_person)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.dashboard)
        self.stack.addWidget(self.persons)
        self.lists = ListsPage(lists) if lists is not None else None
        if self.lists is not None:
            self.stack.addWidget(self.lists)
        self.correspondence = CorrespondencePage(letters) if letters is not None and self.lists is not None else None
        if self.correspondence is not None:
            self.stack.addWidget(self.correspondence)
        self._remains_service = remains
        self._settings_service = office_settings
        self.backups = backups
        self.remains = RemainsPage(remains) if remains is not None and self.correspondence is not None else None
        if self.remains is not None:
            self.stack.addWidget(self.remains)
            self.remains.person_activated.connect(self.open_person)
            self.remains.queue_changed.connect(self._show_queue)
            self.remains.registry_changed.connect(self.refresh)  # the counts in the status bar too
            self.remains.thread_activated.connect(self._open_clarification)

        self.offices = (
            OfficesPage(offices, bundles)
            if offices is not None and bundles is not None and self.remains is not None
            else None
        )
        if self.offices is not None:
            self.stack.addWidget(self.offices)
            self.offices.registry_changed.connect(self.refresh)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        titles = (
            [self.tr("Dashboard"), self.tr("Persons")]
            + ([self.tr("Lists")] if self.lists else [])
            + ([self.tr("Correspondence")] if self.correspondence else [])
            + ([self.tr("Remains")] if self.remains else [])
            + ([self.tr("Offices")] if self.offices else [])
        )
        for title in titles:
            QListWidgetItem(title, self.navigation)
        self.navigation.setMaximumWidth(240)
        self.navigation.setMinimumWidth(180)
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 11pt; }QListWidget#navigation::item { padding: 8px 10px; }"
        )
        self.navigation.currentRowChanged.connect(self._navigate)

        splitter = QSplitter()
        splitter.setObjectName("main_splitter")
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1090])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name in any spelling, service number, date of birth…"))
        self.search.setMinimumWidth(420)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.persons.search_now)
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("search_bar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Search:") + " "))
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

        self.count_label = QLabel()
        self.count_label.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.count_label, 1)
        self.writer_waiting.connect(self._say_writer_waiting, Qt.ConnectionType.QueuedConnection)
        self.commands = WindowCommands(self, users, change_log, guide, versions)
        self.merge_action = self.commands.merge_action
        self.language_actions = self.commands.language_actions

        self.navigation.setCurrentRow(self.PERSONS)
        self.persons.apply()
        self.dashboard.reload()
        if self.correspondence is not None and self.lists is not None:
            self.correspondence.overdue_changed.connect(self._show_overdue)
            self.lists.clarification_drafted.connect(self._open_clarification)
            self.lists.registry_changed.connect(self.refresh)
            self._show_overdue(sum(1 for t in self.correspondence.threads if t.days_overdue))
        if remember_layout:
            self._restore_layout()
        else:
            fit_to_screen(self, 1280, 800)
            self.persons.fit_columns()

    def choose_language(self, code: str) -> None:
        """Switch language: the window is rebuilt in the new language, so open edits must be saved."""
        if any(editor.dirty for editor in self.editors.values()):
            inform(
                self, self.tr("Language"), self.tr("Save or close the persons being edited, then switch the language.")
            )
            return
        self.language_chosen.emit(code)

    # -- correspondence -------------------------------------------------------------------

    def _show_overdue(self, count: int) -> None:
        """The reminder: the sidebar says how many threads are past their due date."""
        item: QListWidgetItem | None = self.navigation.item(self.CORRESPONDENCE)  # None past the last row
        if item is None:
            return
        title = self.tr("Correspondence")
        item.setText(title + (f" ({count})" if count else ""))
        item.setToolTip(self.tr("{0} threads past their due date").format(count) if count else "")
        if count:
            self.statusBar().showMessage(self.tr("{0} threads past their due date").format(count), 15000)

    def open_settings(self) -> SettingsDialog | None:
        if self._settings_service is None:
            return None
        dialog = SettingsDialog(self._settings_service, self)
        dialog.open()
        self.settings_dialog = dialog
        return dialog

    def _show_queue(self, count: int) -> None:
        item = self.navigation.item(self.REMAINS)
        if item is not None:
            item.setText(self.tr("Remains") + (f" ({count})" if count else ""))
            item.setToolTip(self.tr("{0} proposals wait for the identification board").format(count) if count else "")

    def _open_clarification(self, thread_id: object) -> None:
        if self.correspondence is not None and isinstance(thread_id, uuid.UUID):
            self.navigation.setCurrentRow(self.CORRESPONDENCE)
            self.correspondence.open_thread(thread_id)

    # -- persons --------------------------------------------------------------------------

    def open_person(self, person_id: uuid.UUID | None) -> PersonEditor | None:
        """Open the editor of a person (None: a new person); an open one is brought forward."""
        if self._people is None:
            return None
        existing = self.editors.get(person_id)
        if existing is not None and person_id is not None:
            existing.raise_()
            existing.activateWindow()
            return existing
        person = self._people.get(person_id) if person_id is not None else None
        editor = PersonEditor(self._people, person, self._record_tabs(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._person_saved)
        editor.open_person.connect(self.open_person)
        editor.finished.connect(lambda _result, e=editor: self._forget(e))
        editor.destroyed.connect(lambda _obj=None, e=editor: self._forget(e))
        self.editors[person_id] = editor
        editor.show()
        return editor

    def _record_tabs(self) -> Callable[[Any], list[tuple[str, str, QWidget]]]:
        assert self._people is not None
        records = record_tabs(self._people)
        remains = self._remains_service
        if remains is None:
            return records

        def build(editor: Any) -> list[tuple[str, str, QWidget]]:
            tabs = records(editor)
            for _group, _title, tab in tabs:
                if isinstance(tab, CorrespondenceTab):
                    tab.thread_activated.connect(self._open_clarification)
            return [*tabs, ("medical", self.tr("Ante mortem"), AnteMortemTab(remains, editor))]

        return build

    def _forget(self, editor: PersonEditor) -> None:
        for key, value in list(self.editors.items()):
            if value is editor:
                del self.editors[key]

    def _person_saved(self, person: PersonDTO) -> None:
        editor = self.sender()
        if isinstance(editor, PersonEditor):
            self._forget(editor)
            self.editors[person.id] = editor
        self.persons.refresh()
        self.dashboard.reload()

    def _open_selected(self) -> None:
        rows = self.persons.selected_rows()
        if rows:
            self.open_person(rows[0].id)

    def _say_writer_waiting(self) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Waiting for another program writing to the database to finish (an import, a list check, "
                "or the app of another clerk)…"
            ),
            15000,
        )

    def merge_selected(self) -> MergeDialog | None:
        rows = self.persons.selected_rows()
        if self._people is None or len(rows) != 2:
            self.statusBar().showMessage(self.tr("Select exactly two persons to merge (Ctrl+click)."), 5000)
            return None
        people = self._people
        refusal = people.merge_refusal(rows[0].id, rows[1].id)
        if refusal is not None:  # said before anyone chooses fields, not after
            warn(self, self.tr("Not merged"), refusal, "merge_refused")
            return None
        keep, other = people.get(rows[0].id), people.get(rows[1].id)
        editor = PersonEditor(people, keep)  # only for its translated field labels
        dialog = MergeDialog(keep, other, editor.field_label, self)
        editor.deleteLater()

        def finished(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            try:
                kept = people.merge(keep.id, other.id, dialog.merged())
            except RepatriaError as exc:
                warn(self, self.tr("Not merged"), exc)
                return
            # the kept record may have taken the other's registry number: say which it is now
            self.statusBar().showMessage(
                self.tr("{0} and {1} merged into one record: {2}.").format(
                    keep.external_id, other.external_id, kept.external_id
                ),
                8000,
            )
            self.refresh()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def focus_search(self) -> None:
        self.navigation.setCurrentRow(self.PERSONS)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            return
        super().keyPressEvent(event)

    def _search_changed(self, text: str) -> None:
        if self.stack.currentIndex() != self.PERSONS:
            self.navigation.setCurrentRow(self.PERSONS)
        self.persons.set_search_text(text)

    def _navigate(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
        if row == self.REMAINS and self.remains is not None:
            self.remains.reload()
        if row == self.OFFICES and self.offices is not None:
            self.offices.refresh()

    @property
    def people(self) -> PeoplePort | None:
        """The person editor's service (None when the window only browses)."""
        return self._people

    @property
    def remembers_layout(self) -> bool:
        return self._remember_layout

    def refresh(self) -> None:
        self.persons.refresh()
        self.dashboard.reload()

    def _show_counts(self, shown: int, searching: bool) -> None:
        counts = self._source.counts_by_status()
        total = sum(counts.values())
        if searching:
            first = self.tr("found: {0}").format(grouped(shown))
            left_out = self.persons.left_out
            if len(left_out) == 1:  # no one has every word: say so, and which words were left out
                first += " " + self.tr("(no one has every word; those shown lack «{0}»)").format(left_out[0])
            elif left_out:
                words = ", ".join(f"«{word}»" for word in left_out)
                first += " " + self.tr("(no one has every word; each shown lacks one of {0})").format(words)
        elif shown != total:
            first = self.tr("shown: {0} of {1}").format(grouped(shown), grouped(total))
        else:
            first = self.tr("{0} persons").format(grouped(total))
        parts = [first]
        parts += [f"{status_label(s)}: {grouped(counts[s])}" for s in PersonStatus if counts.get(s)]
        self.count_label.setText("  ·  ".join(parts))

    def _restore_layout(self) -> None:
        geometry = self._settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, 1280, 800)
        splitter = self._settings.value("main/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if not self.persons.restore_state(self._settings.value("main/persons_header")):
            self.persons.fit_columns()
        page = self._settings.value("main/page")
        if page is not None:
            self.navigation.setCurrentRow(int(page))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit (Ctrl+Q) or the window's close: not while a person's edits are unsaved (the
        editor is brought forward, with a word why); otherwise the editors close with it."""
        unsaved = [editor for editor in self.editors.values() if editor.isVisible() and editor.dirty]
        if unsaved:
            event.ignore()
            unsaved[0].raise_()
            unsaved[0].activateWindow()
            self.unsaved_box = inform(
                self,
                self.tr("Not closed"),
                self.tr("%n person(s) have changes that are not saved: save or close them first.", "", len(unsaved)),
                "unsaved_persons",
            )
            return
        for editor in list(self.editors.values()):
            editor.close()
        if self._remember_layout:
            self._settings.setValue("main/geometry", self.saveGeometry())
            self._settings.setValue("main/splitter", self.splitter.saveState())
            self._settings.setValue("main/persons_header", self.persons.save_state())
            self._settings.setValue("main/page", self.navigation.currentRow())
        super().closeEvent(event)
