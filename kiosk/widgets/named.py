"""Give a widget its style-sheet name in one expression.

PySide6 accepts any Qt property as a constructor keyword (``QLabel(objectName="brand")``), but its type stubs
list only the class's own properties, so mypy rejects ``objectName=``. ``named(QLabel(), "brand")`` says the
same thing and keeps the widget's own type.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """Set ``widget``'s object name (the QSS selector ``#name``) and return it."""
    widget.setObjectName(name)
    return widget
