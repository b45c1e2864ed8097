"""Marks cells nobody here would write (issue 13, found by a hostile-input review): negations,
fillers, look-alike letters, English words that begin like body regions, absence words about
other things, numbers inside a mark, unusual separators; and cells built to make a reader
take quadratic time. Every mark here is invented."""

from __future__ import annotations

import time

import pytest

from models.remains.marks import parse_marks


def _read(cell: str) -> list[tuple[str, str, str]]:
    return [(m.kind.value, m.body_location, m.description) for m in parse_marks(cell)]


@pytest.mark.parametrize(
    "cell",
    [
        "немає татуювань",
        "шрамів немає",
        "no tattoos",
        "шрамів та татуювань немає",
        "мати каже, що шрамів немає",
        "tattoo:none",
        "наколок нет",
        *("null", "NA", "н/д", "немає даних", "no marks", "no distinguishing marks", "none known", "?", "«»"),
        "1) 2) 3)",
    ],
)
def test_a_cell_that_says_there_is_none_has_no_marks(cell: str) -> None:
    assert parse_marks(cell) == []


@pytest.mark.parametrize(
    ("cell", "marks"),
    [
        ("тату немає, але є шрам на коліні", [("scar", "knee", "")]),
        ("татуювання хрест на правому плечі, рубцевих змін немає", [("tattoo", "right shoulder", "хрест")]),
        ("мати написала: шрам на коліні", [("scar", "knee", "")]),  # написала is no inscription
        ("scar left by surgery on the abdomen", [("scar", "abdomen", "left by surgery")]),  # no side
        ("tattoo R.I.P. on chest", [("tattoo", "chest", "R I P")]),
        ("scarlet rose tattoo", [("tattoo", "", "scarlet rose")]),  # scarlet is no scar
        ("tattoo of a palm tree on the left shoulder", [("tattoo", "left shoulder", "palm tree")]),
        ("шрам поперек живота", [("scar", "abdomen", "поперек")]),  # across, not the lower back
        ("тaту хрест на лiвому плечi", [("tattoo", "left shoulder", "хрест")]),  # Latin a and i typed
        ("кольцо на пальце без камня", [("other", "fingers", "кольцо без камня")]),  # no amputation
        ("годинник на лівій руці без ремінця", [("other", "left arm", "годинник без ремінця")]),
        ("шрам 3. 5 см на коліні", [("scar", "knee", "3 5 см")]),  # a size, not item 3
        ("тату 12) бригади на плечі", [("tattoo", "shoulder", "12 бригади")]),
        ("1)шрам 2)тату", [("scar", "", ""), ("tattoo", "", "")]),
        ("шрам на коліні | тату на плечі", [("scar", "knee", ""), ("tattoo", "shoulder", "")]),
        ("шрам на коліні\rтату на плечі", [("scar", "knee", ""), ("tattoo", "shoulder", "")]),
        ("тату на лі\u0301вому пле\u00adчі", [("tattoo", "left shoulder", "")]),  # a stress mark, a soft hyphen
    ],
)
def test_tricky_writing_is_read_as_meant(cell: str, marks: list[tuple[str, str, str]]) -> None:
    assert _read(cell) == marks


@pytest.mark.parametrize(
    "cell",
    [
        "a, " * 3000,  # every comma a possible division
        "шрам" + " " * 99_000 + "x",  # before: 510 s in an import
        "шрам " + "1" * 50_000,  # a size's digits
        "шрам " + "a" * 99_000,  # an inscription's letters
        "«a" * 20_000,  # quotes never closed
    ],
    ids=["commas", "spaces", "digits", "letters", "quotes"],
)
def test_a_hostile_cell_is_read_in_linear_time(cell: str) -> None:
    # quadratic readers took minutes on these; linear ones take well under a second
    started = time.perf_counter()
    parse_marks(cell)
    assert time.perf_counter() - started < 10
