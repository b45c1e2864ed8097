"""Strict reading of the CSV files other offices and labs send: a fixed set of columns,
every problem named by line and column, nothing partly read."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from models.core.errors import FieldError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_FIELD_CHARS = 100_000


@dataclass
class Table:
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)  # (line, column -> stripped value)
    errors: list[FieldError] = field(default_factory=list)


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValidationError(
            FieldError.of(
                "file",
                QT_TRANSLATE_NOOP("Errors", "is not UTF-8 text (byte 0x{byte:02x} cannot be decoded)"),
                line,
                byte=data[exc.start],
            )
        ) from None


def check_size(path: Path, limit: int = MAX_FILE_BYTES) -> None:
    """ValidationError for a file over the limit, before a byte of it is read."""
    size = path.stat().st_size
    if size > limit:
        raise ValidationError(
            FieldError.of(
                "file",
                QT_TRANSLATE_NOOP("Errors", "{name} is {size_mib:,.0f} MiB; the limit is {limit_mib} MiB"),
                name=path.name,
                size_mib=size / 1024 / 1024,
                limit_mib=limit // 1024 // 1024,
            )
        )


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    check_size(path, limit)
    return path.read_bytes()


def read_table(data: bytes, required: Sequence[str], optional: Sequence[str] = ()) -> Table:
    """Every row of a CSV file with the given header, or the reasons it cannot be read.
    Never raises on bad content."""
    table = Table()
    if len(data) > MAX_FILE_BYTES:
        mib = len(data) / 1024 / 1024
        table.errors.append(
            FieldError.of(
                "file",
                QT_TRANSLATE_NOOP("Errors", "is {mib:,.0f} MiB; the limit is {limit_mib} MiB"),
                mib=mib,
                limit_mib=MAX_FILE_BYTES // 1024 // 1024,
            )
        )
        return table
    try:
        text = decode(data)
    except ValidationError as exc:
        table.errors.extend(exc.errors)
        return table
    if "\x00" in text:
        table.errors.append(
            FieldError.of(
                "file",
                QT_TRANSLATE_NOOP("Errors", "contains NUL bytes: not a text file"),
                text[: text.index("\x00")].count("\n") + 1,
            )
        )
        return table
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        table.errors.append(
            FieldError.of("header", QT_TRANSLATE_NOOP("Errors", "cannot be read: {detail}"), 1, detail=exc)
        )
        return table
    if header is None:
        table.errors.append(FieldError.of("file", QT_TRANSLATE_NOOP("Errors", "is empty: expected a header row")))
        return table
    names = [h.strip() for h in header]
    known = (*required, *optional)
    for column in required:
        if column not in names:
            table.errors.append(
                FieldError.of(
                    "header", QT_TRANSLATE_NOOP("Errors", "the column {column!r} is missing"), 1, column=column
                )
            )
    for column in names:
        if column not in known:
            table.errors.append(
                FieldError.of(
                    "header",
                    QT_TRANSLATE_NOOP("Errors", "unknown column {column!r} (expected {known})"),
                    1,
                    column=column,
                    known=", ".join(known),
                )
            )
    for column in sorted({h for h in names if names.count(h) > 1}):
        table.errors.append(
            FieldError.of(
                "header", QT_TRANSLATE_NOOP("Errors", "the column {column!r} appears more than once"), 1, column=column
            )
        )
    if table.errors:
        return table
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            table.errors.append(
                FieldError.of("file", QT_TRANSLATE_NOOP("Errors", "is not valid CSV here: {detail}"), start, detail=exc)
            )
            break
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(names):
            table.errors.append(
                FieldError.of(
                    "row",
                    QT_TRANSLATE_NOOP("Errors", "has {cell_count} fields; the header has {name_count}"),
                    start,
                    cell_count=len(cells),
                    name_count=len(names),
                )
            )
            continue
        long = [n for n, v in zip(names, cells, strict=True) if len(v) > MAX_FIELD_CHARS]
        if long:
            table.errors.extend(
                FieldError.of(
                    n,
                    QT_TRANSLATE_NOOP("Errors", "is longer than {max_field_chars} characters"),
                    start,
                    max_field_chars=MAX_FIELD_CHARS,
                )
                for n in long
            )
            continue
        values = {n: v.strip() for n, v in zip(names, cells, strict=True)}
        for column in optional:
            values.setdefault(column, "")
        table.rows.append((start, values))
    return table
