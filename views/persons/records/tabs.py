"""The person editor's record tabs, in DOMAIN.md's order."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from views.common.attachments_tab import AttachmentsTab
from views.common.correspondence_tab import CorrespondenceTab
from views.common.history_tab import HistoryTab
from views.persons.ports import PersonRecordsPort
from views.persons.records.base import PersonContext
from views.persons.records.medical import MedicalTab
from views.persons.records.spellings import SpellingsTab
from views.persons.records.story import KinTab, SourcesTab, TimelineTab

RECORD_TABS = (
    ("Spellings", SpellingsTab),
    ("Timeline", TimelineTab),
    ("Next of kin", KinTab),
    ("Sources", SourcesTab),
    ("Medical", MedicalTab),
    ("Attachments", AttachmentsTab),
    ("Correspondence", CorrespondenceTab),
    ("History", HistoryTab),
)


def record_tabs(service: PersonRecordsPort) -> Callable[[PersonContext], list[tuple[str, QWidget]]]:
    """The record tabs of a person editor, in DOMAIN.md's order (titles translated)."""

    def build(person: PersonContext) -> list[tuple[str, QWidget]]:
        return [
            (QCoreApplication.translate("PersonRecords", title), tab(service, person)) for title, tab in RECORD_TABS
        ]

    return build
