"""Big on-screen keys: a numeric keypad and a QWERTY keyboard.

Both type into the focused QLineEdit (or a fixed target) with real key events, so
validators, max lengths and textChanged behave exactly as with a hardware keyboard.
Their buttons never take focus, so the field being typed into keeps it. They live inside
the window: under cage there is no window manager to place a separate one.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.widgets.named import named

BACKSPACE = "⌫"
MIN_KEY = 48  # px: 9 mm on the kiosk screens (about 48 px at 1024x768 .. 1920x1080)
MAX_KEY = 64
SPACING = 6
_IMH = Qt.InputMethodHint
_DIGIT_HINTS = _IMH.ImhDigitsOnly | _IMH.ImhFormattedNumbersOnly | _IMH.ImhDialableCharactersOnly


class Layout(Enum):
    """Which keys a field wants: Qt's input method hints of the QLineEdit decide."""

    TEXT = "text"
    DIGITS = "digits"
    EMAIL = "email"


def digits(edit: QLineEdit) -> QLineEdit:
    """NIK, phone, RT/RW, postal code, AK/1 number, years, amounts: the number pad."""
    edit.setInputMethodHints(edit.inputMethodHints() | _IMH.ImhDigitsOnly)
    return edit


def email(edit: QLineEdit) -> QLineEdit:
    """An e-mail address: lower case, with @, . and .com on the first page."""
    edit.setInputMethodHints(edit.inputMethodHints() | _IMH.ImhEmailCharactersOnly | _IMH.ImhPreferLowercase)
    edit.setProperty("capitalize", False)
    return edit


def layout_for(edit: QLineEdit) -> Layout:
    hints = edit.inputMethodHints()
    if hints & _DIGIT_HINTS or edit.property("keypad") == "numeric":
        return Layout.DIGITS
    if hints & _IMH.ImhEmailCharactersOnly:
        return Layout.EMAIL
    return Layout.TEXT


def _send_key(target: QWidget | None, key: Qt.Key, text: str = "") -> None:
    if target is None:
        return
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def _key_for(text: str) -> Qt.Key:
    if text == " ":
        return Qt.Key.Key_Space
    if text.isdigit():
        return Qt.Key(Qt.Key.Key_0 + int(text))
    if text.isalpha() and text.isascii():
        return Qt.Key(Qt.Key.Key_A + ord(text.upper()) - ord("A"))
    return Qt.Key.Key_unknown


