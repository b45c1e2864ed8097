"""The remains, AM and DNA files of the issue contract: read whole, checked whole, written
in one transaction or not at all."""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.bulk import BulkWriter
from models.core.chunks import chunks
from models.core.common import check_not_future, check_text, require_role, today
from models.core.csv_table import read_table
from models.core.dates import parse_list_date
from models.core.entities import (
    AnteMortemRecord,
    BodyMark,
    DentalFinding,
    DnaResult,
    DnaSample,
    Person,
    RemainsBatch,
    RemainsCase,
)
from models.core.entities.base import table_of
from models.core.enums import RemainsStatus, Role, SampleKind, SampleStatus, Sex, ToothState
from models.core.errors import FieldError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.partial_date import PartialDate
from models.remains import cases as remains
from models.remains import details, dna
from models.remains.dental import DentalFormatError, parse_dental
from models.remains.dto import BatchInput, ImportSummary, Mark, RemainsCaseInput
from models.remains.marks import parse_marks

REMAINS_COLUMNS = (
    "case_number",
    "batch",
    "recovery_date",
    "recovery_place",
    "sex",
    "age_min",
    "age_max",
    "stature_cm",
    "marks",
    "dental",
    "effects",
    "id_tag",
)
AM_COLUMNS = ("external_id", "height_cm", "marks", "dental", "clothing", "notes")
DNA_COLUMNS = ("remains_sample", "reference_sample", "likelihood_ratio", "lab", "reported_on")

_SEX = {
    "male": Sex.MALE, "m": Sex.MALE, "ч": Sex.MALE, "чол": Sex.MALE, "чоловіча": Sex.MALE,
    "female": Sex.FEMALE, "f": Sex.FEMALE, "ж": Sex.FEMALE, "жін": Sex.FEMALE, "жіноча": Sex.FEMALE,
    "": Sex.UNKNOWN, "unknown": Sex.UNKNOWN, "?": Sex.UNKNOWN, "невідомо": Sex.UNKNOWN,
}  # fmt: skip


def _int(values: dict[str, str], column: str, line: int, errors: list[FieldError], low: int, high: int) -> int | None:
    text = values[column]
    if not text:
        return None
    try:
        number = int(text)
    except ValueError:
        errors.append(
            FieldError.of(column, QT_TRANSLATE_NOOP("Errors", "{text!r} is not a whole number"), line, text=text)
        )
        return None
    if not low <= number <= high:
        errors.append(
            FieldError.of(
                column,
                QT_TRANSLATE_NOOP("Errors", "{number} is outside {low}-{high}"),
                line,
                number=number,
                low=low,
                high=high,
            )
        )
        return None
    return number


def _date(values: dict[str, str], column: str, line: int, errors: list[FieldError]) -> PartialDate | None:
    try:
        parsed = parse_list_date(values[column])
    except ValueError as exc:
        errors.append(FieldError.of_error(column, exc, line))
        return None
    if parsed is None:
        return None
    check_not_future(errors, column, parsed.value, line)
    return parsed.value


def _dental(values: dict[str, str], line: int, errors: list[FieldError]) -> dict[int, ToothState]:
    try:
        return parse_dental(values["dental"])
    except DentalFormatError as exc:
        errors.append(FieldError.of_error("dental", exc, line))
        return {}


def _marks(values: dict[str, str], line: int, errors: list[FieldError]) -> list[Mark]:
    marks = parse_marks(values["marks"])
    for mark in marks:
        if len(mark.body_location) > 200:
            errors.append(
                FieldError.of(
                    "marks", QT_TRANSLATE_NOOP("Errors", "a body location is longer than 200 characters"), line
                )
            )
    return marks


def _stature(values: dict[str, str], line: int, errors: list[FieldError]) -> tuple[int | None, int | None]:
    """'172' or a range '168-176'."""
    text = values["stature_cm"].replace("–", "-")
    if not text:
        return None, None
    low, _, high = text.partition("-")
    try:
        bounds = int(low), int(high or low)
    except ValueError:
        errors.append(
            FieldError.of(
                "stature_cm",
                QT_TRANSLATE_NOOP("Errors", "{text!r} is not centimetres (172, or a range 168-176)"),
                line,
                text=text,
            )
        )
        return None, None
    if not all(40 <= b <= 260 for b in bounds) or bounds[0] > bounds[1]:
        errors.append(
            FieldError.of(
                "stature_cm",
                QT_TRANSLATE_NOOP("Errors", "{text!r} is not a human stature in centimetres"),
                line,
                text=text,
            )
        )
        return None, None
    return bounds


@dataclass(frozen=True)
class _CaseRow:
    line: int
    batch: str
    data: RemainsCaseInput
    dental: dict[int, ToothState]
    marks: list[Mark]


