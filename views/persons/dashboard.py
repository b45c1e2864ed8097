"""The Dashboard: where the registry stands at a glance, loaded in the background."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from models.core.enums import PersonStatus
from models.core.numbers import grouped
from models.persons.dto import Dashboard
from views.common.labels import entity_label, field_label, health_label, op_label, status_label
from views.common.messages import warn
from views.common.report_preview import ReportJob, ReportPreview
from views.common.tables import fill_table, read_only_table
from views.common.tasks import run_task
from views.persons.ports import DashboardPort


def _month_ms(month: str) -> float:
    year, number = (int(p) for p in month.split("-"))
    return float(QDateTime(dt.datetime(year, number, 1)).toMSecsSinceEpoch())


class DashboardPage(QWidget):
    loaded = Signal()
    person_activated = Signal(object)  # a stale person's id

    def __init__(self, source: DashboardPort, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.data: Dashboard | None = None
        self.status_chart = self._chart_view()
        self.health_chart = self._chart_view()
        self.months_chart = self._chart_view()
        self.recent = self._table([self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("What changed")])
        self.stale = self._table([self.tr("Person"), self.tr("Status"), self.tr("Last news")])
        self.stale.setObjectName("stale")
        self.stale.cellDoubleClicked.connect(self._stale_activated)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet("font-size: 15pt; font-weight: bold")

        self.print_button = QPushButton(self.tr("Print / Export PDF"))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("Registry statistics with charts, as a PDF (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_statistics)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.print_statistics)
        self.preview: ReportPreview | None = None

        grid = QGridLayout(self)
        grid.addWidget(self.summary, 0, 0)
        grid.addWidget(self.print_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self._box(self.tr("Persons by status"), self.status_chart), 1, 0)
        grid.addWidget(self._box(self.tr("Health of the captured and returned"), self.health_chart), 1, 1)
        grid.addWidget(self._box(self.tr("Captures and returns per month"), self.months_chart), 2, 0, 1, 2)
        grid.addWidget(self._box(self.tr("Recent changes"), self.recent), 3, 0)
        grid.addWidget(self._box(self.tr("No news for over six months"), self.stale), 3, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 3)
        grid.setRowStretch(3, 2)

    @staticmethod
    def _chart_view() -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(180)
        return view

    @staticmethod
    def _table(headers: list[str]) -> QTableWidget:
        table = read_only_table(headers, select="rows")
        table.setWordWrap(False)
        return table

    @staticmethod
    def _box(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(widget)
        return box

    def print_statistics(self) -> None:
        """Build the statistics report in the background, then show it in the preview."""
        if not self.print_button.isEnabled():
            return
        self.print_button.setEnabled(False)
        job = ReportJob(
            self, self._source.statistics_report, "statistics.pdf", self.tr("Registry statistics"), self._failed
        )
        job.ended.connect(lambda: self.print_button.setEnabled(True))
        job.shown.connect(self._set_preview)

    def _set_preview(self, preview: ReportPreview) -> None:
        self.preview = preview

    def _failed(self, error: BaseException) -> None:
        self.error_box = warn(self, self.tr("Registry statistics"), error)

    def reload(self) -> None:
        run_task(lambda _progress: self._source.dashboard(), self.show_data, parent=self)

    def show_data(self, data: Dashboard) -> None:
        self.data = data
        total = sum(data.by_status.values())
        self.summary.setText(self.tr("{0} persons in the registry").format(grouped(total)))
        self.status_chart.setChart(
            self._bars([(status_label(s), data.by_status.get(s, 0)) for s in reversed(list(PersonStatus))])
        )
        health = sorted(((h, n) for h, n in data.by_health.items() if h is not None), key=lambda item: item[1])
        self.health_chart.setChart(self._bars([(health_label(h), n) for h, n in health]))
        self.months_chart.setChart(self._months(data))
        fill_table(
            self.recent,
            [
                (
                    c.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    c.author,
                    c.label or f"{entity_label(c.entity)} {str(c.record_id)[:8]}",
                    f"{op_label(c.op)}: {'; '.join(field_label(f, c.entity) for f in c.fields[:6])}",
                )
                for c in data.recent
            ],
        )
        fill_table(self.stale, [(p.name, status_label(p.status), str(p.last_news)) for p in data.stale])
        self.loaded.emit()

    def _bars(self, values: list[tuple[str, int]]) -> QChart:
        chart = QChart()
        bars = QBarSet(self.tr("persons"))
        bars.append([float(n) for _, n in values])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _ in values])
        categories.setTruncateLabels(False)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        axis = QValueAxis()
        axis.setLabelFormat("%d")
        axis.setRange(0, max([n for _, n in values] + [1]) * 1.2)
        axis.applyNiceNumbers()
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        chart.legend().hide()
        chart.setMargins(QMargins(0, 0, 0, 0))
        return chart

    def _months(self, data: Dashboard) -> QChart:
        chart = QChart()
        top = 1
        for title, months in (
            (self.tr("captured"), data.captures_per_month),
            (self.tr("returned"), data.returns_per_month),
        ):
            series = QLineSeries()
            series.setName(title)
            series.setPointsVisible(True)  # a month on its own is a point, not a line
            for month, count in months:
                series.append(_month_ms(month), float(count))
                top = max(top, count)
            chart.addSeries(series)
        time_axis = QDateTimeAxis()
        time_axis.setFormat("MM.yyyy")
        chart.addAxis(time_axis, Qt.AlignmentFlag.AlignBottom)
        value_axis = QValueAxis()
        value_axis.setLabelFormat("%d")
        value_axis.setRange(0, top * 1.1)
        value_axis.applyNiceNumbers()
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        for drawn in chart.series():
            drawn.attachAxis(time_axis)
            drawn.attachAxis(value_axis)
        shown = [m for m, _ in data.captures_per_month + data.returns_per_month]
        if shown:
            time_axis.setRange(
                QDateTime.fromMSecsSinceEpoch(int(_month_ms(min(shown)))),
                QDateTime.fromMSecsSinceEpoch(int(_month_ms(max(shown)))),
            )
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(0, 0, 0, 0))
        return chart

    def _stale_activated(self, row: int, _column: int) -> None:
        if self.data is not None and 0 <= row < len(self.data.stale):
            self.person_activated.emit(self.data.stale[row].id)
