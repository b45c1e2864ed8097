"""Human labels for the domain's codes, translated in one place (context "Labels")."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from models.core.enums import (
    Annex1Category,
    CandidateState,
    ChangeOp,
    CommissionDecision,
    Consent,
    CounterpartyKind,
    CriteriaMatch,
    EntryMatchState,
    ExchangeDirection,
    Health,
    IdentificationDecision,
    IdentificationMethod,
    LetterChannel,
    LetterDirection,
    MarkKind,
    NameForm,
    OfficeKind,
    PersonStatus,
    ProposalState,
    Reliability,
    RemainsCondition,
    RemainsStatus,
    Role,
    SampleKind,
    SampleStatus,
    Sex,
    Side,
    SourceKind,
    StatusEventKind,
    ThreadState,
    ToothState,
)
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.report_kinds import REPORTS, ReportKind
from models.lists.evidence_uk import in_ukrainian
from views.common import field_labels as more
from views.common.remains_fields import FIELD_LABELS as REMAINS_FIELD_LABELS


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


STATUS_TEXT = {
    PersonStatus.MISSING: QT_TRANSLATE_NOOP("Labels", "missing"),
    PersonStatus.CAPTURED: QT_TRANSLATE_NOOP("Labels", "captured"),
    PersonStatus.CAPTURED_UNCONFIRMED: QT_TRANSLATE_NOOP("Labels", "captured (unconfirmed)"),
    PersonStatus.RETURNED: QT_TRANSLATE_NOOP("Labels", "returned"),
    PersonStatus.DECEASED: QT_TRANSLATE_NOOP("Labels", "deceased"),
    PersonStatus.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "unknown"),
}
HEALTH_TEXT = {
    Health.GOOD: QT_TRANSLATE_NOOP("Labels", "good"),
    Health.NOT_WOUNDED: QT_TRANSLATE_NOOP("Labels", "not wounded"),
    Health.RECOVERED: QT_TRANSLATE_NOOP("Labels", "recovered"),
    Health.CONVALESCENT: QT_TRANSLATE_NOOP("Labels", "convalescent"),
    Health.SICK: QT_TRANSLATE_NOOP("Labels", "sick"),
    Health.SERIOUSLY_ILL: QT_TRANSLATE_NOOP("Labels", "seriously ill"),
    Health.SLIGHTLY_WOUNDED: QT_TRANSLATE_NOOP("Labels", "slightly wounded"),
    Health.SERIOUSLY_WOUNDED: QT_TRANSLATE_NOOP("Labels", "seriously wounded"),
}


EVENT_TEXT = {
    StatusEventKind.MISSING: QT_TRANSLATE_NOOP("Labels", "went missing"),
    StatusEventKind.CAPTURED: QT_TRANSLATE_NOOP("Labels", "taken prisoner"),
    StatusEventKind.SEEN_ON_VIDEO: QT_TRANSLATE_NOOP("Labels", "seen on video"),
    StatusEventKind.LETTER_RECEIVED: QT_TRANSLATE_NOOP("Labels", "letter received"),
    StatusEventKind.TRANSFERRED: QT_TRANSLATE_NOOP("Labels", "transferred"),
    StatusEventKind.HOSPITALISED: QT_TRANSLATE_NOOP("Labels", "hospitalised"),
    StatusEventKind.RELEASED: QT_TRANSLATE_NOOP("Labels", "released"),
    StatusEventKind.ESCAPED: QT_TRANSLATE_NOOP("Labels", "escaped"),
    StatusEventKind.EXCHANGED: QT_TRANSLATE_NOOP("Labels", "exchanged"),
    StatusEventKind.REPATRIATED: QT_TRANSLATE_NOOP("Labels", "repatriated"),
    StatusEventKind.DECEASED: QT_TRANSLATE_NOOP("Labels", "died"),
    StatusEventKind.REMAINS_IDENTIFIED: QT_TRANSLATE_NOOP("Labels", "remains identified"),
    StatusEventKind.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
RELIABILITY_TEXT = {
    Reliability.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "confirmed"),
    Reliability.PROBABLE: QT_TRANSLATE_NOOP("Labels", "probable"),
    Reliability.POSSIBLE: QT_TRANSLATE_NOOP("Labels", "possible"),
    Reliability.UNCONFIRMED: QT_TRANSLATE_NOOP("Labels", "unconfirmed"),
}
SOURCE_TEXT = {
    SourceKind.RELATIVE: QT_TRANSLATE_NOOP("Labels", "relative"),
    SourceKind.RELEASED_PRISONER: QT_TRANSLATE_NOOP("Labels", "released prisoner"),
    SourceKind.VIDEO: QT_TRANSLATE_NOOP("Labels", "video"),
    SourceKind.OTHER_SIDE_LIST: QT_TRANSLATE_NOOP("Labels", "the other side's list"),
    SourceKind.ICRC: QT_TRANSLATE_NOOP("Labels", "ICRC"),
    SourceKind.MILITARY_UNIT: QT_TRANSLATE_NOOP("Labels", "military unit"),
    SourceKind.MEDIA: QT_TRANSLATE_NOOP("Labels", "media"),
    SourceKind.DOCUMENT: QT_TRANSLATE_NOOP("Labels", "document"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
NAME_FORM_TEXT = {
    NameForm.ORIGINAL: QT_TRANSLATE_NOOP("Labels", "original"),
    NameForm.UK_LATIN_2010: QT_TRANSLATE_NOOP("Labels", "official Latin (2010)"),
    NameForm.RUSSIAN: QT_TRANSLATE_NOOP("Labels", "Russian form"),
    NameForm.PASSPORT_LATIN: QT_TRANSLATE_NOOP("Labels", "passport Latin"),
    NameForm.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
DECISION_TEXT = {
    CommissionDecision.REPATRIATE: QT_TRANSLATE_NOOP("Labels", "repatriate"),
    CommissionDecision.EXCLUDE: QT_TRANSLATE_NOOP("Labels", "exclude"),
    CommissionDecision.RE_EXAMINE: QT_TRANSLATE_NOOP("Labels", "re-examine"),
}
SEX_TEXT = {
    Sex.MALE: QT_TRANSLATE_NOOP("Labels", "male"),
    Sex.FEMALE: QT_TRANSLATE_NOOP("Labels", "female"),
    Sex.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "unknown"),
}
CONSENT_TEXT = {
    Consent.GIVEN: QT_TRANSLATE_NOOP("Labels", "given"),
    Consent.REFUSED: QT_TRANSLATE_NOOP("Labels", "refused"),
    Consent.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "unknown"),
}
TOOTH_TEXT = {
    ToothState.PRESENT: QT_TRANSLATE_NOOP("Labels", "present"),
    ToothState.MISSING: QT_TRANSLATE_NOOP("Labels", "missing (lost in life)"),
    ToothState.MISSING_POST_MORTEM: QT_TRANSLATE_NOOP("Labels", "missing post mortem"),
    ToothState.FILLED: QT_TRANSLATE_NOOP("Labels", "filled"),
    ToothState.CROWNED: QT_TRANSLATE_NOOP("Labels", "crowned"),
    ToothState.BRIDGE: QT_TRANSLATE_NOOP("Labels", "bridge"),
    ToothState.IMPLANT: QT_TRANSLATE_NOOP("Labels", "implant"),
    ToothState.ROOT_CANAL: QT_TRANSLATE_NOOP("Labels", "root canal"),
    ToothState.DECAYED: QT_TRANSLATE_NOOP("Labels", "decayed"),
    ToothState.UNKNOWN: QT_TRANSLATE_NOOP("Labels", "cannot be charted"),
}
CONDITION_TEXT = {
    RemainsCondition.COMPLETE: QT_TRANSLATE_NOOP("Labels", "complete"),
    RemainsCondition.INCOMPLETE: QT_TRANSLATE_NOOP("Labels", "incomplete"),
    RemainsCondition.DECOMPOSED: QT_TRANSLATE_NOOP("Labels", "decomposed"),
    RemainsCondition.BURNED: QT_TRANSLATE_NOOP("Labels", "burned"),
    RemainsCondition.SKELETAL: QT_TRANSLATE_NOOP("Labels", "skeletal"),
}
MARK_TEXT = {
    MarkKind.SCAR: QT_TRANSLATE_NOOP("Labels", "scar"),
    MarkKind.TATTOO: QT_TRANSLATE_NOOP("Labels", "tattoo"),
    MarkKind.BIRTHMARK: QT_TRANSLATE_NOOP("Labels", "birthmark"),
    MarkKind.PIERCING: QT_TRANSLATE_NOOP("Labels", "piercing"),
    MarkKind.AMPUTATION: QT_TRANSLATE_NOOP("Labels", "amputation"),
    MarkKind.DEFORMITY: QT_TRANSLATE_NOOP("Labels", "deformity"),
    MarkKind.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
SAMPLE_STATUS_TEXT = {
    SampleStatus.COLLECTED: QT_TRANSLATE_NOOP("Labels", "collected"),
    SampleStatus.SENT_TO_LAB: QT_TRANSLATE_NOOP("Labels", "sent to the lab"),
    SampleStatus.PROFILED: QT_TRANSLATE_NOOP("Labels", "profiled"),
    SampleStatus.FAILED: QT_TRANSLATE_NOOP("Labels", "failed"),
    SampleStatus.RESAMPLE_REQUESTED: QT_TRANSLATE_NOOP("Labels", "re-sample requested"),
}
IDENTIFICATION_TEXT = {
    IdentificationDecision.IDENTIFIED: QT_TRANSLATE_NOOP("Labels", "identified"),
    IdentificationDecision.EXCLUDED: QT_TRANSLATE_NOOP("Labels", "excluded"),
}
METHOD_TEXT = {
    IdentificationMethod.PRIMARY: QT_TRANSLATE_NOOP("Labels", "primary (DNA, fingerprints, dental)"),
    IdentificationMethod.SECONDARY: QT_TRANSLATE_NOOP("Labels", "secondary (description, medical, effects)"),
}
PROPOSAL_TEXT = {
    ProposalState.PROPOSED: QT_TRANSLATE_NOOP("Labels", "before the board"),
    ProposalState.DECIDED: QT_TRANSLATE_NOOP("Labels", "decided"),
    ProposalState.WITHDRAWN: QT_TRANSLATE_NOOP("Labels", "withdrawn"),
}
E = TypeVar("E", bound=StrEnum)


def _filed(enum: type[E], texts: dict[E, str]) -> tuple[type[StrEnum], dict[StrEnum, str]]:
    """A table filed under its enum, which its keys must be members of (checked by mypy). It is
    copied into a dict[StrEnum, str]: a dict's key type is invariant, so a dict[ToothState, str]
    is no dict[StrEnum, str] as it stands."""
    return enum, dict(texts.items())


ENUM_TEXT: dict[type[StrEnum], dict[StrEnum, str]] = dict(
    [
        _filed(ToothState, TOOTH_TEXT),
        _filed(RemainsCondition, CONDITION_TEXT),
        _filed(MarkKind, MARK_TEXT),
        _filed(SampleStatus, SAMPLE_STATUS_TEXT),
        _filed(IdentificationDecision, IDENTIFICATION_TEXT),
        _filed(IdentificationMethod, METHOD_TEXT),
        _filed(ProposalState, PROPOSAL_TEXT),
        _filed(PersonStatus, STATUS_TEXT),
        _filed(Health, HEALTH_TEXT),
        _filed(StatusEventKind, EVENT_TEXT),
        _filed(Reliability, RELIABILITY_TEXT),
        _filed(SourceKind, SOURCE_TEXT),
        _filed(NameForm, NAME_FORM_TEXT),
        _filed(CommissionDecision, DECISION_TEXT),
        _filed(Sex, SEX_TEXT),
        _filed(Consent, CONSENT_TEXT),
        _filed(Side, more.SIDE_TEXT),
        _filed(CriteriaMatch, more.CRITERIA_MATCH_TEXT),
        _filed(EntryMatchState, more.ENTRY_MATCH_TEXT),
        _filed(ExchangeDirection, more.DIRECTION_TEXT),
        _filed(RemainsStatus, more.REMAINS_STATUS_TEXT),
        _filed(SampleKind, more.SAMPLE_KIND_TEXT),
        _filed(CandidateState, more.CANDIDATE_TEXT),
        _filed(CounterpartyKind, more.COUNTERPARTY_TEXT),
        _filed(ThreadState, more.THREAD_STATE_TEXT),
        _filed(LetterDirection, more.LETTER_DIRECTION_TEXT),
        _filed(LetterChannel, more.CHANNEL_TEXT),
        _filed(Role, more.ROLE_TEXT),
        _filed(OfficeKind, more.OFFICE_KIND_TEXT),
    ]
)


def enum_label(member: StrEnum) -> str:
    """A code as people read it, in the user's language; codes of the Convention stay as they are."""
    table = ENUM_TEXT.get(type(member))
    return _tr(table[member]) if table is not None else member.value


