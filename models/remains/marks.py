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
other), descriptions by their motifs and words in any script (ВДВ / VDV, хрест / крест;
``models.remains.motifs``); a tattoo with the same motif on the mirrored region or the next
one along the limb is perhaps the same mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from models.core.enums import MarkKind
from models.names.keys import normalise
from models.remains.body import (
    READ_CHARS,
    Place,
    Side,
    Vocabulary,
    next_along,
    one_limb,
    place_of,
    places_named,
    regions_named,
    same_or_next,
    same_place,
    stem_at,
    token_starts,
    tokens_of,
    words_of,
)
from models.remains.dto import Mark
from models.remains.motifs import content, description_similarity

_BURN = ("опік", "післяопік", "ожог", "послеожог", "burn")  # a healed burn is a scar
# whole words: напис- also begins написала (she wrote)
_INSCRIPTION_STEMS = (
    *("напис ", "написи ", "напису ", "написом ", "написів ", "надпис ", "надписи ", "надпису ", "надписом "),
    *("надпись ", "надписью ", "надписей ", "inscription ", "inscriptions "),
)
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
            *("тату", "татуюван", "татуиров", "наколк", "наколок", "наколоч", "tattoo", "tatoo", "tattoe", "tat "),
            "tats ",
            *_INSCRIPTION_STEMS,  # an inscription on the skin is a tattoo
        ),
    ),
    (
        MarkKind.SCAR,
        (
            *("шрам", "рубц", "рубець", "рубец", "рубчик", "scar ", "scars ", "scarring ", "scarred ", "cicatri"),
            *("keloid", "келоїд", "келоид"),
            *_BURN[:-1],
            "burn scar",
        ),
    ),
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
            "гемангіом",
            "гемангиом",
            "hemangiom",
            "haemangiom",
            "судинн",
            "сосудист",
        ),
    ),
    (MarkKind.PIERCING, ("пірсинг", "пирсинг", "piercing", "пробит", "проколот", "прокол ", "проколи ", "проколы ")),
    (MarkKind.AMPUTATION, ("ампут", "amput", "кукс", "stump")),
    (MarkKind.DEFORMITY, ("деформ", "deform", "викривл", "искривл")),
)
# A part of a limb said to be absent is an amputation even when the word is not written.
_ABSENT = (
    *("відсутн", "отсутств", "без ", "немає ", "нема ", "нет ", "не було", "не было", "бракує", "бракувало"),
    *("не вистачає", "не вистачало", "не хватает", "не хватало", "missing", "lost "),
)
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
    r"sister|father|brother)\s+(?:повідомила|повідомив|каже|розповіла|сказала|пише|написала|написав|сообщила|сообщил|говорит|"
    r"рассказала|says|said|reports|reported)\b:?"
    r"|\baccording\s+to\s+(?:his|her|the)\s+\w+"
    r"|^\s*(?:особливі\s+|особые\s+|distinguishing\s+)?(?:прикмети|приметы|marks|features|signs)\s*:",
    re.IGNORECASE,
)
_ITEMS = re.compile(
    r"[;\n\r\v\f\x85\u2028\u2029|•]+|(?:^|[;:,.]\s*)\d{1,2}\.\s+|\b(?:а\s+також|а\s+также|також|также|and\s+also|also|крім\s+того|кроме\s+того|плюс)\b"
    r"|(?<=\w\w\w)\.\s+(?=[A-ZА-ЯІЇЄҐ])",  # a sentence ends (not "с. Тихе", "О. Петренко")
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
        # where on a region (the place says it) and "inscription": not what the mark shows
        *("тильній", "тыльной", "зовнішній", "наружной", "внутрішній", "внутренней", "передній", "передней"),
        *("задній", "задней", "бічній", "боковой", "верхній", "верхней", "нижній", "нижней", "середній"),
        *("средней", "третині", "трети", "outer", "inner", "upper", "lower", "back"),
        *("напис", "написом", "надпис", "надписом", "надпись", "надписью", "надписи", "напису", "inscription"),
        *("зображенням", "зображення", "изображением", "изображение", "depicting"),
        *("що", "что", "that", "але", "но", "but", "є", "есть", "is", "are", "there", "was", "були", "був"),
        *("мати", "мама", "батько", "дружина", "сестра", "брат", "мать", "жена", "mother", "wife", "sister"),
        *("стороні", "стороне", "сторона", "side", "has"),
    )
)
_QUOTED = re.compile(r"[\"«“„‘]([^\"«»”“„‘’]{1,200})[\"»”“’]|(?<!\w)'([^'\n]{1,200})'(?!\w)")


