"""Marks as families and pathologists write them (tests/data/remains/marks_as_written.csv, each
line with its source): read into kind, place and description, and the same mark written two
ways recognised as one (issue 13). Every mark here is invented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from models.core.enums import MarkKind
from models.remains.body import Side, place_of
from models.remains.marks import PARTLY, SIMILAR, mark_similarity, parse_marks, read_mark

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
        ("родимка на спині", "родима пляма коричневого кольору на шкірі спини 2×1 см"),
        ("шрам на животі", "рубець на передній черевній стінці білуватий, 12 см"),
        ("наколка орел на груді зліва", "татуювання синьо-чорного кольору у вигляді орла на лівій половині грудей"),
        ("тату хрест, права рука", "1) татуировка на наружной поверхности правого предплечья в виде креста;"),
        ("шрам від апендициту", "післяопераційний рубець у правій здухвинній ділянці довжиною 6 см"),
        ("ім'я Оля (наколка) на правому стегні", "татуювання в вигляді напису «Ол..» (не читається) на правому стегні"),
        ("наколка цифри 24.02.22 на плечі", "татуювання у вигляді цифр «24.02.2022» на лівому плечі"),
        ("не було половини мізинця на лівій руці", "відсутність нігтьової фаланги V пальця лівої кисті"),
    ],
)
def test_the_same_mark_written_two_ways_is_one_mark(am: str, pm: str) -> None:
    (first,), (second,) = parse_marks(am), parse_marks(pm)
    assert mark_similarity(first, second) >= SIMILAR, (first, second)


@pytest.mark.parametrize(
    ("am", "pm"),
    [
        ("тату хрест на правому передпліччі", "тату хрест на правій гомілці"),  # another limb
        ("тату тризуб на правому передпліччі", "тату тризуб на лівому плечі"),  # another region and side
        ("тату хрест на правому передпліччі", "шрам на правому передпліччі"),  # another kind
        ("тату хрест на правому передпліччі", "тату якір на правому передпліччі"),  # another motif
        ("наколка MAMA на грудях", "татуювання «мама» на лівому плечі"),  # the chest is not the shoulder
        ("наколка «МАМА» на грудях", "татуювання у вигляді якоря на грудях"),  # both say what, nothing shared
        ("шрам на лівому коліні", "шрам на правому коліні"),  # a scar on the other side
    ],
)
def test_another_limb_kind_or_motif_is_another_mark(am: str, pm: str) -> None:
    assert mark_similarity(read_mark(am), read_mark(pm)) == 0.0


@pytest.mark.parametrize(
    ("am", "pm"),
    [
        ("тату хрест на правому передпліччі", "тату хрест на лівому передпліччі"),  # relatives mirror sides
        ("наколка Слава Україні на лівому лікті", "татуювання «Слава Україні» на лівому передпліччі"),
        ("тату на грудях", "татуювання синьо-чорного кольору у вигляді орла на грудях"),  # the family forgot what
    ],
)
def test_a_mark_written_or_remembered_differently_is_perhaps_the_same(am: str, pm: str) -> None:
    similarity = mark_similarity(read_mark(am), read_mark(pm))
    assert PARTLY <= similarity < SIMILAR


def test_a_place_is_said_in_ukrainian_for_a_ukrainian_reader() -> None:
    assert place_of("on the right forearm").ukrainian() == "праве передпліччя"
    assert place_of("правая сторона живота").ukrainian() == "живіт, праворуч"
    assert read_mark("родима пляма велика на спині").kind is MarkKind.BIRTHMARK


@pytest.mark.parametrize(
    ("cell", "marks"),
    [
        (  # a family's several marks in one sentence, and who told them
            "дружина повідомила: напис ЗСУ, також наколка орел на груді зліва, "
            "також наколка ЗСУ на правій руці вище ліктя",
            [("tattoo", "", "ЗСУ"), ("tattoo", "left chest", "орел"), ("tattoo", "right upper arm", "ЗСУ")],
        ),
        (
            "зі слів матері: маленький шрамик над лівою бровою, також родимка на груди, "
            "також не було половини мізинця на лівій руці",
            [
                ("scar", "left face", "маленький"),
                ("birthmark", "chest", ""),
                ("amputation", "left fingers", "не було половини"),
            ],
        ),
        ("шрам на коліні, родимка на шиї", [("scar", "knee", ""), ("birthmark", "neck", "")]),
        (  # a pathologist's numbered items; a region in the motif is not the place
            "1) татуировка в виде головы волка на наружной поверхности левого плеча; "
            "2) рубец на передней брюшной стенке",
            [("tattoo", "left shoulder", "головы волка"), ("scar", "abdomen", "стенке")],
        ),
        ("шрам від апендициту (зі слів сестри)", [("scar", "right abdomen", "апендициту")]),
        ("голова вовка (тату) на спині справа", [("tattoo", "right back", "голова вовка")]),
        ("особливих прикмет не знаю", []),
        ("нема", []),
        ("шкірні покриви значно змінені гнильним процесом, прикмети не встановлені", []),
        ("Особых примет нет", []),
        ("Татуювань не виявлено.", []),  # a kind said to be absent (issue 13 new-user trial)
        ("Родимих плям немає, шрамів теж нема.", []),
        (  # a sentence ends a mark; a healed burn is a scar; "бракує" is a lost part
            "Опік на правій руці від кисті до ліктя, після пожежі. Татуювань немає. "
            "Бракує кінчика вказівного пальця на правій руці",
            [
                ("scar", "right forearm", "Опік після пожежі"),
                ("amputation", "right fingers", "Бракує кінчика вказівного"),
            ],
        ),
        (  # an inscription beside the image is the same tattoo, and the image stays in its description
            "татуювання — якір і напис «ВМФ» на лівому плечі",
            [("tattoo", "left shoulder", "якір ВМФ")],
        ),
        (  # the wolf's head is what the tattoo shows; the back of the trunk is where
            "На задній поверхні тулуба татуювання із зображенням голови вовка",
            [("tattoo", "back", "голови вовка")],
        ),
        ("Шрам от кесарева сечения", [("scar", "abdomen", "кесарева сечения")]),
        ("Рубец на лбу", [("scar", "face", "")]),
        ("шрам на коліні тату на плечі", [("scar", "knee", ""), ("tattoo", "shoulder", "")]),  # no separator
        ("шрам на лівій нозі та правій руці", [("scar", "left leg", ""), ("scar", "right arm", "")]),  # two places
        ("шрам на животі і на спині", [("scar", "abdomen", ""), ("scar", "back", "")]),
    ],
)
def test_a_cell_is_read_into_its_marks(cell: str, marks: list[tuple[str, str, str]]) -> None:
    assert [(m.kind.value, m.body_location, m.description) for m in parse_marks(cell)] == marks
