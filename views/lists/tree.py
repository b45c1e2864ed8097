"""The Lists section's tree: the agreements, each with its lists (theirs and ours, by phase,
with how many versions each has)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from models.core.enums import Side
from models.lists.dto import AgreementDTO, ListNode

LIST_ROLE = Qt.ItemDataRole.UserRole
AGREEMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class ListTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lists")
        self.setHeaderLabels([self.tr("Agreements and lists")])
        self.setMinimumWidth(200)

    def show_lists(self, agreements: list[AgreementDTO], nodes: Iterable[ListNode], select: uuid.UUID | None) -> None:
        """Every agreement with its lists; ``select`` (else the first list there is) is made current."""
        self.clear()
        by_agreement: dict[uuid.UUID, QTreeWidgetItem] = {}
        for agreement in agreements:
            item = QTreeWidgetItem([f"{agreement.title} ({agreement.signed_on or '—'})"])
            item.setToolTip(0, agreement.title)
            item.setData(0, AGREEMENT_ROLE, agreement.id)
            self.addTopLevelItem(item)
            by_agreement[agreement.id] = item
        for node in nodes:
            side = self.tr("theirs") if node.side is Side.THEIRS else self.tr("ours")
            phase = self.tr(", phase {0}").format(node.phase) if node.phase else ""
            child = QTreeWidgetItem(
                [
                    self.tr("{0}{1} — v{2}").format(side, phase, node.versions)
                    + (f": {node.title}" if node.title else "")
                ]
            )
            child.setData(0, LIST_ROLE, node.list_id)
            child.setToolTip(0, f"{node.agreement_title}\n{child.text(0)}")  # the column may cut it
            parent = by_agreement.get(node.agreement_id)
            if parent is not None:
                parent.addChild(child)
            if node.list_id == select:
                self.setCurrentItem(child)
        self.expandAll()
        if self.currentItem() is None:  # open on the first list there is
            tops = [top for i in range(self.topLevelItemCount()) if (top := self.topLevelItem(i)) is not None]
            first = next(
                (top.child(0) for top in tops if top.childCount()),
                None,
            )
            if first is not None:
                self.setCurrentItem(first)

    def select_list(self, list_id: uuid.UUID) -> None:
        """Makes the row of ``list_id`` current (nothing if the tree does not hold it)."""
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for j in range(top.childCount() if top is not None else 0):
                child = top.child(j) if top is not None else None
                if child is not None and child.data(0, LIST_ROLE) == list_id:
                    self.setCurrentItem(child)
                    return

    @property
    def current_list(self) -> uuid.UUID | None:
        item = self.currentItem()
        value = item.data(0, LIST_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None

    @staticmethod
    def agreement_of(item: QTreeWidgetItem | None) -> uuid.UUID | None:
        """The agreement an agreement's row stands for (None on a list's row)."""
        value = item.data(0, AGREEMENT_ROLE) if item is not None else None
        return value if isinstance(value, uuid.UUID) else None
