"""A list checked on several processes (`repatria lists check` uses every core) matches every
line as one process does, in order; it stops when asked, and a worker that dies loses nothing."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pytest

from models.lists import reconcile
from models.lists.reconcile import MATCH_CHUNK, EntryName, RegistryIndex
from tests.benchmarks.evaluation import entry_of, registry
from tests.benchmarks.list_generator import generate

_MATCH_CHUNK = reconcile._match_chunk


def _dying_on_the_third_chunk(index: RegistryIndex, entries: Sequence[EntryName]) -> object:
    """A worker killed while it matches the third chunk (found by its first line)."""
    if entries[0] == _THIRD[0]:
        os._exit(9)
    return _MATCH_CHUNK(index, entries)


_THIRD: list[EntryName] = []


def test_a_list_matched_on_two_processes_as_on_one(monkeypatch: pytest.MonkeyPatch) -> None:
    people = registry(3000, seed=5)
    entries = [entry_of(line) for line in generate(people, 3 * MATCH_CHUNK + 40, seed=9)]
    index = RegistryIndex(people)
    one = [index.match(entry) for entry in entries]
    assert {m.state for m in one} == {"matched", "review", "unmatched"}  # every kind of line is among them
    monkeypatch.setattr(reconcile, "may_fork", lambda: True)  # pytest's own threads hold no lock the worker needs
    assert index.match_many(entries, workers=2) == one  # every candidate, score, reason and comparison

    seen: list[int] = []
    stopped = index.match_many(entries, workers=2, progress=lambda done, total: not seen.append(done) and done < 300)
    assert len(stopped) == 2 * MATCH_CHUNK and seen[-1] == 2 * MATCH_CHUNK  # stopped after the chunk past 300
    assert stopped == one[: 2 * MATCH_CHUNK]

    _THIRD[:] = [entries[2 * MATCH_CHUNK]]
    monkeypatch.setattr(reconcile, "_match_chunk", _dying_on_the_third_chunk)
    taken: list[int] = []
    forked = reconcile.run_forked
    monkeypatch.setattr(reconcile, "run_forked", lambda *args: taken.append(forked(*args)) or taken[-1])
    assert index.match_many(entries, workers=2) == one  # what the dead worker had not sent is matched here
    assert len(taken) == 1 and taken[0] <= 2  # the pool broke when the third chunk's worker died
