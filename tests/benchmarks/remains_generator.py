"""An evaluation set for remains identification: missing persons with AM data as families
give it, and remains derived from some of them with the noise of real examinations
(decomposition, post-mortem tooth loss, unreadable tattoos, wide age and stature
estimates, dental work done after the AM record), plus remains of people who are not
in the registry at all. Marks are written as people write them — the family in its words, the
pathologist in an examination's, in Ukrainian, Russian or English, structured or not — and
read back through ``parse_marks`` as an import reads them (issue 13): a family's marks in one
sentence with who told them (``зі слів матері: наколка хрест на правому передпліччі, також шрам
після операції на животі``), sometimes on the other side or only "on the arm"; the examination's
as numbered protocol items with colour and size (``1) на зовнішній поверхні правого
передпліччя татуювання синьо-чорного кольору у вигляді хреста розміром 5×3 см;``).

Examination noise as in the issue: teeth not observable or lost after death, a filling made
after the family's record, a tooth charted one place off in the record, heights as relatives
give them (a little high, rounded), age estimates that sometimes miss, sex undetermined, remains
mostly recovered far from where the person was last seen; and strangers, some of whom look
like a registered person (sex, age, stature and a tattoo in common).
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
from models.remains.marks import parse_marks

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
# Each place as families and pathologists write it: Ukrainian nominative and locative, Russian
# prepositional, English (issue 13: marks only counted when two texts were identical).
_PLACE_FORMS = {
    "ліве передпліччя": ("ліве передпліччя", "на лівому передпліччі", "на левом предплечье", "left forearm"),
    "праве передпліччя": ("праве передпліччя", "на правому передпліччі", "на правом предплечье", "right forearm"),
    "ліве плече": ("ліве плече", "на лівому плечі", "на левом плече", "left shoulder"),
    "праве плече": ("праве плече", "на правому плечі", "на правом плече", "right shoulder"),
    "груди": ("груди", "на грудях", "на груди", "chest"),
    "спина": ("спина", "на спині", "на спине", "back"),
    "шия": ("шия", "на шиї", "на шее", "neck"),
}
# A motif in Russian as the other side's forms or a Russian-speaking family write it.
_MOTIF_RU = {
    "тризуб": "трезубец", "вовк": "волк", "якір": "якорь", "троянда": "роза", "хрест": "крест", "мама": "мама",
    "череп": "череп", "дракон": "дракон", "орел": "орел", "змія": "змея", "серце": "сердце", "зірка": "звезда",
    "ведмідь": "медведь", "сова": "сова", "павук": "паук", "квітка": "цветок", "напис": "надпись",
    "ангел": "ангел", "блискавка": "молния", "меч": "меч",
}  # fmt: skip
# The motif after "у вигляді" / "в виде" (genitive), as protocols write it.
_MOTIF_GENITIVE = {
    "тризуб": "тризуба", "вовк": "вовка", "якір": "якоря", "троянда": "троянди", "хрест": "хреста",
    "мама": "напису «МАМА»", "череп": "черепа", "дракон": "дракона", "орел": "орла", "змія": "змії",
    "серце": "серця", "зірка": "зірки", "ведмідь": "ведмедя", "сова": "сови", "павук": "павука",
    "квітка": "квітки", "напис": "напису", "ангел": "ангела", "блискавка": "блискавки", "меч": "меча",
}  # fmt: skip
# The place in the genitive after "на зовнішній поверхні" (protocol order: place first).
_PLACE_GENITIVE = {
    "ліве передпліччя": "лівого передпліччя", "праве передпліччя": "правого передпліччя",
    "ліве плече": "лівого плеча", "праве плече": "правого плеча", "груди": "грудної клітки",
    "спина": "спини", "шия": "шиї",
}  # fmt: skip
_OTHER_SIDE = {
    "ліве передпліччя": "праве передпліччя", "праве передпліччя": "ліве передпліччя",
    "ліве плече": "праве плече", "праве плече": "ліве плече",
}  # fmt: skip
_INFORMANTS = ("зі слів матері: ", "дружина повідомила: ", "приметы: ", "(зі слів сестри) ", "", "", "")
_JOINS = (", також ", "; ", ", также ", ". А ще ", "; also ")
_SCAR_PLACES = {
    "живіт": ("живіт", "на животі", "на животе", "abdomen"),
    "коліно": ("коліно", "на коліні", "на колене", "knee"),
    "чоло": ("чоло", "на лобі", "на лбу", "forehead"),
}


def _written_tattoo(rng: random.Random, place: str, motif: str) -> str:
    """One tattoo as somebody writes it, in one of the ways families and pathologists do."""
    nominative, locative, russian, english = _PLACE_FORMS[place]
    ru = " ".join(_MOTIF_RU.get(w, w) for w in motif.split())
    return rng.choice(
        (
            f"татуювання: {motif}, {nominative}",
            f"тату {motif} {locative}",
            f"татуювання «{motif}» {locative}",
            f'наколка "{ru}" {russian}',
            f"татуировка {ru} {russian}",
            f"tattoo:{english}:{motif}",
            f"{motif} (наколка) {locative}",
        )
    )


def _family_tattoo(rng: random.Random, place: str, motif: str) -> str:
    """A tattoo as a relative remembers it: sometimes on the other side, or only 'on the arm'."""
    roll = rng.random()
    if roll < 0.1 and place in _OTHER_SIDE:
        place = _OTHER_SIDE[place]
    elif roll < 0.2 and ("передпліччя" in place or "плече" in place):
        return rng.choice((f"наколка {motif} на руці", f"тату {motif} на руке"))
    return _written_tattoo(rng, place, motif)


def _protocol_tattoo(rng: random.Random, place: str, motif: str) -> str:
    """A tattoo as an examination records it: place first, colour, motif in the genitive, size."""
    colour = rng.choice(("синьо-чорного кольору", "синьо-сірого кольору", "багатоколірне", "темно-синего цвета"))
    size = f"розміром {rng.randrange(3, 15)}×{rng.randrange(2, 10)} см"
    genitive = " ".join(_MOTIF_GENITIVE.get(w, w) for w in motif.split())
    return rng.choice(
        (
            f"на зовнішній поверхні {_PLACE_GENITIVE[place]} татуювання {colour} у вигляді {genitive} {size}",
            f"татуювання {colour} у вигляді {genitive} {_PLACE_FORMS[place][1]}, {size}",
            _written_tattoo(rng, place, motif),
        )
    )


def _written_scar(rng: random.Random, place: str) -> str:
    nominative, locative, russian, english = _SCAR_PLACES[place]
    return rng.choice(
        (
            f"шрам {locative} після операції",
            f"післяопераційний рубець {locative}",
            f"послеоперационный рубец {russian}",
            f"scar, {english}, after surgery",
            f"scar:{nominative}:післяопераційний",
        )
    )


RESTORATIONS = (
    (ToothState.FILLED,) * 14 + (ToothState.CROWNED,) * 3 + (ToothState.ROOT_CANAL,) * 2 + (ToothState.IMPLANT,)
)


@dataclass(frozen=True)
class EvaluationSet:
    persons: list[AmProfile]
    cases: list[PmProfile]
    truth: dict[uuid.UUID, uuid.UUID | None]  # case -> the person the remains are (None: not registered)
    dna: dict[tuple[uuid.UUID, uuid.UUID], list[DnaEvidence]]


def _person(rng: random.Random, n: int) -> tuple[AmProfile, _Truth]:
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
    marks: list[Mark] = []  # the truth; the family writes it in its own words (``written``)
    if rng.random() < 0.35:
        words = " ".join(rng.sample(TATTOO_WORDS, rng.choice((1, 2))))
        marks.append(Mark(MarkKind.TATTOO, rng.choice(LOCATIONS), words))
    if rng.random() < 0.2:
        marks.append(Mark(MarkKind.SCAR, rng.choice(("живіт", "коліно", "чоло")), "післяопераційний"))
    if rng.random() < 0.03:
        marks.append(Mark(MarkKind.AMPUTATION, "ліві пальці", ""))
    if am_dental and rng.random() < 0.05:  # the record charts one tooth a place off
        tooth = rng.choice(sorted(am_dental))
        neighbour = tooth + rng.choice((-1, 1))
        if neighbour in TEETH and neighbour not in am_dental:
            am_dental[neighbour] = am_dental.pop(tooth)
    stature = round(rng.gauss(176, 7))
    # relatives give heights a little high and rounded (Giles & Hutchinson 1991)
    told = stature + round(rng.gauss(1.5, 2))
    told = 5 * round(told / 5) if rng.random() < 0.3 else told
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
        stature_cm=told if rng.random() < 0.85 else None,
        dental=am_dental,
        marks=tuple(parse_marks(_cell(rng, marks, protocol=False))),
        implant_serials=frozenset({f"SN{rng.randrange(10**8)}"}) if rng.random() < 0.01 else frozenset(),
        last_seen_place=rng.choice(PLACES),
        last_seen_date=PartialDate.from_date(seen),
    )
    return profile, _Truth(teeth, tuple(marks), stature)


def _written(rng: random.Random, mark: Mark, protocol: bool = False) -> str:
    if mark.kind is MarkKind.TATTOO:
        if protocol:
            return _protocol_tattoo(rng, mark.body_location, mark.description)
        return _family_tattoo(rng, mark.body_location, mark.description)
    if mark.kind is MarkKind.AMPUTATION:
        return rng.choice(
            (
                "не було половини мізинця на лівій руці",
                "без фаланги мизинца на левой руке",
                "відсутність нігтьової фаланги V пальця лівої кисті (давня травматична ампутація)",
            )
        )
    return _written_scar(rng, mark.body_location)


def _cell(rng: random.Random, marks: list[Mark], protocol: bool) -> str:
    """Every mark of a person in one cell: a family's sentence with who told it, or the
    examination's numbered items; or nothing said at all."""
    if not marks:
        return (
            rng.choice(("", "нема", "особливих прикмет не знаю")) if not protocol else "особливих прикмет не виявлено"
        )
    written = [_written(rng, m, protocol) for m in marks]
    if protocol:
        return " ".join(f"{n}) {w};" for n, w in enumerate(written, 1)) if len(written) > 1 else written[0]
    joined = written[0]
    for more in written[1:]:
        joined += rng.choice(_JOINS) + more
    return rng.choice(_INFORMANTS) + joined


