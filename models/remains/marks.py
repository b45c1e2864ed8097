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

Families write several marks in one sentence and say who told them: ``зі слів матері: шрам від
апендициту, також наколка ВДВ на правому передпліччі``; pathologists number them: ``1) …; 2)
…``. A cell is split into marks at ';', new lines, item numbers, "також / также / also", and at
a comma or "і / та / and" where both parts name a kind of their own; who told it (``зі слів
сестри``, ``дружина повідомила``, ``приметы:``) is not part of a mark, and a cell that only says
there are none or nobody knows (``нема``, ``особливих прикмет не знаю``, ``прикмети не
встановлені``) has none. A lost finger written without the word (``не було половини мізинця``,
``відсутність нігтьової фаланги``) is an amputation; an appendectomy scar with no place named is
in the right iliac region, where the operation leaves it.

Kinds and places are compared exactly (the same region, or regions one writer names for the
other; never the other side), descriptions by meaning-preserving fuzzy text in which script
does not matter (ВДВ / VDV, хрест / крест).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from models.core.enums import MarkKind
from models.remains.body import (
    Place,
    Side,
    place_of,
    regions_named,
    same_limb,
    same_place,
    stem_at,
    tokens_of,
    words_of,
)
from models.remains.dto import Mark
from models.remains.motifs import content, description_similarity

