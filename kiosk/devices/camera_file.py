"""Frames from a still image, an image folder or a video file, for `kiosk demo` and tests.

It behaves like a camera: paced at a frame rate, with a little sensor noise (a still image
would otherwise look frozen), and with fault switches: ``unplug()`` stops the frames,
``freeze()`` repeats the last one (as OpenCV does for a camera that went away),
``plug_in()`` brings them back.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import cv2
import numpy as np

from kiosk.core.photo import Frame as Pixels  # a BGR image, as OpenCV hands it over

SAMPLE = Path(__file__).resolve().parent.parent.parent / "assets" / "samples" / "face.jpg"
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp"}


class FileSource:
    def __init__(self, path: str | Path | None = None, fps: float = 25.0, *, size: tuple[int, int] = (640, 480)):
        self.path = Path(path) if path else SAMPLE
        self.interval = 1.0 / fps
        self.size = size
        self.mode = "live"  # live | unplugged | frozen
        self._frames: list[Pixels] = []
        self._video: cv2.VideoCapture | None = None
        self._index = 0
        self._last: Pixels | None = None
        self._next_at = 0.0
        self._rng = np.random.default_rng(7)
        self._lock = threading.Lock()

    # fault switches, callable from any thread
    def unplug(self) -> None:
        self.mode = "unplugged"

    def freeze(self) -> None:
        self.mode = "frozen"

    def plug_in(self) -> None:
        self.mode = "live"

    def set_frames(self, frames: list[Pixels]) -> None:
        """Show these frames from now on (tests switch scenes this way)."""
        with self._lock:
            self._frames = [cv2.resize(f, self.size) for f in frames]
            self._index = 0

    def open(self) -> bool:
        if self.mode == "unplugged":
            return False
        with self._lock:
            if self._frames or self._video is not None:
                return True
            if self.path.is_dir():
                files = sorted(p for p in self.path.iterdir() if p.suffix.lower() in IMAGE_SUFFIXES)
                images = [cv2.imread(str(p)) for p in files]
                self._frames = [cv2.resize(image, self.size) for image in images if image is not None]
            elif self.path.suffix.lower() in IMAGE_SUFFIXES:
                image = cv2.imread(str(self.path))
                self._frames = [] if image is None else [cv2.resize(image, self.size)]
            else:
                video = cv2.VideoCapture(str(self.path))
                self._video = video if video.isOpened() else None
            return bool(self._frames) or self._video is not None

    def read(self) -> Pixels | None:
        now = time.monotonic()
        if now < self._next_at:
            time.sleep(self._next_at - now)
        self._next_at = max(now, self._next_at) + self.interval
        if self.mode == "unplugged":
            return None
        if self.mode == "frozen":
            return self._last
        frame = self._next_frame()
        if frame is None:
            return None
        noise = self._rng.integers(-2, 3, size=frame.shape[:2], dtype=np.int16)[..., None]
        self._last = np.clip(frame.astype(np.int16) + noise, 0, 255).astype(np.uint8)
        return self._last

    def _next_frame(self) -> Pixels | None:
        with self._lock:
            if self._frames:
                frame = self._frames[self._index % len(self._frames)]
                self._index += 1
                return frame
        if self._video is not None:
            ok, frame = self._video.read()
            if not ok:  # loop the video
                self._video.set(cv2.CAP_PROP_POS_FRAMES, 0)
                ok, frame = self._video.read()
            return cv2.resize(frame, self.size) if ok else None
        return None

    def close(self) -> None:
        """Frames stay loaded: reopening after a fault is instant, as with a replugged camera. The
        last frame read (what the camera saw: a person) is not kept past the stream's end."""
        self._last = None