def status_label(status: PersonStatus | str) -> str:
    return enum_label(PersonStatus(status))


def health_label(health: Health | str) -> str:
    return enum_label(Health(health))


def annex1_label(category: Annex1Category | str) -> str:
    return Annex1Category(category).value  # the Convention's own codes, the same in every language


ENTITY_TEXT = {
    "person": QT_TRANSLATE_NOOP("Labels", "person"),
    "person_name": QT_TRANSLATE_NOOP("Labels", "name spelling"),
    "status_event": QT_TRANSLATE_NOOP("Labels", "timeline event"),
    "next_of_kin": QT_TRANSLATE_NOOP("Labels", "next of kin"),
    "source": QT_TRANSLATE_NOOP("Labels", "source"),
    "health_report": QT_TRANSLATE_NOOP("Labels", "health report"),
    "medical_commission_decision": QT_TRANSLATE_NOOP("Labels", "medical commission"),
    "attachment": QT_TRANSLATE_NOOP("Labels", "attachment"),
    "agreement": QT_TRANSLATE_NOOP("Labels", "agreement"),
    "criteria_version": QT_TRANSLATE_NOOP("Labels", "criteria"),
    "agreement_phase": QT_TRANSLATE_NOOP("Labels", "phase"),
    "commitment": QT_TRANSLATE_NOOP("Labels", "commitment"),
    "exchange_list": QT_TRANSLATE_NOOP("Labels", "list"),
    "list_version": QT_TRANSLATE_NOOP("Labels", "list version"),
    "list_entry": QT_TRANSLATE_NOOP("Labels", "list entry"),
    "exchange": QT_TRANSLATE_NOOP("Labels", "exchange"),
    "exchange_participant": QT_TRANSLATE_NOOP("Labels", "exchange participant"),
    "remains_batch": QT_TRANSLATE_NOOP("Labels", "remains batch"),
    "remains_case": QT_TRANSLATE_NOOP("Labels", "remains case"),
    "custody_transfer": QT_TRANSLATE_NOOP("Labels", "custody transfer"),
    "ante_mortem_record": QT_TRANSLATE_NOOP("Labels", "ante-mortem record"),
    "dna_sample": QT_TRANSLATE_NOOP("Labels", "DNA sample"),
    "dna_result": QT_TRANSLATE_NOOP("Labels", "DNA result"),
    "match_candidate": QT_TRANSLATE_NOOP("Labels", "candidate"),
    "identification": QT_TRANSLATE_NOOP("Labels", "identification"),
    "counterparty": QT_TRANSLATE_NOOP("Labels", "counterparty"),
    "correspondence_thread": QT_TRANSLATE_NOOP("Labels", "thread"),
    "thread_link": QT_TRANSLATE_NOOP("Labels", "thread link"),
    "letter": QT_TRANSLATE_NOOP("Labels", "letter"),
    "office": QT_TRANSLATE_NOOP("Labels", "office"),
    "user_account": QT_TRANSLATE_NOOP("Labels", "user"),
    **more.MORE_ENTITY_TEXT,
}
OP_TEXT = {
    ChangeOp.CREATE: QT_TRANSLATE_NOOP("Labels", "created"),
    ChangeOp.UPDATE: QT_TRANSLATE_NOOP("Labels", "changed"),
    ChangeOp.DELETE: QT_TRANSLATE_NOOP("Labels", "deleted"),
}


