"""Reading PM and AM profiles out of the database for comparison, in a few wide queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from models.core.chunks import chunks
from models.core.common import bulk_work
from models.core.entities import (
    AnteMortemRecord,
    BodyMark,
    ChangeEvent,
    DentalFinding,
    DnaResult,
    DnaSample,
    Identification,
    Implant,
    MatchCandidate,
    Person,
    PersonSearchTerm,
    RemainsCase,
)
from models.core.enums import (
    CandidateState,
    IdentificationDecision,
    IdentificationMethod,
    MarkKind,
    PersonStatus,
    ProposalState,
    ToothState,
)
from models.core.errors import NotFoundError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.names.keys import surname_keys
from models.office import settings
from models.persons.name_index import ROLE_SURNAME
from models.remains.body import place_of
from models.remains.candidates import CandidateIndex
from models.remains.dental import DentalFrequencies
from models.remains.dto import (
    AmProfile,
    DnaEvidence,
    Evidence,
    Mark,
    PmProfile,
    RankedCase,
    Ranking,
    Scored,
    Thresholds,
)
from models.remains.marks import read_amputations
from models.remains.scoring import Frequencies, namesakes_of, score_pair, settlement, surname_words, tag_key

# Persons whose remains may be among those received: everyone not known to be alive at home.
SEARCHED = (
    PersonStatus.MISSING,
    PersonStatus.CAPTURED,
    PersonStatus.CAPTURED_UNCONFIRMED,
    PersonStatus.DECEASED,
    PersonStatus.UNKNOWN,
)


def thresholds(session: Session) -> Thresholds:
    return Thresholds(
        certain=settings.get_number(session, "dna_lr_certain"),
        probable=settings.get_number(session, "dna_lr_probable"),
    )


def _owned_details(
    session: Session, owner: str, owner_ids: Iterable[uuid.UUID] | None
) -> tuple[dict[uuid.UUID, dict[int, ToothState]], dict[uuid.UUID, list[Mark]], dict[uuid.UUID, set[str]]]:
    """Teeth, marks and implant serials of PM cases (owner 'remains_case_id') or AM records."""
    dental: dict[uuid.UUID, dict[int, ToothState]] = defaultdict(dict)
    marks: dict[uuid.UUID, list[Mark]] = defaultdict(list)
    serials: dict[uuid.UUID, set[str]] = defaultdict(set)
    wanted = None if owner_ids is None else list(owner_ids)

    def owned(column: object) -> object:
        return column.isnot(None) if wanted is None else column.in_(wanted)  # type: ignore[attr-defined]

    d_owner = getattr(DentalFinding, owner)
    for oid, tooth, state in session.execute(
        select(d_owner, DentalFinding.tooth, DentalFinding.state).where(owned(d_owner))  # type: ignore[arg-type]
    ):
        dental[oid][tooth] = state
    m_owner = getattr(BodyMark, owner)
    for oid, kind, where, description in session.execute(
        select(m_owner, BodyMark.kind, BodyMark.body_location, BodyMark.description).where(owned(m_owner))  # type: ignore[arg-type]
    ):
        marks[oid].append(Mark(kind, where, description))
    i_owner = getattr(Implant, owner)
    for oid, serial in session.execute(
        select(i_owner, Implant.serial_number).where(owned(i_owner), Implant.serial_number != "")  # type: ignore[arg-type]
    ):
        serials[oid].add(serial.strip().upper())
    return dental, marks, serials


def identified_person_ids(session: Session) -> set[uuid.UUID]:
    return {person_id for person_id, _method, _day in identifications(session).values()}


def am_profiles(session: Session, person_ids: Sequence[uuid.UUID] | None = None) -> list[AmProfile]:
    """Every searched person (or the given ones) with their AM data, if the family gave any."""
    query = select(
        Person.id,
        Person.external_id,
        Person.surname,
        Person.given_names,
        Person.patronymic,
        Person.service_number,
        Person.sex,
        Person.date_of_birth,
        Person.capture_place,
        Person.capture_date,
        AnteMortemRecord.id,
        AnteMortemRecord.stature_cm,
        AnteMortemRecord.clothing_last_worn,
        AnteMortemRecord.last_seen_place,
        AnteMortemRecord.last_seen_date,
        AnteMortemRecord.amputations,
    ).outerjoin(AnteMortemRecord, AnteMortemRecord.person_id == Person.id)
    if person_ids is None:
        query = query.where(Person.status.in_(SEARCHED))
        identified = identified_person_ids(session)
    else:
        query = query.where(Person.id.in_(person_ids))
        identified = set()
    rows = [r for r in session.execute(query) if r[0] not in identified]
    dental, marks, serials = _owned_details(
        session, "ante_mortem_id", None if person_ids is None else [r[10] for r in rows if r[10] is not None]
    )
    profiles = []
    for (
        pid,
        ext,
        surname,
        given,
        patronymic,
        number,
        sex,
        born,
        c_place,
        c_date,
        am_id,
        stature,
        clothing,
        seen_place,
        seen_date,
        amputations,
    ) in rows:
        profiles.append(
            AmProfile(
                person_id=pid,
                external_id=ext,
                surname=surname,
                given_names=given,
                patronymic=patronymic,
                service_number=number,
                sex=sex,
                date_of_birth=born,
                stature_cm=stature,
                dental=dental.get(am_id, {}),
                marks=with_amputations(marks.get(am_id, ()), amputations or ""),
                implant_serials=frozenset(serials.get(am_id, ())),
                clothing=clothing or "",
                last_seen_place=seen_place or c_place or "",
                last_seen_date=seen_date or c_date,
            )
        )
    return profiles


def with_amputations(marks: Iterable[Mark], amputations: str) -> tuple[Mark, ...]:
    """The marks, and what the "Amputations" field of an AM record or a PM examination says
    (``marks.read_amputations``) that no amputation mark in the same region says already:
    a form's own field for them (Interpol DVI AM/PM forms) is where most are written."""
    marks = tuple(marks)
    had = {place_of(m.body_location).region for m in marks if m.kind is MarkKind.AMPUTATION}
    return marks + tuple(m for m in read_amputations(amputations) if place_of(m.body_location).region not in had)


