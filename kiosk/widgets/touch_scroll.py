"""Kinetic scrolling by dragging the content: for touch screens, most of which arrive as a mouse."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QLineEdit,
    QScroller,
    QScrollerProperties,
    QWidget,
)

#: set on a scroll area that keeps its own drag (none so far); the default is to scroll by dragging
NO_DRAG = "noDragScroll"


def kinetic(area: QAbstractScrollArea) -> QAbstractScrollArea:
    """A drag (a finger, or the left button of a touch screen seen as a mouse) scrolls ``area``,
    and it keeps gliding after a flick. Taps still reach the buttons and fields inside it."""
    viewport = area.viewport()
    if viewport.property("kinetic") or area.property(NO_DRAG):
        return area
    viewport.setProperty("kinetic", True)
    if isinstance(area, QAbstractItemView):
        area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(properties)
    content = area.widget() if hasattr(area, "widget") else None
    if isinstance(content, QWidget):
        _ChildDrag(scroller, content)
    return area


class _ChildDrag(QObject):
    """A drag that starts on a button or a field inside the scroll area scrolls it too.

    Qt's flick gesture only sees presses that reach the viewport; a button or a field takes its
    press itself. This filter on them hands the finger to the same QScroller; once the finger
    moves far enough to scroll, the button is let go without a click and the field selects nothing.
    """

    def __init__(self, scroller: QScroller, content: QWidget) -> None:
        super().__init__(content)
        self.scroller = scroller
        self.dragging = False
        for child in content.findChildren(QWidget):
            if isinstance(child, (QAbstractButton, QLineEdit)):
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not isinstance(event, QMouseEvent) or kind not in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        ):
            return False
        left = Qt.MouseButton.LeftButton
        where, when = event.globalPosition(), event.timestamp()
        if kind == QEvent.Type.MouseButtonPress:
            if event.button() == left:
                self.dragging = False
                self.scroller.handleInput(QScroller.Input.InputPress, where, when)
            return False
        if kind == QEvent.Type.MouseMove:
            if not event.buttons() & left:
                return False
            self.scroller.handleInput(QScroller.Input.InputMove, where, when)
            if not self.dragging and self.scroller.state() in (QScroller.State.Dragging, QScroller.State.Scrolling):
                self.dragging = True
                if isinstance(watched, QAbstractButton):
                    watched.setDown(False)  # no click at the release
            return self.dragging
        if event.button() != left:
            return False
        self.scroller.handleInput(QScroller.Input.InputRelease, where, when)
        if self.dragging:
            self.dragging = False
            if isinstance(watched, QAbstractButton):
                watched.setDown(False)
            return True  # the release of a drag is no tap
        return False


def kinetic_all(root: QWidget) -> None:
    """Every scroll area and list inside ``root`` (a screen): one call where screens are added."""
    for area in root.findChildren(QAbstractScrollArea):
        kinetic(area)
