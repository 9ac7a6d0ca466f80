"""The on-screen keyboard under the focused field: number pad, e-mail or text keys.

The dock floats over the lower part of the screen, just above the screen's action bar (the
Back/Next bar of a form) or the status bar: it never changes the layout under it, so nothing
moves while a finger is on it. A form's scroll area keeps its size; it gets a bottom margin as
tall as the part the dock covers, and the focused field is scrolled above the dock. Key sizes
follow the window: every row fits at 768 px high, no key is under 48 px.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QStackedWidget, QWidget

from kiosk.ui.application import running_app
from kiosk.ui.input_watch import unwatch_input, watch_input
from kiosk.widgets.form import Field
from kiosk.widgets.keypad import MAX_KEY, MIN_KEY, SPACING, Keyboard, Layout, NumericKeypad, digits, layout_for

NUMERIC = "numeric"  # kept for callers that set the property "keypad" = "numeric"
MAX_SHARE = 0.36  # the dock takes at most this share of the window's height
DIGIT_KEY_WIDTH = 150


def numeric(edit: QLineEdit) -> QLineEdit:
    return digits(edit)


def _text_field(widget: QObject | None) -> QLineEdit | None:
    if isinstance(widget, QLineEdit) and not widget.isReadOnly() and widget.property("keypad") != "own":
        return widget
    return None


class KeyboardDock(QStackedWidget):
    """A child of the window's central widget, placed by ``place()``; ``field`` is the one it serves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyboardDock")
        self.keyboard = Keyboard()
        self.keypad = NumericKeypad()
        self.addWidget(self.keyboard)
        self.addWidget(self.keypad)
        self.field: QLineEdit | None = None
        self._padded: QScrollArea | None = None
        self._hide_on_release = False
        self.hide()
        running_app().focusChanged.connect(self._focus_changed)

    # -- which keys, for which field
    def current_layout(self) -> Layout | None:
        if self.field is None or not self.isVisible():
            return None
        return layout_for(self.field)

    def _focus_changed(self, _old: QObject | None, new: QObject | None) -> None:
        field = _text_field(new)
        if field is None or not self.window().isAncestorOf(field):
            if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
                # A finger is down on a button: hiding now could move what is under it before
                # the release and lose the tap. Hide once the finger is up.
                self._wait_for_release()
            else:
                self.close_keys()
            return
        self.open_for(field)

    def open_for(self, field: QLineEdit) -> None:
        self._stop_waiting()
        self.field = field
        if layout_for(field) is Layout.DIGITS:
            self.setCurrentWidget(self.keypad)
        else:
            self.keyboard.prepare_for(field)
            self.setCurrentWidget(self.keyboard)
        self.show()
        self.raise_()
        self.place()
        QTimer.singleShot(0, self.reveal_field)

    def close_keys(self) -> None:
        self._stop_waiting()
        self.field = None
        self.hide()
        self._unpad()

    def screen_changed(self) -> None:
        """A new screen starts without keys: its fields open them when tapped (Qt may have moved
        the focus into one of them by itself when the old screen was hidden)."""
        self.close_keys()
        focused = _text_field(QApplication.focusWidget())
        if focused is not None:
            focused.clearFocus()

    # -- hide after the click
    def _wait_for_release(self) -> None:
        if not self._hide_on_release:
            self._hide_on_release = True
            watch_input(self)

    def _stop_waiting(self) -> None:
        if self._hide_on_release:
            self._hide_on_release = False
            unwatch_input(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._hide_on_release and event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd):
            self._stop_waiting()
            QTimer.singleShot(0, self._close_unless_typing)  # after the button has had its click
        return False

    def _close_unless_typing(self) -> None:
        field = _text_field(QApplication.focusWidget())
        if field is not None and self.window().isAncestorOf(field):
            self.open_for(field)
        else:
            self.close_keys()

    # -- size and place
    def key_size(self, width: int, height: int) -> tuple[int, int]:
        """The keys' (column width, row height) for a window of ``width`` x ``height``."""
        current = self.currentWidget()
        rows = 4
        row_height = (int(height * MAX_SHARE) - 2 * SPACING - (rows - 1) * SPACING) // rows
        row_height = max(MIN_KEY, min(MAX_KEY, row_height))
        if current is self.keypad:
            column = DIGIT_KEY_WIDTH
            columns = 3
        else:
            column = 110
            columns = 10
        room = width - 2 * SPACING - (columns - 1) * SPACING - 16
        column = max(MIN_KEY, min(column, room // columns))
        return column, row_height

    def place(self) -> None:
        """Size the keys for the window and sit at the bottom of the screen's free part."""
        host = self.parentWidget()
        if host is None or not self.isVisible():
            return
        keys = self.currentWidget()
        width, height = self.key_size(host.width(), self.window().height())
        assert isinstance(keys, (Keyboard, NumericKeypad))
        keys.set_key_size(width, height)
        grid = keys.layout()
        if grid is not None:
            grid.activate()  # the keys at their places now, not at the next event loop turn
        size = keys.sizeHint().grownBy(self.contentsMargins())
        bottom = self._bottom_edge(host)
        left = max(0, (host.width() - size.width()) // 2)
        self.setGeometry(left, max(0, bottom - size.height()), size.width(), size.height())
        if grid is not None:
            grid.activate()
        self._pad()

    def _bottom_edge(self, host: QWidget) -> int:
        """Above the focused screen's action bar if it has one, else above the status bar."""
        screen = self._screen_of(self.field)
        bar = getattr(screen, "dock_above", None) if screen is not None else None
        if isinstance(bar, QWidget) and bar.isVisible():
            return bar.mapTo(host, QPoint(0, 0)).y()
        status = host.findChild(QWidget, "statusBar")
        if status is not None and status.isVisible():
            return status.mapTo(host, QPoint(0, 0)).y()
        return host.height()

    @staticmethod
    def _screen_of(widget: QWidget | None) -> QWidget | None:
        while widget is not None and not hasattr(widget, "dock_above"):
            widget = widget.parentWidget()
        return widget

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.field.parentWidget() if self.field is not None else None
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _pad(self) -> None:
        """The scroll area keeps its size; the part under the dock becomes a margin to scroll past."""
        area = self._scroll_area()
        if area is not self._padded:
            self._unpad()
        if area is None:
            return
        host = self.parentWidget()
        assert host is not None
        area_bottom = area.mapTo(host, QPoint(0, area.height())).y()
        covered = max(0, area_bottom - self.y())
        area.setViewportMargins(0, 0, 0, covered)
        self._padded = area

    def _unpad(self) -> None:
        if self._padded is not None:
            self._padded.setViewportMargins(0, 0, 0, 0)
            self._padded = None

    def reveal_field(self) -> None:
        """Scroll the focused field (with its label and error line) into the part above the dock."""
        area = self._scroll_area()
        if area is None or self.field is None or not self.isVisible():
            return
        parent = self.field.parentWidget()
        target: QWidget = parent if isinstance(parent, Field) else self.field
        area.ensureWidgetVisible(target, 20, 20)