def pm_profiles(session: Session, case_ids: Sequence[uuid.UUID] | None = None) -> list[PmProfile]:
    query = select(RemainsCase).order_by(RemainsCase.case_number)
    if case_ids is not None:
        query = query.where(RemainsCase.id.in_(case_ids))
    cases = list(session.scalars(query))
    dental, marks, serials = _owned_details(session, "remains_case_id", None if case_ids is None else case_ids)
    return [
        PmProfile(
            case_id=c.id,
            case_number=c.case_number,
            sex=c.apparent_sex,
            age_min=c.age_min,
            age_max=c.age_max,
            stature_min_cm=c.stature_min_cm,
            stature_max_cm=c.stature_max_cm,
            recovery_date=c.recovery_date,
            recovery_place=c.recovery_place,
            dental=dental.get(c.id, {}),
            marks=with_amputations(marks.get(c.id, ()), c.amputations),
            implant_serials=frozenset(serials.get(c.id, ())),
            id_text="; ".join(t for t in (c.id_tags, c.documents_found) if t.strip()),
            clothing=c.clothing,
        )
        for c in cases
    ]


def dna_evidence(
    session: Session, case_ids: Sequence[uuid.UUID] | None = None
) -> dict[tuple[uuid.UUID, uuid.UUID], list[DnaEvidence]]:
    """The lab's results, by (remains case, missing person)."""
    pm, ref = aliased(DnaSample), aliased(DnaSample)
    query = (
        select(
            pm.remains_case_id,
            ref.person_id,
            DnaResult.likelihood_ratio,
            DnaResult.lab,
            ref.sample_number,
            ref.relationship,
            pm.sample_number,
        )
        .join(pm, pm.id == DnaResult.remains_sample_id)
        .join(ref, ref.id == DnaResult.reference_sample_id)
    )
    if case_ids is not None:
        query = query.where(pm.remains_case_id.in_(case_ids))
    found: dict[tuple[uuid.UUID, uuid.UUID], list[DnaEvidence]] = defaultdict(list)
    for case_id, person_id, ratio, lab, ref_number, relationship, pm_number in session.execute(query):
        assert case_id is not None and person_id is not None  # the check constraint on dna_sample
        found[(case_id, person_id)].append(DnaEvidence(ratio, lab, ref_number, relationship, pm_number))
    return found


