"""Where on the body a mark is, as families and pathologists write it, in Ukrainian, Russian and
English and in any grammatical case: ``праве передпліччя``, ``на правому передпліччі``,
``правое предплечье``, ``right forearm``, ``у правій здухвинній ділянці``.

A place is a region of a controlled vocabulary (the regions forensic body charts use: head,
face, neck, chest, back, abdomen, shoulder, upper arm, forearm, hand, fingers, buttock, thigh,
knee, shin, foot …; after the Interpol DVI ante-mortem form, section "Distinguishing marks",
and the body diagrams of the ICRC's ante-mortem data collection) and a side. Words are
recognised by their stems, so every case ending of a stem is the same word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Generic, TypeVar


class Side(StrEnum):
    RIGHT = "right"
    LEFT = "left"


# region -> (Ukrainian name as shown, its grammatical gender for the side's ending, stems).
# A stem matches a word that begins with it; a stem with a space matches words in a row.
_REGIONS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "head": ("голова", "f", ("голов", "голів", "волосист", "тім'я", "потилиц", "затыл", "head ", "heads ", "scalp ")),
    "face": (
        "обличчя",
        "n",
        (
            "обличч",
            "облич",
            "лицо ",
            "лица ",
            "лице ",
            "лиці ",
            "лицу ",
            "лицом ",
            "лоб",
            "лба ",
            "лбу ",
            "лбом ",
            "лбі ",
            "щок",
            "щоц",
            "щёк",
            "щік",
            "підборідд",
            "подбород",
            "брів",
            "бров",
            "надбрів",
            "надбров",
            "око ",
            "ока ",
            "оком ",
            "оці ",
            "очей ",
            "очі ",
            "глаз",
            "eye ",
            "eyes ",
            "face ",
            "cheek ",
            "cheeks ",
            "forehead",
            "chin ",
            "eyebrow",
        ),
    ),
    "ear": (
        "вухо",
        "n",
        ("вух", "вушн", "вусі ", "ухо ", "уха ", "ухе ", "уши ", "ушах ", "ушной", "ear ", "ears ", "earlobe"),
    ),
    "nose": ("ніс", "m", ("носа ", "носі ", "нос ", "ніс ", "носу ", "nose")),
    "lip": ("губа", "f", ("губ", "lip ", "lips ")),
    "neck": (
        "шия",
        "f",
        (
            "шия ",
            "шиї ",
            "шию ",
            "шиєю ",
            "шее ",
            "шея ",
            "шеи ",
            "шею ",
            "шеей ",
            "шийн",
            "шейн",
            "neck ",
            "necks ",
            "nape ",
        ),
    ),
    "chest": (
        "груди",
        "p",
        (
            *("грудній клітц", "грудної клітк", "грудну клітк", "грудна клітк", "грудной клетк", "грудную клетк"),
            *("тулуб", "туловищ", "torso", "trunk"),  # the posterior surface of the trunk is the back (below)
            *("грудная клетк", "грудній клітин", "грудної клітин"),
            "груди ",
            "грудях ",
            "груді ",
            "грудей ",
            "грудям ",
            "грудь ",
            "груде ",
            "грудью ",
            "грудній ",
            "грудної ",
            "грудна ",
            "грудну ",
            "грудной ",
            "грудная ",
            "грудную ",
            "грудин",
            "chest",
            "breast",
            "thorax",
            "ключиц",
            "clavic",
        ),
    ),
    "back": (
        "спина",
        "f",
        ("спин", "лопат", "міжлопат", "межлопат", "back ", "scapul", "shoulder blade", "interscapular"),
    ),
    "lower back": ("поперек", "m", ("поперек", "поясниц", "lower back", "lumbar")),
    "abdomen": (
        "живіт",
        "m",
        (
            "живот",
            "живіт",
            "черев",
            "брюшн",
            "підребер",
            "подребер",
            "hypochondri",
            "епігастр",
            "эпигастр",
            "epigastr",
            "брюх",
            "пупок ",
            "пупка ",
            "пупку ",
            "пупов",
            "здухвин",
            "подвздош",
            "abdom",
            "belly",
            "stomach",
            "navel",
            "iliac",
            "umbilic",
        ),
    ),
    "shoulder": ("плече", "n", ("плеч", "плечо", "shoulder", "дельт", "deltoid")),
    "upper arm": (
        "плече (верхня частина руки)",
        "n",
        ("upper arm", "бицепс", "біцепс", "bicep", "вище ліктя", "выше локтя", "above the elbow", "above elbow"),
    ),
    "elbow": ("лікоть", "m", ("лікт", "лікот", "локт", "локот", "elbow")),
    "forearm": (
        "передпліччя",
        "n",
        (
            *("передпліч", "предплеч", "forearm", "fore-arm", "нижче ліктя", "ниже локтя", "below the elbow"),
            *("below elbow", "від ліктя", "от локтя", "від кисті до ліктя", "от кисти до локтя"),
        ),
    ),
    "wrist": ("зап'ясток", "m", ("зап'яст", "запяст", "wrist ", "wrists ")),
    "hand": (
        "кисть",
        "f",
        (
            "кисть ",
            "кисті ",
            "кисти ",
            "кистью ",
            "кистю ",
            "кистей ",
            "долон",
            "ладон",
            "hand ",
            "hands ",
            "palm ",
            "palms ",
        ),
    ),
    "fingers": (
        "пальці",
        "p",
        (
            "палець ",
            "пальц",
            "палец",
            "пальч",
            "finger",
            "thumb",
            "фаланг",
            "phalan",
            "мізин",
            "мизин",
            "pinky",
            "pinkie",
        ),
    ),
    "arm": (
        "рука",
        "f",
        ("рука ", "руки ", "руці ", "руку ", "рукою ", "руке ", "рукой ", "рук ", "руках ", "руками ", "arm ", "arms "),
    ),
    "buttock": ("сідниця", "f", ("сідниц", "ягодиц", "buttock", "gluteal")),
    "groin": ("пах", "m", ("пах ", "паху ", "пахов", "groin", "inguinal")),
    "thigh": ("стегно", "n", ("стегн", "бедр", "thigh", "вище колін", "выше колен", "above the knee", "above knee")),
    "knee": ("коліно", "n", ("колін", "колен", "knee")),
    "shin": (
        "гомілка",
        "f",
        (
            *("гоміл", "голен", "shin ", "shins ", "lower leg", "calf ", "литк", "литц", "литок", "икр"),
            *("нижче колін", "ниже колен", "below the knee", "below knee"),  # an amputation's usual level
        ),
    ),
    "ankle": ("щиколотка", "f", ("щиколот", "кісточ", "лодыж", "ankle")),
    "foot": ("стопа", "f", ("стоп", "ступн", "foot ", "feet ", "toe ", "toes ")),
    "leg": (
        "нога",
        "f",
        ("нога ", "ноги ", "нозі ", "ногу ", "ногою ", "ноге ", "ногой ", "ніг ", "ног ", "leg ", "legs "),
    ),
}
# Words that carry a side, every form (never stems: лев is a lion, прав- begins правда).
_SIDE_WORDS = {
    Side.RIGHT: frozenset(
        (
            *("правий", "права", "праве", "праві", "правого", "правої", "правому", "правій", "правим", "правою"),
            *("правих", "правими", "справа", "праворуч", "правый", "правая", "правое", "правые", "правой", "правом"),
            *("правым", "правую", "right", "rt"),
        )
    ),
    Side.LEFT: frozenset(
        (
            *("лівий", "ліва", "ліве", "ліві", "лівого", "лівої", "лівому", "лівій", "лівим", "лівою", "лівих"),
            *("лівими", "зліва", "ліворуч", "левый", "левая", "левое", "левые", "левого", "левой", "левом", "левому"),
            *("левым", "левую", "слева", "left", "lt"),
        )
    ),
}
_WORD = re.compile(r"[\w'’ʼ-]+")
_SIDE_AFTER = frozenset({"head", "face", "neck", "chest", "back", "lower back", "abdomen", "groin"})
_SIDE_ENDINGS = {"m": ("правий", "лівий"), "f": ("права", "ліва"), "n": ("праве", "ліве"), "p": ("праві", "ліві")}


@dataclass(frozen=True)
class Place:
    """A mark's place: a region of the vocabulary (or "" when none is named) and a side."""

    region: str = ""
    side: Side | None = None
    words: tuple[int, ...] = ()  # which words of the text named it (positions in ``words_of``)

    def __str__(self) -> str:
        """Canonical, as stored: "right forearm", "neck", "left"."""
        return " ".join(p for p in ((self.side.value if self.side else ""), self.region) if p)

    def ukrainian(self) -> str:
        """As a Ukrainian reader says it: "праве передпліччя", "шия"."""
        if not self.region:
            return {Side.RIGHT: "праворуч", Side.LEFT: "ліворуч", None: ""}[self.side]
        name, gender, _stems = _REGIONS[self.region]
        if self.side is None:
            return name
        if self.region in _SIDE_AFTER:  # "живіт, праворуч": the trunk has sides, not a right and a left one
            return f"{name}, {'праворуч' if self.side is Side.RIGHT else 'ліворуч'}"
        right, left = _SIDE_ENDINGS[gender]
        return f"{right if self.side is Side.RIGHT else left} {name}"


