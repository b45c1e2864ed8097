"""The bulk score of one post-mortem case against every missing person, compiled.

``candidates._Vectors`` holds the ante-mortem data as arrays, one row per person. For each case
this module tells which rows are compatible with the remains and scores those with the terms of
``scoring.score_pair`` that can be computed from the arrays alone. It chooses whom to score in
full, nothing else: the score shown to a user is always ``score_pair``'s.

The work is loops compiled by numba (the well-kept compiler for numeric Python), one per term
the case gives, none with a branch on a person's data, so that each becomes vector
instructions. The same terms as NumPy array operations made about thirty passes, each with its
temporary array: 1.3-1.8 ms a case for 50,000 persons, against about 0.4 ms compiled (in one
run), and numbers computed in the same float32 (tests/remains/test_bulk.py compares the two).
The compiled code is kept in numba's cache beside this file; the first use on a machine
compiles it (a few seconds, once).

Shapes: ``n`` persons; every per-person array has length ``n``; ``places`` is ``(kinds, n)``.
Years are float32 years since 1900 (``candidates._year``); statures are centimetres.
"""

from __future__ import annotations

import numpy as np
from numba import njit

_M1 = np.uint64(0x5555555555555555)
_M2 = np.uint64(0x3333333333333333)
_M4 = np.uint64(0x0F0F0F0F0F0F0F0F)
_H01 = np.uint64(0x0101010101010101)
_ZERO = np.uint64(0)


@njit(cache=True, nogil=True)
def _popcount(x: np.uint64) -> int:
    """Bits set in a 64-bit word (the SWAR count; numba has no bitwise_count)."""
    x = x - ((x >> np.uint64(1)) & _M1)
    x = (x & _M2) + ((x >> np.uint64(2)) & _M2)
    x = (x + (x >> np.uint64(4))) & _M4
    return int((x * _H01) >> np.uint64(56))


# The case as the kernel reads it: one float64 vector, its places named here (1.0 is yes), and
# one uint64 vector of bit sets (MASK_*).
START, STOP = 0, 1  # the slice of rows the sex of the remains allows
AGED = 2  # an age estimate and a recovery date: the age terms apply
HAS_MIN, UNDER_BASE = 3, 4  # an age_min; the recovery's latest year - age_min
HAS_MAX, OVER_BASE, AGE_MAX = 5, 6, 7  # an age_max; the recovery's earliest year; age_max
AGE_SLACK = 8  # years outside the estimate that still leave a person compatible
AGE_FITS, AGE_NEAR, AGE_FAR, AGE_NEAR_YEARS = 9, 10, 11, 12  # score_pair's age weights
LOW_ON, LOW, HIGH_ON, HIGH = 13, 14, 15, 16  # the compatible stature (cm), each end if given
STATURE_ON, MIDDLE, HALF, OPEN_ENDED = 17, 18, 19, 20  # the estimate's window (cm)
STATURE_FITS, STATURE_PER_CM, STATURE_CAP = 21, 22, 23
SEX, SEX_WEIGHT = 24, 25  # 1 male, 2 female, 0 not determined
SETTLEMENT, SETTLEMENT_WEIGHT = 26, 27  # the recovery settlement's code, or -1
TATTOO_WEIGHT = 28
RESTORED_WEIGHT, PRESENT_WEIGHT, LOST_WEIGHT = 29, 30, 31  # per tooth shared
CASE_SIZE = 32
MASK_UNEXPLAINED, MASK_RESTORED, MASK_PRESENT, MASK_LOST, MASK_TATTOO = 0, 1, 2, 3, 4
MASK_SIZE = 5


