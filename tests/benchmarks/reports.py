"""Reports: a 6,000-entry phase list beside the naive way to print the same rows (one
platypus LongTable with the same rows and font), in the same run."""

from __future__ import annotations

import time
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from reports.base import BOLD, FONT, register_fonts
from reports.phase_list import COLUMNS, build_phase_list
from tests.benchmarks.common import report
from tests.reports.test_reports import CONTEXT, _phase

ENTRIES = 6_000


def naive(rows: list[tuple[str, ...]]) -> bytes:
    """What one would write first: every cell a Paragraph (so names wrap), one LongTable."""
    register_fonts()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10)
    header = [Paragraph(f"<b>{c.title_uk}</b><br/>{c.title_en}", style) for c in COLUMNS]
    data = [header] + [[Paragraph(cell, style) for cell in row] for row in rows]
    table = LongTable(data, colWidths=[c.width for c in COLUMNS], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), BOLD), ("LINEBELOW", (0, 0), (-1, -1), 0.3, "black")]))
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm).build([table])
    return buffer.getvalue()


def run() -> None:
    phase = _phase(ENTRIES)
    started = time.perf_counter()
    pdf = build_phase_list(CONTEXT, phase)
    ours = time.perf_counter() - started
    rows = [
        (str(r.number), f"{r.surname} {r.given_names} {r.patronymic}", r.date_of_birth, r.service_number, r.rank, "")
        for r in phase.rows
    ]
    started = time.perf_counter()
    baseline_pdf = naive(rows)
    baseline = time.perf_counter() - started
    report(f"phase list of {ENTRIES:,} entries (vs one LongTable)", ours, baseline)
    print(f"{'':52} {len(pdf) / 1e6:9.2f} MB      baseline {len(baseline_pdf) / 1e6:9.2f} MB", flush=True)


if __name__ == "__main__":
    run()
