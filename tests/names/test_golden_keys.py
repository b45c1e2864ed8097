"""Stored keys are never left stale: see tests/names/golden_keys.py."""

from __future__ import annotations

import json

from models.names.engine import ENGINE_VERSION
from tests.names.golden_keys import GOLDEN, keys_of, sample


def test_a_change_of_keys_raises_the_engine_version() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    now = keys_of(sample())
    if golden["engine_version"] == ENGINE_VERSION:
        # names the sample did not hold when the keys were recorded (the demo's generator feeds
        # it and may change) say nothing of the engine; most of the sample must be known
        known = [name for name in now if name in golden["keys"]]
        assert len(known) >= 0.9 * len(now), "the sample changed: run `python -m tests.names.golden_keys`"
        changed = [name for name in known if golden["keys"][name] != now[name]]
        assert not changed, (
            f"{len(changed)} names key differently under the same ENGINE_VERSION {ENGINE_VERSION} "
            f"(first: {changed[:3]}): raise ENGINE_VERSION so stored keys are made again, then run "
            "`python -m tests.names.golden_keys`"
        )
    else:
        assert golden["engine_version"] < ENGINE_VERSION, "the golden keys come from a newer engine"
        raise AssertionError("ENGINE_VERSION was raised: run `python -m tests.names.golden_keys` to record its keys")
