"""The compliance report for a received list: summary counts first, then every entry with its
match and the reason for each criterion, in Ukrainian and English."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm

from reports.base import Column, Report, phase_suffix
from reports.dto import ComplianceReport, ReportContext

MATCH_TEXT = {
    "matched": "знайдено / matched",
    "review": "перевірити / review",
    "unmatched": "не знайдено / not found",
}
COMPLIANT_TEXT = {True: "так / yes", False: "ні / no", None: "невідомо / unknown"}

COLUMNS = (
    Column("№", "Row", 12 * mm, "right"),
    Column("Як у списку", "As written on the list", 55 * mm),
    Column("Збіг у реєстрі", "Registry match", 50 * mm),
    Column("Відповідає", "Compliant", 26 * mm),
    Column("Підстави за критеріями", "Reason per criterion", 126 * mm),
)


def build_compliance(context: ReportContext, data: ComplianceReport) -> bytes:
    phase_uk, phase_en = phase_suffix(data.phase)
    report = Report(context, "Звіт про відповідність", "Compliance report", landscape_pages=True)
    report.heading(f"Звіт про відповідність списку{phase_uk}", f"Compliance of the list{phase_en}")
    report.paragraph(f"Угода / Agreement: {data.agreement}")
    report.paragraph(f"{data.side_uk} / {data.side_en} · версія / version {data.version}")
    report.paragraph(f"Критерії / Criteria: {data.criteria or '—'}")
    report.y -= 6
    matches = Counter(row.match for row in data.rows)
    compliant = Counter(row.compliant for row in data.rows)
    report.table(
        (Column("Підсумок", "Summary", 110 * mm), Column("Записів", "Entries", 30 * mm, "right")),
        [
            ("Усього записів / Entries", str(len(data.rows))),
            *((MATCH_TEXT[state], str(matches[state])) for state in MATCH_TEXT),
            *((f"Відповідає: {COMPLIANT_TEXT[value]}", str(compliant[value])) for value in COMPLIANT_TEXT),
        ],
    )
    report.y -= 10
    shade = {True: None, False: 0.93, None: 0.97}
    report.table(
        COLUMNS,
        [
            (
                str(row.row),
                f"{row.name_as_written} {row.date_as_written}".strip(),
                (f"{MATCH_TEXT[row.match]}: {row.person}" if row.person else MATCH_TEXT[row.match])
                + (f"\n⚠ {row.registry_uk} / {row.registry_en}" if row.registry_uk else ""),
                COMPLIANT_TEXT[row.compliant],
                "\n".join(f"{uk}\n{en}" for uk, en in zip(row.reasons_uk, row.reasons_en, strict=True)) or "—",
            )
            for row in data.rows
        ],
        # a person our registry records as deceased or returned is shaded darkest: seen first
        shade=lambda index: 0.85 if data.rows[index].registry_uk else shade[data.rows[index].compliant],
    )
    return report.finish()
