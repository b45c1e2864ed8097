"""An office card on one A4 page, Ukrainian and English (BUNDLES.md, "Keys"): the office, its
key, the 60-digit fingerprint in large type to read out by telephone, and a QR code of the
whole card file, so the receiving office can take the card from paper."""

from __future__ import annotations

import json
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from models.bundles.dto import OfficeCardDocument
from models.core.enums import OfficeKind
from reports.base import BOLD, FONT, register_fonts, wrap
from reports.capture_card import qr_code

MARGIN = 18 * mm
MARKING = "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED"
KINDS = {
    OfficeKind.HQ: ("координаційний штаб", "headquarters"),
    OfficeKind.REGIONAL: ("регіональний офіс", "regional office"),
    OfficeKind.FIELD: ("польова група", "field team"),
    OfficeKind.LABORATORY: ("лабораторія", "laboratory"),
    OfficeKind.MEDIATOR: ("посередник", "mediator"),
}
STEPS = (
    (
        "1. Передайте файл картки (CARD.json) іншому офісу будь-яким каналом або дайте їм зчитати QR-код.",
        "1. Send the card file (CARD.json) to the other office by any channel, or let them scan the QR code.",
    ),
    (
        "2. Зателефонуйте їм і прочитайте відбиток уголос, група за групою.",
        "2. Telephone them and read the fingerprint aloud, group by group.",
    ),
    (
        "3. Вони вводять його в Repatria (Офіси → Довірити картку…; repatria offices trust CARD.json "
        "--fingerprint …). Картці довіряють, лише якщо збігаються всі 60 цифр.",
        "3. They type it into Repatria (Offices → Trust a card…; repatria offices trust CARD.json "
        "--fingerprint …). The card is trusted only if all 60 digits agree.",
    ),
)


def office_card_pdf(document: OfficeCardDocument) -> bytes:
    """The card as a one-page PDF (bytes)."""
    register_fonts()
    office = document.office
    assert office.fingerprint is not None and office.key_id is not None
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1, initialFontName=FONT)
    c.setTitle(f"Картка офісу / Office card {office.code}")
    c.setAuthor(f"{office.code} — {office.name}")
    width, height = A4
    y = height - MARGIN
    c.setFont(BOLD, 7)
    c.setFillGray(0.35)
    c.drawString(MARGIN, y, MARKING)
    c.setFillGray(0)
    y -= 22
    c.setFont(BOLD, 16)
    c.drawString(MARGIN, y, "КАРТКА ОФІСУ / OFFICE CARD")
    y -= 26
    c.setFont(BOLD, 20)
    c.drawString(MARGIN, y, office.code)
    y -= 18
    c.setFont(FONT, 12)
    for line in wrap(office.name, FONT, 12, width - 2 * MARGIN):
        c.drawString(MARGIN, y, line)
        y -= 15
    uk, en = KINDS[office.kind]
    c.setFont(FONT, 10)
    c.drawString(MARGIN, y, f"{uk} / {en}")
    y -= 30

    c.setFont(BOLD, 10)
    c.drawString(MARGIN, y, "ВІДБИТОК (прочитайте телефоном) / FINGERPRINT (read out by telephone)")
    y -= 8
    groups = office.fingerprint.split(" ")
    box_top = y
    c.setLineWidth(0.6)
    c.rect(MARGIN, box_top - 3 * 30 - 10, width - 2 * MARGIN, 3 * 30 + 10, stroke=1, fill=0)
    column = (width - 2 * MARGIN) / 4
    c.setFont(BOLD, 22)
    for row in range(3):
        for col in range(4):
            number = row * 4 + col
            x = MARGIN + col * column + column / 2
            c.drawCentredString(x, box_top - 28 - row * 30, groups[number])
    c.setFont(FONT, 6.5)
    c.setFillGray(0.4)
    for row in range(3):
        for col in range(4):
            c.drawString(MARGIN + col * column + 4, box_top - 12 - row * 30, str(row * 4 + col + 1))
    c.setFillGray(0)
    y = box_top - 3 * 30 - 10 - 22

    facts = (
        ("Ідентифікатор офісу", "Office id", str(office.office_id)),
        ("Ідентифікатор ключа", "Key id", office.key_id),
        ("Версія картки", "Card version", str(office.card_version)),
        ("Чинна від", "Valid from", f"{document.valid_from:%Y-%m-%d %H:%M} UTC"),
        ("Попередній ключ", "Previous key", document.previous_key_id or "—"),
        ("Ключ шифрування (age)", "Encryption key (age)", document.age_recipient),
        (
            "Засвідчено штабом",
            "Countersigned by headquarters",
            "так / yes" if office.countersigned_by_hq else "ні / no",
        ),
    )
    label_width = 66 * mm
    for uk_label, en_label, value in facts:
        labels = wrap(f"{uk_label} / {en_label}", FONT, 8, label_width - 4 * mm)
        lines = wrap(value, BOLD, 8.5, width - 2 * MARGIN - label_width)
        c.setFont(FONT, 8)
        for index, line in enumerate(labels):
            c.drawString(MARGIN, y - index * 10.5, line)
        c.setFont(BOLD, 8.5)
        for index, line in enumerate(lines):
            c.drawString(MARGIN + label_width, y - index * 10.5, line)
        y -= 10.5 * max(len(labels), len(lines)) + 4

    # The whole card file, compact, as a QR code (a scanner gives back a file `trust` reads).
    compact = json.dumps(json.loads(document.card_json), ensure_ascii=False, separators=(",", ":"))
    qr_size = 80 * mm
    y -= 6
    qr_code(c, compact, MARGIN, y - qr_size, qr_size)
    text_x = MARGIN + qr_size + 8 * mm
    text_width = width - MARGIN - text_x
    ty = y - 4
    c.setFont(BOLD, 8.5)
    c.drawString(text_x, ty, "Як довірити цю картку / How to trust this card")
    ty -= 14
    for uk_step, en_step in STEPS:
        c.setFont(FONT, 7.8)
        for line in wrap(uk_step, FONT, 7.8, text_width):
            c.drawString(text_x, ty, line)
            ty -= 9.5
        c.setFillGray(0.3)
        for line in wrap(en_step, FONT, 7.8, text_width):
            c.drawString(text_x, ty, line)
            ty -= 9.5
        c.setFillGray(0)
        ty -= 5
    c.setFont(FONT, 7)
    c.setFillGray(0.35)
    c.drawString(MARGIN, MARGIN - 6, f"Надруковано / Printed {document.printed_at:%Y-%m-%d %H:%M} UTC")
    c.drawRightString(width - MARGIN, MARGIN - 6, "Repatria")
    c.showPage()
    c.save()
    return buffer.getvalue()