def parse_marks(text: str) -> list[Mark]:
    """Marks in a cell, each structured or free text (see the module docstring). A mark whose
    kind is not named is 'other'; its place is still read. A kind said to be absent
    ("татуювань не виявлено", "шрамів теж нема") is no mark."""
    marks: list[Mark] = []
    heading = _heading_kind(text)
    for group in _items(text):
        read = [
            (_structured(item) or read_mark(item, _kind_or(item, heading)), item)
            for item in group
            if not _says_none(item)
        ]
        if any(not _says_something(mark, item) and _denies(item) for mark, item in read):
            # "шрамів та татуювань немає": the denial at the end covers the kinds named before it
            read = [(m, i) for m, i in read if m.body_location or _describes(m)]
        marks.extend(mark for mark, item in read if _says_something(mark, item))
    return marks


# The words of "there is none": what is left of "Татуювань не виявлено" once the kind is read.
_DENIAL = frozenset(
    (
        *("не", "ні", "нема", "немає", "нет", "нету", "виявлено", "виявлені", "обнаружено", "обнаружены"),
        *("встановлено", "встановлені", "установлено", "установлены", "відсутні", "отсутствуют", "теж", "тоже"),
        *("також", "также", "жодних", "никаких", "no", "none", "not", "found", "seen", "any", "nil"),
        *("змін", "изменений", "changes", "known", "даних", "данных", "data", "null", "na", "н", "д", "n", "a"),
        *("marks", "mark", "distinguishing", "features", "прикмет", "примет", "особливих", "особых", "unknown"),
        *("має", "имеет", "пам'ятає", "помнит", "знає", "знает", "remember", "remembers", "know", "knows", "чи"),
        *("ли", "whether"),
    )
)


_HEADING = re.compile(r"^\s*([\w'’ʼ-]+)\s*:")


def _heading_kind(text: str) -> MarkKind | None:
    """The kind a cell's heading names for all its items: "Наколки: …; …", "Шрами: …"."""
    match = _HEADING.match(normalise(text[:200]))
    if match is None:
        return None
    kind, _at = _kind([match.group(1).casefold()])
    return None if kind is MarkKind.OTHER else kind


def _kind_or(item: str, heading: MarkKind | None) -> MarkKind | None:
    """An item under a heading that names no kind of its own has the heading's."""
    if heading is None or _names_kind(item):
        return None
    return heading


def _says_something(mark: Mark, item: str) -> bool:
    """A mark read from ``item`` is one unless it only says there is none or nothing at all:
    "Татуювань не виявлено", "no tattoos", "null", "?" (a place, or a kind named without a
    denial, "шрам", is something)."""
    if mark.body_location or _describes(mark) or item.strip().casefold() in _FILE_KINDS:
        return True
    return mark.kind is not MarkKind.OTHER and not _denies(item)


def _describes(mark: Mark) -> bool:
    """Whether a description says what the mark is like (words that neither deny nor join)."""
    return any(w not in _DENIAL and w not in _JOINING and not w.isdigit() for w in words_of(mark.description))


def _denies(text: str) -> bool:
    return any(w in _DENIAL for w in words_of(text))


_ITEM_NUMBER = re.compile(r"(?<!\w)\(?(\d{1,2})\)")


