"""Alphabetical order for Ukrainian names, the same on every database backend.

SQLite compares by code point, which puts Є, І, Ї and Ґ before А. Rather than a
collation each backend must register, persons carry a sort key computed here and
stored in an indexed column, so ORDER BY is correct and fast everywhere.
"""

from __future__ import annotations

from functools import lru_cache

from models.names.lookalikes import fold

# The Ukrainian alphabet, with the Russian letters that appear in lists placed where a
# Ukrainian reader looks for them (ё by е, ъ/ы/э beside their nearest letters).
ALPHABET = "абвгґдеёєжзиыіїйклмнопрстуфхцчшщъьэюя"
_BASE = 0xE000  # private-use code points: above Latin and digits, in alphabet order
_TABLE = {ord(letter): chr(_BASE + i) for i, letter in enumerate(ALPHABET)}
_IGNORED = {ord(c): None for c in "'ʼ’`-‐ "}


def sort_key(*parts: str) -> str:
    """Key ordering names as a Ukrainian reader expects (case-insensitive, apostrophes ignored,
    Latin look-alike letters typed inside a Cyrillic name sorted as the Cyrillic ones)."""
    return "\x01".join(_part_key(part) for part in parts)


@lru_cache(maxsize=1 << 16)  # given names and patronymics repeat: an import computes each once
def _part_key(part: str) -> str:
    return fold(part).casefold().translate(_IGNORED).translate(_TABLE)
