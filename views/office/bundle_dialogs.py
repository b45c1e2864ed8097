"""The Offices section's dialogs: trusting a card (the fingerprint typed as the office reads
it out), new keys for our office, and a bundle's summary before it is applied."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.bundles.dto import CardPreview, ConflictView, ImportResult
from views.common.labels import enum_label, value_label
from views.common.widgets import button_row

GREEN, RED = "color: #0f5132", "color: #b02a37"


def when(value: Any) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def numbered(seq: Any, at: Any) -> str:
    """A channel's last bundle: its number and time, or a dash for none yet."""
    return "—" if not seq else f"{seq} · {when(at)}"


def value_text(conflict: ConflictView, value: object) -> str:
    """A conflicting value as the interface says it (a code in words, "—" for none)."""
    if value is None or value == "" or conflict.field == "(deleted)":
        return shown(value)
    return value_label(conflict.field, value, conflict.record_kind)


def shown(value: object) -> str:
    return "—" if value is None or value == "" else str(value)


def kind_text(kind: str) -> str:
    """What waits for confirmation, in words."""
    return {
        "death": QCoreApplication.translate("OfficesPage", "a death"),
        "identification": QCoreApplication.translate("OfficesPage", "an identification"),
        "dna_match": QCoreApplication.translate("OfficesPage", "a DNA match"),
        "follows": QCoreApplication.translate("OfficesPage", "waits for the change before it"),
        # its answer to a change of ours it rejected: it can be taken, not rejected in turn
        "rejected": QCoreApplication.translate("OfficesPage", "a rejection of our change"),
        "mediator": QCoreApplication.translate("OfficesPage", "a mediator's change"),
    }.get(kind, kind)


