"""Scars, tattoos and other marks as written in import files and compared between AM and PM.

A file cell holds marks separated by ';', each 'kind:body location:description'
('tattoo:left forearm:тризуб; scar:abdomen'). A mark without a known kind is 'other'
with the whole text as its description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from models.core.enums import MarkKind
from models.remains.dto import Mark

_KIND_WORDS = {
    **{k.value: k for k in MarkKind},
    "tattoo": MarkKind.TATTOO,
    "татуювання": MarkKind.TATTOO,
    "тату": MarkKind.TATTOO,
    "шрам": MarkKind.SCAR,
    "рубець": MarkKind.SCAR,
    "родимка": MarkKind.BIRTHMARK,
    "пірсинг": MarkKind.PIERCING,
}

WEIGHTS = {
    MarkKind.TATTOO: 8.0,
    MarkKind.SCAR: 4.0,
    MarkKind.BIRTHMARK: 3.0,
    MarkKind.PIERCING: 2.0,
    MarkKind.OTHER: 2.0,
}
SIMILAR = 75  # token-set ratio from which two descriptions are taken for the same mark


def parse_marks(text: str) -> list[Mark]:
    marks = []
    for raw in text.split(";"):
        item = " ".join(raw.split())
        if not item:
            continue
        head, _, rest = item.partition(":")
        kind = _KIND_WORDS.get(head.strip().casefold())
        if kind is None:
            marks.append(Mark(MarkKind.OTHER, "", item))
            continue
        location, _, description = rest.partition(":")
        marks.append(Mark(kind, location.strip(), description.strip()))
    return marks


def format_marks(marks: Sequence[Mark]) -> str:
    return "; ".join(m.text() for m in marks)


_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if len(w) > 2]


def mark_similarity(am: Mark, pm: Mark) -> float:
    """0..100: how alike two marks of the same kind are, from description and location."""
    if am.kind is not pm.kind:
        return 0.0
    if am.description and pm.description:
        score = fuzz.token_set_ratio(am.description.casefold(), pm.description.casefold())
    else:
        score = 60.0 if am.kind is pm.kind else 0.0  # same kind, nothing to compare: weakly alike
    if am.body_location and pm.body_location:
        where = fuzz.token_set_ratio(am.body_location.casefold(), pm.body_location.casefold())
        score = score if where >= SIMILAR else score * 0.5
    return float(score)


def matching_marks(am: Sequence[Mark], pm: Sequence[Mark]) -> list[tuple[Mark, Mark]]:
    """Each PM mark paired with its most similar AM mark, when they are alike enough."""
    pairs = []
    for p in pm:
        best = max(am, key=lambda a: mark_similarity(a, p), default=None)
        if best is not None and mark_similarity(best, p) >= SIMILAR:
            pairs.append((best, p))
    return pairs
