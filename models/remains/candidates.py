"""Candidate generation: which missing persons are scored against a remains case.

The right person must never be lost before scoring: a candidate list without him cannot be
rescued by any board (issue 13). So every missing person *compatible* with the remains — the
sex not contradicted, the age at death and the stature within the estimates widened as far as
they alone cannot exclude him (a value not known on either side widens its window to
everything), no tooth lost in life present in death — is a candidate, and so is every person a
block names whatever his estimates say: a DNA result, a number or name on an ID tag or
document, an implant serial.

Scoring every compatible person in Python (6,000 cases x 50,000 persons) would take hours, so
the compatible are scored at once, by a compiled loop over arrays (``bulk``, ``_Vectors``), on
the full score's terms that can be computed in bulk (sex, age at death, stature, restored and
missing teeth, marks by kind and place, tattoo motifs and words, the settlement last seen in),
and the best of them, with every blocked person, are then scored in full (``score_pair``); the
best of those are explained.
"""

from __future__ import annotations

import dataclasses
import heapq
import math
import threading
import uuid
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from models.core.common import bulk_work
from models.core.enums import MarkKind, Sex, ToothState
from models.core.forked import may_fork, run_forked
from models.core.identifiers import service_key
from models.core.partial_date import PartialDate
from models.names.engine import name_keys
from models.names.equivalents import prepare as prepare_name_tables
from models.names.keys import surname_keys, tokens
from models.remains import bulk
from models.remains.body import place_of
from models.remains.dental import CONCORDANT_MISSING, CONCORDANT_RESTORED, EXCLUDING, RESTORED, TEETH
from models.remains.dto import AmProfile, DnaEvidence, Evidence, Mark, PmProfile, Ranking, Scored, Thresholds
from models.remains.marks import WEIGHTS
from models.remains.motifs import content
from models.remains.scoring import (
    AGE_FITS,
    AGE_NEAR_YEARS,
    AGE_PER_YEAR_FAR,
    AGE_PER_YEAR_NEAR,
    INITIAL_LEVEL,
    SEX_AGREES,
    STATURE_CAP,
    STATURE_FITS,
    STATURE_PER_CM,
    TYPICAL_FREQUENCIES,
    Frequencies,
    PendingScore,
    given_on_tag,
    id_tag_numbers,
    namesakes_of,
    score_deferred,
    settlement,
    stature_window,
    surname_words,
    tag_key_parts,
    tag_words,
)

BULK_SCORED = 15  # compatible persons scored in full after the bulk scoring, besides the blocked
# Compatible: not excluded by the age at death alone (its weight reaches the exclusion bound 14
# years outside the estimate) and within 15 cm of the stature estimate (4 standard errors).
AGE_SLACK = 13
STATURE_SLACK_CM = 15

_TOOTH_BIT = {tooth: 1 << n for n, tooth in enumerate(TEETH)}
_LOST = frozenset({ToothState.MISSING})
_GONE = frozenset({ToothState.MISSING, ToothState.BRIDGE, ToothState.IMPLANT})
_PRESENT = frozenset({ToothState.PRESENT})
_SEX_CODE = {Sex.MALE: 1, Sex.FEMALE: 2}  # 0: not determined
_SEX_ORDER = {1: 0, 0: 1, 2: 2}  # the order of the rows: men, unknown, women
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
    places: dict[MarkKind, int] = {}
    tattoo = 0
    for m in marks:
        if m.kind is MarkKind.OTHER:
            continue
        # a mark placed nowhere shares the empty place with another of its kind (mark_similarity
        # compares their descriptions, or counts them alike)
        places[m.kind] = places.get(m.kind, 0) | _bits((place_of(m.body_location).region,))
        if m.kind is MarkKind.TATTOO:
            motifs, kept = content(m.kind, m.description)
            tattoo |= _bits(motifs) | _bits(w[:5] for w in kept if not w.endswith("*"))
    return places, tattoo