@dataclass(frozen=True)
class _Truth:
    """What the person really had: every tooth, and the marks before anybody wrote them down."""

    teeth: dict[int, ToothState]
    marks: tuple[Mark, ...]
    stature_cm: int


def _remains_of(rng: random.Random, n: int, person: AmProfile, truth: _Truth) -> PmProfile:
    teeth = truth.teeth
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
    # the pathologist writes the marks still visible, in the words of an examination
    seen_marks = [mark for mark in truth.marks if not skeletal and rng.random() < 0.6]
    marks = tuple(parse_marks(_cell(rng, seen_marks, protocol=True)))
    est = truth.stature_cm + round(rng.gauss(0, 3.5))  # long-bone formulae: SE 3-4 cm
    sex = person.sex if rng.random() < 0.9 else Sex.UNKNOWN
    id_text = ""
    roll = rng.random()
    if roll < 0.08 and person.service_number:
        id_text = f"жетон {person.service_number}"
    elif roll < 0.12:
        id_text = f"військовий квиток {person.surname} {person.given_names[0]}."
    place = person.last_seen_place if rng.random() < 0.3 else rng.choice(PLACES)
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
        stranger, truth_of = _person(rng, 10**6 + n)
        if rng.random() < 0.4:  # a look-alike: a registered person's sex, age, stature and a tattoo
            twin, twin_truth = rng.choice(people)
            tattoos = tuple(m for m in twin_truth.marks if m.kind is MarkKind.TATTOO)[:1]
            stranger = replace(stranger, sex=twin.sex, date_of_birth=twin.date_of_birth)
            truth_of = _Truth(truth_of.teeth, tattoos or truth_of.marks, twin_truth.stature_cm)
        case = _remains_of(rng, n, replace(stranger, service_number=""), truth_of)
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
