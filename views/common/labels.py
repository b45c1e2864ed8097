"""Human labels for the domain's codes, translated in one place (context "Labels")."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from models.core.enums import (
    Annex1Category,
    ChangeOp,
    CommissionDecision,
    Consent,
    Health,
    IdentificationDecision,
    IdentificationMethod,
    MarkKind,
    NameForm,
    PersonStatus,
    ProposalState,
    Reliability,
    RemainsCondition,
    SampleStatus,
    Sex,
    SourceKind,
    StatusEventKind,
    ToothState,
)
from models.core.report_kinds import REPORTS, ReportKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


STATUS_TEXT = {
    PersonStatus.MISSING: "missing",
    PersonStatus.CAPTURED: "captured",
    PersonStatus.CAPTURED_UNCONFIRMED: "captured (unconfirmed)",
    PersonStatus.RETURNED: "returned",
    PersonStatus.DECEASED: "deceased",
    PersonStatus.UNKNOWN: "unknown",
}
HEALTH_TEXT = {
    Health.GOOD: "good",
    Health.NOT_WOUNDED: "not wounded",
    Health.RECOVERED: "recovered",
    Health.CONVALESCENT: "convalescent",
    Health.SICK: "sick",
    Health.SERIOUSLY_ILL: "seriously ill",
    Health.SLIGHTLY_WOUNDED: "slightly wounded",
    Health.SERIOUSLY_WOUNDED: "seriously wounded",
}


EVENT_TEXT = {
    StatusEventKind.MISSING: "went missing",
    StatusEventKind.CAPTURED: "taken prisoner",
    StatusEventKind.SEEN_ON_VIDEO: "seen on video",
    StatusEventKind.LETTER_RECEIVED: "letter received",
    StatusEventKind.TRANSFERRED: "transferred",
    StatusEventKind.HOSPITALISED: "hospitalised",
    StatusEventKind.RELEASED: "released",
    StatusEventKind.ESCAPED: "escaped",
    StatusEventKind.EXCHANGED: "exchanged",
    StatusEventKind.REPATRIATED: "repatriated",
    StatusEventKind.DECEASED: "died",
    StatusEventKind.REMAINS_IDENTIFIED: "remains identified",
    StatusEventKind.OTHER: "other",
}
RELIABILITY_TEXT = {
    Reliability.CONFIRMED: "confirmed",
    Reliability.PROBABLE: "probable",
    Reliability.POSSIBLE: "possible",
    Reliability.UNCONFIRMED: "unconfirmed",
}
SOURCE_TEXT = {
    SourceKind.RELATIVE: "relative",
    SourceKind.RELEASED_PRISONER: "released prisoner",
    SourceKind.VIDEO: "video",
    SourceKind.OTHER_SIDE_LIST: "the other side's list",
    SourceKind.ICRC: "ICRC",
    SourceKind.MILITARY_UNIT: "military unit",
    SourceKind.MEDIA: "media",
    SourceKind.DOCUMENT: "document",
    SourceKind.OTHER: "other",
}
NAME_FORM_TEXT = {
    NameForm.ORIGINAL: "original",
    NameForm.UK_LATIN_2010: "official Latin (2010)",
    NameForm.RUSSIAN: "Russian form",
    NameForm.PASSPORT_LATIN: "passport Latin",
    NameForm.OTHER: "other",
}
DECISION_TEXT = {
    CommissionDecision.REPATRIATE: "repatriate",
    CommissionDecision.EXCLUDE: "exclude",
    CommissionDecision.RE_EXAMINE: "re-examine",
}
SEX_TEXT = {Sex.MALE: "male", Sex.FEMALE: "female", Sex.UNKNOWN: "unknown"}
CONSENT_TEXT = {Consent.GIVEN: "given", Consent.REFUSED: "refused", Consent.UNKNOWN: "unknown"}
TOOTH_TEXT = {
    ToothState.PRESENT: "present",
    ToothState.MISSING: "missing (lost in life)",
    ToothState.MISSING_POST_MORTEM: "missing post mortem",
    ToothState.FILLED: "filled",
    ToothState.CROWNED: "crowned",
    ToothState.BRIDGE: "bridge",
    ToothState.IMPLANT: "implant",
    ToothState.ROOT_CANAL: "root canal",
    ToothState.DECAYED: "decayed",
    ToothState.UNKNOWN: "cannot be charted",
}
CONDITION_TEXT = {
    RemainsCondition.COMPLETE: "complete",
    RemainsCondition.INCOMPLETE: "incomplete",
    RemainsCondition.DECOMPOSED: "decomposed",
    RemainsCondition.BURNED: "burned",
    RemainsCondition.SKELETAL: "skeletal",
}
MARK_TEXT = {
    MarkKind.SCAR: "scar",
    MarkKind.TATTOO: "tattoo",
    MarkKind.BIRTHMARK: "birthmark",
    MarkKind.PIERCING: "piercing",
    MarkKind.AMPUTATION: "amputation",
    MarkKind.DEFORMITY: "deformity",
    MarkKind.OTHER: "other",
}
SAMPLE_STATUS_TEXT = {
    SampleStatus.COLLECTED: "collected",
    SampleStatus.SENT_TO_LAB: "sent to the lab",
    SampleStatus.PROFILED: "profiled",
    SampleStatus.FAILED: "failed",
    SampleStatus.RESAMPLE_REQUESTED: "re-sample requested",
}
IDENTIFICATION_TEXT = {IdentificationDecision.IDENTIFIED: "identified", IdentificationDecision.EXCLUDED: "excluded"}
METHOD_TEXT = {
    IdentificationMethod.PRIMARY: "primary (DNA, fingerprints, dental)",
    IdentificationMethod.SECONDARY: "secondary (description, medical, effects)",
}
PROPOSAL_TEXT = {
    ProposalState.PROPOSED: "before the board",
    ProposalState.DECIDED: "decided",
    ProposalState.WITHDRAWN: "withdrawn",
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
    "person": "person",
    "person_name": "name spelling",
    "status_event": "timeline event",
    "next_of_kin": "next of kin",
    "source": "source",
    "health_report": "health report",
    "medical_commission_decision": "medical commission",
    "attachment": "attachment",
    "agreement": "agreement",
    "criteria_version": "criteria",
    "agreement_phase": "phase",
    "commitment": "commitment",
    "exchange_list": "list",
    "list_version": "list version",
    "list_entry": "list entry",
    "exchange": "exchange",
    "exchange_participant": "exchange participant",
    "remains_batch": "remains batch",
    "remains_case": "remains case",
    "custody_transfer": "custody transfer",
    "ante_mortem_record": "ante-mortem record",
    "dna_sample": "DNA sample",
    "dna_result": "DNA result",
    "match_candidate": "candidate",
    "identification": "identification",
    "counterparty": "counterparty",
    "correspondence_thread": "thread",
    "thread_link": "thread link",
    "letter": "letter",
    "office": "office",
    "user_account": "user",
}
OP_TEXT = {ChangeOp.CREATE: "created", ChangeOp.UPDATE: "changed", ChangeOp.DELETE: "deleted"}


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
    "surname": "Surname",
    "given_names": "Given names",
    "patronymic": "Patronymic",
    "mother_maiden_name": "Mother's maiden name",
    "sex": "Sex",
    "date_of_birth": "Date of birth",
    "place_of_birth": "Place of birth",
    "citizenship": "Citizenship (Power depended on)",
    "external_id": "External id",
    "notes": "Notes",
    "service_number": "Service number",
    "rank": "Rank",
    "unit": "Unit",
    "is_civilian": "Civilian",
    "status": "Status",
    "capture_date": "Capture date",
    "capture_place": "Capture place",
    "coming_from": "Coming from (unit, camp, hospital)",
    "detention_place": "Place of detention",
    "prisoner_number": "Prisoner number",
    "address_for_correspondence": "Address for correspondence",
    "consent_to_repatriation": "Consent to repatriation",
    "health": "Health",
    "annex1_category": "Annex I category",
    "death_date": "Date of death",
    "death_place": "Place of death",
    "death_cause": "Cause of death",
    "burial_place": "Burial place",
    "grave": "Grave",
    "kind": "What happened",
    "occurred_on": "Date",
    "place": "Place",
    "description": "Description",
    "reliability": "Reliability",
    "person_id": "Person",
    "name": "Name",
    "relationship": "Relationship",
    "phone": "Phone",
    "address": "Address",
    "is_person_to_inform": "Person to inform",
    "stature_cm": "Stature, cm",
    "hair": "Hair",
    "clothing_last_worn": "Clothing last worn",
    "collected_from": "Told by",
    "collected_on": "Recorded on",
    "last_seen_date": "Last seen on",
    "last_seen_place": "Last seen at",
}
# Fields whose values are codes, and the codes they hold
FIELD_ENUMS: dict[str, type[StrEnum]] = {
    "status": PersonStatus,
    "health": Health,
    "sex": Sex,
    "consent_to_repatriation": Consent,
    "reliability": Reliability,
}
YES_NO = {True: "yes", False: "no"}


def field_label(field: str) -> str:
    """A field of the change log in the user's language (its name itself if unknown)."""
    return _tr(FIELD_TEXT[field]) if field in FIELD_TEXT else field


def value_label(field: str, value: object, entity: str = "") -> str:
    """A value of the change log as people read it: codes named in the user's language, yes/no
    for a flag, nothing for none (``kind`` is a timeline event's kind on a timeline event)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _tr(YES_NO[value])
    enum = StatusEventKind if field == "kind" and entity == "status_event" else FIELD_ENUMS.get(field)
    if enum is not None and isinstance(value, str):
        try:
            return enum_label(enum(value))
        except ValueError:
            return value
    return str(value)
