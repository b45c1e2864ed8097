"""The main window's menus and the commands only they reach: File (another database, export the
table, print, quit), Edit, Person, View, Tools (office settings, users and passwords, the change
log) and Help (the user guide, keyboard shortcuts, about)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit, QMenu

from models.core.dto import BackupResult
from models.core.numbers import grouped
from models.core.report_kinds import ReportKind
from views.app.help import guide_dialog, shortcuts_of, table_dialog, window_keys
from views.common.messages import warn
from views.common.tasks import Progress, run_task
from views.office.log_viewer import ChangeLogDialog
from views.office.ports import ChangeLogPort, UsersPort
from views.office.users_dialog import UsersDialog
from views.persons.model import COLUMNS as PERSON_COLUMNS
from views.persons.model import cell_text
from views.persons.unmerge import UnmergeDialog

if TYPE_CHECKING:
    from views.app.main_window import MainWindow

LANGUAGES = (("en", "English"), ("uk", "Українська"))  # each named in its own language
EXPORT_PAGE = 5000  # persons read at a time for an export
BACKUP_FOLDER_KEY = "backup/folder"  # this computer's last backup folder (QSettings)


class WindowCommands(QObject):
    """Builds ``window``'s menu bar and runs what only the menus reach. ``users`` is given to
    admins only; ``guide(language)`` gives the user guide's Markdown; ``versions()`` the
    (component, version) rows of "About"."""

    def __init__(
        self,
        window: MainWindow,
        users: UsersPort | None = None,
        change_log: ChangeLogPort | None = None,
        guide: Callable[[str], str] | None = None,
        versions: Callable[[], list[tuple[str, str]]] | None = None,
    ) -> None:
        super().__init__(window)
        self._users, self._change_log, self._guide, self._versions = users, change_log, guide, versions
        self.dialog: QDialog | None = None  # the last window opened (kept alive, and read by tests)
        self.backup_reminder = ""  # what the status bar last said of backups
        self._build_menu()

    @property
    def window(self) -> MainWindow:
        """The window, as the parent: held by Qt, not by a Python reference (a reference cycle
        would keep a closed window's wrapper alive after Qt deleted it)."""
        return cast("MainWindow", self.parent())

    def _build_menu(self) -> None:
        w = self.window
        """File, Edit, Person, View, Tools, Help: every command of the window, with its keys."""
        file = w.menuBar().addMenu(self.tr("&File"))
        self._add(file, self.tr("&Open another database…"), "Ctrl+Shift+O", w.open_database_requested.emit)
        file.addSeparator()
        self.export_action = self._add(file, self.tr("&Export the table…"), "Ctrl+E", self.export_table)
        self.export_action.setToolTip(self.tr("The persons shown (a search result, the filters) as CSV or XLSX"))
        # Each section binds Ctrl+P itself (a window-wide Ctrl+P would be ambiguous with theirs and
        # do nothing): the menu names the key without binding it
        keys = QKeySequence(QKeySequence.StandardKey.Print).toString(QKeySequence.SequenceFormat.NativeText)
        self.print_action = self._add(file, self.tr("&Print…") + "\t" + keys, None, self.print_current)
        if w.backups is not None:
            file.addSeparator()
            self.backup_action = self._add(file, self.tr("&Back up…"), "Ctrl+Shift+B", self.back_up)
            self.backup_action.setToolTip(self.tr("A checked, encrypted copy of this database, made while you work"))
            self.restore_action = self._add(file, self.tr("&Restore from a backup…"), None, self.restore)
        file.addSeparator()
        quit_action = self._add(file, self.tr("&Quit"), "Ctrl+Q", w.close)  # StandardKey.Quit is empty on Windows
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit = w.menuBar().addMenu(self.tr("&Edit"))
        self._add(edit, self.tr("&Find"), QKeySequence.StandardKey.Find, w.focus_search)
        self._add(edit, self.tr("&Copy the selected person's ID"), "Ctrl+Shift+C", self.copy_person_id)

        person = w.menuBar().addMenu(self.tr("&Person"))
        new = self._add(person, self.tr("&New person"), QKeySequence.StandardKey.New, lambda: w.open_person(None))
        edit_person = self._add(person, self.tr("&Open selected"), "Ctrl+O", w._open_selected)
        self.merge_action = self._add(person, self.tr("&Merge the two selected…"), "Ctrl+M", w.merge_selected)
        unmerge = self._add(person, self.tr("&Undo a merge…"), None, self.open_unmerge)
        for action in (new, edit_person, self.merge_action, unmerge):
            action.setEnabled(w.people is not None)

        view = w.menuBar().addMenu(self.tr("&View"))
        sections = [(self.tr("&Dashboard"), "Ctrl+1", w.DASHBOARD), (self.tr("&Persons"), "Ctrl+2", w.PERSONS)]
        if w.lists is not None:
            sections.append((self.tr("&Lists"), "Ctrl+3", w.LISTS))
        if w.correspondence is not None:
            sections.append((self.tr("&Correspondence"), "Ctrl+4", w.CORRESPONDENCE))
        if w.remains is not None:
            sections.append((self.tr("&Remains"), "Ctrl+5", w.REMAINS))
        if w.offices is not None:
            sections.append((self.tr("&Offices"), "Ctrl+6", w.OFFICES))
        for title, shortcut, page in sections:
            self._add(view, title, shortcut, partial(w.navigation.setCurrentRow, page))
        view.addSeparator()
        self._add(view, self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, w.refresh)
        languages = view.addMenu(self.tr("&Language"))
        group = QActionGroup(w)
        current = QLocale().name()[:2]
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = languages.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == ("uk" if current == "uk" else "en"))
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: w.choose_language(c))
            self.language_actions[code] = action

        tools = w.menuBar().addMenu(self.tr("&Tools"))
        office = self._add(tools, self.tr("Office &settings…"), None, w.open_settings)
        office.setEnabled(w._settings_service is not None)
        users = self._add(tools, self.tr("&Users and passwords…"), None, self.open_users)
        users.setEnabled(self._users is not None)
        if self._users is None:
            users.setToolTip(self.tr("Admins only"))
        log = self._add(tools, self.tr("Change &log…"), "Ctrl+Shift+L", self.open_change_log)
        log.setEnabled(self._change_log is not None)

        help_menu = w.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("User &guide"), "F1", self.open_guide)
        self._add(help_menu, self.tr("&Keyboard shortcuts"), None, self.open_shortcuts)
        about = self._add(help_menu, self.tr("&About Repatria"), None, self.open_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    def _add(
        self,
        menu: QMenu,
        title: str,
        keys: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = menu.addAction(title)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- file, edit, tools, help ------------------------------------------------------------

    def export_table(self) -> QFileDialog:
        """The persons shown (every one the search and filters select, not only the rows on
        screen) as CSV or XLSX; read and written in the background."""
        w = self.window
        w.navigation.setCurrentRow(w.PERSONS)
        dialog = QFileDialog(w, self.tr("Export the table"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilters([self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, semicolon-separated (*.csv)")])
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile("persons.xlsx")
        dialog.fileSelected.connect(lambda name: self.export_to(Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def export_to(self, path: Path) -> None:
        w = self.window
        query, source = w.persons.model.query, w._source
        header = [w.persons.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(PERSON_COLUMNS))]

        def work(progress: Progress) -> int:
            total = source.count_persons(query)
            rows: list[list[str]] = []
            for offset in range(0, total, EXPORT_PAGE):
                progress.report(offset, total, "")
                rows += [
                    [cell_text(person, field) for field, _ in PERSON_COLUMNS]
                    for person in source.person_page(query, offset, EXPORT_PAGE)
                ]
            source.export_table(path, header, rows)
            return len(rows)

        def done(count: int) -> None:
            w.statusBar().showMessage(self.tr("{0} persons exported to {1}.").format(grouped(count), path.name), 10000)

        run_task(
            work,
            done,
            parent=self,
            progress_parent=w,
            title=self.tr("Exporting the table…"),
            on_failure=self._not_exported,
        )

    def _not_exported(self, error: BaseException) -> None:
        w = self.window
        self.dialog = None
        warn(w, self.tr("Not exported"), error, "not_exported")

    # -- backups ------------------------------------------------------------------------------

    def backup_folder(self) -> Path | None:
        """The folder the last backup from this computer went to (None: none yet)."""
        value = self.window._settings.value(BACKUP_FOLDER_KEY)
        return Path(str(value)) if value else None

    def back_up(self) -> QFileDialog:
        """Choose the folder (a USB stick, a second disk), then :meth:`back_up_to`."""
        dialog = QFileDialog(self.window, self.tr("Back up into the folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        folder = self.backup_folder()
        if folder is not None:
            dialog.setDirectory(str(folder))
        dialog.fileSelected.connect(lambda name: self.back_up_to(Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def back_up_to(self, folder: Path) -> None:
        """A checked, encrypted copy of the database in ``folder``, in the background; the
        newest 14 of this office's backups there are kept."""
        w = self.window
        backups = w.backups
        assert backups is not None

        def done(made: BackupResult) -> None:
            w._settings.setValue(BACKUP_FOLDER_KEY, str(folder))
            removed = self.tr(" %n older backup(s) removed.", "", len(made.removed)) if made.removed else ""
            if made.future:  # a clock was wrong: said, not silently counted as the newest
                removed += self.tr(
                    " %n backup(s) there are dated after now: check this computer's date; they are kept.",
                    "",
                    len(made.future),
                )
            if made.damaged_slots:  # copied as they are: an admin resets those users' passwords
                removed += self.tr(
                    " %n user(s) cannot sign in with their password (damaged key slot, in the backup too): "
                    "an admin gives them a new one.",
                    "",
                    len(made.damaged_slots),
                )
            w.statusBar().showMessage(
                self.tr("Backed up to {0}, checked ({1} changes).").format(made.path, grouped(made.events)) + removed,
                15000,
            )

        run_task(
            lambda _progress: backups.backup(folder),
            done,
            parent=self,
            progress_parent=w,
            title=self.tr("Backing up…"),
            on_failure=self._not_backed_up,
        )

    def _not_backed_up(self, error: BaseException) -> None:
        warn(self.window, self.tr("Not backed up"), error, "not_backed_up")

    def remind_of_backups(self) -> None:
        """Say in the status bar when this computer's last backup of the database is older than
        the office's setting (7 days unless changed), or when it made none."""
        w = self.window
        backups = w.backups
        if backups is None:
            return
        folder = self.backup_folder()

        def work(_progress: Progress) -> tuple[int, dt.datetime | None]:
            newest = backups.newest_backup(folder) if folder is not None else None
            return backups.backup_reminder_days(), None if newest is None else newest[1]

        def done(found: tuple[int, dt.datetime | None]) -> None:
            days, last = found
            now = dt.datetime.now(dt.UTC)
            if last is None:
                text = self.tr("No backup of this database was made on this computer: File → Back up… (Ctrl+Shift+B).")
            elif now - last > dt.timedelta(days=days):
                text = self.tr("The last backup of this database is %n day(s) old: File → Back up… (Ctrl+Shift+B).", "",
                               (now - last).days)  # fmt: skip
            else:
                return
            self.backup_reminder = text
            w.statusBar().showMessage(text, 60000)

        run_task(work, done, parent=self)

    def restore(self) -> QFileDialog:
        """Choose a backup, confirm with the password; desktop restores it in place of this
        database (kept beside it as NAME.replaced-TIME) and opens it."""
        dialog = QFileDialog(self.window, self.tr("Restore from a backup"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Repatria backup (*.db)")])
        folder = self.backup_folder()
        if folder is not None:
            dialog.setDirectory(str(folder))
        dialog.fileSelected.connect(lambda name: self.confirm_restore(Path(name)))
        dialog.open()
        self.dialog = dialog
        return dialog

    def confirm_restore(self, backup: Path) -> QInputDialog:
        w = self.window
        ask = QInputDialog(w)
        ask.setObjectName("restore_password")
        ask.setWindowTitle(self.tr("Restore from a backup"))
        ask.setLabelText(
            self.tr(
                "Restore {0} in place of the database open now? The open database is kept beside it, "
                "renamed …replaced-DATE, and the work of other offices since the backup comes back with "
                "their next bundles. Tell headquarters before you send bundles.\n\nYour password, to check "
                "the backup:"
            ).format(backup.name)
        )
        for label in ask.findChildren(QLabel):  # a paragraph, not one line as wide as the screen
            label.setWordWrap(True)
        ask.setMinimumWidth(520)
        ask.setTextEchoMode(QLineEdit.EchoMode.Password)
        ask.setOkButtonText(self.tr("Restore"))
        ask.textValueSelected.connect(lambda password: w.restore_requested.emit(str(backup), password))
        ask.open()
        self.dialog = ask
        return ask

    def print_current(self) -> None:
        """Print what the section shown prints (as its own Ctrl+P does): the statistics, the
        selected person's dossier, the list's phase list, the thread, the remains' status."""
        w = self.window
        page = w.stack.currentIndex()
        if page == w.DASHBOARD:
            w.dashboard.print_statistics()
            return
        if page == w.LISTS and w.lists is not None:
            w.lists.print_report(ReportKind.PHASE_LIST)
            return
        if page == w.CORRESPONDENCE and w.correspondence is not None:
            w.correspondence.print_thread()
            return
        if page == w.REMAINS and w.remains is not None:
            w.remains.print_status()
            return
        editor = w.open_person(row.id) if (row := w.persons.current_row()) is not None else None
        if editor is None:
            w.statusBar().showMessage(self.tr("Select a person (or a list) to print."), 5000)
            return
        editor.print_report(ReportKind.DOSSIER)

    def copy_person_id(self) -> None:
        w = self.window
        row = w.persons.current_row()
        if row is None:
            w.statusBar().showMessage(self.tr("Select a person first."), 5000)
            return
        QGuiApplication.clipboard().setText(row.external_id)
        w.statusBar().showMessage(self.tr("Copied {0}.").format(row.external_id), 5000)

    def open_unmerge(self) -> UnmergeDialog | None:
        people = self.window.people
        if people is None:
            return None
        dialog = UnmergeDialog(people, self.window)
        dialog.unmerged.connect(lambda _person: self.window.refresh())
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_users(self) -> UsersDialog | None:
        if self._users is None:
            return None
        dialog = UsersDialog(self._users, self.window)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_change_log(self, record_id: uuid.UUID | None = None) -> ChangeLogDialog | None:
        if self._change_log is None:
            return None
        dialog = ChangeLogDialog(self._change_log, self.window, record_id)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_guide(self) -> QDialog | None:
        if self._guide is None:
            return None
        language = "uk" if QLocale().language() == QLocale.Language.Ukrainian else "en"
        dialog = guide_dialog(self.tr("Repatria: user guide"), self._guide(language), self.window)
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_shortcuts(self) -> QDialog:
        actions = [a for menu in self.window.menuBar().findChildren(QMenu) for a in menu.actions()]
        dialog = table_dialog(
            self.tr("Keyboard shortcuts"),
            [self.tr("Command"), self.tr("Keys")],
            [*shortcuts_of(actions), *window_keys()],
            self.window,
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def open_about(self) -> QDialog:
        rows = (
            [(QCoreApplication.translate("About", name), value) for name, value in self._versions()]
            if self._versions
            else []
        )
        dialog = table_dialog(self.tr("About Repatria"), [self.tr("Component"), self.tr("Version")], rows, self.window)
        dialog.open()
        self.dialog = dialog
        return dialog
