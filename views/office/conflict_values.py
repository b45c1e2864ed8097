"""Which value resolves a conflict: chosen among the other offices' values, or typed. Dialogs
are opened, never run modally, so the section stays responsive and tests can drive them.

Kept beside the Offices section (views.office.offices_page) so that its table stays short."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from models.bundles.dto import ConflictView
from views.common.labels import field_label
from views.office import bundle_dialogs as texts


def other_value(parent: QWidget, conflict: ConflictView, then: Callable[[str], None]) -> QInputDialog | None:
    """``then("theirs")`` when one other value stands against ours; with two or more (three
    offices changed the field) a dialog asks which, and ``then`` gets it as JSON."""
    offices: dict[str, str | None] = {}
    for side in conflict.others():
        offices.setdefault(json.dumps(side.value, ensure_ascii=False), side.office)
    if len(offices) < 2:
        then("theirs")
        return None
    values = list(offices)
    labels = [f"{texts.value_text(conflict, json.loads(value))} ({offices[value]})" for value in values]
    dialog = QInputDialog(parent)
    dialog.setObjectName("take_which")
    dialog.setWindowTitle(QCoreApplication.translate("ConflictValues", "Take which value?"))
    dialog.setLabelText(field_label(conflict.field, conflict.record_kind))
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.textValueSelected.connect(lambda chosen: then(values[labels.index(chosen)]) if chosen in labels else None)
    dialog.open()
    return dialog


def typed_value(parent: QWidget, conflict: ConflictView, then: Callable[[str], None]) -> QInputDialog:
    """A dialog for a value the person types (the provisional one to start from)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("typed_value")
    dialog.setWindowTitle(QCoreApplication.translate("ConflictValues", "Resolve the conflict"))
    dialog.setLabelText(field_label(conflict.field, conflict.record_kind))
    dialog.setTextValue(texts.shown(conflict.provisional))
    dialog.textValueSelected.connect(then)
    dialog.open()
    return dialog