def tokens_of(text: str) -> list[str]:
    """The words of a text as written (apostrophes and hyphens inside a word keep it whole)."""
    return _WORD.findall(text)


def token_starts(text: str) -> list[int]:
    """Where each of ``tokens_of(text)`` begins in the text."""
    return [match.start() for match in _WORD.finditer(text)]


def words_of(text: str) -> list[str]:
    """``tokens_of``, casefolded, with one apostrophe: what stems are matched against."""
    return [w.casefold().replace("’", "'").replace("ʼ", "'") for w in tokens_of(text)]


READ_CHARS = 1000


@lru_cache(maxsize=1 << 16)  # every place written in a registry of 50,000
def place_of(text: str) -> Place:
    """The region and side a text names (the first region named, the side nearest before it,
    else any side named). An empty Place when it names none."""
    words = words_of(text[:READ_CHARS])  # a place is said early: a long text is not read through
    region, at, length = _region(words)
    side, side_at = None, -1
    for n, word in enumerate(words):
        if word in _ENGLISH_SIDES and not _names_a_side(words, n, at):
            continue  # "scar left by surgery", "right after the army"
        for candidate, forms in _SIDE_WORDS.items():
            if word in forms and (side is None or (at >= 0 and n < at + 2)):
                side, side_at = candidate, n
    used = tuple(sorted({*range(at, at + length), *([side_at] if side_at >= 0 else [])}))
    return Place(region, side, used)


