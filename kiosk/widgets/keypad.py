"""Big on-screen keys: a numeric keypad and a QWERTY keyboard.

Both type into the focused QLineEdit (or a fixed target) with real key events, so
validators, max lengths and textChanged behave exactly as with a hardware keyboard.
Their buttons never take focus, so the field being typed into keeps it. They live inside
the window: under cage there is no window manager to place a separate one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget

from kiosk.widgets.named import named

BACKSPACE = "⌫"


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


class _Keys(QWidget):
    typed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target: QLineEdit | None = None
        self.setObjectName("keys")

    def _button(
        self, label: str, handler: Callable[..., None], *, wide: int = 1, name: str | None = None
    ) -> QPushButton:
        """``name``: the key's object name when its label is a translated word (default: the label)."""
        button = named(QPushButton(label), f"key_{name or label}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setProperty("role", "key")
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.setMinimumSize(64 * wide, 64)
        button.clicked.connect(handler)
        return button

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
        grid.setSpacing(8)
        labels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", BACKSPACE, "0", "C"]
        for i, label in enumerate(labels):
            handler = self.clear if label == "C" else self._presser(label)
            grid.addWidget(self._button(label, handler), i // 3, i % 3)

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
    """QWERTY with a shift, a number/punctuation page, space and backspace."""

    LETTERS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    SYMBOLS = ("1234567890", "'.,-/@&()", "+:;_#!?")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shift = True  # names start with a capital
        self.symbols = False
        self._grid = QGridLayout(self)
        self._grid.setSpacing(6)
        self._keys: list[QPushButton] = []
        self._build()

    def _build(self) -> None:
        for key in self._keys:
            key.deleteLater()
        self._keys = []
        rows = self.SYMBOLS if self.symbols else self.LETTERS
        for r, row in enumerate(rows):
            for c, ch in enumerate(row):
                label = ch.upper() if self.shift and not self.symbols else ch
                key = self._button(label, lambda _=False, t=label: self._type(t))
                self._grid.addWidget(key, r, c)
                self._keys.append(key)
        # (label, action, columns, object name when the label is a translated word)
        bottom: list[tuple[str, Callable[[], None], int, str | None]] = [
            ("⇧", self._toggle_shift, 2, None),
            ("ABC" if self.symbols else "123", self._toggle_symbols, 2, None),
            (self.tr("spasi"), lambda: self._type(" "), 4, "space"),
            (BACKSPACE, lambda: self.press(BACKSPACE), 2, None),
        ]
        column = 0
        for label, handler, span, name in bottom:
            key = self._button(label, handler, wide=span // 2, name=name)
            self._grid.addWidget(key, 3, column, 1, span)
            self._keys.append(key)
            column += span

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._build()  # the space bar's word
        super().changeEvent(event)

    def prepare_for(self, edit: QLineEdit) -> None:
        """An empty field starts with a capital (names, places), unless it asks otherwise."""
        shift = not edit.text() and edit.property("capitalize") is not False
        if shift != self.shift or self.symbols:
            self.shift, self.symbols = shift, False
            self._build()

    def _type(self, text: str) -> None:
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
