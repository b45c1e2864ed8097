"""A dental chart in FDI notation: 32 teeth as a dentist draws them (the patient's right on
the viewer's left), each showing its state. Click or use the arrow keys to choose a tooth;
a letter key or the context menu sets its state; Ctrl+Z undoes."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QWidget

from models.core.enums import ToothState
from views.common.labels import enum_label

UPPER = (18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28)
LOWER = (48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38)

# Key, short code shown on the tooth, fill colour.
STATE_STYLE: dict[ToothState, tuple[str, str, str]] = {
    ToothState.PRESENT: ("P", "", "#ffffff"),
    ToothState.FILLED: ("F", "F", "#7aa6d8"),
    ToothState.CROWNED: ("C", "C", "#e6c14a"),
    ToothState.ROOT_CANAL: ("R", "RC", "#b58ad6"),
    ToothState.BRIDGE: ("B", "B", "#d9a066"),
    ToothState.IMPLANT: ("I", "I", "#8fc1a9"),
    ToothState.DECAYED: ("D", "D", "#c98b6b"),
    ToothState.MISSING: ("M", "×", "#d0d0d0"),
    ToothState.MISSING_POST_MORTEM: ("X", "pm", "#eeeeee"),
    ToothState.UNKNOWN: ("U", "?", "#fafafa"),
}
KEYS = {style[0]: state for state, style in STATE_STYLE.items()}


class _SetTooth(QUndoCommand):
    def __init__(self, chart: DentalChart, tooth: int, old: ToothState | None, new: ToothState | None) -> None:
        super().__init__(f"{tooth}")
        self.chart, self.tooth, self.old, self.new = chart, tooth, old, new

    def redo(self) -> None:
        self.chart._apply(self.tooth, self.new)

    def undo(self) -> None:
        self.chart._apply(self.tooth, self.old)


class DentalChart(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.editable = editable
        self.chart: dict[int, ToothState] = {}
        self.highlight: dict[int, str] = {}  # tooth -> outline colour (comparison results)
        self.current = 18
        self.undo_stack = QUndoStack(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(QSize(480, 120))
        self.setAccessibleName(self.tr("Dental chart"))
        self._update_tooltip()

    def sizeHint(self) -> QSize:
        return QSize(640, 140)

    # -- values ----------------------------------------------------------------------

    def set_chart(self, chart: Mapping[int, ToothState]) -> None:
        """Show a chart without an undo step (loading)."""
        self.chart = dict(chart)
        self.undo_stack.clear()
        self.update()

    def set_tooth(self, tooth: int, state: ToothState | None) -> None:
        """Set one tooth as the user does: one undo step; None clears it (not charted)."""
        old = self.chart.get(tooth)
        if old is not state:
            self.undo_stack.push(_SetTooth(self, tooth, old, state))

    def _apply(self, tooth: int, state: ToothState | None) -> None:
        if state is None:
            self.chart.pop(tooth, None)
        else:
            self.chart[tooth] = state
        self.current = tooth
        self._update_tooltip()
        self.update()
        self.changed.emit()

    # -- geometry -------------------------------------------------------------------------

    def _cell(self, tooth: int) -> QRectF:
        width = (self.width() - 20) / 16
        height = min(width * 1.1, (self.height() - 30) / 2)
        row, teeth = (0, UPPER) if tooth in UPPER else (1, LOWER)
        column = teeth.index(tooth)
        gap = 8 if column >= 8 else 0  # the midline
        return QRectF(6 + column * width + gap, 14 + row * (height + 6), width - 2, height)

    def tooth_at(self, point: QPointF) -> int | None:
        for tooth in (*UPPER, *LOWER):
            if self._cell(tooth).contains(point):
                return tooth
        return None

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#888888")))
        painter.drawText(QRectF(0, 0, self.width() / 2, 12), Qt.AlignmentFlag.AlignLeft, self.tr("right"))
        painter.drawText(
            QRectF(self.width() / 2, 0, self.width() / 2 - 6, 12), Qt.AlignmentFlag.AlignRight, self.tr("left")
        )
        font = painter.font()
        for tooth in (*UPPER, *LOWER):
            rect = self._cell(tooth)
            state = self.chart.get(tooth)
            fill = STATE_STYLE[state][2] if state is not None else "#f6f6f6"
            outline = self.highlight.get(tooth)
            pen = QPen(QColor(outline or "#555555"), 3 if outline else 1)
            if self.editable and tooth == self.current and self.hasFocus():
                pen = QPen(QColor("#1a73e8"), 3)
            painter.setPen(pen)
            painter.setBrush(QBrush(QColor(fill)))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 5, 5)
            painter.setPen(QColor("#666666"))
            font.setPointSizeF(7)
            painter.setFont(font)
            painter.drawText(
                rect.adjusted(0, 2, 0, 0), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, str(tooth)
            )
            if state is not None:
                painter.setPen(QColor("#000000"))
                font.setPointSizeF(10)
                font.setBold(True)
                painter.setFont(font)
                painter.drawText(
                    rect.adjusted(0, 0, 0, -3),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    STATE_STYLE[state][1],
                )
                font.setBold(False)
        painter.end()

    # -- interaction ---------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        tooth = self.tooth_at(event.position())
        if tooth is not None:
            self.current = tooth
            self._update_tooltip()
            self.update()
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        tooth = self.tooth_at(QPointF(event.pos()))
        if not self.editable or tooth is None:
            return
        self.current = tooth
        menu = self.state_menu(tooth)
        menu.popup(event.globalPos())
        self._menu = menu

    def state_menu(self, tooth: int) -> QMenu:
        menu = QMenu(self)
        menu.setTitle(self.tr("Tooth {0}").format(tooth))
        for state, (key, _code, _fill) in STATE_STYLE.items():
            action = menu.addAction(f"{enum_label(state)}\t{key}")
            action.triggered.connect(lambda _c=False, s=state: self.set_tooth(tooth, s))
        menu.addSeparator()
        clear = menu.addAction(self.tr("Not charted") + "\tDel")
        clear.triggered.connect(lambda: self.set_tooth(tooth, None))
        return menu

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.editable:
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo):
            self.undo_stack.redo()
            return
        row = UPPER if self.current in UPPER else LOWER
        index = row.index(self.current)
        key = event.key()
        if key == Qt.Key.Key_Left and index > 0:
            self.current = row[index - 1]
        elif key == Qt.Key.Key_Right and index < 15:
            self.current = row[index + 1]
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.current = (UPPER if key == Qt.Key.Key_Up else LOWER)[index]
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_tooth(self.current, None)
        elif event.text().upper() in KEYS:
            self.set_tooth(self.current, KEYS[event.text().upper()])
            if index < 15:
                self.current = row[index + 1]  # charting moves on, as a dentist dictates
        else:
            super().keyPressEvent(event)
            return
        self._update_tooltip()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def _update_tooltip(self) -> None:
        state = self.chart.get(self.current)
        keys = ", ".join(f"{key} {enum_label(s)}" for s, (key, _c, _f) in STATE_STYLE.items())
        now = enum_label(state) if state is not None else self.tr("not charted")
        self.setToolTip(self.tr("Tooth {0}: {1}. Keys: {2}; Del clears; arrows move").format(self.current, now, keys))
