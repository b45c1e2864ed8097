"""A person's whole case on a few pages: every recorded field, photos, other spellings, next
of kin, the timeline, the lists and versions that name them, correspondence and attachments."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from reports.base import MARGIN, Column, Report
from reports.capture_card import qr_code
from reports.dto import Dossier, ReportContext

PHOTO_HEIGHT = 42 * mm
PHOTO_GAP = 4 * mm
PRINT_PIXELS = 640  # the longer side: 42 mm at 300 dpi is 500 pixels


def printable(data: bytes) -> ImageReader:
    """The photo at the resolution its printed size needs (about 300 dpi), as JPEG. A phone
    photo is 12 megapixels; embedding it whole makes a dossier of 20 photos 30 MB and slow."""
    with Image.open(BytesIO(data)) as original:
        original.draft("RGB", (PRINT_PIXELS, PRINT_PIXELS))  # JPEG decodes straight at a lower scale
        image = original.convert("RGB")
    image.thumbnail((PRINT_PIXELS, PRINT_PIXELS))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return ImageReader(BytesIO(buffer.getvalue()))


def _photos(report: Report, photos: list[bytes]) -> None:
    """Photos in rows, each scaled to one height; an unreadable image is named, not fatal."""
    x = MARGIN
    for number, data in enumerate(photos, start=1):
        try:
            image = printable(data)
            width, height = image.getSize()
        except Exception:
            report.paragraph(f"фото {number}: файл пошкоджено / photo {number}: the file is damaged")
            continue
        shown = min(PHOTO_HEIGHT * width / height, report.width)
        if x + shown > MARGIN + report.width:
            x = MARGIN
            report.y -= PHOTO_HEIGHT + PHOTO_GAP
        if report.ensure(PHOTO_HEIGHT):
            x = MARGIN
        report.canvas.drawImage(image, x, report.y - PHOTO_HEIGHT, shown, PHOTO_HEIGHT)
        x += shown + PHOTO_GAP
    if photos:
        report.y -= PHOTO_HEIGHT + PHOTO_GAP


def _section(report: Report, uk: str, en: str, columns: tuple[Column, ...], rows: Sequence[Sequence[str]]) -> None:
    report.ensure(60)
    report.y -= 6
    report.heading(uk, en, size=11)
    if rows:
        report.table(columns, rows)
    else:
        report.paragraph("немає / none")


def build_dossier(context: ReportContext, dossier: Dossier) -> bytes:
    report = Report(context, f"Особова справа {dossier.record_id}", f"Personal dossier {dossier.record_id}")
    qr_size = 20 * mm
    qr_code(report.canvas, dossier.record_id, MARGIN + report.width - qr_size, report.y - qr_size, qr_size)
    report.heading(dossier.full_name, f"Особова справа / Personal dossier · {dossier.record_id}", size=15)
    report.y = min(report.y, report.size[1] - 16 * mm - qr_size - 4)
    report.table(
        (Column("Поле", "Field", 70 * mm), Column("Значення", "Value", 112 * mm)),
        [(f"{uk} / {en}", value) for uk, en, value in dossier.fields],
    )
    if dossier.photos:
        report.ensure(PHOTO_HEIGHT + 40)
        report.y -= 6
        report.heading("Фото", "Photos", size=11)
        _photos(report, dossier.photos)
    wide = (Column("", "", 182 * mm),)
    _section(report, "Інші написання імені", "Other spellings", wide, [(s,) for s in dossier.spellings])
    _section(report, "Родичі", "Next of kin", wide, [(k,) for k in dossier.next_of_kin])
    _section(
        report,
        "Хронологія",
        "Timeline",
        (Column("Дата", "Date", 24 * mm), Column("Подія", "Event", 48 * mm), Column("Подробиці", "Details", 110 * mm)),
        dossier.timeline,
    )
    _section(
        report,
        "Списки, у яких згадано особу",
        "Lists naming the person",
        (
            Column("Список, версія", "List, version", 110 * mm),
            Column("Рядок", "Row", 18 * mm, "right"),
            Column("Збіг, відповідність", "Match, compliance", 54 * mm),
        ),
        dossier.lists,
    )
    if dossier.remains:
        report.ensure(60)
        report.y -= 6
        report.heading("Прижиттєві дані та ідентифікація останків", "Ante-mortem data and identification", size=11)
        report.table(
            (Column("", "", 70 * mm), Column("", "", 112 * mm)),
            [(f"{uk} / {en}", value) for uk, en, value in dossier.remains],
        )
    _section(
        report,
        "Листування",
        "Correspondence",
        (
            Column("Тема", "Subject", 90 * mm),
            Column("Адресат", "Counterparty", 56 * mm),
            Column("Стан", "State", 36 * mm),
        ),
        dossier.correspondence,
    )
    _section(
        report,
        "Вкладення",
        "Attachments",
        (Column("Файл", "File", 70 * mm), Column("Тип", "Type", 40 * mm), Column("Опис", "Description", 72 * mm)),
        dossier.attachments,
    )
    return report.finish()
