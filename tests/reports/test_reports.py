"""Reports on a real database: the text extracted from each PDF carries the exact names and
values, in Cyrillic; the font is embedded; pages and sizes are right; output is byte-stable."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import uuid
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape
from sqlalchemy import select

from desktop.cli import main
from desktop.facades.reports import ReportsFacade
from models.core.db import Database
from models.core.entities import Person
from models.core.enums import PersonStatus, Side
from models.core.report_kinds import ReportKind
from models.correspondence.dto import LetterInput
from models.lists import service
from models.lists.dto import ExchangeDayInput
from models.persons.dto import NextOfKinInput, StatusEventInput
from reports.base import Report, wrap
from reports.phase_list import build_phase_list
from tests.helpers.database import ADMIN, PASSWORD
from tests.helpers.lists import THEIRS
from tests.helpers.reports import CONTEXT, FIXED, flat, pdf_fonts, pdf_text, phase_list_of


def _import_theirs(db: Database, agreement: str) -> uuid.UUID:
    with db.write() as session:
        imported = service.import_list(
            session, THEIRS.encode("cp1251"), "list.csv", uuid.UUID(agreement), Side.THEIRS, 1
        )
        list_id = imported.version.list_id
        service.check_list(session, list_id)
    return list_id


def test_phase_list_prints_every_name_sorted_with_totals_and_signatures(setup: tuple[Database, str]) -> None:
    db, agreement = setup
    list_id = _import_theirs(db, agreement)
    pdf = ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.PHASE_LIST, str(list_id))
    reader, text = pdf_text(pdf)
    assert pdf.startswith(b"%PDF")
    for expected in (
        "Список для обміну, етап 1",
        "Обмін",
        "Коваленко Сергей Николаевич",
        "Мельник Александр Иванович",
        "02.03.1996",
        "Усього / Total",
        "М.П. / seal",
        "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ / RESTRICTED",
        "сторінка 1 з 1 / page 1 of 1",
        "2026-11-25 09:30",
    ):
        assert expected in text, expected
    # Numbered by surname in the registry's collation (Latin before Cyrillic, then К < М < Н),
    # not in the order the list came in.
    assert text.index("1 Kovalenko") < text.index("2 Коваленко") < text.index("3 Мельник")
    assert text.index("3 Мельник") < text.index("4 Неизвестный")
    assert pdf_fonts(reader) == {("DejaVuSans", True), ("DejaVuSans-Bold", True)}
    assert [tuple(map(round, page.mediabox[2:])) for page in reader.pages] == [tuple(map(round, A4))]


def test_the_phase_list_marks_a_listed_person_we_record_as_deceased(setup: tuple[Database, str]) -> None:
    """The list both sides sign: a line whose person our registry records as dead or already
    home says so on the line itself, so nobody signs it unseen (the trial's finding)."""
    db, agreement = setup
    list_id = _import_theirs(db, agreement)
    with db.write() as session:
        session.scalars(select(Person).where(Person.external_id == "P2")).one().status = PersonStatus.DECEASED
    _, text = pdf_text(ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.PHASE_LIST, str(list_id)))
    assert "Мельник Александр Иванович ⚠ за реєстром: загинув(-ла) / registry: deceased" in text
    assert text.count("⚠") == 1


