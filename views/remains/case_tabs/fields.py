"""The fields of the Examination and Description tabs: one form, one undo history, saved
with the teeth and marks as the whole case."""

from __future__ import annotations

from models.core.enums import RemainsCondition, Sex
from views.common.forms import Field

EXAMINATION: list[Field] = [
    ("case_number", "Case number", "text"),
    ("batch_id", "Batch", []),
    ("bag_number", "Bag or label number", "text"),
    ("recovery_place", "Recovery place", "text"),
    ("recovery_date", "Recovery date", "date"),
    ("condition", "Condition", RemainsCondition),
    ("storage_place", "Storage place", "text"),
    ("fingerprints_taken", "Fingerprints taken", "bool"),
    ("is_body_part", "A body part", "bool"),
    ("body_part", "Which part", "text"),
    ("individual_case", "Part of the individual (case number)", "text"),
    ("possibly_other_side", "Possibly the other side's", "bool"),
    ("commingled", "Commingled remains", "bool"),
]
DESCRIPTION: list[Field] = [
    ("apparent_sex", "Apparent sex", Sex),
    ("age_min", "Age from", "int"),
    ("age_max", "Age to", "int"),
    ("stature_min_cm", "Stature from, cm", "int"),
    ("stature_max_cm", "Stature to, cm", "int"),
    ("hair", "Hair", "text"),
    ("amputations", "Amputations", "multiline"),
    ("injuries", "Injuries", "multiline"),
    ("cause_of_death", "Cause of death", "multiline"),
    ("id_tags", "ID tags found", "multiline"),
    ("documents_found", "Documents found", "multiline"),
    ("effects", "Personal effects", "multiline"),
    ("clothing", "Clothing", "multiline"),
    ("notes", "Notes", "multiline"),
]
FIELD_LABELS = {name: label for name, label, _kind in [*EXAMINATION, *DESCRIPTION]}
