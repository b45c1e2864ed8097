"""The person editor's record tabs, in DOMAIN.md's order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.core.i18n import QT_TRANSLATE_NOOP
from views.common.attachments_tab import AttachmentsTab
from views.common.correspondence_tab import CorrespondenceTab
from views.common.history_tab import HistoryTab
from views.persons.ports import PersonRecordsPort
from views.persons.records.base import PersonContext
from views.persons.records.medical import MedicalTab
from views.persons.records.spellings import SpellingsTab
from views.persons.records.story import KinTab, SourcesTab, TimelineTab

# title, tab, and the group of the editor's tabs it goes in (views.persons.fields.GROUPS)
RECORD_TABS = (
    (QT_TRANSLATE_NOOP("PersonRecords", "Spellings"), SpellingsTab, "person"),
    (QT_TRANSLATE_NOOP("PersonRecords", "Timeline"), TimelineTab, "case"),
    (QT_TRANSLATE_NOOP("PersonRecords", "Next of kin"), KinTab, "case"),
    (QT_TRANSLATE_NOOP("PersonRecords", "Sources"), SourcesTab, "case"),
    (QT_TRANSLATE_NOOP("PersonRecords", "Medical"), MedicalTab, "medical"),
    (QT_TRANSLATE_NOOP("PersonRecords", "Attachments"), AttachmentsTab, "documents"),
    (QT_TRANSLATE_NOOP("PersonRecords", "Correspondence"), CorrespondenceTab, "documents"),
    (QT_TRANSLATE_NOOP("PersonRecords", "History"), HistoryTab, "documents"),
)


def record_tabs(service: PersonRecordsPort) -> Callable[[PersonContext], list[tuple[str, str, QWidget]]]:
    """The record tabs of a person editor, in DOMAIN.md's order: (group, title translated, tab)."""

    def build(person: PersonContext) -> list[tuple[str, str, QWidget]]:
        return [
            (group, QCoreApplication.translate("PersonRecords", title), tab(service, person))
            for title, tab, group in RECORD_TABS
        ]

    return build
