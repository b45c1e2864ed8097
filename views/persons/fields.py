"""The person editor's fields, on the tabs of its first group, and how its tabs are grouped."""

from __future__ import annotations

from models.core.enums import Annex1Category, Consent, Health, PersonStatus, Sex
from models.core.i18n import QT_TRANSLATE_NOOP
from views.common.forms import Field

TABS: list[tuple[str, list[Field]]] = [
    (
        QT_TRANSLATE_NOOP("PersonEditor", "Identity"),
        [
            ("surname", QT_TRANSLATE_NOOP("PersonEditor", "Surname"), "text"),
            ("given_names", QT_TRANSLATE_NOOP("PersonEditor", "Given names"), "text"),
            ("patronymic", QT_TRANSLATE_NOOP("PersonEditor", "Patronymic"), "text"),
            ("mother_maiden_name", QT_TRANSLATE_NOOP("PersonEditor", "Mother's maiden name"), "text"),
            ("sex", QT_TRANSLATE_NOOP("PersonEditor", "Sex"), Sex),
            ("date_of_birth", QT_TRANSLATE_NOOP("PersonEditor", "Date of birth"), "date"),
            ("place_of_birth", QT_TRANSLATE_NOOP("PersonEditor", "Place of birth"), "text"),
            ("citizenship", QT_TRANSLATE_NOOP("PersonEditor", "Citizenship (Power depended on)"), "text"),
            ("external_id", QT_TRANSLATE_NOOP("PersonEditor", "External id"), "text"),
            ("notes", QT_TRANSLATE_NOOP("PersonEditor", "Notes"), "multiline"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("PersonEditor", "Service"),
        [
            ("service_number", QT_TRANSLATE_NOOP("PersonEditor", "Service number"), "text"),
            ("rank", QT_TRANSLATE_NOOP("PersonEditor", "Rank"), "text"),
            ("unit", QT_TRANSLATE_NOOP("PersonEditor", "Unit"), "text"),
            ("is_civilian", QT_TRANSLATE_NOOP("PersonEditor", "Civilian"), "bool"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("PersonEditor", "Capture and detention"),
        [
            ("status", QT_TRANSLATE_NOOP("PersonEditor", "Status"), PersonStatus),
            ("capture_date", QT_TRANSLATE_NOOP("PersonEditor", "Capture date"), "date"),
            ("capture_place", QT_TRANSLATE_NOOP("PersonEditor", "Capture place"), "text"),
            ("coming_from", QT_TRANSLATE_NOOP("PersonEditor", "Coming from (unit, camp, hospital)"), "text"),
            ("detention_place", QT_TRANSLATE_NOOP("PersonEditor", "Place of detention"), "text"),
            ("prisoner_number", QT_TRANSLATE_NOOP("PersonEditor", "Prisoner number"), "text"),
            (
                "address_for_correspondence",
                QT_TRANSLATE_NOOP("PersonEditor", "Address for correspondence"),
                "multiline",
            ),
            ("consent_to_repatriation", QT_TRANSLATE_NOOP("PersonEditor", "Consent to repatriation"), Consent),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("PersonEditor", "Health"),
        [
            ("health", QT_TRANSLATE_NOOP("PersonEditor", "Health"), Health),
            ("annex1_category", QT_TRANSLATE_NOOP("PersonEditor", "Annex I category"), Annex1Category),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("PersonEditor", "Death"),
        [
            ("death_date", QT_TRANSLATE_NOOP("PersonEditor", "Date of death"), "date"),
            ("death_place", QT_TRANSLATE_NOOP("PersonEditor", "Place of death"), "text"),
            ("death_cause", QT_TRANSLATE_NOOP("PersonEditor", "Cause of death"), "text"),
            ("burial_place", QT_TRANSLATE_NOOP("PersonEditor", "Burial place"), "text"),
            ("grave", QT_TRANSLATE_NOOP("PersonEditor", "Grave"), "text"),
        ],
    ),
]
FIELD_LABELS = {name: label for _, fields in TABS for name, label, _ in fields}
TAB_TITLES = [title for title, _ in TABS]
OPTIONAL_CHOICES = frozenset({"health", "annex1_category"})
# Names the facade checks for Latin and Cyrillic look-alike letters typed into one word.
LOOKALIKE_FIELDS = ("surname", "given_names", "patronymic", "mother_maiden_name")
# The editor's tabs in groups, so that no tab bar scrolls off a 1366×768 screen (14 tabs in one
# row did): the person's own record (the form's tabs above, then the spellings of the name),
# what happened and who asks, medical and ante-mortem data, the documents and the history.
# A record tab names its group (views.persons.records.tabs, and the ante-mortem tab).
GROUPS = (
    ("person", QT_TRANSLATE_NOOP("PersonEditor", "Person")),
    ("case", QT_TRANSLATE_NOOP("PersonEditor", "Timeline and family")),
    ("medical", QT_TRANSLATE_NOOP("PersonEditor", "Medical and ante mortem")),
    ("documents", QT_TRANSLATE_NOOP("PersonEditor", "Documents and history")),
)
