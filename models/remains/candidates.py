"""Candidate generation: which missing persons are scored against a remains case.

The right person must never be lost before scoring: a candidate list without him cannot be
rescued by any board (issue 13). So every missing person *compatible* with the remains — the
sex not contradicted, the age at death and the stature within the estimates widened as far as
they alone cannot exclude him (a value not known on either side widens its window to
everything), no tooth lost in life present in death — is a candidate, and so is every person a
block names whatever his estimates say: a DNA result, a number or name on an ID tag or
document, an implant serial.

Scoring every compatible person in Python (6,000 cases x 50,000 persons) would take hours, so
the compatible are scored at once with numpy on the full score's terms that can be computed in
bulk (sex, age at death, stature, restored and missing teeth, marks by kind and place, tattoo
motifs and words, the settlement last seen in; ``_Vectors``), and the best of them, with every
blocked person, are then scored in full and explained (``score_pair``).
"""

from __future__ import annotations

import math
import uuid
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from models.core.enums import MarkKind, Sex, ToothState
from models.core.identifiers import service_key
from models.core.partial_date import PartialDate
from models.names.engine import Level, given_level, name_keys
from models.names.keys import surname_keys, tokens
from models.remains.body import place_of
from models.remains.dental import CONCORDANT_MISSING, CONCORDANT_RESTORED, EXCLUDING, RESTORED, TEETH
from models.remains.dto import AmProfile, DnaEvidence, Mark, PmProfile, Ranking, Scored, Thresholds
from models.remains.marks import WEIGHTS
from models.remains.motifs import content
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
    id_tag_numbers,
    score_pair,
    settlement,
    stature_window,
    tag_words,
)

BULK_SCORED = 15  # compatible persons scored in full after the bulk scoring, besides the blocked
# Compatible: not excluded by the age at death alone (its weight reaches the exclusion bound 14
# years outside the estimate) and within 15 cm of the stature estimate (4 standard errors).
AGE_SLACK = 13
STATURE_SLACK_CM = 15

_TOOTH_BIT = {tooth: 1 << n for n, tooth in enumerate(TEETH)}
_LOST = frozenset({ToothState.MISSING})
_PRESENT = frozenset({ToothState.PRESENT})
_SEX_CODE = {Sex.MALE: 1, Sex.FEMALE: 2}  # 0: not determined
_DAYS_PER_YEAR = 365.2425


def _teeth_mask(chart: Mapping[int, ToothState], states: frozenset[ToothState]) -> int:
    return sum(_TOOTH_BIT.get(t, 0) for t, s in chart.items() if s in states)


_QUADRANT = (1 << 8) - 1
_INNER = sum(_QUADRANT << (8 * q) for q in range(4))


def _next_teeth(mask: int) -> int:
    """The teeth beside those of ``mask`` in the same quadrant (FDI 11-18 are bits 0-7 …)."""
    up = (mask << 1) & ~sum(1 << (8 * q) for q in range(1, 5))
    down = (mask >> 1) & ~sum(1 << (8 * q + 7) for q in range(4))
    return (up | down) & _INNER


def _bits(keys: Iterable[str]) -> int:
    """Words or places as bits of one 64-bit set (a hash: two keys may share a bit, which only
    costs precision of the bulk score, never a candidate)."""
    mask = 0
    for key in keys:
        mask |= 1 << (zlib.crc32(key.encode()) & 63)
    return mask


def _mark_keys(marks: Iterable[Mark]) -> tuple[dict[MarkKind, int], int]:
    """(the regions of the marks of each kind, tattoo motifs and words in any script) as bit sets."""
    marks = list(marks)
    places: dict[MarkKind, int] = {
        kind: bits
        for kind in _BULK_KINDS
        if (bits := _bits(place_of(m.body_location).region for m in marks if m.kind is kind))
    }
    tattoo = 0
    for m in marks:
        if m.kind is MarkKind.TATTOO:
            motifs, kept = content(m.kind, m.description)
            tattoo |= _bits(motifs) | _bits(w[:5] for w in kept if not w.endswith("*"))
    return places, tattoo


# Kinds whose kind and region alone speak for a person in the bulk score, with the weight
# mark_similarity gives them there when nothing else is compared: a scar, a birthmark or a lost
# part in the same place counts in full, a tattoo without its motif half (its motif adds more).
_BULK_KINDS: tuple[MarkKind, ...] = tuple(k for k in MarkKind if k is not MarkKind.OTHER)
_PLACE_WEIGHTS: dict[MarkKind, float] = {k: WEIGHTS[k] * (0.5 if k is MarkKind.TATTOO else 1.0) for k in _BULK_KINDS}


