"""Numbers as people read them in both languages: grouped digits, and powers of ten for the
likelihood ratios DNA laboratories report (which run to 10²⁰ and beyond)."""

from __future__ import annotations

import math

SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
GROUPED_UP_TO = 1e12  # below this a ratio is written out in full, digits grouped by threes


def grouped(number: float) -> str:
    """``652 765 000``; a fraction keeps up to three decimals (``1.25``). Grouped by spaces,
    which Ukrainian and English readers both take (no comma/point ambiguity)."""
    if number == int(number):
        return f"{int(number):,}".replace(",", " ")
    whole, _, fraction = f"{number:,.3f}".rstrip("0").partition(".")
    return whole.replace(",", " ") + (f".{fraction}" if fraction else "")


def likelihood_ratio_text(ratio: float) -> str:
    """A likelihood ratio for a report or the board: ``652 765 000`` up to 10¹², then
    ``6.5 × 10¹⁵`` (two significant digits; the exponent in superscript). Not ``6.52765e+08``."""
    if not math.isfinite(ratio):
        return "∞" if ratio > 0 else "—"
    if abs(ratio) < GROUPED_UP_TO:
        return grouped(round(ratio, 3))
    exponent = math.floor(math.log10(abs(ratio)))
    mantissa = ratio / 10**exponent
    return f"{mantissa:.1f} × 10{str(exponent).translate(SUPERSCRIPT)}"
