"""What the name engine hands out: the spellings of a name."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Spelling:
    form: str  # a models.core.enums.NameForm value
    surname: str
    given_names: str
    patronymic: str