# What the candidate index is read from: a change to anything else (custody, a rejection,
# a PM examination's case fields) leaves it as it was.
INDEX_SOURCES = (
    "person",
    "ante_mortem_record",
    "dental_finding",
    "body_mark",
    "implant",
    "dna_sample",
    "dna_result",
    "identification",
)


def index_changed_since(session: Session, when: dt.datetime) -> bool:
    """Whether the change log has anything since ``when`` that the candidate index is read from."""
    return (
        session.scalar(
            select(ChangeEvent.id).where(ChangeEvent.at >= when, ChangeEvent.entity.in_(INDEX_SOURCES)).limit(1)
        )
        is not None
    )


def build_index(session: Session) -> CandidateIndex:
    """Every searched person's profile in the candidate blocks, with every DNA result."""
    with bulk_work():  # tens of thousands of profiles, read and held
        return CandidateIndex(
            am_profiles(session), dna_evidence(session), thresholds(session), registry_frequencies(session)
        )


def registry_frequencies(session: Session, tags: Iterable[str] = ()) -> Frequencies:
    """How common each dental finding (per tooth, among the AM charts) and each settlement last
    seen in (among the searched persons) is, and how many searched persons the name on each of
    ``tags`` (ID tags' or documents' texts) fits: every ranking, comparison and report weighs
    what a candidate shares with the remains by it (an index counts its tags' itself)."""
    charts = session.scalar(
        select(func.count(func.distinct(DentalFinding.ante_mortem_id))).where(DentalFinding.ante_mortem_id.is_not(None))
    )
    counts = session.execute(
        select(DentalFinding.tooth, DentalFinding.state, func.count())
        .where(DentalFinding.ante_mortem_id.is_not(None))
        .group_by(DentalFinding.tooth, DentalFinding.state)
    )
    dental = DentalFrequencies(charts or 0, {(tooth, state): n for tooth, state, n in counts})
    place = func.coalesce(func.nullif(AnteMortemRecord.last_seen_place, ""), Person.capture_place, "")  # as am_profiles
    places = (
        select(place, func.count())
        .select_from(Person)
        .outerjoin(AnteMortemRecord, AnteMortemRecord.person_id == Person.id)
        .where(Person.status.in_(SEARCHED))
        .group_by(place)
    )
    settlements: Counter[str] = Counter()
    persons = 0
    for place, n in session.execute(places):
        persons += n
        if key := settlement(place or ""):
            settlements[key] += n
    counted = {
        tag_key(text, word): tag_namesakes(session, text, word) for text in set(tags) for word in surname_words(text)
    }
    return Frequencies(dental, dict(settlements), persons, counted)


def tag_namesakes(session: Session, text: str, word: str) -> dict[int, int]:
    """level -> searched persons of the surname ``word`` (of ``text``) that the name on an ID
    tag or document fits at least so fully (``scoring.namesakes_of``), found by the surname
    keys of the registry's search terms."""
    keys = surname_keys(word)
    if not keys:
        return {}
    named: dict[uuid.UUID, tuple[str, str]] = {}
    for chunk in chunks(sorted(keys)):
        query = (
            select(Person.id, Person.given_names, Person.patronymic)
            .join(PersonSearchTerm, PersonSearchTerm.person_id == Person.id)
            .where(PersonSearchTerm.role == ROLE_SURNAME, PersonSearchTerm.term.in_(chunk))
            .where(Person.status.in_(SEARCHED))
        )
        named.update({pid: (given, patronymic) for pid, given, patronymic in session.execute(query)})
    return namesakes_of(text, named.values())


def case_id_of(session: Session, case_number: str) -> uuid.UUID:
    case_id = session.scalar(select(RemainsCase.id).where(RemainsCase.case_number == case_number))
    if case_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "no remains case numbered {case_number!r}"), case_number=case_number
        )
    return case_id


def rejected_candidates(
    session: Session, case_ids: Sequence[uuid.UUID] | None = None
) -> dict[uuid.UUID, dict[uuid.UUID, str]]:
    query = select(MatchCandidate.remains_case_id, MatchCandidate.person_id, MatchCandidate.rejection_reason).where(
        MatchCandidate.state == CandidateState.REJECTED
    )
    if case_ids is not None:
        query = query.where(MatchCandidate.remains_case_id.in_(case_ids))
    found: dict[uuid.UUID, dict[uuid.UUID, str]] = defaultdict(dict)
    for case_id, person_id, reason in session.execute(query):
        found[case_id][person_id] = reason
    return found


