"""Scars, tattoos and other marks as families and pathologists write them, compared between AM
and PM.

Two ways of writing are read. The structured one of import files: marks separated by ';', each
'kind:body location:description' ('tattoo:left forearm:тризуб; scar:abdomen'). And free text
in Ukrainian, Russian or English as people write it: ``татуювання: хрест, праве передпліччя``,
``тату хрест на правому передпліччі``, ``наколка "ВДВ" на левом плече``, ``родима пляма велика
на спині``, ``шрам після апендектомії``, ``scar, left knee, 5 cm``. The kind is found by its
words (``тату``, ``наколка``, ``татуировка``; ``рубець``, ``рубец``; ``родимка``, ``родима
пляма``, ``родимое пятно``, ``mole``; ``пірсинг``; anything else is "other"), the place by
``models.remains.body`` (region and side in any case), and what is left is the description;
an inscription in quotes is kept as written.

Kinds and places are compared exactly (the same region, or regions one writer names for the
other; never the other side), descriptions by meaning-preserving fuzzy text in which script
does not matter (ВДВ / VDV, хрест / крест).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from models.core.enums import MarkKind
from models.names.keys import skeleton
from models.remains.body import place_of, same_place, stem_at, tokens_of, words_of
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
# The words of each kind in free text, by stem (every case and number of the word), or as a
# whole phrase (a stem with a space). From the examples and forensic and family usage.
_KIND_STEMS: tuple[tuple[MarkKind, tuple[str, ...]], ...] = (
    (
        MarkKind.TATTOO,
        ("тату", "татуюван", "татуиров", "наколк", "наколоч", "tattoo", "tatoo", "tattoe", "tat ", "tats "),
    ),
    (MarkKind.SCAR, ("шрам", "рубц", "рубець", "рубец", "рубчик", "scar", "cicatri", "keloid", "келоїд", "келоид")),
    (
        MarkKind.BIRTHMARK,
        (
            "родимк",
            "родинк",
            "родим",
            "родиму",
            "невус",
            "nevus",
            "naevus",
            "birthmark",
            "birth mark",
            "mole ",
            "moles ",
            "пігментн",
            "пигментн",
        ),
    ),
    (MarkKind.PIERCING, ("пірсинг", "пирсинг", "piercing", "пробит", "проколот", "прокол ", "проколи ", "проколы ")),
)
# Words that only join the others: a description is what is left without them.
_JOINING = frozenset(
    (
        *("на", "у", "в", "з", "із", "зі", "с", "со", "від", "от", "біля", "около", "над", "під", "под", "по"),
        *("до", "за", "та", "і", "й", "и", "а", "-", "вигляді", "вигляд", "виде", "формі", "форме"),
        *("ділянці", "ділянка", "ділянки", "області", "область", "области", "поверхні", "поверхность"),
        *("поверхности",),
        *("the", "a", "an", "on", "of", "in", "at", "with", "near", "above", "below", "over", "under"),
        *("surface", "region", "area"),
    )
)
_QUOTED = re.compile(r"[\"«“„'‘]([^\"»”“'’]+)[\"»”“'’]")
_SEPARATORS = re.compile(r"[;\n]+")


def parse_marks(text: str) -> list[Mark]:
    """Marks in a cell: ';' or a new line between them, each structured or free text (see the
    module docstring). A mark whose kind is not named is 'other'; its place is still read."""
    marks = []
    for raw in _SEPARATORS.split(text):
        item = " ".join(raw.split())
        if item:
            marks.append(_structured(item) or read_mark(item))
    return marks


def _structured(item: str) -> Mark | None:
    """A mark headed by its kind and a colon: 'kind:location:description' when the location
    names only a place (or nothing) — 'tattoo:left forearm:тризуб', 'scar:abdomen' — else the
    kind and free text ('татуювання: хрест, праве передпліччя'). None without such a head."""
    head, colon, rest = item.partition(":")
    kind = _KIND_WORDS.get(head.strip().casefold())
    if kind is None or not colon:
        return None
    location, second, description = rest.partition(":")
    if not second and location.strip() and _leftover(location):
        return read_mark(rest, kind)  # "татуювання: хрест, праве передпліччя": the head names the kind
    return Mark(kind, location.strip(), description.strip())


def _leftover(text: str) -> list[str]:
    words = words_of(text)
    used = set(place_of(text).words)
    return [w for n, w in enumerate(words) if n not in used and w not in _JOINING and not w.isdigit()]


def read_mark(text: str, kind: MarkKind | None = None) -> Mark:
    """One mark written as free text: its kind (unless ``kind`` says it), its place ("right
    forearm", as ``Place`` writes it) and the rest as its description (an inscription in
    quotes as written)."""
    quoted = [q.strip() for q in _QUOTED.findall(text) if q.strip()]
    plain = _QUOTED.sub(" ", text)
    words = words_of(plain)
    kind, kind_at = (kind, []) if kind is not None else _kind(words)
    place = place_of(plain)
    used = {*place.words, *kind_at}
    rest = [w for n, w in enumerate(tokens_of(plain)) if n not in used]
    description = " ".join(quoted) if quoted else _description(rest)
    return Mark(kind, str(place), description)


def _description(words: list[str]) -> str:
    return " ".join(w for w in words if w.casefold() not in _JOINING)


def _kind(words: list[str]) -> tuple[MarkKind, list[int]]:
    for n in range(len(words)):
        for kind, stems in _KIND_STEMS:
            length = next((k for stem in stems if (k := stem_at(words, n, stem))), 0)
            if length:
                # "родима пляма": the adjective names the kind, the noun after it belongs to it
                spot = kind is MarkKind.BIRTHMARK and n + 1 < len(words) and words[n + 1][:3] in _SPOT
                return kind, list(range(n, n + length + spot))
    return MarkKind.OTHER, []


_SPOT = frozenset({"пля", "пят", "спо"})  # пляма, пятно, spot


def format_marks(marks: Sequence[Mark]) -> str:
    return "; ".join(m.text() for m in marks)


WEIGHTS = {
    MarkKind.TATTOO: 8.0,
    MarkKind.SCAR: 4.0,
    MarkKind.BIRTHMARK: 3.0,
    MarkKind.PIERCING: 2.0,
    MarkKind.OTHER: 2.0,
}
SIMILAR = 75  # token-set ratio from which two descriptions are taken for the same mark


_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if len(w) > 2]


@lru_cache(maxsize=1 << 14)
def _folded(text: str) -> str:
    """A description with script set aside: each word's Latin key (ВДВ and VDV are vdv)."""
    return " ".join(skeleton(w) or w for w in _WORD.findall(text.casefold()))


