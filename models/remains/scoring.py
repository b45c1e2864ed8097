"""How strongly each piece of evidence speaks for or against a missing person being the
person whose remains a case describes.

Every piece of evidence adds its own weight to the score, and each weight only grows
with the strength of its evidence (a higher likelihood ratio, one more concordant
tooth, one more matching mark), so stronger evidence never lowers a candidate.
Primary identifiers (DNA, implant serial numbers, dental) weigh far more than
secondary ones (description, effects, place); an exclusion weighs heavily against.
"""

from __future__ import annotations

import math
import re
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from models.core.enums import Sex
from models.core.identifiers import service_key
from models.core.numbers import likelihood_ratio_text
from models.core.partial_date import PartialDate
from models.names.engine import Level, NameKeys, given_level, name_keys
from models.names.equivalents import given_key, looks_like_given, patronymic_key, written_initials
from models.names.keys import initial, skeleton, surname_keys, tokens
from models.names.split import looks_like_patronymic
from models.remains.dental import RARITY_SCALE, TYPICAL, DentalFrequencies, compare_dental
from models.remains.dto import (
    EXCLUSION_BOUND,
    AmProfile,
    DnaEvidence,
    Evidence,
    Mark,
    PmProfile,
    Scored,
    Thresholds,
)
from models.remains.marks import SIMILAR, mark_weight, matching_marks

DNA_WEIGHT_PER_DECADE = 25.0  # log10 of the likelihood ratio, scaled: LR 10,000 -> 100
DNA_CAP = 200.0
DNA_EXCLUSION = -100.0
NUMBER_ON_TAG = 60.0
IMPLANT_SERIAL = 80.0
NAME_ON_TAG = 40.0
SURNAME_AND_INITIAL_ON_TAG = 25.0
SURNAME_ON_TAG = 10.0
SEX_AGREES = 2.0
SEX_EXCLUDES = -40.0
AGE_FITS = 3.0
# An estimate of age at death misses by a few years often (adult methods' errors are 5-10 years
# and grow with age: Brooks & Suchey 1990, Garvin & Passalacqua 2012), by many rarely.
AGE_NEAR_YEARS = 5
AGE_PER_YEAR_NEAR = -1.5
AGE_PER_YEAR_FAR = -3.0
STATURE_FITS = 3.0
# Stature from long bones has a standard error of 3-4 cm (Trotter & Gleser 1952), and heights
# given by relatives run a few centimetres high (Giles & Hutchinson 1991): an estimate is read as
# at least its middle ± 4 cm, and each centimetre outside costs a point, from the fit's +3 down
# to the cap.
STATURE_TOLERANCE_CM = 4
STATURE_PER_CM = -1.0
STATURE_CAP = -20.0
CLOTHING_ALIKE = 2.0
SAME_PLACE = 5.0  # the weight of a shared settlement when the registry's are not counted
# About one body in three is recovered in the settlement where the person was last seen (an
# estimate of this office's practice, not a published figure): a shared settlement weighs
# RARITY_SCALE × ln(that share / the share of the registry last seen there), so Маріуполь, where
# thousands were, says little and a village where three were says much.
RECOVERED_WHERE_LAST_SEEN = 0.3
TYPICAL_SETTLEMENT_SHARE = 0.01
PRIOR_PERSONS = 20
PLACE_MIN, PLACE_MAX = 0.5, 8.0
RECOVERED_BEFORE_LAST_SEEN = -40.0