_KIND_WORDS = {
    **{k.value: k for k in MarkKind},
    "tattoo": MarkKind.TATTOO,
    "татуювання": MarkKind.TATTOO,
    "тату": MarkKind.TATTOO,
    "шрам": MarkKind.SCAR,
    "рубець": MarkKind.SCAR,
    "родимка": MarkKind.BIRTHMARK,
    "пірсинг": MarkKind.PIERCING,
    "ампутація": MarkKind.AMPUTATION,
    "деформація": MarkKind.DEFORMITY,
}
# The words of each kind in free text, by stem (every case and number of the word), or as a
# whole phrase (a stem with a space). From the examples and forensic and family usage.
_KIND_STEMS: tuple[tuple[MarkKind, tuple[str, ...]], ...] = (
    (
        MarkKind.TATTOO,
        (
            *("тату", "татуюван", "татуиров", "наколк", "наколоч", "tattoo", "tatoo", "tattoe", "tat ", "tats "),
            *("напис", "надпис", "inscription"),  # an inscription on the skin is a tattoo
        ),
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
    (MarkKind.AMPUTATION, ("ампут", "amput", "кукс", "stump")),
    (MarkKind.DEFORMITY, ("деформ", "deform", "викривл", "искривл")),
)
# A part of a limb said to be absent is an amputation even when the word is not written.
_ABSENT = ("відсутн", "отсутств", "без ", "немає ", "нема ", "нет ", "не було", "не было", "missing", "lost ")
_LIMB_PARTS = frozenset({"fingers", "hand", "foot", "arm", "leg", "forearm", "shin", "wrist"})
# Nothing to read: a cell that says there are no marks, or that nobody knows of any.
_NONE = re.compile(
    r"^(?:нема|немає|нема\s+\w+|нет|нету|none|no|nil|n/a|-+|—|не\s+знаю|невідомо|неизвестно|unknown|"
    r"(?:особлив\w*|особ\w*|особые|особых|distinguishing)?\s*(?:прикмет\w*|примет\w*|marks?|features?)?\s*"
    r"(?:не\s+\w+|немає|нема|нет|відсутні|отсутствуют|none|unknown))\.?$",
    re.IGNORECASE,
)
_NOT_FOUND = re.compile(r"(?:прикмет\w*|примет\w*|marks?)\s+(?:не\s+\w+|відсутні|отсутствуют)", re.IGNORECASE)
# Who told it, and headings: not part of any mark.
_INFORMANT = re.compile(
    r"\(?\s*(?:зі|із|з|со|по)\s+сл(?:ів|ов)\s+[\w'’ʼ]+\s*\)?"
    r"|\b(?:дружина|мати|мама|сестра|брат|батько|тато|донька|дочка|син|жена|мать|отец|сын|дочь|wife|mother|"
    r"sister|father|brother)\s+(?:повідомила|повідомив|каже|розповіла|сказала|пише|сообщила|сообщил|говорит|"
    r"рассказала|says|said|reports|reported)\b:?"
    r"|\baccording\s+to\s+(?:his|her|the)\s+\w+"
    r"|^\s*(?:особливі\s+|особые\s+|distinguishing\s+)?(?:прикмети|приметы|marks|features|signs)\s*:",
    re.IGNORECASE,
)
_ITEMS = re.compile(
    r"[;\n]+|(?:^|\s)\(?\d{1,2}[.)]\s+|\b(?:а\s+також|а\s+также|також|также|and\s+also|also|крім\s+того|кроме\s+того|плюс)\b",
    re.IGNORECASE,
)
# Where a sentence may pass from one mark to the next: divided only where both sides name a kind.
_JOINS = re.compile(r",|\.\s+(?:а\s+ще\s+|а\s+еще\s+)?|\s(?:і|и|й|та|and|а\s+ще|ще|а\s+еще|еще)\s", re.IGNORECASE)
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
_QUOTED = re.compile(r"[\"«“„‘]([^\"»”“’]+)[\"»”“’]|(?<!\w)'([^']+)'(?!\w)")


def parse_marks(text: str) -> list[Mark]:
    """Marks in a cell, each structured or free text (see the module docstring). A mark whose
    kind is not named is 'other'; its place is still read."""
    marks = []
    for item in _items(text):
        structured = _structured(item)
        if structured is not None:
            marks.append(structured)
        elif not _says_none(item):
            marks.append(read_mark(item))
    return marks


def _items(text: str) -> list[str]:
    """A cell's marks as separate texts, without who told them."""
    items = []
    for raw in _ITEMS.split(text):
        told = _INFORMANT.sub(" ", raw)
        item = " ".join(told.split()).strip(" ,.-–—:()")
        if item:
            items.extend(_split_at_joins(item))
    return items


def _split_at_joins(item: str) -> list[str]:
    """'шрам на коліні, родимка на шиї' is two marks; 'татуювання: хрест, праве передпліччя' is
    one: a comma or 'і' divides only where the part after it names a kind of its own and so
    does everything before it."""
    if _structured(item) is not None:
        return [item]
    parts: list[str] = []
    start = 0
    for join in _JOINS.finditer(item):
        before, after = item[start : join.start()], item[join.end() :]
        following = _JOINS.split(after, maxsplit=1)[0]
        if _names_kind(before) and _names_kind(following):
            parts.append(before)
            start = join.end()
    parts.append(item[start:])
    return [p.strip(" ,.-–—:()") for p in parts if p.strip(" ,.-–—:()")]


def _names_kind(text: str) -> bool:
    """Whether a text names a kind of mark, or says a part of a limb is missing."""
    return _kind(words_of(text))[0] is not MarkKind.OTHER or _lost_part(text)


def _lost_part(text: str) -> bool:
    words = words_of(text)
    return place_of(text).region in _LIMB_PARTS and any(
        stem_at(words, n, absent) for n in range(len(words)) for absent in _ABSENT
    )


def _says_none(item: str) -> bool:
    """A text that says there are no marks (or none could be found), naming no kind or place."""
    if _names_kind(item) or place_of(item).region:
        return False
    return bool(_NONE.match(item.strip()) or _NOT_FOUND.search(item))


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
    quoted = [q.strip() for pair in _QUOTED.findall(text) for q in pair if q.strip()]
    plain = _QUOTED.sub(" ", text)
    words = words_of(plain)
    kind, kind_at = (kind, []) if kind is not None else _kind(words)
    place = place_of(plain)
    if kind is MarkKind.OTHER and _lost_part(plain):
        kind = MarkKind.AMPUTATION  # "не було половини мізинця на лівій руці"
    used = {*place.words, *kind_at}
    for n, _specific, region, length in regions_named(words) if place.region else ():
        if same_limb(region, place.region):  # "на правій руці вище ліктя": руці names the same place
            used.update(range(n, n + length))
    rest = [w for n, w in enumerate(tokens_of(plain)) if n not in used]
    description = " ".join(quoted) if quoted else _description(rest)
    if kind is MarkKind.SCAR and not place.region and "appendectomy" in content(kind, description)[0]:
        place = Place("abdomen", Side.RIGHT)  # the appendectomy's scar is in the right iliac region
    return Mark(kind, str(place), description)


def _description(words: list[str]) -> str:
    return " ".join(w for w in words if w.casefold() not in _JOINING and w.strip("-"))


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
    MarkKind.AMPUTATION: 6.0,
    MarkKind.SCAR: 4.0,
    MarkKind.BIRTHMARK: 3.0,
    MarkKind.DEFORMITY: 3.0,
    MarkKind.PIERCING: 2.0,
    MarkKind.OTHER: 2.0,
}
SIMILAR = 75  # from here two marks are taken for the same mark (full weight)
PARTLY = 50  # from here they may be the same mark, written or seen differently (half weight)
# Marks distinctive enough that the same motif elsewhere on the body still speaks for a person:
# relatives often give the other side (they describe what they saw facing him) or the next region.
_DISTINCTIVE = frozenset({MarkKind.TATTOO})


