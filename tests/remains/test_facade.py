"""The remains facade keeps the candidate index until what it is read from changes."""

from __future__ import annotations

import datetime as dt

from desktop.facades.remains import RemainsFacade
from models.core.db import Database
from models.remains.dto import AnteMortemInput, PhysicalDetails
from models.remains.profiles import case_id_of


def test_the_index_is_reused_across_rejections_and_rebuilt_after_am_changes(registry: Database) -> None:
    facade = RemainsFacade(registry)
    with registry.read() as session:
        case_id = case_id_of(session, "PM-001")
    first = facade.candidates(case_id)
    index = facade._candidate_index()
    facade._index = (dt.datetime.now(dt.UTC), index)  # built after the fixture's writes settled
    best = first.ranking.candidates[0]
    facade.reject(case_id, best.person_id, "X-ray of 2024 shows 46 present", best)
    assert facade._candidate_index() is index  # a rejection does not touch the index
    assert best.person_id not in [s.person_id for s in facade.candidates(case_id).ranking.candidates]
    assert facade._candidate_index() is index
    facade.save_ante_mortem(best.person_id, AnteMortemInput(stature_cm=180), PhysicalDetails())
    rebuilt = facade._candidate_index()
    assert rebuilt is not index and rebuilt.profiles[best.person_id].stature_cm == 180