@dataclass(frozen=True)
class Frequencies:
    """How common in the registry is what a candidate shares with the remains: dental findings
    per tooth (``DentalFrequencies``), the settlements persons were last seen in (settlement
    key -> persons, of ``persons``) and the persons an ID tag's name fits. The default counts
    nothing: typical weights."""

    dental: DentalFrequencies = TYPICAL
    settlements: Mapping[str, int] = field(default_factory=dict)
    persons: int = 0
    # ``tag_key``(an ID tag's or document's text, a surname word of it) -> level -> registered
    # persons of that surname it names at least so fully (``namesakes_of``; a text not here:
    # each weighs in full)
    tags: Mapping[str, Mapping[int, int]] = field(default_factory=dict)

    @classmethod
    def of(cls, profiles: Iterable[AmProfile]) -> Frequencies:
        listed = list(profiles)
        places = Counter(key for am in listed if (key := settlement(am.last_seen_place)))
        return cls(DentalFrequencies.of(am.dental for am in listed), dict(places), len(listed))

    def place_weight(self, key: str) -> float:
        """The weight of remains recovered in the settlement ``key`` where the person was last
        seen (its share of the registry drawn towards a typical one by ``PRIOR_PERSONS``)."""
        if self.persons == 0:
            return SAME_PLACE
        share = (self.settlements.get(key, 0) + PRIOR_PERSONS * TYPICAL_SETTLEMENT_SHARE) / (
            self.persons + PRIOR_PERSONS
        )
        return min(PLACE_MAX, max(PLACE_MIN, RARITY_SCALE * math.log(RECOVERED_WHERE_LAST_SEEN / share)))


TYPICAL_FREQUENCIES = Frequencies()


def dna_weight(ratio: float) -> float:
    if ratio <= 0:
        return DNA_EXCLUSION
    return max(DNA_EXCLUSION, min(DNA_CAP, DNA_WEIGHT_PER_DECADE * math.log10(ratio)))


def stature_window(least: int | None, most: int | None) -> tuple[float, float]:
    """The statures (cm) an estimate allows: its range, at least its middle ± the tolerance; an
    open end stays open."""
    low, high = float(least if least is not None else 0), float(most if most is not None else 300)
    middle = (low + high) / 2
    if least is not None:
        low = min(low, (middle if most is not None else low) - STATURE_TOLERANCE_CM)
    if most is not None:
        high = max(high, (middle if least is not None else high) + STATURE_TOLERANCE_CM)
    return low, high


def stature_weight(stature: float, low: float, high: float) -> float:
    """The weight of a stature in life against an estimate's window (``stature_window``): +3
    at its middle, a quarter point less per centimetre towards its ends (an estimate is most
    likely near its middle), then a point less per centimetre outside, down to the cap."""
    middle, half = (low + high) / 2, (high - low) / 2
    off = abs(stature - middle)
    if off <= half or half > 50:  # an open-ended estimate only says what is outside it
        return STATURE_FITS - min(off, half) / 4 if half <= 50 else STATURE_FITS
    return max(STATURE_CAP, STATURE_FITS - half / 4 + STATURE_PER_CM * (off - half))


def age_weight(gap: int) -> float:
    """The weight of an age at death ``gap`` years outside the estimate: falling from the fit's
    +3 gently for the first years an estimate often misses by, steeply after; at the exclusion
    bound from 14 years."""
    near = min(gap, AGE_NEAR_YEARS)
    far = gap - near
    return max(EXCLUSION_BOUND, AGE_FITS + AGE_PER_YEAR_NEAR * near + AGE_PER_YEAR_FAR * far)


def age_at_death(am: AmProfile, pm: PmProfile) -> tuple[int, int] | None:
    """Youngest and oldest the person can have been at death: between last seen alive (or the
    recovery, when nobody says) and the recovery of the remains. None when a date is missing."""
    if am.date_of_birth is None or pm.recovery_date is None:
        return None
    youngest = age_on(am.date_of_birth, am.last_seen_date or pm.recovery_date)[0]
    oldest = age_on(am.date_of_birth, pm.recovery_date)[1]
    # last seen alive after the recovery (that contradiction is evidence of its own): the ages
    # between the two dates, never a range that runs backwards ("42–41 at death")
    return min(youngest, oldest), max(youngest, oldest)


def age_on(born: PartialDate, on: PartialDate) -> tuple[int, int]:
    """Youngest and oldest the person can have been on a (partial) date. Unknown months and
    days are taken at their earliest and latest (day 31 orders like the month's last day)."""
    b_month, b_day, o_month, o_day = born.month, born.day, on.month, on.day
    youngest = on.year - born.year - ((o_month or 1, o_day or 1) < (b_month or 12, b_day or 31))
    oldest = on.year - born.year - ((o_month or 12, o_day or 31) < (b_month or 1, b_day or 1))
    return max(0, youngest), max(0, oldest)


