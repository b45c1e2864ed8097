"""Identifiers as people and spreadsheets write them: service numbers, record ids."""

from __future__ import annotations

import re
from functools import lru_cache

_SERVICE_TABLE = str.maketrans("авекмнорстухіїё", "abekmhopctyxiie")  # Cyrillic letters that look Latin
_NOT_ALNUM = re.compile(r"[^0-9a-z\u0400-\u04ff]")


@lru_cache(maxsize=1 << 17)
def service_key(text: str) -> str:
    """A service number as compared: case, separators and look-alike letters do not matter."""
    return _NOT_ALNUM.sub("", text.casefold().translate(_SERVICE_TABLE))
