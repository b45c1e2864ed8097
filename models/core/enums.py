"""Closed vocabularies of the domain (DOMAIN.md). Stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    VIEWER = "viewer"
    CLERK = "clerk"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"

    @property
    def rank(self) -> int:
        return list(Role).index(self)

    def at_least(self, other: Role) -> bool:
        return self.rank >= other.rank


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class PersonStatus(StrEnum):
    MISSING = "missing"
    CAPTURED = "captured"  # captivity confirmed
    CAPTURED_UNCONFIRMED = "captured_unconfirmed"
    RETURNED = "returned"  # released / repatriated
    DECEASED = "deceased"
    UNKNOWN = "unknown"


class Health(StrEnum):
    """Health as on the GC III capture card, plus the Annex I grades of the lists."""

    GOOD = "good"
    NOT_WOUNDED = "not_wounded"
    RECOVERED = "recovered"
    CONVALESCENT = "convalescent"
    SICK = "sick"
    SERIOUSLY_ILL = "seriously_ill"
    SLIGHTLY_WOUNDED = "slightly_wounded"
    SERIOUSLY_WOUNDED = "seriously_wounded"


class Annex1Category(StrEnum):
    """GC III Annex I (model agreement on direct repatriation and accommodation)."""

    A1A = "A1a"
    A1B = "A1b"
    A1C = "A1c"
    A1D = "A1d"
    A2 = "A2"
    A3 = "A3"
    A4 = "A4"
    A5 = "A5"
    A6 = "A6"
    A7 = "A7"
    B1 = "B1"
    B2 = "B2"
    B3 = "B3"
    B4 = "B4"
    B5 = "B5"


class CommissionDecision(StrEnum):
    REPATRIATE = "repatriate"
    EXCLUDE = "exclude"
    RE_EXAMINE = "re_examine"


class Consent(StrEnum):
    GIVEN = "given"
    REFUSED = "refused"
    UNKNOWN = "unknown"


class StatusEventKind(StrEnum):
    MISSING = "missing"
    CAPTURED = "captured"
    SEEN_ON_VIDEO = "seen_on_video"
    LETTER_RECEIVED = "letter_received"
    TRANSFERRED = "transferred"
    HOSPITALISED = "hospitalised"
    RELEASED = "released"
    ESCAPED = "escaped"
    EXCHANGED = "exchanged"
    REPATRIATED = "repatriated"
    DECEASED = "deceased"
    REMAINS_IDENTIFIED = "remains_identified"
    OTHER = "other"


class Reliability(StrEnum):
    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"
    UNCONFIRMED = "unconfirmed"


class SourceKind(StrEnum):
    RELATIVE = "relative"
    RELEASED_PRISONER = "released_prisoner"
    VIDEO = "video"
    OTHER_SIDE_LIST = "other_side_list"
    ICRC = "icrc"
    MILITARY_UNIT = "military_unit"
    MEDIA = "media"
    DOCUMENT = "document"
    OTHER = "other"


class NameForm(StrEnum):
    """Where a spelling of a name comes from."""

    ORIGINAL = "original"  # as written in Ukrainian
    UK_LATIN_2010 = "uk_latin_2010"  # official Ukrainian transliteration (KMU 2010)
    RUSSIAN = "russian"
    PASSPORT_LATIN = "passport_latin"
    OTHER = "other"


class Side(StrEnum):
    OURS = "ours"
    THEIRS = "theirs"


class CriteriaMatch(StrEnum):
    ANY = "any"
    ALL = "all"


class EntryMatchState(StrEnum):
    """Whom a list entry names. The first three are the check's; the last two a person's,
    which later checks keep."""

    UNMATCHED = "unmatched"
    REVIEW = "review"
    MATCHED = "matched"
    CONFIRMED = "confirmed"  # a person confirmed the match
    REJECTED = "rejected"  # a person rejected every candidate


class ExchangeDirection(StrEnum):
    TO_US = "to_us"  # our people coming home
    TO_THEM = "to_them"


class RemainsCondition(StrEnum):
    COMPLETE = "complete"
    INCOMPLETE = "incomplete"
    DECOMPOSED = "decomposed"
    BURNED = "burned"
    SKELETAL = "skeletal"


class RemainsStatus(StrEnum):
    RECEIVED = "received"
    EXAMINED = "examined"
    SAMPLED = "sampled"
    IDENTIFIED = "identified"
    HANDED_OVER = "handed_over"


class RemainsStage(StrEnum):
    """How far a remains case has come, in order: each stage implies the ones before it."""

    RECEIVED = "received"
    EXAMINED = "examined"
    SAMPLED = "sampled"  # DNA sample taken
    DNA_RESULT = "dna_result"
    CANDIDATE = "candidate"  # a proposal is before the identification board
    IDENTIFIED = "identified"
    HANDED_OVER = "handed_over"  # to the family

    @property
    def order(self) -> int:
        return list(RemainsStage).index(self)


class MarkKind(StrEnum):
    SCAR = "scar"
    TATTOO = "tattoo"
    BIRTHMARK = "birthmark"
    PIERCING = "piercing"
    AMPUTATION = "amputation"
    DEFORMITY = "deformity"
    OTHER = "other"


class ToothState(StrEnum):
    PRESENT = "present"
    MISSING = "missing"
    MISSING_POST_MORTEM = "missing_post_mortem"
    FILLED = "filled"
    CROWNED = "crowned"
    BRIDGE = "bridge"
    IMPLANT = "implant"
    ROOT_CANAL = "root_canal"
    DECAYED = "decayed"
    UNKNOWN = "unknown"


class SampleKind(StrEnum):
    REMAINS = "remains"
    REFERENCE = "reference"


class SampleStatus(StrEnum):
    COLLECTED = "collected"
    SENT_TO_LAB = "sent_to_lab"
    PROFILED = "profiled"
    FAILED = "failed"
    RESAMPLE_REQUESTED = "resample_requested"


class CandidateState(StrEnum):
    PROPOSED = "proposed"
    REJECTED = "rejected"
    CONFIRMED = "confirmed"


class IdentificationDecision(StrEnum):
    IDENTIFIED = "identified"
    EXCLUDED = "excluded"


class IdentificationMethod(StrEnum):
    """INTERPOL DVI: primary identifiers (DNA, fingerprints, dental) decide alone;
    secondary ones (description, medical, effects) only corroborate."""

    PRIMARY = "primary"
    SECONDARY = "secondary"


class ProposalState(StrEnum):
    PROPOSED = "proposed"  # waiting for the board's signatures
    DECIDED = "decided"  # the board's decision is recorded
    WITHDRAWN = "withdrawn"


class CounterpartyKind(StrEnum):
    OTHER_SIDE = "other_side"
    ICRC = "icrc"
    OMBUDSPERSON = "ombudsperson"
    MEDIATOR = "mediator"
    OTHER = "other"


class ThreadState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    AWAITING_REPLY = "awaiting_reply"
    ANSWERED = "answered"
    CLOSED = "closed"


class LetterDirection(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class LetterChannel(StrEnum):
    DIPLOMATIC_NOTE = "diplomatic_note"
    EMAIL = "email"
    THROUGH_ICRC = "through_icrc"
    AT_MEETING = "at_meeting"
    OTHER = "other"


class OfficeKind(StrEnum):
    """What an office is in the bundle network (BUNDLES.md, "Keys"): headquarters countersign
    cards and revoke keys; the others exchange under them."""

    HQ = "hq"
    REGIONAL = "regional"
    FIELD = "field"
    LABORATORY = "laboratory"
    MEDIATOR = "mediator"


class ChangeOp(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