_PLACE_NOISE = frozenset({"обл", "область", "район", "р-н", "рн", "с", "м", "смт", "селище", "село", "місто", "oblast"})


@lru_cache(maxsize=1 << 14)
def settlement(place: str) -> str:
    """The first word of a place that is not 'с.', 'м.', 'обл.' ...: the settlement, as a key."""
    for word in re.findall(r"[\w'’-]+", place.casefold()):
        if word not in _PLACE_NOISE and not word.isdigit():
            return skeleton(word)
    return ""


@lru_cache(maxsize=1 << 14)
def id_tag_numbers(text: str) -> frozenset[str]:
    """Every token of an ID tag or document long enough to be a service number or record id."""
    found = set()
    for raw in re.split(r"[\s,;:/()]+", text):
        key = service_key(raw)
        if len(key) >= 4 and any(c.isdigit() for c in key):
            found.add(key)
    return frozenset(found)


@lru_cache(maxsize=1 << 12)
def tag_words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """An ID tag's or document's words as the name engine reads them: every surname key each
    word can be (in either language), the given-name keys (every form of a name is one key),
    and the initials (``О.``)."""
    words = tokens(text)
    return (
        frozenset(key for w in words if len(w) > 1 for key in surname_keys(w)),
        frozenset(given_key(w) for w in words if len(w) > 1 and looks_like_given(w)),
        frozenset(letter for w in re.findall(r"\b\w\.", text) if (letter := initial(w)) is not None),
    )


SHOWN_CHARS = 120


def shown_text(text: str) -> str:
    """A tag's or document's text as evidence quotes it: on one line, at most ``SHOWN_CHARS``
    characters (a pasted page is not repeated in every line of evidence)."""
    line = " ".join(text.split())
    return line if len(line) <= SHOWN_CHARS else line[: SHOWN_CHARS - 1].rstrip() + "…"


SURNAME_LEVEL, INITIAL_LEVEL, NAME_LEVEL, FULL_LEVEL = 1, 2, 3, 4  # how fully a tag or document names a person


def tag_level(text: str, surname: str, given_names: str, patronymic: str = "") -> int:
    """How fully an ID tag's or document's ``text`` names a person: ``FULL_LEVEL`` (surname,
    given name and patronymic: "Шевчук Андрій Петрович"), ``NAME_LEVEL`` (surname and given
    name: "Коваленко Олександр"), ``INITIAL_LEVEL`` (surname and an initial the given name can
    be written with: "Коваленко О."), ``SURNAME_LEVEL`` (the surname alone, or a name whose
    patronymic contradicts his: "Шевчук Андрій Петрович" for Андрій Іванович), or 0."""
    return _tag_reading(text, surname, given_names, patronymic)[0]


def _tag_reading(text: str, surname: str, given_names: str, patronymic: str) -> tuple[int, str]:
    """(``tag_level``, the tag's initial his given name begins with at ``INITIAL_LEVEL``, or "")."""
    keys = name_keys(surname, given_names, "")
    if not keys.surname or not keys.surnames & tag_words(text)[0]:
        return 0, ""
    return given_on_tag(text, keys, patronymic)


def given_on_tag(text: str, keys: NameKeys, patronymic: str = "") -> tuple[int, str]:
    """How fully ``text`` names a person of its surname by the given name (and patronymic) of
    his ``keys``: (level, the initial it begins with at ``INITIAL_LEVEL``, or "")."""
    _surnames, givens, initials = tag_words(text)
    if keys.given and keys.given in givens:
        written = tag_patronymics(text)
        own = _patronymic_key(patronymic)
        if not written or not own:
            return NAME_LEVEL, ""
        return (FULL_LEVEL if own in written else SURNAME_LEVEL), ""
    if keys.given and (letter := _initial_on_tag(keys, initials)):
        return INITIAL_LEVEL, letter
    return SURNAME_LEVEL, ""


@lru_cache(maxsize=1 << 12)
def tag_patronymics(text: str) -> frozenset[str]:
    """The patronymic keys of the words of a tag's or document's text that read as patronymics."""
    return frozenset(patronymic_key(w) for w in tokens(text) if looks_like_patronymic(w))


