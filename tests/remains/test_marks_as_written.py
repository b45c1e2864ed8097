"""Marks as families and pathologists write them (tests/data/remains/marks_as_written.csv, each
line with its source): read into kind, place and description, and the same mark written two
ways recognised as one (issue 13). Every mark here is invented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from models.core.enums import MarkKind
from models.remains.body import Side, place_of
from models.remains.marks import SIMILAR, mark_similarity, parse_marks, read_mark

CORPUS = Path(__file__).parent.parent / "data" / "remains" / "marks_as_written.csv"
with CORPUS.open(encoding="utf-8") as _handle:
    ROWS = list(csv.DictReader(_handle))


@pytest.mark.parametrize("row", ROWS, ids=[r["text"] for r in ROWS])
def test_a_mark_is_read_as_written(row: dict[str, str]) -> None:
    (mark,) = parse_marks(row["text"])
    assert (mark.kind.value, mark.body_location, mark.description) == (
        row["kind"],
        row["place"],
        row["description"],
    )


@pytest.mark.parametrize(
    ("text", "region", "side"),
    [
        ("праве передпліччя", "forearm", Side.RIGHT),
        ("на правому передпліччі", "forearm", Side.RIGHT),
        ("правое предплечье", "forearm", Side.RIGHT),
        ("right forearm", "forearm", Side.RIGHT),
        ("лев на левом плече", "shoulder", Side.LEFT),  # лев is a lion, левом the side
        ("шрам після операції у грудні 2019", "", None),  # грудень is December, not the chest
        ("U.S. Army", "", None),
    ],
)
def test_a_place_is_read_in_any_language_and_case(text: str, region: str, side: Side | None) -> None:
    place = place_of(text)
    assert (place.region, place.side) == (region, side)


@pytest.mark.parametrize(
    ("am", "pm"),
    [
        ("татуювання: хрест, праве передпліччя", "тату хрест на правому передпліччі"),
        ('наколка "ВДВ" на левом плече', "tattoo:left shoulder:VDV"),  # the script does not matter
        ("татуировка крест на правом предплечье", "тату хрест на правому передпліччі"),
        ("родима пляма на спині", "birthmark:back"),
        ("scar, left knee, 5 cm", "рубець на лівому коліні 5 см"),
    ],
)
def test_the_same_mark_written_two_ways_is_one_mark(am: str, pm: str) -> None:
    (first,), (second,) = parse_marks(am), parse_marks(pm)
    assert mark_similarity(first, second) >= SIMILAR


@pytest.mark.parametrize(
    ("am", "pm"),
    [
        ("тату хрест на правому передпліччі", "тату хрест на лівому передпліччі"),  # the other side
        ("тату хрест на правому передпліччі", "тату хрест на правій гомілці"),  # another region
        ("тату хрест на правому передпліччі", "шрам на правому передпліччі"),  # another kind
    ],
)
def test_another_side_region_or_kind_is_another_mark(am: str, pm: str) -> None:
    assert mark_similarity(read_mark(am), read_mark(pm)) == 0.0


def test_a_place_is_said_in_ukrainian_for_a_ukrainian_reader() -> None:
    assert place_of("on the right forearm").ukrainian() == "праве передпліччя"
    assert place_of("правая сторона живота").ukrainian() == "живіт, праворуч"
    assert read_mark("родима пляма велика на спині").kind is MarkKind.BIRTHMARK
