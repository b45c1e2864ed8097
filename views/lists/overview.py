"""What the Lists section shows for an agreement: the agreement as a delegate reads it
(criteria of every version, phases, commitments) and its lists, in the space the entries
table takes for a list; and the record's ID the command line needs, with a Copy button."""

from __future__ import annotations

import html
import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QLabel,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import Side
from models.lists.dto import AgreementDetails, ListNode
from views.common.labels import health_label
from views.common.tables import fill_table, read_only_table

_Index = QModelIndex | QPersistentModelIndex


class AgreementOverview(QWidget):
    """The agreement in full above the table of its lists; a list opens on double-click or Enter."""

    list_activated = Signal(object)  # the id of the list the user opened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser()
        self.text.setObjectName("agreement_text")
        self.text.setOpenLinks(False)
        self.lists = read_only_table(
            [self.tr("Side"), self.tr("Phase"), self.tr("List"), self.tr("Versions"), self.tr("List ID")], stretch=2
        )
        self.lists.setObjectName("agreement_lists")
        self.lists.activated.connect(self._activated)
        self._ids: list[uuid.UUID] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(QLabel(self.tr("Lists of this agreement (double-click one to open it):")))
        layout.addWidget(self.lists, 2)

    def show_agreement(self, details: AgreementDetails, nodes: Iterable[ListNode]) -> None:
        self.text.setHtml(self.agreement_html(details))
        mine = sorted(
            (n for n in nodes if n.agreement_id == details.agreement.id),
            key=lambda n: (n.side is Side.THEIRS, n.phase or 0, n.title),
        )
        self._ids = [n.list_id for n in mine]
        fill_table(
            self.lists,
            [
                [
                    self.tr("theirs") if n.side is Side.THEIRS else self.tr("ours"),
                    str(n.phase) if n.phase is not None else "—",
                    n.title,
                    str(n.versions),
                    str(n.list_id),
                ]
                for n in mine
            ],
        )
        for row, node in enumerate(mine):
            item = self.lists.item(row, 2)
            if isinstance(item, QTableWidgetItem):
                item.setToolTip(node.title)

    def _activated(self, index: _Index) -> None:
        if 0 <= index.row() < len(self._ids):
            self.list_activated.emit(self._ids[index.row()])

    def criterion_label(self, criterion: dict[str, Any]) -> str:
        """An agreed criterion in the interface language (models.lists.dto.label_of says it in
        English for the CLI and the reports' English half)."""
        kind = str(criterion.get("kind"))
        if kind == "under_age":
            return self.tr("under {0} on {1}").format(criterion.get("age"), criterion.get("on"))
        if kind == "health":
            return self.tr(" or ").join(health_label(c) for c in criterion.get("categories", []))
        if kind == "annex1":
            return self.tr(" or ").join(str(c) for c in criterion.get("categories", []))  # the Convention's codes
        return {"all_for_all": self.tr("all-for-all"), "civilian": self.tr("civilian")}.get(kind, kind)

    def agreement_html(self, details: AgreementDetails) -> str:
        """The agreement as a delegate reads it: criteria (every version), phases, commitments."""
        e = html.escape
        agreement = details.agreement
        mediator = self.tr("mediator")
        lines = [
            f"<b style='font-size: large'>{e(agreement.title)}</b>",
            e(str(agreement.signed_on or "—"))
            + (f", {e(agreement.place)}" if agreement.place else "")
            + (f"; {mediator}: {e(agreement.mediator)}" if agreement.mediator else ""),
        ]
        for version in details.criteria:
            joined = (self.tr(" or ") if version.match.value == "any" else self.tr(" and ")).join(
                self.criterion_label(c) for c in version.criteria
            )
            lines.append(e(self.tr("Criteria v{0}: {1}").format(version.version, joined)))
        for number, planned, description in details.phases:
            lines.append(e(self.tr("Phase {0}: {1} {2}").format(number, planned or "", description)))
        for side, text, due, fulfilled, _evidence in details.commitments:
            who = self.tr("theirs") if side is Side.THEIRS else self.tr("ours")
            state = self.tr("fulfilled {0}").format(fulfilled) if fulfilled else self.tr("due {0}").format(due or "—")
            lines.append(e(f"{who}: {text} ({state})"))
        return "<br>".join(lines)