def mark_similarity(am: Mark, pm: Mark) -> float:
    """0..100: how alike two marks are (``SIMILAR`` and above: the same mark; ``PARTLY`` and
    above: perhaps the same, written or seen differently).

    Another kind is 0. The same kind in the same place: as alike as the descriptions
    (``models.remains.motifs``), 80 when either says nothing to compare, and ``PARTLY`` when
    neither names the other's motif nor any of its words (two people describe one tattoo in
    their own words) unless they name two different motifs. No place named on either side:
    the descriptions, or 60. Another region or the other side: ``PARTLY`` for a tattoo or an
    amputation whose motif is the same, else 0."""
    if am.kind is not pm.kind:
        return 0.0
    where = same_place(am.body_location, pm.body_location)
    # a lost part is told by its place; "не було половини" and "відсутність нігтьової фаланги" say the same
    alike = None if am.kind is MarkKind.AMPUTATION else description_similarity(am.kind, am.description, pm.description)
    if where is False:
        nearby = same_limb(am.body_location, pm.body_location)
        return float(PARTLY) if nearby and am.kind in _DISTINCTIVE and alike is not None and alike >= 90 else 0.0
    if alike is None:
        score = 80.0 if where else 60.0
    elif where and alike < PARTLY:
        different = content(am.kind, am.description)[0] and content(pm.kind, pm.description)[0]
        score = alike if different else float(PARTLY)
    else:
        score = alike
    if where is None and am.body_location and pm.body_location:  # places written no vocabulary knows
        places = fuzz.token_set_ratio(am.body_location.casefold(), pm.body_location.casefold())
        score = score if places >= SIMILAR else score * 0.5
    return float(score)


def matching_marks(am: Sequence[Mark], pm: Sequence[Mark]) -> list[tuple[Mark, Mark, float]]:
    """Each PM mark paired with its most similar AM mark when they are at least ``PARTLY``
    alike, with their similarity; an AM mark is paired once."""
    pairs = []
    taken: set[int] = set()
    for p in pm:
        scored = [(mark_similarity(a, p), n) for n, a in enumerate(am) if n not in taken]
        best, n = max(scored, default=(0.0, -1))
        if best >= PARTLY:
            taken.add(n)
            pairs.append((am[n], p, best))
    return pairs


def mark_weight(kind: MarkKind, similarity: float) -> float:
    """A pair of marks' weight: full from ``SIMILAR``, half from ``PARTLY``."""
    return WEIGHTS[kind] * (1.0 if similarity >= SIMILAR else 0.5)


_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if len(w) > 2]
