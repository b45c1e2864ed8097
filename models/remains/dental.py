"""Dental findings in FDI notation and the per-tooth comparison of AM with PM records.

Dental work only accumulates over a life: a tooth filled before death is filled (or
crowned, or lost) in the body, never sound again; an extracted tooth never grows back.
So a PM finding "further along" than the AM one is explainable (work done after the
record), one "behind" it excludes the candidate.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from models.core.enums import ToothState

TEETH: tuple[int, ...] = tuple(q * 10 + n for q in (1, 2, 3, 4) for n in range(1, 9))
RESTORED = frozenset(
    {ToothState.FILLED, ToothState.CROWNED, ToothState.ROOT_CANAL, ToothState.BRIDGE, ToothState.IMPLANT}
)
# No comparison is possible with these on either side.
NOT_COMPARABLE = frozenset({ToothState.UNKNOWN, ToothState.MISSING_POST_MORTEM})

# How far along the life of a tooth a state is: dental work and loss only move forward.
_STAGE = {
    ToothState.PRESENT: 0,
    ToothState.DECAYED: 1,
    ToothState.FILLED: 2,
    ToothState.ROOT_CANAL: 3,
    ToothState.CROWNED: 4,
    ToothState.MISSING: 5,
    ToothState.BRIDGE: 6,
    ToothState.IMPLANT: 6,
}

CONCORDANT_RESTORED = 8.0
CONCORDANT_MISSING = 3.0
CONCORDANT_SOUND = 0.5
INCONSISTENT = -5.0  # decay recorded in life, sound in death: most likely a recording error
EXCLUDING = -50.0

_ENTRY = re.compile(r"^(\d{2})[:=]([a-z_]+)$")


class DentalFormatError(ValueError):
    """A dental entry that is not 'tooth:state' with an FDI tooth and a known state."""


def is_fdi(tooth: int) -> bool:
    return tooth // 10 in (1, 2, 3, 4) and tooth % 10 in range(1, 9)


def not_fdi(tooth: int) -> str:
    return f"{tooth} is not an FDI tooth number (11-18, 21-28, 31-38, 41-48)"


def parse_dental(text: str) -> dict[int, ToothState]:
    """'16:filled 36:missing' (spaces or commas between entries) -> {16: FILLED, 36: MISSING}."""
    chart: dict[int, ToothState] = {}
    for entry in re.split(r"[\s,;]+", text.strip().lower()):
        if not entry:
            continue
        match = _ENTRY.match(entry)
        if match is None:
            raise DentalFormatError(f"{entry!r} is not 'tooth:state' (like 16:filled)")
        tooth = int(match.group(1))
        if not is_fdi(tooth):
            raise DentalFormatError(not_fdi(tooth))
        try:
            state = ToothState(match.group(2))
        except ValueError:
            allowed = ", ".join(s.value for s in ToothState)
            raise DentalFormatError(f"{match.group(2)!r} is not a tooth state ({allowed})") from None
        if tooth in chart and chart[tooth] is not state:
            raise DentalFormatError(f"tooth {tooth} is given twice")
        chart[tooth] = state
    return chart


def format_dental(chart: Mapping[int, ToothState]) -> str:
    return " ".join(f"{tooth}:{chart[tooth].value}" for tooth in sorted(chart))


@dataclass
class DentalComparison:
    weight: float = 0.0
    concordant: list[int] = field(default_factory=list)
    explainable: list[int] = field(default_factory=list)
    inconsistent: list[int] = field(default_factory=list)
    excluding: list[tuple[int, ToothState, ToothState]] = field(default_factory=list)

    @property
    def compared(self) -> int:
        return len(self.concordant) + len(self.explainable) + len(self.inconsistent) + len(self.excluding)

    @property
    def excludes(self) -> bool:
        return bool(self.excluding)

    def detail(self) -> str:
        parts = []
        if self.excluding:
            parts.append(
                "excluded by " + ", ".join(f"{t} ({am.value} in AM, {pm.value} in PM)" for t, am, pm in self.excluding)
            )
        if self.concordant:
            parts.append("concordant " + " ".join(str(t) for t in self.concordant))
        if self.explainable:
            parts.append("explainable " + " ".join(str(t) for t in self.explainable))
        if self.inconsistent:
            parts.append("inconsistent " + " ".join(str(t) for t in self.inconsistent))
        return f"{self.compared} teeth compared: " + "; ".join(parts)

    def detail_uk(self) -> str:
        parts = []
        if self.excluding:
            parts.append(
                "виключає "
                + ", ".join(
                    f"{t} (за життя: {STATE_UK[am]}, після смерті: {STATE_UK[pm]})" for t, am, pm in self.excluding
                )
            )
        for name, teeth in (
            ("збіг", self.concordant),
            ("пояснювана розбіжність", self.explainable),
            ("суперечність", self.inconsistent),
        ):
            if teeth:
                parts.append(f"{name} " + " ".join(str(t) for t in teeth))
        return f"порівняно зубів: {self.compared}; " + "; ".join(parts)


STATE_UK = {
    ToothState.PRESENT: "наявний",
    ToothState.MISSING: "втрачений за життя",
    ToothState.MISSING_POST_MORTEM: "втрачений посмертно",
    ToothState.FILLED: "пломба",
    ToothState.CROWNED: "коронка",
    ToothState.BRIDGE: "міст",
    ToothState.IMPLANT: "імплант",
    ToothState.ROOT_CANAL: "лікований канал",
    ToothState.DECAYED: "карієс",
    ToothState.UNKNOWN: "неможливо оглянути",
}


def _compare(am: ToothState, pm: ToothState) -> tuple[str, float]:
    if am in NOT_COMPARABLE or pm in NOT_COMPARABLE:
        return "not_comparable", 0.0
    if am is pm:
        if am in RESTORED:
            return "concordant", CONCORDANT_RESTORED
        if am is ToothState.MISSING:
            return "concordant", CONCORDANT_MISSING
        return "concordant", CONCORDANT_SOUND
    am_stage, pm_stage = _STAGE[am], _STAGE[pm]
    if pm_stage > am_stage:
        return "explainable", 0.0
    if am is ToothState.DECAYED or (am_stage == pm_stage):
        # Decay "healed", or two states of the same stage (bridge / implant): a recording question.
        return "inconsistent", INCONSISTENT
    return "excluding", EXCLUDING


# Every pair of states, worked out once: ranking compares millions of teeth.
_OUTCOME = {(am, pm): _compare(am, pm) for am in ToothState for pm in ToothState}


def compare_tooth(am: ToothState, pm: ToothState) -> tuple[str, float]:
    """('concordant' | 'explainable' | 'inconsistent' | 'excluding' | 'not_comparable', weight)."""
    return _OUTCOME[(am, pm)]


def compare_dental(am: Mapping[int, ToothState], pm: Mapping[int, ToothState]) -> DentalComparison:
    result = DentalComparison()
    outcome = _OUTCOME
    for tooth in sorted(am.keys() & pm.keys()):
        kind, weight = outcome[(am[tooth], pm[tooth])]
        if kind == "not_comparable":
            continue
        result.weight += weight
        if kind == "excluding":
            result.excluding.append((tooth, am[tooth], pm[tooth]))
        else:
            getattr(result, kind).append(tooth)
    return result


def restored_teeth(chart: Mapping[int, ToothState]) -> list[int]:
    return sorted(t for t, s in chart.items() if s in RESTORED)
