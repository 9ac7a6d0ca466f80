"""Spoken guidance (issue 23): "touch to hear, touch again to choose", once for the whole app.

While the voice is on (the status bar's Suara button, or the kiosk's default ``speech.enabled``):

- each screen says its ``spoken_text()`` (its title and one-sentence instruction) when it opens;
- a touch on a button says its label and does nothing else; a second touch on the same button
  within ``SECOND_TOUCH_MS`` acts (a touch after that, or on another button, speaks again). A list
  row (the vacancies, the occupations) does the same: the first touch says the row;
- a touch on a field acts at once (the keyboard opens) and says the field's name;
- the keys of the on-screen keyboard and number pad act at once and say the key: a NIK is 16 keys,
  and a second touch on each would double the typing of someone who already types slowly. The
  key said back is the check; a wrong one is undone with the backspace key, which says so too;
- an error label (objectName ``error``) is said when it shows a new text, and a question or card
  over the screen (a ``dialog`` frame: "Batalkan pendaftaran?", "Masih di sana?", Bantuan) is
  read when it opens.

It is an application-wide event filter: no screen knows about it. The decision is taken on the
release, the moment Qt would click: the press still reaches the button (its pressed look, and a
drag that starts on it still scrolls the list under it), and a release that is only to be heard
finds the button no longer down, so Qt lets it go without a click. A list row's release is kept
from the list, so it emits no ``itemClicked``.

Speaking never blocks: the engine (``kiosk.devices.speech``) runs espeak-ng from its own thread.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QScroller,
    QWidget,
)

from kiosk.core.spoken import Lang
from kiosk.devices.speech import Speech
from kiosk.i18n import current_language
from kiosk.screens.base import Screen
from kiosk.widgets.keypad import BACKSPACE, NumericKeypad

log = logging.getLogger(__name__)

SECOND_TOUCH_MS = 2000  # "touch again within 2 s to choose"
ERROR_CHECK_MS = 300  # how often a shown error label is looked for while the voice is on
ERROR_NAME = "error"  # the objectName of every label that shows a problem
FIELD_LABEL_NAME = "fieldLabel"  # the label above a form field (widgets/form.py)
DIALOG_NAME = "dialog"  # the box of every overlay (confirm questions, idle question, Bantuan)
DIALOG_TEXTS = ("title", "subtitle", "helpText")  # its labels that are read, in this order

_MOVING = (QScroller.State.Dragging, QScroller.State.Scrolling)
_MARKUP = re.compile(r"<[^>]+>")
_DECORATION = str.maketrans("", "", "‹›«»→←✓✔⚠★•▸▶◀&")


def plain(text: str) -> str:
    """A label's text as it is to be heard: no markup, no arrows or marks, one line."""
    text = _MARKUP.sub(" ", text).translate(_DECORATION)
    return " ".join(text.split())


