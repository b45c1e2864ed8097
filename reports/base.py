"""The report frame: a Cyrillic font embedded in every PDF, a header with the classification
marking and the office, a footer with the generation time, the change-log head and
"page X of Y", and a fast table writer that wraps long names and never cuts a row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from io import BytesIO

from reportlab.graphics import shapes
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from reports.dto import ReportContext

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN: float = 14 * mm
LINE = 1.18  # line height as a multiple of the font size


def register_fonts() -> None:
    """DejaVu Sans (shipped in resources/fonts with its licence): every Cyrillic letter, embedded."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    # Charts start from this state; left at Helvetica, every PDF with a chart would name a
    # font it does not embed.
    shapes.STATE_DEFAULTS["fontName"] = FONT
    folder = resources.files("resources").joinpath("fonts")
    for name, filename in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        with resources.as_file(folder.joinpath(filename)) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most ``width`` points, keeping the text's own line breaks; a word longer than
    the width is split, never cut off."""
    return [line for paragraph in text.split("\n") for line in _wrap_paragraph(paragraph, font, size, width)]


@lru_cache(maxsize=1 << 16)
def _width(text: str, font: str, size: float) -> float:
    """A word's width: TrueType advances add up (ReportLab applies no kerning), so a line is
    measured as the sum of its words and spaces, each measured once per document run."""
    return float(pdfmetrics.stringWidth(text, font, size))


# A long report repeats its cells (a compliance report says the same reasons on thousands of
# rows): a paragraph already wrapped at this font, size and width is not wrapped again.
@lru_cache(maxsize=1 << 14)
def _wrap_paragraph(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    # a hyphenated word (штаб-сержант, Римський-Корсаков) may break after its hyphen: the
    # hyphen stays on the first line, as a typesetter breaks it, never inside a part
    words = [part for word in text.split() for part in _hyphen_parts(word)]
    space = _width(" ", font, size)
    lines: list[str] = []
    current, current_width = "", 0.0
    for word in words:
        joined = current.endswith("-") and not current.endswith(" -")
        gap = 0.0 if joined or not current else space
        candidate_width = current_width + gap + _width(word, font, size)
        if candidate_width <= width + _TOLERANCE:
            current = f"{current}{word}" if joined or not current else f"{current} {word}"
            current_width = candidate_width
            continue
        if current:
            lines.append(current)
        rest = word
        while _width(rest, font, size) > width + _TOLERANCE:  # a very long word: split it
            cut = len(rest)
            while cut > 1 and pdfmetrics.stringWidth(rest[:cut], font, size) > width:
                cut -= 1
            lines.append(rest[:cut])
            rest = rest[cut:]
        current, current_width = rest, _width(rest, font, size)
    if current:
        lines.append(current)
    return tuple(lines) or ("",)


_TOLERANCE = 1e-6  # points: summing words' widths may differ from the whole line's in the last bits


def _hyphen_parts(word: str) -> list[str]:
    """``штаб-сержант`` -> ``штаб-``, ``сержант``; a lone or leading/trailing hyphen stays."""
    pieces = word.split("-")
    if len(pieces) < 2 or not all(pieces):
        return [word]
    return [piece + "-" for piece in pieces[:-1]] + [pieces[-1]]


@dataclass(frozen=True)
class Column:
    title_uk: str
    title_en: str
    width: float  # points
    align: str = "left"


class Report:
    """One PDF being written: pages with the frame, and tables that continue across pages."""

    def __init__(self, context: ReportContext, title_uk: str, title_en: str, *, landscape_pages: bool = False) -> None:
        register_fonts()
        self.context = context
        self.title_uk, self.title_en = title_uk, title_en
        self.buffer = BytesIO()
        page = landscape(A4) if landscape_pages else A4
        self.size: tuple[float, float] = (float(page[0]), float(page[1]))
        self.canvas = Canvas(
            self.buffer, pagesize=self.size, invariant=True, pageCompression=1, initialFontName=FONT, initialFontSize=9
        )
        self.canvas.setTitle(f"{title_uk} / {title_en}")
        self.canvas.setAuthor(context.office)
        self.pages = 0
        self.y = 0.0
        self._page_numbers: list[tuple[str, int]] = []  # (form name, page number)
        self._new_page()

    @property
    def width(self) -> float:
        return self.size[0] - 2 * MARGIN

    def _new_page(self) -> None:
        if self.pages:
            self.canvas.showPage()
        self.pages += 1
        c, (page_width, page_height) = self.canvas, self.size
        c.setFont(BOLD, 8)
        c.setFillGray(0.35)
        c.drawString(MARGIN, page_height - 9 * mm, self.context.marking)
        c.setFont(FONT, 8)
        c.drawRightString(page_width - MARGIN, page_height - 9 * mm, self.context.office)
        c.drawString(MARGIN, 9 * mm, f"створено / generated {self.context.generated_at:%Y-%m-%d %H:%M %z}")
        c.drawString(MARGIN, 5.5 * mm, self.context.log_head)
        number = self.pages
        # "page X of Y": Y is known only at the end, so each page's footer is a form filled then.
        name = f"pageno{number}"
        c.doForm(name)
        self._page_numbers.append((name, number))
        c.setFillGray(0)
        self.y = page_height - 16 * mm

    def _fill_page_number(self, name: str, number: int, total: int) -> None:
        c = self.canvas
        c.beginForm(name)
        c.setFont(FONT, 8)
        c.setFillGray(0.35)
        c.drawRightString(self.size[0] - MARGIN, 9 * mm, f"сторінка {number} з {total} / page {number} of {total}")
        c.endForm()

    def ensure(self, height: float) -> bool:
        """Start a new page unless ``height`` points still fit; True when a page was started."""
        if self.y - height < 14 * mm:
            self._new_page()
            return True
        return False

    def heading(self, text_uk: str, text_en: str, size: float = 14) -> None:
        c = self.canvas
        for text, font, font_size in ((text_uk, BOLD, size), (text_en, FONT, size * 0.8)):
            for line in wrap(text, font, font_size, self.width):
                self.ensure(font_size * LINE)
                c.setFont(font, font_size)
                c.drawString(MARGIN, self.y - font_size, line)
                self.y -= font_size * LINE
        self.y -= 4

    def paragraph(self, text: str, size: float = 9, bold: bool = False) -> None:
        font = BOLD if bold else FONT
        for line in wrap(text, font, size, self.width):
            self.ensure(size * LINE)
            self.canvas.setFont(font, size)
            self.canvas.drawString(MARGIN, self.y - size, line)
            self.y -= size * LINE

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        size: float = 8.5,
        shade: Callable[[int], float | None] | None = None,
    ) -> None:
        """Rows under a header that repeats on every page; a row is never split across pages and
        every cell wraps instead of being cut."""
        c = self.canvas
        pad = 2.5
        line = size * LINE

        def header() -> None:
            titles = [
                (
                    wrap(col.title_uk, BOLD, size, col.width - 2 * pad),
                    wrap(col.title_en, FONT, size * 0.85, col.width - 2 * pad),
                )
                for col in columns
            ]
            height = max(len(uk) * line + len(en) * size * 0.85 * LINE for uk, en in titles) + 2 * pad
            self.ensure(height + line)
            c.setFillGray(0.9)
            c.rect(MARGIN, self.y - height, sum(col.width for col in columns), height, stroke=0, fill=1)
            c.setFillGray(0)
            x = MARGIN
            for col, (uk, en) in zip(columns, titles, strict=True):
                y = self.y - pad
                for text in uk:
                    c.setFont(BOLD, size)
                    c.drawString(x + pad, y - size, text)
                    y -= line
                for text in en:
                    c.setFont(FONT, size * 0.85)
                    c.drawString(x + pad, y - size * 0.85, text)
                    y -= size * 0.85 * LINE
                x += col.width
            self.y -= height

        titled = any(col.title_uk or col.title_en for col in columns)  # a plain list has no header
        if titled:
            header()
        c.setLineWidth(0.3)
        total_width = sum(col.width for col in columns)
        for index, row in enumerate(rows):
            cells = [wrap(text, FONT, size, col.width - 2 * pad) for col, text in zip(columns, row, strict=True)]
            height = max(len(lines) for lines in cells) * line + 2 * pad
            if self.ensure(height) and titled:
                header()
            if shade is not None and (gray := shade(index)) is not None:
                c.setFillGray(gray)
                c.rect(MARGIN, self.y - height, total_width, height, stroke=0, fill=1)
                c.setFillGray(0)
            x = MARGIN
            c.setFont(FONT, size)
            # one text object for the row, cells in order: a text object per string (what
            # drawString makes) was most of the time of a long report's drawing
            block = c.beginText()
            block.setFont(FONT, size, line)
            for col, lines in zip(columns, cells, strict=True):
                y = self.y - pad - size
                for text in lines:
                    if text:
                        right = col.align == "right"
                        block.setTextOrigin(x + col.width - pad - _width(text, FONT, size) if right else x + pad, y)
                        block.textOut(text)
                    y -= line
                x += col.width
            c.drawText(block)
            c.line(MARGIN, self.y - height, MARGIN + total_width, self.y - height)
            self.y -= height

    def finish(self) -> bytes:
        total = self.pages
        for name, number in self._page_numbers:
            self._fill_page_number(name, number, total)
        self.canvas.save()
        return self.buffer.getvalue()


BOTH_PARTIES = (("Від української сторони", "For the Ukrainian side"), ("Від іншої сторони", "For the other side"))


def phase_suffix(phase: int | None) -> tuple[str, str]:
    """ ", етап 2" and ", phase 2" for a heading; nothing when the list has no phase."""
    return ("", "") if phase is None else (f", етап {phase}", f", phase {phase}")


def signature_blocks(report: Report, parties: Sequence[tuple[str, str]] = BOTH_PARTIES) -> None:
    """Signature and seal blocks, side by side, kept together on one page."""
    c = report.canvas
    report.ensure(42 * mm)
    width = report.width / len(parties)
    for number, (uk, en) in enumerate(parties):
        x = MARGIN + number * width
        c.setFont(BOLD, 9)
        c.drawString(x, report.y - 12, uk)
        c.setFont(FONT, 8)
        c.drawString(x, report.y - 24, en)
        c.line(x, report.y - 60, x + width - 38 * mm, report.y - 60)
        c.drawString(x, report.y - 70, "підпис / signature")
        c.circle(x + width - 20 * mm, report.y - 45, 13 * mm, stroke=1, fill=0)
        c.drawCentredString(x + width - 20 * mm, report.y - 47, "М.П. / seal")
    report.y -= 42 * mm