@lru_cache(maxsize=1 << 14)
def _patronymic_key(patronymic: str) -> str:
    words = tokens(patronymic)
    return patronymic_key(words[0]) if words else ""


def _initial_on_tag(keys: NameKeys, initials: frozenset[str]) -> str | None:
    """The tag's initial a person's given name can be written with, in the tag's script (a name
    the tables know: ``written_initials``; another: as the name engine compares initials)."""
    written = written_initials(keys.given)
    for letter in sorted(initials):
        if letter in written if written else given_level(name_keys("", f"{letter}.", ""), keys) == Level.INITIAL:
            return letter
    return None


def namesakes_of(text: str, names: Iterable[tuple[str, str]]) -> dict[int, int]:
    """level -> how many persons ``text`` names at that level or more fully, of the persons whose
    surname it names (found by their surname keys), given by their (given names, patronymic)
    (``Frequencies.tags``). Names repeat: each is read once, not each person's."""
    levels: Counter[int] = Counter()
    for (given, patronymic), n in Counter(names).items():
        levels[given_on_tag(text, name_keys("", given, ""), patronymic)[0]] += n
    return {level: sum(n for at, n in levels.items() if at >= level) for level in _TAG_WEIGHTS}


# A tag names one person, a registry may hold many of that name: each doubling of the persons
# it fits as well as this one halves the chance it is his, and costs NAMESAKES_COST points (a
# tag fitting 32 persons says as little of any one of them as a surname alone). Never below
# what the tag's less full reading weighs: naming more of a person never lowers him.
_TAG_WEIGHTS = {
    SURNAME_LEVEL: SURNAME_ON_TAG,
    INITIAL_LEVEL: SURNAME_AND_INITIAL_ON_TAG,
    NAME_LEVEL: NAME_ON_TAG,
    FULL_LEVEL: NAME_ON_TAG,  # as a full name, but fewer persons share it
}
NAMESAKES_COST = 5.0
SURNAME_ON_TAG_FLOOR = 2.0


def tag_weight(level: int, namesakes: Mapping[int, int]) -> float:
    """The weight of a tag naming a person at ``level`` when ``namesakes[level]`` registered
    persons fit it at least as fully (1 or unknown: the full weight)."""
    weight = SURNAME_ON_TAG_FLOOR
    for at in range(SURNAME_LEVEL, level + 1):
        fits = max(1, namesakes.get(at, 1))
        weight = max(weight, _TAG_WEIGHTS[at] - NAMESAKES_COST * math.log2(fits))
    return weight


def tag_key(text: str, word: str) -> str:
    """A key of ``Frequencies.tags``: a tag's text and the word of it whose namesakes are counted
    (a document may name several persons: "документи: Коваленко О., Шевчук"); ``tag_key_parts``
    reads it back."""
    return f"{text}{_KEY_JOIN}{word}"


def tag_key_parts(key: str) -> tuple[str, str]:
    """(text, word) of a ``tag_key``."""
    text, _join, word = key.partition(_KEY_JOIN)
    return text, word


_KEY_JOIN = "\x1f"  # the unit separator: no tag's text holds it


def surname_words(text: str) -> list[str]:
    """The words of a tag's text that may be surnames (as the candidate blocks read them)."""
    return list(dict.fromkeys(w for w in tokens(text) if len(w) > 2))


def _surname_word(text: str, surname: str) -> str:
    """The word of ``text`` that is this surname, or ""."""
    keys = name_keys(surname, "", "").surnames
    return next((w for w in surname_words(text) if surname_keys(w) & keys), "")


