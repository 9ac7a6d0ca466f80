"""The photo screen with real widgets and the file camera: countdown, review, gates, faults; the
pas foto made off the GUI thread, its answer dropped when the session ended meanwhile."""

from __future__ import annotations

import threading

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt

from kiosk import i18n
from kiosk.core.photo import Thresholds
from kiosk.core.problems import TEMPLATES, Code
from kiosk.devices.camera import CameraWorker
from kiosk.devices.camera_file import FileSource
from kiosk.screens.photo import PhotoScreen
from kiosk.ui.background import Background
from tests.reliability.stall import StallMeter
from tests.reliability.thread_nice import thread_nice


class WatchedBackground(Background):
    """The kiosk's runner, noting on which thread (and at what nice) each piece of work ran and
    how far the GUI thread's stall meter ticked meanwhile; ``gate`` holds the work until set."""

    def __init__(self, meter: StallMeter | None = None) -> None:
        super().__init__()
        self.meter = meter
        self.gate = threading.Event()
        self.gate.set()
        self.ran: list[dict] = []

    def run(self, work, done, *, name="background", bulk=False):
        def watched():
            seen = {"thread": threading.current_thread(), "nice": thread_nice(threading.get_native_id())}
            seen["ticks_before"] = self.meter.ticks if self.meter else 0
            assert self.gate.wait(10), "the test never let the work go on"
            result = work()
            seen["ticks_after"] = self.meter.ticks if self.meter else 0
            self.ran.append(seen)
            return result

        super().run(watched, done, name=name, bulk=bulk)


@pytest.fixture
def screen(face, tmp_path, qtbot):
    path = tmp_path / "face.png"
    cv2.imwrite(str(path), face)
    camera = CameraWorker(FileSource(path), max_backoff_s=0.2)
    # the real countdown ticks each second; same flow
    widget = PhotoScreen(camera, Thresholds(), WatchedBackground(), tick_ms=50)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.on_enter()
    yield widget
    widget.on_leave()


def click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_countdown_capture_review_and_use(screen, qtbot):
    qtbot.waitUntil(lambda: screen.preview.image is not None, timeout=5000)
    qtbot.waitUntil(lambda: screen.preview.good, timeout=5000)
    assert "Bagus" in screen.hint.text()
    click(qtbot, screen.shoot)
    assert screen.state == "countdown" and screen.preview.countdown == 3
    qtbot.waitUntil(lambda: screen.state == "review", timeout=3000)
    assert screen.review_image.pixmap() is not None and not screen.review_image.pixmap().isNull()
    with qtbot.waitSignal(screen.accepted, timeout=1000) as used:
        click(qtbot, screen.use)
    photo = cv2.imdecode(np.frombuffer(used.args[0], np.uint8), cv2.IMREAD_COLOR)
    assert photo.shape == (480, 360, 3)


def test_a_failing_photo_is_not_accepted_and_the_reason_is_shown(screen, qtbot, face):
    screen.camera.source.set_frames([(face * 0.18).astype(np.uint8)])
    qtbot.waitUntil(lambda: "gelap" in screen.hint.text(), timeout=5000)
    click(qtbot, screen.shoot)
    qtbot.waitUntil(lambda: screen.state == "rejected", timeout=3000)
    assert "Terlalu gelap" in screen.problem.text()
    assert not screen.use.isVisible()
    click(qtbot, screen.retake)
    assert screen.state == "live"


def test_camera_stopping_offers_to_go_on_without_a_photo(screen, qtbot):
    qtbot.waitUntil(lambda: screen.preview.image is not None, timeout=5000)
    screen.camera.source.freeze()
    qtbot.waitUntil(lambda: screen.problem.text() == TEMPLATES[Code.CAMERA_STALLED], timeout=2000)
    assert not screen.shoot.isEnabled()
    assert screen.skip.property("role") == "primary"
    with qtbot.waitSignal(screen.skipped, timeout=1000):
        click(qtbot, screen.skip)


