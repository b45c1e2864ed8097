"""Registry statistics for a delegation: counts by status and health with bar charts, and
captures and returns per month."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from reports.base import BOLD, FONT, MARGIN, Column, Report
from reports.dto import Count, ReportContext, Statistics

BLUE, ORANGE = colors.HexColor("#2f6db3"), colors.HexColor("#e08a1e")


def _no_data(width: float) -> Drawing:
    drawing = Drawing(width, 16)
    drawing.add(String(0, 4, "немає даних / no data", fontName=FONT, fontSize=9))
    return drawing


def _counts_chart(counts: list[Count], width: float) -> Drawing:
    if not counts:
        return _no_data(width)
    height = 24 + 13 * len(counts)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 70 * mm, 16, width - 70 * mm - 30, height - 20
    chart.data = [[c.count for c in reversed(counts)]]
    chart.categoryAxis.categoryNames = [f"{c.label_uk} / {c.label_en}" for c in reversed(counts)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BLUE
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _months_chart(stats: Statistics, width: float) -> Drawing:
    months = sorted({m for m, _ in stats.captures_per_month} | {m for m, _ in stats.returns_per_month})
    captures, returns = dict(stats.captures_per_month), dict(stats.returns_per_month)
    if not months:
        return _no_data(width)
    drawing = Drawing(width, 70 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 18 * mm, width - 40, 45 * mm
    chart.data = [[captures.get(m, 0) for m in months], [returns.get(m, 0) for m in months]]
    step = max(1, len(months) // 18)  # at most ~18 month labels, so they never overlap
    chart.categoryAxis.categoryNames = [m if i % step == 0 else "" for i, m in enumerate(months)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 60
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = BLUE, ORANGE
    chart.bars.strokeWidth = 0
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 40, 68 * mm
    legend.fontName, legend.fontSize = FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(BLUE, "узято в полон / captured"), (ORANGE, "повернуто / returned")]
    drawing.add(legend)
    return drawing


def _draw(report: Report, drawing: Drawing) -> None:
    report.ensure(drawing.height + 6)
    renderPDF.draw(drawing, report.canvas, MARGIN, report.y - drawing.height)
    report.canvas.setFont(FONT, 9)
    report.y -= drawing.height + 6


def _percent(part: int, total: int) -> str:
    return f"{100 * part / total:.1f}" if total else "—"


def _counts_table(report: Report, counts: list[Count], total: int) -> None:
    report.table(
        (
            Column("Категорія", "Category", 120 * mm),
            Column("Осіб", "Persons", 30 * mm, "right"),
            Column("%", "%", 20 * mm, "right"),
        ),
        [(f"{c.label_uk} / {c.label_en}", str(c.count), _percent(c.count, total)) for c in counts]
        + [("Усього / Total", str(total), _percent(total, total))],
    )


def build_statistics(context: ReportContext, stats: Statistics) -> bytes:
    report = Report(context, "Статистика реєстру", "Registry statistics")
    report.heading("Статистика реєстру", "Registry statistics")
    report.paragraph(f"Осіб у реєстрі / Persons in the registry: {stats.total}", size=10, bold=True)
    report.y -= 6
    for uk, en, counts in (
        ("За статусом", "By status", stats.by_status),
        ("За станом здоров'я", "By health", stats.by_health),
    ):
        chart = _counts_chart(counts, report.width)
        report.ensure(chart.height + 40)  # a heading never sits alone at the foot of a page
        report.heading(uk, en, size=11)
        _draw(report, chart)
        _counts_table(report, counts, sum(c.count for c in counts))
        report.y -= 8
    chart = _months_chart(stats, report.width)
    report.ensure(chart.height + 40)
    report.heading("Узято в полон і повернуто за місяцями", "Captured and returned per month", size=11)
    _draw(report, chart)
    captures, returns = dict(stats.captures_per_month), dict(stats.returns_per_month)
    months = sorted(set(captures) | set(returns))
    report.table(
        (
            Column("Місяць", "Month", 40 * mm),
            Column("Узято в полон", "Captured", 40 * mm, "right"),
            Column("Повернуто", "Returned", 40 * mm, "right"),
        ),
        [(m, str(captures.get(m, 0)), str(returns.get(m, 0))) for m in months],
        shade=lambda index: 0.96 if index % 2 else None,
    )
    report.canvas.setFont(BOLD, 9)
    return report.finish()
