"""How every benchmark prints: the figure, the baseline from the same run, and their ratio."""

from __future__ import annotations


def report(name: str, value: float, baseline: float, unit: str = "s") -> None:
    ratio = value / baseline if baseline else float("inf")
    print(f"{name:52} {value:9.3f} {unit:3}  baseline {baseline:9.3f} {unit:3}  ratio {ratio:7.1f}x", flush=True)
