"""Human labels for the domain's codes, translated in one place (context "Labels")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.enums import Annex1Category, ChangeOp, Health, PersonStatus


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


def status_label(status: PersonStatus | str) -> str:
    return _tr(STATUS_TEXT[PersonStatus(status)])


def health_label(health: Health | str) -> str:
    return _tr(HEALTH_TEXT[Health(health)])


def annex1_label(category: Annex1Category | str) -> str:
    return Annex1Category(category).value  # the Convention's own codes, the same in every language


def thousands(number: int) -> str:
    """12 345: a thin grouping both Ukrainian and English readers take."""
    return f"{number:,}".replace(",", " ")


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
