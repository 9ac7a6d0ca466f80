"""The pas foto: live preview with the oval guide and a hint, a 3-second countdown, then a
review with Retake / Use. A camera fault never traps anyone: "Lanjut tanpa foto" is always
there, and the record is then marked photo pending for the officer. The face check, crop and
JPEG run off the GUI thread ("processing" meanwhile); an answer that comes back after the
session ended or the screen was left is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.core.photo import Analysis, Thresholds, make_pas_foto
from kiosk.core.problems import Problem
from kiosk.screens.base import Screen
from kiosk.screens.messages import describe
from kiosk.screens.off_thread import Runner
from kiosk.widgets.fitted_picture import FittedPicture
from kiosk.widgets.named import named
from kiosk.widgets.preview import CameraPreview
from kiosk.widgets.steps import StepHeader, button_row

COUNTDOWN_S = 3
TICK_MS = 1000  # one second of the countdown


# The camera as this screen sees it (kiosk.devices.camera.CameraWorker; screens import no devices).
class CameraFrame(Protocol):
    @property
    def image(self) -> QImage: ...
    @property
    def analysis(self) -> Analysis | None: ...
    @property
    def at(self) -> float: ...


class CameraSignalsView(Protocol):
    @property
    def frame(self) -> SignalInstance: ...  # (CameraFrame)

    @property
    def state_changed(self) -> SignalInstance: ...  # (state: ok | absent | stalled, what is wrong)


class CameraView(Protocol):
    @property
    def signals(self) -> CameraSignalsView: ...
    def start(self) -> None: ...
    def stop(self, wait: bool = True) -> None: ...
    def capture(self) -> npt.NDArray[np.uint8] | None: ...


class PhotoScreen(Screen):
    name = "photo"

    accepted = Signal(bytes)  # the 3:4 JPEG
    skipped = Signal()
    back_requested = Signal()
    cancel_requested = Signal()

    def __init__(
        self,
        camera: CameraView,
        limits: Thresholds,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        tick_ms: int = TICK_MS,
    ) -> None:
        """``runner`` makes the pas foto off the GUI thread; ``tick_ms``: how long each of the
        countdown's numbers shows (a second; tests shorten it)."""
        super().__init__(parent)
        self.camera = camera
        self.limits = limits
        self.runner = runner
        self.state = "live"  # live | countdown | processing | review | rejected
        self._generation = 0  # a pas foto made for an older one is dropped (session ended, screen left)
        self.photo: bytes | None = None
        self._camera_message = ""
        self._reasons: list[str] = []
        self._left = 0
        self._tick = QTimer(self)
        self._tick.setInterval(tick_ms)
        self._tick.timeout.connect(self._count)

        self.header = header = StepHeader()
        self.preview = CameraPreview()
        self.review_image = named(FittedPicture(), "photoReview")
        self.hint = named(QLabel(), "subtitle")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.problem = named(QLabel(), "error")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setWordWrap(True)

        self.cancel = self._button("cancelButton", "danger", self.cancel_requested)
        self.back = self._button("backButton", "", self.back_requested)
        self.skip = self._button("skipButton", "", self._skip)
        self.retake = self._button("retakeButton", "", self._retake)
        self.shoot = self._button("shootButton", "primary", self._start_countdown)
        self.use = self._button("useButton", "primary", self._use)
        bottom = button_row([self.cancel, self.back], [self.skip, self.retake, self.shoot, self.use])
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addWidget(self.preview, 1)
        page.addWidget(self.review_image, 1)
        page.addWidget(self.hint)
        page.addWidget(self.problem)
        page.addLayout(bottom)
        camera.signals.frame.connect(self._on_frame)
        camera.signals.state_changed.connect(self._on_camera_state)
        self._render()

    def hint_texts(self) -> dict[str, str]:
        return {
            "no_face": self.tr("Wajah tidak terlihat. Lihat ke kamera."),
            "many_faces": self.tr("Hanya satu wajah. Minta orang lain menjauh dari kamera."),
            "too_small": self.tr("Dekatkan wajah ke kamera."),
            "too_big": self.tr("Mundur sedikit dari kamera."),
            "move_left": self.tr("Geser sedikit ke kiri."),
            "move_right": self.tr("Geser sedikit ke kanan."),
            "too_dark": self.tr("Terlalu gelap. Hadapkan wajah ke arah cahaya."),
            "too_bright": self.tr("Terlalu terang. Hindari cahaya langsung dari belakang atau samping."),
            "blurred": self.tr("Gambar buram. Tahan, jangan bergerak."),
            "ok": self.tr("Bagus! Tahan posisi ini lalu tekan Ambil Foto."),
        }

    @property
    def tick_ms(self) -> int:
        """How long each number of the countdown shows."""
        return self._tick.interval()

    @tick_ms.setter
    def tick_ms(self, ms: int) -> None:
        self._tick.setInterval(ms)

    def _button(self, name: str, role: str, handler: Callable[[], object] | SignalInstance) -> QPushButton:
        button = named(QPushButton(), name)
        if role:
            button.setProperty("role", role)
        button.clicked.connect(handler)
        return button

    # -- lifecycle
    def on_enter(self) -> None:
        self._generation += 1
        self.state = "live"
        self.camera.start()
        self._render()

    def on_leave(self) -> None:
        self._generation += 1  # a pas foto still being made is not wanted any more
        self._tick.stop()
        self.camera.stop(wait=False)  # the next screen shows at once; the worker winds down by itself
        self.preview.show_image(None)  # the last live frame is not kept while the person is elsewhere

    # -- camera
    def _on_frame(self, frame: CameraFrame) -> None:
        if self.state not in ("live", "countdown") or not self.isVisible():  # a frame still queued at leaving
            return
        self.preview.show_image(frame.image)
        if frame.analysis is not None:
            self.preview.good = frame.analysis.ok
            if self.state == "live":
                self.hint.setText(self.hint_texts()[frame.analysis.hint])
        if self._camera_message:
            self._camera_message = ""
            self._render()

    def _on_camera_state(self, state: str, problem: Problem | None) -> None:
        self._camera_message = "" if state == "ok" or problem is None else describe(problem)
        if state != "ok" and self.state == "countdown":
            self._tick.stop()
            self.state = "live"
        if state != "ok":
            self.preview.show_image(None)
        self._render()

    # -- the countdown and the review
    def _start_countdown(self) -> None:
        self.state = "countdown"
        self._left = COUNTDOWN_S
        self.preview.countdown = self._left
        self._tick.start()
        self._render()

    def _count(self) -> None:
        self._left -= 1
        self.preview.countdown = self._left if self._left > 0 else None
        self.preview.update()
        if self._left > 0:
            return
        self._tick.stop()
        self._take()

    def _take(self) -> None:
        frame = self.camera.capture()
        if frame is None:
            self.state = "live"
            self._render()
            return
        # the face check, crop and JPEG take 100-250 ms on a slow box: off the GUI thread, the
        # frozen frame and "processing" shown meanwhile, no button that could start it twice
        self.state = "processing"
        self._generation += 1
        generation, limits = self._generation, self.limits
        self._render()
        self.runner.run(
            lambda: _pas_foto(frame, limits),
            lambda made: self._made(generation, made),
            name="pas-foto",
            bulk=True,
        )

    def _made(self, generation: int, made: tuple[Analysis, bytes | None, QImage | None] | Exception) -> None:
        if generation != self._generation or self.state != "processing":
            return  # the session ended or the screen was left meanwhile: nothing comes back
        if isinstance(made, Exception):  # logged by the runner; the person simply tries again
            self.state = "live"
            self._render()
            return
        analysis, jpeg, image = made
        if jpeg is None or image is None:
            texts = self.hint_texts()
            self._reasons = [texts[code] for code in analysis.failures]
            self.state = "rejected"
            self.photo = None
        else:
            self._reasons = []
            self.photo = jpeg
            self.state = "review"
            self.review_image.set_picture(QPixmap.fromImage(image))
        self._render()

    def _retake(self) -> None:
        self.photo = None
        self.review_image.clear()
        self.state = "live"
        self._render()

    def _use(self) -> None:
        if self.photo is not None:
            self.accepted.emit(self.photo)

    def _skip(self) -> None:
        self._tick.stop()
        self.skipped.emit()

    # -- drawing
    def _render(self) -> None:
        live = self.state in ("live", "countdown", "processing")  # processing: the frame taken stays
        camera_ok = not self._camera_message
        self.preview.setVisible(live)
        self.review_image.setVisible(not live)
        self.shoot.setVisible(self.state == "live")
        self.shoot.setEnabled(camera_ok)
        self.use.setVisible(self.state == "review")
        self.retake.setVisible(self.state in ("review", "rejected"))
        self.back.setVisible(self.state == "live")
        self.skip.setVisible(self.state in ("live", "rejected"))
        self.skip.setProperty("role", "primary" if not camera_ok else "")
        self.skip.style().unpolish(self.skip)
        self.skip.style().polish(self.skip)
        self.problem.setText(self._camera_message or "\n".join(self._reasons))
        self.problem.setVisible(bool(self.problem.text()))
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "Lihat ke kamera di atas layar dan ikuti petunjuk di layar sampai tertulis Bagus, lalu sentuh "
            "Ambil Foto. Bila foto sudah bagus, sentuh Gunakan Foto. Tidak bisa difoto sekarang? Sentuh "
            "Lanjut tanpa foto: foto menyusul di kantor."
        )

    def retranslate(self) -> None:
        self.header.set_step(self.tr("Langkah 6 dari 7"), self.tr("Foto untuk Kartu Kuning"), 6, 7)
        self.cancel.setText(self.tr("Batal"))
        self.back.setText(self.tr("‹ Kembali"))
        self.skip.setText(self.tr("Lanjut tanpa foto"))
        self.retake.setText(self.tr("Ulangi"))
        self.shoot.setText(self.tr("Ambil Foto"))
        self.use.setText(self.tr("Gunakan Foto ›"))
        if self.state == "countdown":
            self.hint.setText(self.tr("Lihat ke kamera…"))
        elif self.state == "processing":
            self.hint.setText(self.tr("Sedang memproses foto…"))
        elif self.state == "review":
            self.hint.setText(self.tr("Apakah foto ini sudah bagus?"))
        elif self.state == "rejected":
            self.hint.setText(self.tr("Foto belum bisa dipakai:"))
        elif self._camera_message:
            self.hint.setText("")

    def wipe(self) -> None:
        super().wipe()
        self._generation += 1  # a pas foto still being made never reaches the screen
        self._tick.stop()
        self.photo = None
        self._reasons = []
        self.review_image.clear()
        self.preview.clear()
        self.camera.stop()  # also drops its last frame; on_enter starts it again
        self.state = "live"
        self.hint.clear()  # the next camera frame says what to do
        self._render()


def _pas_foto(frame: npt.NDArray[np.uint8], limits: Thresholds) -> tuple[Analysis, bytes | None, QImage | None]:
    """On the runner's thread: the pas foto and its review image, scaled (a QImage may be made
    off the GUI thread; only the QPixmap is made on it)."""
    analysis, jpeg = make_pas_foto(frame, limits)
    if jpeg is None:
        return analysis, None, None
    image = QImage.fromData(jpeg)  # the format is read from the data (a "JPG" hint trips the stubs)
    return analysis, jpeg, image.scaledToHeight(420, Qt.TransformationMode.SmoothTransformation)
