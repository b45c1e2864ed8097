"""Splitting a full name written in one cell, in either order, in any script."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from models.names.spelling import known_given_skeletons, skeleton, tokens

_PATRONYMIC = re.compile(
    r"(вич|вна|ична|ич|ovych|ovich|evych|evich|ivna|ovna|evna|yivna|ivich|ich|ychna|ichna)$", re.IGNORECASE
)


@dataclass(frozen=True)
class SplitName:
    surname: str
    given_names: str
    patronymic: str


def looks_like_patronymic(word: str) -> bool:
    return len(word) > 4 and bool(_PATRONYMIC.search(word))


@cache
def _given() -> frozenset[str]:
    return known_given_skeletons()


def looks_like_given_name(word: str) -> bool:
    return skeleton(word) in _given()


def split_full_name(text: str) -> SplitName:
    """Surname, given name and patronymic from "Коваленко Сергій Іванович", "Сергій Іванович
    Коваленко", "KOVALENKO Serhii" or "Коваленко С.І." alike."""
    words = tokens(text)
    if not words:
        return SplitName("", "", "")
    if len(words) == 1:
        return SplitName(words[0], "", "")
    patronymic_at = next((i for i, w in enumerate(words) if i > 0 and looks_like_patronymic(w)), None)
    if patronymic_at is not None:
        patronymic = words[patronymic_at]
        rest = words[:patronymic_at] + words[patronymic_at + 1 :]
        if patronymic_at == 1 and len(rest) >= 2:  # "Сергій Іванович Коваленко"
            return SplitName(" ".join(rest[1:]), rest[0], patronymic)
        # "Коваленко Сергій Іванович": the given name stands just before the patronymic
        return SplitName(
            " ".join(rest[:-1]) if len(rest) > 1 else rest[0], rest[-1] if len(rest) > 1 else "", patronymic
        )
    first, last = words[0], words[-1]
    if looks_like_given_name(first) and not looks_like_given_name(last):  # "Serhii Kovalenko"
        return SplitName(" ".join(words[1:]), first, "")
    if words[0].isupper() and not words[1].isupper():  # "KOVALENKO Serhii": surname in capitals
        return SplitName(first, " ".join(words[1:]), "")
    return SplitName(first, " ".join(words[1:]), "")