def parse_remains_csv(data: bytes) -> tuple[list[_CaseRow], list[FieldError]]:
    table = read_table(data, REMAINS_COLUMNS)
    errors = list(table.errors)
    rows: list[_CaseRow] = []
    seen: dict[str, int] = {}
    for line, values in table.rows:
        row_errors: list[FieldError] = []
        number = values["case_number"]
        if number in seen:
            row_errors.append(
                FieldError.of(
                    "case_number",
                    QT_TRANSLATE_NOOP("Errors", "{number!r} appears already on line {line}"),
                    line,
                    number=number,
                    line=seen[number],
                )
            )
        seen.setdefault(number, line)
        sex = _SEX.get(values["sex"].casefold())
        if sex is None:
            row_errors.append(
                FieldError.of(
                    "sex",
                    QT_TRANSLATE_NOOP("Errors", "{sex!r} is not male, female or unknown"),
                    line,
                    sex=values["sex"],
                )
            )
        stature = _stature(values, line, row_errors)
        case = RemainsCaseInput(
            case_number=number,
            recovery_date=_date(values, "recovery_date", line, row_errors),
            recovery_place=values["recovery_place"],
            apparent_sex=sex or Sex.UNKNOWN,
            age_min=_int(values, "age_min", line, row_errors, 0, 120),
            age_max=_int(values, "age_max", line, row_errors, 0, 120),
            stature_min_cm=stature[0],
            stature_max_cm=stature[1],
            effects=values["effects"],
            id_tags=values["id_tag"],
        )
        check_text(row_errors, "batch", values["batch"], max_len=64, row=line)
        check_text(row_errors, "recovery_place", values["recovery_place"], max_len=200, row=line)
        row_errors += [replace(e, row=line) for e in remains.validate_case(case) if e.field != "recovery_date"]
        dental = _dental(values, line, row_errors)
        marks = _marks(values, line, row_errors)
        if row_errors:
            errors += row_errors
        else:
            rows.append(_CaseRow(line, values["batch"], case, dental, marks))
    return rows, errors


FLUSH_EVERY = 2000  # rows between bulk writes: bounds the pending work, and progress is told each time


Progress = Callable[[int, int], None]  # (rows written, rows in the file); may raise to cancel

_Owner = tuple[uuid.UUID, dict[int, ToothState], list[Mark], bool, bool]  # id, chart, marks, created, changed


def _stored_rows(
    session: Session, entity: type[RemainsCase] | type[AnteMortemRecord] | type[DnaSample], column: str, keys: list[Any]
) -> dict[Any, dict[str, Any]]:
    """Stored records (every column) by ``column``, for a bulk write."""
    table = table_of(entity)
    found: dict[Any, dict[str, Any]] = {}
    for chunk in chunks(keys):
        for row in session.execute(select(*table.c).where(table.c[column].in_(chunk))):
            found[getattr(row, column)] = row._asdict()
    return found


def import_remains(session: Session, data: bytes, progress: Progress | None = None) -> ImportSummary:
    """Create or update one case per row; a batch named for the first time is created
    (received today, to be completed in the app). All or nothing."""
    require_role(session, Role.CLERK)
    rows, errors = parse_remains_csv(data)
    if errors:
        raise ValidationError(errors)
    summary = ImportSummary()
    batches = {number: bid for number, bid in session.execute(select(RemainsBatch.batch_number, RemainsBatch.id))}
    existing = _stored_rows(session, RemainsCase, "case_number", [r.data.case_number for r in rows])
    ids = [c["id"] for c in existing.values()]
    teeth = details.stored_detail_rows(session, DentalFinding, "remains_case_id", ids)
    marks = details.stored_detail_rows(session, BodyMark, "remains_case_id", ids)
    writer = BulkWriter(session)
    written: list[_Owner] = []
    for row in rows:
        batch_id = None
        if row.batch:
            if row.batch not in batches:
                batches[row.batch] = remains.create_batch(session, BatchInput(row.batch, today())).id
                summary.batches_created.append(row.batch)
            batch_id = batches[row.batch]
        values: dict[str, object] = {k: getattr(row.data, k) for k in _FILE_FIELDS}
        stored = existing.get(row.data.case_number)
        examined = remains.examined(row.data)
        if stored is None:
            status = {"status": RemainsStatus.EXAMINED} if examined else {}
            case_id = writer.create(
                RemainsCase, {"case_number": row.data.case_number, "batch_id": batch_id, **values, **status}
            )
            changed = True
        else:
            case_id = stored["id"]
            if batch_id:
                values["batch_id"] = batch_id
            if stored["status"] in (None, RemainsStatus.RECEIVED) and examined:
                values["status"] = RemainsStatus.EXAMINED
            changed = writer.update(RemainsCase, stored, values)
        written.append((case_id, row.dental, row.marks, stored is None, changed))
    _write_details(writer, "remains_case_id", written, teeth, marks, summary, progress)
    return summary