def _numbered(text: str) -> list[str]:
    """A protocol's items "1) … 2) …": a number in brackets begins an item at the start, after
    punctuation, or when it follows the last item's number ("тату 12) бригади" is no item)."""
    pieces, start, last = [], 0, 0
    for match in _ITEM_NUMBER.finditer(text):
        number, before = int(match.group(1)), text[: match.start()].rstrip()
        if match.start() == 0 or before.endswith((";", ":", ",", ".")) or number == last + 1:
            pieces.append(text[start : match.start()])
            start, last = match.end(), number
    pieces.append(text[start:])
    return pieces


def _items(text: str) -> list[list[str]]:
    """A cell's marks as separate texts, without who told them, in groups: the marks one
    sentence or item names (a denial at its end covers them all)."""
    items = []
    for raw in (piece for numbered in _numbered(text) for piece in _ITEMS.split(numbered)):
        # as names are compared: NFKC, no invisible characters or stress marks, look-alike
        # letters of the other script folded (тaту with a Latin a), runs of spaces as one
        told = _INFORMANT.sub(" ", normalise(raw))
        item = " ".join(told.split()).strip(" ,.-–—:()")
        if item:
            items.append(_split_at_joins(item))
    return items


def _split_at_joins(item: str) -> list[str]:
    """'шрам на коліні, родимка на шиї' is two marks; 'татуювання: хрест, праве передпліччя' is
    one: a comma or 'і' divides only where the part after it names a kind of its own and so
    does everything before it. A kind named after a place with nothing between ("шрам на
    коліні тату на плечі") begins a new mark too; and a second place for the same kind ("шрам на
    лівій нозі та правій руці") is a second mark of that kind."""
    if _structured(item) is not None:
        return [item]
    # each piece between joins is read once (a long cell of commas stays linear)
    joins = [(m.start(), m.end()) for m in _JOINS.finditer(item)]
    joins += [(at, at) for at in _kinds_after_a_place(item)]
    cuts = [(0, 0), *sorted(joins), (len(item), len(item))]
    pieces = [(cuts[n][1], cuts[n + 1][0]) for n in range(len(cuts) - 1)]
    parts: list[str] = []
    start, kind_since_start, kind_word = 0, False, ""
    for n, (first, last) in enumerate(pieces):
        piece = item[first:last]
        names = _names_kind(piece)
        if n and names and kind_since_start:
            parts.append(item[start : cuts[n][0]])
            start, kind_since_start = first, False
        elif n and not names and kind_word and _another_place(piece, item[start : cuts[n][0]]):
            parts.append(item[start : cuts[n][0]])
            parts.append(f"{kind_word} {piece}")  # the same kind in a second place
            start, kind_since_start = last, False
            continue
        if names:
            kind_word = _kind_word(piece) or kind_word
        kind_since_start = kind_since_start or names
    parts.append(item[start:])
    return [p.strip(" ,.-–—:()") for p in parts if p.strip(" ,.-–—:()")]


def _kinds_after_a_place(item: str) -> list[int]:
    """Where a kind's word follows a place with no join between (``шрам на коліні тату``)."""
    head = item[:READ_CHARS]
    words, starts = words_of(head), token_starts(head)
    found, kind_seen, place_seen = [], False, False
    for n in range(len(words)):
        is_kind = _kind_at(words, n)[1] > 0
        if is_kind and kind_seen and place_seen:
            found.append(starts[n])
            place_seen = False
        kind_seen = kind_seen or is_kind
        place_seen = place_seen or (kind_seen and bool(regions_named(words[n : n + 1])))
    return found


def _kind_word(text: str) -> str:
    """The word that names a text's kind ("шрам", "тату"), as written."""
    words = words_of(text)
    _kind_found, at = _kind(words)
    return " ".join(tokens_of(text)[n] for n in at) if at else ""


