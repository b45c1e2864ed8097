"""The capture card of GC III Annex IV B on its own 15 x 10.5 cm page, Ukrainian and English,
with the record id as text and as a QR code so a returned card finds its record."""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas

from reports.base import BOLD, FONT, register_fonts, wrap
from reports.dto import CaptureCard, ReportContext

PAGE = (15 * cm, 10.5 * cm)
EDGE = 5 * mm
HEALTH = (  # the seven states printed on the card, in the Convention's order
    ("good", "добрий стан здоров'я", "good health"),
    ("not_wounded", "без поранень", "not wounded"),
    ("recovered", "одужав", "recovered"),
    ("convalescent", "одужує", "convalescent"),
    ("sick", "хворий", "sick"),
    ("slightly_wounded", "легкопоранений", "slightly wounded"),
    ("seriously_wounded", "тяжкопоранений", "seriously wounded"),
)


def qr_code(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """The widget's dark modules drawn straight onto the canvas (renderPDF would also set
    Helvetica, a font the PDF would then name without embedding it)."""
    widget = QrCodeWidget(text, barLevel="M")
    left, bottom, right, top = widget.getBounds()
    scale = size / max(right - left, top - bottom)
    canvas.saveState()
    canvas.setFillGray(0)
    for module in widget.draw().contents:
        if module.fillColor is None:  # the quiet zone behind the code, left white
            continue
        canvas.rect(
            x + (module.x - left) * scale,
            y + (module.y - bottom) * scale,
            module.width * scale,
            module.height * scale,
            stroke=0,
            fill=1,
        )
    canvas.restoreState()


def build_capture_card(context: ReportContext, card: CaptureCard) -> bytes:
    register_fonts()
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=PAGE, invariant=True, pageCompression=1, initialFontName=FONT)
    c.setTitle(f"Картка полоненого / Capture card {card.record_id}")
    c.setAuthor(context.office)
    width, height = PAGE
    c.setFont(BOLD, 6)
    c.setFillGray(0.35)
    c.drawString(EDGE, height - EDGE, context.marking)
    c.setFillGray(0)
    c.setFont(BOLD, 9)
    c.drawString(EDGE, height - EDGE - 11, "КАРТКА ПОЛОНЕНОГО")
    c.setFont(FONT, 7)
    c.drawString(EDGE, height - EDGE - 20, "CAPTURE CARD FOR PRISONER OF WAR")
    c.setFont(FONT, 6)
    c.drawString(EDGE, height - EDGE - 28, "Женевська конвенція III, додаток IV Б / Geneva Convention III, Annex IV B")
    qr_size = 14 * mm
    qr_code(c, card.record_id, width - EDGE - qr_size, height - EDGE - qr_size + 2, qr_size)
    c.setFont(FONT, 6)
    c.drawCentredString(width - EDGE - qr_size / 2, height - EDGE - qr_size - 3, card.record_id)

    fields = (
        ("1", "Держава, від якої залежить", "Power on which the prisoner depends", card.power),
        ("2", "Прізвище", "Name", card.surname),
        ("3", "Імена (повністю)", "First names (in full)", card.given_names),
        ("4", "Ім'я батька", "First name of father", card.fathers_name),
        ("", "Дівоче прізвище матері", "Mother's maiden name", card.mothers_maiden_name),
        ("5", "Дата народження", "Date of birth", card.date_of_birth),
        ("6", "Місце народження", "Place of birth", card.place_of_birth),
        ("7", "Звання", "Rank", card.rank),
        ("8", "Особистий номер", "Service number", card.service_number),
        ("", "Військова частина", "Unit", card.unit),
        ("9", "Адреса родини", "Address of family", card.family_address),
        ("10", "Узятий у полон / звідки", "Taken prisoner on / coming from", _captured(card)),
    )
    y = height - EDGE - qr_size - 9
    c.setLineWidth(0.2)
    for field in fields:
        y = _field(c, *field, y, width)
    y = _health(c, card.health, y, width)  # item 11 comes between 10 and 12, as on the card
    y = _field(c, "12", "Теперішня адреса", "Present address", _present(card), y, width)
    c.setFont(FONT, 6.2)
    c.drawString(EDGE, EDGE + 2, "13. Дата / Date: ____________")
    c.drawString(width / 2, EDGE + 2, "14. Підпис / Signature: ____________________")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _field(c: Canvas, number: str, uk: str, en: str, value: str, y: float, width: float) -> float:
    """One numbered item: the bilingual label on the left, the value beside it; returns the new top."""
    label_width = 50 * mm
    value_x = EDGE + label_width + 2 * mm
    label = wrap(f"{number + '. ' if number else ''}{uk} / {en}", FONT, 5.8, label_width)
    size, lines = _fit(value or "—", width - value_x - EDGE)
    c.setFont(FONT, 5.8)
    for index, text in enumerate(label):
        c.drawString(EDGE, y - 6 - index * 6.6, text)
    c.setFont(BOLD, size)
    for index, text in enumerate(lines):
        c.drawString(value_x, y - size - index * size * 1.15, text)
    y -= max(len(label) * 6.6, len(lines) * size * 1.15) + 1.5
    c.setLineWidth(0.2)
    c.setStrokeGray(0.7)
    c.line(EDGE, y, width - EDGE, y)
    c.setStrokeGray(0)
    return y


def _health(c: Canvas, health: str, y: float, width: float) -> float:
    """Item 11: the seven states with the person's one ticked; returns the new top."""
    c.setFont(FONT, 5.8)
    c.drawString(EDGE, y - 6, "11. Стан здоров'я / Health:")
    x, y = EDGE, y - 14
    box = 2.6 * mm
    for value, uk, en in HEALTH:
        text = f"{uk} / {en}"
        text_width = c.stringWidth(text, FONT, 5.8) + box + 5
        if x + text_width > width - EDGE:
            x, y = EDGE, y - 9
        c.rect(x, y - 0.5, box - 1, box - 1, stroke=1, fill=0)
        if value == health:
            c.setFont(BOLD, 7)
            c.drawString(x + 0.6, y + 0.2, "X")
            c.setFont(FONT, 5.8)
        c.drawString(x + box + 1, y, text)
        x += text_width + 4
    y -= 4
    c.setStrokeGray(0.7)
    c.line(EDGE, y, width - EDGE, y)
    c.setStrokeGray(0)
    return y


def _fit(value: str, width: float) -> tuple[float, list[str]]:
    """The largest of the card's type sizes at which the value takes two lines; never cut."""
    for size in (7.5, 6.5):
        lines = wrap(value, BOLD, size, width)
        if len(lines) <= 2:
            return size, lines
    return 5.5, wrap(value, BOLD, 5.5, width)


def _captured(card: CaptureCard) -> str:
    parts = [part for part in (card.captured_on, card.captured_at) if part]
    if card.coming_from:
        parts.append(card.coming_from)
    return ", ".join(parts)


def _present(card: CaptureCard) -> str:
    parts = []
    if card.prisoner_number:
        parts.append(f"№ / No. {card.prisoner_number}")
    if card.camp:
        parts.append(card.camp)
    return ", ".join(parts)
