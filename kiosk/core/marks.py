"""``QT_TRANSLATE_NOOP``: marks a string for ``pyside6-lupdate`` and returns it unchanged, so core
stays free of Qt. A module of its own so that the clock (read before the first paint, through the
config) does not import every problem's template."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