def rank_cases(
    session: Session,
    case_ids: Sequence[uuid.UUID] | None = None,
    *,
    limit: int = 10,
    index: CandidateIndex | None = None,
    progress: Callable[[int, int], bool] | None = None,
    workers: int = 1,
) -> list[RankedCase]:
    """Ranked candidates of the given cases (every case when None), best first.

    Candidates a person rejected are left out of the ranking and listed with their
    reasons. ``progress(done, total)`` returning False stops early (nothing is written).
    ``workers``: processes to rank many cases on (``CandidateIndex.rank_many``)."""
    index = index or build_index(session)
    cases = pm_profiles(session, case_ids)
    rejected = rejected_candidates(session, case_ids)
    identified = identifications(session, case_ids)
    rankings = index.rank_many(
        [(pm, limit + len(rejected.get(pm.case_id, {}))) for pm in cases], workers=workers, progress=progress
    )
    ranked = []
    for pm, ranking in zip(cases, rankings, strict=False):
        refused = rejected.get(pm.case_id, {})
        kept = [s for s in ranking.candidates if s.person_id not in refused][:limit]
        decided = identified.get(pm.case_id)
        # an identified person is searched no more, so not in the index: read for his case alone
        extra = {} if decided is None or decided[0] in index.profiles else _profiles_of(session, decided[0])
        if decided is not None and (profile := index.profiles.get(decided[0]) or extra.get(decided[0])):
            kept = _identified_first(index, pm, kept, decided, profile, limit)
        shown = [*(s.person_id for s in kept), *refused]
        ranked.append(
            RankedCase(
                Ranking(pm.case_id, pm.case_number, kept, ranking.considered),
                {pid: p for pid in shown if (p := index.profiles.get(pid) or extra.get(pid)) is not None},
                refused,
                decided[0] if decided is not None else None,
            )
        )
    return ranked


def identifications(
    session: Session, case_ids: Sequence[uuid.UUID] | None = None
) -> dict[uuid.UUID, tuple[uuid.UUID, IdentificationMethod, dt.date | None]]:
    """case id -> (person, method, day decided) of the board's standing identification."""
    query = select(
        Identification.remains_case_id, Identification.person_id, Identification.method, Identification.decided_on
    ).where(Identification.state == ProposalState.DECIDED, Identification.decision == IdentificationDecision.IDENTIFIED)
    if case_ids is not None:
        query = query.where(Identification.remains_case_id.in_(case_ids))
    return {case_id: (person_id, method, day) for case_id, person_id, method, day in session.execute(query)}


_METHOD_UK = {IdentificationMethod.PRIMARY: "первинний", IdentificationMethod.SECONDARY: "вторинний"}


def _profiles_of(session: Session, person_id: uuid.UUID) -> dict[uuid.UUID, AmProfile]:
    return {p.person_id: p for p in am_profiles(session, [person_id])}


def _identified_first(
    index: CandidateIndex,
    pm: PmProfile,
    kept: list[Scored],
    decided: tuple[uuid.UUID, IdentificationMethod, dt.date | None],
    profile: AmProfile,
    limit: int,
) -> list[Scored]:
    """The identified person first, with the board's decision as evidence (and the DNA
    result the laboratory reported for the pair, when there is one); the others after."""
    person_id, method, day = decided
    scored = next((s for s in kept if s.person_id == person_id), None) or score_pair(
        pm, profile, index.dna.get((pm.case_id, person_id), ()), index.thresholds, frequencies=index.frequencies
    )
    when = day.isoformat() if day else "?"
    dna = [e for e in scored.evidence if e.kind == "dna"]
    said = f"; {dna[0].detail}" if dna else ""
    said_uk = f"; {dna[0].detail_uk}" if dna and dna[0].detail_uk else said
    board = Evidence(
        "identified",
        0.0,
        f"identified by the board on {when} (method: {method.value}){said}",
        f"ідентифіковано комісією {when} (метод: {_METHOD_UK[method]}){said_uk}",
    )
    first = dataclasses.replace(scored, evidence=(board, *scored.evidence))
    return [first, *(s for s in kept if s.person_id != person_id)][:limit]