def test_compliance_report_gives_the_reason_for_every_criterion(setup: tuple[Database, str]) -> None:
    db, agreement = setup
    list_id = _import_theirs(db, agreement)
    pdf = ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.COMPLIANCE, str(list_id))
    reader, text = pdf_text(pdf)
    flat = text
    assert "Звіт про відповідність списку, етап 1" in flat
    assert "Усього записів / Entries 4" in flat
    assert "знайдено / matched 3" in flat and "не знайдено / not found 1" in flat
    assert "Відповідає: так / yes 1 Відповідає: ні / no 2 Відповідає: невідомо / unknown 1" in flat
    assert "under 25 on 2025-06-02 або / or seriously wounded or seriously ill" in flat
    assert "P1 Коваленко Сергій Миколайович" in flat  # the registry's spelling beside the list's
    assert "P2 Мельник Олександр Іванович" in flat
    assert "молодше 25 років" in flat and "under 25" in flat
    assert "tiny" not in flat
    assert "registry: deceased" not in flat
    assert all(round(page.mediabox[2]) == round(landscape(A4)[0]) for page in reader.pages)
    assert pdf_fonts(reader) == {("DejaVuSans", True), ("DejaVuSans-Bold", True)}
    with db.write() as session:  # recorded deceased after the check: the report reads the registry afresh
        session.scalars(select(Person).where(Person.external_id == "P2")).one().status = PersonStatus.DECEASED
    _, text = pdf_text(ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.COMPLIANCE, str(list_id)))
    assert "P2 Мельник Олександр Іванович ⚠ за реєстром: загинув(-ла) / registry: deceased" in text


def test_long_list_splits_with_header_on_every_page_and_never_cuts_a_row() -> None:
    reader, text = pdf_text(build_phase_list(CONTEXT, phase_list_of(400)))
    pages = [flat(page.extract_text()) for page in reader.pages]
    assert len(pages) > 5
    for number, page in enumerate(pages, start=1):
        assert "Прізвище, ім'я, по батькові" in page  # the header is repeated
        assert f"сторінка {number} з {len(pages)} / page {number} of {len(pages)}" in page
    # Every row appears exactly once, whole, on one page.
    for n in (1, 57, 199, 400):
        holders = [page for page in pages if f"Прізвище{n:05d} Олександр Миколайович" in page]
        assert len(holders) == 1
    assert text.count("А000") == 400


def test_output_is_byte_stable() -> None:
    assert build_phase_list(CONTEXT, phase_list_of(30)) == build_phase_list(CONTEXT, phase_list_of(30))


def test_long_words_wrap_instead_of_being_cut() -> None:
    Report(CONTEXT, "т", "t")  # registers the font
    word = "Дуже" * 30
    lines = wrap(f"Ім'я {word}", "DejaVuSans", 9, 100)
    assert "".join(lines[1:]) == word and lines[0] == "Ім'я"
    assert wrap("a\nb", "DejaVuSans", 9, 100) == ["a", "b"]


