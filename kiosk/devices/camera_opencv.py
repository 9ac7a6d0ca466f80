"""A V4L2 camera through OpenCV (opencv-python-headless: the full wheel's Qt breaks PySide6)."""

from __future__ import annotations

import cv2

from kiosk.core.photo import Frame as Pixels  # a BGR image, as OpenCV hands it over


class OpenCvSource:
    def __init__(self, device: int | str, width: int = 640, height: int = 480) -> None:
        self.device = device  # an index, or a stable /dev/v4l/by-id/... path
        self.width, self.height = width, height
        self._cap: cv2.VideoCapture | None = None

    def open(self) -> bool:
        cap = cv2.VideoCapture(self.device, cv2.CAP_V4L2)
        if not cap.isOpened():
            cap.release()
            return False
        cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
        cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        cap.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of old ones
        self._cap = cap
        return True

    def read(self) -> Pixels | None:
        if self._cap is None:
            return None
        ok, frame = self._cap.read()
        return frame if ok else None

    def close(self) -> None:
        if self._cap is not None:
            self._cap.release()
            self._cap = None
