"""Reports as the user asks for them: read the data in one unit of work, turn it into the
report DTOs (desktop/printouts), and let reports/ write the PDF. The GUI and the CLI both
come through here, by the kinds of ``models.core.report_kinds``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop.printouts import correspondence, lists, persons, remains
from desktop.printouts.common import report_context
from models.core.db import Database
from models.core.report_kinds import ReportKind
from models.office.info import print_context
from reports import remains as remains_pdf
from reports.capture_card import build_capture_card
from reports.compliance import build_compliance
from reports.dossier import build_dossier
from reports.dto import ReportContext
from reports.exchange import build_exchange
from reports.letters import build_letters
from reports.phase_list import build_phase_list
from reports.statistics import build_statistics

# Each kind: how its data is read (session, record id as the user gave it), and how it is drawn.
Reader = Callable[[Session, str], Any]
Renderer = Callable[[ReportContext, Any], bytes]
BUILDERS: dict[ReportKind, tuple[Reader, Renderer]] = {
    ReportKind.PHASE_LIST: (lists.phase_list, build_phase_list),
    ReportKind.COMPLIANCE: (lists.compliance, build_compliance),
    ReportKind.EXCHANGE: (lists.exchange, build_exchange),
    ReportKind.CAPTURE_CARD: (persons.capture_card, build_capture_card),
    ReportKind.DOSSIER: (persons.dossier, build_dossier),
    ReportKind.STATISTICS: (persons.statistics, build_statistics),
    ReportKind.LETTERS: (correspondence.letters, build_letters),
    ReportKind.REMAINS_STATUS: (remains.remains_status, remains_pdf.build_remains_status),
    ReportKind.IDENTIFICATION: (remains.identification_report, remains_pdf.build_identification_report),
    ReportKind.DEATH_CERTIFICATE: (remains.death_certificate, remains_pdf.build_death_certificate),
}
assert set(BUILDERS) == set(ReportKind), "every report kind can be built"


class ReportsFacade:
    """Builds each report from the database; the returned bytes are a finished PDF."""

    def __init__(
        self, db: Database, clock: Callable[[], dt.datetime] | None = None, marking: str | None = None
    ) -> None:
        self._db = db
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self._marking = marking  # overrides the office's setting for these reports

    def build(self, kind: ReportKind | str, record_id: str = "") -> bytes:
        """The PDF of ``kind`` about the record ``record_id`` names (a list or thread id, a
        person's external id, a case number; nothing for the registry-wide reports)."""
        read, render = BUILDERS[ReportKind(kind)]
        with self._db.read() as session:
            data = read(session, record_id)
            context = report_context(print_context(session), self._clock(), self._marking)
        return render(context, data)
