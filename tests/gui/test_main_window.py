from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.facades.persons import RegistryFacade
from views.app.main_window import MainWindow
from views.persons.model import PAGE_SIZE, PersonTableModel


def test_the_table_model_passes_the_model_tester(qtmodeltester: ModelTester, registry: RegistryFacade) -> None:
    model = PersonTableModel(registry)
    qtmodeltester.check(model, force_py=True)  # stays connected: every later change is checked too
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.set_query(replace(model.query, text="Прізвище0001", sort_by="relevance"))
    assert model.rowCount() == 10 and model.showing_results
    model.sort(0, Qt.SortOrder.DescendingOrder)  # search results sorted by a column, in SQL too
    assert model.index(0, 0).data() == "Прізвище00019"
    results = PersonTableModel(registry)
    results.show_found(replace(results.query, text="Прізвище"), 1050, None)
    qtmodeltester.check(results, force_py=True)


def test_search_results_are_counted_in_full_and_paged(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings
) -> None:
    """Every person a search finds is counted and can be scrolled to (no cap at 500)."""
    window = _window(qtbot, registry, settings)
    window.search.setText("Іван")  # every one of the 1,050 is Іван
    window.persons.search_now()
    qtbot.waitUntil(lambda: window.persons.model.showing_results and not window.persons.searching)
    assert window.persons.model.rowCount() == 1050
    assert window.count_label.text().startswith("found: 1 050")
    assert window.persons.model.index(1049, 0).data().startswith("Прізвище")


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


def _window(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> MainWindow:
    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.dashboard.data is not None)
    return window


def test_main_window_shows_the_registry_and_counts(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings, tmp_path: Path
) -> None:
    window = _window(qtbot, registry, settings)
    assert window.persons.model.rowCount() == 1050
    assert window.count_label.text().startswith("1 050 persons")
    assert "missing: 1 050" in window.count_label.text()
    assert window.grab().save(str(tmp_path / "main.png"))


def test_search_as_you_type(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> None:
    window = _window(qtbot, registry, settings)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "Prizvyshche00012")  # Latin finds the Cyrillic record
    qtbot.waitUntil(lambda: window.persons.model.showing_results and not window.persons.searching)
    assert window.persons.model.rowCount() == 1
    assert window.persons.model.index(0, 0).data() == "Прізвище00012"
    assert window.count_label.text().startswith("found: 1")
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    qtbot.waitUntil(lambda: not window.persons.model.showing_results)
    assert window.persons.model.rowCount() == 1050


def test_filters_narrow_the_table(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> None:
    window = _window(qtbot, registry, settings)
    window.persons.filters.citizenship.setEditText("Грузія")
    assert window.persons.model.rowCount() == 0
    assert window.count_label.text().startswith("shown: 0 of 1 050")
    window.persons.filters.clear()
    assert window.persons.model.rowCount() == 1050


def test_column_chooser_hides_columns(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> None:
    window = _window(qtbot, registry, settings)
    header = window.persons.table.horizontalHeader()
    window.persons.set_column_visible(5, False)
    assert header.isSectionHidden(5)
    window.persons.set_column_visible(5, True)
    assert not header.isSectionHidden(5)


def test_dashboard_shows_counts_and_charts(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> None:
    window = _window(qtbot, registry, settings)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.dashboard
    assert window.dashboard.summary.text() == "1 050 persons in the registry"
    assert window.dashboard.status_chart.chart().series()
    assert window.dashboard.recent.rowCount() > 0


def test_layout_is_remembered(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> None:
    window = _window(qtbot, registry, settings)
    window.persons.table.setColumnWidth(0, 321)
    window.navigation.setCurrentRow(MainWindow.DASHBOARD)
    window.close()
    again = _window(qtbot, registry, settings)
    assert again.persons.table.columnWidth(0) == 321
    assert again.stack.currentWidget() is again.dashboard


def test_dashboard_prints_the_statistics(qtbot: QtBot, registry: RegistryFacade, settings: QSettings) -> None:
    window = _window(qtbot, registry, settings)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    window.dashboard.print_button.click()
    qtbot.waitUntil(lambda: window.dashboard.preview is not None, timeout=20_000)
    preview = window.dashboard.preview
    assert preview is not None and preview.document.pageCount() >= 1
    assert "Осіб у реєстрі / Persons in the registry: 1050" in " ".join(preview.document.getAllText(0).text().split())
    assert window.dashboard.print_button.isEnabled()


def test_an_empty_table_says_what_would_appear_there(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings
) -> None:
    window = _window(qtbot, registry, settings)
    window.search.setText("Zzyzx")
    window.persons.search_now()
    qtbot.waitUntil(lambda: window.persons.model.showing_results and not window.persons.searching)
    assert window.persons.model.rowCount() == 0
    assert window.persons.empty.text().startswith("No one found for «Zzyzx»")
    window.persons.table.viewport().repaint()  # painted without a warning


def test_filter_choices_arrive_after_the_window_without_losing_what_was_typed(qtbot: QtBot) -> None:
    """The units and citizenships (a DISTINCT over every person) are read in the background once
    the window is up (issue 15: start-up at 100,000 persons); typing works before they arrive."""
    import threading

    from views.persons.filters import FilterBar

    release = threading.Event()

    def slow_choices(field: str) -> list[str]:
        release.wait(5)
        return {"unit": ["30 ОМБр", "72 ОМБр"], "citizenship": ["Україна"]}[field]

    bar = FilterBar(slow_choices, lambda: [])
    qtbot.addWidget(bar)
    assert bar.unit.count() == 1  # on screen at once, the choices still on their way
    bar.citizenship.setEditText("Укр")
    release.set()
    qtbot.waitUntil(lambda: bar.unit.count() == 3)
    assert [bar.unit.itemText(i) for i in range(3)] == ["", "30 ОМБр", "72 ОМБр"]
    assert bar.citizenship.currentText() == "Укр"


def test_a_save_waiting_for_another_program_says_so_in_the_status_bar(
    qtbot: QtBot, registry: RegistryFacade, settings: QSettings
) -> None:
    import threading

    window = MainWindow(registry, settings)
    qtbot.addWidget(window)
    window.show()
    waiting = threading.Thread(target=window.writer_waiting.emit)  # as the database's notice comes: any thread
    waiting.start()
    waiting.join()
    qtbot.waitUntil(lambda: "Waiting for another program" in window.statusBar().currentMessage())
