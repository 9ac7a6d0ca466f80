"""Form pieces for touch: a labelled field with its error beside it, and big choice buttons."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QMetaObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.widgets.keypad import Layout, digits, email
from kiosk.widgets.named import named


class Field(QWidget):
    """Label above, a one-line input, and the error sentence under it (words, not colour alone)."""

    def __init__(
        self,
        editor: QLineEdit | None = None,
        *,
        max_length: int = 120,
        numeric: bool = False,
        keys: Layout = Layout.TEXT,
        parent: QWidget | None = None,
    ) -> None:
        """``keys``: the on-screen keys the field wants (``numeric=True`` is ``Layout.DIGITS``)."""
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("fieldLabel")
        self.label.setWordWrap(True)  # large text: a long label wraps, the field keeps its width
        self.editor = editor or QLineEdit()
        self.editor.setMaxLength(max_length)  # 2,000 pasted characters stop at the limit
        if numeric or keys is Layout.DIGITS:
            digits(self.editor)  # the dock shows the number pad
        elif keys is Layout.EMAIL:
            email(self.editor)
        # while an error shows: a connection that re-runs the failed check at each edit. Held by Qt,
        # not in a Python attribute: a closure over the screen kept on a child widget made a reference
        # cycle that PySide's garbage collection crashed on once the screen was deleted
        self._recheck_link: QMetaObject.Connection | None = None
        self.editor.textEdited.connect(self._edited)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.label)
        column.addWidget(self.editor)
        column.addWidget(self.error)

    def text(self) -> str:
        return self.editor.text()

    def set_text(self, text: str) -> None:
        self.editor.setText(text)

    def set_locked(self, locked: bool) -> None:
        """Data read from the e-KTP is shown but cannot be changed."""
        self.editor.setReadOnly(locked)
        self.editor.setProperty("locked", locked)

    def show_error(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.show()
        self.editor.setProperty("invalid", True)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)

    def recheck_with(self, passes: Callable[[], bool] | None) -> None:
        """While an error shows, each edit asks ``passes()``; the error goes once it says True.
        ``None``: any edit may be the correction, so the next edit takes the error away."""
        self._forget_recheck()
        if passes is not None:

            def recheck(_text: str) -> None:
                if passes():
                    self.clear_error()

            self._recheck_link = self.editor.textEdited.connect(recheck)

    def _forget_recheck(self) -> None:
        if self._recheck_link is not None:
            self.editor.textEdited.disconnect(self._recheck_link)
            self._recheck_link = None

    def _edited(self, _text: str) -> None:
        if not self.error.isHidden() and self._recheck_link is None:
            self.clear_error()

    def clear_error(self) -> None:
        self._forget_recheck()
        self.error.clear()
        self.error.hide()
        self.editor.setProperty("invalid", False)
        self.editor.style().unpolish(self.editor)
        self.editor.style().polish(self.editor)


class Choice(QWidget):
    """A row (or grid) of big toggle buttons, one of which is chosen: value codes, shown labels."""

    changed = Signal(str)

    def __init__(self, options: Sequence[tuple[str, str]], *, columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("fieldLabel")
        self.label.setWordWrap(True)  # large text: a long label wraps, the field keeps its width
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.hide()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.changed.connect(lambda _code: self.clear_error())  # a choice made answers "choose one"
        self.buttons: dict[str, QPushButton] = {}
        self._columns = columns
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        self.set_options(options)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addLayout(self._grid)
        column.addWidget(self.error)

    def set_options(self, options: Sequence[tuple[str, str]]) -> None:
        """Replace the buttons (choices that come from data, such as the vacancy sectors)."""
        for button in self.buttons.values():
            self._group.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        for i, (code, text) in enumerate(options):
            button = named(QPushButton(text), f"choice_{code}")
            button.setCheckable(True)
            button.setProperty("role", "toggle")
            self._group.addButton(button)
            self.buttons[code] = button
            button.toggled.connect(lambda on, c=code: self.changed.emit(c) if on else None)
            self._grid.addWidget(button, i // self._columns, i % self._columns)

    def set_texts(self, texts: dict[str, str]) -> None:
        for code, text in texts.items():
            self.buttons[code].setText(text)

    def value(self) -> str | None:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, code: str | None) -> None:
        self._group.setExclusive(False)
        for c, button in self.buttons.items():
            button.setChecked(c == code)
        self._group.setExclusive(True)

    def set_locked(self, locked: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not locked or button.isChecked())

    def show_error(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.show()

    def clear_error(self) -> None:
        self.error.hide()


def row(*widgets: QWidget, stretch: Sequence[int] | None = None) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setSpacing(18)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, stretch[i] if stretch else 1)
    return layout
