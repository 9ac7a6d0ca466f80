"""Issue 23 item 3: both themes pass WCAG 2.2 AA contrast on every screen.

Read from what is painted, not from the stylesheet: each screen and state (tests/touch/screen_walk.py)
is shown under the theme, the whole window is grabbed, and for every visible text (labels,
buttons, fields, list rows) the colour of its letters is compared with the colour painted behind
them, by WCAG's relative luminance: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold).
Controls (buttons, fields, lists) need 3:1 between their boundary (border, or their fill) and
what lies around them, and a focused field's border 3:1 against both sides of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QWidget,
)

from kiosk.app import build, shutdown
from kiosk.ui.theme import apply_theme
from tests.touch.screen_walk import LAST_STATE, seed_vacancies, settle, walk

TEXT, LARGE_TEXT, NON_TEXT = 4.5, 3.0, 3.0


def relative_luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2.2's relative luminance of sRGB colours (the last axis: r, g, b in 0..255)."""
    c = rgb.astype(np.float64) / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def contrast(a: float | np.ndarray, b: float | np.ndarray) -> np.ndarray:
    light, dark = np.maximum(a, b), np.minimum(a, b)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_wcag_s_known_ratios():
    black, white, grey = (relative_luminance(np.array(c)) for c in ((0, 0, 0), (255, 255, 255), (0x76, 0x76, 0x76)))
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(grey, white) == pytest.approx(4.54, abs=0.01)  # #767676, the lightest grey passing on white


@dataclass
class Painted:
    """The window as painted: its pixels and their luminance, indexed [y, x]."""

    rgb: np.ndarray
    lum: np.ndarray

    @classmethod
    def grab(cls, window: QWidget) -> Painted:
        image = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
        width, height = image.width(), image.height()
        raw = np.frombuffer(image.constBits(), np.uint8, image.bytesPerLine() * height)
        rgb = raw.reshape(height, image.bytesPerLine())[:, : width * 3].reshape(height, width, 3).copy()
        return cls(rgb, relative_luminance(rgb))

    def text_ratio(self, rect: QRect) -> float:
        """Letters against their background inside ``rect``: the background is the commonest colour
        there, the letters the colour farthest from it (anti-aliased edges lie between the two)."""
        area = self.rgb[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1].reshape(-1, 3)
        lum = self.lum[rect.top() : rect.bottom() + 1, rect.left() : rect.right() + 1].reshape(-1)
        packed = area[:, 0].astype(np.uint32) << 16 | area[:, 1].astype(np.uint32) << 8 | area[:, 2]
        values, counts = np.unique(packed, return_counts=True)
        background = values[counts.argmax()]
        background_lum = lum[packed == background][0]
        return float(contrast(lum, background_lum).max())

    def at(self, x: int, y: int) -> float:
        height, width = self.lum.shape
        return float(self.lum[min(max(y, 0), height - 1), min(max(x, 0), width - 1)])

    def boundary_ratio(self, rect: QRect) -> float:
        """The control's edge (its border, or its fill where it has none) against what lies just
        outside it, above and below, at mid-width: the weaker of the two sides."""
        x = rect.center().x()
        sides = []
        for outside_y, inward in ((rect.top() - 2, range(rect.top(), rect.top() + 6)),
                                  (rect.bottom() + 2, range(rect.bottom(), rect.bottom() - 6, -1))):  # fmt: skip
            outside = self.at(x, outside_y)
            sides.append(max(float(contrast(self.at(x, y), outside)) for y in inward))
        return min(sides)


def window_rect(widget: QWidget, rect: QRect | None = None) -> QRect:
    """``rect`` (the widget's own by default) in window coordinates, cut to what is not clipped."""
    window = widget.window()
    local = (rect or widget.rect()).intersected(widget.visibleRegion().boundingRect())
    top_left = widget.mapTo(window, local.topLeft())
    return QRect(top_left, local.size()).intersected(window.rect())


def on_top(widget: QWidget) -> bool:
    """Nothing lies over the widget's middle (an overlay, the keyboard)."""
    window = widget.window()
    visible = widget.visibleRegion().boundingRect()
    if visible.isEmpty():
        return False
    point = widget.mapTo(window, visible.center())
    top = window.childAt(point)
    # a parent found there: the widget lets touches through to it (a list row's words), nothing covers it
    return top is not None and (top is widget or widget.isAncestorOf(top) or top.isAncestorOf(widget))


def large(widget: QWidget) -> bool:
    font = widget.font()
    size = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    return size >= 24 or (size >= 18.66 and font.bold())


def text_rect(widget: QWidget) -> QRect:
    """Where the widget's letters are, without its border."""
    if isinstance(widget, QPushButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        return widget.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, widget)
    if isinstance(widget, QLineEdit):
        frame = QStyleOptionFrame()
        widget.initStyleOption(frame)
        return widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, frame, widget)
    return widget.contentsRect()


