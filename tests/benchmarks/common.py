"""How every benchmark prints: the figure, the baseline from the same run, and their ratio."""

from __future__ import annotations


def report(name: str, value: float, baseline: float, unit: str = "s") -> None:
    ratio = value / baseline if baseline else float("inf")
    shown = f"{ratio:7.1f}x" if ratio >= 1 else f"{ratio:7.3f}x"
    print(f"{name:52} {value:9.3f} {unit:3}  baseline {baseline:9.3f} {unit:3}  ratio {shown}", flush=True)
