"""Latin and Cyrillic letters that look alike, typed inside a word of the other script.

On a Ukrainian keyboard layout switched back and forth, or in text recognised from a scan,
``Сорока`` comes out as ``Copoкa`` (Latin ``C``, ``o``, ``p``, ``a``) and ``Іван`` as ``Iван``.
The two look identical on screen and print, and compare as different text. A word written
mostly in one script has its look-alike letters of the other script folded into it; a word
with a letter of the other script that has no look-alike (``Ш``, ``Q``) is left alone.
Source of the pairs: the Unicode confusables data (https://www.unicode.org/Public/security/latest/confusables.txt),
restricted to pairs that look the same in the common fonts of documents.
"""

from __future__ import annotations

import re
from functools import lru_cache

LATIN_TO_CYRILLIC = str.maketrans(
    "aceiopxykABCEHIKMOPTXY",
    "асеіорхукАВСЕНІКМОРТХУ",
)
CYRILLIC_TO_LATIN = str.maketrans(
    "асеіорхукАВСЕНІКМОРТХУ",
    "aceiopxykABCEHIKMOPTXY",
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LOOKALIKE_LATIN = frozenset("aceiopxykABCEHIKMOPTXY")
_LOOKALIKE_CYRILLIC = frozenset("асеіорхукАВСЕНІКМОРТХУ")


def _scripts(word: str) -> tuple[int, int, int, int]:
    """Latin letters, Cyrillic letters, and those of each that have no look-alike in the other."""
    latin = cyrillic = own_latin = own_cyrillic = 0
    for c in word:
        if "a" <= c <= "z" or "A" <= c <= "Z":
            latin += 1
            own_latin += c not in _LOOKALIKE_LATIN
        elif "\u0400" <= c <= "\u04ff":
            cyrillic += 1
            own_cyrillic += c not in _LOOKALIKE_CYRILLIC
    return latin, cyrillic, own_latin, own_cyrillic


def _script_of(text: str) -> str:
    """The script a text is written in, by the letters that cannot be look-alikes (Ukrainian
    registers are Cyrillic: a text with none of either is taken for Cyrillic)."""
    _latin, _cyrillic, own_latin, own_cyrillic = _scripts(text)
    return "latin" if own_latin > own_cyrillic else "cyrillic"


@lru_cache(maxsize=1 << 16)
def fold_word(word: str, context: str = "cyrillic") -> str:
    """One word in one script: look-alike letters of the other script replaced by the word's
    own. The word's own letters decide (``Iвaнoвич``: в, н, ч are Cyrillic only); a word made
    of look-alikes alone (``Copoкa``) takes the script of the text around it."""
    latin, cyrillic, own_latin, own_cyrillic = _scripts(word)
    if not latin or not cyrillic or (own_latin and own_cyrillic):
        return word
    script = "cyrillic" if own_cyrillic else "latin" if own_latin else context
    return word.translate(LATIN_TO_CYRILLIC if script == "cyrillic" else CYRILLIC_TO_LATIN)


# Digits a scan's text recognition puts for letters inside a word (САВЧЕНК0, ЮР1ЙОВИЧ, Petrenk0).
# One digit alone among letters: a run of digits is a number (Прізвище00012, А123456), never a slip.
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d_])[01368](?!\d)|(?<!\d)[01368](?=[^\W\d_])")
_DIGIT_CYRILLIC = str.maketrans("01368", "ОІЗбВ")
_DIGIT_LATIN = str.maketrans("01368", "OlEbB")


def fold_digits(text: str) -> str:
    """Digits standing inside words of letters read as the letters they look like (an OCR
    slip: САВЧЕНК0 is САВЧЕНКО); numbers standing alone are left alone."""
    if not any(c in "01368" for c in text):
        return text
    table = _DIGIT_LATIN if _script_of(text) == "latin" else _DIGIT_CYRILLIC
    return _DIGIT_IN_WORD.sub(lambda m: m.group(0).translate(table), text)


def fold(text: str) -> str:
    """Every word of ``text`` folded (see ``fold_word``), in the script of the whole text;
    digits inside words first (``fold_digits``)."""
    text = fold_digits(text)
    if text.isascii():
        return text  # one script: nothing to fold
    context = _script_of(text)
    return _WORD.sub(lambda m: fold_word(m.group(0), context), text)


def mixed_words(text: str) -> list[tuple[str, str]]:
    """The words of ``text`` typed with look-alike letters of the other script, each with the
    word as it should be: [("Copoкa", "Сорока")]."""
    return list(_mixed_words(text))


@lru_cache(maxsize=1 << 16)  # an import asks for every name field of every row; names repeat
def _mixed_words(text: str) -> tuple[tuple[str, str], ...]:
    context = _script_of(text)
    return tuple((word, folded) for word in _WORD.findall(text) if (folded := fold_word(word, context)) != word)