def _write_details(
    writer: BulkWriter,
    column: str,
    written: list[_Owner],
    teeth: dict[uuid.UUID, list[dict[str, Any]]],
    marks: dict[uuid.UUID, list[dict[str, Any]]],
    summary: ImportSummary,
    progress: Progress | None,
) -> None:
    """The teeth and marks of cases or AM records (already given to ``writer``), the writes,
    and the count of what changed."""
    for n, (owner_id, chart, found, created, record_changed) in enumerate(written, start=1):
        owner = details.detail_owner(**{column: owner_id})
        teeth_changed = details.write_dental(writer, teeth.get(owner_id, []), chart, owner)
        marks_changed = details.write_marks(writer, marks.get(owner_id, []), found, owner)
        if created:
            summary.created += 1
        elif record_changed or teeth_changed or marks_changed:
            summary.updated += 1
        else:
            summary.unchanged += 1
        if n % FLUSH_EVERY == 0:
            writer.write()
            if progress is not None:
                progress(n, len(written))
    writer.write()


_FILE_FIELDS = (
    "recovery_date", "recovery_place", "apparent_sex", "age_min", "age_max", "stature_min_cm", "stature_max_cm",
    "effects", "id_tags",
)  # fmt: skip


@dataclass(frozen=True)
class _AmRow:
    line: int
    external_id: str
    stature_cm: int | None
    marks: list[Mark]
    dental: dict[int, ToothState]
    clothing: str
    notes: str


def parse_am_csv(data: bytes) -> tuple[list[_AmRow], list[FieldError]]:
    table = read_table(data, AM_COLUMNS)
    errors = list(table.errors)
    rows: list[_AmRow] = []
    seen: dict[str, int] = {}
    for line, values in table.rows:
        row_errors: list[FieldError] = []
        ext = values["external_id"]
        if not ext:
            row_errors.append(FieldError.of("external_id", QT_TRANSLATE_NOOP("Errors", "is required"), line))
        elif ext in seen:
            row_errors.append(
                FieldError.of(
                    "external_id",
                    QT_TRANSLATE_NOOP("Errors", "{ext!r} appears already on line {line}"),
                    line,
                    ext=ext,
                    line=seen[ext],
                )
            )
        seen.setdefault(ext, line)
        height = _int(values, "height_cm", line, row_errors, 40, 260)
        dental = _dental(values, line, row_errors)
        marks = _marks(values, line, row_errors)
        check_text(row_errors, "clothing", values["clothing"], max_len=20_000, multiline=True, row=line)
        check_text(row_errors, "notes", values["notes"], max_len=20_000, multiline=True, row=line)
        if row_errors:
            errors += row_errors
        else:
            rows.append(_AmRow(line, ext, height, marks, dental, values["clothing"], values["notes"]))
    return rows, errors


def import_ante_mortem(session: Session, data: bytes, progress: Progress | None = None) -> ImportSummary:
    """AM data from families, by the registry's external id. All or nothing."""
    require_role(session, Role.CLERK)
    rows, errors = parse_am_csv(data)
    wanted = [r.external_id for r in rows]
    persons: dict[str, uuid.UUID] = {}
    for chunk in chunks(wanted):
        for ext, pid in session.execute(select(Person.external_id, Person.id).where(Person.external_id.in_(chunk))):
            persons[ext] = pid
    errors += [
        FieldError.of(
            "external_id",
            QT_TRANSLATE_NOOP("Errors", "no person with the external id {external_id!r}"),
            r.line,
            external_id=r.external_id,
        )
        for r in rows
        if r.external_id not in persons
    ]
    if errors:
        raise ValidationError(sorted(errors, key=lambda e: e.row or 0))
    records = _stored_rows(session, AnteMortemRecord, "person_id", list(persons.values()))
    ids = [r["id"] for r in records.values()]
    teeth = details.stored_detail_rows(session, DentalFinding, "ante_mortem_id", ids)
    marks = details.stored_detail_rows(session, BodyMark, "ante_mortem_id", ids)
    summary = ImportSummary()
    writer = BulkWriter(session)
    written: list[_Owner] = []
    for row in rows:
        person_id = persons[row.external_id]
        stored = records.get(person_id)
        values: dict[str, object] = {
            "stature_cm": row.stature_cm,
            "clothing_last_worn": row.clothing,
            "notes": row.notes,
        }
        if stored is None:
            record_id = writer.create(AnteMortemRecord, {"person_id": person_id, **values})
            changed = True
        else:
            record_id = stored["id"]
            changed = writer.update(AnteMortemRecord, stored, values)
        written.append((record_id, row.dental, row.marks, stored is None, changed))
    _write_details(writer, "ante_mortem_id", written, teeth, marks, summary, progress)
    return summary


