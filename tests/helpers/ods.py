"""OpenDocument spreadsheets written as LibreOffice writes them (mimetype first and stored,
the table as rows of cells with repeat and span attributes), from the rows' XML."""

from __future__ import annotations

import io
import zipfile

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def cell(text: str, **attributes: str) -> str:
    """A string cell, or with ``value_type`` and ``value`` / ``date_value`` a typed one."""
    attrs = " ".join(f'{_name(k)}="{v}"' for k, v in attributes.items())
    if "value_type" not in attributes:
        attrs = f'office:value-type="string" {attrs}'.strip()
    return f"<table:table-cell {attrs}><text:p>{text}</text:p></table:table-cell>"


def row(*cells: str, **attributes: str) -> str:
    attrs = " ".join(f'{_name(k)}="{v}"' for k, v in attributes.items())
    rest = '<table:table-cell table:number-columns-repeated="1000"/>'  # LibreOffice pads each row so
    return f"<table:table-row {attrs}>{''.join(cells)}{rest}</table:table-row>"


def table(name: str, *rows: str, columns: str = '<table:table-column table:number-columns-repeated="16384"/>') -> str:
    return f'<table:table table:name="{name}">{columns}{"".join(rows)}</table:table>'


def ods(*tables: str, prologue: str = "", mimetype: str = "application/vnd.oasis.opendocument.spreadsheet") -> bytes:
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prologue}<office:document-content {NAMESPACES}>'
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        archive.writestr("META-INF/manifest.xml", MANIFEST)
        archive.writestr("content.xml", content)
    return out.getvalue()


def _name(key: str) -> str:
    prefix = "office" if key in ("value_type", "value", "date_value") else "table"
    return f"{prefix}:{key.replace('_', '-')}"
