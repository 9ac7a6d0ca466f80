"""A tap on Huruf Besar or Kontras Tinggi restyles what shows at once and every other screen in a
later turn of the event loop, or just before it is shown (``kiosk/ui/theme.py``, SessionStyle);
once settled, every widget looks exactly as in a kiosk whose default that look is."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.app import build, shutdown
from kiosk.ui.theme import stylesheet


def make_kiosk(cfg: Any, qtbot: Any, **overrides: object) -> Any:
    kiosk = build(cfg.with_overrides(overrides) if overrides else cfg, windowed=True)
    kiosk.window.resize(1280, 800)
    kiosk.window.show()
    qtbot.waitUntil(lambda: kiosk.assembly is not None, timeout=10_000)
    return kiosk


def look(window: QWidget) -> list[tuple[object, ...]]:
    """Every widget's font, colours and least size, in the window's (fixed) order of building;
    not the two that hold the screens (the window's central widget and the router), which draw
    nothing of their own (the screens cover them) and keep the application's sheet."""
    for _ in range(3):  # the layouts' pending requests, so that the least sizes are current
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    rows = []
    central = window.centralWidget()
    router = window.router
    for widget in window.findChildren(QWidget):
        if widget is central or widget.isAncestorOf(router) or widget is router:
            continue
        widget.ensurePolished()
        font, palette = widget.font(), widget.palette()
        rows.append((
            type(widget).__name__, widget.objectName(), font.pixelSize(), font.bold(),
            palette.color(widget.foregroundRole()).name(), palette.color(widget.backgroundRole()).name(),
            # a container's least size comes from its layout, which Qt recomputes only once shown
            widget.minimumSizeHint().toTuple() if widget.layout() is None else None,
        ))  # fmt: skip
    return rows


MOVING = {"welcome", "identify", "photo"}  # the card's tap animation, the camera's live picture


def pictures(window: Any) -> dict[str, QImage]:
    """Each screen as drawn (the router's area, without the status bar's clock)."""
    drawn = {}
    for screen in window.router.screens():
        if screen.name in MOVING:
            continue
        focused = QApplication.focusWidget()
        if focused is not None:  # a tapped toggle's focus would pass to the next screen's first list
            focused.clearFocus()
        window.router.setCurrentWidget(screen)  # drawn as it was built: no on_enter, no session
        for _ in range(3):
            QApplication.sendPostedEvents()
            QApplication.processEvents()
        drawn[screen.name] = window.router.grab().toImage()
    window.router.setCurrentWidget(window.router.get("welcome"))
    return drawn


def text_size(screen: QWidget, name: str = "subtitle") -> int:
    label = screen.findChild(QLabel, name)
    assert label is not None, name
    return label.font().pixelSize()


def test_a_tap_restyles_what_shows_at_once_and_each_other_screen_later(cfg, qtbot):
    kiosk = make_kiosk(cfg, qtbot)
    try:
        window, style = kiosk.window, kiosk.window.session_style
        welcome, consent = window.router.get("welcome"), window.router.get("consent")
        clock = window.status_bar.clock_label
        normal = text_size(welcome, "title"), text_size(consent), clock.font().pixelSize()

        # the tap: the screen showing and the status bar are large before the next turn of the loop
        qtbot.mouseClick(welcome.large_text_button, Qt.MouseButton.LeftButton)
        assert text_size(welcome, "title") > normal[0] and clock.font().pixelSize() > normal[2]
        assert text_size(consent) == normal[1], "a hidden screen is restyled in a later turn, not in the tap"
        assert style.sheet == stylesheet(large_text=True)
        qtbot.waitUntil(lambda: style.settled, timeout=10_000)
        assert text_size(consent) > normal[1]

        # back to normal, and a screen shown before its turn came: restyled before it is drawn
        qtbot.mouseClick(welcome.large_text_button, Qt.MouseButton.LeftButton)
        assert style.sheet == "" and text_size(welcome, "title") == normal[0]
        window.go("consent")
        assert text_size(consent) == normal[1]
        qtbot.waitUntil(lambda: style.settled, timeout=10_000)

        # the session's end puts the kiosk's default look back on every part
        window.go("welcome")
        qtbot.mouseClick(welcome.contrast_button, Qt.MouseButton.LeftButton)
        assert style.sheet == stylesheet(high_contrast=True)
        window.end_session("done")
        assert style.sheet == ""
        qtbot.waitUntil(lambda: style.settled, timeout=10_000)
        assert not welcome.contrast_button.isChecked()
    finally:
        shutdown(kiosk)


def test_the_tapped_look_is_the_look_of_a_kiosk_whose_default_it_is(cfg, qtbot):
    tapped = make_kiosk(cfg, qtbot)
    try:
        welcome = tapped.window.router.get("welcome")
        qtbot.mouseClick(welcome.large_text_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(welcome.contrast_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tapped.window.session_style.settled, timeout=10_000)
        after_tap, tapped_pictures = look(tapped.window), pictures(tapped.window)
    finally:
        shutdown(tapped)
    default = make_kiosk(cfg, qtbot, **{"kiosk.large_text": True, "kiosk.high_contrast": True})
    try:
        assert default.window.session_style.sheet == ""  # the application's own sheet is this look
        as_default, own_pictures = look(default.window), pictures(default.window)
    finally:
        shutdown(default)
    assert len(after_tap) == len(as_default) > 900
    differ = [(tap, own) for tap, own in zip(after_tap, as_default, strict=True) if tap != own]
    assert not differ, "\n".join(f"{a} != {b}" for a, b in differ[:40])
    assert tapped_pictures.keys() == own_pictures.keys() and len(own_pictures) > 15
    unlike = [name for name, picture in tapped_pictures.items() if picture != own_pictures[name]]
    assert not unlike, f"drawn otherwise than in a kiosk whose default the look is: {unlike}"