def _ordinal(value: PartialDate | None, latest: bool) -> float:
    if value is None:
        return math.nan
    return float((value.latest() if latest else value.earliest()).toordinal())


class _Vectors:
    """The missing persons' AM data as arrays, one row per person, for bulk comparison."""

    def __init__(self, profiles: Sequence[AmProfile]) -> None:
        self.ids = [am.person_id for am in profiles]
        self.row = {pid: n for n, pid in enumerate(self.ids)}
        self.sex = np.array([_SEX_CODE.get(am.sex, 0) for am in profiles], dtype=np.int8)
        self.born_first = np.array([_ordinal(am.date_of_birth, False) for am in profiles])
        self.born_last = np.array([_ordinal(am.date_of_birth, True) for am in profiles])
        self.seen = np.array([_ordinal(am.last_seen_date, False) for am in profiles])
        self.seen_known = ~np.isnan(self.seen)
        self.stature = np.array([math.nan if am.stature_cm is None else am.stature_cm for am in profiles])
        self.stature_known = ~np.isnan(self.stature)
        self.dob_known = ~np.isnan(self.born_first)
        self.missing = np.array([_teeth_mask(am.dental, _LOST) for am in profiles], dtype=np.uint64)
        self.restored = np.array([_teeth_mask(am.dental, RESTORED) for am in profiles], dtype=np.uint64)
        keys = [_mark_keys(am.marks) for am in profiles]
        self.places: dict[MarkKind, np.ndarray] = {
            kind: np.array([k[0].get(kind, 0) for k in keys], dtype=np.uint64) for kind in _BULK_KINDS
        }
        self.tattoo = np.array([k[1] for k in keys], dtype=np.uint64)
        self.settlements: dict[str, int] = {}
        self.settlement = np.array(
            [
                self.settlements.setdefault(p, len(self.settlements)) if (p := settlement(am.last_seen_place)) else -1
                for am in profiles
            ],
            dtype=np.int64,
        )

    def _ages(self, pm: PmProfile) -> tuple[np.ndarray, np.ndarray] | None:
        """(oldest, youngest) each person can have been at death, in years; None without a
        recovery date."""
        if pm.recovery_date is None:
            return None
        seen, born_first, born_last = self.seen, self.born_first, self.born_last
        recovered = float(pm.recovery_date.latest().toordinal())
        alive = np.where(self.seen_known, seen, float(pm.recovery_date.earliest().toordinal()))
        return (recovered - born_first) / _DAYS_PER_YEAR, (alive - born_last) / _DAYS_PER_YEAR - 1

    def scored(self, pm: PmProfile, frequencies: Frequencies) -> tuple[np.ndarray, np.ndarray]:
        """(row numbers of the persons compatible with the remains, their bulk scores)."""
        rows, ages = self.compatible(pm)
        return rows, self._score(pm, rows, ages, frequencies)

    def compatible(self, pm: PmProfile) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray] | None]:
        """(row numbers of the persons compatible with the remains, the oldest and youngest
        each of them can have been at death, or None without a recovery date)."""
        ok = np.ones(len(self.ids), dtype=bool)
        sex = _SEX_CODE.get(pm.sex, 0)
        if sex:
            ok &= (self.sex == 0) | (self.sex == sex)
        ages = self._ages(pm)
        if ages is not None:
            oldest, youngest = ages
            with np.errstate(invalid="ignore"):
                if pm.age_min is not None:
                    ok &= ~(oldest < pm.age_min - AGE_SLACK)
                if pm.age_max is not None:
                    ok &= ~(youngest > pm.age_max + AGE_SLACK)
        with np.errstate(invalid="ignore"):
            if pm.stature_min_cm is not None:
                ok &= ~(self.stature < pm.stature_min_cm - STATURE_SLACK_CM)
            if pm.stature_max_cm is not None:
                ok &= ~(self.stature > pm.stature_max_cm + STATURE_SLACK_CM)
        # a tooth lost in life is not present in death, unless the next tooth in its quadrant is
        # gone in death (the record may have charted it one place off; ``dental._on_next_tooth``)
        present = _teeth_mask(pm.dental, _PRESENT)
        gone = _teeth_mask(pm.dental, frozenset({ToothState.MISSING, ToothState.BRIDGE, ToothState.IMPLANT}))
        unexplained = present & ~_next_teeth(gone)
        if unexplained:
            ok &= (self.missing & np.uint64(unexplained)) == 0
        rows = np.flatnonzero(ok)
        return rows, None if ages is None else (ages[0][rows], ages[1][rows])

    def _score(
        self,
        pm: PmProfile,
        rows: np.ndarray,
        ages: tuple[np.ndarray, np.ndarray] | None,
        frequencies: Frequencies,
    ) -> np.ndarray:
        """The full score's terms that can be computed in bulk (``score_pair``'s weights: sex,
        age at death, stature, teeth concordant or excluding, marks of a kind in one region,
        tattoo motifs and words), for ranking which persons are scored in full."""
        score = np.zeros(len(rows))
        # each term only where the remains say something of it (most cases lack some)
        restored, lost, present = (_teeth_mask(pm.dental, states) for states in (RESTORED, _LOST, _PRESENT))
        if restored:
            restored_rows = self.restored[rows]
            score += CONCORDANT_RESTORED * np.bitwise_count(restored_rows & np.uint64(restored))
            if present:
                score += EXCLUDING * np.bitwise_count(restored_rows & np.uint64(present))
        elif present:
            score += EXCLUDING * np.bitwise_count(self.restored[rows] & np.uint64(present))
        if lost:
            score += CONCORDANT_MISSING * np.bitwise_count(self.missing[rows] & np.uint64(lost))
        places, tattoo = _mark_keys(pm.marks)
        for kind, bits in places.items():
            score += _PLACE_WEIGHTS[kind] * np.bitwise_count(self.places[kind][rows] & np.uint64(bits))
        if tattoo:
            score += WEIGHTS[MarkKind.TATTOO] * np.minimum(np.bitwise_count(self.tattoo[rows] & np.uint64(tattoo)), 1)
        sex = _SEX_CODE.get(pm.sex, 0)
        if sex:
            score += np.where(self.sex[rows] == sex, SEX_AGREES, 0.0)
        key = settlement(pm.recovery_place) if pm.recovery_place else ""
        found = self.settlements.get(key, -2) if key else -2
        if found >= 0:
            score += np.where(self.settlement[rows] == found, frequencies.place_weight(key), 0.0)
        if ages is not None and (pm.age_min, pm.age_max) != (None, None):
            oldest, youngest = ages
            gap = np.zeros(len(rows))
            if pm.age_min is not None:
                np.maximum(gap, pm.age_min - oldest, out=gap)
            if pm.age_max is not None:
                np.maximum(gap, youngest + 1 - pm.age_max, out=gap)
            np.floor(gap, out=gap)  # whole years apart, as score_pair counts them
            near = np.minimum(gap, AGE_NEAR_YEARS)
            weight = AGE_FITS + AGE_PER_YEAR_NEAR * near + AGE_PER_YEAR_FAR * (gap - near)
            score += np.where(self.dob_known[rows], weight, 0.0)  # NaN compares false: unknown births weigh 0
        if (pm.stature_min_cm, pm.stature_max_cm) != (None, None):
            shortest, tallest = stature_window(pm.stature_min_cm, pm.stature_max_cm)
            middle, half = (shortest + tallest) / 2, (tallest - shortest) / 2
            off = np.abs(self.stature[rows] - middle)
            outside = np.maximum(off - half, 0.0)
            inside = STATURE_FITS - (0.0 if half > 50 else np.minimum(off, half) / 4)  # open-ended: only outside counts
            weight = np.maximum(STATURE_CAP, inside + STATURE_PER_CM * outside)
            score += np.where(self.stature_known[rows], weight, 0.0)
        return np.asarray(score, dtype=float)


