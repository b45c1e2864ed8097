"""The compiled bulk score (models.remains.bulk) against the same terms written as NumPy array
operations, the form it replaced: the same persons compatible, the same scores, on generated
registries written as families and pathologists write."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.core.enums import MarkKind, Sex
from models.remains import bulk
from models.remains.candidates import (
    _BULK_KINDS,
    _GONE,
    _LOST,
    _PLACE_WEIGHTS,
    _PRESENT,
    _SEX_CODE,
    AGE_SLACK,
    STATURE_SLACK_CM,
    CandidateIndex,
    _mark_keys,
    _next_teeth,
    _teeth_mask,
    _Vectors,
    _year,
)
from models.remains.dental import CONCORDANT_MISSING, CONCORDANT_RESTORED, EXCLUDING, RESTORED
from models.remains.dto import PmProfile
from models.remains.marks import WEIGHTS
from models.remains.scoring import (
    AGE_FITS,
    AGE_NEAR_YEARS,
    AGE_PER_YEAR_FAR,
    AGE_PER_YEAR_NEAR,
    SEX_AGREES,
    STATURE_CAP,
    STATURE_FITS,
    STATURE_PER_CM,
    Frequencies,
    settlement,
    stature_window,
)
from tests.benchmarks.remains_generator import generate


def _reference(v: _Vectors, pm: PmProfile, frequencies: Frequencies) -> tuple[np.ndarray, np.ndarray]:
    """The bulk score as array operations over the case's slice of rows (float32 throughout)."""
    part = v._part(pm)
    size = part.stop - part.start
    ok = np.ones(size, dtype=bool)
    score = np.zeros(size, np.float32)
    with np.errstate(invalid="ignore"):
        if pm.recovery_date is not None and (pm.age_min, pm.age_max) != (None, None):
            under = over = np.full(size, np.nan, np.float32)
            if pm.age_min is not None:
                under = v.born_first[part] - (_year(pm.recovery_date.latest().toordinal()) - pm.age_min)
                ok &= ~(under > AGE_SLACK)
            if pm.age_max is not None:
                earliest = _year(pm.recovery_date.earliest().toordinal())
                over = np.fmax(v.lived[part], earliest - v.born_last_unseen[part]) - pm.age_max
                ok &= ~(over > AGE_SLACK + 1)
            gap = np.floor(np.fmax(np.fmax(under, over), 0.0))
            weight = (
                AGE_FITS
                + AGE_PER_YEAR_NEAR * gap
                + (AGE_PER_YEAR_FAR - AGE_PER_YEAR_NEAR) * np.fmax(gap - AGE_NEAR_YEARS, 0.0)
            )
            score += weight * v.dob_known[part]
        if pm.stature_min_cm is not None:
            ok &= ~(v.stature[part] < pm.stature_min_cm - STATURE_SLACK_CM)
        if pm.stature_max_cm is not None:
            ok &= ~(v.stature[part] > pm.stature_max_cm + STATURE_SLACK_CM)
        if (pm.stature_min_cm, pm.stature_max_cm) != (None, None):
            shortest, tallest = stature_window(pm.stature_min_cm, pm.stature_max_cm)
            middle, half = (shortest + tallest) / 2, (tallest - shortest) / 2
            off = np.abs(v.stature[part] - middle)
            inside = STATURE_FITS - (0.0 if half > 50 else np.fmin(off, half) / 4)
            weight = np.fmax(STATURE_CAP, inside + STATURE_PER_CM * np.fmax(off - half, 0.0))
            score += weight * v.stature_known[part]
    present = _teeth_mask(pm.dental, _PRESENT)
    unexplained = present & ~_next_teeth(_teeth_mask(pm.dental, _GONE))
    ok &= (v.missing[part] & np.uint64(unexplained)) == 0
    restored, lost = _teeth_mask(pm.dental, RESTORED), _teeth_mask(pm.dental, _LOST)
    score += CONCORDANT_RESTORED * np.bitwise_count(v.restored[part] & np.uint64(restored))
    score += EXCLUDING * np.bitwise_count(v.restored[part] & np.uint64(present))
    score += CONCORDANT_MISSING * np.bitwise_count(v.missing[part] & np.uint64(lost))
    places, tattoo = _mark_keys(pm.marks)
    for k, kind in enumerate(_BULK_KINDS):
        score += _PLACE_WEIGHTS[kind] * np.bitwise_count(v.places[k][part] & np.uint64(places.get(kind, 0)))
    score += WEIGHTS[MarkKind.TATTOO] * ((v.tattoo[part] & np.uint64(tattoo)) != 0)
    if sex := _SEX_CODE.get(pm.sex, 0):
        score += SEX_AGREES * (v.sex[part] == sex)
    key = settlement(pm.recovery_place) if pm.recovery_place else ""
    if key in v.settlements:
        score += frequencies.place_weight(key) * (v.settlement[part] == v.settlements[key])
    rows = np.flatnonzero(ok)
    return rows + part.start, score[rows]


@pytest.fixture(scope="module")
def evaluation():  # type: ignore[no-untyped-def]
    data = generate(1500, 400, seed=11)
    return data, CandidateIndex(data.persons, data.dna)


def test_the_compiled_bulk_score_is_the_array_operations(evaluation) -> None:  # type: ignore[no-untyped-def]
    data, index = evaluation
    vectors = index._bulk()
    cases = list(data.cases)
    # every kind of case the kernel branches on: no age, no stature, no sex, no recovery date
    cases += [
        PmProfile(c.case_id, c.case_number, Sex.UNKNOWN, None, c.age_max, None, c.stature_max_cm, c.recovery_date)
        for c in data.cases[:40]
    ]
    cases += [
        PmProfile(c.case_id, c.case_number, Sex.FEMALE, c.age_min, None, c.stature_min_cm) for c in data.cases[:40]
    ]
    compared = 0
    for pm in cases:
        rows, scores = vectors.scored(pm, index.frequencies)
        want_rows, want_scores = _reference(vectors, pm, index.frequencies)
        assert rows.tolist() == want_rows.tolist(), pm.case_number
        np.testing.assert_allclose(scores, want_scores, atol=1e-3, err_msg=pm.case_number)
        compared += len(rows)
    assert compared > 100 * len(cases)  # the cases are compatible with many, not a vacuous match


def test_a_thread_has_its_own_buffers(evaluation) -> None:  # type: ignore[no-untyped-def]
    import threading

    data, index = evaluation
    vectors = index._bulk()
    results: dict[str, list[int]] = {}

    def rank(name: str, pm: PmProfile) -> None:
        for _ in range(20):
            rows, _scores = vectors.scored(pm, index.frequencies)
            results[name] = rows.tolist()

    one, two = data.cases[0], next(c for c in data.cases if c.sex is not data.cases[0].sex)
    threads = [threading.Thread(target=rank, args=(n, pm)) for n, pm in (("one", one), ("two", two))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results["one"] == vectors.scored(one, index.frequencies)[0].tolist()
    assert results["two"] == vectors.scored(two, index.frequencies)[0].tolist()


@settings(deadline=None)  # the first example may compile the kernel
@given(st.lists(st.floats(-100, 100, width=32), max_size=60), st.integers(1, 20))
def test_best_keeps_the_highest_scores(values: list[float], k: int) -> None:
    scores = np.array(values, np.float32)
    chosen = bulk.best(scores, k)
    assert len(set(chosen.tolist())) == len(chosen) == min(k, len(values))
    assert sorted(scores[chosen].tolist(), reverse=True) == sorted(values, reverse=True)[:k]
