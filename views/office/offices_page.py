"""The Offices section: our office and its card; the offices we trust and the bundles each
way; conflicts, confirmations and quarantined bundles (BUNDLES.md). Every call to the
database and every key operation runs in the background."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.bundles.dto import ChannelStatus, ConfirmationView, ConflictView, ImportResult, OfficeView
from models.core.enums import Role
from models.core.errors import RepatriaError
from views.common.labels import entity_label, enum_label, field_label, value_label
from views.common.messages import confirm, inform, message_text, warn
from views.common.tables import fill_table, read_only_table
from views.common.tasks import Progress, Task, run_task
from views.common.widgets import button_row
from views.office import bundle_dialogs as texts
from views.office import conflict_values
from views.office.bundle_dialogs import (
    ImportSummaryDialog,
    NewKeysDialog,
    TrustCardDialog,
    kind_text,
    missing_text,
    tab_page,
)
from views.office.ports import BundlesPort, OfficesPort


class OfficesPage(QWidget):
    registry_changed = Signal()  # a bundle changed records: the registry's counts follow

    def __init__(self, offices: OfficesPort, bundles: BundlesPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offices_page")
        self._offices = offices
        self._bundles = bundles
        self.task: Task[Any] | None = None
        self._version = 0  # our card's, once shown
        self._views: list[OfficeView] = []
        self._conflicts: list[ConflictView] = []
        self._confirmations: list[ConfirmationView] = []
        admin = offices.role.at_least(Role.ADMIN)
        supervisor = offices.role.at_least(Role.SUPERVISOR)

        ours = QGroupBox(self.tr("Our office"))
        self.ours_title = QLabel()
        self.ours_title.setObjectName("ours_title")
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("our_fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(14)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.ours_facts = QLabel()
        self.ours_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_card = QPushButton(self.tr("Print card…"))
        self.save_card = QPushButton(self.tr("Save card file…"))
        self.rotate = QPushButton(self.tr("New keys…"))
        self.rotate.setEnabled(admin)
        self.print_card.clicked.connect(self.print_our_card)
        self.save_card.clicked.connect(self.save_our_card)
        self.rotate.clicked.connect(self.rotate_keys)
        box = QVBoxLayout(ours)
        box.addWidget(self.ours_title)
        row = QHBoxLayout()
        row.addWidget(self.fingerprint)
        row.addWidget(self.ours_facts, 1)
        box.addLayout(row)
        box.addLayout(button_row(self.print_card, self.save_card, right=[self.rotate]))

        self.tabs = QTabWidget()
        self.offices_table = read_only_table(
            [
                self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Sent"), self.tr("Received"),
                self.tr("Waiting"), self.tr("Notes"), self.tr("Trusted"), self.tr("Fingerprint"),
            ]
        )  # fmt: skip
        self.offices_table.setObjectName("offices_table")
        self.trust = QPushButton(self.tr("Trust a card…"))
        self.trust.setEnabled(admin)
        self.export = QPushButton(self.tr("Export bundle…"))
        self.import_button = QPushButton(self.tr("Import bundle…"))
        self.trust.clicked.connect(self.trust_card)
        self.export.clicked.connect(self.export_bundle)
        self.import_button.clicked.connect(self.import_bundle)
        self.tabs.addTab(tab_page(self.offices_table, self.trust, self.export, self.import_button), "")

        self.conflicts_table = read_only_table(
            [
                self.tr("Record"), self.tr("Field"), self.tr("Value held here first"), self.tr("Other values"),
                self.tr("Shown now"), self.tr("Resolved by"),
            ]
        )  # fmt: skip
        self.conflicts_table.setObjectName("conflicts_table")
        self.keep_ours = QPushButton(self.tr("Keep the value held first"))
        self.take_theirs = QPushButton(self.tr("Take the other value"))
        self.other_value = QPushButton(self.tr("Another value…"))
        for button, take in ((self.keep_ours, "ours"), (self.take_theirs, "theirs")):
            button.clicked.connect(lambda _=False, t=take: self.resolve(t))
            button.setEnabled(supervisor)
        self.other_value.clicked.connect(self.resolve_with_value)
        self.other_value.setEnabled(supervisor)
        self.tabs.addTab(tab_page(self.conflicts_table, self.keep_ours, self.take_theirs, self.other_value), "")

        self.confirmations_table = read_only_table(
            [self.tr("What"), self.tr("From"), self.tr("Person"), self.tr("Change"), self.tr("By"), self.tr("When")]
        )
        self.confirmations_table.setObjectName("confirmations_table")
        self.confirm_button = QPushButton(self.tr("Confirm…"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.confirm_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        for button in (self.confirm_button, self.reject_button):
            button.setEnabled(supervisor)
        self.tabs.addTab(tab_page(self.confirmations_table, self.confirm_button, self.reject_button), "")

        self.quarantine_table = read_only_table([self.tr("File kept aside")])
        self.tabs.addTab(tab_page(self.quarantine_table), "")

        self.status = QLabel(wordWrap=True)
        self.status.setObjectName("status")
        layout = QVBoxLayout(self)
        layout.addWidget(ours)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self.refresh()

    # -- loading ------------------------------------------------------------------------

    def _run(self, work: Callable[[Progress], Any], done: Callable[[Any], None], title: str = "") -> None:
        self.task = run_task(work, done, parent=self, on_failure=self._failed, progress_parent=self, title=title)

    def _failed(self, error: BaseException) -> None:
        self.task = None
        if isinstance(error, RepatriaError):
            warn(self, self.tr("Offices"), error, name="offices_error")
        else:
            warn(self, self.tr("Offices"), self.tr("Failed: {0}").format(error), name="offices_error")

    def refresh(self) -> None:
        offices, bundles = self._offices, self._bundles

        def load(_progress: Progress) -> tuple[Any, ...]:
            return (
                offices.our_office(), offices.offices(), bundles.status(), bundles.conflicts(),
                bundles.confirmations(), bundles.quarantined(),
            )  # fmt: skip

        self._run(load, self._show)

    def _show(self, loaded: tuple[Any, ...]) -> None:
        self.task = None
        ours, views, channels, conflicts, confirmations, quarantined = loaded
        self._show_ours(ours)
        self._views = [v for v in views if not v.local]
        by_office: dict[uuid.UUID, ChannelStatus] = {c.office_id: c for c in channels}
        rows = []
        for view in self._views:
            channel = by_office.get(view.office_id)
            notes = []
            if view.revoked_after_seq is not None:
                notes.append(self.tr("key trusted up to change {0}").format(view.revoked_after_seq))
            if channel is not None and channel.missing_numbers:
                notes.extend(missing_text(pair, view.code) for pair in channel.missing_numbers)
            if channel is not None and channel.held:
                notes.append(self.tr("{0} held").format(channel.held))
            how = self.tr("fingerprint compared") if view.how_trusted == "fingerprint" else self.tr("new key, signed")
            rows.append(
                [
                    view.code, view.name, enum_label(view.kind),
                    texts.numbered(channel and channel.sent_seq, channel and channel.last_sent_at),
                    texts.numbered(channel and channel.received_seq, channel and channel.last_received_at),
                    "" if channel is None else str(channel.waiting),
                    "; ".join(notes),
                    f"{texts.when(view.trusted_at)} {view.trusted_by or ''} ({how})" if view.trusted_by else "",
                    view.fingerprint or "",
                ]
            )  # fmt: skip
        fill_table(self.offices_table, rows)
        self._conflicts = conflicts
        fill_table(
            self.conflicts_table,
            [
                [
                    f"{entity_label(c.record_kind)} {c.person_external_id or str(c.record_id)[:8]}",
                    field_label(c.field, c.record_kind) if c.field != "(deleted)" else self.tr("deleted here or there"),
                    f"{texts.value_text(c, c.ours)} ({c.ours_office}, {c.ours_author})",
                    "; ".join(f"{texts.value_text(c, o.value)} ({o.office}, {o.author})" for o in c.others()),
                    texts.value_text(c, c.provisional),
                    self.tr("{0} or headquarters").format(c.owner_office or "?"),
                ]
                for c in conflicts
            ],
        )
        self._confirmations = confirmations
        fill_table(
            self.confirmations_table,
            [
                [
                    kind_text(c.kind),
                    c.office, c.person_external_id or "",
                    "; ".join(f"{field_label(k, c.record_kind)}: {value_label(k, v, c.record_kind)}"
                              for k, v in sorted(c.changes.items())),
                    c.author, texts.when(c.at),
                ]
                for c in confirmations
            ],
        )  # fmt: skip
        fill_table(self.quarantine_table, [[str(p)] for p in quarantined])
        for index, (title, count) in enumerate(
            (
                (self.tr("Offices"), len(self._views)),
                (self.tr("Conflicts"), len(conflicts)),
                (self.tr("Confirmations"), len(confirmations)),
                (self.tr("Quarantine"), len(quarantined)),
            )
        ):
            self.tabs.setTabText(index, f"{title} ({count})")

    def _show_ours(self, ours: OfficeView) -> None:
        self._version = ours.card_version or 0
        self.ours_title.setText(f"<b>{ours.code}</b> — {ours.name} · {enum_label(ours.kind)}")
        groups = (ours.fingerprint or "").split(" ")
        self.fingerprint.setText("\n".join(" ".join(groups[n : n + 4]) for n in range(0, len(groups), 4)))
        self.ours_facts.setText(
            self.tr("Key id {0}, card version {1}.\nRead these digits to an office that trusts our card.").format(
                ours.key_id, ours.card_version
            )
            + ("\n" + self.tr("Countersigned by headquarters.") if ours.countersigned_by_hq else "")
        )

    def _selected_office(self) -> OfficeView | None:
        row = self.offices_table.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    # -- our card ----------------------------------------------------------------------

    def print_our_card(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the office card as PDF"), "office-card.pdf", self.tr("PDF (*.pdf)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        offices = self._offices

        def chosen(path: str) -> None:
            self._run(lambda _p: Path(path).write_bytes(offices.card_pdf()), lambda _r: self._said(path))

        dialog.fileSelected.connect(chosen)
        dialog.open()
        return dialog

    def save_our_card(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Save the office card file"), "office-card.json", self.tr("Card (*.json)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        offices = self._offices

        def chosen(path: str) -> None:
            self._run(
                lambda _p: Path(path).write_text(offices.card_json(), encoding="utf-8"), lambda _r: self._said(path)
            )

        dialog.fileSelected.connect(chosen)
        dialog.open()
        return dialog

    def _said(self, path: str) -> None:
        self.task = None
        self.status.setText(self.tr("Saved: {0}").format(path))

    def rotate_keys(self) -> None:
        offices = self._offices
        self.keys_dialog = dialog = NewKeysDialog(self._version, self)

        def rotate() -> None:
            above = dialog.above()
            self._run(lambda _p: offices.rotate_key(above), lambda _r: self._rotated())

        dialog.accepted.connect(rotate)
        dialog.open()

    def _rotated(self) -> None:
        self.task = None
        self.status.setText(self.tr("New keys made: save the new card and send it to every office."))
        self.refresh()

    # -- other offices' cards and bundles ------------------------------------------------

    def trust_card(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("An office's card"), "", self.tr("Card (*.json);;All files (*)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.trust_card_file)
        dialog.open()
        return dialog

    def trust_card_file(self, path: str) -> None:
        offices = self._offices
        data = Path(path).read_bytes() if Path(path).stat().st_size < 1024 * 1024 else b""

        def shown(preview: Any) -> None:
            self.task = None
            if preview.held_version is not None and preview.version < preview.held_version:  # a rollback: no call
                self._run(lambda _p: offices.trust_card(data, None), self._trusted)  # says why it is refused
                return
            dialog = TrustCardDialog(preview, self)
            self.trust_dialog = dialog

            def trusted() -> None:
                typed = dialog.typed()
                self._run(lambda _p: offices.trust_card(data, typed), self._trusted)

            dialog.accepted.connect(trusted)
            dialog.open()

        self._run(lambda _p: offices.preview_card(data), shown)

    def _trusted(self, view: OfficeView) -> None:
        self.task = None
        self.status.setText(self.tr("{0} is trusted.").format(view.code))
        self.refresh()

    def export_bundle(self) -> None:
        office = self._selected_office()
        if office is None:
            inform(self, self.tr("Export bundle"), self.tr("Select the office to send a bundle to."), name="select")
            return
        default = {"laboratory": "lab", "mediator": "icrc"}.get(office.kind.value, "full")
        profile = default
        if self._offices.role.at_least(Role.ADMIN):  # another profile than the office's own: admins only
            mediator = office.kind.value == "mediator"
            profiles = [p for p in self._bundles.profile_names() if not (p == "full" and mediator)]
            profile, ok = QInputDialog.getItem(
                self,
                self.tr("Export bundle"),
                self.tr("What {0} may see (its own profile: {1}):").format(office.code, default),
                profiles,
                profiles.index(default) if default in profiles else 0,
                False,
            )
            if not ok:
                return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to write the bundle into"))
        if folder:
            self.export_to(office.code, Path(folder), profile)

    def export_to(self, code: str, folder: Path, profile: str) -> None:
        bundles = self._bundles
        self._run(
            lambda _p: bundles.export_bundle(code, folder, profile),
            self._exported,
            title=self.tr("Writing the bundle…"),
        )

    def _exported(self, path: Path) -> None:
        self.task = None
        self.status.setText(self.tr("Bundle written: {0}. Carry it to the office; it is encrypted to it.").format(path))
        self.refresh()

    def import_bundle(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("A bundle from another office"), "", self.tr("Bundles (*.repatria)"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_file(Path(path)))
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> None:
        """Read and plan the bundle (a dry run), show its summary; Apply imports it."""
        bundles = self._bundles

        def planned(result: ImportResult) -> None:
            self.task = None
            summary = ImportSummaryDialog(result, path.name, self)
            self.summary = summary
            summary.accepted.connect(lambda: self._apply(path))
            summary.open()

        self._run(
            lambda progress: bundles.import_file(path, dry_run=True, progress=progress.report),
            planned,
            title=self.tr("Checking the bundle…"),
        )

    def _apply(self, path: Path) -> None:
        bundles = self._bundles

        def applied(result: ImportResult) -> None:
            self.task = None
            counts = result.counts
            if result.result in ("applied", "held"):
                said = self.tr(
                    "{0}: {1} new, {2} updated, {3} deleted; {4} conflicts, {5} waiting for confirmation, {6} held."
                ).format(
                    path.name, counts["new"], counts["updated"], counts["deleted"], counts["conflicts"],
                    counts["awaiting_confirmation"], counts["held"],
                )  # fmt: skip
            elif result.reason_id:
                said = message_text(result.reason_id, result.reason_args)
            else:
                said = result.reason
            if result.missing_numbers is not None:
                said += " " + missing_text(result.missing_numbers, result.sender or "")
            self.status.setText(said)
            self.refresh()
            self.registry_changed.emit()

        self._run(
            lambda progress: bundles.import_file(path, progress=progress.report),
            applied,
            title=self.tr("Importing the bundle…"),
        )

    # -- conflicts and confirmations ----------------------------------------------------

    def _selected_conflict(self) -> ConflictView | None:
        row = self.conflicts_table.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def resolve(self, take: str) -> None:
        """With "theirs" of three or more sides, the person picks which (views.office.conflict_values)."""
        conflict = self._selected_conflict()
        if conflict is not None and take == "theirs":
            self.dialog = conflict_values.other_value(self, conflict, self._resolve_with)
        elif conflict is not None:
            self._resolve_with(take)

    def _resolve_with(self, take: str) -> None:
        conflict, bundles = self._selected_conflict(), self._bundles
        if conflict is not None:
            self._run(lambda _p: bundles.resolve_conflict(conflict.conflict_id, take), lambda _r: self._resolved())

    def resolve_with_value(self) -> None:
        conflict = self._selected_conflict()
        if conflict is not None:
            self.dialog = conflict_values.typed_value(self, conflict, self._resolve_with)

    def _resolved(self) -> None:
        self.task = None
        self.status.setText(self.tr("Resolved: every office will show this value once the next bundles arrive."))
        self.refresh()
        self.registry_changed.emit()

    def _decided(self, confirmed: bool) -> None:
        self.task = None
        self.status.setText(
            self.tr("Applied here; the other offices learn it with the next bundles.")
            if confirmed
            else self.tr("Left unapplied here; our answer goes with the next bundle to the office that sent it.")
        )
        self.refresh()
        self.registry_changed.emit()

    def decide(self, confirmed: bool) -> None:
        row = self.confirmations_table.currentRow()
        if not 0 <= row < len(self._confirmations):
            return
        waiting = self._confirmations[row]
        bundles = self._bundles

        def do() -> None:
            self._run(lambda _p: bundles.decide(waiting.event_id, confirmed), lambda _r: self._decided(confirmed))

        what = kind_text(waiting.kind)
        who = waiting.person_external_id or ""
        confirm(
            self,
            self.tr("Confirm") if confirmed else self.tr("Reject"),
            self.tr("{0} from {1} ({2}): apply it to our records?").format(what, waiting.office, who)
            if confirmed
            else self.tr(
                "{0} from {1} ({2}): leave it unapplied here? Our answer, the value we hold, goes back to {1} "
                "with the next bundle, where a person decides in turn."
            ).format(what, waiting.office, who),
            self.tr("Apply") if confirmed else self.tr("Leave unapplied"),
            do,
            name="confirm_decision",
        )