def test_cli_writes_the_report(
    setup: tuple[Database, str],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, agreement = setup
    list_id = _import_theirs(db, agreement)
    db.close()
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    out = tmp_path / "phase.pdf"
    args = ["--db", str(db_path), "--user", ADMIN, "report"]
    assert main([*args, "phase-list", str(list_id), "-o", str(out)]) == 0
    assert "Мельник Александр Иванович" in pdf_text(out.read_bytes())[1]
    assert main([*args, "compliance", str(list_id), "-o", str(tmp_path / "c.pdf")]) == 0
    assert main([*args, "capture-card", "P1", "-o", str(tmp_path / "card.pdf")]) == 0
    assert "Коваленко" in pdf_text((tmp_path / "card.pdf").read_bytes())[1]
    secret = ["--marking", "ТАЄМНО / SECRET"]
    assert main([*args, "dossier", "P1", "-o", str(tmp_path / "d.pdf"), *secret]) == 0
    reader, text = pdf_text((tmp_path / "d.pdf").read_bytes())
    assert "ТАЄМНО / SECRET" in text and "RESTRICTED" not in text
    assert pdf_fonts(reader) == {("DejaVuSans", True), ("DejaVuSans-Bold", True)}
    assert main([*args, "phase-list", "not-an-id", "-o", str(out)]) == 1
    assert "not-an-id" in capsys.readouterr().err
    assert main([*args, "phase-list", str(uuid.uuid4()), "-o", str(tmp_path / "none.pdf")]) == 1
    assert not (tmp_path / "none.pdf").exists()


def test_capture_card_is_bilingual_on_its_own_page_with_the_record_id(db: Database) -> None:
    from reportlab.lib.units import cm

    from models.core.enums import Health, PersonStatus
    from models.core.partial_date import PartialDate
    from models.persons import service as persons
    from models.persons.dto import PersonInput

    with db.write() as session:
        person = persons.create_person(
            session,
            PersonInput(
                external_id="UA-0000042",
                surname="Ґаврилюк",
                given_names="Євген",
                patronymic="Йосипович",
                mother_maiden_name="Їжакевич",
                date_of_birth=PartialDate(1994, 3, 7),
                place_of_birth="Біла Церква",
                citizenship="Україна",
                service_number="А123456",
                rank="молодший сержант",
                unit="128 ОГШБр",
                status=PersonStatus.CAPTURED,
                health=Health.SERIOUSLY_ILL,
                capture_date=PartialDate(2025, 2, 1),
                capture_place="Роботине",
                prisoner_number="Б-17",
                detention_place="СІЗО №2, м. Таганрог " * 4,  # long: must shrink, never be cut
            ),
        )
        persons.add_next_of_kin(
            session,
            person.id,
            NextOfKinInput("Ґаврилюк Ольга", address="вул. Шевченка 1, Київ", is_person_to_inform=True),
        )
    pdf = ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.CAPTURE_CARD, "UA-0000042")
    reader, text = pdf_text(pdf)
    assert len(reader.pages) == 1
    assert tuple(round(v) for v in reader.pages[0].mediabox[2:]) == (round(15 * cm), round(10.5 * cm))
    for expected in (
        "КАРТКА ПОЛОНЕНОГО",
        "CAPTURE CARD FOR PRISONER OF WAR",
        "UA-0000042",
        "Ґаврилюк",
        "Євген",
        "Йосипович",
        "Їжакевич",
        "07.03.1994",
        "Біла Церква",
        "А123456",
        "Ґаврилюк Ольга, вул. Шевченка 1, Київ",
        "01.02.2025, Роботине",
        "№ / No. Б-17",
        "Таганрог СІЗО №2, м. Таганрог СІЗО №2, м. Таганрог",  # the long value whole
        "First name of father",
    ):
        assert expected in text, expected
    assert pdf_fonts(reader) == {("DejaVuSans", True), ("DejaVuSans-Bold", True)}
    with pytest.raises(Exception, match="UA-404"):
        ReportsFacade(db).build(ReportKind.CAPTURE_CARD, "UA-404")


def test_capture_card_ticks_exactly_the_persons_health_state() -> None:
    from reports.capture_card import build_capture_card
    from reports.dto import CaptureCard

    blank = CaptureCard("UA-1", *([""] * 17))
    unticked = pdf_text(build_capture_card(CONTEXT, blank))[1]
    ticked = pdf_text(build_capture_card(CONTEXT, dataclasses.replace(blank, health="slightly_wounded")))[1]
    assert " X " not in unticked
    assert ticked.count(" X ") == 1
    assert "X легкопоранений / slightly wounded" in ticked


def test_statistics_counts_with_charts_and_only_the_embedded_font(setup: tuple[Database, str]) -> None:
    db, _ = setup  # P1 captured and slightly wounded, P2 returned with no health recorded
    pdf = ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.STATISTICS)
    reader, text = pdf_text(pdf)
    assert "Статистика реєстру" in text and "Осіб у реєстрі / Persons in the registry: 2" in text
    assert "у полоні / captured 1 50.0" in text and "повернуті / returned 1 50.0" in text
    assert "легкопоранені / slightly wounded 1 50.0" in text and "не вказано / not recorded 1 50.0" in text
    assert "Усього / Total 2 100.0" in text
    assert "Captured and returned per month немає даних / no data" in text  # no capture dates yet
    assert pdf_fonts(reader) == {("DejaVuSans", True), ("DejaVuSans-Bold", True)}  # charts too


