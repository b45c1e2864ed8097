"""Dental findings in FDI notation and the per-tooth comparison of AM with PM records.

Dental work only accumulates over a life: a tooth filled before death is filled (or
crowned, or lost) in the body, never sound again; an extracted tooth never grows back.
So a PM finding "further along" than the AM one is explainable (work done after the
record), one "behind" it excludes the candidate — unless the next tooth in the same quadrant
shows what the record says and the record says nothing of that tooth: dental records are
charted with a tooth number off by one often enough (Interpol DVI Guide, "Odontology":
discrepancies explained by errors in the ante-mortem record) that such a pair is counted as a
recording question, not an exclusion, and an AM finding seen only on the next tooth counts a
little for the person.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from models.core.enums import ToothState
from models.core.errors import ParseError
from models.core.i18n import QT_TRANSLATE_NOOP

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

# A concordant finding weighs by how rare it is among the registry's charts (``DentalFrequencies``):
# a filling in a first molar, which one chart in four shows, says little; an implant in a front
# tooth a great deal (the odontologist's rule: uncommon features weigh more; Interpol DVI Guide,
# "Odontology"). Without frequencies, the weights of a typical restoration and loss.
RARITY_SCALE = 1.5
RARITY_MIN, RARITY_MAX = 1.0, 12.0
# Without a registry to count, one tooth in ten is taken to carry a given restoration and one in
# twenty to be lost in life (the weights below are RARITY_SCALE × ln(1 / those), rounded).
TYPICAL_RESTORED, TYPICAL_MISSING = 0.10, 0.05
PRIOR_CHARTS = 20
CONCORDANT_RESTORED = 3.5
CONCORDANT_MISSING = 4.5
CONCORDANT_SOUND = 0.0  # most teeth are sound: a sound tooth in both says nothing of who he was
INCONSISTENT = -5.0  # decay recorded in life, sound in death: most likely a recording error
EXCLUDING = -50.0
NEXT_TOOTH_CONFLICT = -20.0  # an exclusion the next tooth may explain: strongly against, not excluding
ADJACENT_RESTORED = 2.0  # the record's restoration found on the next tooth instead
ADJACENT_MISSING = 1.0

_ENTRY = re.compile(r"^(\d{2})[:=]([a-z_]+)$")


class DentalFormatError(ParseError):
    """A dental entry that is not 'tooth:state' with an FDI tooth and a known state."""


def is_fdi(tooth: int) -> bool:
    return tooth // 10 in (1, 2, 3, 4) and tooth % 10 in range(1, 9)


NOT_FDI = QT_TRANSLATE_NOOP("Errors", "{tooth} is not an FDI tooth number (11-18, 21-28, 31-38, 41-48)")  # field: tooth


def parse_dental(text: str) -> dict[int, ToothState]:
    """'16:filled 36:missing' (spaces or commas between entries) -> {16: FILLED, 36: MISSING}."""
    chart: dict[int, ToothState] = {}
    for entry in re.split(r"[\s,;]+", text.strip().lower()):
        if not entry:
            continue
        match = _ENTRY.match(entry)
        if match is None:
            raise DentalFormatError(
                QT_TRANSLATE_NOOP("Errors", "{entry!r} is not 'tooth:state' (like 16:filled)"), entry=entry
            )
        tooth = int(match.group(1))
        if not is_fdi(tooth):
            raise DentalFormatError(NOT_FDI, tooth=tooth)
        try:
            state = ToothState(match.group(2))
        except ValueError:
            allowed = ", ".join(s.value for s in ToothState)
            raise DentalFormatError(
                QT_TRANSLATE_NOOP("Errors", "{state!r} is not a tooth state ({allowed})"),
                state=match.group(2),
                allowed=allowed,
            ) from None
        if tooth in chart and chart[tooth] is not state:
            raise DentalFormatError(QT_TRANSLATE_NOOP("Errors", "tooth {tooth} is given twice"), tooth=tooth)
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
    adjacent: list[int] = field(default_factory=list)  # AM teeth whose finding is on the next tooth

    @property
    def compared(self) -> int:
        return (
            len(self.concordant)
            + len(self.explainable)
            + len(self.inconsistent)
            + len(self.excluding)
            + len(self.adjacent)
        )

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
        if self.adjacent:
            parts.append("on the next tooth " + " ".join(str(t) for t in self.adjacent))
        teeth = "tooth" if self.compared == 1 else "teeth"
        return f"{self.compared} {teeth} compared: " + "; ".join(parts)

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
            ("на сусідньому зубі", self.adjacent),
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


_NOTED = RESTORED | {ToothState.MISSING}

# Every pair of states, worked out once: ranking compares millions of teeth.
_OUTCOME = {(am, pm): _compare(am, pm) for am in ToothState for pm in ToothState}


def compare_tooth(am: ToothState, pm: ToothState) -> tuple[str, float]:
    """('concordant' | 'explainable' | 'inconsistent' | 'excluding' | 'not_comparable', weight)."""
    return _OUTCOME[(am, pm)]


@dataclass(frozen=True)
class DentalFrequencies:
    """How many of the registry's AM charts record each state at each tooth: the rarer a
    concordant finding, the more it weighs (``weight``)."""

    charts: int = 0
    counts: Mapping[tuple[int, ToothState], int] = field(default_factory=dict)

    @classmethod
    def of(cls, charts: Iterable[Mapping[int, ToothState]]) -> DentalFrequencies:
        counts: Counter[tuple[int, ToothState]] = Counter()
        total = 0
        for chart in charts:
            if chart:
                total += 1
                counts.update(chart.items())
        return cls(total, dict(counts))

    def weight(self, tooth: int, state: ToothState) -> float:
        """``RARITY_SCALE`` × ln(1 / frequency), within [``RARITY_MIN``, ``RARITY_MAX``]. The
        frequency is the registry's, drawn towards a typical one by ``PRIOR_CHARTS`` charts'
        worth, so that a registry of few charts calls nothing rare or common on their word
        alone; the typical weights when there are no charts to count."""
        if self.charts == 0:
            return CONCORDANT_MISSING if state is ToothState.MISSING else CONCORDANT_RESTORED
        typical = TYPICAL_MISSING if state is ToothState.MISSING else TYPICAL_RESTORED
        frequency = (self.counts.get((tooth, state), 0) + PRIOR_CHARTS * typical) / (self.charts + PRIOR_CHARTS)
        return min(RARITY_MAX, max(RARITY_MIN, RARITY_SCALE * math.log(1 / frequency)))


TYPICAL = DentalFrequencies()


def compare_dental(
    am: Mapping[int, ToothState], pm: Mapping[int, ToothState], frequencies: DentalFrequencies = TYPICAL
) -> DentalComparison:
    result = DentalComparison()
    outcome = _OUTCOME
    for tooth in sorted(am.keys() & pm.keys()):
        kind, weight = outcome[(am[tooth], pm[tooth])]
        if kind == "not_comparable":
            continue
        if kind == "concordant" and am[tooth] in _NOTED:
            weight = frequencies.weight(tooth, am[tooth])
        if kind == "excluding" and _on_next_tooth(tooth, am, pm):
            kind, weight = "inconsistent", NEXT_TOOTH_CONFLICT
        result.weight += weight
        if kind == "excluding":
            result.excluding.append((tooth, am[tooth], pm[tooth]))
        else:
            getattr(result, kind).append(tooth)
    for tooth in sorted(am.keys() - pm.keys()):
        if am[tooth] in _NOTED and _on_next_tooth(tooth, am, pm):
            result.adjacent.append(tooth)
            result.weight += ADJACENT_MISSING if am[tooth] is ToothState.MISSING else ADJACENT_RESTORED
    return result


def _on_next_tooth(tooth: int, am: Mapping[int, ToothState], pm: Mapping[int, ToothState]) -> bool:
    """Whether a neighbour of ``tooth`` in its quadrant, of which the AM record says nothing,
    shows the record's finding in the PM chart (a restoration for a restoration; for a lost
    tooth, a lost or replaced one)."""
    state = am[tooth]
    if state not in _NOTED:
        return False
    for neighbour in (tooth - 1, tooth + 1):
        if neighbour // 10 != tooth // 10 or not is_fdi(neighbour) or neighbour in am:
            continue
        found = pm.get(neighbour)
        if found in (_LOST_OR_REPLACED if state is ToothState.MISSING else RESTORED):
            return True
    return False


_LOST_OR_REPLACED = frozenset({ToothState.MISSING, ToothState.BRIDGE, ToothState.IMPLANT})


def restored_teeth(chart: Mapping[int, ToothState]) -> list[int]:
    return sorted(t for t, s in chart.items() if s in RESTORED)
