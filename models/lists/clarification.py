"""A clarification request drafted from a checked list: every entry that does not meet the
criteria, was not found, or names a person our registry records as deceased or already
returned, with its row, the name as written and the reason, in Ukrainian and English. The
entries it covers show "clarification requested" until it is answered."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.core.attachments import add_attachment
from models.core.common import require_role
from models.core.entities import Agreement, Counterparty, ExchangeList
from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection, Role
from models.core.errors import NotFoundError, ValidationError
from models.core.i18n import QT_TRANSLATE_NOOP
from models.core.spreadsheet import table_bytes
from models.correspondence.dto import LetterInput
from models.correspondence.service import add_counterparty, open_thread, register_letter
from models.lists.dto import EntryResult
from models.lists.service import list_results

DEFAULT_COUNTERPARTY = "Уповноважений орган іншої сторони"
REPLY_WITHIN_DAYS = 14
LINES_IN_BODY = 200  # more lines than this go to an annex (a workbook) attached to the letter


# What our registry records of a listed person that the other side must be asked about
RECORDED = {
    "deceased": ("за нашим реєстром особа загинула", "our registry records the person as deceased"),
    "returned": ("за нашим реєстром особу вже повернуто", "our registry records the person as already returned"),
}


def _needs_clarification(entry: EntryResult) -> bool:
    return entry.compliant is False or entry.public_state == "unmatched" or entry.alert in RECORDED


def _why(entry: EntryResult, ukrainian: bool) -> str:
    """Why the line is asked about, in one language."""
    if entry.public_state == "unmatched":
        return "особу не знайдено в нашому реєстрі" if ukrainian else "the person is not found in our registry"
    failing = [v for v in entry.verdicts if v.verdict == "not_met"]
    reasons = [(v.reason_uk or v.reason) if ukrainian else v.reason for v in failing]
    if entry.alert in RECORDED:
        reasons.insert(0, RECORDED[entry.alert][0 if ukrainian else 1])
    return "; ".join(reasons)


def _line(entry: EntryResult, ukrainian: bool) -> str:
    row = "Рядок" if ukrainian else "Row"
    born = f", {entry.raw_date_of_birth}" if entry.raw_date_of_birth else ""
    return f"{row} {entry.row}: {entry.raw_name}{born} — {_why(entry, ukrainian)}"


def draft_clarification(session: Session, list_id: uuid.UUID, *, today: dt.date | None = None) -> uuid.UUID:
    """Open a thread with the other side holding a draft request for every entry of the list's
    last check that is not compliant, not found, or recorded by us as deceased or returned
    (read afresh); returns the thread's id."""
    require_role(session, Role.CLERK)
    exchange_list = session.get(ExchangeList, list_id)
    if exchange_list is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "no list with id {list_id}"), list_id=list_id)
    result = list_results(session, list_id)
    entries = [e for e in result.entries if _needs_clarification(e)]
    if not entries:
        raise ValidationError.single(
            "list", QT_TRANSLATE_NOOP("Errors", "every entry of this list is found and compliant: nothing to clarify")
        )
    agreement = session.get(Agreement, exchange_list.agreement_id)
    assert agreement is not None
    counterparty = session.scalars(
        select(Counterparty.id)
        .where(Counterparty.kind == CounterpartyKind.OTHER_SIDE)
        .order_by(Counterparty.created_at)
        .limit(1)
    ).first()
    if counterparty is None:
        counterparty = add_counterparty(session, DEFAULT_COUNTERPARTY, CounterpartyKind.OTHER_SIDE)
    phase = f", етап {exchange_list.phase_number}" if exchange_list.phase_number else ""
    phase_en = f", phase {exchange_list.phase_number}" if exchange_list.phase_number else ""
    subject = f"Запит про уточнення списку{phase} (версія {result.version}) / Clarification request{phase_en}"
    due = (today or dt.date.today()) + dt.timedelta(days=REPLY_WITHIN_DAYS)
    links = [("exchange_list", list_id), ("agreement", agreement.id)] + [("list_entry", e.entry_id) for e in entries]
    thread = open_thread(session, counterparty, subject[:300], due_on=due, links=links)
    in_annex = len(entries) > LINES_IN_BODY
    annex = f"clarification-v{result.version}.xlsx"
    lines_uk = (
        [f"Їх перелічено в додатку {annex} (рядки списку, імена, як написано, і причини)."]
        if in_annex
        else [_line(e, True) for e in entries]
    )
    lines_en = (
        [f"They are listed in the annex {annex} (the list's rows, names as written and reasons)."]
        if in_annex
        else [_line(e, False) for e in entries]
    )
    body = "\n".join(
        [
            f"Щодо списку{phase} (версія {result.version}) за домовленістю «{agreement.title}» просимо уточнити "
            f"відомості про таких осіб ({len(entries)}):",
            "",
            *lines_uk,
            "",
            "---",
            "",
            f'Concerning the list{phase_en} (version {result.version}) under the agreement "{agreement.title}", '
            f"we ask you to clarify the following persons ({len(entries)}):",
            "",
            *lines_en,
        ]
    )
    letter = register_letter(
        session,
        thread,
        LetterInput(LetterDirection.OUTGOING, subject=subject[:300], body=body, channel=LetterChannel.THROUGH_ICRC),
    )
    if in_annex:  # a letter of thousands of lines is read by nobody (and exceeds a letter's size)
        add_attachment(session, "letter", letter.id, annex, _annex(entries), description="annex / додаток")
    return thread


def _annex(entries: list[EntryResult]) -> bytes:
    """The lines to clarify as a workbook, both languages side by side."""
    header = ["Рядок / Row", "ПІБ, як написано / Name as written", "Дата народження / Date of birth"]
    header += ["Причина / Reason (uk)", "Reason (en)"]
    rows = [[str(e.row), e.raw_name, e.raw_date_of_birth, _why(e, True), _why(e, False)] for e in entries]
    return table_bytes(header, rows, "xlsx", "Clarification")
