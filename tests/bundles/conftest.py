"""Fixtures of the bundle tests: offices that trust each other's cards."""

from __future__ import annotations

import pytest

from models.core.db import Database
from tests.helpers.bundles import trust_all


@pytest.fixture
def net(offices: dict[str, Database]) -> dict[str, Database]:
    """HQ, a region and the laboratory, each its own database, each trusting the others."""
    trust_all(offices.values())
    return offices
