"""The Bantuan (Help) card over the whole window: what the current screen is for, who to call,
and one big "Tutup". A child of the window like the confirmation overlay (under cage there is
no window manager to place a top-level dialog); the screen under it keeps everything typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.widgets.named import named
from kiosk.widgets.touch_scroll import kinetic


class HelpOverlay(QFrame):
    closed = Signal()
    #: the "Jangkauan Rendah" toggle, here so that it is within reach on every screen
    low_reach_toggled = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")  # the same dimmed backdrop as the other questions
        self.box = box = named(QFrame(self), "dialog")
        self.title = named(QLabel(), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.text = named(QLabel(), "helpText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.office = named(QLabel(), "helpOffice")
        self.office.setWordWrap(True)
        self.office.setTextFormat(Qt.TextFormat.PlainText)
        self.words = words = QWidget()
        column = QVBoxLayout(words)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(18)
        column.addWidget(self.text)
        column.addWidget(self.office)
        column.addStretch(1)
        # large text on a small screen: the words scroll, the Tutup button stays in reach
        self.words_area = QScrollArea()
        self.words_area.setWidgetResizable(True)
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_area.setWidget(words)
        kinetic(self.words_area)  # a finger drags the words, as on every screen
        self.close_button = named(QPushButton(), "helpClose")
        self.close_button.setProperty("role", "primary")
        self.close_button.clicked.connect(self.close_help)
        self.reach_button = named(QPushButton(), "helpLowReach")
        self.reach_button.setCheckable(True)
        self.reach_button.setProperty("role", "toggle")
        self.reach_button.toggled.connect(self.low_reach_toggled)
        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        buttons.addWidget(self.reach_button)
        buttons.addWidget(self.close_button, 1)
        inner = QVBoxLayout(box)
        inner.setSpacing(20)
        inner.addWidget(self.title)
        inner.addWidget(self.words_area, 1)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addStretch(1)
        self.hide()

    def open_help(self, title: str, text: str, office: str, close: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.office.setText(office)
        self.close_button.setText(close)
        self.reach_button.setText(self.tr("Jangkauan Rendah"))
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self._fit()
        self.words_area.verticalScrollBar().setValue(0)

    def _fit(self) -> None:
        """As tall as the words need, at most what the window leaves beside the title and button."""
        margin = 48
        self.box.setFixedWidth(min(900, max(320, self.width() - 2 * margin)))
        self.words_area.setMinimumHeight(0)
        self.words_area.setMaximumHeight(16777215)
        layout = self.box.layout()
        if layout is not None:
            layout.activate()
        needed = self.words.heightForWidth(self.words_area.viewport().width())
        if needed < 0:
            needed = self.words.sizeHint().height()
        others = self.box.sizeHint().height() - self.words_area.sizeHint().height()
        room = self.height() - 2 * margin - others
        self.words_area.setFixedHeight(max(60, min(needed + 4, room)))

    def set_low_reach(self, on: bool) -> None:
        self.reach_button.setChecked(on)

    def close_help(self) -> None:
        self.hide()
        self.closed.emit()