def _name_on_tag(pm_text: str, am: AmProfile, frequencies: Frequencies) -> Evidence | None:
    level, letter = _tag_reading(pm_text, am.surname, am.given_names, am.patronymic)
    if not level:
        return None
    namesakes = frequencies.tags.get(tag_key(pm_text, _surname_word(pm_text, am.surname)), {})
    weight = tag_weight(level, namesakes)
    fits = namesakes.get(level, 1)
    also, also_uk = ("", "")
    if fits > 1:
        also, also_uk = f" (so named in the registry: {fits})", f" (так названо в реєстрі: {fits})"
    if level == SURNAME_LEVEL:
        return Evidence(
            "id_tag",
            weight,
            f"'{shown_text(pm_text)}' names the surname {am.surname}{also}",
            f"«{shown_text(pm_text)}»: прізвище — {am.surname}{also_uk}",  # nominative: no declension of names needed
        )
    if level == FULL_LEVEL:
        named = f"{am.surname} {am.given_names} {am.patronymic}"
    elif level == NAME_LEVEL:
        named = f"{am.surname} {am.given_names}"
    else:  # the letter as the tag writes it, and whose name it can begin: "Коваленко Є. (Остап)"
        named = f"{am.surname} {letter.upper()}. ({am.given_names})"
    text = shown_text(pm_text)
    return Evidence("id_tag", weight, f"'{text}' names {named}{also}", f"«{text}»: ім'я — {named}{also_uk}")


def _marks_said(am_mark: Mark, pm_mark: Mark, similarity: float) -> Callable[[], tuple[str, str]]:
    def said() -> tuple[str, str]:
        if similarity >= SIMILAR:
            return (
                f"{pm_mark.describe()} ~ in life: {am_mark.describe()}",
                f"{pm_mark.describe(True)} ~ за життя: {am_mark.describe(True)}",
            )
        return (
            f"{pm_mark.describe()} ~ perhaps, in life: {am_mark.describe()}",
            f"{pm_mark.describe(True)} ~ можливо, за життя: {am_mark.describe(True)}",
        )

    return said


# The relatives who give DNA references, as labs write them in either language (English,
# Ukrainian), so that each explanation names them in its own.
_KIN: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("mother", "мати", ("mother", "мати", "мама", "мать", "матір")),
    ("father", "батько", ("father", "батько", "тато", "отец", "отець")),
    ("son", "син", ("son", "син", "сын")),
    ("daughter", "донька", ("daughter", "донька", "дочка", "дочь", "доня")),
    ("brother", "брат", ("brother", "брат")),
    ("sister", "сестра", ("sister", "сестра")),
    ("wife", "дружина", ("wife", "дружина", "жена")),
    ("husband", "чоловік", ("husband", "чоловік", "муж")),
    ("grandmother", "бабуся", ("grandmother", "бабуся", "баба", "бабця", "бабушка")),
    ("grandfather", "дідусь", ("grandfather", "дідусь", "дід", "дед", "дедушка")),
    ("grandson", "онук", ("grandson", "онук", "внук")),
    ("granddaughter", "онука", ("granddaughter", "онука", "внучка")),
    ("uncle", "дядько", ("uncle", "дядько", "дядя")),
    ("aunt", "тітка", ("aunt", "тітка", "тётя", "тетя")),
)
_KIN_BY_WORD = {word: (en, uk) for en, uk, words in _KIN for word in words}


def kinship(relationship: str) -> tuple[str, str]:
    """How an explanation names the relative who gave a DNA reference, in English ("the
    mother") and Ukrainian ("мати"), whichever language the lab wrote it in; a word not known
    is quoted as written ("a relative: хрещений"). ("", "") when none is given."""
    written = relationship.strip()
    if not written:
        return "", ""
    known = _KIN_BY_WORD.get(written.casefold())
    if known is None:
        return f"a relative: {written}", written
    return f"the {known[0]}", known[1]


DNA_LABEL_UK = {"certain": "певний", "probable": "імовірний", "inconclusive": "непереконливий", "excluding": "виключає"}
SEX_UK = {Sex.MALE: "чоловіча", Sex.FEMALE: "жіноча", Sex.UNKNOWN: "невідома"}


def score_pair(
    pm: PmProfile,
    am: AmProfile,
    dna: Sequence[DnaEvidence] = (),
    thresholds: Thresholds | None = None,
    *,
    explain: bool = True,
    frequencies: Frequencies = TYPICAL_FREQUENCIES,
) -> Scored:
    """The evidence between a case and a person, each piece explained in English and Ukrainian.
    ``explain=False`` leaves the explanations out (the weights are the same). ``frequencies``:
    how common in the registry a dental finding or a settlement is (a rarer one shared weighs
    more)."""
    pending = score_deferred(pm, am, dna, thresholds, frequencies=frequencies)
    return pending.explained() if explain else pending.quiet()


