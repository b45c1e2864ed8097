"""Remains reports: identification status per batch, the identification report of a case,
and the death certificate after GC III Annex IV D."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm

from reports.base import BOLD, FONT, MARGIN, Column, Report, wrap
from reports.capture_card import qr_code
from reports.dto import DeathCertificate, IdentificationReport, RemainsStatus, ReportContext

STAGE_COLOURS = [
    colors.HexColor(c) for c in ("#c9d6e8", "#9fb8d9", "#7098c8", "#4c7fbf", "#e0a43a", "#3c9a5f", "#1f6b3a")
]
UPPER = (18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28)
LOWER = (48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38)
TOOTH_CODES = (
    "П present · В missing · ВП missing post mortem · Пл filled · К crowned · Кн root canal · М bridge · "
    "І implant · Кр decayed"
)


BATCH_COLOURS = [
    colors.HexColor(c) for c in ("#2f6db3", "#e08a1e", "#3c9a5f", "#b3413b", "#7b5ea7", "#8c6d31", "#4aa3b5", "#d36ba6")
]


def _progress_chart(status: RemainsStatus, width: float) -> Drawing:
    """Cases at each stage, one bar per batch (the most recent batches when there are many)."""
    batches = status.batches[-len(BATCH_COLOURS) :]
    drawing = Drawing(width, 62 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 14 * mm, width - 40 * mm, 44 * mm
    chart.data = [list(b.reached) for b in batches]
    chart.categoryAxis.categoryNames = [f"{uk}\n{en}" for uk, en in status.stages]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 8
    for i, colour in enumerate(BATCH_COLOURS[: len(batches)]):
        chart.bars[i].fillColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 34 * mm, 58 * mm
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 8
    legend.colorNamePairs = [(BATCH_COLOURS[i], b.batch_number) for i, b in enumerate(batches)]
    drawing.add(legend)
    return drawing


def build_remains_status(context: ReportContext, status: RemainsStatus) -> bytes:
    report = Report(context, "Стан ідентифікації за партіями", "Identification status per batch", landscape_pages=True)
    report.heading("Стан ідентифікації останків за партіями", "Identification status of remains per batch")
    total_received = sum(b.received for b in status.batches)
    total_identified = sum(b.reached[-2] for b in status.batches) if status.stages else 0
    report.paragraph(
        f"Партій / batches: {len(status.batches)}; справ / cases: {total_received}; "
        f"ідентифіковано / identified: {total_identified}",
        size=10,
        bold=True,
    )
    report.y -= 4
    if status.batches:
        chart = _progress_chart(status, report.width)
        report.ensure(chart.height + 4)
        renderPDF.draw(chart, report.canvas, MARGIN, report.y - chart.height)
        report.y -= chart.height + 8
    stage_width = 22 * mm
    columns = [
        Column("Партія, дата", "Batch, received on", 28 * mm),
        Column("Місце; хто передав", "Place; handed over by", report.width - 230 * mm),
        Column("Заявлено", "Declared", 18 * mm, "right"),
        Column("Осіб", "Individuals", 18 * mm, "right"),
        Column("Різниця", "Difference", 16 * mm, "right"),
        *(Column(uk, en, stage_width, "right") for uk, en in status.stages[1:]),
        Column("Чужі? / змішані", "Other side? / commingled", 20 * mm, "right"),
    ]
    rows = [
        [
            f"{b.batch_number}, {b.received_on}",
            "; ".join(p for p in (b.place, b.handed_over_by) if p),
            str(b.declared),
            str(b.individuals) + (f" (+{b.received - b.individuals})" if b.received > b.individuals else ""),
            f"{b.declared - b.individuals:+d}" if b.declared else "—",
            *(str(n) for n in b.reached[1:]),
            f"{b.possibly_other_side} / {b.commingled}",
        ]
        for b in status.batches
    ]
    report.table(columns, rows, size=7.5, shade=lambda i: 0.96 if i % 2 else None)
    report.paragraph(
        "Осіб отримано: справи без окремих частин тіла (у дужках — частини). Різниця: заявлено мінус отримано. "
        "Кожна стадія рахує справи, що її досягли або пройшли. / Individuals: cases that are not parts of another "
        "individual (parts in brackets). Difference: declared minus received. Each stage counts the cases at it "
        "or beyond.",
        size=7.5,
    )
    if status.flagged:
        report.y -= 6
        report.heading("Справи з позначками", "Flagged cases", size=11)
        report.table(
            (
                Column("Справа", "Case", 40 * mm),
                Column("Партія", "Batch", 40 * mm),
                Column("Позначка", "Flag", report.width - 80 * mm),
            ),
            status.flagged,
        )
    return report.finish()


def _fields(report: Report, fields: list[tuple[str, str, str]], width: float | None = None) -> None:
    rows = [(f"{uk} / {en}", value or "—") for uk, en, value in fields]
    label = 62 * mm
    report.table((Column("", "", label), Column("", "", (width or report.width) - label)), rows)


def _dental_chart(report: Report, title: str, chart: Mapping[int, str]) -> None:
    """The 32 teeth in two rows as a dentist draws them (patient's right on the left)."""
    c = report.canvas
    cell = report.width / 16
    report.ensure(3 * cell + 14)
    c.setFont(BOLD, 8.5)
    c.drawString(MARGIN, report.y - 9, title)
    report.y -= 13
    for row in (UPPER, LOWER):
        for n, tooth in enumerate(row):
            x = MARGIN + n * cell
            code = chart.get(tooth, "")
            c.setFillGray(0.88 if code and code not in ("П", "") else 1)
            c.rect(x, report.y - cell * 0.9, cell, cell * 0.9, stroke=1, fill=1)
            c.setFillGray(0.4)
            c.setFont(FONT, 6)
            c.drawCentredString(x + cell / 2, report.y - 7, str(tooth))
            c.setFillGray(0)
            c.setFont(BOLD, 8)
            c.drawCentredString(x + cell / 2, report.y - cell * 0.9 + 4, code)
        report.y -= cell * 0.9
    report.y -= 6


def build_identification_report(context: ReportContext, data: IdentificationReport) -> bytes:
    report = Report(context, data.title_uk, data.title_en)
    qr_code(report.canvas, data.record_id, report.size[0] - MARGIN - 22 * mm, report.y - 22 * mm, 22 * mm)
    report.heading(f"{data.title_uk}: справа {data.case_number}", f"{data.title_en}: case {data.case_number}")
    if data.person:
        report.paragraph(f"Особа / Person: {data.person}", size=11, bold=True)
    report.y = min(report.y, report.size[1] - 16 * mm - 26 * mm)
    if data.decision:
        report.heading("Рішення ідентифікаційної комісії", "Decision of the identification board", size=11)
        _fields(report, data.decision)
        report.y -= 6
    report.heading("Посмертні дані (PM)", "Post-mortem data", size=11)
    _fields(report, data.pm_fields)
    report.y -= 4
    _dental_chart(report, "Зубна формула (PM), FDI / Dental chart (PM), FDI", data.pm_dental)
    if data.am_fields or data.am_dental:
        report.heading("Прижиттєві дані (AM)", "Ante-mortem data", size=11)
        _fields(report, data.am_fields)
        report.y -= 4
        if data.am_dental:
            _dental_chart(report, "Зубна формула (AM), FDI / Dental chart (AM), FDI", data.am_dental)
    report.paragraph(TOOTH_CODES, size=7)
    report.y -= 6
    if data.evidence:
        report.heading("Докази за і проти", "Evidence for and against", size=11)
        report.table(
            (
                Column("Вид", "Kind", 28 * mm),
                Column("Вага", "Weight", 18 * mm, "right"),
                Column("Подробиці", "Detail", report.width - 46 * mm),
            ),
            data.evidence,
        )
        report.y -= 6
    if data.dna:
        report.heading("Результати ДНК", "DNA results", size=11)
        report.table(
            (
                Column("Зразки", "Samples", 50 * mm),
                Column("Родич", "Relative", 40 * mm),
                Column("Відношення правдоподібності", "Likelihood ratio", 32 * mm, "right"),
                Column("Лабораторія", "Laboratory", 32 * mm),
                Column("Дата", "Reported", report.width - 154 * mm),
            ),
            data.dna,
        )
        report.y -= 6
    report.heading("Ланцюг зберігання", "Chain of custody", size=11)
    report.table(
        (
            Column("Коли", "When", 30 * mm),
            Column("Від", "From", 38 * mm),
            Column("Кому", "To", 38 * mm),
            Column("Хто", "By whom", 34 * mm),
            Column("Примітка", "Note", report.width - 140 * mm),
        ),
        data.custody or [("—", "", "", "", "")],
    )
    if data.signatures:
        report.y -= 6
        report.heading("Підписи членів комісії", "Signatures of the board members", size=11)
        report.table(
            (
                Column("Член комісії", "Member", 55 * mm),
                Column("Рішення", "Vote", 30 * mm),
                Column("Коли", "When", 35 * mm),
                Column("Коментар", "Comment", report.width - 120 * mm),
            ),
            data.signatures,
        )
    return report.finish()


def build_death_certificate(context: ReportContext, data: DeathCertificate) -> bytes:
    report = Report(context, "Свідоцтво про смерть", "Death certificate")
    c = report.canvas
    qr_code(c, data.record_id, report.size[0] - MARGIN - 22 * mm, report.y - 22 * mm, 22 * mm)
    report.heading(
        f"Свідоцтво про смерть № {data.certificate_number}", f"Death certificate No. {data.certificate_number}"
    )
    report.paragraph("Женевська конвенція III, ст. 120, додаток IV D / Geneva Convention III, Art. 120, Annex IV D", 8)
    report.y = min(report.y, report.size[1] - 16 * mm - 26 * mm)
    report.y -= 4
    label = 78 * mm
    for number, (uk, en, value) in enumerate(data.items, start=1):
        texts = wrap(f"{number}. {uk}", BOLD, 8.5, label - 4) + wrap(en, FONT, 7.5, label - 4)
        values = wrap(value or "—", FONT, 9.5, report.width - label - 4)
        height = max(len(texts) * 10.5, len(values) * 12) + 6
        report.ensure(height)
        y = report.y - 10
        for n, text in enumerate(texts):
            c.setFont(BOLD if n < len(wrap(f"{number}. {uk}", BOLD, 8.5, label - 4)) else FONT, 8.5 if n == 0 else 7.5)
            c.drawString(MARGIN, y, text)
            y -= 10.5
        y = report.y - 11
        c.setFont(FONT, 9.5)
        for text in values:
            c.drawString(MARGIN + label, y, text)
            y -= 12
        report.y -= height
        c.setLineWidth(0.3)
        c.setStrokeGray(0.7)
        c.line(MARGIN, report.y + 2, MARGIN + report.width, report.y + 2)
        c.setStrokeGray(0)
    report.y -= 8
    report.paragraph(f"Ідентифікаційна комісія / Identification board: {data.board_members or '—'}", 8.5)
    report.paragraph(f"Дата видачі / Issued on: {data.issued_on}", 8.5)
    report.ensure(48 * mm)
    report.y -= 6
    width = report.width / 2
    blocks = (
        ("Дата, печатка і підпис відповідальної особи", "Date, seal and signature of the responsible authority"),
        ("Підписи і адреси двох свідків", "Signature and address of two witnesses"),
    )
    for n, (uk, en) in enumerate(blocks):
        x = MARGIN + n * width
        c.setFont(BOLD, 8.5)
        for i, line in enumerate(wrap(uk, BOLD, 8.5, width - 10 * mm)):
            c.drawString(x, report.y - 10 - i * 10, line)
        c.setFont(FONT, 7.5)
        c.drawString(x, report.y - 32, en)
        for k in range(2 if n else 1):
            end = x + width - (40 * mm if n == 0 else 12 * mm)
            c.line(x, report.y - 70 - k * 22, end, report.y - 70 - k * 22)
    c.circle(MARGIN + width - 24 * mm, report.y - 66, 12 * mm, stroke=1, fill=0)
    c.setFont(FONT, 7)
    c.drawCentredString(MARGIN + width - 24 * mm, report.y - 68, "М.П. / seal")
    report.y -= 48 * mm
    return report.finish()
