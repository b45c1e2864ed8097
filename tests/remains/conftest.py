"""A small registry of missing persons with AM data, and cases of their remains."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from models.core.db import Database
from tests.helpers.remains import seed


@pytest.fixture
def registry(db: Database) -> Iterator[Database]:
    seed(db)
    yield db
