"""Numbers as people read them: grouped digits, powers of ten for large likelihood ratios."""

import math

import pytest

from models.core.numbers import grouped, likelihood_ratio_text


@pytest.mark.parametrize(
    ("ratio", "text"),
    [
        (652_765_000, "652 765 000"),
        (125_000, "125 000"),
        (1.5, "1.5"),
        (0.25, "0.25"),
        (999_999_999_999, "999 999 999 999"),
        (1e12, "1.0 × 10¹²"),
        (6.52765e15, "6.5 × 10¹⁵"),
        (3.2e20, "3.2 × 10²⁰"),
        (math.inf, "∞"),
    ],
)
def test_a_likelihood_ratio_is_written_as_people_read_it(ratio: float, text: str) -> None:
    assert likelihood_ratio_text(ratio) == text
    assert "e+" not in likelihood_ratio_text(ratio)


def test_grouped_keeps_up_to_three_decimals() -> None:
    assert grouped(12345.678) == "12 345.678" and grouped(12345.0) == "12 345" and grouped(1.25) == "1.25"
