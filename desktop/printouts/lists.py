"""The lists' printouts: the phase list, the compliance report and the exchange-day
reconciliation, read in one unit of work."""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from desktop.printouts.common import SIDE_TEXT
from models.core.enums import PersonStatus
from models.lists import service as lists_service
from models.lists.dto import CheckResult, ExchangeRecord, ListPrintout
from models.lists.exchange_day import exchange_record
from models.lists.printout import list_printout
from models.names.collation import sort_key
from models.persons.service import rows_by_id
from reports.dto import ComplianceReport, ComplianceRow, ExchangeLine, ExchangeReport, PhaseList, PhaseListRow


def phase_list(session: Session, list_id: str) -> PhaseList:
    return phase_list_dto(list_printout(session, uuid.UUID(list_id)))


def compliance(session: Session, list_id: str) -> ComplianceReport:
    printout = list_printout(session, uuid.UUID(list_id))
    result = lists_service.list_results(session, uuid.UUID(list_id))
    rows = rows_by_id(session, [e.person_id for e in result.entries if e.person_id is not None])
    people = {
        pid: f"{row.external_id} {row.surname} {row.given_names} {row.patronymic}".strip() for pid, row in rows.items()
    }
    return compliance_dto(printout, result, people)


def exchange(session: Session, exchange_id: str) -> ExchangeReport:
    return exchange_dto(exchange_record(session, uuid.UUID(exchange_id)))


def phase_list_dto(printout: ListPrintout) -> PhaseList:
    side_uk, side_en = SIDE_TEXT[printout.side]
    ordered = sorted(printout.entries, key=lambda e: (sort_key(e.surname, e.given_names, e.patronymic), e.row))
    return PhaseList(
        printout.agreement,
        side_uk,
        side_en,
        printout.phase,
        printout.version,
        [
            PhaseListRow(
                number,
                e.surname,
                e.given_names,
                e.patronymic,
                e.date_of_birth,
                e.service_number,
                e.rank,
                e.category,
                *RECORDED.get(e.registry_status, ("", "")),
            )
            for number, e in enumerate(ordered, start=1)
        ],
    )


# A person on a list to be signed whom our registry records as dead or already home: said on the
# line itself, so nobody signs it unseen (ListPrintout's status, read afresh)
RECORDED: dict[PersonStatus | None, tuple[str, str]] = {
    PersonStatus.DECEASED: ("за реєстром: загинув(-ла)", "registry: deceased"),
    PersonStatus.RETURNED: ("за реєстром: уже повернутий(-а)", "registry: already returned"),
}
REGISTRY_SAYS = {  # EntryResult.alert, as the compliance report prints it: the same words
    "deceased": RECORDED[PersonStatus.DECEASED],
    "returned": RECORDED[PersonStatus.RETURNED],
    "both_lists": ("у списках обох сторін", "on both sides' lists"),
}


def compliance_dto(printout: ListPrintout, result: CheckResult, people: dict[uuid.UUID, str]) -> ComplianceReport:
    side_uk, side_en = SIDE_TEXT[printout.side]
    joiner = " або / or " if printout.criteria_match == "any" else " і / and "
    return ComplianceReport(
        printout.agreement,
        joiner.join(printout.criteria) if printout.criteria else "",
        side_uk,
        side_en,
        printout.phase,
        result.version,
        [
            ComplianceRow(
                e.row,
                e.raw_name,
                e.raw_date_of_birth,
                e.public_state,
                people.get(e.person_id, "") if e.person_id else "",
                e.compliant,
                [v.reason_uk or v.reason for v in e.verdicts],
                [v.reason for v in e.verdicts],
                *REGISTRY_SAYS.get(e.alert or "", ("", "")),
            )
            for e in result.entries
        ],
    )


def exchange_dto(record: ExchangeRecord) -> ExchangeReport:
    return ExchangeReport(
        record.agreement,
        record.phase,
        record.held_on.strftime("%d.%m.%Y"),
        record.place,
        [ExchangeLine(line.name, line.external_id, line.expected, line.returned) for line in record.home],
        record.handed_over,
        [(p.phase, p.returned, p.handed_over) for p in record.parity],
    )