@dataclass(slots=True)
class PendingScore:
    """A score whose evidence is made only when asked (``quiet``, ``explained``): ranking scores
    a few dozen persons and shows ten, and making the evidence of all of them cost as much as
    the scoring."""

    person_id: uuid.UUID
    score: float
    excluded: bool  # evidence at or below EXCLUSION_BOUND, as Scored.excluded
    pieces: list[tuple[str, float, Callable[[], tuple[str, str]] | None]]

    def quiet(self) -> Scored:
        """The score with its evidence unexplained."""
        return Scored(self.person_id, self.score, tuple(Evidence(kind, weight, "") for kind, weight, _ in self.pieces))

    def explained(self) -> Scored:
        """The score with each piece of evidence explained in English and Ukrainian."""
        return Scored(
            self.person_id,
            self.score,
            tuple(
                Evidence(kind, weight, *said()) if said else Evidence(kind, weight, "")
                for kind, weight, said in self.pieces
            ),
        )


def score_deferred(
    pm: PmProfile,
    am: AmProfile,
    dna: Sequence[DnaEvidence] = (),
    thresholds: Thresholds | None = None,
    *,
    frequencies: Frequencies = TYPICAL_FREQUENCIES,
) -> PendingScore:
    """``score_pair``, its evidence made only when asked."""
    thresholds = thresholds or Thresholds()
    pieces: list[tuple[str, float, Callable[[], tuple[str, str]] | None]] = []

    def add(kind: str, weight: float, said: Callable[[], tuple[str, str]] | None = None) -> None:
        """One piece of evidence; its explanation (English, Ukrainian) is written only when asked."""
        pieces.append((kind, weight, said))

    if dna:
        best = max(dna, key=lambda d: d.likelihood_ratio)

        def dna_said() -> tuple[str, str]:
            label = thresholds.label(best.likelihood_ratio)
            samples = best.remains_sample and f"{best.remains_sample} / {best.reference_sample}"
            relative_en, relative_uk = kinship(best.relationship)
            en = ", ".join(p for p in (best.lab, samples, relative_en and f"reference given by {relative_en}") if p)
            uk = ", ".join(p for p in (best.lab, samples, relative_uk and f"зразок родича: {relative_uk}") if p)
            ratio = likelihood_ratio_text(best.likelihood_ratio)
            return (
                f"likelihood ratio {ratio} ({label}); {en}",
                f"відношення правдоподібності {ratio} ({DNA_LABEL_UK[label]}); {uk}",
            )

        add("dna", dna_weight(best.likelihood_ratio), dna_said)

    if pm.id_text:
        numbers = id_tag_numbers(pm.id_text)
        known = {k for k in (service_key(am.service_number), service_key(am.external_id)) if k}
        if numbers & known:
            shown = ", ".join(sorted(numbers & known))
            text = shown_text(pm.id_text)
            add("id_tag", NUMBER_ON_TAG, lambda: (f"'{text}' carries {shown}", f"«{text}» містить {shown}"))
        else:
            on_tag = _name_on_tag(pm.id_text, am, frequencies)
            if on_tag is not None:
                add(on_tag.kind, on_tag.weight, lambda: (on_tag.detail, on_tag.detail_uk))

    serials = pm.implant_serials & am.implant_serials
    if serials:
        shown_serials = ", ".join(sorted(serials))
        add(
            "implant",
            IMPLANT_SERIAL,
            lambda: (f"implant serial number {shown_serials}", f"серійний номер імпланта {shown_serials}"),
        )

    if pm.dental and am.dental:
        dental = compare_dental(am.dental, pm.dental, frequencies.dental)
        if dental.compared:
            add("dental", dental.weight, lambda: (dental.detail(), dental.detail_uk()))

    if Sex.UNKNOWN not in (pm.sex, am.sex):
        if pm.sex is am.sex:
            add("sex", SEX_AGREES, lambda: (f"{pm.sex.value} in both", f"{SEX_UK[pm.sex]} в обох"))
        else:
            add(
                "sex",
                SEX_EXCLUDES,
                lambda: (
                    f"{am.sex.value} in life, {pm.sex.value} remains",
                    f"за життя {SEX_UK[am.sex]}, останки — {SEX_UK[pm.sex]}",
                ),
            )

    at_death_range = age_at_death(am, pm)
    if at_death_range is not None and (pm.age_min, pm.age_max) != (None, None):
        low, high = at_death_range
        est_low = pm.age_min if pm.age_min is not None else 0
        est_high = pm.age_max if pm.age_max is not None else 200
        gap = max(est_low - high, low - est_high, 0)

        def age_said() -> tuple[str, str]:
            estimate = f"{est_low}–{est_high}" if pm.age_max is not None else f"{est_low}+"
            at_death = f"{low}–{high}" if low != high else str(low)
            en = f"{at_death} at death, estimated {estimate}"
            uk = f"{at_death} р. на момент смерті, оцінка {estimate}"
            years = "year" if gap == 1 else "years"
            return (en, uk) if gap == 0 else (f"{en}: {gap} {years} apart", f"{uk}: розбіжність {gap} р.")

        add("age", AGE_FITS if gap == 0 else age_weight(gap), age_said)

    if am.stature_cm is not None and (pm.stature_min_cm, pm.stature_max_cm) != (None, None):
        stature = am.stature_cm
        shortest, tallest = stature_window(pm.stature_min_cm, pm.stature_max_cm)
        outside = max(shortest - stature, stature - tallest, 0)

        def stature_said() -> tuple[str, str]:
            least, most = pm.stature_min_cm, pm.stature_max_cm
            estimate = str(least) if least == most else f"{least or '?'}–{most or '?'}"
            en = f"{stature} cm in life, estimated {estimate} cm"
            uk = f"{stature} см за життя, оцінка {estimate} см"
            if outside == 0:
                return en, uk
            return f"{en}: {outside:g} cm outside", f"{uk}: на {outside:g} см поза межами"

        add("stature", stature_weight(stature, shortest, tallest), stature_said)

    if pm.marks and am.marks:
        for am_mark, pm_mark, similarity in matching_marks(am.marks, pm.marks):
            add("marks", mark_weight(pm_mark.kind, similarity), _marks_said(am_mark, pm_mark, similarity))

    if pm.clothing and am.clothing and fuzz.token_set_ratio(pm.clothing.casefold(), am.clothing.casefold()) >= 70:
        add(
            "clothing",
            CLOTHING_ALIKE,
            lambda: (
                f"'{pm.clothing}' ~ last worn '{am.clothing}'",
                f"«{pm.clothing}» ~ востаннє був одягнений: «{am.clothing}»",
            ),
        )

    if pm.recovery_place and am.last_seen_place:
        found, seen = settlement(pm.recovery_place), settlement(am.last_seen_place)
        if found and found == seen:
            add(
                "place",
                frequencies.place_weight(found),
                lambda: (
                    f"last seen at {am.last_seen_place}, recovered at {pm.recovery_place}",
                    f"востаннє бачили: {am.last_seen_place}; виявлено: {pm.recovery_place}",
                ),
            )
    if (
        pm.recovery_date is not None
        and am.last_seen_date is not None
        and pm.recovery_date.latest() < am.last_seen_date.earliest()
    ):
        recovered, seen_alive = pm.recovery_date, am.last_seen_date
        add(
            "date",
            RECOVERED_BEFORE_LAST_SEEN,
            lambda: (
                f"recovered {recovered.dotted()}, before last seen alive {seen_alive.dotted()}",
                f"виявлено {recovered.dotted()}, раніше, ніж востаннє бачили живим ({seen_alive.dotted()})",
            ),
        )

    total = sum(weight for _kind, weight, _said in pieces)
    return PendingScore(am.person_id, total, any(weight <= EXCLUSION_BOUND for _, weight, _ in pieces), pieces)
