"""The rest of the change log's vocabulary (views.common.labels names it through these tables):
the fields and codes of the agreements, lists, exchanges, remains, correspondence and office
records. Every logged column of every record has a label (tests/gui/test_labels_complete.py)."""

from __future__ import annotations

from enum import StrEnum

from models.core.enums import (
    CandidateState,
    CommissionDecision,
    CounterpartyKind,
    CriteriaMatch,
    EntryMatchState,
    ExchangeDirection,
    IdentificationDecision,
    IdentificationMethod,
    LetterChannel,
    LetterDirection,
    MarkKind,
    NameForm,
    OfficeKind,
    ProposalState,
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

SIDE_TEXT = {
    Side.OURS: QT_TRANSLATE_NOOP("Labels", "our side"),
    Side.THEIRS: QT_TRANSLATE_NOOP("Labels", "the other side"),
}
CRITERIA_MATCH_TEXT = {
    CriteriaMatch.ANY: QT_TRANSLATE_NOOP("Labels", "any one criterion"),
    CriteriaMatch.ALL: QT_TRANSLATE_NOOP("Labels", "all the criteria"),
}
ENTRY_MATCH_TEXT = {
    EntryMatchState.UNMATCHED: QT_TRANSLATE_NOOP("Labels", "not found in the registry"),
    EntryMatchState.REVIEW: QT_TRANSLATE_NOOP("Labels", "needs review"),
    EntryMatchState.MATCHED: QT_TRANSLATE_NOOP("Labels", "found in the registry"),
    EntryMatchState.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "confirmed"),
    EntryMatchState.REJECTED: QT_TRANSLATE_NOOP("Labels", "rejected"),
}
DIRECTION_TEXT = {
    ExchangeDirection.TO_US: QT_TRANSLATE_NOOP("Labels", "coming home"),
    ExchangeDirection.TO_THEM: QT_TRANSLATE_NOOP("Labels", "handed over to the other side"),
}
REMAINS_STATUS_TEXT = {
    RemainsStatus.RECEIVED: QT_TRANSLATE_NOOP("Labels", "received"),
    RemainsStatus.EXAMINED: QT_TRANSLATE_NOOP("Labels", "examined"),
    RemainsStatus.SAMPLED: QT_TRANSLATE_NOOP("Labels", "DNA sampled"),
    RemainsStatus.IDENTIFIED: QT_TRANSLATE_NOOP("Labels", "identified"),
    RemainsStatus.HANDED_OVER: QT_TRANSLATE_NOOP("Labels", "handed over to the family"),
}
SAMPLE_KIND_TEXT = {
    SampleKind.REMAINS: QT_TRANSLATE_NOOP("Labels", "from the remains"),
    SampleKind.REFERENCE: QT_TRANSLATE_NOOP("Labels", "reference (from a relative)"),
}
CANDIDATE_TEXT = {
    CandidateState.PROPOSED: QT_TRANSLATE_NOOP("Labels", "proposed"),
    CandidateState.REJECTED: QT_TRANSLATE_NOOP("Labels", "rejected"),
    CandidateState.CONFIRMED: QT_TRANSLATE_NOOP("Labels", "confirmed"),
}
COUNTERPARTY_TEXT = {
    CounterpartyKind.OTHER_SIDE: QT_TRANSLATE_NOOP("Labels", "the other side"),
    CounterpartyKind.ICRC: QT_TRANSLATE_NOOP("Labels", "ICRC"),
    CounterpartyKind.OMBUDSPERSON: QT_TRANSLATE_NOOP("Labels", "ombudsperson"),
    CounterpartyKind.MEDIATOR: QT_TRANSLATE_NOOP("Labels", "mediator"),
    CounterpartyKind.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
THREAD_STATE_TEXT = {
    ThreadState.DRAFT: QT_TRANSLATE_NOOP("Labels", "draft"),
    ThreadState.SENT: QT_TRANSLATE_NOOP("Labels", "sent"),
    ThreadState.AWAITING_REPLY: QT_TRANSLATE_NOOP("Labels", "awaiting reply"),
    ThreadState.ANSWERED: QT_TRANSLATE_NOOP("Labels", "answered"),
    ThreadState.CLOSED: QT_TRANSLATE_NOOP("Labels", "closed"),
}
LETTER_DIRECTION_TEXT = {
    LetterDirection.INCOMING: QT_TRANSLATE_NOOP("Labels", "incoming"),
    LetterDirection.OUTGOING: QT_TRANSLATE_NOOP("Labels", "outgoing"),
}
CHANNEL_TEXT = {
    LetterChannel.DIPLOMATIC_NOTE: QT_TRANSLATE_NOOP("Labels", "diplomatic note"),
    LetterChannel.EMAIL: QT_TRANSLATE_NOOP("Labels", "e-mail"),
    LetterChannel.THROUGH_ICRC: QT_TRANSLATE_NOOP("Labels", "through the ICRC"),
    LetterChannel.AT_MEETING: QT_TRANSLATE_NOOP("Labels", "handed over at a meeting"),
    LetterChannel.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
}
ROLE_TEXT = {
    Role.VIEWER: QT_TRANSLATE_NOOP("Labels", "viewer"),
    Role.CLERK: QT_TRANSLATE_NOOP("Labels", "clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Labels", "supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "administrator"),
}
OFFICE_KIND_TEXT = {
    OfficeKind.HQ: QT_TRANSLATE_NOOP("Labels", "headquarters"),
    OfficeKind.REGIONAL: QT_TRANSLATE_NOOP("Labels", "regional office"),
    OfficeKind.FIELD: QT_TRANSLATE_NOOP("Labels", "field team"),
    OfficeKind.LABORATORY: QT_TRANSLATE_NOOP("Labels", "laboratory"),
    OfficeKind.MEDIATOR: QT_TRANSLATE_NOOP("Labels", "mediator"),
}

# Record kinds the change log names that views.common.labels.ENTITY_TEXT did not
MORE_ENTITY_TEXT = {
    "body_mark": QT_TRANSLATE_NOOP("Labels", "body mark"),
    "implant": QT_TRANSLATE_NOOP("Labels", "implant"),
    "dental_finding": QT_TRANSLATE_NOOP("Labels", "dental finding"),
    "board_signature": QT_TRANSLATE_NOOP("Labels", "board signature"),
    "setting": QT_TRANSLATE_NOOP("Labels", "office setting"),  # logged by models.office.settings
    "office_card": QT_TRANSLATE_NOOP("Labels", "office card"),
    "bundle_profile": QT_TRANSLATE_NOOP("Labels", "bundle profile"),  # logged by models.bundles.profiles
}

# Field names of the other records, one label per column name (where a name means something
# else in one table, ENTITY_FIELD_TEXT says so); ids of another record are named by the record
MORE_FIELD_TEXT = {
    # agreements, criteria, phases, commitments
    "agreement_id": QT_TRANSLATE_NOOP("Labels", "Agreement"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "signed_on": QT_TRANSLATE_NOOP("Labels", "Signed on"),
    "parties": QT_TRANSLATE_NOOP("Labels", "Parties"),
    "mediator": QT_TRANSLATE_NOOP("Labels", "Mediator"),
    "version": QT_TRANSLATE_NOOP("Labels", "Version"),
    "match": QT_TRANSLATE_NOOP("Labels", "A person must meet"),
    "criteria": QT_TRANSLATE_NOOP("Labels", "Criteria"),
    "effective_from": QT_TRANSLATE_NOOP("Labels", "Effective from"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "number": QT_TRANSLATE_NOOP("Labels", "Number"),
    "planned_on": QT_TRANSLATE_NOOP("Labels", "Planned on"),
    "side": QT_TRANSLATE_NOOP("Labels", "Side"),
    "text": QT_TRANSLATE_NOOP("Labels", "Text"),
    "due_on": QT_TRANSLATE_NOOP("Labels", "Due on"),
    "fulfilled_on": QT_TRANSLATE_NOOP("Labels", "Fulfilled on"),
    "evidence": QT_TRANSLATE_NOOP("Labels", "Evidence"),
    # lists, their versions and entries
    "phase_number": QT_TRANSLATE_NOOP("Labels", "Phase"),
    "list_id": QT_TRANSLATE_NOOP("Labels", "List"),
    "received_on": QT_TRANSLATE_NOOP("Labels", "Received on"),
    "source_filename": QT_TRANSLATE_NOOP("Labels", "Source file"),
    "source_sha256": QT_TRANSLATE_NOOP("Labels", "Checksum of the source file"),
    "criteria_version_id": QT_TRANSLATE_NOOP("Labels", "Criteria version"),
    "column_mapping": QT_TRANSLATE_NOOP("Labels", "Which column holds what"),
    "locked_at": QT_TRANSLATE_NOOP("Labels", "Locked at"),
    "locked_by": QT_TRANSLATE_NOOP("Labels", "Locked by"),
    "list_version_id": QT_TRANSLATE_NOOP("Labels", "List version"),
    "row_number": QT_TRANSLATE_NOOP("Labels", "Row"),
    "raw": QT_TRANSLATE_NOOP("Labels", "Cells as written"),
    "date_of_birth_ambiguous": QT_TRANSLATE_NOOP("Labels", "Day and month of birth may be swapped"),
    "category": QT_TRANSLATE_NOOP("Labels", "Category"),
    "match_state": QT_TRANSLATE_NOOP("Labels", "Match"),
    "match_score": QT_TRANSLATE_NOOP("Labels", "Match score"),
    "flags": QT_TRANSLATE_NOOP("Labels", "Alerts"),
    "compliant": QT_TRANSLATE_NOOP("Labels", "Meets the criteria"),
    "compliance": QT_TRANSLATE_NOOP("Labels", "Criteria check"),
    "sheet_row": QT_TRANSLATE_NOOP("Labels", "Row in the file"),
    "reading_flags": QT_TRANSLATE_NOOP("Labels", "How the line was read"),
    # exchanges
    "held_on": QT_TRANSLATE_NOOP("Labels", "Held on"),
    "exchange_id": QT_TRANSLATE_NOOP("Labels", "Exchange"),
    "direction": QT_TRANSLATE_NOOP("Labels", "Direction"),
    "list_entry_id": QT_TRANSLATE_NOOP("Labels", "List entry"),
    "name_as_listed": QT_TRANSLATE_NOOP("Labels", "Name as listed"),
    "expected": QT_TRANSLATE_NOOP("Labels", "Expected"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Came home"),
    # correspondence
    "counterparty_id": QT_TRANSLATE_NOOP("Labels", "Counterparty"),
    "subject": QT_TRANSLATE_NOOP("Labels", "Subject"),
    "state": QT_TRANSLATE_NOOP("Labels", "State"),
    "thread_id": QT_TRANSLATE_NOOP("Labels", "Thread"),
    "entity": QT_TRANSLATE_NOOP("Labels", "Kind of record"),
    "record_id": QT_TRANSLATE_NOOP("Labels", "Record"),
    "our_reference": QT_TRANSLATE_NOOP("Labels", "Our reference"),
    "their_reference": QT_TRANSLATE_NOOP("Labels", "Their reference"),
    "sent_on": QT_TRANSLATE_NOOP("Labels", "Sent on"),
    "channel": QT_TRANSLATE_NOOP("Labels", "Channel"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "body": QT_TRANSLATE_NOOP("Labels", "Text of the letter"),
    "registered_by": QT_TRANSLATE_NOOP("Labels", "Registered by"),
    "corrects_letter_id": QT_TRANSLATE_NOOP("Labels", "Corrects the letter"),
    # a person's records
    "form": QT_TRANSLATE_NOOP("Labels", "Spelling"),
    "generated": QT_TRANSLATE_NOOP("Labels", "Generated automatically"),
    "source_id": QT_TRANSLATE_NOOP("Labels", "Source"),
    "reported_on": QT_TRANSLATE_NOOP("Labels", "Reported on"),
    "examined_on": QT_TRANSLATE_NOOP("Labels", "Examined on"),
    "decision": QT_TRANSLATE_NOOP("Labels", "Decision"),
    "members": QT_TRANSLATE_NOOP("Labels", "Members"),
    "votes_for": QT_TRANSLATE_NOOP("Labels", "Votes for"),
    "votes_against": QT_TRANSLATE_NOOP("Labels", "Votes against"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    # remains
    "batch_number": QT_TRANSLATE_NOOP("Labels", "Batch number"),
    "handed_over_by": QT_TRANSLATE_NOOP("Labels", "Handed over by"),
    "declared_count": QT_TRANSLATE_NOOP("Labels", "Declared count"),
    "bag_numbers": QT_TRANSLATE_NOOP("Labels", "Bag or label numbers"),
    "individual_case_id": QT_TRANSLATE_NOOP("Labels", "Part of the individual (case)"),
    "remains_case_id": QT_TRANSLATE_NOOP("Labels", "Remains case"),
    "from_party": QT_TRANSLATE_NOOP("Labels", "From"),
    "to_party": QT_TRANSLATE_NOOP("Labels", "To"),
    "transferred_at": QT_TRANSLATE_NOOP("Labels", "Transferred at"),
    "by_whom": QT_TRANSLATE_NOOP("Labels", "By whom"),
    "build": QT_TRANSLATE_NOOP("Labels", "Build"),
    "eye_colour": QT_TRANSLATE_NOOP("Labels", "Eye colour"),
    "medical_history": QT_TRANSLATE_NOOP("Labels", "Medical history"),
    "dental_records": QT_TRANSLATE_NOOP("Labels", "Dental records"),
    "effects_carried": QT_TRANSLATE_NOOP("Labels", "Effects carried"),
    "ante_mortem_id": QT_TRANSLATE_NOOP("Labels", "Ante-mortem record"),
    "body_location": QT_TRANSLATE_NOOP("Labels", "Body location"),
    "serial_number": QT_TRANSLATE_NOOP("Labels", "Serial number"),
    "tooth": QT_TRANSLATE_NOOP("Labels", "Tooth"),
    "sample_number": QT_TRANSLATE_NOOP("Labels", "Sample number"),
    "relative_name": QT_TRANSLATE_NOOP("Labels", "Relative's name"),
    "lab": QT_TRANSLATE_NOOP("Labels", "Laboratory"),
    "resample_of_id": QT_TRANSLATE_NOOP("Labels", "Re-sample of"),
    "remains_sample_id": QT_TRANSLATE_NOOP("Labels", "Sample from the remains"),
    "reference_sample_id": QT_TRANSLATE_NOOP("Labels", "Reference sample"),
    "likelihood_ratio": QT_TRANSLATE_NOOP("Labels", "Likelihood ratio"),
    "score": QT_TRANSLATE_NOOP("Labels", "Score"),
    "rejection_reason": QT_TRANSLATE_NOOP("Labels", "Reason for rejection"),
    "method": QT_TRANSLATE_NOOP("Labels", "Method"),
    "proposed_on": QT_TRANSLATE_NOOP("Labels", "Proposed on"),
    "proposed_by": QT_TRANSLATE_NOOP("Labels", "Proposed by"),
    "decided_on": QT_TRANSLATE_NOOP("Labels", "Decided on"),
    "board_members": QT_TRANSLATE_NOOP("Labels", "Board members"),
    "signed_by": QT_TRANSLATE_NOOP("Labels", "Signed by"),
    "death_certificate_number": QT_TRANSLATE_NOOP("Labels", "Death certificate number"),
    "family_notified_on": QT_TRANSLATE_NOOP("Labels", "Family notified on"),
    "notified_by": QT_TRANSLATE_NOOP("Labels", "Notified by"),
    "notification_method": QT_TRANSLATE_NOOP("Labels", "How the family was notified"),
    "handed_over_on": QT_TRANSLATE_NOOP("Labels", "Handed over on"),
    "handed_over_to": QT_TRANSLATE_NOOP("Labels", "Handed over to"),
    "handover_documents": QT_TRANSLATE_NOOP("Labels", "Handover documents"),
    "burial_date": QT_TRANSLATE_NOOP("Labels", "Burial date"),
    "identification_id": QT_TRANSLATE_NOOP("Labels", "Identification"),
    "user_name": QT_TRANSLATE_NOOP("Labels", "User name"),
    "full_name": QT_TRANSLATE_NOOP("Labels", "Full name"),
    "approves": QT_TRANSLATE_NOOP("Labels", "Approves"),
    "comment": QT_TRANSLATE_NOOP("Labels", "Comment"),
    "signed_at": QT_TRANSLATE_NOOP("Labels", "Signed at"),
    # the office, its users, attachments
    "code": QT_TRANSLATE_NOOP("Labels", "Code"),
    "signing_public_key": QT_TRANSLATE_NOOP("Labels", "Public signing key"),
    "age_recipient": QT_TRANSLATE_NOOP("Labels", "Encryption key of the exchange bundles"),
    "role": QT_TRANSLATE_NOOP("Labels", "Role"),
    "office_id": QT_TRANSLATE_NOOP("Labels", "Office"),
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "blob_sha256": QT_TRANSLATE_NOOP("Labels", "Checksum of the file"),
    "owner_entity": QT_TRANSLATE_NOOP("Labels", "Attached to (kind of record)"),
    "owner_id": QT_TRANSLATE_NOOP("Labels", "Attached to"),
    "filename": QT_TRANSLATE_NOOP("Labels", "File name"),
    "media_type": QT_TRANSLATE_NOOP("Labels", "File type"),
    # office cards (models.bundles)
    "key_id": QT_TRANSLATE_NOOP("Labels", "Key id"),
    "envelope": QT_TRANSLATE_NOOP("Labels", "Signed card"),
    "fingerprint": QT_TRANSLATE_NOOP("Labels", "Fingerprint"),
    "trusted_by": QT_TRANSLATE_NOOP("Labels", "Trusted by"),
    "how_trusted": QT_TRANSLATE_NOOP("Labels", "How trusted"),
    "revoked_after_seq": QT_TRANSLATE_NOOP("Labels", "Key trusted up to change"),
    "revocation": QT_TRANSLATE_NOOP("Labels", "Revocation by headquarters"),
}
# Column names that mean something else in one table, by table then column (consulted first)
ENTITY_FIELD_TEXT = {
    "bundle_profile": {"definition": QT_TRANSLATE_NOOP("Labels", "What the profile sends")},
    "setting": {  # a setting's change is logged under its key (models.office.settings.SPECS)
        "report_marking": QT_TRANSLATE_NOOP("Labels", "Classification marking on reports"),
        "dna_lr_certain": QT_TRANSLATE_NOOP("Labels", "DNA likelihood ratio: certain from"),
        "dna_lr_probable": QT_TRANSLATE_NOOP("Labels", "DNA likelihood ratio: probable from"),
        "board_signatures_required": QT_TRANSLATE_NOOP("Labels", "Board signatures required"),
        "reply_due_days": QT_TRANSLATE_NOOP("Labels", "Days given for a reply"),
    },
    "counterparty": {
        "name": QT_TRANSLATE_NOOP("Labels", "Name of the organisation"),
        "kind": QT_TRANSLATE_NOOP("Labels", "Kind"),
    },
    "office": {
        "name": QT_TRANSLATE_NOOP("Labels", "Name of the office"),
        "kind": QT_TRANSLATE_NOOP("Labels", "Kind of office"),
    },
    "office_card": {"version": QT_TRANSLATE_NOOP("Labels", "Card version")},
    "user_account": {"name": QT_TRANSLATE_NOOP("Labels", "Login")},
    "source": {"kind": QT_TRANSLATE_NOOP("Labels", "Kind of source")},
    "body_mark": {"kind": QT_TRANSLATE_NOOP("Labels", "Kind of mark")},
    "dna_sample": {
        "kind": QT_TRANSLATE_NOOP("Labels", "Kind of sample"),
        "collected_on": QT_TRANSLATE_NOOP("Labels", "Collected on"),
    },
    "dental_finding": {"state": QT_TRANSLATE_NOOP("Labels", "State of the tooth")},
    "agreement_phase": {"number": QT_TRANSLATE_NOOP("Labels", "Phase number")},
}

# Columns whose values are codes, whatever the record (views.common.labels.FIELD_ENUMS has the
# person's), and those whose codes depend on the record
MORE_FIELD_ENUMS: dict[str, type[StrEnum]] = {
    "side": Side,
    "match": CriteriaMatch,
    "match_state": EntryMatchState,
    "channel": LetterChannel,
    "role": Role,
    "form": NameForm,
    "condition": RemainsCondition,
    "apparent_sex": Sex,
    "method": IdentificationMethod,
}
ENTITY_FIELD_ENUMS: dict[str, dict[str, type[StrEnum]]] = {
    "status_event": {"kind": StatusEventKind},
    "source": {"kind": SourceKind},
    "counterparty": {"kind": CounterpartyKind},
    "body_mark": {"kind": MarkKind},
    "dna_sample": {"kind": SampleKind, "status": SampleStatus},
    "remains_case": {"status": RemainsStatus},
    "correspondence_thread": {"state": ThreadState},
    "dental_finding": {"state": ToothState},
    "match_candidate": {"state": CandidateState},
    "identification": {"state": ProposalState, "decision": IdentificationDecision},
    "office": {"kind": OfficeKind},
    "medical_commission_decision": {"decision": CommissionDecision},
    "exchange_participant": {"direction": ExchangeDirection},
    "letter": {"direction": LetterDirection},
}
# Columns whose values name a kind of record (thread links, attachments): labelled as entities
ENTITY_VALUED_FIELDS = frozenset({"entity", "owner_entity"})
