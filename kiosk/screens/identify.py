"""Identify: tap the e-KTP on the reader, or type the NIK. Device faults have a way on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.screens.base import Screen
from kiosk.widgets.named import named
from kiosk.widgets.steps import TitleHeader, button_row
from kiosk.widgets.tap_card import TapCardAnimation


class IdentifyScreen(Screen):
    name = "identify"

    type_nik = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = "waiting"  # waiting | reading | error | no_reader
        self._message = ""
        header = TitleHeader()
        self.title = header.title
        self.animation = TapCardAnimation()
        self.status = named(QLabel(), "subtitle")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        self.problem = named(QLabel(), "error")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setWordWrap(True)
        self.type_button = named(QPushButton(), "typeNikButton")
        self.type_button.setProperty("role", "primary")
        self.type_button.setMinimumWidth(360)
        self.type_button.clicked.connect(self.type_nik)
        self.cancel = named(QPushButton(), "cancelButton")
        self.cancel.setProperty("role", "danger")
        self.cancel.clicked.connect(self.cancelled)
        self.simulate = named(QPushButton(), "simulateTap")
        self.simulate.hide()  # only with the simulated reader of `kiosk demo`
        bottom = button_row([self.cancel], [self.simulate, self.type_button])
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addWidget(self.animation, 1)
        page.addWidget(self.status)
        page.addWidget(self.problem)
        page.addLayout(bottom)

    @property
    def state(self) -> str:
        """What the screen shows: waiting | reading | error | no_reader."""
        return self._state

    def enable_simulation(self, tap: Callable[[], None]) -> None:
        """`kiosk demo` has no card to tap: this button lays a sample e-KTP on the simulated reader."""
        self.simulate.clicked.connect(lambda: tap())
        self.simulate.show()

    def on_enter(self) -> None:
        if self._state != "no_reader":
            self.set_state("waiting")

    def set_state(self, state: str, message: str = "") -> None:
        self._state, self._message = state, message
        self.retranslate()

    def help_text(self) -> str:
        return self.tr(
            "Letakkan e-KTP Anda di atas pembaca kartu di bawah layar dan biarkan sampai terbaca. Tidak "
            "membawa e-KTP? Sentuh Ketik NIK lalu isi NIK Anda. Sentuh Batal untuk kembali ke halaman awal."
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Tempelkan e-KTP Anda"))
        self.type_button.setText(self.tr("Ketik NIK"))
        self.simulate.setText(self.tr("Demo: tempel e-KTP contoh"))
        self.cancel.setText(self.tr("Batal"))
        self.animation.setVisible(self._state in ("waiting", "reading", "error"))
        if self._state == "reading":
            self.status.setText(self.tr("Membaca kartu… jangan angkat kartu Anda."))
        elif self._state == "no_reader":
            self.status.setText(self.tr("Pembaca kartu sedang tidak tersedia."))
        else:
            self.status.setText(
                self.tr(
                    "Letakkan e-KTP di atas pembaca kartu di bawah layar. Tidak membawa e-KTP? Tekan Ketik NIK."
                ).replace("e-KTP", "e\u2011KTP")  # a wrapped line never ends in "e-"
            )
        self.problem.setText(self._message)
        self.problem.setVisible(bool(self._message))

    def wipe(self) -> None:
        super().wipe()
        self._message = ""
        self.retranslate()
