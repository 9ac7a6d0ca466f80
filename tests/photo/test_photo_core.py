import cv2
import numpy as np
import pytest

from kiosk.core.photo import OUTPUT_SIZE, Thresholds, analyse, crop_portrait, detect_faces, make_pas_foto


def test_the_face_is_found_and_passes_every_gate(face):
    analysis = analyse(face)
    assert len(analysis.faces) == 1
    assert analysis.ok, analysis.failures
    assert analysis.hint == "ok"
    assert 0.12 < analysis.face_fraction < 0.6


def test_crop_is_3_by_4_with_the_eyes_near_45_percent(face):
    found = detect_faces(face)[0]
    portrait = crop_portrait(face, found)
    assert portrait.shape[:2] == (OUTPUT_SIZE[1], OUTPUT_SIZE[0])
    assert OUTPUT_SIZE[0] * 4 == OUTPUT_SIZE[1] * 3 and OUTPUT_SIZE[0] >= 300
    again = detect_faces(portrait)
    assert len(again) == 1
    eyes = (again[0].y + 0.40 * again[0].h) / portrait.shape[0]
    assert 0.38 < eyes < 0.52
    centre = (again[0].x + again[0].w / 2) / portrait.shape[1]
    assert 0.4 < centre < 0.6


def test_crop_near_the_edge_is_padded_not_shifted(face):
    shifted = np.full_like(face, 255)
    shifted[:, :400] = face[:, 180:580]  # the face now near the left edge
    found = detect_faces(shifted)[0]
    portrait = crop_portrait(shifted, found)
    assert portrait.shape[:2] == (480, 360)
    again = detect_faces(portrait)[0]
    assert 0.35 < (again.x + again.w / 2) / 360 < 0.65


def test_jpeg_of_an_accepted_photo(face):
    analysis, jpeg = make_pas_foto(face)
    assert analysis.ok
    decoded = cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)
    assert decoded.shape == (480, 360, 3)


def shrunk(frame: np.ndarray, scale: float) -> np.ndarray:
    """The same scene seen from further away."""
    w, h = int(640 * scale), int(480 * scale)
    top, left = (480 - h) // 2, (640 - w) // 2
    return cv2.copyMakeBorder(cv2.resize(frame, (w, h)), top, 480 - h - top, left, 640 - w - left, cv2.BORDER_REFLECT)


@pytest.mark.parametrize(
    ("make", "gate"),
    [
        (lambda f: (f * 0.18).astype(np.uint8), "too_dark"),
        (lambda f: np.clip(f * 0.5 + 140, 0, 255).astype(np.uint8), "too_bright"),
        (lambda f: cv2.GaussianBlur(f, (0, 0), 6), "blurred"),
        (lambda f: np.hstack([f[:, 160:480], f[:, 160:480]]), "many_faces"),
        (lambda f: np.full_like(f, 128), "no_face"),
        (lambda f: shrunk(f, 0.6), "too_small"),
        (lambda f: np.hstack([f[:, 120:], np.full((480, 120, 3), 200, np.uint8)]), "move_left"),
        (lambda f: np.hstack([np.full((480, 120, 3), 200, np.uint8), f[:, :520]]), "move_right"),
    ],
)
def test_each_gate_refuses_with_its_reason(face, make, gate):
    analysis, jpeg = make_pas_foto(make(face))
    assert jpeg is None
    assert gate in analysis.failures, analysis.failures
    assert analysis.hint == analysis.failures[0]


def test_face_too_big_for_the_configured_range(face):
    analysis, jpeg = make_pas_foto(face, Thresholds(min_face_fraction=0.05, max_face_fraction=0.1))
    assert jpeg is None and analysis.failures == ("too_big",)


def test_thresholds_come_from_config(cfg):
    limits = Thresholds.from_config(cfg.with_overrides({"camera.min_sharpness": 5000.0}))
    assert limits.min_sharpness == 5000.0
