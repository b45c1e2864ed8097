from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.facade import RegistryFacade
from views.main_window import MainWindow
from views.persons_model import PAGE_SIZE, PersonTableModel


def test_the_table_model_passes_the_model_tester(qtmodeltester: ModelTester, registry: RegistryFacade) -> None:
    model = PersonTableModel(registry)
    qtmodeltester.check(model, force_py=True)
    model.sort(4, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=True)


def test_rows_are_fetched_a_page_at_a_time(registry: RegistryFacade) -> None:
    calls: list[int] = []
    original = registry.person_page

    def counting_page(query, offset, limit):  # type: ignore[no-untyped-def]
        calls.append(offset)
        return original(query, offset, limit)

    registry.person_page = counting_page  # type: ignore[method-assign]
    model = PersonTableModel(registry)
    assert model.rowCount() == 1050 and calls == []
    assert model.index(0, 0).data() == "Прізвище00000"
    assert model.index(PAGE_SIZE - 1, 1).data() == "Іван"
    assert calls == [0]
    assert model.index(1049, 0).data() == "Прізвище01049"
    assert calls == [0, 1000]


def test_sorting_happens_in_sql(registry: RegistryFacade) -> None:
    model = PersonTableModel(registry)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Прізвище01049"
    assert model.index(1049, 0).data() == "Прізвище00000"


def test_main_window_shows_the_registry_and_counts(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings, tmp_path: Path
) -> None:
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.table.model().rowCount() == 1050
    assert window.count_label.text().startswith("1 050 persons")
    assert "missing: 1 050" in window.count_label.text()
    assert window.grab().save(str(tmp_path / "main.png"))


def test_layout_is_remembered(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> None:
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.table.setColumnWidth(0, 321)
    window.close()
    again = MainWindow(registry, settings)
    qtbot.addWidget(again)
    assert again.table.columnWidth(0) == 321