def tab_page(table: QTableWidget, *buttons: QPushButton) -> QWidget:
    """A tab of the Offices section: its table, its buttons below."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(table, 1)
    if buttons:
        layout.addLayout(button_row(*buttons))
    return page


def missing_text(numbers: tuple[int, int], sender: str) -> str:
    first, last = numbers
    if first == last:
        return QCoreApplication.translate("Bundles", "Bundle {0} from {1} is missing: ask for it again.").format(
            first, sender
        )
    return QCoreApplication.translate("Bundles", "Bundles {0}–{1} from {2} are missing: ask for them again.").format(
        first, last, sender
    )


def digits_only(text: str) -> str:
    return re.sub(r"\D", "", text)


class TrustCardDialog(QDialog):
    """What a card says, and a field for the 60 digits its office reads out by telephone. The
    card's own digits are not shown: typing what is heard is the comparison (a clerk shown
    both strings tends to glance at the first group and click)."""

    def __init__(self, preview: CardPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trust_card")
        self.preview = preview
        self.setWindowTitle(self.tr("Trust an office's card"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Office:"), QLabel(f"<b>{preview.code}</b> — {preview.name}"))
        form.addRow(self.tr("Kind:"), QLabel(enum_label(preview.kind)))
        form.addRow(self.tr("Card version:"), QLabel(str(preview.version)))
        form.addRow(self.tr("Office id:"), self._selectable(str(preview.office_id)))
        form.addRow(self.tr("Key id:"), self._selectable(preview.key_id))
        if preview.countersigned_by_hq:
            form.addRow("", QLabel(self.tr("Countersigned by headquarters we trust.")))
        layout.addLayout(form)
        self.explain = QLabel(wordWrap=True)
        self.explain.setObjectName("explain")
        layout.addWidget(self.explain)
        self.digits = QPlainTextEdit()
        self.digits.setObjectName("fingerprint")
        self.digits.setPlaceholderText(self.tr("12345 67890 … (60 digits, as they are read out)"))
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(13)
        self.digits.setFont(font)
        self.digits.setFixedHeight(86)
        self.digits.textChanged.connect(self._compare)
        layout.addWidget(self.digits)
        self.verdict = QLabel(wordWrap=True)
        self.verdict.setObjectName("verdict")
        layout.addWidget(self.verdict)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.trust_button = self.buttons.addButton(self.tr("Trust this office"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button.setObjectName("trust")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if preview.rotation_of_trusted_key or preview.own_office:
            self.digits.hide()
            self.explain.setText(
                self.tr("This is the office's next card, signed by the key we trust for it: no call is needed.")
                if preview.rotation_of_trusted_key
                else self.tr("This is our own office's card back from headquarters: its countersignature is kept.")
            )
            self.trust_button.setEnabled(True)
        else:
            self.explain.setText(
                self.tr(
                    "Telephone {0} on a number you know to be theirs (not one written in the message that brought "
                    "the card). Ask them to read out the fingerprint of their card, and type the 60 digits here."
                ).format(preview.code)
            )
            self.trust_button.setEnabled(False)
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def typed(self) -> str | None:
        """The digits typed (None when none were needed)."""
        return None if self.digits.isHidden() else digits_only(self.digits.toPlainText())

    def _compare(self) -> None:
        typed = digits_only(self.digits.toPlainText())
        expected = digits_only(self.preview.fingerprint)
        if len(typed) < 60:
            self.verdict.setStyleSheet("")
            self.verdict.setText(self.tr("{0} of 60 digits").format(len(typed)))
            self.trust_button.setEnabled(False)
        elif typed == expected:
            self.verdict.setStyleSheet(GREEN)
            self.verdict.setText(self.tr("✓ Every digit matches this card."))
            self.trust_button.setEnabled(True)
        else:
            wrong = next(n for n, (a, b) in enumerate(zip(typed, expected, strict=False)) if a != b) // 5 + 1
            self.verdict.setStyleSheet(RED)
            self.verdict.setText(
                self.tr(
                    "✗ Group {0} does not match. Check it with the office; if it still differs, do not trust "
                    "this card and ask how it reached you."
                ).format(wrong)
                if len(typed) == 60
                else self.tr("✗ More than 60 digits.")
            )
            self.trust_button.setEnabled(False)


class NewKeysDialog(QDialog):
    """Before our office gets new keys: what happens, and the card version to go above. The
    version is needed only by an office restored from a backup made before its last new keys:
    the other offices trust a newer card than this database holds, refuse a card of that
    version, and say which one (the command line's ``offices rotate-key --above N``; new-user
    trial: the window had no way to give it)."""

    def __init__(self, version: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_keys")
        self.setWindowTitle(self.tr("New keys"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Our office gets new keys. Its new card is signed by the old key too, so the offices that "
                "trust us take it without a call; send it to each of them. The old keys are kept to read "
                "old bundles."
            ),
            wordWrap=True,
        )
        layout.addWidget(text)
        form = QFormLayout()
        self.above_box = QSpinBox()
        self.above_box.setObjectName("above")
        self.above_box.setRange(0, 9999)
        self.above_box.setSpecialValueText(self.tr("this database's card (version {0})").format(version))
        form.addRow(self.tr("Above card version:"), self.above_box)
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Leave it so, unless this office was restored from a backup made before its last new keys and "
                "another office refused our card or bundles: then give the version that office names."
            ),
            wordWrap=True,
        )
        hint.setStyleSheet("color: #555")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        make = buttons.addButton(self.tr("Make new keys"), QDialogButtonBox.ButtonRole.AcceptRole)
        make.setObjectName("make_keys")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)  # a stray Enter does nothing
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(520, self.sizeHint().width()), self.sizeHint().height())

    def above(self) -> int:
        """The version the new card goes above (0: this database's own)."""
        return self.above_box.value()


class ImportSummaryDialog(QDialog):
    """What a bundle would do (its dry run), and Apply; or why it is not imported."""

    def __init__(self, result: ImportResult, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary")
        self.setWindowTitle(self.tr("Import a bundle"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{file_name}</b>"))
        headline = QLabel(wordWrap=True)
        headline.setObjectName("headline")
        layout.addWidget(headline)
        counts = result.counts
        applicable = result.result in ("applied", "held")
        if applicable:
            headline.setText(self.tr("From {0}. Nothing is written until you apply it:").format(result.sender))
            form = QFormLayout()
            for label, key in (
                (self.tr("New records:"), "new"),
                (self.tr("Updated records:"), "updated"),
                (self.tr("Deleted records:"), "deleted"),
                (self.tr("Merged with changes made here:"), "merged"),
                (self.tr("Conflicts (to resolve):"), "conflicts"),
                (self.tr("Waiting for a person's confirmation:"), "awaiting_confirmation"),
                (self.tr("Held until missing bundles arrive:"), "held"),
            ):
                value = QLabel(str(counts.get(key, 0)))
                value.setObjectName(f"count_{key}")
                form.addRow(label, value)
            layout.addLayout(form)
            for note in self._notes(result):
                layout.addWidget(note)
        elif result.result == "already_imported":
            headline.setText(self.tr("This bundle was imported before: nothing changes."))
        else:
            headline.setStyleSheet(RED)
            headline.setText(
                (
                    self.tr("Quarantined: {0}") if result.result == "quarantined" else self.tr("Not imported: {0}")
                ).format(result.reason)
            )
            code = QLabel(self.tr("Reason code: {0}").format(result.reason_code))
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(code)
        if result.missing_numbers is not None:
            missing = QLabel(missing_text(result.missing_numbers, result.sender or ""))
            missing.setObjectName("missing")
            layout.addWidget(missing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel if applicable else QDialogButtonBox.StandardButton.Close
        )
        if applicable:
            apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
            apply.setObjectName("apply")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def _notes(self, result: ImportResult) -> list[QLabel]:
        """What the counts do not say: a sender restored from a backup, numbers two offices gave."""
        texts = []
        if result.sender_restored_epoch is not None:
            texts.append(
                self.tr(
                    "{0} was restored from a backup: its changes now go to a new chain ({0}#{1}). "
                    "Our next bundle to it sends back what it lost."
                ).format(result.sender, result.sender_restored_epoch)
            )
        if result.counts.get("redone"):
            texts.append(
                self.tr(
                    "%n change(s) made here to persons merged meanwhile elsewhere were made again on the persons kept.",
                    "",
                    result.counts["redone"],
                )
            )
        if result.counts.get("not_redone"):
            texts.append(
                self.tr(
                    "%n change(s) made here to persons merged meanwhile were not made again: the person kept has "
                    "another value typed here for the same field. Choose one there.",
                    "",
                    result.counts["not_redone"],
                )
            )
        for clash in result.renumbered[:5]:
            texts.append(
                self.tr(
                    "{0} was given to two records: the later one becomes {1} (if they are one person, merge them)."
                ).format(clash["number"], clash["new_number"])
            )
        if len(result.renumbered) > 5:
            texts.append(self.tr("… and %n more numbers given twice.", "", len(result.renumbered) - 5))
        labels = []
        for text in texts:
            label = QLabel(text, wordWrap=True)
            label.setObjectName("note")
            labels.append(label)
        return labels
