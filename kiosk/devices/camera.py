"""The camera: a frame source behind a small interface, run by a worker thread.

The worker owns the source: it opens it, reads frames, watches that they keep coming
(OpenCV may go on returning the last frame of an unplugged camera, so freshness is checked
here, not trusted), reopens with backoff, analyses frames for the live hint and hands the
GUI thread a ready QImage through a queued signal. The GUI thread never calls ``read()``.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import numpy as np
from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QImage

from kiosk.core.photo import DEFAULT_LIMITS, Analysis, Thresholds, analyse
from kiosk.core.photo import Frame as Pixels  # a BGR image, as OpenCV hands it over
from kiosk.core.problems import Code, Problem

if TYPE_CHECKING:
    from kiosk.config import Config

log = logging.getLogger(__name__)

STALL_S = 1.0  # no fresh frame for this long: the camera is stalled (the screen says so within 2 s)


class FrameSource(Protocol):
    """Something frames come from: a V4L2 camera, a file, a generator."""

    def open(self) -> bool: ...

    def read(self) -> Pixels | None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Frame:
    image: QImage  # mirrored, ready to draw
    analysis: Analysis | None
    at: float


class CameraSignals(QObject):
    frame = Signal(object)  # Frame
    state_changed = Signal(str, object)  # ok | absent | stalled, and a Problem for the job seeker (None when ok)


def to_qimage(frame: Pixels, mirror: bool = True) -> QImage:
    """BGR ndarray -> RGB QImage that owns its pixels (safe to pass between threads)."""
    rgb = np.ascontiguousarray(frame[:, ::-1, ::-1] if mirror else frame[:, :, ::-1])
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def _fingerprint(frame: Pixels) -> bytes:
    return frame[::37, ::41].tobytes()  # a sparse sample: cheap, and changes with sensor noise


class CameraWorker:
    """Runs a FrameSource on its own thread."""

    def __init__(
        self,
        source: FrameSource,
        limits: Thresholds = DEFAULT_LIMITS,
        *,
        max_backoff_s: float = 3.0,
        analyse_every: int = 2,
        check_repeats: bool = True,
    ) -> None:
        self.signals = CameraSignals()
        self.source = source
        self.limits = limits
        self.state = "starting"
        self._max_backoff = max_backoff_s
        self._analyse_every = analyse_every
        self._check_repeats = check_repeats
        self._lock = threading.Lock()
        self._latest: Pixels | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.frames = 0
        # called first on the worker's thread (the kiosk lowers the thread's priority there: the
        # frames' analysis is bulk work, a tap on the screen comes first)
        self.on_thread_start: Callable[[], object] | None = None

    def start(self) -> None:
        if self._thread and self._thread.is_alive():
            if not self._stop.is_set():
                return
            self._thread.join(timeout=3)  # a stop() without waiting is still winding down
        self._stop.clear()
        self.state = "starting"
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        """``wait=False`` lets a screen change without waiting for a frame read to return."""
        self._stop.set()
        if wait and self._thread:
            self._thread.join(timeout=3)
        self.drop_frames()

    def capture(self) -> Pixels | None:
        """The newest frame, copied: what the countdown's end takes."""
        with self._lock:
            return None if self._latest is None else self._latest.copy()

    def drop_frames(self) -> None:
        """The picture of a person is personal data: forget it at session end."""
        with self._lock:
            self._latest = None

    def _set_state(self, state: str, problem: Problem | None = None) -> None:
        if state != self.state:
            self.state = state
            log.info("camera %s", state)
            self._emit(self.signals.state_changed, state, problem)

    def _emit(self, signal: SignalInstance, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window went away (shutdown): nobody is listening any more
            self._stop.set()

    def _run(self) -> None:
        if self.on_thread_start is not None:
            self.on_thread_start()
        backoff = 0.2
        while not self._stop.is_set():
            try:
                opened = self.source.open()
            except Exception:  # a broken driver must not kill the worker
                log.exception("camera open failed")
                opened = False
            if not opened:
                self._set_state("absent", Problem(Code.CAMERA_ABSENT))
                self._stop.wait(backoff)
                backoff = min(backoff * 2, self._max_backoff)
                continue
            backoff = 0.2
            try:
                self._stream()
            except Exception:
                log.exception("camera stream error")
            finally:
                self.source.close()
            if not self._stop.is_set():
                self._set_state("stalled", Problem(Code.CAMERA_STALLED))
                self._stop.wait(backoff)

    def _stream(self) -> None:
        """Until the frames stop (or repeat) for STALL_S."""
        last_fresh = time.monotonic()
        last_print = b""
        count = 0
        while not self._stop.is_set():
            frame = self.source.read()
            now = time.monotonic()
            fresh = frame is not None
            if frame is not None and self._check_repeats:
                fingerprint = _fingerprint(frame)
                fresh = fingerprint != last_print
                last_print = fingerprint
            if frame is None or not fresh:
                if now - last_fresh > STALL_S:
                    return
                self._stop.wait(0.02)
                continue
            last_fresh = now
            if self._stop.is_set():
                break  # stopped while reading: this frame belongs to nobody
            with self._lock:
                self._latest = frame
            count += 1
            self.frames += 1
            analysis = analyse(frame, self.limits) if count % self._analyse_every == 1 else None
            self._set_state("ok")
            self._emit(self.signals.frame, Frame(to_qimage(frame), analysis, now))


def make_source(cfg: Config) -> FrameSource:
    """The configured frame source: a V4L2 camera through OpenCV, or a file/simulated one."""
    source = cfg.camera.source
    if source == "simulated" or source.startswith("file://"):
        from kiosk.devices.camera_file import FileSource

        return FileSource(None if source == "simulated" else source[len("file://") :])
    from kiosk.devices.camera_opencv import OpenCvSource

    device: int | str = int(source) if source.isdigit() else source
    return OpenCvSource(device, cfg.camera.width, cfg.camera.height)


def make_camera(cfg: Config) -> CameraWorker:
    return CameraWorker(make_source(cfg), Thresholds.from_config(cfg))
