"""Remains identification: candidates for 6,000 cases against 50,000 missing persons,
beside scoring every pair (the baseline, measured on a sample of cases in the same run
and scaled), per-case ranking time, and top-1 / top-5 accuracy with and without DNA.

Two figures say what can silently go wrong (issue 13): *candidate recall*, the share of
cases whose true person reaches scoring at all (a person the blocks drop cannot be
rescued by any board), and the ranking beside a simple all-pairs scorer (``simple_scorer``,
the issue's twenty lines) on the same cases."""

from __future__ import annotations

import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable

from models.core.enums import Sex, ToothState
from models.remains.candidates import CandidateIndex
from models.remains.dental import RESTORED
from models.remains.dto import AmProfile, PmProfile
from models.remains.scoring import age_at_death
from tests.benchmarks.common import report
from tests.benchmarks.remains_generator import EvaluationSet, generate

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
CASES = int(sys.argv[2]) if len(sys.argv) > 2 else 6_000
ALL_PAIRS_SAMPLE = 20


SIMPLE_SAMPLE = 150  # cases the all-pairs simple scorer ranks (every person each): scaled figures


def simple_scorer(pm: PmProfile, persons: list[AmProfile]) -> list[uuid.UUID]:
    """The issue's all-pairs baseline: persons of the other sex or outside the age range by more
    than 2 years skipped, and dental exclusions (a tooth lost in life present in death); the
    stature difference / 5 subtracted; 3 per identical mark, 2 per concordant restored or
    missing tooth. Person ids best first."""
    scored: list[tuple[float, str, uuid.UUID]] = []
    pm_marks = {(m.kind, m.body_location.casefold(), m.description.casefold()) for m in pm.marks}
    middle = (
        (pm.stature_min_cm + pm.stature_max_cm) / 2
        if pm.stature_min_cm is not None and pm.stature_max_cm is not None
        else None
    )
    for am in persons:
        if Sex.UNKNOWN not in (pm.sex, am.sex) and pm.sex is not am.sex:
            continue
        ages = age_at_death(am, pm)
        known = ages is not None and pm.age_min is not None and pm.age_max is not None
        if known and (ages[1] < pm.age_min - 2 or ages[0] > pm.age_max + 2):  # type: ignore[index,operator]
            continue
        if any(
            state is ToothState.MISSING and pm.dental.get(t) is ToothState.PRESENT for t, state in am.dental.items()
        ):
            continue
        score = 0.0
        if middle is not None and am.stature_cm is not None:
            score -= abs(am.stature_cm - middle) / 5
        score += 3 * sum((m.kind, m.body_location.casefold(), m.description.casefold()) in pm_marks for m in am.marks)
        for tooth, state in am.dental.items():
            other = pm.dental.get(tooth)
            if other is not None and (
                (state in RESTORED and other in RESTORED) or (state is ToothState.MISSING and other is state)
            ):
                score += 2
        scored.append((-score, am.external_id, am.person_id))
    scored.sort()
    return [pid for _score, _external, pid in scored]


