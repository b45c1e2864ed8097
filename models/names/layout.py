"""A name typed with the wrong keyboard layout switched on.

A clerk who types ``Воробйов Олег Дмитрович`` while the Latin layout is active gets
``Djhj,qjd Jktu Lvbnhjdbx``; one who types ``Kravchenko Volodymyr`` on the Ukrainian layout
gets ``Лкфмсрутлщ Мщдщвньнк``. Such text is read back through the keys it was typed on,
but only when the result reads as a name and the text as written does not: a patronymic
by its ending, or a given name the tables know.

Source of the layouts: the standard Ukrainian (ЙЦУКЕН, DSTU 4862:2007 / the Windows
"Ukrainian (Enhanced)" layout) and Russian (ЙЦУКЕН, GOST 6431-90) keyboards over US QWERTY.
"""

from __future__ import annotations

_QWERTY = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
_UKRAINIAN = "йцукенгшщзхїфівапролджєячсмитьбю'"
_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбюё"
_LATIN_KEYS = set(_QWERTY) | set(_QWERTY.upper()) | {"{", "}", ":", '"', "<", ">", "~"}


def _table(cyrillic: str) -> dict[int, str]:
    table = {ord(a): b for a, b in zip(_QWERTY, cyrillic, strict=True)}
    shifted = 'QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>~'
    table.update({ord(a): b.upper() for a, b in zip(shifted, cyrillic, strict=True)})
    return table


_TO_UKRAINIAN = _table(_UKRAINIAN)
_TO_RUSSIAN = _table(_RUSSIAN)
_TO_LATIN = {ord(b): a for a, b in zip(_QWERTY, _UKRAINIAN, strict=True)}
_TO_LATIN.update({ord(b.upper()): a.upper() for a, b in zip(_QWERTY, _UKRAINIAN, strict=True) if b.isalpha()})
_TO_LATIN.update({ord(b): a for a, b in zip(_QWERTY, _RUSSIAN, strict=True) if ord(b) not in _TO_LATIN})
_TO_LATIN.update(
    {
        ord(b.upper()): a.upper()
        for a, b in zip(_QWERTY, _RUSSIAN, strict=True)
        if b.isalpha() and ord(b.upper()) not in _TO_LATIN
    }
)


def retypings(text: str, words: int = 2) -> list[str]:
    """``text`` as it reads typed on each other layout (Latin keys: Ukrainian, then Russian;
    Cyrillic keys: Latin), or [] when the text is not made of one layout's keys alone. Which
    reading is the name is for the caller to decide (``models.names.split``)."""
    if len(text.split()) < words:  # one word alone reads as a name too often by chance
        return []
    # the hyphen of a double surname is one key on every layout (Rbhbktyrj-Cfdxer: Кириленко-Савчук)
    if all(c in _LATIN_KEYS or c.isspace() or c == "-" for c in text):
        return [text.translate(_TO_UKRAINIAN), text.translate(_TO_RUSSIAN)]
    if all("\u0400" <= c <= "\u04ff" or c.isspace() or c in "'’ʼ-" for c in text):
        return [text.translate(_TO_LATIN)]
    return []
