"""The remains reports, read back from the PDF: status per batch, identification report,
death certificate."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.facades.reports import ReportsFacade
from models.core.db import Database
from models.core.entities import Person
from models.core.enums import IdentificationDecision, IdentificationMethod
from models.core.errors import NotFoundError
from models.core.partial_date import PartialDate
from models.office import settings
from models.persons import service as persons
from models.persons.dto import NextOfKinInput
from models.remains import cases as remains
from models.remains import identification
from models.remains.dto import BurialInput, DecisionInput, HandoverInput, NotificationInput, ProposalInput
from models.remains.profiles import case_id_of
from tests.helpers.cli import run
from tests.helpers.remains import add_dna
from tests.helpers.reports import FIXED, pdf_fonts, pdf_text

pytestmark = pytest.mark.usefixtures("cli_env")  # the password from the environment, no defaults


def _identify(db: Database) -> None:
    add_dna(db, "PM-001", "M-1", 3.2e7)
    with db.write() as session:
        case_id = case_id_of(session, "PM-001")
        person_id = session.scalar(select(Person.id).where(Person.external_id == "M-1"))
        assert person_id is not None
        persons.add_next_of_kin(
            session,
            person_id,
            NextOfKinInput(
                "Коваленко Ганна Петрівна",
                relationship="мати",
                address="м. Суми, вул. Соборна, 1",
                is_person_to_inform=True,
            ),
        )
        settings.set_setting(session, "board_signatures_required", "1")
        proposal = identification.propose(
            session,
            ProposalInput(
                case_id,
                person_id,
                IdentificationDecision.IDENTIFIED,
                IdentificationMethod.PRIMARY,
                "ДНК: LR 3,2·10⁷; зубна формула: 4 збіги",
            ),
        )
        identification.sign(session, proposal, approves=True, comment="згоден")
        identification.decide(
            session,
            proposal,
            DecisionInput(
                dt.date(2025, 7, 10),
                certificate_number="ДС-2025/017",
                death_date=PartialDate(2024, 2),
                death_place="с. Кліщіївка, Донецька обл.",
            ),
        )
        identification.record_notification(
            session, proposal, NotificationInput(dt.date(2025, 7, 12), "Петренко І.", "особисто")
        )
        identification.record_handover(
            session, proposal, HandoverInput(dt.date(2025, 7, 20), "Коваленко Ганна (мати)", "акт №5")
        )
        identification.record_burial(
            session, proposal, BurialInput("Лісове кладовище, м. Київ", dt.date(2025, 7, 22), "ділянка 12")
        )


def test_identification_report_and_death_certificate(registry: Database) -> None:
    _identify(registry)
    facade = ReportsFacade(registry, clock=lambda: FIXED)
    reader, text = pdf_text(facade.build("identification", "PM-001"))
    assert "Звіт про ідентифікацію: справа PM-001" in text and "Identification report" in text
    assert "Коваленко Олександр" in text and "(M-1)" in text
    assert "ДС-2025/017" in text and "ідентифіковано / identified" in text
    assert "likelihood ratio 32 000 000 (certain)" in text  # not 3.2e+07
    assert "concordant 16 26 36 46" in text
    assert "тризуб" in text and "Коваленко Ганна (мати)" in text  # the custody chain ends with the family
    assert all(embedded for _, embedded in pdf_fonts(reader))

    reader, text = pdf_text(facade.build("death-certificate", "PM-001"))
    assert "Свідоцтво про смерть № ДС-2025/017" in text and "Annex IV D" in text
    assert "Коваленко Олександр" in text and "02.03.1995" in text
    assert "с. Кліщіївка, Донецька обл., 02.2024" in text
    assert "Коваленко Ганна Петрівна, м. Суми, вул. Соборна, 1" in text
    assert "Лісове кладовище, м. Київ, 22.07.2025" in text and "ділянка 12" in text
    assert "Signature and address of two witnesses" in text
    assert len(reader.pages) == 1


def test_no_certificate_before_the_board_decides(registry: Database) -> None:
    with pytest.raises(NotFoundError, match="no identification decided"):
        ReportsFacade(registry).build("death-certificate", "PM-002")


def test_status_per_batch(registry: Database) -> None:
    _identify(registry)
    with registry.write() as session:
        batch = remains.list_batches(session)[0]
        remains.update_batch(
            session, batch.id, dataclasses.replace(batch.as_input(), declared_count=4, handed_over_by="через МКЧХ")
        )
        case = remains.case_detail(session, case_id_of(session, "PM-003"))
        remains.update_case(
            session, case.case.id, dataclasses.replace(remains.case_input_of(case.case), possibly_other_side=True)
        )
    reader, text = pdf_text(ReportsFacade(registry, clock=lambda: FIXED).build("remains-status", ""))
    assert "Стан ідентифікації останків за партіями" in text
    assert "B-2025-001" in text and "через МКЧХ" in text and "+1" in text  # 4 declared, 3 received
    assert "PM-003" in text and "possibly the other side's" in text
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape


def test_report_commands(registry: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _identify(registry)
    out = tmp_path / "cert.pdf"
    code, _, _ = run(capsys, "--db", str(registry.path), "report", "death-certificate", "PM-001", "-o", str(out))
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
    code, _, err = run(capsys, "--db", str(registry.path), "report", "identification", "-o", str(out))
    assert code == 1 and "needs a CASE_NUMBER" in err


def test_the_dossier_carries_am_data_and_the_identification(registry: Database) -> None:
    _identify(registry)
    _, text = pdf_text(ReportsFacade(registry, clock=lambda: FIXED).build("dossier", "M-1"))
    assert "Прижиттєві дані та ідентифікація останків" in text
    assert "татуювання, ліве передпліччя: тризуб" in text
    assert "справа / case PM-001, 10.07.2025, свідоцтво / certificate ДС-2025/017" in text
    assert "16:Пл" in text and "R-M-1 (мати, мати)" in text
