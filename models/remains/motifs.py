"""What a mark shows, as families and pathologists name it: the motif of a tattoo (a cross, an
eagle, a unit's insignia …) and the cause of a scar (an operation, a wound, a burn), in
Ukrainian, Russian and English and in any grammatical case, and how alike two descriptions are.

A family writes ``наколка орел``, a pathologist ``татуювання синьо-чорного кольору у вигляді
орла розміром 9×5 см``: the same eagle. Descriptions are therefore compared by meaning, not as
strings: first by the motifs of a controlled vocabulary (``resources/remains/motifs.csv``; its
tattoo classes follow ANSI/NIST-ITL 1-2011, "Tattoo classes and subclasses", each row with its
source), then by the words left once the protocol's wording is set aside (colour, size, surface,
"у вигляді", "зображення", informants), word by word with case endings and script ignored
(``хреста`` / ``хрест`` / ``krest``), and an inscription read only in part (``Ол..``) as the
beginning of a word.
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from importlib import resources

from models.core.enums import MarkKind
from models.names.keys import skeleton
from models.remains.body import stem_at, words_of


@lru_cache(maxsize=1)
def _vocabulary() -> dict[MarkKind, list[tuple[frozenset[str], str]]]:
    """kind -> [(motifs, stem)], longest stems first so a phrase wins over its first word."""
    source = resources.files("resources").joinpath("remains/motifs.csv")
    table: dict[MarkKind, list[tuple[frozenset[str], str]]] = {}
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            motifs = frozenset(row["motif"].split("+"))
            for stem in row["stems"].split("|"):
                table.setdefault(MarkKind(row["kind"]), []).append((motifs, stem.casefold()))
    for stems in table.values():
        stems.sort(key=lambda entry: -len(entry[1].split()))
    return table


@cache
def _by_beginning(kind: MarkKind) -> dict[str, list[tuple[int, frozenset[str], str]]]:
    """The vocabulary of a kind by the first three letters of each stem (fewer for shorter
    stems), each entry with its place in ``_vocabulary``'s order: a word is tried only against
    the stems it can begin with (a description is read in microseconds, not milliseconds)."""
    buckets: dict[str, list[tuple[int, frozenset[str], str]]] = {}
    for order, (motifs, stem) in enumerate(_vocabulary().get(kind, [])):
        buckets.setdefault(stem.split()[0][:3] if stem.strip() else "", []).append((order, motifs, stem))
    return buckets


def read_motifs(kind: MarkKind, words: list[str]) -> tuple[frozenset[str], set[int]]:
    """(the motifs the words name, the positions of the words that named them)."""
    buckets = _by_beginning(kind)
    found: set[str] = set()
    used: set[int] = set()
    n = 0
    while n < len(words):
        word = words[n]
        tried = sorted(
            entry for key in {word[:1], word[:2], word[:3]} for entry in buckets.get(key, ())
        )  # a stem a word begins with begins with one of these: in the vocabulary's order
        for _order, motifs, stem in tried:
            length = stem_at(words, n, stem)
            if length:
                found |= motifs
                used.update(range(n, n + length))
                n += length - 1
                break
        n += 1
    return frozenset(found), used


# The protocol's and the informant's wording around a motif, by stem: colour, size, surface and
# part of a region, "in the form of", "depicting", "inscription", "big", "according to".
_WORDING = (
    *("син", "чорн", "черн", "сір", "серо", "серы", "сера", "зелен", "червон", "красн", "фіолет", "фиолет"),
    *("блакит", "голубо", "голубы", "голубая"),
    *("багатоколір", "багатокольор", "многоцвет", "кольор", "цвет", "color", "colour", "blue", "black", "grey"),
    *("gray", "green", "red", "монохром", "розмір", "размер", "size", "довжин", "длин", "length", "ширин"),
    *("діаметр", "диаметр", "поверхн", "зовнішн", "наружн", "внутрішн", "внутренн", "передн", "задн", "тильн"),
    *("долонн", "ладонн", "бічн", "боков", "латерал", "медіал", "медиал", "верхн", "середн", "нижн", "трет"),
    *("upper", "lower", "middle", "third", "outer", "inner", "anterior", "posterior", "lateral", "medial"),
    *("dorsal", "проекц", "ділянц", "ділянк", "област", "вигляд", "виде", "вид ", "зображ", "изображ", "малюн"),
    *("рисун", "depict", "image", "form", "форм", "напис", "надпис", "inscript", "letter", "word", "слів "),
    *("слов ", "повідоми", "сообщи", "велик", "больш", "маленьк", "невелик", "мал", "large", "small", "big"),
    *("давн", "старий", "старый", "old", "см ", "cm ", "мм ", "mm ", "also", "також", "также", "букв", "цифр"),
    *("ім'я", "имя", "name", "дочк", "доньк", "дочер", "дружин", "жени", "жены", "матер", "сина", "сына"),
    *("сестр", "брат", "його", "его", "his", "her", "є ", "есть", "бул", "був", "бачи"),
    *("shaped", "style", "clearly", "visible", "чітк", "четк", "нечітк", "нечетк", "розмит", "размыт"),
)
_PARTIAL = re.compile(r"(?<!\w)(\w{1,40})(?:\.{2,}|…)")  # "Ол.." or "Ол…": an inscription legible in part
# possessive (*+, ++): a long run of digits that is no size fails at once, not in n² steps
_SIZE = re.compile(
    r"(?<![\d.,])\d++(?:[.,]\d++)?+\s*+(?:[x×х*]\s*+\d++(?:[.,]\d++)?+\s*+)*+(?:см|cm|мм|mm)\b", re.IGNORECASE
)
MAX_WORDS = 60  # a description is compared on its first words: a mark is not an essay


_WORDING_BY_BEGINNING: dict[str, list[str]] = {}
for _stem in _WORDING:
    _WORDING_BY_BEGINNING.setdefault(_stem.rstrip()[:3], []).append(_stem)


def _is_wording(word: str) -> bool:
    """A word of the wording around a motif: a stem with a space is a whole word; a short stem
    takes a short ending only (мал: малого, never малина's longer kin)."""
    return any(
        word == stem[:-1]
        if stem.endswith(" ")
        else word.startswith(stem) and (len(stem) > 3 or len(word) - len(stem) <= 4)
        for key in {word[:1], word[:2], word[:3]}
        for stem in _WORDING_BY_BEGINNING.get(key, ())
    )


@lru_cache(maxsize=1 << 17)  # every description in a registry of 50,000
def content(kind: MarkKind, text: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the motifs a description names, the other words that tell it apart) — the words as
    Latin keys, a word legible only in part ending in '*', years written with two digits."""
    text = _SIZE.sub(" ", text)
    partial = {m.group(1).casefold() for m in _PARTIAL.finditer(text)}
    # a hyphen joins no digits to a word: ДМБ-2010 is ДМБ and 2010
    words = [part for word in words_of(text)[: 4 * MAX_WORDS] for part in _split_digits(word)]
    motifs, used = read_motifs(kind, words)
    kept = []
    for n, word in enumerate(words):
        if n in used or _is_wording(word):
            continue
        if word.isdigit():
            # a date or a number in a tattoo: 24.02.2022 and 24.02.22 are the same; a lone
            # digit is an item's number or a size
            if len(word) > 1:
                kept.append(word[-2:] if len(word) == 4 and word[:2] in ("19", "20") else word)
            continue
        key = skeleton(word) or word
        if word in partial:
            kept.append(key + "*")
        elif len(key) > 2 or not word.isalpha():
            kept.append(key)
    return motifs, tuple(kept[:MAX_WORDS])


def _split_digits(word: str) -> list[str]:
    return [p for p in re.split(r"-(?=\d)|(?<=\d)-", word) if p] if "-" in word else [word]


def _same_word(a: str, b: str) -> bool:
    """Two Latin keys of words that are the same word: equal, one a part-legible beginning of
    the other, or the same stem with another case ending (хреста / хрест, волка / волк)."""
    if a == b:
        return True
    if a.endswith("*") or b.endswith("*"):
        partial, whole = (a, b) if a.endswith("*") else (b, a)
        return len(partial) > 2 and whole.startswith(partial[:-1])
    if a.isdigit() or b.isdigit():
        return False
    shorter = min(len(a), len(b))
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), shorter)
    return shorter >= 4 and common >= max(4, shorter - 2)


def description_similarity(kind: MarkKind, first: str, second: str) -> float | None:
    """0..100: how alike two descriptions of marks of one kind are; None when either says
    nothing that tells one mark from another (only a size, a colour, an informant).

    The same motif is alike (100); two different motifs, and no word in common, are not (0);
    otherwise the share of the shorter description's words found in the other."""
    motifs_a, words_a = content(kind, first)
    motifs_b, words_b = content(kind, second)
    if not (motifs_a or words_a) or not (motifs_b or words_b):
        return None
    if motifs_a & motifs_b:
        return 100.0
    if not words_a or not words_b:
        return 0.0
    shorter, longer = sorted((words_a, words_b), key=len)
    found = sum(any(_same_word(w, other) for other in longer) for w in shorter)
    return 100.0 * found / len(shorter)