# Kinds whose kind and region alone speak for a person in the bulk score, with the weight
# mark_similarity gives them there when nothing else is compared: a scar, a birthmark or a lost
# part in the same place counts in full, a tattoo without its motif half (its motif adds more).
_BULK_KINDS: tuple[MarkKind, ...] = tuple(k for k in MarkKind if k is not MarkKind.OTHER)
_PLACE_WEIGHTS: dict[MarkKind, float] = {k: WEIGHTS[k] * (0.5 if k is MarkKind.TATTOO else 1.0) for k in _BULK_KINDS}


# The bulk score in single precision (half the memory to stream through, twice the numbers per
# instruction); dates as years since 1900, to the hour. It only chooses whom to score in full: a
# gap of whole years may round one year off where score_pair, counting by the calendar, does not.
_FLOAT = np.float32
_EPOCH = 693596  # dt.date(1900, 1, 1).toordinal()


def _year(ordinal: float) -> float:
    return (ordinal - _EPOCH) / _DAYS_PER_YEAR


def _years(ordinals: list[float]) -> np.ndarray:
    return np.asarray((np.array(ordinals) - _EPOCH) / _DAYS_PER_YEAR, dtype=_FLOAT)


def _ordinal(value: PartialDate | None, latest: bool) -> float:
    if value is None:
        return math.nan
    return float((value.latest() if latest else value.earliest()).toordinal())


