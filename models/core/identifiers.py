"""Identifiers as people and spreadsheets write them: service numbers, record ids."""

from __future__ import annotations

import re
from functools import lru_cache

from models.core.errors import RepatriaError
from models.core.i18n import QT_TRANSLATE_NOOP

_SERVICE_TABLE = str.maketrans("авекмнорстухіїё", "abekmhopctyxiie")  # Cyrillic letters that look Latin
_NOT_ALNUM = re.compile(r"[^0-9a-z\u0400-\u04ff]")


@lru_cache(maxsize=1 << 17)
def service_key(text: str) -> str:
    """A service number as compared: case, separators and look-alike letters do not matter."""
    return _NOT_ALNUM.sub("", text.casefold().translate(_SERVICE_TABLE))


_EXCEL_NUMBER = re.compile(r"^0*(\d+?)(?:[.,]0+)?$")
_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?e\+?\d+$", re.IGNORECASE)


def excel_key(text: str) -> str | None:
    """An all-digit identifier as Excel may have mangled it, reduced to what survives: ``00458``,
    ``458`` and ``458.0`` all give ``458``. None for identifiers that are not numbers (Excel
    leaves text alone)."""
    match = _EXCEL_NUMBER.match(text.strip())
    return match.group(1) if match else None


def excel_scientific(text: str) -> bool:
    """``1.23E+09``, ``1,23457E+11``: a long number Excel showed in scientific notation and
    saved that way. Its digits are lost; it cannot be anyone's identifier."""
    return bool(_SCIENTIFIC.match(text.strip()))


# An office's code names its files (backups; bundles, "<from>_<to>_..."): Latin letters, digits
# and "-", starting with a letter or digit - never a path ("../x"), a hidden name, or a character
# a file system or the "_" of a bundle's name would change.
OFFICE_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,31}")


def check_office_code(code: str) -> str:
    """``code`` as given when it is a valid office code; RepatriaError naming the rule otherwise."""
    if OFFICE_CODE.fullmatch(code) is None:
        raise RepatriaError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "the office code {code!r} is not valid: up to 32 Latin letters, digits and '-', "
                "starting with a letter or digit (it names the office's files)",
            ),
            code=code[:40],
        )
    return code
