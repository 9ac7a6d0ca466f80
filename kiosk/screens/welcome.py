"""Welcome / attract screen: tap the e-KTP, or pick a service."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.i18n import current_language
from kiosk.screens.base import Screen
from kiosk.widgets.named import named
from kiosk.widgets.tap_card import TapCardAnimation

# the tiles, two per row; a service shows only when its screen exists in this build
SERVICES = ("register", "report", "vacancies", "severance", "tickets", "events")


class WelcomeScreen(Screen):
    name = "welcome"

    service_chosen = Signal(str)
    language_chosen = Signal(str)
    large_text_toggled = Signal(bool)
    contrast_toggled = Signal(bool)
    low_reach_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = QFrame(self)
        header.setObjectName("header")
        self._brand = named(QLabel(), "brand")
        self._brand_sub = named(QLabel(), "brandSub")
        head = QVBoxLayout(header)
        head.setContentsMargins(40, 18, 40, 18)
        head.addWidget(self._brand)
        head.addWidget(self._brand_sub)

        self.animation = TapCardAnimation()
        self.tap_title = named(QLabel(), "title")
        self.tap_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tap_title.setWordWrap(True)
        self._tap_hint = named(QLabel(), "hint")
        self._tap_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._tap_hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.animation, 1)
        left.addWidget(self.tap_title)
        left.addWidget(self._tap_hint)

        self.tiles: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(22)
        for i, service in enumerate(SERVICES):
            tile = named(QPushButton(), f"tile_{service}")
            tile.setProperty("role", "tile")
            tile.clicked.connect(lambda _=False, s=service: self.service_chosen.emit(s))
            self.tiles[service] = tile
            grid.addWidget(tile, i // 2, i % 2)

        body = QHBoxLayout()
        body.setContentsMargins(40, 30, 40, 20)
        body.setSpacing(40)
        body.addLayout(left, 5)
        body.addLayout(grid, 6)

        self.language_button = named(QPushButton(), "languageButton")
        self.language_button.setProperty("role", "toggle")
        self.language_button.clicked.connect(self._toggle_language)
        self.large_text_button = named(QPushButton(), "largeTextButton")
        self.large_text_button.setCheckable(True)
        self.large_text_button.setProperty("role", "toggle")
        self.large_text_button.toggled.connect(self.large_text_toggled)
        self.contrast_button = named(QPushButton(), "contrastButton")
        self.contrast_button.setCheckable(True)
        self.contrast_button.setProperty("role", "toggle")
        self.contrast_button.toggled.connect(self.contrast_toggled)
        self.low_reach_button = named(QPushButton(), "lowReachButton")
        self.low_reach_button.setCheckable(True)
        self.low_reach_button.setProperty("role", "toggle")
        self.low_reach_button.toggled.connect(self.low_reach_toggled)
        footer = QHBoxLayout()
        footer.setContentsMargins(40, 0, 40, 20)
        footer.addWidget(self.language_button)
        footer.addStretch(1)
        footer.addWidget(self.large_text_button)
        footer.addWidget(self.contrast_button)
        footer.addWidget(self.low_reach_button)

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(header)
        page.addLayout(body, 1)
        page.addLayout(footer)

    def set_available(self, services: set[str]) -> None:
        """Show only the services whose screens exist in this build."""
        # three rows of tiles (five or six services) are lower, so the screen still fits 1024x768
        compact = len(services & set(self.tiles)) > 4
        for service, tile in self.tiles.items():
            tile.setVisible(service in services)
            if tile.property("compact") != compact:
                tile.setProperty("compact", compact)
                tile.style().unpolish(tile)
                tile.style().polish(tile)

    def _toggle_language(self) -> None:
        self.language_chosen.emit("en" if current_language() == "id" else "id")

    def help_text(self) -> str:
        return self.tr(
            "Ini halaman awal ATM Pencari Kerja. Tempelkan e-KTP di pembaca kartu di bawah layar untuk "
            "mendaftar kartu kuning, atau sentuh salah satu layanan. Tombol di bagian bawah mengganti bahasa, "
            "memperbesar huruf, membuat layar lebih kontras, dan menaruh semua tombol di bagian bawah layar "
            "(jangkauan rendah)."
        )

    def spoken_text(self) -> str:
        """The first words a person who cannot read hears: what the kiosk is and how to begin."""
        return self.tr(
            "Selamat datang di ATM Pencari Kerja. Tempelkan e-KTP di pembaca kartu di bawah layar, atau "
            "sentuh salah satu layanan; setiap tombol menyebut namanya, sentuh sekali lagi untuk memilih."
        )

    def retranslate(self) -> None:
        self._brand.setText(self.tr("ATM Pencari Kerja"))
        self._brand_sub.setText(self.tr("Dinas Tenaga Kerja Kota Semarang"))
        # a non-breaking hyphen: a wrapped title never leaves "e-" at a line's end
        self.tap_title.setText(self.tr("Tempelkan e-KTP Anda").replace("e-KTP", "e\u2011KTP"))
        self._tap_hint.setText(self.tr("Letakkan kartu di atas pembaca kartu di bawah layar, atau pilih layanan."))
        texts = {
            "register": self.tr("Daftar / Perpanjang\nKartu Kuning (AK/1)"),
            "report": self.tr("Lapor 6 Bulanan\nKartu Kuning"),
            "vacancies": self.tr("Lowongan Kerja\ndan Lamaran"),
            "severance": self.tr("Simulasi\nPesangon"),
            "tickets": self.tr("Konsultasi /\nPengaduan"),
            "events": self.tr("Bursa Kerja\ndan Pelatihan"),
        }
        for service, text in texts.items():
            self.tiles[service].setText(text)
        # the button names the language it switches to, in that language
        self.language_button.setText("English" if current_language() == "id" else "Bahasa Indonesia")
        self.large_text_button.setText(self.tr("Huruf Besar"))
        self.contrast_button.setText(self.tr("Kontras Tinggi"))
        self.low_reach_button.setText(self.tr("Jangkauan Rendah"))