class _Vectors:
    """The missing persons' AM data as arrays, one row per person, for bulk comparison
    (``bulk.scored``: about 0.4 ms a case for 50,000 persons).

    Dates are kept in years (days / 365.2425) so that an age at death is one subtraction."""

    def __init__(self, profiles: Sequence[AmProfile]) -> None:
        # men, then persons of unknown sex, then women: the persons a sexed case is compared
        # with are one slice (half the work; ``_part``)
        profiles = sorted(profiles, key=lambda am: _SEX_ORDER[_SEX_CODE.get(am.sex, 0)])
        codes = [_SEX_CODE.get(am.sex, 0) for am in profiles]
        self.unknown_from, self.unknown_to = codes.count(1), len(codes) - codes.count(2)
        self.ids = [am.person_id for am in profiles]
        self.row = {pid: n for n, pid in enumerate(self.ids)}
        self.sex = np.array(codes, dtype=np.int8)
        born_first = _years([_ordinal(am.date_of_birth, False) for am in profiles])
        born_last = _years([_ordinal(am.date_of_birth, True) for am in profiles])
        seen = _years([_ordinal(am.last_seen_date, False) for am in profiles])
        self.seen_known = ~np.isnan(seen)
        self.dob_known = (~np.isnan(born_first)).astype(_FLOAT)  # 1.0 / 0.0: a weight's factor
        self.born_first = born_first
        # the youngest a person can have been at death is (last seen - born at the latest) - 1,
        # or, not seen since a known day, (the earliest recovery - born at the latest) - 1
        self.lived = seen - born_last  # NaN where either is unknown
        self.born_last_unseen = np.where(self.seen_known, np.nan, born_last).astype(_FLOAT)
        self.stature = np.array([math.nan if am.stature_cm is None else am.stature_cm for am in profiles], _FLOAT)
        self.stature_known = (~np.isnan(self.stature)).astype(_FLOAT)
        self.missing = np.array([_teeth_mask(am.dental, _LOST) for am in profiles], dtype=np.uint64)
        self.restored = np.array([_teeth_mask(am.dental, RESTORED) for am in profiles], dtype=np.uint64)
        keys = [_mark_keys(am.marks) for am in profiles]
        self.places = np.array([[k[0].get(kind, 0) for k in keys] for kind in _BULK_KINDS], dtype=np.uint64)
        self.place_weights = np.array([_PLACE_WEIGHTS[kind] for kind in _BULK_KINDS])
        self.tattoo = np.array([k[1] for k in keys], dtype=np.uint64)
        self.settlements: dict[str, int] = {}
        self.settlement = np.array(
            [
                self.settlements.setdefault(p, len(self.settlements)) if (p := settlement(am.last_seen_place)) else -1
                for am in profiles
            ],
            dtype=np.int64,
        )
        self._local = threading.local()
        # compiled now (or read from numba's cache), before any ranking and before a fork
        bulk.best(self.scored(PmProfile(uuid.UUID(int=0), ""), TYPICAL_FREQUENCIES)[1], BULK_SCORED)

    def _part(self, pm: PmProfile) -> slice:
        """The rows of the persons whose sex the remains' does not contradict."""
        sex = _SEX_CODE.get(pm.sex, 0)
        return slice(0 if sex != 2 else self.unknown_from, self.unknown_to if sex == 1 else len(self.ids))

    def compatible(self, pm: PmProfile) -> np.ndarray:
        """Row numbers of the persons compatible with the remains: the sex not contradicted,
        the age at death and the stature within the estimates widened by ``AGE_SLACK`` and
        ``STATURE_SLACK_CM`` (an unknown on either side excludes nobody), no tooth lost in life
        present in death."""
        rows, _score = self.scored(pm, TYPICAL_FREQUENCIES)
        return rows.copy()

    def scored(self, pm: PmProfile, frequencies: Frequencies) -> tuple[np.ndarray, np.ndarray]:
        """(row numbers of the persons compatible with the remains, ascending; their bulk scores):
        the full score's terms that can be computed in bulk (``score_pair``'s weights: sex, age
        at death, stature, teeth concordant or excluding, marks of a kind in one region, tattoo
        motifs and words, the settlement last seen in), for choosing whom to score in full.

        Both arrays are views of this thread's buffers, good until its next call."""
        case = np.zeros(bulk.CASE_SIZE)
        part = self._part(pm)
        case[bulk.START], case[bulk.STOP] = part.start, part.stop
        if pm.recovery_date is not None and (pm.age_min, pm.age_max) != (None, None):
            case[bulk.AGED] = 1
            if pm.age_min is not None:  # too young: age_min - (recovered - born_first) > slack
                case[bulk.HAS_MIN] = 1
                case[bulk.UNDER_BASE] = _year(pm.recovery_date.latest().toordinal()) - pm.age_min
            if pm.age_max is not None:  # too old: the youngest he can have died, - age_max > slack + 1
                case[bulk.HAS_MAX] = 1
                case[bulk.OVER_BASE] = _year(pm.recovery_date.earliest().toordinal())
                case[bulk.AGE_MAX] = pm.age_max
        case[bulk.AGE_SLACK] = AGE_SLACK
        case[bulk.AGE_FITS], case[bulk.AGE_NEAR], case[bulk.AGE_FAR] = AGE_FITS, AGE_PER_YEAR_NEAR, AGE_PER_YEAR_FAR
        case[bulk.AGE_NEAR_YEARS] = AGE_NEAR_YEARS
        if pm.stature_min_cm is not None:
            case[bulk.LOW_ON], case[bulk.LOW] = 1, pm.stature_min_cm - STATURE_SLACK_CM
        if pm.stature_max_cm is not None:
            case[bulk.HIGH_ON], case[bulk.HIGH] = 1, pm.stature_max_cm + STATURE_SLACK_CM
        if (pm.stature_min_cm, pm.stature_max_cm) != (None, None):
            shortest, tallest = stature_window(pm.stature_min_cm, pm.stature_max_cm)
            half = (tallest - shortest) / 2
            case[bulk.STATURE_ON], case[bulk.MIDDLE], case[bulk.HALF] = 1, (shortest + tallest) / 2, half
            case[bulk.OPEN_ENDED] = half > 50  # open-ended: only outside the window counts
        case[bulk.STATURE_FITS], case[bulk.STATURE_PER_CM], case[bulk.STATURE_CAP] = (
            STATURE_FITS,
            STATURE_PER_CM,
            STATURE_CAP,
        )
        case[bulk.SEX], case[bulk.SEX_WEIGHT] = _SEX_CODE.get(pm.sex, 0), SEX_AGREES
        key = settlement(pm.recovery_place) if pm.recovery_place else ""
        case[bulk.SETTLEMENT] = self.settlements.get(key, -1) if key else -1
        if case[bulk.SETTLEMENT] >= 0:
            case[bulk.SETTLEMENT_WEIGHT] = frequencies.place_weight(key)
        case[bulk.TATTOO_WEIGHT] = WEIGHTS[MarkKind.TATTOO]
        case[bulk.RESTORED_WEIGHT], case[bulk.PRESENT_WEIGHT] = CONCORDANT_RESTORED, EXCLUDING
        case[bulk.LOST_WEIGHT] = CONCORDANT_MISSING
        masks = np.zeros(bulk.MASK_SIZE, np.uint64)
        # a tooth lost in life is not present in death, unless the next tooth in its quadrant is
        # gone in death (the record may have charted it one place off; ``dental._on_next_tooth``)
        present = _teeth_mask(pm.dental, _PRESENT)
        masks[bulk.MASK_UNEXPLAINED] = present & ~_next_teeth(_teeth_mask(pm.dental, _GONE))
        masks[bulk.MASK_RESTORED] = _teeth_mask(pm.dental, RESTORED)
        masks[bulk.MASK_PRESENT] = present
        masks[bulk.MASK_LOST] = _teeth_mask(pm.dental, _LOST)
        places, masks[bulk.MASK_TATTOO] = _mark_keys(pm.marks)
        place_bits = np.array([places.get(kind, 0) for kind in _BULK_KINDS], np.uint64)
        buffers = self._buffers()
        found = bulk.scored(
            case,
            masks,
            place_bits,
            self.place_weights,
            self.born_first,
            self.lived,
            self.born_last_unseen,
            self.dob_known,
            self.stature,
            self.stature_known,
            self.missing,
            self.restored,
            self.places,
            self.tattoo,
            self.sex,
            self.settlement,
            *buffers,
        )
        return buffers[0][:found], buffers[1][:found]

    def _buffers(self) -> tuple[np.ndarray, np.ndarray]:
        """This thread's (rows, scores) buffers for ``bulk.scored`` (a GUI ranks on a worker
        thread while another may rank too)."""
        buffers: tuple[np.ndarray, np.ndarray] | None = getattr(self._local, "buffers", None)
        if buffers is None:
            buffers = self._local.buffers = (np.empty(len(self.ids), np.int64), np.empty(len(self.ids), _FLOAT))
        return buffers


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
        with bulk_work():  # tens of thousands of profiles in blocks
            for profile in profiles:
                self._add(profile)
            counted = frequencies or Frequencies.of(self.profiles.values())
        # the persons an ID tag's name fits are counted from the blocks, for each tag when first scored
        self.frequencies = counted if counted.tags else dataclasses.replace(counted, tags=_TagNamesakes(self))
        self._vectors: _Vectors | None = None  # built on the first ranking

    def _bulk(self) -> _Vectors:
        if self._vectors is None or len(self._vectors.ids) != len(self.profiles):
            with bulk_work():
                self._vectors = _Vectors(list(self.profiles.values()))
        return self._vectors

    def candidates(self, pm: PmProfile) -> set[uuid.UUID]:
        """Every person scored for the case before any truncation: the blocked and the compatible."""
        vectors = self._bulk()
        return self.blocked(pm) | {vectors.ids[r] for r in vectors.compatible(pm).tolist()}

    def _shortlist(self, pm: PmProfile) -> tuple[set[uuid.UUID], int]:
        """The persons scored in full — every one a block names, and the compatible with the
        best bulk scores — and how many were considered in all."""
        blocked = {pid for pid in self.blocked(pm) if pid in self.profiles}
        vectors = self._bulk()
        rows, score = vectors.scored(pm, self.frequencies)
        # rows are in ascending order: a blocked person is among them where a search finds him
        blocked_rows = np.array([vectors.row[pid] for pid in blocked], dtype=rows.dtype)
        found = np.searchsorted(rows, blocked_rows)
        among = rows[np.minimum(found, len(rows) - 1)] == blocked_rows if len(rows) else np.zeros(len(blocked), bool)
        considered = len(rows) + int(np.count_nonzero(~among))
        return blocked | {vectors.ids[r] for r in rows[bulk.best(score, BULK_SCORED)].tolist()}, considered

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

    def _named(self, text: str) -> set[uuid.UUID]:
        """Persons whose surname a word of an ID tag's or document's text may be."""
        return set().union(*(self._of_surname(word) for word in surname_words(text)))

    def _of_surname(self, word: str) -> set[uuid.UUID]:
        """Persons whose surname ``word`` may be (any of its keys in either language)."""
        return {pid for key in surname_keys(word) for pid in self._by_surname.get(key, ())}

    def blocked(self, pm: PmProfile) -> set[uuid.UUID]:
        """Persons a DNA result, a number or name on the tag, or an implant serial names: always
        scored in full, whatever their estimates say."""
        found: set[uuid.UUID] = set(self._dna_by_case.get(pm.case_id, ()))
        if pm.id_text:
            for number in id_tag_numbers(pm.id_text):
                found.update(self._by_number.get(number, ()))
            _surnames, givens, initials = tag_words(pm.id_text)
            named = self._named(pm.id_text)
            if initials or givens:
                # "Коваленко О." or "Коваленко Олександр": the given name narrows a common surname,
                # read as the score reads it (a person with no given name is kept)
                named = {pid for pid in named if self._given_fits(pm.id_text, self.profiles[pid])}
            found.update(named)
        for serial in pm.implant_serials:
            found.update(self._by_serial.get(serial, ()))
        return found

    @staticmethod
    def _given_fits(text: str, am: AmProfile) -> bool:
        keys = name_keys("", am.given_names, "")
        return not keys.given or given_on_tag(text, keys)[0] >= INITIAL_LEVEL

    def score(self, pm: PmProfile, person_id: uuid.UUID, *, explain: bool = True) -> Scored:
        pending = self._score(pm, person_id)
        return pending.explained() if explain else pending.quiet()

    def _score(self, pm: PmProfile, person_id: uuid.UUID) -> PendingScore:
        dna = self.dna.get((pm.case_id, person_id), ())
        return score_deferred(pm, self.profiles[person_id], dna, self.thresholds, frequencies=self.frequencies)

    def _best(self, pm: PmProfile, persons: Iterable[uuid.UUID], limit: int) -> list[Scored]:
        """The best ``limit`` of ``persons``, explained (only they are). Only the best so far are
        held while the rest are scored: held, all 50,000 persons' explanations-to-be made the
        garbage collector's passes cost more than the scoring."""
        best = heapq.nsmallest(
            limit,
            (self._score(pm, pid) for pid in persons),
            key=lambda s: (s.excluded, -s.score, self.profiles[s.person_id].external_id),
        )
        return [pending.explained() for pending in best]

    def rank(self, pm: PmProfile, limit: int = 10) -> Ranking:
        """The case's candidates, best first; excluded candidates after every other."""
        persons, considered = self._shortlist(pm)
        return Ranking(pm.case_id, pm.case_number, self._best(pm, persons, limit), considered)

    def rank_many(
        self,
        cases: Sequence[tuple[PmProfile, int]],
        *,
        workers: int = 1,
        progress: Callable[[int, int], bool] | None = None,
    ) -> list[Ranking]:
        """``rank(pm, limit)`` of each ``(pm, limit)``, in order, on up to ``workers`` processes.

        Several workers are used only where a process can be forked without risk (Linux, no
        other Python thread running: a command line, not the GUI) and the cases are many;
        each worker inherits the index (nothing is copied or pickled but the rankings).
        ``progress(done, total)`` is asked between chunks; False stops: the rankings made so
        far are returned.

        The garbage collector is paused meanwhile (``bulk_work``), here and so in the workers
        it forks: its passes over the index's objects cost more than the rankings they
        interrupt, and in a worker they would write to every page it shares with this process."""
        chunks = [list(cases[n : n + _CHUNK]) for n in range(0, len(cases), _CHUNK)]
        ranked: list[Ranking] = []
        with bulk_work():
            if workers > 1 and len(cases) >= 2 * _CHUNK and may_fork():
                stopped = self._rank_forked(chunks, ranked, workers, len(cases), progress)
                if stopped:
                    return ranked
                chunks = chunks[len(ranked) // _CHUNK :]  # a worker died (out of memory?): the rest here
            for chunk in chunks:
                ranked.extend(self.rank(pm, limit) for pm, limit in chunk)
                if progress is not None and not progress(len(ranked), len(cases)):
                    break
        return ranked

    def _rank_forked(
        self,
        chunks: list[list[tuple[PmProfile, int]]],
        ranked: list[Ranking],
        workers: int,
        total: int,
        progress: Callable[[int, int], bool] | None,
    ) -> bool:
        """Rank ``chunks`` on forked workers into ``ranked``, in order: True when done or
        stopped by ``progress``, False when a worker died (``ranked`` holds the chunks before)."""
        # built once, before the fork, not once in each worker: the vectors, the compiled bulk
        # score, the name tables a tag's words are read with (a second each, in every worker)
        ids = self._bulk().ids
        prepare_name_tables()
        stopped = False

        def take(n: int, packed: list[_Packed]) -> bool:
            nonlocal stopped
            ranked.extend(_unpacked(pm, p, ids) for (pm, _limit), p in zip(chunks[n], packed, strict=True))
            stopped = progress is not None and not progress(len(ranked), total)
            return not stopped

        taken = run_forked(self, _rank_chunk, chunks, workers, take)
        return stopped or taken == len(chunks)

    def rank_all_pairs(self, pm: PmProfile, limit: int = 10) -> Ranking:
        """Every person scored: the baseline the blocks are measured against."""
        return Ranking(pm.case_id, pm.case_number, self._best(pm, self.profiles, limit), len(self.profiles))


_CHUNK = 50  # cases a worker ranks between two reports of progress


# A ranking as a worker sends it: (persons considered, [(the person's row, score, evidence as
# tuples)]). Plain tuples and row numbers unpickle ten times faster than the dataclasses and
# UUIDs they stand for, and the parent unpickles every worker's rankings alone.
_Packed = tuple[int, list[tuple[int, float, tuple[tuple[str, float, str, str], ...]]]]


def _rank_chunk(index: CandidateIndex, chunk: list[tuple[PmProfile, int]]) -> list[_Packed]:
    rows = index._bulk().row
    packed = []
    for pm, limit in chunk:
        ranking = index.rank(pm, limit)
        packed.append(
            (
                ranking.considered,
                [
                    (rows[s.person_id], s.score, tuple((e.kind, e.weight, e.detail, e.detail_uk) for e in s.evidence))
                    for s in ranking.candidates
                ],
            )
        )
    return packed


def _unpacked(pm: PmProfile, packed: _Packed, ids: Sequence[uuid.UUID]) -> Ranking:
    considered, candidates = packed
    return Ranking(
        pm.case_id,
        pm.case_number,
        [Scored(ids[row], score, tuple(Evidence(*e) for e in evidence)) for row, score, evidence in candidates],
        considered,
    )


class _TagNamesakes(Mapping[str, Mapping[int, int]]):
    """``Frequencies.tags`` of an index: how many of its persons of a surname a tag's name fits,
    counted when a tag is first asked for (a registry of 50,000 has thousands of tags' namesakes to
    count, a ranking needs its case's)."""

    def __init__(self, index: CandidateIndex) -> None:
        self._index = index
        self._counted: dict[str, Mapping[int, int]] = {}

    def __getitem__(self, key: str) -> Mapping[int, int]:
        if key not in self._counted:
            text, word = tag_key_parts(key)
            profiles = self._index.profiles
            named = self._index._of_surname(word)
            self._counted[key] = namesakes_of(text, ((profiles[p].given_names, profiles[p].patronymic) for p in named))
        return self._counted[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._counted)

    def __len__(self) -> int:
        return len(self._counted)
