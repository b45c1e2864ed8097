"""Hungarian spelling of names, as Ukraine's Hungarians of Zakarpattia write them.

A person registered as ``Надь Габор`` is ``Nagy Gábor`` in a Hungarian document and on an
identity tag; ``Тот Єржебет`` is ``Tóth Erzsébet``. The transliteration tables read such
Latin as English-like spelling (``Nagy`` as "наги"), so the two never meet. This module reads
Hungarian orthography into the Ukrainian Cyrillic the registry uses, and only for text that
shows it is Hungarian (a digraph or a long vowel no other spelling in use has).

Source: the Ukrainian rules for transcribing Hungarian names ("Український правопис", 2019,
the section on foreign proper names) as Zakarpattia's civil registry applies them: gy → дь,
ny → нь, ty → ть, ly → й, sz → с, zs → ж, cs → ч, s → ш, c → ц, dzs → дж, j → й, long vowels
as short ones; the Hungarian alphabet's digraphs from the Hungarian Academy's orthography
(AkH., 12th edition).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters and digraphs only Hungarian spelling has among the Latin forms lists use.
_MARKED = re.compile(r"gy|sz|zs|cs|(?:ny|ly|ty)$|[őű]|[áé](?=.*[a-z])", re.IGNORECASE)
# Polish spelling shares sz: a name with a letter or ending only Polish has is not Hungarian (ó,
# ú, í, ö, ü are left out of the marks: Polish, Czech and Crimean Tatar Latin have them too).
_POLISH = re.compile(r"[ąęłńśźż]|cz|rz(?!s)|ski$|ska$|wicz$|ck[ia]$", re.IGNORECASE)

# Longest first, then the letters one by one.
_DIGRAPHS = (
    ("dzs", "дж"),
    ("gy", "дь"),
    ("ny", "нь"),
    ("ty", "ть"),
    ("ly", "й"),
    ("sz", "с"),
    ("zs", "ж"),
    ("cs", "ч"),
    ("dz", "дз"),
    ("th", "т"),  # old spellings: Tóth, Thököly
    ("ch", "ч"),
)
_LETTERS = str.maketrans(
    {
        "a": "а",
        "á": "а",
        "b": "б",
        "c": "ц",
        "d": "д",
        "e": "е",
        "é": "е",
        "f": "ф",
        "g": "г",
        "h": "г",
        "i": "і",
        "í": "і",
        "j": "й",
        "k": "к",
        "l": "л",
        "m": "м",
        "n": "н",
        "o": "о",
        "ó": "о",
        "ö": "о",
        "ő": "о",
        "p": "п",
        "r": "р",
        "s": "ш",
        "t": "т",
        "u": "у",
        "ú": "у",
        "ü": "у",
        "ű": "у",
        "v": "в",
        "z": "з",
        "y": "і",  # at the end of old family names (Szalay): -ї is written -і in Ukrainian
        "x": "кс",
        "w": "в",
        "q": "к",
    }
)


def _is_latin(text: str) -> bool:
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in text if c.isalpha())


def hungarian(*parts: str) -> bool:
    """Whether a name written in Latin letters is spelled in Hungarian: some part of it shows a
    digraph or a long vowel only Hungarian spelling has (``Kis Gábor``: the á of Gábor)."""
    words = [word for part in parts for word in part.split()]
    return (
        all(_is_latin(word) for word in words)
        and any(_MARKED.search(word) for word in words)
        and not any(_POLISH.search(word) for word in words)
    )


@lru_cache(maxsize=4096)
def to_cyrillic(word: str, force: bool = False) -> str | None:
    """The Ukrainian Cyrillic of a Hungarian-spelled word (``Nagy`` → ``надь``, ``Erzsébet`` →
    ``ержебет``), lower case; None when the word is not Latin or, unless ``force`` (the rest of
    the name is Hungarian), shows nothing Hungarian."""
    if not word or not _is_latin(word) or not (force or _MARKED.search(word)):
        return None
    text = unicodedata.normalize("NFC", word.casefold())
    for digraph, cyrillic in _DIGRAPHS:
        text = text.replace(digraph, cyrillic)
    text = text.translate(_LETTERS)
    if any("a" <= c <= "z" for c in text):
        return None
    return text