class VoiceGuide(QObject):
    """The voice of one kiosk window. ``screen`` gives the screen showing (the router's current one)."""

    toggled = Signal(bool)  # the voice is on / off now
    held = Signal(QObject)  # a touch was spoken and not acted on (tests and the tap bench count these)

    def __init__(self, screen: Callable[[], QWidget | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screen = screen
        self.speech: Speech | None = None
        self.clock: Callable[[], float] = time.monotonic  # seconds; a test steps its own
        self.default_on = False
        self.enabled = False
        self._armed: tuple[object, float] | None = None  # (button or (list, row), when) of the first touch
        self._heard_errors: set[str] = set()
        self._open_dialogs: set[int] = set()
        self._errors = QTimer(self)
        self._errors.setInterval(ERROR_CHECK_MS)
        self._errors.timeout.connect(self._check_errors)

    # --- set up ------------------------------------------------------------------------------

    def set_speech(self, speech: Speech | None) -> None:
        if self.speech is not None and self.speech is not speech:
            self.speech.close()
        self.speech = speech

    def set_volume(self, volume: int) -> None:
        if self.speech is not None:
            self.speech.set_volume(volume)

    def set_default(self, on: bool) -> None:
        """The kiosk's default (``speech.enabled``): what each session starts with."""
        self.default_on = on

    def close(self) -> None:
        self._errors.stop()
        if self.speech is not None:
            self.speech.close()

    # --- on and off ---------------------------------------------------------------------------

    def set_enabled(self, on: bool, *, announce: bool = True) -> None:
        if on == self.enabled:
            return
        self.enabled = on
        self._armed = None
        self._heard_errors = set()
        self._open_dialogs = set()
        if on:
            self._errors.start()
            if announce:
                self.say(" ".join(filter(None, (self.tr("Suara aktif."), self._screen_text()))))
        else:
            self._errors.stop()
            self.stop()
        log.info("voice %s", "on" if on else "off")
        self.toggled.emit(on)

    def session_ended(self) -> None:
        """Silence at once, forget the touch waiting for its second, and go back to the default."""
        self.stop()
        self._armed = None
        self.set_enabled(self.default_on, announce=False)

    # --- speaking -----------------------------------------------------------------------------

    @staticmethod
    def language() -> Lang:
        return "en" if current_language() == "en" else "id"

    def say(self, text: str) -> None:
        """Speak now (instead of whatever was being said), if there is anything to say."""
        text = text.strip()
        if text and self.speech is not None:
            self.speech.say(text, self.language())

    def read_aloud(self, text: str) -> None:
        """A "Bacakan" button: asked for by the person, so spoken with the voice on or off."""
        self.say(text)

    def guide(self, text: str) -> None:
        """Speak only while the voice is on (a screen's own announcement, an overlay's question)."""
        if self.enabled:
            self.say(text)

    def stop(self) -> None:
        if self.speech is not None:
            self.speech.stop()

    def _screen_text(self) -> str:
        screen = self._screen()
        return screen.spoken_text() if isinstance(screen, Screen) else ""

    def screen_shown(self) -> None:
        """The router opened a screen: its title and instruction, and no touch carried over."""
        self._armed = None
        self._heard_errors = set()
        if self.enabled:
            self.say(self._screen_text())

    # --- touch to hear, touch again to choose ---------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled:
            return False
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            if isinstance(event, QFocusEvent) and event.reason() == Qt.FocusReason.MouseFocusReason:
                self.say(self.field_words(watched))  # a field acts at once: it says what goes in it
            return False
        if event.type() != QEvent.Type.MouseButtonRelease:
            return False
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        if isinstance(watched, QAbstractButton):
            return self._button_released(watched)
        view = watched.parent() if isinstance(watched, QWidget) else None
        if isinstance(view, QAbstractItemView) and watched is view.viewport():
            return self._row_released(view, event)
        return False

    def _button_released(self, button: QAbstractButton) -> bool:
        if not button.isDown():
            return False  # a drag took the finger away, or the release is off the button: no click anyway
        if button.property("role") == "key":
            self.say(self.key_words(button))
            return False  # keys act at once
        if self._second_touch(button):
            return False  # acts
        self.say(self.button_words(button))
        button.setDown(False)  # the release now finds it up: Qt lets it go without a click
        self.held.emit(button)
        return False

    def _row_released(self, view: QAbstractItemView, event: QMouseEvent) -> bool:
        viewport = view.viewport()
        if QScroller.hasScroller(viewport) and QScroller.scroller(viewport).state() in _MOVING:
            return False  # the end of a drag that scrolled the list: no row was touched
        index = view.indexAt(event.position().toPoint())
        if not index.isValid():
            return False
        if self._second_touch((view, index.row())):
            return False
        text = index.data(Qt.ItemDataRole.AccessibleTextRole) or index.data(Qt.ItemDataRole.DisplayRole) or ""
        self.say(plain(str(text)))
        self.held.emit(view)
        return True  # the list never sees the release: no itemClicked

    def _second_touch(self, target: object) -> bool:
        """True when ``target`` was touched (and heard) less than 2 s ago; else it is armed now."""
        now = self.clock()
        armed = self._armed
        if armed is not None and armed[0] == target and (now - armed[1]) * 1000 <= SECOND_TOUCH_MS:
            self._armed = None
            return True
        self._armed = (target, now)
        return False

    def button_words(self, button: QAbstractButton) -> str:
        words = plain(button.accessibleName() or button.text() or button.toolTip())
        if not words:
            words = self.tr("Tombol")
        if button.isCheckable() and button.isChecked():
            words = self.tr("%1, terpilih").replace("%1", words)
        return words

    @staticmethod
    def field_words(edit: QLineEdit) -> str:
        """A field's name: its accessible name, else the label above it (``fieldLabel``), else its
        placeholder. What is in it is not said: it may be a NIK, and the keys said it as typed."""
        words = edit.accessibleName()
        parent = edit.parentWidget()
        if not words and parent is not None:
            label = parent.findChild(QLabel, FIELD_LABEL_NAME)
            words = label.text() if label is not None else ""
        return plain(words or edit.placeholderText())

    def key_words(self, key: QAbstractButton) -> str:
        label = key.text()
        named = {
            BACKSPACE: self.tr("hapus"),
            "⇧": self.tr("huruf besar"),
            "123": self.tr("angka dan tanda"),
            "ABC": self.tr("huruf"),
            "@": self.tr("et"),
            ".": self.tr("titik"),
            ",": self.tr("koma"),
            "-": self.tr("strip"),
            "/": self.tr("garis miring"),
            ".com": self.tr("titik com"),
        }
        if label == "C" and isinstance(key.parentWidget(), NumericKeypad):
            return self.tr("kosongkan")
        if label not in named and self._typing_a_secret(key):
            return self.tr("bintang")  # a PIN or a token is never said aloud: a star, as the field shows
        if key.objectName() == "key_space":
            return self.tr("spasi")
        return named.get(label, label)

    @staticmethod
    def _typing_a_secret(key: QAbstractButton) -> bool:
        """The key types into a field that hides what is typed (the staff PIN, the SIKER token)."""
        target = getattr(key.parentWidget(), "target", None) or QApplication.focusWidget()
        return isinstance(target, QLineEdit) and target.echoMode() != QLineEdit.EchoMode.Normal

    # --- errors -------------------------------------------------------------------------------

    def _check_errors(self) -> None:
        self._check_dialogs()
        screen = self._screen()
        if screen is None:
            return
        shown = {
            plain(label.text())
            for label in screen.findChildren(QLabel, ERROR_NAME)
            if label.isVisible() and label.text().strip()
        }
        new = sorted(shown - self._heard_errors)
        self._heard_errors = shown
        if new:
            self.say(". ".join(new))

    def _check_dialogs(self) -> None:
        window = self.parent()
        if not isinstance(window, QWidget):
            return
        shown = [box for box in window.findChildren(QFrame, DIALOG_NAME) if box.isVisible()]
        opened = [box for box in shown if id(box) not in self._open_dialogs]
        self._open_dialogs = {id(box) for box in shown}
        for box in opened:
            texts = [
                plain(label.text())
                for name in DIALOG_TEXTS
                for label in box.findChildren(QLabel, name)
                if label.isVisible() and label.text().strip()
            ]
            self.say(" ".join(text if text[-1:] in ".!?" else text + "." for text in texts))
