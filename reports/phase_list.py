"""The phase list a delegation carries: numbered entries by surname, category totals, and
signature and seal blocks for both parties."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm

from reports.base import Column, Report, phase_suffix, signature_blocks
from reports.dto import PhaseList, ReportContext

COLUMNS = (
    Column("№", "No.", 11 * mm, "right"),
    Column("Прізвище, ім'я, по батькові", "Surname, given names, patronymic", 58 * mm),
    Column("Дата народж.", "Date of birth", 23 * mm),
    Column("Військовий номер", "Service number", 25 * mm),
    Column("Звання", "Rank", 28 * mm),
    # the list's own column: a category of the agreement or, as lists often give it, the health
    Column("Категорія / стан здоров'я", "Category / health", 37 * mm),
)


def build_phase_list(context: ReportContext, phase: PhaseList) -> bytes:
    uk_phase, en_phase = phase_suffix(phase.phase)
    report = Report(context, "Список для обміну", "Exchange list")
    report.heading(f"Список для обміну{uk_phase}", f"Exchange list{en_phase}")
    report.paragraph(f"Угода / Agreement: {phase.agreement}")
    report.paragraph(
        f"{phase.side_uk} / {phase.side_en} · версія / version {phase.version} · осіб / persons: {len(phase.rows)}"
    )
    report.y -= 6
    report.table(
        COLUMNS,
        [
            (
                str(row.number),
                " ".join(part for part in (row.surname, row.given_names, row.patronymic) if part)
                + (f"\n⚠ {row.registry_uk} / {row.registry_en}" if row.registry_uk else ""),
                row.date_of_birth,
                row.service_number,
                row.rank,
                row.category,
            )
            for row in phase.rows
        ],
        shade=lambda index: 0.85 if phase.rows[index].registry_uk else 0.96 if index % 2 else None,
    )
    report.y -= 10
    totals = Counter(row.category or "—" for row in phase.rows)
    report.paragraph("Разом за категоріями / Totals by category", size=10, bold=True)
    report.table(
        (
            Column("Категорія / стан здоров'я", "Category / health", 120 * mm),
            Column("Осіб", "Persons", 30 * mm, "right"),
        ),
        [(category, str(count)) for category, count in sorted(totals.items())]
        + [("Усього / Total", str(len(phase.rows)))],
    )
    report.y -= 14
    signature_blocks(report)
    return report.finish()