class Key(QPushButton):
    """A key keeps the size its keyboard gives it. The theme's "min-height: 0" for keys (which
    undoes the finger-high minimum of other buttons) is applied whenever a key is polished: on
    first show, when a language change rebuilds the keys, when large text or contrast restyles
    them; the minimum it leaves would let a layout squeeze the keys to 32 px."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.fixed = QSize(MAX_KEY, MAX_KEY)

    def set_size(self, width: int, height: int) -> None:
        self.fixed = QSize(width, height)
        self.setFixedSize(self.fixed)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)  # the style polishes inside this call
        if event.type() in (QEvent.Type.Polish, QEvent.Type.StyleChange):
            self.setFixedSize(self.fixed)
        return handled


class _Keys(QWidget):
    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: QLineEdit | None = None
        self.setObjectName("keys")
        self.key_size = (MAX_KEY, MAX_KEY)  # one column's width, one row's height
        self._spans: dict[Key, int] = {}

    def _button(self, label: str, handler: Callable[..., None], *, wide: int = 1, name: str | None = None) -> Key:
        """``name``: the key's object name when its label is a translated word (default: the label)."""
        button = named(Key(label), f"key_{name or label}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("role", "key")
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._spans[button] = wide
        self._size_key(button)
        button.clicked.connect(handler)
        return button

    def _size_key(self, button: Key) -> None:
        width, height = self.key_size
        span = self._spans.get(button, 1)
        button.set_size(span * width + (span - 1) * SPACING, height)

    def set_key_size(self, width: int, height: int) -> None:
        """Every key ``width`` x ``height`` px (a wide key spans several widths); never under 48 px."""
        self.key_size = (max(MIN_KEY, width), max(MIN_KEY, height))
        for button in list(self._spans):
            self._size_key(button)
        self.adjustSize()

    def columns(self) -> int:
        return 3

    def rows(self) -> int:
        return 4

    def _receiver(self) -> QWidget | None:
        """A keypad bound to one field types there; the shared dock types into the focus."""
        if self.target is not None:
            return self.target
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and not focused.isReadOnly():
            return focused
        return None

    def press(self, text: str) -> None:
        receiver = self._receiver()
        if text == BACKSPACE:
            _send_key(receiver, Qt.Key.Key_Backspace)
        else:
            _send_key(receiver, _key_for(text), text)
        self.typed.emit(text)


class NumericKeypad(_Keys):
    """1-9, backspace, 0, clear: for the NIK, phone numbers, years and rupiah amounts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(SPACING)
        grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", BACKSPACE, "0", "C"]
        for i, label in enumerate(labels):
            handler = self.clear if label == "C" else self._presser(label)
            grid.addWidget(self._button(label, handler), i // 3, i % 3)
        self.set_key_size(108, MAX_KEY)  # a pad beside a field; the dock sizes its own

    def _presser(self, text: str) -> Callable[[bool], None]:
        def press(_checked: bool = False) -> None:
            self.press(text)

        return press

    def clear(self) -> None:
        receiver = self._receiver()
        if isinstance(receiver, QLineEdit):
            receiver.clear()
        self.typed.emit("C")


class Keyboard(_Keys):
    """QWERTY with a shift, a number/punctuation page, space and backspace; or, for an e-mail
    address, the letters with @, . and .com on the first page (and no shift)."""

    LETTERS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    EMAIL_LETTERS = ("qwertyuiop", "asdfghjkl", "zxcvbnm-_")
    SYMBOLS = ("1234567890", "'.,-/@&()", "+:;_#!?")
    EMAIL_SYMBOLS = ("1234567890", ".-_+@", "!#$%&'*=?")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shift = True  # names start with a capital
        self.symbols = False
        self.email = False
        self._grid = QGridLayout(self)
        self._grid.setSpacing(SPACING)
        self._grid.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        self._keys: list[Key] = []
        self._build()

    def columns(self) -> int:
        return 10

    def _build(self) -> None:
        for key in self._keys:
            self._spans.pop(key, None)
            key.hide()
            key.deleteLater()
        self._keys = []
        if self.email:
            rows = self.EMAIL_SYMBOLS if self.symbols else self.EMAIL_LETTERS
        else:
            rows = self.SYMBOLS if self.symbols else self.LETTERS
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                label = ch.upper() if self.shift and not self.symbols and not self.email else ch
                key = self._button(label, lambda _=False, t=label: self._type(t))
                self._grid.addWidget(key, r, c)
                key.show()  # now, not at the next turn: the dock measures the page at once
                self._keys.append(key)
        # (label, action, columns, object name when the label is a translated word)
        switch = ("ABC" if self.symbols else "123", self._toggle_symbols, 2, None)
        bottom: list[tuple[str, Callable[[], None], int, str | None]]
        if self.email:
            bottom = [
                switch,
                ("@", lambda: self._type("@"), 2, None),
                (".", lambda: self._type("."), 1, None),
                (".com", lambda: self._type(".com"), 3, "dotcom"),
                (BACKSPACE, lambda: self.press(BACKSPACE), 2, None),
            ]
        else:
            bottom = [
                ("⇧", self._toggle_shift, 2, None),
                switch,
                (self.tr("spasi"), lambda: self._type(" "), 4, "space"),
                (BACKSPACE, lambda: self.press(BACKSPACE), 2, None),
            ]
        column = 0
        for label, handler, span, name in bottom:
            key = self._button(label, handler, wide=span, name=name)
            self._grid.addWidget(key, 3, column, 1, span)
            key.show()
            self._keys.append(key)
            column += span
        self.adjustSize()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._build()  # the space bar's word
        super().changeEvent(event)

    def prepare_for(self, edit: QLineEdit) -> None:
        """An empty field starts with a capital (names, places), unless it asks otherwise;
        an e-mail field gets the e-mail page."""
        mail = layout_for(edit) is Layout.EMAIL
        shift = not mail and not edit.text() and edit.property("capitalize") is not False
        if shift != self.shift or self.symbols or mail != self.email:
            self.shift, self.symbols, self.email = shift, False, mail
            self._build()

    def _type(self, text: str) -> None:
        if len(text) > 1:  # ".com": each character as its own key
            for ch in text:
                self.press(ch)
            return
        self.press(text)
        if self.shift and text.strip() and not self.symbols:
            self.shift = False  # one capital, like a phone keyboard
            self._build()

    def _toggle_shift(self) -> None:
        self.shift = not self.shift
        self._build()

    def _toggle_symbols(self) -> None:
        self.symbols = not self.symbols
        self._build()
