"""The persons CSV format, for import and export alike (issue contract).

UTF-8 (a BOM is accepted), a header row with exactly the columns of
:data:`COLUMNS` (in any order), ISO dates with partial dates allowed. Import is
all-or-nothing: every problem is reported with its line and column and nothing
is written, unless the caller asks to skip invalid rows, in which case the
rejects come back with their reasons. Re-importing an external_id updates that
person through the change log.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.changelog import RepatriaSession
from models.core.chunks import chunks
from models.core.codes import read_health, read_sex, read_status
from models.core.entities import Office, Person
from models.core.enums import Health, PersonStatus, Sex
from models.core.errors import FieldError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.identifiers import excel_scientific
from models.core.partial_date import PartialDate
from models.core.spreadsheet import csv_cell, from_csv_cell
from models.persons.dto import INPUT_FIELDS, BulkResult, ImportResult, ParsedFile, PersonInput, RejectedRow
from models.persons.service import (
    existing_identifiers,
    lookalike_warnings,
    mangled_twin_errors,
    person_to_inform,
    upsert_persons,
    validate_person,
)

COLUMNS = (
    "external_id",
    "surname",
    "given_names",
    "patronymic",
    "sex",
    "date_of_birth",
    "place_of_birth",
    "citizenship",
    "service_number",
    "rank",
    "unit",
    "status",
    "health",
    "capture_date",
    "capture_place",
    "detention_place",
    "next_of_kin",
    "notes",
)
DATE_COLUMNS = ("date_of_birth", "capture_date")
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_FIELD_CHARS = 100_000


def _decode(data: bytes) -> str:
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


def _coded(
    reader: Callable[[str], Any], enum: type[StrEnum], text: str, column: str, line: int, errors: list[FieldError]
) -> Any:
    """A coded value as offices write it (``models.core.codes``), or an error naming the forms."""
    value = reader(text)
    if value is None:
        allowed = ", ".join(m.value for m in enum)
        errors.append(
            FieldError.of(
                column,
                QT_TRANSLATE_NOOP("Errors", "{text!r} is not one of: {allowed} (or their usual forms)"),
                line,
                text=text,
                allowed=allowed,
            )
        )
    return value


def _identifier_errors(values: dict[str, str], line: int) -> list[FieldError]:
    return [
        FieldError.of(
            column,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{text!r} is a long number Excel showed in scientific notation and saved that way: its "
                "digits are lost. Take the number from the source (format the column as text before "
                "pasting)",
            ),
            line,
            text=values[column].strip(),
        )
        for column in ("external_id", "service_number")
        if excel_scientific(values[column])
    ]


def _row_to_person(values: dict[str, str], line: int) -> tuple[PersonInput | None, list[FieldError]]:
    errors: list[FieldError] = []
    dates: dict[str, PartialDate | None] = {}
    for column in DATE_COLUMNS:
        text = values[column].strip()
        try:
            dates[column] = PartialDate.parse(text) if text else None
        except ValueError as exc:
            errors.append(FieldError.of_error(column, exc, line))
            dates[column] = None
    sex = _coded(read_sex, Sex, values["sex"].strip(), "sex", line, errors) if values["sex"].strip() else Sex.UNKNOWN
    status_text = values["status"].strip()
    status = _coded(read_status, PersonStatus, status_text, "status", line, errors) if status_text else None
    if not status_text:
        errors.append(FieldError.of("status", QT_TRANSLATE_NOOP("Errors", "is required"), line))
    health_text = values["health"].strip()
    health = _coded(read_health, Health, health_text, "health", line, errors) if health_text else None
    errors += _identifier_errors(values, line)
    if errors or status is None:
        return None, errors
    person = PersonInput(
        external_id=values["external_id"].strip(),
        surname=values["surname"].strip(),
        given_names=values["given_names"].strip(),
        patronymic=values["patronymic"].strip(),
        sex=sex,
        date_of_birth=dates["date_of_birth"],
        place_of_birth=values["place_of_birth"].strip(),
        citizenship=values["citizenship"].strip(),
        service_number=values["service_number"].strip(),
        rank=values["rank"].strip(),
        unit=values["unit"].strip(),
        status=status,
        health=health,
        capture_date=dates["capture_date"],
        capture_place=values["capture_place"].strip(),
        detention_place=values["detention_place"].strip(),
        notes=values["notes"],
    )
    errors = validate_person(person, row=line)
    kin = values["next_of_kin"].strip()
    if len(kin) > 200:
        errors.append(
            FieldError.of(
                "next_of_kin",
                QT_TRANSLATE_NOOP("Errors", "is {count} characters long; at most 200 fit"),
                line,
                count=len(kin),
            )
        )
    return (None if errors else person), errors


def parse_persons_csv(data: bytes) -> ParsedFile:
    """Parse and validate a whole file without touching the database. Never raises on bad
    content: every problem ends up in ``file_errors`` or ``rejected``."""
    if len(data) > MAX_FILE_BYTES:
        mib = len(data) / 1024 / 1024
        return ParsedFile(
            [],
            file_errors=[
                FieldError.of(
                    "file",
                    QT_TRANSLATE_NOOP("Errors", "is {mib:,.0f} MiB; the limit is {limit_mib} MiB"),
                    mib=mib,
                    limit_mib=MAX_FILE_BYTES // 1024 // 1024,
                )
            ],
        )
    try:
        text = _decode(data)
    except ValidationError as exc:
        return ParsedFile([], file_errors=exc.errors)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    parsed = ParsedFile([])
    try:
        header = next(reader, None)
    except csv.Error as exc:
        return ParsedFile(
            [],
            file_errors=[
                FieldError.of("header", QT_TRANSLATE_NOOP("Errors", "cannot be read: {detail}"), 1, detail=exc)
            ],
        )
    if header is None:
        return ParsedFile(
            [], file_errors=[FieldError.of("file", QT_TRANSLATE_NOOP("Errors", "is empty: expected a header row"))]
        )
    parsed.header = header
    names = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in names]
    unknown = [h for h in names if h not in COLUMNS]
    duplicated = sorted({h for h in names if names.count(h) > 1})
    for column in missing:
        parsed.file_errors.append(
            FieldError.of("header", QT_TRANSLATE_NOOP("Errors", "the column {column!r} is missing"), 1, column=column)
        )
    for column in unknown:
        parsed.file_errors.append(
            FieldError.of("header", QT_TRANSLATE_NOOP("Errors", "unknown column {column!r}"), 1, column=column)
        )
    for column in duplicated:
        parsed.file_errors.append(
            FieldError.of(
                "header", QT_TRANSLATE_NOOP("Errors", "the column {column!r} appears more than once"), 1, column=column
            )
        )
    if parsed.file_errors:
        return parsed

    seen: dict[str, int] = {}
    line = 1
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            parsed.file_errors.append(
                FieldError.of("file", QT_TRANSLATE_NOOP("Errors", "is not valid CSV here: {detail}"), start, detail=exc)
            )
            break
        line = start
        if not any(f.strip() for f in fields):
            continue  # blank lines are not rows
        if len(fields) != len(names):
            error = FieldError.of(
                "row",
                QT_TRANSLATE_NOOP("Errors", "has {field_count} fields; the header has {name_count}"),
                line,
                field_count=len(fields),
                name_count=len(names),
            )
            parsed.rejected.append(RejectedRow(line, fields, [error]))
            continue
        too_long = [n for n, v in zip(names, fields, strict=True) if len(v) > MAX_FIELD_CHARS]
        if too_long:
            errors = [
                FieldError.of(
                    n,
                    QT_TRANSLATE_NOOP("Errors", "is longer than {max_field_chars} characters"),
                    line,
                    max_field_chars=MAX_FIELD_CHARS,
                )
                for n in too_long
            ]
            parsed.rejected.append(RejectedRow(line, fields, errors))
            continue
        # cells our own export protected from spreadsheet programs ("'=…") come back as they were
        values = {name: from_csv_cell(value) for name, value in zip(names, fields, strict=True)}
        person, errors = _row_to_person(values, line)
        if person is not None:
            parsed.warnings += lookalike_warnings(person, line)
        external_id = values["external_id"].strip()
        if external_id and external_id in seen:
            errors.append(
                FieldError.of(
                    "external_id",
                    QT_TRANSLATE_NOOP("Errors", "{external_id!r} appears already on line {line}"),
                    line,
                    external_id=external_id,
                    line=seen[external_id],
                )
            )
        elif external_id:
            seen[external_id] = line
        if errors or person is None:
            parsed.rejected.append(RejectedRow(line, fields, errors))
        else:
            parsed.rows.append((line, person, values["next_of_kin"].strip()))
    return parsed


def read_limited(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ValidationError(
            FieldError.of(
                "file",
                QT_TRANSLATE_NOOP("Errors", "{name} is {size_mib:,.0f} MiB; the limit is {limit_mib} MiB"),
                name=path.name,
                size_mib=size / 1024 / 1024,
                limit_mib=MAX_FILE_BYTES // 1024 // 1024,
            )
        )
    return path.read_bytes()


def import_persons(session: Session, data: bytes, *, skip_invalid: bool = False) -> ImportResult:
    """Validate everything first; write only when the file is clean (or rejects are allowed)."""
    return import_parsed(session, parse_persons_csv(data), skip_invalid=skip_invalid)


def import_parsed(session: Session, parsed: ParsedFile, *, skip_invalid: bool = False) -> ImportResult:
    if parsed.file_errors:
        raise ValidationError(parsed.errors)
    _reject_mangled_twins(session, parsed)
    if parsed.rejected and not skip_invalid:
        raise ValidationError(parsed.errors)
    if not parsed.rows:
        return ImportResult(0, 0, 0, parsed.rejected)
    result: BulkResult = upsert_persons(session, [(person, kin) for _, person, kin in parsed.rows])
    return ImportResult(result.created, result.updated, result.unchanged, parsed.rejected)


def _reject_mangled_twins(session: Session, parsed: ParsedFile) -> None:
    """A new person whose external id or service number equals an existing person's but for
    what Excel does to numbers (leading zeros lost, ``.0`` added) is the same person twice in
    the making: that line is refused with the reason, whatever else the file holds."""
    if not parsed.rows:
        return
    existing = existing_identifiers(session)
    names = [h.strip() for h in parsed.header]
    given_away = _numbers_given_away(session, [person.external_id for _, person, _ in parsed.rows])
    kept = []
    for line, person, kin in parsed.rows:
        errors = [] if person.external_id in existing.exact else mangled_twin_errors(person, existing, line)
        if person.external_id in given_away:
            errors.append(
                FieldError.of(
                    "external_id",
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{external_id} was given to two records when offices exchanged bundles: this office's is "
                        "now {ours}, and {external_id} is another office's record. Write {ours} to update ours",
                    ),
                    line,
                    external_id=person.external_id,
                    ours=given_away[person.external_id],
                )
            )
        if errors:
            fields = [_cell(getattr(person, c)) if c in INPUT_FIELDS else kin for c in names]
            parsed.rejected.append(RejectedRow(line, fields, errors))
        else:
            kept.append((line, person, kin))
    parsed.rows = kept
    parsed.rejected.sort(key=lambda r: r.line)


def _numbers_given_away(session: Session, numbers: list[str]) -> dict[str, str]:
    """The numbers of the file whose record here became ``<number>-<CODE>`` (this office's
    code) when another office's record came with the same number (models.bundles.apply
    ``_share_number``), to that new number: written with the old number, a row would update the
    other office's record (second new-user trial: a re-imported file changed headquarters'
    person, and the region's own stayed as it was)."""
    assert isinstance(session, RepatriaSession)
    code = session.scalar(select(Office.code).where(Office.id == session.actor.office_id))
    wanted = {f"{number}-{code}": number for number in numbers if number}
    if code is None or not wanted:
        return {}
    found: dict[str, str] = {}
    for chunk in chunks(sorted(wanted)):
        for renumbered in session.scalars(select(Person.external_id).where(Person.external_id.in_(chunk))):
            if renumbered is not None:
                found[wanted[renumbered]] = renumbered
    return found