def _another_place(piece: str, before: str) -> bool:
    """Whether ``piece`` names a place of its own, not on the limb or region of the place said
    before it ("шрами: на лобі, на лівому стегні"; but "тату на правій руці, на кисті" is one)."""
    here, there = place_of(piece).region, place_of(before).region
    return bool(here and there) and _said_as_a_place(piece) and not one_limb(here, there)


def _said_as_a_place(piece: str) -> bool:
    """The piece begins with its place ("на лівому стегні …", "правій руці"), as a second place
    does, not with what the mark shows."""
    words = words_of(piece)
    used = place_of(piece).words
    return bool(used) and all(n in used or words[n] in _JOINING for n in range(min(used)))


def _names_kind(text: str) -> bool:
    """Whether a text names a kind of mark (an inscription alone does not: "якір і напис «ВМФ»"
    is one tattoo), or says a part of a limb is missing."""
    words = [w for w in words_of(text) if f"{w} " not in _INSCRIPTION_STEMS]
    return _kind(words)[0] is not MarkKind.OTHER or _lost_part(text)


def _lost_part(text: str) -> bool:
    """Whether a text says a part of a limb is missing: an absence word right before the part
    ("без фаланги мизинца", "не було половини мізинця"), not before another thing on it ("нема
    обручки на пальці", "годинник на руці без ремінця")."""
    words = words_of(text[:READ_CHARS])
    if place_of(text).region not in _LIMB_PARTS:
        return False
    parts = {n for n, _specific, region, _length in regions_named(words) if region in _LIMB_PARTS}
    for n in range(len(words)):
        length = next((k for absent in _ABSENT if (k := stem_at(words, n, absent))), 0)
        if length:
            between = words[n + length : n + length + 5]
            for m, word in enumerate(between, n + length):
                if m in parts:
                    return True
                if word in _PREPOSITIONS:
                    break
    return False


_PREPOSITIONS = frozenset({"на", "в", "у", "во", "on", "in", "at", "під", "под", "над"})


def _says_none(item: str) -> bool:
    """A text that says there are no marks (or none could be found), naming no kind or place."""
    if _names_kind(item) or place_of(item).region:
        return False
    return bool(_NONE.match(item.strip()) or _NOT_FOUND.search(item))


def read_amputations(text: str) -> list[Mark]:
    """The marks an "Amputations" field names ("ліва нога нижче коліна; мізинець правої руки",
    "ампутація правої кисті", "немає"): each item that names no other kind is an amputation
    at the place it names; an item naming no place is none (nothing to compare)."""
    return [
        Mark(MarkKind.AMPUTATION, m.body_location, m.description) if m.kind is MarkKind.OTHER else m
        for m in parse_marks(text[:READ_CHARS])
        if m.body_location
    ]


_FILE_KINDS = frozenset(kind.value for kind in MarkKind)


def _structured(item: str) -> Mark | None:
    """A mark headed by its kind and a colon: 'kind:location:description' when the location
    names only a place (or nothing) — 'tattoo:left forearm:тризуб', 'scar:abdomen' — else the
    kind and free text ('татуювання: хрест, праве передпліччя'). None without such a head."""
    head, colon, rest = item.partition(":")
    if not colon and head.strip().casefold() in _FILE_KINDS:
        return Mark(MarkKind(head.strip().casefold()))  # the file format's bare kind: 'other', 'scar'
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
    text = normalise(text)
    quoted = [q.strip() for pair in _QUOTED.findall(text) for q in pair if q.strip()]
    plain = _QUOTED.sub(" ", text)
    head = plain[:READ_CHARS]  # kind and place are said at the start; a long text is not read through for them
    words = words_of(head)
    kind, kind_at = (kind, []) if kind is not None else _kind(words)
    place = place_of(head)
    if kind is MarkKind.OTHER and _lost_part(head):
        kind = MarkKind.AMPUTATION  # "не було половини мізинця на лівій руці"
    if kind is MarkKind.SCAR and any(words[n].startswith(_BURN) for n in kind_at):
        kind_at = []  # "опік" names the kind and what it is: it stays in the description
    used = {*place.words, *kind_at}
    for n, _specific, region, length in places_named(words) if place.region else ():
        if one_limb(region, place.region):  # "на правій руці вище ліктя": руці names the same place
            used.update(range(n, n + length))
    rest = [w for n, w in enumerate(tokens_of(plain)) if n not in used]
    description = " ".join(p for p in (_description(rest), *quoted) if p)
    motifs = content(kind, description)[0] if kind is MarkKind.SCAR and not place.region else frozenset()
    if "appendectomy" in motifs:
        place = Place("abdomen", Side.RIGHT)  # the appendectomy's scar is in the right iliac region
    elif "caesarean" in motifs:
        place = Place("abdomen")  # a caesarean section's, low on the abdomen
    return Mark(kind, str(place), description)


