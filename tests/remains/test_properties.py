"""Property tests: the dental comparison, the scoring's monotonicity, and the importers
never crashing or writing on arbitrary input."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from models.core.db import Database
from models.core.enums import MarkKind, Sex, ToothState
from models.core.errors import ValidationError
from models.core.partial_date import PartialDate
from models.remains import files
from models.remains.dental import (
    RESTORED,
    TEETH,
    DentalFormatError,
    compare_dental,
    compare_tooth,
    format_dental,
    parse_dental,
)
from models.remains.dto import AmProfile, DnaEvidence, Mark, PmProfile
from models.remains.marks import format_marks, parse_marks
from models.remains.scoring import age_on, score_pair

states = st.sampled_from(list(ToothState))
charts = st.dictionaries(st.sampled_from(TEETH), states, max_size=32)
marks = st.lists(
    st.builds(
        Mark,
        st.sampled_from(list(MarkKind)),
        st.text("лівеправе плече", max_size=12).map(str.strip),
        st.text("тризубвовкроза ", max_size=20).map(lambda t: " ".join(t.split())),
    ),
    max_size=3,
)


@given(charts)
def test_dental_round_trips_through_the_file_format(chart: dict[int, ToothState]) -> None:
    assert parse_dental(format_dental(chart)) == chart


@given(st.text(max_size=40))
def test_dental_parser_accepts_or_explains(text: str) -> None:
    try:
        parse_dental(text)
    except DentalFormatError as exc:
        assert str(exc)


@given(states)
def test_a_restoration_never_disappears(am: ToothState) -> None:
    kind, _ = compare_tooth(am, ToothState.PRESENT)
    if am in RESTORED or am is ToothState.MISSING:
        assert kind == "excluding"
    assert compare_tooth(am, am)[0] in ("concordant", "not_comparable")


@given(charts, charts, st.sampled_from(TEETH), states)
def test_one_more_concordant_tooth_never_lowers_the_dental_weight(
    am: dict[int, ToothState], pm: dict[int, ToothState], tooth: int, state: ToothState
) -> None:
    am.pop(tooth, None)
    pm.pop(tooth, None)
    before = compare_dental(am, pm).weight
    after = compare_dental({**am, tooth: state}, {**pm, tooth: state}).weight
    assert after >= before


def _profiles(
    am_chart: dict[int, ToothState], pm_chart: dict[int, ToothState], am_marks: list[Mark], pm_marks: list[Mark]
) -> tuple[PmProfile, AmProfile]:
    pm = PmProfile(
        uuid.uuid4(),
        "PM-1",
        sex=Sex.MALE,
        age_min=25,
        age_max=35,
        stature_min_cm=170,
        stature_max_cm=180,
        recovery_date=PartialDate(2025, 5),
        recovery_place="Бахмут",
        dental=pm_chart,
        marks=tuple(pm_marks),
    )
    am = AmProfile(
        uuid.uuid4(),
        "M-1",
        "Коваленко",
        "Олександр",
        sex=Sex.MALE,
        date_of_birth=PartialDate(1994),
        stature_cm=176,
        dental=am_chart,
        marks=tuple(am_marks),
        last_seen_place="м. Бахмут",
        last_seen_date=PartialDate(2024, 2),
    )
    return pm, am


@settings(max_examples=200)
@given(charts, charts, marks, marks, st.floats(0, 1e9), st.floats(0, 1e9))
def test_a_stronger_dna_result_never_lowers_a_candidate(
    am_chart: dict[int, ToothState],
    pm_chart: dict[int, ToothState],
    am_marks: list[Mark],
    pm_marks: list[Mark],
    a: float,
    b: float,
) -> None:
    pm, am = _profiles(am_chart, pm_chart, am_marks, pm_marks)
    weaker, stronger = sorted((a, b))
    low = score_pair(pm, am, [DnaEvidence(weaker)])
    high = score_pair(pm, am, [DnaEvidence(stronger)])
    assert high.score >= low.score


@given(charts, charts, marks, marks, st.sampled_from(list(MarkKind)))
def test_a_matching_mark_never_lowers_a_candidate(
    am_chart: dict[int, ToothState],
    pm_chart: dict[int, ToothState],
    am_marks: list[Mark],
    pm_marks: list[Mark],
    kind: MarkKind,
) -> None:
    pm, am = _profiles(am_chart, pm_chart, am_marks, pm_marks)
    mark = Mark(kind, "ліве передпліччя", "якір і троянда")
    with_mark = _profiles(am_chart, pm_chart, [*am_marks, mark], [*pm_marks, mark])
    assert score_pair(*with_mark).score >= score_pair(pm, am).score


@given(marks)
@example([Mark(MarkKind.OTHER, "", "тату")])  # a kind named in the head is never guessed again from the rest
@example([Mark(MarkKind.SCAR, "", "а"), Mark(MarkKind.OTHER)])  # a file's bare kind is no item under a heading
def test_marks_round_trip_through_the_file_format(written: list[Mark]) -> None:
    expected = [m for m in written if m.text() and (m.body_location or m.description or m.kind)]
    parsed = parse_marks(format_marks(expected))
    assert [m.kind for m in parsed] == [m.kind for m in expected]


IMPORTERS = [
    (files.import_remains, files.REMAINS_COLUMNS),
    (files.import_ante_mortem, files.AM_COLUMNS),
    (files.import_dna_results, files.DNA_COLUMNS),
]

cells = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@pytest.mark.parametrize(("importer", "columns"), IMPORTERS, ids=["remains", "am", "dna"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_importers_never_crash_and_a_rejected_file_writes_nothing(
    registry: Database, importer: object, columns: tuple[str, ...], data: st.DataObject
) -> None:
    rows = data.draw(st.lists(st.lists(cells, min_size=len(columns), max_size=len(columns)), max_size=4))
    raw = data.draw(st.one_of(st.binary(max_size=200), st.just(b"")))
    header = ",".join(columns) if data.draw(st.booleans()) else ",".join(reversed(columns[1:]))
    body = "\n".join(",".join('"' + c.replace('"', '""') + '"' for c in row) for row in rows)
    content = data.draw(st.sampled_from([f"{header}\n{body}\n".encode(), raw, f"{header}\n".encode() + raw]))
    before = _contents(registry)
    try:
        with registry.write() as session:
            importer(session, content)  # type: ignore[operator]
    except ValidationError as exc:
        assert exc.errors and all(str(e) for e in exc.errors)
        assert _contents(registry) == before


def _contents(db: Database) -> tuple[object, ...]:
    """What a rejected file must not change: the log head and the rows it could have written.
    (Earlier examples' writes may still be checkpointed from the WAL, so bytes can move;
    byte-identity of a rejected file is tested on a fresh database in test_files.)"""
    from sqlalchemy import func, select

    from models.core.entities import AnteMortemRecord, BodyMark, DentalFinding, DnaResult, RemainsBatch, RemainsCase
    from models.office.info import log_head

    with db.read() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(entity))
            for entity in (AnteMortemRecord, BodyMark, DentalFinding, DnaResult, RemainsBatch, RemainsCase)
        )
        return log_head(session), counts


@given(st.dates(dt.date(1940, 1, 1), dt.date(2010, 12, 31)), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_age_on_whole_dates_is_the_age_in_years(born: dt.date, on: dt.date) -> None:
    expected = max(0, on.year - born.year - ((on.month, on.day) < (born.month, born.day)))
    assert age_on(PartialDate.from_date(born), PartialDate.from_date(on)) == (expected, expected)


@given(st.dates(dt.date(1940, 1, 1), dt.date(2010, 12, 31)), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)))
def test_a_partial_date_widens_the_age_around_the_truth(born: dt.date, on: dt.date) -> None:
    exact = age_on(PartialDate.from_date(born), PartialDate.from_date(on))[0]
    low, high = age_on(PartialDate(born.year), PartialDate(on.year, on.month))
    assert low <= exact <= high
