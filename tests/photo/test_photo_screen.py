"""The photo screen with real widgets and the file camera: countdown, review, gates, faults."""

from __future__ import annotations

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


@pytest.fixture
def screen(face, tmp_path, qtbot):
    path = tmp_path / "face.png"
    cv2.imwrite(str(path), face)
    camera = CameraWorker(FileSource(path), max_backoff_s=0.2)
    widget = PhotoScreen(camera, Thresholds(), tick_ms=50)  # the real countdown ticks each second; same flow
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
    widget = PhotoScreen(camera, Thresholds())
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
