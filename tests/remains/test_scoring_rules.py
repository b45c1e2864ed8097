"""The weights' rules (issue 13): an estimate that misses by a little costs a little, a rarer
concordant tooth weighs more, a tooth charted one place off is a recording question, and what a
tattoo shows is compared by meaning. Every record here is invented."""

from __future__ import annotations

import pytest

from models.core.enums import MarkKind, ToothState
from models.remains.dental import EXCLUDING, DentalFrequencies, compare_dental, parse_dental
from models.remains.motifs import description_similarity
from models.remains.scoring import EXCLUSION_BOUND, STATURE_CAP, age_weight, stature_weight, stature_window


def test_weights_fall_as_the_estimate_is_missed_by_more() -> None:
    ages = [age_weight(gap) for gap in range(0, 30)]
    assert ages == sorted(ages, reverse=True) and ages[0] == 3.0 and ages[-1] == EXCLUSION_BOUND
    assert age_weight(2) > age_weight(8) - 10  # the first years cost less than the later ones
    low, high = stature_window(178, 178)  # one figure: read as 174-182
    assert (low, high) == (174.0, 182.0)
    statures = [stature_weight(178 + off, low, high) for off in range(0, 40)]
    assert statures == sorted(statures, reverse=True) and statures[-1] == STATURE_CAP
    assert stature_weight(182, low, high) > 0 > stature_weight(190, low, high)
    assert stature_window(170, None) == (166.0, 300.0)  # an open end stays open


def test_a_rarer_concordant_finding_weighs_more() -> None:
    charts = [{36: ToothState.FILLED}] * 40 + [{11: ToothState.IMPLANT}] + [{}] * 10 + [{46: ToothState.FILLED}] * 9
    frequencies = DentalFrequencies.of(charts)
    assert frequencies.charts == 50  # an empty chart is no chart
    common = compare_dental({36: ToothState.FILLED}, {36: ToothState.FILLED}, frequencies).weight
    rare = compare_dental({11: ToothState.IMPLANT}, {11: ToothState.IMPLANT}, frequencies).weight
    assert rare > common > 0
    # a small registry calls nothing very rare on its own word
    few = DentalFrequencies.of([{11: ToothState.IMPLANT}])
    assert few.weight(11, ToothState.IMPLANT) < frequencies.weight(11, ToothState.IMPLANT)


def test_a_tooth_charted_one_place_off_is_a_recording_question_not_an_exclusion() -> None:
    am = parse_dental("34:missing 45:missing 21:crowned")
    pm = parse_dental("33:missing 44:missing 45:filled 21:crowned")
    result = compare_dental(am, pm)
    assert not result.excludes and 45 in result.inconsistent and 34 in result.adjacent
    assert result.weight > EXCLUDING
    # without the next tooth to explain it, a tooth lost in life and filled in death excludes
    assert compare_dental(parse_dental("45:missing"), parse_dental("45:filled")).excludes


@pytest.mark.parametrize(
    ("first", "second", "alike"),
    [
        ("орел", "синьо-чорного кольору у вигляді орла розміром 9×5 см", True),  # the eagle in any case
        ("хрест", "в виде креста", True),
        ("Оля", "«Ол..» (не читается)", True),  # legible in part
        ("цифри 24.02.22", "«24.02.2022»", True),
        ("ВДВ", "VDV", True),
        ("Слава Україні", "Слава Украине", True),
        ("тризуб", "малого Державного Герба України", True),  # the small state arms are the trident
        ("хрест", "якоря", False),
        ("роза", "роза вітрів", False),  # a wind rose is a compass
    ],
)
def test_what_a_tattoo_shows_is_compared_by_meaning(first: str, second: str, alike: bool) -> None:
    similarity = description_similarity(MarkKind.TATTOO, first, second)
    assert similarity is not None and (similarity >= 75) is alike


def test_a_description_that_says_nothing_is_nothing_to_compare() -> None:
    assert description_similarity(MarkKind.BIRTHMARK, "велика", "коричневого кольору 2×1 см") is None


def test_a_settlement_many_were_last_seen_in_says_less_than_a_village() -> None:
    import uuid

    from models.core.enums import Sex
    from models.remains.dto import AmProfile
    from models.remains.scoring import Frequencies, settlement

    def seen_in(place: str) -> AmProfile:
        return AmProfile(uuid.uuid4(), "X", "X", "Іван", sex=Sex.MALE, last_seen_place=place)

    frequencies = Frequencies.of([seen_in("м. Маріуполь")] * 2000 + [seen_in("с. Тихе")] * 3 + [seen_in("")] * 500)
    assert frequencies.persons == 2503
    city, village = frequencies.place_weight(settlement("Маріуполь")), frequencies.place_weight(settlement("с. Тихе"))
    assert 0 < city < village