def recall_and_simple(index: CandidateIndex, data: EvaluationSet) -> dict[str, float]:
    """Candidate recall over every registered case; top-1 / top-5 of the engine and of the
    simple scorer on the same sample of cases."""
    registered = [c for c in data.cases if data.truth[c.case_id] is not None]
    reached = sum(data.truth[c.case_id] in index.candidates(c) for c in registered)
    sample = registered[:: max(1, len(registered) // SIMPLE_SAMPLE)][:SIMPLE_SAMPLE]
    persons = list(index.profiles.values())
    figures = {"recall": reached / max(1, len(registered)), "sample": float(len(sample))}

    def engine(case: PmProfile) -> list[uuid.UUID]:
        return [s.person_id for s in index.rank(case, 5).candidates]

    def simple(case: PmProfile) -> list[uuid.UUID]:
        return simple_scorer(case, persons)[:5]

    rankers: tuple[tuple[str, Callable[[PmProfile], list[uuid.UUID]]], ...] = (("engine", engine), ("simple", simple))
    for name, ranked in rankers:
        tops = [(ranked(c), data.truth[c.case_id]) for c in sample]
        figures[f"{name}_top1"] = sum(ids[:1] == [t] for ids, t in tops) / max(1, len(sample))
        figures[f"{name}_top5"] = sum(t in ids for ids, t in tops) / max(1, len(sample))
    return figures


def accuracy(index: CandidateIndex, data: EvaluationSet) -> dict[str, float]:
    top1 = top5 = registered = 0
    with_tag_or_dna = tag_or_dna_right = 0
    strangers = strangers_matched = 0
    stranger_tops: list[float] = []
    true_firsts: list[float] = []
    for case in data.cases:
        ranked = index.rank(case, 5).candidates
        truth = data.truth[case.case_id]
        if truth is None:
            strangers += 1
            strangers_matched += bool(ranked) and ranked[0].score >= 50 and not ranked[0].excluded
            if ranked:
                stranger_tops.append(ranked[0].score)
            continue
        if ranked and ranked[0].person_id == truth:
            true_firsts.append(ranked[0].score)
        registered += 1
        ids = [s.person_id for s in ranked]
        top1 += ids[:1] == [truth]
        top5 += truth in ids
        number = index.profiles[truth].service_number
        strong = (case.case_id, truth) in index.dna or bool(number and number in case.id_text)
        if strong:
            with_tag_or_dna += 1
            tag_or_dna_right += ids[:1] == [truth]
    return {
        "top1": top1 / registered,
        "top5": top5 / registered,
        "strong_top1": tag_or_dna_right / max(1, with_tag_or_dna),
        "strong": with_tag_or_dna,
        "strangers_false": strangers_matched / max(1, strangers),
        # a stranger whose best candidate scores as high as the right person typically does when
        # he is first: the share a clerk could mistake for a match (not only above an absolute 50)
        "strangers_alike": sum(s >= statistics.median(true_firsts) for s in stranger_tops) / max(1, strangers)
        if true_firsts
        else 0.0,
    }


def main() -> None:
    print(f"\nRemains identification: {CASES:,} cases against {PERSONS:,} missing persons")
    started = time.perf_counter()
    data = generate(PERSONS, CASES)
    print(f"  (evaluation set generated in {time.perf_counter() - started:.1f} s)")

    # As `remains candidates --all` does it, on a fresh index: its arrays, the compiled bulk score
    # and every cache made inside the time.
    workers = os.cpu_count() or 1
    started = time.perf_counter()
    index = CandidateIndex(data.persons, data.dna)
    build = time.perf_counter() - started
    index.rank_many([(case, 10) for case in data.cases], workers=workers)
    blocked = time.perf_counter() - started - build
    # Again on the same index, as the first releases measured it (the 39.7 s): arrays,
    # compiled score and the names' tables made, the caches of this process filled.
    started = time.perf_counter()
    index.rank_many([(case, 10) for case in data.cases], workers=workers)
    again = time.perf_counter() - started

    # As the GUI does it, a case at a time on one process, again from a fresh index.
    per_case = []
    considered = 0
    started = time.perf_counter()
    single = CandidateIndex(data.persons, data.dna)
    for case in data.cases:
        t = time.perf_counter()
        considered += single.rank(case, 10).considered
        per_case.append(time.perf_counter() - t)
    one_process = time.perf_counter() - started
    del single

    sample = data.cases[:: max(1, len(data.cases) // ALL_PAIRS_SAMPLE)][:ALL_PAIRS_SAMPLE]
    started = time.perf_counter()
    right_all = right_blocked = 0
    for case in sample:
        truth = data.truth[case.case_id]
        right_all += [s.person_id for s in index.rank_all_pairs(case, 1).candidates] == [truth]
        right_blocked += [s.person_id for s in index.rank(case, 1).candidates] == [truth]
    all_pairs = (time.perf_counter() - started) / len(sample) * len(data.cases)

    report(
        f"candidates, {CASES:,} cases on {workers} processes (index build {build:.1f} s incl.)",
        build + blocked,
        all_pairs,
    )
    print(
        f"  again on the same index {again:.1f} s (as measured before this release); on one process {one_process:.1f} s"
    )
    print(
        f"  all-pairs measured on {len(sample)} cases and scaled; right person first: "
        f"all pairs {right_all}/{len(sample)}, blocked {right_blocked}/{len(sample)}"
    )
    per_case.sort()
    report("per-case ranking, median", statistics.median(per_case) * 1000, all_pairs / len(data.cases) * 1000, "ms")
    print(
        f"  p95 {per_case[int(len(per_case) * 0.95)] * 1000:.1f} ms; "
        f"{considered / len(data.cases):,.0f} persons scored per case on average"
    )

    for label, candidate_index in (("with DNA", index), ("without DNA", CandidateIndex(data.persons, {}))):
        started = time.perf_counter()
        figures = recall_and_simple(candidate_index, data)
        print(
            f"  {label:11}: candidate recall {figures['recall']:.3f} (true person reaches scoring); on "
            f"{figures['sample']:.0f} cases top-1 {figures['engine_top1']:.3f} / top-5 {figures['engine_top5']:.3f}, "
            f"simple all-pairs scorer {figures['simple_top1']:.3f} / {figures['simple_top5']:.3f} "
            f"({time.perf_counter() - started:.0f} s)"
        )

    with_dna = accuracy(index, data)
    without = accuracy(CandidateIndex(data.persons, {}), data)
    for label, figures in (("with DNA results", with_dna), ("without DNA results", without)):
        print(
            f"  accuracy {label:19}: top-1 {figures['top1']:.3f}, top-5 {figures['top5']:.3f}; "
            f"with an ID tag or DNA result top-1 {figures['strong_top1']:.3f} "
            f"({figures['strong']:,.0f} cases); strangers given a strong candidate {figures['strangers_false']:.3f}, "
            f"one scoring as a typical right first {figures['strangers_alike']:.3f}"
        )


if __name__ == "__main__":
    main()
