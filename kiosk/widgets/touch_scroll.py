"""Kinetic scrolling by dragging the content: for touch screens, most of which arrive as a mouse."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller, QScrollerProperties, QWidget

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
    return area


def kinetic_all(root: QWidget) -> None:
    """Every scroll area and list inside ``root`` (a screen): one call where screens are added."""
    for area in root.findChildren(QAbstractScrollArea):
        kinetic(area)