@njit(cache=True, nogil=True)
def scored(
    case: np.ndarray,
    masks: np.ndarray,
    place_bits: np.ndarray,
    place_weights: np.ndarray,
    born_first: np.ndarray,
    lived: np.ndarray,
    born_last_unseen: np.ndarray,
    dob_known: np.ndarray,
    stature: np.ndarray,
    stature_known: np.ndarray,
    missing: np.ndarray,
    restored: np.ndarray,
    places: np.ndarray,
    tattoo: np.ndarray,
    sex: np.ndarray,
    settlement: np.ndarray,
    rows: np.ndarray,
    scores: np.ndarray,
) -> int:
    """How many persons are compatible with the case. Their rows (ascending) and bulk scores
    are written to the start of ``rows`` (int64) and ``scores`` (float32), two buffers at least
    as long as the case's slice of rows, which the caller keeps from case to case.

    ``case``: float64, ``CASE_SIZE`` values at the places named above; ``masks``: uint64,
    ``MASK_SIZE`` bit sets (teeth as ``candidates._TOOTH_BIT``, tattoo words as
    ``candidates._bits``); ``place_bits``/``place_weights``: per kind of mark, the regions of
    the case's marks (0: none of the kind) and the weight of one shared. The rest are the
    persons' arrays of ``candidates._Vectors``, ``places`` one row per kind."""
    start, stop = int(case[START]), int(case[STOP])
    n = stop - start
    f32 = np.float32
    zero = f32(0.0)
    # float32 throughout, as the array version computed (NumPy keeps float32 when a Python
    # number meets a float32 array): the same numbers, and twice as many to a vector instruction
    slack_under, slack_over = f32(case[AGE_SLACK]), f32(case[AGE_SLACK] + 1)
    ok = rows  # rows[j] is 1 while row start + j is compatible, then the compacted row numbers
    for j in range(n):
        scores[j] = zero
        ok[j] = 1
    # One loop per term the case gives, each without a branch on a person's data: such a branch
    # mispredicts about half the time and keeps the compiler from using vector instructions.
    if case[AGED]:  # an age and a recovery date: compatibility by age, and the age term
        has_min, has_max = case[HAS_MIN] != 0, case[HAS_MAX] != 0
        under_base, over_base, age_max = f32(case[UNDER_BASE]), f32(case[OVER_BASE]), f32(case[AGE_MAX])
        age_fits, age_near, age_far = f32(case[AGE_FITS]), f32(case[AGE_NEAR]), f32(case[AGE_FAR] - case[AGE_NEAR])
        near_years = f32(case[AGE_NEAR_YEARS])
        first, lived_, unseen = born_first[start:stop], lived[start:stop], born_last_unseen[start:stop]
        known = dob_known[start:stop]
        nan = f32(np.nan)
        for j in range(n):
            under = first[j] - under_base if has_min else nan
            over = np.fmax(lived_[j], over_base - unseen[j]) - age_max if has_max else nan
            ok[j] &= ~((under > slack_under) | (over > slack_over))
            gap = np.floor(np.fmax(np.fmax(under, over), zero))
            weight = age_fits + age_near * gap + age_far * np.fmax(gap - near_years, zero)
            scores[j] += weight * known[j]
    low_on, high_on, stature_on = case[LOW_ON] != 0, case[HIGH_ON] != 0, case[STATURE_ON] != 0
    if low_on or high_on or stature_on:
        heights, known = stature[start:stop], stature_known[start:stop]
        low = f32(case[LOW]) if low_on else f32(-np.inf)
        high = f32(case[HIGH]) if high_on else f32(np.inf)
        middle, half, open_ended = f32(case[MIDDLE]), f32(case[HALF]), case[OPEN_ENDED] != 0
        fits, per_cm, cap = f32(case[STATURE_FITS]), f32(case[STATURE_PER_CM]), f32(case[STATURE_CAP])
        for j in range(n):
            height = heights[j]
            ok[j] &= ~((height < low) | (height > high))
        if stature_on:
            for j in range(n):
                off = abs(heights[j] - middle)
                outside = np.fmax(off - half, zero)
                inside = fits if open_ended else fits - np.fmin(off, half) / f32(4)
                scores[j] += np.fmax(cap, inside + per_cm * outside) * known[j]
    unexplained = masks[MASK_UNEXPLAINED]
    if unexplained != _ZERO:
        lost_in_life = missing[start:stop]
        for j in range(n):
            ok[j] &= (lost_in_life[j] & unexplained) == _ZERO
    _add_bits(scores, restored[start:stop], masks[MASK_RESTORED], f32(case[RESTORED_WEIGHT]))
    _add_bits(scores, restored[start:stop], masks[MASK_PRESENT], f32(case[PRESENT_WEIGHT]))
    _add_bits(scores, missing[start:stop], masks[MASK_LOST], f32(case[LOST_WEIGHT]))
    for k in range(place_bits.shape[0]):
        _add_bits(scores, places[k, start:stop], place_bits[k], f32(place_weights[k]))
    if masks[MASK_TATTOO] != _ZERO:
        tattoo_bits, weight = masks[MASK_TATTOO], f32(case[TATTOO_WEIGHT])
        words = tattoo[start:stop]
        for j in range(n):
            scores[j] += weight * f32((words[j] & tattoo_bits) != _ZERO)
    if case[SEX] != 0:
        code, weight = np.int8(case[SEX]), f32(case[SEX_WEIGHT])
        sexes = sex[start:stop]
        for j in range(n):
            scores[j] += weight * f32(sexes[j] == code)
    if case[SETTLEMENT] >= 0:
        place, weight = int(case[SETTLEMENT]), f32(case[SETTLEMENT_WEIGHT])
        places_seen = settlement[start:stop]
        for j in range(n):
            scores[j] += weight * f32(places_seen[j] == place)
    found = 0
    for j in range(n):
        keep = ok[j]
        rows[found] = start + j
        scores[found] = scores[j]
        found += keep
    return found


@njit(cache=True, nogil=True)
def _add_bits(scores: np.ndarray, words: np.ndarray, mask: np.uint64, weight: np.float32) -> None:
    """scores += weight × (bits shared by each word and ``mask``), where ``mask`` has any."""
    if mask != _ZERO:
        for j in range(words.shape[0]):
            scores[j] += weight * np.float32(_popcount(words[j] & mask))


@njit(cache=True, nogil=True)
def best(scores: np.ndarray, k: int) -> np.ndarray:
    """Positions (int64, unordered) of the ``k`` highest ``scores``; all of them when there are
    no more than ``k``. Of equal scores the first is kept.

    One pass holding the best ``k`` so far: a score replaces the least of them only when it is
    higher, which after the first few hundred rows is rare."""
    found = scores.shape[0]
    if found <= k:
        return np.arange(found)
    chosen = np.arange(k)
    least = 0
    for m in range(1, k):
        if scores[chosen[m]] < scores[chosen[least]]:
            least = m
    floor = scores[chosen[least]]
    for j in range(k, found):
        if scores[j] > floor:
            chosen[least] = j
            least = 0
            for m in range(1, k):
                if scores[chosen[m]] < scores[chosen[least]]:
                    least = m
            floor = scores[chosen[least]]
    return chosen