class CandidateIndex:
    """The AM profiles of every missing person, held in the blocks that find candidates."""

    def __init__(
        self,
        profiles: Iterable[AmProfile],
        dna: Mapping[tuple[uuid.UUID, uuid.UUID], Sequence[DnaEvidence]] | None = None,
        thresholds: Thresholds | None = None,
        frequencies: Frequencies | None = None,
    ) -> None:
        """``frequencies``: of dental findings and settlements in the registry (default:
        counted over the profiles given)."""
        self.profiles: dict[uuid.UUID, AmProfile] = {}
        self.thresholds = thresholds or Thresholds()
        # (case id, person id) -> the lab's results for that pair
        self.dna: dict[tuple[uuid.UUID, uuid.UUID], Sequence[DnaEvidence]] = dict(dna or {})
        self._dna_by_case: dict[uuid.UUID, list[uuid.UUID]] = defaultdict(list)
        for case_id, person_id in self.dna:
            self._dna_by_case[case_id].append(person_id)
        self._by_number: dict[str, list[uuid.UUID]] = defaultdict(list)
        self._by_surname: dict[str, list[uuid.UUID]] = defaultdict(list)
        self._by_serial: dict[str, list[uuid.UUID]] = defaultdict(list)
        for profile in profiles:
            self._add(profile)
        self.frequencies = frequencies or Frequencies.of(self.profiles.values())
        self._vectors: _Vectors | None = None  # built on the first ranking

    def _bulk(self) -> _Vectors:
        if self._vectors is None or len(self._vectors.ids) != len(self.profiles):
            self._vectors = _Vectors(list(self.profiles.values()))
        return self._vectors

    def candidates(self, pm: PmProfile) -> set[uuid.UUID]:
        """Every person scored for the case before any truncation: the blocked and the compatible."""
        vectors = self._bulk()
        rows, _ages = vectors.compatible(pm)
        return self.blocked(pm) | {vectors.ids[r] for r in rows}

    def _shortlist(self, pm: PmProfile) -> tuple[set[uuid.UUID], int]:
        """The persons scored in full — every one a block names, and the compatible with the
        best bulk scores — and how many were considered in all."""
        blocked = {pid for pid in self.blocked(pm) if pid in self.profiles}
        vectors = self._bulk()
        rows, score = vectors.scored(pm, self.frequencies)
        blocked_rows = np.array([vectors.row[pid] for pid in blocked], dtype=rows.dtype)
        considered = len(rows) + int(np.count_nonzero(~np.isin(blocked_rows, rows, assume_unique=True)))
        if len(rows) > BULK_SCORED:
            rows = rows[np.argpartition(-score, BULK_SCORED)[:BULK_SCORED]]
        return blocked | {vectors.ids[r] for r in rows.tolist()}, considered

    def __len__(self) -> int:
        return len(self.profiles)

    def _add(self, am: AmProfile) -> None:
        pid = am.person_id
        self.profiles[pid] = am
        for number in {service_key(am.service_number), service_key(am.external_id)} - {""}:
            self._by_number[number].append(pid)
        for surname in surname_keys(tokens(am.surname)[0]) if tokens(am.surname) else ():
            self._by_surname[surname].append(pid)
        for serial in am.implant_serials:
            self._by_serial[serial].append(pid)

    @staticmethod
    def _given_matches(am: AmProfile, givens: frozenset[str], initials: frozenset[str]) -> bool:
        keys = name_keys("", am.given_names, "")
        if not keys.given:
            return True
        return keys.given in givens or any(
            given_level(name_keys("", f"{letter}.", ""), keys) == Level.INITIAL for letter in initials
        )

    def blocked(self, pm: PmProfile) -> set[uuid.UUID]:
        """Persons a DNA result, a number or name on the tag, or an implant serial names: always
        scored in full, whatever their estimates say."""
        found: set[uuid.UUID] = set(self._dna_by_case.get(pm.case_id, ()))
        if pm.id_text:
            for number in id_tag_numbers(pm.id_text):
                found.update(self._by_number.get(number, ()))
            _surnames, givens, initials = tag_words(pm.id_text)
            for word in tokens(pm.id_text):
                if len(word) <= 2:
                    continue
                named = [pid for key in surname_keys(word) for pid in self._by_surname.get(key, ())]
                if initials or givens:
                    # "Коваленко О." or "Коваленко Олександр": the given name narrows a common surname
                    named = [pid for pid in named if self._given_matches(self.profiles[pid], givens, initials)]
                found.update(named)
        for serial in pm.implant_serials:
            found.update(self._by_serial.get(serial, ()))
        return found

    def score(self, pm: PmProfile, person_id: uuid.UUID, *, explain: bool = True) -> Scored:
        dna = self.dna.get((pm.case_id, person_id), ())
        return score_pair(
            pm, self.profiles[person_id], dna, self.thresholds, explain=explain, frequencies=self.frequencies
        )

    def _best(self, pm: PmProfile, persons: Iterable[uuid.UUID], limit: int) -> list[Scored]:
        """Score quietly, keep the best, then explain those."""
        scored = [self.score(pm, pid, explain=False) for pid in persons]
        scored.sort(key=lambda s: (s.excluded, -s.score, self.profiles[s.person_id].external_id))
        return [self.score(pm, s.person_id) for s in scored[:limit]]

    def rank(self, pm: PmProfile, limit: int = 10) -> Ranking:
        """The case's candidates, best first; excluded candidates after every other."""
        persons, considered = self._shortlist(pm)
        return Ranking(pm.case_id, pm.case_number, self._best(pm, persons, limit), considered)

    def rank_all_pairs(self, pm: PmProfile, limit: int = 10) -> Ranking:
        """Every person scored: the baseline the blocks are measured against."""
        return Ranking(pm.case_id, pm.case_number, self._best(pm, self.profiles, limit), len(self.profiles))
