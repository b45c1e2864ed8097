"""The remains reports' DTOs, read in one unit of work: identification status per batch,
a case's identification report, and the death certificate (GC III Annex IV D)."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from models.core.enums import IdentificationDecision, ProposalState, RemainsCondition, RemainsStage, ToothState
from models.core.errors import NotFoundError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.persons.service import get_person, next_of_kin
from models.remains import ante_mortem, details, dna, identification
from models.remains import cases as remains
from models.remains.dto import CaseDetail
from models.remains.profiles import am_profiles, case_id_of, dna_evidence, pm_profiles, registry_frequencies, thresholds
from models.remains.scoring import score_pair
from reports.dto import BatchStatusRow, DeathCertificate, IdentificationReport, RemainsStatus

STAGE_TEXT = {
    RemainsStage.RECEIVED: ("Отримано", "Received"),
    RemainsStage.EXAMINED: ("Обстежено", "Examined"),
    RemainsStage.SAMPLED: ("Взято ДНК", "Sampled"),
    RemainsStage.DNA_RESULT: ("Є результат ДНК", "DNA result"),
    RemainsStage.CANDIDATE: ("На розгляді комісії", "Before the board"),
    RemainsStage.IDENTIFIED: ("Встановлено особу", "Identified"),
    RemainsStage.HANDED_OVER: ("Передано родині", "Handed over"),
}
TOOTH_CODE = {
    ToothState.PRESENT: "П",
    ToothState.MISSING: "В",
    ToothState.MISSING_POST_MORTEM: "ВП",
    ToothState.FILLED: "Пл",
    ToothState.CROWNED: "К",
    ToothState.ROOT_CANAL: "Кн",
    ToothState.BRIDGE: "М",
    ToothState.IMPLANT: "І",
    ToothState.DECAYED: "Кр",
    ToothState.UNKNOWN: "?",
}
CONDITION_TEXT = {
    RemainsCondition.COMPLETE: "повні / complete",
    RemainsCondition.INCOMPLETE: "неповні / incomplete",
    RemainsCondition.DECOMPOSED: "розкладені / decomposed",
    RemainsCondition.BURNED: "обгорілі / burned",
    RemainsCondition.SKELETAL: "скелетовані / skeletal",
}
EVIDENCE_TEXT = {
    "dna": "ДНК / DNA",
    "id_tag": "жетон, документ / ID tag",
    "implant": "імплант / implant",
    "dental": "зуби / dental",
    "sex": "стать / sex",
    "age": "вік / age",
    "stature": "зріст / stature",
    "marks": "прикмети / marks",
    "clothing": "одяг / clothing",
    "place": "місце / place",
    "date": "дата / date",
}


def _date(value: object) -> str:
    if value is None:
        return ""
    dotted = getattr(value, "dotted", None)
    return dotted() if dotted else f"{value:%d.%m.%Y}"


def _range(low: int | None, high: int | None, unit: str = "") -> str:
    if low is None and high is None:
        return ""
    return f"{low if low is not None else '?'}–{high if high is not None else '?'}{unit}"


def remains_status(session: Session, _record: str = "") -> RemainsStatus:
    progress = remains.batch_progress(session)
    flagged = [
        (
            row.case_number,
            row.batch_number,
            "; ".join(
                text
                for on, text in (
                    (row.possibly_other_side, "можливо, іншої сторони / possibly the other side's"),
                    (row.commingled, "змішані останки / commingled"),
                )
                if on
            ),
        )
        for row in remains.list_cases(session, flagged=True)
    ]
    return RemainsStatus(
        [STAGE_TEXT[s] for s in RemainsStage],
        [
            BatchStatusRow(
                p.batch.batch_number,
                _date(p.batch.received_on),
                p.batch.place,
                p.batch.handed_over_by,
                p.batch.declared_count,
                p.received,
                p.individuals,
                [p.reached[s] for s in RemainsStage],
                p.possibly_other_side,
                p.commingled,
            )
            for p in progress
        ],
        flagged,
    )


def _pm_fields(detail: CaseDetail) -> list[tuple[str, str, str]]:
    case = detail.case
    sex = {"male": "чоловіча / male", "female": "жіноча / female"}.get(case.apparent_sex.value, "невідомо / unknown")
    return [
        ("Партія, мішок", "Batch, bag", ", ".join(p for p in (detail.batch_number, case.bag_number) if p)),
        ("Частина тіла", "Body part", (case.body_part or "так / yes") if case.is_body_part else ""),
        (
            "Місце і дата виявлення",
            "Recovered at, on",
            ", ".join(p for p in (case.recovery_place, _date(case.recovery_date)) if p),
        ),
        ("Стан", "Condition", CONDITION_TEXT.get(case.condition, "") if case.condition else ""),
        ("Стать (вірогідна)", "Apparent sex", sex),
        ("Вік, років", "Age range, years", _range(case.age_min, case.age_max)),
        ("Зріст, см", "Stature, cm", _range(case.stature_min_cm, case.stature_max_cm)),
        ("Волосся", "Hair", case.hair),
        ("Прикмети", "Marks", "; ".join(m.describe(True) for m in detail.marks)),
        ("Імпланти", "Implants", "; ".join(f"{i.description} {i.serial_number}".strip() for i in detail.implants)),
        ("Ампутації", "Amputations", case.amputations),
        ("Травми", "Injuries", case.injuries),
        ("Причина смерті", "Cause of death", case.cause_of_death),
        ("Жетони", "ID tags", case.id_tags),
        ("Документи", "Documents", case.documents_found),
        ("Особисті речі", "Effects", case.effects),
        ("Одяг", "Clothing", case.clothing),
        ("Відбитки пальців", "Fingerprints taken", "так / yes" if case.fingerprints_taken else "ні / no"),
        ("Місце зберігання", "Storage", case.storage_place),
    ]


def identification_report(session: Session, case_number: str) -> IdentificationReport:
    case_id = case_id_of(session, case_number)
    detail = remains.case_detail(session, case_id)
    proposals = identification.proposals(session, case_id=case_id)
    chosen = next((p for p in reversed(proposals) if p.state is ProposalState.DECIDED), None) or next(
        (p for p in reversed(proposals) if p.state is ProposalState.PROPOSED), None
    )
    title = ("Звіт про ідентифікацію", "Identification report")
    person_text, am_fields, am_dental, evidence, decision, signatures = "", [], {}, [], [], []
    if chosen is not None:
        person = get_person(session, chosen.person_id)
        person_text = f"{person.surname} {person.given_names} {person.patronymic} ({person.external_id})".replace(
            "  ", " "
        )
        am = ante_mortem.ante_mortem_of(session, person.id)
        profile = am_profiles(session, [person.id])[0]
        am_fields = [
            ("Дата народження", "Date of birth", _date(person.date_of_birth)),
            ("Особистий номер", "Service number", person.service_number),
            ("Зріст, см", "Stature, cm", str(am.stature_cm) if am and am.stature_cm else ""),
            ("Прикмети", "Marks", "; ".join(m.describe(True) for m in profile.marks)),
            ("Одяг", "Clothing last worn", am.clothing_last_worn if am else ""),
            (
                "Востаннє бачили",
                "Last seen",
                ", ".join(p for p in (profile.last_seen_place, _date(profile.last_seen_date)) if p),
            ),
            ("Медичні дані", "Medical history", am.medical_history if am else ""),
        ]
        am_dental = {t: TOOTH_CODE[s] for t, s in profile.dental.items()}
        (pm,) = pm_profiles(session, [case_id])
        lab_results = dna_evidence(session, [case_id]).get((case_id, person.id), [])
        scored = score_pair(
            pm, profile, lab_results, thresholds(session), frequencies=registry_frequencies(session, [pm.id_text])
        )
        evidence = [
            (EVIDENCE_TEXT.get(e.kind, e.kind), f"{e.weight:+.1f}", f"{e.detail_uk}\n{e.detail}")
            for e in scored.evidence
        ]
        evidence.append(("разом / total", f"{scored.score:+.1f}", ""))
        state = {
            ProposalState.PROPOSED: "на розгляді комісії / before the board",
            ProposalState.DECIDED: "рішення ухвалено / decided",
            ProposalState.WITHDRAWN: "відкликано / withdrawn",
        }[chosen.state]
        outcome = {
            IdentificationDecision.IDENTIFIED: "ідентифіковано / identified",
            IdentificationDecision.EXCLUDED: "виключено / excluded",
        }[chosen.decision]
        decision = [
            ("Стан", "State", state),
            ("Висновок", "Conclusion", outcome),
            ("Метод", "Method", "первинний / primary" if chosen.method.value == "primary" else "вторинний / secondary"),
            ("Обґрунтування", "Evidence", chosen.evidence),
            ("Запропоновано", "Proposed", f"{_date(chosen.proposed_on)} {chosen.proposed_by}".strip()),
            ("Дата рішення", "Decided on", _date(chosen.decided_on)),
            ("Свідоцтво про смерть", "Death certificate", chosen.death_certificate_number),
            (
                "Родину повідомлено",
                "Family notified",
                ", ".join(
                    p for p in (_date(chosen.family_notified_on), chosen.notified_by, chosen.notification_method) if p
                ),
            ),
            (
                "Передано",
                "Handed over",
                ", ".join(p for p in (_date(chosen.handed_over_on), chosen.handed_over_to) if p),
            ),
            (
                "Поховання",
                "Burial",
                ", ".join(p for p in (chosen.burial_place, _date(chosen.burial_date), chosen.grave) if p),
            ),
        ]
        signatures = [
            (
                s.full_name or s.user_name,
                "за / approves" if s.approves else "проти / objects",
                f"{s.signed_at:%d.%m.%Y %H:%M}",
                s.comment,
            )
            for s in chosen.signatures
        ]
        if chosen.state is ProposalState.DECIDED and chosen.decision is IdentificationDecision.IDENTIFIED:
            title = ("Звіт про ідентифікацію", "Identification report")
    dna = [
        (
            f"{sample.sample_number} / {r.reference_sample}",
            f"{r.relative_name} ({r.relationship})" if r.relationship else r.relative_name,
            f"{r.likelihood_ratio:,.6g}",
            r.lab,
            _date(r.reported_on),
        )
        for sample in detail.samples
        for r in sample.results
    ]
    return IdentificationReport(
        case_number=detail.case.case_number,
        record_id=str(case_id),
        title_uk=title[0],
        title_en=title[1],
        person=person_text,
        pm_fields=_pm_fields(detail),
        am_fields=am_fields,
        pm_dental={t: TOOTH_CODE[s] for t, s in detail.dental.items()},
        am_dental=am_dental,
        evidence=evidence,
        dna=dna,
        custody=[
            (f"{c.transferred_at:%d.%m.%Y %H:%M}", c.from_party, c.to_party, c.by_whom, c.note) for c in detail.custody
        ],
        decision=decision,
        signatures=signatures,
    )


def death_certificate(session: Session, case_number: str) -> DeathCertificate:
    case_id = case_id_of(session, case_number)
    decided = [
        p
        for p in identification.proposals(session, case_id=case_id, state=ProposalState.DECIDED)
        if p.decision is IdentificationDecision.IDENTIFIED
    ]
    if not decided:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Errors", "case {case_number} has no identification decided by the board"),
            case_number=case_number,
        )
    record = decided[-1]
    person = get_person(session, record.person_id)
    detail = remains.case_detail(session, case_id)
    kin = next_of_kin(session, person.id)
    inform = next((k for k in kin if k.is_person_to_inform), kin[0] if kin else None)
    method = "первинний / primary" if record.method.value == "primary" else "вторинний / secondary"
    effects = "; ".join(p for p in (detail.case.effects, detail.case.documents_found, detail.case.id_tags) if p)
    items = [
        (
            "Держава, від якої залежала особа",
            "Power on which the person depended",
            person.citizenship or "Україна / Ukraine",
        ),
        ("Прізвище та ім'я", "Name and first names", f"{person.surname} {person.given_names}".strip()),
        ("Ім'я батька (по батькові)", "First name of father", person.patronymic),
        (
            "Місце і дата народження",
            "Place and date of birth",
            ", ".join(p for p in (person.place_of_birth, _date(person.date_of_birth)) if p),
        ),
        (
            "Місце і дата смерті",
            "Place and date of death",
            ", ".join(
                p
                for p in (record.death_place or person.death_place, _date(record.death_date or person.death_date))
                if p
            ),
        ),
        (
            "Звання та особистий номер",
            "Rank and army, regimental, personal or serial number",
            ", ".join(p for p in (person.rank, person.unit, person.service_number) if p),
        ),
        (
            "Адреса найближчого родича",
            "Address of next of kin",
            f"{inform.name}, {inform.address}".strip(", ") if inform else "",
        ),
        (
            "Де і коли потрапив у полон",
            "Where and when taken prisoner",
            ", ".join(p for p in (person.capture_place, _date(person.capture_date)) if p),
        ),
        (
            "Причина та обставини смерті",
            "Cause and circumstances of death",
            detail.case.cause_of_death or person.death_cause,
        ),
        (
            "Місце поховання",
            "Place of burial",
            ", ".join(p for p in (record.burial_place or person.burial_place, _date(record.burial_date)) if p),
        ),
        (
            "Чи позначена могила і чи зможуть її знайти родичі",
            "Is the grave marked and can it be found later by the relatives?",
            record.grave or person.grave,
        ),
        ("Особисті речі померлого", "Personal effects of the deceased", effects),
        (
            "Кому і коли передано останки",
            "Remains handed over to, on",
            ", ".join(p for p in (record.handed_over_to, _date(record.handed_over_on)) if p),
        ),
        (
            "Підстава: справа останків, метод ідентифікації",
            "Grounds: remains case, identification method",
            f"{case_number}, {method}: {record.evidence}",
        ),
    ]
    return DeathCertificate(
        certificate_number=record.death_certificate_number,
        record_id=str(person.id),
        items=items,
        issued_on=_date(record.decided_on),
        board_members=record.board_members,
    )


def dossier_remains(session: Session, person_id: uuid.UUID) -> list[tuple[str, str, str]]:
    """A person's AM data and any identification of their remains, for the dossier."""
    rows: list[tuple[str, str, str]] = []
    record = ante_mortem.ante_mortem_of(session, person_id)
    if record is not None:
        marks = details.marks_of(session, ante_mortem_id=record.id)
        teeth = details.dental_chart(session, ante_mortem_id=record.id)
        rows += [
            (
                "Дані зібрано",
                "Collected",
                ", ".join(p for p in (_date(record.collected_on), record.collected_from) if p),
            ),
            ("Зріст, см", "Stature, cm", str(record.stature_cm or "")),
            (
                "Волосся, очі, статура",
                "Hair, eyes, build",
                ", ".join(p for p in (record.hair, record.eye_colour, record.build) if p),
            ),
            ("Прикмети", "Marks", "; ".join(m.describe(True) for m in marks)),
            ("Зубна формула", "Dental chart", " ".join(f"{t}:{TOOTH_CODE[s]}" for t, s in sorted(teeth.items()))),
            ("Одяг", "Clothing last worn", record.clothing_last_worn),
            (
                "Востаннє бачили",
                "Last seen",
                ", ".join(p for p in (record.last_seen_place, _date(record.last_seen_date)) if p),
            ),
            ("Медичні дані", "Medical history", record.medical_history),
        ]
    samples = dna.samples_of(session, person_id=person_id)
    if samples:
        rows.append(
            (
                "Зразки ДНК родичів",
                "DNA reference samples",
                "; ".join(f"{s.sample_number} ({s.relative_name}, {s.relationship})" for s in samples),
            )
        )
    for proposal in identification.proposals(session, person_id=person_id):
        if proposal.state is ProposalState.WITHDRAWN:
            continue
        if proposal.state is ProposalState.DECIDED and proposal.decision is IdentificationDecision.IDENTIFIED:
            rows.append(
                (
                    "Ідентифіковано",
                    "Identified",
                    f"справа / case {proposal.case_number}, {_date(proposal.decided_on)}, "
                    f"свідоцтво / certificate {proposal.death_certificate_number}",
                )
            )
        elif proposal.state is ProposalState.PROPOSED:
            rows.append(("На розгляді комісії", "Before the board", f"справа / case {proposal.case_number}"))
        else:
            rows.append(
                ("Виключено", "Excluded", f"справа / case {proposal.case_number}, {_date(proposal.decided_on)}")
            )
    return [(uk, en, value) for uk, en, value in rows if value]
