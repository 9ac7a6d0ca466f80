"""Low reach ("Jangkauan Rendah"): every control of the screen in the lower two thirds of the
window, for a person in a wheelchair or of a child's height.

Done once for all screens, not screen by screen: while it is on, the top third of the window is
a band that holds words only, and the screens (the router) sit below it in a scroll area. A
screen that fits in what is left is shown at that height (a form scrolls in its own list as
always); a taller one (the welcome tiles, the photo) keeps its height and scrolls, so no control
is squeezed below a finger's size. The status bar stays at the bottom, the questions and the
Bantuan card over the whole window keep their buttons at their bottom, below the middle.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.router import Router
from kiosk.widgets.named import named
from kiosk.widgets.touch_scroll import kinetic


class ReachBand(QFrame):
    """The top third while low reach is on: a line saying where the buttons went, nothing to touch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reachBand")
        self.note = named(QLabel(), "hint")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(40, 12, 40, 16)
        column.addStretch(1)
        column.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        self.note.setText(self.tr("Jangkauan rendah: semua tombol ada di bagian bawah layar."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LowReach(QObject):
    """Moves the router below a band of a third of the window's height while on.

    ``column`` is the window's layout that holds ``router`` (and the status bar under it)."""

    changed = Signal(bool)

    def __init__(self, window: QWidget, column: QVBoxLayout, router: Router) -> None:
        super().__init__(window)
        self._window = window
        self._column = column
        self._router = router
        self.on = False
        # the band and the scroll area are built at their first use (8 ms of the start, most of it
        # the first QScrollArea, for a mode that is mostly off): see ``parts``
        self._parts: tuple[ReachBand, QScrollArea] | None = None
        router.changed.connect(self._on_screen_changed)
        window.installEventFilter(self)

    @property
    def band(self) -> ReachBand:
        return self.parts()[0]

    @property
    def area(self) -> QScrollArea:
        return self.parts()[1]

    def parts(self) -> tuple[ReachBand, QScrollArea]:
        """The band and the scroll area, built (hidden, the router not in them) at the first call."""
        if self._parts is None:
            band = ReachBand()
            area = named(QScrollArea(), "reachArea")
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setWidgetResizable(False)  # the screen's height is set by _fit, not the area
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # a drag on what is not a button scrolls a tall screen (made while the area is empty:
            # the screens' buttons keep their own lists' drag, not this one's too)
            kinetic(area)
            at = self._column.indexOf(self._router)
            self._column.insertWidget(at, band)
            self._column.insertWidget(at + 1, area, 1)
            band.hide()
            area.hide()
            area.viewport().installEventFilter(self)
            self._parts = (band, area)
        return self._parts

    def set_on(self, on: bool) -> None:
        if on == self.on:
            return
        self.on = on
        if on:
            self._column.removeWidget(self._router)
            self.area.setWidget(self._router)
            self.band.show()
            self.area.show()
        else:
            self.area.takeWidget()
            self.band.hide()
            self.area.hide()
            self._column.insertWidget(self._column.indexOf(self.area) + 1, self._router, 1)
            self._router.lower()  # back under the overlays (the Bantuan card it may be turned off from)
            self._router.show()
        self._fit()
        self.changed.emit(on)

    @property
    def top_inset(self) -> int:
        """The band's height: the top third of the window, where no control goes."""
        return -(-self._window.height() // 3)

    def _on_screen_changed(self, _name: str, _ms: float) -> None:
        self._fit()
        if self._parts is not None:
            self.area.verticalScrollBar().setValue(0)  # each screen starts at its top

    def _fit(self) -> None:
        if not self.on:
            return
        self.band.setFixedHeight(self.top_inset)
        viewport = self.area.viewport()
        screen = self._router.currentWidget()
        room = viewport.height()
        height = room
        if screen is not None:
            least = screen.minimumSizeHint().height()
            layout = screen.layout()
            if layout is not None and layout.hasHeightForWidth():
                # wrapped words need more lines in the narrower room; squeezed, they would be cut
                least = max(least, layout.totalMinimumHeightForWidth(viewport.width()))
            if least > room:  # it scrolls anyway: at its comfortable height
                height = max(least, screen.sizeHint().height())
        self._router.resize(viewport.width(), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self.on and kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._fit()
        return False