def test_wipe_forgets_the_photo(screen, qtbot):
    qtbot.waitUntil(lambda: screen.preview.good, timeout=5000)
    click(qtbot, screen.shoot)
    qtbot.waitUntil(lambda: screen.state == "review", timeout=3000)
    screen.wipe()
    assert screen.photo is None and screen.preview.image is None
    assert screen.review_image.pixmap() is None or screen.review_image.pixmap().isNull()
    assert screen.camera.capture() is None


def test_an_absent_camera_is_said_in_english_in_english_mode(tmp_path, qtbot):
    camera = CameraWorker(FileSource(tmp_path / "no-such-camera.png"), max_backoff_s=0.2)  # opening fails: absent
    i18n.set_language("en")
    widget = PhotoScreen(camera, Thresholds(), Background())
    qtbot.addWidget(widget)
    try:
        widget.show()
        widget.on_enter()
        qtbot.waitUntil(lambda: widget.problem.isVisible(), timeout=3000)
        english = "No camera was found. You can continue without a photo; an officer will take it later."
        assert widget.problem.text() == english
        assert widget.skip.text() == "Continue without a photo"  # and the way on, too
        assert not widget.shoot.isEnabled()
    finally:
        widget.on_leave()
        camera.stop()
        i18n.set_language("id")


def _shoot_held(screen, qtbot):
    """The countdown runs out with the pas foto held on its thread: the screen says it is working."""
    screen.runner.gate.clear()
    qtbot.waitUntil(lambda: screen.preview.good, timeout=5000)
    click(qtbot, screen.shoot)
    qtbot.waitUntil(lambda: screen.state == "processing", timeout=3000)


def test_while_the_photo_is_made_the_screen_says_so_and_offers_no_second_shot(screen, qtbot):
    _shoot_held(screen, qtbot)
    assert screen.hint.text() == "Sedang memproses foto…"
    assert screen.preview.isVisible() and screen.preview.image is not None  # the frame taken stays
    for button in (screen.shoot, screen.use, screen.retake, screen.back, screen.skip):
        assert not button.isVisible(), button.objectName()  # no tap can start it twice or be lost
    assert screen.cancel.isVisible()
    screen.runner.gate.set()
    qtbot.waitUntil(lambda: screen.state == "review", timeout=5000)
    assert screen.photo is not None and not screen.review_image.pixmap().isNull()
    assert screen.use.isVisible() and screen.hint.text() == "Apakah foto ini sudah bagus?"


def test_a_photo_finished_after_the_session_ended_never_comes_back(screen, qtbot):
    _shoot_held(screen, qtbot)
    screen.wipe()  # the session ends (Batal, or the idle countdown) while the photo is being made
    screen.runner.gate.set()
    qtbot.waitUntil(lambda: len(screen.runner.ran) == 1, timeout=5000)
    qtbot.wait(50)  # the answer's queued call has had its turn (it is dropped: nothing to wait for)
    assert screen.state == "live" and screen.photo is None
    assert screen.review_image.pixmap() is None or screen.review_image.pixmap().isNull()
    assert "memproses" not in screen.hint.text()


def test_a_photo_finished_after_the_screen_was_left_is_dropped(screen, qtbot):
    _shoot_held(screen, qtbot)
    screen.on_leave()
    screen.runner.gate.set()
    qtbot.waitUntil(lambda: len(screen.runner.ran) == 1, timeout=5000)
    qtbot.wait(50)
    assert screen.state == "processing" and screen.photo is None  # on_enter starts it live again
    screen.on_enter()
    assert screen.state == "live" and screen.shoot.isVisible()


def test_the_gui_thread_keeps_ticking_while_the_photo_is_made(screen, qtbot):
    meter = StallMeter().start()
    screen.runner.meter = meter
    qtbot.waitUntil(lambda: screen.preview.good, timeout=5000)
    click(qtbot, screen.shoot)
    qtbot.waitUntil(lambda: screen.state == "review", timeout=5000)
    meter.stop()
    (seen,) = screen.runner.ran
    assert seen["thread"] is not threading.main_thread()
    assert seen["nice"] == min(19, thread_nice(threading.main_thread().native_id) + 10)  # bulk: lowered
    assert seen["ticks_after"] > seen["ticks_before"]  # the GUI thread ran on while the photo was made
    assert meter.responsive(150), meter.stalls_over(150)