def mark_similarity(am: Mark, pm: Mark) -> float:
    """0..100: how alike two marks are. Another kind, another region or the other side is 0;
    descriptions by a token-set ratio in which script does not matter; the same kind in the
    same region with nothing written to compare is alike (80), with no region named weakly (60)."""
    if am.kind is not pm.kind:
        return 0.0
    where = same_place(am.body_location, pm.body_location)
    if where is False:
        return 0.0
    if am.description and pm.description:
        score = max(
            fuzz.token_set_ratio(am.description.casefold(), pm.description.casefold()),
            fuzz.token_set_ratio(_folded(am.description), _folded(pm.description)),
        )
    else:  # the same kind in the same place, nothing written to tell them apart: alike; else weakly
        score = 80.0 if where else 60.0
    if where is None and am.body_location and pm.body_location:  # places written no vocabulary knows
        alike = fuzz.token_set_ratio(am.body_location.casefold(), pm.body_location.casefold())
        score = score if alike >= SIMILAR else score * 0.5
    return float(score)


def matching_marks(am: Sequence[Mark], pm: Sequence[Mark]) -> list[tuple[Mark, Mark]]:
    """Each PM mark paired with its most similar AM mark, when they are alike enough."""
    pairs = []
    for p in pm:
        best = max(am, key=lambda a: mark_similarity(a, p), default=None)
        if best is not None and mark_similarity(best, p) >= SIMILAR:
            pairs.append((best, p))
    return pairs