def regions_named(words: list[str]) -> list[tuple[int, int, str, int]]:
    """Every word (or words) naming a region: (position, 1 if more specific than a limb else 0,
    region, words it takes)."""
    return [
        (n, 0 if region in _LIMBS else 1, region, length)
        for n in range(len(words))
        for region, length in _REGION_STEMS.named_at(words, n)
    ]


# The regions of each limb from the trunk outwards, and the limb's own name.
_ALONG = (
    (("shoulder", "upper arm", "elbow", "forearm", "wrist", "hand", "fingers"), "arm"),
    (("thigh", "knee", "shin", "ankle", "foot"), "leg"),
)
_LIMB_GROUPS = tuple(frozenset({*regions, limb}) for regions, limb in _ALONG)


def one_limb(a: str, b: str) -> bool:
    """Whether two regions are one (or one writer's name for the other's) or on one limb:
    where a relative's memory of a mark may put what the examination finds."""
    return bool(a and b) and (same_or_next(a, b) or any(a in group and b in group for group in _LIMB_GROUPS))


def next_along(a: str, b: str) -> bool:
    """Whether two regions are neighbours along one limb (лікоть / передпліччя)."""
    return any(abs(regions.index(a) - regions.index(b)) == 1 for regions, _limb in _ALONG if {a, b} <= set(regions))


def places_named(words: list[str]) -> list[tuple[int, int, str, int]]:
    """``regions_named`` without the region words that name no place here: those in what a
    mark shows ("у вигляді голови вовка", "a palm tree") or in "coat of arms"."""
    return [f for f in regions_named(words) if not _in_motif(words, f[0]) and not _not_a_place(words, f)]


def same_or_next(first: str, second: str) -> bool:
    """Whether two regions are one, or one writer's name for the other's (shoulder, upper arm)."""
    return first == second or {first, second} in _OVERLAPPING


_ENGLISH_SIDES = frozenset({"left", "right", "rt", "lt"})


