"""The pas foto: face detection, quality gates, the live hint and the 3:4 crop.

Pure image logic (numpy + OpenCV, no Qt, no camera). Thresholds come from the config
(``camera.*``) so a site can tune them for its light without a code change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import cv2
import numpy.typing as npt

Frame = npt.NDArray[Any]  # a BGR (or grey) image as OpenCV hands it over (uint8 in practice)

DETECT_WIDTH = 320  # faces are found on a small grey copy; 320 still finds a face 7.5% of the frame wide
OUTPUT_SIZE = (360, 480)  # width, height: 3:4, at least 300x400 as the card needs
EYES_FROM_TOP = 0.45  # eyes about 45% from the top of the photo
CROP_PER_FACE = 2.1  # crop height / face-box height: head and shoulders
CENTRE_TOLERANCE = 0.12  # share of the frame width the face centre may stray


class CameraLimits(Protocol):
    """Read-only, so the config's frozen dataclass section matches."""

    @property
    def min_face_fraction(self) -> float: ...
    @property
    def max_face_fraction(self) -> float: ...
    @property
    def min_brightness(self) -> int: ...
    @property
    def max_brightness(self) -> int: ...
    @property
    def min_sharpness(self) -> float: ...


class HasCameraLimits(Protocol):
    """The kiosk's Config, seen from core (which imports nothing of ours)."""

    @property
    def camera(self) -> CameraLimits: ...


@dataclass(frozen=True)
class Thresholds:
    min_face_fraction: float = 0.12
    max_face_fraction: float = 0.60
    min_brightness: int = 60
    max_brightness: int = 210
    min_sharpness: float = 40.0

    @classmethod
    def from_config(cls, cfg: HasCameraLimits) -> Thresholds:
        camera = cfg.camera
        return cls(
            min_face_fraction=camera.min_face_fraction,
            max_face_fraction=camera.max_face_fraction,
            min_brightness=camera.min_brightness,
            max_brightness=camera.max_brightness,
            min_sharpness=camera.min_sharpness,
        )


DEFAULT_LIMITS = Thresholds()


@dataclass(frozen=True)
class Face:
    x: int
    y: int
    w: int
    h: int

    @property
    def centre(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2


# gate codes, in the order they are checked; screens turn them into sentences
GATES = (
    "no_face",
    "many_faces",
    "too_small",
    "too_big",
    "move_left",
    "move_right",
    "too_dark",
    "too_bright",
    "blurred",
)


@dataclass(frozen=True)
class Analysis:
    faces: tuple[Face, ...]
    failures: tuple[str, ...]  # gate codes, most important first
    brightness: float | None = None
    sharpness: float | None = None
    face_fraction: float | None = None

    @property
    def ok(self) -> bool:
        return not self.failures

    @property
    def hint(self) -> str:
        """The code of the first thing to fix, or "ok"."""
        return self.failures[0] if self.failures else "ok"

    @property
    def face(self) -> Face | None:
        return self.faces[0] if len(self.faces) == 1 else None


@cache
def _cascade() -> cv2.CascadeClassifier:
    classifier = cv2.CascadeClassifier(cv2.data.haarcascades + "haarcascade_frontalface_default.xml")  # type: ignore[attr-defined]  # cv2.data has no stub
    if classifier.empty():
        raise RuntimeError("OpenCV's face cascade is missing from the opencv-python-headless wheel")
    return classifier


def detect_faces(frame: Frame) -> tuple[Face, ...]:
    """Faces in a BGR frame, in frame coordinates, largest first."""
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
    scale = DETECT_WIDTH / grey.shape[1]
    small = cv2.resize(grey, (DETECT_WIDTH, max(1, round(grey.shape[0] * scale))), interpolation=cv2.INTER_AREA)
    small = cv2.equalizeHist(small)
    side = 24  # the cascade's own window: smaller faces are found, then refused as too small
    found = _cascade().detectMultiScale(small, scaleFactor=1.2, minNeighbors=5, minSize=(side, side))
    faces = [Face(*(round(v / scale) for v in box)) for box in found]
    return tuple(sorted(faces, key=lambda f: f.w * f.h, reverse=True))


def analyse(frame: Frame, limits: Thresholds = DEFAULT_LIMITS) -> Analysis:
    """Every gate on one frame. The first failure is the hint to show."""
    faces = detect_faces(frame)
    if not faces:
        return Analysis(faces, ("no_face",))
    if len(faces) > 1:
        return Analysis(faces, ("many_faces",))
    face = faces[0]
    width = frame.shape[1]
    grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY) if frame.ndim == 3 else frame
    region = grey[face.y : face.y + face.h, face.x : face.x + face.w]
    brightness = float(region.mean())
    sharpness = float(cv2.Laplacian(region, cv2.CV_64F).var())
    fraction = face.w / width
    failures: list[str] = []
    if fraction < limits.min_face_fraction:
        failures.append("too_small")
    elif fraction > limits.max_face_fraction:
        failures.append("too_big")
    # the preview is a mirror: a face right of centre in the camera's image is on the
    # job seeker's left in the mirror, so they should move to their right
    offset = (face.centre[0] - width / 2) / width
    if offset > CENTRE_TOLERANCE:
        failures.append("move_right")
    elif offset < -CENTRE_TOLERANCE:
        failures.append("move_left")
    if brightness < limits.min_brightness:
        failures.append("too_dark")
    elif brightness > limits.max_brightness:
        failures.append("too_bright")
    if sharpness < limits.min_sharpness:
        failures.append("blurred")
    return Analysis(faces, tuple(failures), brightness, sharpness, fraction)


def crop_portrait(frame: Frame, face: Face, size: tuple[int, int] = OUTPUT_SIZE) -> Frame:
    """3:4 head-and-shoulders around ``face``, eyes about 45% from the top, resized to ``size``.

    Where the crop runs past the frame it is padded with white, the colour of a pas foto
    background, rather than shifting the face off its place.
    """
    out_w, out_h = size
    crop_h = face.h * CROP_PER_FACE
    crop_w = crop_h * out_w / out_h
    eyes_y = face.y + 0.40 * face.h  # eyes sit about 40% down a Haar face box
    top = round(eyes_y - EYES_FROM_TOP * crop_h)
    left = round(face.centre[0] - crop_w / 2)
    crop_w, crop_h = round(crop_w), round(crop_h)
    height, width = frame.shape[:2]
    pad = (max(0, -top), max(0, top + crop_h - height), max(0, -left), max(0, left + crop_w - width))
    if any(pad):
        frame = cv2.copyMakeBorder(frame, *pad, cv2.BORDER_CONSTANT, value=(255, 255, 255))
        top += pad[0]
        left += pad[2]
    portrait = frame[top : top + crop_h, left : left + crop_w]
    return cv2.resize(portrait, size, interpolation=cv2.INTER_AREA)


def encode_jpeg(image: Frame, quality: int = 90) -> bytes:
    ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("the photo could not be encoded as JPEG")
    return data.tobytes()


def make_pas_foto(frame: Frame, limits: Thresholds = DEFAULT_LIMITS) -> tuple[Analysis, bytes | None]:
    """Analyse a captured frame; when every gate passes, the cropped JPEG too."""
    analysis = analyse(frame, limits)
    if not analysis.ok or analysis.face is None:
        return analysis, None
    return analysis, encode_jpeg(crop_portrait(frame, analysis.face))