def write_rejects(rejected: list[RejectedRow], header: list[str], out: IO[str]) -> None:
    """Rejected rows with their line and reason first, then the fields exactly as read."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["line", "reason", *header])
    for row in rejected:
        writer.writerow([row.line, csv_cell(row.reason), *(csv_cell(str(f)) for f in row.fields)])


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return value.value
    return str(value)


def export_rows(session: Session, batch: int = 2000) -> Iterator[list[str]]:
    """The header, then every person by external_id, streamed in batches."""
    yield list(COLUMNS)
    person_columns = [c for c in COLUMNS if c in INPUT_FIELDS]
    query = select(Person.id, *(getattr(Person, c) for c in person_columns)).order_by(Person.external_id)
    result = session.execute(query.execution_options(yield_per=batch))
    for chunk in result.partitions(batch):
        kin = person_to_inform(session, [row.id for row in chunk])
        for row in chunk:
            values = row._asdict()
            values["next_of_kin"] = kin.get(row.id, "")
            yield [csv_cell(_cell(values[c])) for c in COLUMNS]  # never a live formula in a spreadsheet


def export_persons(session: Session, out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    count = -1
    for count, row in enumerate(export_rows(session)):  # noqa: B007 - count is the result
        writer.writerow(row)
    return count


def describe_errors(errors: list[FieldError], limit: int = 50) -> str:
    lines = [str(e) for e in errors[:limit]]
    if len(errors) > limit:
        lines.append(f"... and {len(errors) - limit} more problems")
    return "\n".join(lines)