def failures(window: QWidget, state: str, checked: list[str]) -> list[str]:
    """What fails in the window as it is now; ``checked`` gets a line for each text looked at."""
    painted = Painted.grab(window)
    found: list[str] = []
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible() and on_top(w)]
    for widget in widgets:
        name = f"{state}: {type(widget).__name__} {widget.objectName()!r}"
        text = ""
        if (isinstance(widget, QLabel) and widget.pixmap().isNull()) or isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QLineEdit):
            text = widget.text() or widget.placeholderText()
        if text.strip():
            letters = text_rect(widget)
            rect = window_rect(widget, letters)
            whole = rect.size() == letters.size()
            # half scrolled out of its list: what shows of it, unless no letter does (a margin)
            if whole or rect.height() >= 2 * widget.fontMetrics().height():
                need = LARGE_TEXT if large(widget) else TEXT
                got = painted.text_ratio(rect)
                checked.append(f"{name} {text[:30]!r}: {got:.2f}")
                if got < need and (whole or got > 1.0):
                    found.append(f"{name} {text[:30]!r}: text {got:.2f} < {need}")
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                item_rect = widget.visualItemRect(item)
                if item.text().strip() and widget.viewport().rect().contains(item_rect):
                    got = painted.text_ratio(window_rect(widget.viewport(), item_rect.adjusted(2, 2, -2, -2)))
                    if got < TEXT:
                        found.append(f"{name} row {item.text()[:30]!r}: text {got:.2f} < {TEXT}")
        # a read-only field (read from the e-KTP) shows a value; nobody operates it
        read_only = isinstance(widget, QLineEdit) and widget.isReadOnly()
        control = isinstance(widget, (QPushButton, QLineEdit, QListWidget, QComboBox))
        if control and widget.isEnabled() and not read_only:
            rect = window_rect(widget)
            if rect.height() == widget.height():  # the whole control shows (not half-scrolled)
                got = painted.boundary_ratio(rect)
                if got < NON_TEXT:
                    found.append(f"{name} {text[:30]!r}: boundary {got:.2f} < {NON_TEXT}")
    return found


@pytest.fixture
def kiosk(cfg, qtbot):
    k = build(cfg, windowed=True)
    k.window.resize(1280, 800)
    k.window.show()
    qtbot.waitUntil(lambda: k.assembly is not None, timeout=10_000)
    yield k
    apply_theme(QApplication.instance())
    shutdown(k)


@pytest.mark.slow
@pytest.mark.parametrize("theme", ["normal", "high-contrast"])
def test_every_screen_passes_wcag_aa_contrast(kiosk, qtbot, theme):
    window = kiosk.window
    welcome = window.router.get("welcome")
    if theme == "high-contrast":
        qtbot.mouseClick(welcome.contrast_button, Qt.MouseButton.LeftButton)
        kiosk.window.defaults.high_contrast = True  # session ends along the way keep the theme
    states, found, checked = [], [], []
    seed_vacancies(kiosk)
    for state in walk(kiosk, lambda c: qtbot.waitUntil(c, timeout=20_000)):
        states.append(state)
        settle(qtbot)
        found += failures(window, state, checked)
    assert {
        "13-help",
        "13-cancel-question",
        "18-idle-countdown",
        "19-vacancies",
        "24-technician-settings",
        "25-officer-log",
        "57-ticket-check-answer",
        "63-events-seat",
        "15-my-card-revisi",
    } <= set(states)
    assert states[-1] == LAST_STATE and len(states) >= 90 and len(checked) >= 500
    print("\n".join(checked))
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("theme", ["normal", "high-contrast"])
def test_a_focused_field_shows_a_border_of_3_to_1(kiosk, qtbot, theme):
    window = kiosk.window
    apply_theme(QApplication.instance(), high_contrast=theme == "high-contrast")
    window.go("identify_manual")
    field = kiosk.assembly.identify_manual.nik_field.editor
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=3000)
    settle(qtbot)
    painted = Painted.grab(window)
    rect = window_rect(field)
    x = rect.center().x()
    outside, inside = painted.at(x, rect.top() - 2), painted.at(x, rect.top() + 8)
    border = painted.at(x, rect.top() + 1)
    assert contrast(border, outside) >= NON_TEXT
    assert contrast(border, inside) >= NON_TEXT
    # and it differs from the unfocused field, so the focus shows
    focused = [painted.at(x, y) for y in range(rect.top(), rect.top() + 10)]
    field.clearFocus()
    qtbot.waitUntil(lambda: not field.hasFocus(), timeout=3000)
    settle(qtbot)
    unfocused = Painted.grab(window)
    assert [unfocused.at(x, y) for y in range(rect.top(), rect.top() + 10)] != focused