def test_statistics_per_month_chart_and_table() -> None:
    from reports.dto import Count, Statistics
    from reports.statistics import build_statistics

    months = [(f"{2022 + m // 12}-{m % 12 + 1:02d}", m + 1) for m in range(40)]
    stats = Statistics(10, [Count("у полоні", "captured", 10)], [], months, [("2024-01", 150)])
    reader, text = pdf_text(build_statistics(CONTEXT, stats))
    assert "узято в полон / captured повернуто / returned" in text  # the chart's legend
    assert "2024-01 25 150" in text and "2025-04 40 0" in text
    assert pdf_fonts(reader) == {("DejaVuSans", True), ("DejaVuSans-Bold", True)}


def test_cli_report_without_the_id_it_needs(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    args = ["--db", str(db_path), "--user", ADMIN, "report"]
    assert main([*args, "phase-list", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "needs a LIST_ID" in capsys.readouterr().err
    assert main([*args, "statistics", "-o", str(tmp_path / "s.pdf")]) == 0
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_exchange_day_reconciliation(
    setup: tuple[Database, str],
    db_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from models.lists.exchange_day import expected_home, latest_exchange, record_exchange_day
    from models.persons import service as persons
    from models.persons.dto import PersonInput

    db, agreement = setup
    _import_theirs(db, agreement)
    with db.write() as session:
        expected = expected_home(session, uuid.UUID(agreement), 1)
        outsider = persons.create_person(session, PersonInput(external_id="P7", surname="Гнатюк"))
        summary = record_exchange_day(
            session,
            ExchangeDayInput(
                uuid.UUID(agreement),
                1,
                dt.date(2025, 6, 9),
                returned=(expected[0].person_id, outsider.id),
                handed_over=("Иванов Иван", "Петров Петр", "Сидоров Олег"),
                place="кордон",
            ),
        )
        assert latest_exchange(session, uuid.UUID(agreement), 1) == summary.exchange_id
        assert latest_exchange(session, uuid.UUID(agreement), 2) is None
    _, text = pdf_text(ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.EXCHANGE, str(summary.exchange_id)))
    for expected_text in (
        "Звірка дня обміну, етап 1",
        "Дата / Date: 09.06.2025 · місце / place: кордон",
        "Очікували повернення / Expected home 2",
        "Повернулися з очікуваних / Returned of those expected 1",
        "Не повернулися / Did not return 1",
        "Повернулися понад список / Returned, not on the list 1",
        "Передано іншій стороні / Handed over 3",
        "(returned − handed over) -1",
        "Коваленко Сергій Миколайович P1 повернувся / returned",
        "Мельник Олександр Іванович P2 НЕ ПОВЕРНУВСЯ / DID NOT RETURN",
        "Гнатюк P7 не було у списку / not on the list",
        "Иванов Иван",
        "1 2 3 -1",  # the phase's parity
    ):
        assert expected_text in text, expected_text
    db.close()
    monkeypatch.setenv("REPATRIA_PASSWORD", PASSWORD)
    out = tmp_path / "exchange.pdf"
    assert (
        main(["--db", str(db_path), "--user", ADMIN, "report", "exchange", str(summary.exchange_id), "-o", str(out)])
        == 0
    )
    assert "Сидоров Олег" in pdf_text(out.read_bytes())[1]


def test_letters_report_has_the_log_then_every_letter(db: Database) -> None:
    from models.core.enums import CounterpartyKind, LetterChannel, LetterDirection
    from models.correspondence import service as correspondence

    with db.write() as session:
        party = correspondence.add_counterparty(session, "Омбудсман іншої сторони", CounterpartyKind.OMBUDSPERSON)
        thread = correspondence.open_thread(session, party, "Запит щодо Ґаврилюка Є. Й.", due_on=dt.date(2025, 7, 1))
        correspondence.register_letter(
            session,
            thread,
            LetterInput(
                LetterDirection.INCOMING,
                subject="Відповідь",
                body="Особа перебуває в установі №2.\nСтан задовільний.",
                channel=LetterChannel.DIPLOMATIC_NOTE,
                their_reference="ОМ-17/2025",
                received_on=dt.date(2025, 6, 20),
            ),
        )
    _, text = pdf_text(ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.LETTERS, str(thread)))
    for expected in (
        "Запит щодо Ґаврилюка Є. Й.",
        "Адресат / Counterparty: Омбудсман іншої сторони",
        "строк відповіді / reply due: 01.07.2025",
        "1 20.06.2025 вхідний / in CL-2025/0001 ОМ-17/2025 дипломатична нота / note Відповідь",
        "1. Відповідь 20.06.2025 · вхідний / incoming · CL-2025/0001 · ОМ-17/2025",
        "Особа перебуває в установі №2. Стан задовільний.",
    ):
        assert expected in text, expected
    with pytest.raises(Exception, match="no correspondence thread"):
        ReportsFacade(db).build(ReportKind.LETTERS, str(uuid.uuid4()))


def _jpeg(width: int, height: int, shade: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (shade, 120, 200 - shade)).save(buffer, "JPEG")
    return buffer.getvalue()


def test_dossier_puts_the_whole_case_on_paper(setup: tuple[Database, str]) -> None:
    from models.core import attachments
    from models.core.enums import StatusEventKind
    from models.core.partial_date import PartialDate
    from models.persons import service as persons

    db, agreement = setup
    _import_theirs(db, agreement)
    with db.write() as session:
        p1 = persons.find_by_external_id(session, "P1")
        assert p1 is not None
        persons.add_status_event(
            session,
            p1.id,
            StatusEventInput(StatusEventKind.CAPTURED, occurred_on=PartialDate(2024, 5), place="Вовчанськ"),
        )
        for n in range(3):
            attachments.add_attachment(session, "person", p1.id, f"фото-{n}.jpg", _jpeg(300 + n, 400, n * 40))
        attachments.add_attachment(session, "person", p1.id, "довідка.pdf", b"%PDF-1.4 ...", description="Довідка")
        attachments.add_attachment(session, "person", p1.id, "велике.jpg", _jpeg(4000, 3000, 90))
        attachments.add_attachment(session, "person", p1.id, "зламане.jpg", b"\xff\xd8 not really a jpeg")
    pdf = ReportsFacade(db, clock=lambda: FIXED).build(ReportKind.DOSSIER, "P1")
    reader, text = pdf_text(pdf)
    for expected in (
        "Коваленко Сергій Миколайович",
        "Особова справа / Personal dossier · P1",
        "Дата народження / Date of birth 02.03.1996",
        "легкопоранений / slightly wounded",
        "05.2024 captured Вовчанськ",
        "Обмін · список іншої сторони / the other side's list · етап / phase 1 · версія / version 1",
        "довідка.pdf application/pdf Довідка",
        "фото-2.jpg image/jpeg",
    ):
        assert expected in text, expected
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 4  # every readable photo is in the PDF ...
    assert max(max(image.image.size) for image in images) <= 640  # ... at the resolution print needs
    assert "фото 5: файл пошкоджено / photo 5: the file is damaged" in text  # a broken one is named
    with pytest.raises(Exception, match="UA-404"):
        ReportsFacade(db).build(ReportKind.DOSSIER, "UA-404")


def test_a_hyphenated_rank_breaks_after_its_hyphen_never_inside_a_part() -> None:
    from reportlab.lib.units import mm

    from reports.base import register_fonts

    register_fonts()
    assert wrap("штаб-сержант", "DejaVuSans", 8, 16 * mm) == ["штаб-", "сержант"]  # not "штаб-сер" / "жант"
    assert wrap("Коваленко-Шевчук Олександр", "DejaVuSans", 8, 100 * mm) == ["Коваленко-Шевчук Олександр"]
    assert wrap("дата 1990-05-02", "DejaVuSans", 8, 100 * mm) == ["дата 1990-05-02"]
