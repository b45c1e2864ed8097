"""Remains identification: candidates for 6,000 cases against 50,000 missing persons,
beside scoring every pair (the baseline, measured on a sample of cases in the same run
and scaled), per-case ranking time, and top-1 / top-5 accuracy with and without DNA."""

from __future__ import annotations

import statistics
import sys
import time

from models.remains.candidates import CandidateIndex
from tests.benchmarks.common import report
from tests.benchmarks.remains_generator import EvaluationSet, generate

PERSONS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
CASES = int(sys.argv[2]) if len(sys.argv) > 2 else 6_000
ALL_PAIRS_SAMPLE = 20


def accuracy(index: CandidateIndex, data: EvaluationSet) -> dict[str, float]:
    top1 = top5 = registered = 0
    with_tag_or_dna = tag_or_dna_right = 0
    strangers = strangers_matched = 0
    for case in data.cases:
        ranked = index.rank(case, 5).candidates
        truth = data.truth[case.case_id]
        if truth is None:
            strangers += 1
            strangers_matched += bool(ranked) and ranked[0].score >= 50 and not ranked[0].excluded
            continue
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
    }


def main() -> None:
    print(f"\nRemains identification: {CASES:,} cases against {PERSONS:,} missing persons")
    started = time.perf_counter()
    data = generate(PERSONS, CASES)
    print(f"  (evaluation set generated in {time.perf_counter() - started:.1f} s)")

    started = time.perf_counter()
    index = CandidateIndex(data.persons, data.dna)
    build = time.perf_counter() - started

    per_case = []
    considered = 0
    started = time.perf_counter()
    for case in data.cases:
        t = time.perf_counter()
        considered += index.rank(case, 10).considered
        per_case.append(time.perf_counter() - t)
    blocked = time.perf_counter() - started

    sample = data.cases[:: max(1, len(data.cases) // ALL_PAIRS_SAMPLE)][:ALL_PAIRS_SAMPLE]
    started = time.perf_counter()
    right_all = right_blocked = 0
    for case in sample:
        truth = data.truth[case.case_id]
        right_all += [s.person_id for s in index.rank_all_pairs(case, 1).candidates] == [truth]
        right_blocked += [s.person_id for s in index.rank(case, 1).candidates] == [truth]
    all_pairs = (time.perf_counter() - started) / len(sample) * len(data.cases)

    report(f"candidates, {CASES:,} cases (index build {build:.1f} s incl.)", build + blocked, all_pairs)
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

    with_dna = accuracy(index, data)
    without = accuracy(CandidateIndex(data.persons, {}), data)
    for label, figures in (("with DNA results", with_dna), ("without DNA results", without)):
        print(
            f"  accuracy {label:19}: top-1 {figures['top1']:.3f}, top-5 {figures['top5']:.3f}; "
            f"with an ID tag or DNA result top-1 {figures['strong_top1']:.3f} "
            f"({figures['strong']:,.0f} cases); strangers given a strong candidate {figures['strangers_false']:.3f}"
        )


if __name__ == "__main__":
    main()
