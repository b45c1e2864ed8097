"""An evaluation set for remains identification: missing persons with AM data as families
give it, and remains derived from some of them with the noise of real examinations
(decomposition, post-mortem tooth loss, unreadable tattoos, wide age and stature
estimates, dental work done after the AM record), plus remains of people who are not
in the registry at all.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from dataclasses import dataclass, replace

from faker.providers.person.uk_UA import Provider as PersonProvider

from models.core.enums import MarkKind, Sex, ToothState
from models.core.partial_date import PartialDate
from models.remains.dental import TEETH
from models.remains.dto import AmProfile, DnaEvidence, Mark, PmProfile

# The registry's surnames and given names as the demo draws them (faker's Ukrainian lists).
SURNAMES = sorted(set(PersonProvider.last_names_male))
GIVEN = sorted(set(PersonProvider.first_names_male))
_SYLLABLES = [
    "ба",
    "ве",
    "гу",
    "до",
    "ки",
    "ло",
    "ми",
    "но",
    "пе",
    "ра",
    "со",
    "ти",
    "ук",
    "фе",
    "ха",
    "чу",
    "ше",
    "яр",
    "ів",
    "ос",
]
PLACES = sorted(
    {f"с. {a.title()}{b}{c}івка, Донецька обл." for a in _SYLLABLES for b in _SYLLABLES for c in _SYLLABLES}
)[::29][:300]
TATTOO_WORDS = [
    "тризуб",
    "вовк",
    "якір",
    "троянда",
    "хрест",
    "мама",
    "череп",
    "дракон",
    "орел",
    "змія",
    "серце",
    "зірка",
    "ведмідь",
    "сова",
    "павук",
    "квітка",
    "напис",
    "ангел",
    "блискавка",
    "меч",
]
LOCATIONS = ("ліве передпліччя", "праве передпліччя", "ліве плече", "праве плече", "груди", "спина", "шия")
RESTORATIONS = (
    (ToothState.FILLED,) * 14 + (ToothState.CROWNED,) * 3 + (ToothState.ROOT_CANAL,) * 2 + (ToothState.IMPLANT,)
)


@dataclass(frozen=True)
class EvaluationSet:
    persons: list[AmProfile]
    cases: list[PmProfile]
    truth: dict[uuid.UUID, uuid.UUID | None]  # case -> the person the remains are (None: not registered)
    dna: dict[tuple[uuid.UUID, uuid.UUID], list[DnaEvidence]]


def _person(rng: random.Random, n: int) -> tuple[AmProfile, dict[int, ToothState]]:
    """A missing person, and the full truth of their teeth (of which AM records know part)."""
    teeth: dict[int, ToothState] = {}
    for tooth in TEETH:
        roll = rng.random()
        if roll < 0.10:
            teeth[tooth] = rng.choice(RESTORATIONS)
        elif roll < 0.15:
            teeth[tooth] = ToothState.MISSING
        else:
            teeth[tooth] = ToothState.PRESENT
    am_dental = {}
    if rng.random() < 0.5:  # half the families found a dentist's record
        am_dental = {t: s for t, s in teeth.items() if s is not ToothState.PRESENT or rng.random() < 0.2}
    marks = []
    if rng.random() < 0.35:
        words = " ".join(rng.sample(TATTOO_WORDS, rng.choice((1, 2))))
        marks.append(Mark(MarkKind.TATTOO, rng.choice(LOCATIONS), words))
    if rng.random() < 0.2:
        marks.append(Mark(MarkKind.SCAR, rng.choice(("живіт", "коліно", "чоло")), "післяопераційний"))
    born = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(40 * 365))
    seen = dt.date(2022, 3, 1) + dt.timedelta(days=rng.randrange(3 * 365))
    profile = AmProfile(
        person_id=uuid.UUID(int=rng.getrandbits(128)),
        external_id=f"P-{n:06d}",
        surname=rng.choice(SURNAMES),
        given_names=rng.choice(GIVEN),
        service_number=f"{rng.randrange(10**6, 10**7)}" if rng.random() < 0.8 else "",
        sex=Sex.MALE if rng.random() < 0.97 else Sex.FEMALE,
        date_of_birth=PartialDate.from_date(born),
        stature_cm=round(rng.gauss(176, 7)) if rng.random() < 0.85 else None,
        dental=am_dental,
        marks=tuple(marks),
        implant_serials=frozenset({f"SN{rng.randrange(10**8)}"}) if rng.random() < 0.01 else frozenset(),
        last_seen_place=rng.choice(PLACES),
        last_seen_date=PartialDate.from_date(seen),
    )
    return profile, teeth


def _remains_of(rng: random.Random, n: int, person: AmProfile, teeth: dict[int, ToothState]) -> PmProfile:
    seen = person.last_seen_date.earliest() if person.last_seen_date else dt.date(2023, 1, 1)
    recovered = seen + dt.timedelta(days=rng.randrange(10, 400))
    born = person.date_of_birth.earliest() if person.date_of_birth else dt.date(1985, 1, 1)
    age = (seen - born).days // 365
    width = rng.choice((10, 10, 15))
    low = max(16, age - rng.randrange(0, width + 1) + rng.choice((0, 0, 0, 0, 0, 0, 0, 0, 0, -4, 4)))
    skeletal = rng.random() < 0.3
    pm_teeth: dict[int, ToothState] = {}
    for tooth, state in teeth.items():
        roll = rng.random()
        if roll < (0.25 if skeletal else 0.05):
            pm_teeth[tooth] = ToothState.MISSING_POST_MORTEM
        elif roll < (0.35 if skeletal else 0.10):
            continue  # not charted
        elif state is ToothState.PRESENT and rng.random() < 0.03:
            pm_teeth[tooth] = ToothState.FILLED  # dental work after the family's record
        else:
            pm_teeth[tooth] = state
    if rng.random() < 0.15:
        pm_teeth = {}  # no dental examination (fragment, or not yet)
    marks = tuple(m for m in person.marks if not skeletal and rng.random() < 0.6)
    stature = person.stature_cm or round(rng.gauss(176, 7))
    est = stature + round(rng.gauss(0, 3))
    sex = person.sex if rng.random() < 0.9 else Sex.UNKNOWN
    id_text = ""
    roll = rng.random()
    if roll < 0.08 and person.service_number:
        id_text = f"жетон {person.service_number}"
    elif roll < 0.12:
        id_text = f"військовий квиток {person.surname} {person.given_names[0]}."
    place = person.last_seen_place if rng.random() < 0.55 else rng.choice(PLACES)
    return PmProfile(
        case_id=uuid.UUID(int=rng.getrandbits(128)),
        case_number=f"PM-{n:05d}",
        sex=sex,
        age_min=low,
        age_max=low + width,
        stature_min_cm=est - 4,
        stature_max_cm=est + 4,
        recovery_date=PartialDate.from_date(recovered),
        recovery_place=place,
        dental=pm_teeth,
        marks=marks,
        implant_serials=person.implant_serials if not skeletal else frozenset(),
        id_text=id_text,
    )


def generate(persons: int, cases: int, seed: int = 7, registered_share: float = 0.85) -> EvaluationSet:
    rng = random.Random(seed)
    people = [_person(rng, n) for n in range(persons)]
    truth: dict[uuid.UUID, uuid.UUID | None] = {}
    remains = []
    for n, (person, teeth) in enumerate(rng.sample(people, int(cases * registered_share))):
        case = _remains_of(rng, n, person, teeth)
        remains.append(case)
        truth[case.case_id] = person.person_id
    for n in range(len(remains), cases):
        stranger, teeth = _person(rng, 10**6 + n)
        case = _remains_of(rng, n, replace(stranger, service_number=""), teeth)
        remains.append(case)
        truth[case.case_id] = None
    # DNA: three in five families gave a reference; the lab reports the true pair strongly
    # and, now and then, an unrelated reference weakly or as an exclusion.
    dna: dict[tuple[uuid.UUID, uuid.UUID], list[DnaEvidence]] = {}
    ids = [p.person_id for p, _ in people]
    for case in remains:
        person_id = truth[case.case_id]
        if person_id is not None and rng.random() < 0.6:
            dna[(case.case_id, person_id)] = [DnaEvidence(10 ** rng.uniform(4, 9), "ДНДЕКЦ")]
        if rng.random() < 0.3:
            dna[(case.case_id, rng.choice(ids))] = [DnaEvidence(10 ** rng.uniform(-6, 1.5), "ДНДЕКЦ")]
    return EvaluationSet([p for p, _ in people], remains, truth, dna)
