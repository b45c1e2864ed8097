"""Reports as the user asks for them: read the data in one unit of work, turn it into the
report DTOs (desktop/printouts), and let reports/ write the PDF. The GUI and the CLI both
come through here, by the kinds of ``models.core.report_kinds``."""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from desktop.printouts.common import report_context
from models.core.db import Database
from models.core.report_kinds import ReportKind
from models.office.info import print_context
from reports.dto import ReportContext

# Each kind: how its data is read (session, record id as the user gave it), and how it is drawn,
# as "module:function". A kind's modules load when it is first built: `repatria report
# capture-card` had loaded every printout and PDF builder, the list reader and the remains
# scorer (1.5 s) to draw one page.
Reader = Callable[[Session, str], Any]
Renderer = Callable[[ReportContext, Any], bytes]
BUILDERS: dict[ReportKind, tuple[str, str]] = {
    ReportKind.PHASE_LIST: ("desktop.printouts.lists:phase_list", "reports.phase_list:build_phase_list"),
    ReportKind.COMPLIANCE: ("desktop.printouts.lists:compliance", "reports.compliance:build_compliance"),
    ReportKind.EXCHANGE: ("desktop.printouts.lists:exchange", "reports.exchange:build_exchange"),
    ReportKind.CAPTURE_CARD: ("desktop.printouts.persons:capture_card", "reports.capture_card:build_capture_card"),
    ReportKind.DOSSIER: ("desktop.printouts.dossier:dossier", "reports.dossier:build_dossier"),
    ReportKind.STATISTICS: ("desktop.printouts.persons:statistics", "reports.statistics:build_statistics"),
    ReportKind.LETTERS: ("desktop.printouts.correspondence:letters", "reports.letters:build_letters"),
    ReportKind.REMAINS_STATUS: ("desktop.printouts.remains:remains_status", "reports.remains:build_remains_status"),
    ReportKind.IDENTIFICATION: (
        "desktop.printouts.remains:identification_report",
        "reports.remains:build_identification_report",
    ),
    ReportKind.DEATH_CERTIFICATE: (
        "desktop.printouts.remains:death_certificate",
        "reports.remains:build_death_certificate",
    ),
}
assert set(BUILDERS) == set(ReportKind), "every report kind can be built"


def _load(name: str) -> Any:
    """The function a "module:function" name gives, its module imported now."""
    module, function = name.split(":")
    return getattr(importlib.import_module(module), function)


def builders(kind: ReportKind) -> tuple[Reader, Renderer]:
    """How ``kind`` is read and drawn (its modules imported when first asked for)."""
    read, render = BUILDERS[kind]
    return _load(read), _load(render)


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
        read, render = builders(ReportKind(kind))
        with self._db.read() as session:
            data = read(session, record_id)
            context = report_context(print_context(session), self._clock(), self._marking)
        return render(context, data)
