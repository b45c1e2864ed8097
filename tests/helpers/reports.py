"""Reading PDFs back in tests: their text, their fonts; a fixed clock and page context."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from reports.dto import PhaseList, PhaseListRow, ReportContext

FIXED = dt.datetime(2026, 11, 25, 9, 30, tzinfo=dt.UTC)
CONTEXT = ReportContext("Координаційний штаб", FIXED, "журнал / log: подія / event 42 · abcdef")


def flat(text: str) -> str:
    """Extracted text with each run of white space as one space: cells wrap across lines."""
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, flat("\n".join(page.extract_text() for page in reader.pages))


def pdf_fonts(reader: PdfReader) -> set[str]:
    """Base fonts of every page, and whether each is embedded (FontFile2 for TrueType)."""
    found = set()
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]).split("+")[-1], embedded))
    return found


def phase_list_of(rows: int) -> PhaseList:
    return PhaseList(
        "Угода",
        "наш список",
        "our list",
        2,
        1,
        [
            PhaseListRow(n, f"Прізвище{n:05d}", "Олександр", "Миколайович", "01.02.1990", f"А{n:06d}", "солдат", "")
            for n in range(1, rows + 1)
        ],
    )