def _names_a_side(words: list[str], n: int, region_at: int) -> bool:
    """An English 'left' or 'right' is a side before a region (within three words), before
    'side', or right after the region ("scar, left knee"; "left side"; "knee, left")."""
    after = words[n + 1 : n + 2]
    return (region_at >= 0 and (0 < region_at - n <= 3 or n - region_at in (1, 2))) or after in (["side"], ["sided"])


def _region(words: list[str]) -> tuple[str, int, int]:
    """The first word (or words) naming a region, as (region, position, words it takes); a more
    specific region (forearm) wins over the limb it belongs to (arm) when both are named."""
    # "у вигляді голови вовка на лівому плечі": a region in what the mark shows is not its place,
    # nor is the back in "the back of the hand"; a text naming regions only so names no place
    placed = places_named(words)
    if not placed:
        return "", -1, 0
    # a mark's place is said with a preposition or a side ("голова вовка на спині"): such a
    # region wins over one named without (the wolf's head is what the tattoo shows)
    said = [f for f in placed if _said_as_place(words, f[0])]
    if said:  # ... unless it is on the same limb ("половини мізинця на лівій руці": the finger)
        placed = [f for f in placed if f in said or any(one_limb(f[2], g[2]) for g in said)]
    specific = [f for f in placed if f[1] == 1]
    n, _specificity, region, length = min(specific or placed)
    if region == "chest" and any(w.startswith(("задн", "posterior", "dorsal")) for w in words[max(0, n - 3) : n]):
        region = "back"  # the posterior surface of the chest (задня поверхня грудної клітки) is the back
    if region == "fingers" and any(r in ("foot", "leg") for _m, _s, r, _l in regions_named(words[n + 1 : n + 4])):
        region = "foot"  # "пальці лівої стопи": the toes, which the vocabulary keeps with the foot
    return region, n, length


_PLACE_WORDS = frozenset(
    (
        *("на", "в", "у", "по", "над", "під", "под", "між", "меж", "між", "біля", "около", "нижче", "вище", "ниже"),
        *("выше", "ділянці", "ділянка", "області", "область", "поверхні", "поверхности", "поверхность"),
        *("on", "in", "at", "over", "under", "above", "below", "across", "behind"),
    )
)


def _said_as_place(words: list[str], n: int) -> bool:
    """Whether the region at ``n`` is said as a place: a preposition, a side or a surface word
    among the three words before it, or a side right after it."""
    before = words[max(0, n - 3) : n]
    sides = _SIDE_WORDS[Side.RIGHT] | _SIDE_WORDS[Side.LEFT]
    return any(w in _PLACE_WORDS or w in sides for w in before) or (n + 1 < len(words) and words[n + 1] in sides)


def _not_a_place(words: list[str], found: tuple[int, int, str, int]) -> bool:
    """Region words that name no place here: "the back of the hand" (the hand), "coat of arms",
    "a hand" after "of" (what a tattoo shows), поперек before a region (across it)."""
    n, _specific, region, length = found
    before, after = words[max(0, n - 2) : n], words[n + length : n + length + 2]
    if words[n] == "back" and after[:1] == ["of"]:
        return True
    if region == "lower back" and words[n] == "поперек" and regions_named(words[n + 1 : n + 3]):
        return True
    if before == ["coat", "of"]:
        return True
    of_at = n - 1 if before[-1:] == ["of"] else n - 2 if before in (["of", "a"], ["of", "an"]) else -1
    # "of" after a part of a region ("the back of the neck") leads to its place; else to a motif
    return of_at >= 0 and (of_at == 0 or words[of_at - 1] not in _PARTS_OF)


_PARTS_OF = frozenset({"back", "side", "top", "front", "surface", "part", "area", "region", "base"})


_MOTIF_HEADS = ("вигляд", "виде", "вид", "зображен", "изображен", "depict", "shape", "form")


def _in_motif(words: list[str], n: int) -> bool:
    """Whether the word at ``n`` follows "in the form of" / "depicting" (within two words)."""
    return any(
        w == head or (len(head) > 3 and w.startswith(head)) for w in words[max(0, n - 2) : n] for head in _MOTIF_HEADS
    )


_LIMBS = frozenset({"arm", "leg"})
T = TypeVar("T")