@dataclass(frozen=True)
class _DnaRow:
    line: int
    remains_sample: str
    reference_sample: str
    ratio: float
    lab: str
    reported_on: dt.date | None


def _ratio(text: str, line: int, errors: list[FieldError]) -> float:
    try:
        return dna.read_ratio(text)
    except ValueError as exc:
        errors.append(FieldError.of_error("likelihood_ratio", exc, line))
        return math.nan


def parse_dna_csv(data: bytes) -> tuple[list[_DnaRow], list[FieldError]]:
    table = read_table(data, DNA_COLUMNS)
    errors = list(table.errors)
    rows: list[_DnaRow] = []
    for line, values in table.rows:
        row_errors: list[FieldError] = []
        for column in ("remains_sample", "reference_sample"):
            if not values[column]:
                row_errors.append(FieldError.of(column, QT_TRANSLATE_NOOP("Errors", "is required"), line))
        ratio = _ratio(values["likelihood_ratio"], line, row_errors)
        reported = _date(values, "reported_on", line, row_errors)
        if reported is not None and not reported.is_complete:
            row_errors.append(
                FieldError.of(
                    "reported_on",
                    QT_TRANSLATE_NOOP("Errors", "{reported} is not a whole date"),
                    line,
                    reported=reported,
                )
            )
        check_text(row_errors, "lab", values["lab"], max_len=200, row=line)
        if row_errors:
            errors += row_errors
        else:
            rows.append(
                _DnaRow(
                    line,
                    values["remains_sample"],
                    values["reference_sample"],
                    ratio,
                    values["lab"],
                    reported.earliest() if reported else None,
                )
            )
    return rows, errors


def import_dna_results(session: Session, data: bytes, progress: Progress | None = None) -> ImportSummary:
    """A lab's likelihood ratios. Both samples must be registered; a result the lab
    sends again for the same pair replaces the earlier figure. All or nothing."""
    require_role(session, Role.CLERK)
    rows, errors = parse_dna_csv(data)
    numbers = sorted({r.remains_sample for r in rows} | {r.reference_sample for r in rows})
    samples = _stored_rows(session, DnaSample, "sample_number", numbers)
    for row in rows:
        for column, number, kind in (
            ("remains_sample", row.remains_sample, SampleKind.REMAINS),
            ("reference_sample", row.reference_sample, SampleKind.REFERENCE),
        ):
            if number not in samples:
                errors.append(
                    FieldError.of(
                        column,
                        QT_TRANSLATE_NOOP("Errors", "no sample numbered {number!r} is registered"),
                        row.line,
                        number=number,
                    )
                )
            elif samples[number]["kind"] is not kind:
                errors.append(
                    FieldError.of(
                        column,
                        QT_TRANSLATE_NOOP("Errors", "{number!r} is a {kind} sample"),
                        row.line,
                        number=number,
                        kind=samples[number]["kind"].value,
                    )
                )
    if errors:
        raise ValidationError(sorted(errors, key=lambda e: e.row or 0))
    pm_ids = sorted({samples[r.remains_sample]["id"] for r in rows})
    table = table_of(DnaResult)
    stored: dict[tuple[uuid.UUID, uuid.UUID, str], dict[str, Any]] = {}
    for id_chunk in chunks(pm_ids):
        for known in session.execute(select(*table.c).where(table.c.remains_sample_id.in_(id_chunk))):
            stored[(known.remains_sample_id, known.reference_sample_id, known.lab)] = known._asdict()
    summary = ImportSummary()
    writer = BulkWriter(session)
    for n, row in enumerate(rows, start=1):
        pm, ref = samples[row.remains_sample], samples[row.reference_sample]
        key = (pm["id"], ref["id"], row.lab)
        values = {"likelihood_ratio": row.ratio, "reported_on": row.reported_on}
        result = stored.get(key)
        if result is None:
            new = {"remains_sample_id": pm["id"], "reference_sample_id": ref["id"], "lab": row.lab, **values}
            stored[key] = {**new, "id": writer.create(DnaResult, new), "version_vector": {}}
            summary.created += 1
        elif writer.update(DnaResult, result, values):
            result.update(values)
            summary.updated += 1
        else:
            summary.unchanged += 1
        for sample in (pm, ref):
            if sample["status"] is not SampleStatus.PROFILED:
                writer.update(DnaSample, sample, {"status": SampleStatus.PROFILED})
                sample["status"] = SampleStatus.PROFILED
        if n % FLUSH_EVERY == 0:
            writer.write()
            if progress is not None:
                progress(n, len(rows))
    writer.write()
    return summary