def _description(words: list[str]) -> str:
    return " ".join(w for w in words if w.casefold() not in _JOINING and w.strip("-"))


_KINDS: Vocabulary[MarkKind] = Vocabulary(_KIND_STEMS)


def _kind_at(words: list[str], n: int) -> tuple[MarkKind, int]:
    """The kind the word at ``n`` names and how many words name it ((OTHER, 0): none)."""
    first = _KINDS.first_at(words, n)
    return first if first is not None else (MarkKind.OTHER, 0)


def _kind(words: list[str]) -> tuple[MarkKind, list[int]]:
    for n in range(min(len(words), 200)):  # a kind is named early
        kind, length = _kind_at(words, n)
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
UNLIKE = 40  # two descriptions of one kind in one place with nothing in common
# Marks distinctive enough that the same motif elsewhere on the body still speaks for a person:
# relatives often give the other side (they describe what they saw facing him) or the next region.
_DISTINCTIVE = frozenset({MarkKind.TATTOO})


def mark_similarity(am: Mark, pm: Mark) -> float:
    """0..100: how alike two marks are (``SIMILAR`` and above: the same mark; ``PARTLY`` and
    above: perhaps the same, written or seen differently).

    Another kind is 0. The same kind in the same place: as alike as the descriptions
    (``models.remains.motifs``); when either says nothing to tell them apart, 80 (60 for a
    tattoo, whose motif would); when both say what it shows and share nothing, ``UNLIKE``
    (another mark). No place named on either side: the descriptions, or 60. The mirrored
    region, or the next one along the limb: ``PARTLY`` for a tattoo whose motif is the same
    (relatives mirror sides), else 0. An amputation is told by its place alone."""
    if am.kind is not pm.kind:
        return 0.0
    where = same_place(am.body_location, pm.body_location)
    # a lost part is told by its place; "не було половини" and "відсутність нігтьової фаланги" say the same
    alike = None if am.kind is MarkKind.AMPUTATION else description_similarity(am.kind, am.description, pm.description)
    if where is False:
        mirrored = _mirrored(am.body_location, pm.body_location)
        return float(PARTLY) if mirrored and am.kind in _DISTINCTIVE and alike is not None and alike >= 90 else 0.0
    if alike is None:  # nothing written to tell them apart: a tattoo's motif would, another kind's rarely
        score = (60.0 if am.kind is MarkKind.TATTOO else 80.0) if where else 60.0
    elif where and alike < PARTLY:  # both say what it shows, and nothing in common: another mark
        score = min(alike, UNLIKE)
    else:
        score = alike
    if where is None and am.body_location and pm.body_location:  # places written no vocabulary knows
        places = fuzz.token_set_ratio(am.body_location.casefold(), pm.body_location.casefold())
        score = score if places >= SIMILAR else score * 0.5
    return float(score)


def _mirrored(first: str, second: str) -> bool:
    """The same region on the other side (where a relative facing him puts it), or the next
    region along the same limb on the same side (лікоть / передпліччя)."""
    a, b = place_of(first), place_of(second)
    if a.side and b.side and a.side is not b.side:
        return same_or_next(a.region, b.region)
    return next_along(a.region, b.region)


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
