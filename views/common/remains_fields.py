"""The fields of a remains case's Examination and Description tabs (one form, one undo history,
saved with the teeth and marks as the whole case), and their labels, which the change log and
the History tab name them by too (hence in views.common)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.core.enums import RemainsCondition, Sex
from models.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from views.common.forms import Field

EXAMINATION: list[Field] = [
    ("case_number", QT_TRANSLATE_NOOP("CaseEditor", "Case number"), "text"),
    ("batch_id", QT_TRANSLATE_NOOP("CaseEditor", "Batch"), []),
    ("bag_number", QT_TRANSLATE_NOOP("CaseEditor", "Bag or label number"), "text"),
    ("recovery_place", QT_TRANSLATE_NOOP("CaseEditor", "Recovery place"), "text"),
    ("recovery_date", QT_TRANSLATE_NOOP("CaseEditor", "Recovery date"), "date"),
    ("condition", QT_TRANSLATE_NOOP("CaseEditor", "Condition"), RemainsCondition),
    ("storage_place", QT_TRANSLATE_NOOP("CaseEditor", "Storage place"), "text"),
    ("fingerprints_taken", QT_TRANSLATE_NOOP("CaseEditor", "Fingerprints taken"), "bool"),
    ("is_body_part", QT_TRANSLATE_NOOP("CaseEditor", "A body part"), "bool"),
    ("body_part", QT_TRANSLATE_NOOP("CaseEditor", "Which part"), "text"),
    ("individual_case", QT_TRANSLATE_NOOP("CaseEditor", "Part of the individual (case number)"), "text"),
    ("possibly_other_side", QT_TRANSLATE_NOOP("CaseEditor", "Possibly the other side's"), "bool"),
    ("commingled", QT_TRANSLATE_NOOP("CaseEditor", "Commingled remains"), "bool"),
]
DESCRIPTION: list[Field] = [
    ("apparent_sex", QT_TRANSLATE_NOOP("CaseEditor", "Apparent sex"), Sex),
    ("age_min", QT_TRANSLATE_NOOP("CaseEditor", "Age from"), "int"),
    ("age_max", QT_TRANSLATE_NOOP("CaseEditor", "Age to"), "int"),
    ("stature_min_cm", QT_TRANSLATE_NOOP("CaseEditor", "Stature from, cm"), "int"),
    ("stature_max_cm", QT_TRANSLATE_NOOP("CaseEditor", "Stature to, cm"), "int"),
    ("hair", QT_TRANSLATE_NOOP("CaseEditor", "Hair"), "text"),
    ("amputations", QT_TRANSLATE_NOOP("CaseEditor", "Amputations"), "multiline"),
    ("injuries", QT_TRANSLATE_NOOP("CaseEditor", "Injuries"), "multiline"),
    ("cause_of_death", QT_TRANSLATE_NOOP("CaseEditor", "Cause of death"), "multiline"),
    ("id_tags", QT_TRANSLATE_NOOP("CaseEditor", "ID tags found"), "multiline"),
    ("documents_found", QT_TRANSLATE_NOOP("CaseEditor", "Documents found"), "multiline"),
    ("effects", QT_TRANSLATE_NOOP("CaseEditor", "Personal effects"), "multiline"),
    ("clothing", QT_TRANSLATE_NOOP("CaseEditor", "Clothing"), "multiline"),
    ("notes", QT_TRANSLATE_NOOP("CaseEditor", "Notes"), "multiline"),
]
FIELD_LABELS = {name: label for name, label, _kind in [*EXAMINATION, *DESCRIPTION]}
