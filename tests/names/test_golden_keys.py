"""Stored keys are never left stale: see tests/names/golden_keys.py."""

from __future__ import annotations

import json

from models.names.engine import ENGINE_VERSION
from tests.names.golden_keys import GOLDEN, keys_of, sample


def test_a_change_of_keys_raises_the_engine_version() -> None:
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    now = keys_of(sample())
    if golden["engine_version"] == ENGINE_VERSION:
        changed = [name for name, key in now.items() if golden["keys"].get(name) != key]
        assert not changed, (
            f"{len(changed)} names key differently under the same ENGINE_VERSION {ENGINE_VERSION} "
            f"(first: {changed[:3]}): raise ENGINE_VERSION so stored keys are made again, then run "
            "`python -m tests.names.golden_keys`"
        )
    else:
        assert golden["engine_version"] < ENGINE_VERSION, "the golden keys come from a newer engine"
        raise AssertionError("ENGINE_VERSION was raised: run `python -m tests.names.golden_keys` to record its keys")
