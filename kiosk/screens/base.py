"""The base of every screen: re-translation on language change and the session wipe."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from kiosk.core.spoken import first_sentence

PERSONAL = "personal"  # dynamic property: a QLabel that shows personal data
#: the labels that name a screen, in the order they are looked for (the blue band's title first)
TITLE_NAMES = ("brand", "title")
_MARKUP = re.compile(r"<[^>]+>")


class Screen(QWidget):
    """A full-window screen. Subclasses build widgets in ``__init__`` and set their texts in
    ``retranslate()``, which runs at start and on every language change."""

    #: ask the router to open another screen by name
    navigate = Signal(str)
    #: read this text aloud now, voice on or off (a "Bacakan" button); the window's voice speaks it
    read_aloud = Signal(str)

    name: str = ""
    #: the on-screen keyboard sits right above this bar (the Back/Next bar), else above the status bar
    dock_above: QWidget | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.name or type(self).__name__)
        # the theme's "Screen { background }" painted by the screen itself, not left to the router
        # under it: a person's high contrast is set on each screen, not on the router (ui/theme.py)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def retranslate(self) -> None:
        """Set every user-visible text with ``self.tr``."""

    def help_text(self) -> str:
        """One short paragraph for the Bantuan (Help) button: what this screen is for and what
        to do on it, in the current language (``self.tr``). Every screen a person sees says its own."""
        return ""

    def spoken_text(self) -> str:
        """What the voice says when this screen opens (issue 23): its title and the first sentence
        of ``help_text()``. A screen whose first sentence is not its instruction says its own."""
        return " ".join(part for part in (self.title_text(), first_sentence(self.help_text())) if part)

    def title_text(self) -> str:
        """The screen's title as shown (the header's label), as plain text with a full stop."""
        for name in TITLE_NAMES:
            for label in self.findChildren(QLabel, name):
                text = " ".join(_MARKUP.sub(" ", label.text()).split())
                if text:
                    return text if text[-1] in ".!?…" else text + "."
        return ""

    def on_enter(self) -> None:
        """Called each time the screen is shown by the router."""

    def on_leave(self) -> None:
        """Called when the router shows another screen (stop what only this one needs)."""

    def wipe(self) -> None:
        """Remove personal data from every widget of this screen.

        Clears all text inputs and labels marked personal; screens holding data elsewhere
        (an image, a model) extend this and call ``super().wipe()``.
        """
        for edit in self.findChildren(QLineEdit):
            edit.setText("")  # unlike clear(), this also drops the undo history (Ctrl+Z gives nothing back)
        for plain in self.findChildren(QPlainTextEdit):
            plain.clear()
        for rich in self.findChildren(QTextEdit):
            rich.clear()
        for box in self.findChildren(QComboBox):
            if box.isEditable():
                box.clearEditText()
            box.setCurrentIndex(-1 if box.isEditable() else 0)
        for spin in self.findChildren(QAbstractSpinBox):
            spin.clear()
        for label in self.findChildren(QLabel):
            if label.property(PERSONAL):
                label.clear()
        for button in self.findChildren(QAbstractButton):
            if button.property(PERSONAL):
                button.setText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
