"""The evidence for and against a candidate, in the user's language: its kinds' names, the
model's explanation in Ukrainian or English, and a scored candidate's evidence as text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from models.core.i18n import QT_TRANSLATE_NOOP
from models.remains.dto import Evidence, Scored

EVIDENCE_TEXT = {
    "dna": QT_TRANSLATE_NOOP("Evidence", "DNA"),
    "id_tag": QT_TRANSLATE_NOOP("Evidence", "ID tag or document"),
    "implant": QT_TRANSLATE_NOOP("Evidence", "implant"),
    "dental": QT_TRANSLATE_NOOP("Evidence", "dental"),
    "sex": QT_TRANSLATE_NOOP("Evidence", "sex"),
    "age": QT_TRANSLATE_NOOP("Evidence", "age"),
    "stature": QT_TRANSLATE_NOOP("Evidence", "stature"),
    "marks": QT_TRANSLATE_NOOP("Evidence", "marks"),
    "clothing": QT_TRANSLATE_NOOP("Evidence", "clothing"),
    "place": QT_TRANSLATE_NOOP("Evidence", "place"),
    "date": QT_TRANSLATE_NOOP("Evidence", "date"),
    "identified": QT_TRANSLATE_NOOP("Evidence", "identification"),
}


def evidence_label(kind: str) -> str:
    return QCoreApplication.translate("Evidence", EVIDENCE_TEXT.get(kind, kind))


def evidence_detail(evidence: Evidence) -> str:
    """The explanation in the language the app speaks (the model words it in both)."""
    ukrainian = QLocale().language() == QLocale.Language.Ukrainian
    return evidence.detail_uk if ukrainian and evidence.detail_uk else evidence.detail


def evidence_text(scored: Scored) -> str:
    """'+100.0 DNA: likelihood ratio …; +27.0 dental: …' — strongest first; the board's
    identification, which weighs nothing but decides, before all (as 'identification: …')."""
    ordered = sorted(scored.evidence, key=lambda e: (e.kind != "identified", -abs(e.weight)))
    return "\n".join(
        f"{evidence_label(e.kind)}: {evidence_detail(e)}"
        if e.kind == "identified"
        else f"{e.weight:+.1f} {evidence_label(e.kind)}: {evidence_detail(e)}"
        for e in ordered
    )
