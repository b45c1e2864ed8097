"""Exchange-day reconciliation: who was expected home and who came, who came unexpectedly,
who was handed over, and the parity of every phase of the agreement."""

from __future__ import annotations

from reportlab.lib.units import mm

from reports.base import Column, Report, phase_suffix, signature_blocks
from reports.dto import ExchangeReport, ReportContext


def _outcome(expected: bool, returned: bool) -> str:
    if expected and returned:
        return "повернувся / returned"
    if expected:
        return "НЕ ПОВЕРНУВСЯ / DID NOT RETURN"
    return "не було у списку / not on the list"


def _signed(value: int) -> str:
    return f"{value:+d}" if value else "0"


def build_exchange(context: ReportContext, data: ExchangeReport) -> bytes:
    phase_uk, phase_en = phase_suffix(data.phase)
    report = Report(context, "Звірка дня обміну", "Exchange-day reconciliation")
    report.heading(f"Звірка дня обміну{phase_uk}", f"Exchange-day reconciliation{phase_en}")
    report.paragraph(f"Угода / Agreement: {data.agreement}")
    report.paragraph(f"Дата / Date: {data.held_on}" + (f" · місце / place: {data.place}" if data.place else ""))
    expected = [line for line in data.home if line.expected]
    came = [line for line in expected if line.returned]
    unexpected = [line for line in data.home if not line.expected]
    report.y -= 6
    report.table(
        (Column("Підсумок", "Summary", 120 * mm), Column("Осіб", "Persons", 30 * mm, "right")),
        [
            ("Очікували повернення / Expected home", str(len(expected))),
            ("Повернулися з очікуваних / Returned of those expected", str(len(came))),
            ("Не повернулися / Did not return", str(len(expected) - len(came))),
            ("Повернулися понад список / Returned, not on the list", str(len(unexpected))),
            ("Передано іншій стороні / Handed over", str(len(data.handed_over))),
            (
                "Різниця (повернуто − передано) / Parity (returned − handed over)",
                _signed(len(came) + len(unexpected) - len(data.handed_over)),
            ),
        ],
    )
    report.y -= 10
    report.paragraph("Повертаються додому / Coming home", size=10, bold=True)
    report.table(
        (
            Column("№", "No.", 11 * mm, "right"),
            Column("Прізвище, ім'я, по батькові", "Name", 85 * mm),
            Column("Запис", "Record", 28 * mm),
            Column("Результат", "Outcome", 58 * mm),
        ),
        [
            (str(number), line.name, line.record_id, _outcome(line.expected, line.returned))
            for number, line in enumerate(data.home, start=1)
        ],
        shade=lambda index: 0.9 if data.home[index].expected and not data.home[index].returned else None,
    )
    report.y -= 10
    report.paragraph("Передано іншій стороні / Handed over", size=10, bold=True)
    report.table(
        (Column("№", "No.", 11 * mm, "right"), Column("Прізвище, ім'я, по батькові", "Name", 171 * mm)),
        [(str(number), name) for number, name in enumerate(data.handed_over, start=1)],
    )
    report.y -= 10
    report.paragraph("Паритет за етапами угоди / Parity per phase of the agreement", size=10, bold=True)
    report.table(
        (
            Column("Етап", "Phase", 30 * mm),
            Column("Повернуто", "Returned", 40 * mm, "right"),
            Column("Передано", "Handed over", 40 * mm, "right"),
            Column("Різниця", "Difference", 40 * mm, "right"),
        ),
        [
            (str(phase) if phase is not None else "—", str(back), str(given), _signed(back - given))
            for phase, back, given in data.parity
        ],
    )
    report.y -= 14
    signature_blocks(report)
    return report.finish()
