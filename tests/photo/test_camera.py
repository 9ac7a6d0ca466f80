"""The camera worker on the file camera: frames, stall detection, recovery, absence."""

from __future__ import annotations

import cv2
import pytest

from kiosk.core.problems import Code, Problem
from kiosk.devices.camera import CameraWorker, make_camera
from kiosk.devices.camera_file import FileSource


@pytest.fixture
def camera(face, tmp_path):
    path = tmp_path / "face.png"
    cv2.imwrite(str(path), face)
    worker = CameraWorker(FileSource(path), max_backoff_s=0.2)
    yield worker
    worker.stop()


def test_frames_arrive_mirrored_with_analysis(camera, qtbot):
    frames = []
    camera.signals.frame.connect(frames.append)
    camera.start()
    qtbot.waitUntil(lambda: any(f.analysis is not None for f in frames), timeout=5000)
    analysed = next(f for f in frames if f.analysis is not None)
    assert analysed.analysis.ok
    assert (analysed.image.width(), analysed.image.height()) == (640, 480)
    assert camera.capture().shape == (480, 640, 3)
    assert camera.state == "ok"


@pytest.mark.parametrize("fault", ["unplug", "freeze"])
def test_frames_stopping_or_repeating_is_said_within_2_s_and_recovers(camera, qtbot, fault):
    with qtbot.waitSignal(camera.signals.state_changed, timeout=5000, check_params_cb=lambda s, _m: s == "ok"):
        camera.start()
    with qtbot.waitSignal(camera.signals.state_changed, timeout=2000) as stalled:
        getattr(camera.source, fault)()
    assert stalled.args == ["stalled", Problem(Code.CAMERA_STALLED)]
    if fault == "unplug":
        qtbot.waitUntil(lambda: camera.state == "absent", timeout=3000)  # reopening fails while unplugged
    with qtbot.waitSignal(camera.signals.state_changed, timeout=5000) as back:
        camera.source.plug_in()
    assert back.args[0] == "ok"


def test_absent_at_start_then_plugged_in(tmp_path, qtbot, face):
    source = FileSource(tmp_path / "face.png")  # not there yet
    worker = CameraWorker(source, max_backoff_s=0.2)
    try:
        with qtbot.waitSignal(worker.signals.state_changed, timeout=3000) as absent:
            worker.start()
        assert absent.args == ["absent", Problem(Code.CAMERA_ABSENT)]
        cv2.imwrite(str(tmp_path / "face.png"), face)
        qtbot.waitUntil(lambda: worker.state == "ok", timeout=5000)
    finally:
        worker.stop()


def test_session_end_drops_the_picture(camera, qtbot):
    camera.start()
    qtbot.waitUntil(lambda: camera.capture() is not None, timeout=5000)
    camera.stop()
    assert camera.capture() is None


def test_factory_picks_the_source(cfg):
    assert isinstance(make_camera(cfg).source, FileSource)  # "simulated"
    opencv = make_camera(cfg.with_overrides({"camera.source": "/dev/v4l/by-id/usb-cam-video-index0"}))
    assert type(opencv.source).__name__ == "OpenCvSource"
    assert not opencv.source.open()  # no such camera here: absent, not a crash
