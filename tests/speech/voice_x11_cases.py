"""The cases of ``test_voice_x11.py``: the voice's "touch to hear, touch again to choose" with real
X pointer events from ``xdotool`` on an Xvfb (QT_QPA_PLATFORM=xcb), in a pytest of their own."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QScroller

from kiosk.devices.speech_simulated import SimulatedSpeech
from tests.touch import x11_cases
from tests.touch.x11_cases import drag, global_rect, spot, tap

if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
    pytest.skip("run by test_voice_x11.py on an Xvfb", allow_module_level=True)

kiosk = x11_cases.kiosk  # the fixture: the kiosk fullscreen on the Xvfb, as the touch cases run it


@pytest.fixture
def cfg(cfg):
    return cfg.with_overrides({"speech.backend": "simulated"})


def said(kiosk) -> list[str]:
    speech = kiosk.window.voice.speech
    assert isinstance(speech, SimulatedSpeech)
    return [s.text for s in speech.said]


def test_a_real_tap_turns_the_voice_on_then_a_tile_is_heard_then_chosen(kiosk, qtbot):
    window = kiosk.window
    tap(window.status_bar.voice_button)  # the voice is off: this tap acts at once
    qtbot.waitUntil(lambda: window.voice.enabled, timeout=3000)
    tile = window.router.get("welcome").tiles["severance"]
    tap(tile)
    qtbot.waitUntil(lambda: window.voice.speech is not None and said(kiosk)[-1] == tile.text().replace("\n", " "),
                    timeout=3000)  # fmt: skip
    assert window.router.current_name == "welcome"  # heard, not chosen
    tap(tile)  # the second touch, well within 2 s (and within a double-click's time: Qt's double click)
    qtbot.waitUntil(lambda: window.router.current_name == "severance", timeout=3000)
    qtbot.waitUntil(lambda: said(kiosk)[-1].startswith("Simulasi Pesangon."), timeout=3000)


def test_a_drag_that_starts_on_a_button_in_voice_mode_scrolls_and_neither_speaks_nor_acts(kiosk, qtbot):
    parts, window = kiosk.assembly, kiosk.window
    parts.card_reader.tap(0)
    qtbot.waitUntil(lambda: window.router.current_name == "consent", timeout=10_000)
    parts.flow.consent.agree.click()
    personal = parts.flow.steps[0]
    qtbot.waitUntil(lambda: personal.religion.buttons["islam"].width() > 50, timeout=5000)
    personal.religion.set_value(None)
    window.voice.set_enabled(True)
    bar = personal.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    bar.setValue(bar.maximum())
    button = personal.religion.buttons["islam"]
    qtbot.waitUntil(lambda: global_rect(personal.scroll_area.viewport()).contains(spot(button)), timeout=3000)
    before = len(said(kiosk))
    drag(qtbot, spot(button), 150)
    qtbot.waitUntil(lambda: bar.value() < bar.maximum(), timeout=5000)
    assert personal.religion.value() is None and len(said(kiosk)) == before
    scroller = QScroller.scroller(personal.scroll_area.viewport())
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)  # the glide is over
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: global_rect(personal.scroll_area.viewport()).contains(spot(button)), timeout=3000)
    tap(button)
    qtbot.waitUntil(lambda: len(said(kiosk)) > before, timeout=3000)
    assert personal.religion.value() is None  # heard
    tap(button)
    qtbot.waitUntil(lambda: personal.religion.value() == "islam", timeout=3000)  # chosen