def stem_at(words: list[str], n: int, stem: str) -> int:
    """How many words from position ``n`` a vocabulary stem names (0: it does not). A stem of
    several words matches words in a row (lower back); a stem ending in a space is a whole word
    (нос is not носок); a stem of three letters takes case endings only (губ: губа, губі, never
    губернія); longer stems any ending. Marks' kinds (``models.remains.marks``) are read so too."""
    parts = stem.split()
    if len(parts) > 1:
        return len(parts) if " ".join(words[n : n + len(parts)]).startswith(stem.strip()) else 0
    return _word_has_stem(words[n], stem)


def _word_has_stem(word: str, stem: str) -> int:
    if stem.endswith(" "):
        return int(word == stem[:-1])
    if len(stem) <= 3:
        return int(word.startswith(stem) and len(word) - len(stem) <= 2)
    return int(word.startswith(stem))


class Vocabulary(Generic[T]):
    """Labelled stems (regions, kinds of marks), read at a position as :func:`stem_at` reads
    them: each label named by its first stem (in order) that matches there.

    The one-word stems a word matches are found once per distinct word and remembered: an
    import reads the same words in thousands of marks, and trying every stem of every label
    on every word was a quarter of a 50,000-row ante-mortem import. A stem of several words
    can only start at a word equal to its first word, so those are kept by that word."""

    def __init__(self, entries: Sequence[tuple[T, Sequence[str]]]) -> None:
        self._labels = [label for label, _stems in entries]
        self._single = [[(i, stem) for i, stem in enumerate(stems) if len(stem.split()) == 1] for _l, stems in entries]
        self._several: dict[str, list[tuple[int, int, str, int]]] = {}
        for number, (_label, stems) in enumerate(entries):
            for i, stem in enumerate(stems):
                parts = stem.split()
                if len(parts) > 1:
                    self._several.setdefault(parts[0], []).append((number, i, stem.strip(), len(parts)))
        self._word = lru_cache(maxsize=1 << 16)(self._of_word)

    def _of_word(self, word: str) -> dict[int, int]:
        """label number -> the order of its first one-word stem that ``word`` matches."""
        found: dict[int, int] = {}
        for number, stems in enumerate(self._single):
            for i, stem in stems:
                if _word_has_stem(word, stem):
                    found[number] = i
                    break
        return found

    def named_at(self, words: list[str], n: int) -> list[tuple[T, int]]:
        """The labels named at position ``n``, in the vocabulary's order, each with how many
        words name it."""
        single: dict[int, int] = self._word(words[n])
        several = self._several.get(words[n])
        if not several:
            return [(self._labels[number], 1) for number in single]
        best: dict[int, tuple[int, int]] = {number: (i, 1) for number, i in single.items()}
        for number, i, stem, length in several:
            current = best.get(number)
            if (current is None or i < current[0]) and " ".join(words[n : n + length]).startswith(stem):
                best[number] = (i, length)
        return [(self._labels[number], best[number][1]) for number in sorted(best)]

    def first_at(self, words: list[str], n: int) -> tuple[T, int] | None:
        """The first label named at ``n`` (in the vocabulary's order) and its words, or None."""
        named = self.named_at(words, n)
        return named[0] if named else None


_REGION_STEMS: Vocabulary[str] = Vocabulary([(region, stems) for region, (_n, _g, stems) in _REGIONS.items()])


def same_place(a: str, b: str) -> bool | None:
    """Whether two texts name the same place: True, False (another region, or the other side),
    None when either names no region (nothing to tell)."""
    first, second = place_of(a), place_of(b)
    if not first.region or not second.region:
        return None
    if not same_or_next(first.region, second.region):
        return False
    return not (first.side and second.side and first.side is not second.side)


# Regions one writer names where another names the next: the shoulder and the upper arm, the
# forearm and the wrist, the hand and its fingers, the abdomen and the lower back's side.
_OVERLAPPING = [
    {"shoulder", "upper arm"},
    {"forearm", "wrist"},
    {"hand", "wrist"},
    {"hand", "fingers"},
    {"arm", "forearm"},
    {"arm", "upper arm"},
    {"arm", "shoulder"},
    {"arm", "elbow"},
    {"arm", "hand"},
    {"leg", "thigh"},
    {"leg", "shin"},
    {"leg", "knee"},
    {"leg", "foot"},
    {"shin", "ankle"},
    {"foot", "ankle"},
    {"back", "lower back"},
    {"face", "nose"},
    {"face", "lip"},
    {"head", "face"},
    {"head", "ear"},
]
