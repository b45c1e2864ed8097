"""Candidate generation: which missing persons are worth scoring against a remains case.

Scoring every case against every missing person (6,000 x 50,000) is hours of work, and
most of those pairs share nothing. A person becomes a candidate for a case only through
a block: a DNA result, a number or name on an ID tag or document, an implant serial,
two restored teeth in the same places, a rare word of a tattoo, or the settlement they
were last seen in together with a compatible sex, age and stature.
"""

from __future__ import annotations

import itertools
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from models.core.enums import MarkKind, Sex, ToothState
from models.core.identifiers import service_key
from models.names.engine import Level, given_level, name_keys
from models.names.keys import surname_keys, tokens
from models.remains.dental import RESTORED
from models.remains.dto import AmProfile, DnaEvidence, PmProfile, Ranking, Scored, Thresholds
from models.remains.marks import words
from models.remains.scoring import age_at_death, id_tag_numbers, score_pair, settlement, tag_words

COMMON_WORD = 300  # a tattoo word shared by more persons than this blocks nothing
AGE_SLACK = 5
STATURE_SLACK_CM = 8
MAX_MARKED_LOOKUP = 12  # C(12, 2) + C(12, 3) + C(12, 4) = 781 lookups per case at most

# Teeth a dentist's record or an examination sets apart: restored or lost in life.
_MARKED = RESTORED | {ToothState.MISSING}


def marked_teeth(chart: Mapping[int, ToothState]) -> list[int]:
    return sorted(t for t, s in chart.items() if s in _MARKED)


def _key_size(marked: int) -> int:
    """Keys grow with the number of marked teeth so that each stays rare: any given pair
    is marked in about one person in fifty, a triple in one in three hundred, four in
    one in two thousand."""
    return 2 if marked == 2 else 3 if marked <= 4 else 4


def _dental_keys(marked: list[int]) -> Iterable[tuple[int, ...]]:
    """A person's dental blocking keys. Dental work and loss only accumulate, so the teeth
    marked in life are marked in death too (unless the examination could not chart them):
    any combination of the PM marked teeth of the right size finds the person."""
    if len(marked) < 2 or len(marked) > 16:
        return []
    return itertools.combinations(marked, _key_size(len(marked)))


class CandidateIndex:
    """The AM profiles of every missing person, held in the blocks that find candidates."""

    def __init__(
        self,
        profiles: Iterable[AmProfile],
        dna: Mapping[tuple[uuid.UUID, uuid.UUID], Sequence[DnaEvidence]] | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:
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
        self._by_teeth: dict[tuple[int, ...], list[uuid.UUID]] = defaultdict(list)
        self._by_word: dict[str, list[uuid.UUID]] = defaultdict(list)
        self._by_place: dict[str, list[uuid.UUID]] = defaultdict(list)
        for profile in profiles:
            self._add(profile)

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
        for key in _dental_keys(marked_teeth(am.dental)):
            self._by_teeth[key].append(pid)
        for word in {w for m in am.marks if m.kind is MarkKind.TATTOO for w in words(m.description)}:
            self._by_word[word].append(pid)
        place = settlement(am.last_seen_place)
        if place:
            self._by_place[place].append(pid)

    def _physically_possible(self, pm: PmProfile, am: AmProfile) -> bool:
        if Sex.UNKNOWN not in (pm.sex, am.sex) and pm.sex is not am.sex:
            return False
        ages = age_at_death(am, pm)
        if ages is not None:
            low, high = ages
            if pm.age_min is not None and high < pm.age_min - AGE_SLACK:
                return False
            if pm.age_max is not None and low > pm.age_max + AGE_SLACK:
                return False
        if am.stature_cm is not None:
            if pm.stature_min_cm is not None and am.stature_cm < pm.stature_min_cm - STATURE_SLACK_CM:
                return False
            if pm.stature_max_cm is not None and am.stature_cm > pm.stature_max_cm + STATURE_SLACK_CM:
                return False
        return True

    @staticmethod
    def _given_matches(am: AmProfile, givens: frozenset[str], initials: frozenset[str]) -> bool:
        keys = name_keys("", am.given_names, "")
        if not keys.given:
            return True
        return keys.given in givens or any(
            given_level(name_keys("", f"{letter}.", ""), keys) == Level.INITIAL for letter in initials
        )

    def blocked(self, pm: PmProfile) -> set[uuid.UUID]:
        """Every person sharing at least one block with the case."""
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
        marked = marked_teeth(pm.dental)
        if len(marked) <= MAX_MARKED_LOOKUP:
            for size in (2, 3, 4):
                for key in itertools.combinations(marked, size):
                    found.update(self._by_teeth.get(key, ()))
        for word in {w for m in pm.marks if m.kind is MarkKind.TATTOO for w in words(m.description)}:
            posting = self._by_word.get(word, ())
            if len(posting) <= COMMON_WORD:
                found.update(posting)
        place = settlement(pm.recovery_place)
        if place:
            found.update(
                pid for pid in self._by_place.get(place, ()) if self._physically_possible(pm, self.profiles[pid])
            )
        return found

    def score(self, pm: PmProfile, person_id: uuid.UUID, *, explain: bool = True) -> Scored:
        dna = self.dna.get((pm.case_id, person_id), ())
        return score_pair(pm, self.profiles[person_id], dna, self.thresholds, explain=explain)

    def _best(self, pm: PmProfile, persons: Iterable[uuid.UUID], limit: int) -> list[Scored]:
        """Score quietly, keep the best, then explain those."""
        scored = [self.score(pm, pid, explain=False) for pid in persons]
        scored.sort(key=lambda s: (s.excluded, -s.score, self.profiles[s.person_id].external_id))
        return [self.score(pm, s.person_id) for s in scored[:limit]]

    def rank(self, pm: PmProfile, limit: int = 10) -> Ranking:
        """The case's candidates, best first; excluded candidates after every other."""
        persons = [pid for pid in self.blocked(pm) if pid in self.profiles]
        return Ranking(pm.case_id, pm.case_number, self._best(pm, persons, limit), len(persons))

    def rank_all_pairs(self, pm: PmProfile, limit: int = 10) -> Ranking:
        """Every person scored: the baseline the blocks are measured against."""
        return Ranking(pm.case_id, pm.case_number, self._best(pm, self.profiles, limit), len(self.profiles))
