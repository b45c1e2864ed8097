"""A correspondence thread on paper: the log of every letter first, then each letter in full."""

from __future__ import annotations

from reportlab.lib.units import mm

from reports.base import Column, Report
from reports.dto import LettersReport, ReportContext


def build_letters(context: ReportContext, data: LettersReport) -> bytes:
    report = Report(context, "Листування", "Correspondence")
    report.heading(data.subject, "Листування / Correspondence")
    report.paragraph(f"Адресат / Counterparty: {data.counterparty}")
    report.paragraph(
        f"Стан / State: {data.state}" + (f" · строк відповіді / reply due: {data.due_on}" if data.due_on else "")
    )
    report.y -= 6
    report.paragraph("Журнал листування / Correspondence log", size=10, bold=True)
    report.table(
        (
            Column("№", "No.", 8 * mm, "right"),
            Column("Дата", "Date", 19 * mm),
            Column("Напрям", "Direction", 22 * mm),
            Column("Наш номер", "Our ref.", 25 * mm),
            Column("Їхній номер", "Their ref.", 25 * mm),
            Column("Канал", "Channel", 33 * mm),
            Column("Тема", "Subject", 50 * mm),
        ),
        [
            (
                str(number),
                letter.date,
                "вхідний / in" if letter.incoming else "вихідний / out",
                letter.our_reference,
                letter.their_reference,
                letter.channel,
                letter.subject,
            )
            for number, letter in enumerate(data.letters, start=1)
        ],
        shade=lambda index: 0.95 if data.letters[index].incoming else None,
    )
    for number, letter in enumerate(data.letters, start=1):
        report.y -= 10
        report.ensure(60)
        reference = " · ".join(part for part in (letter.our_reference, letter.their_reference) if part)
        direction = "вхідний / incoming" if letter.incoming else "вихідний / outgoing"
        report.paragraph(f"{number}. {letter.subject}", size=10, bold=True)
        report.paragraph(f"{letter.date or '—'} · {direction}" + (f" · {reference}" if reference else ""), size=8)
        report.y -= 3
        report.paragraph(letter.body or "—")
    return report.finish()
