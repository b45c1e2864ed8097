"""One entry of a checked list in full: the line as written and as read, what the registry says
of the person it was matched to, every candidate with every reason, every criterion with its
verdict, and the notes. Opened by double-click or Enter on an entry; read-only."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.lists.dto import EntryResult
from models.persons.dto import PersonRow
from views.common.labels import said, status_label, value_label
from views.lists.dialogs import FIELD_LABELS
from views.lists.model import ALERT_COLOURS, ALERT_TEXT
from views.lists.ports import ReviewPort

VERDICT_TEXT = {
    "met": QT_TRANSLATE_NOOP("EntryDialog", "met"),
    "not_met": QT_TRANSLATE_NOOP("EntryDialog", "not met"),
    "unknown": QT_TRANSLATE_NOOP("EntryDialog", "cannot be judged"),
}


def _field_label(field: str) -> str:
    """A field of the line as the import's column step names it (one table of list fields)."""
    return QCoreApplication.translate("ImportListDialog", FIELD_LABELS[field]) if field in FIELD_LABELS else field


class EntryDialog(QDialog):
    """``people``: the registry rows of the entry's person and candidates, as far as known."""

    def __init__(
        self, entry: EntryResult, people: dict[uuid.UUID, PersonRow], state: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Row {0}: {1}").format(entry.row, entry.raw_name))
        self.text = QTextBrowser()
        self.text.setObjectName("entry_detail")
        self.text.setOpenLinks(False)
        self.text.setHtml(self._html(entry, people, state))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)

    def _html(self, entry: EntryResult, people: dict[uuid.UUID, PersonRow], state: str) -> str:
        e = html.escape
        born_text, registry_says, read_as, score_text = (
            self.tr("born"),
            self.tr("Registry says"),
            self.tr("Read as"),
            self.tr("score"),
        )
        candidates_text, none_text, criteria_text, notes_text = (
            self.tr("Candidates in the registry"),
            self.tr("No one in the registry is compatible."),
            self.tr("Criteria"),
            self.tr("Notes"),
        )
        parts = [f"<h3>{e(entry.raw_name)}</h3>"]
        born = entry.raw_date_of_birth or "—"
        row = self.tr("Row {0}").format(entry.row)
        if entry.sheet_row is not None:
            row += " · " + self.tr("row {0} in the file").format(entry.sheet_row)
        parts.append(f"<p>{e(row)} · {e(born_text)} {e(born)} · <b>{e(state)}</b></p>")
        if entry.alert is not None:
            background, foreground = ALERT_COLOURS[entry.alert]
            alerts = [QCoreApplication.translate("ListEntriesModel", ALERT_TEXT[entry.alert])]
            if entry.also_listed and entry.alert != "both_lists":
                alerts.append(QCoreApplication.translate("ListEntriesModel", ALERT_TEXT["both_lists"]))
            if entry.also_listed:
                alerts.append(said(entry.also_listed))
            parts.append(
                f"<p style='background:{background.name()}; color:{foreground.name()}; padding:4px'>"
                f"<b>{e(registry_says)}: {e('; '.join(alerts))}</b></p>"
            )
        if entry.read:
            rows = "".join(
                f"<tr><td>{e(_field_label(key))}</td><td>{e(value_label(key, value))}</td></tr>"
                for key, value in entry.read.items()
                if value
            )
            parts.append(f"<h4>{e(read_as)}</h4><table cellpadding='2'>{rows}</table>")
        parts.append(f"<h4>{e(candidates_text)}</h4>")
        if not entry.candidates:
            parts.append(f"<p>{e(none_text)}</p>")
        for number, candidate in enumerate(entry.candidates, 1):
            person = people.get(candidate.person_id)
            who = candidate.external_id
            if person is not None:
                name = " ".join(p for p in (person.surname, person.given_names, person.patronymic) if p)
                who = f"{name} ({person.external_id}), {person.date_of_birth or '—'}, {status_label(person.status)}"
            chosen = " ✓" if candidate.person_id == entry.person_id else ""
            score = QLocale().toString(candidate.score, "f", 2)
            reasons = "".join(f"<li>{e(said(reason))}</li>" for reason in candidate.reasons)
            parts.append(f"<p><b>{number}. {e(who)}{chosen}</b> — {e(score_text)} {score}</p><ul>{reasons}</ul>")
        if entry.verdicts:
            ukrainian = QLocale().language() == QLocale.Language.Ukrainian
            rows = "".join(
                f"<tr><td>{e(said(v.label))}</td><td><b>{e(self.tr(VERDICT_TEXT.get(v.verdict, '')))}</b></td>"
                f"<td>{e(v.reason_uk if ukrainian and v.reason_uk else v.reason)}</td></tr>"
                for v in entry.verdicts
            )
            parts.append(f"<h4>{e(criteria_text)}</h4><table cellpadding='3'>{rows}</table>")
        if entry.flags:
            notes = "".join(f"<li>{e(said(flag))}</li>" for flag in entry.flags)
            parts.append(f"<h4>{e(notes_text)}</h4><ul>{notes}</ul>")
        return "".join(parts)


def open_entry(
    entry: EntryResult | None,
    service: ReviewPort,
    state_text: Callable[[EntryResult], str],
    failed: Callable[[BaseException], None],
    parent: QWidget,
) -> EntryDialog | None:
    """Open ``entry`` in full, with the registry rows of its person and candidates."""
    if entry is None:
        return None
    ids = [c.person_id for c in entry.candidates]
    if entry.person_id is not None:
        ids.append(entry.person_id)
    try:
        people = service.people(ids) if ids else {}
    except RepatriaError as error:
        failed(error)
        return None
    dialog = EntryDialog(entry, people, state_text(entry), parent)
    dialog.open()
    return dialog
