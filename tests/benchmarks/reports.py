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
from reports.dossier import build_dossier
from reports.dto import Dossier
from reports.phase_list import COLUMNS, build_phase_list
from tests.benchmarks.common import report
from tests.helpers.reports import CONTEXT
from tests.helpers.reports import phase_list_of as _phase

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


def photo(number: int) -> bytes:
    """A phone-sized JPEG with real detail (noise), so compression and embedding cost what they would."""
    from PIL import Image

    image = Image.effect_noise((1600, 1200), 40 + number).convert("RGB")
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


def images_only(photos: list[bytes]) -> bytes:
    """The baseline: the same photos drawn onto pages with nothing else."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for data in photos:
        canvas.drawImage(ImageReader(BytesIO(data)), 40, 400, 400, 300)
        canvas.showPage()
    canvas.save()
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

    photos = [photo(n) for n in range(20)]
    dossier = Dossier(
        "UA-0000001",
        "Коваленко Сергій Миколайович",
        [("Поле", "Field", f"значення {n}") for n in range(30)],
        photos,
        ["Kovalenko Serhii Mykolaiovych (uk latin 2010)"],
        ["Коваленко Ольга, мати, Київ"],
        [(f"{n + 1:02d}.05.2024", "captured", "Вовчанськ") for n in range(40)],
        [("Угода · етап 1 · версія 1", "12", "matched")] * 5,
        [("Запит", "МКЧХ", "надіслано")] * 10,
        [(f"фото-{n}.jpg", "image/jpeg", "") for n in range(20)],
    )
    started = time.perf_counter()
    dossier_pdf = build_dossier(CONTEXT, dossier)
    ours = time.perf_counter() - started
    started = time.perf_counter()
    images_only(photos)
    baseline = time.perf_counter() - started
    report("dossier with 20 photos (vs the photos alone)", ours, baseline)
    print(f"{'':52} {len(dossier_pdf) / 1e6:9.2f} MB", flush=True)


if __name__ == "__main__":
    run()
