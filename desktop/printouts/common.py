"""What every printout shares: the page context and the words for the registry's values."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum

from models.core.enums import Health, LetterChannel, PersonStatus, Sex, Side, ThreadState
from models.core.partial_date import PartialDate
from models.lists.dto import HEALTH_UK
from models.office.dto import PrintContext
from reports.dto import ReportContext

SIDE_TEXT = {Side.OURS: ("наш список", "our list"), Side.THEIRS: ("список іншої сторони", "the other side's list")}


THREAD_STATE_TEXT = {
    ThreadState.DRAFT: "чернетка / draft",
    ThreadState.SENT: "надіслано / sent",
    ThreadState.AWAITING_REPLY: "очікує відповіді / awaiting reply",
    ThreadState.ANSWERED: "отримано відповідь / answered",
    ThreadState.CLOSED: "закрито / closed",
}
CHANNEL_TEXT = {
    LetterChannel.DIPLOMATIC_NOTE: "дипломатична нота / note",
    LetterChannel.EMAIL: "ел. пошта / e-mail",
    LetterChannel.THROUGH_ICRC: "через МКЧХ / via ICRC",
    LetterChannel.AT_MEETING: "на зустрічі / at a meeting",
    LetterChannel.OTHER: "інше / other",
}


def _joined(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _field_text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "так / yes" if value else ""
    if isinstance(value, PartialDate):
        return value.dotted()
    if isinstance(value, PersonStatus):
        return " / ".join(STATUS_TEXT[value])
    if isinstance(value, Health):
        return f"{HEALTH_UK[value]} / {value.value.replace('_', ' ')}"
    if isinstance(value, Sex):
        return {Sex.MALE: "чоловіча / male", Sex.FEMALE: "жіноча / female"}.get(value, "")
    if isinstance(value, StrEnum):
        return "" if value.value == "unknown" else value.value.replace("_", " ")
    return str(value)


STATUS_TEXT = {
    PersonStatus.MISSING: ("зниклі безвісти", "missing"),
    PersonStatus.CAPTURED: ("у полоні", "captured"),
    PersonStatus.CAPTURED_UNCONFIRMED: ("у полоні (не підтверджено)", "captured (unconfirmed)"),
    PersonStatus.RETURNED: ("повернуті", "returned"),
    PersonStatus.DECEASED: ("загиблі", "deceased"),
    PersonStatus.UNKNOWN: ("невідомо", "unknown"),
}


def report_context(printed: PrintContext, now: dt.datetime | None = None, marking: str | None = None) -> ReportContext:
    head = printed.head
    log_head = (
        f"журнал / log: подія / event {head.event_id} · {head.hash[:16]}" if head else "журнал порожній / empty log"
    )
    context = ReportContext(printed.office, now or dt.datetime.now().astimezone(), log_head)
    chosen = marking if marking is not None else printed.marking
    return context if chosen is None else dataclasses.replace(context, marking=chosen)


def _dotted(value: PartialDate | None) -> str:
    return value.dotted() if value is not None else ""