def entity_label(entity: str) -> str:
    return _tr(ENTITY_TEXT.get(entity, entity))


def op_label(op: ChangeOp) -> str:
    return _tr(OP_TEXT[op])


def report_title(kind: ReportKind) -> str:
    """A report's title from the one registry of report kinds, in the app's language."""
    return QCoreApplication.translate("ReportKind", REPORTS[kind].title)


# The change log's field names as people read them: the person's (as the person editor names
# them) and those of the records about a person (timeline, next of kin, ante-mortem data)
FIELD_TEXT = {
    "surname": QT_TRANSLATE_NOOP("Labels", "Surname"),
    "given_names": QT_TRANSLATE_NOOP("Labels", "Given names"),
    "patronymic": QT_TRANSLATE_NOOP("Labels", "Patronymic"),
    "mother_maiden_name": QT_TRANSLATE_NOOP("Labels", "Mother's maiden name"),
    "sex": QT_TRANSLATE_NOOP("Labels", "Sex"),
    "date_of_birth": QT_TRANSLATE_NOOP("Labels", "Date of birth"),
    "place_of_birth": QT_TRANSLATE_NOOP("Labels", "Place of birth"),
    "citizenship": QT_TRANSLATE_NOOP("Labels", "Citizenship (Power depended on)"),
    "external_id": QT_TRANSLATE_NOOP("Labels", "External id"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "service_number": QT_TRANSLATE_NOOP("Labels", "Service number"),
    "rank": QT_TRANSLATE_NOOP("Labels", "Rank"),
    "unit": QT_TRANSLATE_NOOP("Labels", "Unit"),
    "is_civilian": QT_TRANSLATE_NOOP("Labels", "Civilian"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "capture_date": QT_TRANSLATE_NOOP("Labels", "Capture date"),
    "capture_place": QT_TRANSLATE_NOOP("Labels", "Capture place"),
    "coming_from": QT_TRANSLATE_NOOP("Labels", "Coming from (unit, camp, hospital)"),
    "detention_place": QT_TRANSLATE_NOOP("Labels", "Place of detention"),
    "prisoner_number": QT_TRANSLATE_NOOP("Labels", "Prisoner number"),
    "address_for_correspondence": QT_TRANSLATE_NOOP("Labels", "Address for correspondence"),
    "consent_to_repatriation": QT_TRANSLATE_NOOP("Labels", "Consent to repatriation"),
    "health": QT_TRANSLATE_NOOP("Labels", "Health"),
    "annex1_category": QT_TRANSLATE_NOOP("Labels", "Annex I category"),
    "death_date": QT_TRANSLATE_NOOP("Labels", "Date of death"),
    "death_place": QT_TRANSLATE_NOOP("Labels", "Place of death"),
    "death_cause": QT_TRANSLATE_NOOP("Labels", "Cause of death"),
    "burial_place": QT_TRANSLATE_NOOP("Labels", "Burial place"),
    "grave": QT_TRANSLATE_NOOP("Labels", "Grave"),
    "kind": QT_TRANSLATE_NOOP("Labels", "What happened"),
    "occurred_on": QT_TRANSLATE_NOOP("Labels", "Date"),
    "place": QT_TRANSLATE_NOOP("Labels", "Place"),
    "description": QT_TRANSLATE_NOOP("Labels", "Description"),
    "reliability": QT_TRANSLATE_NOOP("Labels", "Reliability"),
    "person_id": QT_TRANSLATE_NOOP("Labels", "Person"),
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "relationship": QT_TRANSLATE_NOOP("Labels", "Relationship"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "address": QT_TRANSLATE_NOOP("Labels", "Address"),
    "is_person_to_inform": QT_TRANSLATE_NOOP("Labels", "Person to inform"),
    "stature_cm": QT_TRANSLATE_NOOP("Labels", "Stature, cm"),
    "hair": QT_TRANSLATE_NOOP("Labels", "Hair"),
    "clothing_last_worn": QT_TRANSLATE_NOOP("Labels", "Clothing last worn"),
    "collected_from": QT_TRANSLATE_NOOP("Labels", "Told by"),
    "collected_on": QT_TRANSLATE_NOOP("Labels", "Recorded on"),
    "last_seen_date": QT_TRANSLATE_NOOP("Labels", "Last seen on"),
    "last_seen_place": QT_TRANSLATE_NOOP("Labels", "Last seen at"),
    **more.MORE_FIELD_TEXT,  # the other records' fields
}
ENTITY_FIELD_TEXT = more.ENTITY_FIELD_TEXT
# Fields whose values are codes, and the codes they hold
FIELD_ENUMS: dict[str, type[StrEnum]] = {
    "status": PersonStatus,
    "health": Health,
    "sex": Sex,
    "consent_to_repatriation": Consent,
    "reliability": Reliability,
    **more.MORE_FIELD_ENUMS,
}
ENTITY_FIELD_ENUMS = more.ENTITY_FIELD_ENUMS
YES_NO = {True: QT_TRANSLATE_NOOP("Labels", "yes"), False: QT_TRANSLATE_NOOP("Labels", "no")}


def field_label(field: str, entity: str = "") -> str:
    """A field of the change log in the user's language (its name itself if unknown); a remains
    case's fields as its editor names them, a column that means something else in ``entity``'s
    table as it means there."""
    if field in ENTITY_FIELD_TEXT.get(entity, {}):
        return _tr(ENTITY_FIELD_TEXT[entity][field])
    if entity == "remains_case" and field in REMAINS_FIELD_LABELS:
        return QCoreApplication.translate("CaseEditor", REMAINS_FIELD_LABELS[field])
    if field in FIELD_TEXT:
        return _tr(FIELD_TEXT[field])
    if field in REMAINS_FIELD_LABELS:  # a field only remains cases have (recovery_place …)
        return QCoreApplication.translate("CaseEditor", REMAINS_FIELD_LABELS[field])
    return field


def field_enum(field: str, entity: str = "") -> type[StrEnum] | None:
    """The codes a field holds: on ``entity``'s record if it says (``kind`` is a timeline event's
    kind on a timeline event, a source's kind on a source), else wherever the field is."""
    return ENTITY_FIELD_ENUMS.get(entity, {}).get(field) or FIELD_ENUMS.get(field)


# Fields whose text the services write in English from a closed grammar (models.lists.evidence_uk)
PHRASE_FIELDS = frozenset({"description", "flags", "reasons"})


def value_label(field: str, value: object, entity: str = "") -> str:
    """A value of the change log as people read it: codes named in the user's language, yes/no
    for a flag, nothing for none; a list's items joined by commas, a record's "key: value" pairs
    by semicolons; the kind of record a link or an attachment names as that kind."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _tr(YES_NO[value])
    if isinstance(value, list | tuple):
        return ", ".join(text for item in value if (text := value_label(field, item, entity)))
    if isinstance(value, dict):
        if "reason" in value:  # a criterion's verdict as the list check stores it: its reason
            ukrainian = QLocale().language() == QLocale.Language.Ukrainian
            reason = value.get("reason_uk") if ukrainian and value.get("reason_uk") else value["reason"]
            return f"{said(str(value.get('label', '')))}: {reason}" if value.get("label") else str(reason)
        return "; ".join(f"{key}: {value_label(field, item, entity)}" for key, item in value.items())
    if isinstance(value, float):
        return QLocale().toString(value, "g", 6)  # 0,9707 in Ukrainian
    if field in more.ENTITY_VALUED_FIELDS and isinstance(value, str):
        return entity_label(value)
    if field in PHRASE_FIELDS and isinstance(value, str):
        return said(value)  # stored in English by the services (evidence, notes, timeline)
    enum = field_enum(field, entity)
    if enum is not None and isinstance(value, str):
        try:
            return enum_label(enum(value))
        except ValueError:
            return value
    return str(value)


def said(text: str) -> str:
    """A phrase the services write in English and store (the list check's evidence and notes,
    the exchange day's timeline entries) in the interface language (models.lists.evidence_uk)."""
    return in_ukrainian(text) if QLocale().language() == QLocale.Language.Ukrainian else text


def conflict_badge(fields: list[tuple[str, str]]) -> str:
    """What a record's title says when offices disagree about it: "  ⚠ conflict between
    offices: Notes, Rank" (resolved in Offices → Conflicts); empty when none is open."""
    if not fields:
        return ""
    named = ", ".join(
        field_label(field, entity) if field != "(deleted)" else _tr(QT_TRANSLATE_NOOP("Labels", "deleted"))
        for entity, field in fields
    )
    return "  ⚠ " + _tr(QT_TRANSLATE_NOOP("Labels", "conflict between offices: {0}")).format(named)
