"""Long IN lists in pieces: older SQLite builds take at most 999 bound values per statement."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
IN_LIMIT = 900


def chunks(values: Sequence[T], size: int = IN_LIMIT) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
