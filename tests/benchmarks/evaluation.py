"""The figures list matching is held to, measured on the evaluation set (list_generator).

For ``matched``: precision (of the lines matched, how many to the person they truly name) and
recall (of the lines that name a registry person, how many were matched to that person); the
share of lines sent to review; and what can go wrong silently: true persons left
``unmatched``, and among them those whose surname and date of birth agree with the registry
(the issue's line: never), and the true person missing from a review line's candidates.

Run as ``python -m tests.benchmarks.evaluation [PERSONS] [LINES]``: a registry made by the demo
generator in memory, the figures per kind of line and overall, beside an all-pairs baseline on
a sample of the same lines (the best rapidfuzz token-set ratio of the line's skeletons against
every registry name; 90 and above counts as matched).
"""

from __future__ import annotations

import random
import sys
import time
import uuid
from dataclasses import dataclass, field

from models.core.dates import parse_list_date
from models.demo import make_person
from models.lists.reconcile import EntryName, Match, RegistryIndex, RegistryPerson
from models.names.engine import Level
from models.names.split import split_full_name
from tests.benchmarks.list_generator import Line, generate


@dataclass
class Figures:
    lines: int = 0
    truths: int = 0
    matched_right: int = 0
    matched_wrong: int = 0
    review: int = 0
    true_unmatched: int = 0
    true_unmatched_surname_and_date: int = 0
    review_without_truth: int = 0
    strangers_matched: int = 0
    wrong_examples: list[str] = field(default_factory=list)
    lost_examples: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched_right / max(self.matched_right + self.matched_wrong, 1)

    @property
    def recall(self) -> float:
        return self.matched_right / max(self.truths, 1)

    @property
    def review_share(self) -> float:
        return self.review / max(self.lines, 1)

    @property
    def unmatched_share(self) -> float:
        return self.true_unmatched / max(self.truths, 1)


def registry(size: int, seed: int = 5) -> list[RegistryPerson]:
    rng = random.Random(seed)
    persons = []
    for n in range(size):
        data, _ = make_person(rng, n)
        persons.append(
            RegistryPerson(
                uuid.uuid4(),
                data.external_id,
                data.surname,
                data.given_names,
                data.patronymic,
                data.date_of_birth,
                data.service_number,
                data.status,
            )
        )
    return persons


def entry_of(line: Line) -> EntryName:
    name = split_full_name(line.full_name)
    born = parse_list_date(line.date_of_birth) if line.date_of_birth else None
    return EntryName(name.surname, name.given_names, name.patronymic, born.value if born else None)


def evaluate(index: RegistryIndex, lines: list[Line]) -> tuple[Figures, dict[str, Figures]]:
    overall = Figures()
    by_kind: dict[str, Figures] = {}
    position = {p.id: i for i, p in enumerate(index.persons)}
    for line in lines:
        entry = entry_of(line)
        match = index.match(entry)
        for figures in (overall, *(by_kind.setdefault(k, Figures()) for k in line.kind.split("+"))):
            _count(figures, index, position, line, entry, match)
    return overall, by_kind


def _count(
    figures: Figures,
    index: RegistryIndex,
    position: dict[uuid.UUID | str, int],
    line: Line,
    entry: EntryName,
    match: Match,
) -> None:
    figures.lines += 1
    best = match.best
    if line.truth is not None:
        figures.truths += 1
    if match.state == "matched" and best is not None:
        if best.person.id == line.truth:
            figures.matched_right += 1
        else:
            figures.matched_wrong += 1
            if line.truth is None:
                figures.strangers_matched += 1
            if len(figures.wrong_examples) < 8:
                figures.wrong_examples.append(f"{line.full_name} {line.date_of_birth} -> {best.person} ({line.kind})")
    elif match.state == "review":
        figures.review += 1
        if line.truth is not None and all(c.person.id != line.truth for c in match.candidates):
            figures.review_without_truth += 1
    elif line.truth is not None:
        figures.true_unmatched += 1
        comparison = index.compare(entry, position[line.truth])
        if comparison.surname >= Level.NEAR and comparison.date.name in ("EXACT", "SWAPPED"):
            figures.true_unmatched_surname_and_date += 1
        if len(figures.lost_examples) < 8:
            truth = index.persons[position[line.truth]]
            figures.lost_examples.append(
                f"{line.full_name} {line.date_of_birth} ({line.kind}) -> {truth.surname} {truth.given_names} "
                f"{truth.patronymic} {truth.date_of_birth}: {comparison}"
            )


def main() -> None:
    persons = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 6_000
    people = registry(persons)
    started = time.perf_counter()
    index = RegistryIndex(people)
    built = time.perf_counter() - started
    lines = generate(people, size, seed=21)
    families = [line for line in generate(people, 2_000, seed=22, other_families=0.1) if line.kind == "other_family"]
    started = time.perf_counter()
    overall, by_kind = evaluate(index, lines)
    seconds = time.perf_counter() - started
    print(f"evaluation: {size:,} lines against {persons:,} persons (index {built:.2f} s, matching {seconds:.2f} s)")
    print(f"{'kind':28} {'lines':>6} {'precision':>9} {'recall':>7} {'review':>7} {'lost':>6} {'lost s+d':>8}")
    for kind, figures in sorted(by_kind.items(), key=lambda item: -item[1].lines):
        _row(kind, figures)
    _row("ALL", overall)
    if families:  # other families a letter apart, given name and year the same: never matched
        family_figures, _ = evaluate(index, families)
        _row("other_family (apart)", family_figures)
    _baseline(people, lines, overall)
    for example in overall.wrong_examples:
        print("  wrong:", example)
    for example in overall.lost_examples:
        print("  lost:", example)


BASELINE_SAMPLE = 300


def _baseline(people: list[RegistryPerson], lines: list[Line], overall: Figures) -> None:
    from rapidfuzz import fuzz, process

    from models.names.keys import skeleton, tokens

    def key(text: str) -> str:
        return " ".join(sorted(skeleton(w) for w in tokens(text)))

    names = [key(f"{p.surname} {p.given_names} {p.patronymic}") for p in people]
    sample = lines[:BASELINE_SAMPLE]
    right = wrong = 0
    for line in sample:
        hit = process.extractOne(key(line.full_name), names, scorer=fuzz.token_set_ratio, score_cutoff=90)
        if hit is not None:
            right, wrong = (right + 1, wrong) if people[hit[2]].id == line.truth else (right, wrong + 1)
    truths = sum(1 for line in sample if line.truth is not None)
    print(
        f"{'baseline: all-pairs ratio>=90, ' + str(len(sample)) + ' lines':28} {len(sample):6} "
        f"{right / max(right + wrong, 1):9.4f} {right / max(truths, 1):7.4f}   (the engine above: "
        f"precision {overall.precision:.4f}, recall {overall.recall:.4f})"
    )


def _row(kind: str, f: Figures) -> None:
    print(
        f"{kind:28} {f.lines:6} {f.precision:9.4f} {f.recall:7.4f} {f.review_share:7.4f} "
        f"{f.true_unmatched:6} {f.true_unmatched_surname_and_date:8}"
    )


if __name__ == "__main__":
    main()
