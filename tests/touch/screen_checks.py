"""What a person sees in the window, read back from the real widgets: every visible text
(for the English check) and every text or widget that does not fit (for the large-text check)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QStackedWidget,
    QTabBar,
    QTableWidget,
    QWidget,
)

from kiosk.widgets.keypad import MIN_KEY

# widgets that float over a screen on purpose (dialogs, the keyboard): not a screen's siblings
FLOATING = {"idleOverlay", "keyboardDock", "occupationPicker"}


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window


def visible_widgets(window: QWidget) -> Iterator[QWidget]:
    for widget in window.findChildren(QWidget):
        if shown(widget, window):
            yield widget


def visible_texts(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every sentence on the screen: labels, buttons, placeholders, tabs,
    table headings and cells, list rows."""
    for widget in visible_widgets(window):
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield widget, widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield widget, widget.tabText(i)
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                head = widget.horizontalHeaderItem(column)
                if head is not None:
                    yield widget, head.text()
            for row in range(min(widget.rowCount(), 40)):
                for column in range(widget.columnCount()):
                    cell = widget.item(row, column)
                    if cell is not None:
                        yield widget, cell.text()
        elif isinstance(widget, QListWidget):
            for row in range(min(widget.count(), 40)):
                yield widget, widget.item(row).text()


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def siblings_of(parent: QWidget, window: QWidget) -> list[QWidget]:
    """The visible child widgets a layout places side by side: not the floating ones, not a
    scroll area's or a stacked widget's own parts (read through ``children()``: wrapping a
    layout's QLayoutItems would leave Python wrappers of C++ objects Qt deletes on its own)."""
    if parent.layout() is None or isinstance(parent, (QAbstractScrollArea, QStackedWidget, QTabBar)):
        return []
    return [
        w
        for w in parent.children()
        if isinstance(w, QWidget)
        and not w.isWindow()
        and shown(w, window)
        and w.objectName() not in FLOATING
        and not isinstance(w, QScrollBar)
    ]


def text_size(widget: QWidget, text: str, width: int | None = None) -> tuple[int, int]:
    metrics = widget.fontMetrics()
    if width is None:
        box = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, text)
    else:
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
    return box.width(), box.height()


def label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rich = label.textFormat() != Qt.TextFormat.PlainText and re.search(r"<[a-z][^>]*>", text)
    plain = re.sub(r"<[^>]+>", "", text) if rich else text
    room = label.contentsRect()
    if label.wordWrap():
        width, height = text_size(label, plain, room.width())
        need = max(height, label.heightForWidth(label.width()) - (label.height() - room.height()))
        if width > room.width() + 1:
            return f"a word wider than the label ({width} > {room.width()})"
        if need > room.height() + 1:
            return f"cut at the bottom ({need} > {room.height()} px high)"
        return None
    width, height = text_size(label, plain)
    if width > room.width() + 1:
        return f"cut at the side ({width} > {room.width()} px wide, no word wrap)"
    if height > room.height() + 1:
        return f"cut at the bottom ({height} > {room.height()} px high)"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "&")
    if not text:
        return None
    width, height = text_size(button, text)
    extra = 24 if isinstance(button, (QCheckBox, QRadioButton)) else 0  # the box or circle
    if isinstance(button, QPushButton) and button.property("role") == "key":
        if min(button.width(), button.height()) < MIN_KEY:  # issue 18: keys of 9 mm at least
            return f"a key smaller than a finger ({button.width()}x{button.height()} px)"
        room_w, room_h = button.width() - 4, button.height() - 4
    else:
        room_w, room_h = button.width() - 20 - extra, button.height() - 8
    if width > room_w:
        return f"text cut at the side ({width} > {room_w} px)"
    if height > room_h:
        return f"text cut at the bottom ({height} > {room_h} px)"
    return None


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()[:60].replace("\n", "\\n")
    return f"{type(widget).__name__}#{widget.objectName()} {text!r}"


def fit_problems(window: QWidget) -> list[str]:
    """Every visible text that does not fit its widget, every widget outside the window or its
    parent, every pair of laid-out siblings that overlap."""
    problems: list[str] = []
    whole = window.rect()
    widgets = list(visible_widgets(window))
    for widget in widgets:
        name = describe(widget)
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            why = label_problem(widget)
            if why:
                problems.append(f"{name}: {why}")
        elif isinstance(widget, QAbstractButton):
            why = button_problem(widget)
            if why:
                problems.append(f"{name}: {why}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            width, _h = text_size(widget, widget.placeholderText())
            if width > widget.width() - 30:
                problems.append(f"{name}: placeholder {widget.placeholderText()!r} cut ({width} px)")
        elif isinstance(widget, QTabBar) and widget.sizeHint().width() > widget.width():
            problems.append(f"{name}: tabs cut ({widget.sizeHint().width()} > {widget.width()} px)")
        elif isinstance(widget, QScrollArea) and widget.widget() is not None:
            inner = widget.widget()
            if isinstance(inner, QStackedWidget) and inner.currentWidget() is not None:
                inner = inner.currentWidget()  # low reach scrolls the screens' stack: the one showing
            if inner.minimumSizeHint().width() > widget.viewport().width() + 1:
                problems.append(f"{name}: content wider than the scroll area ({inner.minimumSizeHint().width()} px)")
        log = isinstance(widget, QPlainTextEdit) and widget.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible() and not log:
            problems.append(f"{name}: scrolls sideways (its content is wider than it)")
        if in_scroll_area(widget):
            continue  # a scroll area shows part of its content on purpose
        if not whole.contains(rect_in(widget, window)):
            problems.append(f"{name}: outside the window at {rect_in(widget, window)}")
        parent = widget.parentWidget()
        if parent is not None and parent is not window and not parent.rect().contains(widget.geometry()):
            problems.append(f"{name}: cut by its parent ({widget.geometry()} in {parent.rect()})")
    for parent in [window, *widgets]:
        siblings = siblings_of(parent, window)
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                both = a.geometry().intersected(b.geometry())
                if both.width() > 1 and both.height() > 1:
                    problems.append(f"{describe(a)} overlaps {describe(b)} ({both})")
    return problems


def settled_problems(window: QWidget, qtbot: Any, patience_ms: int = 1500) -> list[str]:
    """``fit_problems`` once the layouts have settled: a scroll area sizes its content some turns
    of the loop after a screen shows, so a state is looked at until it fits or time is up."""
    found = fit_problems(window)
    waited = 0
    while found and waited < patience_ms:
        qtbot.wait(100)
        waited += 100
        found = fit_problems(window)
    return found
